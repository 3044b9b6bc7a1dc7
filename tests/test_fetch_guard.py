"""The safety guard refuses non-public addresses on every hop, checked where we connect.

No test here sends a packet off the machine: 127.0.0.2 stands in for "a public server" through
the guard's ``treat_as_public`` seam, and everything else that is refused is on loopback.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
import requests

from curator.fetch.client import Fetcher
from curator.fetch.guard import AddressGuard
from curator.fetch.resolve import StaticResolver, SystemResolver, parse_resolve_option
from curator.fetch.transport import GuardedAdapter, GuardedConnector, new_session
from curator.states import ErrorKind
from fixtureweb import FixtureWeb, html_page

PUBLIC_STAND_IN = "127.0.0.2"


@pytest.fixture
def public_web() -> Iterator[FixtureWeb]:
    """A fixture web on 127.0.0.2, which the guard under test treats as the public internet."""
    with FixtureWeb(bind=PUBLIC_STAND_IN) as fixture:
        yield fixture


def guarded_fetcher(settings, resolver) -> Fetcher:
    guard = AddressGuard(allow_private=False, treat_as_public=[PUBLIC_STAND_IN])
    return Fetcher(settings, resolver, guard=guard)


def test_guarded_fetch_of_a_public_address_works(public_web: FixtureWeb, fast_settings):
    url = public_web.add("www.who.int", "/page", body=html_page("Public"))
    with guarded_fetcher(fast_settings(allow_private_networks=False), public_web.resolver) as f:
        assert f.fetch(url).status == 200


def test_literal_loopback_url_is_refused(web: FixtureWeb, fast_settings):
    web.add("www.who.int", "/", body="internal")
    with Fetcher(fast_settings(allow_private_networks=False), web.resolver) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{web.port}/")
    assert result.error is not None
    assert result.error.kind == ErrorKind.FORBIDDEN_ADDRESS
    assert "127.0.0.1" in result.error.message
    assert result.attempts == 1
    assert web.log == []  # not even robots.txt was asked for


def test_public_looking_name_resolving_to_loopback_is_refused(web: FixtureWeb, fast_settings):
    url = web.add("intranet.who.int", "/admin", body="secret")
    with Fetcher(fast_settings(allow_private_networks=False), web.resolver) as fetcher:
        result = fetcher.fetch(url)
    assert result.error is not None and result.error.kind == ErrorKind.FORBIDDEN_ADDRESS
    assert "intranet.who.int (127.0.0.1)" in result.error.message
    assert web.log == []


def test_redirect_to_a_private_address_is_refused(
    public_web: FixtureWeb, web: FixtureWeb, fast_settings
):
    web.add("metadata.internal", "/latest", body="credentials")
    public_web.resolver.add("metadata.internal", "127.0.0.1")  # where the private web listens
    start = public_web.redirect(
        "www.who.int", "/go", to=f"http://metadata.internal:{web.port}/latest"
    )
    with guarded_fetcher(fast_settings(allow_private_networks=False), public_web.resolver) as f:
        result = f.fetch(start)
    assert result.error is not None and result.error.kind == ErrorKind.FORBIDDEN_ADDRESS
    assert [hop.url for hop in result.hops] == [start]
    assert result.final_url == f"http://metadata.internal:{web.port}/latest"
    assert web.log == []  # the private server never saw a request


class RebindingResolver:
    """Answers a public address first and a private one afterwards (DNS rebinding)."""

    def __init__(self, first: str, then: str) -> None:
        self.answers = [first]
        self.then = then

    def resolve(self, host: str, port: int) -> list[str]:
        return [self.answers.pop(0) if self.answers else self.then]


@pytest.mark.parametrize("guarded", [True, False])
def test_dns_rebinding_cannot_slip_past_the_check(
    public_web: FixtureWeb, fast_settings, guarded: bool
):
    # The same name and port on two addresses: the "public" server redirects and closes the
    # connection, so the next hop needs a new connection, for which the rebinding resolver now
    # answers loopback. Guarded, that connection is refused; unguarded (the control) it really
    # reaches the private server, so the refusal is not an accident of the setup.
    public_web.add(
        "rebind.example", "/start", status=302, headers={"Location": "/next", "Connection": "close"}
    )
    with FixtureWeb(bind="127.0.0.1", port=public_web.port) as private_web:
        private_web.add("rebind.example", "/next", body="private")
        resolver = RebindingResolver(PUBLIC_STAND_IN, "127.0.0.1")
        settings = fast_settings(allow_private_networks=not guarded, respect_robots=False)
        with (
            guarded_fetcher(settings, resolver)
            if guarded
            else Fetcher(settings, resolver) as fetcher
        ):
            result = fetcher.fetch(f"http://rebind.example:{public_web.port}/start")
        assert public_web.count("rebind.example", "/start") == 1
        if guarded:
            assert result.error is not None
            assert result.error.kind == ErrorKind.FORBIDDEN_ADDRESS
            assert private_web.log == []
        else:
            assert result.body == b"private"
            assert private_web.count("rebind.example", "/next") == 1


class CountingResolver:
    """Answers from ``answers`` in turn (the last one from then on), counting the lookups."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.lookups = 0

    def resolve(self, host: str, port: int) -> list[str]:
        self.lookups += 1
        return [self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]]


