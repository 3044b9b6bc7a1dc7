# ruff: noqa: E501  (pages written one a line: data)
"""A work named like an error whose title and address give the name beside the same word of
their own, through a real run on a local server.

- A label's record "Page Not Found" at "/records/page-not-found-lp", titled "Page Not Found –
  Vinyl LP | Quayside Records", over its description, a tracklist whose songs are named like
  other errors ("This Page Has Moved") and its price: the format the address sets beside the
  name, the title repeats, and the tracks are the record's rows, not the page's message.

Their twins on the same shop stay soft-dead: its not-found page for a record's address
("/records/harbour-songs-lp") titled with the error and a section ("Page Not Found – Records"),
and one at an address holding the error's words beside a word the title does not repeat
("/help/page-not-found-faq", "Page Not Found – Help"), listing the reasons a page goes missing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

WORKS = {
    "record-lp": ("quayside.example", "/records/page-not-found-lp", site_page("Quayside Records", "<h1>Page Not Found</h1><p>The first album by the Hull duo Static Harbour, recorded in a church hall in 2025.</p><ol><li>This Page Has Moved</li><li>Low Tide</li><li>Signal Lost</li><li>Ferry Lights</li></ol><p>£21.00 · <a href='/basket/add/4410'>Add to basket</a></p>", "Page Not Found – Vinyl LP | Quayside Records", lang="en")),
}  # fmt: skip

NOT_FOUND = {
    "record-404": ("quayside.example", "/records/harbour-songs-lp", site_page("Quayside Records", "<h1>Page Not Found</h1><p>Sorry, we could not find that record.</p><p><a href='/records'>All records</a></p>", "Page Not Found – Records | Quayside Records", lang="en")),
    "help-404": ("quayside.example", "/help/page-not-found-faq", site_page("Quayside Records", "<h1>Page Not Found</h1><ul><li>The page was deleted.</li><li>The address was mistyped.</li><li>This page has moved.</li></ul><p><a href='/'>Home</a></p>", "Page Not Found – Help | Quayside Records", lang="en")),
}  # fmt: skip


def test_a_work_the_title_and_address_name_with_its_format_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the record soft-dead on its title ("fills the title", +1.50) and its track "This
    Page Has Moved", which the page said plainly beside the name."""
    said = states_of_pages(tmp_path, web, fast_settings, WORKS | NOT_FOUND)
    wanted = {name: LinkState.ALIVE for name in WORKS}
    wanted |= {name: LinkState.SOFT_DEAD for name in NOT_FOUND}
    assert {name: state for name, (state, _) in said.items()} == wanted, said
    assert "the title and the address give it beside “lp”" in said["record-lp"][1]
