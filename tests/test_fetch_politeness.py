"""Politeness measured at the server: per-host caps, spacing, interleaving, robots.txt."""

from __future__ import annotations

import itertools
import threading
import time

from curator.states import ErrorKind
from fixtureweb import FixtureWeb

HOSTS = ("www.who.int", "example-health.org", "www.webmd.com", "www.spine-health.com")


def test_never_more_than_the_per_host_cap_in_flight(web: FixtureWeb, make_fetcher, fast_settings):
    urls = [web.add("www.who.int", f"/p{i}", body="x", delay=0.05) for i in range(12)]
    settings = fast_settings(concurrency=16, per_host_concurrency=2, respect_robots=False)
    results = list(make_fetcher(settings).fetch_many(urls))
    assert all(r.status == 200 for r in results)
    assert web.max_in_flight("www.who.int") == 2  # reached, never exceeded


def test_spacing_between_request_starts_to_one_host(web: FixtureWeb, make_fetcher, fast_settings):
    urls = [web.add("www.who.int", f"/p{i}", body="x") for i in range(6)]
    settings = fast_settings(
        concurrency=8, per_host_concurrency=4, per_host_spacing=0.15, respect_robots=False
    )
    list(make_fetcher(settings).fetch_many(urls))
    gaps = web.start_gaps("www.who.int")
    assert len(gaps) == 5
    # Measured at the server, so one gap can shrink by a new connection's set-up time; the
    # span of all six starts cannot. Without spacing every gap would be near zero.
    assert sum(gaps) >= 5 * 0.15 * 0.97
    assert min(gaps) >= 0.1


def test_different_hosts_proceed_in_parallel(web: FixtureWeb, make_fetcher, fast_settings):
    urls = [web.add(host, f"/p{i}", body="x", delay=0.3) for host in HOSTS for i in range(2)]
    settings = fast_settings(concurrency=8, per_host_concurrency=1, respect_robots=False)
    began = time.monotonic()
    list(make_fetcher(settings).fetch_many(urls))
    took = time.monotonic() - began
    # one at a time per host, all hosts at once: two rounds of 0.3 s, not eight
    assert took < 1.2
    assert web.max_in_flight() == len(HOSTS)
    assert all(web.max_in_flight(host) == 1 for host in HOSTS)


def test_busy_host_does_not_hold_up_the_others(web: FixtureWeb, make_fetcher, fast_settings):
    slow = [web.add("slow.example", f"/p{i}", body="x") for i in range(5)]
    quick = [web.add(host, "/", body="x") for host in HOSTS]
    settings = fast_settings(concurrency=4, per_host_spacing=0.3, respect_robots=False)
    finished: dict[str, float] = {}
    began = time.monotonic()
    for result in make_fetcher(settings).fetch_many(slow + quick):
        finished[result.url] = time.monotonic() - began
    # slow.example needs 4 x 0.3 s of spacing; the other hosts must not queue behind it
    assert max(finished[u] for u in quick) < 0.3
    assert max(finished[u] for u in slow) >= 1.15


def test_hosts_are_interleaved(web: FixtureWeb, make_fetcher, fast_settings):
    urls = [web.add(host, f"/p{i}", body="x") for host in HOSTS[:2] for i in range(6)]
    settings = fast_settings(concurrency=1, respect_robots=False)
    list(make_fetcher(settings).fetch_many(urls))
    order = [entry.host for entry in sorted(web.log, key=lambda e: e.start)]
    switches = sum(1 for a, b in itertools.pairwise(order) if a != b)
    assert switches >= 8  # not six of one then six of the other


# -- robots.txt ----------------------------------------------------------------------------


ROBOTS = "User-agent: *\nDisallow: /private/\n\nUser-agent: curator\nDisallow: /no-bots/\n"


def test_robots_disallow_skips_the_page(web: FixtureWeb, make_fetcher):
    web.add("www.who.int", "/robots.txt", body=ROBOTS, headers={"Content-Type": "text/plain"})
    blocked = web.add("www.who.int", "/no-bots/page", body="secret")
    public = web.add("www.who.int", "/public", body="hello")
    results = {r.url: r for r in make_fetcher().fetch_many([blocked, public])}
    assert results[blocked].error is not None
    assert results[blocked].error.kind == ErrorKind.ROBOTS
    assert "robots.txt disallows" in results[blocked].error.message
    assert results[blocked].status is None
    assert results[public].status == 200
    assert web.count("www.who.int", "/no-bots/page") == 0


