# ruff: noqa: E501  (pages written one a line: data)
"""A main area holding only ways elsewhere, at an item's address on a site that says 404 for
nothing, through a real run.

A removed record's address answered 200 with the site's template, where the item stood only a
breadcrumb, a search form or a link home (and a template's "Was this page useful?"), or one
line saying something is missing above a link out, under a title naming only the site or a
section: soft-dead, with that said, where the site's made-up addresses answer an honest 404.
Live pages of the same shape but with something of their own (search results, a category's
items, a thank-you line, a note, a file to download, a form to fill in, a map, a place a script
draws into) stay alive, and so does the bare shape on a site whose made-up addresses answer 200.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import states_of_pages

HTML = {"Content-Type": "text/html; charset=utf-8"}
WAYS = "only ways elsewhere"
SECTIONS = ("Services", "News", "Events", "Contact")


def _page(
    site: str, main: str, title: str | None = None, lang: str = "en", prompt: bool = True
) -> str:
    """A council-like template: header, menus, a site notice and footer in full, ``main`` in
    its main area beside the template's page-feedback prompt (unless ``prompt`` is false)."""
    menu = "".join(f"<li><a href='/{name.lower()}/'>{name}</a></li>" for name in SECTIONS)
    footer = "".join(
        f"<li><a href='/{name.lower()}/{n}'>{name} guide {n}</a></li>"
        for name in SECTIONS
        for n in range(1, 4)
    )
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title or site}</title></head>"
        f"<body><header><a class='logo' href='/'>{site}</a><nav><ul>{menu}</ul></nav>"
        f"<form role='search' action='/search'><input name='q'><button>Search</button></form></header>"
        f"<div class='site-notice'><p>Council offices close early on Fridays. Parking permits renew in March.</p></div>"
        f"<main id='main-content'>{main}{FEEDBACK if prompt else ''}</main>"
        f"<footer><ul>{footer}</ul><p>{site} is the local council for the harbour towns, their "
        f"parks, libraries, schools and roads. Contact us by phone or in person.</p><p>© 2026 {site}</p></footer></body></html>"
    )


FEEDBACK = "<div class='page-feedback'><p>Was this page useful?</p><button>Yes</button><button>No</button></div>"
CRUMB = "<nav class='breadcrumb' aria-label='Breadcrumb'><a href='/'>Home</a> › <a href='/services/'>Services</a></nav>"
SEARCH = "<form class='search-form' role='search' action='/search'><input type='search' name='q'><button>Search</button></form>"


def test_a_main_area_of_ways_elsewhere_on_a_site_that_says_404_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Dead items' addresses (an ID, a hash, a slug), answered 200 with a breadcrumb or a search
    form, or a line saying nothing is left above a link home (weighed half, beside the clause it
    makes), where the site's other addresses answer an honest 404: soft-dead, the reason naming
    the ways and the 404."""
    pages = {
        "breadcrumb": ("council.example", "/service/48301", _page("Harbour Council", CRUMB)),
        "search-under-a-section": ("council2.example", "/services/9a3f7c21e0", _page("Harbour Council", SEARCH, "Services | Harbour Council")),
        "slug": ("council3.example", "/services/bulky-waste-collection", _page("Harbour Council", CRUMB + SEARCH)),
        "german-line": ("stadt.example", "/leistung/7712", _page("Stadt Ahrberg", "<p>Hier ist leider nichts mehr.</p><p><a href='/'>Zur Startseite</a></p>", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert WAYS in reason and "answers 404 or 410" in reason, (name, reason)


def test_short_live_pages_with_something_of_their_own_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same template at items' addresses on sites that say 404 for nothing, each with
    something of its own beside the ways: search results, a category's items, a thank-you
    line, a note, a file to download, a contact form, a map, an element a script draws the
    page into, a line with a date; and lines with a word of absence above a way out that a live
    page says (an event series with nothing planned, an empty basket, a sold-out day): a line
    weighs half, and only beside a statement of the page."""
    site = "Harbour Council"
    live = {
        "results": ("/search/99213", CRUMB + SEARCH + "<ul class='results'><li><a href='/services/bins'>Bins</a></li><li><a href='/services/bulky-waste'>Bulky waste</a></li><li><a href='/services/recycling'>Recycling</a></li></ul>"),
        "category": ("/category/311", "<ul><li><a href='/parks/harbour-green'>Harbour Green</a></li><li><a href='/parks/cliff-walk'>Cliff Walk</a></li><li><a href='/parks/old-quay'>Old Quay</a></li></ul>"),
        "thank-you": ("/forms/55013", "<p>Thanks! Your request is in.</p><p><a href='/'>Back home</a></p>"),
        "note": ("/n/8a7f3c2e1d0b", "<p>Bring the blue form on Monday.</p>"),
        "download": ("/forms/4410", CRUMB + "<p><a href='/permit-form.pdf'>permit-form.pdf</a></p>"),
        "contact-form": ("/contact/2201", CRUMB + "<form action='/contact/send' method='post'><input name='name'><input name='email' type='email'><textarea name='message'></textarea><button>Send</button></form>"),
        "map": ("/places/2291", CRUMB + "<iframe src='https://maps.example/embed?q=2291' title='Map'></iframe>"),
        "drawn": ("/lot/8812346", CRUMB + "<div id='lot-viewer' data-lot='8812346'></div>"),
        "app": ("/board/7712", "<div class='app-root'><p>Loading…</p></div>"),
        "dated-line": ("/service/48303", "<p>Closed until 5 January.</p><p><a href='/'>Home</a></p>"),
        "nothing-planned": ("/events/series/2291", "<p>Nothing planned yet.</p><p><a href='/events/'>All events</a></p>"),
        "empty-basket": ("/basket/7f3a9c21", "<p>Your basket is empty.</p><p><a href='/'>Continue shopping</a></p>"),
        "sold-out": ("/today/441", "<p>All gone for today.</p><p><a href='/'>Home</a></p>"),
    }  # fmt: skip
    pages = {
        name: (f"{name}.example", path, _page(site, main)) for name, (path, main) in live.items()
    }
    # a file to download under the breadcrumb, nothing else in the main area (``empty_main``
    # read its link as a breadcrumb's words before this)
    bare = _page(
        site, CRUMB + "<p><a href='/files/permit-form.pdf'>permit-form.pdf</a></p>", prompt=False
    )
    pages["download-alone"] = ("download-alone.example", "/forms/4411", bare)
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_the_same_shape_on_a_site_answering_made_up_addresses_200_is_no_evidence(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A site whose every unknown address answers 200 (its home page) says nothing by a 200:
    a breadcrumb-only main area there is left alive by this sign (it might be a page a
    script fills, a teaser), as the shape alone is no verdict."""
    home = _page("Harbour Council", "<h1>Welcome</h1><p>News, services and events.</p>").encode()
    web.add("open.example", "*", body=home, headers=HTML)
    pages = {"breadcrumb": ("open.example", "/service/48301", _page("Harbour Council", CRUMB))}
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["breadcrumb"][0] is LinkState.ALIVE, said