def test_requests_on_a_kept_alive_connection_ask_the_resolver_once(
    public_web: FixtureWeb, fast_settings
):
    # The name is resolved and checked for each new connection, not for each request: one
    # connection (one in flight per host) carries every page.
    urls = [public_web.add("www.who.int", f"/page{n}", body="ok") for n in range(6)]
    resolver = CountingResolver(PUBLIC_STAND_IN)
    settings = fast_settings(
        allow_private_networks=False, respect_robots=False, per_host_concurrency=1
    )
    with guarded_fetcher(settings, resolver) as fetcher:
        results = [fetcher.fetch(url) for url in urls]
    assert [result.status for result in results] == [200] * 6
    assert resolver.lookups == 1


def test_a_new_connection_follows_the_names_new_answer(public_web: FixtureWeb, fast_settings):
    # The first page closes its connection; by the second request the name has moved to
    # another (allowed) address. The new connection asks again and goes there, not to the
    # address the name had when the first connection was made.
    public_web.add("moving.example", "/one", body="first", headers={"Connection": "close"})
    with FixtureWeb(bind="127.0.0.3", port=public_web.port) as moved_web:
        moved_web.add("moving.example", "/two", body="second")
        resolver = CountingResolver(PUBLIC_STAND_IN, "127.0.0.3")
        guard = AddressGuard(treat_as_public=[PUBLIC_STAND_IN, "127.0.0.3"])
        settings = fast_settings(allow_private_networks=False, respect_robots=False)
        with Fetcher(settings, resolver, guard=guard) as fetcher:
            first = fetcher.fetch(f"http://moving.example:{public_web.port}/one")
            second = fetcher.fetch(f"http://moving.example:{public_web.port}/two")
        assert (first.body, second.body) == (b"first", b"second")
        assert public_web.count("moving.example", "/two") == 0
        assert moved_web.count("moving.example", "/two") == 1


def test_a_name_with_a_private_and_a_public_address_is_fetched_only_from_the_public_one(
    public_web: FixtureWeb, fast_settings
):
    # The private server listens on the same port, first in the DNS answer: dialling by name
    # would reach it. The guard drops it and the request goes to the address it checked.
    public_web.add("mixed.example", "/page", body="public")
    with FixtureWeb(bind="127.0.0.1", port=public_web.port) as private_web:
        private_web.add("mixed.example", "/page", body="private")
        resolver = StaticResolver({"mixed.example": ["127.0.0.1", PUBLIC_STAND_IN]})
        settings = fast_settings(allow_private_networks=False, respect_robots=False)
        with guarded_fetcher(settings, resolver) as fetcher:
            result = fetcher.fetch(f"http://mixed.example:{public_web.port}/page")
        assert result.status == 200 and result.body == b"public"
        assert private_web.log == []


