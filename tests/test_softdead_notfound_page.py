"""A link that shows the site's own not-found page is soft-dead, whatever language it is in.

The site answers made-up URLs with an honest 404 and a page; a removed item's link answers 200
with that same page. The page's words are in no phrase book (Swahili here): only the match
with the site's 404 page can tell. A live page of the same site, in the same chrome, stays
alive, and the host's answer is learnt once and kept in the store like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from checkroutes import check_routes
from curator.classify.page_sketch import PageShape
from curator.classify.probe_answer import ProbeAnswer, compare
from curator.report.model import Report, SourceReport
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from routefiles import write_route

SHOP = "duka.afya.example"
T0 = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
_MENU = "".join(f"<li><a href='/c/{i}'>Kategoria {i}</a></li>" for i in range(12))
_FOOTER = "<footer><p>" + "Afya Bora, Nairobi. Huduma kwa wateja kila siku. " * 6 + "</p></footer>"


def _page(title: str, main: str) -> str:
    return html_page(title=title, body=f"<nav><ul>{_MENU}</ul></nav><main>{main}</main>{_FOOTER}")


NOT_FOUND = _page(
    "Afya Bora", "<h2>Samahani, hatukuweza kupata ukurasa huu.</h2><p>Rudi mwanzo.</p>"
)


def _product(number: int) -> str:
    return _page(
        f"Kiraka cha joto namba {number} | Afya Bora",
        f"<h1>Kiraka cha joto namba {number}</h1><p>Bei: KSh {number}50. Kinapatikana.</p>"
        f"<p>Kiraka hiki hupunguza maumivu ya mgongo kwa saa {number + 4}.</p>",
    )


LIVE = [f"/bidhaa/{n}/kiraka-cha-joto-{n}" for n in (1, 3, 4, 5)]


def _shop(request: FixtureRequest) -> None:
    """Products in ``LIVE`` are on sale; product 2 was removed and its page renders the
    not-found template with 200; anything else is an honest 404 carrying that same template."""
    if request.path in LIVE:
        request.respond(200, _product(LIVE.index(request.path) + 1))
    elif request.path == "/bidhaa/2/mto-wa-mgongo":
        request.respond(200, NOT_FOUND)
    else:
        request.respond(404, NOT_FOUND)


def _run(
    tmp_path: Path, web: FixtureWeb, settings: Settings, store: SqliteStore, now: datetime
) -> Report:
    return check_routes(tmp_path / "routes", settings, web.resolver, store, clock=lambda: now)


def _sources(report: Report) -> dict[str, SourceReport]:
    return {s.url: s for route in report.routes for s in route.sources}


def test_a_link_showing_the_sites_404_page_is_soft_dead_in_any_language(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(SHOP, "*", handler=_shop)
    live = [web.url(SHOP, path) for path in LIVE]
    removed = web.url(SHOP, "/bidhaa/2/mto-wa-mgongo")
    write_route(tmp_path / "routes", "duka", [*live, removed])
    settings = Settings(fetch=fast_settings())
    cited = {*LIVE, "/bidhaa/2/mto-wa-mgongo", "/robots.txt"}

    with SqliteStore(tmp_path / "state.sqlite") as store:
        first = _sources(_run(tmp_path, web, settings, store, T0))
        probes = [r.path for r in web.requests(SHOP) if r.path not in cited]
        web.log.clear()
        second = _sources(_run(tmp_path, web, settings, store, T0 + timedelta(days=1)))
        probes_again = [r.path for r in web.requests(SHOP) if r.path not in cited]

    for seen in (first, second):
        said = [(seen[link].state, seen[link].reason) for link in live]
        assert [state for state, _ in said] == [LinkState.ALIVE] * 4, said
        assert seen[removed].state is LinkState.SOFT_DEAD
        assert "shows this site's not-found page" in (seen[removed].reason or "")
        assert "HTTP 404" in (seen[removed].reason or "")
    assert len(probes) == 1  # one made-up URL for the shared path shape, as before
    assert probes_again == []  # the next day the stored answer (with its words) is reused


BLOG = "yoga.blog.example"
_POSTS = "".join(
    f"<article><h2><a href='/posts/{n}'>Gentle yoga for back pain, part {n}</a></h2>"
    f"<p>Part {n} of our series: stretches {n * 3} to {n * 3 + 2}, held slowly, with props "
    "for stiff mornings and a short rest between each pose. Breathe out as you fold, keep "
    "the knees soft, and stop where the stretch is felt, never where it hurts.</p></article>"
    for n in range(1, 11)
)
BLOG_404 = _page("Page not found | Lakeside Yoga", "<h1>Oops!</h1><p>Try these:</p>" + _POSTS)
BLOG_INDEX = _page("Blog | Lakeside Yoga", "<h1>Blog</h1>" + _POSTS)


def _blog(request: FixtureRequest) -> None:
    """A theme whose 404 page lists the ten recent posts, as many WordPress themes do."""
    if request.path == "/blog/":
        request.respond(200, BLOG_INDEX)
    elif request.path.startswith("/posts/") and request.path[7:].isdigit():
        number = int(request.path[7:])
        request.respond(
            200,
            _page(
                f"Part {number} | Lakeside Yoga",
                f"<h1>Part {number}</h1><p>Stretch {number} for the lower back, held slowly.</p>",
            ),
        )
    elif request.path == "/posts/retired-series":
        request.respond(200, BLOG_404)  # a removed post rendered with the 404 template
    else:
        request.respond(404, BLOG_404)


def test_a_live_listing_sharing_its_posts_with_the_404_page_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The blog's index and its 404 page show the same ten posts (their words are nearly the
    same); only the 404 page's title names it as the error, and the index keeps its own."""
    web.add(BLOG, "*", handler=_blog)
    index = web.url(BLOG, "/blog/")
    removed = web.url(BLOG, "/posts/retired-series")
    posts = [web.url(BLOG, f"/posts/{n}") for n in (1, 2, 3)]
    write_route(tmp_path / "routes", "yoga", [index, removed, *posts])
    settings = Settings(fetch=fast_settings())
    with SqliteStore(tmp_path / "state.sqlite") as store:
        seen = _sources(_run(tmp_path, web, settings, store, T0))
    assert seen[index].state is LinkState.ALIVE, seen[index].reason
    assert seen[removed].state is LinkState.SOFT_DEAD, seen[removed].reason
    assert [seen[post].state for post in posts] == [LinkState.ALIVE] * 3


