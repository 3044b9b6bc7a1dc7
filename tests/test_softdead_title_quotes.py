"""A post shown under its own words in quotation marks is that post's content.

A toot or a quote card titled “Ana Ruiz: “Nothing to see here, just a quiet Sunday at the lake””
says the same words again as its text; they are what the person posted, not the site telling
the visitor the page is missing. The same words said plainly, under a title that does not quote
them, still count as the page's message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import route_states, site_page

WORDS = "Nothing to see here, just a quiet Sunday at the lake"
POST = f"<div class='status__content'><p>{WORDS}</p></div>"


ARTICLE = (
    "<article><h1>Lake walks</h1><p>Three walks around the lake, from an hour to a whole day, "
    "with where to park and where to eat on the way round.</p></article>"
)


def test_a_post_whose_title_quotes_its_words_is_alive_and_a_plain_message_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "curly": site_page("Social", POST, f"Ana Ruiz: “{WORDS}” - Social"),
        "straight": site_page("Social", POST, f'Ana Ruiz: "{WORDS}" - Social'),
        "message": site_page("Social", "<h1>Social</h1><p>Nothing to see here.</p>", "Social"),
        "walks": site_page("Lakes", ARTICLE, "Lake walks - Lakes"),
        "card": site_page("Quotes", POST, f"“{WORDS}” | Quotes"),
    }
    urls = [web.add(f"{name}.example", f"/p/{name}", body=body) for name, body in pages.items()]
    states = dict(zip(pages, route_states(tmp_path, web, fast_settings, urls), strict=True))
    for name in ("curly", "straight", "walks", "card"):
        assert states[name][0] is LinkState.ALIVE, (name, states[name][1])
    state, reason = states["message"]
    assert state is LinkState.SOFT_DEAD, reason
    assert "Nothing to see here" in reason
