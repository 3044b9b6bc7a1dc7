"""A page whose host's answer to made-up URLs cannot be compared with it by words is not
hashed, and every verdict and reason of a run stays what it is when every page is hashed."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import curator.inspect
from checkroutes import check_routes
from curator.classify import page_sketch
from curator.classify.probe_answer import ProbeAnswer, reads_words
from curator.extract.words import PageWords
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from routefiles import write_route

T0 = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
_NAV = "".join(f"<li><a href='/c/{i}'>Section {i}</a></li>" for i in range(10))
_FOOT = "<footer><p>" + "Spine Works, 12 Harbour Road. Open every weekday. " * 5 + "</p></footer>"


def _page(title: str, main: str) -> str:
    return html_page(title=title, body=f"<nav><ul>{_NAV}</ul></nav><main>{main}</main>{_FOOT}")


Answer = Callable[[str], tuple[int, str]]  # a site: path -> (status, page)


def _stamped(site: Answer) -> Callable[[FixtureRequest], None]:
    """Every answer stamped (as ad and cache tags do), so the next day's run reads it again."""
    served = itertools.count()

    def handle(request: FixtureRequest) -> None:
        status, body = site(request.path)
        request.respond(status, body + f"<!-- served {next(served)} -->")

    return handle


def _article(site: str, number: int) -> str:
    words = " ".join(f"{site}{number}w{i}" for i in range(50))
    return _page(f"Article {number} | {site}", f"<h1>Article {number}</h1><p>{words}</p>")


HONEST, SHOP, BLOG, CATCH, NEWS, NEWS200 = (
    "honest.example",
    "shop.example",
    "blog.example",
    "catch.example",
    "news.example",
    "news200.example",
)
SHOP_404 = _page("Spine Shop", "<h2>Sorry, we could not find that page.</h2><p>Go back home.</p>")
_POSTS = "".join(
    f"<article><h2>Gentle stretches, part {n}</h2><p>Part {n}: stretches {n * 3} to "
    f"{n * 3 + 2}, held slowly, with a short rest between each pose.</p></article>"
    for n in range(1, 9)
)
BLOG_404 = _page("Page not found | Blog", "<h1>Oops!</h1><p>Try these:</p>" + _POSTS)
BLOG_INDEX = _page("Blog | Blog", "<h1>Blog</h1>" + _POSTS)
STAND_IN = _page("Catch", "<p>" + "Browse our latest stories on posture and back care. " * 20)


def _honest(path: str) -> tuple[int, str]:
    """Articles at /a/<n>/<slug>; anything else a bare 404."""
    parts = path.split("/")
    if len(parts) == 4 and parts[1] == "a" and parts[3] == f"slug-{parts[2]}":
        return 200, _article("honest", int(parts[2]))
    else:
        return 404, "Not found"


def _shop(path: str) -> tuple[int, str]:
    """Products 1-4 on sale; product 9 removed, rendered with the not-found template and a
    200 (the same title as the 404); anything else a 404 with that template."""
    parts = path.split("/")
    if len(parts) == 4 and parts[1] == "p" and parts[2] in "1234" and parts[3] == "item":
        return 200, _article("shop", int(parts[2]))
    elif path == "/p/9/item":
        return 200, SHOP_404
    else:
        return 404, SHOP_404


def _blog(path: str) -> tuple[int, str]:
    """A 404 template listing the recent posts under its own title; the index lists them too
    under another title; a retired post renders the 404 template with a 200."""
    if path == "/posts/index":
        return 200, BLOG_INDEX
    elif path == "/posts/retired":
        return 200, BLOG_404
    elif path in ("/posts/one", "/posts/two"):
        return 200, _article("blog", len(path))
    else:
        return 404, BLOG_404


def _catch_all(path: str) -> tuple[int, str]:
    """One real article; every other path the same stand-in page, with a 200."""
    if path == "/c/3/21/real":
        return 200, _article("catch", 21)
    else:
        return 200, STAND_IN


def _news(unknown: int) -> Answer:
    """Story N at /s/<N>/<any slug>, ignoring the slug; an unknown N answers ``unknown``."""

    def handle(path: str) -> tuple[int, str]:
        parts = path.split("/")
        if len(parts) == 4 and parts[1] == "s" and parts[2].isdigit() and int(parts[2]) < 1000:
            return 200, _article("news", int(parts[2]))
        elif unknown == 200:
            return 200, STAND_IN
        else:
            return 404, "Not found"

    return handle


def _links(web: FixtureWeb) -> dict[str, list[str]]:
    return {
        "honest": [web.url(HONEST, f"/a/{n}/slug-{n}") for n in range(1, 9)]
        + [web.url(HONEST, "/a/77/slug-gone")],
        "shop": [web.url(SHOP, f"/p/{n}/item") for n in (1, 2, 3, 4, 9)],
        "blog": [web.url(BLOG, p) for p in ("/posts/index", "/posts/retired", "/posts/one")]
        + [web.url(BLOG, "/posts/two")],
        "catch": [web.url(CATCH, p) for p in ("/c/3/21/real", "/c/4/5/gone", "/topics/old")],
        "news": [web.url(NEWS, f"/s/{n * 7}/slug-{n}") for n in range(1, 5)],
        "news200": [web.url(NEWS200, f"/s/{n * 7}/slug-{n}") for n in range(1, 5)]
        + [web.url(NEWS200, "/s/4242/deleted")],
    }


