"""Live pages the seventh review found called soft-dead, each through a real server: events
moved or postponed in several languages, an office or a shop that moved, and pages whose item's
state stands over content of their own; the gone pages those rules were written for stay gone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureRequest, FixtureWeb
from routefiles import write_route
from sitepage import PROSE, site_page


def _page(site: str, h1: str, main: str, lang: str = "en") -> str:
    return site_page(site, f"<h1>{h1}</h1>{main}", f"{h1} | {site}", lang)


def _states(
    tmp_path: Path, web: FixtureWeb, fast: Callable[..., FetchSettings], links: dict[str, str]
) -> dict[str, tuple[LinkState, str]]:
    urls = list(links.values())
    while len(urls) % 5:  # a route holds five sources
        urls.append(web.add(f"pad{len(urls)}.example", "/a", body=site_page("Pad", PROSE * 3)))
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


BANNER = (
    "<div id='consent'><p>We value your privacy. We and our 842 partners store and/or access "
    "information on a device, such as cookies, and process personal data, such as unique "
    "identifiers and standard information sent by a device for personalised advertising and "
    "content, advertising and content measurement, audience research and services development. "
    "With your permission we and our partners may use precise geolocation data and "
    "identification through device scanning. You may click to consent to our and our "
    "partners' processing as described above. Alternatively you may access more detailed "
    "information and change your preferences before consenting or to refuse consenting. "
    "Please note that some processing of your personal data may not require your consent, but "
    "you have a right to object to such processing.</p><button>Accept all</button></div>"
)
SITE = "Example Health"


def _bannered(main: str) -> str:
    """A page of a site that titles every page with its name under a consent banner."""
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{SITE}</title>"
        f"</head><body>{BANNER}<header><a href='/'>{SITE}</a></header><main>{main}</main>"
        f"<footer><p>© 2026 {SITE}</p></footer></body></html>"
    )


NOT_FOUND = "<h1>Page not found</h1><p>Sorry, we couldn't find that page. Try searching.</p>"


def test_short_pages_of_a_site_titled_by_its_name_stay_live(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A short page sharing most words (a consent banner) and its title with the site's
    catch-all is near it, which is no verdict alone; a slug-ignoring site whose made-up ID
    shows "not found" in the same template is learnt as one, not answered by the page itself.
    A page showing the catch-all itself stays gone."""
    web.fallback("health.example", 200, _bannered(NOT_FOUND))
    short = {
        "video": "<h1>Lower back stretch routine</h1><video src='/v/1.mp4'></video>"
        "<p>A five-minute routine led by a physiotherapist.</p>",
        "stub": "<h1>Sciatica</h1><p>Sciatica is pain that travels along the sciatic nerve, "
        "from the lower back down one leg.</p>",
        "leaflet": "<h1>Back pain leaflet</h1><p><a href='/files/leaflet.pdf'>Download the "
        "patient leaflet</a> (PDF, 1.2 MB)</p>",
    }
    links = {
        name: web.add("health.example", f"/{name}s/lower-back", body=_bannered(main))
        for name, main in short.items()
    }
    links["removed"] = web.add("health.example", "/news/removed", body=_bannered(NOT_FOUND))
    recipe = (
        "<h1>Turmeric soup</h1><p>Serves 4. Ready in 35 minutes.</p><ul><li>1 onion</li>"
        "<li>2 carrots</li><li>750 ml stock</li></ul><p>Simmer 20 minutes and blend.</p>"
    )

    def kitchen(req: FixtureRequest) -> None:
        """Recipe 9921 whatever its slug; any other number a "not found" page, as a 200."""
        known = req.path.startswith("/recipes/9921/")
        missing = "<h1>Recipe not found</h1><p>Try our search.</p>"
        req.respond(200, _bannered(recipe if known else missing))

    web.add("kitchen.example", "*", handler=kitchen)
    links["slug-ignored"] = web.url("kitchen.example", "/recipes/9921/turmeric-soup")
    said = _states(tmp_path, web, fast_settings, links)

    assert said.pop("removed")[0] is LinkState.SOFT_DEAD
    assert {name for name, (state, _) in said.items() if state is not LinkState.ALIVE} == set(), (
        said
    )


