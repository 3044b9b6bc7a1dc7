"""Grade the reading of gone-statements on real localisation strings, leaving one source out.

    python -m bench.gone_l10n            # per source, per language, live look-alikes, corpus
    python -m bench.gone_l10n --misses   # also list every page called wrongly

``tests/softdead/gone_l10n.yaml`` holds the not-found messages of widely used software
(Docusaurus, Starlight, Common Voice, the Chirpy, Stack, Congo and LoveIt themes, Mastodon,
Django's admin) as their communities translated them. Each one is served twice through the DEV
page builders, as the page's heading (and title) over a link home, and as the only message in the
body of a page whose title and heading are the site's name; both are gone pages.
``gone_l10n_live.yaml`` holds live pages in the same languages that use the same words (news that
says something "was not found", help pages about missing pages, forum threads quoting the error,
a theme's docs on its 404 page, a docs page's "not translated yet" notice), and every real page of
``../shared/corpus`` is served as it is: all live.

The phrase book and the clause book are written by hand, so "leaving one source out" means:
the rules were written looking at the misses of the *development* sources (``DEVELOPMENT``)
only, and the other sources are graded as held out. Both figures are printed. Figures go to
bench/README.md.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

TESTS = Path(__file__).resolve().parent.parent / "tests"
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from bench.softdead import judge_all  # noqa: E402

from softdead.devset import CORPUS, MENUS, Case, Judged  # noqa: E402

STRINGS = TESTS / "softdead" / "gone_l10n.yaml"
LIVE = TESTS / "softdead" / "gone_l10n_live.yaml"
# The sources whose misses the rules were written against; the rest are held out.
DEVELOPMENT = frozenset({"docusaurus", "hugo-stack"})
# Held-out sources collected after the rules of wave 9 were written (sd-l10n2): their figure was
# frozen before any rule changed, and their misses are not looked at while rules are written.
ADDED_LATER = frozenset({"starlight", "congo", "loveit"})
# Page builders of tests/softdead/webchrome*.py, taken in turn so each source meets several.
CHROMES = (
    "wordpress", "docusaurus", "hugo", "drupal", "joomla", "shopify", "discourse", "portal",
    "newsroom", "mediawiki",
)  # fmt: skip
SITES = {"en": "Riverside Health", "ar": "صحة الرافدين", "he": "בריאות העמק", "ja": "みなと健康"}


@dataclass(frozen=True)
class Entry:
    lang: str
    source: str
    repo: str
    path: str
    key: str
    text: str


def load_strings(path: Path = STRINGS) -> list[Entry]:
    return [Entry(**entry) for entry in YAML(typ="safe").load(path.read_text("utf-8"))]


def gone_cases(entries: Sequence[Entry]) -> list[Case]:
    """Each string as a page's heading, and as the only message under the site's own name."""
    cases: list[Case] = []
    for number, entry in enumerate(entries):
        site = SITES.get(entry.lang, "Riverside Health")
        home = MENUS.get(entry.lang, MENUS["en"])[0]
        link = f"<p><a href='/'>{home}</a></p>"
        family = f"l10n-{entry.source}"
        cases.append(
            Case(
                id=f"l10n-{number}-heading", family=family, label="gone",
                chrome=CHROMES[number % len(CHROMES)], lang=entry.lang, site=site,
                title=f"{entry.text} | {site}", h1=entry.text, message=link,
            )
        )  # fmt: skip
        cases.append(
            Case(
                id=f"l10n-{number}-body", family=family, label="gone",
                chrome=CHROMES[(number + 5) % len(CHROMES)], lang=entry.lang, site=site,
                title=site, message=f"<p>{entry.text}</p>{link}",
            )
        )  # fmt: skip
    return cases


def live_cases(path: Path = LIVE) -> list[Case]:
    """The written look-alikes, and every corpus page as it is."""
    cases = [Case(**entry) for entry in YAML(typ="safe").load(path.read_text("utf-8"))]
    for page in sorted(p.name for p in CORPUS.iterdir() if (p / "page.html").exists()):
        cases.append(
            Case(
                id=f"corpus-{page}",
                family="l10n-corpus",
                label="live",
                chrome=f"corpus:{page}+asis",
            )
        )
    return cases


def _rate(judged: Sequence[Judged]) -> str:
    gone = sum(1 for one in judged if one.called_gone)
    return f"{gone}/{len(judged)}"


def report(entries: Sequence[Entry], judged: Sequence[Judged], misses: bool) -> str:
    by_id = {one.case.id: one for one in judged}
    per_source: dict[str, list[Judged]] = defaultdict(list)
    per_lang: dict[str, list[Judged]] = defaultdict(list)
    for number, entry in enumerate(entries):
        for place in ("heading", "body"):
            one = by_id[f"l10n-{number}-{place}"]
            per_source[entry.source].append(one)
            per_lang[entry.lang].append(one)
    live = [one for one in judged if one.case.label == "live"]
    held = [one for s, js in per_source.items() if s not in DEVELOPMENT for one in js]
    dev = [one for s, js in per_source.items() if s in DEVELOPMENT for one in js]
    later = [one for s, js in per_source.items() if s in ADDED_LATER for one in js]
    false_alarms = [one for one in live if one.called_gone]
    lines = [
        f"strings {len(entries)} in {len(per_lang)} languages, {len(judged)} pages",
        f"recall, development sources ({', '.join(sorted(DEVELOPMENT))}): {_rate(dev)}",
        f"recall, held-out sources: {_rate(held)}",
        f"recall, of which added later ({', '.join(sorted(ADDED_LATER))}): {_rate(later)}",
        f"recall, all sources: {_rate(dev + held)}",
        f"live pages called gone: {len(false_alarms)}/{len(live)}",
        "",
        "| source | held out | called gone |",
        "|---|---|---:|",
    ]
    for source in sorted(per_source):
        out = "no" if source in DEVELOPMENT else "yes"
        lines.append(f"| {source} | {out} | {_rate(per_source[source])} |")
    lines += [
        "",
        "| language | gone pages called gone | live look-alikes called gone |",
        "|---|---:|---:|",
    ]
    live_lang: dict[str, list[Judged]] = defaultdict(list)
    for one in live:
        live_lang[one.case.lang].append(one)
    for lang in sorted(set(per_lang) | set(live_lang)):
        lines.append(f"| {lang} | {_rate(per_lang[lang])} | {_rate(live_lang[lang])} |")
    if misses:
        lines.append("")
        for number, entry in enumerate(entries):
            for place in ("heading", "body"):
                one = by_id[f"l10n-{number}-{place}"]
                if not one.called_gone:
                    why = one.verdict.reason[:160]
                    lines.append(f"miss {entry.source} {entry.lang} {place}: {entry.text} -- {why}")
        for one in false_alarms:
            lines.append(f"false alarm {one.case.id}: {one.verdict.reason}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every page called wrongly")
    args = parser.parse_args(argv)
    entries = load_strings()
    cases = gone_cases(entries) + live_cases()
    judged = judge_all(cases)
    print(report(entries, judged, args.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
