"""The figures as Markdown tables, the form bench/README.md quotes them in."""

from __future__ import annotations

import statistics

from bench.peers.run import Results, Speed

_MIB = 2**20


def render(results: Results, politeness_spacing: float = 1.0) -> str:
    out: list[str] = []
    if results.accuracy or results.accuracy_errors:
        out += [
            "Broken-link accuracy on the labelled set (dead and soft-dead are positives):",
            "",
            "| tool | precision | recall | TP | FP | FN | TN |",
            "|---|---|---|---|---|---|---|",
        ]
        for name, acc in results.accuracy.items():
            out.append(
                f"| {name} | {acc.precision:.3f} | {acc.recall:.3f} | "
                f"{acc.tp} | {acc.fp} | {acc.fn} | {acc.tn} |"
            )
        for name, error in results.accuracy_errors.items():
            out.append(f"| {name} | failed: {error} | | | | | |")
        out.append("")
        for name, acc in results.accuracy.items():
            if acc.exact is not None:
                out.append(
                    f"- {name} gave the labelled state (transient counts as alive) to "
                    f"{acc.exact} of {acc.tp + acc.fp + acc.fn + acc.tn} links."
                )
            for case, said in acc.misses:
                wrong = "false positive" if case.label not in ("dead", "soft-dead") else "missed"
                out.append(
                    f"- {name} {wrong}: {case.behaviour} ({case.label}) "
                    f"`{case.host}{case.path}` -> {said}"
                )
        out.append("")
    if results.matched:
        w = results.workload
        out += [
            f"{len(w.urls):,} links over {len(w.links_per_host)} hosts (busiest {w.busiest}), "
            f"mean latency {w.mean_latency * 1000:.1f} ms, matched concurrency:",
            "",
            *_speed_table(results.matched),
            "",
        ]
    if results.default:
        w = results.default_workload
        out += [
            f"Default settings, {len(w.urls):,} links over {len(w.links_per_host)} hosts "
            f"(busiest {w.busiest}):",
            "",
            *_speed_table(results.default),
            "",
        ]
        curator = results.default.get("curator")
        if curator and curator.runs:
            bound = w.busiest * politeness_spacing
            wall = curator.median(lambda m: m.wall)
            out.append(
                f"curator's own politeness bound (busiest host's {w.busiest} links x "
                f"{politeness_spacing:g} s spacing): {bound:.0f} s; run took {wall:.1f} s "
                f"= {wall / bound:.2f}x the bound."
            )
            out.append("")
    for name, reason in results.missing.items():
        out.append(f"- {name} not measured: {reason}")
    return "\n".join(out)


def _speed_table(speeds: dict[str, Speed]) -> list[str]:
    rows = [
        "| tool | concurrency | runs | wall s | CPU s | peak MiB | links/s | latency bound s "
        "| wall / bound | requests | most at once |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, speed in speeds.items():
        if not speed.runs:
            rows.append(f"| {name} | {speed.concurrency} | 0 | failed: "
                        f"{'; '.join(speed.failures)} | | | | | | | |")  # fmt: skip
            continue
        wall = speed.median(lambda m: m.wall)
        cpu = speed.median(lambda m: m.cpu)
        peak = speed.median(lambda m: m.peak_rss) / _MIB
        failed = f" ({len(speed.failures)} failed)" if speed.failures else ""
        rows.append(
            f"| {name} | {speed.concurrency} | {len(speed.runs)}{failed} | {wall:.1f} | "
            f"{cpu:.1f} | {peak:.0f} | {speed.links / wall:,.0f} | {speed.bound:.1f} | "
            f"{wall / speed.bound:.2f} | {statistics.median(speed.requests):,.0f} | "
            f"{max(speed.peak_in_flight)} |"
        )
    return rows
