"""A catch-all drawn afresh per URL, read block by block against two made-up siblings, through
real runs on a local web (``classify.catchall``, sign ``probe_drawn``).

A forum answers every unknown thread with its thread template left empty and drawn for the
asked path: the slug echoed as the heading, "0 replies", a rail of teasers with excerpts and a
render stamp drawn afresh. Removed threads show it; live threads (posts in
``class="comment"``), a tag page listed by links and a profile whose only words are its name
and numbers keep their own blocks and stay alive; the sign is weighed, never a verdict alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from checkroutes import check_routes
from curator.classify.catchall import (
    MIN_STABLE,
    address_mask,
    invariant,
    masked,
    read_blocks,
    stand,
)
from curator.extract.meta import read_page
from curator.report.model import SourceReport
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb
from routefiles import write_route

T0 = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
FORUM = "forum.riverside.example"
DRAWN = "blocks a made-up URL here shows whatever its path"
_TEASERS = [
    ("Bridge works to start in May", "Closures on Mill Road for six weeks."),
    ("Library extends opening hours", "Open until nine on Thursdays from March."),
    ("Market returns to the square", "Forty stalls and a band on the first Saturday."),
    ("School kitchen wins award", "Pupils grow the herbs the cooks use."),
    ("River clean-up on Sunday", "Gloves and bags provided at the boathouse."),
    ("Town hall gets a solar roof", "The panels should cover a third of its power."),
    ("Choir seeks tenors", "Rehearsals on Wednesday evenings at St Mary's."),
    ("Park run marks its 500th race", "A record 412 runners took part."),
]


def _page(title: str, main: str, path: str) -> str:
    """A page of the forum drawn for ``path``: the teasers (five of eight, so any two draws
    share some, each with a count drawn afresh) and the render stamp drawn afresh."""
    rng = random.Random(path)
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/a/{rng.randrange(9999)}'>{head}</a></h3>"
        f"<p>{excerpt} ({rng.randrange(2, 400)} comments)</p></div>"
        for head, excerpt in rng.sample(_TEASERS, 5)
    )
    stamp = f"Page built in {rng.randrange(20, 900)} ms, request {rng.randrange(16**8):08x}"
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<header class='site-header'><a href='/'>Riverside Forum</a> Sign in</header>"
        "<div class='intro'><p>Riverside Forum: questions and answers about life in the Mill "
        f"valley, kept by volunteers.</p></div><main>{main}</main>"
        f"<section class='more'><h2>Others read today</h2>{teasers}</section>"
        f"<p class='stamp'>{stamp}</p><footer><p>1 Mill Lane</p></footer></body></html>"
    )


def _slug(path: str) -> str:
    return " ".join(path.rstrip("/").rsplit("/", 1)[-1].split("-")).capitalize()


def _thread(path: str, posts: list[str], note: str = "") -> str:
    replies = "".join(
        f"<div class='comment'><p class='author'>member{n}</p><p>{text}</p></div>"
        for n, text in enumerate(posts)
    )
    main = (
        f"<h1>{_slug(path)}</h1><p class='meta'>{len(posts)} replies</p>"
        f"{note}<div class='comments'>{replies}</div>"
    )
    return _page("Riverside Forum", main, path)


LIVE = {
    "/t/parking-near-the-market": _thread(
        "/t/parking-near-the-market",
        ["Is the multi-storey still free on Sundays?", "Yes, until noon."],
    ),
    "/t/tag-bridges": _page(
        "Riverside Forum",
        "<h1>Tag bridges</h1><p class='meta'>0 replies</p><ul class='tagged'>"
        "<li><a href='/t/1'>Footbridge opening times</a></li>"
        "<li><a href='/t/2'>Who repaints the old bridge?</a></li></ul>",
        "/t/tag-bridges",
    ),
    "/t/member-hannah": _page(
        "Riverside Forum",
        "<h1>Member hannah</h1><p class='meta'>412 replies</p>",
        "/t/member-hannah",
    ),
}
REMOVED = ["/t/flood-defences-tested", "/t/library-opening-hours"]


def _forum(request: FixtureRequest) -> None:
    path = request.path
    request.respond(200, LIVE.get(path) or _thread(path, [], EMPTY))


# What the empty thread says under its heading: a sentence the phrase book reads, but one
# sentence amid the forum's words, too weak to convict alone.
EMPTY = "<p>This thread may have been removed.</p>"


def _sources(
    tmp_path: Path, web: FixtureWeb, links: list[str], fetch: FetchSettings, store: str
) -> dict[str, SourceReport]:
    write_route(tmp_path / "routes", "forum", links)
    with SqliteStore(tmp_path / store) as state:
        report = check_routes(
            tmp_path / "routes", Settings(fetch=fetch), web.resolver, state, clock=lambda: T0
        )
    return {s.url: s for route in report.routes for s in route.sources}


def test_removed_threads_are_the_empty_template_and_live_look_alikes_keep_their_own_blocks(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(FORUM, "*", handler=_forum)
    removed = [web.url(FORUM, path) for path in REMOVED]
    live = [web.url(FORUM, path) for path in LIVE]
    links = [*removed, *live]

    # Two stores: each learns the forum's answer from made-up paths of its own; a second run on
    # the first store reads the answer back (its blocks kept in the store) and says the same.
    first = _sources(tmp_path, web, links, fast_settings(), "state-a.sqlite")
    other = _sources(tmp_path, web, links, fast_settings(), "state-b.sqlite")
    again = _sources(tmp_path, web, links, fast_settings(), "state-a.sqlite")

    for url in removed:
        reason = first[url].reason or ""
        assert first[url].state is LinkState.SOFT_DEAD, reason
        assert DRAWN in reason, reason
    for url in live:  # posts in class="comment", links only, a name and numbers
        assert first[url].state is LinkState.ALIVE, (url, first[url].reason)
        assert DRAWN not in (first[url].reason or ""), (url, first[url].reason)
    for later in (other, again):
        assert {u: s.state for u, s in later.items()} == {u: s.state for u, s in first.items()}


def _blocks(html: str, url: str) -> bytes:
    page, document = read_page(html.encode(), url, {"content-type": "text/html"})
    assert document is not None
    blocks = read_blocks(document.root, url, page.title)
    assert blocks is not None
    return blocks


def _drawn_twice() -> bytes:
    base = f"http://{FORUM}/t/"
    one, other = "qzxwvkjhgfdsamnbvcxzlkjhg", "plmoknijbuhvygctfxrdzeswa"
    first = _blocks(_thread(f"/t/{one}", [], EMPTY), base + one)
    second = _blocks(_thread(f"/t/{other}", [], EMPTY), base + other)
    return invariant(first, second)


def test_a_page_stands_as_the_catch_all_only_with_all_of_it_and_nothing_of_its_own() -> None:
    """The removed thread shows every invariant block (the echoed slug and the made-up letters
    are one mask each) and its teasers and stamp sit where the catch-all draws afresh; a live
    thread has posts of its own, a member's page a number the catch-all does not show."""
    catch_all = _drawn_twice()
    path = "/t/flood-defences-tested"
    removed = stand(_blocks(_thread(path, [], EMPTY), f"http://{FORUM}{path}"), catch_all)
    assert removed is not None and removed.is_catch_all and removed.stable >= MIN_STABLE
    path = "/t/parking-near-the-market"
    live = stand(_blocks(LIVE[path], f"http://{FORUM}{path}"), catch_all)
    assert live is not None and not live.is_catch_all and live.own > 0
    path = "/t/member-hannah"
    member = stand(_blocks(LIVE[path], f"http://{FORUM}{path}"), catch_all)
    assert member is not None and not member.is_catch_all


