"""What a run writes to the store: each look classified and recorded in batches as it
arrives, then settled once the whole run's judgements are in."""

from __future__ import annotations

import operator
import pickle
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime

from curator.check.plan import last_good
from curator.classify import OfflineWatch, Verdict, classify
from curator.classify.policy import apply_policy
from curator.classify.probe_address import needs_probe
from curator.classify.probe_answer import ProbeAnswer
from curator.classify.probe_book import ProbeBook
from curator.history import found_unchanged
from curator.inspect import Inspection
from curator.interning import EqualValues
from curator.settings import Settings
from curator.spool import Spool
from curator.states import LinkState
from curator.store.interface import Observation, Store

# The fields of a look that repeat from link to link, held once however many links the run
# keeps to its end (each link's verdict and what crossed from a worker are copies of their own).
_SHARED = EqualValues()

# Told each recorded batch and whether the run looked offline when it was judged.
BatchListener = Callable[[Sequence[Observation], bool], None]


@dataclass(slots=True)
class Fetched:
    """What this run learnt about one URL it fetched."""

    inspection: Inspection | None  # None once the judgement recorded can only stand (release)
    verdict: Verdict | None = None
    previous: Observation | None = None  # the last good look, reused when the page is a 304
    # The look recorded while the run went on, and what it was judged with: the end of the
    # run reuses both when nothing has changed since (the same probe, the same offline say).
    recorded: Observation | None = None
    judged_answer: tuple[ProbeAnswer | None, ...] = ()
    judged_inconclusive: bool = False
    needs_probe: bool = False  # a 200 page its host's answer to made-up URLs is compared with
    checked_at: datetime | None = None  # when its batch was recorded

    def release(self) -> None:
        """Drop what only a second judgement would read.

        Called once a look was recorded with its probe (or needing none) and while the run
        looked online: the probe cannot change any more, and should the run end up offline the
        look becomes ``unknown`` without a second reading (``as_inconclusive``). A large run
        would otherwise hold every page's inspection to its end.
        """
        self.inspection, self.verdict, self.previous = None, None, None


