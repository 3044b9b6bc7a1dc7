"""The phrase book (``gone_phrases.json`` beside this module), read once per process.

Its sections (``languages``, ``clauses``, ``remedies``, ``conditions``, ``translations``,
``courtesies``) are compiled by the readers that use them, each once; this module only reads
the file, so that every reader sees the same book and the file is parsed once, not per section.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

PHRASES_FILE = "gone_phrases.json"


@cache
def phrase_book() -> dict[str, Any]:
    """The whole book, parsed; callers read it and never change it."""
    text = resources.files("curator.classify").joinpath(PHRASES_FILE).read_text("utf-8")
    book: dict[str, Any] = json.loads(text)
    return book
