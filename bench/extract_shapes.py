"""Does extraction hold when a page's own sources come in other shapes? (issue 15 item 2)

The corpus pages are a few sites' templates. Unseen pages declare the same sources in other
shapes: JSON-LD in an ``@graph`` or after a breadcrumb list, meta tags with their attributes in
another order or case, values with entities or line breaks. Each *shape* below rewrites a corpus
page's own markup into one such form, keeping what the page declares, and so keeping the value
the truth's tool would output: a shape is only applied to corpora whose tool reads both forms
the same way (read from the tools' source; see bench/README.md "Reading sources in other
shapes"). A page that was right and turns wrong under a shape is a reader that depends on the
template, not on what the page says.

    python -m bench.extract_shapes [--verbose] [--corpus DIR]

Pages are read in place and rewritten in memory only; nothing is written.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bench.extract_quality import DEFAULT_CORPUS, Page, load_pages, normalise
from bench.extract_readers import outputs

from curator.extract import extract
from curator.extract.decode import decode_html

Rewrite = Callable[[str], str | None]
"""A page's text -> the same page in another shape, or None when the shape does not apply."""

_READERS = ("readability", "metascraper", "goose3")
_LD_SCRIPT = re.compile(
    r"(<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>)(.*?)(</script\s*>)",
    re.IGNORECASE | re.DOTALL,
)
_META = re.compile(r"<meta\b([^>]*?)/?>", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(
    r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""", re.DOTALL
)
_TITLE = re.compile(r"(<title\b[^>]*>)(.*?)(</title\s*>)", re.IGNORECASE | re.DOTALL)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_HEAD_CLOSE = re.compile(r"</head\s*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)
_SCHEMA_ORG = re.compile(r"https?://schema\.org/?")
_TEXT_KEYS = ("headline", "name", "description", "alternativeHeadline")


@dataclass(frozen=True)
class Shape:
    name: str
    rewrite: Rewrite
    keeps: tuple[str, ...]
    """Corpora whose tool reads the page the same way in this shape (so its truth still holds)."""
    why: str
    oracle: bool = False
    """The shape changes what the tools read: the truth of the rewritten page is what the port
    of the page's own tool (bench/extract_readers.py) outputs on it, on pages where the port
    reproduces the original truth."""
    choice: bool = False
    """The shape measures a choice the tools disagree on (see bench/README.md), so pages it
    breaks are that choice's cost, not a reader that depends on the template."""


# --- JSON-LD ------------------------------------------------------------------------------------


def _each_jsonld(page: str, change: Callable[[object], object | None]) -> str | None:
    """Re-serialise every parseable JSON-LD script through ``change``; None if none changed."""
    changed = False

    def one(match: re.Match[str]) -> str:
        nonlocal changed
        try:
            data = json.loads(match.group(2), strict=False)
        except ValueError:
            return match.group(0)
        new = change(data)
        if new is None:
            return match.group(0)
        changed = True
        return match.group(1) + json.dumps(new, ensure_ascii=False) + match.group(3)

    result = _LD_SCRIPT.sub(one, page)
    return result if changed else None


def _graph(data: object) -> object | None:
    if not isinstance(data, dict) or "@graph" in data or "@type" not in data:
        return None
    inner = {k: v for k, v in data.items() if k != "@context"}
    return {"@context": data.get("@context", "https://schema.org"), "@graph": [inner]}


def _ascii_escaped(page: str) -> str | None:
    """The same JSON with every non-ASCII character and ``/`` written as an escape."""
    changed = False

    def one(match: re.Match[str]) -> str:
        nonlocal changed
        try:
            data = json.loads(match.group(2), strict=False)
        except ValueError:
            return match.group(0)
        changed = True
        text = json.dumps(data, ensure_ascii=True, indent=2).replace("/", "\\/")
        return match.group(1) + "\n" + text + "\n" + match.group(3)

    result = _LD_SCRIPT.sub(one, page)
    return result if changed else None


def _entities_in_strings(data: object) -> object | None:
    """Title and description strings with ``&`` and non-ASCII letters written as references,
    as CMS templates that HTML-escape their JSON do."""
    changed = False

    def walk(node: object) -> object:
        nonlocal changed
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            if key in _TEXT_KEYS and isinstance(value, str):
                escaped = html.escape(value, quote=False)
                escaped = "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in escaped)
                changed = changed or escaped != value
                out[key] = escaped
            else:
                out[key] = walk(value)
        return out

    new = walk(data)
    return new if changed else None


def _context(data: object, context: str) -> object | None:
    if not isinstance(data, dict):
        return None
    current = data.get("@context")
    if isinstance(current, str) and _SCHEMA_ORG.fullmatch(current) and current != context:
        return {**data, "@context": context}
    return None


def _breadcrumb_first(page: str) -> str | None:
    first = _LD_SCRIPT.search(page)
    if first is None:
        return None
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": "/", "name": "Home"}},
            {"@type": "ListItem", "position": 2, "item": {"@id": "/news/", "name": "News"}},
        ],
    }
    script = f'<script type="application/ld+json">{json.dumps(crumbs)}</script>\n'
    return page[: first.start()] + script + page[first.start() :]


