"""Each soft-dead sign through a real run: a local web, the real fetch, inspect and classify.

Every site here answers made-up URLs with an honest 404 unless a test says otherwise, so the
verdict rests on the page itself: its empty or useless body, the words of its title, heading
and text (in several languages), where a deep link lands. Live pages that use the same words (an
article about fixing 404 errors, a report quoting "Page not found") must stay alive, and each
soft-dead reason must show what counted.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.classify import classify
from curator.classify.probe_answer import ProbeOutcome
from curator.fetch.client import Fetcher
from curator.inspect import inspect
from curator.settings import ClassifySettings, FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

PROSE = (
    "<p>When a browser asks a server for an address, the server answers with a status code and "
    "a page, and most of the time the code says that everything went well for the visitor.</p>"
)
HTML = {"Content-Type": "text/html; charset=utf-8"}
ID_PROSE = (
    "<p>Pemilik situs sebaiknya memeriksa log server secara berkala, karena setiap permintaan "
    "yang gagal dicatat di sana bersama alamat yang diminta oleh pengunjung.</p>"
)


def _chrome(title: str, main: str, lang: str = "en") -> str:
    menu = "".join(f"<li><a href='/{i}'>Topic {i}</a></li>" for i in range(30))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><div class='header'><a href='/'>Logo</a><ul>{menu}</ul></div>"
        f"<nav><ul>{menu}</ul></nav><div id='main'>{main}</div><div class='popular'><h3>Popular"
        f"</h3><ul>{menu}</ul></div><footer>{menu} © 2026</footer></body></html>"
    )


def _states(
    tmp_path: Path, web: FixtureWeb, fast: Callable[..., FetchSettings], urls: list[str]
) -> dict[str, dict[str, object]]:
    write_route(tmp_path / "routes", "signals", urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast()), web.resolver)
    return {s.name: s.model_dump() for s in report.routes[0].sources}


def test_nothing_usable_and_a_message_only_in_the_body(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    empty = web.add("empty.example", "/health/a", body=b"", headers=HTML)
    inflates = web.add(
        "gzip.example",
        "/health/b",
        body=gzip.compress(b"\r\n  \r\n"),
        headers={**HTML, "Content-Encoding": "gzip"},
    )
    library = web.add(
        "library.example",
        "/health/c",
        body=_chrome(
            "Health Library | Site",
            "<h1>Health Library</h1><p>Sorry, we can't find the page you're looking for.</p>",
        ),
    )
    german = web.add(
        "apotheke.example",
        "/ratgeber/d",
        body=_chrome("Apotheken Ratgeber", "<p>Diese Seite gibt es leider nicht mehr.</p>", "de"),
    )
    article = web.add(
        "wptips.example",
        "/guides/e",
        body=_chrome(
            "How to Fix the 404 Page Not Found Error in WordPress",
            "<h1>How to Fix the 404 Page Not Found Error in WordPress</h1><p>Seeing a “404 "
            "Page Not Found” error? Your permalinks may need saving again.</p>" + PROSE * 12,
        ),
    )
    sources = _states(tmp_path, web, fast_settings, [empty, inflates, library, german, article])
    assert sources["Source 1"]["state"] is LinkState.SOFT_DEAD
    assert "empty body" in str(sources["Source 1"]["reason"])
    assert sources["Source 2"]["state"] is LinkState.SOFT_DEAD
    assert "nothing usable" in str(sources["Source 2"]["reason"])
    assert sources["Source 3"]["state"] is LinkState.SOFT_DEAD
    reason = str(sources["Source 3"]["reason"])
    assert "text says “we can't find the page”" in reason and "score" in reason
    assert sources["Source 4"]["state"] is LinkState.SOFT_DEAD
    assert "Diese Seite gibt es leider nicht mehr" in str(sources["Source 4"]["reason"])
    assert sources["Source 5"]["state"] is LinkState.ALIVE
    weighed = str(sources["Source 5"]["reason"])  # the editor sees why it stayed alive
    assert weighed.startswith("the page answers (weighed: ") and "< 1" in weighed


def test_language_home_titles_in_other_scripts_and_quotes(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add("clinic.example", "/en/", body=_chrome("Clinic", "<h1>Welcome</h1>" + PROSE))
    moved_home = web.redirect(
        "clinic.example", "/en/conditions/sciatica", web.url("clinic.example", "/en/")
    )
    japanese = web.add(
        "kenko.example",
        "/news/f",
        body=_chrome(
            "ページが見つかりません | 健康ニュース",
            "<p>お探しのページは見つかりませんでした。</p>",
            "ja",
        ),
    )
    quoting = web.add(
        "news.example",
        "/report/g",
        body=_chrome(
            "Ministry withdraws waiting-list report",
            "<h1>Ministry withdraws waiting-list report</h1>"
            + PROSE * 4
            + "<p>Since Tuesday the link shows only “Page not found”, the ministry said.</p>"
            + PROSE * 6,
        ),
    )
    short = web.add(
        "short.example",
        "/contact",
        body=_chrome("Contact us | Spine Health", "<h1>Contact us</h1><p>Call 404-555-0100.</p>"),
    )
    product = web.add(
        "shop.example",
        "/belt",
        body=_chrome("Lumbar belt – Shop", "<h1>Lumbar belt</h1><p>This product is no longer "
                     "available. See the newer model.</p>"),
    )  # fmt: skip
    sources = _states(tmp_path, web, fast_settings, [moved_home, japanese, quoting, short, product])
    assert sources["Source 1"]["state"] is LinkState.SOFT_DEAD
    assert "home page" in str(sources["Source 1"]["reason"])
    assert sources["Source 2"]["state"] is LinkState.SOFT_DEAD
    assert "ページが見つかりません" in str(sources["Source 2"]["reason"])
    for name in ("Source 3", "Source 4", "Source 5"):
        assert sources[name]["state"] is LinkState.ALIVE, (name, sources[name]["reason"])


def test_the_probe_outcome_plugs_in_as_the_strongest_sign(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A probe judged elsewhere (its own module, its own store) is one typed input."""
    url = web.add("catchall.example", "/topics/back", body=_chrome("Everything Health", PROSE))
    with Fetcher(fast_settings(), resolver=web.resolver) as fetcher:
        seen = inspect(fetcher.fetch(url))
    settings = ClassifySettings()

    def judged(outcome: ProbeOutcome | None) -> tuple[LinkState, str]:
        verdict = classify(seen.result, seen.page, outcome, settings, gone=seen.gone)
        return verdict.state, verdict.reason

    same = ProbeOutcome(True, "shows the same page as a made-up URL (97% alike)", 0.97)
    state, reason = judged(same)
    assert state is LinkState.SOFT_DEAD
    assert "made-up URL (97% alike) (+1.60)" in reason
    different = ProbeOutcome(False, "differs from a made-up URL on this site (12% alike)", 0.12)
    assert judged(different)[0] is LinkState.ALIVE
    itself = ProbeOutcome(False, "a made-up URL on this site shows this very page")
    assert judged(itself)[0] is LinkState.ALIVE
    assert judged(None)[0] is LinkState.ALIVE


