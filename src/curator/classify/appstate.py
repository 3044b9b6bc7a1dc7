"""An app shell whose own state says the route was not found.

A JavaScript-only page shows a checker no words, but the framework that rendered it writes its
state into the page for the browser to pick up, and that state says what the server decided:
Next.js names the page it rendered (``"page":"/404"``, or ``/_error`` with a 404 status) or a
``notFound`` answer in ``__NEXT_DATA__``, and its app router streams a not-found digest
(``NEXT_NOT_FOUND``, ``NEXT_HTTP_ERROR_FALLBACK;404``); Nuxt 2 writes ``error:{statusCode:404}``
into ``window.__NUXT__``, Nuxt 3 a ``NuxtError`` with that status into its ``__NUXT_DATA__``
payload (devalue's flat array: values are indices into it); SvelteKit hands its client the
rendered ``status`` in the ``kit.start`` call; Gatsby's script loader names the page it served
(``window.pagePath="/404.html"``); Remix keeps a route's error response in
``window.__remixContext`` (``"__type":"RouteErrorResponse"`` with its ``status``), and React
Router's data routers the same response among the ``errors`` of the hydration data they write
(``window.__staticRouterHydrationData = JSON.parse("...")``); Vue Router names the route it
matched, and its guide names the catch-all ``NotFound`` (the current ``route`` a store keeps);
Inertia hands its client a page object (``data-page``) naming the component it rendered and
its props, an error page's ``status`` among them. These are the
framework's verdict on the route, in no language, so they are read the same whatever the site's
words; a 404 that is part of a page's own data (a review list's status, an article about HTTP
codes) is not the route's and is not read, nor is a data router's error for a route nested
inside the page (its reviews, a calendar) while the page's own route rendered.

Most apps are on none of these: they hand their client a store of their own
(``window.__INITIAL_STATE__``, a ``<script type="application/json">``), and it says what the
server found in the words its code tests for, whatever the site's language: a status, a
not-found flag, or an outcome written as a token (``"error": "NOT_FOUND"``, an error object of
the type ``NotFound``, a listed error whose ``code`` is ``not_found``, GraphQL's error at the
field the page asked for) beside the route's record set to null. Which keys speak for the route
is read from where they stand: the store's top, a page or route object, the slice named for
the address; an error of a part (a widget, the comments, a deeper GraphQL path, a field that
failed beside others that loaded) is the part's, and a sentence ("Page not found") is a label
for people, not an outcome.

Only shells are read (``SHELL_WORDS`` visible words or fewer, a script written without spaces
counted by its characters): a page with text of its own has its own words to decide on, and an
article about the framework may quote its state.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from curator.classify import words
from curator.extract.document import Document
from curator.extract.text import all_text, visible_text
from curator.fetch.result import GONE_STATUSES

_NEXT_DIGESTS = ("NEXT_NOT_FOUND", "NEXT_HTTP_ERROR_FALLBACK;404")
_NUXT_ERROR = re.compile(
    r"""__NUXT__\s*=.{0,50000}?["']?error["']?\s*:\s*\{[^{}]{0,200}?["']?statusCode["']?\s*:\s*(404|410)\b""",
    re.DOTALL,
)
# SvelteKit's hydration call: ``kit.start(app, element, {node_ids: [...], data: [...], form:
# null, error: {...}, status: 404})``; the options object is read up to this many characters.
_KIT_START = "kit.start("
_KIT_OPTIONS = 20000
_KIT_STATUS = re.compile(r"\bstatus\s*:\s*(\d{3})\b")
_KIT_ERROR = re.compile(r"\berror\s*:\s*(?!null\b)[{\[\"']")
# Gatsby's script loader: the page the server answered with.
_GATSBY_PAGE = re.compile(r"""window\.pagePath\s*=\s*["'](/404(?:\.html|/)?|/dev-404-page/?)["']""")
# Remix: a route's error response, its status beside its type in one flat object.
_REMIX_ERROR = re.compile(
    r"""\{[^{}]{0,400}?(?:"status"\s*:\s*(404|410)[^{}]{0,400}?"__type"\s*:\s*"RouteErrorResponse"|"""
    r""""__type"\s*:\s*"RouteErrorResponse"[^{}]{0,400}?"status"\s*:\s*(404|410))"""
)
# devalue's wrappers around a value (``["ShallowReactive", 1]``, ``["NuxtError", 7]``).
_DEVALUE_DEPTH = 6
# A page showing more visible words than this is not a shell waiting for its script.
SHELL_WORDS = 60
_SHELL_TEXT = 4000  # characters of visible text read for the count


