"""A not-found page's words used by a live page: an article citing a message, a work titled so.

A news article opens its line with the message's heading in quotation marks and its text after
a dash ("“Page not found” — The page you are looking for does not exist."): the text belongs
to the quotation the line cites. A song titled "Page Not Found (Acoustic)" names its version in
brackets, as a work does. A site's own notice that quotes its message on a line of its own, or
brackets its status ("Page Not Found (404)"), is still the notice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import route_states, site_page

ARTICLE = (
    "<article><h1>Council website back after weekend outage</h1>"
    "<p class='byline'>By Ruth Okonjo, 3 October 2026</p>"
    "<p>{cited}</p>"
    "<p>Residents trying to renew parking permits on Saturday were met with an error instead "
    "of the usual form. The council says a move to a new host went wrong.</p>"
    "<p>Permits that expired over the weekend stay valid until Friday, a spokesman said.</p>"
    "</article>"
)
SONG = (
    "<article><h1>{name}</h1><p>Single by Harbour Lights · 2024 · 3:12</p>"
    "<p>Written by M. Okafor and J. Lind. Recorded live at Studio Nord.</p></article>"
)


def test_a_cited_message_and_a_versioned_work_are_alive_and_the_notices_are_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    cited = "“Oops, that page is gone” — The page you are looking for does not exist."
    pages = {
        "article": site_page("Gazette", ARTICLE.format(cited=cited), "Website back | Gazette"),
        "song": site_page(
            "Tunes", SONG.format(name="Page Not Found (Acoustic)"), "Page Not Found (Acoustic)"
        ),
        "quoting": site_page(
            "Gazette",
            "<h1>Error</h1><p>“Page not found”</p><p>The page you are looking for does not "
            "exist.</p>",
            "Error | Gazette",
        ),
        "status": site_page(
            "Tunes", "<h1>Sorry</h1><p>Try our search.</p>", "Page Not Found (404) | Tunes"
        ),
        "plain": site_page(
            "Gazette", "<h1>Oops</h1><p>" + cited.split("— ")[1] + "</p>", "Oops | Gazette"
        ),
    }
    urls = [web.add(f"{name}.example", f"/p/{name}", body=body) for name, body in pages.items()]
    states = dict(zip(pages, route_states(tmp_path, web, fast_settings, urls), strict=True))
    assert states["article"][0] is LinkState.ALIVE, states["article"][1]
    assert "glossing the message its line quotes" in states["article"][1]
    assert states["song"][0] is LinkState.ALIVE, states["song"][1]
    assert "version in brackets (“Acoustic”)" in states["song"][1]
    for name in ("quoting", "status", "plain"):
        assert states[name][0] is LinkState.SOFT_DEAD, (name, states[name][1])
