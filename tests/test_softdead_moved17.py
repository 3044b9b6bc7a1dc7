# ruff: noqa: E501  (pages written one a line: data)
"""The page's own content under a notice, in the shapes that carry no list and no subheading.

A docs page kept for an old version's users under a heading "This page has moved" still gives
its article (sections, code, a table); a closed job ad writes its duties as lines joined by
``<br>`` under a label ("Zakres obowiązków:") or grades its requirements line by line ("SQL.
Essential."); a discontinued product keeps its sizes and colours as links back to its own
address with a query. Each is a live page with a notice on it. The same notices over a link
to the new place, other jobs' linked lines, help lines with no label, or another product's
variants are gone pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_the_pages_own_content_under_a_notice_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, each was soft-dead: the moved heading, or the moved banner on a page with no
    heading, weighed in full over the article (no item's name above it), the ``<br>`` lines and the graded list counted nothing (a grade
    line breaks at a full stop as a citation does), and the variant cards read as a rail of
    other pages' links. The reason says what of the page's own stands under the notice."""
    pages = {
        "docs-moved-heading": ("docs.example", "/v1/guide/queues/", site_page("Ferry Docs", "<h1>This page has moved</h1><p>The v2 guide is at <a href='/v2/guide/queues/'>/v2/guide/queues/</a>; this copy stays for v1.</p><h2>Queues</h2><p>Each queue keeps its messages on disk until a consumer acknowledges them, so a restart loses nothing that was accepted.</p><pre>ferry queue create orders\nferry queue stats orders\nferry queue purge orders</pre><h2>Limits</h2><table><tr><th>Setting</th><th>Default</th></tr><tr><td>max_length</td><td>100000</td></tr><tr><td>ttl</td><td>7d</td></tr></table>", "Ferry Docs")),
        "docs-banner-no-heading": ("docs.example", "/v1/guide/retries/", site_page("Ferry Docs", "<div class='admonition'><p>This page has moved. The current guide lives at <a href='/v2/guide/retries/'>/v2/guide/retries/</a>.</p></div><h2>Backoff</h2><p>A failed delivery is retried after one second, then after twice the last delay, up to the limit you set.</p><pre>ferry retries set orders --max 8\nferry retries set orders --cap 10m\nferry retries show orders</pre><h2>Limits</h2><table><tr><th>Setting</th><th>Default</th></tr><tr><td>max</td><td>5</td></tr><tr><td>cap</td><td>5m</td></tr></table>", "Retries — Ferry v1 docs")),
        "job-br-lines": ("praca.example", "/oferta/monter-rusztowan-88120", site_page("Praca Śląsk", "<h1>Monter rusztowań</h1><p class='status'>Oferta nieaktualna</p><p>Obowiązki:<br>montaż i demontaż rusztowań<br>transport elementów na budowie<br>kontrola stanu technicznego</p><p>Wymagania:<br>uprawnienia do montażu rusztowań<br>badania wysokościowe<br>gotowość do wyjazdów</p>", "Praca Śląsk", lang="pl")),
        "job-graded": ("careers.example", "/jobs/80411", site_page("Harbourline Careers", "<h1>Payroll Officer</h1><p class='closed'>This job is closed.</p><h2>Skills</h2><ul><li>Payroll software. Essential.</li><li>Pension auto-enrolment. Essential.</li><li>Sage 50. Desirable.</li><li>CIPP qualification. Desirable.</li></ul><h2>Pay</h2><p>Salary: £31,500 a year</p>", "Harbourline Careers")),
        "product-variants": ("shop.example", "/products/fjord-rain-jacket", site_page("Northway Outdoor", "<h1>Fjord Rain Jacket</h1><p class='sold-out'>This product is no longer available.</p><div class='swatches'><div class='sw'><a href='/products/fjord-rain-jacket?variant=801'>Teal</a><span>Size S</span><span>£129</span></div><div class='sw'><a href='/products/fjord-rain-jacket?variant=802'>Teal</a><span>Size M</span><span>£129</span></div><div class='sw'><a href='/products/fjord-rain-jacket?variant=803'>Black</a><span>Size L</span><span>£135</span></div></div>", "Northway Outdoor")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    assert "an article of its own" in said["docs-banner-no-heading"][1], said[
        "docs-banner-no-heading"
    ]
    moved = said["docs-moved-heading"][1]
    assert "an article of its own" in moved, moved
    assert "points to http://docs.example" in moved and "/v2/guide/queues/" in moved, moved
    assert "2 lists of its lines" in said["job-br-lines"][1], said["job-br-lines"]
    assert "4 rows of its details" in said["job-graded"][1], said["job-graded"]
    assert "3 of its variants" in said["product-variants"][1], said["product-variants"]


def test_the_same_notices_over_nothing_of_the_pages_own_are_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The twins: a moved heading over its forwarding line and a help section, a closed ad
    over other jobs' linked lines under a label, a closed ad over help lines with no label
    (a not-found rhyme's shape), a discontinued product over another product's variants. The
    moved heading over a help section of its own prose (one kind of content, not an article)
    keeps its full weight; the prose around it is what leaves that page short of the
    threshold, on the base as here."""
    pages = {
        "docs-moved-heading": ("docs.example", "/v1/guide/topics/", site_page("Ferry Docs", "<h1>This page has moved</h1><p>The v2 guide is at <a href='/v2/guide/topics/'>/v2/guide/topics/</a>.</p><h2>Where to find it</h2><p>Every version's guide now lives under one address, where you can pick your version from the menu at the top of each page.</p>", "Ferry Docs")),
        "job-others-lines": ("praca.example", "/oferta/spawacz-88131", site_page("Praca Śląsk", "<h1>Spawacz MAG</h1><p class='status'>Oferta nieaktualna</p><p>Podobne oferty:<br><a href='/oferta/spawacz-tig-88140'>Spawacz TIG, Gliwice</a><br><a href='/oferta/slusarz-88152'>Ślusarz, Zabrze</a><br><a href='/oferta/monter-88163'>Monter konstrukcji, Bytom</a></p>", "Praca Śląsk", lang="pl")),
        "job-help-lines": ("stellen.example", "/stellen/fahrer-51901", site_page("Stellenmarkt Weser", "<h1>Auslieferungsfahrer (m/w/d)</h1><p class='hinweis'>Diese Stelle ist nicht mehr verfügbar.</p><p>Nutzen Sie die Suche oben<br>stöbern Sie in allen Stellen<br>oder richten Sie einen Suchauftrag ein</p>", "Stellenmarkt Weser", lang="de")),
        "product-others-variants": ("shop.example", "/products/fjord-rain-jacket-2019", site_page("Northway Outdoor", "<h1>Fjord Rain Jacket 2019</h1><p class='sold-out'>This product is no longer available.</p><div class='swatches'><div class='sw'><a href='/products/fjord-rain-jacket?variant=801'>Teal</a><span>Size S</span><span>£129</span></div><div class='sw'><a href='/products/fjord-rain-jacket?variant=802'>Teal</a><span>Size M</span><span>£129</span></div><div class='sw'><a href='/products/fjord-rain-jacket?variant=803'>Black</a><span>Size L</span><span>£135</span></div></div>", "Northway Outdoor")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    moved = said.pop("docs-moved-heading")
    assert "heading says “This page has moved”" in moved[1], moved
    assert "an article of its own" not in moved[1], moved
    assert {name: s for name, s in said.items() if s[0] is not LinkState.SOFT_DEAD} == {}
