"""A page with no text whose script sends the reader home is a redirect home, through a real run.

A browser follows ``location.replace('/')`` at once, so the reader lands on the home page as
after an HTTP redirect; a checker's fetch sees a 200 with an empty body. Pages whose scripts go
elsewhere (a sign-in page), read their address without leaving it, or send home only on a click
under text of their own stay alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _page(title: str, head: str = "", body: str = "") -> bytes:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


def test_a_script_that_sends_a_textless_page_home_is_a_redirect_home(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    replaced = web.add(
        "bakery.example",
        "/menu/sourdough-loaf",
        body=_page("Lakeside Bakery", "<script>window.location.replace('/');</script>"),
        headers=HTML,
    )
    assigned = web.add(
        "dental.example",
        "/team/dr-anna-berg",
        body=_page("Harbour Dental", body='<script>location.href = "/";</script>'),
        headers=HTML,
    )
    sign_in = web.add(
        "store.example",
        "/account/orders",
        body=_page(
            "My orders",
            "<script>if (!localStorage.token) { location.href = '/login'; }</script>",
            "<div id='root'></div>",
        ),
        headers=HTML,
    )
    router = web.add(
        "recipes.example",
        "/recipes/lemon-tart",
        body=_page("Recipe Box", "<script>window.__ROUTE__ = location.pathname;</script>"),
        headers=HTML,
    )
    thanks = web.add(
        "shop.example",
        "/checkout/thank-you",
        body=_page(
            "Thank you for your order",
            body="<h1>Thank you for your order</h1><p>Order 10442 is on its way to you.</p>"
            "<button onclick=\"location.href='/'\">Back to the shop</button>",
        ),
        headers=HTML,
    )
    write_route(tmp_path / "routes", "script", [replaced, assigned, sign_in, router, thanks])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    for name in ("Source 1", "Source 2"):
        assert sources[name].state is LinkState.SOFT_DEAD, sources[name].reason
        assert sources[name].reason.startswith("a script sends the reader to the site's home page")
    for name in ("Source 3", "Source 4", "Source 5"):
        assert sources[name].state is LinkState.ALIVE, sources[name].reason
