"""What a page says about the state of its own item, through a real run.

A shop, a docs site, a journal and a video site keep an item's page under its name after the
item is gone, with the notice in its place: "This product has been discontinued" above a rail of
other products, "This guide has been merged into ...", "この動画は配信を終了しました". Said of
the item the page is named for, as the first thing under its heading, that is the page's
message (the clause book's ``state`` predicates). The same words are no message where the item
is still there: an out-of-stock product with its description, a retracted paper shown in full
under its banner, a successor's page naming the model it replaces. And a film, an episode or a
book named like an error, declared so in the page's structured data, is not convicted on its
name. Every site answers made-up URLs with an honest 404, so the probe cannot help.
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

PROSE = (
    "<p>The roll supports the natural curve of the lower back on any office or car seat, and "
    "two straps keep it where it should be while you work or drive for hours at a time.</p>"
    "<p>Its cover comes off for washing at forty degrees, and the memory foam inside keeps its "
    "shape for years, according to the maker, which offers a two-year guarantee on it.</p>"
) * 3


def _page(site: str, title: str, h1: str, main: str, lang: str = "en", data: object = None) -> str:
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    declared = (
        f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
        if data is not None
        else ""
    )
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"{declared}</head><body><header><a href='/'>{site}</a><ul>{menu}</ul></header>"
        f"<main><h1>{h1}</h1>{main}</main><footer>{menu}<p>© 2026 {site}</p></footer>"
        "</body></html>"
    )


RAIL = (
    "<h2>You may also like</h2><ul><li><a href='/products/seat-wedge'>Seat wedge £19</a></li>"
    "<li><a href='/products/posture-belt'>Posture belt £15</a></li>"
    "<li><a href='/products/heat-wrap'>Heat wrap £12</a></li></ul>"
)


def _states(
    tmp_path: Path, web: FixtureWeb, fast: Callable[..., FetchSettings], urls: list[str]
) -> list[tuple[LinkState, str]]:
    write_route(tmp_path / "routes", "statements", urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    return [
        (sources[f"Source {n}"].state, sources[f"Source {n}"].reason)
        for n in range(1, len(urls) + 1)
    ]


def _gone_pages(web: FixtureWeb) -> list[str]:
    merged = web.add(
        "docs.example",
        "/docs/guides/lumbar-stenosis-exercises",
        body=_page(
            "SpineKit Docs",
            "Lumbar stenosis exercises | SpineKit Docs",
            "Lumbar stenosis exercises",
            "<p>This guide has been merged into <a href='/docs/stenosis'>Spinal stenosis</a>.</p>",
        ),
    )
    video = web.add(
        "video.example",
        "/douga/youtsu-taisou-03",
        body=_page(
            "動画ナビ",
            "腰痛体操 第3回 | 動画ナビ",
            "腰痛体操 第3回",
            "<p>この動画は配信を終了しました。</p>"
            "<ul><li><a href='/d/4'>腰痛体操 第4回</a></li></ul>",
            lang="ja",
        ),
    )
    moved = web.add(
        "kreis.example",
        "/buergerservice/foerderprogramm-rueckengesundheit",
        body=_page(
            "Landkreis Talheim",
            "Förderprogramm Rückengesundheit - Landkreis Talheim",
            "Förderprogramm Rückengesundheit",
            "<p>Der Inhalt dieser Seite wurde verschoben.</p>",
            lang="de",
        ),
    )
    off_range = web.add(
        "shop.example",
        "/products/ergo-lumbar-roll-v1",
        body=_page(
            "Lumbar Store",
            "Ergo Lumbar Roll v1 – Lumbar Store",
            "Ergo Lumbar Roll v1",
            "<p>This product has been taken off the range.</p>" + RAIL,
        ),
    )
    # a sentence heading a page that declares a product is a message, as before
    product = web.add(
        "shop.example",
        "/products/lumbar-roll-v0",
        body=_page(
            "Lumbar Store",
            "This product has been discontinued | Lumbar Store",
            "This product has been discontinued",
            RAIL,
            data={"@context": "https://schema.org", "@type": "Product", "name": "Lumbar roll"},
        ),
    )
    return [merged, video, moved, off_range, product]


def test_an_items_state_as_its_pages_message_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    states = _states(tmp_path, web, fast_settings, _gone_pages(web))
    assert [state for state, _ in states] == [LinkState.SOFT_DEAD] * 5, states
    assert "This guide has been merged into" in states[0][1]
    assert "配信を終了" in states[1][1]
    assert "taken off the range" in states[3][1]


def test_the_same_words_beside_the_item_and_works_named_like_errors_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    described = web.add(
        "shop.example",
        "/products/ergo-lumbar-roll-v2",
        body=_page(
            "Lumbar Store",
            "Ergo Lumbar Roll v2 – Lumbar Store",
            "Ergo Lumbar Roll v2",
            "<p>This product has been taken off the range.</p>" + PROSE + RAIL,
        ),
    )
    retracted = web.add(
        "journal.example",
        "/article/S1529-9430(23)00187-1",
        body=_page(
            "Journal of Spine Research",
            "RETRACTED: Vitamin D and disc degeneration | Journal of Spine Research",
            "RETRACTED: Vitamin D and disc degeneration",
            "<p>This paper has been retracted.</p><h2>Abstract</h2>" + PROSE,
        ),
    )
    successor = web.add(
        "shop.example",
        "/products/ergo-chair-2",
        body=_page(
            "Lumbar Store",
            "Ergo Chair 2 – Lumbar Store",
            "Ergo Chair 2",
            "<p>In stock. Replaces the Ergo Chair, which has been discontinued.</p>" + RAIL,
        ),
    )
    film = web.add(
        "films.example",
        "/film/hadaf-lo-nimtsa",
        body=_page(
            "סרטים",
            "הדף לא נמצא | סרטים",
            "הדף לא נמצא",
            "<p>דרמה, 96 דקות. במאית: נועה לוי.</p>",
            lang="he",
            data={"@context": "https://schema.org", "@type": "Movie", "name": "הדף לא נמצא"},
        ),
    )
    story = web.add(
        "stories.example",
        "/works/page-ga-mitsukarimasen",
        body=_page(
            "短編の森",
            "ページが見つかりません | 短編の森",
            "ページが見つかりません",
            "<p>山田花子の短編小説。約8,000字。</p>",
            lang="ja",
            data={"@context": "https://schema.org", "@type": "CreativeWork", "name": "x"},
        ),
    )
    states = _states(tmp_path, web, fast_settings, [described, retracted, successor, film, story])
    assert [state for state, _ in states] == [LinkState.ALIVE] * 5, states
    # the notice is weighed against the item's own text, which is still there
    assert "words of prose" in states[0][1] and "words of prose" in states[1][1]
    assert "the name of the Movie the page declares itself" in states[3][1]
    assert "the name of the CreativeWork the page declares itself" in states[4][1]
