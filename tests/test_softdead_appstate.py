"""An app shell whose framework state says its route was not found is soft-dead, through a
real run; shells whose state is an ordinary page's (or a server error's) stay alive.

A JavaScript-only page shows a checker no words; the state Next.js or Nuxt wrote for the
browser says which page the server rendered, whatever the site's language.
"""

from __future__ import annotations

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
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><div id='__next'></div>{state}</body></html>"
    ).encode()


def _next_data(page: str, page_props: dict[str, object]) -> str:
    data = {"props": {"pageProps": page_props}, "page": page, "query": {}, "buildId": "b1"}
    return f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script>"


def test_app_shells_are_judged_by_what_their_framework_state_says(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    next_404 = web.add(
        "stretchly.example",
        "/guides/lumbar-stretches",
        body=_shell("Stretchly", _next_data("/404", {})),
        headers=HTML,
    )
    nuxt_error = web.add(
        "mamasana.example",
        "/blog/dolor-de-espalda-embarazo",
        body=_shell(
            "Mamá Sana",
            '<script>window.__NUXT__=(function(a){return {layout:"default",data:[{}],'
            'error:{statusCode:404,message:"This page could not be found"}}}(null));</script>',
        ),
        headers=HTML,
    )
    streamed = web.add(
        "karada.example",
        "/articles/youtsu-kaizen",
        body=_shell(
            "からだノート",
            '<script>self.__next_f.push([1,"0:[\\"$\\",\\"$L1\\",null,'
            '{\\"digest\\":\\"NEXT_NOT_FOUND\\"}]\\n"])</script>',
        ),
        headers=HTML,
    )
    live = web.add(
        "stretchly.example",
        "/guides/neck-stretches",
        body=_shell("Neck stretches | Stretchly", _next_data("/guides/[slug]", {"steps": 6})),
        headers=HTML,
    )
    nested = web.add(
        "shop.example",
        "/products/lumbar-cushion",
        body=_shell(
            "Lumbar cushion | Shop",
            _next_data("/products/[slug]", {"reviews": {"notFound": True}, "price": 39}),
        ),
        headers=HTML,
    )
    write_route(tmp_path / "routes", "shells", [next_404, nuxt_error, streamed, live, nested])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    for name in ("Source 1", "Source 2", "Source 3"):
        assert sources[name].state is LinkState.SOFT_DEAD, sources[name].reason
        assert "the app's" in sources[name].reason
    for name in ("Source 4", "Source 5"):
        assert sources[name].state is LinkState.ALIVE, sources[name].reason


def _nuxt3(title: str, payload: list[object]) -> bytes:
    state = (
        "<script type='application/json' id='__NUXT_DATA__' data-ssr='true'>"
        f"{json.dumps(payload)}</script>"
    )
    return _shell(title, state)


def _kit(title: str, options: str) -> bytes:
    start = (
        "<script>{const element = document.currentScript.parentElement; Promise.all(["
        "import('/_app/start.js'), import('/_app/app.js')]).then(([kit, app]) => {"
        f" kit.start(app, element, {{ node_ids: [0, 1], data: [], form: null, {options} }}); }});}}"
        "</script>"
    )
    return _shell(title, start)


def test_nuxt3_sveltekit_gatsby_and_remix_shells_say_so_in_their_own_state(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    error = [["ShallowReactive", 1], {"path": 2, "error": 3}, "/a/b", ["NuxtError", 4]]
    error += [{"url": 2, "statusCode": 5}, 404]
    nuxt = web.add("nuxt.example", "/ratgeber/rueckenschule", body=_nuxt3("Gesund", error))
    kit = web.add(
        "kit.example",
        "/artiklar/rygg",
        body=_kit("Ryggkollen", 'error: {"message":"x"}, status: 404'),
    )
    gatsby = web.add(
        "gatsby.example",
        "/blog/postura/",
        body=_shell("Coluna", '<script>window.pagePath="/404.html";</script>'),
    )
    remix = web.add(
        "remix.example",
        "/recetas/crema",
        body=_shell(
            "Cocina",
            '<script>window.__remixContext = {"state":{"errors":{"routes/r":{"status":410,'
            '"statusText":"Gone","__type":"RouteErrorResponse"}}}};</script>',
        ),
    )
    # The page's own data carries a 404 (a linked item's status), not its error: a live page.
    data = [["ShallowReactive", 1], {"data": 2, "path": 4}, {"linkCheck": 3}, {"statusCode": 5}]
    data += ["/a/b", 404]
    live = web.add("nuxt.example", "/ratgeber/nacken", body=_nuxt3("Nacken | Gesund", data))
    write_route(tmp_path / "routes", "frameworks", [nuxt, kit, gatsby, remix, live])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    reasons = [sources[f"Source {n}"].reason for n in range(1, 5)]
    for n in range(1, 5):
        assert sources[f"Source {n}"].state is LinkState.SOFT_DEAD, reasons[n - 1]
    assert "the app's state (__NUXT_DATA__) holds an error with status 404 (+1.20)" in reasons[0]
    assert "SvelteKit's kit.start) says it rendered an error 404 (+1.20)" in reasons[1]
    assert "Gatsby's window.pagePath) says it served /404.html (+1.20)" in reasons[2]
    assert "route error response with status 410 (+1.20)" in reasons[3]
    assert sources["Source 5"].state is LinkState.ALIVE, sources["Source 5"].reason


def test_states_that_only_mention_a_404_are_no_verdict() -> None:
    """A hydration that rendered fine, a Gatsby page about 404 pages, a Remix page listing
    statuses in its data."""
    pages = [
        _kit("Rygg", "error: null, status: 200"),
        _kit("Rygg", "error: null"),
        _shell("404s", '<script>window.pagePath="/blog/better-404-pages/";</script>'),
        _shell(
            "Codes",
            '<script>window.__remixContext = {"state":{"loaderData":{"r":{"codes":[{"status":404,'
            '"name":"Not Found"}]}},"errors":null}};</script>',
        ),
    ]
    for body in pages:
        document = parse(body.decode(), body)
        assert document is not None
        assert route_not_found(document) is None, body


def _store(title: str, state: dict[str, object], tag: str = "", text: str = "") -> bytes:
    """A page whose app hands its client a store of its own, framework-free: assigned to a
    window property, or in a ``<script type="application/json">`` when ``tag`` names its id."""
    data = json.dumps(state, ensure_ascii=False)
    script = (
        f"<script type='application/json' id='{tag}'>{data}</script>"
        if tag
        else f"<script>window.__APP_STATE__ = {data};</script>"
    )
    return _shell(title, f"<div id='app'>{text or '<div class=spinner></div>'}</div>{script}")


def test_a_store_of_its_own_says_its_route_was_not_found_in_the_code_programmers_write(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The route's own outcome as a token (``"error": "NOT_FOUND"``, ``"type": "NotFound"``,
    a listed error's ``code``) beside its null record, at the top or under a page key."""
    gone = [
        ("/wiki/tidal-mill", {"item": None, "error": "NOT_FOUND", "route": "/wiki/tidal-mill"}),
        ("/anuncio/sofa-3", {"page": {"anuncio": None, "error": "ItemNotFound"}}),
        ("/recette/tarte", {"recipe": None, "error": {"type": "not_found", "message": "x"}}),
        (
            "/job/4471",
            {
                "data": {"job": None},
                "errors": [{"path": ["job"], "extensions": {"code": "JOB_NOT_FOUND"}}],
            },
        ),
        ("/ilan/7741", {"listing": None, "errors": [{"code": "not_found", "detail": "x"}]}),
    ]
    pages = [
        web.add("store.example", path, body=_store("Store", state, "app-state" if n % 2 else ""))
        for n, (path, state) in enumerate(gone)
    ]
    write_route(tmp_path / "routes", "stores", pages)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    for source in report.routes[0].sources:
        assert source.state is LinkState.SOFT_DEAD, source.reason
        assert "says its record is not there" in source.reason
    assert "(status NOT_FOUND, item: null)" in report.routes[0].sources[0].reason


def test_a_store_whose_not_found_is_not_the_routes_leaves_the_page_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A cleared error, a widget's error, translation strings, a list of codes, a GraphQL
    error of a side field or of a deeper path, a visitor's session, a form's field, and a page
    with text of its own (in a script written without spaces) whose store carries a sidebar's
    error."""
    article = (
        "<h1>港まつり、花火大会を開催</h1><p>"
        + "実行委員会は今年の夏に三年ぶりとなる花火大会を開催すると発表した。" * 4
        + "</p>"
    )
    live = [
        {"item": {"id": 8}, "error": None, "related": None},
        {"post": {"id": 8}, "comments": {"items": [], "thread": None, "error": "NOT_FOUND"}},
        {
            "i18n": {"error": "NOT_FOUND", "notFound": "Page not found"},
            "item": None,
            "loading": True,
        },
        {"item": None, "error": "Page not found", "status": "loading"},
        {"codes": [200, 404, 410], "errorCodes": ["NOT_FOUND"], "guide": None},
        {
            "data": {"event": {"id": 2}, "agent": None},
            "errors": [{"path": ["agent"], "extensions": {"code": "NOT_FOUND"}}],
        },
        {
            "data": {"event": None},
            "errors": [{"path": ["event", "tickets"], "extensions": {"code": "NOT_FOUND"}}],
        },
        {"user": None, "error": "SESSION_NOT_FOUND", "thread": {"id": 3}},
        {"form": None, "errors": [{"field": "email", "code": "USER_NOT_FOUND"}]},
    ]
    pages = [
        web.add("live.example", f"/p/{n}", body=_store("Live", state, "s" if n % 2 else ""))
        for n, state in enumerate(live)
    ]
    pages.append(
        web.add(
            "live.example",
            "/news/0412",
            body=_store("港まつり", {"page": {"ranking": None, "error": "not_found"}}, "", article),
        )
    )
    write_route(tmp_path / "routes", "stores", pages[:5])
    write_route(tmp_path / "routes", "more-stores", pages[5:])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    assert len(report.routes) == 2
    for source in (source for route in report.routes for source in route.sources):
        assert source.state is LinkState.ALIVE, source.reason
