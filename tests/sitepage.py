"""A site's page for soft-dead tests: the template (logo, menu, breadcrumbs, aside, footer) a
real site wraps every page in, so a sign is read against chrome and not against a bare body,
and one route's sources checked through a real run, read back in the route's order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

_HTML = {"Content-Type": "text/html; charset=utf-8"}

PROSE = (
    "<p>Most of us know we should go to bed earlier, and fewer of us know why the hour before "
    "sleep matters so much to how rested we feel the next morning at work.</p>"
)


def site_page(site: str, main: str, title: str | None = None, lang: str = "en") -> str:
    """A page of a site's template: its name in the logo, breadcrumbs and footer."""
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(20))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{title or site}</title></head><body><header><a href='/'>{site}</a>"
        f"<ul>{menu}</ul></header><div class='crumbs'><a href='/'>Home</a> › {site}</div>"
        f"<main>{main}</main><aside><ul>{menu}</ul></aside>"
        f"<footer>{menu}<p>© 2026 {site}</p></footer></body></html>"
    )


SHOP_SECTIONS = ("Shop", "Journal", "Events", "About")


def shop_page(site: str, main: str, title: str | None = None, lang: str = "en") -> str:
    """A shop-like template: header, menus and footer in full, ``main`` in its main area."""
    menu = "".join(f"<li><a href='/{name.lower()}/'>{name}</a></li>" for name in SHOP_SECTIONS)
    footer = "".join(
        f"<li><a href='/{name.lower()}/{n}'>{name} notes {n}</a></li>"
        for name in SHOP_SECTIONS
        for n in range(1, 4)
    )
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{title or site}</title></head>"
        f"<body><header><a class='logo' href='/'>{site}</a><nav><ul>{menu}</ul></nav></header>"
        f"<main class='content'>{main}</main>"
        f"<footer><ul>{footer}</ul><p>{site} sells and repairs what it makes, in a small "
        f"workshop by the harbour. Write to us or call in during opening hours.</p>"
        f"<p>© 2026 {site}</p></footer></body></html>"
    )


def route_states(
    tmp_path: Path,
    web: FixtureWeb,
    fast: Callable[..., FetchSettings],
    urls: list[str],
    route: str = "signs",
) -> list[tuple[LinkState, str]]:
    """Each URL's state and reason, checked as one route's sources, in the order given."""
    write_route(tmp_path / "routes", route, urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    return [
        (sources[f"Source {n}"].state, sources[f"Source {n}"].reason)
        for n in range(1, len(urls) + 1)
    ]


def states_by_name(
    tmp_path: Path,
    web: FixtureWeb,
    fast: Callable[..., FetchSettings],
    links: dict[str, str],
    route: str = "signs",
) -> dict[str, tuple[LinkState, str]]:
    """Each named link's state and reason, judged five to a route as a catalog holds them (the
    last route filled with live articles on hosts of their own)."""
    names, urls = list(links), list(links.values())
    while len(urls) % 5:
        filler = site_page("Pad", PROSE * 3, "An article | Pad")
        urls.append(web.add(f"pad{len(urls)}.example", "/a/1", body=filler, headers=_HTML))
    states: dict[str, tuple[LinkState, str]] = {}
    for at in range(0, len(urls), 5):
        judged = route_states(tmp_path / f"r{at}", web, fast, urls[at : at + 5], f"{route}-{at}")
        states.update(zip(names[at : at + 5], judged, strict=False))
    return states


def states_of_pages(
    tmp_path: Path,
    web: FixtureWeb,
    fast: Callable[..., FetchSettings],
    pages: dict[str, tuple[str, str, str]],
    route: str = "signs",
) -> dict[str, tuple[LinkState, str]]:
    """Each named page (host, path, HTML body) served on its own host, whose other paths answer
    an honest 404, judged as ``states_by_name`` judges links."""
    links = {
        name: web.add(host, path, body=body, headers=_HTML)
        for name, (host, path, body) in pages.items()
    }
    return states_by_name(tmp_path, web, fast, links, route)
