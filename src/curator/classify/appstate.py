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

from curator.extract.document import Document

_NEXT_DIGESTS = ("NEXT_NOT_FOUND", "NEXT_HTTP_ERROR_FALLBACK;404")
_NUXT_ERROR = re.compile(
    r"""__NUXT__\s*=.{0,50000}?["']?error["']?\s*:\s*\{[^{}]{0,200}?["']?statusCode["']?\s*:\s*(404|410)\b""",
    re.DOTALL,
)
_GONE_STATUSES = frozenset({404, 410})
# A page showing more visible words than this is not a shell waiting for its script.
SHELL_WORDS = 60


def route_not_found(document: Document) -> str | None:
    """What the page's framework state says about its route being not found, if it says so."""
    for script in document.elements("script"):
        code = script.text
        if not code:
            continue
        if script.get("id") == "__NEXT_DATA__":
            found = _next_data(code)
        elif "__next_f" in code and "NEXT_" in code:
            found = _next_digest(code)
        elif "__NUXT__" in code:
            match = _NUXT_ERROR.search(code)
            found = (
                None
                if match is None
                else (
                    f"the app's state (window.__NUXT__) holds an error with status {match.group(1)}"
                )
            )
        else:
            continue
        if found is not None:
            return found
    return None


def _next_digest(code: str) -> str | None:
    for digest in _NEXT_DIGESTS:
        if f'"digest":"{digest}' in code or f'\\"digest\\":\\"{digest}' in code:
            return f"the app's streamed state carries Next.js's not-found digest ({digest})"
    return None


def _next_data(code: str) -> str | None:
    try:
        data: Any = json.loads(code)
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
