"""Bookkeeping by URL that empties as a run goes gives its memory back as it empties, and a
wave's shards hold no copy of its per-URL mappings."""

from __future__ import annotations

import pickle
import tracemalloc

from curator.draining import Draining
from curator.execute.shards import make_shards
from curator.fetch.validators import Validators
from curator.inspect import Wants

URLS = [f"https://h{n % 40}.org/2024/{n}/a-slug" for n in range(50_000)]


def _traced(make: object) -> int:
    """Bytes still traced after ``make()`` built and emptied what it returns."""
    tracemalloc.start()
    try:
        held = make()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[0] if held is not None else 0
    finally:
        tracemalloc.stop()


def test_a_draining_mapping_reads_as_a_dict_while_it_empties() -> None:
    draining = Draining((url, len(url)) for url in URLS)
    plain = {url: len(url) for url in URLS}
    for url in URLS[:49_000:2] + URLS[1:49_000:2]:
        assert draining.pop(url, -1) == plain.pop(url)
    assert draining.pop(URLS[0], -1) == -1 and draining.get(URLS[0]) is None
    assert len(draining) == len(plain) == 1_000
    assert set(draining) == set(plain) and all(draining[u] == plain[u] for u in plain)
    draining[URLS[-1]] = 7
    del draining[URLS[-2]]
    assert URLS[-1] in draining and URLS[-2] not in draining and draining.get(URLS[-1]) == 7
    adopted = Draining.adopt({"a": 1})
    assert adopted.pop("a") == 1 and len(adopted) == 0


def test_an_emptied_draining_mapping_holds_a_table_for_what_is_left() -> None:
    def emptied_dict() -> object:
        plain = dict.fromkeys(URLS)
        for url in URLS[:49_000]:
            del plain[url]
        return plain

    def emptied_draining() -> object:
        draining: Draining[str, None] = Draining((url, None) for url in URLS)
        for url in URLS[:49_000]:
            del draining[url]
        return draining

    # the dict keeps its 50,000-entry table (about 1.9 MiB); the draining one, 1,000 entries'
    assert _traced(emptied_dict) > 1_500_000
    assert _traced(emptied_draining) < 100_000


def test_shards_hold_no_copy_of_the_waves_mappings_and_send_only_their_own() -> None:
    want = Wants(("spine",))
    wants = dict.fromkeys(URLS, want)
    validators = {URLS[3]: Validators(etag='"x"')}

    make_shards(URLS, 2)  # the URL module's bounded caches, filled once

    def shards() -> object:
        return make_shards(URLS, 2, validators, wants)

    def bare() -> object:
        return make_shards(URLS, 2)

    # a copy of the wants per shard would be two tables of 25,000 entries (about 1.9 MiB)
    assert _traced(shards) - _traced(bare) < 50_000
    made = make_shards(URLS, 2, validators, wants)
    for shard in made:
        sent = pickle.loads(pickle.dumps(shard))
        assert dict(sent.wants) == dict.fromkeys(shard.urls, want) == dict(shard.wants)
        assert set(sent.wants) == set(shard.urls)
        assert sent.wants.get("https://elsewhere.org/x") is None
    [owner] = [s for s in made if URLS[3] in s.urls]
    [other] = [s for s in made if s is not owner]
    assert dict(owner.validators) == validators and dict(other.validators) == {}
    assert other.wants.get(URLS[3]) is None and owner.wants[URLS[3]] is want
