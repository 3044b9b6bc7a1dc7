"""The soft-404 probe through real local sites: slug-ignoring sites stay alive, catch-all sites
are still caught, a host's answer is learnt once per path shape and kept in the store, and
probes wait their turn at the host like any request."""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from checkroutes import check_routes
from curator.classify.front import front_answer, front_key
from curator.classify.page_sketch import PageShape
from curator.classify.probe_address import id_probe_url, path_shape, probe_key, probe_url
from curator.classify.probe_answer import compare
from curator.classify.probe_learning import learn_next, learnt
from curator.report.model import Report
from curator.settings import ClassifySettings, FetchSettings, Settings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from routefiles import write_route

NEWS = "www.daily-spine.example"
_ARTICLE = re.compile(r"^/p/(\d+)/(\d+)/[^/]*$")
T0 = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def _story(number: int) -> str:
    words = " ".join(f"story{number}word{i}" for i in range(60))
    return html_page(
        title=f"Story {number} | Daily Spine",
        body=f"<main><p>Story {number}: {words}</p></main>",
        head=f'<link rel="canonical" href="http://{NEWS}/p/1/{number}/the-real-slug-{number}">',
    )


_MISSING_STORY = html_page(
    title="Daily Spine",
    body="<main><p>" + "Browse today's stories on back pain and posture. " * 30 + "</p></main>",
)


def _news_site(unknown_ids_answer: int, volatile: bool = False) -> Callable[[FixtureRequest], None]:
    """A news site that serves story N at /p/<section>/<N>/<any slug>, ignoring the slug; an
    unknown story number gets ``unknown_ids_answer`` (404, or a friendly 200 page). A
    ``volatile`` site stamps each answer (as ad and cache tags do), so no two answers are the
    same bytes and every run reads and judges its pages again."""
    served = itertools.count()

    def handle(request: FixtureRequest) -> None:
        found = _ARTICLE.match(request.path)
        if found is None:
            request.respond(404, html_page("Not found"))
        elif int(found.group(2)) < 1000:
            stamp = f"<!-- served {next(served)} -->" if volatile else ""
            request.respond(200, _story(int(found.group(2))) + stamp)
        else:
            request.respond(unknown_ids_answer, _MISSING_STORY)

    return handle


def _links(web: FixtureWeb, count: int, first: int = 1) -> list[str]:
    """One link per directory: /p/<n>/<n * 7>/some-slug-<n>."""
    return [web.url(NEWS, f"/p/{n}/{n * 7}/some-slug-{n}") for n in range(first, first + count)]


def _run(
    tmp_path: Path,
    web: FixtureWeb,
    settings: Settings,
    *,
    store: SqliteStore | None = None,
    now: datetime = T0,
) -> Report:
    return check_routes(tmp_path / "routes", settings, web.resolver, store, clock=lambda: now)


def _states(report: Report) -> dict[str, LinkState]:
    return {s.url: s.state for route in report.routes for s in route.sources}


def _probes(web: FixtureWeb, links: list[str]) -> list[str]:
    """Requests to the news host that were neither a cited link nor robots.txt."""
    cited = {link.split(str(web.port), 1)[1] for link in links}
    return [r.path for r in web.requests(NEWS) if r.path not in cited and r.path != "/robots.txt"]


