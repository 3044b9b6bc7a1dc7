"""Visible text of a page: what a reader would see, for soft-404 and drift similarity."""

from __future__ import annotations

from lxml import etree

from curator.extract.clean import cap, collapse

TEXT_CAP = 200_000
"""Characters of visible text kept; enough to compare pages, small enough to store per run."""

# Not shown to readers, or boilerplate repeated on every page of a site (navigation, footers,
# sidebars), which would make two different pages of one site look alike. Not <form>: ASP.NET
# WebForms pages wrap their whole body in one.
HIDDEN_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "button", "nav", "footer", "aside",
    }
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr",
        "ul", "caption", "img",
    }
)  # fmt: skip


def visible_text(root: etree._Element, limit: int = TEXT_CAP) -> str:
    """Whitespace-collapsed visible text of ``root``, capped at ``limit`` characters."""
    return cap(collapse(_joined(root, limit, " ")), limit)


# Stands where a block begins or ends while the blocks' starts are read (``block_starts``): a
# Unicode noncharacter, never text, and not whitespace, so collapsing keeps it as a word.
_BLOCK_MARK = "\ufdd0"


def block_starts(
    root: etree._Element, limit: int = TEXT_CAP, past: int | None = None
) -> tuple[int, ...]:
    """Where each block of ``visible_text(root)`` starts in it, in order: the text runs blocks
    together with a space, so a sentence in a script without capital letters cannot tell from
    the text alone whether the words before it are its own or a menu's or a heading's.

    The same walk as ``visible_text`` with a mark at block edges; the text is not changed, so
    every other reader of it sees what it saw. Read only when a statement needs it.

    With ``past``, only the starts up to the first one after that offset, where the text's
    start holds it: the blocks around any earlier offset, and nothing else, for readers of the
    text's first characters. Walking and splitting a long page's whole text to know where its
    first few blocks start cost more than reading the page's statements."""
    edge = f" {_BLOCK_MARK} "
    if past is not None:
        # the text's start, walked a few times over as far as ``past`` in raw characters:
        # collapsing only shortens it, so a start found past ``past`` ends the reading, and
        # a start not found there is looked for in the whole text
        marked, whole = _walk(root, limit, edge, _PREFIX_READ * past)
        starts = _starts(collapse(marked), limit, past)
        if whole or (starts and starts[-1] > past):
            return starts
    return _starts(collapse(_joined(root, limit, edge)), limit, None)


# How many times ``block_starts``'s offset in raw text is walked before the whole text is: a
# page's text nodes are mostly indentation.
_PREFIX_READ = 8


def _starts(marked: str, limit: int, past: int | None) -> tuple[int, ...]:
    starts: list[int] = []
    at, pending = 0, True
    for word in marked.split(" "):
        if word == _BLOCK_MARK:
            pending = True
            continue
        if not word:
            continue
        if pending:
            starts.append(at)
            pending = False
            if past is not None and at > past:
                break
        at += len(word) + 1
        if at > limit:
            break
    return tuple(starts)


def _joined(root: etree._Element, limit: int, edge: str) -> str:
    """The visible pieces of ``root`` joined, ``edge`` at each block's start and end, as far
    as ``2 * limit`` characters of them.

    Walked first without counting the pieces' characters, a Python step for every piece of
    every page, to stop only the rare page past ``2 * limit``: the joined text is at least as
    long as its pieces, so where it holds no more than that, the counting walk would not have
    stopped and reads the same; where it holds more, that walk is taken."""
    most = limit * 2
    joined = _walk(root, limit, edge, None)[0]
    return joined if len(joined) <= most else _walk(root, limit, edge, most)[0]


def _walk(root: etree._Element, limit: int, edge: str, most: int | None) -> tuple[str, bool]:
    """The visible pieces of ``root`` joined, ``edge`` at each block's start and end, until
    they hold more than ``most`` characters (all of them with None); and whether that is all.

    The one walk over a whole page, element by element, so it is written for speed: the
    attribute tests run only for tags that are not hidden by name, and nothing else is
    looked up per element.
    """
    parts: list[str] = []
    append = parts.append
    size = 0
    counting, bound = most is not None, most or 0
    hidden_tags, block_tags = HIDDEN_TAGS, BLOCK_TAGS
    walker = etree.iterwalk(root, events=("start", "end"))
    skip_subtree = walker.skip_subtree
    for event, element in walker:
        tag = element.tag
        if event == "start":
            # Hidden from readers: by tag, or by the hidden / aria-hidden="true" attributes.
            # Tested here rather than in a function: a call per element is a tenth of the walk.
            if tag in hidden_tags or not isinstance(tag, str):
                skip_subtree()
                continue
            if element.get("hidden") is not None:
                skip_subtree()
                continue
            aria = element.get("aria-hidden")
            if aria is not None and aria.strip().lower() == "true":
                skip_subtree()
                continue
            if tag in block_tags:
                append(edge)
            text = element.text
            if text:
                append(text)
                if counting:
                    size += len(text)
                    if size > bound:
                        return "".join(parts), False
        else:
            if tag in block_tags:
                append(edge)
            tail = element.tail
            if tail and element is not root:
                append(tail)
                if counting:
                    size += len(tail)
                    if size > bound:
                        return "".join(parts), False
    return "".join(parts), True


def element_text(element: etree._Element) -> str:
    """Collapsed text of one element, skipping hidden descendants (scripts inside headings)."""
    return visible_text(element, limit=TEXT_CAP)


def all_text(element: etree._Element) -> str:
    """Every piece of text under ``element``, hidden or not, joined as written (libxml2 does
    the walk: no Python object per descendant)."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)
