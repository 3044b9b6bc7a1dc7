# ruff: noqa: E501  (pages written one a line: data)
"""The web's own not-found wordings read in their other senses, through a real local server.

Each wording sd-cms added (a theme's 404 string) is also an everyday sentence: "nothing was
found here" after a dig, "this page does not exist in the print edition", a donation appeal,
a reply in a forum thread, a string in a code sample. Those pages answer; the same wordings
said as the page's message still convict it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def _thread(site: str, title: str, posts: list[str], lang: str = "en") -> str:
    body = f"<h1>{title}</h1>" + "".join(
        f"<article class='post'><div class='author'><a href='/u/{n}'>member{n}</a></div>"
        f"<div class='post-body'><p>{text}</p></div></article>"
        for n, text in enumerate(posts)
    )
    return site_page(site, body, f"{title} - {site}", lang=lang)


def test_wordings_in_their_everyday_senses_leave_the_page_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        # a qualification after the statement: it is said of something else
        "print-edition": ("mag.example", "/features/2026/night-ferry", site_page("Harbour Monthly", "<h1>On the night ferry</h1><p>This page does not exist in the paper edition of the magazine.</p><p>We sailed with the crew of the last night ferry to the islands and stayed up until the dawn crossing.</p>", "On the night ferry | Harbour Monthly")),
        "ro-print-edition": ("rev.example", "/articole/2026/interviu", site_page("Revista Nord", "<h1>Interviu cu Dan Ilie</h1><p>Această pagină nu există în versiunea tipărită a revistei.</p><p>Am vorbit cu Dan Ilie despre romanul lui nou și despre orașul copilăriei.</p>", "Interviu cu Dan Ilie | Revista Nord", lang="ro")),
        "id-disclaimer": ("fans.example", "/tentang-kami", site_page("Suporter Kita", "<h1>Tentang</h1><p>Halaman ini tidak ada kaitannya dengan manajemen tim.</p><p>Kami hanya penggemar.</p>", "Tentang | Suporter Kita", lang="id")),
        "tr-consequence": ("kilavuz.example", "/kilavuz/pasaport", site_page("Kılavuz", "<h1>Pasaport başvurusu</h1><p>Resmi sitede böyle bir sayfa yok, bu yüzden adımları burada topladık.</p><p>Önce randevu alın.</p>", "Pasaport başvurusu | Kılavuz", lang="tr")),
        # "here" after what a search found: nothing found, not a page missing
        "fr-dig": ("journal.example", "/2026/04/fouilles-du-port", site_page("Journal de l'Ouest", "<h1>Fouilles du port</h1><p>Après deux saisons, rien n'a été trouvé ici.</p><p>L'équipe reviendra à l'automne.</p>", "Fouilles du port | Journal de l'Ouest", lang="fr")),
        # a report or an appeal, led by words that are no hedge of a template
        "donation": ("paper.example", "/donate", site_page("Valley Paper", "<h1>Donate</h1><p>Without readers like you this page does not exist.</p><p>Give monthly from £3.</p>", "Donate | Valley Paper")),
        "reply": ("forum.example", "/t/551", _thread("Garden Forum", "Seed swap link", ["Now it says this page does not exist.", "Fixed, sorry!"])),
        "pl-reply": ("forum-pl.example", "/t/8812", _thread("Forum Ogród", "Link do wymiany nasion", ["Wygląda na to, że strona nie istnieje.", "Poprawione, dzięki!"], lang="pl")),
        # quoted: in a code sample, after "… says:", before a quotative particle
        "ko-code": ("dev.example", "/posts/nuxt-error", site_page("개발 기록", "<h1>에러 페이지</h1><pre><code>&lt;template&gt;\n  &lt;h2&gt;존재하지 않는 페이지입니다.&lt;/h2&gt;\n&lt;/template&gt;</code></pre>", "에러 페이지 - 개발 기록", lang="ko")),
        "ko-quotative": ("qna.example", "/q/7710", site_page("질문답변", "<h1>북마크가 안 열려요</h1><p>북마크를 열면 존재하지 않는 페이지입니다 라고 나와요.</p><p>캐시를 지워 보세요.</p>", "북마크가 안 열려요 : 질문답변", lang="ko")),
        "nl-quoted": ("notes.example", "/2026/04/theme-strings", site_page("Dev Notes", "<h1>Theme strings</h1><p>The theme's Dutch 404 message reads: Blijkbaar bestaat deze pagina niet.</p><p>Override it in your own i18n file.</p>", "Theme strings - Dev Notes")),
        # a label's advice that a colon turns into a changelog line
        "changelog": ("notes.example", "/changelog/3-1", site_page("Dev Notes", "<h1>Version 3.1</h1><p>Page not found, please try the search: the error page now links to search.</p><p>Fixed the sidebar.</p>", "Version 3.1 - Dev Notes")),
        # a book whose title is a not-found wording, on the page that sells it
        "ro-book": ("carti.example", "/carte/9786060000001", site_page("Librăria Mare", "<h1>Pagină pierdută</h1><p>de Ion Pop</p><p>Preț: 35 lei</p><button>Adaugă în coș</button>", "Pagină pierdută - Librăria Mare", lang="ro")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    called = {
        name: reason for name, (state, reason) in said.items() if state is not LinkState.ALIVE
    }
    assert called == {}


def test_the_wordings_said_as_the_message_still_convict(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "hedge": ("a.example", "/docs/old-guide", site_page("Docs Hub", "<p>Woops. Looks like this page doesn't exist.</p><p><a href='/'>Home</a></p>")),
        "or-moved-es": ("b.example", "/articulos/viejo", site_page("Blog Sur", "<p>La página que buscas no existe o ha sido movida.</p>", lang="es")),
        "anymore": ("c.example", "/events/2019-fair", site_page("Town Hall", "<p>Sorry, this page does not exist anymore.</p><p><a href='/'>Home</a></p>")),
        "ko": ("d.example", "/posts/44120", site_page("기술 블로그", "<h1>오류</h1><p>존재하지 않는 페이지입니다.</p>", lang="ko")),
        "hmm-line": ("f.example", "/tour/hmm-line", site_page("Band Site", "<p class='oops'>Hmm.</p><p>Seems like this page went missing. Head back home?</p><p><a href='/'>Home</a></p>")),
        "fr-address": ("e.example", "/actualites/ancien", site_page("Mairie", "<h1>Oups ! Cette page est introuvable.</h1><p>Apparemment, rien n’a été trouvé à cette adresse.</p>", lang="fr")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "text says" in reason or "heading says" in reason, (name, reason)
