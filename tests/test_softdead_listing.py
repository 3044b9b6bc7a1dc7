"""Redirects to a list whose address does not say so, through a real run.

A removed item whose address the site sends to a page of many items is soft-dead even when the
landing's address names no section, tag or search the sign knows: the landing's shape (a run of
sibling item links with little text of its own) or an error flag in its query says so. Links
that name their item only in codes and short words (``sku-ab12-xl``) count as naming one item.
Their look-alikes keep their verdicts: an item's page with a rail of similar items under a title
naming the link's subject, canonicalising redirects that carry the code as written, an item's
new short name, a list's second page. Every site answers made-up URLs with an honest 404 (the
fixture web's default), so the probe cannot help.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkroutes import check_routes
from curator.classify.broader import broader_landing
from curator.classify.listing import Listing
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

PROSE = (
    "<p>Most wobble comes from the crossbar, not the legs: tighten it first, then level the "
    "feet one at a time with a spirit level on the top, and check again after a week of use, "
    "because the bolts settle into the frame as the desk goes up and down.</p>"
)


def _site(site: str, main: str, title: str) -> str:
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><header><a href='/'>{site}</a><ul>{menu}</ul></header><main>{main}</main>"
        f"<footer>{menu}<p>© 2026 {site}</p></footer></body></html>"
    )


def _items(directory: str, count: int = 6) -> str:
    return "".join(f"<li><a href='{directory}{n}'>Item number {n}</a></li>" for n in range(count))


def _states(
    tmp_path: Path, web: FixtureWeb, fast: Callable[..., FetchSettings], urls: list[str]
) -> list[tuple[LinkState, str]]:
    write_route(tmp_path / "routes", "listing", urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    return [
        (sources[f"Source {n}"].state, sources[f"Source {n}"].reason)
        for n in range(1, len(urls) + 1)
    ]


def test_a_redirect_to_a_list_shaped_page_or_an_error_flag_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    shelf = _site("Kaufhaus", "<h1>Garten</h1><p>1-48 von 900</p><ul>" + _items("/dp/"), "Garten")
    web.add("kaufhaus.example", "/b/garten-outdoor", body=shelf)
    shaped = web.redirect("kaufhaus.example", "/health/sku-ab12-xl", "/b/garten-outdoor")
    homes = _site("Huizen", "<h1>1.284 woningen</h1><ul>" + _items("/koop/ams/") + "</ul>", "Koop")
    web.add("huizen.example", "/koop/amsterdam/", body=homes)
    by_id = web.redirect("huizen.example", "/woning/88231", "/koop/amsterdam/")
    jobs = _site("Brightwave", "<h1>Jobs at Brightwave</h1><p>Join us.</p>", "Jobs")
    web.add("bright.example", "/brightwave?error=true", body=jobs)
    flagged = web.redirect("bright.example", "/jobs/ux-lead-b2", "/brightwave?error=true", 302)
    results = _site("Butter", "<h1>Results</h1><ul>" + _items("/recipe/") + "</ul>", "Search")
    web.add("butter.example", "/search/lemon", body=results)
    search = web.redirect("butter.example", "/recipes/ld-17-v2", "/search/lemon", 302)
    front = _site("Clinic", "<h1>Health</h1><p>Our guides.</p>", "Health")
    web.add("clinic.example", "/health/", body=front)
    ancestor = web.redirect("clinic.example", "/health/b3-rs-de", "/health/")
    states = _states(tmp_path, web, fast_settings, [shaped, by_id, flagged, search, ancestor])
    for state, reason in states:
        assert state is LinkState.SOFT_DEAD, reason
    assert states[0][1].startswith("redirected to the listing page http://kaufhaus.example:")
    assert (
        "/b/garten-outdoor (6 links to items under /dp/), which does not name its slug "
        "(“sku-ab12-xl”) (+1.20)" in states[0][1]
    )
    assert "does not name its ID (88231)" in states[1][1]
    assert "its address flags an error: error=true" in states[2][1]
    assert "redirected to the search page" in states[3][1]
    assert "section page http://clinic.example:" in states[4][1]
    assert "/health/, which does not name its slug (“b3-rs-de”)" in states[4][1]


def test_items_with_rails_and_canonicalising_redirects_keep_their_verdicts(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    rail = "<h2>Similar items</h2><ul>" + _items("/p/") + "</ul>"
    item = _site("Lumbar Store", "<h1>Lumbar roll, memory foam</h1><p>£19.</p>" + rail, "Roll")
    web.add("store.example", "/p/98765", body=item)
    renamed = web.redirect("store.example", "/products/lumbar-roll-memory-foam", "/p/98765")
    web.add("store.example", "/item/sku-ab12-xl/", body=item)
    slash = web.redirect("store.example", "/item/sku-ab12-xl", "/item/sku-ab12-xl/")
    web.add("store.example", "/de/shop/kb-ab12-xl", body=item)
    prefix = web.redirect("store.example", "/shop/kb-ab12-xl", "/de/shop/kb-ab12-xl")
    guide = _site("Help", "<h1>Setting up your desk</h1>" + PROSE + PROSE, "Setting up")
    web.add("help.example", "/setup-guide", body=guide)
    short = web.redirect("help.example", "/guides/ab-12-setup", "/setup-guide")
    blog = _site("Night Owl", "<h1>Blog</h1><ul>" + _items("/blog/post-") + "</ul>", "Blog")
    web.add("owl.example", "/blog/?page=2", body=blog)
    second = web.redirect("owl.example", "/blog/page-2", "/blog/?page=2")
    states = _states(tmp_path, web, fast_settings, [renamed, slash, prefix, short, second])
    assert [state for state, _ in states] == [
        LinkState.MOVED,
        LinkState.ALIVE,
        LinkState.MOVED,
        LinkState.MOVED,
        LinkState.MOVED,
    ], states


LIST = Listing(items=6, directory="/dp", own_words=8)
ARTICLE_WITH_LIST = Listing(items=6, directory="/blog/2026", own_words=240)


@pytest.mark.parametrize(
    ("url", "final", "listing"),
    [
        ("https://a.example/p/4821", "https://a.example/p/4821/lumbar-roll", LIST),
        ("https://a.example/news/nw-2024-x7", "https://a.example/world/news/nw-2024-x7", LIST),
        ("https://a.example/item?id=7", "https://a.example/items/7-standing-desk", LIST),
        ("https://a.example/blog/x9-kb-22", "https://a.example/blog/2026/fix", ARTICLE_WITH_LIST),
        ("https://a.example/guides/ab-12-setup", "https://a.example/setup-guide", None),
        ("https://a.example/go/ab-12-cd", "https://a.example/c/all-offers", LIST),
        ("https://a.example/blog/page-2", "https://a.example/blog/?page=2", LIST),
        ("https://a.example/shop/ab-12-cd", "https://a.example/setup?error=false", None),
    ],
)
def test_landings_that_keep_the_item_or_are_no_list(
    url: str, final: str, listing: Listing | None
) -> None:
    assert broader_landing(url, final, listing) is None


def test_a_code_slug_needs_a_plainly_broader_landing() -> None:
    """A one-segment landing may be the item's new short name; its ancestor, a list-shaped
    page or an error flag is plainly broader."""
    url = "https://a.example/guides/ab-12-setup"
    assert broader_landing(url, "https://a.example/setup") is None
    found = broader_landing(url, "https://a.example/guides/")
    assert found is not None and found.kind == "section page" and found.slug == "ab-12-setup"
    shaped = broader_landing(url, "https://a.example/setup", LIST)
    assert shaped is not None and shaped.kind == "listing page"
    flagged = broader_landing(url, "https://a.example/setup?notfound=1")
    assert flagged is not None and "flags an error: notfound=1" in flagged.says