@pytest.fixture
def sites(web: FixtureWeb, tmp_path: Path) -> Iterator[dict[str, list[str]]]:
    web.add(HONEST, "*", handler=_stamped(_honest))
    web.add(SHOP, "*", handler=_stamped(_shop))
    web.add(BLOG, "*", handler=_stamped(_blog))
    web.add(CATCH, "*", handler=_stamped(_catch_all))
    web.add(NEWS, "*", handler=_stamped(_news(404)))
    web.add(NEWS200, "*", handler=_stamped(_news(200)))
    links = _links(web)
    every = [url for urls in links.values() for url in urls]
    for start in range(0, len(every), 5):  # routes of five sources, hosts mixed
        write_route(tmp_path / "routes", f"route-{start}", every[start : start + 5])
    yield links


Said = dict[str, tuple[LinkState, str | None]]


def _two_runs(
    tmp_path: Path, web: FixtureWeb, settings: Settings, store_name: str
) -> tuple[list[Said], int]:
    """Two runs a day apart on one store (the second reuses the stored answers): what each
    said of every link, and how many shingle sketches the second one hashed."""
    hashed = [0]
    sketch = page_sketch.shingle_sketch

    def counting(
        text: str | PageWords, size: int = 4, limit: int = 3000, mask: tuple[str, ...] = ()
    ) -> bytes:
        hashed[0] += 1
        return sketch(text, size, limit, mask)

    said: list[Said] = []
    with SqliteStore(tmp_path / store_name) as store:
        for day in range(2):
            hashed[0] = 0
            page_sketch.shingle_sketch = counting
            try:
                report = check_routes(
                    tmp_path / "routes", settings, web.resolver, store,
                    clock=lambda day=day: T0 + timedelta(days=day),
                )  # fmt: skip
            finally:
                page_sketch.shingle_sketch = sketch
            said.append({s.url: (s.state, s.reason) for r in report.routes for s in r.sources})
    return said, hashed[0]


def test_skipping_the_sketch_changes_no_verdict_or_reason(
    tmp_path: Path,
    web: FixtureWeb,
    sites: dict[str, list[str]],
    fast_settings: Callable[..., FetchSettings],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = Settings(fetch=fast_settings())
    skipping, skipping_hashed = _two_runs(tmp_path, web, settings, "skip.sqlite")
    # The same runs with every page hashed, as before this change.
    monkeypatch.setattr(curator.inspect, "reads_words", _always)
    hashing, hashing_hashed = _two_runs(tmp_path, web, settings, "hash.sqlite")

    assert skipping == hashing  # learnt in the run (day 0) and from the store (day 1)
    # The second run knew every answer from the store: of the 27 pages, only the catch-all
    # hosts' 200 pages (3 + 4) and the two pages titled like their host's not-found page
    # (shop's removed product, blog's retired post) were hashed.
    assert hashing_hashed == 29
    assert skipping_hashed == 10
    # ... and the verdicts are the ones each host's answer calls for.
    day1 = skipping[1]
    links = sites
    assert [day1[u][0] for u in links["honest"][:8]] == [LinkState.ALIVE] * 8
    assert day1[links["shop"][4]][0] is LinkState.SOFT_DEAD
    assert [day1[u][0] for u in links["shop"][:4]] == [LinkState.ALIVE] * 4
    assert day1[links["blog"][0]][0] is LinkState.ALIVE
    assert day1[links["blog"][1]][0] is LinkState.SOFT_DEAD
    assert day1[links["catch"][0]][0] is LinkState.ALIVE
    assert day1[links["catch"][1]][0] is LinkState.SOFT_DEAD
    assert [day1[u][0] for u in links["news"]] == [LinkState.ALIVE] * 4
    assert day1[links["news200"][4]][0] is LinkState.SOFT_DEAD
    assert [day1[u][0] for u in links["news200"][:4]] == [LinkState.ALIVE] * 4


def _always(answer: ProbeAnswer, title: str | None) -> bool:
    return True


def _answer(status: int, sketch: bytes = b"", title: str | None = None) -> ProbeAnswer:
    return ProbeAnswer("http://x.example", "/p/num/text", status, "http://x.example/p/1/z", sketch,
                       title=title)  # fmt: skip


def test_only_a_catch_all_or_a_not_found_page_titled_like_the_page_reads_its_words() -> None:
    words = page_sketch.shingle_sketch(
        "Sorry, we could not find that page. Go back home now please."
    )
    assert reads_words(_answer(200), "Anything")
    assert not reads_words(_answer(404), "Anything")  # a bare 404
    assert not reads_words(_answer(503), "Anything")
    assert reads_words(_answer(404, words, "Spine Shop"), " spine  SHOP")
    assert not reads_words(_answer(404, words, "Spine Shop"), "Article 1 | Spine Shop")
    assert not reads_words(_answer(410, words, "Spine Shop"), None)
    assert not reads_words(_answer(404, words[:8], "Spine Shop"), "Spine Shop")  # an app shell
