"""The soft-dead DEV set, scored as bench/softdead.py scores it (figures in bench/README.md).

The floors below are the figures measured when the weights were last fitted: a change to the
phrase book, the strengths or the weights that makes them worse fails here. The held-out figures
(weights fitted without the family they are graded on) are what the rule can be trusted to do
on pages it was not written for.
"""

from __future__ import annotations

from collections import Counter

import pytest
from bench.softdead import held_out, judge_all, precision_recall, predicts_gone

from curator.classify.evidence import DEFAULT_WEIGHTS
from softdead.devset import Judged, load_cases

CASES = load_cases()
# Every page served, fetched and classified once, and the module's tests share them: 1,014 pages
# took 45 s at load 25 on the shared two-core machine; 5,500 pages take minutes, and the limit is
# a guard against a hang, not a speed target (bench/softdead.py times the set).
pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def judged() -> list[Judged]:
    return judge_all(CASES)


def test_the_set_is_large_varied_and_grouped_in_families() -> None:
    assert len(CASES) >= 150
    families = Counter(case.family for case in CASES)
    assert len(families) >= 12 and min(families.values()) >= 8
    for family in families:
        assert len({case.label for case in CASES if case.family == family}) == 1, family
    gone_languages = {case.lang for case in CASES if case.label == "gone"}
    assert {"en", "es", "de", "fr", "ja", "ru", "pt", "zh", "it", "pl"} <= gone_languages
    live_about_errors = [case for case in CASES if case.family == "live-about-404"]
    assert len(live_about_errors) >= 10


def test_classify_decides_what_the_scorer_grades(judged: list[Judged]) -> None:
    for one in judged:
        assert one.called_gone == predicts_gone(one, DEFAULT_WEIGHTS), one.case.id


# Gone families no rule detects: their rules (an empty main area inside full chrome, review 8)
# were withdrawn after a review showed live pages they convicted alone, and a thin page's shape
# is no verdict without its picture's words (sd-thin: a thank-you line under a site's name has
# it too; brand-voice lines are found only where the clause reader reads them). The pages stay,
# so the set measures what is still missed. A thin page's picture alone is no verdict either
# (review 10: screenshots, memes and image shares whose picture names an error); the picture
# families (gone-pictured, gone-thin-picture, gone-picture-slug, gone-picture-numbered) are
# found where the site's made-up URLs answer alike, where the slug names an item nothing on the
# page names, or where the picture is the site's illustration and the only links lead home
# (sd-picture2), and are held to the floors since; their misses are phrase-book gaps, rails of
# other items inside the main area, catalogue links two steps deep and pages with no link.
# sd-voice's brand-voice lines (gone-voice-slug) are found only where the line under the
# heading holds a word of absence and the slug names an item nothing on the page names (1 of
# 12): a pun in the heading alone is no verdict (a shop's "Gone fishing" holiday page).
# sd-absent's one-word main areas at slug addresses (gone-absent-thin) carry half of the absent
# item sign, weighed only beside a statement of the page (live-absent-catchall has the same
# shape and the same nearness to the catch-all): found where another sign convicts, 2 of 8.
# sd-thin16's one-line expiry notices at opaque addresses (gone-expired-line: "This note has
# expired.", 1 of 8 then) are held to the floor since sd-rows17's phrase book names a note, a
# paste, a message and a secret as what expired (8 of 8). Its brand-voice lines at honest-404
# sites (gone-voice-honest404) are found only where the line holds a word of absence above a
# link out and no rail of other pages shares the main area (4 of 8; a picture, "unavailable"
# and "nichts" are not read). sd-voice18's brand voices at sites whose made-up addresses
# answer 404 (gone-vo18-voice-honest, 3 of 10 on 636fb2b) are found where the line or heading
# speaks of the page itself ("this page has pedalled off", "Deze pagina is ...") and the slug
# names an item nothing on the page names (5 of 10): a romanised slug under a Korean or
# Japanese page is not comparable, and lines saying "Hier ist leider nichts.", "¡Vaya! Esta
# ola ya pasó" or showing a cat name neither the page nor a word the gates know.
# sd-thin18's empty post areas (gone-th18-empty-post) are found where empty_main reads the
# template as drawn in full around an empty main area (Substack, WordPress: 4 of 8, base and
# branch alike); Ghost's empty gh-canvas (a drawing surface), a call to subscribe naming the
# site, an empty "Webmentions" section and a small Hugo template keep the rest unread.
# members18's gone twins of short live pages (gone-me18-voice: brand-voice lines naming the
# page, no condition to meet, in corpus and synthetic chromes) are found by voice, the probe
# and the clause reader where each reaches (6 of 11 on f92aa8f and on members18 alike): lines
# in Japanese, Korean and Dutch under romanised slugs or naming no word the gates know.
# lang21b's fr es pt it de items named by what the visitor sought, written after the data
# (gone-lb21-after: 2 of 8 on f0f76b5, 4 of 8 on the branch): three pages under a listings
# template with the item's name as heading read the clause but are not weighed by it (a rule),
# and "l'offre d'emploi que vous cherchez" is a compound noun the data does not take.
UNDETECTED = {
    "gone-me18-voice",
    "gone-vo18-voice-honest",
    "gone-voice-slug",
    "gone-empty-main",
    "gone-thin-voice",
    "gone-thin-empty",
    "gone-absent-thin",
    "gone-voice-honest404",
    "gone-th18-empty-post",
    "gone-lb21-after",
    # market22, written after its rule in forms the book lacked: 6 of 10 shipped and held out
    # (bench/README, w22-market22); a notice under a heading of the page's own, an ar
    # "غير متاح للبيع" (temporary forms are left), a rail of /item.htm?id= cards
    "gone-mk22-unread",
    # weigh24b's (bench/README, w24-weigh24b): "X does not exist or is private" said of things
    # the da nb sr sk clauses do not read as things ("Albummet", "Ønskelisten", "Овај оглас",
    # "Zoznam"), 5 of 9; and its family written after the rules, 4 of 8 (a pronoun after
    # "oder", a sv list, a rail's 54 words of prose, an es heading's 4 of 6 words)
    "gone-wb24-private",
    "gone-wb24-after",
    # skeleton27's (bench/README, w27-skeleton27), written with the forms its rules do not read:
    # a move notice whose heading is the sentence itself or with a rail of listings inside
    # <main> (4 of 9), an item template beside a rail of other items or with values in words
    # ("TBA") (4 of 8)
    "gone-moved-to-root",
    "gone-skeleton-item",
    # open30's sites whose logo is a drawing (bench/README, w30-open30): a line of absence alone
    # at an item's address under a title only the host spells. Base c21db14: 4 of 16 (a pointer,
    # an act, a book statement). The branch: 11 of 16 shipped, 4 of 16 held out: the fit without
    # the family weighs the stand-in line under the threshold, where the one live page with that
    # sign alone is in training (a confirmation said to the reader, "Du får inte längre mejl ...",
    # which the base calls gone too where the logo's text names the site); 5 lines hold no word
    # of absence the gate knows
    "gone-sh30-hostname",
}

