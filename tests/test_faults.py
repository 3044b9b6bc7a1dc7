"""The worst of the web through the whole pipeline: every fault ends classified, in bounded time.

test_fetch_*.py check the Fetcher's answer to each fault; here each fault goes the whole way —
fetch, inspect, classify, record in a real SQLite store, report — beside four well-behaved
sources, and the run must finish within its deadline with a state an editor can act on. The
last test sends every fault at once through ``python -m curator run`` and reads every report.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from clirun import curator
from curator.catalog import load_catalog
from curator.fetch.client import Fetcher
from curator.pipeline import RunRequest, run_check
from curator.report import json_report, markdown
from curator.report.model import Report, SourceReport
from curator.settings import FetchSettings, Settings
from curator.states import ErrorKind, LinkState
from curator.store.sqlite import SqliteStore
from faultweb import FAULTS, GuardedWeb, guarded_web, healthy, plant
from fixtureweb import FixtureWeb, gzip_bomb_bytes
from reportcheck import assert_reports_whole
from routefiles import write_route

FAULT_FETCH = FetchSettings(
    allow_private_networks=True,
    concurrency=8,
    per_host_spacing=0.0,
    connect_timeout=1.0,
    read_timeout=0.5,
    total_timeout=2.0,
    retries=1,
    backoff_base=0.01,
    backoff_max=0.05,
)
# A fault may cost every attempt its whole deadline, plus the slack of a loaded CI machine.
DEADLINE = (FAULT_FETCH.retries + 1) * FAULT_FETCH.total_timeout + 3.0


@dataclass(frozen=True)
class Expect:
    states: frozenset[LinkState]
    errors: frozenset[ErrorKind | None]


def expect(states: LinkState | set[LinkState], errors: ErrorKind | set[ErrorKind | None] | None):
    return Expect(
        frozenset(states if isinstance(states, set) else {states}),
        frozenset(errors if isinstance(errors, set) else {errors}),
    )


# What an editor should see for each fault. Dead where the server misbehaves at the protocol
# level; alive where a browser would show the page (capped, decoded as best it can be).
EXPECTED = {
    "stall-after-headers": expect(LinkState.DEAD, ErrorKind.TIMEOUT),
    "trickle-1-byte-per-second": expect(LinkState.DEAD, ErrorKind.TIMEOUT),
    "reset-mid-body": expect(LinkState.DEAD, ErrorKind.RESET),
    "malformed-status-line": expect(LinkState.DEAD, ErrorKind.PROTOCOL),
    "status-line-only-garbage": expect(LinkState.DEAD, ErrorKind.PROTOCOL),
    "header-line-too-long": expect(LinkState.DEAD, ErrorKind.PROTOCOL),
    "too-many-headers": expect(LinkState.DEAD, ErrorKind.PROTOCOL),
    "header-without-colon": expect({LinkState.ALIVE, LinkState.DEAD}, {None, ErrorKind.PROTOCOL}),
    "endless-chunked-body": expect(LinkState.ALIVE, None),
    "gzip-bomb": expect({LinkState.ALIVE, LinkState.DEAD}, {None, ErrorKind.TOO_LARGE}),
    "invalid-utf8": expect(LinkState.ALIVE, None),
    "mixed-charsets": expect(LinkState.ALIVE, None),
    "megabyte-title": expect(LinkState.ALIVE, None),
    "hundred-thousand-links": expect(LinkState.ALIVE, None),
    "redirect-loop": expect(LinkState.DEAD, ErrorKind.REDIRECT_LOOP),
    "long-redirect-chain": expect(LinkState.DEAD, ErrorKind.TOO_MANY_REDIRECTS),
    "short-redirect-chain": expect(LinkState.MOVED, None),
}
# Faults whose point is the overall deadline need the read timeout out of the way.
OVERRIDES = {"trickle-1-byte-per-second": {"read_timeout": 3.0}}


@pytest.fixture(scope="module", autouse=True)
def _gzip_bomb_ready() -> None:
    """Build the bomb once, before any server thread compresses 256 MiB under a test's clock."""
    gzip_bomb_bytes(256 << 20)


