"""The choices in title and description extraction that a corpus could tune, in one place.

Extractors disagree on these: metascraper takes ``og:title`` before JSON-LD, Readability the
reverse; metascraper returns ``<title>`` whole, Readability cuts the site name off. Keeping each
choice a named value lets ``bench/extract_quality.py`` select it on two corpora and grade it on the
third, and take each rule out in turn. The defaults are the proven extractors' choices that this
ablation supports, not values tuned on the corpus: tuned on one tool's truth, the order transfers
badly to the other's (figures in bench/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass

TITLE_SOURCES = (
    "og", "twitter", "json-ld", "json-ld-any", "dc", "title", "title-whole", "title-first-part",
    "h1",
)  # fmt: skip
"""``title`` is ``<title>`` with Readability's site-name cleaning, ``title-whole`` as written,
``title-first-part`` cut at its first separator (metascraper's optional ``removeSeparator``);
``json-ld`` the article Readability finds, ``json-ld-any`` any article-like object in any JSON-LD
curator can parse."""
DESCRIPTION_SOURCES = ("og", "twitter", "meta", "dc", "itemprop", "json-ld", "paragraph")
"""``paragraph`` is the first paragraph of the main content, for pages that declare nothing."""


@dataclass(frozen=True)
class Choices:
    """One setting of every tunable choice; :data:`DEFAULT` is what curator uses."""

    title_order: tuple[str, ...] = ("og", "twitter", "json-ld", "dc", "title", "h1")
    """metascraper's order (link-preview tags, JSON-LD, the page's own title, a heading), with
    Readability's Dublin Core title and site-name cleaning of ``<title>``."""
    description_order: tuple[str, ...] = ("og", "twitter", "meta", "json-ld", "paragraph")
    """metascraper's order without ``itemprop`` (it decided no corpus page), plus Readability's
    first-paragraph fallback."""
    description_vote: bool = True
    """Take the declared description most sources agree on (ties by order), not the first."""
    title_vote: bool = False
    """Take the title most other sources agree on (ties by order), not the first found.

    Off: measured as a candidate, it loses titles on every corpus, because a page's
    ``og:title`` is often a reworded headline that ``<title>``, JSON-LD and ``<h1>`` all
    contradict, and it is what extractors report (figures in bench/README.md).
    """

    def __post_init__(self) -> None:
        unknown = set(self.title_order) - set(TITLE_SOURCES)
        unknown |= set(self.description_order) - set(DESCRIPTION_SOURCES)
        if unknown:
            raise ValueError(f"unknown extraction sources: {', '.join(sorted(unknown))}")


DEFAULT = Choices()
