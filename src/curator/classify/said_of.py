"""Whether a statement that something is gone is said of the page or of the item the page is
about.

"This listing is no longer available", "Diese Anzeige ist abgelaufen", "ประกาศนี้หมดอายุแล้ว",
"We're no longer accepting applications", "この物件の掲載は終了しました" speak of the item: a
listing, a product, a job, an event. A live page keeps saying that over the item itself (the
flat's description and photos, the product's manual, the job's description), and then the
statement is a note on a page still standing, which ``item_notice`` weighs by what of the item
stands beside it. "The page you requested could not be found", "This content isn't available",
"Die gesuchte Seite existiert nicht", "お探しのページは見つかりません" speak of the page, the
address or what the visitor asked for: whatever stands beside such a statement is the site's,
not the missing page's, and it keeps its weight.

The test reads the statement's sentence up to its last word (so the subject a phrase leaves
out, "この物件の" before "掲載は終了しました", is read too) for the words by which a message
names the page, the address or the visitor's request, in the languages the phrase book covers
and a few more. Those words are a small closed class in every language, where the items are
an open one, so the test is the absence of a page word. Reading too many words as the page's
only keeps a statement's weight: the list errs that way ("หน้า" is also "front", "site" also a
building site).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from curator.classify.statement import Kind, Statement

# The words naming the page, the address or what was asked for, by language. Latin and
# Cyrillic words are matched at a word's start (inflected forms: "stránku", "страницу"); the
# scripts without spaces anywhere.
_SPACED = (
    # en
    r"page|webpage|site|url|uri|link|address|content|resource|file|document|location|path"
    r"|looking\s+for|requested|you\s+tried|you\s+followed|you\s+visited",
    # de
    r"seite|webseite|internetseite|adresse|inhalt|datei|dokument|gesucht|angefordert"
    r"|aufgerufen",
    # fr, es, it, pt, ro
    r"lien|contenu|fichier|recherch|demand|cherch|página|pagina|pagină|enlace|dirección"
    r"|contenido|archivo|documento|busca|solicitad|collegament|indirizzo|contenuto|cercand"
    r"|richiest|endereço|conteúdo|arquivo|ficheiro|procura|adresa|conținut",
    # nl, sv, da, no, fi
    r"adres|inhoud|bestand|zoekt|opgevraagd|sida|sidan|länk|innehåll|side|siden|lenke"
    r"|indhold|innhold|sivu|linkki|osoite|sisältö",
    # pl, cs, sk, hu, el, tr, vi, id, ms
    r"stron|treść|plik|szuka|stránk|odkaz|obsah|soubor|hledá|oldal|hivatkozás|tartalom"
    r"|σελίδ|σύνδεσμ|περιεχόμεν|διεύθυνσ|sayfa|bağlantı|içerik|dosya|aradığınız|trang"
    r"|liên\s+kết|đường\s+dẫn|nội\s+dung|địa\s+chỉ|halaman|tautan|pautan|alamat|konten"
    r"|kandungan",
    # ru, uk, bg, sr
    r"страниц|сторінк|ссылк|посилан|адрес|содержим|вміст|файл|ищете|шукаєте|запрашива",
)
_UNSPACED = (
    "ページ|リンク|アドレス|コンテンツ|お探し|ファイル|页面|頁面|网页|網頁|页|頁|链接|鏈接|网址"
    "|網址|地址|内容|內容|访问|訪問|文件|페이지|주소|링크|콘텐츠|요청하신|찾으시는|파일|หน้า"
    "|ลิงก์|ลิงค์|เนื้อหา|ที่อยู่|صفح|رابط|محتو|عنوان|پیوند|لینک|نشانی|דף|עמוד|קישור|תוכן"
    "|पृष्ठ|पेज|लिंक|सामग्री|404"
)
_PAGE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_SPACED) + r")|" + _UNSPACED, re.IGNORECASE)
# Where a sentence ends, in the scripts the phrase book covers.
_SENTENCE_END = re.compile(r"[.!?。！？]\s*")
# The kinds of statement read here: a sentence, a label naming what expired or was filled
# ("Job has expired", "Position filled"), or a clause read by its structure ("This product is no
# longer available"). A bare code ("404") is only ever the page's.
KINDS = (Kind.DIRECT, Kind.LABEL, Kind.CLAUSE)


def said_of_item(statement: Statement, texts: Iterable[str]) -> bool:
    """Whether ``statement`` is said of the item rather than of the page: its sentence up to its
    last word (found in ``texts``, the page's blocks; its own words where none holds it) names
    neither the page, nor its address, nor what the visitor asked for."""
    if statement.kind not in KINDS:
        return False
    return _PAGE.search(sentence_of(statement.words, texts)) is None


def sentence_of(words: str, texts: Iterable[str]) -> str:
    """The sentence of the first text holding ``words``, from its start to their end."""
    pattern = re.compile(re.escape(words), re.IGNORECASE)
    for text in texts:
        found = pattern.search(text)
        if found is None:
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, found.start())]
        return text[ends[-1] if ends else 0 : found.end()]
    return words
