"""A page read block by block against a catch-all drawn twice: is it that catch-all?

Some sites answer every unknown URL with one page drawn afresh for the asked path: the slug
echoed as its heading, a rail of suggested articles and a render stamp drawn anew, an item's
template left empty (a thread with no posts, a profile of nobody). Compared as a whole, two
draws of it are anywhere from 30% to 98% alike, so a gone link showing it escapes the probe.

Two made-up siblings tell what such a page is. What both draws show in the same place (the
same slot: the chain of block elements and their classes leading to it) is the catch-all's
invariant part: its template and its message. A slot whose words differ between the draws is
where it draws afresh (a rail, a stamp). A page *is* that catch-all when it shows every
invariant block, under the catch-all's title, and nothing of its own beside them: every other
block it has sits in a slot where the catch-all varies, and where that slot is a list (a rail,
teasers), some of what the page shows there is an item either draw showed too (numbers aside):
the page's own draw from the same pool, not its own content in the rail's place.

This is what the withdrawn main-content digest (wave 9) lacked. It read a page's main content
as Readability does and dropped what looked like chrome, so a forum thread whose posts sit in
``class="comment"``, a tag page listed by links and a profile whose words are its slug and
numbers all read as the empty template. Here nothing is dropped for looking like chrome: the
blocks are what ``extract.text.visible_text`` reads (it leaves out hidden elements, scripts,
``nav``, ``footer`` and ``aside``, so what a page says only there is not its own), and
numbers are words: a profile's
"412 articles" is not the catch-all's "0", while a stamp that differs between the two draws
marks its slot as drawn afresh. The asked address is set aside as the page quotes it: its
path's words where they run together or stand as a whole segment.

Pages too long to be anyone's stand-in (``MAX_CHARS`` of visible text, ``MAX_BLOCKS``) are not
read. The match is weighed as one sign (``evidence``), never a verdict alone: a site whose
unknown URLs show a random article in its template would make every live page's own content
"drawn afresh" (the catch-all's title kept invariant and carried by the page guards that case,
and the pool a front page's rotating teasers), and a rail drawn from a small pool can come out
the same in both draws (a miss: its items then read as invariant).
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote

from lxml import etree

from curator import urls
from curator.extract.text import BLOCK_TAGS, HIDDEN_TAGS

# Pages with more visible text or blocks than this are not read: a catch-all's stand-in shows
# a template and a message (DEV's run to 5,000 characters and 140 blocks in real pages' chrome),
# and a long article read block by block would cost a second walk and its blocks' memory
# (12 bytes a block, held with the page's shape until its probe is in).
MAX_CHARS = 12_000
MAX_BLOCKS = 400
# A catch-all whose two draws share fewer blocks than this (its title among them) says too little
# to tell a page by.
MIN_STABLE = 3

_TOKENS = re.compile(r"[^\W_]+")
_CLASS_NOISE = re.compile(r"\d+")
_NUMBERS = re.compile(r"\d+")
_CODE = "I" if array("I").itemsize >= 4 else "L"
_TITLE_SLOT = "title"
_MASK = "_"


def address_mask(url: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``url``'s path, which a page drawn for it may echo, as (every word, the
    segments that are one word). A page and a made-up sibling share the directory, so its
    words are set aside in both alike; what differs is the slug and the made-up letters."""
    try:
        path = unquote(urls.split(url).path).lower()
    except ValueError:
        return frozenset(), frozenset()
    words: set[str] = set()
    whole: set[str] = set()
    for segment in path.split("/"):
        tokens = _TOKENS.findall(segment)
        words.update(tokens)
        if len(tokens) == 1:
            whole.add(tokens[0])
    return frozenset(words), frozenset(whole)


def masked(text: str, mask: tuple[frozenset[str], frozenset[str]]) -> str:
    """``text``'s words, lowercased, each run of the address's words one "_": a run of two or
    more, or a lone word that is a whole segment (a lone "the" of a slug is the site's word)."""
    words, whole = mask
    out: list[str] = []
    run: list[str] = []
    for token in _TOKENS.findall(text.casefold()):
        if token in words:
            run.append(token)
            continue
        if run:
            out.extend([_MASK] if len(run) > 1 or run[0] in whole else run)
            run = []
        out.append(token)
    if run:
        out.extend([_MASK] if len(run) > 1 or run[0] in whole else run)
    collapsed: list[str] = []
    for token in out:
        if token != _MASK or not collapsed or collapsed[-1] != _MASK:
            collapsed.append(token)
    return " ".join(collapsed)


def read_blocks(root: etree._Element, url: str, title: str | None) -> bytes | None:
    """The page's visible blocks packed as hashes (``_pack``), the title first;
    None when the page is too long to be read (``MAX_CHARS``, ``MAX_BLOCKS``)."""
    pairs = blocks_of(root, url, title)
    return None if pairs is None else _pack(pairs)


