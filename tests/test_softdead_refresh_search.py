# ruff: noqa: E501  (pages: data, one a line)
"""A refresh stub that sends its reader to the site's search for the address's own words.

A site that turns a dead address into a search drops what its search cannot use (a suffix such
as "2" or "old", an ID, a stop word): the search asks for most of the address's words and
nothing else, and finds nothing. A browser follows the stub's refresh at once (``fetch``) or in
a few seconds (``classify.client_redirect``); either way the landing is a search for the page's
own name (``soft404.lost_landing``). A topic address that is the site's canned search and lists
results for it, a refresh to the item's new address and a live page that reloads itself stay
alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from curator.classify.soft404 import lost_landing
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, site_page, states_by_name

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _stub(target: str, delay: int, line: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Site</title>"
        f"<meta http-equiv='refresh' content='{delay}; url={target}'></head>"
        f"<body><p>{line}</p></body></html>"
    ).encode()


def test_a_stub_refreshing_to_a_search_for_most_of_its_own_words_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    empty = site_page(
        "Dormir Bem", "<h1>Busca</h1><p>Nenhum resultado.</p>", "Busca – Dormir Bem", "pt"
    )
    web.add("a.example", "/busca?q=cinco+dicas+dormir+melhor", body=empty.encode(), headers=HTML)
    links = {
        "at-once": web.add("a.example", "/artigos/cinco-dicas-para-dormir-melhor-2", body=_stub("/busca?q=cinco+dicas+dormir+melhor", 0, "…"), headers=HTML),
        "after-3s": web.add("b.example", "/porady/rower-gorski-dla-poczatkujacych", body=_stub("/szukaj?q=rower+gorski", 3, "Przekierowanie…"), headers=HTML),
    }  # fmt: skip
    said = states_by_name(tmp_path, web, fast_settings, links, "refresh-search")
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "a search for the page's own name" in reason, (name, reason)
    assert "by a meta refresh as the page loads" in said["after-3s"][1]


def test_refreshes_that_keep_the_item_or_list_results_for_it_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    results = "".join(
        f"<li><a href='/a/{i}'>Knee pain {name}</a></li>"
        for i, name in enumerate(["after running", "on stairs", "at night", "exercises"])
    )
    web.add(
        "l1.example",
        "/search?q=knee+pain",
        headers=HTML,
        body=site_page(
            "Joint Library", f"<h1>Results for knee pain</h1><ol>{results}</ol>"
        ).encode(),
    )
    article = site_page(
        "Le Courrier",
        "<h1>La piscine rouvre en juin</h1>" + PROSE * 3,
        "La piscine rouvre en juin",
        "fr",
    )
    web.add(
        "l2.example",
        "/actualites/2026/piscine-municipale-reouverture-juin",
        body=article.encode(),
        headers=HTML,
    )
    live_blog = site_page("Harbour Post", "<h1>Regatta: live</h1>" + PROSE * 3, "Regatta: live")
    links = {
        "canned-topic-search": web.add("l1.example", "/topics/knee-pain-relief", body=_stub("/search?q=knee+pain", 0, "…"), headers=HTML),
        "new-address": web.add("l2.example", "/article/piscine-municipale-reouverture", body=_stub("/actualites/2026/piscine-municipale-reouverture-juin", 0, "…"), headers=HTML),
        "reloads-itself": web.add("l3.example", "/live/regatta", body=live_blog.replace("<title>", "<meta http-equiv='refresh' content='60'><title>", 1).encode(), headers=HTML),
    }  # fmt: skip
    said = states_by_name(tmp_path, web, fast_settings, links, "refresh-search-live")
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


@pytest.mark.parametrize(
    ("url", "final", "searched"),
    [
        (
            "https://a.example/guide/balkon-tomaten-richtig-giessen",
            "https://a.example/suche?q=balkon+tomaten+giessen",
            True,
        ),
        (
            "https://a.example/wiki/Cinco_Praias_Tranquilas_Old",
            "https://a.example/search?q=cinco-praias-tranquilas",
            True,
        ),
        # fewer than half the address's words: a search an editor chose, not the address's own
        (
            "https://a.example/blog/how-to-fix-a-squeaky-door-hinge-fast",
            "https://a.example/search?q=door+hinge",
            False,
        ),
        # a word the address does not have: not made from it
        (
            "https://a.example/recipes/easy-chocolate-cake",
            "https://a.example/search?q=chocolate+cake+vegan",
            False,
        ),
        ("https://a.example/recipes/chocolate-cake", "https://a.example/search?q=chocolate", False),
    ],
)
def test_a_search_made_of_the_addresses_own_words(url: str, final: str, searched: bool) -> None:
    assert (lost_landing(url, final) is not None) is searched