ARTICLE = (
    "<article><h1>{h}</h1><p>By Maria Keller · 12 March 2025</p>"
    + "<p>Physiotherapists recommend short walks, gentle stretching and a firm mattress for "
    "people with lower back pain, and most episodes improve within six weeks.</p>"
    * 6
    + "</article>"
)
# Scripts and refreshes a browser never follows as the page loads: behind a condition or an
# else on the next line, in a handler, in a timer behind a condition or not the timer's own,
# commented out, of a type no browser runs, inside <template> or <noscript>, to a hash route.
NOT_RUN = {
    "mobile-if": "<script>\nif (screen.width < 700)\n  window.location.href = '/m/';\n</script>",
    "consent-if": "<script>\nif (document.cookie.indexOf('consent=') < 0)\n"
    "  location.replace('/');\n</script>",
    "else": "<script>if (v === 'a') console.log('A'); else\n location = '/';</script>",
    "language": "<script>\nif (navigator.language.startsWith('de'))\n  location.replace('/de/');"
    "\n</script>",
    "arrow": "<script>document.querySelector('#logo').onclick = () =>\n  location.href = '/';"
    "</script>",
    "timer-if": "<script>if (/Mobi/i.test(navigator.userAgent)) setTimeout(function(){ "
    "location.href = '/'; }, 0);</script>",
    "debounce": "<script>\nsetTimeout(function(){ $('.promo').fadeIn() }, 2000); "
    "$('#home').click(function(){ location.href = '/'; }, 0);\n</script>",
    "block-comment": "<script>\n/*\nlocation.href = '/';\n*/\nconsole.log('ok');</script>",
    "x-template": "<script type='text/x-template'>\nlocation.href = '/';\n</script>",
    "cookie-gated": "<script type='text/plain' data-cookieconsent='marketing'>\n"
    "window.location.href = '/';\n</script>",
    "template": "<template id='out'><p>Signed out.</p><script>\nwindow.location.href = '/';\n"
    "</script></template>",
    "noscript": "<noscript><meta http-equiv='refresh' content='2; url=/'></noscript>",
    "hash-route": "<script>location.replace('/#/docs/getting-started')</script>",
}
# Removed articles that send their reader home at once: still gone.
RUN = {
    "top-level": "<script>\nvar home = '/'\nlocation.replace(home === '/' ? '/' : '/');"
    "\nwindow.location.href = '/';\n</script>",
    "timer": "<script>setTimeout(function () { location.href = '/'; }, 2000);</script>",
    "refresh": "<meta http-equiv='refresh' content='1; url=/'>",
}


def test_redirects_a_browser_never_follows_as_the_page_loads_give_no_sign(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    links = {}
    for name, extra in {**NOT_RUN, **RUN}.items():
        main = ARTICLE.format(h=f"Back pain guide ({name})") if name in NOT_RUN else ""
        body = site_page("City News", main + extra, f"Back pain guide {name} | City News")
        links[name] = web.add(f"{name}.example", "/news/2025/back-pain-guide", body=body)
        web.add(f"{name}.example", "/", body=site_page("City News", "<h1>Latest</h1>" + PROSE))
    said = _states(tmp_path, web, fast_settings, links)

    for name in RUN:
        state, reason = said.pop(name)
        assert state is LinkState.SOFT_DEAD and "home page" in reason, (name, reason)
    assert {name for name, (state, _) in said.items() if state is not LinkState.ALIVE} == set(), (
        said
    )


SPECS = (
    "<table><tr><th>Power</th><td>500 W</td></tr><tr><th>Chuck</th><td>1.5-13 mm</td></tr>"
    "<tr><th>Weight</th><td>1.6 kg</td></tr></table>"
)
# An item's state over the item's own content: specs, a manual, episodes, alternatives.
ITEM_PAGES = {
    "kettle": (
        "HomeShop",
        "K200 glass kettle",
        "<p>This kettle is no longer manufactured. Descaling tips, manuals and spare lids are "
        "still available.</p><p><a href='/manuals/k200.pdf'>User manual (PDF)</a></p>" + SPECS,
        "en",
    ),
    "series": (
        "TV Guide",
        "Back in Shape",
        "<p>Fitness series, 3 seasons, 2019-2023.</p><p>This series is no longer broadcast; "
        "all episodes are on catch-up below.</p><ul><li><a href='/ep/1'>Episode 1: Posture</a>"
        "</li><li><a href='/ep/2'>Episode 2: Core</a></li></ul>",
        "en",
    ),
    "drug": (
        "Medicines Guide",
        "Ranitidine",
        "<p>This medicine was withdrawn in 2020 after an impurity was found.</p><table><tr><th>"
        "Type</th><td>H2 blocker</td></tr><tr><th>Alternatives</th><td><a href='/m/famotidine'>"
        "Famotidine</a></td></tr></table>",
        "en",
    ),
    "modell": (
        "Werkzeughaus",
        "PSB 500 RE Schlagbohrmaschine",
        "<p>Dieses Modell wurde eingestellt. Ersatzteile sind weiterhin unten erhältlich.</p>"
        + SPECS,
        "de",
    ),
}


def test_an_items_state_over_its_own_content_is_no_verdict(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Tables, lists, media and the item's files are content too, not only prose: a notice
    that the item was discontinued or withdrawn above them leaves a page that answers for it.
    The same notice with nothing under it but the site's chrome is the page's message."""
    links = {
        name: web.add(f"{name}.example", "/products/k200", body=_page(site, h1, main, lang))
        for name, (site, h1, main, lang) in ITEM_PAGES.items()
    }
    notice = "<p>Dieses Modell wurde eingestellt.</p>"
    links["gone-modell"] = web.add(
        "weg.example", "/produkte/psb", body=_page("Werkzeughaus", "PSB 500 RE", notice, "de")
    )
    said = _states(tmp_path, web, fast_settings, links)

    assert said.pop("gone-modell")[0] is LinkState.SOFT_DEAD
    assert {name for name, (state, _) in said.items() if state is not LinkState.ALIVE} == set(), (
        said
    )