def route_not_found(document: Document, url: str = "") -> str | None:
    """What the page's framework state says about its route being not found, if it says so.
    ``url`` is the page's address: its path names the record type a state's slice holds."""
    # an article in Japanese, Chinese or Thai is no shell for having few spaces (``words``)
    if words.count(visible_text(document.root, _SHELL_TEXT)) > SHELL_WORDS:
        return None  # a page with text of its own: its words decide, not its store
    headings = document.elements("h1")
    heading = " ".join(all_text(headings[0]).split()) if headings else ""
    for script in document.elements("script"):
        code = script.text
        if not code:
            continue
        if script.get("id") == "__NEXT_DATA__":
            found = _next_data(code, url)
        elif script.get("id") == "__NUXT_DATA__":
            found = _nuxt_payload(code)
        elif _KIT_START in code:
            found = _kit_status(code)
        elif "window.pagePath" in code:
            page = _GATSBY_PAGE.search(code)
            found = (
                None
                if page is None
                else (f"the app's state (Gatsby's window.pagePath) says it served {page.group(1)}")
            )
        elif "__remixContext" in code:
            found = _remix_context(code, url, heading)
        elif "__next_f" in code and "NEXT_" in code:
            found = _next_digest(code)
        elif "__NUXT__" in code and _NUXT_ERROR.search(code):
            match = _NUXT_ERROR.search(code)
            found = (
                None
                if match is None
                else (
                    f"the app's state (window.__NUXT__) holds an error with status {match.group(1)}"
                )
            )
        else:
            found = embedded_state(script, url, heading)
        if found is not None:
            return found
    return _inertia_page(document)


def _remix_context(code: str, url: str, heading: str = "") -> str | None:
    """Remix's hydration context: its ``state`` is a data router's (``loaderData`` and
    ``errors`` keyed by route id), read as React Router's is; a context that is not JSON (a
    streamed one) is read for a route error response's status alone."""
    assigned = _ASSIGNED.match(code)
    context: Any = None
    if assigned is not None and not assigned.group(2):
        try:
            context, _ = json.JSONDecoder().raw_decode(code[assigned.end() :][:_STATE_CHARS])
        except ValueError:
            context = None
    state = context.get("state") if isinstance(context, dict) else None
    if isinstance(state, dict):
        status: int | str | None = _route_error_status(state, url, heading)
    else:
        error = _REMIX_ERROR.search(code)
        status = None if error is None else error.group(1) or error.group(2)
    if status is None:
        return None
    return (
        f"the app's state (window.__remixContext) holds a route error response with status {status}"
    )


def _next_digest(code: str) -> str | None:
    for digest in _NEXT_DIGESTS:
        if f'"digest":"{digest}' in code or f'\\"digest\\":\\"{digest}' in code:
            return f"the app's streamed state carries Next.js's not-found digest ({digest})"
    return None


def _next_data(code: str, url: str = "") -> str | None:
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
    if page == "/_error" and status in GONE_STATUSES:
        return f"the app's state (__NEXT_DATA__) says it rendered its error page for a {status}"
    if isinstance(page_props, dict) and page_props.get("notFound") is True:
        return "the app's state (__NEXT_DATA__) says the page was not found (notFound)"
    if isinstance(page_props, dict):
        # a page that renders its own not-found state from its data (``getServerSideProps``
        # handing ``{statusCode: 404, article: null}`` to a ``/news/[id]`` page): the page's
        # props are its route's level, read as any app's state is
        said = _route_level(page_props, _address_words(url))
        if said is not None:
            return f"the app's state (__NEXT_DATA__ pageProps) says {said}"
    return None


def _nuxt_payload(code: str) -> str | None:
    """Nuxt 3's payload, serialised by devalue: a flat array whose first item is the payload
    and whose values are indices into the array, with wrappers naming a reviver."""
    try:
        values: Any = json.loads(code)
    except ValueError:
        return None
    if not isinstance(values, list) or not values:
        return None
    payload = _devalue(values, 0)
    error = _devalue(values, payload.get("error")) if isinstance(payload, dict) else None
    status = _devalue(values, error.get("statusCode")) if isinstance(error, dict) else None
    if isinstance(status, int) and status in GONE_STATUSES:
        return f"the app's state (__NUXT_DATA__) holds an error with status {status}"
    return None


