"""``with`` support for objects that hold something (threads, a connection) until ``close()``.

The fetcher and the state stores each wrote the same ``__enter__``/``__exit__`` pair; this is
its one home, so a class that can be closed says so in its bases and nothing more.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Self


class Closeable(ABC):
    """Usable as ``with thing:``; leaving the block, even by an exception, calls ``close()``."""

    @abstractmethod
    def close(self) -> None:
        """Release what the object holds."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