def check(
    tmp_path: Path, fetcher: Fetcher, fetch: FetchSettings, urls: list[str]
) -> tuple[Report, SqliteStore, float]:
    """One run of a route citing ``urls`` with a real store; returns the report and wall time."""
    write_route(tmp_path / "routes", "faulty", urls)
    catalog = load_catalog(tmp_path / "routes")
    request = RunRequest(list(catalog.routes.values()), frozenset(catalog.routes))
    store = SqliteStore(tmp_path / "state.sqlite")
    began = time.monotonic()
    report = run_check(request, Settings(fetch=fetch), fetcher, store)
    return report, store, time.monotonic() - began


def assert_classified(report: Report, store: SqliteStore, wanted: Expect) -> SourceReport:
    """The faulty source got a wanted state and error kind, the others were not disturbed,
    the store holds what the report says, and the report renders."""
    faulty, *others = report.routes[0].sources
    assert faulty.state in wanted.states, faulty
    assert (faulty.error.kind if faulty.error else None) in wanted.errors, faulty
    assert faulty.reason, "every state comes with a reason an editor can read"
    assert [s.state for s in others] == [LinkState.ALIVE] * 4
    assert not report.run.inconclusive
    stored = store.recent([faulty.url], limit=1)[faulty.url]
    assert [o.state for o in stored] == [faulty.state]
    assert store.runs(1)[0].finished_at is not None
    assert json.loads(json_report.render(report))["routes"][0]["sources"][0]["state"] == (
        faulty.state.value
    )
    assert faulty.url in markdown.render(report) or faulty.state is LinkState.ALIVE
    return faulty


@pytest.mark.timeout(30)
@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_fault_ends_classified_within_the_deadline(
    tmp_path: Path, web: FixtureWeb, fault: str
) -> None:
    fetch = FAULT_FETCH.model_copy(update=OVERRIDES.get(fault, {}))
    url = plant(web, fault)
    with Fetcher(fetch, resolver=web.resolver) as fetcher:
        report, store, took = check(tmp_path, fetcher, fetch, [url, *healthy(web)])
    with store:
        faulty = assert_classified(report, store, EXPECTED[fault])
    assert took < DEADLINE, f"{fault} took {took:.1f}s"
    if faulty.title is not None:
        assert len(faulty.title) <= 300  # a megabyte <title> is cut, not carried
        assert "\ufffd" not in faulty.title or fault == "invalid-utf8"
        faulty.title.encode("utf-8")  # never a lone surrogate that breaks JSON or SQLite


def test_every_fault_has_an_expectation() -> None:
    assert set(EXPECTED) == set(FAULTS)


@pytest.mark.timeout(30)
def test_text_that_is_not_utf8_arrives_readable(tmp_path: Path, web: FixtureWeb) -> None:
    urls = [plant(web, "invalid-utf8"), plant(web, "mixed-charsets"), *healthy(web, 3)]
    with Fetcher(FAULT_FETCH, resolver=web.resolver) as fetcher:
        report, store, _ = check(tmp_path, fetcher, FAULT_FETCH, urls)
    store.close()
    broken, mixed = report.routes[0].sources[:2]
    assert broken.title is not None and broken.title.startswith("Caf")
    assert "broken" in broken.title and "surrogate" in broken.title
    # The header's charset wins over the page's own meta tag, as in a browser: odd letters,
    # but every word is there and nothing was dropped.
    assert mixed.title is not None and "Ursachen" in mixed.title and "smart quotes" in mixed.title


# -- safety faults: private addresses and DNS that changes its mind ------------------------


@pytest.fixture
def guarded() -> Iterator[GuardedWeb]:
    with guarded_web() as webs:
        yield webs


@pytest.mark.timeout(30)
def test_redirect_to_a_private_address_is_skipped_not_followed(
    tmp_path: Path, guarded: GuardedWeb
) -> None:
    url = guarded.redirect_to_private()
    with guarded.fetcher(FAULT_FETCH) as fetcher:
        report, store, took = check(tmp_path, fetcher, FAULT_FETCH, [url, *healthy(guarded.public)])
    with store:
        faulty = assert_classified(
            report, store, expect(LinkState.SKIPPED, ErrorKind.FORBIDDEN_ADDRESS)
        )
    assert "private address" in faulty.reason
    assert guarded.private.log == []  # the private server never saw a request
    assert took < DEADLINE