def _devalue(values: list[Any], index: Any) -> Any:
    """The value at ``index`` of a devalue array, its reviver's wrappers taken off."""
    for _ in range(_DEVALUE_DEPTH):
        if not isinstance(index, int) or isinstance(index, bool):
            return None
        if not 0 <= index < len(values):
            return None
        value = values[index]
        if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str):
            index = value[1]  # ["ShallowReactive", 1], ["NuxtError", 7]
            continue
        return value
    return None


def _kit_status(code: str) -> str | None:
    """The status SvelteKit's server rendered the route with, when it rendered an error."""
    call = code[code.index(_KIT_START) + len(_KIT_START) :][:_KIT_OPTIONS]
    options = _top_level(call[call.find("{") :]) if "{" in call else ""
    status = _KIT_STATUS.search(options)
    if status is None or int(status.group(1)) not in GONE_STATUSES:
        return None
    if _KIT_ERROR.search(options) is None:
        return None
    return (
        f"the app's hydration (SvelteKit's kit.start) says it rendered an error {status.group(1)}"
    )


def _top_level(source: str) -> str:
    """The text of the object literal ``source`` starts with at its own level only: what its
    nested objects, arrays and strings hold is left out, so a ``status: 404`` in the page's
    own data (a list of HTTP codes, a monitor's checks) is not read as the route's."""
    kept: list[str] = []
    depth, quote, escaped = 0, "", False
    for char in source:
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
            if depth == 1 and not quote:
                kept.append('""')  # a string value stays a value: ``error: "..."`` still reads
            continue
        if char in "\"'`":
            quote = char
            continue
        if char in "{[":
            depth += 1
            if depth == 2:
                kept.append(char)  # a nested value stays a value: ``error: {...}`` still reads
            continue
        if char in "}]":
            depth -= 1
            if depth == 0:
                break
            continue
        if depth == 1:
            kept.append(char)
    return "".join(kept)


# Where other apps keep their state: a JSON blob the script assigns to a window property
# (``window.__INITIAL_STATE__ = {...}``, Redux's ``__PRELOADED_STATE__``, ``__APOLLO_STATE__``,
# Nuxt 2's ``__NUXT__`` written as JSON), or a ``<script type="application/json">`` (Angular's
# ``ng-state``, a framework's own id).
_ASSIGNED = re.compile(
    r"""^\s*(?:window\.|window\[["'])(\w{1,60})(?:["']\])?\s*=\s*(JSON\.parse\(\s*(?=")|(?=[{\[]))"""
)
_JSON_TYPES = frozenset({"application/json"})
_STATE_CHARS = 500_000
# The state's own status keys, the keys an error object sits under, and the flags a route's
# state raises when its record is not there. Only the state's top levels are read (the route's
# level, and an error object beside it): a 404 inside the page's own data (a list of checks, a
# record numbered 404, a table of HTTP codes) sits deeper or in a list.
# In the order they are read: the HTTP status first, so a reason names the same one every run.
_STATUS_KEYS = (
    "status", "statuscode", "httpstatus", "httpstatuscode", "code", "errorcode", "statustext"
)  # fmt: skip
# A record's own ``code`` is its number or SKU ("code": "404" on a chair named Model 404): on
# a level that is neither the route's nor an error object, only these keys are its status.
_RECORD_STATUS_KEYS = ("status", "statuscode", "httpstatus", "httpstatuscode")
_ERROR_KEYS = frozenset({"error", "err", "errors", "fetcherror", "pageerror"})
_ROUTE_KEYS = frozenset({"page", "route", "router", "pageprops", "props", "pagedata", "data"})
_FOUND_FLAGS = frozenset({"notfound", "is404", "isnotfound", "pagenotfound"})
_DELETED_FLAGS = frozenset({"deleted", "isdeleted", "removed", "isremoved"})
# Null values that say nothing of the route's record: a visitor not signed in.
_VISITOR_KEYS = frozenset({"user", "viewer", "me", "currentuser", "session", "auth", "account"})
_NOT_RECORDS = ("error", "at", "time", "date", "message", "msg", "reason", "next", "prev",
                "cursor", "token", "redirect", "url")  # fmt: skip