def test_an_address_that_refuses_the_connection_falls_through_to_the_next(
    public_web: FixtureWeb, fast_settings
):
    public_web.add("two.example", "/page", body="second")
    resolver = StaticResolver({"two.example": ["127.0.0.3", PUBLIC_STAND_IN]})  # .3: no server
    guard = AddressGuard(treat_as_public=["127.0.0.3", PUBLIC_STAND_IN])
    settings = fast_settings(allow_private_networks=False, respect_robots=False)
    with Fetcher(settings, resolver, guard=guard) as fetcher:
        result = fetcher.fetch(f"http://two.example:{public_web.port}/page")
    assert result.error is None and result.body == b"second"


def test_the_adapter_dials_nothing_it_was_not_handed_through_send() -> None:
    # requests' pool-key seam is where the checked address goes in; reached any other way
    # (a future requests calling it from elsewhere) it must fail closed, not dial the name.
    session = new_session(
        GuardedConnector(StaticResolver({}), AddressGuard()),
        user_agent="test",
        pools=1,
        connections_per_pool=1,
    )
    request = requests.Request("GET", "http://www.who.int/").prepare()
    adapter = session.get_adapter("http://www.who.int/")
    assert isinstance(adapter, GuardedAdapter)
    with pytest.raises(RuntimeError, match="only through send"):
        adapter.get_connection_with_tls_context(request, verify=True)


def test_the_adapter_sends_nothing_through_a_proxy() -> None:
    # A proxy would connect on curator's behalf to addresses the guard never saw.
    session = new_session(
        GuardedConnector(
            StaticResolver({"www.who.int": "127.0.0.1"}), AddressGuard(allow_private=True)
        ),
        user_agent="test",
        pools=1,
        connections_per_pool=1,
    )
    request = requests.Request("GET", "http://www.who.int/").prepare()
    adapter = session.get_adapter("http://www.who.int/")
    with pytest.raises(requests.exceptions.InvalidSchema, match="through proxies"):
        adapter.send(request, proxies={"http": "http://proxy.example:3128"})


def test_allow_private_networks_lets_tests_and_demos_through(web: FixtureWeb, fast_settings):
    url = web.add("www.who.int", "/", body="ok")
    with Fetcher(fast_settings(allow_private_networks=True), web.resolver) as fetcher:
        assert fetcher.fetch(url).status == 200


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",  # IPv4-mapped IPv6
        "::ffff:10.0.0.1",
        "2002:7f00:1::",  # 6to4 wrapping 127.0.0.1
    ],
)
def test_guard_refuses_non_public_addresses(address: str) -> None:
    assert not AddressGuard().allows(address)
    assert AddressGuard(allow_private=True).allows(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::6810:84e5"])
def test_guard_allows_public_addresses(address: str) -> None:
    assert AddressGuard().allows(address)


def test_only_permitted_addresses_are_dialled() -> None:
    guard = AddressGuard()
    assert guard.permitted("mixed.example", ["10.0.0.1", "93.184.216.34"]) == ["93.184.216.34"]


# -- the resolver seam ---------------------------------------------------------------------


def test_static_resolver_answers_listed_names_and_fails_others() -> None:
    resolver = StaticResolver({"www.who.int": "127.0.0.1", "Two.Example.": ["10.0.0.1", "::1"]})
    assert resolver.resolve("WWW.WHO.INT", 443) == ["127.0.0.1"]
    assert resolver.resolve("two.example", 80) == ["10.0.0.1", "::1"]
    assert resolver.resolve("192.0.2.7", 80) == ["192.0.2.7"]
    with pytest.raises(socket.gaierror):
        resolver.resolve("nonexistent.invalid", 80)
    with pytest.raises(ValueError, match="not an IP address"):
        StaticResolver({"bad.example": "not-an-ip"})


def test_static_resolver_falls_back() -> None:
    fallback = StaticResolver({"other.example": "127.0.0.3"})
    resolver = StaticResolver({"www.who.int": "127.0.0.1"}, fallback=fallback)
    assert resolver.resolve("other.example", 80) == ["127.0.0.3"]


def test_system_resolver_passes_literals_through() -> None:
    assert SystemResolver().resolve("127.0.0.1", 80) == ["127.0.0.1"]
    assert SystemResolver().resolve("[::1]", 80) == ["::1"]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("www.who.int:127.0.0.1", ("www.who.int", "127.0.0.1")),
        ("www.who.int:443:127.0.0.1", ("www.who.int", "127.0.0.1")),
        ("WWW.WHO.INT:::1", ("www.who.int", "::1")),
        ("www.who.int:443:[::1]", ("www.who.int", "::1")),
    ],
)
def test_parse_resolve_option(spec: str, expected: tuple[str, str]) -> None:
    assert parse_resolve_option(spec) == expected


