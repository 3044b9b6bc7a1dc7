# ruff: noqa: E501  (pages written one a line: data)
"""Review 18's two live pages that sd-own18's rules convicted, and their gone twins.

A shop's collection named like an error ("404", "Not Found") lists its priced products, each
card's buy button a link back to the collection with a query ("?add-to-cart=71"): the button
acts on the page, it is no way to another page, and the card is the product's, its price
inside its link. A docs page kept for an old version under "This page has moved" gives its own
requirements, commands and settings without a sentence of prose: its code is its work. The
twins are gone: the same heading over a quick start beside the product's version table, which
a docs site shows on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def _cards(products: list[tuple[str, str]], button: str) -> str:
    return "".join(
        f"<li class='product'><a href='/product/{i}/'><img src='/img/{i}.jpg' alt=''><h2>{name}</h2><span class='price'>{price}</span></a><a href='?add-to-cart={i}' class='button add_to_cart_button'>{button}</a></li>"
        for i, (name, price) in enumerate(products, 40)
    )


def test_a_collection_named_like_an_error_and_docs_kept_under_a_moved_heading_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, both were soft-dead: the cards' buy buttons were read as links to other pages
    covering all their words, so the products were no members of the collection; and the
    docs' requirements table, commands and settings table were taken for the site's standing
    blocks for want of a paragraph under a subheading."""
    pages = {
        "collection": ("shop.example", "/collections/404", site_page("404 Goods", "<header><h1>404</h1><p>Our black-label basics.</p></header><ul class='products'>" + _cards([("404 Jacket", "£95.00"), ("404 Scarf", "£30.00"), ("404 Gloves", "£22.00")], "Add to basket") + "</ul>", "404 – 404 Goods")),
        "collection-de": ("laden.example", "/kollektion/nicht-gefunden", site_page("Laden Nord", "<header><h1>Nicht gefunden</h1></header><ul class='products'>" + _cards([("Becher Nicht gefunden", "14,00 €"), ("Poster Nicht gefunden", "19,00 €"), ("Tasche Nicht gefunden", "24,00 €")], "In den Warenkorb") + "</ul>", "Nicht gefunden – Laden Nord", lang="de")),
        "docs": ("docs.example", "/v1/guide/install", site_page("Gannet Docs", "<h1>This page has moved</h1><p>The current guide is at <a href='/docs/install'>/docs/install</a>.</p><h2>Requirements</h2><table><tr><th>Component</th><th>Minimum</th></tr><tr><td>Python</td><td>3.10</td></tr><tr><td>SQLite</td><td>3.40</td></tr></table><h2>Install</h2><pre>pip install gannet==1.9\ngannet setup\ngannet start</pre><h2>Settings</h2><table><tr><th>Variable</th><th>Default</th></tr><tr><td>GANNET_HOME</td><td>~/.gannet</td></tr><tr><td>GANNET_PORT</td><td>7000</td></tr></table>", "Install | Gannet Docs")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    assert "3 members follow it, each with a figure" in said["collection"][1], said["collection"]
    assert "an article of its own" in said["docs"][1], said["docs"]
    assert "1 block of its code" in said["docs"][1], said["docs"]


def test_a_moved_heading_over_a_quick_start_and_the_products_versions_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The twins: the same heading over the site's quick start and its version table, in one
    section or two, is the page's message; the version table is the product's, not the
    page's, and with it goes what stands in its section."""
    pages = {
        "one-section": ("docs.example", "/v1/guide/export", site_page("Gannet Docs", "<h1>This page has moved</h1><p>Our documentation now lives at <a href='https://gannet.dev/docs'>gannet.dev/docs</a>.</p><h2>Quick start</h2><pre>pip install gannet\ngannet setup\ngannet start</pre><table><tr><th>Version</th><th>Status</th></tr><tr><td>3.x</td><td>current</td></tr><tr><td>2.x</td><td>security fixes</td></tr><tr><td>1.x</td><td>end of life</td></tr></table>", "Gannet Docs")),
        "two-sections": ("docs.example", "/v1/guide/import", site_page("Gannet Docs", "<h1>This page has moved</h1><p>Our documentation now lives at <a href='https://gannet.dev/docs'>gannet.dev/docs</a>.</p><h2>Quick start</h2><pre>pip install gannet\ngannet setup\ngannet start</pre><h2>Releases</h2><table><tr><th>Version</th><th>Released</th></tr><tr><td>v3</td><td>2026</td></tr><tr><td>v2</td><td>2024</td></tr><tr><td>v1</td><td>2021</td></tr></table>", "Gannet Docs")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.SOFT_DEAD} == {}
