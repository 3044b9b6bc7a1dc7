"""What a host answers when asked for a page that does not exist (``ProbeAnswer``), and what
that answer says of a page (``compare``, giving a ``ProbeOutcome``).

A page that shows what a made-up URL beside it shows is the site's catch-all, not the page an
editor cited: the strongest sign of a soft 404. A site that answers made-up URLs honestly
(404, 410) says so where nothing is, and a page showing its not-found page, under its title,
is that page. Pages are compared by their visible words (``page_sketch``); one under the
threshold that carries the catch-all's title and many of its words is ``near`` it, a sign
weighed with the others, never decisive. Which pages are probed, how the answer is learnt and
how long it is kept: ``probe_book``.

``ProbeOutcome`` is what classification reads: whether the page answers like a made-up URL,
how alike, why, and whether that is borderline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from curator import urls
from curator.classify.page_sketch import PageShape, hash_count, similarity
from curator.classify.probe_address import ProbeKey, probe_key, same_address
from curator.classify.soft404 import is_home_page
from curator.fetch.result import GONE_STATUSES
from curator.redact import redact_url


@dataclass(frozen=True)
class ProbeAnswer:
    """What a host answers, for one path shape, when asked for a page that does not exist.

    ``ignores_last_segment`` records that a made-up last segment showed the real page (the
    site serves an item by its number, whatever slug follows); the answer is then the one to a
    made-up number. ``learnt_at`` is stamped by the run that received it (a worker has no
    clock of the run's), and read to decide when the answer is too old to trust.
    """

    origin: str
    shape: str
    status: int | None
    final_url: str
    sketch: bytes = b""
    canonical: str | None = None
    ignores_last_segment: bool = False
    learnt_at: datetime | None = None
    title: str | None = None  # read only of a not-found page (see _against_not_found)
    # the made-up URL's page quoted the made-up address in its lead: the site's catch-all
    # draws its message for the path asked (``classify.echo``)
    echoes: bool = False
    # the words the made-up URL's page has of its own, hashed (``classify.unowned``)
    own: bytes | None = None

    @classmethod
    def of(
        cls,
        key: ProbeKey,
        seen: PageShape,
        *,
        ignores_last_segment: bool = False,
        made_up: bool = True,
    ) -> ProbeAnswer:
        """``seen``, a page fetched to learn the host's answer, kept under ``key``. ``made_up``
        says it answered a made-up address, so what it says of that address is kept too (its
        lead quoting it, ``echoes``; its own words, ``own``). The host's front page
        (``classify.front``) answers a real address, and is compared by its words alone
        (``front.compare_front``): neither reading means anything of it; what it keeps as its
        own words (``own``) is every word it says, which ``compare_front`` reads."""
        return cls(
            origin=key[0],
            shape=key[1],
            status=seen.status,
            final_url=seen.final_url,
            sketch=seen.sketch,
            canonical=seen.canonical,
            ignores_last_segment=ignores_last_segment,
            title=seen.title,
            echoes=seen.echoes if made_up else False,
            # the front page's own words are all its words: a page at an item's address that
            # says none besides them is that front page drawn without its items (``front``)
            own=seen.own if made_up else seen.words,
        )

    @property
    def key(self) -> ProbeKey:
        return self.origin, self.shape

    @property
    def catch_all(self) -> bool:
        """Unknown paths answer with a page (2xx), so a page like that answer proves nothing
        of its own: it is the site's stand-in."""
        return self.status is not None and 200 <= self.status < 300

    @property
    def not_found(self) -> bool:
        """Unknown paths answer 404 or 410, with a page or without."""
        return self.status in GONE_STATUSES

    @property
    def not_found_page(self) -> bool:
        """Unknown paths answer 404 or 410 with a page of words: the site's own not-found
        page, whatever language it is written in. A link answering 200 with that page shows
        it too (sites that render a removed item's page from their error template)."""
        return self.not_found and bool(self.sketch)


@dataclass(frozen=True)
class ProbeOutcome:
    """What the probe says about one page, for the soft-dead decision to weigh.

    ``alike`` is the evidence (the page answers as a made-up URL does); ``similarity`` is the
    word-sketch similarity (None where the addresses decided); ``borderline`` marks a
    comparison close enough to the threshold that a fresh answer is worth a request.
    """

    alike: bool
    reason: str
    similarity: float | None = None
    borderline: bool = False
    # 0..1 when the page is under the threshold but carries the catch-all's own title and
    # many of its words: the same page drawn for another path (rails, stamps, the echoed path
    # differing). Weighed with the page's other signs, never decisive (``evidence``).
    near: float = 0.0
    # the site's made-up URLs answer with a page that quotes the made-up address in its lead,
    # as a catch-all drawn for the path does: a page quoting its own address there is that
    # catch-all's message, not a page that happens to print its address (``classify.echo``)
    echoing: bool = False
    # the page's own words (its heading's and its main area's) are the catch-all's, word for
    # word, under the catch-all's title: this many (``classify.unowned``). Weighed as a sign.
    unowned: int = 0
    # the status the made-up address answered with those words: 200 for a catch-all, 404 or
    # 410 for a not-found page the site serves honestly there
    unowned_status: int | None = 200
    # of the page's own words, these many besides the catch-all's, all of which it says (a way
    # home, a search box's label, a suggestion: ``unowned.said_own``); 0 when word for word
    unowned_besides: int = 0
    # of the panels both pages hold under one heading, these many with other contents (who is
    # online, the board's counts: ``unowned.panels_aside``), set aside as the site's live chrome
    unowned_panels: int = 0
    # of the page's panels, these many under a heading the answer holds none under (a board's
    # "who is online" drawn on some views only: ``unowned.lone_panels``), set aside likewise
    unowned_lone: int = 0
    # the page is alike the answer, but it is all its site serves at any address (an app's
    # shell, a one-page site: ``classify.every_path``), so the likeness proves nothing; the
    # reason says so, and an alive verdict repeats it
    cannot_tell: bool = False
    # the site's made-up addresses answer 404 or 410 (bare, or with a page unlike this one):
    # it says so where nothing is, and this page's 200 stands on its own words
    # (``classify.wayfinding`` weighs a main area with nothing of an item's against it)
    honest: bool = False


def compare(
    page: PageShape, answer: ProbeAnswer, threshold: float, margin: float = 0.0
) -> ProbeOutcome | None:
    """What ``answer`` says of ``page``; None when it says nothing. A site that answers missing
    pages with an error gets an outcome that says only that (``honest``): the page's 200
    stands on its own words, weighed against that.

    A page equal to the answer is the catch-all, unless the answer names the page itself (its
    canonical link is the page's own): then the site served the real page to a made-up URL. A
    page that is all its site serves at any address (``PageShape.whole``) is alike the answer
    whether its route exists or not, and a page whose line says it is there for members or
    later (``PageShape.awaits``) is the site's chrome around that line: what would be evidence
    is set aside, and the reason says why.
    """
    outcome = _compare(page, answer, threshold, margin)
    if outcome is None or not _evidence(outcome):
        return outcome
    if page.whole is not None:
        return ProbeOutcome(False, page.whole.says, outcome.similarity, cannot_tell=True)
    if page.awaits is not None:
        # a line naming the page and a condition to read it: a site that asks every visitor
        # to sign in answers made-up addresses with the same line, and what is behind it is
        # for members then too (DESIGN's ``blocked``), never a gone page (``unowned``)
        reason = (
            f"the page says it is there for a reader who meets a condition, later or elsewhere "
            f"(“{page.awaits}”): its likeness to a made-up URL's answer is the site's chrome"
        )
        return ProbeOutcome(False, reason, outcome.similarity, cannot_tell=True)
    return outcome


def _evidence(outcome: ProbeOutcome) -> bool:
    """Whether the outcome weighs towards gone in any way (``evidence.features``)."""
    return outcome.alike or outcome.near > 0 or outcome.unowned > 0


def _compare(
    page: PageShape, answer: ProbeAnswer, threshold: float, margin: float
) -> ProbeOutcome | None:
    if answer.not_found:
        shown = _against_not_found(page, answer, threshold, margin)
        if shown is not None:
            return shown
        if not (unowned := _unowned(page, answer)):
            reason = f"a made-up address on this site answers {answer.status}"
            return ProbeOutcome(False, reason, honest=True)
        # too short for its words' sketch to name it, but the same words as the site's
        # not-found page where the page's own would be: weighed as a sign, never decisive
        reason = (
            f"shows, word for word, what this site answers with {answer.status} at a made-up "
            "address"
        )
        return ProbeOutcome(
            False,
            reason,
            unowned=unowned,
            unowned_status=answer.status,
            honest=True,
            unowned_panels=_panels_aside(page, answer),
        )
    if not answer.catch_all:
        return None
    if names_page(answer.canonical, page):
        return ProbeOutcome(False, "a made-up URL on this site shows this very page")
    if same_address(page.final_url, answer.final_url):
        return ProbeOutcome(
            True,
            "ends at the same address as a made-up URL on this site "
            f"({redact_url(answer.final_url)})",
        )
    if not page.sketch:
        return None  # not hashed (see ``reads_words``): no words, no evidence
    alike = similarity(page.sketch, answer.sketch)
    if alike >= threshold and knows_path(page, answer):
        reason = (
            f"{alike:.0%} alike the page a made-up URL on this site is sent to "
            f"({redact_url(answer.final_url)}), but the site answers this address in place, "
            "under a title of its own: it knows the path, and the likeness is its chrome"
        )
        return ProbeOutcome(False, reason, alike, echoing=answer.echoes)
    if alike >= threshold:
        reason = f"shows the same page as a made-up URL on this site ({alike:.0%} alike)"
        return ProbeOutcome(
            True, reason, alike, borderline=alike < threshold + margin, echoing=answer.echoes
        )
    near = _near(page, answer, alike, threshold)
    unowned, besides = _unowned(page, answer), 0
    if not unowned and near:
        # the catch-all's message and a line or a box of the page's own: a view drawn for
        # this address, where the whole-page sketch sees its rails drawn afresh
        unowned, besides = _said(page, answer)
    if near:
        reason = (
            f"has the title of the page a made-up URL on this site shows, and {alike:.0%} of "
            "its words once numbers and the addresses are set aside"
        )
    else:
        reason = f"differs from a made-up URL on this site ({alike:.0%} alike)"
    borderline = alike >= threshold - margin
    return ProbeOutcome(
        False,
        reason,
        alike,
        borderline=borderline,
        near=near,
        echoing=answer.echoes,
        unowned=unowned,
        unowned_besides=besides,
        unowned_panels=_panels_aside(page, answer) if unowned else 0,
        unowned_lone=_lone_panels(page, answer) if unowned else 0,
    )


def knows_path(page: PageShape, answer: ProbeAnswer) -> bool:
    """The site sends made-up addresses elsewhere and answers this one in place, under a title
    of its own: a router that tells this path from unknown ones, so the page's likeness to
    where unknown ones land (a search page, the front page, drawn in the same heavy chrome
    around a line or two) is no sign it is that page.

    A made-up address has no query and the page's path shape: ending with a query or in
    another shape, it was sent elsewhere (``sent_elsewhere``). The page is in place when it
    ended in its own shape, at another path than the made-up one's. A page with the title of
    where unknown ones land is that page drawn at this address (a dead item's address
    rendering the search for its words, or the front page), and its likeness stays decisive;
    a page or answer without a title tells nothing, and the likeness stands too."""
    if not page.title or not answer.title or same_title(page.title, answer.title):
        return False
    if not sent_elsewhere(answer):
        return False
    here, there = urls.split(page.final_url).path, urls.split(answer.final_url).path
    return probe_key(page.final_url) == answer.key and here.rstrip("/") != there.rstrip("/")


def sent_elsewhere(answer: ProbeAnswer) -> bool:
    """The made-up address ended elsewhere: at an address with a query (it was asked with
    none) or of another path shape than the one it was made up in."""
    return bool(urls.split(answer.final_url).query) or probe_key(answer.final_url) != answer.key


def _said(page: PageShape, answer: ProbeAnswer) -> tuple[int, int]:
    """The catch-all's words the page says, all of them, and how many it says besides
    (``unowned.said_own``), under the catch-all's title; (0, 0) otherwise."""
    if not same_title(page.title, answer.title):
        return 0, 0
    from curator.classify.unowned import said_own  # it reads the address as this module does

    return said_own(page.own, answer.own, page.final_url, answer.final_url)


def _panels_aside(page: PageShape, answer: ProbeAnswer) -> int:
    from curator.classify.unowned import panels_aside  # it reads the address as this module does

    return panels_aside(page.own, answer.own)


def _lone_panels(page: PageShape, answer: ProbeAnswer) -> int:
    from curator.classify.unowned import lone_panels  # it reads the address as this module does

    return lone_panels(page.own, answer.own, page.final_url)


def _unowned(page: PageShape, answer: ProbeAnswer) -> int:
    """The page's own words, when they are the made-up address's under its title (0
    otherwise): a catch-all's, or a not-found page's that is not the site's home page (a live
    page may show that)."""
    if page.own is None or answer.own is None or not same_title(page.title, answer.title):
        return 0
    if answer.not_found and answer.canonical is not None and is_home_page(answer.canonical):
        return 0
    from curator.classify.unowned import same_own  # it reads the address as this module does

    return same_own(page.own, answer.own)


# Below ``probe_similarity``, a page with the catch-all's title is the catch-all drawn for its
# own path from this similarity up (strength 0 here, 1 at the threshold): rails of suggested
# articles and stamps drawn afresh per path keep two draws of one page well under the threshold.
NEAR_FROM = 0.3


def _near(page: PageShape, answer: ProbeAnswer, alike: float, threshold: float) -> float:
    if alike <= NEAR_FROM or not same_title(page.title, answer.title):
        return 0.0
    return min(1.0, (alike - NEAR_FROM) / (threshold - NEAR_FROM))


# A 404 body with fewer word 4-grams than this (about six visible words) is an app's shell or
# a bare status line, not a not-found page whose words could identify it. Visible words are
# the page's main text: a terse not-found page says a sentence or two there.
NOT_FOUND_MIN_HASHES = 3


def _against_not_found(
    page: PageShape, answer: ProbeAnswer, threshold: float, margin: float
) -> ProbeOutcome | None:
    """A page with the same words as the site's not-found page shows that page; one that
    differs says nothing either way (the site answers missing pages honestly, so the page's
    own words decide), as with any site that answers 404.

    Two 404 bodies are no not-found page: an app's shell with next to no words (a single-page
    app on static hosting serves the same shell for every route, known or not) and the site's
    home page (its canonical link names the home page): a live page may show either.

    The page must also have the not-found page's title. A template that lists recent posts
    under its "not found" message makes the words of the 404 and of a live listing (a blog's
    index, a category) nearly the same; the title is what names the page as the error.
    """
    if not page.sketch or not _not_found_page_for(answer, page.title):
        return None
    alike = similarity(page.sketch, answer.sketch)
    if alike < threshold:
        return None
    reason = (
        f"shows this site's not-found page, the page a made-up URL here answers with "
        f"HTTP {answer.status} ({alike:.0%} alike)"
    )
    return ProbeOutcome(True, reason, alike, borderline=alike < threshold + margin)


def _not_found_page_for(answer: ProbeAnswer, title: str | None) -> bool:
    """The 404 answer is a not-found page a page titled ``title`` may show (see above)."""
    if hash_count(answer.sketch) < NOT_FOUND_MIN_HASHES:
        return False
    if answer.canonical is not None and is_home_page(answer.canonical):
        return False
    return same_title(title, answer.title)


def reads_words(answer: ProbeAnswer, title: str | None) -> bool:
    """Whether ``compare`` reads the sketch of a page titled ``title`` against ``answer``.

    Hashing the sketch is a tenth of reading a page, and most hosts answer made-up URLs with a
    bare 404 or with a not-found page titled unlike the page: a worker that already holds the
    answer skips the sketch then (``inspect.Wants.answer``). A page left unhashed while its
    answer changed later in the run (a stored answer learnt afresh) gets no evidence from
    words in ``compare``, the harmless direction.
    """
    if answer.not_found_page:
        return _not_found_page_for(answer, title)
    return answer.catch_all


def same_title(one: str | None, other: str | None) -> bool:
    """Both pages have a title, and it is the same but for case and spacing."""
    if not one or not other:
        return False
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())


def names_page(named: str | None, page: PageShape) -> bool:
    """A made-up URL's canonical link ``named`` is the page's own, and not the site's home page
    (a catch-all often names the home page, as the home page itself does): the made-up URL
    showed the real page, never evidence against it."""
    return (
        named is not None
        and page.canonical is not None
        and not is_home_page(named)
        and same_address(named, page.canonical)
    )
