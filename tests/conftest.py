"""Shared pytest fixtures: a local fixture web and fetch settings fast enough for tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from curator.fetch.client import Fetcher
from curator.settings import FetchSettings
from fixtureweb import FixtureWeb

pytest_plugins = ["conftest_pg"]  # postgres_server / pg_url: a throwaway PostgreSQL server

FAST_FETCH: dict[str, Any] = {
    "allow_private_networks": True,
    "concurrency": 8,
    "per_host_concurrency": 2,
    "per_host_spacing": 0.0,
    "connect_timeout": 2.0,
    "read_timeout": 2.0,
    "total_timeout": 5.0,
    "retries": 2,
    "backoff_base": 0.01,
    "backoff_max": 0.05,
    "retry_after_cap": 2.0,
}


def make_fast_settings(**overrides: Any) -> FetchSettings:
    """FetchSettings for tests: private addresses allowed, tiny spacing, backoff, timeouts."""
    return FetchSettings(**{**FAST_FETCH, **overrides})


@pytest.fixture(autouse=True)
def _no_way_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test runs may reach the internet, not even the web archive that ``[archive]``
    names by default: HTTP clients that honour the environment (the archive client, in this
    process and in every ``curator`` subprocess) go through a proxy that refuses at once. The
    source fetcher ignores proxies; tests talk to 127.0.0.1 directly."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost,::1")


@pytest.fixture
def fast_settings() -> Callable[..., FetchSettings]:
    """``fast_settings(**overrides)`` -> FetchSettings tuned for tests."""
    return make_fast_settings


@pytest.fixture
def web() -> Iterator[FixtureWeb]:
    """A started plain-HTTP fixture web, stopped after the test."""
    with FixtureWeb() as fixture:
        yield fixture


@pytest.fixture
def tls_web() -> Iterator[FixtureWeb]:
    """A started HTTPS fixture web (trustme CA in ``tls_web.ca_bundle``)."""
    with FixtureWeb(tls=True) as fixture:
        yield fixture


@pytest.fixture
def make_fetcher(web: FixtureWeb) -> Iterator[Callable[..., Fetcher]]:
    """``make_fetcher(settings=None, **kwargs)`` -> a Fetcher resolving through ``web``,
    closed after the test."""
    made: list[Fetcher] = []

    def factory(settings: FetchSettings | None = None, **kwargs: Any) -> Fetcher:
        kwargs.setdefault("resolver", web.resolver)
        fetcher = Fetcher(settings or make_fast_settings(), **kwargs)
        made.append(fetcher)
        return fetcher

    yield factory
    for fetcher in made:
        fetcher.close()


_SHARED_SCOPES = frozenset({"module", "class", "package"})


def _builds_for_several(item: pytest.Item) -> bool:
    """Whether the test uses a fixture built once for its module or class."""
    info = getattr(item, "_fixtureinfo", None)
    return info is not None and any(
        definition.scope in _SHARED_SCOPES
        for definitions in info.name2fixturedefs.values()
        for definition in definitions
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The long modules first: a module whose tests share a fixture, then one with a test
    marked ``slow``, then the rest, each in collection order.

    ``--dist loadscope`` (pyproject.toml) sends a module's tests to one worker, so a
    module-scoped fixture (the DEV set's 3,231 judged pages, the CMS and l10n harvests, the Dask
    cluster) is built once, not once on each worker as ``--dist load`` did when it split the
    module's tests; ``--no-loadscope-reorder`` keeps this order instead of xdist's (modules
    with more tests first), which had put the DEV set's four tests halfway down the queue, to
    run on one worker while the other sat idle at the end."""
    module_rank: dict[str, int] = {}
    for item in items:
        module = item.nodeid.split("::", 1)[0]
        rank = 0 if _builds_for_several(item) else 1 if item.get_closest_marker("slow") else 2
        module_rank[module] = min(rank, module_rank.get(module, 2))
    items.sort(key=lambda item: module_rank[item.nodeid.split("::", 1)[0]])
