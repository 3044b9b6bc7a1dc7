# ruff: noqa: E501  (pages: data, one a line)
"""A site that sends made-up addresses elsewhere and answers a link in place knows its path.

Such a site answers every unknown path with a redirect to its search for the path's words, or
to its front page; the soft-404 probe follows it and compares the page with where it landed.
A short page in heavy chrome is mostly that chrome, as the search or front page is, so the two
come out over the threshold alike, and how far over flaps with the made-up letters the search
echoes. A page answered in place under a title of its own is the page the router found
(``probe_answer.knows_path``): it stays alive. A dead item's address that draws the search
for its words, or the front page, under that page's own title, is still that page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, unquote

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureRequest, FixtureWeb, Handler
from sitepage import states_by_name

HTML = {"Content-Type": "text/html; charset=utf-8"}
# A council's heavy chrome: menus and a footer of many distinct words around a line or two.
SECTIONS = (
    "Bins and recycling", "Council tax", "Parking permits", "Planning applications",
    "Libraries", "Leisure centres", "Schools and admissions", "Adult social care",
    "Housing repairs", "Roads and pavements", "Births deaths and marriages", "Jobs at the council",
    "Parks and open spaces", "Licences", "Business rates", "Report a problem",
    "Councillors and committees", "Elections and voting", "Consultations", "Accessibility",
)  # fmt: skip


def site_page(site: str, main: str, title: str, lang: str = "en") -> bytes:
    """A page of the chrome: ``main`` between the menus and the footer."""
    menu = "".join(f"<li><a href='/s/{i}'>{name}</a></li>" for i, name in enumerate(SECTIONS))
    popular = "".join(f"<li><a href='/p/{name}'>{name}</a></li>" for name in SECTIONS[::-1])
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><header><a href='/'>{site}</a><ul>{menu}</ul></header>"
        f"<main>{main}</main><footer><h2>Popular with residents</h2><ul>{popular}</ul>"
        f"<p>© 2026 {site}. Town Hall, High Street.</p></footer></body></html>"
    ).encode()


def _sending(site: str, search_title: str, lang: str, *, home: bool) -> Handler:
    """Unknown paths redirected to ``/`` (``home``) or to the search for their words, which
    echoes the words searched and finds nothing."""

    def handler(req: FixtureRequest) -> None:
        path, _, query = req.path.partition("?")
        closing = {"Connection": "close"}
        if home:
            req.respond(302, b"", {"Location": "/", **closing})
        elif path != "/search":
            words = "+".join(re.findall(r"[^\W_]+", unquote(path)))
            req.respond(302, b"", {"Location": f"/search?q={words}", **closing})
        else:
            asked = parse_qs(query).get("q", [""])[0]
            page = site_page(site, f"<p>{asked}</p><p>0</p>", search_title, lang)
            req.respond(200, page, {**HTML, **closing})

    return handler


def _site(web: FixtureWeb, host: str, site: str, lang: str, *, home: bool = False) -> None:
    search_title = f"Search – {site}"
    web.add(host, "*", handler=_sending(site, search_title, lang, home=home))
    web.add(host, "/", body=site_page(site, "<p>Welcome.</p>", site, lang), headers=HTML)


# Each link: (host, path, the site's name, the page's main, its title, its language).
Link = tuple[str, str, str, str, str, str]


def _served(web: FixtureWeb, links: dict[str, Link]) -> dict[str, str]:
    """Each link served in place with a 200, on its site's chrome."""
    return {
        name: web.add(host, path, body=site_page(site, main, title, lang), headers=HTML)
        for name, (host, path, site, main, title, lang) in links.items()
    }


def test_a_short_page_answered_in_place_under_its_own_title_is_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _site(web, "a.example", "Elmbrook", "en")
    _site(web, "b.example", "Lindenau", "de")
    _site(web, "c.example", "Vauclair", "fr", home=True)
    links = _served(web, {
        "search-en": ("a.example", "/events/harvest-market", "Elmbrook", "<p>Saturday, Market Square.</p>", "Harvest Market", "en"),
        "search-de": ("b.example", "/termine/sommerkonzert", "Lindenau", "<p>Freitag, 20 Uhr.</p>", "Sommerkonzert", "de"),
        "home-fr": ("c.example", "/agenda/vide-grenier", "Vauclair", "<p>Dimanche, place du marché.</p>", "Vide-grenier", "fr"),
    })  # fmt: skip
    said = states_by_name(tmp_path, web, fast_settings, links, "known-path")
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)


def test_the_search_or_front_page_drawn_at_a_dead_address_is_still_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _site(web, "d.example", "Elmbrook", "en")
    _site(web, "e.example", "Vauclair", "fr", home=True)
    links = _served(web, {
        "search-en": ("d.example", "/events/lantern-walk", "Elmbrook", "<p>events lantern walk</p><p>0</p>", "Search – Elmbrook", "en"),
        "home-fr": ("e.example", "/agenda/fete-2012", "Vauclair", "<p>Welcome.</p>", "Vauclair", "fr"),
    })  # fmt: skip
    said = states_by_name(tmp_path, web, fast_settings, links, "known-path-gone")
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "made-up URL" in reason, (name, reason)
