"""Turn a raw fetch into what the rest of a run keeps of it.

This is where page bodies die: extraction reads the body once, and what survives is small
(metadata, a body hash, a shingle sketch for the soft-404 comparison, what the page says about
being gone, a content fingerprint and which blurb terms the page mentions). A run over 50,000
links therefore holds kilobytes per link, never the pages themselves. It runs wherever the
executor runs it, so it must stay a pure function of its inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, partial

from curator.assess import fingerprint, main_text, measure_support
from curator.classify.absent import read_absent
from curator.classify.appstate import SHELL_WORDS, route_not_found
from curator.classify.client_redirect import client_redirect
from curator.classify.default_pages import default_page
from curator.classify.echo import quotes_path, read_echo
from curator.classify.empty_main import read_empty_main
from curator.classify.every_path import Whole, read_whole
from curator.classify.front import emptied_lists, front_like, names_nothing_of
from curator.classify.gone import read_facts, with_thin
from curator.classify.gone_facts import EMPTY_BODY, GoneFacts
from curator.classify.help_codes import without_help_codes
from curator.classify.hollow import hollow
from curator.classify.item_grid import read_item_grid
from curator.classify.listing import read_listing
from curator.classify.main_area import read_main
from curator.classify.main_message import read_main_message, wants_main
from curator.classify.own_prose import own_prose
from curator.classify.page_sketch import PageShape
from curator.classify.picture_item import settle
from curator.classify.pointer import THIN_PAGE_WORDS, read_pointer
from curator.classify.probe_answer import ProbeAnswer, reads_words
from curator.classify.prominent_notice import PAGE_WORDS as PROMINENT_WORDS
from curator.classify.prominent_notice import gates as prominent_gates
from curator.classify.prominent_notice import read_prominent
from curator.classify.quotation import quoted_blocks
from curator.classify.retired import lead_gated, leads_with, read_retired, shows_item
from curator.classify.retired import opens as retired_opens
from curator.classify.sentence import Blocks
from curator.classify.signin import read_sign_in
from curator.classify.soft404 import defined, is_home_page, parked_marker
from curator.classify.stand_in import awaited_line, read_stand_in
from curator.classify.status_reference import defined_in
from curator.classify.subject import reread
from curator.classify.thin import home_names, main_pictures, read_thin
from curator.classify.unowned import own_words
from curator.classify.unowned import wanted as own_wanted
from curator.classify.voice import read_voice
from curator.classify.walls import CHALLENGE_HEADERS, page_wall
from curator.classify.wayfinding import read_wayfinding
from curator.classify.window import NEAR_CHARS, TEXT_WINDOW
from curator.extract import PageMeta, decode_html
from curator.extract.link_blocks import link_blocks
from curator.extract.meta import read_page
from curator.extract.text import block_starts
from curator.extract.words import PageWords
from curator.fetch.result import GONE_STATUSES, FetchError, FetchResult, hash_body
from curator.states import ErrorKind

_HTML_TYPES = frozenset({"", "text/html", "application/xhtml+xml", "text/plain"})
# The response headers any later stage reads: validators for the next run's conditional request,
# the type (approve names a non-page), and a bot challenge (classify). A page sends a dozen or
# more, and keeping them all would hold them for every link in the driver.
KEPT_HEADERS = ("content-type", "etag", "last-modified", *CHALLENGE_HEADERS)


@dataclass(frozen=True)
class Wants:
    """What to read off one page beyond its metadata.

    ``fingerprint`` asks for the main-content fingerprint: it needs a full main-content
    extraction, the costliest step, so only pages with an approved baseline (or being approved)
    ask for it. ``terms`` are the blurb key terms whose presence on the page is reported.
    """

    terms: tuple[str, ...] = ()
    fingerprint: bool = False
    known_hash: str | None = None  # body hash of the last look: the same body is not re-read
    # The words of a 404/410 page too: a made-up URL's not-found page is what a live-looking
    # link is compared with (``classify.probe_answer``). Only probes ask, so a run's own dead links
    # are not read.
    error_page: bool = False
    # The host's answer to made-up URLs for this page's path shape, when the worker holds it:
    # a 200 page that answer cannot be compared with by words is not hashed (``reads_words``).
    answer: ProbeAnswer | None = None


NO_WANTS = Wants()
PROBE_WANTS = Wants(error_page=True)
# The statuses whose empty body is the page a reader gets.
_BLANK_STATUSES = frozenset({200, 204})
# Characters a word of text takes, spaces included, in languages that put spaces between words.
_CHARS_A_WORD = 8


@dataclass(frozen=True)
class Inspection:
    result: FetchResult  # body emptied
    page: PageMeta | None  # text emptied
    shape: PageShape | None
    body_hash: str | None
    # the phrase that betrays a parked domain or a server's default page, read off the full page
    parked: str | None = None
    fingerprint: str | None = None  # main-content fingerprint, when asked for
    text_length: int = 0  # characters of main text behind the fingerprint
    found_terms: tuple[str, ...] = ()  # the asked-for terms the page mentions
    unchanged: bool = False  # the body hash matched ``known_hash``: no fingerprint was made
    gone: GoneFacts | None = None  # what the page's text says about being gone (classify)
    wall: str | None = None  # the bot challenge a 2xx page is (``classify.walls``), by vendor

    @property
    def unread(self) -> bool:
        """The same bytes at the same address as the last live look, so not read at all."""
        return self.unchanged and self.page is None and self.result.status is not None


def inspect(result: FetchResult, wants: Wants = NO_WANTS) -> Inspection:
    """Extract what later stages need from a fetched page, then drop the page.

    A page is content from a stranger, and the libraries that read it have bugs: whatever goes
    wrong while reading one page costs that page (its result carries an ``internal`` error, so
    it reads as unknown), never the run, wherever the run executes this.
    """
    try:
        return _inspect(result, wants)
    except Exception as exc:  # one page must not end the run
        error = FetchError(ErrorKind.INTERNAL, f"reading the page failed: {_describe(exc)}")
        return Inspection(
            result=replace(_without_page(result), error=error),
            page=None,
            shape=None,
            body_hash=None,
        )


def _inspect(result: FetchResult, wants: Wants) -> Inspection:
    ok = result.status is not None and 200 <= result.status < 300
    kept = _without_page(result)
    if wants.error_page and result.status in GONE_STATUSES and result.body:
        return _not_found_page(result, kept)
    if not (ok and result.body):
        # A 200 or a 204 without a body gives a reader a blank page; an empty 202 or 206 is an
        # answer still to come or a part, not a page.
        blank = result.status in _BLANK_STATUSES and not result.not_modified
        empty = EMPTY_BODY if blank else None
        return Inspection(result=kept, page=None, shape=None, body_hash=None, gone=empty)
    # taken by the fetch as the bytes came (``FetchResult.body_hash``), else here
    body_hash = result.body_hash or hash_body(result.body)
    unchanged = wants.known_hash == body_hash
    if unchanged and result.final_url == result.url and not result.truncated:
        # The same bytes at the same address as the last live look: what was read off them
        # then still holds (the record carries it forward, as after a 304), so nothing is read.
        return Inspection(result=kept, page=None, shape=None, body_hash=body_hash, unchanged=True)
    if result.content_type not in _HTML_TYPES:
        return Inspection(result=kept, page=None, shape=None, body_hash=body_hash)
    page, document = read_page(result.body, result.final_url, result.headers)
    # a front page where an item should be is compared with its host's front page by words
    # (``classify.front``): read only for 200 pages with a document, in order of cost
    front = (
        ok
        and document is not None
        and front_like(
            result.final_url,
            page.title,
            page.h1,
            page.text,
            page.canonical,
            partial(home_names, document.root),
        )
    )
    hashed = front or wants.answer is None or reads_words(wants.answer, page.title)
    # The page's words in order are made only for the sketch: blurb support reads the text
    # itself, for the few words that could stem to a term (``assess.support``).
    words = PageWords.of(page.text) if hashed else None
    found: tuple[str, ...] = ()
    if wants.terms:
        found = measure_support(wants.terms, page.title, page.description, page.text).found
    print_, length = None, 0
    if wants.fingerprint and not unchanged:
        text = main_text(decode_html(result.body, result.headers), result.final_url)
        print_, length = fingerprint(text).to_str(), len(text)
    head = result.body[:20000].decode("latin-1")
    # a Refresh header the fetch did not follow (a delay, or a target it may not fetch): read
    # as the page's own refresh tag (``classify.client_redirect``, ``classify.pointer``)
    refresh = result.headers.get("refresh")
    terms = None if document is None else partial(defined, document.root)
    parked = parked_marker(page.title, page.text, head, terms) or default_page(
        page.title, page.h1, page.text
    )
    # where the text's blocks start, as far as the statements' window (``TEXT_WINDOW``) needs
    blocks = (
        None
        if document is None
        else Blocks(
            partial(block_starts, document.root, past=TEXT_WINDOW),
            partial(block_starts, document.root),
            cache(partial(quoted_blocks, document.root)),
            cache(partial(link_blocks, document.root, TEXT_WINDOW + NEAR_CHARS)),
        )
    )
    # The main area, read at most once: the main message, the subject and the echo each ask
    # for it only when their gate lets them through (``classify.main_area``).
    main = None if document is None else cache(partial(read_main, document.root))
    # a line saying the page is there for members, later or elsewhere (``stand_in``): read at
    # most once a page, where the unanswered address and where the probe's likeness ask for it
    awaits_line = (
        None
        if document is None or main is None
        else cache(partial(awaited_line, document.root, main, page.h1, page.text))
    )
    gone = read_facts(
        page,
        truncated=result.truncated,
        url=result.final_url,
        html_head=head,
        parked=parked,
        blocks=blocks,
    )
    if main is not None and wants_main(gone):
        # The text says the page is gone, but not loudly: is that the main area's message,
        # under a template's generic title and heading (``classify.main_area``)?
        gone = read_main_message(gone, page, main())
    # Words of absence that are the page's subject, or a note over its item's own content
    # (``classify.subject``): read only where some statement says it plainly.
    parsed = None if document is None or main is None else (document.root, main)
    gone = reread(gone, page, parsed, result.final_url, result.url)
    if document is not None and gone.codes > 1:
        # codes named only in other items' cards (prices, mileages) are not the page's
        gone = without_help_codes(gone, document.root, result.final_url)
    if document is not None and main is not None and gone.prose > 0:
        # prose only in the template's rails or other pages' teasers is not the page's own
        gone = own_prose(gone, document.root, result.final_url, main())
    spaces = page.text.count(" ")
    thin = _thin(page.text, spaces)
    own = None
    if document is not None and thin:
        # A thin page may be a notice pointing elsewhere, or an app shell whose state says its
        # route was not found: the parsed page is read once more, for its links and scripts.
        pointer = read_pointer(document, result.final_url, page.title, page.h1, page.text, refresh)
        state = route_not_found(document, result.final_url) if spaces < SHELL_WORDS else None
        if pointer is not None or state is not None:
            gone = replace(gone, pointer=pointer, state=state)
        if not page.text and not result.truncated and hollow(document, gone.words):
            gone = replace(gone, hollow=True)
        elif not result.truncated:
            # the words it has of its own, set beside its site's answer to a made-up address
            # (``classify.unowned``): read only for a 200 page's shape, where its answer can use it
            if ok and main is not None and own_wanted(wants.answer, page.title):
                own = own_words(document.root, main(), page.h1, result.final_url)
            # nothing of its own in the main area, under a title naming only the site
            bare = read_thin(document.root, page.title, page.h1, page.text, result.final_url)
            gone = with_thin(gone, bare)
            if (
                gone.unanswered is not None
                and awaits_line is not None
                and awaits_line() is not None
            ):
                # a line saying the page is there for members or later (``page_state``): the
                # page answers for its address, whose words it need not repeat
                gone = replace(gone, unanswered=None)
            if gone.thin is not None or gone.unanswered is not None or gone.pointer is not None:
                # the address's item, named nowhere, where a picture or a player shows the
                # page's content or a not-found picture stands in for it (``picture_item``)
                gone = settle(gone, document.root, result.final_url, page.title, page.h1, page.text)
            # a line and a way out where the item its address names would be, named nowhere
            stand_in = (
                None
                if main is None
                else read_stand_in(
                    document.root, main, result.final_url, page.title, page.h1, page.text
                )
            )
            if stand_in is not None:
                gone = replace(gone, stand_in=stand_in)
            if ok:
                # only ways elsewhere where an item would be (``classify.wayfinding``), weighed
                # against the site's 404 at a made-up address when the probe is in
                ways = read_wayfinding(
                    document.root, result.final_url, page.title, page.h1, page.text
                )
                if ways is not None:
                    gone = replace(gone, wayfinding=ways)
                # a line about the page where the item would be (``classify.voice``), weighed
                # against the site's 404 at a made-up address when the probe is in
                voice = (
                    None
                    if main is None or stand_in is not None
                    else read_voice(
                        document.root, main, result.final_url, page.title, page.h1, page.text
                    )
                )
                if voice is not None:
                    gone = replace(gone, voice=voice)
    if (
        main is not None
        and document is not None
        and (retired_opens(page.text) if thin else lead_gated(page.text, page.h1))
        # read in order of cost: the gate words, the main area's pictures (``read_retired``
        # reads no notice where one shows the item: most articles' leading photo), and only
        # then the lead's notice, every language's patterns over each of its sentences
        and not shows_item(pictures := main_pictures(document.root))
        and (thin or leads_with(page.text, page.h1))
    ):
        # a notice of the item's state alone where the item stood (``classify.retired``), on a
        # thin page or under the heading of one in a full template; over the item's own
        # content it is a mention (``classify.item_notice``, via ``reread``)
        notice = read_retired(document.root, main(), page.h1, pictures, result.url, page.title)
        # one entry of a reference that defines many errors ("LINK_EXPIRED — the link has
        # expired") explains a term, not the page's item (``status_reference.definitions``)
        if notice is not None and not defined_in(main().blocks, notice.notice):
            gone = replace(gone, retired=notice)
    if document is not None and not result.truncated and not gone.hollow and gone.thin is None:
        # nothing at all in the main area, inside the site's full template, however much of
        # it there is (``empty_main``: the title is read first, the main area only after)
        bare_main = read_empty_main(document.root, page.title, page.h1, page.text, result.final_url)
        if bare_main is not None:
            gone = replace(gone, empty_main=bare_main)
    if main is not None and document is not None and not result.truncated and ok:
        if spaces < PROMINENT_WORDS and (gated := prominent_gates(result.body)):
            # a notice alone in the page's most prominent place: the not-found code as its
            # heading, or an overlay's line over other items (``classify.prominent_notice``)
            prominent = read_prominent(
                document.root, main, result.final_url, page.title, page.h1, gated
            )
            if prominent is not None:
                gone = replace(gone, prominent=prominent)
        # the item the address names, named nowhere, with other items or a way out in its
        # place (``classify.absent``: the address and the title are read first)
        absent = read_absent(
            document.root,
            main,
            result.final_url,
            page.title,
            page.h1,
            page.text,
            page.description,
            front,
        )
        if absent is not None:
            gone = replace(gone, absent=absent)
        if result.final_url == result.url:
            # a section's grid of other items at one item's address, naming nothing of that
            # item (``classify.item_grid``: the address is read first)
            grid = read_item_grid(document, result.url, page.title, page.h1, main)
            if grid is not None:
                gone = replace(gone, grid=grid)
    if main is not None and quotes_path(page.text, result.final_url):
        # the text holds the address it was asked at: is that the main area's message, as a
        # catch-all drawn for the path says it (``classify.echo``)?
        echo = read_echo(main, result.final_url, page.title, page.h1)
        if echo is not None:
            gone = replace(gone, echo=echo)
    if document is not None and (
        refresh is not None or b"location" in result.body or "refresh" in head.lower()
    ):
        # A refresh or a script that moves the reader on as the page loads is a redirect a
        # browser follows (``classify.client_redirect``): its landing is judged like one.
        sent = client_redirect(document, result.final_url, refresh)
        if sent is not None:
            gone = replace(gone, client_redirect=sent)
    if document is not None and result.final_url != result.url:
        # A redirect may have landed on a list of many items instead of the link's one item
        # (``classify.broader``): the landing's shape says so in any language.
        listing = read_listing(document, result.final_url, result.url, (page.title, page.h1))
        if listing is not None:
            gone = replace(gone, listing=listing)
        # or on a sign-in form, which no reader without an account gets past (``signin``)
        words_of_main = (lambda: main().words) if main is not None else (lambda: 0)
        sign_in = read_sign_in(
            document.root, result.url, result.final_url, words_of_main, result.body
        )
        if sign_in is not None:
            gone = replace(gone, sign_in=sign_in)
    # a probe's answer that quotes its made-up address is a catch-all drawn for the path
    echoes = gone.echo is not None
    # an app's shell or a one-page site: a made-up URL showing it proves nothing (``every_path``);
    # read only where the page's words are compared with its site's answer (it is hashed)
    whole = (
        read_whole(document, page.text, result.final_url, result.body)
        if ok and document is not None and words is not None
        else None
    )
    # a line saying the page is there for members, later or elsewhere: the probe's likeness is the
    # chrome's (``stand_in.awaited_line``); read only where the probe compares the page
    awaits = awaits_line() if ok and awaits_line is not None and words is not None else None
    if (whole is Whole.SHELL or awaits is not None) and gone.unanswered is not None:
        # a shell's words are its chrome's and a loading line, a wall's its chrome's and its
        # condition: the address's item is drawn later or stands behind the wall, so that the
        # page does not name it says nothing
        gone = replace(gone, unanswered=None)
    return Inspection(
        result=kept,
        page=replace(page, text=""),
        shape=(
            PageShape.of(
                result.status,
                result.final_url,
                words,
                page.canonical,
                page.title,
                echoes,
                front,
                own,
                whole,
                awaits,
                # a page like its front page, and a front page: which words each says
                # (``front.compare_front``)
                vocabulary=front or (ok and is_home_page(result.url)),
                named=front and not names_nothing_of(result.final_url, page.text),
                emptied=emptied_lists(document.root) if front and document is not None else 0,
            )
            if words is not None
            else PageShape(
                result.status, result.final_url, b"", page.canonical, page.title, echoes, front, own
            )
        ),
        body_hash=body_hash,
        parked=parked,
        fingerprint=print_,
        text_length=length,
        found_terms=found,
        unchanged=unchanged,
        gone=gone,
        wall=page_wall(page.text, head),
    )


def _not_found_page(result: FetchResult, kept: FetchResult) -> Inspection:
    """A site's answer to a made-up URL that says 404 with a page: its words, kept as a shape
    (no metadata, no gone facts: the status already says the page is gone). A thin one keeps
    the words it has of its own too: a live-looking 200 page showing exactly them is that
    not-found page (``classify.unowned``)."""
    if result.content_type not in _HTML_TYPES:
        return Inspection(result=kept, page=None, shape=None, body_hash=None)
    page, document = read_page(result.body, result.final_url, result.headers)
    own = None
    if document is not None and _thin(page.text, page.text.count(" ")) and not result.truncated:
        main = read_main(document.root)
        own = own_words(document.root, main, page.h1, result.final_url)
    shape = PageShape.of(
        result.status, result.final_url, page.text, page.canonical, page.title, own=own
    )
    return Inspection(result=kept, page=None, shape=shape, body_hash=None)


def _thin(text: str, spaces: int) -> bool:
    """A page thin in words (``spaces``, counted once by the caller) and in characters (a
    Chinese or Japanese article has few spaces): one that may say no more than a notice, a
    pointer or a line of its own."""
    return spaces < THIN_PAGE_WORDS and len(text) < THIN_PAGE_WORDS * _CHARS_A_WORD


def _describe(exc: Exception) -> str:
    """The exception's type and its first words: enough for a bug report, never a page's worth."""
    text = str(exc).strip()
    shown = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return shown if len(shown) <= 160 else shown[:157] + "..."


def _without_page(result: FetchResult) -> FetchResult:
    """The result without its body (and its hash: the inspection holds it) and with only the
    headers in ``KEPT_HEADERS``."""
    headers = {name: result.headers[name] for name in KEPT_HEADERS if name in result.headers}
    return replace(result, body=b"", headers=headers, body_hash=None)
