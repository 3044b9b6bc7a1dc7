"""The withheld book's gate stems (``gone_phrases.json``, ``withheld.<lang>.gate``) are looked
for before a language's restriction patterns: a stem list that no longer covers its patterns
would silently stop the reading in that language. One restriction per language, as platforms
word it, must pass its language's gate and be found by its patterns."""

from __future__ import annotations

import pytest

from curator.classify.lowered import Lowered
from curator.classify.phrase_book import phrase_book
from curator.classify.withheld import _gated, _restricted

RESTRICTIONS = {
    "en": "It was removed or only shared with SOME people.",
    "de": "Er wurde gelöscht oder ist nur für bestimmte Personen sichtbar.",
    "fr": "Il a été supprimé ou est réservé à certaines personnes.",
    "es": "Se eliminó o solo se compartió con algunos usuarios.",
    "it": "È stato rimosso o è visibile solo per alcuni utenti.",
    "pt": "Foi removido ou está visível apenas para algumas pessoas.",
    "nl": "Het is verwijderd of alleen zichtbaar voor bepaalde mensen.",
    "pl": "Został usunięty lub jest widoczny tylko dla wybranych osób.",
    "ru": "Публикация удалена или доступна только для некоторых пользователей.",
    "uk": "Допис видалено або він доступний лише для деяких людей.",
    "tr": "Kaldırılmış ya da yalnızca belirli kişilerle paylaşılmış olabilir.",
    "ro": "A fost șters sau este vizibil doar pentru unele persoane.",
    "fi": "Se on poistettu tai jaettu vain harvoille.",
    "sv": "Det har tagits bort eller delas bara med vissa personer.",
    "cs": "Byl odstraněn nebo je viditelný jen pro některé lidi.",
    "hu": "Törölték, vagy csak bizonyos emberek láthatják.",
    "el": "Αφαιρέθηκε ή είναι ορατό μόνο σε ορισμένα άτομα.",
    "id": "Konten ini dihapus atau hanya dibagikan ke orang tertentu.",
    "vi": "Nội dung đã bị xóa hoặc chỉ một số người xem được.",
    "ar": "ربما تمت إزالته أو أنه متاح فقط لبعض الأشخاص.",
    "fa": "حذف شده یا فقط برای برخی افراد قابل مشاهده است.",
    "he": "הפוסט הוסר או שהוא גלוי רק לחלק מהאנשים.",
    "hi": "इसे हटा दिया गया है या यह केवल कुछ लोगों के लिए है।",
    "th": "ถูกลบแล้วหรือแชร์เฉพาะบางคนเท่านั้น",
    "zh": "可能已被删除，或仅对部分人可见。",
    "ja": "削除されたか、一部の人にのみ公開されています。",
    "ko": "삭제되었거나 일부 사람에게만 공개된 게시물입니다.",
}


def test_every_language_of_the_book_has_a_restriction_here() -> None:
    assert set(RESTRICTIONS) == set(phrase_book()["withheld"]) - {"about"}


@pytest.mark.parametrize("lang", sorted(RESTRICTIONS))
def test_a_restriction_passes_its_languages_gate_and_is_found(lang: str) -> None:
    text = RESTRICTIONS[lang]
    books = {book[0]: book for book in _gated(text)}
    assert lang in books, f"{lang}: no gate stem of the language in {text!r}"
    _, only, some, who, _ = books[lang]
    assert _restricted(Lowered(text), only, some, who) is not None, text


def test_the_first_pair_within_reach_is_found_past_many_lone_words() -> None:
    """An "only" far from every "some" word is passed over, and the first pair within reach
    (``withheld.REACH``) is found, however many lone words stand before it: a listing's
    "Members only" labels, each of which once scanned the text again for "some" words."""
    _, only, some, _, _ = {book[0]: book for book in _gated("only some")}["en"]
    lone = "Members only. " * 100
    text = lone + "x " * 30 + "Shared with only a few people."
    assert _restricted(Lowered(text), only, some, None) == text.index("only a few")
    text = lone + "x " * 60 + "Some assembly required."
    assert _restricted(Lowered(text), only, some, None) is None
    # "some" words before the "only" count too: the first within reach, where it starts
    text = "x " * 30 + "Some of it, " * 2 + "only here."
    assert _restricted(Lowered(text), only, some, None) == 60
