"""Keeping secrets that ride in URLs out of everything curator shows.

A route may cite ``https://user:pass@host/`` or a signed link (``?token=...``, ``X-Amz-Signature``).
The route file already holds the secret, but reports are published, mailed and pasted into
tickets, and logs are kept: so every URL a report or a console line shows goes through here.
The state store keeps the real URL, because it is the key the next run looks history up by.
Whole reports are redacted with these by ``curator.report.redacted``.

Done with plain string surgery rather than ``urllib.parse``: a malformed URL (which is exactly
what a hostile page or a typo produces) must be redacted too, never raise, and a URL without a
secret must come back byte for byte, so reports still show what the editor wrote.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

MASK = "***"

# Words that name a secret when they appear in a query parameter's name, alone or as a part
# (api_key, access_token, X-Amz-Signature, apiKey). Whole parts only: "keywords" is not a key.
_SECRET_WORDS = frozenset(
    {
        "apikey", "auth", "authorization", "credential", "credentials", "jsessionid", "jwt", "key",
        "pass", "passwd", "password", "pwd", "secret", "session", "sessionid", "sid", "sig",
        "signature", "token",
    }
)  # fmt: skip
_NAME_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# A URL inside free text (an error message, a reason): scheme://, then up to a space, quote or
# angle bracket. Closing brackets and trailing punctuation are left to the sentence.
_PATH_PARAMETER = re.compile(r";([^=;/?#]+)=([^;/?#]*)")
_URL_IN_TEXT = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>\"'`]+")


def redact_url(url: str) -> str:
    """``url`` with its userinfo replaced by ``***@`` and secret-looking parameters by ``***``."""
    scheme_end = url.find("://")
    if scheme_end < 0:
        return url
    start = scheme_end + 3
    end = _first_of(url, "/?#", start)
    authority = url[start:end]
    if "@" in authority:
        url = f"{url[:start]}{MASK}@{authority.rpartition('@')[2]}{url[end:]}"
        end = start + len(MASK) + 1 + len(authority.rpartition("@")[2])
    return _redact_parameters(_redact_path_parameters(url, end))


def redact_text(text: str) -> str:
    """Every URL inside ``text`` redacted; the rest of the text untouched.

    A last line of defence only: a URL in text ends wherever the pattern guesses (a space
    inside a redirect target ends it early). Code that formats a URL into a message redacts
    the URL itself first, with ``redact_url``.
    """
    if "://" not in text:
        return text
    return _URL_IN_TEXT.sub(lambda match: redact_url(match.group(0)), text)


def _redact_path_parameters(url: str, path_at: int) -> str:
    """Mask secret ``;name=value`` path parameters (Java's ``;jsessionid=...``)."""
    path_end = _first_of(url, "?#", path_at)
    path = url[path_at:path_end]
    if ";" not in path:
        return url
    masked = _PATH_PARAMETER.sub(
        lambda m: f";{m.group(1)}={MASK}" if m.group(2) and _names_secret(m.group(1)) else m[0],
        path,
    )
    return url[:path_at] + masked + url[path_end:]


def _redact_parameters(url: str) -> str:
    query_at = url.find("?")
    fragment_at = url.find("#")
    if fragment_at >= 0 and (query_at < 0 or query_at > fragment_at):
        query_at = -1  # a "?" inside the fragment is part of the fragment
    if query_at < 0 and fragment_at < 0:
        return url
    head_end = query_at if query_at >= 0 else fragment_at
    head = url[:head_end]
    query = (
        url[query_at + 1 : fragment_at if fragment_at >= 0 else len(url)] if query_at >= 0 else None
    )
    fragment = url[fragment_at + 1 :] if fragment_at >= 0 else None
    out = head
    if query is not None:
        out += "?" + _mask_pairs(query)
    if fragment is not None:
        # OAuth's implicit flow puts access_token=... in the fragment.
        out += "#" + (_mask_pairs(fragment) if "=" in fragment else fragment)
    return out


def _mask_pairs(pairs: str) -> str:
    parts = []
    for pair in pairs.split("&"):
        name, equals, value = pair.partition("=")
        parts.append(f"{name}={MASK}" if equals and value and _names_secret(name) else pair)
    return "&".join(parts)


def _names_secret(name: str) -> bool:
    words = [word.lower() for word in _NAME_PARTS.findall(unquote_plus(name))]
    joined = "".join(words)
    return joined in _SECRET_WORDS or any(word in _SECRET_WORDS for word in words)


def _first_of(text: str, stops: str, start: int) -> int:
    found = [at for at in (text.find(stop, start) for stop in stops) if at >= 0]
    return min(found) if found else len(text)
