"""Bookkeeping keyed by every link of a run that is filled at its start and emptied as its
links come in, giving its memory back as it empties.

A Python dict or set never shrinks when entries leave it: its table stays the size of its
fullest moment until something is added. A wave's bookkeeping by URL (the URLs not answered yet
with the caller's string for each, the routes still waiting for each, a worker's wants for
each) is filled before the first request and then only emptied while the workers fetch, so at
the end of the fetch, the process tree's peak, each would still hold a table sized for every
link: about 2 MiB per 50,000 links each (bench/README.md, "The tree's peak at 50,000, second
pass"). Here the entries left are copied into a table of their own size as soon as that table
would be half the one they are in. CPython makes a copied dict's table a power of two with room
for half as many entries again, so a table built for 50,000 entries (131,072 slots) halves once
43,690 are left, after an eighth of the links rather than half. The copies' sizes halve each
time, so each removal costs one copy of an entry at most, amortised; the freed tables (most of
them large enough for their own mapping, ``execute.arenas``) go back to the system. Should a
Python size its tables otherwise, only when the copies happen changes.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, MutableMapping
from typing import TypeVar, overload

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
D = TypeVar("D")

_MISSING = object()

# Below this many slots a table is a few pages at most: copying it would gain nothing.
_SMALLEST = 2048


def _slots(entries: int) -> int:
    """The slots of the table CPython gives a copy of a dict of ``entries`` entries."""
    return 1 << (((3 * entries + 1) // 2) | 7).bit_length()


class Draining(MutableMapping[K, V]):
    """A mapping that is mostly emptied after it is filled; its table follows its size down.

    A mutable mapping; only removing an entry (``del``, ``pop``) may shrink its table.
    """

    __slots__ = ("_items", "_size")

    def __init__(self, items: Iterable[tuple[K, V]] = ()) -> None:
        self._items: dict[K, V] = dict(items)
        self._size = _slots(len(self._items))  # the table's slots (at least)

    @classmethod
    def adopt(cls, items: dict[K, V]) -> Draining[K, V]:
        """One that takes over ``items`` (no copy; the caller lets go of it)."""
        draining: Draining[K, V] = cls()
        draining._items, draining._size = items, _slots(len(items))
        return draining

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    @overload
    def get(self, key: K, /) -> V | None: ...

    @overload
    def get(self, key: K, /, default: V | D) -> V | D: ...

    def get(self, key: K, /, default: object = None) -> object:
        return self._items.get(key, default)

    def __setitem__(self, key: K, value: V) -> None:
        self._items[key] = value
        self._size = max(self._size, _slots(len(self._items)))

    def __delitem__(self, key: K) -> None:
        del self._items[key]
        self._shrink()

    @overload
    def pop(self, key: K, /) -> V: ...

    @overload
    def pop(self, key: K, /, default: V | D) -> V | D: ...

    def pop(self, key: K, /, default: object = _MISSING) -> object:
        """``key``'s value, removed (``default`` when it has none, or KeyError)."""
        if key not in self._items:
            if default is _MISSING:
                raise KeyError(key)
            return default
        value = self._items.pop(key)
        self._shrink()
        return value

    def _shrink(self) -> None:
        size = _slots(len(self._items))
        if size < self._size and self._size >= _SMALLEST:
            self._items = dict(self._items)  # a table sized for what is left
            self._size = size
