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


def test_a_heading_that_is_an_interjection_and_a_clause_of_absence_is_the_whole_notice(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """ "Hmm, nothing here" said the clause in two of its three words and weighed 0.70: the
    interjection set off by a comma is the notice's voice, as an apology is, and the heading is
    all notice. An empty list's "Hmm, nothing here yet" and a dashboard how-to's "Oops, nothing
    here yet? Start your first project" are states still to come, and stay alive."""
    gone = [
        ("docs.example", "Quill Docs", "<h1>Hmm, nothing here</h1><p><a href='/'>Docs</a></p>"),
        ("help.example", "Parcel Help", "<h1>Oops! Nothing to see here</h1><a href='/'>Help</a>"),
        ("libri.example", "Libreria", "<h1>Vaya, aquí no hay nada</h1><a href='/'>Inicio</a>"),
    ]
    live = [
        ("list.example", "Leesclub", "<h1>Hmm, hier is nog niets</h1><p>Voeg boeken toe met "
         "de knop Bewaar.</p>"),
        ("board.example", "Boardly", "<h1>Oops, nothing here yet? Start your first project</h1>"
         "<p>A new workspace opens on an empty dashboard. Click New project and pick a "
         "template.</p>" + PROSE),
    ]  # fmt: skip
    langs = {"libri.example": "es", "list.example": "nl"}
    urls = [
        web.add(
            host, f"/p/{52310 + n}", body=site_page(site, main, site, lang=langs.get(host, "en"))
        )
        for n, (host, site, main) in enumerate(gone + live)
    ]
    states = list(route_states(tmp_path, web, fast_settings, urls))
    for state, reason in states[: len(gone)]:
        assert state is LinkState.SOFT_DEAD, reason
        assert "3 of 3 words" in reason or "5 of 5 words" in reason, reason
    for state, reason in states[len(gone) :]:
        assert state is LinkState.ALIVE, reason


def test_an_apology_whose_last_letter_carries_its_vowel_is_the_notice_s_voice(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """ "عذراً، المحتوى المطلوب غير موجود" ("Sorry, the requested content does not exist") read the
    clause in four of its five words and weighed 0.84: the apology's nunation (ً) after "عذرا"
    was left as a word of the heading's own. It is the apology's, and the heading is all notice.
    The same apology opening a reader's question over an article stays alive."""
    gone = site_page(
        "Akhbar",
        "<h1>عذراً، المحتوى المطلوب غير موجود</h1><a href='/'>الرئيسية</a>",
        "Akhbar",
        lang="ar",
    )
    live = site_page(
        "Akhbar",
        "<h1>عذراً، هل ما زال الجسر القديم مغلقاً؟</h1><p>سأل قراء كثيرون عن الجسر القديم بعد "
        "أعمال الصيانة. تقول البلدية إن الجسر سيفتح أمام المشاة في الأسبوع المقبل.</p>" + PROSE,
        "Akhbar",
        lang="ar",
    )  # fmt: skip
    others = [
        site_page("Akhbar", f"<h1>{heading}</h1><p>{body}</p>" + PROSE, "Akhbar", lang="ar")
        for heading, body in (
            ("افتتاح المسبح الجديد", "افتتحت البلدية المسبح الجديد في الحي الشمالي صباح اليوم."),
            ("أمطار الأسبوع", "أنعشت أمطار هذا الأسبوع مزارعي المنطقة بعد صيف جاف."),
            ("مسابقة الروبوت", "فازت مدرسة محلية بالمسابقة الإقليمية للروبوت هذا العام."),
        )
    ]
    urls = [
        web.add("akhbar.example", f"/p/{61017 + n}", body=body)
        for n, body in enumerate([gone, live, *others])
    ]
    states = list(route_states(tmp_path, web, fast_settings, urls))
    (gone_state, gone_reason), (live_state, live_reason) = states[0], states[1]
    assert gone_state is LinkState.SOFT_DEAD, gone_reason
    assert "5 of 5 words" in gone_reason, gone_reason
    assert live_state is LinkState.ALIVE, live_reason
    for state, reason in states[2:]:
        assert state is LinkState.ALIVE, reason
