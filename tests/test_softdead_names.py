"""Pages named like an error that are not one, through a real run: a film page whose JSON-LD
comes at the end of a long document, CJK titles that run an error's name into a longer one
("404 Not Foundの新作"), Korean prose about 404 pages. Their closest not-found look-alikes (a
late WebPage declaration, an article template without date or byline, "404页面", a Korean
message whose sentence says the page does not exist) stay gone. Every site answers made-up URLs
with an honest 404 (the fixture web's default), so the probe cannot help.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

# Inlined styles ahead of everything else, as many real pages ship them: 24 kB.
STYLES = "<style>" + ".c{margin:0 auto;padding:0}" * 910 + "</style>"


def _page(
    site: str, main: str, title: str, lang: str = "en", late: object = None, meta: str = ""
) -> str:
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    data = (
        f"<script type='application/ld+json'>{json.dumps(late, ensure_ascii=False)}</script>"
        if late is not None
        else ""
    )
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>{STYLES}"
        f"<title>{title}</title>{meta}</head><body><header><a href='/'>{site}</a><ul>{menu}</ul>"
        f"</header><main>{main}</main><footer>{menu}<p>© 2026 {site}</p></footer>{data}"
        "</body></html>"
    )


def _states(
    tmp_path: Path, web: FixtureWeb, fast: Callable[..., FetchSettings], urls: list[str]
) -> list[tuple[LinkState, str]]:
    write_route(tmp_path / "routes", "names", urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    return [
        (sources[f"Source {n}"].state, sources[f"Source {n}"].reason)
        for n in range(1, len(urls) + 1)
    ]


def test_works_declared_late_cjk_names_and_korean_prose_stay_pages(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    film = web.add(
        "films.example",
        "/title/error-404",
        body=_page(
            "FilmBase",
            "<h1>ERROR 404</h1><p>Thriller, 98 min.</p>",
            "ERROR 404 | FilmBase",
            late={"@context": "https://schema.org", "@type": "Movie", "name": "ERROR 404"},
        ),
    )
    band = web.add(
        "music.example",
        "/review/404-not-found-new",
        body=_page(
            "音楽ナビ",
            "<h1>404 Not Foundの新作</h1><p>東京の四人組の三枚目。轟音のギターが心地よい。</p>",
            "404 Not Foundの新作 | 音楽ナビ",
            lang="ja",
        ),
    )
    korean = web.add(
        "notes.example",
        "/good-404-pages",
        body=_page(
            "웹 노트",
            "<h1>좋은 404 페이지 만들기</h1><p>404 오류 페이지는 방문자가 없는 주소로 들어왔을 때 "
            "보게 되는 화면입니다. 검색창과 홈 링크를 두면 이탈이 줄어듭니다.</p>",
            "좋은 404 페이지 만들기 | 웹 노트",
            lang="ko",
        ),
    )
    design = web.add(
        "design.example",
        "/404-page-design",
        body=_page(
            "设计笔记",
            "<h1>404页面设计</h1><p>好的设计能留住访客，并给出返回首页的入口。</p>",
            "404页面设计 - 设计笔记",
            lang="zh",
        ),
    )
    cinema = web.add(
        "cine.example",
        "/filmes/pagina-nao-encontrada",
        body=_page(
            "CineBase",
            "<h1>Página não encontrada</h1><p>Drama, 104 min.</p>",
            "Página não encontrada | CineBase",
            lang="pt",
            meta="<meta property='og:type' content='video.movie'>",
        ),
    )
    urls = [film, band, korean, design, cinema]
    states = _states(tmp_path, web, fast_settings, urls)
    for (state, reason), url in zip(states, urls, strict=True):
        assert state is LinkState.ALIVE, (url, reason)


def test_their_closest_not_found_pages_stay_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    webpage = web.add(
        "owl.example",
        "/missing-post",
        body=_page(
            "Night Owl",
            "<h1>Page not found</h1><p>Back to the home page.</p>",
            "Page not found - Night Owl",
            late={"@graph": [{"@type": "WebPage"}, {"@type": "WebSite"}]},
        ),
    )
    template = web.add(
        "crier.example",
        "/news/missing-story",
        body=_page(
            "Town Crier",
            "<h1>404 Not Found</h1><p>Back to the front page</p>",
            "404 Not Found | Town Crier",
            late={"@type": "NewsArticle", "headline": "404 Not Found"},
        ),
    )
    chinese = web.add(
        "health.example",
        "/zh/missing",
        body=_page("健康网", "<h1>404页面</h1><p>返回首页</p>", "404页面 - 健康网", lang="zh"),
    )
    korean = web.add(
        "info.example",
        "/ko/missing",
        body=_page(
            "건강정보", "<p>404 오류 페이지는 존재하지 않습니다.</p><p>홈으로</p>", "건강정보", "ko"
        ),
    )
    site = web.add(
        "cine.example",
        "/filmes/missing",
        body=_page(
            "CineBase",
            "<h1>Página não encontrada</h1><p>Voltar ao início</p>",
            "Página não encontrada | CineBase",
            lang="pt",
            meta="<meta property='og:type' content='website'>",
        ),
    )
    urls = [webpage, template, chinese, korean, site]
    states = _states(tmp_path, web, fast_settings, urls)
    for (state, reason), url in zip(states, urls, strict=True):
        assert state is LinkState.SOFT_DEAD, (url, reason)


def test_an_error_named_inside_a_longer_title_or_heading_is_not_the_page_s_message(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    support = web.add(
        "help.example",
        "/ko/articles/page-not-found-error",
        body=_page(
            "고객센터",
            "<h1>페이지를 찾을 수 없음 오류 해결 방법</h1><p>404 에러 메시지는 주소가 잘못되었을 "
            "때 나타납니다. 주소창의 철자를 확인하고 다시 시도하세요.</p>",
            "페이지를 찾을 수 없음 오류 해결 방법 | 고객센터",
            lang="ko",
        ),
    )
    glossary = web.add(
        "words.example",
        "/ja/404-not-found",
        body=_page(
            "ウェブ用語集",
            "<h1>404 Not Foundとは</h1><p>サーバーがページを見つけられないときの応答。</p>",
            "ウェブ用語集",
            lang="ja",
        ),
    )
    band = web.add(
        "radio.example",
        "/zh/album/404",
        body=_page(
            "音乐台",
            "<h1>404 Not Found乐队新专辑</h1><p>十首新歌，四十二分钟。</p>",
            "404 Not Found乐队新专辑 - 音乐台",
            lang="zh",
        ),
    )
    gone_en = web.add(
        "acme.example",
        "/docs/old-page",
        body=_page(
            "Acme", "<h1>Page Not Found Error</h1><p>Back home</p>", "Page Not Found Error | Acme"
        ),
    )
    gone_ja = web.add(
        "clinic.example",
        "/ja/missing",
        body=_page(
            "整体院",
            "<h1>404 Not Found</h1><p>トップページへ戻る</p>",
            "404 Not Found｜整体院",
            "ja",
        ),
    )
    urls = [support, glossary, band, gone_en, gone_ja]
    states = _states(tmp_path, web, fast_settings, urls)
    expected = [LinkState.ALIVE] * 3 + [LinkState.SOFT_DEAD] * 2
    for (state, reason), url, wanted in zip(states, urls, expected, strict=True):
        assert state is wanted, (url, reason)
    assert "the name of an error a longer title is about" in states[0][1]
