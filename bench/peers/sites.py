"""What the fixture web serves, as plain data the server process receives once.

A ``Site`` is one virtual host (chosen by the Host header). Its pages are ``Reply`` values keyed
by path; a ``PerfSpec`` generates thousands of article pages on the fly instead, so the
performance workload does not have to ship 20,000 replies to the server process.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from html import escape

from bench.peers import realpages

LOOPBACK = "127.0.0.1"
# Nothing listens here, on any port: a host pointed at it is "connection refused".
REFUSING = "127.0.0.2"


@dataclass(frozen=True)
class Reply:
    """What the server does for one request.

    ``action`` is ``respond`` (status, headers, body), ``hang`` (say nothing for ``delay``
    seconds, then close), ``reset`` (read the request, answer with a TCP RST), ``stream``
    (``stream_bytes`` of HTML, sent in chunks) or ``gzip_bomb`` (a small gzip body that inflates
    to a gigabyte). ``head_status`` answers HEAD requests differently (405 to HEAD); ``first``
    is served to each client's first request only (503/429 with Retry-After, then this reply).
    """

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)
    action: str = "respond"
    delay: float = 0.0
    head_status: int | None = None
    first: Reply | None = None
    stream_bytes: int = 0


@dataclass(frozen=True)
class PerfSpec:
    """Articles ``/articles/<n>.html`` for n < count, each answering after a latency drawn
    (deterministically, from the path) between ``latency_min`` and ``latency_max`` seconds.

    With ``slugs``, articles live at ``/p/<n // 100>/<n>/<any slug>`` instead, as on many news
    and forum sites: the server finds article n by its number and ignores the slug (the page
    names its real address in a canonical link); an unknown number is a 404.

    With ``real`` (``dated`` or ``news``), articles are real captured pages at real URL shapes
    (see ``bench.peers.realpages``); ``validators`` False makes them send no ETag or
    Last-Modified, as many servers do, so a checker can only compare the bodies it fetches.
    """

    count: int
    latency_min: float = 0.020
    latency_max: float = 0.080
    slugs: bool = False
    real: str = ""
    validators: bool = True

    def path(self, number: int) -> str:
        """The path a citation uses for article ``number``."""
        if self.real:
            return realpages.path(self.real, number)
        if self.slugs:
            return f"/p/{number // 100}/{number}/back-pain-story-{number}"
        return f"/articles/{number}.html"

    def number(self, path: str) -> int | None:
        """The article a path asks for (its slug ignored), or None."""
        if self.real:
            return realpages.number(self.real, path)
        if self.slugs:
            parts = path.split("/")
            ok = len(parts) == 5 and parts[1] == "p" and parts[3].isdigit()
            return int(parts[3]) if ok else None
        number = path.removeprefix("/articles/").removesuffix(".html")
        return int(number) if number.isdigit() else None

    def latency(self, host: str, path: str) -> float:
        """Seconds this page takes to answer; the same on every run and for every tool."""
        digest = hashlib.blake2b(f"{host}{path}".encode(), digest_size=4).digest()
        fraction = int.from_bytes(digest, "big") / 2**32
        return self.latency_min + (self.latency_max - self.latency_min) * fraction


@dataclass(frozen=True)
class Site:
    host: str
    address: str = LOOPBACK
    pages: dict[str, Reply] = field(default_factory=dict)
    fallback: Reply | None = None  # unknown paths; None = a plain 404 page
    perf: PerfSpec | None = None


def html_page(title: str, description: str, paragraphs: int = 6, extra_head: str = "") -> bytes:
    """A plausible article: title, meta description, a heading and some paragraphs."""
    text = escape(description)
    para = (
        f"<p>{text} Clinicians describe the causes, the usual course and the treatments "
        "that evidence supports, and when to seek help.</p>\n"
    )
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>\n"
        f"<title>{escape(title)}</title>\n"
        f'<meta name="description" content="{text}">\n'
        f'<meta property="og:title" content="{escape(title)}">\n'
        f"{extra_head}</head>\n<body><header><a href=/>Home</a></header>\n"
        f"<main><article><h1>{escape(title)}</h1>\n{para * paragraphs}</article></main>\n"
        "<footer>© Health publisher</footer></body></html>\n"
    ).encode()


def link_list_page(title: str, urls: list[str]) -> bytes:
    """The page the peers crawl: one anchor per link, nothing else."""
    items = "\n".join(f'<li><a href="{escape(u)}">{escape(u)}</a></li>' for u in urls)
    return (
        f"<!doctype html>\n<html><head><meta charset=utf-8><title>{escape(title)}</title></head>"
        f"<body><ul>\n{items}\n</ul></body></html>\n"
    ).encode()
