"""A parsed page plus the indexes every metadata rule reads (meta tags, JSON-LD, the few
elements they look for).

Built once per page so the title, description, date and canonical rules each look things up
instead of re-walking the tree: each walk of a real page's tree costs as much as a rule, even
when lxml matches the tag in C.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from curator.extract.decode import utf8_blank

# lxml's own HTML parser, not lxml.html's: lxml.html's gives each element a Python class chosen
# by a Python callback, run for every element a walk touches; the plain parser's elements are
# made in C. The rules only need the ElementTree API (``extract.text.all_text`` stands in for
# ``text_content``). No rule looks an element up by its id, so the parser keeps no table of
# ids (``collect_ids``): one hash insert per id attribute saved on every page.
_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    collect_ids=False,
)
# The elements the metadata rules look for, gathered by one walk when the page is parsed.
INDEXED_TAGS = ("base", "h1", "h2", "link", "meta", "script", "time", "title")
_JSONLD_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")


@dataclass(frozen=True)
class Document:
    """One page, parsed, with its meta tags and JSON-LD objects indexed."""

    root: etree._Element
    meta: Mapping[str, str]
    """First non-empty ``content`` per meta key (see :func:`meta_key`)."""
    jsonld: tuple[Mapping[str, Any], ...] = field(default=())
    """Every JSON-LD object on the page, ``@graph`` members flattened, in document order."""
    by_tag: Mapping[str, Sequence[etree._Element]] = field(default_factory=dict)
    """The page's elements of each of ``INDEXED_TAGS``, in document order."""

    def elements(self, tag: str) -> Sequence[etree._Element]:
        """Every ``tag`` element of the page in document order; an indexed tag costs no walk."""
        found = self.by_tag.get(tag)
        return found if found is not None else list(self.root.iter(tag))

    def first_meta(self, *keys: str) -> tuple[str, str] | None:
        """The first of ``keys`` the page declares, with its value."""
        for key in keys:
            value = self.meta.get(key)
            if value:
                return key, value
        return None


def parse(text: str, utf8: bytes | None = None) -> Document | None:
    """Parse page text into a Document; None when there is no markup to speak of.

    ``utf8`` is the body ``text`` was decoded from, when that was UTF-8: lxml gets those bytes
    as they are if decoding replaced nothing and there is no NUL, rather than the text encoded
    back into the same bytes (a copy of the whole page for nothing). Both tests are the cheap
    ones: ``isspace`` stops at the first visible character where ``strip`` copies the page,
    and a NUL is looked for in the bytes (UTF-8 decodes a 0 byte, and only it, to NUL), where
    the search runs at memchr speed rather than over a wide string.
    """
    if not text or text.isspace():
        return None
    if utf8 is not None and "\ufffd" not in text and b"\x00" not in utf8:
        return _parse(utf8)
    return _parse(text.replace("\x00", "\ufffd").encode("utf-8", errors="replace"))


def parse_utf8(body: bytes) -> Document | None:
    """``parse(body.decode("utf-8", errors="replace"), body)``, with no text decoded where the
    body is clean UTF-8 without a NUL (nearly every page): lxml then reads the bytes as they
    are, and the text was only ever decoded to learn that."""
    blank = utf8_blank(body)
    if blank is None or b"\x00" in body:
        return parse(body.decode("utf-8", errors="replace"), body)
    return None if blank else _parse(body)


def _parse(data: bytes) -> Document | None:
    """The page in ``data`` (UTF-8) parsed and indexed."""
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    by_tag: dict[str, list[etree._Element]] = {tag: [] for tag in INDEXED_TAGS}
    for element in root.iter(*INDEXED_TAGS):
        by_tag[element.tag].append(element)
    return Document(
        root=root,
        meta=_index_meta(by_tag["meta"]),
        jsonld=tuple(jsonld_objects(by_tag["script"])),
        by_tag=by_tag,
    )


def meta_key(name: str) -> str:
    """Normalise a meta name the way Readability does: ``DC.Description`` -> ``dc:description``.

    Whitespace is dropped with ``str.split``, which splits on exactly what ``\\s`` matches
    (see ``clean.collapse``), without a regex call per meta tag.
    """
    return "".join(name.split()).lower().replace(".", ":")


def _index_meta(metas: Iterable[etree._Element]) -> dict[str, str]:
    """Index <meta> by name, property, itemprop and http-equiv; the first non-empty one wins.

    ``property`` may hold several space-separated names (``og:title twitter:title``). A bare
    ``property="description"`` is no tool's meta description (Readability, metascraper and
    goose3 read only ``name=``); other bare names (``dateModified``, ``DC.title``) count.
    itemprop and http-equiv keys are prefixed so they never shadow a same-named ``name``.
    """
    index: dict[str, str] = {}
    for element in metas:
        content = element.get("content")
        if content is None or not content.strip():
            continue
        keys = [meta_key(t) for t in (element.get("property") or "").split()]
        keys = [key for key in keys if key != "description"]
        keys.extend(meta_key(token) for token in (element.get("name") or "").split())
        if element.get("itemprop"):
            keys.extend("itemprop:" + meta_key(t) for t in element.get("itemprop", "").split())
        if element.get("http-equiv"):
            keys.append("http-equiv:" + meta_key(element.get("http-equiv", "")))
        for key in keys:
            index.setdefault(key, content)
    return index


def jsonld_objects(scripts: Iterable[etree._Element]) -> Iterator[Mapping[str, Any]]:
    """The JSON-LD objects of ``scripts`` (any elements; only ``ld+json`` scripts are read),
    ``@graph`` members flattened, in document order: what ``Document.jsonld`` holds."""
    for script in scripts:
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        source = _JSONLD_WRAPPERS.sub("", script.text.strip())
        try:
            data = json.loads(source, strict=False)
        except (ValueError, RecursionError):  # nested deeper than the parser goes: not data
            continue
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _flatten(graph)
