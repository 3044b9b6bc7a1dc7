"""Is a page that answers 2xx really gone? One decision over independent signs, each weighed.

No single sign convicts a page that carries content: a title saying "Page not found", a short
text led by "Sorry, we can't find that page", a made-up sibling URL answering the same page,
no text at all, a page titled with the site's name that names nothing of what its address
names (``classify.address``: the one sign that needs no phrase book, whatever the language),
a redirect to a broader page of the site that drops the link's slug and ID
(``classify.broader``).
Each adds its weight times its strength to one score; the page is soft-dead when the score
reaches ``THRESHOLD`` and some sign says it plainly (``said_plainly``). A long article that
discusses 404 errors finds its statements weak (a few words of its title, one sentence deep in
the text, quoted or asked about), so it stays alive. Every contribution is written into the
verdict's reason, so an editor sees why.

A few signs are decisive on their own because they say the page is gone by definition: an empty
body, a body with nothing usable in it (no title, no heading, at most a word), a deep link
redirected to the site's home page (also by a script on a page with no text), to its error page
or to a search for its own name, a parked or for-sale domain (unless the phrase stands amid an
article's prose: an essay on link rot mentions "a parked domain"), a hosting server's default
page ("Welcome to nginx!").

The weights are fitted by ``python -m bench.softdead --set union`` on the labelled DEV and blind
sets in ``tests/softdead`` and graded leaving one family out (figures in bench/README.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from curator.classify.broader import Broader
from curator.classify.default_pages import MARKER_PREFIX
from curator.classify.gone_facts import GoneFacts
from curator.classify.probe_answer import ProbeOutcome
from curator.classify.restriction import restricted
from curator.classify.statement import Statement

THRESHOLD = 1.0


# The signs the score adds up, each 0..1 for one page. "prose" and "codes" count against.
FEATURES = (
    "title",  # the title says the page is gone: share of its title segment the statement fills
    "heading",  # the main heading says so: same measure
    "direct",  # the text tells the visitor the page is missing: prominence in the text
    "label",  # the text names the error ("Page not found"): prominence in the text
    "blank",  # a titled page with no visible text (a JS-only shell)
    "prose",  # words of prose near the message (share of 300): an article, not a message
    "codes",  # several HTTP status codes named in the text: a page about them, not an error
    "probe_same",  # the link answers like a made-up URL beside it
    "probe_near",  # under the probe's threshold, but the catch-all's title and most of its words
    "address",  # the page does not name the subject its address names, and has no article
    "broader",  # redirected to a broader page of the site that does not carry the link's identity
    "pointer",  # the thin main content is one link (or a delayed refresh) to another page
    "state",  # a thin app shell's framework state says its route was not found
    "clause",  # what the page points at is said to be absent, in words the phrase book lacks
    "main",  # the main content says so: first there, little else beside it (``main_area``)
    # a page with nothing of its own in its main area but a picture, under a title naming only
    # the site, whose picture's words say it ("404.png", alt "Page not found"): ``thin``
    "pictured",
    # the main area's lead quotes the address asked for, on a site whose page for a made-up
    # address quotes that address too: a catch-all drawn for the path (``classify.echo``)
    "echo",
    # a line and a way out where the item the address names would be, which nothing on the
    # page names (``classify.stand_in``): a not-found page in the site's own voice
    "stand_in",
    # a notice of the item's state (retired, archived, replaced, no longer reviewed) with
    # nothing of the item left beside it (``classify.retired``)
    "retired",
    # the item the address names, named nowhere on the page, with other items or only a way out
    # in its place (``classify.absent``): half strength for a line and a way out, beside a
    # statement only
    "absent",
    # the page's own words (its heading's and its main area's) are, word for word, those of the
    # page its site shows at a made-up address, under that page's title, with nothing to look
    # at, play or draw beside them (``classify.unowned``): the page is that answer
    "unowned",
    # the main area holds only ways elsewhere (a breadcrumb, a search form, a link out) and at
    # most a line saying something is missing, at an item's address, on a site whose made-up
    # addresses answer 404 (``classify.wayfinding``)
    "wayfinding",
    # a line about the page itself and a way out where the item the address names would be,
    # which nothing on the page names, on a site whose made-up addresses answer 404
    # (``classify.voice``): a not-found page in the site's voice
    "voice",
    # other items' cards of the address's own shape where the item it names would be, which the
    # page names nowhere, with a line of its own at most (``classify.item_grid``)
    "grid",
    # the page's most prominent element is a not-found code alone beside at most a line and
    # links, or an overlay's short line is its only statement over other items' links, at an
    # item's address (``classify.prominent_notice``): the place says it, whatever the words
    "prominent",
)
# A probe answering 404 or another page is no sign either way: the page's own words still
# decide, and a verdict given before the probe is in stays the verdict after it.
PROSE_WORDS = 300
# From this strength up (``probe.near``: halfway from NEAR_FROM to the threshold), a page with
# the catch-all's title and that share of its words shows the catch-all as its own message.
NEAR_PLAIN = 0.5
# A text naming this many status codes besides one is a reference about them, at full strength.
CODES_MANY = 3
# Under full strength, a way to the site's search counts only beside a statement of the page's.
SEARCH_ALONE = 0.5


@dataclass(frozen=True)
class Weights:
    values: Mapping[str, float]
    threshold: float = THRESHOLD

    def __getitem__(self, name: str) -> float:
        return self.values.get(name, 0.0)


# Fitted on the DEV and blind sets together by ``python -m bench.softdead --set union --fit``
# (held-out figures in bench/README.md); a run uses these.
DEFAULT_WEIGHTS = Weights(
    {
        "title": 1.5,
        "heading": 1.5,
        "direct": 1.3,
        "label": 1.2,
        "blank": 0.7,
        "prose": -0.5,
        "codes": -2.7,
        "probe_same": 1.6,
        # under the threshold, not fitted: a near catch-all is never a verdict alone (sites
        # that title every page with their name, a consent banner most of a short page's words)
        "probe_near": 0.9,
        "address": 1.2,
        "broader": 1.2,
        "pointer": 1.0,
        "state": 1.2,
        "clause": 1.05,
        # sd-mainmsg: a phrase-book statement measured against the main content
        "main": 1.2,
        # sd-thin, not fitted: a thin page's picture's words are read as its heading's are, and
        # weigh as a heading does; the thin shape alone is no sign (a thank-you page has it)
        "pictured": 1.5,
        # sd-misses, not fitted: the page's lead is a message about its own address, and the
        # site's page for a made-up address quotes it the same way; read only with that probe
        "echo": 1.2,
        # sd-voice, not fitted: the address's item named nowhere, a line and a way out instead
        "stand_in": 1.2,
        # sd-voice, not fitted: the notice of a retired item, alone where the item stood
        "retired": 1.2,
        # sd-absent, not fitted: other items where the address's item would be decide; a line
        # and a way out (strength 0.5) weighs 0.6, only beside a statement of the page
        "absent": 1.2,
        # sd-thin15, not fitted: the site's answer to a made-up address, word for word, is all
        # the page has of its own; decides, as a page alike that answer does
        "unowned": 1.2,
        # sd-thin16, not fitted: nothing of an item's where the site says 404 for nothing;
        # decides, as a stand-in line does
        "wayfinding": 1.2,
        # sd-voice18, not fitted: a line about the page where its item would be, where the site
        # says 404 for nothing; decides, as a stand-in line does
        "voice": 1.2,
        # grid27, not fitted: a section's grid at an item's address decides, as other items in
        # the named item's place do (``absent``)
        "grid": 1.2,
        # notice27, not fitted: a notice alone in the page's most prominent place decides, as a
        # stand-in line does
        "prominent": 1.2,
    }
)


@dataclass(frozen=True, slots=True)
class Contribution:
    sign: str
    points: float
    says: str


@dataclass(frozen=True)
class Evidence:
    """The decision with its workings: the score, what made it, and a sentence for editors."""

    gone: bool
    score: float
    contributions: tuple[Contribution, ...] = field(default=())
    decisive: str | None = None  # the sign that decides alone, if any
    plainly: bool = True  # some sign says it as the page's own message (``said_plainly``)

    @property
    def reason(self) -> str:
        if self.decisive is not None:
            return self.decisive
        parts = "; ".join(f"{c.says} ({c.points:+.2f})" for c in self.contributions)
        score = printed(self.score)
        if self.score >= THRESHOLD and not self.plainly:
            return (
                f"{parts}: score {score} ≥ {THRESHOLD:g}, but no sign says it plainly "
                "(only mentions, quotations or questions)"
            )
        verb = "≥" if self.gone else "<"
        return f"{parts}: score {score} {verb} {THRESHOLD:g}"


def printed(score: float, threshold: float = THRESHOLD) -> str:
    """The score in hundredths, or in as many more places as keep it on its side of the
    threshold: a heading's +1.05 beside 32 words of prose (-0.053) is 0.997, and "score 1.00
    < 1" told an editor the page missed a bar it seemed to reach."""
    for places in range(2, 7):
        text = f"{score:.{places}f}"
        if (float(text) >= threshold) == (score >= threshold):
            return text
    return repr(score)


