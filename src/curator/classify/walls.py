"""Bot walls that do not say so in their status: a challenge served with 2xx.

A 403 or 429 already reads as ``blocked``. Some walls answer 200 or 202 instead (a captcha page,
an Imperva iframe, an AWS WAF challenge with an empty body), and read as a page they look like
a soft-404 (every address answers the same thin page) or an empty one. They are a refusal to be
checked, not a gone page: calling them dead would cry wolf about a page a person can read.

The evidence is the wall vendors' own machinery, not wording: a response header the CDN sets
when it challenged the request, or a challenge widget's script on a page with next to no text
of its own. The same scripts sit on live pages too (a contact form's reCAPTCHA, Imperva's and
Cloudflare's injected resources), so a marker counts only on a page that is little else.
"""

from __future__ import annotations

from collections.abc import Mapping

# Response headers a CDN or firewall sets when it challenged the request instead of answering.
CHALLENGE_HEADERS: Mapping[str, tuple[str, ...]] = {
    "cf-mitigated": ("challenge",),  # Cloudflare
    "x-amzn-waf-action": ("challenge", "captcha"),  # AWS WAF
    "x-vercel-mitigated": ("challenge", "deny"),  # Vercel's firewall
}
_VENDORS = {
    "cf-mitigated": "Cloudflare",
    "x-amzn-waf-action": "AWS WAF",
    "x-vercel-mitigated": "Vercel",
}
# Challenge machinery in a page's HTML, lower-cased, with who serves it.
_MARKERS = (
    ("_incapsula_resource", "Imperva (Incapsula)"),
    ("captcha-delivery.com", "DataDome"),
    ("px-captcha", "HUMAN (PerimeterX)"),
    ("awswaf", "AWS WAF"),
    # A captcha counts by its widget on the page, never by its script: form plugins load the
    # script on every page of a site (reCAPTCHA v3 has no widget at all).
    ("cf-turnstile", "Cloudflare Turnstile"),
    ("g-recaptcha", "reCAPTCHA"),
    ("h-captcha", "hCaptcha"),
)
# A page with fewer visible words than this is the challenge and nothing else. A live page
# that carries a captcha (a contact form, a comment box) has its navigation, its form's labels
# and its own text around it.
THIN_WORDS = 60
THIN_CHARACTERS = 480  # the same in languages written without spaces


def header_wall(headers: Mapping[str, str]) -> str | None:
    """Which firewall says, in a response header, that it challenged the request."""
    for name, values in CHALLENGE_HEADERS.items():
        if headers.get(name, "").strip().lower() in values:
            return _VENDORS[name]
    return None


def page_wall(text: str, html_head: str) -> str | None:
    """Which challenge a 2xx page is, when it is only that: a vendor's challenge machinery in
    the start of its HTML and fewer than ``THIN_WORDS`` words (``THIN_CHARACTERS``
    characters) of visible text."""
    if len(text) >= THIN_CHARACTERS or len(text.split(None, THIN_WORDS)) >= THIN_WORDS:
        return None
    lowered = html_head.lower()
    for marker, vendor in _MARKERS:
        if marker in lowered:
            return vendor
    return None
