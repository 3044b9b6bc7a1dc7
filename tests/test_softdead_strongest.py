# ruff: noqa: E501  (pages written one a line: data)
"""A page's gone-statement is its strongest reading, and predicates the phrase book lacked.

"このツアーは予約受付を終了しました": the phrase book knows "受付を終了しました" and finds it first,
inside a longer sentence, where it weighs half; the item clause ("ツアーは予約受付を終了しました")
is the whole sentence. The page's statement is the stronger of the two, once: the book's weaker
words in the same place are dropped, not added. Predicates the book lacked, joined to subjects it
has: a page deprecated and moved, a rental let, a tag not found, a page moved (ko, zh, ru). Their
live twins (the same words quoted in a news story, a sale's history, docs over their own
content, a tag missing from a list in a how-to) stay alive. Through a real run on a local server.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

GONE = {
    "ja-tour": ("tabi.example", "/tour/kyoto-4410", site_page("たびナビ", "<h1>京都 紅葉めぐり日帰りツアー</h1><p class='closed'>このツアーは予約受付を終了しました。</p><p><a href='/kyoto'>京都のツアーを探す</a></p>", "たびナビ", lang="ja")),
    "en-deprecated": ("harbor.example", "/docs/1.x/guides/sso", site_page("Harbor Docs", "<h1>Single sign-on</h1><div class='admonition'><p>This page is deprecated and has moved to <a href='/docs/guides/sso'>the current guide</a>.</p></div>", "Harbor Docs")),
    "de-deprecated": ("fuchs.example", "/docs/2.x/export/", site_page("Fuchs Docs", "<h1>Export</h1><p>Diese Seite ist veraltet und wurde verschoben: <a href='/docs/latest/export/'>aktuelle Version</a>.</p>", "Fuchs Docs", lang="de")),
    "en-let": ("lets.example", "/property/2-bed-flat-leith-walk-4410", site_page("Northside Lettings", "<h1>2 bed flat, Leith Walk</h1><p class='status'>This property has been let.</p><p><a href='/to-rent'>See properties to rent</a></p>", "Northside Lettings")),
    "de-let": ("kiel.example", "/expose/3-zimmer-wik-7781", site_page("Wohnraum Kiel", "<h1>3-Zimmer-Wohnung in Wik</h1><p>Diese Wohnung ist bereits vermietet.</p><p><a href='/mieten'>Weitere Mietwohnungen</a></p>", "Wohnraum Kiel", lang="de")),
    "fr-tag": ("loire.example", "/etiquette/chateaux-oublies/", site_page("Carnets de Loire", "<h1>Étiquette introuvable</h1><p><a href='/'>Retour à l'accueil</a></p>", "Carnets de Loire", lang="fr")),
    "ko-moved": ("hanbit.example", "/ko/v2/backup/", site_page("한빛 문서", "<h1>백업</h1><p>이 페이지는 이동되었습니다.</p><p><a href='/ko/latest/'>최신 문서로 가기</a></p>", "한빛 문서", lang="ko")),
    "zh-moved": ("yunfan.example", "/zh/v1/deploy", site_page("云帆文档", "<h1>部署</h1><p>此页面已迁移。</p><p><a href='/zh/latest/'>查看最新文档</a></p>", "云帆文档", lang="zh")),
    "ru-moved": ("volna.example", "/ru/2.0/install/", site_page("Документация Волна", "<h1>Установка</h1><p>Эта страница переехала.</p><p><a href='/ru/latest/'>Актуальная документация</a></p>", "Документация Волна", lang="ru")),
}  # fmt: skip

LIVE = {
    "ja-quote": ("machi.example", "/article/2026/11/onsen-yado", site_page("まちニュース", "<h1>老舗旅館、予約停止を撤回</h1><p>箱根の老舗旅館「みどり」は先月、サイトに「このプランは予約受付を終了しました」と掲示したが、利用者の声を受けて受付を再開した。</p><p>女将は「冬の間も続けたい」と話す。来年春には露天風呂を改修する予定で、改修中も日帰り入浴は続けるという。</p><p>旅館は1952年創業。地元の食材を使った料理で知られ、常連客の多くは県外から訪れる。</p>", "老舗旅館、予約停止を撤回 | まちニュース", lang="ja")),
    "en-method": ("harbor.example", "/docs/api/client-connect", site_page("Harbor Docs", "<h1>client.connect()</h1><p>This method is deprecated. Use <code>client.open()</code> instead.</p><p>Opens a connection to the Harbor server and returns a session handle. The call blocks until the handshake completes or the timeout passes.</p><h2>Parameters</h2><ul><li><code>host</code>: the server's address</li><li><code>timeout</code>: seconds to wait, 30 by default</li></ul>", "client.connect() | Harbor Docs")),
    "de-parameter": ("fuchs.example", "/docs/latest/api/export/", site_page("Fuchs Docs", "<h1>export()</h1><p>Der Parameter <code>format</code> ist veraltet und wurde nach <code>options</code> verschoben.</p><p>Exportiert die Daten eines Projekts als Datei. Die Funktion liest alle Tabellen und schreibt sie in der angegebenen Reihenfolge.</p>", "export() | Fuchs Docs", lang="de")),
    "en-history": ("sales.example", "/property/3-bed-house-portobello-2281", site_page("Northside Sales", "<h1>3 bed house, Portobello</h1><p>Offers over £385,000</p><p>A stone-built terraced house two streets from the promenade. The property was let in 2019 and sold in 2023; the owners have since renovated the kitchen and bathroom.</p><ul><li>3 bedrooms</li><li>Garden to the rear</li></ul>", "3 bed house, Portobello | Northside Sales")),
    "de-history": ("kiel.example", "/expose/haus-schilksee-2290", site_page("Wohnraum Kiel", "<h1>Einfamilienhaus in Schilksee</h1><p>Kaufpreis 485.000 €</p><p>Das Haus war bis 2022 vermietet und wird jetzt bezugsfrei verkauft. Fünf Zimmer, Garten mit Blick auf die Förde, Garage.</p>", "Einfamilienhaus Schilksee | Wohnraum Kiel", lang="de")),
    "en-two-messages": ("notes.example", "/2026/04/theme-translations", site_page("Theme Notes", "<h1>Translating the relearn theme</h1><p>The theme's German 404 message reads: Huch. Diese Seite scheint nicht zu existieren. Its Dutch one says: Blijkbaar bestaat deze pagina niet.</p><p>Both live in files you can override.</p>", "Translating a docs theme - Theme Notes")),
    "fr-tag-howto": ("loire.example", "/2026/10/classer-ses-notes/", site_page("Carnets de Loire", "<h1>Classer ses notes par étiquettes</h1><p>Une étiquette introuvable dans la liste ? Créez-la depuis le champ de saisie : elle apparaîtra aussitôt sous vos notes.</p><p>Nous classons les récits de voyage par région, puis par saison. Une note peut porter plusieurs étiquettes, et chaque étiquette a sa page qui rassemble les notes.</p>", "Classer ses notes par étiquettes | Carnets de Loire", lang="fr")),
}  # fmt: skip


def test_the_strongest_reading_and_the_predicates_the_book_lacked_find_the_page_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Each page says only that its item is closed, moved, let or not found, over a way on:
    soft-dead, with the clause in the reason (before, none was read: the tour's by the book's
    half-weight words, the others for want of a predicate)."""
    said = states_of_pages(tmp_path, web, fast_settings, GONE)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        if name != "ja-tour":  # the book's words fill its one short sentence (``fills_sentence``)
            assert "a clause" in reason, (name, reason)


def test_the_book_s_weaker_words_are_not_counted_beside_the_clause(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The tour's one sentence is read once: as the book's "受付を終了しました", which fills most
    of that short sentence on a page that says little else (``in_text.fills_sentence``, wave 20),
    whole, and not again as the item clause around it (one statement in the reason, not two)."""
    (state, reason) = states_of_pages(tmp_path, web, fast_settings, {"ja": GONE["ja-tour"]})["ja"]
    assert state is LinkState.SOFT_DEAD, reason
    assert "受付を終了しました" in reason, reason
    assert reason.count("says “") == 1, reason
    assert "inside a longer sentence" not in reason, reason


def test_their_live_twins_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same words quoted in a news story, a method or a parameter deprecated over the docs'
    own content, a house let once and sold since, a tag missing from a list in a how-to, and an
    article quoting two themes' messages in two sentences (a clause standing alone beside the
    book's words in another sentence is as likely a quote: the book's reading stands)."""
    said = states_of_pages(tmp_path, web, fast_settings, LIVE)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)
