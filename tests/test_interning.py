"""Equal look fields held once (curator.interning), and a run's looks sharing them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from curator.catalog import load_catalog
from curator.check.fetching import fetch_and_inspect
from curator.check.plan import plan_check
from curator.check.record import Recorder
from curator.execute.local import InProcessExecutor
from curator.fetch.client import Fetcher
from curator.interning import EqualValues
from curator.settings import FetchSettings, Settings
from curator.store.interface import Observation
from fixtureweb import FixtureWeb
from routefiles import write_route

NOW = datetime(2026, 12, 5, 17, 30, tzinfo=UTC)
PAGE = "<html><head><title>Back pain {n}</title></head><body><p>{text}</p></body></html>"
TEXT = "What source says about the subject, with enough words to read as an article. " * 20


def test_equal_values_come_back_as_the_first_one() -> None:
    values = EqualValues()
    first = "".join(["the page ", "answers"])
    again = "".join(["the page ", "answer", "s"])
    assert first is not again
    assert values.one(first) is first
    assert values.one(again) is first
    assert values.one("other") == "other"


def test_past_its_limit_new_values_are_handed_back_unshared() -> None:
    values = EqualValues(limit=2)
    values.one("a"), values.one("b")
    late = "".join(["c", "d"])
    assert values.one(late) is late
    assert values.one("".join(["c", "d"])) is not late  # never held: the table did not grow
    assert values.one("".join(["a"])) == "a"


def test_a_runs_looks_share_their_repeated_fields_and_keep_their_values(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    modified = {"Last-Modified": "Tue, 14 May 2024 09:30:00 GMT"}
    urls = [
        web.add(f"site{n}.org", "/back", body=PAGE.format(n=n, text=TEXT), headers=modified)
        for n in range(5)
    ]
    write_route(tmp_path / "routes", "back-pain", urls)
    settings = Settings(fetch=fast_settings())
    routes = list(load_catalog(tmp_path / "routes").routes.values())
    todo = plan_check(routes, None, settings, None, NOW)
    looks: list[Observation] = []
    recorder = Recorder(None, "run", settings, lambda: NOW, todo.past, lambda b, _: looks.extend(b))
    with Fetcher(settings.fetch, resolver=web.resolver) as fetcher:
        fetch_and_inspect(InProcessExecutor(fetcher), todo, None, recorder)
    recorder.flush()
    assert sorted(look.url for look in looks) == sorted(urls)
    assert {look.title for look in looks} == {f"Back pain {n}" for n in range(5)}
    first = looks[0]
    assert first.state.is_live and first.flags and first.reason and first.found_terms
    assert first.last_modified == modified["Last-Modified"]
    for look in looks[1:]:
        assert look.flags is first.flags  # plain http: the same flags on every link
        assert look.reason is first.reason
        assert look.found_terms is first.found_terms  # the blurbs share their terms
        assert look.last_modified is first.last_modified
