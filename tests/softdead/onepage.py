"""A one-page site's template for the DEV set (sd-shell16): the whole site is one page.

A restaurant, a studio, a conference, a small firm or a product's marketing page: a header with
the site's name and a navigation of anchors to the page's own sections (``#about``,
``#contact``), the sections themselves (the case's ``message``: ``<section id=…>`` blocks, each
led by an ``<h2>`` the navigation is named after), and a footer of links to other sites (a map,
a social profile, a booking service) and one or two legal pages. Such a site's server answers
every address with this page, made-up ones too.

``{reviews}`` in the message is replaced by a featured review drawn by the path the page is
asked at and four that stay: a site whose page rotates a review per address, so a made-up
address's answer is a little unlike the page's own (``probe: varied`` serves the page rendered
for the asked path).
"""

from __future__ import annotations

import html
import random
import re
from typing import Any

TEMPLATES = frozenset({"onepage"})

_SECTION = re.compile(
    r"<section[^>]*\bid=['\"]([\w-]+)['\"][^>]*>\s*<h2[^>]*>(.*?)</h2>", re.DOTALL
)
_LEGAL = {
    "en": [("/privacy", "Privacy"), ("/terms", "Terms")],
    "de": [("/impressum", "Impressum"), ("/datenschutz", "Datenschutz")],
    "fr": [("/mentions-legales", "Mentions légales")],
    "es": [("/aviso-legal", "Aviso legal"), ("/privacidad", "Privacidad")],
    "it": [("/privacy", "Privacy")],
    "nl": [("/privacy", "Privacyverklaring")],
    "ja": [("/privacy", "プライバシーポリシー")],
    "pt": [("/privacidade", "Privacidade")],
    "pl": [("/polityka-prywatnosci", "Polityka prywatności")],
}
REVIEWS = [
    "“The best evening we have had in years.” — Maria",
    "“Friendly, quick and honest about the price.” — Tom",
    "“We booked again the same week.” — Aiko",
    "“Worth the drive from the city.” — Jonas",
    "“They remembered our names on the second visit.” — Leila",
    "“Clear advice and no pressure at all.” — Pedro",
    "“Small place, big heart.” — Ewa",
    "“Exactly what the photos promised.” — Sam",
]


def render(case: Any) -> str:
    """The one-page site's page, its reviews drawn for ``case.link_path``."""
    rng = random.Random(case.link_path)
    featured = rng.choice(REVIEWS[4:])
    reviews = "".join(f"<blockquote>{line}</blockquote>" for line in [featured, *REVIEWS[:4]])
    body = case.message.replace("{reviews}", reviews)
    nav = "".join(
        f"<li><a href='#{anchor}'>{re.sub(r'<[^>]+>', '', label).strip()}</a></li>"
        for anchor, label in _SECTION.findall(body)
    )
    site = html.escape(case.site)
    legal = "".join(
        f"<a href='{path}'>{label}</a> " for path, label in _LEGAL.get(case.lang, _LEGAL["en"])
    )
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    hero = f"<h1>{case.h1}</h1>" if case.h1 else ""
    style = ".hero{min-height:60vh}.nav a{margin:0 1em}section{padding:4em 0}" * 20
    return (
        f"<!doctype html><html lang='{case.lang}'><head><meta charset='utf-8'>{title}"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<style>{style}</style></head><body>"
        f"<header class='top'><a class='brand' href='#top'>{site}</a>"
        f"<nav class='nav'><ul>{nav}</ul></nav></header>"
        f"<main id='top'><div class='hero'>{hero}</div>{body}</main>"
        f"<footer><p>© 2026 {site}</p>"
        f"<p><a href='https://www.instagram.com/{case.id}'>Instagram</a> "
        f"<a href='https://maps.example.com/?q={case.id}'>Map</a> {legal}</p></footer>"
        f"<script src='/js/smooth-scroll.min.js' defer></script></body></html>"
    )