@pytest.mark.parametrize("spec", ["www.who.int", "www.who.int:", ":127.0.0.1", "a:443:nope"])
def test_parse_resolve_option_rejects_nonsense(spec: str) -> None:
    with pytest.raises(ValueError, match="--resolve"):
        parse_resolve_option(spec)


def test_names_sharing_an_address_keep_a_pool_each(web: FixtureWeb) -> None:
    # As when pools were keyed by name: two sites on one address (virtual hosting) each keep
    # their own keep-alive connections rather than churning one pool's.
    urls = [web.add(name, "/", body=name) for name in ("one.example", "two.example")]
    guard = AddressGuard(allow_private=True)
    session = new_session(
        GuardedConnector(web.resolver, guard), user_agent="test", pools=4, connections_per_pool=1
    )
    with session:
        bodies = [session.get(url, timeout=5).text for url in urls + urls]
        adapter = session.get_adapter(urls[0])
        assert isinstance(adapter, GuardedAdapter)
        assert bodies == ["one.example", "two.example"] * 2
        assert len(adapter.poolmanager.pools) == 2


def test_asking_a_remembered_name_again_forgets_no_other_name() -> None:
    # Two names fill the connector; asking the second again replaces its answer and keeps the
    # first's, so the first name's next request needs no lookup. A third name then makes room
    # by forgetting the answer asked longest ago (the first's).
    names = {"one.example": "127.0.0.2", "two.example": "127.0.0.3", "three.example": "127.0.0.4"}
    resolver = StaticResolver(names)
    connector = GuardedConnector(resolver, AddressGuard(allow_private=True), remember=2)
    connector.addresses("one.example", 80)
    connector.addresses("two.example", 80)
    connector.addresses("two.example", 80)
    assert connector.last_answer("one.example", 80) == ["127.0.0.2"]
    connector.addresses("three.example", 80)
    assert connector.last_answer("one.example", 80) is None
    assert connector.last_answer("two.example", 80) == ["127.0.0.3"]


def test_host_pools_sets_how_many_hosts_keep_their_connection_and_answer(
    public_web: FixtureWeb, fast_settings
):
    # Five hosts, one after another, then the first again: with room for eight hosts its
    # kept-alive connection and answer are still there (a lookup per host); with room for four
    # (one request in flight: four pools at least) they are gone and the name is asked again.
    urls = [public_web.add(f"h{n}.example", "/", body="ok") for n in range(5)]
    for pools, again in ((8, 0), (4, 1)):
        resolver = CountingResolver(PUBLIC_STAND_IN)
        settings = fast_settings(
            allow_private_networks=False, respect_robots=False, concurrency=1, host_pools=pools
        )
        with guarded_fetcher(settings, resolver) as fetcher:
            for url in [*urls, urls[0]]:
                assert fetcher.fetch(url).status == 200
        assert resolver.lookups == 5 + again
