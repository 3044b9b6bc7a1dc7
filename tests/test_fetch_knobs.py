"""The fetch settings a Fetcher and each worker process read are the ones the operator wrote.

The driver validates ``curator.toml`` with pydantic and hands the fetch layer plain values
(``FetchSettings.plain()``) so that worker processes import no pydantic; a setting lost or
changed on the way would be a ``[fetch]`` or ``[policy]`` line that silently does nothing.
"""

from __future__ import annotations

import pickle
from dataclasses import fields
from pathlib import Path

from curator.fetch.client import Fetcher
from curator.knobs import FetchKnobs
from curator.settings import FetchSettings, load_settings

_TOML = """
[fetch]
user_agent = "curator-test/1"
concurrency = 7
per_host_concurrency = 3
per_host_spacing = 0.25
connect_timeout = 4.0
read_timeout = 5.0
total_timeout = 6.0
retries = 4
backoff_base = 0.5
backoff_max = 9.0
retry_after_cap = 11.0
max_redirects = 3
max_body_bytes = 5000
max_raw_bytes = 7000
host_pools = 17
allow_private_networks = true
respect_robots = false
worker_malloc_arenas = 3
worker_malloc_trim_seconds = 0.5

[[policy.exclude]]
url = "https://example.org/private/*"
reason = "members only"

[[policy.accept]]
host = "*.example.com"
status = [403, 999]
reason = "answers robots 999"

[[policy.headers]]
host = "partner.example.net"
headers = { Authorization = "Bearer T0ken" }
reason = "partner agreement"
"""


def test_every_fetch_setting_written_reaches_the_fetcher(tmp_path: Path) -> None:
    (tmp_path / "curator.toml").write_text(_TOML)
    written = load_settings(tmp_path / "curator.toml").fetch
    held = Fetcher(written).settings
    assert isinstance(held, FetchKnobs)
    # Every field of the model, none left at its default on the way.
    assert [f.name for f in fields(held)] == list(FetchSettings.model_fields)
    for name in FetchSettings.model_fields:
        if name != "policy":
            assert getattr(held, name) == getattr(written, name) != getattr(FetchSettings(), name)
    (exclude,), (accept,), (headers,) = held.policy.exclude, held.policy.accept, held.policy.headers
    assert (exclude.url, exclude.reason) == ("https://example.org/private/*", "members only")
    assert (accept.host, accept.status, accept.reason) == (
        "*.example.com",
        (403, 999),
        "answers robots 999",
    )
    assert headers.host == "partner.example.net" and headers.reason == "partner agreement"
    assert {k: v.get_secret_value() for k, v in headers.headers.items()} == {
        "Authorization": "Bearer T0ken"
    }


def test_what_a_worker_unpickles_equals_what_the_driver_made(tmp_path: Path) -> None:
    (tmp_path / "curator.toml").write_text(_TOML)
    plain = load_settings(tmp_path / "curator.toml").fetch.plain()
    again = pickle.loads(pickle.dumps(plain))
    assert again == plain
    (headers,) = again.policy.headers
    assert headers.headers["Authorization"].get_secret_value() == "Bearer T0ken"
    assert "T0ken" not in repr(again)
