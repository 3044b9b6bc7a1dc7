# ruff: noqa: E501  (pages: data, one a line)
"""A ``text/plain`` answer is read as the lines a browser shows, through a real run.

A handler or a proxy that answers an item's address with a short plain-text notice says what an
HTML notice says: its lines are blocks of their own (``extract.plain_text``), so a notice line
is not run into the way out below it and read as qualified by it, and a one-line answer is its
own headline. Plain-text documents stay alive: release notes and a changelog whose entries name
removed features and fixed errors, a log excerpt naming three status codes after its paths'
numbers (no amount's groups: ``price.amount``), a robots.txt, a security.txt, a guide to HTTP
errors, an HTML article its server labels ``text/plain`` by mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.extract.plain_text import as_html
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, site_page, states_by_name

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


def _served(web: FixtureWeb, pages: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Each page's text served as ``text/plain`` at its host and path; its link by name."""
    return {
        name: web.add(host, path, body=text.encode(), headers=PLAIN)
        for name, (host, path, text) in pages.items()
    }


def test_short_plain_text_notices_at_an_items_address_are_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "pl-two-lines": (
            "a.example",
            "/oferta/8812034",
            "Strona nie istnieje\nZobacz inne oferty na stronie głównej\n",
        ),
        "de-two-lines": (
            "b.example",
            "/veranstaltung/55120",
            "Diese Seite gibt es nicht mehr\nZur Startseite\n",
        ),
        "en-one-line": ("c.example", "/listing/77120", "Not found\n"),
        "ru-two-lines": (
            "d.example",
            "/tovar/661203",
            "Страница не найдена\nВернуться на главную\n",
        ),
    }
    links = _served(web, pages)
    said = states_by_name(tmp_path, web, fast_settings, links, "plain-gone")
    assert {name: s for name, s in said.items() if s[0] is not LinkState.SOFT_DEAD} == {}
    assert "Strona nie istnieje" in said["pl-two-lines"][1]
    assert "qualified" not in said["pl-two-lines"][1]  # not run into the line below it
    assert "title says “Not found”" in said["en-one-line"][1]


def test_plain_text_documents_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "release-notes": (
            "l1.example",
            "/files/release-notes-4.2.txt",
            "Harbour Tools 4.2 release notes\n\nRemoved: the legacy export page.\nFixed: a 404 error when opening archived reports.\nAdded: a dark theme for the editor.\n",
        ),
        "changelog": (
            "l2.example",
            "/download/CHANGELOG",
            "Änderungen in Version 3.1\n- Die alte Exportseite wurde entfernt.\n- Behoben: Seite nicht gefunden beim Öffnen alter Berichte.\n- Neu: Suche in der Mitgliederliste.\n",
        ),
        "log-excerpt": (
            "l7.example",
            "/logs/excerpt-2024-05-01.txt",
            "2024-05-01 10:00:01 GET /shop/item/77 404 Not Found 3ms\n2024-05-01 10:00:02 GET /shop/ 200 OK 12ms\n2024-05-01 10:00:05 GET /shop/item/78 410 Gone 2ms\n",
        ),
        "robots": (
            "l3.example",
            "/robots.txt",
            "User-agent: *\nDisallow: /admin/\nDisallow: /404\n",
        ),
        "security": (
            "l4.example",
            "/.well-known/security.txt",
            "Contact: mailto:security@l4.example\nExpires: 2027-01-01T00:00:00Z\n",
        ),
        "errors-guide": (
            "l5.example",
            "/guides/http-errors.txt",
            "HTTP errors: a short guide\n\nA 404 Not Found answer means the server found nothing at the address\nasked for. The page may have been removed, or the link may carry a\ntypo. A 410 Gone answer says the same more firmly.\n\nServers also answer 500 when something went wrong on their side,\nand 503 when they are too busy or down for maintenance.\n",
        ),
    }
    links = _served(web, pages)
    article = site_page(
        "Trail Notes", "<h1>Crossing rivers safely</h1>" + PROSE * 2, "Crossing rivers safely"
    )
    links["html-labelled-plain"] = web.add(
        "l6.example", "/posts/river-crossings", body=article.encode(), headers=PLAIN
    )
    said = states_by_name(tmp_path, web, fast_settings, links, "plain-live")
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_plain_text_lines_become_blocks_and_markup_stays_text() -> None:
    shown = as_html("Not found <b>here</b>\n")
    assert shown == "<html><body><h1>Not found &lt;b&gt;here&lt;/b&gt;</h1></body></html>"
    two = as_html("Strona nie istnieje\nWróć na stronę główną\n")
    assert two == "<html><body><p>Strona nie istnieje</p><p>Wróć na stronę główną</p></body></html>"
    wrapped = as_html(
        "A 404 Not Found answer means the server found nothing at the address\nasked for.\nA 410 says more.\n"
    )
    assert wrapped.count("<p>") == 2  # a hard-wrapped line runs on into the next
    listed = as_html("Version 3.1\n- Removed the old export.\n- Faster sign-in.\n")
    assert "<ul><li>Removed the old export.</li><li>Faster sign-in.</li></ul>" in listed
    assert "<h1>" not in as_html("2024-05-01 10:00:01 GET /item/77 404\n")  # a record, no headline
    assert "<h1>" not in as_html("User-agent: *\n")
