"""Learning a host's answer to made-up URLs for one path shape, while the run fetches.

A site that ignores the last path segment is told apart. News and forum sites serve article 17
whatever slug follows its number, so a made-up slug shows the real page. When the first probe
looks like the page that triggered it, a second probe changes the identifying segment (the
number) instead: if that one answers differently, the site ignores slugs and the second answer
is what unknown pages look like there. A probe whose canonical link names the page's own
canonical is the real page too, never evidence against it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from curator.classify.page_sketch import PageShape, similarity
from curator.classify.probe_address import (
    ProbeKey,
    id_probe_url,
    probe_key,
    probe_url,
    same_address,
)
from curator.classify.probe_answer import NEAR_FROM, ProbeAnswer, names_page, same_title


@dataclass(frozen=True)
class ProbePlan:
    """What an executor probes while it fetches: the answer for every shape a page needs,
    except the shapes whose answer the run already holds (learnt recently, from the store).
    ``similarity`` is the run's ``probe_similarity``: learning compares pages too."""

    known: frozenset[ProbeKey] = frozenset()
    similarity: float = 0.9
    # The known answers themselves: a page whose answer cannot read its words is not hashed
    # (``probe_answer.reads_words``).
    answers: Mapping[ProbeKey, ProbeAnswer] = field(default_factory=dict)


def learn(
    look: Callable[[str], PageShape], trigger: str, page: PageShape, threshold: float
) -> ProbeAnswer:
    """Learn the host's answer for ``trigger``'s shape, asking ``look`` one or two made-up
    URLs (``look`` fetches through the run's Fetcher, so each probe waits its turn at the
    host like any request)."""
    first = look(learn_first(trigger))
    second_url = learn_next(trigger, page, first, threshold)
    second = look(second_url) if second_url is not None else None
    return learnt(trigger, page, first, second, threshold)


def answer_shape(shape: PageShape | None, status: int | None, final_url: str) -> PageShape:
    """What a probe looked like; a probe that was no page (an error, a 404) has no words."""
    return shape or PageShape(status=status, final_url=final_url, sketch=b"")


def learn_first(trigger: str, rng: random.Random | None = None) -> str:
    """The first URL to ask when learning the answer for ``trigger``'s shape."""
    return probe_url(trigger, rng)


def learn_next(
    trigger: str,
    page: PageShape,
    first: PageShape,
    threshold: float,
    rng: random.Random | None = None,
) -> str | None:
    """The second URL to ask, when the first answer shows the page that triggered it: it
    changes the identifying segment, to tell a site that ignores slugs (the second answer
    differs) from a catch-all whose stand-in the trigger page is (the same answer again)."""
    if not _looks_like(page, first, threshold):
        return None
    return id_probe_url(trigger, rng)


def learnt(
    trigger: str,
    page: PageShape,
    first: PageShape,
    second: PageShape | None,
    threshold: float,
) -> ProbeAnswer:
    """The host's answer for ``trigger``'s shape, from the one or two probes asked."""
    key = probe_key(trigger)
    if second is not None and not _looks_like(page, second, threshold, near=False):
        return ProbeAnswer.of(key, second, ignores_last_segment=True)
    return ProbeAnswer.of(key, first)


def _looks_like(page: PageShape, probe: PageShape, threshold: float, *, near: bool = True) -> bool:
    """The probe shows the page, or (with ``near``) the page drawn for the probe's path (near
    as ``probe_answer`` weighs it). Near is enough to ask the second probe, never to read its
    answer: on a site that ignores slugs and titles every page with its own name, the made-up
    ID's "not found" page shares the page's title and its banner's words, and taken as the page
    it would store the page itself as what unknown pages look like, convicting every page of
    the site."""
    if probe.status is None or not 200 <= probe.status < 300:
        return False
    alike = similarity(page.sketch, probe.sketch)
    return (
        same_address(page.final_url, probe.final_url)
        or alike >= threshold
        or (near and alike > NEAR_FROM and same_title(page.title, probe.title))
        or names_page(probe.canonical, page)
    )
