"""A blind set of HTTP-level behaviours, each labelled with the link state an editor wants.

Written from DESIGN.md ("Link state", "Flags", "Defaults that protect people") and from how real
servers, CDNs and bot walls answer, without reading curator's classify/ or fetch/ code or the
team's own labelled web: its worth is that nobody tuned the rules to it. Each behaviour serves
one link on its own host (so robots.txt, per-host learning and made-up-URL probes of one case
never touch another) and says what it expects: the state, and where DESIGN defines them the
``offsite-redirect`` / ``insecure`` flags and a moved link's new address. ``judgement`` marks a
label DESIGN does not spell out, written as a careful editor would want it.

Left out on purpose (an editor could argue either way, or the local web cannot show it):
408 Request Timeout (a transient server complaint: neither gone nor refusing), 405 to GET, a 503
whose Retry-After is longer than anyone waits (maintenance or dead?), chunked framing errors and
a Content-Length longer than the body (browsers show what arrived; is that the page?), a login
wall (private or gone?), mixed 301/302 chains, brotli bodies (no brotli encoder installed here),
and ``unknown`` (it needs the checker itself offline, which would void every other case).

The runner is ``bench/behaviours.py``; ``Webs`` below is the local web the set is served on.
"""

from __future__ import annotations

import gzip
import socket
import ssl
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import trustme

from curator.fetch.resolve import StaticResolver
from fixtureweb import (
    FixtureRequest,
    FixtureWeb,
    Handler,
    html_page,
    raw_response,
    reset_mid_body,
    stall_after_headers,
    stall_before_headers,
    trickle,
)

# Longer than the runner's read (2 s) and total (5 s) timeouts, so a stall is a stall.
STALL = 9.0


class ExpiredWeb(FixtureWeb):
    """HTTPS whose certificates, from the trusted test CA, expired yesterday."""

    def __init__(self, ca: trustme.CA) -> None:
        self._shared_ca = ca
        super().__init__(tls=True)

    def _setup_tls(self) -> None:
        super()._setup_tls()
        self.ca = self._shared_ca
        self._contexts.clear()
        self._tls = self._context_for("localhost")
        self._tls.sni_callback = self._pick_certificate

    def _context_for(self, name: str) -> ssl.SSLContext:
        with self._lock:
            context = self._contexts.get(name)
            if context is None:
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                now = datetime.now(UTC)
                self.ca.issue_cert(
                    name, not_before=now - timedelta(days=400), not_after=now - timedelta(days=1)
                ).configure_cert(context)
                self._contexts[name] = context
            return context


class Webs:
    """The local web the set is served on: plain HTTP, HTTPS from a CA the checker trusts, HTTPS
    from one it does not (a self-signed site as a browser sees it), HTTPS with expired
    certificates, one resolver for all of them, and a port nothing listens on."""

    def __init__(self) -> None:
        self.resolver = StaticResolver({})
        self.http = FixtureWeb()
        self.tls = FixtureWeb(tls=True)
        self.untrusted = FixtureWeb(tls=True)
        self.expired = ExpiredWeb(self.tls.ca)
        for web in self.all:
            web.resolver = self.resolver
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.closed_port = probe.getsockname()[1]

    @property
    def all(self) -> tuple[FixtureWeb, ...]:
        return (self.http, self.tls, self.untrusted, self.expired)

    @property
    def ca_bundle(self) -> str:
        assert self.tls.ca_bundle is not None
        return self.tls.ca_bundle

    def __enter__(self) -> Webs:
        for web in self.all:
            web.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for web in self.all:
            web.stop()


@dataclass(frozen=True)
class Link:
    url: str
    final: str | None = None  # the new address a moved link must report


Build = Callable[[Webs, str], Link]


@dataclass(frozen=True)
class Behaviour:
    id: str
    family: str
    state: str
    note: str
    build: Build
    flags: Mapping[str, bool] = field(default_factory=dict)  # flag -> must be present / absent
    judgement: bool = False

    @property
    def host(self) -> str:
        return f"www.{self.id}.org"


# -- pages ------------------------------------------------------------------------------------

WORDS = (
    "Clinicians describe how the condition develops, which symptoms deserve attention, how it is "
    "diagnosed with a physical examination and imaging, and which treatments have evidence behind "
    "them, from physiotherapy and exercise to medication and, rarely, surgery. The article closes "
    "with advice on when to see a doctor and how to prepare questions for the appointment."
)


def article(topic: str) -> str:
    """A real-looking article page whose words are its own (so no two cases look alike)."""
    paragraphs = "".join(
        f"<p>{topic}: {WORDS} Section {n} of the guide on {topic.lower()}.</p>" for n in range(4)
    )
    return html_page(
        title=f"{topic} | Health Guide",
        body=f"<main><article>{paragraphs}</article></main>",
        head=f"<meta name='description' content='A guide to {topic.lower()}.'>",
    )


def home(site: str) -> str:
    return html_page(
        title=f"{site} - Home",
        body="<nav><a href='/news'>News</a> <a href='/guides'>Guides</a></nav>"
        f"<main><p>Welcome to {site}. Browse our guides, news and services.</p></main>",
    )


def topic_of(bid: str) -> str:
    return bid.replace("-", " ").capitalize()


# -- builders ---------------------------------------------------------------------------------


def page(status: int = 200, headers: Mapping[str, str] | None = None, web: str = "http") -> Build:
    def build(webs: Webs, host: str) -> Link:
        site: FixtureWeb = getattr(webs, web)
        body = article(topic_of(host.split(".")[1])) if status != 204 else ""
        return Link(site.add(host, "/guide/page", status=status, body=body, headers=headers))

    return build


def error(status: int, body: str | None = None, headers: Mapping[str, str] | None = None) -> Build:
    def build(webs: Webs, host: str) -> Link:
        text = body if body is not None else html_page(f"{status} Error", f"<p>Error {status}.</p>")
        return Link(webs.http.add(host, "/guide/page", status=status, body=text, headers=headers))

    return build


def chain(*statuses: int, end: int = 200, relative: bool = False, web: str = "http") -> Build:
    """A redirect chain of ``statuses`` ending at a page answering ``end``."""

    def build(webs: Webs, host: str) -> Link:
        site: FixtureWeb = getattr(webs, web)
        paths = [f"/hop{n}" for n in range(len(statuses))] + ["/final/page"]
        for n, status in enumerate(statuses):
            target = paths[n + 1] if relative else site.url(host, paths[n + 1])
            site.redirect(host, paths[n], target, status=status)
        body = (
            article(topic_of(host.split(".")[1]))
            if end == 200
            else html_page(f"{end}", f"<p>Error {end}</p>")
        )
        final = site.add(host, paths[-1], status=end, body=body)
        site.add(host, "/", body=home(host))
        return Link(site.url(host, paths[0]), final)

    return build


