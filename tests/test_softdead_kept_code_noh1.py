# ruff: noqa: E501  (pages written one a line: data)
"""A notice on the item's state over the item's own code, or on a page with no <h1>, through a real run.

A docs page kept for an old version's users ("This page has moved" over its configuration), a
deprecated endpoint with its example request: the code block is the item's content, and the
notice is a note on a page still standing. A shop's product page with no <h1>, its name a line
of its own that the title names before the site's name, keeps its specifications under the
notice. The same notices over a pointer written as one line of code, a JSON error body, or a
link back, with or without an <h1>, leave nothing of the item, and the page is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def _shop_page(site: str, main: str, title: str, lang: str = "en") -> str:
    """A shop's template with no landmark and no <h1>: the product sits in a content div."""
    menu = "".join(f"<li><a href='/c/{i}'>Category {i}</a></li>" for i in range(12))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><div class='site-header'><a href='/'>{site}</a><ul>{menu}</ul></div>"
        f"<div id='content'><div class='entry-content'>{main}</div></div>"
        f"<div class='site-footer'><ul>{menu}</ul><p>© 2026 {site}</p></div></body></html>"
    )


def _forum_page(site: str, post: str, title: str) -> str:
    """A forum thread with no <h1>: the post in its own element, the template's suggested
    topics as a table after it."""
    rows = "".join(
        f"<tr><td><a href='/t/topic-{i}/{500 + i}'>Topic {i}</a></td><td>{i + 3}</td><td>{i}d</td></tr>"
        for i in range(6)
    )
    return _shop_page(
        site,
        f"<div class='topic-post'><div class='cooked'>{post}</div></div>"
        f"<div class='suggested'><h3>Suggested topics</h3><table>{rows}</table></div>",
        title,
    )


def test_a_notice_over_the_items_code_or_under_its_named_line_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, a code block counted nothing of the item, and a page with no <h1> had no
    heading for the notice to be said under: each page was called soft-dead. The reason names
    the code block and the line the notice stands under."""
    pages = {
        "moved-docs": ("docs.example", "/docs/1.x/configuration", site_page("Relay SDK", "<h1>Configuration (1.x)</h1><p>This page has moved. It is kept for 1.x users.</p><pre><code>relay:\n  endpoint: https://api.example.com\n  retries: 3\n  timeout_ms: 5000</code></pre>", "Configuration (1.x) | Relay SDK")),
        "moved-docs-ja": ("tenki.example", "/docs/v1/forecast", site_page("天気API", "<h1>予報の取得（v1）</h1><p>このページは移動しました。</p><pre><code>{\n  \"city\": \"sapporo\",\n  \"days\": 3\n}</code></pre>", "予報の取得（v1）｜天気API", lang="ja")),
        "no-h1-de": ("kueche.example", "/produkt/wasserkocher-wk-300", _shop_page("Küchenwelt", "<div class='name'>Wasserkocher WK-300</div><p>Dieses Produkt ist nicht mehr erhältlich.</p><table><tr><th>Füllmenge</th><td>1,7 l</td></tr><tr><th>Leistung</th><td>2200 W</td></tr><tr><th>Gewicht</th><td>1,1 kg</td></tr></table>", "Wasserkocher WK-300 | Küchenwelt", lang="de")),
        "no-h1-es": ("hogar.example", "/producto/cafetera-c-12", _shop_page("Casa Hogar", "<div class='titulo'>Cafetera C-12</div><p>Este producto ya no está disponible.</p><dl><dt>Capacidad</dt><dd>12 tazas</dd><dt>Potencia</dt><dd>900 W</dd><dt>Jarra</dt><dd>vidrio, 1,5 l</dd></dl>", "Cafetera C-12 | Casa Hogar", lang="es")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    for name in pages:
        assert "the page is kept" in said[name][1], said[name]
    assert "1 block of its code" in said["moved-docs"][1], said["moved-docs"]
    assert "1 block of its code" in said["moved-docs-ja"][1], said["moved-docs-ja"]
    assert "under “Wasserkocher WK-300”" in said["no-h1-de"][1], said["no-h1-de"]
    assert "rows of its details" in said["no-h1-es"][1], said["no-h1-es"]


def test_a_notice_over_a_pointer_in_code_or_nothing_under_its_named_line_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A pointer written as one line of code (the new address) and a JSON error body are not
    the item's code; a page with no <h1> whose named line stands over a link back keeps
    nothing of the item, and a removed post's "[deleted]" line heads its post, not the
    forum's suggested topics after it."""
    pages = {
        "pointer": ("docs.example", "/docs/0.x/install", site_page("Relay SDK", "<h1>Installation (0.x)</h1><p>This page has moved.</p><pre><code>https://relay.example.com/docs/installation</code></pre>", "Installation (0.x) | Relay SDK")),
        "error-json": ("libs.example", "/libs/data-fmt", site_page("Bibliotecas BR", "<h1>data-fmt</h1><p>Esta página foi removida.</p><pre><code>{\n  \"status\": 404,\n  \"erro\": \"Página não encontrada\"\n}</code></pre>", "data-fmt – Bibliotecas BR", lang="pt")),
        "no-h1-link": ("kueche.example", "/produkt/wasserkocher-wk-200", _shop_page("Küchenwelt", "<div class='name'>Wasserkocher WK-200</div><p>Dieses Produkt ist nicht mehr erhältlich.</p><p><a href='/wasserkocher'>Alle Wasserkocher</a></p>", "Wasserkocher WK-200 | Küchenwelt", lang="de")),
        "no-h1-forum": ("forum.example", "/t/kveik-lager-process/40213", _forum_page("Homebrew Hub", "<p class='post-deleted'>[deleted]</p><p><small>This post was removed because the account that wrote it was deleted.</small></p>", "[deleted] | Homebrew Hub")),
        "no-h1-others": ("hogar.example", "/producto/cafetera-c-10", _shop_page("Casa Hogar", "<div class='titulo'>Cafetera C-10</div><p>Este producto ya no está disponible.</p><ul><li><a href='/producto/cafetera-c-12'>Cafetera C-12</a> 49,90 €</li><li><a href='/producto/cafetera-c-14'>Cafetera C-14</a> 59,90 €</li></ul>", "Cafetera C-10 | Casa Hogar", lang="es")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "the page is kept" not in reason, (name, reason)
