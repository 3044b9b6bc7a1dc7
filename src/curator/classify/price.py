"""Whether a number on a page is an amount of money or a measure, not a code or a count.

A shop's and a marketplace's pages print prices beside a currency, in the sign (Unicode's
``Sc``: £, €, ₽, $) or in the letters their shops write ("1 800 kr", "219 lei", "RM 199"), and
group a long amount's digits with a space ("6 500 Kč"): a three-digit group of a price reads
as an HTTP status code to a reader that sees only the digits.
"""

from __future__ import annotations

import re
import unicodedata

# Currencies written in letters beside their amount, a closed class (the Nordic krona and
# krone, złoty, koruna, leu, forint, hryvnia, rouble, lev, lira, franc, ringgit, rupiah):
# after the amount, or before it for the ringgit and the rupiah, as their shops print them.
_CURRENCY_WORDS = re.compile(
    r"\d\s?(?:kr|zł|Kč|lei|Ft|грн|руб|лв|TL|CHF)(?![^\W_])|(?<![^\W_])(?:RM|Rp|CHF)\s?\d"
)
_DIGIT = re.compile(r"\d")
# Spaces that group a number's digits: the plain one, the no-break and the narrow no-break.
_GROUP = " \u00a0\u202f"
# An amount's groups before a number: one to three digits standing alone, then a space. A
# number ending an address's path ("GET /item/77 404" in a log) is no amount's first group.
_GROUPED_BEFORE = re.compile(rf"(?<![\d.,/])(\d{{1,3}})[{_GROUP}]$")
# After an amount: its currency's or a measure's short name (SI units, and the shops' "ks",
# "pcs", "Stk" counts), or a price's ",-" / ".-" ("404,- Kč").
_UNIT_AFTER = re.compile(
    rf"[{_GROUP}]?(?:(?:mm|cm|km|m|kg|g|mg|ml|l|kW|W|V|mAh|kB|KB|MB|GB|TB|Hz|MHz|GHz|ks"
    r"|pcs|Stk|°C?)(?![^\W_])|[.,]-)"
)


def priced_text(text: str) -> bool:
    """Whether ``text`` holds a price: a currency sign (Unicode's ``Sc``: £, €, ₽, ₹, $, ¥)
    with a digit beside it, a space allowed between ("24 €", "₹299"), or a currency the
    shops of its languages write in letters next to the amount ("1 800 kr", "219 lei", "RM
    199", ``_CURRENCY_WORDS``)."""
    if _CURRENCY_WORDS.search(text):
        return True
    for at, char in enumerate(text):
        if unicodedata.category(char) != "Sc":
            continue
        near = text[max(0, at - 2) : at] + text[at + 1 : at + 3]
        if _DIGIT.search(near):
            return True
    return False


def amount(text: str, start: int, stop: int, codes: frozenset[str]) -> bool:
    """Whether the number ``text[start:stop]`` is part of an amount or a measure: a price
    beside its currency (``priced_text`` of the number and its neighbours), the last group
    of a grouped amount ("6 500", not after another of ``codes``: "200 301" lists two codes),
    or a measure or a count beside its unit ("500 g", "404 ks")."""
    grouped = _GROUPED_BEFORE.search(text, max(0, start - 5), start)
    if grouped is not None and grouped.group(1) not in codes:
        return True
    if _UNIT_AFTER.match(text, stop):
        return True
    return priced_text(text[max(0, start - 4) : stop + 5])
