# ruff: noqa: E501  (pages written one a line: data)
"""An item clause under a heading that names the item, weighed by what of the item is left (wave 20b).

"Ši prekė nebeparduodama" under "Kavinukas KV-12", which the title repeats, was halved as a
notice on a page that still carries its item, in every language whose item clause the phrase
book's direct sentences do not hold. A heading naming the item is not the item: with nothing of
it beside the notice but a way back, the page is gone; over the item's price and description,
its specs, or a job's duties, the same words are a note on a kept page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_an_item_clause_under_the_items_name_with_nothing_of_it_left_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, all three were alive ("under the page's own heading"); the reason names the
    clause."""
    pages = {
        "lt": ("virtuve.example", "/preke/kavinukas-kv-12", site_page("Virtuvės Pasaulis", "<h1>Kavinukas KV-12</h1><p>Ši prekė nebeparduodama.</p><p><a href='/prekes'>Tęsti apsipirkimą</a></p>", "Kavinukas KV-12 | Virtuvės Pasaulis", lang="lt")),
        "da": ("kokken.example", "/vare/elkedel-ek-17", site_page("Køkkenhjørnet", "<h1>Elkedel EK-17</h1><p>Denne vare sælges ikke længere.</p><p><a href='/varer'>Fortsæt med at handle</a></p>", "Elkedel EK-17 | Køkkenhjørnet", lang="da")),
        "sr": ("oglasi.example", "/oglas/bicikl-55120", site_page("Огласи Ниш", "<h1>Бицикл градски</h1><p>Овај оглас више није активан.</p><p><a href='/bicikli'>Слични огласи</a></p>", "Бицикл градски | Огласи Ниш", lang="sr")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "a clause saying the item is gone" in reason, (name, reason)


def test_the_same_clause_over_the_items_own_content_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The item's price and description, its specs table, a job's duties under the same
    notice: the page still carries its item. A pointer to a successor is the item's too."""
    pages = {
        "lt-price": ("virtuve.example", "/preke/kavinukas-kv-20", site_page("Virtuvės Pasaulis", "<h1>Kavinukas KV-20</h1><p>Ši prekė nebeparduodama.</p><p>49,99 €</p><p>Nerūdijančio plieno kavinukas, talpa 1,2 litro. Tinka visoms viryklėms, įskaitant indukcines, ir puikiai tinka kelionėms.</p>", "Kavinukas KV-20 | Virtuvės Pasaulis", lang="lt")),
        "ro-specs": ("casa.example", "/produs/prajitor-pp-200", site_page("Casa Ta", "<h1>Prăjitor PP-200</h1><p>Acest produs nu mai este disponibil.</p><table><tr><th>Putere</th><td>850 W</td></tr><tr><th>Trepte</th><td>7</td></tr><tr><th>Culoare</th><td>Negru</td></tr></table>", "Prăjitor PP-200 | Casa Ta", lang="ro")),
        "es-job": ("empleo.example", "/oferta/recepcionista-8840", site_page("Empleo Valencia", "<h1>Recepcionista de hotel</h1><p>Esta oferta de empleo ya no está disponible.</p><h2>Funciones</h2><p>Atención a clientes en recepción, gestión de reservas y check-in, coordinación con pisos y mantenimiento. Turnos rotativos de mañana y tarde.</p>", "Recepcionista de hotel | Empleo Valencia", lang="es")),
        "successor": ("lumbar.example", "/p/lumbar-brace-v2", site_page("Lumbar Store", "<h1>Lumbar brace v2</h1><p>This product is no longer available. See the <a href='/p/lumbar-brace-v3'>newer model</a>.</p>", "Lumbar brace v2 – Lumbar Store")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.ALIVE, (name, reason)
