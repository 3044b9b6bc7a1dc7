"""FetchResult -> LinkState: the one place that decides what a fetch means.

The rules lean towards *not* crying wolf: anything that refuses automated checks is
``blocked`` (cannot verify, not dead), and a single run never confirms a death (that is the
history's job). Every verdict carries a sentence an editor can read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from curator import urls
from curator.classify.broader import Broader, broader_landing
from curator.classify.client_redirect import ClientRedirect
from curator.classify.evidence import Evidence, Signs, decide
from curator.classify.gone import read_facts
from curator.classify.gone_facts import GoneFacts
from curator.classify.probe_answer import ProbeOutcome
from curator.classify.soft404 import lost_landing, redirected_home
from curator.classify.walls import header_wall
from curator.domains import same_site
from curator.extract import PageMeta
from curator.fetch.result import GONE_STATUSES, FetchError, FetchResult
from curator.redact import redact_url
from curator.states import ErrorKind, Flag, LinkState

if TYPE_CHECKING:
    from curator.settings import ClassifySettings

# Statuses that mean "you, robot, may not look", not "this is gone". 406 and 418 are what
# firewalls (mod_security, some CDNs' bot rules) answer a client they take for a robot; a
# browser gets the page.
BLOCKING_STATUSES = frozenset({401, 403, 406, 407, 418, 429, 451, 999})


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
    gone: GoneFacts | None = None,
    unchanged: bool = False,
    wall: str | None = None,
) -> Verdict:
    """Decide the state of one fetched link.

    ``probe`` is what the host's answer to a made-up URL says of the page
    (``classify.probe_answer``), ``parked`` the parking phrase found in the full page and
    ``gone`` what the page's text says about being gone, ``wall`` the bot challenge a 2xx page
    turned out to be: the caller computes them while it still holds the body, so classification
    never needs the page itself.
    ``unchanged`` says the page answered the same bytes at the same address as at its last live
    look, and was not read again.
    """
    verdict = _state(result, page, _Signals(probe, parked, gone, unchanged, wall), settings)
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
    gone: GoneFacts | None = None
    unchanged: bool = False
    wall: str | None = None


def _state(
    result: FetchResult, page: PageMeta | None, signals: _Signals, settings: ClassifySettings
) -> _Decision:
    error, status = result.error, result.status
    if error is not None and error.kind is ErrorKind.INTERNAL:
        return _Decision(
            LinkState.UNKNOWN, f"curator could not judge this link: {error.message}", error
        )
    if error is not None and error.kind is ErrorKind.ROBOTS:
        return _Decision(LinkState.SKIPPED, "robots.txt asks link checkers to stay away", error)
    if error is not None and error.kind is ErrorKind.FORBIDDEN_ADDRESS:
        return _Decision(
            LinkState.SKIPPED, f"not checked: {error.message} (a private address)", error
        )
    wall = header_wall(result.headers) or (signals.wall if _answered(status) else None)
    if wall is not None:
        return _Decision(LinkState.BLOCKED, f"a {wall} bot challenge stopped the check", error)
    if error is not None and error.kind is not ErrorKind.TOO_LARGE:
        return _Decision(LinkState.DEAD, _error_reason(error), error)
    if status is None:
        return _Decision(LinkState.UNKNOWN, "no answer was recorded", error)
    if result.not_modified:
        return _Decision(LinkState.ALIVE, "unchanged since the last check (304)")
    if signals.unchanged and 200 <= status < 300:
        return _Decision(LinkState.ALIVE, "unchanged since the last check (the same bytes)")
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
    evidence = _soft_dead_evidence(result, page, signals, settings)
    if evidence.gone:
        return _Decision(LinkState.SOFT_DEAD, evidence.reason)
    if signals.gone is not None and signals.gone.sign_in is not None:
        # A sign-in wall in front of every reader: the page may be there for members, so it is
        # not gone, and nobody without an account can read it (``classify.signin``).
        return _Decision(LinkState.BLOCKED, signals.gone.sign_in.says, error)
    if any(hop.permanent for hop in result.hops):
        if _slash_only(result.url, result.final_url):
            return _Decision(
                LinkState.ALIVE,
                "the page answers at its address with a trailing slash "
                f"({redact_url(result.final_url)})",
                error,
            )
        return _Decision(
            LinkState.MOVED, f"permanently moved to {redact_url(result.final_url)}", error
        )
    said = "the page answers"
    if any(c.points > 0 for c in evidence.contributions):  # say why "gone" was not enough
        said = f"the page answers (weighed: {evidence.reason})"
    if signals.probe is not None and signals.probe.cannot_tell:  # alike a made-up URL, and why
        said = f"{said}; {signals.probe.reason}"  # that proves nothing (``every_path``)
    return _Decision(LinkState.ALIVE, said, error)


def _answered(status: int | None) -> bool:
    return status is not None and 200 <= status < 300


def _slash_only(url: str, final: str) -> bool:
    """Whether the redirect only added or dropped a trailing slash (``/a`` -> ``/a/``): the
    server's way of naming the same page, not a move an editor has to act on."""
    redirect = urls.redirect(url, final)
    if redirect is None:
        return False
    one, other = redirect
    return (
        (one.scheme, one.netloc.lower(), one.query)
        == (other.scheme, other.netloc.lower(), other.query)
        and one.path != other.path
        and one.path.rstrip("/") == other.path.rstrip("/")
    )


