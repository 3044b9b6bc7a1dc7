"""The labelled set: one link per behaviour a link checker meets, with the truth for each.

Labels are DESIGN.md's link states plus ``transient`` (fails once, then works). A checker is
scored on "broken": ``dead`` and ``soft-dead`` are positives; ``alive``, ``moved``, ``blocked``
(exists but refuses robots: cannot verify, not dead) and ``transient`` are negatives.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.peers.sites import REFUSING, Reply, Site, html_page

POSITIVE = frozenset({"dead", "soft-dead"})
EVERYTHING = "www.everything-health.info"  # a catch-all site
HTML = (("Content-Type", "text/html; charset=utf-8"),)


@dataclass(frozen=True)
class Case:
    host: str
    path: str
    label: str
    behaviour: str

    def url(self, port: int) -> str:
        netloc = self.host if port == 80 else f"{self.host}:{port}"
        return f"http://{netloc}{self.path}"


def _page(title: str, what: str) -> Reply:
    return Reply(200, html_page(title, what))


def _redirect(code: int, location: str) -> Reply:
    return Reply(code, b"", (*HTML, ("Location", location)))


def _retry_after(code: int, then: Reply) -> Reply:
    first = Reply(code, html_page("Please retry", "Busy."), (*HTML, ("Retry-After", "1")))
    return Reply(then.status, then.body, then.headers, first=first)


_NOT_FOUND_200 = html_page("Page not found | Spine Care", "Sorry, we could not find that page.")
_CATCH_ALL = html_page(
    "Everything Health - your guide to wellbeing",
    "Browse our wellbeing guides, news and tools for a healthier life.",
)
_PARKED = (
    b"<!doctype html><html><head><title>backpain-resources.com</title>"
    b'<script src="https://www.sedoparking.com/frmpark/backpain-resources.com/park.js"></script>'
    b"</head><body><h1>backpain-resources.com</h1><p>This domain is for sale! Buy this domain "
    b"today.</p><p>Related searches: back pain, lumbar support, chiropractor</p></body></html>"
)
_LATIN1 = (
    "<!doctype html><html><head><meta charset=iso-8859-1><title>Rückenschmerzen: Ursachen und "
    "Behandlung</title><meta name=description content='Was hilft bei Rückenschmerzen? Übungen, "
    "Wärme und Geduld.'></head><body><h1>Rückenschmerzen</h1><p>Die Wirbelsäule trägt das "
    "Körpergewicht; Überlastung führt zu Schmerzen. Ärzte empfehlen Bewegung.</p></body></html>"
).encode("iso-8859-1")
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
    b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
_META_REFRESH = (
    b"<!doctype html><html><head><title>Sciatica guide</title>"
    b'<meta http-equiv="refresh" content="0; url=/guides/sciatica-2025"></head>'
    b'<body><p>This guide has moved to <a href="/guides/sciatica-2025">its new page</a>.'
    b"</p></body></html>"
)

SITES: list[Site] = [
    Site(
        "www.health-news.com",
        pages={
            "/articles/back-pain-basics": _page("Back pain basics", "What causes back pain."),
            "/articles/sciatica-explained": _page("Sciatica explained", "The sciatic nerve."),
            "/articles/posture-at-work": _page("Posture at work", "Desks and chairs."),
            "/articles/slow-but-fine": Reply(
                200, html_page("A slow page", "A healthy page that takes 6 s."), delay=6.0
            ),
            "/guides/sciatica": Reply(200, _META_REFRESH),
            "/guides/sciatica-2025": _page("Sciatica guide 2025", "The new sciatica guide."),
        },
    ),
    Site(
        "www.medinfo.org",
        pages={
            "/conditions/sciatica": Reply(
                200, html_page("Sciatica", "Pain along the sciatic nerve."), head_status=405
            ),
            "/conditions/lumbago": _page("Lumbago", "Low back pain, the old name."),
            "/conditions/old-page": Reply(404, html_page("Not Found", "No such page.")),
        },
    ),
    Site(
        "www.spine-care.co.uk",
        pages={
            "/": _page("Spine Care UK", "Spine clinics across the UK."),
            "/treatments/physiotherapy": _page("Physiotherapy", "Exercise-based treatment."),
            "/treatments/laser-discectomy": Reply(410, html_page("Gone", "Removed.")),
            "/treatments/old-leaflet": Reply(200, _NOT_FOUND_200),
            "/treatments/retired": _redirect(301, "/"),
            "/news/2019/clinic-opening": _redirect(302, "/"),
        },
    ),
    Site(
        "www.backpainfacts.net",
        pages={
            "/facts/exercise": _page("Exercise facts", "Exercise and back pain."),
            "/facts/server-error": Reply(500, html_page("Server error", "Broken.")),
            "/facts/bad-gateway": Reply(502, html_page("Bad gateway", "Broken.")),
            "/facts/unavailable": Reply(503, html_page("Unavailable", "Down for good.")),
        },
    ),
    Site(
        "www.physio-today.com",
        pages={
            "/blog/busy-503": _retry_after(503, _page("Core strength", "Core exercises.")),
            "/blog/busy-429": _retry_after(429, _page("Stretching", "Gentle stretches.")),
            "/blog/walking": _page("Walking helps", "Walking and back pain."),
        },
    ),
    Site(
        "www.orthoguide.org",
        pages={
            "/guide/hangs": Reply(action="hang", delay=40.0),
            "/guide/resets": Reply(action="reset"),
            "/guide/discs": _page("Spinal discs", "How discs work."),
        },
    ),
    Site("www.lumbar-clinic.net", address=REFUSING),
    Site(
        "www.nhs-pain.org.uk",
        pages={
            "/": _page("Pain services", "Pain services home."),
            "/moved-301": _redirect(301, "/conditions/back-pain"),
            "/moved-308": _redirect(308, "/conditions/leg-pain"),
            "/temp-302": _redirect(302, "/conditions/back-pain"),
            "/temp-307": _redirect(307, "/conditions/leg-pain"),
            "/chain/start": _redirect(301, "/chain/two"),
            "/chain/two": _redirect(302, "/chain/three"),
            "/chain/three": _redirect(301, "/conditions/neck-pain"),
            "/chain-dead/start": _redirect(301, "/chain-dead/two"),
            "/chain-dead/two": _redirect(302, "/chain-dead/gone"),
            "/loop/a": _redirect(302, "/loop/b"),
            "/loop/b": _redirect(302, "/loop/a"),
            "/conditions/back-pain": _page("Back pain - NHS", "Back pain care."),
            "/conditions/leg-pain": _page("Leg pain - NHS", "Leg pain care."),
            "/conditions/neck-pain": _page("Neck pain - NHS", "Neck pain care."),
        },
    ),
    Site(
        "www.painrelief-centre.com",
        pages={
            "/guide/back": _redirect(301, "http://www.neurospine-journal.com/guide/back"),
            "/guide/legs": _redirect(302, "http://www.neurospine-journal.com/guide/legs"),
        },
    ),
    Site(
        "www.neurospine-journal.com",
        pages={
            "/guide/back": _page("Back pain guide", "A journal's back pain guide."),
            "/guide/legs": _page("Leg pain guide", "A journal's leg pain guide."),
        },
    ),
    Site(
        "www.everything-health.info",
        pages={
            "/": Reply(200, _CATCH_ALL),
            "/topics/back-pain-exercises": _page(
                "Back pain exercises", "Ten exercises for a stronger back."
            ),
        },
        fallback=Reply(200, _CATCH_ALL),
    ),
    Site("www.backpain-resources.com", fallback=Reply(200, _PARKED)),
    Site(
        "www.spine-files.org",
        pages={
            "/files/huge.html": Reply(stream_bytes=30_000_000, action="stream"),
            "/files/bomb.html": Reply(action="gzip_bomb"),
            "/files/leaflet.pdf": Reply(200, _PDF, (("Content-Type", "application/pdf"),)),
        },
    ),
    Site(
        "www.gesundheit-ruecken.de",
        pages={
            "/ratgeber/rueckenschmerzen": Reply(
                200, _LATIN1, (("Content-Type", "text/html; charset=iso-8859-1"),)
            )
        },
    ),
    Site(
        "www.docs-portal.com",
        pages={
            "/members/forbidden": Reply(403, html_page("Access denied", "Bots not allowed.")),
            "/members/login": Reply(401, html_page("Sign in", "Members only.")),
            "/members/rate-limited": Reply(
                429, html_page("Slow down", "Too many."), (*HTML, ("Retry-After", "3600"))
            ),
        },
    ),
]

CASES: list[Case] = [
    Case("www.health-news.com", "/articles/back-pain-basics", "alive", "200 page"),
    Case("www.health-news.com", "/articles/sciatica-explained", "alive", "200 page"),
    Case("www.health-news.com", "/articles/posture-at-work", "alive", "200 page"),
    Case("www.health-news.com", "/articles/slow-but-fine", "alive", "slow healthy page (6 s)"),
    Case("www.health-news.com", "/guides/sciatica", "alive", "meta refresh to a live page"),
    Case("www.medinfo.org", "/conditions/sciatica", "alive", "405 to HEAD, 200 to GET"),
    Case("www.medinfo.org", "/conditions/lumbago", "alive", "200 page"),
    Case("www.medinfo.org", "/conditions/old-page", "dead", "404"),
    Case("www.medinfo.org", "/conditions/never-existed", "dead", "404 (unknown path)"),
    Case("www.spine-care.co.uk", "/treatments/physiotherapy", "alive", "200 page"),
    Case("www.spine-care.co.uk", "/treatments/laser-discectomy", "dead", "410"),
    Case("www.spine-care.co.uk", "/treatments/old-leaflet", "soft-dead", "200 'Page not found'"),
    Case("www.spine-care.co.uk", "/treatments/retired", "soft-dead", "301 to the home page"),
    Case("www.spine-care.co.uk", "/news/2019/clinic-opening", "soft-dead", "302 to the home page"),
    Case("www.backpainfacts.net", "/facts/exercise", "alive", "200 page"),
    Case("www.backpainfacts.net", "/facts/server-error", "dead", "persistent 500"),
    Case("www.backpainfacts.net", "/facts/bad-gateway", "dead", "persistent 502"),
    Case("www.backpainfacts.net", "/facts/unavailable", "dead", "persistent 503, no Retry-After"),
    Case("www.physio-today.com", "/blog/busy-503", "transient", "503 Retry-After: 1, then 200"),
    Case("www.physio-today.com", "/blog/busy-429", "transient", "429 Retry-After: 1, then 200"),
    Case("www.physio-today.com", "/blog/walking", "alive", "200 page"),
    Case("www.orthoguide.org", "/guide/hangs", "dead", "timeout (silent 40 s, then closed)"),
    Case("www.orthoguide.org", "/guide/resets", "dead", "connection reset"),
    Case("www.orthoguide.org", "/guide/discs", "alive", "200 page"),
    Case("www.lumbar-clinic.net", "/treatments", "dead", "connection refused"),
    Case("www.spinal-archive-2009.com", "/back-pain", "dead", "unknown host (DNS)"),
    Case("www.nhs-pain.org.uk", "/moved-301", "moved", "301 to a live page"),
    Case("www.nhs-pain.org.uk", "/moved-308", "moved", "308 to a live page"),
    Case("www.nhs-pain.org.uk", "/temp-302", "alive", "302 to a live page"),
    Case("www.nhs-pain.org.uk", "/temp-307", "alive", "307 to a live page"),
    Case("www.nhs-pain.org.uk", "/chain/start", "moved", "301-302-301 chain to a live page"),
    Case("www.nhs-pain.org.uk", "/chain-dead/start", "dead", "301-302 chain to a 404"),
    Case("www.nhs-pain.org.uk", "/loop/a", "dead", "redirect loop"),
    Case("www.nhs-pain.org.uk", "/conditions/back-pain", "alive", "200 page"),
    Case("www.painrelief-centre.com", "/guide/back", "moved", "301 offsite to a live page"),
    Case("www.painrelief-centre.com", "/guide/legs", "alive", "302 offsite to a live page"),
    Case(EVERYTHING, "/topics/back-pain-exercises", "alive", "real page, catch-all site"),
    Case(EVERYTHING, "/topics/sciatica-relief", "soft-dead", "catch-all site: any path, 200"),
    Case(EVERYTHING, "/archive/2018/lumbar-guide", "soft-dead", "catch-all site, deeper path"),
    Case("www.backpain-resources.com", "/guides/lower-back", "soft-dead", "parked domain"),
    Case("www.spine-files.org", "/files/huge.html", "alive", "30 MB body"),
    Case("www.spine-files.org", "/files/bomb.html", "alive", "gzip bomb (1 MB -> 1 GiB)"),
    Case("www.spine-files.org", "/files/leaflet.pdf", "alive", "PDF"),
    Case("www.gesundheit-ruecken.de", "/ratgeber/rueckenschmerzen", "alive", "ISO-8859-1 page"),
    Case("www.docs-portal.com", "/members/forbidden", "blocked", "403 to robots"),
    Case("www.docs-portal.com", "/members/login", "blocked", "401"),
    Case("www.docs-portal.com", "/members/rate-limited", "blocked", "429, Retry-After 1 h"),
    Case("www.neurospine-journal.com", "/guide/back", "alive", "200 page"),
    Case("www.nhs-pain.org.uk", "/conditions/leg-pain", "alive", "200 page"),
    Case("www.health-news.com", "/guides/sciatica-2025", "alive", "200 page"),
]