# Live families with more than one page no rule reads yet, each named in bench/README.md:
# sd-names17's band whose tour rows lead with linked dates under a subheading (item_content reads
# them as other pages' teasers), a slang entry only its address names ("404 - SlangBook") and one
# whose title puts its kind in a segment of its own ("404 – Bedeutung | Jugendwörter", built as a
# not-found page's "Page not found | Help Centre | Acme" is). Base d4831ee: 7 of 12.
# sd-names18's two works whose title is the name and the site's only: a short film whose cast
# rows lead with linked names, an album whose name only the text says. Base 636fb2b: 5 of 8.
# members18's short live pages whose line names a condition (live-me18-members): all alive since
# prec19 (base f92aa8f: 7 of 10; a1ef439: 7 of 10 shipped, 9 held out): a members' and a cookie
# wall in a real corpus chrome whose made-up addresses show its not-found page in the same
# chrome (the probe 97-98% alike: that likeness is the chrome's, ``stand_in.awaited_line``), and
# a region notice (a block, ``page_state.blocked_here``).
# market22b's reports of a withdrawal (live-mk22b-report): two whose first line states the model's
# end ("El modelo ha sido descatalogado", "Il modello è fuori produzione") are called gone by the
# phrase book's own statement (``direct`` 1.0, said of "modelo" as of a page's item), as at
# e3fc611; ``retired`` reads none of the 18 (bench/README, w22-market22b).
# live-wg24-interject (w24-weigh24): an episode titled "Ehi, qui non c'è niente – puntata 14" and
# an empty reading list headed "Hmm, hier is nog niets" carry a clause in 4 of 5 words (0.8),
# which no rule of the branch touches; left out, their family is DEV's only live pages with a
# clause at 0.8, and the refit convicts both (the base b5e705c alike, with these cases).
# live-wb24-rail (w24-weigh24b): a feature and a travel post headed by a whole clause of absence
# ("Hier ist nichts mehr", "Aquí no hay nada (y por eso vinimos)") over 55-60 words of prose,
# 0.95 as shipped; held out, the refit convicts both (the base 0b8788b alike, with these cases).
# live-rm26-act (w26-removed26): a profile listing its posts as links under "Одна запись удалена
# автором." is called gone by the phrase book's "запись удалена" (``direct`` 1.0) at the base
# 321c495 alike, its posts read as other items' cards; a blog post headed "Discussione rimossa:
# perché" carries the clauses' heading reading (2 of 3 words, +1.00 as shipped, alive) at the base
# too, and the refit without the family convicts it. The act reading adds its own to the
# profile's (the links are no content of the profile's), not to the post's.
LEFT_LIVE = {
    "live-named-work-bare": 3,
    "live-nm18-bare-title": 2,
    "live-mk22b-report": 2,
    "live-wg24-interject": 2,
    "live-wb24-rail": 2,
    "live-rm26-act": 2,
    # two pages on a chrome that titles every page, search and front pages too, with one
    # headline: nothing tells them from where made-up addresses land (``knows_path``)
    "live-search-catchall": 2,
}