class Recorder:
    """Writes a run's observations to the store in batches while the run goes on.

    A run used to record everything in one transaction at its end, so a kill (OOM, a reboot,
    ``kill -9``) lost the whole night. Now each batch of results (``history.record_batch``, or
    whatever arrived within ``history.record_seconds``) is classified and recorded as it comes.

    The trade-off: two judgements need the whole run, and a batch is recorded before they exist.

    - The offline verdict ("most hosts failed at once: the checker is offline") is taken over
      the results so far; while it says offline, a batch is recorded as ``unknown``. Network
      failures come back first (DNS misses fail fast), so early batches lean towards
      ``unknown``, the harmless direction.
    - The soft-404 probes (the host's answer to made-up URLs, one per host and path shape,
      see ``classify.probe_book``) come from the store or are learnt beside the main pass, started
      by the first page that needs each; a 200 page recorded before its shape's answer is in
      is judged without that comparison (it can still be soft-dead by its wording, a
      home-page redirect or a parking phrase).

    The recorder keeps each fetched URL's ``Fetched`` while a second judgement may read it;
    once released, only the look recorded for it is needed, and that waits in a ``Spool`` (on
    disk) until the run's end reads it back, so the driver does not grow with every link while
    its workers fetch.

    ``settle`` re-records, once the run is complete, every observation whose final judgement
    differs (``Store.record`` upserts on run and URL); that is usually none or a few. A run
    killed before it settles leaves provisional observations in an unfinished run: each one a
    real look at its URL, possibly judged without its probe or before the run knew it was
    offline. Cancelling a run (the scheduler stopping) drops only the batch not yet written.
    """

    def __init__(
        self,
        store: Store | None,
        run_id: str,
        settings: Settings,
        clock: Callable[[], datetime],
        past: Mapping[str, list[Observation]],
        on_batch: BatchListener | None = None,
        book: ProbeBook | None = None,
    ) -> None:
        self.store, self.run_id, self.clock = store, run_id, clock
        self.settings, self.past, self.on_batch = settings, past, on_batch
        self.book = book
        self.offline = OfflineWatch(settings.classify)
        self._pending: list[tuple[str, Fetched]] = []
        self._since = time.monotonic()
        self._fetched: dict[str, Fetched] = {}  # not released yet
        self._released: Spool[str, Observation] = Spool(_dump, _load)

    def add(self, url: str, item: Fetched) -> None:
        """Take ``url``'s fetched page, to be judged and recorded with its batch."""
        assert item.inspection is not None
        self._fetched[url] = item
        item.previous = last_good(self.past.get(url, []))
        inspection = item.inspection
        item.needs_probe = self.book is not None and needs_probe(
            url, inspection.shape, inspection.parked
        )
        self.offline.add(item.inspection.result)
        self._pending.append((url, item))
        history = self.settings.history
        waited = time.monotonic() - self._since
        if len(self._pending) >= history.record_batch or waited >= history.record_seconds:
            self.flush()

    def flush(self) -> None:
        """Record what is pending, judged with the probes and the offline verdict so far."""
        now = self.clock()
        inconclusive = self.offline.verdict().inconclusive
        batch = []
        judge = self.store is not None or self.on_batch is not None
        for url, item in self._pending:
            item.checked_at = now
            if judge:
                batch.append(self._judge(url, item, inconclusive, now))
        if self.store is not None and batch:
            self.store.record(batch)  # and each item keeps what was recorded for it
        if self.on_batch is not None and batch:
            self.on_batch(batch, inconclusive)
        self._pending.clear()
        self._since = time.monotonic()

    def _judge(self, url: str, item: Fetched, inconclusive: bool, now: datetime) -> Observation:
        # The answers it is judged with, if they are in already; none when the page needs none.
        book = self.book
        shape = item.inspection.shape if item.inspection is not None else None
        answer = book.held(url, shape) if book is not None and item.needs_probe else ()
        item.verdict = judge(url, item, book, self.settings)
        item.recorded = recorded = observation(self.run_id, url, item, inconclusive, now)
        item.judged_answer, item.judged_inconclusive = answer, inconclusive
        settled = not item.needs_probe or (
            book is not None and shape is not None and book.settled(url, shape)
        )
        if not inconclusive and settled:
            item.release()
            self._released.put(url, recorded)
            if self._fetched.get(url) is item:  # not a later answer for the same URL
                del self._fetched[url]
        return recorded

    def unreleased(self, urls: Iterable[str]) -> Iterator[tuple[str, Fetched]]:
        """The fetched pages of ``urls`` (in their order) that a second judgement may read."""
        fetched = self._fetched
        return ((url, fetched[url]) for url in urls if url in fetched)

    def settle(self, urls: Iterable[str], inconclusive: bool) -> Settled:
        """Each fetched URL's final observation (``urls`` is the plan's order), judged with the
        whole run's probes and offline verdict; those judged differently from their batch are
        recorded again, and only they are held in memory."""
        changed: dict[str, Observation] = {}
        for url in urls:
            item = self._fetched.get(url)
            if item is not None:
                recorded, final = item.recorded, self._final(url, item, inconclusive)
                item.release()  # nothing reads it again
            elif inconclusive and (recorded := self._released.get(url)) is not None:
                final = as_inconclusive(recorded)
            else:
                continue  # released and final, or not fetched
            if recorded != final:
                changed[url] = final
        if self.store is not None and changed:
            self.store.record(list(changed.values()))
        return Settled(changed, self._fetched, self._released)

    def close(self) -> None:
        """Delete the spooled looks; ``settle``'s answer reads them no more."""
        self._released.close()

    def _final(self, url: str, item: Fetched, inconclusive: bool) -> Observation:
        if item.inspection is None:  # released: judged with its final probe, while online
            assert item.recorded is not None
            return as_inconclusive(item.recorded) if inconclusive else item.recorded
        book = self.book
        shape = item.inspection.shape
        answer = book.held(url, shape) if book is not None and item.needs_probe else ()
        judged_with = (item.judged_answer, item.judged_inconclusive)
        if item.recorded is not None and judged_with == (answer, inconclusive):
            return item.recorded  # judged as the whole run would judge it
        item.verdict = judge(url, item, book, self.settings)
        assert item.checked_at is not None
        return observation(self.run_id, url, item, inconclusive, item.checked_at)


@dataclass(frozen=True)
class Settled:
    """A run's final observations, read one URL at a time: most are the looks recorded while
    it went on (many of them waiting in the recorder's spool), the rest judged again at its
    end."""

    changed: Mapping[str, Observation]  # judged differently from their batch
    unreleased: Mapping[str, Fetched]
    released: Spool[str, Observation]

    def get(self, url: str) -> Observation | None:
        """``url``'s final observation; None when the run did not fetch it."""
        if (final := self.changed.get(url)) is not None:
            return final
        if (item := self.unreleased.get(url)) is not None:
            return item.recorded
        return self.released.get(url)

    def as_recorded(self, url: str) -> bool:
        return url not in self.changed


