# ruff: noqa: E501  (pages written one a line: data)
"""A glossary's or term base's entry headed with a notice, which gives the term in other
languages, through a real run on a local server.

- "Page not found (404)" over a definition list of "German" → "Seite nicht gefunden (404)" and
  more, each ``<dd>`` marked with its ``lang``; "ページが見つかりません" over a table of language and
  equivalent; "Página no encontrada" over a list of "EN Page not found" lines: entries that
  name the notice, with no sentence explaining it for ``subject._defined`` to read.

Their twins on the same sites stay soft-dead: a not-found page with a language picker (links
marked with their languages), one that says its message again in each language as sentences to
the visitor, one that keys its message by language names without marking its own, and an
entry-like list under a sentence telling the visitor the term is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

ENTRIES = {
    "dl-en": ("termkit.example", "/glossary/entry/404-page", site_page("TermKit", "<h1>Page not found (404)</h1><p><i>UI string</i> · error screen title</p><dl><dt>German</dt><dd lang='de'>Seite nicht gefunden (404)</dd><dt>Portuguese</dt><dd lang='pt'>Página não encontrada (404)</dd><dt>Korean</dt><dd lang='ko'>페이지를 찾을 수 없음 (404)</dd></dl><p>Keep the number; translators must not localise it.</p>", "Page not found (404) – TermKit")),
    "table-ja": ("yougo.example", "/entry/7731", site_page("翻訳用語ベース", "<h1>ページが見つかりません</h1><table><tr><th>言語</th><th>訳語</th></tr><tr><td>英語</td><td lang='en'>Page not found</td></tr><tr><td>ドイツ語</td><td lang='de'>Seite nicht gefunden</td></tr></table><p>分類：エラー画面の見出し</p>", "ページが見つかりません | 翻訳用語ベース", lang="ja")),
    "lines-es": ("glosa.example", "/entrada/pagina-no-encontrada", site_page("Glosa", "<h1>Página no encontrada</h1><ul><li>EN <span lang='en'>Page not found</span></li><li>FR <span lang='fr'>Page introuvable</span></li><li>IT <span lang='it'>Pagina non trovata</span></li></ul>", "Página no encontrada – Glosa", lang="es")),
}  # fmt: skip

NOT_FOUND = {
    "picker-en": ("termkit.example", "/glossary/entry/old-term", site_page("TermKit", "<h1>Page not found</h1><p>This entry does not exist.</p><ul><li><a href='/de/' lang='de'>Deutsch</a></li><li><a href='/ja/' lang='ja'>日本語</a></li></ul>", "Page not found – TermKit")),
    "sentences-ja": ("yougo.example", "/entry/1", site_page("翻訳用語ベース", "<h1>ページが見つかりません</h1><dl><dt>English</dt><dd lang='en'>The page you asked for could not be found.</dd><dt>Deutsch</dt><dd lang='de'>Die angeforderte Seite wurde nicht gefunden.</dd></dl>", "ページが見つかりません | 翻訳用語ベース", lang="ja")),
    "keyed-es": ("glosa.example", "/entrada/borrada", site_page("Glosa", "<h1>Página no encontrada</h1><table><tr><td>Español</td><td>Página no encontrada</td></tr><tr><td>English</td><td lang='en'>Page not found</td></tr><tr><td>Català</td><td lang='ca'>No s'ha trobat la pàgina</td></tr></table>", "Página no encontrada – Glosa", lang="es")),
    "told-en": ("termkit.example", "/glossary/entry/retired", site_page("TermKit", "<h1>Page not found</h1><p>We could not find the entry you were looking for.</p><dl><dt>German</dt><dd lang='de'>Seite nicht gefunden</dd><dt>French</dt><dd lang='fr'>Page introuvable</dd></dl>", "Page not found – TermKit")),
}  # fmt: skip


def test_a_term_base_entry_headed_with_a_notice_is_live_and_a_multilingual_not_found_page_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the three entries soft-dead on the title's statement and the text's (“text says
    “Seite nicht gefunden” (early in a text …)”): each equivalent is a notice the phrase book
    reads, and no sentence explains the term for the definition check."""
    said = states_of_pages(tmp_path, web, fast_settings, ENTRIES | NOT_FOUND)
    wanted = {name: LinkState.ALIVE for name in ENTRIES}
    wanted |= {name: LinkState.SOFT_DEAD for name in NOT_FOUND}
    assert {name: state for name, (state, _) in said.items()} == wanted, said
    assert "the headword of a glossary's entry" in said["dl-en"][1]
