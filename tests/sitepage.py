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
