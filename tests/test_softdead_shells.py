"""Shells and hollow documents, through a real run.

An app shell whose embedded JSON state (``window.__INITIAL_STATE__``, ``__PRELOADED_STATE__``,
a ``<script type="application/json">``) says at its own level that the route's record is not
there is soft-dead; a shell whose state holds a 404 in the page's own data (a status page's
checks, a chair named Model 404, a review list) is not. A compressed 200 that inflates to a
titled document with nothing in it is gone outright; a page without words whose content is a
picture, a player or a form is not.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.classify.appstate import route_not_found
from curator.extract.document import parse
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _shell(title: str, state: str) -> bytes:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
        "<script src='/app.js' defer></script></head><body><header><a href='/'>Home</a> "
        "<a href='/rent'>Rent</a></header><div id='app'><div class='skeleton'></div></div>"
        f"{state}</body></html>"
    ).encode()


def _window(name: str, state: object) -> str:
    return f"<script>window.{name} = {json.dumps(state)};</script>"


def _blob(name: str, state: object) -> str:
    return f"<script type='application/json' id='{name}'>{json.dumps(state)}</script>"


def test_shells_whose_state_says_the_record_is_not_there_are_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    listing = web.add(
        "homely.example",
        "/rentals/listing/88412",
        body=_shell(
            "Homely",
            _window(
                "__INITIAL_STATE__",
                {"listing": None, "error": {"status": 404, "code": "LISTING_NOT_FOUND"}},
            ),
        ),
        headers=HTML,
    )
    blob = web.add(
        "immo.example",
        "/annonces/t2-7731",
        body=_shell("ImmoLocal", _blob("app-state", {"statusCode": 404, "data": None})),
        headers=HTML,
    )
    flag = web.add(
        "cocina.example",
        "/recetas/crema",
        body=_shell("Cocina", _blob("ng-state", {"page": {"notFound": True}})),
        headers=HTML,
    )
    deleted = web.add(
        "ogloszenia.example",
        "/oferta/rower-19kq2",
        body=_shell(
            "Ogłoszenia", _window("__INITIAL_STATE__", {"status": 410, "ad": {"deleted": True}})
        ),
        headers=HTML,
    )
    alive = web.add(
        "homely.example",
        "/rentals/listing/88413",
        body=_shell(
            "Studio, Mill Lane | Homely",
            _window("__INITIAL_STATE__", {"listing": {"id": 88413}, "error": None, "status": 200}),
        ),
        headers=HTML,
    )
    write_route(tmp_path / "routes", "shells", [listing, blob, flag, deleted, alive])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    reasons = [sources[f"Source {n}"].reason for n in range(1, 6)]
    for n in range(1, 5):
        assert sources[f"Source {n}"].state is LinkState.SOFT_DEAD, reasons[n - 1]
    assert "the app's state (window.__INITIAL_STATE__) says its record is not there" in reasons[0]
    assert "(status 404, listing: null)" in reasons[0]
    assert "the app's state (app-state) says its record is not there" in reasons[1]
    assert "the app's state (ng-state) says the route was not found (notfound: true)" in reasons[2]
    assert "(status 410, deleted: true)" in reasons[3]
    assert sources["Source 5"].state is LinkState.ALIVE, reasons[4]


def test_states_holding_a_404_in_the_pages_own_data_are_no_verdict() -> None:
    """A status page's checks, an uptime monitor, a chair named Model 404, an API reference's
    example, a review list not found, a log viewer's last error, a signed-out visitor."""
    states = [
        _window("__INITIAL_STATE__", {"services": [{"status": 404}], "updatedAt": None}),
        _window("__PRELOADED_STATE__", {"monitor": {"status": 404, "lastOkAt": None}}),
        _window(
            "__INITIAL_STATE__",
            {"product": {"id": 404, "code": "404", "discount": None}, "related": None},
        ),
        _blob("spec", {"responses": {"404": {"example": {"status": 404, "data": None}}}}),
        _window("__INITIAL_STATE__", {"reviews": {"notFound": True, "error": {"status": 404}}}),
        _window("__INITIAL_STATE__", {"lastError": {"status": 404}, "filters": None}),
        _blob("app-state", {"statusCode": 200, "user": None, "error": None}),
        _blob("app-state", {"status": 404, "user": None, "nextCursor": None}),
        '<script type=\'application/ld+json\'>{"statusCode": 404, "data": null}</script>',
        # parts of a live page that failed (a review found each read as the route's)
        _window(
            "__INITIAL_STATE__", {"product": {"id": 881}, "reviews": {"status": 404, "items": None}}
        ),
        _window(
            "__PRELOADED_STATE__",
            {"cart": {"status": 404, "cart": None}, "page": {"statusCode": 200}},
        ),
        _window("__APOLLO_STATE__", {"recommendations": {"status": "NOT_FOUND", "data": None}}),
        _window(
            "__INITIAL_STATE__", {"meta": {"code": 404, "next_page": None}, "data": {"items": [1]}}
        ),
        _blob("ng-state", {"http-cache": {"status": 404, "body": None}, "product": {"id": 9}}),
        _window(
            "__INITIAL_STATE__",
            {"props": {"status": 404, "banner": None}, "page": {"statusCode": 200}},
        ),
    ]
    for state in states:
        body = _shell("Page", state)
        document = parse(body.decode(), body)
        assert document is not None
        assert route_not_found(document, "https://shop.example/p/oak-desk-881") is None, state


