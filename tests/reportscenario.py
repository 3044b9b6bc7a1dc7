"""A small decaying web and its routes, checked by the real pipeline into a real SQLite store.

Report tests (dashboard, digest, JUnit, ``curator report``, the browser test) share it so they
all look at reports the pipeline really produced:

- ``back-pain``: five live sources; source 1's page has a hostile title and description;
- ``leg-pain``: source 3 answers 404 (confirmed after two failing runs an hour or more apart);
- ``sciatica``: source 2 is fine until ``move()`` makes it a 301 to a new address;
- ``neck-pain``: source 4 is a "page not found" that answers 200 (soft-dead);
- ``arthritis``: source 5 refuses automated checks (403, blocked).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from curator.catalog import load_catalog
from curator.fetch.client import Fetcher
from curator.pipeline import RouteListener, RunRequest, run_check
from curator.report.model import Report
from curator.settings import FetchSettings, HistorySettings, Settings
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb
from routefiles import write_route

T0 = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
HOSTILE_TITLE = "<script>alert(1)</script> Back pain & you"
HOSTILE_DESCRIPTION = '"><img src=x onerror=alert(2)> All about backs'
ROUTE_TITLES = {
    "back-pain": "Back Pain",
    "leg-pain": "Leg Pain",
    "sciatica": "Sciatica",
    "neck-pain": "Neck Pain",
    "arthritis": "Arthritis",
}
# Route files say "What source N says about the subject."; the pages support that blurb.
_TEXT = (
    "<p>What this source says about the subject: pain in the back and legs is common.</p>"
    + "<p>Most of it gets better with movement, rest and time.</p>" * 12
)


def article(title: str, description: str = "A page about pain.") -> str:
    from html import escape

    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title>"
        f"<meta name='description' content='{escape(description, quote=True)}'>"
        f"</head><body><main><h1>{escape(title)}</h1>{_TEXT}</main></body></html>"
    )


class ReportScenario:
    def __init__(self, web: FixtureWeb, root: Path, fetch: FetchSettings) -> None:
        self.web = web
        self.root = root
        self.routes_dir = root / "routes"
        self.store_path = root / "state.sqlite"
        self.settings = Settings(
            fetch=fetch, history=HistorySettings(confirm_runs=2, confirm_hours=1)
        )
        self.urls: dict[str, list[str]] = {}
        for slug, title in ROUTE_TITLES.items():
            urls = []
            for rank in range(1, 6):
                host = f"www.{slug}-{rank}.example"
                path = f"/topics/{slug}"
                urls.append(web.add(host, path, body=article(f"{title} at source {rank}")))
            self.urls[slug] = urls
            write_route(self.routes_dir, slug, urls, title=title)
        web.add(
            "www.back-pain-1.example",
            "/topics/back-pain",
            body=article(HOSTILE_TITLE, HOSTILE_DESCRIPTION),
        )
        web.add("www.leg-pain-3.example", "/topics/leg-pain", status=404, body="<h1>Gone</h1>")
        web.add(
            "www.neck-pain-4.example",
            "/topics/neck-pain",
            body=article("Page Not Found | Neck Clinic", "Sorry, we could not find that page."),
        )
        web.add("www.arthritis-5.example", "/topics/arthritis", status=403, body="Forbidden")
        self.moved_to = web.url("www.sciatica-2.example", "/conditions/sciatica")

    def move(self) -> None:
        """Sciatica's source 2 moves permanently to a new address."""
        web = self.web
        web.add("www.sciatica-2.example", "/conditions/sciatica", body=article("Sciatica, moved"))
        web.redirect("www.sciatica-2.example", "/topics/sciatica", to=self.moved_to, status=301)

    def revive(self) -> None:
        """Leg pain's dead source 3 answers again."""
        self.web.add("www.leg-pain-3.example", "/topics/leg-pain", body=article("Leg pain is back"))

    def run(
        self,
        hours: float = 0.0,
        live: frozenset[str] | None = None,
        on_route: RouteListener | None = None,
    ) -> Report:
        """One full pipeline run at ``T0 + hours``, recorded in the scenario's store."""
        moment = T0 + timedelta(hours=hours)
        catalog = load_catalog(self.routes_dir)
        assert not catalog.problems, catalog.problems
        request = RunRequest(
            routes=list(catalog.routes.values()), known_slugs=frozenset(catalog.routes), live=live
        )
        with (
            SqliteStore(self.store_path) as store,
            Fetcher(
                self.settings.fetch, resolver=self.web.resolver, ca_bundle=self.web.ca_bundle
            ) as fetcher,
        ):
            return run_check(
                request, self.settings, fetcher, store, clock=lambda: moment, on_route=on_route
            )