@pytest.mark.timeout(30)
def test_dns_answer_that_turns_private_between_check_and_fetch(
    tmp_path: Path, guarded: GuardedWeb
) -> None:
    url, resolver = guarded.rebinding()
    with guarded.fetcher(FAULT_FETCH, resolver) as fetcher:
        report, store, took = check(tmp_path, fetcher, FAULT_FETCH, [url, *healthy(guarded.public)])
    with store:
        assert_classified(report, store, expect(LinkState.SKIPPED, ErrorKind.FORBIDDEN_ADDRESS))
    assert guarded.public.count("rebind.example", "/robots.txt") == 1  # checked while public
    assert resolver.lookups["rebind.example"] >= 2  # asked again for the page: now private
    assert guarded.private.log == []
    assert took < DEADLINE


@pytest.mark.timeout(30)
@pytest.mark.parametrize("wrong_name", [False, True], ids=["untrusted-ca", "wrong-name"])
def test_bad_certificate_is_dead_with_a_tls_error(
    tmp_path: Path, tls_web: FixtureWeb, wrong_name: bool
) -> None:
    url = tls_web.add("bad-cert.example", "/page", body="never seen")
    if wrong_name:
        tls_web.wrong_cert("bad-cert.example")
    # Wrong name: the fixture CA is trusted, so the four other hosts work. Untrusted CA: every
    # host of this web fails alike (TLS is not a network failure, so the run still judges).
    ca = tls_web.ca_bundle if wrong_name else None
    with Fetcher(FAULT_FETCH, resolver=tls_web.resolver, ca_bundle=ca) as fetcher:
        report, store, took = check(tmp_path, fetcher, FAULT_FETCH, [url, *healthy(tls_web)])
    with store:
        faulty, *others = report.routes[0].sources
        assert faulty.state is LinkState.DEAD
        assert faulty.error is not None and faulty.error.kind is ErrorKind.TLS
        assert "TLS certificate" in faulty.reason
        assert store.recent([url], limit=1)[url][0].error_kind is ErrorKind.TLS
    assert not report.run.inconclusive
    expected_others = LinkState.ALIVE if wrong_name else LinkState.DEAD
    assert [s.state for s in others] == [expected_others] * 4
    assert tls_web.count("bad-cert.example") == 0  # nothing was sent over the failed handshake
    assert took < DEADLINE


# -- every fault at once, through the command line ---------------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(90)
def test_every_fault_at_once_through_the_cli(tmp_path: Path, web: FixtureWeb) -> None:
    urls = {fault: plant(web, fault) for fault in sorted(FAULTS)}
    ok = healthy(web, 8)
    names = list(urls)
    for n in range(0, len(names), 3):
        chunk = [urls[name] for name in names[n : n + 3]]
        write_route(tmp_path / "routes", f"faulty-{n // 3}", [*chunk, *ok[: 5 - len(chunk)]])
    write_route(tmp_path / "routes", "healthy", ok[3:8])
    fetch = FAULT_FETCH.model_copy(update={"read_timeout": 1.0})
    (tmp_path / "curator.toml").write_text(
        "[fetch]\n"
        + "".join(
            f"{key} = {value}\n"
            for key, value in fetch.model_dump(exclude={"user_agent", "policy"}).items()
            if not isinstance(value, bool)
        ),
        encoding="utf-8",
    )
    hosts = {url.split("//")[1].split(":")[0] for url in [*urls.values(), *ok]}
    began = time.monotonic()
    proc = curator(
        "run", "--no-progress", "--allow-private-networks",
        *(f"--resolve={host}:127.0.0.1" for host in sorted(hosts)), cwd=tmp_path,
    )  # fmt: skip
    took = time.monotonic() - began
    assert proc.returncode == 0, proc.stderr  # first failures are watched, nothing is broken
    assert "Traceback" not in proc.stderr
    # Every fault was fetched in parallel: the run costs about one slow fault, not their sum.
    assert took < 3 * DEADLINE, f"{took:.1f}s"
    report = json.loads((tmp_path / "reports" / "latest.json").read_text(encoding="utf-8"))
    seen = {
        source["url"]: (source["state"], (source["error"] or {}).get("kind"))
        for route in report["routes"]
        for source in route["sources"]
    }
    for fault, url in urls.items():
        state, kind = seen[url]
        wanted = EXPECTED[fault]
        assert LinkState(state) in wanted.states, (fault, state, kind)
        assert (ErrorKind(kind) if kind else None) in wanted.errors, (fault, state, kind)
    assert_reports_whole(tmp_path / "reports")
