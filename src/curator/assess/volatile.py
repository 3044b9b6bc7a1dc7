"""Remove the tokens of a page that change on every visit without the article changing.

A site re-renders "updated 3 hours ago", today's date, view counters and cache-busting ids on
every request. If those reached the fingerprint, every nightly run would report drift. They are
removed outright (not replaced by a placeholder) so that a *newly inserted* "Updated 2 hours ago"
line leaves no trace either.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_STAMP_VERB = (
    r"(?:(?:last\s+)?(?:updated|modified|edited|posted|published|reviewed)(?:\s+on)?\s*:?\s*)?"
)
_UNIT = r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|wks?|months?|mos?|years?|yrs?)"
_ZONE = r"(?:\s+(?:utc|gmt|[ecmp][sd]?t|bst|cet|cest))?"

# Order matters: a relative time is removed with its verb before the verb could be left behind.
_VOLATILE = [
    # "Updated 3 hours ago", "posted about an hour ago", "5 mins ago"
    rf"\b{_STAMP_VERB}(?:about\s+|over\s+|almost\s+|nearly\s+)?(?:\d+|an?|one)\s+{_UNIT}\s+ago\b",
    rf"\b{_STAMP_VERB}(?:just\s+now|yesterday|today)\b",
    # "Monday, March 3, 2020", "3rd March 2020", "Mar. 3"
    rf"\b{_STAMP_VERB}{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?\b",
    rf"\b{_STAMP_VERB}{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b",
    rf"\b{_STAMP_VERB}{_MONTH}\s+\d{{4}}\b",
    # 2020-03-03, 2020-03-03T10:20:30Z, 03/03/2020, 3.3.2020
    rf"\b{_STAMP_VERB}\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:[t\s]\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?\b",
    rf"\b{_STAMP_VERB}\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b",
    # 10:45, 10:45:12 pm, 9.30am ET
    rf"\b(?:at\s+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?{_ZONE}(?![\d:])",
    rf"\b(?:at\s+)?\d{{1,2}}(?:\.\d{{2}})?\s*[ap]\.?m\.?{_ZONE}(?!\w)",
    # "1,234 views", "12K shares", "3 comments"
    r"\b\d[\d,.]*\s*[km]?\s+(?:views?|comments?|shares?|likes?|reads?|followers?|retweets?"
    r"|replies|reactions?|responses?|votes?)\b",
    # ids, timestamps, counters
    r"\d{5,}",
]
_VOLATILE_RE = re.compile("|".join(f"(?:{p})" for p in _VOLATILE), re.IGNORECASE)
_SPACES_RE = re.compile(r"[ \t\u00a0]+")


def strip_volatile(text: str) -> str:
    """The text with dates, times, relative ages, counters and long digit runs removed."""
    stripped = _VOLATILE_RE.sub(" ", text)
    return _SPACES_RE.sub(" ", stripped)