def test_a_site_that_ignores_the_slug_keeps_every_page_alive_with_two_probes(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(NEWS, "*", handler=_news_site(unknown_ids_answer=404))
    links = _links(web, 10)
    write_route(tmp_path / "routes", "news-a", links[:5])
    write_route(tmp_path / "routes", "news-b", links[5:])

    report = _run(tmp_path, web, Settings(fetch=fast_settings()))

    assert set(_states(report).values()) == {LinkState.ALIVE}, _states(report)
    # One path shape on one host: a made-up slug (which shows the real story), then a made-up
    # story number (404) to tell the two apart. Not one probe per directory.
    probes = _probes(web, links)
    assert len(probes) == 2, probes
    assert web.count(NEWS) == len(links) + 1 + 2  # links, robots.txt, two probes


def test_a_slug_ignoring_site_still_shows_a_missing_story_as_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # Unknown story numbers get a friendly 200 page: a cited story that was deleted shows it.
    web.add(NEWS, "*", handler=_news_site(unknown_ids_answer=200))
    links = _links(web, 4)
    deleted = web.url(NEWS, "/p/2/4242/a-story-that-was-deleted")
    write_route(tmp_path / "routes", "news", [*links, deleted])

    states = _states(_run(tmp_path, web, Settings(fetch=fast_settings())))

    assert [states[link] for link in links] == [LinkState.ALIVE] * 4
    assert states[deleted] is LinkState.SOFT_DEAD


def test_a_catch_all_site_is_still_caught_whatever_the_path_shape(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    host = "www.everything-spine.example"
    web.fallback(host, body=_MISSING_STORY)
    real = web.add(host, "/p/3/21/real-story", body=_story(21))
    gone = [web.url(host, f"/p/{n}/{n * 5}/old-story-{n}") for n in range(1, 4)]
    topic = web.url(host, "/topics/sciatica-relief")
    write_route(tmp_path / "routes", "catch-all", [real, *gone, topic])

    report = _run(tmp_path, web, Settings(fetch=fast_settings()))

    sources = {s.url: s for route in report.routes for s in route.sources}
    assert sources[real].state is LinkState.ALIVE
    for url in [*gone, topic]:
        assert sources[url].state is LinkState.SOFT_DEAD, (url, sources[url].reason)
        assert "made-up URL" in sources[url].reason


def test_a_hosts_answer_is_reused_from_the_store_and_asked_again_after_its_max_age(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(NEWS, "*", handler=_news_site(unknown_ids_answer=404, volatile=True))
    links = _links(web, 5)
    write_route(tmp_path / "routes", "news", links)
    settings = Settings(
        fetch=fast_settings(), classify=ClassifySettings(probe_max_age_days=7, probe_borderline=0)
    )
    with SqliteStore(tmp_path / "state.sqlite") as store:
        first = _run(tmp_path, web, settings, store=store, now=T0)
        learnt = len(_probes(web, links))
        web.log.clear()
        second = _run(tmp_path, web, settings, store=store, now=T0 + timedelta(days=6))
        reused = len(_probes(web, links))
        web.log.clear()
        third = _run(tmp_path, web, settings, store=store, now=T0 + timedelta(days=8))
        asked_again = len(_probes(web, links))

    assert learnt == 2
    assert reused == 0  # six days later: the stored answer is trusted, no probe sent
    assert asked_again == 2  # eight days later it is older than seven: asked afresh
    for report in (first, second, third):
        assert set(_states(report).values()) == {LinkState.ALIVE}


def test_a_borderline_page_asks_its_hosts_answer_afresh(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(NEWS, "*", handler=_news_site(unknown_ids_answer=200, volatile=True))
    links = _links(web, 5)
    write_route(tmp_path / "routes", "news", links)

    def settings(margin: float) -> Settings:
        return Settings(fetch=fast_settings(), classify=ClassifySettings(probe_borderline=margin))

    with SqliteStore(tmp_path / "state.sqlite") as store:
        _run(tmp_path, web, settings(0.0), store=store, now=T0)
        web.log.clear()
        _run(tmp_path, web, settings(0.0), store=store, now=T0 + timedelta(days=1))
        clear_cut = len(_probes(web, links))
        web.log.clear()
        # Every comparison counts as borderline now: the stored answer is not enough.
        report = _run(tmp_path, web, settings(1.0), store=store, now=T0 + timedelta(days=2))
        borderline = len(_probes(web, links))

    assert clear_cut == 0
    assert borderline == 2
    assert set(_states(report).values()) == {LinkState.ALIVE}


def test_probes_keep_to_the_hosts_politeness(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(NEWS, "*", handler=_news_site(unknown_ids_answer=404))
    links = _links(web, 5)
    write_route(tmp_path / "routes", "news", links)
    # A spacing well above a loaded machine's scheduling noise: the starts are stamped when
    # the server's thread gets to them, a new connection's each (the site closes after each).
    fetch = fast_settings(per_host_concurrency=1, per_host_spacing=0.25)

    _run(tmp_path, web, Settings(fetch=fetch))

    assert len(_probes(web, links)) == 2
    assert web.max_in_flight(NEWS) == 1  # probes never ran beside a link of the same host
    # And they kept the spacing. Measured at the server, so one gap can shrink by a new
    # connection's set-up time; the span of all the starts cannot.
    gaps = web.start_gaps(NEWS)
    assert len(gaps) == len(links) + 2  # robots.txt, the links and two probes: 8 starts
    assert sum(gaps) >= len(gaps) * 0.25 * 0.97
    assert min(gaps) >= 0.125  # a probe sent beside a link's request would be ~0 s apart
    agents = {r.headers.get("user-agent") for r in web.requests(NEWS)}
    assert agents == {fetch.user_agent}


def test_path_shapes_group_pages_a_site_answers_alike() -> None:
    assert path_shape("/p/3/17/a-slug") == path_shape("/p/9/42/other") == "/p/num/num/text"
    assert path_shape("/articles/12.html") == "/articles/num.html"
    assert path_shape("/news/2024-05-01/story") == "/news/date/text"
    assert path_shape("/news/x") != path_shape("/forum/x")  # sections may behave apart
    assert path_shape("/back-pain") == "/text"
    url = "http://www.example.org/p/3/17/a-slug"
    assert probe_key(url) == ("http://www.example.org", "/p/num/num/text")
    rng = random.Random(7)
    sibling = probe_url(url, rng)
    assert sibling.startswith("http://www.example.org/p/3/17/") and sibling != url
    changed = id_probe_url(url, rng)
    assert changed is not None and not changed.startswith("http://www.example.org/p/3/17/")
    assert probe_key(changed) == probe_key(url)
    assert id_probe_url("http://www.example.org/topics/sciatica", rng) is None


def test_a_slug_alone_keeps_its_words_and_a_quoted_path_is_set_aside() -> None:
    """A one-segment slug's words are the page's subject (its title and text say them); the
    words of a longer path are what an echoing catch-all quotes, set aside as one word."""
    text = "Our guides: back pain exercises you can do at home, and they need no kit at all"
    plain = PageShape.of(200, "http://a.example/q", text)
    alone = PageShape.of(200, "http://a.example/back-pain-exercises", text)
    assert alone.sketch == plain.sketch
    quoted = PageShape.of(200, "http://a.example/guides/back-pain-exercises", text)
    assert quoted.sketch != plain.sketch


def test_a_made_up_url_naming_the_pages_own_canonical_is_the_page_itself() -> None:
    """Learning and comparing read a probe's canonical link alike: naming the page's own, it
    is the real page (a second probe is asked; the answer clears the page), whatever its words;
    naming the site's home page, as catch-alls do, it proves nothing."""
    trigger = "http://x.example/p/1/17/some-slug"
    own = "http://x.example/p/1/17/the-real-slug"
    page = PageShape.of(200, trigger, "Story 17 " + "story words " * 40, canonical=own)
    other_words = "Today on the site: " + "other news " * 40
    probe = PageShape.of(200, "http://x.example/p/1/17/zzzz", other_words, canonical=own)
    assert learn_next(trigger, page, probe, 0.9) is not None
    # where every page names the home page as its canonical, that names nothing
    home = "http://x.example/"
    assert (
        learn_next(trigger, replace(page, canonical=home), replace(probe, canonical=home), 0.9)
        is None
    )
    answer = learnt(trigger, page, probe, None, 0.9)
    said = compare(page, answer, 0.9)
    assert said is not None and not said.alike
    assert said.reason == "a made-up URL on this site shows this very page"


def test_an_answer_keeps_what_a_made_up_address_said_and_the_front_page_only_its_words() -> None:
    """A made-up URL's page keeps its readings of that address (its lead quoting it, its own
    words: ``classify.echo``, ``classify.unowned``) for pages to be weighed against; the host's
    front page, fetched at a real address and compared by its words alone, keeps neither."""
    trigger = "http://x.example/help/lost-page"
    said = "Nothing at this address. " + "Try the search box or the menu. " * 4
    seen = replace(
        PageShape.of(200, "http://x.example/help/zzzz", said, title="Hmm."),
        echoes=True,
        own=b"\x01\x00\x00\x00",
    )
    answer = learnt(trigger, seen, seen, None, 0.9)
    assert answer.key == probe_key(trigger) and not answer.ignores_last_segment
    assert (answer.echoes, answer.own, answer.title) == (True, seen.own, "Hmm.")
    front = front_answer(trigger, replace(seen, final_url="http://x.example/"))
    assert front.key == front_key(trigger)
    assert (front.sketch, front.title, front.status) == (seen.sketch, "Hmm.", 200)
    assert (front.echoes, front.own) == (False, None)
