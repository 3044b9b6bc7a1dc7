"""Drift between an approved page and the page now: chrome noise is not change, a new article is.

Pages are written inline: one article inside realistic chrome (menu, header, sidebar, footer),
then re-rendered the way sites re-render between visits.
"""

from __future__ import annotations

from curator.assess import (
    ContentSnapshot,
    assess_drift,
    fingerprint,
    main_content,
    main_text,
)
from curator.settings import AssessSettings

BACK_PAIN = [
    "Low back pain is a leading cause of disability worldwide and one of the most common "
    "reasons people consult a doctor. Most people experience it at some point in their lives.",
    "The lumbar spine carries the weight of the upper body. Sprains of the muscles and "
    "ligaments that support it are the usual cause of sudden pain after lifting or twisting.",
    "Sciatica describes pain that travels from the lower back through the buttock and down the "
    "leg, following the path of the sciatic nerve. It is often caused by a herniated disc.",
    "Staying active helps more than bed rest. Gentle walking, heat and over-the-counter pain "
    "relief let most people recover within a few weeks without any specialist treatment.",
    "See a doctor urgently if back pain comes with numbness around the genitals, loss of bladder "
    "control, fever or weakness in both legs, because these can signal a serious condition.",
]
COPD = [
    "Chronic obstructive pulmonary disease is a progressive lung condition that makes breathing "
    "harder over time. Emphysema and chronic bronchitis are its two main forms.",
    "Cigarette smoke is by far the most important risk factor, but air pollution, dust and "
    "chemical fumes at work also damage the airways and the small air sacs of the lungs.",
    "Spirometry measures how much air a person can breathe out in one second and confirms the "
    "diagnosis. Stages of the disease are based on this measurement and on symptoms.",
    "Stopping smoking slows the decline. Inhalers open the airways, pulmonary rehabilitation "
    "builds exercise capacity, and vaccines prevent the infections that trigger flare-ups.",
]


def page(
    article: list[str],
    *,
    title: str = "Low back pain: causes and care | Health Daily",
    menu: tuple[str, ...] = ("Home", "News", "Conditions", "Drugs", "About"),
    byline: str = "By Ann Smith · March 3, 2024",
    extra_header: str = "",
    sidebar: tuple[str, ...] = ("Ten stretches for desk workers", "Is coffee good for you?"),
    footer: str = "© 2024 Health Daily. Privacy policy · Terms of use",
    before_article: str = "",
    after_article: str = "",
) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in article)
    links = "".join(f"<li><a href='/{i}'>{m}</a></li>" for i, m in enumerate(menu))
    related = "".join(f"<li><a href='/r{i}'>{s}</a></li>" for i, s in enumerate(sidebar))
    return f"""<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:title" content="{title}"></head><body>
<header><nav><ul>{links}</ul></nav></header>
<div class="layout">{before_article}
<article><h1>{article[0][:40]}</h1><p class="byline">{byline}</p>{extra_header}{paragraphs}
</article>{after_article}
<aside class="sidebar"><h3>Popular</h3><ul>{related}</ul></aside></div>
<footer><p>{footer}</p></footer></body></html>"""


def snapshot(html: str, title: str | None) -> ContentSnapshot:
    text = main_text(html)
    return ContentSnapshot(
        title=title, description=None, fingerprint=fingerprint(text), text_length=len(text)
    )


SETTINGS = AssessSettings()
BASE_TITLE = "Low back pain: causes and care | Health Daily"


def test_main_text_keeps_the_article_and_drops_menu_sidebar_and_footer() -> None:
    text = main_text(page(BACK_PAIN))
    assert "sciatic nerve" in text
    assert "bladder control" in text
    assert "Conditions" not in text
    assert "Ten stretches" not in text
    assert "Privacy policy" not in text