def _detected(calls: list[tuple[Judged, bool]]) -> list[tuple[Judged, bool]]:
    """The calls on every family but ``UNDETECTED`` (reported, not held to the floors)."""
    return [(one, call) for one, call in calls if one.case.family not in UNDETECTED]


def test_as_shipped_precision_and_recall(judged: list[Judged]) -> None:
    precision, recall = precision_recall(_detected([(one, one.called_gone) for one in judged]))
    assert precision >= 0.98
    # 0.971 with sd-statements' families and rules (586 pages); sd-structure's echoing catch-alls
    # (gone-echo-soft404, 3-5 of 9 found) took a share of it back (0.956). 0.946 since a near
    # catch-all (probe_near) no longer convicts alone: short live pages on sites that title
    # every page with their name share a consent banner's words with the catch-all (review 7).
    # 0.937 after wave 17 (1,881 pages), whose families are harder than the set before: sd-moved17's
    # gone twins (32 pages, 10 missed on the base d4831ee and the branch alike: wordings the
    # phrase book does not read, ru/zh/ko/de and "is deprecated and has moved to", three held
    # under the threshold by their template's prose), sd-names17's not-found twins, sd-l10n17's
    # item pages in real chrome; the base scores 0.938 with sd-moved17's cases alone: the floor
    # moved with the set, not with a rule. 0.930 after wave 18 (2,198 pages): its 317 new pages
    # are twins written to break each branch's rule (not-found pages over members' rows, moved
    # notices over the site's template, notices over other items' cards, empty posts), on which
    # the base 636fb2b scores 0.938 / 0.875 over the same detected families; the floor again
    # follows the set
    assert recall >= 0.92


# Fitting the weights once per family (558 of them) is pure CPU that grows with the set: 66 CPU-s
# on 5,663 pages since a fit keeps the loss of the pages a weight does not move as a running
# total and tries pages that move alike once (256 before, 166 s of the suite's 525).
def test_held_out_families(judged: list[Judged]) -> None:
    scores, calls = held_out(judged)
    precision, recall = precision_recall(_detected(calls))
    assert precision >= 0.98
    # 1.000 / 0.982 with sd-statements' families and rules; 0.988 / 0.946 after wave 17 (above:
    # misses of the phrase book and of prose weight, on the base as on the branches)
    assert recall >= 0.94
    for score in scores:
        if score.label == "live":
            # at most one false alarm in a held-out family, but where a family's pages are left
            # wrong on purpose and written up (``LEFT_LIVE``)
            assert score.called_gone <= LEFT_LIVE.get(score.family, 1), score
        elif score.family == "gone-clause":
            # A clause of absence convicts alone only a page with next to no prose of its own
            # (a review found encyclopedia stubs and FAQs saying "this species no longer
            # exists"); held out, the fit leans on it less still. 4 of 9 held out before the
            # state clauses of sd-statements, 8 of 9 after (the fit without the family now sees
            # their gone pages, which carry the clause sign).
            assert score.called_gone / score.pages >= 0.4, score
        elif score.family == "gone-echo-soft404":
            # Catch-alls whose rails of suggested stories are drawn afresh for every path: the
            # probe's made-up path is random, so the rails it sees and the similarity move from
            # run to run. Near the catch-all but under the threshold is never a verdict alone
            # (review 7: short live pages under a shared title and consent banner): only a draw
            # over the threshold or a second sign convicts, 0-2 of 9 held out (3-5 before).
            continue
        elif score.family in UNDETECTED:
            continue
        else:  # gone-unanswered (0.64) keeps pages the address sign is known not to reach
            assert score.called_gone / score.pages >= 0.6, score