def test_the_asked_address_is_masked_as_a_run_or_a_whole_segment() -> None:
    """ "the" alone is the site's word, not the slug's: only a run of the path's words, or a
    word that is a whole segment (the made-up letters), is one mask."""
    words = address_mask(f"http://{FORUM}/t/flood-defences-tested")
    assert masked("Nothing at /t/flood-defences-tested, sorry", words) == "nothing at _ sorry"
    assert masked("The flood defences tested the town", words) == "the _ the town"
    made_up = address_mask(f"http://{FORUM}/t/qzxwvkjhg")
    assert masked("No thread qzxwvkjhg here", made_up) == "no thread _ here"


def _front(items: list[str]) -> str:
    """A news site's front page: its masthead and a list of teasers, rotating per request."""
    teasers = "".join(f"<article class='item'><p>{text}</p></article>" for text in items)
    return (
        "<html><head><title>Valley News</title></head><body><div class='top'>"
        "<p>Valley News, since 1901.</p><p>Read by the whole valley.</p></div>"
        f"<main>{teasers}</main></body></html>"
    )


def test_own_content_where_the_catch_all_rotates_its_list_is_not_the_catch_all() -> None:
    """A site answering unknown URLs with its front page, teasers drawn afresh: a live article
    titled with the site's name, its paragraphs in the teasers' slot, shows every invariant
    block and nothing outside the slots drawn afresh, but what it shows in the list is from no
    draw's pool: its own. A removed story showing the front page draws from the pool."""
    stories = [f"Story number {n} about the valley" for n in range(10)]
    base = "http://news.valley.example/stories/"
    one, other = "qzxwvkjhgfdsamnbvcxzlkjhg", "plmoknijbuhvygctfxrdzeswa"
    catch_all = invariant(
        _blocks(_front(stories[0:5]), base + one), _blocks(_front(stories[3:8]), base + other)
    )
    article = _front(["The council voted for the bridge.", "Residents welcomed it."])
    live = stand(_blocks(article, base + "bridge-vote"), catch_all)
    assert live is not None and live.shown == live.stable and live.own == 0
    assert live.foreign == 1 and not live.is_catch_all
    removed = stand(_blocks(_front(stories[5:10]), base + "old-story"), catch_all)
    assert removed is not None and removed.is_catch_all


