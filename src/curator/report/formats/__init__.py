"""The registry of report outputs: every module in this package that defines ``OUTPUT``.

Found by listing the package, so adding an output is adding one file here; they are taken in
the order of their module names, which is the order their files are rendered and named in.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from curator.report.interface import Output


@cache
def outputs() -> tuple[Output, ...]:
    found: list[Output] = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        loaded = importlib.import_module(f"{__name__}.{module.name}")
        output = getattr(loaded, "OUTPUT", None)
        if not isinstance(output, Output):
            raise TypeError(f"{loaded.__name__}: OUTPUT is missing or is not a report Output")
        found.append(output)
    return tuple(found)


def files() -> tuple[str, ...]:
    """Every file the outputs write, in order (``routes/*.html`` for the route pages)."""
    return tuple(name for output in outputs() for name in output.files)
