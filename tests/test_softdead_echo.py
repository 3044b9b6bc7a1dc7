# ruff: noqa: E501  (pages written one a line: data)
"""Catch-alls whose message quotes the address asked for, through a real run.

A site that answers every unknown address with a 200 page drawn for the path ("We couldn't
find anything at /2024/05/…", "「/shop/…」に該当するページはありません") is soft-dead there, in any
wording, with the quoted address in the reason. A live page that prints its own address (a
permalink or URL line, an endpoint named by its path, a directory listing, a caption) stays
alive, on such a site and on one that answers unknown addresses with an honest 404.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from functools import partial
from pathlib import Path

from curator.classify.echo import forms, read_echo
from curator.classify.main_area import MainArea, read_main
from curator.extract.document import parse
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureRequest, FixtureWeb
from sitepage import PROSE, site_page, states_by_name

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _drawn(site: str, message: str, path: str, lang: str = "en") -> str:
    """The site's catch-all drawn for ``path``: its message (``{path}`` is the asked path), a
    rail of suggested stories and a render stamp seeded by the path."""
    rng = random.Random(path)
    stories = ["Heat pumps explained", "A week of cheap lunches", "The river walk reopens",
               "Ten books for winter", "How the council spends", "A guide to night buses",
               "Markets open on Sundays", "Cycling to the coast"]  # fmt: skip
    rail = "".join(
        f"<li><a href='/story/{rng.randrange(9999)}'>{story}</a></li>"
        for story in rng.sample(stories, 3)
    )
    stamp = f"<p class='stamp'>{rng.randrange(20, 900)} ms · {rng.randrange(16**8):08x}</p>"
    body = message.replace("{path}", html.escape(path))
    return site_page(
        site, f"{body}<section class='more'><ul>{rail}</ul></section>{stamp}", lang=lang
    )


def _catch_all(web: FixtureWeb, host: str, site: str, message: str, lang: str = "en") -> None:
    """Every address of ``host`` not added otherwise answers 200 with the drawn catch-all."""

    def handler(req: FixtureRequest) -> None:
        path = req.path.split("?")[0]
        page = _drawn(site, message, path, lang).encode("utf-8")
        req.respond(200, page, {**HTML, "Connection": "close"})

    web.add(host, "*", handler=handler)


def test_a_catch_all_that_quotes_the_asked_address_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Drawn afresh per path, each catch-all falls under the probe's likeness threshold; its
    message about the address it was asked at is what gives it away, in any language."""
    sites = {
        "en": ("ledger.example", "The Ledger", "<h1>Search results</h1><p>We couldn’t find anything matching <strong>{path}</strong>. Check the spelling.</p>", "/business/2019/06/startup-raises-series-b"),
        "pl": ("dziennik.example", "Dziennik", "<p>Pod adresem „{path}” nic u nas nie ma.</p><p>Zobacz najnowsze.</p>", "/region/2023/11/remont-wiaduktu"),
        "ja": ("machi.example", "まちナビ", "<p>「{path}」に該当するページはありません。</p>", "/shop/detail/kyoto-sakura-cafe"),
    }  # fmt: skip
    links = {}
    for lang, (host, site, message, path) in sites.items():
        _catch_all(web, host, site, message, lang)
        links[lang] = web.url(host, path)
    said = states_by_name(tmp_path, web, fast_settings, links, "echo")
    for lang, (_, _, _, path) in sites.items():
        state, reason = said[lang]
        assert state is LinkState.SOFT_DEAD, (lang, reason)
        assert f"quote the address asked for (“{path}”)" in reason, (lang, reason)
        assert "this site's page for a made-up address quotes that address" in reason, (
            lang,
            reason,
        )


