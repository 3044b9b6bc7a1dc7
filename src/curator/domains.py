"""Registered-domain logic (``who.int`` for ``www.who.int``), offline.

tldextract is built with its bundled Public Suffix List snapshot and no cache directory: curator
must never reach out to the internet for the list at run time, and CI machines have no network.

The list is read on the first lookup, not at import: read, it is some 17,000 trie nodes (5.6 MiB
in every process that reads it), and a worker process mostly asks whether two addresses on the
same host share a site, which ``same_site`` answers without it.

A driver whose workers fetch has no ``requests``, which importing tldextract brings (its
``suffix_list`` module imports it): the two are some 18 MiB of the driver while the workers
fetch beside it, for the registered domains of the run's few hundred hosts. ``learn_elsewhere``
has a child process ask tldextract for those while the run starts, so such a driver reads the
list itself only for a host it did not foresee (a redirect to another host).

The child is 35 MiB while it lives. Started once the run's hosts are known, it read the list
while the workers began to fetch, the process tree's largest moment on a loaded machine;
``reading_ahead`` starts it with the run instead, so it reads the list while the route files
are read and the workers import, and only looks the hosts up, in milliseconds, once they come
(bench/README.md, "Peak memory at 50,000 real pages, with a margin").
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from curator import urls

if TYPE_CHECKING:
    import tldextract


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


def learn_elsewhere(hosts: Iterable[str]) -> None:
    """Have a child process read the registered domains of ``hosts`` (host names or URLs) with
    tldextract, as this module would, unless this process has ``requests`` already (then
    reading the list here costs only the list). Returns at once; the first lookup waits for
    the answers, and reads the list here should the child fail. The child ``reading_ahead``
    started is asked if there is one, and ended if it has nothing to answer."""
    ready = _ready.pop() if _ready else None
    if "requests" in sys.modules or _read:
        _end(ready)
        return
    known = _answers()  # a run before this one's (a gate checks twice)
    wanted = sorted(
        {host for host in map(_host, hosts) if host and host.isprintable()} - known.keys()
    )
    if not wanted:
        _end(ready)
        return
    thread = threading.Thread(
        target=_ask_child, args=(wanted, ready), name="curator-domains", daemon=True
    )
    thread.start()
    _learning.append(thread)


@contextlib.contextmanager
def reading_ahead() -> Iterator[None]:
    """Start ``learn_elsewhere``'s child now, for a run that will ask it once its hosts are
    known: the child reads the suffix list meanwhile and waits for them. A child nobody asked
    is ended on leaving."""
    child = None if "requests" in sys.modules or _read or _ready else _start_child()
    if child is not None:
        _ready.append(child)
    try:
        yield
    finally:
        if child is not None and child in _ready:
            _ready.remove(child)
            _end(child)


def _start_child() -> subprocess.Popen[str] | None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "curator.domains"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env=env,
        )
    except OSError:
        return None


def _ask_child(hosts: list[str], child: subprocess.Popen[str] | None) -> None:
    child = child or _start_child()
    if child is None:
        return
    try:
        with contextlib.suppress(OSError, subprocess.SubprocessError, UnicodeError):
            out, _ = child.communicate("\n".join(hosts), timeout=300)
            answers = out.split("\n")
            if child.returncode == 0 and len(answers) == len(hosts):
                _known.update(zip(hosts, answers, strict=True))
    finally:
        _end(child)


def _end(child: subprocess.Popen[str] | None) -> None:
    """End a child that is not done (never asked, or timed out) and reap it."""
    if child is not None:
        if child.poll() is None:
            child.kill()
        child.wait()


def _answers() -> dict[str, str]:
    """What a child read (``learn_elsewhere``), once it has answered."""
    with _reading:
        while _learning:
            _learning.pop().join()
    return _known


@lru_cache(maxsize=65536)
def _domain_of(host: str) -> str:
    """Cached by host, not by URL: a run has far fewer hosts than links, and the suffix-list
    lookup, once per link, was a large share of building a report."""
    known = _answers().get(host)
    if known is not None:
        return known
    return _suffix_list()(host).top_domain_under_public_suffix or host


_read: list[tldextract.TLDExtract] = []  # the list once read
_reading = threading.Lock()  # fetch and probe threads may ask first at the same time
_known: dict[str, str] = {}  # registered domains a child read (``learn_elsewhere``)
_learning: list[threading.Thread] = []  # the child's thread, until its answers are in
_ready: list[subprocess.Popen[str]] = []  # the child ``reading_ahead`` started, not asked yet


def _suffix_list() -> tldextract.TLDExtract:
    with _reading:
        if not _read:
            import tldextract  # here, not at the top: see the module's docstring

            extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
            extract("example.org")  # read the list now, once, under the lock
            _read.append(extract)
        return _read[0]


if __name__ == "__main__":  # the child of ``learn_elsewhere``: host names in, one a line
    _suffix_list()  # first: a child ``reading_ahead`` started waits for its hosts with it read
    sys.stdout.write("\n".join(registered_domain(host) for host in sys.stdin.read().split("\n")))
