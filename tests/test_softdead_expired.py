# ruff: noqa: E501  (pages written one a line: data)
"""Links that expired: a shared, download, invitation or reset link, or an offer for one item,
whose page now says only that it expired or ended, through a real run.

The wordings are the phrase book's ``expired`` section (``gone_phrases.json``), read with the
``retired`` section by ``classify.retired``: a notice said of the link or offer itself, alone
where the item stood, is soft-dead. Pages about expiry stay alive: a session notice on a live
article, an offer that ends on a date, an article on expired domains, a passport-renewal guide,
medicine past its date, a help page quoting the message, a share page whose link expires in a
week, and an event page that has ended with its details still there.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from curator.classify.retired import gated, notice, state
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, site_page, states_by_name

HTML = {"Content-Type": "text/html; charset=utf-8"}
SECTION: dict[str, Any] = json.loads(
    resources.files("curator.classify").joinpath("gone_phrases.json").read_text("utf-8")
)["expired"]
LANGS = sorted(code for code in SECTION if code != "about")


def test_the_ten_most_used_languages_of_the_web_are_there() -> None:
    assert {"en", "es", "de", "ru", "ja", "fr", "pt", "it", "zh", "tr", "pl", "nl"} <= set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_reads_its_examples_as_a_notice_and_not_its_look_alikes(lang: str) -> None:
    """Each example is a notice said of the link or offer itself; each look-alike (a session
    that expired, an offer that ends on a date, a passport or a medicine past its date) is not."""
    entry = SECTION[lang]
    assert len(entry["examples"]) >= 3 and len(entry["not"]) >= 3, lang
    for example in entry["examples"]:
        assert gated(example), (lang, example, "gate")
        assert notice(example) is not None, (lang, example)
    for sentence in entry["not"]:
        assert notice(sentence) is None, (lang, sentence, state(sentence))


def _states(
    tmp_path: Path,
    web: FixtureWeb,
    fast: Callable[..., FetchSettings],
    pages: dict[str, tuple[str, str, str]],
) -> dict[str, tuple[LinkState, str]]:
    """Each page (host, path, body) on its own host, whose other paths answer an honest 404."""
    links = {
        name: web.add(host, path, body=body, headers=HTML)
        for name, (host, path, body) in pages.items()
    }
    return states_by_name(tmp_path, web, fast, links, "expired")


def test_a_link_or_offer_that_expired_with_nothing_left_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "share-en": ("e1.example", "/s/k3J9xQ2mPa", site_page("FileDrop", "<h2>This link has expired</h2><p>Ask the person who shared it for a new one.</p>")),
        "share-de": ("e2.example", "/s/Zt7wq1LmNc", site_page("Wolkenspeicher", "<p>Dieser Link ist abgelaufen.</p><p>Bitte fordern Sie einen neuen Link an.</p>", lang="de")),
        "share-zh": ("e3.example", "/s/1aB2cD3eF4g", site_page("云盘", "<p>该链接已过期</p><p>请联系分享者重新分享。</p>", lang="zh")),
        "offer-en": ("e4.example", "/deals/spa-day-for-two-8812", site_page("DealHub", "<h2>The offer has ended.</h2><p>See more deals near you.</p>")),
        "invite-es": ("e5.example", "/invitacion/7hd82kq", site_page("Reuniones", "<p>Este enlace ha caducado.</p><p>Pide una nueva invitación.</p>", lang="es")),
        "download-ru": ("e6.example", "/d/3kf92LmQ", site_page("Облако", "<p>Срок действия ссылки истёк.</p>", lang="ru")),
    }  # fmt: skip
    said = _states(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "holds nothing of it beside the notice" in reason, (name, reason)


def test_pages_about_expiry_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "session": ("x1.example", "/news/2024/tide-gates-explained", site_page("Harbour Post", "<h1>How the new tide gates work</h1><p>Your session has expired. Please sign in again to comment.</p>" + PROSE * 2, "How the new tide gates work | Harbour Post")),
        "offer-date": ("x2.example", "/products/lumbar-cushion", site_page("Lumbar Store", "<h1>Memory foam lumbar cushion</h1><p>Supports the lower back on office chairs. £34.90.</p><p>The offer expires on 1 May.</p>", "Memory foam lumbar cushion – Lumbar Store")),
        "domains": ("x3.example", "/blog/expired-domains-for-sale", site_page("Web Notes", "<h1>Expired domains for sale: worth buying?</h1><p>When a domain has expired and its owner did not renew it, it goes to auction.</p>" + PROSE, "Expired domains for sale | Web Notes")),
        "passport": ("x4.example", "/passports/renew-expired", site_page("Citizen Services", "<h1>Renew an expired passport</h1><p>If your passport has expired, you can still renew it online.</p>", "Renew an expired passport")),
        "medicine-de": ("x5.example", "/ratgeber/abgelaufene-medikamente", site_page("Gesundheit", "<h1>Abgelaufene Medikamente</h1><p>Ist das Haltbarkeitsdatum abgelaufen, gehören Tabletten in die Apotheke.</p>", lang="de")),
        "if-expired": ("x10.example", "/help/verification-code", site_page("Bank", "<h1>Verification codes</h1><p>If your code has expired, request a new one.</p>")),
        "help": ("x6.example", "/help/reset-link-expired", site_page("Docs", "<h1>Why does my reset link say it has expired?</h1><p>If you see “This link has expired”, the link was older than one hour. Request a new one from the sign-in page.</p>")),
        "expires-soon": ("x7.example", "/s/Qp83mZk2Lr", site_page("FileDrop", "<h1>quarterly-report.pdf</h1><p>This link expires in 7 days.</p><p><a href='/s/Qp83mZk2Lr/quarterly-report.pdf'>Download quarterly-report.pdf</a></p>")),
        "event-kept": ("x8.example", "/e/harbour-jazz-picnic-2025", site_page("Gatherly", "<h1>Harbour Jazz Picnic 2025</h1><p>This event has ended.</p><p>Sunday 6 July 2025, West Lawn, Kingsport. Line-up: The Quayside Trio, Mara Fenn, Southbank Swing. Tickets were £20.</p>")),
        "food-zh": ("x9.example", "/shenghuo/guoqi-shipin", site_page("健康生活", "<h1>食品过期了还能吃吗？</h1><p>食品过期后，营养和口感都会下降，部分食品还可能滋生细菌。</p>", lang="zh")),
    }  # fmt: skip
    said = _states(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
