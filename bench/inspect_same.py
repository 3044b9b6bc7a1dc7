"""Does a faster page reader read the same? Old and new code, every output, every test page.

    PYTHONPATH=OLD/src python -m bench.inspect_same --save /tmp/old.json
    python -m bench.inspect_same --against /tmp/old.json
    python -m bench.inspect_same --skip blind9 --skip blind10 ...   # sets left unread

Reads every corpus page (all 132, any size) and every page of the soft-dead sets
(``tests/softdead/*.yaml``) through ``extract`` (visible text included) and ``inspect`` (with
blurb terms and the main-content fingerprint asked for; again as most pages of a run are read,
with one-word terms only and a bare 404 held as the host's answer to made-up URLs, so the sketch
is not hashed; and as a probe's not-found answer), and again, unhashed, at the page's own
address (a case's link, a corpus page's URL) and at the real-page workload's two URL shapes
with a slug of subject words, because the readers of the address (``classify.absent``,
``address``, ``echo``, ``front``) do nothing under the one-word slug above; and
writes what came out, one line of ``repr`` per page and reading. ``--against`` prints every
page whose reading differs from a saved one and exits 1 if any does. A change to how a page is
read that keeps every one of these the same cannot move an extraction or soft-dead figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from curator.classify.probe_answer import ProbeAnswer
from curator.extract import extract
from curator.fetch.result import FetchResult
from curator.inspect import PROBE_WANTS, Wants, inspect

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from bench import cms_notfound  # noqa: E402
from bench.gone_l10n import LIVE, STRINGS, gone_cases, live_cases, load_strings  # noqa: E402

from softdead.devset import Case, body_of, load_cases  # noqa: E402

CORPUS = ROOT / ".." / "shared" / "corpus" / "pages"
URL = "http://site.example/news/1/slug"
# The workload's blurb's key terms, a multi-word one among them (the haystack path).
WANTS = Wants(terms=("source", "says", "back", "pain", "treatment", "back pain"), fingerprint=True)
# As most pages of a run are read: the blurb's one-word key terms (all ``key_terms`` makes),
# and a bare 404 as the host's answer, which cannot read a page, so the page is not hashed.
UNHASHED = Wants(WANTS.terms[:-1], answer=ProbeAnswer("http://site.example", "/news/*/*", 404, URL))


# The real-page workload's two URL shapes (``bench.peers.realpages``), slugs of subject words.
SLUGGED = (
    "http://news.example/2019/03/14/spine-posture-relief-1532",
    "http://news.example/news/104736/doctors-sleep-study-1",
)


def pages(skip: frozenset[str] = frozenset()) -> Iterator[tuple[str, bytes, str, str | None]]:
    """(name, body, content type, own address) of every page the comparison reads, but the
    sets ``skip`` names (a branch that changes a rule leaves the sets the lead holds blind
    unread)."""
    for path in sorted(CORPUS.glob("*/page.html")):
        truth = json.loads((path.parent / "truth.json").read_text("utf-8"))
        yield f"corpus/{path.parent.name}", path.read_bytes(), "text/html", truth.get("url")
    for manifest in sorted((ROOT / "tests" / "softdead").glob("*.yaml")):
        if manifest.stem in skip:
            continue
        for case in _cases(manifest):
            kind = case.headers.get("Content-Type", "text/html; charset=utf-8")
            own = f"http://{case.host}{case.link_path}"
            yield f"{manifest.stem}/{case.id}", body_of(case), kind, own


def _cases(manifest: Path) -> list[Case]:
    """The pages of a manifest: the localisation strings and their look-alikes are written as
    ``bench.gone_l10n`` serves them, the CMS strings as ``bench.cms_notfound`` does, every
    other set as soft-dead cases."""
    if manifest == STRINGS:
        return gone_cases(load_strings(manifest))
    if manifest == LIVE:
        return live_cases(manifest)
    if manifest == cms_notfound.STRINGS:
        groups = cms_notfound.groups_of(cms_notfound.load_strings(manifest))
        return cms_notfound.gone_cases(groups) + cms_notfound.live_cases(groups)
    return load_cases(manifest)


def readings(skip: frozenset[str] = frozenset()) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, body, kind, own in pages(skip):
        headers = {"content-type": kind}
        out[f"{name} extract"] = repr(extract(body, URL, headers))
        ok = FetchResult(URL, URL, status=200, headers=headers, body=body)
        out[f"{name} inspect"] = repr(inspect(ok, WANTS))
        out[f"{name} inspect unhashed"] = repr(inspect(ok, UNHASHED))
        missing = FetchResult(URL, URL, status=404, headers=headers, body=body)
        out[f"{name} not-found"] = repr(inspect(missing, PROBE_WANTS))
        for address in (own, *SLUGGED) if own else SLUGGED:
            there = FetchResult(address, address, status=200, headers=headers, body=body)
            out[f"{name} inspect at {address}"] = repr(inspect(there, UNHASHED))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write the readings here")
    parser.add_argument("--against", type=Path, help="compare with readings saved here")
    parser.add_argument(
        "--skip", action="append", default=[], help="a soft-dead set left out (blind9), repeatable"
    )
    args = parser.parse_args(argv)
    now = readings(frozenset(args.skip))
    if args.save:
        args.save.write_text(json.dumps(now, indent=0, sort_keys=True), "utf-8")
    if args.against:
        before: dict[str, str] = json.loads(args.against.read_text("utf-8"))
        differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        for key in differ:
            print(f"differs: {key}")
        print(f"{len(now)} readings, {len(differ)} differ")
        return 1 if differ else 0
    print(f"{len(now)} readings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
