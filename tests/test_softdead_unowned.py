# ruff: noqa: E501  (pages written one a line: data)
"""A short page with nothing of its own but what its site shows at a made-up address, through a
real run.

On a site whose every unknown address answers 200 with its not-found page drawn afresh for the
path (a rail of suggested stories and a render stamp differ per draw), a dead item's address
shows that page: "¡Ups!", an empty entry, a brand-voice line. Its words are the made-up
address's words exactly, under the same title, and it is soft-dead with that said. A live short
page of the same site says something the catch-all does not, shows something, or leaves its
main area to a script, and stays alive.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from curator.classify.page_sketch import PageShape
from curator.classify.probe_answer import ProbeAnswer, compare
from curator.classify.unowned import same_own, tokens
from curator.settings import FetchSettings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb
from sitepage import states_of_pages

HTML = {"Content-Type": "text/html; charset=utf-8"}
STORIES = [
    "Heat pumps explained for renters", "A week of cheap lunches in town", "The river walk reopens in May",
    "Ten books for the long winter", "How the council spends its money", "A guide to the night buses",
    "Markets open on Sundays again", "Cycling all the way to the coast", "The best cheap cafés by the harbour",
    "Libraries extend their opening hours", "Parks get new benches and lamps", "What the spring tides bring ashore",
    "A baker's dozen of new shops", "Where to swim when it is hot", "The ferry's new timetable",
    "Allotments: the waiting list shrinks", "School holidays: what is on", "The choir looks for tenors",
]  # fmt: skip
UNOWNED = "has nothing of its own but what a made-up URL on this site shows"


def _drawn(site: str, message: str, path: str, lang: str = "en") -> str:
    """A page of a site that draws every page for its path: a rail of suggested stories beside
    the main area and a render stamp in it, seeded by the path (as catch-alls that vary per URL
    draw theirs), so two draws of one page share well under 90% of their words."""
    rng = random.Random(path)
    rail = "".join(
        f"<li><a href='/story/{rng.randrange(99999)}'>{story}</a><p>{story}: the full story, the pictures and what readers said.</p></li>"
        for story in rng.sample(STORIES, 8)
    )
    stamp = f"<p class='stamp'>Rendered in {rng.randrange(20, 900)} ms · request {rng.randrange(16**8):08x}</p>"
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(5))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{site}</title></head>"
        f"<body><header><a href='/'>{site}</a><nav><ul>{menu}</ul></nav></header>"
        f"<main>{message}{stamp}</main><aside class='more'><h2>More for you</h2><ul>{rail}</ul></aside>"
        f"<footer><p>© 2026 {site}</p><p><a href='/'>{site}</a></p></footer></body></html>"
    )


def _catch_all(web: FixtureWeb, host: str, site: str, message: str, lang: str = "en") -> None:
    """Every unknown path of ``host`` answers 200 with ``message`` drawn for that path."""

    def answer(req: FixtureRequest) -> None:
        body = _drawn(site, message, req.path, lang).encode()
        req.respond(200, body, {**HTML, "Connection": "close"})

    web.add(host, "*", handler=answer)


SITES = {
    "events.example": ("Agenda Cultural", "<p>¡Ups!</p>", "es"),
    "civic.example": ("Harbor County", "<div class='field-body'></div>", "en"),
    "help.example": (
        "さくらサポート",
        "<p>おっと、ここには何もないようです。</p><p><a href='/'>ホームへ</a></p>",
        "ja",
    ),
    "shop.example": (
        "Lakeside Outfitters",
        "<p>Looks like this page went fishing.</p><p><a href='/'>Back to the shop</a></p>",
        "en",
    ),
}


def test_a_page_that_is_its_sites_answer_to_a_made_up_address_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A dead item's opaque address (``/evento/30118``) answered by the site's not-found page
    drawn for it: one word, an empty entry, a line in Japanese, a brand-voice line. Every one is
    soft-dead, and the reason says the page has nothing of its own beyond the made-up
    address's page."""
    addresses = {
        "events.example": "/evento/30118",
        "civic.example": "/services/permit/1120",
        "help.example": "/articles/360021",
        "shop.example": "/shop/item/55012",
    }
    said = _each_site_at(tmp_path, web, fast_settings, SITES, addresses, _catch_all)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert UNOWNED in reason, (name, reason)