def _soft_dead_evidence(
    result: FetchResult, page: PageMeta | None, signals: _Signals, settings: ClassifySettings
) -> Evidence:
    facts = signals.gone
    if facts is None and page is not None:
        facts = read_facts(page)  # a caller without text facts: title and heading still count
    return decide(signs_of(result, facts, signals.probe, signals.parked))


def signs_of(
    result: FetchResult, facts: GoneFacts | None, probe: ProbeOutcome | None, parked: str | None
) -> Signs:
    """Everything the decision reads about one 2xx answer, the redirect's signs included."""
    home = redact_url(result.final_url) if lands_home(result.url, result.final_url) else None
    landing = landing_of(result, facts)
    broader = None
    # a sign-in form is no broader page of the site: what it says is ``classify.signin``'s
    signed = facts is not None and facts.sign_in is not None
    if home is None and landing is None and not signed and result.url != result.final_url:
        listing = facts.listing if facts is not None else None
        broader = broader_landing(result.url, result.final_url, listing)
    sent = facts.client_redirect if facts is not None and not facts.script_home else None
    if sent is not None and home is None and landing is None and broader is None:
        home, landing, broader = _client_landing(result.url, sent)
    return Signs(facts, probe, home_redirect=home, landing=landing, parked=parked, broader=broader)


def _client_landing(
    url: str, sent: ClientRedirect
) -> tuple[str | None, str | None, Broader | None]:
    """The redirect rules read on where the page itself sends its reader: a browser follows a
    short refresh or a top-level ``location`` assignment as it follows an HTTP redirect."""
    if lands_home(url, sent.target):
        return f"{sent.target}, {sent.says}", None, None
    lost = lost_landing(url, sent.target)
    if lost is not None:
        return None, f"{lost}, {sent.says}", None
    broader = broader_landing(url, sent.target)
    if broader is not None:
        how = f"{sent.says}; {broader.how}" if broader.how else sent.says
        return None, None, replace(broader, how=how)
    return None, None, None


# A search page whose text names its terms this often lists results for them.
LISTED_RESULTS = 3


def landing_of(result: FetchResult, facts: GoneFacts | None) -> str | None:
    """Where a redirected link landed when that says its page is gone (``lost_landing``). A
    topic address that is the site's canned search (``/topics/heart-disease`` to
    ``/search?q=heart+disease``) is no such landing when the search lists results for it: the
    reader gets what the link promised."""
    landing = lost_landing(result.url, result.final_url)
    if landing is not None and facts is not None and facts.listed >= LISTED_RESULTS:
        return None
    return landing


# A site's home page in one language: "/en/", "/de-at", "/pt_BR/".
_LANGUAGE_HOME = re.compile(r"/[a-z]{2}(?:[-_][a-z]{2})?/?", re.IGNORECASE)


def lands_home(url: str, final_url: str) -> bool:
    """A deep link that lands on the site's front page, or on its front page in one language."""
    if redirected_home(url, final_url):
        return True
    redirect = urls.redirect(url, final_url)
    if redirect is None:
        return False
    start, end = redirect
    if end.query or not _LANGUAGE_HOME.fullmatch(end.path):
        return False
    return start.path.rstrip("/").count("/") > end.path.rstrip("/").count("/")


def _flags(result: FetchResult, state: LinkState) -> frozenset[Flag]:
    flags: set[Flag] = set()
    if result.hops and not same_site(result.url, result.final_url):
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