def _site_first(page: str) -> str | None:
    """A WebSite object, with the site's name, before the page's own JSON-LD."""
    first = _LD_SCRIPT.search(page)
    if first is None:
        return None
    site = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": "Example Site",
        "url": "https://www.example.com/",
        "potentialAction": {"@type": "SearchAction", "target": "/search?q={q}"},
    }
    script = f'<script type="application/ld+json">{json.dumps(site)}</script>\n'
    return page[: first.start()] + script + page[first.start() :]


def _jsonld_to_body_end(page: str) -> str | None:
    scripts = [m.group(0) for m in _LD_SCRIPT.finditer(page)]
    close = list(_BODY_CLOSE.finditer(page))
    if not scripts or not close:
        return None
    stripped = _LD_SCRIPT.sub("", page)
    close = list(_BODY_CLOSE.finditer(stripped))
    if not close:
        return None
    at = close[-1].start()
    return stripped[:at] + "\n".join(scripts) + "\n" + stripped[at:]


def _cdata(page: str) -> str | None:
    scripts = list(_LD_SCRIPT.finditer(page))
    if not scripts or any("<![CDATA[" in m.group(2) for m in scripts):
        return None
    return _LD_SCRIPT.sub(lambda m: f"{m.group(1)}<![CDATA[{m.group(2)}]]>{m.group(3)}", page)


# --- meta tags ----------------------------------------------------------------------------------