def blocks_of(root: etree._Element, url: str, title: str | None) -> list[tuple[str, str]] | None:
    """The page's visible blocks as (slot, masked words), the title first (``read_blocks``)."""
    mask = address_mask(url)
    pairs: list[tuple[str, str]] = []
    if title:
        pairs.append((_TITLE_SLOT, masked(title, mask)))
    # One buffer of text per open block element, with the slot it fills.
    stack: list[tuple[str, list[str]]] = [("", [])]
    size = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    skip_subtree = walker.skip_subtree
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if not isinstance(tag, str) or tag in HIDDEN_TAGS or _hidden(element):
                skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                stack.append((_slot(stack[-1][0], tag, element.get("class")), []))
            text = element.text
            if text:
                stack[-1][1].append(text)
                size += len(text.strip())
        else:
            if tag in BLOCK_TAGS and len(stack) > 1:
                slot, parts = stack.pop()
                said = masked(" ".join(parts), mask)
                if said:
                    pairs.append((slot, said))
            tail = element.tail
            if tail and element is not root:
                stack[-1][1].append(tail)
                size += len(tail.strip())
        if size > MAX_CHARS or len(pairs) > MAX_BLOCKS:
            return None
    said = masked(" ".join(stack[0][1]), mask)
    if said:
        pairs.append(("", said))
    return pairs


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    aria = element.get("aria-hidden")
    return aria is not None and aria.strip().lower() == "true"


def _slot(parent: str, tag: str, classes: str | None) -> str:
    """The slot a block fills: its parent's slot, then its tag and classes (digits set aside:
    ``post-1234`` is the class of every post)."""
    name = tag
    if classes:
        name += "." + ".".join(sorted(_CLASS_NOISE.sub("0", classes).split()))
    return f"{parent}/{name}"


def _hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def _pack(pairs: Iterable[tuple[str, str]]) -> bytes:
    """(slot, words) as three hashes each: the slot, the block (slot and words), and the block
    with every number one "0" (a rail's item is the same item whatever count or price a draw
    prints beside it: ``invariant``'s pool)."""
    flat = array(_CODE)
    for slot, said in pairs:
        flat.append(_hash(slot))
        flat.append(_hash(f"{slot}\x00{said}"))
        flat.append(_hash(f"{slot}\x00{_NUMBERS.sub('0', said)}"))
    return flat.tobytes()


def _unpack(packed: bytes) -> dict[int, tuple[int, int]]:
    """Block hash -> (slot hash, block hash with numbers set aside)."""
    flat = array(_CODE, packed)
    return {flat[i + 1]: (flat[i], flat[i + 2]) for i in range(0, len(flat) - 2, 3)}


_TITLE_HASH = _hash(_TITLE_SLOT)


def invariant(first: bytes, second: bytes) -> bytes:
    """What two draws of a catch-all tell of it, packed for the store: the blocks both show in
    a slot where neither draws afresh (its invariant part); the slots whose words differ
    between them (a rail's items two draws happen to share are still the rail's); of those, the
    lists (a slot holding several blocks in a draw: a rail, teasers) and every block the draws
    showed in them, numbers aside, the pool a page's own draw of a list comes from. Empty when
    the invariant part is too small (``MIN_STABLE``) or lacks the title (it differs per path)."""
    one, other = _unpack(first), _unpack(second)
    shared = one.keys() & other.keys()
    varying = {one[block][0] for block in one.keys() - shared}
    varying |= {other[block][0] for block in other.keys() - shared}
    stable = {block for block in shared if one[block][0] not in varying}
    if len(stable) < MIN_STABLE or not any(one[block][0] == _TITLE_HASH for block in stable):
        return b""
    lists = varying & (_lists(one) | _lists(other))
    pool = {loose for draw in (one, other) for slot, loose in draw.values() if slot in lists}
    flat = array(_CODE, [len(stable), len(varying), len(lists)])
    for part in (stable, varying, lists, pool):
        flat.extend(sorted(part))
    return flat.tobytes()


def _lists(blocks: dict[int, tuple[int, int]]) -> set[int]:
    """The slots holding more than one block in one page's blocks."""
    seen: set[int] = set()
    lists: set[int] = set()
    for slot, _ in blocks.values():
        (lists if slot in seen else seen).add(slot)
    return lists


@dataclass(frozen=True, slots=True)
class Standing:
    """How a page stands against a catch-all's invariant part."""

    shown: int  # of the catch-all's invariant blocks, how many the page shows
    stable: int  # how many there are
    own: int  # the page's blocks neither invariant nor in a slot the catch-all draws afresh
    # lists the catch-all draws afresh where the page shows only blocks neither draw showed:
    # its own content where a catch-all would show its rail (a listing, an article's paragraphs
    # in the slot of a rotating front page's teasers)
    foreign: int = 0

    @property
    def is_catch_all(self) -> bool:
        return self.shown == self.stable and self.own == 0 and self.foreign == 0


def stand(page: bytes, catch_all: bytes) -> Standing | None:
    """The page's blocks against ``invariant``'s; None when either was not read."""
    if not page or not catch_all:
        return None
    flat = array(_CODE, catch_all)
    n_stable, n_varying, n_lists = flat[0], flat[1], flat[2]
    at = 3
    stable = set(flat[at : at + n_stable])
    at += n_stable
    varying = set(flat[at : at + n_varying])
    at += n_varying
    lists = set(flat[at : at + n_lists])
    pool = set(flat[at + n_lists :])
    blocks = _unpack(page)
    shown = len(stable & blocks.keys())
    own = sum(
        1 for block, (slot, _) in blocks.items() if block not in stable and slot not in varying
    )
    drawn_from: dict[int, bool] = {}
    for slot, loose in blocks.values():
        if slot in lists:
            drawn_from[slot] = drawn_from.get(slot, False) or loose in pool
    foreign = sum(1 for from_pool in drawn_from.values() if not from_pool)
    return Standing(shown, len(stable), own, foreign)
