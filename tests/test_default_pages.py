"""Hosting software's default pages read as a lander: the domain no longer serves the source.

The examples in ``default_pages.json`` must match and its counter-examples must not; a site's
root that now shows "Welcome to nginx!" is soft-dead through a real run, while a tutorial that
quotes the page, and a page whose own title differs, stay alive.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from checkroutes import check_routes
from curator.classify.default_pages import PAGES_FILE, default_page
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

SHORT = "It works! This is the default web page for this server."
DATA = json.loads(resources.files("curator.classify").joinpath(PAGES_FILE).read_text("utf-8"))


@pytest.mark.parametrize(("title", "heading"), DATA["examples"])
def test_the_softwares_own_wording_is_recognised(title: str | None, heading: str | None) -> None:
    assert default_page(title, heading, SHORT) is not None


@pytest.mark.parametrize(("title", "heading"), DATA["not"])
def test_pages_quoting_the_wording_are_not_default_pages(
    title: str | None, heading: str | None
) -> None:
    assert default_page(title, heading, SHORT) is None


def test_a_long_untitled_page_under_a_default_heading_is_the_sites_own() -> None:
    assert default_page(None, "It works!", SHORT) is not None
    assert default_page(None, "It works!", "word " * 800) is None


NGINX = (
    "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>"
    "<h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is successfully "
    "installed and working. Further configuration is required.</p>"
    "<p><em>Thank you for using nginx.</em></p></body></html>"
)
TUTORIAL = html_page(
    title="How to install nginx on Debian",
    body="<main><h1>How to install nginx on Debian</h1><p>Browse to the server: the page "
    "“Welcome to nginx!” means it works. Then replace it.</p><pre>&lt;title&gt;Welcome to "
    "nginx!&lt;/title&gt;</pre></main>",
)


def test_a_sites_root_showing_nginxs_default_page_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    rehosted = web.add("clinic.example", "/", body=NGINX)
    tutorial = web.add("devnotes.example", "/nginx/install", body=TUTORIAL)
    others = [web.add(f"site{n}.example", "/", body=html_page(f"Site {n}")) for n in range(3)]
    write_route(tmp_path / "routes", "servers", [rehosted, tutorial, *others])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    seen = {s.url: s for route in report.routes for s in route.sources}

    assert seen[rehosted].state is LinkState.SOFT_DEAD
    assert "nginx's default page" in (seen[rehosted].reason or "")
    assert seen[tutorial].state is LinkState.ALIVE
    assert [seen[url].state for url in others] == [LinkState.ALIVE] * 3
