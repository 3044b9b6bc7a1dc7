"""Bytes to text the way a browser would read them.

Order of evidence (WHATWG "encoding sniffing", simplified): a byte-order mark, then the charset the
server declared in Content-Type, then a ``<meta charset>`` / ``<meta http-equiv>`` / XML declaration
in the first few KB, then a statistical sniff. The BOM goes first because browsers let it override
the header: a page that starts with a UTF-8 BOM is UTF-8 whatever the server claims. Labels are
mapped as browsers map them (``latin-1`` and ``ascii`` mean windows-1252, ``gb2312`` means GBK ...),
because pages rely on that and decoding them strictly by the label garbles curly quotes and dashes.
Decoding never raises: undecodable bytes become U+FFFD.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Mapping

from curator.extract.charset_labels import CODEC_BY_LABEL, TEXT_CODECS

PRESCAN_BYTES = 4096
"""How far into the body to look for a declared charset (browsers use 1024; pages overshoot)."""

_WESTERN_MARGIN = 0.05
"""How much less plausible (charset_normalizer "chaos") windows-1252 may be and still win."""

_BOMS = (  # the "-sig" / plain utf-16 codecs drop the mark from the text
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9._:\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([a-z0-9._:\-]+)""", re.I)
_HTML_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-z0-9._:\-]+)""", re.IGNORECASE)


def decode_html(body: bytes, headers: Mapping[str, str]) -> str:
    """Decode an HTML body with the charset a browser would use; never raises."""
    return body.decode(detect_encoding(body, headers), errors="replace")


def detect_encoding(body: bytes, headers: Mapping[str, str]) -> str:
    """Return the Python codec name a browser-like reader would decode ``body`` with.

    One deliberate departure from browsers: a legacy declaration (windows-1251, GBK ...) loses
    to a body that is valid UTF-8 and actually uses multi-byte sequences. Sites that moved to
    UTF-8 and kept an old ``<meta charset>`` or server default are common; real legacy text is
    practically never valid UTF-8 by accident, so this only undoes mislabelling.
    """
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return encoding
    declared = _header_charset(headers) or _prescan_charset(body[:PRESCAN_BYTES])
    if declared is None:
        return _sniff(body)
    if declared != "utf-8" and not declared.startswith("utf-16") and _is_multibyte_utf8(body):
        return "utf-8"
    return declared


def codec_for_label(label: str, *, from_meta: bool = False) -> str | None:
    """Map a charset label to a Python codec the way browsers map it, or None if unknown.

    Only the WHATWG Encoding Standard's labels are known (see ``charset_labels``): whatever else
    a page names, however Python reads that name, is unknown. A page cannot declare itself
    UTF-16 from inside itself (the ``<meta>`` was readable as ASCII, so it is not UTF-16);
    browsers read such pages as UTF-8, and so do we.
    """
    name = CODEC_BY_LABEL.get(label.strip().strip("\"'").lower())
    if name is not None and name.startswith("utf-16") and from_meta:
        return "utf-8"
    return name


def _codec_for_guess(name: str) -> str:
    """A charset_normalizer guess (a Python codec name) as a codec we decode pages with.

    Its names are Python's (``utf_8``, ``iso8859_5``, ``shift_jis``); those that spell a WHATWG
    label, or are one of its codecs, are kept, anything else (EBCDIC, cp1125 ...) reads as
    windows-1252, the browsers' default.
    """
    key = name.lower()
    known = CODEC_BY_LABEL.get(key) or CODEC_BY_LABEL.get(key.replace("_", "-"))
    if known is not None:
        return known
    try:
        python_name = codecs.lookup(key).name
    except LookupError:
        return "cp1252"
    return python_name if python_name in TEXT_CODECS else "cp1252"


def header(headers: Mapping[str, str], name: str) -> str | None:
    """The value of the header ``name`` (given in lower case), however the mapping spells it:
    the page readers take any mapping of headers, not only a fetch's lower-cased one."""
    return next((value for key, value in headers.items() if key.lower() == name), None)


def _header_charset(headers: Mapping[str, str]) -> str | None:
    content_type = header(headers, "content-type")
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return codec_for_label(match.group(1)) if match else None


def _prescan_charset(head: bytes) -> str | None:
    xml = _XML_ENCODING.match(head)
    if xml:
        found = codec_for_label(xml.group(1).decode("ascii"), from_meta=True)
        if found is not None:
            return found
    for match in _META_CHARSET.finditer(_HTML_COMMENT.sub(b"", head)):
        found = codec_for_label(match.group(1).decode("ascii"), from_meta=True)
        if found is not None:
            return found
    return None


def _sniff(body: bytes) -> str:
    """Guess an undeclared charset: UTF-8 if it validates, else ask charset_normalizer.

    Valid UTF-8 is checked first because it is by far the most common undeclared charset and
    statistical detectors occasionally misread short UTF-8 pages as something exotic. Among the
    detector's guesses, windows-1252 wins when it is nearly as plausible as the top one: it is
    the browsers' default for undeclared legacy pages, and on short Western text the detector
    tends to pick a sibling (windows-1257 for French) that garbles a few letters.
    """
    if _is_utf8(body):
        return "utf-8"
    # Imported on the first page that needs it, not with this module: the driver imports
    # ``extract`` for the readers its verdicts share and never sniffs a body (about 2.7 MiB).
    import charset_normalizer

    results = charset_normalizer.from_bytes(body)
    best = results.best()
    if best is None:
        return "cp1252"
    western = next((m for m in results if "cp1252" in m.could_be_from_charset), None)
    if western is not None and western.chaos <= best.chaos + _WESTERN_MARGIN:
        return "cp1252"
    return _codec_for_guess(best.encoding)


def _is_multibyte_utf8(body: bytes) -> bool:
    return not body.isascii() and _is_utf8(body)


def _is_utf8(body: bytes) -> bool:
    """True for ASCII or valid UTF-8, tolerating a character cut off by the body-size cap."""
    try:
        for _ in _utf8_steps(body, final=False):
            pass
    except UnicodeDecodeError:
        return False
    return True


def utf8_blank(body: bytes) -> bool | None:
    """Whether the text of a UTF-8 ``body`` is only whitespace (or nothing); None where
    decoding it with ``errors="replace"`` puts a U+FFFD in it (an invalid sequence, a character
    cut off at the end, or a U+FFFD of its own): only then does that text differ from what its
    bytes spell."""
    blank = True
    try:
        for piece in _utf8_steps(body, final=True):
            if "\ufffd" in piece:
                return None
            blank = blank and (not piece or piece.isspace())
    except UnicodeDecodeError:
        return None
    return blank


# Bytes decoded at a time where only the validity of a body's UTF-8 is asked: a whole page's
# text (two or four bytes a character beyond Latin-1) is a block the worker's allocator maps
# afresh for each page (``execute.arenas``), where a few kilobytes at a time stay in its arena.
_UTF8_STEP = 8 * 1024


def _utf8_steps(body: bytes, *, final: bool) -> Iterator[str]:
    """``body`` decoded as UTF-8 a step at a time (``UnicodeDecodeError`` where it is not);
    with ``final`` false, a character cut off at the end is left unread, not an error."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for start in range(0, len(body), _UTF8_STEP):
        yield decoder.decode(body[start : start + _UTF8_STEP])
    yield decoder.decode(b"", final=final)