@dataclass(frozen=True)
class Signs:
    """Everything the decision reads about one 2xx answer."""

    facts: GoneFacts | None
    probe: ProbeOutcome | None = None
    home_redirect: str | None = None  # the home page a deep link landed on
    landing: str | None = None  # the error page or search for its own name a link landed on
    parked: str | None = None  # the phrase that betrays a parked domain or a server's default page
    broader: Broader | None = None  # the section, listing or search page a redirect landed on


def features(
    facts: GoneFacts | None, probe: ProbeOutcome | None, broader: Broader | None = None
) -> dict[str, float]:
    """The strength of each sign in ``FEATURES`` for one page (0 where absent)."""
    values = dict.fromkeys(FEATURES, 0.0)
    if broader is not None:
        values["broader"] = 1.0
    if facts is not None:
        values["title"] = _strength(facts.title)
        values["heading"] = _strength(facts.heading)
        values["direct"] = _strength(facts.direct)
        values["label"] = _strength(facts.label)
        values["blank"] = 1.0 if facts.blank and facts.titled else 0.0
        values["prose"] = min(1.0, facts.prose / PROSE_WORDS)
        values["codes"] = min(1.0, max(0, facts.codes - 1) / CODES_MANY)
        values["address"] = facts.unanswered.strength if facts.unanswered is not None else 0.0
        values["pointer"] = facts.pointer.strength if facts.pointer is not None else 0.0
        values["state"] = 1.0 if facts.state is not None else 0.0
        values["clause"] = _strength(facts.clause)
        # what the main content's reading adds to the text's: the same words, said there as
        # the main area's message, where the whole text buries them under chrome
        text = max(values["direct"], values["label"], values["clause"])
        values["main"] = max(0.0, _strength(facts.main) - text)
        values["pictured"] = _pictured(facts, probe)
        values["echo"] = (
            1.0 if facts.echo is not None and probe is not None and probe.echoing else 0.0
        )
        values["stand_in"] = 1.0 if facts.stand_in is not None else 0.0
        values["retired"] = 1.0 if facts.retired is not None else 0.0
        values["prominent"] = 1.0 if facts.prominent is not None else 0.0
        values["absent"] = _absent(facts, values)
        values["grid"] = 1.0 if facts.grid is not None else 0.0
        values["pointer"] = _search_pointer(facts, values)
    if probe is not None:
        values["probe_same"] = 1.0 if probe.alike else 0.0
        values["probe_near"] = probe.near
        values["unowned"] = 1.0 if probe.unowned else 0.0
        values["wayfinding"] = _wayfinding(facts, probe, values)
        values["voice"] = 1.0 if probe.honest and facts is not None and facts.voice else 0.0
    return values


