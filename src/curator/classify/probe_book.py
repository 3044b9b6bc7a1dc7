"""One run's answers to made-up URLs, and which pages still wait for one (``ProbeBook``).

Many sites answer a missing page with a friendly 200. The soft-404 probe asks the site for a
sibling that surely does not exist; a page that looks like that answer is the site's catch-all,
not the page an editor cited. Its parts, each in a module of its own:

- which pages are probed, and the made-up addresses asked (``probe_address``): one answer per
  host and path shape, not per directory;
- a page as the probe keeps it, a sketch of its visible words (``page_sketch``);
- what the host's answer says of a page (``probe_answer``);
- learning that answer while the run fetches, telling a site that ignores slugs from a
  catch-all (``probe_learning``);
- and here, the run's book of answers: an answer is learnt once, kept in the state store for
  days (``ClassifySettings.probe_max_age_days``), and asked again only when it is old or a
  page's comparison with it is borderline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from curator.classify import front
from curator.classify.page_sketch import PageShape
from curator.classify.probe_address import ProbeKey, probe_key
from curator.classify.probe_answer import ProbeAnswer, ProbeOutcome, compare
from curator.classify.probe_learning import ProbePlan


class ProbeBook:
    """One run's answers to made-up URLs: those from the store still young enough to trust,
    and those learnt during the run (stamped with the run's clock as they arrive).

    A page is judged against its shape's answer (``outcome``). Its judgement is settled once
    that answer is in and either fresh from this run or clear-cut; a page compared with a
    stored answer and found borderline asks for the answer afresh (``wanted``).
    """

    def __init__(
        self,
        stored: Mapping[ProbeKey, ProbeAnswer],
        now: datetime,
        max_age: timedelta,
        threshold: float,
        margin: float,
    ) -> None:
        self.threshold, self.margin = threshold, margin
        self.answers: dict[ProbeKey, ProbeAnswer] = {
            key: answer
            for key, answer in stored.items()
            if answer.learnt_at is not None and now - answer.learnt_at <= max_age
        }
        self.learnt: dict[ProbeKey, ProbeAnswer] = {}

    def plan(self) -> ProbePlan:
        """What an executor still has to learn: every shape whose answer is not held."""
        known = frozenset(self.answers)
        return ProbePlan(known=known, similarity=self.threshold, answers=dict(self.answers))

    def add(self, answer: ProbeAnswer, now: datetime) -> None:
        stamped = replace(answer, learnt_at=now)
        self.answers[answer.key] = self.learnt[answer.key] = stamped

    def answer(self, url: str) -> ProbeAnswer | None:
        return self.answers.get(probe_key(url))

    def held(self, url: str, page: PageShape | None) -> tuple[ProbeAnswer | None, ...]:
        """The answers ``url``'s judgement reads: its shape's, and its host's front page when
        the page looks like one (``classify.front``); a judgement is taken again when they
        change."""
        answer = self.answers.get(probe_key(url))
        if page is None or not page.front_like:
            return (answer,)
        return answer, self.answers.get(front.front_key(url))

    def outcome(self, url: str, page: PageShape) -> ProbeOutcome | None:
        answer = self.answer(url)
        probe = None if answer is None else compare(page, answer, self.threshold, self.margin)
        if not page.front_like:
            return probe
        seen = front.compare_front(page, self.answers.get(front.front_key(url)), self.threshold)
        return front.merged(probe, seen)

    def settled(self, url: str, page: PageShape) -> bool:
        """The page's judgement against its answers cannot change any more in this run."""
        return self._shape_settled(url, page) and self._front_settled(url, page)

    def _shape_settled(self, url: str, page: PageShape) -> bool:
        key = probe_key(url)
        answer = self.answers.get(key)
        if answer is None:
            return False
        if key in self.learnt:
            return True
        outcome = compare(page, answer, self.threshold, self.margin)
        return outcome is None or not outcome.borderline

    def _front_settled(self, url: str, page: PageShape) -> bool:
        """The host's front page is held (from this run or the store), or not wanted."""
        if not page.front_like:
            return True
        return front.front_key(url) in self.answers

    def wanted(
        self, pages: Iterable[tuple[str, PageShape]]
    ) -> dict[ProbeKey, tuple[str, PageShape]]:
        """Per shape still to learn (or to learn afresh), the page whose probes ask for it."""
        wanted: dict[ProbeKey, tuple[str, PageShape]] = {}
        for url, page in pages:
            key = probe_key(url)
            if key not in wanted and not self._shape_settled(url, page):
                wanted[key] = (url, page)
        return wanted

    def wanted_fronts(self, pages: Iterable[tuple[str, PageShape]]) -> dict[ProbeKey, str]:
        """Per host whose front page is still to learn (or to learn afresh), a page asking."""
        wanted: dict[ProbeKey, str] = {}
        for url, page in pages:
            if page.front_like and not self._front_settled(url, page):
                wanted.setdefault(front.front_key(url), url)
        return wanted

    def lasting(self) -> list[ProbeAnswer]:
        """The answers learnt this run worth keeping for days: not a network failure, a
        server error or a rate limit, which say nothing of how the host treats unknown
        paths."""
        return [
            answer
            for answer in self.learnt.values()
            if answer.status is not None and answer.status < 500 and answer.status != 429
        ]