def redirect_to(make_target: Callable[[Webs, str], str], status: int = 301) -> Build:
    def build(webs: Webs, host: str) -> Link:
        target = make_target(webs, host)
        return Link(webs.http.redirect(host, "/guide/page", target, status=status), target)

    return build


def handled(handler: Callable[[], Handler], web: str = "http", path: str = "/guide/page") -> Build:
    def build(webs: Webs, host: str) -> Link:
        site: FixtureWeb = getattr(webs, web)
        site.add(host, "/", body=home(host))
        return Link(site.add(host, path, handler=handler()))

    return build


def sequence(*answers: tuple[int, Mapping[str, str]]) -> Callable[[], Handler]:
    """Answer the n-th request with the n-th (status, headers); the last one from then on."""

    def make() -> Handler:
        count = [0]

        def handler(req: FixtureRequest) -> None:
            status, headers = answers[min(count[0], len(answers) - 1)]
            count[0] += 1
            body = (
                article(topic_of(req.vhost.split(".")[1]))
                if status == 200
                else html_page("Service Unavailable", "<p>Try again later.</p>")
            )
            req.respond(status, body, headers)

        return handler

    return make


def by_method(head_status: int) -> Callable[[], Handler]:
    """HEAD answers ``head_status`` with no body; GET answers the page."""

    def make() -> Handler:
        def handler(req: FixtureRequest) -> None:
            if req.command == "HEAD":
                req.send_head(head_status, {"Content-Length": "0"})
                return
            req.respond(200, article(topic_of(req.vhost.split(".")[1])))

        return handler

    return make


def encoded(encoding: str, broken: bool = False) -> Callable[[], Handler]:
    def make() -> Handler:
        def handler(req: FixtureRequest) -> None:
            raw = article(topic_of(req.vhost.split(".")[1])).encode()
            if broken:
                data = raw  # says gzip, is not
            elif encoding == "gzip":
                data = gzip.compress(raw)
            elif encoding == "deflate":
                data = zlib.compress(raw)
            else:  # raw deflate, no zlib wrapper: what some IIS versions send as "deflate"
                packer = zlib.compressobj(wbits=-15)
                data = packer.compress(raw) + packer.flush()
                encoding_name = "deflate"
                req.respond(200, data, {"Content-Encoding": encoding_name})
                return
            req.respond(200, data, {"Content-Encoding": encoding})

        return handler

    return make


def bytes_page(
    data: Callable[[str], bytes], content_type: str, extra: Mapping[str, str] | None = None
) -> Callable[[], Handler]:
    def make() -> Handler:
        def handler(req: FixtureRequest) -> None:
            req.respond(200, data(req.vhost), {"Content-Type": content_type, **(extra or {})})

        return handler

    return make


def wall(status: int, body: str, headers: Mapping[str, str] | None = None) -> Build:
    """A bot wall: every path answers the same (as CDNs do), the home page included."""

    def build(webs: Webs, host: str) -> Link:
        webs.http.fallback(host, status=status, body=body)
        # CDNs serve robots.txt from the origin; a walled robots.txt would test robots instead
        webs.http.add(host, "/robots.txt", status=404, body="")
        # fallback takes no headers: serve the link itself with them
        return Link(webs.http.add(host, "/guide/page", status=status, body=body, headers=headers))

    return build


def robots(
    rules: str | None = None, handler: Callable[[], Handler] | None = None, status: int = 200
) -> Build:
    def build(webs: Webs, host: str) -> Link:
        if handler is not None:
            webs.http.add(host, "/robots.txt", handler=handler())
        else:
            webs.http.add(
                host,
                "/robots.txt",
                status=status,
                body=rules or "",
                headers={"Content-Type": "text/plain"},
            )
        webs.http.add(host, "/", body=home(host))
        return Link(webs.http.add(host, "/guide/page", body=article(topic_of(host.split(".")[1]))))

    return build


# -- the handlers of misbehaving servers --------------------------------------------------------


def whole_range() -> Handler:
    """206 with the whole page and a Content-Range saying so, to a GET that asked no range."""

    def handler(req: FixtureRequest) -> None:
        data = article(topic_of(req.vhost.split(".")[1])).encode()
        span = f"bytes 0-{len(data) - 1}/{len(data)}"
        req.respond(206, data, {"Content-Range": span})

    return handler


def empty_reply() -> Handler:
    def handler(req: FixtureRequest) -> None:
        req.close_connection = True

    return handler


def reset_at_once() -> Handler:
    def handler(req: FixtureRequest) -> None:
        req.reset()

    return handler