# A look's fields in the dataclass's order, read in one call: a slotted dataclass pickles
# through its Python ``__getstate__`` (a list of its fields made a field at a time), which was
# most of the spooled look's pickle (bench/README.md, "A second run over unchanged pages,
# fourth pass").
_FIELDS = operator.attrgetter(*(f.name for f in fields(Observation)))


def _dump(observation: Observation) -> bytes:
    return pickle.dumps(_FIELDS(observation), protocol=pickle.HIGHEST_PROTOCOL)


def _load(data: str | bytes) -> Observation:
    """An observation back from the spool: its fields, pickled by ``_dump`` in this very run."""
    assert isinstance(data, bytes)
    return Observation(*pickle.loads(data))


def judge(url: str, item: Fetched, book: ProbeBook | None, settings: Settings) -> Verdict:
    """The page's state: classified (with its host's probe answer, if it needs and has one),
    then the per-URL policy applied."""
    inspection = item.inspection
    assert inspection is not None
    shape = inspection.shape
    probe = None
    if book is not None and item.needs_probe and shape is not None:
        probe = book.outcome(url, shape)
    verdict = classify(
        inspection.result,
        inspection.page,
        probe,
        settings.classify,
        parked=inspection.parked,
        wall=inspection.wall,
        gone=inspection.gone,
        unchanged=inspection.unread and item.previous is not None,
    )
    previous = item.previous
    result = inspection.result
    if (
        previous is not None
        and previous.reason
        and previous.state is verdict.state
        and found_unchanged(
            previous,
            url,
            not_modified=result.not_modified,
            body_hash=inspection.body_hash,
            final_url=result.final_url,
        )
    ):
        # A check that found the page unchanged (a 304, or the same bytes at the same final
        # address) keeps the reason the page was judged for: the look says why the page is
        # alive, and the report says it was found unchanged (``history.found_unchanged``, the
        # same rule), so a route whose pages did not change reads, and its page stays, as at
        # the last run.
        verdict = replace(verdict, reason=previous.reason)
    return apply_policy(verdict, inspection.result, settings.policy)


def observation(
    run_id: str, url: str, item: Fetched, inconclusive: bool, now: datetime
) -> Observation:
    verdict, inspection = item.verdict, item.inspection
    assert verdict is not None and inspection is not None
    result, page = inspection.result, inspection.page
    modified = page.modified.isoformat() if page is not None and page.modified else None
    title, description = (page.title, page.description) if page else (None, None)
    body_hash, print_, found = inspection.body_hash, inspection.fingerprint, inspection.found_terms
    etag, last_modified = result.headers.get("etag"), result.headers.get("last-modified")
    if inspection.unchanged and item.previous is not None:
        print_ = item.previous.fingerprint  # same bytes as last time: same fingerprint
    if (result.not_modified or inspection.unread) and item.previous is not None:
        # A 304 (or the same bytes at the same address) says the page is what we saw last
        # time: carry that look forward, unread. The plan gives inspect the hash of a last look
        # at this very address only (``plan.wants``), so a look not read is one
        # ``history.found_unchanged`` calls unchanged, and its reason was kept (``judge``).
        prev = item.previous
        title, description, modified = prev.title, prev.description, prev.page_modified
        body_hash, print_, found = prev.body_hash, prev.fingerprint, prev.found_terms
        etag, last_modified = etag or prev.etag, last_modified or prev.last_modified
    one = _SHARED.one
    recorded = Observation(
        run_id=run_id,
        url=url,
        checked_at=now,
        state=verdict.state,
        http_status=verdict.http_status,
        final_url=url if verdict.final_url == url else verdict.final_url,  # held once
        error_kind=verdict.error.kind if verdict.error else None,
        error_message=one(verdict.error.message) if verdict.error else None,
        reason=one(verdict.reason),
        title=title,
        description=description,
        page_modified=one(modified),
        etag=etag,
        last_modified=one(last_modified),
        body_hash=body_hash,
        fingerprint=print_,
        elapsed=result.elapsed,
        flags=one(verdict.flags),
        found_terms=one(found),
    )
    return as_inconclusive(recorded) if inconclusive else recorded


def as_inconclusive(observation: Observation) -> Observation:
    """The look as a run that found the checker offline records it: seen, but not judged."""
    return replace(
        observation,
        state=LinkState.UNKNOWN,
        reason="the checker looked offline; nothing judged",
        flags=frozenset(),
    )