# Review 10b: sites whose made-up URLs show a random item in the page's own template. Two draws
# that show different items make the item's place look drawn afresh per path, so a live item
# page "shows every fixed block and nothing of its own". Beside it, 'next to no visible text'
# or a quoted error phrase must not convict: the blocks say where a message sits, words say it.
SNAPS, BRIEF = "snaps.example", "brief.example"
_NAMES = ["lukas", "ivy", "tomo", "sam", "rui", "noor"]
_FACTS = [
    "In 1969 the first crewed Moon landing took place.",
    "In 1903 the first powered flight lasted 12 seconds.",
    "In 1876 the telephone was patented.",
    "In 1989 the Berlin Wall opened.",
]


def _template(site: str, main: str) -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{site}</title>"
        f"</head><body><nav><a href='/'>{site}</a> <a href='/about'>About</a></nav>"
        f"<main><div class='brand'><p>{site}</p></div>{main}</main><footer><p>© 2026 {site}. "
        "All rights reserved. <a href='/privacy'>Privacy</a></p></footer></body></html>"
    )


def _snaps(request: FixtureRequest) -> None:
    """Every photo path answers a photo page: its own, or one drawn at random for the path."""
    own = {"/photo/8812": ("8812", "by anna"), "/photo/8813": ("8813", "")}
    rng = random.Random(request.path)
    number = rng.randrange(1, 9999)
    photo, credit = own.get(request.path, (str(number), f"by {rng.choice(_NAMES)}{number}"))
    figure = f"<figure class='photo'><img src='/img/{photo}.jpg' alt=''>"
    main = f"{figure}<figcaption>{credit}</figcaption></figure><p class='lic'>CC-BY</p>"
    request.respond(200, _template("Snaps", main))


def _brief(request: FixtureRequest) -> None:
    """Every brief path answers a brief: its own, or a fact drawn at random under the slug."""
    own = {
        "/brief/museum-site-down": "Visitors to the museum's website saw only “Page not found” "
        "for most of Monday.",
    }
    text = own.get(request.path) or random.Random(request.path).choice(_FACTS)
    slug = request.path.rsplit("/", 1)[-1].replace("-", " ")
    main = f"<h1>{slug}</h1><div class='body'><p>{text}</p></div><p>Send us tips.</p>"
    request.respond(200, _template("Daily Wire Brief", main))


def test_item_pages_on_a_site_whose_made_up_urls_show_a_random_item_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(SNAPS, "*", handler=_snaps)
    web.add(BRIEF, "*", handler=_brief)
    links = [web.url(SNAPS, "/photo/8813"), web.url(SNAPS, "/photo/8812")]
    links += [web.url(BRIEF, "/brief/museum-site-down")]
    links += [web.url(SNAPS, "/photo/88130"), web.url(BRIEF, "/brief/ferry-online")]
    sources = _sources(tmp_path, web, links, fast_settings(), "snaps.sqlite")
    for url in links[:3]:
        assert sources[url].state is LinkState.ALIVE, (url, sources[url].reason)
