"""One varied set of routes on the fixture web, for comparing executors: whatever runs the
work, a run of these routes must judge every source the same way."""

from __future__ import annotations

from pathlib import Path

from curator.report.model import Report
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

ARTICLE = "<p>Low back pain is a leading cause of disability around the world.</p>" * 20


def article(title: str) -> str:
    return html_page(title=title, body=f"<main><h1>{title}</h1>{ARTICLE}</main>")


def build(web: FixtureWeb, routes_dir: Path, extra_hosts: int = 0, per_host: int = 5) -> None:
    """Fifteen sources covering every state, plus ``extra_hosts`` x ``per_host`` alive pages."""
    home = web.add("www.healthlinkbc.ca", "/", body=article("HealthLink BC"))
    web.redirect("www.healthlinkbc.ca", "/conditions/back", home, status=302)
    web.add("www.nhs.uk", "/health/back-pain/", body=article("Back pain - NHS"))
    web.add("www.mayoclinic.org", "/robots.txt", body="User-agent: *\nDisallow: /private/\n")
    target = web.add("www.arthritis.org", "/diseases/ra", body=article("Rheumatoid arthritis"))
    web.fallback("www.catchall.org", body=html_page("Health site", "<p>Looked everywhere.</p>"))
    first = [
        web.add("www.who.int", "/fact-sheets/low-back-pain", body=article("Low back pain")),
        web.redirect("www.nhs.uk", "/conditions/back", web.url("www.nhs.uk", "/health/back-pain/")),
        web.add("www.webmd.com", "/back-pain/guide", status=404, body="<h1>Not here</h1>"),
        web.add("www.spine-health.com", "/leg-pain", status=403, body="Forbidden"),
        web.add("www.aans.org", "/patients/lbp", body=html_page(title="Page Not Found | AANS")),
    ]  # fmt: skip
    second = [
        web.url("www.healthlinkbc.ca", "/conditions/back"),
        web.add("parked-spine.com", "/leg.html",
                body=html_page("parked-spine.com", "<p>This domain is for sale!</p>")),
        web.url("www.catchall.org", "/topics/back"),
        web.add("www.mayoclinic.org", "/private/back-pain", body=article("Back pain")),
        web.redirect("arthritis-foundation.net", "/ra", target, status=301),
    ]  # fmt: skip
    third = [
        web.add("www.niams.nih.gov", "/health-topics/back-pain", body=article("Back Pain")),
        web.add("www.niams.nih.gov", "/health-topics/arthritis", body=article("Arthritis")),
        web.add("medlineplus.gov", "/backpain.html", body=article("Back Pain | MedlinePlus")),
        web.add("www.gone.org", "/page", status=410),
        first[0],  # cited twice, fetched once
    ]
    write_route(routes_dir, "lower-back", first)
    write_route(routes_dir, "leg-pain", second)
    write_route(routes_dir, "arthritis", third)
    for h in range(extra_hosts):
        urls = [
            web.add(f"www.site{h}-health.org", f"/page/{p}", body=article(f"Site {h} page {p}"))
            for p in range(per_host)
        ]
        for start in range(0, len(urls) - len(urls) % 5, 5):
            write_route(routes_dir, f"site{h}-{start}", urls[start : start + 5])


def judged(report: Report) -> dict[str, tuple[object, ...]]:
    """What a report says of each source URL, minus timings: the thing executors must agree on."""
    return {
        s.url: (s.state, s.http_status, s.final_url, s.title, s.description, tuple(s.flags),
                s.error.kind if s.error else None)
        for route in report.routes
        for s in route.sources
    }  # fmt: skip