def _wayfinding(facts: GoneFacts | None, probe: ProbeOutcome, values: Mapping[str, float]) -> float:
    """Ways elsewhere where an item would be (``classify.wayfinding``), only on a site whose
    made-up addresses answer 404: no words of its own at full strength; a line saying
    something is missing above a way out at half strength, only beside a statement the page
    makes, as ``absent``'s way out (a live event series' "Nothing planned yet.", an empty
    basket or a sold-out bakery's "All gone for today." have that shape: DEV's
    ``th16-break-*``)."""
    if not probe.honest or facts is None or facts.wayfinding is None:
        return 0.0
    return _beside_statement(facts.wayfinding.strength, values, facts)


def _search_pointer(facts: GoneFacts, values: Mapping[str, float]) -> float:
    """A thin main content whose one link is the site's search (``pointer.Pointer.searches``)
    says where to look, not where the content went: alone it is a help page's "use the search
    to find a recipe", a forum index's "no posts yet, search the archive", and it counts at
    most half, never plainly. Beside a statement the page makes of the item (a title, heading,
    label, clause or main-area message, however weak) it is the not-found view's way out, and
    counts as read: the statement is the second, independent sign."""
    pointer = facts.pointer
    if pointer is None:
        return 0.0
    if not pointer.searches:
        return values["pointer"]
    if _beside_statement(SEARCH_ALONE, values, facts):
        return values["pointer"]
    return min(values["pointer"], SEARCH_ALONE)