def short_length() -> Handler:
    """Content-Length smaller than the page: the head and title arrive whole."""

    def handler(req: FixtureRequest) -> None:
        data = article(topic_of(req.vhost.split(".")[1])).encode()
        req.send_head(200, {"Content-Length": str(len(data) // 2)})
        req.write(data)
        req.close_connection = True

    return handler


def cookie_bounce() -> Handler:
    """A consent check: without the cookie, set it and redirect to the same URL."""

    def handler(req: FixtureRequest) -> None:
        if "consent=1" in (req.headers.get("Cookie") or ""):
            req.respond(200, article(topic_of(req.vhost.split(".")[1])))
        else:
            req.respond(302, b"", {"Location": req.path, "Set-Cookie": "consent=1; Path=/"})

    return handler


def exact_query(wanted: str) -> Callable[[], Handler]:
    def make() -> Handler:
        def handler(req: FixtureRequest) -> None:
            if req.path == wanted:
                req.respond(200, article(topic_of(req.vhost.split(".")[1])))
            else:
                req.respond(404, html_page("Not Found", "<p>No such page.</p>"))

        return handler

    return make


def big_page(size: int) -> Callable[[], Handler]:
    def make() -> Handler:
        def handler(req: FixtureRequest) -> None:
            head = article(topic_of(req.vhost.split(".")[1])).replace("</body></html>", "")
            filler = b"<p>" + b"More of the long report, table after table. " * 100 + b"</p>"
            data = head.encode() + filler * (size // len(filler)) + b"</body></html>"
            req.respond(200, data)

        return handler

    return make


def raw_location(location: bytes) -> Callable[[], Handler]:
    def make() -> Handler:
        def handler(req: FixtureRequest) -> None:
            req.write(
                b"HTTP/1.1 301 Moved Permanently\r\nLocation: "
                + location
                + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )

        return handler

    return make


# -- bodies of bot walls, as the CDNs send them ------------------------------------------------

CLOUDFLARE_CHALLENGE = (
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title>"
    "<meta http-equiv='Content-Type' content='text/html; charset=UTF-8'>"
    "<meta name='robots' content='noindex,nofollow'></head><body><div class='main-wrapper' "
    "role='main'><div class='main-content'><noscript><div class='h2'><span id='challenge-error-"
    "text'>Enable JavaScript and cookies to continue</span></div></noscript></div></div>"
    "<script>(function(){window._cf_chl_opt={cvId: '3',cZone: 'www.example.org',cType: "
    "'managed'};}());</script></body></html>"
)
CLOUDFLARE_HEADERS = {"cf-mitigated": "challenge", "Server": "cloudflare", "CF-RAY": "8f1a2b3c4d"}
CLOUDFLARE_1020 = (
    "<!DOCTYPE html><html><head><title>Access denied | www.example.org used Cloudflare to restrict"
    " access</title></head><body><div id='cf-wrapper'><h1><span>Error</span><span>1020</span>"
    "</h1><h2>Access denied</h2><p>The site owner may have set restrictions that prevent you from"
    " accessing the site.</p><p>Cloudflare Ray ID: 8f1a2b3c4d5e6f70</p></div></body></html>"
)
AKAMAI = (
    "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \n"
    "You don't have permission to access \"http&#58;&#47;&#47;www&#46;example&#46;org&#47;guide"
    '&#47;page" on this server.<P>\nReference&#32;&#35;18&#46;2f1c1002&#46;1733390000&#46;'
    "3a5b7c1\n<P>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;2f1c1002</P>\n"
    "</BODY>\n</HTML>\n"
)
INCAPSULA = (
    "<html style='height:100%'><head><META NAME='ROBOTS' CONTENT='NOINDEX, NOFOLLOW'><meta "
    "name='format-detection' content='telephone=no'><meta name='viewport' content='initial-scale"
    "=1.0'><meta http-equiv='X-UA-Compatible' content='IE=edge,chrome=1'></head><body style='"
    "margin:0px;height:100%'><iframe id='main-iframe' src='/_Incapsula_Resource?CWUDNSAI=23&xinfo"
    "=9-12345678-0%200NNN%20RT%281733390000000%20123%29&incident_id=123000450012345678-"
    "12345678901234567&edet=9&cinfo=0a000000&rpinfo=0&mth=GET' frameborder=0 width='100%' "
    "height='100%' marginheight='0px' marginwidth='0px'>Request unsuccessful. Incapsula incident "
    "ID: 123000450012345678-12345678901234567</iframe></body></html>"
)
DATADOME = (
    "<html><head><title>example.org</title><style>#cmsg{animation: A 1.5s;}@keyframes A{0%{"
    "opacity:0;}99%{opacity:0;}100%{opacity:1;}}</style></head><body style='margin:0'><p id="
    "'cmsg'>Please enable JS and disable any ad blocker</p><script data-cfasync='false'>var dd={"
    "'rt':'c','cid':'AHrlqAAAAAMA1234567890abcdefA==','hsh':'ABCDEF1234567890ABCDEF12345678',"
    "'t':'fe','s':12345,'e':'abc123','host':'geo.captcha-delivery.com'}</script><script data-"
    "cfasync='false' src='https://ct.captcha-delivery.com/c.js'></script></body></html>"
)
PERIMETERX = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Access to this page has "
    "been denied</title></head><body><div class='px-captcha-error-container'><div class='px-"
    "captcha-error-header'>Before we continue...</div><div class='px-captcha-error-message'>Press"
    " &amp; Hold to confirm you are<br>a human (and not a bot).</div><div id='px-captcha'></div>"
    "<p>Reference ID 6f0a2c40-b2d1-11ef-9a4e-1b2c3d4e5f60</p></div><script>window._pxAppId = "
    "'PXabc123';window._pxJsClientSrc = '/abc123/init.js';</script></body></html>"
)
AWS_WAF_CLOUDFRONT = (
    "<!DOCTYPE HTML PUBLIC '-//W3C//DTD HTML 4.01 Transitional//EN' 'http://www.w3.org/TR/html4/"
    "loose.dtd'><HTML><HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=iso-8859"
    "-1'><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>403 ERROR</H1>"
    "<H2>The request could not be satisfied.</H2><HR noshade size='1px'>Request blocked. We can't"
    " connect to the server for this app or website at this time. There might be too much traffic"
    " or a configuration error. Try again later, or contact the app or website owner.<BR clear="
    "'all'><HR noshade size='1px'><PRE>Generated by cloudfront (CloudFront)\nRequest ID: "
    "Zx1y2w3v4u5t6s7r8q9p0o==\n</PRE></BODY></HTML>"
)
SUCURI = (
    "<!DOCTYPE html><html lang='en'><head><title>Sucuri WebSite Firewall - Access Denied</title>"
    "</head><body><div id='main-container'><h2 style='color:#f00'>Access Denied - Sucuri Website"
    " Firewall</h2><table><tr><td>Your IP:</td><td>203.0.113.7</td></tr><tr><td>URL:</td><td>"
    "www.example.org/guide/page</td></tr><tr><td>Block ID:</td><td>BNP005</td></tr><tr><td>Block"
    " reason:</td><td>Bad bot access attempt.</td></tr></table><p>If you are the site owner, "
    "please contact Sucuri support.</p></div></body></html>"
)
RECAPTCHA_200 = html_page(
    "Security check",
    "<main><h2>Please verify you are a human</h2><p>Our systems have detected unusual traffic "
    "from your computer network. Complete the check below to continue.</p><div class='g-"
    "recaptcha' data-sitekey='6LcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'></div><script src="
    "'https://www.google.com/recaptcha/api.js' async defer></script></main>",
)
VERCEL_CHECKPOINT = (
    "<!DOCTYPE html><html lang='en'><head><title>Vercel Security Checkpoint</title></head><body>"
    "<div class='container'><h1>We're verifying your browser</h1><p>Website owner? Click here to "
    "fix</p><noscript>Enable JavaScript to continue</noscript></div></body></html>"
)
NOT_FOUND_200 = html_page(
    "404 - Page Not Found",
    "<main><h2>Oops! We can't find that page.</h2><p>The page you are looking for may have been "
    "removed, had its name changed, or is temporarily unavailable.</p><p><a href='/'>Go to the "
    "home page</a></p></main>",
)
PARKED = html_page(
    "this-domain.org is for sale!",
    "<main><h2>The domain this-domain.org is for sale</h2><p>Buy this domain now. Make an offer: "
    "our brokers will contact you.</p><p>Related searches: health insurance, back pain treatment,"
    " online doctor</p></main>",
)


def pdf(host: str) -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages "
        b"/Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n" + host.encode()
    )


def png(host: str) -> bytes:
    header = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    return header + b"\x00\x00\x00\x1f\x15\xc4\x89" + b"\x00" * 64 + host.encode()


def wrong_charset_latin1_says_utf8(host: str) -> bytes:
    text = article(topic_of(host.split(".")[1])).replace("Health Guide", "Gesundheit für Ärzte")
    return text.encode("cp1252")


def utf8_says_latin1(host: str) -> bytes:
    text = article(topic_of(host.split(".")[1])).replace("Health Guide", "Santé — Guide")
    return text.replace("<meta charset='utf-8'>", "").encode("utf-8")


def utf16(host: str) -> bytes:
    text = article(topic_of(host.split(".")[1])).replace("<meta charset='utf-8'>", "")
    return text.encode("utf-16")


def html_in_octets(host: str) -> bytes:
    return article(topic_of(host.split(".")[1])).encode()


def json_api(host: str) -> bytes:
    return b'{"id": 42, "name": "guideline", "host": "' + host.encode() + b'", "items": [1, 2]}'


def plain_text(host: str) -> bytes:
    return (WORDS + "\n\n" + WORDS + "\n" + host).encode()


# -- the set ----------------------------------------------------------------------------------


def _other(webs: Webs, host: str, path: str = "/guide/page", web: str = "http") -> str:
    """A live article on another registered domain."""
    other = host.replace("www.", "www.new-", 1).replace(".org", ".com")
    site: FixtureWeb = getattr(webs, web)
    return site.add(other, path, body=article("Moved " + host.split(".")[1]))


def _same_site(webs: Webs, host: str) -> str:
    return webs.http.add(host.replace("www.", "docs.", 1), "/guide/page", body=article("Docs"))


def _to_home(status: int) -> Build:
    def build(webs: Webs, host: str) -> Link:
        webs.http.add(host, "/", body=home(host))
        return Link(webs.http.redirect(host, "/guide/old-page", webs.http.url(host, "/"), status))

    return build


def _to_notfound_page(webs: Webs, host: str) -> Link:
    webs.http.add(host, "/errors/404.html", body=NOT_FOUND_200)
    webs.http.add(host, "/", body=home(host))
    return Link(webs.http.redirect(host, "/guide/page", "/errors/404.html", 302))


def _notfound_200(webs: Webs, host: str) -> Link:
    webs.http.add(host, "/", body=home(host))
    return Link(webs.http.add(host, "/guide/page", body=NOT_FOUND_200))


def _catch_all(live: bool) -> Build:
    """A site answering every unknown path with 200 and its own "not found" page (a real
    article lives beside it, or the cited one is gone and the catch-all answers instead)."""

    def build(webs: Webs, host: str) -> Link:
        webs.http.fallback(host, body=NOT_FOUND_200)
        webs.http.add(host, "/", body=home(host))
        if live:
            webs.http.add(host, "/guide/page", body=article(topic_of(host.split(".")[1])))
        return Link(webs.http.url(host, "/guide/page"))

    return build


def _short_page(webs: Webs, host: str) -> Link:
    body = html_page(
        "Sciatica - Glossary",
        "<main><p>Sciatica: pain along the sciatic nerve, from the lower back down the leg."
        "</p></main>",
    )
    return Link(webs.http.add(host, "/glossary/sciatica", body=body))


def _parked(webs: Webs, host: str) -> Link:
    webs.http.fallback(host, body=PARKED)
    return Link(webs.http.add(host, "/guide/page", body=PARKED))


def _meta_refresh(to_home: bool) -> Build:
    def build(webs: Webs, host: str) -> Link:
        webs.http.add(host, "/", body=home(host))
        target = "/" if to_home else "/guide/new-page"
        webs.http.add(host, "/guide/new-page", body=article(topic_of(host.split(".")[1])))
        body = html_page(
            "Redirecting",
            "<p>Redirecting...</p>",
            head=f"<meta http-equiv='refresh' content='0; url={target}'>",
        )
        return Link(webs.http.add(host, "/guide/page", body=body))

    return build


def _loop(self_loop: bool) -> Build:
    def build(webs: Webs, host: str) -> Link:
        if self_loop:
            return Link(webs.http.redirect(host, "/guide/page", "/guide/page", 301))
        webs.http.redirect(host, "/b", webs.http.url(host, "/guide/page"), 302)
        return Link(webs.http.redirect(host, "/guide/page", webs.http.url(host, "/b"), 302))

    return build


def _dns(webs: Webs, host: str) -> Link:
    return Link(f"http://{host}/guide/page")  # never registered: the name does not resolve


def _refused(webs: Webs, host: str) -> Link:
    webs.resolver.add(host, "127.0.0.1")
    return Link(f"http://{host}:{webs.closed_port}/guide/page")


def _tls_page(web: str, wrong_name: bool = False) -> Build:
    def build(webs: Webs, host: str) -> Link:
        site: FixtureWeb = getattr(webs, web)
        if wrong_name:
            site.wrong_cert(host)
        return Link(site.add(host, "/guide/page", body=article(topic_of(host.split(".")[1]))))

    return build


def _downgrade(webs: Webs, host: str) -> Link:
    target = webs.http.add(host, "/guide/page", body=article(topic_of(host.split(".")[1])))
    return Link(webs.tls.redirect(host, "/guide/page", target, 301), target)


def _upgrade(status: int) -> Build:
    def build(webs: Webs, host: str) -> Link:
        target = webs.tls.add(host, "/guide/page", body=article(topic_of(host.split(".")[1])))
        return Link(webs.http.redirect(host, "/guide/page", target, status), target)

    return build


def _private_hop(address: str) -> Build:
    def build(webs: Webs, host: str) -> Link:
        inner = f"http://{address}:{webs.http.port}/admin"
        return Link(webs.http.redirect(host, "/guide/page", inner, 302))

    return build


def _private_name(webs: Webs, host: str) -> Link:
    webs.resolver.add(host, "10.20.30.40")
    return Link(f"http://{host}:{webs.http.port}/guide/page")


def _private_name_hop(webs: Webs, host: str) -> Link:
    inner = "intranet." + host.removeprefix("www.")
    webs.resolver.add(inner, "192.168.1.10")
    return Link(
        webs.http.redirect(host, "/guide/page", f"http://{inner}:{webs.http.port}/wiki", 301)
    )


def _unicode_path(webs: Webs, host: str) -> Link:
    webs.http.add(host, "/%C3%A4rzte/%C3%BCber-uns", body=article("Ärzte"))
    return Link(f"http://{host}:{webs.http.port}/ärzte/über-uns")


def _percent_path(webs: Webs, host: str) -> Link:
    webs.http.add(host, "/guide/back%20pain", body=article("Back pain"))
    return Link(f"http://{host}:{webs.http.port}/guide/back%20pain")


def _idn(webs: Webs, host: str) -> Link:
    unicode_host = host.replace("www.", "www.bücher-", 1)
    ascii_host = unicode_host.encode("idna").decode("ascii")
    webs.resolver.add(unicode_host, "127.0.0.1")
    webs.http.add(ascii_host, "/guide/page", body=article("Bücher"))
    return Link(f"http://{unicode_host}:{webs.http.port}/guide/page")


def _fragment(webs: Webs, host: str) -> Link:
    webs.http.add(host, "/guide/page", body=article(topic_of(host.split(".")[1])))
    return Link(f"http://{host}:{webs.http.port}/guide/page#section-2")


def _query(webs: Webs, host: str) -> Link:
    wanted = "/find?zeta=2&alpha=1"
    webs.http.add(host, "/find", handler=exact_query(wanted)())
    return Link(f"http://{host}:{webs.http.port}{wanted}")


def _upper_host(webs: Webs, host: str) -> Link:
    webs.http.add(host, "/guide/page", body=article(topic_of(host.split(".")[1])))
    return Link(f"http://{host.upper()}:{webs.http.port}/guide/page")


def _trailing_slash(webs: Webs, host: str) -> Link:
    target = webs.http.add(host, "/guide/page/", body=article(topic_of(host.split(".")[1])))
    return Link(webs.http.redirect(host, "/guide/page", target, 301), target)


def _utf8_location(webs: Webs, host: str) -> Link:
    webs.http.add(host, "/%C3%BCber/page", body=article("Über"))
    webs.http.add(host, "/guide/page", handler=raw_location("/über/page".encode())())
    return Link(webs.http.url(host, "/guide/page"))


def _protocol_relative(webs: Webs, host: str) -> Link:
    target = webs.http.add(host, "/new/page", body=article(topic_of(host.split(".")[1])))
    location = f"//{host}:{webs.http.port}/new/page"
    return Link(webs.http.redirect(host, "/guide/page", location, 301), target)


def _relative(status: int) -> Build:
    def build(webs: Webs, host: str) -> Link:
        target = webs.http.add(host, "/new/page", body=article(topic_of(host.split(".")[1])))
        return Link(webs.http.redirect(host, "/guide/page", "/new/page", status), target)

    return build


def _dot_relative(webs: Webs, host: str) -> Link:
    target = webs.http.add(host, "/guide/v2/page", body=article(topic_of(host.split(".")[1])))
    return Link(webs.http.redirect(host, "/guide/page", "v2/page", 301), target)


def _redirect_dead(status: int, end: int) -> Build:
    return chain(status, end=end)


def _offsite(status: int) -> Build:
    def build(webs: Webs, host: str) -> Link:
        target = _other(webs, host)
        return Link(webs.http.redirect(host, "/guide/page", target, status), target)

    return build


def _same_site_redirect(webs: Webs, host: str) -> Link:
    target = _same_site(webs, host)
    return Link(webs.http.redirect(host, "/guide/page", target, 301), target)


def _retry_after_429(seconds: str) -> Build:
    return handled(sequence((429, {"Retry-After": seconds}), (200, {})))


ALIVE, MOVED, DEAD, SOFT, BLOCKED, SKIPPED = (
    "alive",
    "moved",
    "dead",
    "soft-dead",
    "blocked",
    "skipped",
)
OFFSITE, INSECURE = "offsite-redirect", "insecure"


def B(
    bid: str,
    family: str,
    state: str,
    note: str,
    build: Build,
    *,
    flags: Mapping[str, bool] | None = None,
    judgement: bool = False,
) -> Behaviour:
    return Behaviour(bid, family, state, note, build, dict(flags or {}), judgement)


BEHAVIOURS: list[Behaviour] = [
    # ---- 2xx ----
    B("ok-200", "2xx", ALIVE, "a plain article", page()),
    B("ok-203", "2xx", ALIVE, "203 from a transforming proxy: 2xx with content", page(203)),
    B(
        "ok-206",
        "2xx",
        ALIVE,
        "206 with the whole page to a plain GET: content is there",
        handled(whole_range),
        judgement=True,
    ),
    B(
        "ok-204",
        "2xx",
        SOFT,
        "204 No Content: a reader gets a blank page; DESIGN's alive needs content",
        page(204),
        judgement=True,
    ),
    B(
        "ok-200-empty",
        "2xx",
        SOFT,
        "200 with an empty body: nothing to read",
        lambda w, h: Link(w.http.add(h, "/guide/page", body=b"")),
        judgement=True,
    ),
    B(
        "ok-https",
        "2xx",
        ALIVE,
        "an https article, trusted certificate",
        page(web="tls"),
        flags={INSECURE: False, OFFSITE: False},
    ),
    B(
        "ok-slow-under-cap",
        "2xx",
        ALIVE,
        "answers after 0.5 s, well inside the time caps",
        lambda w, h: Link(w.http.add(h, "/guide/page", body=article("Slow"), delay=0.5)),
    ),
    # ---- 3xx ----
    B(
        "r300-location",
        "3xx",
        ALIVE,
        "300 Multiple Choices with a preferred Location to a live page: not a permanent move",
        chain(300),
        judgement=True,
    ),
    B("r301", "3xx", MOVED, "one 301 to a live page", chain(301), flags={OFFSITE: False}),
    B("r302", "3xx", ALIVE, "one 302: temporary redirects stay alive", chain(302)),
    B("r303", "3xx", ALIVE, "303 See Other: temporary", chain(303)),
    B("r307", "3xx", ALIVE, "307: temporary", chain(307)),
    B("r308", "3xx", MOVED, "308: permanent", chain(308)),
    B("r301x2", "3xx-chains", MOVED, "two 301 hops", chain(301, 301)),
    B("r301x3", "3xx-chains", MOVED, "three 301 hops", chain(301, 301, 301)),
    B("r301x6", "3xx-chains", MOVED, "six 301 hops (under any sane cap)", chain(*[301] * 6)),
    B("r308x4", "3xx-chains", MOVED, "four 308 hops", chain(308, 308, 308, 308)),
    B("r302x3", "3xx-chains", ALIVE, "three 302 hops", chain(302, 302, 302)),
    B("r307x5", "3xx-chains", ALIVE, "five 307 hops", chain(*[307] * 5)),
    B("r302x6", "3xx-chains", ALIVE, "six 302 hops", chain(*[302] * 6)),
    B("r301-relative", "3xx-forms", MOVED, "301 with a path-absolute Location", _relative(301)),
    B("r302-relative", "3xx-forms", ALIVE, "302 with a path-absolute Location", _relative(302)),
    B(
        "r301-dot-relative",
        "3xx-forms",
        MOVED,
        "301 with a path-relative Location 'v2/page'",
        _dot_relative,
    ),
    B(
        "r301-protocol-relative",
        "3xx-forms",
        MOVED,
        "301 with Location //host/new/page",
        _protocol_relative,
    ),
    B(
        "r301-relative-chain",
        "3xx-forms",
        MOVED,
        "three relative 301 hops",
        chain(301, 301, 301, relative=True),
    ),
    B(
        "r301-trailing-slash",
        "3xx-forms",
        MOVED,
        "301 adding a trailing slash: a real permanent move, the new address has the slash",
        _trailing_slash,
    ),
    B(
        "r301-utf8-location",
        "3xx-forms",
        MOVED,
        "301 whose Location has raw UTF-8 bytes, as some servers send",
        _utf8_location,
    ),
    B(
        "r301-http-to-https",
        "3xx-forms",
        MOVED,
        "http 301 to the same page on https",
        _upgrade(301),
        flags={OFFSITE: False},
    ),
    B("r302-http-to-https", "3xx-forms", ALIVE, "http 302 to https", _upgrade(302)),
    B(
        "r301-https-to-http",
        "3xx-forms",
        MOVED,
        "https 301 down to http: moved, and the new address is http only (insecure)",
        _downgrade,
        flags={INSECURE: True},
        judgement=True,
    ),
    B(
        "r301-offsite",
        "3xx-offsite",
        MOVED,
        "301 to another registered domain",
        _offsite(301),
        flags={OFFSITE: True},
    ),
    B(
        "r302-offsite",
        "3xx-offsite",
        ALIVE,
        "302 to another registered domain",
        _offsite(302),
        flags={OFFSITE: True},
    ),
    B(
        "r308-offsite",
        "3xx-offsite",
        MOVED,
        "308 to another registered domain",
        _offsite(308),
        flags={OFFSITE: True},
    ),
    B(
        "r301-subdomain",
        "3xx-offsite",
        MOVED,
        "301 to a subdomain of the same registered domain",
        _same_site_redirect,
        flags={OFFSITE: False},
    ),
    B("loop-two", "3xx-loops", DEAD, "A -> B -> A", _loop(False)),
    B("loop-self", "3xx-loops", DEAD, "301 to itself", _loop(True)),
    B(
        "cookie-bounce",
        "3xx-loops",
        ALIVE,
        "sets a consent cookie and redirects to itself; a browser (keeping cookies) gets the page",
        handled(cookie_bounce),
        judgement=True,
    ),
    B("r301-to-404", "3xx-to-error", DEAD, "301 to a 404", _redirect_dead(301, 404)),
    B("r302-to-404", "3xx-to-error", DEAD, "302 to a 404", _redirect_dead(302, 404)),
    B("r301-to-410", "3xx-to-error", DEAD, "301 to a 410", _redirect_dead(301, 410)),
    B(
        "r301x3-to-404",
        "3xx-to-error",
        DEAD,
        "three 301s ending at 404",
        chain(301, 301, 301, end=404),
    ),
    B("r302-to-home", "soft-dead", SOFT, "deep link 302 to the home page", _to_home(302)),
    B("r301-to-home", "soft-dead", SOFT, "deep link 301 to the home page", _to_home(301)),
    B(
        "r302-to-404-page",
        "soft-dead",
        SOFT,
        "302 to /errors/404.html answering 200 'Page Not Found'",
        _to_notfound_page,
    ),
    B("notfound-200", "soft-dead", SOFT, "200 with a 'Page Not Found' page", _notfound_200),
    B("parked-200", "soft-dead", SOFT, "the domain is parked and for sale", _parked),
    B(
        "meta-refresh-page",
        "meta-refresh",
        ALIVE,
        "meta refresh 0 to another live page of the site",
        _meta_refresh(False),
        judgement=True,
    ),
    B(
        "meta-refresh-home",
        "meta-refresh",
        SOFT,
        "deep link whose meta refresh 0 goes to the home page",
        _meta_refresh(True),
        judgement=True,
    ),
    # ---- 4xx ----
    B(
        "c400",
        "4xx",
        DEAD,
        "400 Bad Request to a plain GET: a reader gets an error page",
        error(400),
        judgement=True,
    ),
    B(
        "c401",
        "4xx",
        BLOCKED,
        "401: exists, wants credentials",
        error(401, headers={"WWW-Authenticate": 'Basic realm="members"'}),
    ),
    B("c403", "4xx", BLOCKED, "403 Forbidden", error(403)),
    B("c404", "4xx", DEAD, "404", error(404)),
    B(
        "c404-big-page",
        "4xx",
        DEAD,
        "404 with a full branded page (nav, search, suggestions)",
        error(
            404,
            html_page(
                "Page not found | Example Health",
                "<nav>" + "<a href='/x'>x</a>" * 30 + "</nav><p>" + WORDS + "</p>",
            ),
        ),
    ),
    B(
        "c406",
        "4xx",
        BLOCKED,
        "406 Not Acceptable: the server refuses our request's form, the page is there for browsers",
        error(406),
        judgement=True,
    ),
    B("c410", "4xx", DEAD, "410 Gone", error(410)),
    B("c418", "4xx", BLOCKED, "418: WAFs send it to robots", error(418), judgement=True),
    B("c429", "4xx", BLOCKED, "429 every time", error(429)),
    B(
        "c429-long-retry",
        "4xx",
        BLOCKED,
        "429 with Retry-After: 3600",
        error(429, headers={"Retry-After": "3600"}),
    ),
    B(
        "c429-then-ok",
        "4xx",
        ALIVE,
        "429 Retry-After: 1 once, then the page",
        _retry_after_429("1"),
    ),
    B(
        "c451",
        "4xx",
        BLOCKED,
        "451 Unavailable For Legal Reasons (a geo block): the page exists",
        error(451),
        judgement=True,
    ),
    B("c999", "4xx", BLOCKED, "999, LinkedIn-style", error(999)),
    # ---- 5xx ----
    B("s500", "5xx", DEAD, "500 every time", error(500)),
    B("s502", "5xx", DEAD, "502 every time", error(502)),
    B("s503", "5xx", DEAD, "503 every time, no Retry-After", error(503)),
    B(
        "s503-retry-after",
        "5xx",
        DEAD,
        "503 Retry-After: 1 every time",
        error(503, headers={"Retry-After": "1"}),
    ),
    B(
        "s503-then-ok",
        "5xx",
        ALIVE,
        "503 once (Retry-After: 1), then the page",
        handled(sequence((503, {"Retry-After": "1"}), (200, {}))),
    ),
    B(
        "s502-then-ok",
        "5xx",
        ALIVE,
        "502 once, then the page",
        handled(sequence((502, {}), (200, {}))),
    ),
    B("s504", "5xx", DEAD, "504 every time", error(504)),
    B("s520", "cdn-5xx", DEAD, "Cloudflare 520: origin returned an unknown error", error(520)),
    B("s521", "cdn-5xx", DEAD, "Cloudflare 521: web server is down", error(521)),
    B("s522", "cdn-5xx", DEAD, "Cloudflare 522: connection timed out", error(522)),
    B("s523", "cdn-5xx", DEAD, "Cloudflare 523: origin is unreachable", error(523)),
    B("s524", "cdn-5xx", DEAD, "Cloudflare 524: a timeout occurred", error(524)),
    B("s525", "cdn-5xx", DEAD, "Cloudflare 525: SSL handshake failed", error(525)),
    B("s526", "cdn-5xx", DEAD, "Cloudflare 526: invalid SSL certificate", error(526)),
    B("s530", "cdn-5xx", DEAD, "Cloudflare 530: origin DNS error (1016)", error(530)),
    # ---- bot walls ----
    B(
        "wall-cf-403",
        "bot-walls",
        BLOCKED,
        "Cloudflare managed challenge, 403 'Just a moment...'",
        wall(403, CLOUDFLARE_CHALLENGE, CLOUDFLARE_HEADERS),
    ),
    B(
        "wall-cf-503",
        "bot-walls",
        BLOCKED,
        "Cloudflare challenge as 503 'Just a moment...' with "
        "cf-mitigated: a wall, not a dead server",
        wall(503, CLOUDFLARE_CHALLENGE, CLOUDFLARE_HEADERS),
    ),
    B(
        "wall-cf-1020",
        "bot-walls",
        BLOCKED,
        "Cloudflare 1020 Access denied (firewall rule)",
        wall(403, CLOUDFLARE_1020, {"Server": "cloudflare"}),
    ),
    B(
        "wall-akamai",
        "bot-walls",
        BLOCKED,
        "Akamai 403 Access Denied with a reference number",
        wall(403, AKAMAI, {"Server": "AkamaiGHost"}),
    ),
    B(
        "wall-incapsula",
        "bot-walls",
        BLOCKED,
        "Imperva/Incapsula incident page",
        wall(403, INCAPSULA, {"X-Iinfo": "9-12345678-0 0NNN RT(1733390000000 123)"}),
    ),
    B(
        "wall-incapsula-200",
        "bot-walls",
        BLOCKED,
        "Incapsula's iframe challenge answered with 200",
        wall(200, INCAPSULA, {"X-CDN": "Imperva"}),
        judgement=True,
    ),
    B(
        "wall-datadome",
        "bot-walls",
        BLOCKED,
        "DataDome captcha, 403 with x-datadome",
        wall(403, DATADOME, {"X-DataDome": "protected", "X-DD-B": "1"}),
    ),
    B(
        "wall-perimeterx",
        "bot-walls",
        BLOCKED,
        "PerimeterX/HUMAN 'Press & Hold', 403",
        wall(403, PERIMETERX),
    ),
    B(
        "wall-aws-waf-challenge",
        "bot-walls",
        BLOCKED,
        "AWS WAF challenge: 202, empty body, x-amzn-waf-action: challenge",
        wall(202, "", {"x-amzn-waf-action": "challenge"}),
        judgement=True,
    ),
    B(
        "wall-cloudfront-403",
        "bot-walls",
        BLOCKED,
        "CloudFront/AWS WAF 'Request blocked' 403",
        wall(403, AWS_WAF_CLOUDFRONT, {"Server": "CloudFront", "X-Cache": "Error from cloudfront"}),
    ),
    B(
        "wall-sucuri",
        "bot-walls",
        BLOCKED,
        "Sucuri firewall 403",
        wall(403, SUCURI, {"Server": "Sucuri/Cloudproxy", "X-Sucuri-ID": "11005"}),
    ),
    B(
        "wall-captcha-200",
        "bot-walls",
        BLOCKED,
        "200 page that is only a reCAPTCHA 'verify you are human'",
        wall(200, RECAPTCHA_200),
        judgement=True,
    ),
    B(
        "wall-vercel-429",
        "bot-walls",
        BLOCKED,
        "Vercel security checkpoint, 429",
        wall(429, VERCEL_CHECKPOINT, {"Server": "Vercel", "X-Vercel-Mitigated": "challenge"}),
    ),
    # ---- methods ----
    B("head-405", "methods", ALIVE, "HEAD 405, GET 200", handled(by_method(405))),
    B("head-501", "methods", ALIVE, "HEAD 501, GET 200", handled(by_method(501))),
    B(
        "head-404",
        "methods",
        ALIVE,
        "HEAD 404, GET 200 (broken HEAD routing)",
        handled(by_method(404)),
    ),
    B("head-403", "methods", ALIVE, "HEAD 403, GET 200", handled(by_method(403))),
    # ---- transport ----
    B(
        "t-empty-reply",
        "transport",
        DEAD,
        "accepts, then closes without a byte",
        handled(lambda: empty_reply()),
    ),
    B("t-reset", "transport", DEAD, "accepts, then resets", handled(lambda: reset_at_once())),
    B(
        "t-reset-mid-body",
        "transport",
        DEAD,
        "resets after 1 kB of a 100 kB page",
        handled(lambda: reset_mid_body()),
    ),
    B(
        "t-stall-headers",
        "transport",
        DEAD,
        "says nothing after the request (timeout)",
        handled(lambda: stall_before_headers(STALL)),
    ),
    B(
        "t-stall-body",
        "transport",
        DEAD,
        "headers, then silence (timeout)",
        handled(lambda: stall_after_headers(STALL)),
    ),
    B(
        "t-slowloris",
        "transport",
        DEAD,
        "a byte every 0.4 s, never silent long enough for a read timeout; only a total cap ends it",
        handled(lambda: trickle(b"<p>" + b"x" * 500, 0.4)),
    ),
    B(
        "t-garbage",
        "transport",
        DEAD,
        "answers with something that is not HTTP",
        handled(lambda: raw_response(b"SSH-2.0-OpenSSH_9.6\r\n")),
        judgement=True,
    ),
    B(
        "t-short-length",
        "transport",
        ALIVE,
        "Content-Length half the page: head and title arrive",
        handled(lambda: short_length()),
        judgement=True,
    ),
    B("t-refused", "transport", DEAD, "nothing listens on the port", _refused),
    B("t-dns", "transport", DEAD, "the name does not resolve", _dns),
    # ---- encodings and charsets ----
    B("e-gzip", "encoding", ALIVE, "gzip body", handled(encoded("gzip"))),
    B("e-deflate", "encoding", ALIVE, "zlib deflate body", handled(encoded("deflate"))),
    B(
        "e-raw-deflate",
        "encoding",
        ALIVE,
        "raw deflate (no zlib header) labelled deflate",
        handled(encoded("raw")),
    ),
    B(
        "e-broken-gzip",
        "encoding",
        DEAD,
        "says gzip, sends plain bytes: browsers show ERR_CONTENT_DECODING_FAILED",
        handled(encoded("gzip", broken=True)),
        judgement=True,
    ),
    B(
        "e-cp1252-says-utf8",
        "encoding",
        ALIVE,
        "declares utf-8, is cp1252",
        handled(bytes_page(wrong_charset_latin1_says_utf8, "text/html; charset=utf-8")),
    ),
    B(
        "e-utf8-says-latin1",
        "encoding",
        ALIVE,
        "header says iso-8859-1, body is utf-8",
        handled(bytes_page(utf8_says_latin1, "text/html; charset=iso-8859-1")),
    ),
    B(
        "e-utf16",
        "encoding",
        ALIVE,
        "utf-16 with a BOM, no charset declared",
        handled(bytes_page(utf16, "text/html")),
    ),
    B(
        "e-big-3mb",
        "encoding",
        ALIVE,
        "a 3 MB page (long report)",
        handled(big_page(3_000_000)),
        judgement=True,
    ),
    B(
        "e-big-12mb",
        "encoding",
        ALIVE,
        "a 12 MB page: past any sane cap, but a page",
        handled(big_page(12_000_000)),
        judgement=True,
    ),
    # ---- content types ----
    B("ct-pdf", "content-type", ALIVE, "a PDF", handled(bytes_page(pdf, "application/pdf"))),
    B(
        "ct-pdf-attachment",
        "content-type",
        ALIVE,
        "a PDF sent as a download",
        handled(
            bytes_page(
                pdf, "application/pdf", {"Content-Disposition": "attachment; filename=guide.pdf"}
            )
        ),
    ),
    B("ct-png", "content-type", ALIVE, "an image", handled(bytes_page(png, "image/png"))),
    B(
        "ct-json",
        "content-type",
        ALIVE,
        "a JSON API answer",
        handled(bytes_page(json_api, "application/json")),
    ),
    B(
        "ct-text",
        "content-type",
        ALIVE,
        "text/plain",
        handled(bytes_page(plain_text, "text/plain")),
    ),
    B(
        "ct-octets-html",
        "content-type",
        ALIVE,
        "HTML served as application/octet-stream",
        handled(bytes_page(html_in_octets, "application/octet-stream")),
    ),
    B(
        "ct-none",
        "content-type",
        ALIVE,
        "HTML with no Content-Type header at all",
        handled(
            lambda: raw_response(
                b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + article("No type").encode()
            )
        ),
    ),
    # ---- robots.txt ----
    B(
        "robots-disallow",
        "robots",
        SKIPPED,
        "robots.txt: Disallow: / for every agent",
        robots("User-agent: *\nDisallow: /\n"),
    ),
    B(
        "robots-disallow-path",
        "robots",
        SKIPPED,
        "robots.txt disallows /guide/",
        robots("User-agent: *\nDisallow: /guide/\n"),
    ),
    B(
        "robots-other-agent",
        "robots",
        ALIVE,
        "robots.txt disallows only Googlebot",
        robots("User-agent: Googlebot\nDisallow: /\n"),
    ),
    B(
        "robots-allow",
        "robots",
        ALIVE,
        "robots.txt allows everything",
        robots("User-agent: *\nDisallow:\n"),
    ),
    B("robots-404", "robots", ALIVE, "no robots.txt (404): everything allowed", robots(status=404)),
    B(
        "robots-403",
        "robots",
        ALIVE,
        "robots.txt 403: RFC 9309 says unavailable = allow all",
        robots("nope", status=403),
    ),
    B(
        "robots-500",
        "robots",
        SKIPPED,
        "robots.txt 500: RFC 9309 §2.3.1.4 says assume complete disallow",
        robots("oops", status=500),
        judgement=True,
    ),
    B(
        "robots-timeout",
        "robots",
        SKIPPED,
        "robots.txt stalls: unreachable, RFC 9309 says assume complete disallow",
        robots(handler=lambda: stall_before_headers(STALL)),
        judgement=True,
    ),
    # ---- TLS ----
    B(
        "tls-self-signed",
        "tls",
        DEAD,
        "certificate from an untrusted issuer",
        _tls_page("untrusted"),
    ),
    B("tls-expired", "tls", DEAD, "certificate expired yesterday", _tls_page("expired")),
    B("tls-wrong-host", "tls", DEAD, "certificate for another name", _tls_page("tls", True)),
    # ---- safety ----
    B(
        "ssrf-hop-loopback",
        "safety",
        SKIPPED,
        "302 to a loopback address",
        _private_hop("127.0.0.2"),
    ),
    B(
        "ssrf-hop-metadata",
        "safety",
        SKIPPED,
        "302 to 169.254.169.254 (cloud metadata)",
        _private_hop("169.254.169.254"),
    ),
    B(
        "ssrf-name-private",
        "safety",
        SKIPPED,
        "the host name resolves to 10.20.30.40",
        _private_name,
    ),
    B(
        "ssrf-hop-name-private",
        "safety",
        SKIPPED,
        "301 to a name that resolves to 192.168.1.10",
        _private_name_hop,
    ),
    # ---- URL forms ----
    B("u-unicode-path", "url-forms", ALIVE, "a path written in Unicode", _unicode_path),
    B("u-percent-path", "url-forms", ALIVE, "a path with %20", _percent_path),
    B("u-idn-host", "url-forms", ALIVE, "an internationalised host name", _idn),
    B("u-fragment", "url-forms", ALIVE, "a #fragment", _fragment),
    B(
        "u-query-order",
        "url-forms",
        ALIVE,
        "a query the server only answers in its own order",
        _query,
    ),
    B("u-upper-host", "url-forms", ALIVE, "a host name in capitals", _upper_host),
    # ---- precision beside the soft-dead rules ----
    B(
        "catchall-live",
        "catch-all",
        ALIVE,
        "a real article on a site whose unknown paths answer 200 'Page Not Found'",
        _catch_all(True),
    ),
    B(
        "catchall-gone",
        "catch-all",
        SOFT,
        "the cited page is gone; the site's 200 'Page Not Found' catch-all answers it",
        _catch_all(False),
    ),
    B("ok-short-page", "catch-all", ALIVE, "a live glossary entry of one sentence", _short_page),
]


def families() -> dict[str, list[Behaviour]]:
    grouped: dict[str, list[Behaviour]] = {}
    for behaviour in BEHAVIOURS:
        grouped.setdefault(behaviour.family, []).append(behaviour)
    return grouped


def serve(webs: Webs) -> dict[str, Link]:
    """Register every behaviour on ``webs``; the link of each, by id."""
    return {b.id: b.build(webs, b.host) for b in BEHAVIOURS}
