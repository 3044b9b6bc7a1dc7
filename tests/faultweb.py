"""The worst of the web, served locally: one fault per host, for whole-pipeline tests.

Built on ``fixtureweb``: its misbehaving handlers (stalls, trickles, resets, raw responses,
endless bodies, gzip bombs) plus the faults below (broken headers, broken encodings, monstrous
pages, redirect mazes). ``plant(web, name)`` puts one fault on its own host and returns its URL;
``FAULTS`` names every fault ``plant`` knows.

The faults that need more than one server live here too: ``GuardedWeb`` is a "public" web on
127.0.0.2 (which a guarded fetcher is told to treat as public) beside a private one on
127.0.0.1, for redirects to private addresses and DNS answers that change between the check and
the fetch (``FlippingResolver``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from curator.fetch.client import Fetcher
from curator.fetch.guard import AddressGuard
from curator.fetch.resolve import Resolver, StaticResolver
from curator.settings import FetchSettings
from fixtureweb import (
    FixtureRequest,
    FixtureWeb,
    Handler,
    endless_chunked,
    gzip_bomb,
    gzip_bomb_bytes,
    html_page,
    raw_response,
    reset_mid_body,
    stall_after_headers,
    trickle,
)

PUBLIC_STAND_IN = "127.0.0.2"

# -- faults fixtureweb does not have ---------------------------------------------------------


def html_bytes(body: bytes, content_type: str = "text/html; charset=utf-8") -> Handler:
    """Exactly these bytes as the body, with this Content-Type (charset included or not)."""

    def handler(req: FixtureRequest) -> None:
        req.respond(200, body, {"Content-Type": content_type})

    return handler


def invalid_utf8_page() -> bytes:
    """Declared UTF-8 throughout, but full of bytes that are not UTF-8."""
    return (
        b"<!doctype html><html><head><meta charset='utf-8'>"
        b"<title>Caf\xe9 \xff\xfe broken \xc3\x28 bytes \xed\xa0\x80 surrogate</title></head>"
        b"<body><h1>Caf\xe9</h1>"
        + b"<p>Back pain \x80\x81\x82 and more.</p>" * 40
        + b"</body></html>"
    )


def trickle_headers(interval: float, lines: int = 10_000) -> Handler:
    """A status line, then header bytes one every ``interval`` seconds, never an end."""

    def handler(req: FixtureRequest) -> None:
        req.write(b"HTTP/1.1 200 OK\r\n")
        for _ in range(lines):
            for byte in b"X-Slow: a\r\n":
                req.write(bytes([byte]))
                if not req.wait(interval):
                    return

    return handler


def redirect_with_body(to: str, body: str, *, interval: float = 0.2) -> Handler:
    """A 302 to ``to`` whose own body is hostile: ``endless`` (chunked, never ends), ``bomb``
    (gzip inflating to 256 MiB) or ``trickle`` (a byte every ``interval`` seconds)."""

    def handler(req: FixtureRequest) -> None:
        if body == "bomb":
            req.respond(
                302, gzip_bomb_bytes(256 << 20), {"Location": to, "Content-Encoding": "gzip"}
            )
        elif body == "endless":
            req.send_head(302, {"Location": to, "Transfer-Encoding": "chunked"})
            frame = b"1000\r\n" + b"x" * 4096 + b"\r\n"
            while not req.web.stopping.is_set():
                req.write(frame)
        else:
            req.send_head(302, {"Location": to, "Content-Length": "100000"})
            for _ in range(100_000):
                req.write(b"x")
                if not req.wait(interval):
                    return

    return handler


def mixed_charset_page() -> bytes:
    """The header says Latin-1, the meta tag says UTF-8, the bytes are Windows-1252 and UTF-8."""
    utf8 = "Rückenschmerzen – Ursachen".encode()
    cp1252 = "“smart quotes” and € signs".encode("cp1252")
    return (
        b"<!doctype html><html><head><meta charset='utf-8'><title>"
        + utf8
        + b" "
        + cp1252
        + b"</title></head><body>"
        + b"<p>"
        + utf8
        + b" "
        + cp1252
        + b"</p>" * 30
        + b"</body></html>"
    )


def huge_title_page(size: int = 1 << 20) -> bytes:
    """A page whose <title> alone is ``size`` bytes."""
    return (
        f"<!doctype html><html><head><title>{'Back pain ' * (size // 10)}</title></head>".encode()
        + (b"<body><p>Short body.</p></body></html>")
    )


def many_links_page(links: int = 100_000) -> bytes:
    anchors = "".join(f'<a href="/l/{n}">{n}</a> ' for n in range(links))
    return html_page("A page of links", f"<main><p>Index.</p>{anchors}</main>").encode()


def redirect_chain(web: FixtureWeb, host: str, hops: int, *, status: int = 301) -> str:
    """``/hop/0`` -> ``/hop/1`` -> ... -> ``/hop/{hops}``, a real page; returns the first URL."""
    for n in range(hops):
        web.redirect(host, f"/hop/{n}", web.url(host, f"/hop/{n + 1}"), status=status)
    web.add(host, f"/hop/{hops}", body=html_page("The end of the chain", "<p>Arrived.</p>" * 30))
    return web.url(host, "/hop/0")


# -- planting --------------------------------------------------------------------------------

Planter = Callable[[FixtureWeb, str], str]


def _handler(handler: Handler) -> Planter:
    return lambda web, host: web.add(host, "/fault", handler=handler)


def _loop(web: FixtureWeb, host: str) -> str:
    web.redirect(host, "/a", web.url(host, "/b"))
    web.redirect(host, "/b", web.url(host, "/c"))
    return web.redirect(host, "/c", web.url(host, "/a"))


TOO_MANY_HEADERS = b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: v\r\n" % n for n in range(200))

FAULTS: dict[str, Planter] = {
    "stall-after-headers": _handler(stall_after_headers(30)),
    "trickle-1-byte-per-second": _handler(trickle(b"<p>" + b"x" * 200, interval=1.0)),
    "reset-mid-body": _handler(reset_mid_body()),
    "malformed-status-line": _handler(raw_response(b"SPDY/9 banana\r\n\r\n")),
    "status-line-only-garbage": _handler(raw_response(b"\x00\x01\x02\xff garbage\r\n\r\n")),
    "header-line-too-long": _handler(
        raw_response(b"HTTP/1.1 200 OK\r\nX-Long: " + b"X" * 70_000 + b"\r\n\r\n")
    ),
    "too-many-headers": _handler(raw_response(TOO_MANY_HEADERS + b"\r\n")),
    "header-without-colon": _handler(
        raw_response(
            b"HTTP/1.1 200 OK\r\nContent-Type text/html\r\nContent-Length: 20\r\n\r\n"
            b"<p>headless body</p>"
        )
    ),
    "endless-chunked-body": _handler(endless_chunked()),
    "gzip-bomb": _handler(gzip_bomb(256 << 20)),
    "invalid-utf8": _handler(html_bytes(invalid_utf8_page())),
    "mixed-charsets": _handler(
        html_bytes(mixed_charset_page(), content_type="text/html; charset=iso-8859-1")
    ),
    "megabyte-title": _handler(html_bytes(huge_title_page())),
    "hundred-thousand-links": _handler(html_bytes(many_links_page())),
    "redirect-loop": _loop,
    "long-redirect-chain": lambda web, host: redirect_chain(web, host, 30),
    "short-redirect-chain": lambda web, host: redirect_chain(web, host, 8),
}


def plant(web: FixtureWeb, name: str) -> str:
    """Serve the fault ``name`` on a host of its own; returns the URL that meets it."""
    return FAULTS[name](web, f"{name}.fault.example")


def healthy(web: FixtureWeb, count: int = 4) -> list[str]:
    """``count`` ordinary article pages on hosts of their own: a route's well-behaved sources."""
    return [
        web.add(
            f"ok{n}.example.org",
            "/article",
            body=html_page(f"Article {n}", "<p>Back pain is common and treatable.</p>" * 30),
        )
        for n in range(count)
    ]