def _absent(facts: GoneFacts, values: Mapping[str, float]) -> float:
    """The absent item (``classify.absent``): other items in its place at full strength; a line
    and a way out at half strength, and only beside a statement the page makes (a title,
    heading, label, clause or main-area message, however weak). Beside the probe's nearness or
    the address sign it would count the same emptiness twice: those read a short page under
    the site's name too, and a thank-you line on a catch-all site has all three (DEV
    ``live-absent-catchall``, convicted held out when a fit learnt that sum)."""
    found = facts.absent
    if found is None:
        return 0.0
    return _beside_statement(found.strength, values, facts)


def _beside_statement(strength: float, values: Mapping[str, float], facts: GoneFacts) -> float:
    """A sign at full strength as it is; under it, only beside a statement the page makes (a
    title, heading, label, clause, main-area message or picture, however weak) that is said of
    the item: one said of a region, a channel, a variant or a time (``restriction``: "Questa
    pagina non è disponibile nel tuo paese", a block in DESIGN's states) says the item is
    there for someone, and a line and a way out beside it is the notice's own page."""
    if strength >= 1.0:
        return strength
    said = {
        "title": facts.title,
        "heading": facts.heading,
        "direct": facts.direct,
        "label": facts.label,
        "clause": facts.clause,
        "main": facts.main,
        "pictured": facts.pictured,
    }
    of_item = (name for name, statement in said.items() if not restricted(statement))
    return strength if any(values.get(name) for name in of_item) else 0.0


def _pictured(facts: GoneFacts, probe: ProbeOutcome | None) -> float:
    """A thin page's one picture as its message, where the site's answer to a made-up URL is
    alike (then the picture is the catch-all's), or where the item its address names is named
    nowhere, not even by the picture, and the page's links lead out (``picture_item``: the
    picture stands where the item would be). Alone it is no verdict: a picture that says
    "Page not found", "ページが見つかりません" or ``error-404.png`` is as often what the page
    shows (a screenshot, a meme, a street sign, a webcomic's strip, an image share), and review
    10 served such live pages, titled with the site's name, each convicted by the picture."""
    agreed = probe is not None and (probe.alike or probe.near > 0)
    agreed = agreed or facts.picture_item is not None
    if facts.thin is None or facts.pictured is None or not agreed:
        return 0.0
    return facts.pictured.strength


def decide(signs: Signs, weights: Weights = DEFAULT_WEIGHTS) -> Evidence:
    """Whether the page is gone, and why."""
    alone = decisive(signs)
    if alone is not None:
        return Evidence(gone=True, score=weights.threshold, decisive=alone)
    values = features(signs.facts, signs.probe, signs.broader)
    contributions = tuple(
        Contribution(name, weights[name] * value, _says(name, signs))
        for name, value in values.items()
        if value and weights[name]
    )
    score = sum(c.points for c in contributions)
    plainly = said_plainly(signs.facts, values)
    return Evidence(
        gone=score >= weights.threshold and plainly,
        score=score,
        contributions=contributions,
        plainly=plainly,
    )


