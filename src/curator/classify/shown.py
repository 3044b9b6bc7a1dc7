"""Words of absence a page shows in a code block, inside an article that explains them.

A how-to about a server's not-found answer shows it as the reader will meet it, in a code
block: "HTTP Error 404.3 - Not Found / The page you requested could not be found." in a
``<pre>``, Apache's "The requested URL was not found on this server." before the directive
that replaces it, an Express handler sending "The page you requested could not be found.".
A code block holds what a program prints or a file says: the page quotes it, as it would in
quotation marks, and its own words are the prose around it. A server's bare error page is a
code block too (Express answers "Cannot GET /x" in a ``<pre>``), and a developer site's
not-found page may be drawn as a terminal, but nothing around them explains anything, or the
code block opens the page: only a statement inside a code block on a page that leads into it
with a sentence of its own (``LEAD_WORDS``) and has ``EXPLAINED_WORDS`` words of its own
outside code is read as shown, and then it keeps the share a quotation keeps
(``statement.QUOTED_SHARE``), with why in its note. A title or heading saying it is
not read here.
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from curator.classify.gone_facts import GoneFacts
from curator.classify.main_area import Block
from curator.classify.prose import word_count
from curator.classify.statement import QUOTED_SHARE, Statement
from curator.extract.clean import collapse
from curator.extract.text import all_text

# The elements that hold a program's output, code or a file's contents.
CODE_TAGS = ("pre", "code", "samp", "kbd", "tt")
# Words of the main area's own outside code blocks and headings from which the page explains
# what it shows: a few sentences of a how-to. A server's error page has none, a not-found
# page a line or two of help.
EXPLAINED_WORDS = 40
# Words of the page's own that lead into what it shows ("Reloading /reports/2026 showed the
# default error:"): a not-found page drawn as a terminal opens with its code block, or with
# an exclamation ("Oops:").
LEAD_WORDS = 8


def shown_in_code(facts: GoneFacts, root: etree._Element, blocks: tuple[Block, ...]) -> GoneFacts:
    """``facts`` with the text's statements that stand inside a code block of a page that
    explains them turned into quotations, each with why."""
    texts = (facts.direct, facts.label, facts.clause, facts.main)
    said = [s for s in texts if s is not None and s.plain]
    if not said:
        return facts
    code = [collapse(all_text(el)).casefold() for el in root.iter(*CODE_TAGS)]
    code = [text for text in code if text]
    words = [s.words.casefold() for s in said if any(s.words.casefold() in t for t in code)]
    if not words:
        return facts
    body = [b for b in blocks if not b.heading]
    inside = [any(collapse(b.text).casefold() in text for text in code) for b in body]
    own = sum(word_count(b.text) for b, coded in zip(body, inside, strict=True) if not coded)
    at = next(
        (i for i, b in enumerate(body) if inside[i] and any(w in b.text.casefold() for w in words)),
        len(body),
    )
    led = any(not inside[i] and word_count(body[i].text) >= LEAD_WORDS for i in range(at))
    if own < EXPLAINED_WORDS or not led:
        return facts
    why = f"shown in a code block of a page explaining it in {own} words of its own"
    return replace(
        facts,
        direct=_quoted(facts.direct, words, why),
        label=_quoted(facts.label, words, why),
        clause=_quoted(facts.clause, words, why),
        main=_quoted(facts.main, words, why),
    )


def _quoted(statement: Statement | None, shown: list[str], why: str) -> Statement | None:
    if statement is None or not statement.plain or statement.words.casefold() not in shown:
        return statement
    return statement.mentioned(QUOTED_SHARE, why)
