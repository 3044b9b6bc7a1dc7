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
