"""A page whose main content is a pointer elsewhere is soft-dead, through a real run.

"This page has moved to <link>" in any language: a few words of the page's own and one link
that leaves its address (or a refresh, or a script, after a delay), on a page that does not
name the subject its address names. The reason names the target so an editor can repoint the
source. Pages of the same shape that are the cited page stay alive: a stub whose heading names
its subject, a download page, an interstitial whose link stays on its address, a link hub.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

HTML = {"Content-Type": "text/html; charset=utf-8"}
CHROME = (
    "<header class='site-header'><a href='/'>{site}</a><ul class='menu'><li><a href='/news'>"
    "News</a></li><li><a href='/services'>Services</a></li><li><a href='/contact'>Contact</a>"
    "</li></ul></header>"
)
FOOTER = "<footer><a href='/privacy'>Privacy</a> · <a href='/imprint'>Imprint</a> © {site}</footer>"


def _page(
    site: str, main: str, head: str = "", title: str | None = None, lang: str = "en"
) -> bytes:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{title or site}</title>{head}</head><body>{CHROME.format(site=site)}"
        f"<main>{main}</main>{FOOTER.format(site=site)}</body></html>"
    ).encode()


def test_a_thin_page_pointing_elsewhere_is_soft_dead_with_its_target_named(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    german = web.add(
        "rueckenzentrum.example",
        "/patienten/merkblatt-bandscheibe",
        body=_page(
            "Rückenzentrum Nord",
            "<p>Diese Seite finden Sie jetzt unter "
            "<a href='https://infothek.example/bandscheibe'>infothek.example</a>.</p>",
            lang="de",
        ),
        headers=HTML,
    )
    refresh = web.add(
        "fisio.example",
        "/guide/mal-di-schiena-lavoro",
        body=_page(
            "Studio Fisio",
            "<p>Ci siamo trasferiti.</p>",
            head="<meta http-equiv='refresh' content='8; url=https://new-fisio.example/schiena'>",
            lang="it",
        ),
        headers=HTML,
    )
    script = web.add(
        "coluna.example",
        "/artigos/dor-lombar-cronica",
        body=_page(
            "Coluna Viva",
            "<h2>Mudamos!</h2><script>setTimeout(function () { window.location.href = "
            "'https://colunaviva.example/artigos/dor-lombar'; }, 5000);</script>",
            lang="pt",
        ),
        headers=HTML,
    )
    english = web.add(
        "backcare.example",
        "/resources/sciatica-self-help-guide/",
        body=_page(
            "Back Care Trust",
            "<p>This resource now lives on our new website: "
            "<a href='https://backcare-trust.example/help/sciatica'>backcare-trust.example</a></p>",
        ),
        headers=HTML,
    )
    french = web.add(
        "kine.example",
        "/blog/exercices-lombaires-au-bureau",
        body=_page(
            "Cabinet Kiné Lumière",
            "<h2>Nous avons déménagé !</h2><p>Retrouvez nos articles sur "
            "<a href='https://kine-lumiere.example/conseils/'>kine-lumiere.example</a></p>",
            lang="fr",
        ),
        headers=HTML,
    )
    write_route(tmp_path / "routes", "pointer", [german, refresh, script, english, french])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    targets = {
        "Source 1": "https://infothek.example/bandscheibe",
        "Source 2": "https://new-fisio.example/schiena",
        "Source 3": "https://colunaviva.example/artigos/dor-lombar",
        "Source 4": "https://backcare-trust.example/help/sciatica",
        "Source 5": "https://kine-lumiere.example/conseils/",
    }
    for name, target in targets.items():
        assert sources[name].state is LinkState.SOFT_DEAD, sources[name].reason
        assert f"the page's main content is a pointer to {target}" in sources[name].reason


def test_thin_pages_with_one_link_that_are_the_cited_page_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    stub = web.add(
        "crier.example",
        "/news/2026/03/new-spine-clinic-opens",
        body=_page(
            "Town Crier",
            "<h1>New spine clinic opens in Harbour Road</h1><p>It opens on Monday.</p>"
            "<p><a href='/news/2026/03/new-spine-clinic-opens-full-story'>Read more</a></p>",
            title="New spine clinic opens in Harbour Road | Town Crier",
        ),
        headers=HTML,
    )
    download = web.add(
        "health.example",
        "/publications/low-back-pain-guideline",
        body=_page(
            "Health Department",
            "<h1>Low back pain guideline</h1>"
            "<p><a href='/files/guideline.pdf'>Download (PDF)</a></p>",
            title="Low back pain guideline | Health Department",
        ),
        headers=HTML,
    )
    interstitial = web.add(
        "office.example",
        "/articles/desk-posture-tips",
        body=_page(
            "Office Health",
            "<p>Advertisement</p>"
            "<p><a href='/articles/desk-posture-tips?continue=1'>Continue</a></p>",
        ),
        headers=HTML,
    )
    hub = web.add(
        "spine.example",
        "/topics/back-pain-basics",
        body=_page(
            "Spine Health",
            "<ul><li><a href='/back-pain/causes'>Causes</a></li>"
            "<li><a href='/back-pain/exercises'>Exercises</a></li>"
            "<li><a href='/back-pain/treatment'>Treatment</a></li></ul>",
        ),
        headers=HTML,
    )
    doi = web.add(
        "journal.example",
        "/doi/10.1186/s12891-024-07311-2",
        body=_page(
            "BMC Musculoskeletal Disorders",
            "<h1>Exercise therapy for chronic low back pain: a randomised trial</h1>"
            "<p><a href='https://cdn.example/s12891-024-07311-2.pdf'>Download PDF</a></p>",
            title="Exercise therapy for chronic low back pain | BMC Musculoskeletal Disorders",
        ),
        headers=HTML,
    )
    write_route(tmp_path / "routes", "pointer", [stub, download, interstitial, hub, doi])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    for source in report.routes[0].sources:
        assert source.state is LinkState.ALIVE, (source.name, source.reason)


def test_a_way_to_the_site_s_search_is_no_move_and_counts_only_beside_a_statement(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A help page whose one line says to use the search, under an address whose subject it
    does not name, is no page that moved to the search: it stays alive. A forum's not-found
    view of one line and a way to its search is soft-dead, and its reason names the search as
    the way out, not as the content's new address."""
    help_page = web.add(
        "recipes.example",
        "/help/finding-grandmas-recipes",
        body=_page(
            "Kitchen Notes",
            "<h1>Help</h1><p>Use the search to look up any dish by name or ingredient.</p>"
            "<p><a href='/search'>Search</a></p>",
            title="Help | Kitchen Notes",
        ),
        headers=HTML,
    )
    view = web.add(
        "birders.example",
        "/viewtopic.php?t=48213",
        body=_page(
            "Marsh Birders",
            "<h1>Marsh Birders</h1><p>The topic you specified does not exist.</p>"
            "<p><a href='/search'>Search</a></p>",
        ),
        headers=HTML,
    )
    index = web.add(
        "boats.example",
        "/forum/classic-sailing-dinghies",
        body=_page(
            "Harbour Sailors",
            "<h1>Forum</h1><p>No topics here yet.</p><p><a href='/sok'>Search the archive</a></p>",
            title="Forum | Harbour Sailors",
        ),
        headers=HTML,
    )
    korean = web.add(
        "sanak.example",
        "/bbs/board.php?wr_id=55120",
        body=_page(
            "등산 사랑",
            "<p>찾으시는 게시물이 없습니다.</p><p><a href='/search'>검색</a></p>",
            lang="ko",
        ),
        headers=HTML,
    )
    french = web.add(
        "randonnee.example",
        "/t/traversee-du-vercors/8812",
        body=_page(
            "Forum des Randonneurs",
            "<h1>Oups !</h1><p>Le sujet demandé semble ne plus exister.</p>"
            "<p><a href='/recherche'>Rechercher</a></p>",
            lang="fr",
        ),
        headers=HTML,
    )
    write_route(tmp_path / "routes", "search", [help_page, index, view, korean, french])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    for name in ("Source 1", "Source 2"):
        assert sources[name].state is LinkState.ALIVE, sources[name].reason
    for name in ("Source 3", "Source 4", "Source 5"):
        assert sources[name].state is LinkState.SOFT_DEAD, sources[name].reason
        assert "is a pointer to" not in sources[name].reason
    assert "a way to the site's search" in sources["Source 3"].reason