def _each_site_at(
    tmp_path: Path,
    web: FixtureWeb,
    fast_settings: Callable[..., FetchSettings],
    sites: dict[str, tuple[str, str, str]],
    addresses: dict[str, str],
    answer_unknown: Callable[[FixtureWeb, str, str, str, str], None],
) -> dict[str, tuple[LinkState, str]]:
    """Each site's unknown paths answered by ``answer_unknown`` with its message, and its page
    at ``addresses[host]`` answered 200 with the same message drawn for that path: the states
    and reasons a real run gives, by host."""
    for host, (site, message, lang) in sites.items():
        answer_unknown(web, host, site, message, lang)
    pages = {
        host: (host, path, _drawn(site, message, path, lang))
        for host, path in addresses.items()
        for site, message, lang in [sites[host]]
    }
    return states_of_pages(tmp_path, web, fast_settings, pages)


def test_short_live_pages_on_such_sites_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """On the same kind of sites, short live pages under the title every page carries: a
    thank-you line, a one-line brief, a line the catch-all's own message begins with, a video,
    an embedded PDF, a gallery, an element a script fills from its data attributes, an app's
    shell showing "Loading…" in its root, the same shell the made-up address gets, and a page
    for members asking the reader to sign in, as every address of that site does."""
    _catch_all(web, "events.example", "Agenda Cultural", "<p>¡Ups!</p>", "es")
    _catch_all(web, "civic.example", "Harbor County", "<div class='field-body'></div>")
    _catch_all(
        web,
        "shop.example",
        "Lakeside Outfitters",
        "<p>Thanks for stopping by! This page has wandered off.</p>",
    )
    _catch_all(web, "app.example", "CareerDock", "<div id='root'><p>Loading…</p></div>")
    members = "<p>This page is for members.</p><p><a href='/account/login'>Log in</a></p>"
    _catch_all(web, "club.example", "Rowing Club", members)
    live = {
        "thank-you": ("shop.example", "/checkout/55013", "Lakeside Outfitters", "<p>Thanks! Your order is in.</p>"),
        "brief": ("civic.example", "/services/permit/1121", "Harbor County", "<p>Permits: the office opens on Tuesdays.</p>"),
        "line-of-the-catch-all": ("shop.example", "/pages/8812", "Lakeside Outfitters", "<p>Thanks for stopping by!</p>"),
        "video": ("events.example", "/evento/30119", "Agenda Cultural", "<iframe src='https://video.example/embed/30119' title='Concierto'></iframe>"),
        "pdf": ("civic.example", "/services/form/1122", "Harbor County", "<embed src='/files/1122.pdf' type='application/pdf'>"),
        "gallery": ("events.example", "/foto/20412", "Agenda Cultural", "<img src='/a.jpg' alt='Plaza'><img src='/b.jpg' alt='Mercado'><img src='/c.jpg' alt='Puerto'>"),
        "drawn-by-data": ("civic.example", "/services/permit/1123", "Harbor County", "<div class='field-body' data-src='/api/permit/1123'></div>"),
        "app-shell": ("app.example", "/job/771205", "CareerDock", "<div id='root'><p>Loading…</p></div>"),
        "members-only": ("club.example", "/minutes/2291", "Rowing Club", members),
    }  # fmt: skip
    pages = {
        name: (host, path, _drawn(site, message, path))
        for name, (host, path, site, message) in live.items()
    }
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_a_page_stating_values_where_made_up_addresses_show_dashes_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 15: a weather page at a city's id and an uptime page at a monitor's id, on sites
    whose unknown ids answer 200 with the same labels and dashes for the values. Numbers are
    set aside as render stamps, so the words are the same; the values the page states are what
    it has of its own, and it stays alive. Where the same site's dead id shows the dashes, the
    page is that answer and is soft-dead."""
    weather = "<h1>Weather now</h1><p>Temperature: {t}</p><p>Wind: {w}</p><p>Humidity: {h}</p>"
    uptime = "<h1>Uptime</h1><p>Last 30 days: {u}</p><p>Average response: {r}</p>"
    _catch_all(web, "meteo.example", "Meteo", weather.format(t="–", w="–", h="–"))
    _catch_all(web, "status.example", "Pingboard", uptime.format(u="—", r="—"))
    pages = {
        "weather": ("meteo.example", "/w/2650225", _drawn("Meteo", weather.format(t="12°C", w="20 km/h", h="71%"), "/w/2650225")),
        "uptime": ("status.example", "/m/88123", _drawn("Pingboard", uptime.format(u="99.98%", r="212 ms"), "/m/88123")),
        "dead-id": ("meteo.example", "/w/2650226", _drawn("Meteo", weather.format(t="–", w="–", h="–"), "/w/2650226")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["weather"][0] is LinkState.ALIVE, said["weather"]
    assert said["uptime"][0] is LinkState.ALIVE, said["uptime"]
    assert said["dead-id"][0] is LinkState.SOFT_DEAD and UNOWNED in said["dead-id"][1], said


def test_what_a_page_has_of_its_own() -> None:
    """Numbers, a request id and the page's own address are no words of its own; Japanese is
    read by pairs of characters; two pages have the same words only word for word."""
    assert tokens(
        "¡Ups! Rendered in 566 ms · request c4bb8f80", "https://a.example/evento/30118"
    ) == ["ups", "rendered", "in", "ms", "request"]
    assert tokens(
        "We looked for /shop/item/55012 everywhere", "https://a.example/shop/item/55012"
    ) == ["we", "looked", "for", "everywhere"]
    assert tokens("あれ？", "https://a.example/x/1") == ["あれ"]
    own = b"\x01\x00\x00\x00"
    page = PageShape.of(
        200,
        "https://a.example/evento/30118",
        "¡Ups! " + " ".join(STORIES[:8]),
        title="Agenda",
        own=own,
    )
    drawn = PageShape.of(
        200,
        "https://a.example/evento/qq",
        "¡Ups! " + " ".join(STORIES[8:]),
        title="Agenda",
        own=own,
    )
    answer = ProbeAnswer(
        "https://a.example",
        "/evento/num",
        200,
        drawn.final_url,
        drawn.sketch,
        title="Agenda",
        own=own,
    )
    outcome = compare(page, answer, 0.9)
    assert outcome is not None and not outcome.alike and outcome.unowned == 1
    retitled = compare(
        PageShape.of(200, page.final_url, "¡Ups!", title="Ups | Agenda", own=own), answer, 0.9
    )
    assert retitled is not None and retitled.unowned == 0  # a title of its own
    assert same_own(b"\x01\x00\x00\x00", b"\x01\x00\x00\x00") == 1
    assert (
        same_own(b"\x01\x00\x00\x00", b"\x01\x00\x00\x00\x02\x00\x00\x00") == 0
    )  # the answer says more
    assert same_own(b"", b"") == 0 and same_own(None, b"\x01\x00\x00\x00") == 0


def test_a_learnt_answers_own_words_are_kept_in_the_store(tmp_path: Path) -> None:
    """The made-up address's own words are stored with its answer and read back, so a later
    run that trusts the stored answer reaches the same verdict as the run that learnt it."""
    answer = ProbeAnswer(
        "https://a.example", "/evento/num", 200, "https://a.example/evento/qq", b"\x01\x02\x03\x04",
        title="Agenda", own=b"\x05\x00\x00\x00\x09\x00\x00\x00", learnt_at=datetime(2026, 12, 6, tzinfo=UTC),
    )  # fmt: skip
    with SqliteStore(tmp_path / "state.sqlite") as store:
        store.save_probe_answers([answer])
        (kept,) = store.probe_answers([answer.key]).values()
    assert kept.own == answer.own


def _not_found(web: FixtureWeb, host: str, site: str, message: str, lang: str = "en") -> None:
    """Every unknown path of ``host`` answers an honest 404 with ``message`` drawn for it."""

    def answer(req: FixtureRequest) -> None:
        body = _drawn(site, message, req.path, lang).encode()
        req.respond(404, body, {**HTML, "Connection": "close"})

    web.add(host, "*", handler=answer)


UNOWNED_404 = "shows, word for word, what this site answers with 404 at a made-up address"
BRAND_VOICES = {
    "shop404.example": ("Tidewater Goods", "<p>Hmm.</p><p><a href='/'>Back to the shop</a></p>", "en"),
    "blog404.example": ("Slow Tide", "<p>Lost? So are we.</p><p><a href='/'>Go home</a></p>", "en"),
    "klinik404.example": ("Klinikum Süd", "<p>Hoppla.</p>", "de"),
    "wiki404.example": ("海洋百科", "<p>哎呀！</p>", "zh"),
}  # fmt: skip


def test_a_page_showing_its_sites_404_page_with_a_200_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A site whose made-up addresses answer an honest 404 with its brand-voice not-found page
    ("Hmm.", "Lost? So are we.", one word in German or Chinese) drawn for the path, and a dead
    item's address answered 200 with that same page: soft-dead, the reason naming the 404."""
    addresses = {
        "shop404.example": "/shop/item/70231",
        "blog404.example": "/p/5c1e77/",
        "klinik404.example": "/abteilung/9031",
        "wiki404.example": "/wiki/41230",
    }
    said = _each_site_at(tmp_path, web, fast_settings, BRAND_VOICES, addresses, _not_found)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert UNOWNED_404 in reason, (name, reason)