def _attributes(inside: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for match in _ATTRIBUTE.finditer(inside):
        value = next((g for g in match.groups()[1:] if g is not None), None)
        found.append((match.group(1), value))
    return found


def _each_meta(
    page: str, change: Callable[[list[tuple[str, str | None]]], str | None]
) -> str | None:
    changed = False

    def one(match: re.Match[str]) -> str:
        nonlocal changed
        new = change(_attributes(match.group(1)))
        if new is None:
            return match.group(0)
        changed = True
        return new

    result = _META.sub(one, page)
    return result if changed else None


def _render(attributes: list[tuple[str, str | None]], quote: str = '"') -> str:
    parts = []
    for name, value in attributes:
        if value is None:
            parts.append(name)
        else:
            q = quote if quote not in value else ('"' if quote == "'" else "'")
            parts.append(f"{name}={q}{value}{q}")
    return "<meta " + " ".join(parts) + ">"


def _has_content(attributes: list[tuple[str, str | None]]) -> bool:
    names = {name.lower() for name, _ in attributes}
    return "content" in names and bool(names & {"name", "property", "itemprop"})


def _content_first(attributes: list[tuple[str, str | None]]) -> str | None:
    if not _has_content(attributes):
        return None
    first = [a for a in attributes if a[0].lower() == "content"]
    return _render(first + [a for a in attributes if a[0].lower() != "content"])


def _upper_names(attributes: list[tuple[str, str | None]]) -> str | None:
    if not _has_content(attributes):
        return None
    return _render([(name.upper(), value) for name, value in attributes])


def _single_quotes(attributes: list[tuple[str, str | None]]) -> str | None:
    return _render(attributes, "'") if _has_content(attributes) else None


def _spaced_content(attributes: list[tuple[str, str | None]]) -> str | None:
    if not _has_content(attributes):
        return None
    return _render(
        [
            (n, "\n\t  " + v.replace(" ", " \n  ") + "  \n" if n.lower() == "content" and v else v)
            for n, v in attributes
        ]
    )


def _referenced_content(attributes: list[tuple[str, str | None]]) -> str | None:
    """``content`` with ``'`` and non-ASCII letters as character references (decoded once by
    any HTML parser) and raw ``&`` as ``&amp;``; the page's own references stay."""
    if not _has_content(attributes):
        return None
    out = []
    for name, value in attributes:
        if name.lower() == "content" and value:
            value = "".join(f"&#{ord(c)};" if ord(c) > 127 or c == "'" else c for c in value)
        out.append((name, value))
    return _render(out)


def _twitter_as_property(attributes: list[tuple[str, str | None]]) -> str | None:
    names = [n.lower() for n, _ in attributes]
    if "property" in names or "name" not in names:
        return None
    value = attributes[names.index("name")][1] or ""
    if not value.lower().startswith("twitter:"):
        return None
    return _render([("property" if n.lower() == "name" else n, v) for n, v in attributes])


def _body_open(page: str) -> re.Match[str] | None:
    """The real ``<body>`` tag: the first after ``</head>`` (scripts may write one earlier)."""
    head = _HEAD_CLOSE.search(page)
    return _BODY_OPEN.search(page, head.end() if head else 0)


def _meta_to_body(page: str) -> str | None:
    """Every named meta tag moved to the start of ``<body>``, as some CMS widgets write them."""
    body = _body_open(page)
    if body is None:
        return None
    moved: list[str] = []

    def take(match: re.Match[str]) -> str:
        if match.start() > body.start() or not _has_content(_attributes(match.group(1))):
            return match.group(0)
        moved.append(match.group(0))
        return ""

    stripped = _META.sub(take, page)
    if not moved:
        return None
    body = _body_open(stripped)
    assert body is not None
    return stripped[: body.end()] + "\n".join(moved) + stripped[body.end() :]


# --- <title> ------------------------------------------------------------------------------------


def _title_rewrite(change: Callable[[str], str]) -> Rewrite:
    def rewrite(page: str) -> str | None:
        match = _TITLE.search(page)
        if match is None or not match.group(2).strip():
            return None
        return page[: match.start(2)] + change(match.group(2)) + page[match.end(2) :]

    return rewrite


def _title_spaced(text: str) -> str:
    return "\n    " + text.strip().replace(" ", "\n    ", 2) + "\n  "


def _title_referenced(text: str) -> str:
    return "".join(f"&#x{ord(c):x};" if ord(c) > 127 or c == "'" else c for c in text)


def _svg_icon_first(page: str) -> str | None:
    body = _body_open(page)
    if body is None or _TITLE.search(page) is None:
        return None
    icon = '<svg viewBox="0 0 10 10"><title>Menu</title><path d="M0 0h10"/></svg>'
    return page[: body.end()] + icon + page[body.end() :]


def _type_list(data: object) -> object | None:
    if isinstance(data, dict) and isinstance(data.get("@type"), str):
        return {**data, "@type": [data["@type"]]}
    return None


def _top_level_list(data: object) -> object | None:
    return [data] if isinstance(data, dict) else None


def _raw_line_break(page: str) -> str | None:
    """A raw line break inside the first headline or name string, as hand-edited templates
    leave them: not JSON, though lenient parsers accept it."""
    found = re.search(
        r"(<script\b[^>]*ld\+json[^>]*>[^<]*?\"(?:headline|name)\"\s*:\s*\"[^\"\\\s]+) ", page
    )
    if found is None:
        return None
    return page[: found.end() - 1] + "\n" + page[found.end() :]


def _og_on_name(attributes: list[tuple[str, str | None]]) -> str | None:
    names = [n.lower() for n, _ in attributes]
    if "property" not in names or "name" in names:
        return None
    value = attributes[names.index("property")][1] or ""
    if not value.startswith("og:"):
        return None
    return _render([("name" if n.lower() == "property" else n, v) for n, v in attributes])


ALL = _READERS
JSONLD_READERS = ("readability", "metascraper")

SHAPES: tuple[Shape, ...] = (
    Shape(
        "jsonld @graph",
        lambda p: _each_jsonld(p, _graph),
        JSONLD_READERS,
        "each object moved into a @graph with the context on the wrapper (Yoast's shape)",
    ),
    Shape(
        "jsonld escaped",
        _ascii_escaped,
        ALL,
        "\\uXXXX for non-ASCII, \\/ for /, pretty-printed",
    ),
    Shape(
        "jsonld entities",
        lambda p: _each_jsonld(p, _entities_in_strings),
        JSONLD_READERS,
        "& and non-ASCII in headline/name/description as HTML references",
    ),
    Shape(
        "jsonld context https/",
        lambda p: _each_jsonld(p, lambda d: _context(d, "https://schema.org/")),
        JSONLD_READERS,
        "@context with the trailing slash",
    ),
    Shape(
        "jsonld context http",
        lambda p: _each_jsonld(p, lambda d: _context(d, "http://schema.org")),
        ALL,
        "@context over http",
    ),
    Shape("jsonld breadcrumb first", _breadcrumb_first, ALL, "a BreadcrumbList script first"),
    Shape(
        "jsonld website first",
        _site_first,
        ("readability",),
        "a WebSite object naming the site first (metascraper's description reads it)",
    ),
    Shape("jsonld at body end", _jsonld_to_body_end, ALL, "scripts moved to the end of <body>"),
    Shape("jsonld CDATA", _cdata, ("readability",), "<![CDATA[ ]]> around the JSON"),
    Shape("meta content first", lambda p: _each_meta(p, _content_first), ALL, "content= first"),
    Shape("meta NAMES", lambda p: _each_meta(p, _upper_names), ALL, "attribute names upper-case"),
    Shape("meta single quotes", lambda p: _each_meta(p, _single_quotes), ALL, "'quoted' values"),
    Shape(
        "meta line breaks",
        lambda p: _each_meta(p, _spaced_content),
        ALL,
        "content broken over lines, indented",
    ),
    Shape(
        "meta references",
        lambda p: _each_meta(p, _referenced_content),
        ALL,
        "content characters as &#NNN; references",
    ),
    Shape(
        "twitter as property",
        lambda p: _each_meta(p, _twitter_as_property),
        ALL,
        "twitter:* in property= instead of name=",
    ),
    Shape("meta in body", _meta_to_body, ALL, "named meta tags moved into <body>"),
    Shape(
        "title line breaks",
        _title_rewrite(_title_spaced),
        ALL,
        "<title> text broken over lines",
    ),
    Shape(
        "title references",
        _title_rewrite(_title_referenced),
        ALL,
        "<title> characters as &#xNN; references",
    ),
    Shape("svg title first", _svg_icon_first, ALL, "an <svg><title> icon first in <body>"),
    Shape(
        "jsonld @type list",
        lambda p: _each_jsonld(p, _type_list),
        ALL,
        '"@type": ["NewsArticle"]; Readability and goose3 then skip the script',
        oracle=True,
    ),
    Shape(
        "jsonld top-level list",
        lambda p: _each_jsonld(p, _top_level_list),
        ALL,
        "each object wrapped in a list; Readability then skips it",
        oracle=True,
    ),
    Shape(
        "jsonld raw line break",
        _raw_line_break,
        ALL,
        "a raw line break in a headline; strict JSON parsers skip the script",
        oracle=True,
    ),
    Shape(
        "og on name=",
        lambda p: _each_meta(p, _og_on_name),
        ALL,
        "og:* in name= (a choice: Readability reads it, metascraper and goose3 do not)",
        oracle=True,
        choice=True,
    ),
)


# --- scoring ------------------------------------------------------------------------------------


@dataclass
class Row:
    applied: int = 0
    right_before: int = 0
    right_after: int = 0
    broke: list[str] | None = None
    mended: list[str] | None = None


_HEADERS = {"content-type": "text/html; charset=utf-8"}


def _values(text: str, page: Page) -> tuple[str | None, str | None]:
    url = page.truth.get("url")
    meta = extract(text.encode("utf-8"), url if isinstance(url, str) else "", _HEADERS)
    return meta.title, meta.description


def _right(got: str | None, want: object) -> bool:
    return isinstance(want, str) and normalise(got or "") == normalise(want)


def score(pages: list[Page]) -> dict[tuple[str, str], Row]:
    """Per (shape, field): pages it applied to, right before and after, which broke/mended."""
    rows: dict[tuple[str, str], Row] = {}
    for page in pages:
        original = decode_html(page.path.read_bytes(), {})
        before = _values(original, page)
        url = page.truth.get("url")
        host = urlsplit(url).hostname if isinstance(url, str) else None
        tool_before = outputs(original, host)[page.corpus]
        for shape in SHAPES:
            if page.corpus not in shape.keeps:
                continue
            rewritten = shape.rewrite(original)
            if rewritten is None:
                continue
            after = _values(rewritten, page)
            tool_after = outputs(rewritten, host)[page.corpus] if shape.oracle else None
            for index, field_name in enumerate(("title", "description")):
                want = page.truth.get(field_name)
                if not isinstance(want, str):
                    continue
                want_after: str | None = want
                if tool_after is not None:
                    if not _right(tool_before[index], want) or tool_after[index] is None:
                        continue  # the port does not reproduce this truth, or says "paragraph"
                    want_after = tool_after[index]
                row = rows.setdefault((shape.name, field_name), Row(broke=[], mended=[]))
                row.applied += 1
                was, now = _right(before[index], want), _right(after[index], want_after)
                row.right_before += was
                row.right_after += now
                if was and not now:
                    assert row.broke is not None
                    row.broke.append(f"{page.id}: {after[index]!r}, truth now {want_after!r}")
                if now and not was:
                    assert row.mended is not None
                    row.mended.append(page.id)
    return rows


def report(rows: dict[tuple[str, str], Row], verbose: bool) -> str:
    lines = [f"{'shape':<26}{'field':<13}{'pages':>6}{'before':>8}{'after':>7}{'broke':>7}"]
    total_before = total_after = total = 0
    for shape in SHAPES:
        for field_name in ("title", "description"):
            row = rows.get((shape.name, field_name))
            if row is None:
                continue
            broke = len(row.broke or [])
            lines.append(
                f"{shape.name:<26}{field_name:<13}{row.applied:>6}{row.right_before:>8}"
                f"{row.right_after:>7}{broke:>7}"
            )
            total += row.applied
            total_before += row.right_before
            total_after += row.right_after
            if verbose:
                lines.extend(f"    broke {item[:160]}" for item in row.broke or [])
    lines.append(f"all shapes: {total_after}/{total} right after ({total_before} before)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", "-v", action="store_true", help="name every page that broke")
    args = parser.parse_args(argv)
    if not (args.corpus / "pages").is_dir():
        print(f"error: no corpus at {args.corpus / 'pages'}", file=sys.stderr)
        return 2
    print(report(score(load_pages(args.corpus)), args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
