"""Is a source's summary still true? The staleness flags of one source in one route.

Pure: it reads the run's look at the page (an Observation), the editor's blurb and review date,
and the approved baseline, and says which DESIGN.md flags apply and why, in an editor's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from curator.assess.baseline import SourceBaseline
from curator.assess.drift import ContentSnapshot, assess_drift
from curator.assess.fingerprint import Fingerprint
from curator.assess.support import TermSupport, assess_support, key_terms
from curator.settings import AssessSettings
from curator.states import Flag
from curator.store.interface import Observation


@dataclass(frozen=True)
class Note:
    """One finding about a source: a code (a Flag value or another finding code) and why."""

    code: str
    message: str


@dataclass(frozen=True)
class Staleness:
    flags: frozenset[Flag]
    notes: tuple[Note, ...]


NOT_JUDGED = Staleness(frozenset(), ())


def assess_source(
    blurb: str,
    look: Observation,
    baseline: SourceBaseline | None,
    reviewed: date | None,
    settings: AssessSettings,
) -> Staleness:
    """Flags for a live page; a dead or blocked page says nothing about its content."""
    if not look.state.is_live:
        return NOT_JUDGED
    flags: set[Flag] = set()
    notes: list[Note] = []
    if baseline is not None and look.fingerprint is not None:
        current = ContentSnapshot(
            look.title, look.description, Fingerprint.from_str(look.fingerprint), 0
        )
        drift = assess_drift(baseline.snapshot(), current, settings)
        if drift.changed:
            flags.add(Flag.CHANGED)
            notes.append(Note(Flag.CHANGED.value, f"content changed: {drift.content_explanation}"))
        if drift.retitled and drift.title_explanation:
            flags.add(Flag.RETITLED)
            notes.append(Note(Flag.RETITLED.value, drift.title_explanation))
    terms = tuple(key_terms(blurb))
    found = set(look.found_terms)
    current_support = TermSupport(terms, tuple(t for t in terms if t in found))
    approved = (
        baseline.support()
        if baseline is not None and set(baseline.key_terms) == set(terms)
        else None
    )
    verdict = assess_support(current_support, approved, settings)
    if verdict.unsupported:
        flags.add(Flag.UNSUPPORTED)
        notes.append(
            Note(Flag.UNSUPPORTED.value, f"blurb no longer supported: {verdict.explanation}")
        )
    elif verdict.weak:
        notes.append(Note("weak-support", f"weak support for the blurb: {verdict.explanation}"))
    modified = _as_date(look.page_modified)
    if reviewed is not None and modified is not None and modified > reviewed:
        flags.add(Flag.UPDATED_AFTER_REVIEW)
        notes.append(
            Note(
                Flag.UPDATED_AFTER_REVIEW.value,
                f"the page says it was updated on {modified.isoformat()}, "
                f"after the route was reviewed on {reviewed.isoformat()}",
            )
        )
    return Staleness(frozenset(flags), tuple(notes))


def review_overdue(reviewed: date | None, today: date, settings: AssessSettings) -> str | None:
    """Why the route's review is overdue, if it is."""
    if reviewed is None:
        return "the route has never been reviewed (no 'reviewed:' date)"
    age = (today - reviewed).days
    if age > settings.review_max_age_days:
        return (
            f"last reviewed {reviewed.isoformat()}, {age} days ago "
            f"(reviews are due every {settings.review_max_age_days} days)"
        )
    return None


def _as_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    return value.date()
