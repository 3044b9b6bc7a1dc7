"""Registered-domain logic (``who.int`` for ``www.who.int``), offline.

The rules are the ICANN section of the Public Suffix List (``public_suffix_list.dat`` beside
this module, a snapshot kept as published; private registries such as ``github.io`` are not
public suffixes here), matched as tldextract 5 matches them with its default
``include_psl_private_domains=False``, which this module used until it was replaced:
``tests/test_domains.py`` holds both to the same answer for every rule of the list. curator must
never reach out to the internet for the list at run time, and CI machines have no network.

Why not tldextract itself: read, its list is some 17,000 trie nodes (6 MiB of RSS), and
importing it imports ``requests`` (13 MiB more, with urllib3, http.client and ssl) into a
process that has no other use for it, the driver of a run whose workers fetch, at the tree's
peak (bench/README.md, "The tree's peak under 250 MB"). Here the list is one dictionary of
its 6,871 rules and the label runs under them, about 1 MiB, read on the first lookup.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib import resources

from curator import urls

_LIST = "public_suffix_list.dat"
_PRIVATE = "// ===BEGIN PRIVATE DOMAINS==="
# Dots browsers accept in a host name besides "." (IDNA's ideographic and full-width stops).
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


def registered_domain(host_or_url: str) -> str:
    """``example.co.uk`` for ``https://www.example.co.uk/x``; the bare host when it has no suffix
    (``localhost``, an IP address), so that comparisons still work in tests and intranets."""
    return _domain_of(_host(host_or_url))


def same_site(one: str, other: str) -> bool:
    """Whether two hosts or URLs have the same registered domain (``registered_domain``).

    Equal hosts always do, so the suffix list is read only for two different hosts."""
    host, other_host = _host(one), _host(other)
    return host == other_host or _domain_of(host) == _domain_of(other_host)


def _host(host_or_url: str) -> str:
    return urls.host(host_or_url) if "://" in host_or_url else host_or_url.lower().rstrip(".")


@lru_cache(maxsize=65536)
def _domain_of(host: str) -> str:
    """Cached by host, not by URL: a run has far fewer hosts than links, and the suffix-list
    lookup, once per link, was a large share of building a report."""
    name = host.translate(_DOTS)
    if name.startswith("["):
        return host  # an IPv6 literal
    name = name.rpartition("@")[2].partition(":")[0].strip().rstrip(".")  # as tldextract reads
    labels = name.split(".")
    start = _suffix_start(labels, _rules())
    if start is None or start == 0 or not labels[start - 1]:
        return host  # no public suffix (an intranet name, an IP address), or only a suffix
    return ".".join(labels[start - 1 :])


def _suffix_start(labels: list[str], rules: dict[str, bool]) -> int | None:
    """The index of the first label of the host's public suffix, None if it has none.

    ``rules`` holds every rule and every run of labels that ends one (a node of tldextract's
    trie, ``True`` where a rule ends): the walk goes from the last label leftwards while the
    labels so far lead somewhere, remembering the last place a rule ended; a wildcard rule
    (``*.ck``) takes one more label unless an exception (``!www.ck``) names it.
    """
    start = at = len(labels)
    under = ""  # the labels walked so far, joined
    for label in reversed(labels):
        label = _readable(label)
        longer = f"{label}.{under}" if under else label
        if longer in rules:
            at -= 1
            under = longer
            if rules[longer]:
                start = at
            continue
        if under and f"*.{under}" in rules:
            return at if f"!{label}.{under}" in rules else at - 1
        break
    return None if start == len(labels) else start


def _readable(label: str) -> str:
    """A label as the list spells it: lower-case, and Unicode for an IDNA label (``xn--``)."""
    lowered = label.lower()
    if lowered.startswith("xn--"):
        import idna  # on the first such label: its tables are large and most hosts are ASCII

        try:
            return str(idna.decode(lowered))
        except (UnicodeError, IndexError):
            pass
    return lowered


_read: list[dict[str, bool]] = []  # the list once read
_reading = threading.Lock()  # report and probe threads may ask first at the same time


def _rules() -> dict[str, bool]:
    with _reading:
        if not _read:
            _read.append(_parse(resources.files("curator").joinpath(_LIST).read_text("utf-8")))
        return _read[0]


def _parse(text: str) -> dict[str, bool]:
    """Every rule of the list's public part (``True``) and every run of labels ending one."""
    rules: dict[str, bool] = {}
    for line in text.partition(_PRIVATE)[0].splitlines():
        rule = line.split(maxsplit=1)[0] if line.strip() else ""
        if not rule or rule.startswith("//"):
            continue
        labels = rule.split(".")
        for first in range(len(labels) - 1, 0, -1):
            rules.setdefault(".".join(labels[first:]), False)
        rules[rule] = True
    return rules
