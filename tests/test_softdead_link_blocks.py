# ruff: noqa: E501  (pages written one a line: data)
"""A heading notice over a rail of links is a notice with nothing around it; an article over
the same rail stays an article, through a real run on a local server (w25-rail25).

The visible text runs a heading with no full stop into the teaser cards under it, and a
teaser's title and excerpt read as sentences in lower case: before, "Oops, nothing lives
here" over three cards weighed 109 words of prose against it (score 0.87, alive). The cards
are links, so their words are counted apart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lxml import html

from curator.extract.link_blocks import link_blocks
from curator.extract.text import visible_text
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

CARDS = "<section class='rail'><article><a href='/p/0'><h3>Walking the old salt road from the harbour to the hills</h3><p>we followed the drovers' track for three days and slept in barns along the way.</p></a></article><article><a href='/p/1'><h3>The last ferryman on the estuary tells his story</h3><p>after forty years on the water he is handing the oars to his granddaughter this spring.</p></a></article><article><a href='/p/2'><h3>Why the oyster beds came back to the bay</h3><p>cleaner water and a few stubborn volunteers turned a dead shore into a working fishery again.</p></a></article></section>"
ESSAY = "<p>The cottage at the end of the spit has stood empty since the winter storms took its roof. Its last tenant, a retired lighthouse keeper, moved inland to be near his daughter.</p><p>We walked out at low tide to see it. Gulls nest in the chimney now, and the garden has gone back to sea kale and thrift.</p>"

GONE = {
    "notice-over-cards": ("tidewater.example", "/2024/03/the-salt-road/", site_page("Tidewater Notes", "<h1>Oops, nothing lives here</h1>" + CARDS)),
}  # fmt: skip
LIVE = {
    "essay-over-cards": ("tidewater.example", "/2024/05/nothing-lives-here-anymore/", site_page("Tidewater Notes", "<h1>Nothing lives here anymore</h1>" + ESSAY + CARDS, "Nothing lives here anymore – Tidewater Notes")),
}  # fmt: skip


def test_a_notice_over_a_rail_of_links_is_weighed_without_the_rail(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the notice alive at "109 words of prose around the message (-0.18)"."""
    said = states_of_pages(tmp_path, web, fast_settings, GONE | LIVE)
    wanted = {name: LinkState.SOFT_DEAD for name in GONE}
    wanted |= {name: LinkState.ALIVE for name in LIVE}
    assert {name: state for name, (state, _) in said.items()} == wanted, said
    assert "words of links and dialogs, not counted as prose" in said["essay-over-cards"][1]


def test_link_blocks_are_blocks_made_of_links() -> None:
    """A teaser card and a list of linked titles with their dates are link blocks; a
    paragraph with a linked word in it is not."""
    root = html.fromstring(
        "<html><body><h1>Oops</h1><p>A paragraph that names <a href='/x'>one page</a> among many words of its own.</p>"
        "<ul><li><a href='/a'>A teaser title of eight words in all</a> <span>3 May</span></li></ul>"
        "<a href='/b'><h3>Card title</h3><p>card excerpt</p></a></body></html>"
    )
    text = visible_text(root)
    spans = [text[start:stop] for start, stop in link_blocks(root, 5000)]
    assert spans == ["A teaser title of eight words in all 3 May", "Card title", "card excerpt"]
