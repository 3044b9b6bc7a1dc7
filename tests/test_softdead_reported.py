# ruff: noqa: E501  (pages written one a line: data)
"""A news story whose lead reports a removal as another's words, through a real run on a local
server.

- "The video has been removed by the platform, the ministry said on Friday.", "Der Beitrag
  wurde gelöscht, sagte ein Sprecher der Stadt am Montag.", "La página ha sido eliminada, según
  fuentes de la organización.": the statement opens its sentence, and the tail after its last
  pause gives it as a reporter's words (a verb of saying or an attribution).

Their twins on the same site stay soft-dead: the site's own removal notice whose tail speaks as
the site ("…, according to our community guidelines", "…, laut unseren Richtlinien"), and a
not-found page whose tail is advice ("…, please check the address").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

STORIES = {
    "ministry-en": ("gazette.example", "/news/2026/11/harbour-clip", site_page("Quay Gazette", "<h1>Ministry asks platform to pull harbour clip</h1><p>The video has been removed by the platform, the ministry said on Friday.</p><p>The clip, filmed from a ferry, showed a container crane swaying in high wind.</p>", "Ministry asks platform to pull harbour clip | Quay Gazette")),
    "sprecher-de": ("hafenbote.example", "/lokales/beitrag-geloescht", site_page("Hafenbote", "<h1>Umstrittener Beitrag gelöscht</h1><p>Der Beitrag wurde gelöscht, sagte ein Sprecher der Stadt am Montag.</p><p>Das Video hatte die Sanierung der Kaimauer als abgeschlossen gezeigt.</p>", "Umstrittener Beitrag gelöscht | Hafenbote", lang="de")),
    "segun-es": ("muelle.example", "/noticias/web-festival", site_page("Diario del Muelle", "<h1>Desaparece la web del festival</h1><p>La página ha sido eliminada, según fuentes de la organización.</p><p>El festival del puerto no se celebrará este año por falta de patrocinadores.</p>", "Desaparece la web del festival | Diario del Muelle", lang="es")),
}  # fmt: skip

NOTICES = {
    "guidelines-en": ("gazette.example", "/video/appeal-marina", site_page("Quay Gazette", "<h1>Video removed</h1><p>This video has been removed, according to our community guidelines.</p><p><a href='/video'>Watch other videos</a></p>", "Video removed | Quay Gazette")),
    "richtlinien-de": ("hafenbote.example", "/lokales/faehre-streik", site_page("Hafenbote", "<p>Dieser Artikel wurde entfernt, laut unseren Richtlinien für Beiträge.</p><p><a href='/'>Zur Startseite</a></p>", "Hafenbote", lang="de")),
    "check-en": ("gazette.example", "/news/2026/09/ferry-fares", site_page("Quay Gazette", "<p>The page you requested has been removed, please check the address.</p><p><a href='/'>Back to the front page</a></p>", "Quay Gazette")),
}  # fmt: skip


# The verb of saying before the statement, or a quotative closing it in a language that reports
# after the clause: the story is about a removal elsewhere.
FRAMED = {
    "poinformowal-pl": ("kurier.example", "/wiadomosci/2026/11/film-usuniety", site_page("Kurier Nadmorski", "<h1>Ratusz poinformował, że film został usunięty</h1><p>Ratusz poinformował, że film promocyjny został usunięty z kanału miasta.</p>", "Ratusz poinformował, że film został usunięty | Kurier Nadmorski", lang="pl")),
    "afirmou-pt": ("minho.example", "/noticias/video-apagado", site_page("Correio do Minho", "<h1>Clube afirma que o vídeo foi apagado</h1><p>O clube afirmou que o vídeo foi apagado duas horas depois.</p>", "Clube afirma que o vídeo foi apagado | Correio do Minho", lang="pt")),
    "happyo-ja": ("kita.example", "/news/20261120-post", site_page("北陸ウェブ新聞", "<h1>投稿は削除されたと県が発表</h1><p>県は20日、誤った情報を含む投稿は削除されたと発表した。</p>", "投稿は削除されたと県が発表 | 北陸ウェブ新聞", lang="ja")),
    "biaoshi-zh": ("jiang.example", "/news/2026/1120/tie", site_page("江南快讯", "<h1>官方表示该帖已被删除</h1><p>主办方20日表示，该帖已被删除，并向公众致歉。</p>", "官方表示该帖已被删除 | 江南快讯", lang="zh")),
}  # fmt: skip

# Their twins stay soft-dead: the site's own notice, in the same languages, one of them with
# "表示" as Japanese says it (display), one whose lead speaks as the site.
OWN = {
    "usuniety-pl": ("kurier.example", "/wiadomosci/2026/10/stary", site_page("Kurier Nadmorski", "<p>Ten artykuł został usunięty.</p><p><a href='/'>Strona główna</a></p>", "Kurier Nadmorski", lang="pl")),
    "hyoji-ja": ("kita.example", "/news/20261001-old", site_page("北陸ウェブ新聞", "<p>このページは表示できません。記事は削除されました。</p><p><a href='/'>トップへ</a></p>", "北陸ウェブ新聞", lang="ja")),
    "shanchu-zh": ("jiang.example", "/news/2026/1001/old", site_page("江南快讯", "<p>该文章已被删除。</p><p><a href='/'>返回首页</a></p>", "江南快讯", lang="zh")),
    "records-en": ("gazette.example", "/news/2026/08/pier-closure", site_page("Quay Gazette", "<p>According to our records, this article has been removed.</p><p><a href='/'>Back to the front page</a></p>", "Quay Gazette")),
}  # fmt: skip


def test_a_removal_reported_as_another_s_words_is_news_and_the_site_s_own_notice_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the three stories soft-dead on the text's statement alone (+1.30, "early in a
    text with … words of prose"): nothing read the tail that reports it. Before wave 30 the
    ``FRAMED`` stories soft-dead too, on the retired reader's "says … of its item, and nothing
    of it is left" and the headline's statement: a verb of saying before the statement
    ("poinformował, że", "afirma que", "表示") or a quotative after it ("…されたと…発表") went
    unread."""
    said = states_of_pages(tmp_path, web, fast_settings, STORIES | FRAMED | NOTICES | OWN)
    wanted = {name: LinkState.ALIVE for name in STORIES | FRAMED}
    wanted |= {name: LinkState.SOFT_DEAD for name in NOTICES | OWN}
    assert {name: state for name, (state, _) in said.items()} == wanted, said
    assert "reported as another's words (“said”)" in said["ministry-en"][1]
