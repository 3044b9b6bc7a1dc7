"""The address sign and canned searches through a real run: a local web, fetch, inspect, classify.

Every site here answers made-up URLs with an honest 404, so the probe cannot help: a gone page
in a wording no phrase book holds is found because it names nothing of what its address names,
under the site's name, with no article of its own. Live pages that look like that (a renamed
article, a title in another script, an opaque address, a hub headed "See also", a short record
named in its heading) stay alive. A topic address that is the site's search for the topic stays
a page while the search lists results for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify import address
from curator.classify.gone import read_facts
from curator.extract import extract
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, route_states, site_page


def test_a_page_that_names_nothing_of_its_address_is_gone_in_any_wording(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    help_gone = web.add(
        "help.example",
        "/hc/articles/reset-password-mobile-app",
        body=site_page("Acme Help", "<h1>Hmm, we looked everywhere.</h1><p>Browse the topics.</p>"),
    )
    shop_gone = web.add(
        "tienda.example",
        "/productos/cojin-lumbar-viscoelastico",
        body=site_page("Tienda Luna", "<h2>¡Vaya! Esto ya voló.</h2><p>Novedades.</p>", lang="es"),
    )
    renamed = web.add(
        "owl.example",
        "/blog/10-tips-better-sleep",
        body=site_page(
            "Night Owl", "<h1>Twelve habits for a good night</h1>" + PROSE * 4, "Twelve habits"
        ),
    )
    translated = web.add(
        "navi.example",
        "/column/back-pain-stretches",
        body=site_page("健康ナビ", "<h1>腰痛に効くストレッチ</h1><p>毎朝五分。</p>", "腰痛", "ja"),
    )
    opaque = web.add(
        "opaque.example", "/p/83421", body=site_page("Spine Health", "<p>Open day, Saturday.</p>")
    )
    urls = [help_gone, shop_gone, renamed, translated, opaque]
    states = route_states(tmp_path, web, fast_settings, urls)
    for state, reason in states[:2]:
        assert state is LinkState.SOFT_DEAD, reason
        assert "the address names" in reason and "under a title that is the site's name" in reason
    assert "“reset-password-mobile”" in states[0][1]  # the slug's subject words, shown
    for (state, reason), url in zip(states[2:], urls[2:], strict=True):
        assert state is LinkState.ALIVE, (url, reason)


def test_hubs_records_and_canned_searches_stay_pages(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    hub = web.add(
        "hub.example",
        "/resources/further-reading",
        body=site_page(
            "Spine Health",
            "<h1>See also</h1><ul><li><a href='https://a.example/'>NHS: Back pain</a></li>"
            "<li><a href='https://b.example/'>WHO: Musculoskeletal health</a></li></ul>",
        ),
    )
    record = web.add(
        "store.example",
        "/products/lumbar-roll-cushion",
        body=site_page("Lumbar Store", "<h1>Lumbar roll cushion</h1><p>£24. In stock.</p>"),
    )
    event = web.add(
        "events.example",
        "/events/spring-open-day",
        body=site_page("Spine Health", "<p>Spring open day: Saturday 14 March, main hall.</p>"),
    )
    results = "".join(
        f"<li><a href='/a/{n}'>{title}</a></li>"
        for n, title in enumerate(
            ["Heart disease in women", "Heart disease: risk factors", "Living with heart disease"]
        )
    )
    web.add(
        "heart.example",
        "/search?q=heart+disease",
        body=site_page(
            "Heart Foundation", f"<h1>Results for “heart disease”</h1><ul>{results}</ul>"
        ),
    )
    topic = web.redirect("heart.example", "/topics/heart-disease", "/search?q=heart+disease")
    web.add(
        "yoga.example",
        "/?s=restorative-yoga-sequence",
        body=site_page(
            "Lakeside Yoga",
            "<h1>Search results for: restorative yoga sequence</h1><p>Nothing matched.</p>",
        ),
    )
    empty = web.redirect(
        "yoga.example", "/restorative-yoga-sequence/", "/?s=restorative-yoga-sequence", 302
    )
    states = route_states(tmp_path, web, fast_settings, [hub, record, event, topic, empty])
    for state, reason in states[:3]:
        assert state is LinkState.ALIVE, reason
    assert states[0][1] == "the page answers"  # its own heading names it: no sign at all
    event_reason = states[2][1]  # weighed, and the editor sees why it was not enough
    assert "which neither the title nor the heading names" in event_reason, event_reason
    assert "< 1" in event_reason
    assert states[3][0] is LinkState.MOVED, states[3]  # the search for its topic, with results
    assert states[4][0] is LinkState.SOFT_DEAD  # the search for its own name finds nothing
    assert "a search for the page's own name" in states[4][1]


def test_addresses_that_name_no_subject_say_nothing() -> None:
    """Numbers, hashes, one-word slugs and a title in another script give no sign either way."""
    body = site_page("Spine Health", "<p>Open day, Saturday.</p>").encode()
    page = extract(body, "https://x.example/", {})
    facts = read_facts(page, url="https://x.example/blog/good-night-habits")
    assert facts.unanswered is not None and facts.unanswered.strength == 1.0
    for url in ("/p/83421", "/a/9f8e7d6c5b4a", "/contact", "/2024/05/17", "/item/sku-4412-b"):
        assert read_facts(page, url="https://x.example" + url).unanswered is None, url
    japanese = extract(
        site_page("健康ナビ", "<p>毎朝五分。</p>", lang="ja").encode(), "https://x/", {}
    )
    assert (
        read_facts(japanese, url="https://x.example/column/back-pain-stretches").unanswered is None
    )
    prices = extract(
        site_page("Miller", "<h2>Prices</h2><p>Basic plan: €90.</p>").encode(), "https://x/", {}
    )
    named = read_facts(prices, url="https://x.example/s/pricing-plans-overview").unanswered
    assert named is not None and named.in_text and named.strength == 0.5  # prices, plan


def test_a_title_in_the_slug_s_letters_is_told_by_its_share_of_latin_letters() -> None:
    """A Latin slug is compared with a title only where at least half its letters are Latin
    (accents, digits and punctuation aside), and a word is shared only where a slug word's stem
    starts one of its words."""
    words = ("spine", "posture")
    assert address.comparable(words, "Spines Правка")  # 6 Latin letters of 12: half
    assert address.comparable(words, "Spinal Доступ №1 — «99»")  # 6 of 12 too
    assert not address.comparable(words, "Spina Доступ")  # 5 of 11
    assert address.comparable(words, "Spinäl Доступ")  # 6 of 12: "ä" folds to "a"
    assert not address.comparable(words, "健康ナビ bk")  # 2 of 6
    assert address.comparable(("доступ", "правка"), "健康ナビ")  # a slug in another script
    assert not address.shares_none(words, "Die Wirbelsäule", "Good posture, Über-spinal")
    assert address.shares_none(words, "Crispine imposture", "sp_ine x")
    assert not address.shares_none(words, "x_spine")  # an underscore separates words
    assert address.shares_none(words, "Doctors' sleep study")
