"""An app shell whose own state says the route was not found.

A JavaScript-only page shows a checker no words, but the framework that rendered it writes its
state into the page for the browser to pick up, and that state says what the server decided:
Next.js names the page it rendered (``"page":"/404"``, or ``/_error`` with a 404 status) or a
``notFound`` answer in ``__NEXT_DATA__``, and its app router streams a not-found digest
(``NEXT_NOT_FOUND``, ``NEXT_HTTP_ERROR_FALLBACK;404``); Nuxt 2 writes ``error:{statusCode:404}``
into ``window.__NUXT__``. These are the framework's verdict on the route, in no language, so
they are read the same whatever the site's words.

Only shells are read (``SHELL_WORDS`` visible words or fewer): a page with text of its own
has its own words to decide on, and an article about the framework may quote its state.
"""

from __future__ import annotations

import json
import re
from typing import Any

_NEXT_DATA = re.compile(
    r"<script[^>]*\bid\s*=\s*[\"']__NEXT_DATA__[\"'][^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE
)
_NEXT_DIGESTS = ("NEXT_NOT_FOUND", "NEXT_HTTP_ERROR_FALLBACK;404")
_NUXT_ERROR = re.compile(
    r"""__NUXT__\s*=.{0,20000}?["']?error["']?\s*:\s*\{[^{}]{0,200}?["']?statusCode["']?\s*:\s*(404|410)\b""",
    re.DOTALL,
)
_GONE_STATUSES = frozenset({404, 410})
# A page showing more visible words than this is not a shell waiting for its script.
SHELL_WORDS = 60


def route_not_found(text: str) -> str | None:
    """What the page's framework state says about its route being not found, if it says so.
    ``text`` is the page's decoded HTML."""
    if "__NEXT_DATA__" in text:
        found = _next_data(text)
        if found is not None:
            return found
    stream = text.find("__next_f")
    if stream >= 0 and "NEXT_" in text:
        for digest in _NEXT_DIGESTS:
            if any(
                text.find(written, stream) >= 0
                for written in (f'"digest":"{digest}', f'\\"digest\\":\\"{digest}')
            ):
                return f"the app's streamed state carries Next.js's not-found digest ({digest})"
    if "__NUXT__" in text:
        match = _NUXT_ERROR.search(text)
        if match is not None:
            return f"the app's state (window.__NUXT__) holds an error with status {match.group(1)}"
    return None


def _next_data(text: str) -> str | None:
    match = _NEXT_DATA.search(text)
    if match is None:
        return None
    try:
        data: Any = json.loads(match.group(1))
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    page = data.get("page")
    props = data.get("props")
    page_props = props.get("pageProps") if isinstance(props, dict) else None
    status = page_props.get("statusCode") if isinstance(page_props, dict) else None
    if page == "/404":
        return "the app's state (__NEXT_DATA__) says it rendered its 404 page"
    if page == "/_error" and status in _GONE_STATUSES:
        return f"the app's state (__NEXT_DATA__) says it rendered its error page for a {status}"
    if isinstance(page_props, dict) and page_props.get("notFound") is True:
        return "the app's state (__NEXT_DATA__) says the page was not found (notFound)"
    return None