def test_robots_can_be_ignored_by_setting(web: FixtureWeb, make_fetcher, fast_settings):
    web.add("www.who.int", "/robots.txt", body="User-agent: *\nDisallow: /\n")
    url = web.add("www.who.int", "/page", body="x")
    result = make_fetcher(fast_settings(respect_robots=False)).fetch(url)
    assert result.status == 200
    assert web.count("www.who.int", "/robots.txt") == 0


def test_robots_fetched_once_per_host_however_many_urls(
    web: FixtureWeb, make_fetcher, fast_settings
):
    web.add("www.who.int", "/robots.txt", body=ROBOTS, delay=0.2)  # slow: many wait on it
    urls = [web.add(host, f"/p{i}", body="x") for host in HOSTS[:2] for i in range(20)]
    settings = fast_settings(concurrency=16, per_host_concurrency=4)
    results = list(make_fetcher(settings).fetch_many(urls))
    assert all(r.status == 200 for r in results)
    assert web.count("www.who.int", "/robots.txt") == 1
    assert web.count(HOSTS[1], "/robots.txt") == 1


def test_redirect_into_a_disallowed_path_is_stopped(web: FixtureWeb, make_fetcher):
    web.add("www.who.int", "/robots.txt", body=ROBOTS)
    url = web.redirect("www.who.int", "/start", to=web.url("www.who.int", "/no-bots/x"))
    result = make_fetcher().fetch(url)
    assert result.error is not None and result.error.kind == ErrorKind.ROBOTS
    assert len(result.hops) == 1
    assert web.count("www.who.int", "/no-bots/x") == 0


def test_missing_broken_or_garbage_robots_allow(web: FixtureWeb, make_fetcher):
    # www.who.int: no robots.txt (404); webmd: 503; spine-health: garbage bytes
    web.add("www.webmd.com", "/robots.txt", status=503, body="down")
    web.add("www.spine-health.com", "/robots.txt", body=b"\xff\xfe<html>Disallow\x00 /")
    urls = [web.add(host, "/page", body="x") for host in ("www.who.int", *HOSTS[2:])]
    results = list(make_fetcher().fetch_many(urls))
    assert [r.status for r in results] == [200, 200, 200]
    assert web.count(path="/robots.txt") == 3


def test_the_curator_group_overrides_the_wildcard_group(web: FixtureWeb, make_fetcher):
    # robots.txt semantics: a crawler obeys only the most specific group naming it
    web.add("www.who.int", "/robots.txt", body=ROBOTS)
    url = web.add("www.who.int", "/private/x", body="for everyone but generic bots")
    assert make_fetcher().fetch(url).status == 200


def test_a_later_call_goes_before_the_rest_of_a_running_wave(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    """A run's soft-404 probes are a second fetch_many beside the main one: they must not wait
    for the thousands of links the main call has not started yet."""
    wave = [web.add(f"www.wave{n}.org", "/p", body="<p>x</p>", delay=0.1) for n in range(20)]
    probe = web.add("www.probe.org", "/p", body="<p>probe</p>")
    fetcher = make_fetcher(fast_settings(concurrency=1))
    done: list[str] = []
    main = threading.Thread(target=lambda: done.extend(r.url for r in fetcher.fetch_many(wave)))
    main.start()
    while not web.requests(path="/p"):  # the wave has started
        time.sleep(0.01)
    assert fetcher.fetch(probe).status == 200
    finished_before_probe = len(done)
    main.join()
    assert finished_before_probe <= 3, "the probe waited behind the wave"  # not 20
    assert len(done) == 20


def test_a_reader_that_fell_behind_gets_every_worker_back_once_it_reads(
    web: FixtureWeb, make_fetcher, fast_settings
):
    # The reader's pause fills its window (2 results a worker) and leaves every worker idle;
    # each result it then takes frees a place, and must wake a worker: were a wake lost, the
    # rest of the run would crawl with one or two requests in flight instead of eight.
    spans: list[tuple[float, float]] = []
    lock = threading.Lock()

    def timed(req) -> None:
        began = time.monotonic()
        time.sleep(0.2)
        with lock:
            spans.append((began, time.monotonic()))
        req.respond(200, "<title>x</title>")

    urls = [web.add(host, f"/p{i}", handler=timed) for host in HOSTS for i in range(16)]
    settings = fast_settings(concurrency=8, per_host_concurrency=8, respect_robots=False)
    results = make_fetcher(settings).fetch_many(urls)
    first = next(results)
    time.sleep(1.0)  # the window fills while the reader is away
    resumed = time.monotonic()
    rest = list(results)
    assert all(r.status == 200 for r in [first, *rest]) and len(rest) == 63
    later = [span for span in spans if span[0] > resumed]
    peak = max(sum(1 for s in later if s[0] <= start < s[1]) for start, _ in later)
    assert peak >= 6  # of 8 workers