# -- private addresses and DNS that changes its mind -----------------------------------------


class FlippingResolver:
    """Answers from ``first`` for the first ``times`` lookups of each name, then from ``then``:
    a DNS answer that changes between the check and the fetch (DNS rebinding)."""

    def __init__(self, first: StaticResolver, then: StaticResolver, times: int = 1) -> None:
        self.first, self.then, self.times = first, then, times
        self.lookups: dict[str, int] = {}
        self._lock = threading.Lock()

    def resolve(self, host: str, port: int) -> list[str]:
        with self._lock:
            seen = self.lookups.get(host.lower(), 0)
            self.lookups[host.lower()] = seen + 1
        source = self.first if seen < self.times else self.then
        return source.resolve(host, port)


@dataclass
class GuardedWeb:
    """A "public" web on 127.0.0.2 and a private one on 127.0.0.1 (same port), and a fetcher
    whose guard refuses everything private but treats 127.0.0.2 as the public internet."""

    public: FixtureWeb
    private: FixtureWeb

    def fetcher(self, settings: FetchSettings, resolver: Resolver | None = None) -> Fetcher:
        guard = AddressGuard(allow_private=False, treat_as_public=[PUBLIC_STAND_IN])
        guarded = settings.model_copy(update={"allow_private_networks": False})
        return Fetcher(guarded, resolver or self.public.resolver, guard=guard)

    def redirect_to_private(self) -> str:
        """A public page that redirects to a name resolving to the private server."""
        self.private.add("metadata.internal", "/latest", body="credentials")
        self.public.resolver.add("metadata.internal", "127.0.0.1")
        target = f"http://metadata.internal:{self.private.port}/latest"
        return self.public.redirect("www.who-redirects.example", "/go", to=target, status=302)

    def rebinding(self) -> tuple[str, FlippingResolver]:
        """A name that resolves public for robots.txt (the check) and private for the page
        (the fetch); robots.txt closes its connection so the page needs a new one."""
        host = "rebind.example"
        self.public.add(host, "/robots.txt", status=404, headers={"Connection": "close"})
        self.public.add(host, "/page", body=html_page("Public page"))
        self.private.add(host, "/page", body=html_page("Private page"))
        after = StaticResolver({host: "127.0.0.1"}, fallback=self.public.resolver)
        return self.public.url(host, "/page"), FlippingResolver(self.public.resolver, after)


@contextmanager
def guarded_web() -> Iterator[GuardedWeb]:
    with FixtureWeb(bind=PUBLIC_STAND_IN) as public, FixtureWeb(port=public.port) as private:
        yield GuardedWeb(public, private)
