"""FetchResult -> LinkState: the one place that decides what a fetch means.

The rules lean towards *not* crying wolf: anything that refuses automated checks is
``blocked`` (cannot verify, not dead), and a single run never confirms a death (that is the
history's job). Every verdict carries a sentence an editor can read.
"""

from __future__ import annotations

from dataclasses import dataclass

from curator import urls
from curator.classify.probe import ProbeOutcome
from curator.classify.soft404 import not_found_wording, redirected_home
from curator.domains import registered_domain
from curator.extract import PageMeta
from curator.fetch.result import FetchError, FetchResult
from curator.settings import ClassifySettings
from curator.states import ErrorKind, Flag, LinkState

# Statuses that mean "you, robot, may not look", not "this is gone".
BLOCKING_STATUSES = frozenset({401, 403, 407, 429, 451, 999})
GONE_STATUSES = frozenset({404, 410})


@dataclass(frozen=True, slots=True)
class Verdict:
    state: LinkState
    reason: str
    http_status: int | None
    final_url: str
    error: FetchError | None = None
    flags: frozenset[Flag] = frozenset()


def classify(
    result: FetchResult,
    page: PageMeta | None,
    probe: ProbeOutcome | None,
    settings: ClassifySettings,
    *,
    parked: str | None = None,
) -> Verdict:
    """Decide the state of one fetched link.

    ``probe`` is what the host's answer to a made-up URL says of the page (``classify.probe``),
    and ``parked`` the parking phrase found in the full page: the caller computes them while it
    still holds the body, so classification never needs the page itself.
    """
    verdict = _state(result, page, _Signals(probe, parked), settings)
    return Verdict(
        state=verdict.state,
        reason=verdict.reason,
        http_status=result.status,
        final_url=result.final_url,
        error=verdict.error,
        flags=_flags(result, verdict.state),
    )


@dataclass(frozen=True)
class _Decision:
    state: LinkState
    reason: str
    error: FetchError | None = None


@dataclass(frozen=True)
class _Signals:
    probe: ProbeOutcome | None
    parked: str | None


def _state(
    result: FetchResult, page: PageMeta | None, signals: _Signals, settings: ClassifySettings
) -> _Decision:
    error, status = result.error, result.status
    if error is not None and error.kind is ErrorKind.ROBOTS:
        return _Decision(LinkState.SKIPPED, "robots.txt asks link checkers to stay away", error)
    if error is not None and error.kind is ErrorKind.FORBIDDEN_ADDRESS:
        return _Decision(
            LinkState.SKIPPED, f"not checked: {error.message} (a private address)", error
        )
    if result.headers.get("cf-mitigated", "").lower() == "challenge":
        return _Decision(LinkState.BLOCKED, "a Cloudflare bot challenge stopped the check", error)
    if error is not None and error.kind is not ErrorKind.TOO_LARGE:
        return _Decision(LinkState.DEAD, _error_reason(error), error)
    if status is None:
        return _Decision(LinkState.UNKNOWN, "no answer was recorded", error)
    if result.not_modified:
        return _Decision(LinkState.ALIVE, "unchanged since the last check (304)")
    if status in BLOCKING_STATUSES:
        return _Decision(
            LinkState.BLOCKED,
            f"the site refuses automated checks (HTTP {status}); a person may still reach it",
            FetchError(ErrorKind.HTTP_STATUS, f"HTTP {status}"),
        )
    if not 200 <= status < 300:
        what = "is gone" if status in GONE_STATUSES else "keeps failing"
        return _Decision(
            LinkState.DEAD,
            f"the page {what} (HTTP {status})",
            FetchError(ErrorKind.HTTP_STATUS, f"HTTP {status}"),
        )
    soft = _soft_dead_reason(result, page, signals, settings)
    if soft is not None:
        return _Decision(LinkState.SOFT_DEAD, soft)
    if any(hop.permanent for hop in result.hops):
        return _Decision(LinkState.MOVED, f"permanently moved to {result.final_url}", error)
    return _Decision(LinkState.ALIVE, "the page answers", error)


def _soft_dead_reason(
    result: FetchResult, page: PageMeta | None, signals: _Signals, settings: ClassifySettings
) -> str | None:
    if redirected_home(result.url, result.final_url):
        return f"redirects to the site's home page ({result.final_url})"
    if signals.parked:
        return f"the domain is parked or for sale (“{signals.parked}”)"
    if page is not None:
        wording = not_found_wording(page.title, page.h1)
        if wording:
            return f"answers 200 but says it is missing: “{wording}”"
    if signals.probe is not None and signals.probe.alike:
        return signals.probe.reason
    return None


def _flags(result: FetchResult, state: LinkState) -> frozenset[Flag]:
    flags: set[Flag] = set()
    if result.hops and registered_domain(result.url) != registered_domain(result.final_url):
        flags.add(Flag.OFFSITE_REDIRECT)
    if urls.split(result.final_url).scheme == "http" and state is not LinkState.SKIPPED:
        flags.add(Flag.INSECURE)
    return _shared(frozenset(flags))


_FLAG_SETS: dict[frozenset[Flag], frozenset[Flag]] = {}


def _shared(flags: frozenset[Flag]) -> frozenset[Flag]:
    """One object per distinct set of flags: a run holds one per link, and most are alike."""
    return _FLAG_SETS.setdefault(flags, flags)


_ERROR_WORDS = {
    ErrorKind.DNS: "the site's name does not resolve (DNS)",
    ErrorKind.REFUSED: "the server refused the connection",
    ErrorKind.RESET: "the connection was cut off",
    ErrorKind.TIMEOUT: "the server did not answer in time",
    ErrorKind.TLS: "the site's secure connection (TLS certificate) is broken",
    ErrorKind.CONNECTION: "the connection failed",
    ErrorKind.PROTOCOL: "the server sent a malformed answer",
    ErrorKind.REDIRECT_LOOP: "redirects go round in a loop",
    ErrorKind.TOO_MANY_REDIRECTS: "too many redirects",
    ErrorKind.INVALID_URL: "the address is not a valid web address",
}


def _error_reason(error: FetchError) -> str:
    words = _ERROR_WORDS.get(error.kind, error.kind.value)
    return f"{words}: {error.message}" if error.message else words
