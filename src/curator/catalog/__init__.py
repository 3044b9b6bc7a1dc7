"""The route catalog: route files read, checked and typed, with problems located by line."""

from curator.catalog.document import (
    RouteFileError,
    load_route_document,
    save_route_document,
)
from curator.catalog.load import (
    Catalog,
    load_catalog,
    load_route,
    most_links,
    validate,
    validate_files,
)
from curator.catalog.model import Route, Source
from curator.catalog.problems import Problem, format_problems

__all__ = [
    "Catalog",
    "Problem",
    "Route",
    "RouteFileError",
    "Source",
    "format_problems",
    "load_catalog",
    "load_route",
    "load_route_document",
    "most_links",
    "save_route_document",
    "validate",
    "validate_files",
]
