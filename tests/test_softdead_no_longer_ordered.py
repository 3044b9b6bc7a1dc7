# ruff: noqa: E501  (pages written one a line: data)
"""Items that can no longer be ordered, and a removed entry that is one line of a list (wave 24b).

A shop says a product it dropped as what the reader can no longer do: "Toto zboží již nelze
objednat", "Varen kan ikke længere bestilles", "Tuotetta ei voi enää tilata", "Bu ürün artık
sipariş edilemez". The item book held that predicate in ten languages, not in these; under the
product's name with nothing of it left, such a page was alive. A show's page whose list of
episodes says of one line "This episode has been removed", among the other episodes' links, is
the show's page still standing: the notice is said of its line's entry, not of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_a_product_that_can_no_longer_be_ordered_with_nothing_of_it_left_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, all four were alive ("the page answers")."""
    pages = {
        "cs": ("kuchyne.example", "/produkt/konvice-17", site_page("Kuchyně Plus", "<h1>Konvice 1,7 l</h1><p>Toto zboží již nelze objednat.</p><p><a href='/konvice'>Zpět do kategorie</a></p>", "Konvice 1,7 l | Kuchyně Plus", lang="cs")),
        "da": ("lys.example", "/produkt/bordlampe", site_page("Lys og Rum", "<h1>Bordlampe i messing</h1><p>Varen kan ikke længere bestilles.</p><p><a href='/lamper'>Se alle lamper</a></p>", "Bordlampe i messing | Lys og Rum", lang="da")),
        "fi": ("kauppa.example", "/tuote/kattila-3l", site_page("Keittiökauppa", "<h1>Teräskattila 3 l</h1><p>Tuotetta ei voi enää tilata.</p><p><a href='/kattilat'>Takaisin kattiloihin</a></p>", "Teräskattila 3 l | Keittiökauppa", lang="fi")),
        "tr": ("mutfak.example", "/urun/caydanlik-2l", site_page("Mutfak Dünyası", "<h1>Emaye çaydanlık 2 L</h1><p>Bu ürün artık sipariş edilemez.</p><p><a href='/caydanliklar'>Çaydanlıklara dön</a></p>", "Emaye çaydanlık 2 L | Mutfak Dünyası", lang="tr")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "a clause saying the item is gone" in reason, (name, reason)


def test_the_same_sentence_over_the_product_or_qualified_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The product's price, description and specs under the sentence, or the sentence said of
    one colour: the page still sells its item."""
    pages = {
        "cs-specs": ("kuchyne.example", "/produkt/konvice-1", site_page("Kuchyně Plus", "<h1>Konvice 1 l</h1><p>890 Kč</p><p>Toto zboží již nelze objednat.</p><p>Nerezová konvice s ukazatelem hladiny a filtrem proti vodnímu kameni. Otočná základna, automatické vypnutí.</p><ul><li>Objem: 1 l</li><li>Příkon: 2 000 W</li></ul>", "Konvice 1 l | Kuchyně Plus", lang="cs")),
        "tr-colour": ("mutfak.example", "/urun/caydanlik-15l", site_page("Mutfak Dünyası", "<h1>Emaye çaydanlık 1,5 L</h1><p>Bu ürün artık kırmızı renkte sipariş edilemez.</p>", "Emaye çaydanlık 1,5 L | Mutfak Dünyası", lang="tr")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.ALIVE, (name, reason)


def test_a_removed_episode_as_one_line_among_the_shows_episodes_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, the show's page was soft-dead: "a notice over 3 cards of other items"."""
    body = (
        "<h1>Night Shift Stories</h1><p>Nurses, cabbies and bakers tell what happens while the city sleeps. New episodes every other Tuesday.</p>"
        "<h2>Episodes</h2><ul><li><a href='/shows/nss/12'>12. The last bus</a> · 38 min</li><li><a href='/shows/nss/11'>11. Flour at four</a> · 41 min</li>"
        "<li>10. This episode has been removed at the guest's request.</li><li><a href='/shows/nss/9'>9. Night ward</a> · 44 min</li></ul>"
    )  # fmt: skip
    pages = {
        "show": (
            "harbourcast.example",
            "/shows/night-shift-stories",
            site_page("Harbourcast", body, "Night Shift Stories | Harbourcast"),
        )
    }
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    state_, reason = said["show"]
    assert state_ is LinkState.ALIVE, reason
