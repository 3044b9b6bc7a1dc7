"""The clause sign through a real run: a local web, fetch, inspect, the probe, classify.

Every site answers made-up URLs with an honest 404 and every link's address is an opaque ID, so
neither the probe nor the address sign can help: a gone page whose message is in words no phrase
book holds is found by the clause's structure alone (a thing the page points at, said to be
absent), and its reason says so. Pages with the same words that are not their own message (a
discontinued product's own page, a review of a book named "Nothing to See Here", an article
quoting error pages, a news story about a model no longer on sale, a walk whose trail "goes
nowhere fast" under its own heading) stay alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, route_states, site_page


def test_a_gone_message_in_words_no_phrase_book_holds_is_read_by_its_structure(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = [
        ("trails.example", "Wander Log", "<p>Well, this trail goes nowhere.</p><p>Home</p>", "en"),
        ("homes.example", "Harbour Homes", "<h1>This listing is sadly no longer with us</h1>"
         "<p>See similar homes nearby.</p>", "en"),
        ("docs.example", "DocKit", "<p>Rien par ici… Revenez à l'accueil.</p>", "fr"),
        ("blog.example", "Hälsobloggen", "<p>Hoppsan! Här blev det tomt.</p>", "sv"),
        ("news.example", "Голос Полісся", "<p>На жаль, цей матеріал більше недоступний на "
         "нашому сайті.</p>", "uk"),
    ]  # fmt: skip
    urls = [
        web.add(host, f"/p/{83421 + n}", body=site_page(site, main, lang=lang))
        for n, (host, site, main, lang) in enumerate(pages)
    ]
    for state, reason in route_states(tmp_path, web, fast_settings, urls):
        assert state is LinkState.SOFT_DEAD, reason
        assert "a clause of absence" in reason, reason


def test_the_same_words_that_are_not_the_page_s_message_keep_it_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    product = web.add(
        "shop.example",
        "/p/5521",
        body=site_page(
            "Harbour Shop",
            "<h1>Trail Runner 2</h1><p>This product is no longer available. See the newer "
            "model.</p>",
            "Trail Runner 2 | Harbour Shop",
        ),
    )
    review = web.add(
        "books.example",
        "/p/7730",
        body=site_page(
            "Shelf Life",
            "<h1>Review: “Nothing to See Here”</h1><p>Mara Lind's fourth novel, Nothing to See "
            "Here, follows two sisters who inherit a roadside museum.</p>",
            "Review: Nothing to See Here",
        ),
    )
    essay = web.add(
        "craft.example",
        "/p/1200",
        body=site_page(
            "Web Craft",
            "<h1>Writing a kind error page</h1><p>The best we saw read “this page has gone "
            "walkabout”, and readers smiled instead of leaving.</p>" + PROSE * 3,
            "Writing a kind error page | Web Craft",
        ),
    )
    news = web.add(
        "tech.example",
        "/p/4410",
        body=site_page(
            "Tech Daily",
            "<h1>The Pocket 3 bows out</h1><p>This phone is no longer available in stores, "
            "its maker said on Monday.</p>" + PROSE * 2,
            "The Pocket 3 bows out | Tech Daily",
        ),
    )
    walk = web.add(
        "walks.example",
        "/p/9090",
        body=site_page(
            "Wander Log",
            "<h1>Ridge walk above the loch</h1><p>Well, this trail goes nowhere fast: it climbs "
            "for an hour before the loch comes into view.</p>" + PROSE,
            "Ridge walk above the loch | Wander Log",
        ),
    )
    urls = [product, review, essay, news, walk]
    for state, reason in route_states(tmp_path, web, fast_settings, urls):
        assert state is LinkState.ALIVE, reason
