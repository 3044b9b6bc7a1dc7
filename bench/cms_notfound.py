"""Grade soft-dead detection on the not-found strings real themes and CMSs ship, source by source.

    python -m bench.cms_notfound            # per source, per language, per page shape, live side
    python -m bench.cms_notfound --misses   # also list the development sources' misses
    python -m bench.cms_notfound --all-misses  # every page called wrongly, held-out sources too
    python -m bench.cms_notfound --json F   # also write each page's verdict to F (diff base/branch)

``tests/softdead/cms_notfound.yaml`` holds the 404-page strings of themes, forums and plugins
(hugo-coder, hugo-theme-relearn, Quartz, vuepress-theme-hope, NodeBB, understrap/_s, Grav's
error plugin, twelve sites' own templates found in public files; since sd-cms2 also
hugo-theme-stack, LoveIt and BookStack) in the translations their
communities wrote: nobody here wrote them. Each source's strings in one
language make one not-found page, served three ways through the DEV page builders
(tests/softdead/webchrome*.py; never the blind sets' builders) and, where the corpus has a page
in that language, a real page's chrome:

- ``heading``: the heading string as the page's h1 with the body sentence under it and a link home;
- ``sentence``: no heading of its own; heading and body run together in one paragraph, as themes
  that print "Oops! That page can't be found. It looks like nothing was found here. Maybe try a
  search?" do;
- ``chrome``: the heading and body inside a real corpus page's header, menus, rails and footer in
  the same language (the article taken out), as on a news site's own 404 page.

In every shape the page's title is the site's name alone, as many real 404 pages leave it.

The live side uses the same strings: a translation platform's page listing the source's strings
for that language (a table, key by key), a real corpus article with one paragraph quoting the
strings (a help page on a theme's 404 template) and a forum thread asking why a site shows them.
None may be called gone.

Held out by source: the phrase book and the readers are written by hand, so a source is "held
out" when nothing was changed while looking at its pages. ``DEVELOPMENT`` names the sources whose
misses were read while changing the readers (sd-cms, wave 14); every other source is graded held
out, and both figures are printed beside the overall one. Figures go to bench/README.md.
"""

from __future__ import annotations

import argparse
import html
import json
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

from softdead.devset import MENUS, Case, Judged  # noqa: E402

STRINGS = TESTS / "softdead" / "cms_notfound.yaml"
# The sources whose misses were read while the readers were changed; the rest are held out.
# The wild-N sources (sites' own templates, one file each) are development cases too.
# sd-cms2 (second round) read BookStack's misses (its Korean "문서를 못 찾았습니다"); its new
# sources hugo-theme-stack and LoveIt, and NodeBB, Quartz and vuepress-theme-hope, stay held out.
# sd-mw15 read MediaWiki's misses (noarticletext and noarticletext-nopermission, nine languages):
# scored before its phrase-book entries were written, development since.
DEVELOPMENT = frozenset(
    {"hugo-coder", "understrap", "hugo-relearn", "grav-error", "bookstack"}
    | {"mediawiki", "mediawiki-noperm"}
)
# Wikis head a missing page with the name the address asked for and put their message under it,
# so a wiki's heading shape is that name over the message, never the message as a heading.
PAGE_NAMED = frozenset({"mediawiki", "mediawiki-noperm"})
PAGE_NAME = "Aldwick Bridge"


def developed(source: str) -> bool:
    """Whether the readers were changed looking at this source's misses."""
    return source in DEVELOPMENT or source.startswith("wild-")


# Page builders of tests/softdead/webchrome.py to webchrome8.py, taken in turn.
CHROMES = (
    "wordpress", "drupal", "ghost", "discourse", "newsroom", "mediawiki", "docusaurus",
    "woocommerce", "joomla", "phpbb", "hugo", "portal", "w4press", "w4flarum", "w5blog",
    "w5forum", "w8-blog", "w8-news",
)  # fmt: skip
# A real corpus page in the language, whose chrome a not-found page of that language wears.
CORPUS_CHROME = {
    "en": "goose3-content-cnet", "es": "goose3-content-elpais", "fr": "readability-liberation-1",
    "ar": "goose3-content-cnn_arabic", "pt": "readability-folha", "ru": "metascraper-pikabu",
    "it": "metascraper-milanocittastato", "ja": "readability-yahoo-4",
}  # fmt: skip
# An English article of the corpus that a help page's quoting paragraph is inserted into.
HELP_PAGES = ("goose3-content-engadget", "goose3-content-cnet", "goose3-content-aolNews")
SITES = {
    "en": "Riverside Health", "ar": "صحة الرافدين", "he": "בריאות העמק", "ja": "みなと健康",
    "zh": "河畔健康", "ru": "Речной край", "uk": "Річковий край", "ko": "강변 건강",
    "el": "Υγεία Όχθης",
    "fa": "سلامت رودکنار", "hi": "नदी तट स्वास्थ्य", "th": "สุขภาพริมน้ำ",
}  # fmt: skip
SHAPES = ("heading", "sentence", "chrome")