def test_short_live_pages_on_sites_answering_404_with_a_page_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """On sites whose made-up addresses answer 404 with a page: a thank-you line, a one-line
    brief, a line the 404 page's message begins with, a video; an app's shell whose live routes
    answer 200 and unknown ones 404 with the same shell; a page for members whose 404 asks to
    sign in too; and a site whose 404 body is its home page."""
    _not_found(web, "shop404.example", "Tidewater Goods", "<p>Hmm.</p><p><a href='/'>Back</a></p>")
    _not_found(web, "blog404.example", "Slow Tide", "<p>Lost? So are we.</p>")
    _not_found(web, "klinik404.example", "Klinikum Süd", "<p>Hoppla.</p>", "de")
    _not_found(web, "app404.example", "HarborJobs", "<div id='root'><p>Loading…</p></div>")
    members = "<p>This page is for members.</p><p><a href='/account/login'>Log in</a></p>"
    _not_found(web, "club404.example", "Harbour Rowing", members)
    home = _drawn(
        "Duin Council",
        "<link rel='canonical' href='https://home404.example/'><p>Open Monday to Friday.</p>",
        "/",
    )
    web.add("home404.example", "*", 404, home.encode(), HTML)
    live = {
        "thank-you": ("shop404.example", "/checkout/70233", "Tidewater Goods", "<p>Thanks! Your order is in.</p>"),
        "brief": ("klinik404.example", "/abteilung/9032", "Klinikum Süd", "<p>Neurologie: Sprechstunde donnerstags.</p>"),
        "line-of-the-404": ("blog404.example", "/p/5c1e78/", "Slow Tide", "<p>Lost?</p>"),
        "video": ("shop404.example", "/video/70234", "Tidewater Goods", "<iframe src='https://video.example/embed/70234' title='Knots'></iframe>"),
        "app-shell": ("app404.example", "/job/881204", "HarborJobs", "<div id='root'><p>Loading…</p></div>"),
        "members-only": ("club404.example", "/minutes/3391", "Harbour Rowing", members),
        "home-as-404": ("home404.example", "/servico/48215", "Duin Council", "<p>Open Monday to Friday.</p>"),
    }  # fmt: skip
    pages = {
        name: (host, path, _drawn(site, message, path))
        for name, (host, path, site, message) in live.items()
    }
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_a_forum_view_in_its_layout_table_with_a_way_on_is_the_made_up_addresss_answer(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 23 (a board whose every page is one layout table): a dead topic's address shows
    the board's not-found view with a way back that the made-up address's view lacks, its name
    echoed from the slug. The table is the site's template, held by both pages, and the page
    says all the made-up address's words and few besides: soft-dead, with that said. A live
    notice under the same title in the same table, or one saying the view's words and much
    more, stays alive."""
    table = "<table class='board-layout'><tr><td>{}</td></tr></table>"
    said_here = "<h2>Information</h2><p>That link is wrong or out of date.</p>"
    _catch_all(web, "board.example", "Information - Birders", table.format(said_here))
    pages = {
        name: ("board.example", path, _drawn("Information - Birders", table.format(message), path))
        for name, path, message in (
            ("gone", "/hoopoe-sightings", said_here + "<p>Hoopoe sightings. Back to the board index.</p>"),
            ("notice", "/server-move", "<h2>Information</h2><p>The board moves to a new server on Sunday night.</p>"),
            ("moved", "/ferry-times", said_here + "<p>The ferry timetable moved to the harbour office's page, with the winter and summer sailings listed day by day.</p>"),
        )
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["gone"][0] is LinkState.SOFT_DEAD, said["gone"]
    assert "says what a made-up URL on this site shows" in said["gone"][1], said["gone"]
    assert said["notice"][0] is LinkState.ALIVE, said["notice"]
    assert said["moved"][0] is LinkState.ALIVE, said["moved"]


ONLINE = ["ana_r", "birdy", "cormoran", "dachs77", "elke", "fjord", "gallo", "heron_k", "lupo"]


def _board(title: str, message: str, path: str, panels: bool = True) -> str:
    """A board's page as an old forum engine draws it: one layout table, its header row of
    links ending in "Log in", the view's message, a "Who is online" panel and a list of who
    browses the forum, both drawn afresh for each view (names and counts), and a jump menu."""
    rng = random.Random(path)
    online = ", ".join(rng.sample(ONLINE, rng.randrange(2, 6)))
    browsing = "".join(f"<dd>{name}</dd>" for name in rng.sample(ONLINE, 3))
    menu = "&nbsp; ".join(
        f"<a href='/{href}' class='mainmenu'>{name}</a>"
        for href, name in (("faq.php", "FAQ"), ("search.php", "Search"), ("memberlist.php", "Members"), ("login.php", "Log in"))
    )  # fmt: skip
    drawn = (
        f"<table class='forumline'><tr><td class='catHead' colspan='2'>Who is online</td></tr>"
        f"<tr><td><img src='/online.gif' alt=''></td><td>In total there are {rng.randrange(3, 90)} users online :: {online}</td></tr></table>"
        f"<dl class='browsing'><dt>Users browsing this forum:</dt>{browsing}</dl>"
    )
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<table width='100%'><tr><td><span class='maintitle'>Heron Watchers</span><table><tr><td>{menu}</td></tr></table>"
        f"{message}{drawn if panels else ''}"
        "<form action='/viewforum.php'><select name='f'><option>Sightings</option><option>Gear</option></select></form>"
        "</td></tr></table></body></html>"
    )


def test_a_boards_view_beside_panels_drawn_per_view_is_the_made_up_addresss_answer(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 24's boards: a dead topic's address shows the not-found view the made-up address
    shows, but who is online and who browses the forum differ between the two views, and the
    header's row of links ends in "Log in". The panels, held by both with other names, are one
    panel each, and a sign-in link among the site's links is its chrome: soft-dead, with that
    said. A live topic beside the same panels, a notice under the view's title (in a box of
    one column: a message, not a panel), and a line asking members to sign in (the board's
    answer at every address) stay alive."""
    notice = "<h2>Notice</h2><p>Nobody wrote under that number; a moderator swept it up.</p>"
    members = "<h2>Notice</h2><p>This part of the board is for members.</p><p><a href='/login.php'>Log in</a></p>"

    def answer(message: str) -> Callable[[FixtureRequest], None]:
        def respond(req: FixtureRequest) -> None:
            body = _board("Heron Watchers :: Notice", message, req.path).encode()
            req.respond(200, body, {**HTML, "Connection": "close"})

        return respond

    web.add("board.example", "*", handler=answer(notice))
    web.add("members.example", "*", handler=answer(members))
    box = "<table class='forumline'><tr><th>Notice</th></tr><tr><td>{}</td></tr></table>"
    web.add("box.example", "*", handler=answer(box.format("Nobody wrote under that number.")))
    pages = {
        "gone": ("board.example", "/viewtopic.php?p=4411", _board("Heron Watchers :: Notice", notice, "/viewtopic.php?p=4411")),
        "topic": ("board.example", "/viewtopic.php?p=4412", _board("Heron Watchers :: Notice", "<h2>Grey heron at the weir</h2><p>Two of them fishing below the weir at dawn.</p>", "/viewtopic.php?p=4412")),
        "notice": ("board.example", "/viewtopic.php?p=4413", _board("Heron Watchers :: Notice", "<h2>Notice</h2><p>The board is read-only on Sunday while we move servers.</p>", "/viewtopic.php?p=4413")),
        "members": ("members.example", "/viewtopic.php?p=4414", _board("Heron Watchers :: Notice", members, "/viewtopic.php?p=4414")),
        "box": ("box.example", "/viewtopic.php?p=4415", _board("Heron Watchers :: Notice", box.format("Read-only on Sunday: we move."), "/viewtopic.php?p=4415")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["gone"][0] is LinkState.SOFT_DEAD, said["gone"]
    assert "made-up URL on this site shows" in said["gone"][1], said["gone"]
    assert "2 panels both show with other contents" in said["gone"][1], said["gone"]
    for name in ("topic", "notice", "members", "box"):
        assert said[name][0] is LinkState.ALIVE, (name, said[name])


def test_a_boards_view_with_panels_the_made_up_addresss_view_leaves_out_is_its_answer(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 24's old boards: the made-up address's view draws no "Who is online" panel and
    no list of who browses the forum, the dead topic's view draws both. At an address naming a
    record (a topic's number), panels the made-up view leaves out are set aside as the board
    draws them on some views only: soft-dead, with that said. A section's page at one word of
    an address saying the catch-all's welcome line over a grid of opening hours stays alive."""
    notice = "<h2>Notice</h2><p>Nobody wrote under that number; a moderator swept it up.</p>"
    welcome = "<p>Welcome to the Heron Watchers: pick a forum from the menu above.</p>"

    def answer(message: str, title: str) -> Callable[[FixtureRequest], None]:
        def respond(req: FixtureRequest) -> None:
            body = _board(title, message, req.path, panels=False).encode()
            req.respond(200, body, {**HTML, "Connection": "close"})

        return respond

    web.add("board.example", "*", handler=answer(notice, "Heron Watchers :: Notice"))
    web.add("hall.example", "*", handler=answer(welcome, "Heron Watchers"))
    hours = (
        "<table class='forumline'><tr><td class='catHead' colspan='2'>Clubhouse hours</td></tr>"
        "<tr><td>Monday</td><td>9-12</td></tr><tr><td>Wednesday</td><td>15-18</td></tr>"
        "<tr><td>Saturday</td><td>9-11</td></tr></table>"
    )
    pages = {
        "gone": ("board.example", "/viewtopic.php?p=5511", _board("Heron Watchers :: Notice", notice, "/viewtopic.php?p=5511")),
        "hours": ("hall.example", "/hours", _board("Heron Watchers", welcome + hours, "/hours", panels=False)),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["gone"][0] is LinkState.SOFT_DEAD, said["gone"]
    assert "2 panels of names or counts the made-up URL's page leaves out" in said["gone"][1], said
    assert said["hours"][0] is LinkState.ALIVE, said["hours"]


def test_a_who_is_online_list_of_names_between_commas_is_a_panel(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 25's boards: the dead topic's view adds to the made-up address's a "Who is
    online?" list of terms, two counts and the names online between commas in one item. Each
    part a name, the item is a panel's, set aside as the board draws it on some views only:
    soft-dead. A list whose item runs a sentence's clauses between commas is the page's own
    words, and a page saying the notice over it stays alive."""
    notice = "<div class='panel'><h2>Notice</h2><p>The trail ends here under that number.</p></div>"

    def page(message: str, term: str, item: str) -> str:
        listed = f"<dl><dt>{term}</dt><dd>{{count}}</dd><dd>{item}</dd></dl>" if term else ""
        return (
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<title>Ridge Walkers :: Notice</title></head><body><header><a href='/'>Ridge "
            "Walkers</a><nav><a href='/faq.php'>FAQ</a> <a href='/search.php'>Search</a></nav>"
            f"</header><div id='page-body' role='main'>{message}{listed}</div>"
            "<footer><p>Ridge Walkers · Quill Board</p></footer></body></html>"
        )

    def answer(req: FixtureRequest) -> None:
        req.respond(200, page(notice, "", "").encode(), {**HTML, "Connection": "close"})

    web.add("ridge.example", "*", handler=answer)
    online = page(notice, "Who is online?", "ana_r, birdy, cormoran, elke").replace("{count}", "41")
    clauses = page(
        notice,
        "Where did the thread go?",
        "It moved to the archive last winter, after the path was rebuilt, and is read there",
    ).replace("{count}", "2")
    pages = {
        "gone": ("ridge.example", "/viewtopic.php?t=7721", online),
        "clauses": ("ridge.example", "/viewtopic.php?t=7722", clauses),
    }
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["gone"][0] is LinkState.SOFT_DEAD, said["gone"]
    assert "panel of names or counts the made-up URL's page leaves out" in said["gone"][1]
    assert said["clauses"][0] is LinkState.ALIVE, said["clauses"]
