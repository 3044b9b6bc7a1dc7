"""``latest.json``: the machine-readable report, schema ``curator.report/1``."""

from __future__ import annotations

from collections.abc import Iterator

from curator.report.model import Report

# How an empty route list reads in the indented document. A string value cannot hold a raw
# newline, so this can only be the top-level key.
_NO_ROUTES = '\n  "routes": []'


def render(report: Report) -> str:
    return report.to_json() + "\n"


def pieces(report: Report) -> Iterator[str]:
    """``render``'s text, byte for byte, a route at a time: a large run's document (and as
    much again while pydantic encodes it) is never held whole (bench/README.md)."""
    if not report.routes:
        yield render(report)
        return
    head = report.model_copy(update={"routes": []}).to_json()
    before, found, after = head.partition(_NO_ROUTES)
    if not found:  # the model's layout changed: fall back to the whole document
        yield render(report.model_copy(update={"routes": list(report.routes)}))
        return
    yield before + '\n  "routes": ['
    for number, route in enumerate(report.routes):
        text = route.model_dump_json(by_alias=True, indent=2).replace("\n", "\n    ")
        yield ("," if number else "") + "\n    " + text
    yield "\n  ]" + after + "\n"