_GONE_CODE = re.compile(r"^(?:404|410)(?:\b|_)|(?:^|_)(?:NOT[_ ]?FOUND|GONE)$", re.IGNORECASE)
# The same outcome as a programmer names it in code: one token, no spaces (``NOT_FOUND``,
# ``not_found``, ``NotFound``, ``ITEM_NOT_FOUND``, ``not-found``, ``ResourceNotFoundException``,
# ``E404``, ``HTTP_410``). A sentence ("Page not found") is a label for people, which a live
# app's store carries among its translations; a token is what its code tests for.
_TOKEN = re.compile(r"^[A-Za-z0-9_.:-]{1,60}$")
_TOKEN_WORDS = re.compile(r"[_.:-]+|(?<=[a-z0-9])(?=[A-Z])")
_TOKEN_STATUS = re.compile(r"^[a-z]*(?:404|410)$")
_TOKEN_SUFFIXES = ("error", "exception")
# In an error object, the keys naming its kind (``{"name": "NotFoundError"}``,
# ``{"type": "not_found"}``); outside one they are a record's own name or type.
_ERROR_NAME_KEYS = ("name", "type", "kind")


def parsed_state(script: Any) -> tuple[str, dict[str, Any]] | None:
    """The JSON state a script embeds (a ``<script type="application/json">`` or a window
    property assigned a JSON object), with the name it goes by, or None."""
    code = script.text or ""
    kind = (script.get("type") or "").strip().lower()
    parsed = False  # the state written as a JSON string, ``JSON.parse("...")``
    if kind in _JSON_TYPES:
        name = script.get("id") or "application/json"
        source = code
    else:
        assigned = _ASSIGNED.match(code)
        if assigned is None:
            return None
        name, source = f"window.{assigned.group(1)}", code[assigned.end() :]
        parsed = bool(assigned.group(2))
    try:
        state, _ = json.JSONDecoder().raw_decode(source[:_STATE_CHARS].strip())
        if parsed:
            # ``JSON.parse("...")``: the state written as a JSON string, as React Router writes
            # its hydration data; the string holds the state
            state = json.loads(state) if isinstance(state, str) else None
    except ValueError:
        return None
    return (name, state) if isinstance(state, dict) else None


# Levels of a state read for the route's record: the top and the props nested under it.
_PROPS_LEVELS = 4
# A state's words for a record on its way: a flag raised, or a request's status.
_FETCHING = frozenset({"loading", "isloading", "fetching", "isfetching", "pending", "ispending"})
# A request's status before its answer: Redux Toolkit's ``"idle"`` is a fetch not yet started
# (the page fetches on mount), ``"loading"`` and ``"pending"`` one under way.
_NOT_FETCHED = frozenset({"idle", "loading", "isloading", "fetching", "pending"})
# Keys under which a state echoes the address asked for, not the record's data.
_ECHO_KEYS = frozenset(
    {"query", "params", "aspath", "path", "pathname", "url", "href", "location", "canonical"}
)


def empty_record(state: dict[str, Any], item: frozenset[str] = frozenset()) -> str | None:
    """The key and value (``'item': null``) by which a state's route level (its top, or the
    page's props under it: ``props.pageProps`` in Next.js) holds the item's record as null or
    ``{}``: the slot the page's script fills has nothing to be filled from. The key must be
    the item's: one of its words shares a stem with ``item``, the words naming the item's type
    (the address's section, the slot's attribute: ``/deal/88213450`` or ``data-deal-no`` and
    ``"deal": null``), compared without a language's vocabulary. A live page's state carries
    nulls of its own beside the item a script fetches by its ID (a promotion, an ad slot, a
    review summary, a framework's ``initialData``, the router's echoed ``query``), and a
    visitor's session, an error, a time or a cursor are null on a live page too. Alone this
    is no verdict; ``empty_main`` weighs it with the rendered page."""
    levels = [state]
    for level in levels:  # grows as it is read: the props under the top, and theirs
        if any(_on_its_way(key, value) for key, value in level.items()):
            return None  # the state says the record is being fetched: the slot will be drawn
        for key, value in level.items():
            if isinstance(value, dict) and value and key.lower() in _ROUTE_KEYS:
                if len(levels) < _PROPS_LEVELS:
                    levels.append(value)
                continue
            if value not in (None, {}):
                continue
            lowered = key.lower()
            if lowered in _VISITOR_KEYS or lowered in _ERROR_KEYS or lowered in _ROUTE_KEYS:
                continue
            if lowered in _ECHO_KEYS or lowered.endswith(_NOT_RECORDS):
                continue
            if any(same_stem(word, named) for word in name_words(key) for named in item):
                return f"{key!r}: {json.dumps(value)}"
    return None


