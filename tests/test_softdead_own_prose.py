"""The prose weighed against a notice is the main area's own (``classify.own_prose``), through
real runs on a local web.

A not-found page in a site's template says its line first in the main area and the template
fills the rest with other pages' teasers: a linked title over a sentence or two of summary, in
a rail the main area leaves out as chrome or in cards of other pages. Those summaries are no
prose of the page's: the notice weighs as said, in any language, and the reason counts no prose
from them. A live page with the same rails keeps its own paragraphs' prose: a news report on
the error, a help answer, an essay, an event's closed sign-up and a thread stay alive. Every
site answers made-up URLs with an honest 404: the page's own words carry the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import route_states, site_page

_TEASERS = [
    "The ferry timetable changes in June, with more sailings at the weekend and a later last "
    "boat in the evening for people coming back from the concerts.",
    "The council has cleaned up the old shipyard beach and will open it to swimmers with "
    "showers, a lifeguard and a new path from the car park.",
    "Thirty classic boats will race on Sunday along the traditional course, starting in front "
    "of the old harbour at eleven in the morning.",
    "Photographs of the fishermen and their boats are on show all summer in the town hall, "
    "lent by families who kept them for more than a century.",
    "The library opens six days a week this summer and runs story mornings, computer help and "
    "a book club that chooses its own novels every month.",
]


def _rail(kind: str) -> str:
    """Five teasers of other pages: a rail named as chrome, or unnamed cards of links."""
    items = "".join(
        f"<div class='item'><h3><a href='/stories/{n}'>Story {n}</a></h3><p>{text}</p></div>"
        for n, text in enumerate(_TEASERS)
    )
    return f"<div class='{kind}'><h2>More</h2>{items}</div>"


def _prose_counted(reason: str) -> int:
    found = re.search(r"([\d,]+) words of prose around the message", reason)
    return int(found.group(1).replace(",", "")) if found else 0


def test_a_notice_over_other_pages_teasers_weighs_as_said(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    notices = {
        "en": "<p>The page you requested could not be found.</p>",
        "de": "<p>Die angeforderte Seite wurde leider nicht gefunden.</p>",
        "es": "<p>Lo sentimos, la página que buscas no existe.</p>",
        "sv": "<p>Sidan du söker kunde inte hittas.</p>",
        "fr": "<p>La page demandée est introuvable.</p>",
    }
    urls = [
        web.add(
            f"{lang}.example",
            f"/news/2019/{lang}-harbour-festival-programme",
            body=site_page("Harbour Times", f"<h1>News</h1>{notice}{_rail(kind)}", None, lang),
        )
        for (lang, notice), kind in zip(
            notices.items(), ("more-stories", "grid", "trending", "cards", "list"), strict=True
        )
    ]
    for state, reason in route_states(tmp_path, web, fast_settings, urls):
        assert state is LinkState.SOFT_DEAD, reason
        assert _prose_counted(reason) < 20, reason


def test_a_live_pages_own_paragraphs_beside_the_same_rails_keep_their_prose(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    report = (
        "<h1>Ferry booking site showed 'page not found' for a morning</h1><p>Passengers trying "
        "to book crossings on Monday were told the page could not be found. The operator said a "
        "change to its payment system had broken the links from its home page until noon.</p>"
        "<p>Nobody who booked by telephone instead will pay the usual fee, and the booking pages "
        "were working again by lunchtime, a spokesperson for the company said.</p>"
    )
    answer = (
        "<h1>Why do I see “The page you requested could not be found”?</h1><p>You followed an "
        "old link to a story we have moved to the archive, or a letter of the address was "
        "mistyped. Search the archive by the story's title and you will find it there.</p>"
        "<p>If it is not in the archive either, write to the newsroom and we will tell you "
        "where it went.</p>"
    )
    essay = (
        "<h1>Where our old archive went</h1><p>Readers who follow links to stories from before "
        "2015 now land on a page saying it could not be found, and several wrote to ask why. "
        "The old archive ran on software nobody could update, and we moved every story by "
        "hand.</p><p>Most old addresses now forward to the new ones; the rest we are fixing "
        "one at a time, in the order you report them.</p>"
    )
    event = (
        "<h1>Classic boat race</h1><p class='notice'>Online registration is no longer "
        "available.</p><p>Crews without a place can still sign up on Saturday afternoon at the "
        "sailing club's office, bringing the boat's papers and a list of the crew on board.</p>"
    )
    thread = (
        "<h1>Booking page says the page could not be found</h1><div class='post'><p>Every time "
        "I open the booking link from the festival leaflet it tells me the page could not be "
        "found. Has anyone managed to book a crossing this week?</p></div><div class='post'>"
        "<p>They moved booking to the new site in May; search for the crossing there and it "
        "works, the leaflet still has the old address printed on it.</p></div>"
    )
    urls = [
        web.add("essay.example", "/about/where-the-archive-went", body=site_page(
            "Harbour Times", f"{essay}{_rail('related')}", "Where our old archive went",
        )),
        web.add("event.example", "/events/classic-boat-race", body=site_page(
            "Harbour Times", f"{event}{_rail('trending')}", "Classic boat race | Harbour Times",
        )),
        web.add("thread.example", "/t/booking-page-not-found/881", body=site_page(
            "Harbour Forum", f"{thread}{_rail('grid')}",
            "Booking page says the page could not be found | Harbour Forum",
        )),
        web.add("report.example", "/news/2026/ferry-booking-fault", body=site_page(
            "Harbour Times", f"{report}{_rail('more-stories')}",
            "Ferry booking site showed 'page not found' | Harbour Times",
        )),
        web.add("answer.example", "/help/page-not-found", body=site_page(
            "Harbour Times Help", f"{answer}{_rail('related')}",
            "Why do I see “The page you requested could not be found”? | Harbour Times Help",
        )),
    ]  # fmt: skip
    for state, reason in route_states(tmp_path, web, fast_settings, urls):
        assert state is LinkState.ALIVE, reason
