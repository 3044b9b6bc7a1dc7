# ruff: noqa: E501  (pages written one a line: data)
"""A subscribers' wall that names the article or story the page holds, through a real run.

"This article is for subscribers only. Log in to keep reading.", "See lugu on ainult
tellijatele.", "Ta zapis je na voljo samo naročnikom.": in a bare template titled with the
site's name, at an address whose words the page never repeats, the line is the page's state as
"This page is for members" is (``classify.page_state``): the piece of writing is what the
condition opens. Its twins, walls that replace a removed article ("This article is no longer
available to subscribers", "Эта статья была удалена и больше не доступна подписчикам"), stay
soft-dead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

WALLS = {
    "article-en": ("trail.example", "/hikes/snowdon-horseshoe", site_page("Trail Notes", "<p>This article is for subscribers only. Log in to keep reading.</p><p><a href='/login'>Log in</a></p>")),
    "lugu-et": ("matk.example", "/matkad/soomaa-kanuuga", site_page("Matkamärkmed", "<p>See lugu on ainult tellijatele. Logi sisse, et edasi lugeda.</p><p><a href='/logi-sisse'>Logi sisse</a></p>", lang="et")),
    "zapis-sl": ("gore.example", "/ture/triglav-cez-plemenice", site_page("Gorski Zapiski", "<p>Ta zapis je na voljo samo naročnikom. Prijavite se za nadaljevanje branja.</p><p><a href='/prijava'>Prijava</a></p>", lang="sl")),
}  # fmt: skip

REMOVED = {
    "article-en-gone": ("trail.example", "/hikes/ben-nevis-cmd-arete", site_page("Trail Notes", "<p>This article is no longer available to subscribers. It has been removed.</p><p><a href='/'>Home</a></p>")),
    "statya-ru-gone": ("gory.example", "/marshruty/kazbek", site_page("Горные заметки", "<p>Эта статья была удалена и больше не доступна подписчикам.</p><p><a href='/'>На главную</a></p>", lang="ru")),
}  # fmt: skip


def test_a_wall_naming_the_article_is_its_state_and_a_wall_over_a_removed_one_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the three walls soft-dead on the address sign alone (+1.20, "the address names
    …, which neither the title, the heading nor the text names")."""
    said = states_of_pages(tmp_path, web, fast_settings, WALLS | REMOVED)
    wanted = {name: LinkState.ALIVE for name in WALLS}
    wanted |= {name: LinkState.SOFT_DEAD for name in REMOVED}
    assert {name: state for name, (state, _) in said.items()} == wanted, said