# A name's words: runs of letters (digits are IDs, not names), split where a lower-case
# letter meets a capital (``reviewSummary``).
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_CAMEL = re.compile(r"(?<=[^\W\d_])(?<![A-Z])(?=[A-Z])")
# Shared stems shorter than this are chance (``pro`` of promo and product).
_STEM = 5


def name_words(name: str) -> list[str]:
    """The words of a key, attribute or path segment, lower-cased (``reviewSummary``:
    review, summary; ``data-deal-no``: data, deal, no)."""
    return [
        word.casefold() for run in _NOT_LETTERS.split(name) for word in _CAMEL.split(run) if word
    ]


def same_stem(one: str, other: str) -> bool:
    """Whether two words are one name in two forms: equal, one the other's start
    (``item``, ``items``), or sharing their first ``_STEM`` letters (``vacancy``,
    ``vacancies``; ``producto``, ``product``)."""
    if one == other:
        return True
    short = min(len(one), len(other))
    if short >= 3 and (one.startswith(other) or other.startswith(one)):
        return True
    return short >= _STEM and one[:_STEM] == other[:_STEM]


def _on_its_way(key: str, value: Any) -> bool:
    """Whether a state's key says its record is being fetched (``"loading": true``, Redux
    Toolkit's ``"status": "loading"``, React Query's ``"isFetching": true``)."""
    lowered = key.lower()
    if value is True:
        return lowered in _FETCHING
    return lowered == "status" and isinstance(value, str) and value.lower() in _NOT_FETCHED


def mentions(state: Any, names: list[str], depth: int = 8) -> bool:
    """Whether any value of a state holds one of ``names`` (an item's ID), outside the keys
    that echo the address asked for (a router's ``query`` and ``params``, ``asPath``): the
    route's echo of ``/item/881`` is no data about item 881."""
    if depth == 0:
        return False
    if isinstance(state, dict):
        return any(
            mentions(value, names, depth - 1)
            for key, value in state.items()
            if str(key).lower() not in _ECHO_KEYS
        )
    if isinstance(state, list):
        return any(mentions(value, names, depth - 1) for value in state)
    return isinstance(state, (str, int)) and any(name in str(state) for name in names)


def embedded_state(script: Any, url: str = "", heading: str = "") -> str | None:
    """What a JSON state embedded in ``script`` says of the route at its own level, if it says
    the route's record is not there (a not-found status beside a null record, or a not-found
    flag). A slice of the state speaks for the route when it is named for the page or route,
    or for a segment of the page's own address (``/produkt/kissen-4411`` and a ``produkt``
    slice): a page's parts (its reviews, the cart, recommendations, a cache) may fail on a
    live page."""
    found = parsed_state(script)
    if found is None:
        return None
    name, state = found
    error = _route_error(state, url, heading)
    said = (
        (
            None
            if error is None
            else f"route {error[0]} answered an error response with status {error[1]}"
        )
        or _route_name(state)
        or _route_level(state, _address_words(url))
    )
    return None if said is None else f"the app's state ({name}) says {said}"


# The names a router's catch-all route goes by: Vue Router's guide calls it ``NotFound``;
# "not-found", "PageNotFound", "404", "Error404", "NotFoundPage" and "404View" are the same
# name in other hands. Compared with case, spaces, dashes and underscores set aside.
_NOT_FOUND_NAME = re.compile(r"^(?:page|error|route)?(?:notfound|404)(?:page|view|route|error)?$")
# The keys a store keeps the current route under (vuex-router-sync's ``route``, Pinia's and
# hand-written stores' ``currentRoute``).
_CURRENT_ROUTE_KEYS = frozenset({"route", "currentroute"})


def not_found_name(name: Any) -> bool:
    """Whether ``name`` (a route's or a page component's) is a router's not-found route."""
    if not isinstance(name, str) or len(name) > 60:
        return False
    return _NOT_FOUND_NAME.match(re.sub(r"[\W_]+", "", name).casefold()) is not None


def _route_name(state: dict[str, Any]) -> str | None:
    """The name of the route the app's router matched, kept at the state's top level, when it
    is the not-found route: a record type or a page of the app named "Not Found" (a film, a
    band) sits under its own key, and a list of the app's routes is no current route."""
    for key, value in state.items():
        if key.lower() in _CURRENT_ROUTE_KEYS and isinstance(value, dict):
            name = value.get("name")
            if not_found_name(name):
                return f"its router matched the not-found route (route name “{name}”)"
    return None


