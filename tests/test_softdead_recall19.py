# ruff: noqa: E501  (pages written one a line: data)
"""Gone pages in the shapes the web still hides them in (wave 19), through a real run.

- an item clause after a lead-in ("Sorry, this product is no longer available", "Spiacenti,
  questo prodotto non è più disponibile") over other items' cards opens its sentence at its
  determiner (``clause_statements._first``): soft-dead; a product in stock beside related
  products, whose text mentions an older model is no longer available, stays alive;
- a not-found heading over a help table whose rows set their way on in a middle column
  (``item_cards._cell_link``) is the page's message: soft-dead; a help centre of the same
  table under its own heading, and a film named "Nothing to See Here" over its screenings,
  stay alive;
- an expired share whose notice is its heading, beside the site's help links, or under an
  illustration named for the notice (``retired``): soft-dead; a live share stays alive;
- a moved banner over only a link (the phrase book's ``retired`` section): soft-dead; a shop
  that moved, over its opening hours, stays alive;
- a line in the brand's voice set as the heading, under a title that is only the site's name,
  or at a slug whose words the site's name holds (``stand_in.read_line``): soft-dead; a
  playful post under a romanised slug stays alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, shop_page, site_page, states_of_pages


def test_gone_items_help_tables_shares_moves_and_voices_are_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    cards = "<h2>You may also like</h2><ul class='grid'><li><a href='/products/rs3'><img src='/i/1.jpg' alt=''>Rain Shell RS3</a><p>A three-layer shell with pit zips.</p> $149.00</li><li><a href='/products/f1'><img src='/i/2.jpg' alt=''>Fleece F1</a><p>A recycled grid fleece.</p> $79.00</li><li><a href='/products/beanie'><img src='/i/3.jpg' alt=''>Merino Beanie</a><p>Soft merino wool.</p> $25.00</li></ul>"
    pages = {
        "item-sorry": ("g1.example", "/products/rain-shell-rs2", shop_page("Trailhead", f"<p class='notice'>Sorry, this product is no longer available.</p>{cards}", "Rain Shell RS2 – Trailhead")),
        "help-table": ("g2.example", "/societe/fermeture-piscine-2019", shop_page("Le Quotidien", "<h1>Page introuvable</h1><table><tr><th>Vous cherchez</th><th>Où aller</th><th>Délai</th></tr><tr><td>Un article paru</td><td><a href='/recherche'>Le moteur de recherche</a></td><td>Immédiat</td></tr><tr><td>Votre abonnement</td><td><a href='/compte'>Espace abonné</a></td><td>48 heures</td></tr><tr><td>Une erreur</td><td><a href='/contact'>Formulaire de contact</a></td><td>Une semaine</td></tr></table>", "Page introuvable - Le Quotidien", lang="fr")),
        "share-heading": ("g3.example", "/share/x9LqR2", shop_page("クラウドボックス", "<h1>共有リンクの有効期限が切れています</h1><p>ファイルを共有した方に、新しいリンクを発行してもらってください。</p><ul><li><a href='/help'>ヘルプセンター</a></li><li><a href='/about'>クラウドボックスについて</a></li></ul>", lang="ja")),
        "share-picture": ("g4.example", "/s/p0Q3xW", shop_page("구름드라이브", "<div><img src='/img/expired.svg' alt=''><p>공유 링크가 만료되었습니다.</p><p>공유한 사람에게 새 링크를 요청하세요.</p></div>", lang="ko")),
        "moved": ("g5.example", "/guia-de-tamanhos", shop_page("Casa do Linho", "<h1>Guia de tamanhos</h1><p>Esta página mudou de endereço: <a href='/ajuda/tamanhos'>Guia de tamanhos</a>.</p>", "Guia de tamanhos | Casa do Linho", lang="pt")),
        "voice-heading": ("g6.example", "/ja/kenko/suimin-no-shitsu", site_page("Llama Health", "<h1>Oh no, the llama ate this page</h1><p><a href='/ja/'>Back to the pasture</a></p>")),
        "voice-site-words": ("g7.example", "/blog/odd-socks-unite", shop_page("Sock Drawer", "<p>Well, this is awkward. The dryer ate this page.</p><p><a href='/'>Home</a></p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.SOFT_DEAD} == {}


def test_their_live_look_alikes_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "item-in-stock": ("l1.example", "/products/rain-shell-rs3", shop_page("Trailhead", "<h1>Rain Shell RS3</h1><p>$149.00 · In stock</p><p>A three-layer waterproof shell with pit zips and taped seams. Sorry, the older RS2 is no longer available; the RS3 replaces it.</p><ul><li>Weight 390 g</li><li>Sizes XS-XXL</li></ul><h2>You may also like</h2><ul class='grid'><li><a href='/products/f1'><img src='/i/2.jpg' alt=''>Fleece F1</a> $79.00</li><li><a href='/products/beanie'><img src='/i/3.jpg' alt=''>Merino Beanie</a> $25.00</li></ul>", "Rain Shell RS3 – Trailhead")),
        "help-centre": ("l2.example", "/aide", shop_page("Le Quotidien", "<h1>Centre d'aide</h1><p>Toutes les réponses aux questions de nos lecteurs.</p><table><tr><th>Sujet</th><th>Où aller</th><th>Délai</th></tr><tr><td>Un article paru</td><td><a href='/recherche'>Le moteur de recherche</a></td><td>Immédiat</td></tr><tr><td>Votre abonnement</td><td><a href='/compte'>Espace abonné</a></td><td>48 heures</td></tr></table>" + PROSE, "Centre d'aide - Le Quotidien", lang="fr")),
        "film-screenings": ("l3.example", "/screenings/nothing-to-see-here", shop_page("Northlight", "<h1>Nothing to See Here</h1><p>A documentary about the last lighthouse keepers of the Hebrides. 88 minutes.</p><table><tr><th>Town</th><th>Tickets</th><th>Venue</th></tr><tr><td>Oban, 3 March</td><td><a href='/tickets/oban'>Book</a></td><td>Corran Halls</td></tr><tr><td>Stornoway, 5 March</td><td><a href='/tickets/stornoway'>Book</a></td><td>An Lanntair</td></tr></table>", "Nothing to See Here | Northlight")),
        "share-live": ("l4.example", "/share/Mk29Zp", shop_page("クラウドボックス", "<h1>会議資料.pdf</h1><p>2.4 MB ・ 共有者: 山田太郎</p><p>共有リンクの有効期限: 2027年1月10日</p><p><a href='/share/Mk29Zp/download'>ダウンロード</a></p>", "会議資料.pdf - クラウドボックス", lang="ja")),
        "shop-moved": ("l5.example", "/visit/", shop_page("Rye & Salt", "<h1>Visit</h1><p>We've moved! Since March we bake at 12 Harbour Road, two doors down from the lifeboat station.</p><p>Open Tuesday to Saturday, 7am to 3pm. Sourdough is out of the oven by 8; the cardamom buns sell out by 11.</p>", "Visit – Rye & Salt")),
        "llama-post": ("l6.example", "/ja/kenko/lama-no-ichinichi", site_page("Llama Health", "<h1>A day with the llamas</h1><p>Oh no, the llama ate my notes! That was the first thing I wrote on the farm in Nasu, where twelve llamas keep the grass short.</p>", "A day with the llamas | Llama Health")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