def test_an_app_shell_or_the_home_page_under_a_404_is_no_not_found_page() -> None:
    shell = ""  # what an app's shell shows: a title, a script, an empty root element
    home = "Spine Health Clinic. " + "Physiotherapy and back pain care in the city centre. " * 5
    for text, canonical in ((shell, None), (home, "http://clinic.example/")):
        page = PageShape.of(200, "http://clinic.example/welcome", text, canonical)
        answer = ProbeAnswer(
            origin="http://clinic.example",
            shape="/text",
            status=404,
            final_url="http://clinic.example/zzqxw",
            sketch=PageShape.of(404, "http://clinic.example/zzqxw", text, canonical).sketch,
            canonical=canonical,
        )
        outcome = compare(page, answer, threshold=0.9)  # only that the site says 404
        assert outcome is not None and outcome.honest and not outcome.alike and not outcome.near
    words = "Samahani, hatukuweza kupata ukurasa huu. Rudi mwanzo. " + _FOOTER
    page = PageShape.of(200, "http://clinic.example/welcome", words, title="Afya Bora")
    answer = ProbeAnswer(
        "http://clinic.example", "/text", 404, "http://clinic.example/zzqxw", page.sketch
    )
    outcome = compare(page, answer, threshold=0.9)  # the 404 page's title is not known
    assert outcome is not None and outcome.honest and not outcome.alike
    titled = replace(answer, title="afya  BORA")
    outcome = compare(page, titled, threshold=0.9)
    assert outcome is not None and outcome.alike