def test_landings_that_say_the_page_is_gone_whatever_the_language(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add("blog.example", "/", body=_chrome("Lakeside Yoga", "<h1>Welcome</h1>" + PROSE))
    web.add("blog.example", "/404.html", body=_chrome("Lakeside Yoga", "<p>Menu</p>"))
    web.add("blog.example", "/?s=restorative-yoga-sequence", body=_chrome("Search", PROSE))
    web.add("blog.example", "/home", body=_chrome("Lakeside Yoga", PROSE))
    web.add("blog.example", "/new/yoga-for-runners", body=_chrome("Yoga for runners", PROSE))
    to_error = web.redirect("blog.example", "/old/a", "/404.html", status=302)
    to_search = web.redirect(
        "blog.example", "/restorative-yoga-sequence/", "/?s=restorative-yoga-sequence", 302
    )
    tracked_home = web.redirect("blog.example", "/old/b", "/?utm_source=legacy&utm_medium=x")
    named_home = web.redirect("blog.example", "/old/c", "/home")
    moved = web.redirect("blog.example", "/yoga-for-runners", "/new/yoga-for-runners")
    sources = _states(
        tmp_path, web, fast_settings, [to_error, to_search, tracked_home, named_home, moved]
    )
    assert sources["Source 1"]["state"] is LinkState.SOFT_DEAD
    assert "the site's error page" in str(sources["Source 1"]["reason"])
    assert sources["Source 2"]["state"] is LinkState.SOFT_DEAD
    assert "a search for the page's own name" in str(sources["Source 2"]["reason"])
    for name in ("Source 3", "Source 4"):
        assert sources[name]["state"] is LinkState.SOFT_DEAD, sources[name]["reason"]
        assert "home page" in str(sources[name]["reason"])
    assert sources["Source 5"]["state"] is LinkState.MOVED  # a real new address is a move


def test_a_redirect_to_an_access_denied_page_is_not_called_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A bot or region rule that sends the checker to /403.html says nothing of the page."""
    web.add("news.example", "/", body=_chrome("Daily News", "<h1>Today</h1>" + PROSE))
    denied = "<h1>Access denied</h1><p>Your request was blocked by our security service.</p>"
    web.add("news.example", "/403.html", body=_chrome("Access denied", denied))
    web.add("news.example", "/404.html", body=_chrome("Not here", "<p>Menu</p>"))
    blocked = web.redirect("news.example", "/world/2024/story", "/403.html", status=302)
    gone = web.redirect("news.example", "/world/2023/story", "/404.html", status=302)
    others = [
        web.add("health.example", f"/a/{n}", body=_chrome(f"Article {n}", PROSE)) for n in range(3)
    ]
    sources = _states(tmp_path, web, fast_settings, [blocked, gone, *others])
    assert sources["Source 1"]["state"] is not LinkState.SOFT_DEAD, sources["Source 1"]
    assert sources["Source 2"]["state"] is LinkState.SOFT_DEAD


def test_untitled_near_empty_answers_are_nothing_but_a_titled_app_shell_lives(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    ok = web.add("api.example", "/health/a", body=b"OK", headers=HTML)
    null = web.add("api.example", "/health/b", body=b"null", headers=HTML)
    shell = web.add(
        "app.example",
        "/app/reports",
        body="<!doctype html><html><head><title>Acme Dashboard</title>"
        "<script src='/static/main.js' defer></script></head><body><noscript>You need to enable"
        " JavaScript to run this app.</noscript><div id='root'></div></body></html>",
        headers=HTML,
    )
    braces = web.add("api.example", "/health/c", body=b"{}", headers=HTML)
    contact = web.add(
        "bakery.example",
        "/contact/",
        body=_chrome("Contact – Riverside Bakery", "<h1>Contact</h1><p>Call 555-0134.</p>"),
    )
    sources = _states(tmp_path, web, fast_settings, [ok, null, shell, braces, contact])
    for name in ("Source 1", "Source 2", "Source 4"):
        assert sources[name]["state"] is LinkState.SOFT_DEAD
        assert "nothing usable" in str(sources[name]["reason"])
        assert "at most a word of text" in str(sources[name]["reason"])  # "OK" is not no text
    for name in ("Source 3", "Source 5"):
        assert sources[name]["state"] is LinkState.ALIVE, sources[name]["reason"]


def test_pages_about_errors_stay_alive_in_any_wording(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    codes = "".join(
        f"<tr><td>{code}</td><td>{meaning}</td></tr>"
        for code, meaning in [
            ("200 OK", "Everything worked as expected."),
            ("400 Bad Request", "A parameter is missing."),
            ("401 Unauthorized", "No valid API key provided."),
            ("404 Not Found", "The requested resource doesn't exist."),
            ("429 Too Many Requests", "Slow down."),
        ]
    )
    api_docs = web.add(
        "docs.example",
        "/api/errors",
        body=_chrome("Errors – PayRail API", f"<h1>Errors</h1><table>{codes}</table>"),
    )
    question = web.add(
        "rehber.example",
        "/404-hatasi",
        body=_chrome(
            "Sayfa bulunamadı hatası nedir?",
            "<h1>Sayfa bulunamadı hatası nedir?</h1><p>404 hatası, ziyaretçinin açmak "
            "istediği sayfanın sunucuda bulunamadığı anlamına gelir.</p><p>Tarayıcıda genellikle "
            "“Sayfa bulunamadı” mesajı görünür.</p>",
            "tr",
        ),
    )
    quoted = web.add(
        "it.example",
        "/fix",
        body=_chrome(
            "'페이지를 찾을 수 없습니다' 오류 해결 방법",
            "<h1>'페이지를 찾을 수 없습니다' 오류 해결 방법</h1><p>웹사이트를 방문했을 때 "
            "'요청하신 페이지를 찾을 수 없습니다'라는 메시지가 나타나는 경우가 있습니다.</p>",
            "ko",
        ),
    )
    free_plan = web.add(
        "saas.example",
        "/pricing",
        body=_chrome("Pricing", "<h1>Pricing</h1><p>This feature is not available on the free "
                     "plan.</p>"),
    )  # fmt: skip
    explained = web.add(
        "congnghe.example",
        "/loi-404",
        body=_chrome(
            "Cách khắc phục lỗi máy chủ",
            "<h1>Cách khắc phục lỗi máy chủ</h1><p>Lỗi 404 Not Found xuất hiện khi trình duyệt "
            "gửi yêu cầu tới máy chủ.</p>",
            "vi",
        ),
    )
    sources = _states(
        tmp_path, web, fast_settings, [api_docs, question, quoted, free_plan, explained]
    )
    for name in sources:
        assert sources[name]["state"] is LinkState.ALIVE, (name, sources[name]["reason"])
    assert "HTTP status codes" in str(sources["Source 1"]["reason"])
    assert "asked about in a question" in str(sources["Source 2"]["reason"])
    assert "in quotation marks" in str(sources["Source 3"]["reason"])
    assert "the subject of a longer sentence" in str(sources["Source 5"]["reason"])


def test_removed_content_and_languages_beyond_the_top_ten(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    video = web.add(
        "clips.example",
        "/watch/x1",
        body=_chrome(
            "ClipTube", "<div><h2>Video unavailable</h2><p>This video is private.</p></div>"
        ),
    )
    job = web.add(
        "jobs.example",
        "/jobs/nurse-4412",
        body=_chrome("Job details | CareerHub", "<h2>This job is no longer available</h2>"),
    )
    swedish = web.add(
        "region.example",
        "/vard/a",
        body=_chrome(
            "Sidan kunde inte hittas – Region Norrland",
            "<h1>Sidan kunde inte hittas</h1><p>Sidan du söker finns inte.</p>",
            "sv",
        ),
    )
    thai = web.add(
        "khao.example",
        "/news/b",
        body=_chrome("ข่าวสุขภาพ", "<p>ขออภัย หน้าที่คุณเรียกดูไม่มีอยู่ในระบบ</p>", "th"),
    )
    persian = web.add(
        "khabar.example",
        "/news/c",
        body=_chrome("خبرگزاری امروز", "<p>صفحه‌ای که به دنبال آن هستید وجود ندارد.</p>", "fa"),
    )
    sources = _states(tmp_path, web, fast_settings, [video, job, swedish, thai, persian])
    for name in sources:
        assert sources[name]["state"] is LinkState.SOFT_DEAD, (name, sources[name]["reason"])
    assert "This video is private" in str(sources["Source 1"]["reason"])
    assert "Sidan kunde inte hittas" in str(sources["Source 3"]["reason"])


def test_a_repeated_heading_and_mentions_alone_do_not_convict(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A template that prints the title again as the heading says it once: an error page still
    reads as gone on its title. An article whose title only mentions the error and whose text
    names it inside sentences is not gone however those mentions add up."""
    error = web.add(
        "site.example", "/a", body=_chrome("Page not found", "<h1>Page not found</h1><p>Home</p>")
    )
    article_title = "Apa Itu Error 404 Not Found dan Cara Mengatasinya"
    article = web.add(
        "blog.example",
        "/b",
        body=_chrome(
            article_title,
            f"<h1>{article_title}</h1><p>Error 404 Not Found adalah kode status HTTP yang "
            "menandakan bahwa halaman yang Anda cari tidak dapat ditemukan di server.</p><p>"
            "Penyebabnya antara lain URL yang salah ketik, halaman yang sudah dihapus, atau "
            "permalink yang berubah setelah situs dipindahkan ke server baru.</p><p>Muat ulang "
            "halaman, periksa URL, dan hapus cache browser sebelum menghubungi pemilik situs.</p>"
            + ID_PROSE
            * 4,
            "id",
        ),
    )
    settings = ClassifySettings()
    with Fetcher(fast_settings(), resolver=web.resolver) as fetcher:
        verdicts = []
        for url in (error, article):
            seen = inspect(fetcher.fetch(url))
            verdicts.append(classify(seen.result, seen.page, None, settings, gone=seen.gone))
    assert verdicts[0].state is LinkState.SOFT_DEAD
    assert "title says" in verdicts[0].reason and "heading says" not in verdicts[0].reason
    assert verdicts[1].state is LinkState.ALIVE, verdicts[1].reason
    assert "heading says" not in verdicts[1].reason
    # Two mentions (one inside a sentence, one the subject of a sentence) reach the score, but
    # nothing says it as the page's own message.
    assert "no sign says it plainly" in verdicts[1].reason
