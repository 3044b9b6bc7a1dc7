# ruff: noqa: E501  (pages written one a line: data)
"""How loudly a page's notice speaks against what stands around it, through a real run on a
local server (w24-weigh24b).

- A removed ad's notice beside similar ads priced in grouped digits ("6 500 Kč", "3 200 Kč"):
  the groups are no HTTP status codes, which count against a notice as a reference's would.
- "Sidan finns inte eller är privat": the second clause, joined by "eller", says the page is
  out of reach too, and the notice fills its heading.

Their twins stay alive: a changelog that does name three codes, a help article asking why the
notice shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.evidence import printed
from curator.classify.prose import status_codes
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

GONE = {
    "priced-ads": ("bazar.example", "/inzerat/pracka-bosch-88210", site_page("Bazar Vysočina", "<h1>Pračka Bosch 7 kg</h1><p>Inzerát byl smazán.</p><h2>Podobné inzeráty</h2><ul><li>Sušička Electrolux s tepelným čerpadlem – 6 500 Kč · Jihlava · funkční, bez vad</li><li>Myčka Whirlpool vestavná – 3 200 Kč · Třebíč · záruka do konce roku</li><li>Lednice Gorenje kombinovaná – 4 000 Kč · Pelhřimov · nové těsnění</li></ul>", "Pračka Bosch 7 kg | Bazar Vysočina", lang="cs")),
    "or-private": ("kretsen.example", "/u/annika.lund", site_page("Kretsen", "<h1>Sidan finns inte eller är privat</h1><p><a href='/'>Till startsidan</a></p>", lang="sv")),
}  # fmt: skip

LIVE = {
    "changelog": ("relaykit.example", "/docs/changelog", site_page("Relaykit Docs", "<h1>Changelog</h1><ul><li>Fixed: the dashboard answered 404 instead of redirecting after sign-out.</li><li>Fixed: uploads over 50 MB failed with a 500 error instead of a clear message.</li><li>Changed: the API now answers 410 for deleted webhooks.</li><li>Added: a page not found screen that links back to the project list.</li></ul>", "Changelog | Relaykit Docs")),
    "or-private-help": ("hjalp.example", "/hjalp/privat-profil", site_page("Kretsen Hjälp", "<h1>Varför står det att sidan inte finns eller är privat?</h1><p>Meddelandet visas när personen har valt att bara visa sin sida för vänner. Be personen skicka en inbjudan, så kan du se sidan när du har godkänt den och loggat in igen.</p>", "Varför står det att sidan inte finns eller är privat? – Kretsen Hjälp", lang="sv")),
}  # fmt: skip


def test_prices_and_joined_clauses_are_weighed_as_said(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the removed ad alive at "the text names 2 different HTTP status codes" (-0.90),
    the Swedish notice at "3 of 6 words of the heading" (+0.75)."""
    said = states_of_pages(tmp_path, web, fast_settings, GONE | LIVE)
    wanted = {name: LinkState.SOFT_DEAD for name in GONE}
    wanted |= {name: LinkState.ALIVE for name in LIVE}
    assert {name: state for name, (state, _) in said.items()} == wanted, said
    assert "status codes" not in said["priced-ads"][1]
    assert "status codes" in said["changelog"][1]


def test_a_score_under_the_bar_is_never_printed_at_it() -> None:
    """Before: a heading's +1.05 beside 32 words of prose (-0.053) read "score 1.00 < 1"."""
    assert printed(1.05 - 0.5 * 32 / 300) == "0.997"
    assert printed(1.05) == "1.05"
    assert printed(1.0) == "1.00"


def test_prices_and_measures_name_no_status_codes() -> None:
    """A grouped amount's last group, a price's ",-" and a measure's unit are no codes; codes
    listed one after another still are."""
    assert status_codes("Sušička – 6 500 Kč · Myčka – 3 200 Kč") == 0
    assert status_codes("Vánočka 404 g – 129,- Kč, koláč za 404,- Kč") == 0
    assert status_codes("Bokhylla – 301 kr, soffbord – 500 kr") == 0
    assert status_codes("Codes 200 301 404") == 3
    assert status_codes("Fixed: a 404 after sign-out and a 500 after upload") == 2
