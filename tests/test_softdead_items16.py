# ruff: noqa: E501  (pages written one a line: data)
"""Whose content stands under a notice, this item's or other items', through a real run.

A gone item's page keeps its name and a notice over other items' cards: each card a block with
one main link to another page (its photo, its title, or a small "View" link in a figure) and
that page's price and size beside it. The facts are the card's page's, whatever shape they take,
and the page is gone. A closed job ad that keeps its duties, requirements and benefits as lists
under its own subheadings, and a listing whose gallery links to its own pictures, keep the item:
the notice is a note on a live page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_a_notice_over_other_items_cards_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, the cards' label/value facts, captioned figures and table cells read as the
    item's own (fields, media, rows), and each notice was a note on a kept item: alive. A
    successor's model name ("T-400 / T-500") also read as two HTTP status codes, a page that
    discusses errors. The reason names the cards."""
    pages = {
        "spans-no-heading": ("outdoor.example", "/products/tarn-2-tent", site_page("Fellside Outdoor", "<h1>Tarn 2 Tent</h1><p class='status'>This product has been discontinued.</p><p>You might also like</p><div class='grid'><div class='tile'><a href='/products/tarn-3-tent'><img src='/i/tarn3.jpg' alt='Tarn 3 Tent'></a><div><span>Sleeps</span><span>3 people</span></div><div><span>Price</span><span>£289.00</span></div></div><div class='tile'><a href='/products/scafell-2-tent'><img src='/i/scafell2.jpg' alt='Scafell 2 Tent'></a><div><span>Sleeps</span><span>2 people</span></div><div><span>Price</span><span>£349.00</span></div></div></div>", "Tarn 2 Tent – Fellside Outdoor")),
        "figures-view": ("huis.example", "/woning/haarlem/51120", site_page("Huis Haarlem", "<h1>Benedenwoning Kleverpark</h1><p class='status'>Deze woning is niet meer beschikbaar.</p><div class='rij'><figure><img src='/w/51131.jpg' alt='Bovenwoning Ramplaan'><figcaption>Bovenwoning Ramplaan · € 465.000 · 92 m² <a href='/woning/haarlem/51131'>Bekijk</a></figcaption></figure><figure><img src='/w/51147.jpg' alt='Appartement Centrum'><figcaption>Appartement Centrum · € 398.000 · 71 m² <a href='/woning/haarlem/51147'>Bekijk</a></figcaption></figure></div>", "Huis Haarlem", lang="nl")),
        "table-of-others": ("werkzeug.example", "/artikel/stichsaege-ss-70", site_page("Werkzeug Lenz", "<h1>Stichsäge SS-70</h1><p class='hinweis'>Dieser Artikel ist nicht mehr lieferbar.</p><table><tr><td><a href='/artikel/stichsaege-ss-80'>Stichsäge SS-80</a></td><td>720 W</td><td>119,00 €</td></tr><tr><td><a href='/artikel/stichsaege-ss-90'>Stichsäge SS-90 Pendelhub</a></td><td>800 W</td><td>149,00 €</td></tr><tr><td><a href='/artikel/saebelsaege-sb-10'>Säbelsäge SB-10</a></td><td>1100 W</td><td>169,00 €</td></tr></table>", "Stichsäge SS-70 | Werkzeug Lenz", lang="de")),
        "successors": ("beam.example", "/products/beam-t-300", site_page("Beam Projectors", "<h1>Beam T-300 Projector</h1><p class='notice'>This product has been discontinued.</p><p>Looking for a replacement? See the T-400 / T-500.</p><div class='cards'><div class='card'><a href='/products/beam-t-400'><img src='/i/t400.jpg' alt='Beam T-400'></a><a href='/products/beam-t-400'>Beam T-400 Projector</a><span>3,400 lumens</span><span>$699</span></div><div class='card'><a href='/products/beam-t-500'><img src='/i/t500.jpg' alt='Beam T-500'></a><a href='/products/beam-t-500'>Beam T-500 Projector</a><span>4,200 lumens</span><span>$949</span></div></div>", "Beam T-300 Projector – Beam Projectors")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "cards of other items" in reason, (name, reason)
        assert "status codes" not in reason, (name, reason)


def test_a_notice_over_the_items_own_lists_or_gallery_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, a closed job ad's lists under its own subheadings counted only when their lines
    read as sentences in lower case of 15 words and more: German nouns, Korean short lines and
    English Title Case bullets counted nothing, and the notice convicted the ad. A gallery
    whose thumbnails link to the item's pictures and its own photo pages is the item's, not
    other pages' cards; a docs page kept for 1.x users under "This page has moved" keeps its
    options table, whatever its title names. The reason names the lists."""
    pages = {
        "job-de": ("stellen.example", "/stellen/lagerist-bremen-51820", site_page("Stellenmarkt Weser", "<h1>Lagerist (m/w/d)</h1><p class='hinweis'>Diese Stelle ist nicht mehr verfügbar.</p><h2>Ihre Aufgaben</h2><ul><li>Warenannahme und Wareneingangskontrolle</li><li>Kommissionierung per Scanner</li><li>Verladung der Sendungen</li></ul><h2>Ihr Profil</h2><ul><li>Abgeschlossene Ausbildung als Fachkraft für Lagerlogistik</li><li>Staplerschein</li><li>Teamfähigkeit</li></ul><h2>Wir bieten</h2><ul><li>Unbefristete Festanstellung</li><li>Urlaubsgeld</li><li>Kostenlose Parkplätze</li></ul>", "Stellenmarkt Weser", lang="de")),
        "job-ko": ("jobs.example", "/recruit/58120331", site_page("채용마당", "<h1>온라인 쇼핑몰 CS 상담원</h1><p class='status'>채용이 마감되었습니다.</p><h2>주요업무</h2><ul><li>고객 문의 응대</li><li>교환 및 반품 접수</li><li>주문 내역 확인</li></ul><h2>자격요건</h2><ul><li>학력 무관</li><li>컴퓨터 활용 가능자</li><li>주 5일 근무 가능자</li></ul>", "채용마당", lang="ko")),
        "job-en-title-case": ("careers.example", "/jobs/71204", site_page("Harbourline Careers", "<h1>Fleet Maintenance Planner</h1><p class='closed'>This job has expired.</p><h2>What You'll Do</h2><ul><li>Schedule Preventive Maintenance</li><li>Track Vehicle Downtime</li><li>Order Parts And Tyres</li></ul><h2>What You'll Bring</h2><ul><li>Fleet Or Workshop Experience</li><li>Strong Planning Skills</li><li>Full UK Driving Licence</li></ul>", "Harbourline Careers")),
        "docs-moved": ("docs.example", "/docs/1.x/storage/", site_page("Quay Docs", "<h1>Storage backends</h1><p class='admonition'>This page has moved.</p><h2>Options</h2><table><tr><th>Key</th><th>Default</th></tr><tr><td>storage.driver</td><td>filesystem</td></tr><tr><td>storage.path</td><td>/var/lib/quay</td></tr><tr><td>storage.cache</td><td>none</td></tr></table>", "Quay Docs")),
        "own-gallery": ("homes.example", "/property/66310", site_page("Estuary Homes", "<h1>Boathouse studio, Topsham</h1><p class='status'>This listing has expired.</p><div class='photos'><div class='ph'><a href='/img/large/66310-1.jpg'><img src='/img/66310-1.jpg' alt='Studio from the river'></a></div><div class='ph'><a href='/property/66310/photos/2'><img src='/img/66310-2.jpg' alt='Mezzanine bedroom'></a></div><div class='ph'><a href='/property/66310?photo=3'><img src='/img/66310-3.jpg' alt='Slipway'></a></div></div><div class='facts'><div><span>Price</span><span>£245,000</span></div></div>", "Property 66310 – Estuary Homes")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    for name in pages:
        assert "the page is kept" in said[name][1], said[name]
    for name in ("job-de", "job-ko", "job-en-title-case"):
        assert "lists of its lines" in said[name][1], said[name]
