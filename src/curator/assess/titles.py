"""Whether two page titles name the same thing.

Sites rewrite the decoration of their titles all the time: "Low back pain | WebMD" becomes
"Low Back Pain - WebMD" or "Low back pain – WebMD Health". An editor only needs to hear about a
title whose *own* words changed, so case, whitespace, quote and dash styles, separators and a
site-name segment at either end are not a change.
"""

from __future__ import annotations

import re
import unicodedata

from curator.assess.volatile import strip_volatile

# " | ", " - ", " – ", " — ", " · ", " • ", " :: ", " » " separate a title from its site name.
# A colon does not: "Back pain: causes" and "Back pain: treatment" are different articles.
_SEPARATOR_RE = re.compile(r"\s+(?:[|\-·•»«/]+|::)\s+|\s*[|·•»«]\s*")
_QUOTES = str.maketrans({c: "" for c in "\"'`´‘’‚‛“”„‟«»‹›"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_SPACES_RE = re.compile(r"\s+")


def same_title(old: str, new: str) -> bool:
    """True when ``new`` is ``old`` up to normalisation and a changed site-name affix."""
    old_segments, new_segments = _segments(old), _segments(new)
    if _is_end_run(old_segments, new_segments) or _is_end_run(new_segments, old_segments):
        return True
    for core, prefix, suffix in _readings(old):
        for other_core, other_prefix, other_suffix in _readings(new):
            if (
                core == other_core
                and _same_site(prefix, other_prefix)
                and _same_site(suffix, other_suffix)
            ):
                return True
    return False


def normalise_title(title: str) -> str:
    """Case-folded, NFKC, quotes dropped, dashes unified, dates and times dropped, whitespace
    collapsed."""
    text = unicodedata.normalize("NFKC", title).translate(_DASHES).translate(_QUOTES)
    text = strip_volatile(text)
    return _SPACES_RE.sub(" ", text).strip().casefold()


def _readings(title: str) -> list[tuple[str, str, str]]:
    """(core, dropped prefix, dropped suffix) for each way of reading the title.

    A segment at either end may be a site name only when what remains is at least as long as
    it: site names are short, article titles long, and this keeps "WebMD" from matching
    "WebMD | X".
    """
    segments = _segments(title)
    if not segments:
        return []
    readings = [(" | ".join(segments), "", "")]
    last = len(segments)
    for start, stop in ((1, last), (0, last - 1), (1, last - 1)):
        kept = " | ".join(segments[start:stop])
        dropped = segments[:start] + segments[stop:]
        if kept and len(kept) >= max(len(d) for d in dropped):
            prefix = segments[0] if start else ""
            suffix = segments[-1] if stop < last else ""
            readings.append((kept, prefix, suffix))
    return readings


def _segments(title: str) -> list[str]:
    return [s.strip() for s in _SEPARATOR_RE.split(normalise_title(title)) if s.strip()]


def _is_end_run(short: list[str], long: list[str]) -> bool:
    """``long`` is ``short`` with segments added at one end: a site name appended or prepended.

    ("Caffeine" and "Caffeine | The Daily Example"). The price: a page titled only with its site
    name that gains a real title is not reported as retitled.
    """
    n = len(short)
    return 0 < n < len(long) and (long[:n] == short or long[-n:] == short)


def _same_site(a: str, b: str) -> bool:
    """Affixes are compatible when one is absent or they share a word ("webmd", "webmd health").

    Two different words ("causes" vs "treatment") are more likely a subtitle than a site name.
    """
    return not a or not b or bool(set(a.split()) & set(b.split()))
