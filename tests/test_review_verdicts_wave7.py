"""Live pages the seventh review found called soft-dead, each through a real server: events
moved or postponed in several languages, an office or a shop that moved, and pages whose item's
state stands over content of their own; the gone pages those rules were written for stay gone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route
from sitepage import site_page


def _page(site: str, h1: str, main: str, lang: str = "en") -> str:
    return site_page(site, f"<h1>{h1}</h1>{main}", f"{h1} | {site}", lang)


def _states(
    tmp_path: Path, web: FixtureWeb, fast: Callable[..., FetchSettings], links: dict[str, str]
) -> dict[str, tuple[LinkState, str]]:
    urls = list(links.values())
    for at in range(0, len(urls), 5):
        write_route(tmp_path / "routes", f"wave7-{at}", urls[at : at + 5])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast()), web.resolver)
    seen = {s.url: s for route in report.routes for s in route.sources}
    return {name: (seen[url].state, seen[url].reason) for name, url in links.items()}


MOVED_EVENTS = {
    "en-session": (
        "SpineCon 2025",
        "Session 412: Imaging in low back pain",
        "<p>Thursday 9:30-10:30</p><p>This session has moved to Room 204 (second floor).</p>"
        "<p>Chair: Dr. Ruth Mensah</p>",
        "en",
    ),
    "en-fair": (
        "Leeds Events",
        "Back Health Fair 2025",
        "<p>Saturday 14 June 2025</p><p>This year the fair has moved to Harbour Park.</p>",
        "en",
    ),
    "en-office": (
        "Acme Corp",
        "Acme moves to new offices",
        "<p>Press release · 2 May 2025</p><p>This office has moved to a larger building to "
        "accommodate our growing team. Phone numbers stay the same.</p>",
        "en",
    ),
    "de-concert": (
        "Stadthalle",
        "Rückenwind live",
        "<p>Dieses Konzert wurde verschoben. Neuer Termin: Samstag, 12. Juli 2025, 20 Uhr. "
        "Bereits gekaufte Karten behalten ihre Gültigkeit.</p>",
        "de",
    ),
    "nl-match": (
        "Voetbalclub",
        "Ajax - PSV",
        "<p>Deze wedstrijd is verplaatst naar zondag 13 april, 14:30.</p>",
        "nl",
    ),
    "it-event": (
        "Comune",
        "Giornata della schiena",
        "<p>Questo evento è stato spostato al 18 maggio in Piazza Duomo.</p>",
        "it",
    ),
    "fr-match": (
        "Ligue",
        "PSG - OM",
        "<p>Ce match a été déplacé au dimanche 20 avril à 20h45.</p>",
        "fr",
    ),
    "ru-concert": (
        "Афиша",
        "Концерт группы «Спина»",
        "<p>Этот концерт перенесен на 12 мая. Билеты действительны.</p>",
        "ru",
    ),
    "pl-event": (
        "Miasto",
        "Dzień Kręgosłupa",
        "<p>To wydarzenie zostało przeniesione na 18 maja.</p><p>Wstęp wolny.</p>",
        "pl",
    ),
}


def test_events_and_offices_that_moved_stay_live(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """To move or to postpone says where or when the item now is, not that the page is gone."""
    links = {
        name: web.add(f"{name}.example", "/events/412", body=_page(site, h1, main, lang))
        for name, (site, h1, main, lang) in MOVED_EVENTS.items()
    }
    discontinued = "<p>This product has been discontinued.</p>"
    links["gone-product"] = web.add(
        "gone.example", "/products/k200", body=_page("HomeShop", "K200 glass kettle", discontinued)
    )
    said = _states(tmp_path, web, fast_settings, links)

    assert said.pop("gone-product")[0] is LinkState.SOFT_DEAD
    assert {name for name, (state, _) in said.items() if state is not LinkState.ALIVE} == set(), (
        said
    )