def said_plainly(facts: GoneFacts | None, values: Mapping[str, float]) -> bool:
    """Whether the page says it is gone as its own message somewhere, or shows it without
    words: a title or heading that is mostly the statement, a sentence of its own, no text, a
    probe answering the same page. Mentions, quotations and questions back such a message up,
    but several of them never make one: an article about 404 errors mentions them often."""
    if values.get("blank") or values.get("probe_same") or values.get("address", 0.0) >= 1.0:
        return True
    if values.get("probe_near", 0.0) >= NEAR_PLAIN:  # most of the catch-all, under its title
        return True
    if values.get("broader", 0.0) >= 1.0:  # the site itself says where the page went: nowhere
        return True
    if values.get("state"):  # the framework's own verdict on the route
        return True
    if values.get("echo"):  # its lead talks about its own address, as the catch-all's does
        return True
    if values.get("pointer", 0.0) >= 1.0:  # a bare pointer, on a page not naming its subject
        return True
    if values.get("stand_in"):  # a line where the item its address names would be
        return True
    if values.get("retired"):  # the notice of its item's state, alone where the item stood
        return True
    if values.get("absent"):  # the address's item named nowhere, something else in its place
        return True
    if values.get("grid"):  # other items of its own kind where its item would be
        return True
    if values.get("unowned"):  # nothing of its own but what a made-up address shows
        return True
    if values.get("wayfinding"):  # only ways elsewhere, where the site says 404 for nothing
        return True
    if values.get("voice"):  # a line about the page where its item would be, likewise
        return True
    if values.get("prominent"):  # a notice alone in the page's most prominent place
        return True
    if facts is None:
        return False
    statements = (facts.title, facts.heading, facts.direct, facts.label, facts.clause, facts.main)
    if any(statement is not None and statement.plain for statement in statements):
        return True
    # a thin page's one picture saying it, with nothing else in the main area to read
    return bool(values.get("pictured")) and facts.pictured is not None and facts.pictured.plain


def decisive(signs: Signs) -> str | None:
    """The sign that says the page is gone by definition, if one does."""
    if signs.home_redirect is not None:
        return f"redirects to the site's home page ({signs.home_redirect})"
    if signs.landing is not None:
        return f"redirects to {signs.landing}"
    if signs.parked and signs.parked.startswith(MARKER_PREFIX):
        software, wording = signs.parked.removeprefix(MARKER_PREFIX).split(": ", 1)
        return f"the domain now shows {software}'s default page ({wording}) instead of the site"
    facts = signs.facts
    if signs.parked and not _in_prose(facts):
        return f"the domain is parked or for sale (“{signs.parked}”)"
    if facts is not None and facts.empty:
        return "answers with an empty body"
    if facts is not None and facts.script_home is not None:
        return f"a script sends the reader to the site's home page ({facts.script_home})"
    if facts is not None and facts.nothing:
        return "answers 200 with nothing usable: no title, no heading, at most a word of text"
    if facts is not None and facts.empty_main is not None:
        return f"answers 200 with nothing of the page: {facts.empty_main.says}"
    if facts is not None and facts.hollow:
        return (
            "answers 200 with a hollow document: no visible words, and no script, image, "
            "media, frame or form that could show any"
        )
    return None


# A parking phrase amid this many words of prose at a page's start is a sentence of an article
# ("readers land on a parked domain"), not a lander's message: landers carry a line or two.
PARKED_PROSE = 150
# Quoted, the phrase is someone else's words once the page has a paragraph of its own around it.
QUOTED_PARKED_PROSE = 40


def _in_prose(facts: GoneFacts | None) -> bool:
    if facts is None:
        return False
    quoted_amid_prose = facts.parked_quoted and facts.parked_prose >= QUOTED_PARKED_PROSE
    return facts.parked_prose > PARKED_PROSE or quoted_amid_prose