@dataclass(frozen=True)
class Entry:
    source: str
    lang: str
    kind: str
    repo: str
    path: str
    key: str
    text: str


@dataclass(frozen=True)
class Group:
    """One source's not-found strings in one language: what one of its 404 pages shows."""

    number: int
    source: str
    lang: str
    heading: str | None
    body: str | None


def load_strings(path: Path = STRINGS) -> list[Entry]:
    return [Entry(**entry) for entry in YAML(typ="safe").load(path.read_text("utf-8"))]


def groups_of(entries: Sequence[Entry]) -> list[Group]:
    texts: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for entry in entries:
        texts[(entry.source, entry.lang)][entry.kind] = entry.text
    return [
        Group(number, source, lang, kinds.get("heading"), kinds.get("body"))
        for number, ((source, lang), kinds) in enumerate(sorted(texts.items()))
    ]


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?。！？" or text.endswith("¯") else f"{text}."


def _home_link(lang: str) -> str:
    return f"<p><a href='/'>{MENUS.get(lang, MENUS['en'])[0]}</a></p>"


def gone_cases(groups: Sequence[Group]) -> list[Case]:
    """Each group as a not-found page in each shape; the title is the site's name alone."""
    cases: list[Case] = []
    for group in groups:
        site = SITES.get(group.lang, "Riverside Health")
        family = f"cms-{group.source}"
        esc = [html.escape(text) for text in (group.heading, group.body) if text]
        body = f"<p>{html.escape(group.body)}</p>" if group.body else ""
        n = group.number
        named = group.source in PAGE_NAMED
        cases.append(
            Case(
                id=f"cms-{n}-heading", family=family, label="gone", lang=group.lang, site=site,
                chrome=CHROMES[n % len(CHROMES)], title=site,
                h1=PAGE_NAME if named else html.escape(group.heading or group.body or ""),
                message=(body if group.heading or named else "") + _home_link(group.lang),
            )
        )  # fmt: skip
        run = " ".join(_sentence(text) for text in esc)
        cases.append(
            Case(
                id=f"cms-{n}-sentence", family=family, label="gone", lang=group.lang, site=site,
                chrome=CHROMES[(n + 7) % len(CHROMES)], title=site,
                message=f"<p>{run}</p>" + _home_link(group.lang),
            )
        )  # fmt: skip
        page = CORPUS_CHROME.get(group.lang)
        if page is not None:
            cases.append(
                Case(
                    id=f"cms-{n}-chrome", family=family, label="gone", lang=group.lang,
                    site=site, chrome=f"corpus:{page}", title=site,
                    h1=html.escape(group.heading) if group.heading else None,
                    message=body or f"<p>{html.escape(group.heading or '')}</p>",
                )
            )  # fmt: skip
    return cases


def live_cases(groups: Sequence[Group]) -> list[Case]:
    """Live pages that quote each group's strings: a translation list, a help page, a thread."""
    cases: list[Case] = []
    for group in groups:
        n = group.number
        family = f"cms-live-{group.source}"
        quoted = [html.escape(text) for text in (group.heading, group.body) if text]
        menu = MENUS.get(group.lang, MENUS["en"])
        rows = [("nav.home", "Home", menu[0]), ("nav.contact", "Contact", menu[6])]
        if group.heading:
            rows.append(("404.title", "Page not found", group.heading))
        if group.body:
            rows.append(("404.message", "Sorry, this page does not exist.", group.body))
        rows += [("search.placeholder", "Search", menu[-1]), ("nav.about", "About", menu[5])]
        table = "".join(
            f"<tr><td><code>{key}</code></td><td>{english}</td><td>{html.escape(text)}</td></tr>"
            for key, english, text in rows
        )
        cases.append(
            Case(
                id=f"cms-live-{n}-table", family=family, label="live", lang="en",
                site="Translate Hub", chrome="docusaurus",
                title=f"{group.source}: {group.lang} translation, 6 strings | Translate Hub",
                h1=f"{group.source} — {group.lang}",
                message=(
                    f"<p>These are the interface strings of {group.source} in the "
                    f"<code>{group.lang}</code> locale, as the translators last reviewed them. "
                    "Suggest a change by editing a row; a reviewer approves it before the next "
                    "release picks it up.</p>"
                    f"<table><tr><th>Key</th><th>Source</th><th>Translation</th></tr>{table}"
                    "</table><p>Translated 100%, reviewed 96%. Last change three weeks ago.</p>"
                ),
                filler=2, topic="web",
            )
        )  # fmt: skip
        quote = " / ".join(f"“{text}”" for text in quoted)
        cases.append(
            Case(
                id=f"cms-live-{n}-help", family=family, label="live", lang="en",
                chrome=f"corpus:{HELP_PAGES[n % len(HELP_PAGES)]}+insert",
                message=(
                    f"<p>Sites built on {group.source} in the <code>{group.lang}</code> locale "
                    f"show {quote} when a visitor follows a broken link, which is why the "
                    "redirects after a migration matter.</p>"
                ),
            )
        )  # fmt: skip
        first = quoted[0]
        cases.append(
            Case(
                id=f"cms-live-{n}-thread", family=family, label="live", lang="en",
                site="Theme Community", chrome="discourse",
                title=f"Old links show “{first}” after the upgrade - Support - Theme Community",
                h1=f"Old links show “{first}” after the upgrade",
                message=(
                    f"<p>Since we moved our {group.lang} site to the new version of "
                    f"{group.source}, every link from the old sitemap lands on a page that "
                    f"says {quote}. The posts are all still there under new addresses. "
                    "Is there a way to redirect the old paths?</p>"
                    "<p>Reply: the permalink structure changed in this release. Add the old "
                    "pattern under Settings, Permalinks, or write the redirects in your server "
                    "configuration; the posts themselves are fine.</p>"
                    "<p>Thanks, that fixed it. Marking this as solved.</p>"
                ),
            )
        )  # fmt: skip
    return cases


