"""Which script statements ``classify.client_redirect`` reads as a redirect, at the edges of its
scan for comments and strings (now done by one regex rather than a loop per character).

Each case is a page a browser would or would not move on from as it loads: a redirect inside
a comment is never run, a comment marker inside a string is not a comment, and a name that only
ends in ``location`` is not the page's location.
"""

from __future__ import annotations

import random

import pytest

from curator.classify.client_redirect import (
    _MAY_ASSIGN,
    _uncommented,
    _unprompted,
    client_redirect,
)
from curator.extract.document import parse

URL = "https://shop.example/products/blue-kettle"


def _sent(script: str, kind: str | None = None) -> str | None:
    typed = "" if kind is None else f' type="{kind}"'
    page = f"<html><head><title>Blue kettle</title><script{typed}>{script}</script></head></html>"
    document = parse(page)
    assert document is not None
    found = client_redirect(document, URL)
    return None if found is None else found.target


@pytest.mark.parametrize(
    "script",
    [
        'location.href = "/";',
        "window.location.replace('/');",
        'var home = "/* not a comment"; location = "/";',
        "var path = '// not a comment'; location.assign('/');",
        'var s = "say \\"hi\\" // still a string"; location.href = "/";',
        "/* a note */ location.href = '/';",
        '// a note\nlocation.href = "/";',
        "var t = `a template ${1} // string`;\nlocation.href = '/';",
        'location/* between */= "/";',
        "setTimeout(function () { location.href = '/'; }, 2000);",
    ],
)
def test_a_statement_a_browser_runs_as_the_page_loads_is_read(script: str) -> None:
    assert _sent(script) == "https://shop.example/"


@pytest.mark.parametrize(
    "script",
    [
        '// location.href = "/";',
        '/* location.href = "/"; */',
        '/* never closed\nlocation.href = "/";',
        'xlocation = "/";',
        'élocation = "/";',
        'my_location.href = "/";',
        "function go() { location.href = '/'; }",
        "if (!signedIn) location.href = '/'",
        "top.location.href = '/';",
        "var trailing = 'ends in a backslash \\",
    ],
)
def test_a_statement_a_browser_does_not_run_or_that_is_not_the_page_location_is_not(
    script: str,
) -> None:
    assert _sent(script) is None


@pytest.mark.parametrize(
    ("kind", "runs"),
    [
        ("", True),
        ("module", True),
        (" Text/JavaScript ; charset=UTF-8", True),
        ("application/javascript;version=1.8", True),
        ("application/json", False),
        ("text/template; charset=utf-8", False),
        ("text/plain", False),
    ],
)
def test_a_scripts_type_is_read_as_a_content_type_is(kind: str, runs: bool) -> None:
    """A browser runs a script whose type, parameters, case and spaces aside, is JavaScript
    (read as ``fetch.result.media_type`` reads a Content-Type), and leaves data and templates
    alone: only the first moves the page on."""
    assert _sent('location.href = "/";', kind) == ("https://shop.example/" if runs else None)


def test_scripts_skipped_before_their_comments_are_blanked_hold_no_assignment() -> None:
    """Most scripts that name ``location`` only read it and are skipped before their comments
    are blanked (``_MAY_ASSIGN``); the skip must never drop a script the full scan would read
    an assignment in, whatever comments, strings and whitespace stand around ``location``."""
    pieces_before = ["", "x", 'var a = "', "'", "/*", "//", "\n", "window.", "`", "\\", ";"]
    pieces_between = [" ", "\n", "\t", "/*", "*/", "//", "/", "*", "x", "\u2028", "\u00a0",
                      '"', "'", "=", ".href", ".replace(", ".assign("]  # fmt: skip
    pieces_after = ['"/"', "'/a'", ' "/b"', '"/c")', "'/d' )", "", '"', "=", '"/e";']
    rnd = random.Random(19)
    read = 0
    for _ in range(40_000):
        code = (
            "".join(rnd.choice(pieces_before) for _ in range(rnd.randint(0, 3)))
            + "location"
            + "".join(rnd.choice(pieces_between) for _ in range(rnd.randint(0, 6)))
            + "".join(rnd.choice(pieces_after) for _ in range(rnd.randint(0, 2)))
        )
        if _unprompted(_uncommented(code)):
            read += 1
            assert _MAY_ASSIGN.search(code) is not None, code
    assert read > 200  # the cases reach the assignments, or the test says nothing


def test_a_run_of_comment_markers_after_location_is_read_in_one_pass() -> None:
    code = "location" + "//" * 20_000 + "/**/ " * 20_000
    assert _sent(code) is None