def _route_error(state: dict[str, Any], url: str = "", heading: str = "") -> tuple[str, int] | None:
    """A route's error response among a data router's ``errors`` (React Router's hydration
    data and Remix's context, keyed by the id of the route whose boundary caught it), when its
    status says not found or gone and it is the page's own: the route the address itself
    matched, with nothing of the page rendered above it (``_part_of_page``)."""
    errors = state.get("errors")
    if not isinstance(errors, dict):
        return None
    loaded = state.get("loaderData")
    for route, error in errors.items():
        if not isinstance(error, dict) or error.get("__type") != "RouteErrorResponse":
            continue
        status = error.get("status")
        if not isinstance(status, int) or isinstance(status, bool):
            continue
        if status in GONE_STATUSES and not _part_of_page(
            str(route), url, loaded if isinstance(loaded, dict) else {}, heading
        ):
            return str(route), status
    return None


def _route_error_status(state: dict[str, Any], url: str = "", heading: str = "") -> int | None:
    error = _route_error(state, url, heading)
    return None if error is None else error[1]


# A route id in the file-route convention of Remix and React Router's framework mode spells
# the route's path: ``routes/hire.$cat.$item.reviews`` is ``/hire/:cat/:item/reviews``, a
# child of ``routes/hire.$cat.$item``. Segments that match no part of an address: pathless
# layouts and index routes (``_auth``, ``_index``, ``index``, a folder's ``route``), optional
# segments (``($lang)``) and a splat (``$``, which may match nothing).
_FILE_ROUTE = "routes/"
_ROUTE_SPLIT = re.compile(r"[./]")
_ESCAPED = re.compile(r"\[[^\]]*\]")  # ``sitemap[.]xml``: a dot that is the path's own


def _route_segments(route: str) -> int | None:
    """How many segments of an address the route at least needs, when its id spells its path."""
    if not route.startswith(_FILE_ROUTE):
        return None
    needed = 0
    for part in _ROUTE_SPLIT.split(_ESCAPED.sub("x", route[len(_FILE_ROUTE) :])):
        if not part or part.startswith("_") or part in {"index", "route", "$"}:
            continue
        if part.startswith("(") and part.endswith(")"):
            continue
        needed += 1
    return needed


def _part_of_page(route: str, url: str, loaded: dict[str, Any], heading: str = "") -> bool:
    """Whether the route whose error the state holds is a part of the page, not the page: a
    route nested below the one the address matched (its path needs more segments than the
    address has: a reviews or calendar route inside an item's page), or one nested in a route
    that loaded the record the page shows as its heading (a stay's reviews tab at its own
    address, under the stay's route): the page's own route rendered, and the error's boundary
    stands only where the failing part would be. An error at the root, or at the route the
    address matched with nothing of the page shown above it, leaves it nothing of its own."""
    needed = _route_segments(route)
    if url and needed is not None:
        depth = sum(1 for segment in urlsplit(url).path.split("/") if segment)
        if needed > depth:
            return True
    shown = heading.casefold()
    if not shown or not _LETTERED.search(shown):
        return False
    for other, data in loaded.items():
        if _nested_in(route, str(other)) and _holds_text(data, shown):
            return True
    return False


_LETTERED = re.compile(r"[^\W\d_]")
_NUMBERED_ID = re.compile(r"^\d+(?:-\d+)*$")


def _nested_in(route: str, other: str) -> bool:
    """Whether ``route`` is nested in ``other``, by their ids: a file route's id extends its
    parent's by a dot or a slash, React Router's generated ids (``0-1-2``) by a dash."""
    if _NUMBERED_ID.match(route) and _NUMBERED_ID.match(other):
        return route.startswith(f"{other}-")
    return route.startswith((f"{other}.", f"{other}/"))


def _holds_text(data: Any, text: str, depth: int = 4) -> bool:
    """Whether a route's loader data holds ``text`` (casefolded) as one of its values."""
    if isinstance(data, str):
        return " ".join(data.split()).casefold() == text
    if depth and isinstance(data, dict):
        return any(_holds_text(value, text, depth - 1) for value in data.values())
    if depth and isinstance(data, list):
        return any(_holds_text(value, text, depth - 1) for value in data[:50])
    return False


# Inertia's root element carries the page object its server rendered: ``component``, ``props``,
# ``url`` and ``version``. Read only on a shell: a few elements to look through.
_INERTIA_PAGE = "data-page"
_INERTIA_STATUS_KEYS = ("status", "statusCode")