def _rate(judged: Sequence[Judged]) -> str:
    gone = sum(1 for one in judged if one.called_gone)
    return f"{gone}/{len(judged)}"


def report(
    groups: Sequence[Group], judged: Sequence[Judged], misses: bool, held_misses: bool = False
) -> str:
    by_id = {one.case.id: one for one in judged}
    per_source: dict[str, list[Judged]] = defaultdict(list)
    per_lang: dict[str, list[Judged]] = defaultdict(list)
    per_shape: dict[str, list[Judged]] = defaultdict(list)
    for group in groups:
        for shape in SHAPES:
            one = by_id.get(f"cms-{group.number}-{shape}")
            if one is None:
                continue
            per_source[group.source].append(one)
            per_lang[group.lang].append(one)
            per_shape[shape].append(one)
    live = [one for one in judged if one.case.label == "live"]
    held = [one for s, js in per_source.items() if not developed(s) for one in js]
    dev = [one for s, js in per_source.items() if developed(s) for one in js]
    false_alarms = [one for one in live if one.called_gone]
    lines = [
        f"sources {len(per_source)}, languages {len(per_lang)}, not-found pages "
        f"{len(dev) + len(held)}, live pages {len(live)}",
        f"recall, development sources ({', '.join(sorted(DEVELOPMENT))}, wild-*): {_rate(dev)}",
        f"recall, held-out sources: {_rate(held)}",
        f"recall, all sources: {_rate(dev + held)}",
        f"live pages called gone: {len(false_alarms)}/{len(live)}",
        "",
        "| source | held out | heading | sentence | chrome | all |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for source in sorted(per_source):
        out = "no" if developed(source) else "yes"
        shapes = [
            _rate([one for one in per_source[source] if one.case.id.endswith(f"-{shape}")])
            for shape in SHAPES
        ]
        lines.append(f"| {source} | {out} | {' | '.join(shapes)} | {_rate(per_source[source])} |")
    lines += ["", "| language | called gone |", "|---|---:|"]
    for lang in sorted(per_lang):
        lines.append(f"| {lang} | {_rate(per_lang[lang])} |")
    if misses:
        lines.append("")
        for one in judged:
            held = not developed(one.case.family.removeprefix("cms-"))
            if one.case.label == "gone" and not one.called_gone and (held_misses or not held):
                why = one.verdict.reason[:200]
                lines.append(f"miss {one.case.id} {one.case.family} {one.case.lang}: {why}")
        for one in false_alarms:
            lines.append(f"false alarm {one.case.id}: {one.verdict.reason}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list development sources' misses")
    parser.add_argument("--all-misses", action="store_true", help="list every page called wrongly")
    parser.add_argument("--json", type=Path, help="write each page's verdict to this file")
    args = parser.parse_args(argv)
    groups = groups_of(load_strings())
    cases = gone_cases(groups) + live_cases(groups)
    judged = judge_all(cases)
    print(report(groups, judged, args.misses or args.all_misses, args.all_misses))
    if args.json is not None:
        verdicts = {one.case.id: [one.called_gone, one.verdict.reason] for one in judged}
        args.json.write_text(json.dumps(verdicts, ensure_ascii=False, indent=0), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
