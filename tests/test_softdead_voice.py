# ruff: noqa: E501  (pages written one a line: data)
"""Not-found pages in a brand's voice, and retired content with nothing left, through a real run.

A brand-voice line ("Gone fishing", "Il piatto è vuoto") with a way back home, where the item
its address names would be and named nowhere on the page, is soft-dead; a thank-you note, a
teaser or a poem of the same shape, with no word of absence, stays alive. A health library's
notice that an article was retired or archived, alone where the article stood, is soft-dead;
the same notice over the article's own words is a page kept for reference, alive.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from curator.classify.retired import gated, notice, state
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

HTML = {"Content-Type": "text/html; charset=utf-8"}
HOME = "<p><a href='/'>Back to the home page</a></p>"

SECTION: dict[str, Any] = json.loads(
    resources.files("curator.classify").joinpath("gone_phrases.json").read_text("utf-8")
)["retired"]
LANGS = sorted(code for code in SECTION if code != "about")


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_reads_its_examples_as_a_state_and_not_its_look_alikes(lang: str) -> None:
    entry = SECTION[lang]
    assert len(entry["examples"]) >= 2 and len(entry["not"]) >= 2, lang
    for example in entry["examples"]:
        assert gated(example), (lang, example, "gate")
        assert state(example) is not None, (lang, example)
    # a look-alike may state a move of something else ("Наш офис переехал на улицу Ленина."):
    # it is no notice, said of no cited content (``retired.notice``)
    for sentence in entry["not"]:
        assert notice(sentence) is None, (lang, sentence)


def test_a_brand_voice_line_where_the_item_would_be_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Sites that answer made-up addresses with a bare 404: only the page itself can say it.
    The reason names the address's words and the word of absence."""
    pages = {
        "en": ("pine.example", "/products/canvas-tote-natural", site_page("Pine & Pebble", "<h1>Gone fishing</h1><p>We looked high and low: it has gone.</p>" + HOME)),
        "it": ("nonna.example", "/ricette/risotto-zucca-salvia", site_page("Cucina di Nonna Pia", "<h1>Che peccato</h1><p>Il piatto è vuoto: qualcuno ha fatto la scarpetta.</p>" + HOME, lang="it")),
        "pt": ("vo.example", "/receitas/bolo-de-fuba-cremoso", site_page("Cozinha da Vó", "<h1>Xii!</h1><p>A receita sumiu, saiu para dar uma volta.</p>" + HOME, lang="pt")),
        "fr": ("sentiers.example", "/balades/foret-de-fontainebleau-boucle-rouge", site_page("Sentiers d'Île", "<h1>Perdu dans les bois ?</h1><p>Même nos guides n'ont rien trouvé par ici.</p>" + HOME, lang="fr")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "which nothing on the page names" in reason, (name, reason)


def test_short_pages_of_the_same_shape_without_a_word_of_absence_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A thank-you note, a teaser, a poem, a humorous about page and a "fully booked" line, each
    under the site's name and a heading that does not repeat its address, each with a link
    home; and a brand-voice line whose address names nothing (an opaque ID) or whose page
    names its item (a renamed product's heading). (Headed by a sentence ending in "!", the
    thank-you and "fully booked" pages are convicted by the older address sign, which reads
    such a heading as naming nothing: a known risk, kept for the gone pages it finds.)"""
    pages = {
        "thanks": ("a.example", "/newsletter/confirmed-subscription", site_page("Pine & Pebble", "<h1>You're in</h1><p>Welcome to the club.</p>" + HOME)),
        "teaser": ("b.example", "/products/aurora-desk-lamp", site_page("Lumen Home", "<h1>Something bright is coming</h1><p>Launching in March.</p>" + HOME)),
        "poem": ("c.example", "/poems/first-frost-on-the-field", site_page("Ada's Notebook", "<h1>Morning</h1><p>white breath on the glass<br>the kettle begins its song<br>a crow counts the rows</p><p><a href='/poems/'>All poems</a></p>")),
        "about": ("d.example", "/about/our-story-team", site_page("Crumb Club", "<h1>We bake, we burn, we try again</h1><p>Three friends and one oven since 2014.</p>" + HOME)),
        "booked": ("e.example", "/ateliers/poterie-debutants-samedi", site_page("Atelier Terre", "<h1>Complet</h1><p>Merci pour votre enthousiasme.</p>" + HOME, lang="fr")),
        "opaque": ("f.example", "/p/30912", site_page("Bean There", "<h1>Gone fishing</h1><p>We looked high and low.</p>" + HOME)),
        "named": ("g.example", "/products/canvas-tote-natural", site_page("Pine & Pebble", "<h1>Canvas tote</h1><p>Gone fishing? Take it along.</p>" + HOME)),
        "holiday": ("i.example", "/pages/opening-hours-summer", site_page("Pine & Pebble", "<h1>Gone fishing</h1><p>We're closed until 3 September; orders ship after that.</p>" + HOME)),
        "sold-out": ("j.example", "/events/jazz-trio-friday", site_page("Blue Room", "<h1>All gone</h1><p>Every seat is taken.</p>" + HOME)),
        "linked-on": ("h.example", "/products/linen-apron-sand", site_page("Pine & Pebble", "<h1>Gone fishing</h1><p>Our new range of rods.</p><p><a href='/products/rod-2'>Rod 2</a></p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_a_retired_notice_alone_where_the_article_stood_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Notices of retired, archived or replaced health content, with a way back to the library
    at most, in words the not-found phrase book does not hold."""
    library = "<p><a href='/library'>Browse the library</a></p>"
    pages = {
        "archived-en": ("h1.example", "/health-a-z/low-fodmap-diet-basics", site_page("Riverside Health", "<h1>Low FODMAP diet basics</h1><p>This health information has been archived and is no longer reviewed by our clinicians.</p>" + library, "Low FODMAP diet basics | Riverside Health")),
        "replaced-en": ("h2.example", "/library/gestational-diabetes-diet", site_page("Mercy Valley", "<h1>Gestational diabetes diet</h1><p>This article has been replaced by <a href='/library/gestational-diabetes'>Gestational diabetes</a>.</p>", "Gestational diabetes diet | Mercy Valley")),
        "de": ("h3.example", "/ratgeber/heuschnupfen-bei-kindern", site_page("Gesundheitsportal", "<h1>Heuschnupfen bei Kindern</h1><p>Dieser Beitrag wurde archiviert und wird nicht mehr medizinisch geprüft.</p>" + library, "Heuschnupfen bei Kindern | Gesundheitsportal", lang="de")),
        "nl": ("h4.example", "/gezondheid/reizigersvaccinaties", site_page("Gezond Nu", "<h1>Reizigersvaccinaties</h1><p>Deze informatie is gearchiveerd en wordt niet meer bijgewerkt.</p>" + library, "Reizigersvaccinaties | Gezond Nu", lang="nl")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "and nothing of it is left" in reason, (name, reason)


def test_a_retired_notice_over_the_article_it_keeps_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same notices over the article's own words (a paragraph, a list of its points, a
    table), kept for reference; and an article about a medicine withdrawn from the market."""
    article = (
        "<p>A low FODMAP diet cuts out some sugars that are hard to digest for two to six weeks, "
        "then adds them back one at a time to find which ones cause symptoms.</p>"
    )
    pages = {
        "paragraph": ("k1.example", "/health-a-z/low-fodmap-diet", site_page("Riverside Health", "<h1>Low FODMAP diet</h1><p>This health information has been archived and is no longer reviewed.</p>" + article, "Low FODMAP diet | Riverside Health")),
        "list": ("k2.example", "/advice/heatwave-checklist", site_page("State Health", "<h1>Heatwave checklist</h1><p>This page has been archived.</p><ul><li>Keep curtains closed.</li><li>Drink water.</li><li>Check on neighbours.</li></ul>", "Heatwave checklist | State Health")),
        "table": ("k3.example", "/guidance/vaccine-schedule-2019", site_page("State Health", "<h1>Vaccine schedule 2019</h1><p>This guidance has been withdrawn.</p><table><tr><td>2 months</td><td>6-in-1</td></tr><tr><td>1 year</td><td>MMR</td></tr></table>", "Vaccine schedule 2019 | State Health")),
        "es-kept": ("k4.example", "/biblioteca/dieta-baja-en-sal", site_page("Salud Hoy", "<h1>Dieta baja en sal</h1><p>Este artículo fue retirado de la revisión periódica y se conserva como referencia.</p><p>Reducir la sal a menos de cinco gramos al día baja la presión arterial en pocas semanas, sobre todo en personas mayores y en quienes ya tienen hipertensión.</p>", "Dieta baja en sal | Salud Hoy", lang="es")),
        "drug": ("k5.example", "/library/ranitidine", site_page("Mercy Valley", "<h1>Ranitidine</h1><p>Ranitidine was used to treat heartburn and stomach ulcers. It was withdrawn in 2020 after a possible carcinogen was found in some batches; your pharmacist can suggest an alternative such as famotidine.</p>", "Ranitidine | Mercy Valley")),
        # a retired program's last release, a withdrawn dataset: files of the item's own
        "release": ("k6.example", "/software/fooedit", site_page("Tools Hub", "<h1>FooEdit</h1><p>This page has been archived.</p><p><a href='/files/fooedit-3.2-setup.exe'>Last release</a></p>", "FooEdit | Tools Hub")),
        "dataset": ("k7.example", "/data/river-levels-2019", site_page("State Data", "<h1>River levels 2019</h1><p>This page has been archived.</p><p><a href='/files/levels-2019.csv'>Download</a></p>", "River levels 2019 | State Data")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_short_pages_about_a_retired_thing_or_a_loss_in_the_world_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 12's live pages, in other words: a notice is the page's own only when it is said
    of the content ("this article"), not of a thing the page describes (a ship, a mill, a
    doctor, an endpoint); an archived item still offered as its own file is there; and a
    line that dates a closure or a loss, or a poem set in lines, is no stand-in."""
    pages = {
        "ship": ("r1.example", "/ships/ss-clyde-star", site_page("ShipWiki", "<h1>SS Clyde Star</h1><p>The steamer was withdrawn in 1958. Her bell hangs in Greenock.</p>", "SS Clyde Star – ShipWiki")),
        "mill-de": ("r2.example", "/orte/papiermuehle-wolfach", site_page("Industriegeschichte", "<h1>Papiermühle Wolfach</h1><p>Die Mühle wurde 1974 eingestellt. Das Gebäude steht noch.</p>", "Papiermühle Wolfach", lang="de")),
        "doctor": ("r3.example", "/team/dr-owen-price", site_page("Brook Lane Practice", "<h1>Dr Owen Price</h1><p>Dr Price is now retired. His patients now see Dr Lena Moss.</p>", "Dr Owen Price | Brook Lane Practice")),
        "endpoint": ("r4.example", "/api/v1/invoices/list", site_page("Billwise API", "<h1>GET /v1/invoices</h1><p>This endpoint was replaced by GET /v2/invoices.</p>", "List invoices (v1) – Billwise API")),
        "guideline-pdf-fr": ("r5.example", "/recommandations/diabete-type-2-2018", site_page("Santé Repères", "<h1>Diabète de type 2 (2018)</h1><p>Cette recommandation a été archivée.</p><p><a href='/fichiers/diabete-type-2-2018.pdf'>Recommandation complète (PDF)</a></p>", "Diabète de type 2 (2018) | Santé Repères", lang="fr")),
        "eol-release": ("r6.example", "/projects/quillnote-3", site_page("Quillnote", "<h1>Quillnote 3</h1><p>Quillnote 3 is no longer maintained.</p><p><a href='/dl/quillnote-3.9.2.tar.gz.zip'>quillnote-3.9.2.zip</a></p>", "Quillnote 3")),
        "poem": ("v1.example", "/poems/low-tide-evening", site_page("Salt Lines", "<h1>~</h1><p>The gulls are gone,<br>the sand lies flat,<br>nobody walks<br>the shore tonight.</p><p><a href='/poems'>More poems</a></p>")),
        "closure": ("v2.example", "/news/spring-break", site_page("Potter's Yard", "<h1>Gone walking</h1><p>We're shut from 3 to 14 April. Nothing is lost: orders go out when we're back.</p><p><a href='/'>Shop</a></p>")),
        "object-it": ("v3.example", "/oggetti/coppa-argento-marea", site_page("Museo del Porto", "<h1>Oggetto 1907.12</h1><p>Perduto in mare nel 1907; resta solo questa scheda.</p><p><a href='/oggetti'>Collezione</a></p>", lang="it")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