def _inertia_page(document: Document) -> str | None:
    """What Inertia's page object says: the component it rendered is the not-found page, or
    the page's own props carry a not-found status (Laravel's guide renders errors as an
    ``Error`` component with the ``status``); a status inside a record of the props is the
    record's."""
    for element in document.elements("div"):
        data = element.get(_INERTIA_PAGE)
        if not data:
            continue
        try:
            page: Any = json.loads(data)
        except ValueError:
            return None
        if not isinstance(page, dict) or not isinstance(page.get("component"), str):
            return None
        component: str = page["component"]
        if not_found_name(component.rsplit("/", 1)[-1]):
            return f"the app's page object (Inertia's data-page) names the component {component}"
        props = page.get("props")
        for key in _INERTIA_STATUS_KEYS:
            status = props.get(key) if isinstance(props, dict) else None
            if isinstance(status, int) and status in GONE_STATUSES:
                return (
                    f"the app's page object (Inertia's data-page) renders {component} "
                    f"with status {status}"
                )
        return None
    return None


def _address_words(url: str) -> frozenset[str]:
    """The words of the page's path, lower-cased: the record types its address names."""
    path = urlsplit(url).path.lower()
    return frozenset(word for word in re.split(r"[^a-z0-9]+", path) if len(word) > 2)


def _route_level(state: dict[str, Any], named: frozenset[str] = frozenset()) -> str | None:
    """The route's verdict in the state's top level, the objects directly under it, and an
    error object beside those. A not-found flag counts only at the route's own level (the top,
    an object named for the page or route, or their error object), not on a part of the page
    ("reviews": {"notFound": true}); a ``code`` only there too, not as a record's own code."""
    # (level, the object it is the error of, whether it speaks for the route)
    levels: list[tuple[dict[str, Any], dict[str, Any] | None, bool]] = [(state, None, True)]
    levels.extend((error, owner, True) for error, owner in _listed_errors(state))
    for key, value in state.items():
        if not isinstance(value, dict):
            continue
        lowered = key.lower()
        error = lowered in _ERROR_KEYS
        route = error or lowered in _ROUTE_KEYS
        if not route and lowered not in named:
            continue  # a part of the page (reviews, the cart, a cache): it may fail on a live page
        # an error object's record, or a route object's (``{"route": {"status": "NOT_FOUND"},
        # "board": null}``), is the state's: its null record sits beside it, at the top
        levels.append((value, state if error or lowered in _ROUTE_KEYS else None, route))
        for inner_key, inner in value.items():
            if isinstance(inner, dict) and inner_key.lower() in _ERROR_KEYS:
                levels.append((inner, value, route))
        levels.extend((inner, owner, route) for inner, owner in _listed_errors(value))
    if any(_says_found(level) for level, _, route in levels if route):
        return None  # the route itself answered 2xx
    for level, owner, route in levels:
        said = _says_gone(level, owner, route, named)
        if said is not None:
            return said
    return None


def _says_gone(
    level: dict[str, Any], owner: dict[str, Any] | None, route: bool, named: frozenset[str]
) -> str | None:
    flags = {key.lower(): value for key, value in level.items()}
    if route:
        for flag in sorted(_FOUND_FLAGS):  # one order every run: the reason names the same flag
            if flags.get(flag) is True:
                return f"the route was not found ({flag}: true)"
    status = _gone_status(
        flags, _STATUS_KEYS if route or owner is not None else _RECORD_STATUS_KEYS
    ) or _gone_outcome(flags, owner is not None)
    if status is None or status.lower() in named:
        return None  # a page whose address names the code (/status/404) is about it
    deleted = _deleted(level)
    empty = _null_record(level) or (owner is not None and _null_record(owner))
    if deleted is not None:
        return f"its record is not there (status {status}, {deleted}: true)"
    if empty:
        return f"its record is not there (status {status}, {empty}: null)"
    return None


def _says_found(level: dict[str, Any]) -> bool:
    """Whether one of the level's status keys says 2xx."""
    for key, value in level.items():
        if key.lower() in _RECORD_STATUS_KEYS and not isinstance(value, bool):
            if isinstance(value, int) and 200 <= value < 300:
                return True
            if isinstance(value, str) and value.strip()[:1] == "2" and value.strip().isdigit():
                return True
    return False


def _deleted(level: dict[str, Any]) -> str | None:
    """A deleted flag raised on the level or on a record directly under it."""
    holders: list[dict[str, Any]] = [level]
    holders.extend(value for value in level.values() if isinstance(value, dict))
    for holder in holders:
        for key, value in holder.items():
            if value is True and key.lower() in _DELETED_FLAGS:
                return str(key)
    return None


