"""Has a source's page drifted from what the editor approved?

Two independent questions, because an editor acts differently on each: did the article's main
content change (``changed``: the summary may be stale), and was the page retitled (``retitled``:
the link text or blurb may need a touch). Each answer carries the words an editor reads in the
report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from curator.assess.fingerprint import Fingerprint, similarity
from curator.assess.percent import percent
from curator.assess.titles import same_title

if TYPE_CHECKING:
    from curator.settings import AssessSettings


@dataclass(frozen=True)
class ContentSnapshot:
    """What a page said at one moment: enough to compare, small enough for a baseline file."""

    title: str | None
    description: str | None
    fingerprint: Fingerprint
    text_length: int  # characters of main text; 0 means no main content was found


@dataclass(frozen=True)
class DriftResult:
    """The verdict on one source against its approved baseline."""

    changed: bool
    similarity: float
    threshold: float
    retitled: bool
    old_title: str | None
    new_title: str | None
    no_content: bool = False  # the current page has no main text to compare

    @property
    def content_explanation(self) -> str:
        if self.no_content:
            return "no main content could be found on the page any more"
        return (
            f"main content is {percent(self.similarity)} similar to what was approved "
            f"(threshold {percent(self.threshold)})"
        )

    @property
    def title_explanation(self) -> str | None:
        if not self.retitled:
            return None
        return f"title changed from {self.old_title!r} to {self.new_title!r}"

    @property
    def explanation(self) -> str:
        """Everything worth saying, content first; one sentence per finding."""
        parts = [self.content_explanation]
        if self.title_explanation:
            parts.append(self.title_explanation)
        return "; ".join(parts)


def assess_drift(
    baseline: ContentSnapshot, current: ContentSnapshot, settings: AssessSettings
) -> DriftResult:
    """Compare the page now with the approved baseline.

    A missing title on either side is not a retitle: extraction failing once is not the site
    renaming its page. A page whose main content vanished while the baseline had some is
    changed; the link state (soft-dead, ...) is the classifier's job, not this one's.
    """
    score = similarity(baseline.fingerprint, current.fingerprint)
    retitled = bool(
        baseline.title
        and current.title
        and baseline.title.strip()
        and current.title.strip()
        and not same_title(baseline.title, current.title)
    )
    return DriftResult(
        changed=score < settings.change_threshold,
        similarity=score,
        threshold=settings.change_threshold,
        retitled=retitled,
        old_title=baseline.title,
        new_title=current.title,
        no_content=current.fingerprint.is_empty and not baseline.fingerprint.is_empty,
    )
