"""Live pages a review found called gone or blocked, and one page lost to a bad address, each
through a real server: a redirect to a sign-in page, a short project page whose text names its
subject, an idle-timeout sign-out script, a reCAPTCHA script on a site's every page, an empty
202, a Japanese article without spaces, a malformed link in a thin page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route
from sitepage import PROSE, site_page

RECAPTCHA_V3 = "<script src='https://www.google.com/recaptcha/api.js?render=6Lc'></script>"
JAPANESE = "腰痛は多くの人が経験する症状で、正しい姿勢と適度な運動で予防できます。" * 40


def test_live_pages_the_review_found_stay_live(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    links: dict[str, str] = {}
    web.add("docs.example", "/sign_in", body=html_page("Sign in", "<form><input></form>"))
    links["sign-in"] = web.redirect(
        "docs.example", "/docs/private-project-roadmap-2025", "/sign_in", status=302
    )
    project = (
        "<main><p>Ted is a small terminal editor written in Rust, with modal editing.</p>"
        "<a href='https://github.com/janedoe/ted'>Source</a></main>"
    )
    links["project"] = web.add(
        "jane.example", "/projects/rust-terminal-editor", body=html_page("Jane Doe", project)
    )
    idle = (
        "<main><h1>Your account</h1><p>Balance and orders.</p></main><script>setTimeout("
        "function(){location.href='/logout'},1800000)</script>"
    )
    links["idle"] = web.add("shop.example", "/account/orders-2025", body=html_page("Shop", idle))
    spring = f"<main><h1>Spring gallery</h1><p>Twelve photos.</p></main>{RECAPTCHA_V3}"
    gallery = html_page("Gallery | Studio", spring)
    links["captcha-script"] = web.add("studio.example", "/gallery/spring", body=gallery)
    links["202"] = web.add("queue.example", "/reports/annual", status=202)
    links["japanese"] = web.add(
        "news.example", "/ja/youtsu", body=html_page("腰痛の予防", f"<p>{JAPANESE}</p>")
    )
    bad_link = "<main><p>See the new page.</p><a href='http://[::1'>here</a></main>"
    links["bad-link"] = web.add(
        "old.example", "/guide/back-care", body=html_page("Back care guide", bad_link)
    )
    for n in range(3):
        links[f"plain-{n}"] = web.add(f"site{n}.example", "/a", body=html_page(f"Page {n}"))
    urls = list(links.values())
    write_route(tmp_path / "routes", "review-a", urls[:5])
    write_route(tmp_path / "routes", "review-b", urls[5:])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    seen = {s.url: s for route in report.routes for s in route.sources}
    said = {name: (seen[url].state, seen[url].reason) for name, url in links.items()}

    gone = {LinkState.DEAD, LinkState.SOFT_DEAD}
    assert {name for name, (state, _) in said.items() if state in gone} == set(), said
    assert said["captcha-script"][0] is LinkState.ALIVE, said
    assert said["japanese"][0] is LinkState.ALIVE, said
    assert said["bad-link"][0] is LinkState.ALIVE, said  # read, not an internal error
    assert seen[links["bad-link"]].title == "Back care guide"


def _kit_shell(data: str) -> str:
    """A SvelteKit page with no server-rendered text: its route's data is in kit.start."""
    start = (
        "kit.start(app, element, { node_ids: [0, 4], data: [null, {type: 'data', data: "
        f"{data}}}], form: null, error: null }});"
    )
    return (
        "<!doctype html><html><head><title>HTTP codes</title></head><body>"
        f"<div style='display: contents'></div><script>{start}</script></body></html>"
    )


def test_live_pages_the_second_review_found_stay_live(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """An item's page with a rail of its siblings is no listing; a clause of absence among a
    page's own prose is no verdict alone; a 404 in an app's own data is not its route's."""
    links: dict[str, str] = {}
    rail = "".join(f"<li><a href='/product/other-{n}'>Other item {n}</a></li>" for n in range(6))
    product = (
        "<h1>Trail Runner 2</h1><p>A light trail shoe with a grippy sole for wet rock.</p>"
        f"<h2>You may also like</h2><ul>{rail}</ul>"
    )
    web.add(
        "shop.example", "/product/trail-runner-2", body=site_page("Shop", product, "Trail Runner 2")
    )
    links["item-by-id"] = web.redirect("shop.example", "/item", "/product/trail-runner-2") + "?id=5"
    pages = {
        "stub": ("<h1>Spix's macaw</h1><p>This species no longer exists in the wild.</p>", "Wiki"),
        "faq": ("<h1>Questions</h1><p>This feature has been retired. Use exports.</p>", "FAQ"),
        "comments": (f"<h1>Ten tips for sleep</h1>{PROSE * 2}<p>Nothing here yet.</p>", "Tips"),
    }
    for name, (main, title) in pages.items():
        links[name] = web.add(
            f"{name}.example", "/p/41", body=site_page(title, main + PROSE, title)
        )
    codes = "{code: {status: 404, name: 'Not Found', error: 'client'}}"
    links["kit-data"] = web.add("codes.example", "/codes/404", body=_kit_shell(codes))
    urls = list(links.values())
    write_route(tmp_path / "routes", "review-c", urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    seen = {s.url: s for route in report.routes for s in route.sources}
    said = {name: (seen[url].state, seen[url].reason) for name, url in links.items()}

    assert said["item-by-id"][0] is LinkState.MOVED, said
    for name in ("stub", "faq", "comments", "kit-data"):
        assert said[name][0] is LinkState.ALIVE, said