def test_pages_that_print_their_own_address_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """On sites whose unknown addresses answer a catch-all quoting the path, and on a site that
    answers them with an honest 404, pages that show their own address are still the page."""
    quoting = "<p>We have nothing at {path}. Try the search box.</p>"
    pages = {
        "permalink-first": ("photos.example", "/photos/8812/harbour-at-dusk", "<p>Permalink: {path}</p><img src='/i/dusk.jpg' alt='The harbour at dusk'>", None),
        "endpoint": ("api.example", "/api/v2/refunds/create", "<h1>Create a refund</h1><p><code>POST {path}</code></p><p>Refunds part or all of a captured payment.</p>", None),
        "listing": ("mirror.example", "/pub/releases/2026/", "<h1>Index of {path}</h1><table><tr><td><a href='tool-1.4.tar.gz'>tool-1.4.tar.gz</a></td><td>2.1M</td></tr></table>", "Index of /pub/releases/2026/"),
        "url-line-article": ("health.example", "/conditions/stiff-upper-back-stretches", f"<h1>Stretches for a stiff upper back</h1><p>URL: {{path}}</p>{PROSE * 2}", None),
        "print-footer": ("gazette.example", "/local/2026/ferry-timetable-winter", "<p>The winter timetable starts on 1 December, with the last ferry at 21:40.</p><p>Printed from {path}</p>", None),
    }  # fmt: skip
    links = {}
    for name, (host, path, main, title) in pages.items():
        _catch_all(web, host, host.split(".")[0].title(), quoting)
        body = site_page(host.split(".")[0].title(), main.replace("{path}", path), title)
        links[name] = web.add(host, path, body=body, headers=HTML)
    honest = {
        "caption": ("atelier.example", "/works/untitled-2019-blue", "<p>/works/untitled-2019-blue</p><img src='/i/blue.jpg' alt=''>"),
        "docs-route": ("routes.example", "/guide/dynamic-routes", "<p>This page lives at /guide/dynamic-routes; edit it on the project's repository.</p>"),
    }  # fmt: skip
    for name, (host, path, main) in honest.items():
        links[name] = web.add(host, path, body=site_page("Site", main), headers=HTML)
    said = states_by_name(tmp_path, web, fast_settings, links, "echo")
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_own_address_pages_on_sites_whose_made_up_addresses_do_not_echo_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 11: a site answering made-up addresses with its home page or an app's shell says
    nothing about pages that print their own address first (an endpoint's page, a file
    browser, a captioned picture, a health check): only a catch-all that quotes the made-up
    address too makes such a lead its message."""
    home = site_page("Atelier", "<h1>Welcome to the atelier</h1>" + PROSE, "Atelier")
    shell = "<!doctype html><html><head><title>Docs</title></head><body><div id='root'></div><script src='/app.js'></script></body></html>"
    pages = {
        "caption": ("atelier.example", "/works/untitled-2019-blue", "<p>/works/untitled-2019-blue</p><img src='/i/blue.jpg' alt=''>", home),
        "endpoint-zh": ("api-zh.example", "/api/v2/refunds/create", "<h1>申请退款</h1><p><code>POST /api/v2/refunds/create</code></p><p>退还已扣款订单的部分或全部金额。</p>", shell),
        "file-browser": ("files.example", "/pub/releases/2026/", "<h1>Downloads</h1><p>/pub/releases/2026/</p><table><tr><td><a href='tool-1.4.tar.gz'>tool-1.4.tar.gz</a></td><td>2.1M</td></tr></table>", home),
        "health-check": ("status.example", "/internal/healthz/ready", "<p>/internal/healthz/ready: ok (12 ms)</p>", shell),
    }  # fmt: skip
    links = {}
    for name, (host, path, main, made_up) in pages.items():
        web.add(host, "*", body=made_up, headers=HTML)
        links[name] = web.add(host, path, body=site_page("Site", main), headers=HTML)
    said = states_by_name(tmp_path, web, fast_settings, links, "echo")
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def _main(page: str) -> Callable[[], MainArea]:
    document = parse(page)
    assert document is not None
    return partial(read_main, document.root)


def test_the_echo_is_read_in_the_main_areas_lead_only() -> None:
    """The address counts where the main area starts with it; after the page's first words of
    content, or as a label's value, it is the page's own."""
    url = "https://site.example/region/2023/remont-wiaduktu?x=1"
    assert "/region/2023/remont-wiaduktu" in forms(url)
    lead = site_page("Site", "<p>Nic nie ma pod /region/2023/remont-wiaduktu.</p>")
    later = site_page(
        "Site", "<p>Wiadukt otwarty.</p><p>Nic nie ma pod /region/2023/remont-wiaduktu.</p>"
    )
    label = site_page("Site", "<p>Link: /region/2023/remont-wiaduktu</p>")
    longer = site_page("Site", "<p>/region/2023/remont-wiaduktu-nowy</p>")
    assert read_echo(_main(lead), url, "Site", None) is not None
    for body in (later, label, longer):
        assert read_echo(_main(body), url, "Site", None) is None