def test_cosmetic_rerender_is_not_changed() -> None:
    baseline = snapshot(page(BACK_PAIN), BASE_TITLE)
    rerendered = page(
        BACK_PAIN,
        menu=("Home", "Video", "Newsletters", "Health A-Z", "Shop", "Podcasts", "Subscribe"),
        byline="By Ann Smith · April 17, 2025",
        extra_header="<p class='updated'>Updated 3 hours ago · 12,345 views</p>",
        sidebar=("What to watch this weekend", "Sleep better tonight", "Best running shoes"),
        footer="Copyright Health Daily Media Group. Careers · Advertise · Cookie settings",
        before_article=(
            "<div id='cookie-consent'><p>We use cookies to personalise content and ads and to "
            "analyse our traffic. By clicking Accept all you agree to the storing of cookies on "
            "your device.</p><button>Accept all</button></div>"
        ),
        after_article=(
            "<div class='ad-slot'><span>Advertisement</span><p>Refinance today and lock in a "
            "low rate. See if you qualify in two minutes.</p></div>"
        ),
    )
    result = assess_drift(baseline, snapshot(rerendered, BASE_TITLE), SETTINGS)
    assert not result.changed, result.explanation
    assert not result.retitled
    assert result.similarity > 0.9


def test_replaced_article_is_changed_and_says_how_similar() -> None:
    baseline = snapshot(page(BACK_PAIN), BASE_TITLE)
    result = assess_drift(baseline, snapshot(page(COPD), BASE_TITLE), SETTINGS)
    assert result.changed
    assert result.similarity < 0.1
    assert result.content_explanation == (
        f"main content is {round(result.similarity * 100)}% similar to what was approved "
        f"(threshold {round(SETTINGS.change_threshold * 100)}%)"
    )


def test_title_only_change_is_retitled_not_changed() -> None:
    new_title = "Sciatica explained | Health Daily"
    baseline = snapshot(page(BACK_PAIN), BASE_TITLE)
    current = snapshot(page(BACK_PAIN, title=new_title), new_title)
    result = assess_drift(baseline, current, SETTINGS)
    assert result.retitled
    assert not result.changed
    assert result.title_explanation == f"title changed from {BASE_TITLE!r} to {new_title!r}"
    assert result.title_explanation in result.explanation


def test_trivial_title_restyle_is_not_retitled() -> None:
    baseline = snapshot(page(BACK_PAIN), BASE_TITLE)
    restyled = "LOW BACK PAIN: CAUSES AND CARE - Health Daily News"
    result = assess_drift(baseline, snapshot(page(BACK_PAIN, title=restyled), restyled), SETTINGS)
    assert not result.retitled
    assert result.title_explanation is None


def test_a_lost_title_is_not_a_retitle() -> None:
    baseline = snapshot(page(BACK_PAIN), BASE_TITLE)
    result = assess_drift(baseline, snapshot(page(BACK_PAIN), None), SETTINGS)
    assert not result.retitled


def test_page_with_no_text_left_is_changed_and_says_so() -> None:
    baseline = snapshot(page(BACK_PAIN), BASE_TITLE)
    result = assess_drift(baseline, snapshot("<html><body></body></html>", None), SETTINGS)
    assert result.changed
    assert result.explanation.startswith("no main content could be found")


def test_threshold_comes_from_settings() -> None:
    half = BACK_PAIN[:3] + COPD[:2]
    baseline = snapshot(page(BACK_PAIN), BASE_TITLE)
    current = snapshot(page(half), BASE_TITLE)
    lenient = assess_drift(baseline, current, AssessSettings(change_threshold=0.1))
    strict = assess_drift(baseline, current, AssessSettings(change_threshold=0.9))
    assert lenient.similarity == strict.similarity
    assert 0.1 < lenient.similarity < 0.9
    assert not lenient.changed
    assert strict.changed


def test_fallback_reads_a_page_trafilatura_finds_nothing_in() -> None:
    html = "<html><body><nav>Home News</nav><main>Opening hours: 9 to 5.</main></body></html>"
    content = main_content(html)
    assert content.text == "Opening hours: 9 to 5."
    assert content.extractor in ("trafilatura", "fallback")
    assert main_content("   ").extractor == "none"
