# ruff: noqa: E501  (pages written one a line: data)
"""Gone pages with nothing of their own that say so only in their structure, through a real run
(sd-thin18): an app shell whose framework names the route it matched (Vue Router's route
name, React Router's route error response, Inertia's page object, a Next.js page's own props);
a main area holding only the site's ways, its sections' links under a heading naming them; an
old query-string address answered with the site's front page. Each beside its live twin in
the same framework or template, which stays alive.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import states_of_pages

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _shell(title: str, body: str, lang: str = "en") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body>{body}<script src='/assets/app.js' defer></script></body></html>"
    )


def _vue(site: str, route: dict[str, object], **slices: object) -> str:
    state = json.dumps({"route": route, **slices})
    return f"<div id='app' data-server-rendered='true'><header><a href='/'>{site}</a></header><main><p>Loading…</p></main></div><script>window.__INITIAL_STATE__ = {state};</script>"


def _react_router(errors: object, loader: object) -> str:
    data = json.dumps({"loaderData": loader, "actionData": None, "errors": errors})
    return f"<div id='root'></div><script>window.__staticRouterHydrationData = JSON.parse({json.dumps(data)});</script>"


def _inertia(component: str, props: dict[str, object], url: str) -> str:
    page = json.dumps({"component": component, "props": props, "url": url, "version": "1"})
    return f"<div id='app' data-page=\"{escape(page)}\"></div>"


def _next(page: str, props: dict[str, object]) -> str:
    data = json.dumps({"props": {"pageProps": props}, "page": page, "query": {}, "buildId": "b1"})
    return (
        f"<div id='__next'></div><script id='__NEXT_DATA__' type='application/json'>{data}</script>"
    )


NOT_FOUND = {
    "status": 404,
    "statusText": "Not Found",
    "internal": False,
    "data": "Product not found",
    "__type": "RouteErrorResponse",
}


def test_app_shells_whose_framework_names_the_not_found_route_are_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Each framework's own data, read as data: the route it matched, the error response it
    holds for a route, the component it rendered and its status, the page's own props."""
    pages = {
        "vue route name": ("recetas.example", "/recetas/tarta-de-limon", _shell("Recetas Caseras", _vue("Recetas Caseras", {"name": "NotFound", "path": "/recetas/tarta-de-limon"}), "es")),
        "vue kebab name": ("lampy.example", "/produkt/lampa-4410", _shell("Sklep Lampy", _vue("Sklep Lampy", {"name": "not-found", "path": "/produkt/lampa-4410"}), "pl")),
        "react router": ("lumio.example", "/products/88213/desk-lamp", _shell("Lumio", _react_router({"routes/products.$id": NOT_FOUND}, {"root": {}}))),
        "inertia status": ("annonces.example", "/annonces/4471/velo", _shell("Annonces", _inertia("Error", {"status": 404, "errors": {}}, "/annonces/4471/velo"), "fr")),
        "inertia component": ("agenda.example", "/eventi/2019/sagra", _shell("Agenda", _inertia("Errors/NotFound", {"errors": {}}, "/eventi/2019/sagra"), "it")),
        "next page props": ("ilbo.example", "/news/economy/31120", _shell("한강일보", _next("/news/[section]/[id]", {"statusCode": 404, "article": None}), "ko")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "the app's" in reason, (name, reason)
    assert "route name “NotFound”" in said["vue route name"][1]
    assert "routes/products.$id" in said["react router"][1]
    assert "Errors/NotFound" in said["inertia component"][1]
    assert "article: null" in said["next page props"][1]


def test_app_shells_whose_state_holds_their_item_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same frameworks on live pages: the route named for its record, a list of the app's
    routes holding the not-found one, a film called "Not Found", a part of the page failing,
    React Router's errors empty or a loader's own list of status codes, an Inertia component
    showing a record whose data holds a 404, Next.js props saying 200."""
    pages = {
        "vue record": ("recetas.example", "/recetas/tarta-de-manzana", _shell("Recetas Caseras", _vue("Recetas Caseras", {"name": "recipe", "path": "/recetas/tarta-de-manzana"}, recipe={"title": "Tarta de manzana"}), "es")),
        "vue routes list": ("lampy.example", "/produkt/lampa-5520", _shell("Sklep Lampy", _vue("Sklep Lampy", {"name": "product"}, routes=[{"name": "not-found", "path": "/:pathMatch(.*)*"}], product={"name": "Lampa"}), "pl")),
        "vue film": ("kino.example", "/filme/not-found-2024", _shell("Kino", _vue("Kino", {"name": "film"}, film={"title": "Not Found", "name": "NotFound"}), "de")),
        "vue part fails": ("news.example", "/news/20240611/99213", _shell("港湾日报", _vue("港湾日报", {"name": "newsDetail"}, news={"id": 99213}, comments={"route": {"name": "NotFound"}, "status": 404, "list": None}), "zh")),
        "react router found": ("lumio.example", "/products/99213/floor-lamp", _shell("Lumio", _react_router(None, {"routes/products.$id": {"product": {"name": "Floor lamp"}}}))),
        "react router codes": ("memo.example", "/docs/http/status-codes", _shell("メモ", _react_router(None, {"routes/docs": {"codes": [{"status": 404, "__type": "RouteErrorResponse"}]}}), "ja")),
        "inertia record": ("annonces.example", "/annonces/5582/canape", _shell("Annonces", _inertia("Listings/Show", {"listing": {"title": "Canapé"}, "errors": {}}, "/annonces/5582/canape"), "fr")),
        "inertia doc about 404": ("guide.example", "/guide/errore-404", _shell("Guide", _inertia("Docs/Show", {"doc": {"title": "Errore 404", "status": 404}}, "/guide/errore-404"), "it")),
        "next props 200": ("ilbo.example", "/news/economy/41120", _shell("한강일보", _next("/news/[section]/[id]", {"statusCode": 200, "article": {"id": 41120}}), "ko")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)


def _remix(url: str, loader: object, errors: object) -> str:
    state = {"loaderData": loader, "actionData": None, "errors": errors}
    context = json.dumps({"url": url, "state": state, "future": {}})
    return f"<script>window.__remixContext = {context};</script>"


def test_a_nested_routes_error_is_the_pages_only_where_the_page_rendered_nothing_of_its_own(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A product page rendered in full whose reviews route, nested below the address's, answered
    404; a stay's reviews tab at its own address under the stay's route that loaded the stay:
    parts of the page failed, the pages stay alive. The same data routers where the address's
    own route failed under a section layout, or the root caught the error: soft-dead."""
    item = "<header><a href='/'>Tent Hire</a></header><main><h1>Vango 4-person tent</h1><p>£45 for a weekend, £80 a week.</p><ul><li>Sleeps 4</li><li>Weight 9.8 kg</li></ul><p>No reviews yet.</p></main>"
    stay = "<header><a href='/'>Séjours</a></header><main><h1>Presqu'île de Crozon</h1><p>7 nuits en gîte, à partir de 540 €.</p><p>Les avis ne sont pas disponibles.</p></main>"
    shell = "<header><a href='/'>Ricette</a></header><main><p>Caricamento…</p></main>"
    live = {
        "react router child": ("hire.example", "/hire/tents/vango-4", _shell("Vango 4-person tent | Tent Hire", item + _react_router({"routes/hire.$cat.$item.reviews": NOT_FOUND}, {"root": {}, "routes/hire.$cat.$item": {"item": {"name": "Vango 4-person tent"}}}))),
        "remix tab": ("sejours.example", "/sejours/4471/avis", _shell("Crozon | Séjours", stay + _remix("/sejours/4471/avis", {"routes/sejours.$id": {"sejour": {"id": 4471, "name": "Presqu'île de Crozon"}}}, {"routes/sejours.$id.avis": NOT_FOUND}), "fr")),
    }  # fmt: skip
    gone = {
        "remix leaf under a layout": ("ricette.example", "/ricette/torta-2019", _shell("Ricette", shell + _remix("/ricette/torta-2019", {"root": {}, "routes/ricette": {"categorie": ["Dolci"]}}, {"routes/ricette.$slug": NOT_FOUND}), "it")),
        "react router root": ("luz.example", "/produtos/88213/luminaria", _shell("Casa Luz", _react_router({"root": NOT_FOUND}, {"root": {"cartCount": 0}}), "pt")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, {**live, **gone})
    for name in live:
        assert said[name][0] is LinkState.ALIVE, (name, said[name][1])
    for name in gone:
        assert said[name][0] is LinkState.SOFT_DEAD, (name, said[name][1])
        assert (
            "route error response with status 404" in said[name][1]
            or "answered an error response" in said[name][1]
        ), said[name]


SECTIONS = (
    ("/topics/services", "Services"),
    ("/topics/news", "News"),
    ("/topics/events", "Events"),
    ("/topics/parks", "Parks"),
)


def _council(main: str, title: str = "Harbour Council", h1: str = "") -> str:
    """A council's template whose menus link its sections on every page; ``main`` in its main
    area."""
    menu = "".join(f"<li><a href='{href}'>{name}</a></li>" for href, name in SECTIONS)
    guides = "".join(f"<li><a href='/services/guide-{n}'>Guide {n}</a></li>" for n in range(1, 7))
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<header><a class='logo' href='/'>Harbour Council</a><nav><ul>{menu}</ul></nav></header>"
        f"<main>{heading}{main}</main>"
        f"<footer><ul>{menu}{guides}</ul><p>Harbour Council looks after the harbour towns, their parks, "
        f"libraries, schools and roads. Call us or visit the town hall.</p><p>© 2026 Harbour Council</p></footer></body></html>"
    )


CRUMB = "<nav class='breadcrumb' aria-label='Breadcrumb'><a href='/'>Home</a></nav>"
SEARCH = "<form role='search' action='/search'><input type='search' name='q'><button>Search</button></form>"
# the sections again, as a category block under a heading naming them
TOPICS = (
    "<div class='block-categories'><h2>Browse by topic</h2><ul class='category-list'>"
    + "".join(f"<li><a href='{href.rstrip('/')}/list'>{name}</a></li>" for href, name in SECTIONS)
    + "</ul></div>"
)


def test_a_main_area_of_the_sites_own_ways_is_soft_dead_and_its_twins_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A removed record's address answered with a breadcrumb, a search form and the site's
    sections (links its navigation offers on every page, under a heading naming them), on a
    site that says 404 for nothing: soft-dead. The same block beside a line of the page's
    own, a category's items, or under a heading naming a section's hub page, stays alive."""
    topics = TOPICS.replace("/list", "")  # the navigation's own addresses
    pages = {
        "ways": ("council.example", "/service/48301", _council(CRUMB + SEARCH + topics)),
        "hours": ("council2.example", "/service/48302", _council(CRUMB + topics + "<p>Open Monday to Friday, nine to five.</p>")),
        "items": ("council3.example", "/service/48303", _council(CRUMB + topics + "<ul class='results'><li><a href='/news/2026/bridge'>Bridge reopens</a></li><li><a href='/news/2026/library'>Library hours</a></li></ul>")),
        "other links": ("council4.example", "/service/48304", _council(CRUMB + TOPICS)),
        "hub": ("council5.example", "/service/48305", _council(CRUMB + topics, h1="Services")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    state, reason = said.pop("ways")
    assert state is LinkState.SOFT_DEAD, reason
    assert "links its navigation offers on every page" in reason, reason
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)
