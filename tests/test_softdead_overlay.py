# ruff: noqa: E501  (pages written one a line: data)
"""A notice in a modal or a toast over other items, drawn as scripts draw them, through a real run.

Frameworks append a modal or a toast at the body's end, after the footer, and give it a close
button; a script's layer may carry no role at all, only a pinned style. Each such shape, its
line in words no book holds, over other items' links at an item's address, is a not-found page.
The same layers on a live page ask something (a consent "Accept", an age gate's two buttons) or
sit over the item's own photo or text ("Link copied", "Added to basket"), and the page stays
alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.prominent_notice import gates
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

_OTHERS = "<ul><li><a href='/i/101'>Oak desk</a></li><li><a href='/i/102'>Pine shelf</a></li><li><a href='/i/103'>Birch stool</a></li></ul>"


def _appended(page: str, layer: str) -> str:
    """The page with ``layer`` appended at its body's end, after the footer, as a script does."""
    return page.replace("</body>", f"{layer}</body>")


def test_modals_and_toasts_appended_after_the_footer_are_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, each was called alive: an open <dialog> after the footer, a toast with its "×",
    a Bootstrap modal closed by ``data-bs-dismiss`` and a layer pinned by its style alone; the
    reason names the layer and its line, not the toast's "!" mark."""
    pages = {
        "dialog-sl": ("oglasi.example", "/oglas/kolo-gorsko-77120", _appended(site_page("Oglasnik Gorenjska", "<h1>Najnovejši oglasi</h1>" + _OTHERS, lang="sl"), "<dialog open class='modal'><h2>Oglas je prodajalec umaknil.</h2><a href='/'>Domov</a></dialog>")),
        "toast-hr": ("trgovina.example", "/proizvod/lampa-mjed-3317", _appended(site_page("Svjetlo Split", "<h1>Rasvjeta</h1>" + _OTHERS, lang="hr"), "<div class='toast' role='alert'><strong>!</strong> Ovu lampu smo prestali nabavljati.<button class='toast-close'>×</button></div>")),
        "bootstrap-et": ("kuulutused.example", "/kuulutus/paat-ja-haagis-40551", _appended(site_page("Rannakuulutused", "<h1>Uued kuulutused</h1>" + _OTHERS, lang="et"), "<div class='modal show' role='dialog' aria-modal='true'><div class='modal-content'><h5 class='modal-title'>Kuulutus on aegunud.</h5><button type='button' class='btn-close' data-bs-dismiss='modal' aria-label='Sulge'></button></div></div>")),
        "pinned-is": ("verslun.example", "/vara/ullarpeysa-8812", _appended(site_page("Ullarbúðin", "<h1>Peysur</h1>" + _OTHERS, lang="is"), "<div class='layer' style='position: fixed; inset: 0'><p>Þessi vara er uppseld og kemur ekki aftur.</p><a href='/'>Forsíða</a></div>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s[0] for name, s in said.items()} == dict.fromkeys(pages, LinkState.SOFT_DEAD)
    assert "a dialog (role=dialog) says “Oglas je prodajalec umaknil.”" in said["dialog-sl"][1]
    assert "an alert (role=alert) says “Ovu lampu smo prestali nabavljati.”" in said["toast-hr"][1]
    assert "says “Kuulutus on aegunud.”" in said["bootstrap-et"][1], said["bootstrap-et"]
    assert "a layer pinned over the page (position: fixed)" in said["pinned-is"][1]


def test_layers_that_ask_or_sit_over_the_items_own_content_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A consent modal after the footer with its buttons, an age gate, a "Link copied" toast
    with its "×" over a photo and its caption, and a pinned newsletter layer with its field:
    each page stays alive."""
    news = "<h1>Satama avataan kesäkuussa</h1><p>Uusi vierasvenesatama avataan juhannuksena, kertoo kaupunki. Laitureita on kuusikymmentä, ja sauna valmistuu elokuussa.</p>"
    wine = "<h1>Douro Reserva 2018</h1><p>Touriga Nacional e Touriga Franca de vinhas velhas, dezoito meses em barrica. Fruta preta, esteva e um final longo.</p><p>€ 24,90</p>"
    post = "<h1>Ridge walk</h1><p>From the car park the path climbs steadily through the beech wood to the ridge, then follows it for four kilometres before dropping to the village.</p>"
    photo = "<h1>Harbour at dusk</h1><img src='/photos/55120.jpg' alt='The harbour at dusk'><p>Taken from the pier, no tripod.</p>"
    pages = {
        "consent": ("uutiset.example", "/uutinen/satama-avataan-20931", _appended(site_page("Satamauutiset", news, lang="fi"), "<div role='dialog' aria-modal='true'><p>Käytämme evästeitä.</p><button>Hyväksy</button><button>Hylkää</button></div>")),
        "age-gate": ("vinho.example", "/vinho/douro-reserva-2018-4410", _appended(site_page("Garrafeira Porto", wine, lang="pt"), "<dialog open aria-modal='true'><p>Tem mais de 18 anos.</p><button>Sim</button><button>Não</button></dialog>")),
        "photo-copied": ("photos.example", "/photo/55120", _appended(site_page("Pier Pictures", photo), "<div class='toast' role='alert'>Link copied.<button class='toast-close'>×</button></div>")),
        "newsletter": ("blog.example", "/post/ridge-walk-2210", _appended(site_page("Trail Log", post), "<div style='position:fixed;bottom:0'><button class='popup-close'>✕</button><p>New routes every month.</p><input type='email'><button>Sign up</button></div>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_a_layers_own_script_and_style_are_not_its_words(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A widget writes its script and its style sheet inside its layer; no reader sees them.
    Before, their text was read as the layer's (a script's ";" as a Greek question mark, its
    code as forty words), and the notice over other items was called alive. The same layer
    over the item's own photo still speaks of the photo, and that page stays alive."""
    script = "<style>.note{top:0;left:0;z-index:9}</style>{line}<script>setTimeout(function(){document.querySelector('.note').remove();}, 8000); window.dataLayer = window.dataLayer || []; dataLayer.push({event: 'note', kind: 'info', page: location.pathname, shown: true});</script>"
    photo = "<h1>Ostas õhtul</h1><img src='/foto/66120.jpg' alt='Sadam õhtul'><p>Pildistatud muulilt, ilma statiivita.</p>"
    pages = {
        "gone-lv": ("veikals.example", "/prece/galds-ozols-5521", _appended(site_page("Mēbeles Rīga", "<h1>Jaunumi</h1>" + _OTHERS, lang="lv"), "<div class='note' role='alert'>" + script.replace("{line}", "<p>Šo galdu vairs neražojam.</p>") + "</div>")),
        "live-et": ("foto.example", "/foto/66120", _appended(site_page("Muulipildid", photo, lang="et"), "<div class='note' role='alert'>" + script.replace("{line}", "<p>Link kopeeritud.</p>") + "</div>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["gone-lv"][0] is LinkState.SOFT_DEAD, said["gone-lv"]
    assert "says “Šo galdu vairs neražojam.”" in said["gone-lv"][1]
    assert said["live-et"][0] is LinkState.ALIVE, said["live-et"]


def test_a_style_sheets_fixed_rule_opens_no_layers_reading() -> None:
    """A layer pinned by its style is read by the element's own ``style`` alone, so a style
    sheet's ``position: fixed`` (a sticky header's, on most sites) no longer sends the page to
    the overlay's reading; an element's own pinned style, or a role, still does."""
    sheet = b"<style>.site-header{position:fixed;top:0}</style><header class='site-header'>Shop</header><main><h1>Lamps</h1></main>"
    assert not gates(sheet).overlay
    assert gates(
        sheet.replace(b"<main>", b"<div style='position: fixed; inset: 0'>Gone</div><main>")
    ).overlay
    assert gates(sheet.replace(b"<main>", b"<div role='alert'>Gone</div><main>")).overlay
