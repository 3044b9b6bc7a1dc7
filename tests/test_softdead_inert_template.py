"""A ``<template>``'s content is never shown: an empty item drawn there is no page's main area.

A browser parses a ``<template>``'s content into an inert fragment that it never renders; a
page's script stamps copies of it (a comment, a card) when it has something to show. libxml2
parses that content as ordinary children, so a live paste whose comment template holds an empty
``<article>`` had that article taken for the page's main landmark (``main_area.landmark``: the
page's one article) and the page read as an item drawn empty: a review called it soft-dead. The
page's own words, outside any template, are what a reader sees.
"""

from __future__ import annotations

import lxml.html

from curator.classify.main_area import landmark

COMMENT = (
    "<template id='comment-tpl'><article class='comment'><h1 class='comment-title'></h1>"
    "<p class='meta'><time datetime=''></time></p><img src='' alt=''>"
    "<div class='comment-body'></div></article></template>"
)


def _paste(body: str, template: str) -> str:
    """A paste site's page with no ``<main>``: its menu, the paste, a comments box."""
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Rolling median in pure Python - Pastebox</title></head><body>"
        f"<div class='top'><a href='/'>Pastebox</a><ul>{menu}</ul></div>"
        "<div class='wrap'><div class='paste-head'><h2>Rolling median in pure Python</h2>"
        f"<span>Posted by quill_ink, 3 days ago</span></div>{body}"
        f"<div class='comments'><h3>Comments</h3><p>No comments yet.</p>{template}</div></div>"
        f"<div class='bottom'><ul>{menu}</ul><p>© 2026 Pastebox</p></div></body></html>"
    )


CODE = "\n".join(f"def step_{i}(x):\n    return x * {i} + {i * 3}" for i in range(3))
LIVE = _paste(f"<div class='paste'><pre><code>{CODE}</code></pre></div>", COMMENT)


def test_an_article_inside_a_template_is_no_main_landmark() -> None:
    assert landmark(lxml.html.fromstring(LIVE)) is None
    shown = _paste(f"<article class='paste'><pre><code>{CODE}</code></pre></article>", COMMENT)
    found = landmark(lxml.html.fromstring(shown))
    assert found is not None and found.get("class") == "paste"  # the page's own article
