"""Score curator on the blind set of HTTP behaviours (tests/behaviours/blind.py).

    python -m bench.behaviours [--only FAMILY ...] [--json FILE]

Serves every behaviour on 127.0.0.1 (plain HTTP, HTTPS from a trusted test CA, an untrusted one
and expired certificates), writes the links into route files in a temporary folder, and runs one
check of that folder through the pipeline as ``curator run`` does; the report is written as JSON
and read back. The fetcher is the user's, with two test-only seams the CLI cannot express: the
test CA is trusted, and 127.0.0.1 counts as a public address so that the private-address guard
stays on for everything else. Fetch settings are short timeouts so stalls end in seconds.

Prints per family expected vs got, precision and recall per state, false alarms (a link labelled
live called dead or soft-dead) and misses (a dead link called live), and each wrong call with
curator's reason. A first run never confirms a failure (DESIGN), so every source must come back
with ``confirmed: false``; that is scored too.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from behaviours.blind import BEHAVIOURS, Behaviour, Link, Webs, article  # noqa: E402
from checkroutes import run_request  # noqa: E402
from curator.fetch.client import Fetcher  # noqa: E402
from curator.fetch.guard import AddressGuard  # noqa: E402
from curator.pipeline import run_check  # noqa: E402
from curator.settings import ArchiveSettings, FetchSettings, Settings  # noqa: E402
from routefiles import write_route  # noqa: E402

LIVE = {"alive", "moved"}
BROKEN = {"dead", "soft-dead"}
FETCH = {
    "allow_private_networks": False,
    "concurrency": 16,
    "per_host_concurrency": 2,
    "per_host_spacing": 0.0,
    "connect_timeout": 2.0,
    "read_timeout": 2.0,
    "total_timeout": 5.0,
    "retries": 2,
    "backoff_base": 0.05,
    "backoff_max": 0.2,
    "retry_after_cap": 2.0,
}


@dataclass(frozen=True)
class Outcome:
    behaviour: Behaviour
    link: Link
    state: str
    final_url: str | None
    flags: frozenset[str]
    confirmed: bool
    reason: str
    error: str | None

    @property
    def problems(self) -> list[str]:
        """What differs from the label: the state, a moved link's address, a labelled flag."""
        b = self.behaviour
        wrong = []
        if self.state != b.state:
            wrong.append(f"state {self.state} (want {b.state})")
        elif b.state == "moved" and self.link.final and self.final_url != self.link.final:
            wrong.append(f"final_url {self.final_url} (want {self.link.final})")
        for flag, present in b.flags.items():
            if (flag in self.flags) != present:
                wrong.append(f"flag {flag} {'missing' if present else 'raised'}")
        if self.confirmed:
            wrong.append("confirmed after one run")
        return wrong


def check(behaviours: list[Behaviour]) -> tuple[list[Outcome], float]:
    with Webs() as webs, tempfile.TemporaryDirectory(prefix="behaviours-") as tmp:
        links = {b.id: b.build(webs, b.host) for b in behaviours}
        routes = Path(tmp) / "routes"
        write_routes(routes, webs, [links[b.id].url for b in behaviours])
        settings = Settings(fetch=FetchSettings(**FETCH), archive=ArchiveSettings(enabled=False))
        guard = AddressGuard(allow_private=False, treat_as_public=["127.0.0.1"])
        started = time.monotonic()
        with Fetcher(
            settings.fetch, resolver=webs.resolver, guard=guard, ca_bundle=webs.ca_bundle
        ) as fetcher:
            report = run_check(run_request(routes), settings, fetcher, None)
        took = time.monotonic() - started
        written = Path(tmp) / "latest.json"
        written.write_text(report.model_dump_json(by_alias=True), encoding="utf-8")
        data = json.loads(written.read_text(encoding="utf-8"))
    seen = {s["url"]: s for route in data["routes"] for s in route["sources"]}
    outcomes = []
    for b in behaviours:
        link = links[b.id]
        source = seen[link.url]
        error = source["error"]
        outcomes.append(
            Outcome(
                b,
                link,
                source["state"],
                source["final_url"],
                frozenset(source["flags"]),
                bool(source["confirmed"]),
                source.get("reason") or "",
                f"{error['kind']}: {error['message']}" if error else None,
            )
        )
    return outcomes, took