def _gone_status(flags: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = flags.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int) and value in GONE_STATUSES:
            return str(value)
        if isinstance(value, str) and _GONE_CODE.search(value.strip()):
            return value.strip()[:40]
    return None


# The errors a level lists (``"errors": [{"code": "not_found"}]``, GraphQL's
# ``[{"message": ..., "path": ["product"], "extensions": {"code": "NOT_FOUND"}}]``) read up to
# this many: a route's own error comes first, a page's failing parts add more.
_LISTED_ERRORS = 5
_EXTENSIONS = "extensions"
# An error naming the input it is about (a form's field, JSON:API's ``source``): the request's
# part, as a form that did not find the e-mail typed into it, not the route's record.
_INPUT_KEYS = ("field", "source", "param", "parameter")


def _listed_errors(level: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The error objects ``level`` lists under an error key, each with the record it speaks
    of: the level itself, or, when the error names the field it failed at (GraphQL's ``path``),
    that field alone, and only a field of this level (``["product"]``); an error at a deeper
    path (``["product", "reviews"]``) is a part of the record's, on a page that rendered."""
    found: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for key, value in level.items():
        if key.lower() not in _ERROR_KEYS or not isinstance(value, list):
            continue
        for error in value[:_LISTED_ERRORS]:
            if not isinstance(error, dict) or any(key in error for key in _INPUT_KEYS):
                continue
            owner = level if "path" not in error else _failed_field(level, error["path"])
            if owner is None:
                continue
            found.append((error, owner))
            extensions = error.get(_EXTENSIONS)
            if isinstance(extensions, dict):
                found.append((extensions, owner))
    return found


def _failed_field(level: dict[str, Any], path: Any) -> dict[str, Any] | None:
    """The field a GraphQL error's ``path`` names (a field of the level, or of the ``data`` the
    response carries beside its errors), as the record the error speaks of, when the query got
    nothing else: a field that failed beside others that loaded (the product drawn, its
    recommendations not) is a part of the page."""
    if not isinstance(path, list) or len(path) != 1 or not isinstance(path[0], str):
        return None  # a deeper path: a part of a record the page drew
    data = level.get("data")
    fields = data if isinstance(data, dict) and path[0] in data else level
    if path[0] not in fields:
        return None
    loaded = [
        key
        for key, value in fields.items()
        if value not in (None, {}, [], "")
        and key.lower() not in _ERROR_KEYS | _VISITOR_KEYS | _ROUTE_KEYS
    ]
    if any(key != path[0] for key in loaded):
        return None
    return {path[0]: fields[path[0]]}


def _gone_outcome(flags: dict[str, Any], error: bool) -> str | None:
    """A not-found outcome a level of the route's (its top, a route object, the slice named
    for its address) writes as a token rather than a status (``"error": "NOT_FOUND"``), or an
    error object's kind (``"name": "NotFoundError"``)."""
    keys = [key for key in flags if key in _ERROR_KEYS]
    if error:
        keys.extend(_ERROR_NAME_KEYS)
    for key in keys:
        value = flags.get(key)
        if _gone_token(value):
            return str(value)
    return None


def _gone_token(value: Any) -> bool:
    """Whether ``value`` is a not-found or gone outcome written as a programmer's token, read by
    its words (split at separators and where a lower-case letter meets a capital): it ends in
    "not found" or "gone" (an ``Error``/``Exception`` after them set aside), or one of its words
    is the status itself (``E404``, ``HTTP_410``). ``undergone`` is one word, not "gone"."""
    if not isinstance(value, str) or not _TOKEN.match(value):
        return False
    words = [word.casefold() for word in _TOKEN_WORDS.split(value) if word]
    while len(words) > 1 and words[-1] in _TOKEN_SUFFIXES:
        words.pop()
    if words[-2:] == ["not", "found"] or words[-1:] in (["notfound"], ["gone"]):
        return True
    return any(_TOKEN_STATUS.match(word) for word in words)


def _null_record(level: dict[str, Any]) -> str | None:
    """A key of ``level`` naming a record whose value is null: not a visitor's session, an
    error, a time or a cursor, which are null on a live page too."""
    for key, value in level.items():
        lowered = key.lower()
        if value is not None or lowered in _VISITOR_KEYS or lowered in _ERROR_KEYS:
            continue
        if not lowered.endswith(_NOT_RECORDS):
            return key
    return None