def _strength(statement: Statement | None) -> float:
    return statement.strength if statement is not None else 0.0


def _says(name: str, signs: Signs) -> str:
    facts = signs.facts
    statement: Statement | None = None
    if facts is not None:
        statement = {"title": facts.title, "heading": facts.heading, "direct": facts.direct,
                     "label": facts.label, "clause": facts.clause,
                     "main": facts.main, "pictured": facts.pictured}.get(name)  # fmt: skip
    if statement is not None and name == "pictured" and facts is not None and facts.thin:
        said = f"{facts.thin.says}; its picture says “{statement.words}” ({statement.note})"
        agreed = signs.probe is not None and (signs.probe.alike or signs.probe.near > 0)
        if facts.picture_item is not None and not agreed:
            said += f"; {facts.picture_item.says}"
        return said
    if statement is not None:
        return f"{statement.place.value} says “{statement.words}” ({statement.note})"
    if name == "blank" and facts is not None:
        return f"next to no visible text ({facts.words} words)"
    if name == "prose" and facts is not None:
        said = f"{facts.prose:,} words of prose around the message"
        if facts.linked:
            said += f" (and {facts.linked:,} words of links and dialogs, not counted as prose)"
        return said
    if name == "codes" and facts is not None:
        return f"the text names {facts.codes} different HTTP status codes"
    if name == "address" and facts is not None and facts.unanswered is not None:
        return facts.unanswered.says
    if name == "state" and facts is not None and facts.state is not None:
        return facts.state
    if name == "pointer" and facts is not None and facts.pointer is not None:
        return facts.pointer.says
    if name == "broader" and signs.broader is not None:
        return signs.broader.says
    if name == "echo" and facts is not None and facts.echo is not None:
        return f"{facts.echo.says}, as this site's page for a made-up address quotes that address"
    if name == "stand_in" and facts is not None and facts.stand_in is not None:
        return facts.stand_in.says
    if name == "retired" and facts is not None and facts.retired is not None:
        return facts.retired.says
    if name == "absent" and facts is not None and facts.absent is not None:
        return facts.absent.says
    if name == "grid" and facts is not None and facts.grid is not None:
        return facts.grid.says
    if name == "prominent" and facts is not None and facts.prominent is not None:
        return facts.prominent.says
    if name == "unowned" and signs.probe is not None:
        count = signs.probe.unowned
        panels = signs.probe.unowned_panels
        aside = (
            f"; {panels} panel{'s' if panels != 1 else ''} both show with other contents (who "
            "is online, counts) set aside as the site's"
            if panels
            else ""
        )
        if lone := signs.probe.unowned_lone:
            aside += (
                f"; {lone} panel{'s' if lone != 1 else ''} of names or counts the made-up "
                "URL's page leaves out set aside, as a board draws it on some views only"
            )
        if signs.probe.unowned_status != 200:
            return signs.probe.reason + aside
        if besides := signs.probe.unowned_besides:
            return (
                "says what a made-up URL on this site shows, under that page's title: all its "
                f"{count} words in its heading and main area, and {besides} besides (a way on, "
                f"a search box's label), once numbers and the addresses are set aside{aside}"
            )
        return (
            "has nothing of its own but what a made-up URL on this site shows: that page's "
            f"title, and the same {count} word{'s' if count != 1 else ''} in its heading and "
            "main area once numbers and the addresses are set aside, with nothing to look at, "
            f"play or draw{aside}"
        )
    if name == "voice" and facts is not None and facts.voice is not None:
        return f"{facts.voice.says}, where a made-up address on this site answers 404 or 410"
    if name == "wayfinding" and facts is not None and facts.wayfinding is not None:
        said = facts.wayfinding.says
        return f"{said}, where a made-up address on this site answers 404 or 410"
    if name == "probe_near" and signs.probe is not None:
        return signs.probe.reason
    if name == "probe_same" and signs.probe is not None:
        return signs.probe.reason or "answers like a made-up URL on this site"
    return name