def test_a_slice_of_the_state_speaks_for_the_route_when_the_address_names_it() -> None:
    """``/produkt/...`` and a ``produkt`` slice: the page's record; the same slice on a page
    whose address names something else is a part of that page. A page about a code
    (``/status/404``) whose state carries it as its topic is not its answer."""
    body = _shell(
        "Rückenshop",
        _window("__PRELOADED_STATE__", {"produkt": {"data": None, "error": {"statusCode": 404}}}),
    )
    document = parse(body.decode(), body)
    assert document is not None
    assert route_not_found(document, "https://shop.example/produkt/sitzkissen-4411") is not None
    assert route_not_found(document, "https://shop.example/angebote/winter") is None
    topic = _shell(
        "Status 404", _window("__INITIAL_STATE__", {"page": {"status": "404", "hero": None}})
    )
    document = parse(topic.decode(), topic)
    assert document is not None
    assert route_not_found(document, "https://devref.example/status/404") is None


def _page(title: str, body: str) -> bytes:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body>{body}</body></html>"
    ).encode()


def test_wordless_pages_with_something_to_show_are_not_hollow(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A review found each called hollow: text in a declarative shadow root, a page of icon
    links, a poster painted by its stylesheet, text hidden from the visible-text count."""
    bodies = [
        "<my-card><template shadowrootmode='open'><p>Opening hours: 9-17</p></template></my-card>",
        "<nav><a href='/shop'><i class='icon-cart'></i></a> "
        "<a href='/map'><i class='icon-pin'></i></a></nav>",
        "<div class='poster'></div>"
        "<style>.poster{background:url(/p/poster.jpg);height:90vh}</style>",
        "<div aria-hidden='true'><p>Spring concert, 12 May, Town Hall</p></div>",
        "<picture><source srcset='/p/map.webp'><img src='/p/map.png' alt=''></picture>",
    ]
    urls = [
        web.add("posters.example", f"/p/{n}", body=_page("Poster", b), headers=HTML)
        for n, b in enumerate(bodies)
    ]
    write_route(tmp_path / "routes", "wordless", urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    for source in report.routes[0].sources:
        assert source.state is LinkState.ALIVE, (bodies[source.rank - 1], source.reason)


def test_a_compressed_page_that_inflates_to_a_hollow_document_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    zipped = {**HTML, "Content-Encoding": "gzip"}
    hollow = web.add(
        "spine.example",
        "/articles/sciatica-exercises",
        body=gzip.compress(
            _page("Spine Health", "<div class='wrap'><main><p>&nbsp;</p></main></div>")
        ),
        headers=zipped,
    )
    bodies = [
        "<img src='/p/sunset.jpg' alt=''>",
        "<iframe src='/embed/9x81'></iframe>",
        "<form action='/search'><input name='q'><input type='submit' value='→'></form>",
        "<div id='root'></div><script src='/bundle.js'></script>",
    ]
    others = [
        web.add("photos.example", f"/p/{n}", body=gzip.compress(_page("Sunset", b)), headers=zipped)
        for n, b in enumerate(bodies)
    ]
    write_route(tmp_path / "routes", "hollow", [hollow, *others])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    first = sources["Source 1"]
    assert first.state is LinkState.SOFT_DEAD, first.reason
    assert first.reason.startswith("answers 200 with a hollow document"), first.reason
    for n in range(2, 6):
        source = sources[f"Source {n}"]
        assert source.state is LinkState.ALIVE, (bodies[n - 2], source.reason)