def write_routes(folder: Path, webs: Webs, urls: list[str]) -> None:
    """Five links a route, in the set's order; the last route is padded with plain live pages
    that are not scored (the site's rule is exactly five sources)."""
    padded = list(urls)
    while len(padded) % 5:
        padded.append(webs.http.add(f"www.filler-{len(padded)}.org", "/p", body=article("Filler")))
    for start in range(0, len(padded), 5):
        write_route(folder, f"blind-{start // 5:03d}", padded[start : start + 5])


def summary(outcomes: list[Outcome]) -> str:
    lines = []
    by_family: dict[str, list[Outcome]] = {}
    for o in outcomes:
        by_family.setdefault(o.behaviour.family, []).append(o)
    lines.append(f"{'family':<14} {'right':>5} {'of':>3}  wrong calls")
    for family, items in by_family.items():
        right = sum(1 for o in items if not o.problems)
        wrong = ", ".join(f"{o.behaviour.id}={o.state}" for o in items if o.problems)
        lines.append(f"{family:<14} {right:>5} {len(items):>3}  {wrong}")
    right = sum(1 for o in outcomes if not o.problems)
    state_right = sum(1 for o in outcomes if o.state == o.behaviour.state)
    lines.append(f"{'all':<14} {right:>5} {len(outcomes):>3}  (state alone right: {state_right})")
    lines.append("")
    lines.append(
        f"{'state':<10} {'labelled':>8} {'called':>6} {'right':>5} {'precision':>9} {'recall':>6}"
    )
    labelled = Counter(o.behaviour.state for o in outcomes)
    called = Counter(o.state for o in outcomes)
    hits = Counter(o.state for o in outcomes if o.state == o.behaviour.state)
    for state in ("alive", "moved", "dead", "soft-dead", "blocked", "skipped", "unknown"):
        if not labelled[state] and not called[state]:
            continue
        precision = f"{hits[state] / called[state]:.2f}" if called[state] else "-"
        recall = f"{hits[state] / labelled[state]:.2f}" if labelled[state] else "-"
        lines.append(
            f"{state:<10} {labelled[state]:>8} {called[state]:>6} {hits[state]:>5} "
            f"{precision:>9} {recall:>6}"
        )
    live = [o for o in outcomes if o.behaviour.state in LIVE]
    alarms = [o for o in live if o.state in BROKEN]
    dead = [o for o in outcomes if o.behaviour.state in BROKEN]
    misses = [o for o in dead if o.state in LIVE]
    lines.append("")
    standing = [o for o in outcomes if o.behaviour.state not in BROKEN]
    convicted = [o for o in standing if o.state in BROKEN]
    lines.append(f"false alarms (live called dead/soft-dead): {len(alarms)} of {len(live)}")
    lines.append(
        f"not gone (alive/moved/blocked/skipped) called dead/soft-dead: {len(convicted)} of "
        f"{len(standing)}"
    )
    lines.append(f"misses (dead/soft-dead called alive/moved): {len(misses)} of {len(dead)}")
    judged = [o for o in outcomes if not o.behaviour.judgement]
    lines.append(
        f"labels straight from DESIGN: {sum(1 for o in judged if not o.problems)} of "
        f"{len(judged)} right; judgement labels: "
        f"{sum(1 for o in outcomes if o.behaviour.judgement and not o.problems)} of "
        f"{sum(1 for o in outcomes if o.behaviour.judgement)}"
    )
    lines.append("")
    lines.append("wrong calls:")
    for o in outcomes:
        if o.problems:
            mark = " (judgement label)" if o.behaviour.judgement else ""
            lines.append(f"- {o.behaviour.id}{mark}: {'; '.join(o.problems)}")
            lines.append(f"    {o.behaviour.note}")
            lines.append(
                f"    reason: {o.reason or '-'}; error: {o.error or '-'}; final: {o.final_url}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="families to run")
    parser.add_argument("--json", type=Path, help="also write every outcome here")
    args = parser.parse_args(argv)
    chosen = [b for b in BEHAVIOURS if not args.only or b.family in args.only]
    outcomes, took = check(chosen)
    print(summary(outcomes))
    print(f"\n{len(outcomes)} links checked in {took:.1f} s")
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {
                        "id": o.behaviour.id,
                        "family": o.behaviour.family,
                        "want": o.behaviour.state,
                        "got": o.state,
                        "problems": o.problems,
                        "reason": o.reason,
                        "error": o.error,
                        "final_url": o.final_url,
                    }
                    for o in outcomes
                ],
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