def test_a_move_whose_one_way_on_is_another_site_s_front_page_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A page titled with the site's name alone, at an item's ID, whose one link is another
    host's front page, names no forwarding address for the item: soft-dead, and the reason
    names the other host. An item page that names its item and links to a maker's or a
    partner's home page stays alive, as does one that names its item only in its heading."""
    pages = [  # host, path, site, main, title, lang
        ("radladen.example", "/artikel/55213", "Rad-Laden Nord",
         "<h2>Wir sind umgezogen</h2><p>Unseren Shop finden Sie ab sofort unter "
         "<a href='https://www.velowelt.example/'>www.velowelt.example</a></p>", None, "de"),
        ("eventilago.example", "/evento/30917", "Eventi Lago",
         "<section class='moved'><h2>Ci siamo spostati!</h2><p>Il nostro calendario continua "
         "su <a href='https://lagoeventi.example/'>lagoeventi.example</a></p></section>",
         None, "it"),
        ("harbourhomes.example", "/property/884121", "Harbour Homes",
         "<p>Stone cottage with a south garden. Offered with our partner agency "
         "<a href='https://www.coastline.example/'>Coastline Estates</a>.</p>",
         "3-bed cottage, Mill Lane | Harbour Homes", "en"),
        ("radladen.example", "/artikel/55214", "Rad-Laden Nord",
         "<h1>Trekkingrad Alu 28 Zoll</h1><p>24 Gänge, Nabendynamo. Hersteller: "
         "<a href='https://www.velowelt.example/'>Velowelt</a></p>",
         "Trekkingrad Alu 28 Zoll | Rad-Laden Nord", "de"),
        ("mazury.example", "/ogloszenie/771043", "Ogłoszenia Mazury",
         "<h1>Rower górski Kross, rozmiar M</h1><p>Stan bardzo dobry, 900 zł. Sprzedawca: "
         "<a href='https://www.sklep-kross.example/'>Sklep Kross Olsztyn</a></p>", None, "pl"),
    ]  # fmt: skip
    links = [
        web.add(host, path, body=_page(site, main, title=title, lang=lang), headers=HTML)
        for host, path, site, main, title, lang in pages
    ]
    write_route(tmp_path / "routes", "root", links)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    for name, host in (("Source 1", "velowelt.example"), ("Source 2", "lagoeventi.example")):
        assert sources[name].state is LinkState.SOFT_DEAD, sources[name].reason
        assert f"another site's front page ({host}" in sources[name].reason
        assert "no forwarding address for the item" in sources[name].reason
    for name in ("Source 3", "Source 4", "Source 5"):
        assert sources[name].state is LinkState.ALIVE, (name, sources[name].reason)
