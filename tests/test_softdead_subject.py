"""Words of absence that are a live page's subject, or a note over its item, through a real run.

Review 10's eighth blind set found live pages called soft-dead for words the phrase book knows:
a discontinued product's support page that says so at the top over its specifications and
manuals, a filled job over its fields, a withdrawn paper over its abstract; an HTTP reference
page titled "404 Not Found"; a question and a review whose titles quote the error. Each stays
alive here, with why in its reason, while the pages that look most like them and are gone (the
notice with nothing of the item under it, a not-found page titled with the error that tells the
visitor so, a not-found page quoting the address) are still soft-dead. Every site answers
made-up URLs with an honest 404, so the probe cannot help either way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route
from sitepage import states_by_name


def _page(site: str, title: str, h1: str, main: str, lang: str = "en") -> str:
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><header><a href='/'>{site}</a><nav><ul>{menu}</ul></nav></header>"
        f"<main><h1>{h1}</h1>{main}</main><footer><ul>{menu}</ul><p>© 2026 {site}</p></footer>"
        "</body></html>"
    )


def _states(
    tmp_path: Path, web: FixtureWeb, fast: Callable[..., FetchSettings], urls: list[str]
) -> list[tuple[LinkState, str]]:
    write_route(tmp_path / "routes", "subject", urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    return [
        (sources[f"Source {n}"].state, sources[f"Source {n}"].reason)
        for n in range(1, len(urls) + 1)
    ]


SIMILAR = (
    "<h2>Similar products</h2><ul><li><a href='/p/2'>Blender B2 – €59</a></li>"
    "<li><a href='/p/3'>Blender B3 – €79</a></li><li><a href='/p/4'>Mixer M1 – €39</a></li></ul>"
)


def test_a_notice_over_the_items_own_content_is_no_verdict(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    specs = web.add(
        "help.example",
        "/support/blender-b1",
        body=_page(
            "Kitchenly Help",
            "Blender B1 | Kitchenly Help",
            "Blender B1",
            "<p class='notice'>This product has been discontinued.</p>"
            "<table><tr><th>Power</th><td>900 W</td></tr><tr><th>Jar</th><td>1.5 l</td></tr>"
            "</table><ul><li><a href='/files/b1-manual.pdf'>Manual (PDF)</a></li></ul>",
        ),
    )
    job = web.add(
        "jobs.example",
        "/job/7712-baker",
        body=_page(
            "Jobboard",
            "Baker – Bristol | Jobboard",
            "Baker",
            "<p>This job is no longer available.</p><p>Corner Loaf Ltd · Bristol · Full-time</p>"
            "<p>Pay: £12.60 an hour, 37.5 hours a week, early starts.</p>",
        ),
    )
    paper = web.add(
        "journal.example",
        "/article/2022.0311",
        body=_page(
            "Field Ecology Letters",
            "WITHDRAWN: Bat activity over urban ponds | Field Ecology Letters",
            "WITHDRAWN: Bat activity over urban ponds",
            "<p>This article has been withdrawn.</p><h2>Abstract</h2><p>We recorded bat calls "
            "at twelve urban ponds through two summers and found that activity rose with the "
            "area of open water and fell with the brightness of nearby street lights.</p>",
        ),
    )
    gone = web.add(
        "help.example",
        "/support/blender-b0",
        body=_page(
            "Kitchenly Help",
            "Blender B0 | Kitchenly Help",
            "Blender B0",
            "<p class='notice'>This product has been discontinued.</p>"
            "<p>We are sorry. Call us on 0800 555 0101.</p>" + SIMILAR,
        ),
    )
    gone_ja = web.add(
        "help.example",
        "/support/kettle-k2",
        body=_page(
            "Kitchenly Help",
            "電気ケトル K2 | Kitchenly Help",
            "電気ケトル K2",
            "<p>この商品は販売を終了しました。</p><p><a href='/support/kettle-k3'>後継機種</a></p>",
            lang="ja",
        ),
    )
    states = _states(tmp_path, web, fast_settings, [specs, job, paper, gone, gone_ja])
    assert [state for state, _ in states] == [LinkState.ALIVE] * 3 + [LinkState.SOFT_DEAD] * 2
    for _, reason in states[:3]:
        assert "a notice on the item's state over its own content" in reason, reason
    assert "rows of its details" in states[0][1] and "figures" in states[1][1]
    assert "sections" in states[2][1]
    assert "This product has been discontinued" in states[3][1]


def test_an_errors_name_the_text_explains_is_the_pages_subject(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    reference = web.add(
        "ref.example",
        "/http/status/404",
        body=_page(
            "Protocol Notes",
            "404 Not Found - HTTP | Protocol Notes",
            "404 Not Found",
            "<p>The HTTP 404 Not Found status code says that the server has no current "
            "representation of the target resource.</p>",
        ),
    )
    reference_zh = web.add(
        "ref.example",
        "/zh/http/status/404",
        body=_page(
            "协议笔记",
            "404 Not Found - HTTP | 协议笔记",
            "404 Not Found",
            "<p>HTTP 404 Not Found 状态码表示服务器没有找到目标资源的当前表示。</p>",
            lang="zh",
        ),
    )
    gone = web.add(
        "ref.example",
        "/http/status/499",
        body=_page(
            "Protocol Notes",
            "404 Not Found | Protocol Notes",
            "404 Not Found",
            "<p>Sorry, the page you requested returned a 404 Not Found error. "
            "The page you are looking for does not exist.</p>",
        ),
    )
    reference_ru = web.add(
        "ref.example",
        "/ru/http/status/404",
        body=_page(
            "Заметки о протоколах",
            "404 Not Found — HTTP | Заметки о протоколах",
            "404 Not Found",
            "<p>Код состояния HTTP 404 Not Found означает, что сервер не нашёл запрошенный "
            "ресурс по этому адресу.</p>",
            lang="ru",
        ),
    )
    # a bare code is no error's name: "you've hit a 404" is the page's message
    bare = web.add(
        "ref.example",
        "/blog/old-post",
        body=_page(
            "Protocol Notes",
            "404 | Protocol Notes",
            "404",
            "<p>Looks like you've hit a 404 and there is nothing living at this address any "
            "more.</p><p><a href='/'>Home</a></p>",
        ),
    )
    urls = [reference, reference_zh, reference_ru, gone, bare]
    states = _states(tmp_path, web, fast_settings, urls)
    assert [state for state, _ in states] == [LinkState.ALIVE] * 3 + [LinkState.SOFT_DEAD] * 2
    for _, reason in states[:3]:
        assert "the name of the error the text explains in its sentences" in reason, reason
    assert "the page you requested" in states[3][1]


def test_the_error_words_a_title_or_heading_quotes_are_its_subject(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    question = web.add(
        "forum.example",
        "/t/refresh-page-not-found/991",
        body=_page(
            "Dev Forum",
            "Vercel shows “Page not found” on refresh - Dev Forum",
            "Vercel shows “Page not found” on refresh",
            "<pre>Page not found</pre><p>Reply: add a rewrite of every path to /index.html.</p>",
        ),
    )
    question_ja = web.add(
        "forum.example",
        "/q/5512",
        body=_page(
            "開発フォーラム",
            "更新すると「ページが見つかりません」になる - 開発フォーラム",
            "更新すると「ページが見つかりません」になる",
            "<pre>ページが見つかりません</pre>"
            "<p>回答：すべてのパスを index.html に返してください。</p>",
            lang="ja",
        ),
    )
    review = web.add(
        "music.example",
        "/reviews/not-found",
        body=_page(
            "Loud Weekly",
            "Review: Page Not Found — a quiet debut | Loud Weekly",
            "Review: “Page Not Found”, the debut of Glass Harbour",
            "<p>Glass Harbour named their first record after a browser error, and most of its "
            "songs are about people who left without saying where they went.</p>",
        ),
    )
    gone = web.add(
        "forum.example",
        "/t/removed-topic/990",
        body=_page(
            "Dev Forum",
            "Dev Forum",
            "“removed-topic” does not exist",
            "<p>Sorry, the page you are looking for does not exist.</p>",
        ),
    )
    gone_de = web.add(
        "forum.example",
        "/de/t/alt/17",
        body=_page(
            "Entwicklerforum",
            "Seite nicht gefunden – Entwicklerforum",
            "Seite nicht gefunden",
            "<p>Die Seite „/de/t/alt/17“ gibt es nicht.</p>",
            lang="de",
        ),
    )
    urls = [question, question_ja, review, gone, gone_de]
    states = _states(tmp_path, web, fast_settings, urls)
    assert [state for state, _ in states] == [LinkState.ALIVE] * 3 + [LinkState.SOFT_DEAD] * 2
    for _, reason in states[:2]:
        assert "the words the page's title or heading quotes as its subject" in reason, reason
    assert "a name the heading quotes" in states[2][1]
    assert "the page you are looking for" in states[3][1]


# -- review 11: what the item's own content is, and gone pages that only looked like it -------


def test_a_notice_over_what_is_not_the_items_own_still_says_it_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Another model's promotion, the shop's own PDFs, teasers of other jobs, a reference
    number and a phone, a view counter: none is the item, so the notice is the page's message;
    the same notices over a spec list and a manual named for the model, over a file named
    only in its link text, over an abstract beside the counters stay notes on a live page."""
    notice = "<p class='notice'>This product has been discontinued.</p>"
    promo = web.add(
        "help.example",
        "/support/router-r7",
        body=_page(
            "Kitchenly Help",
            "Router R7 | Kitchenly Help",
            "Router R7",
            notice + "<p>Upgrade today: the Router R9 is now £149.99, and you save 15% this "
            "week.</p><p>Need help? Call 0800 555 0199, 09:00–17:00.</p>",
        ),
    )
    site_pdfs = web.add(
        "help.example",
        "/support/router-r6",
        body=_page(
            "Kitchenly Help",
            "Router R6 | Kitchenly Help",
            "Router R6",
            notice + "<p><a href='/docs/catalogue-2026.pdf'>Our 2026 catalogue (PDF)</a></p>"
            "<p><a href='/docs/recycling.pdf'>How to recycle an old router (PDF)</a></p>",
        ),
    )
    teasers = web.add(
        "jobs.example",
        "/job/8812-porter",
        body=_page(
            "Jobboard",
            "Hospital Porter – Leeds | Jobboard",
            "Hospital Porter",
            "<p>This job is no longer available.</p><h2>Jobs like this</h2>"
            "<p><a href='/job/8850-porter'>Night Porter – Wakefield</a></p><p>Move patients, "
            "equipment and samples safely around a busy hospital on a four-night rota.</p>",
        ),
    )
    listing = web.add(
        "homes.example",
        "/property/hh-5120",
        body=_page(
            "Canal Homes",
            "1 bedroom flat, Dock Street | Canal Homes",
            "1 bedroom flat, Dock Street",
            "<p>This listing has been removed.</p><p>Ref: HH-5120</p><p>Branch: 0113 496 0321</p>",
        ),
    )
    counters = web.add(
        "journal.example",
        "/article/2023.0412",
        body=_page(
            "Field Ecology Letters",
            "Moth counts under LED street lights | Field Ecology Letters",
            "Moth counts under LED street lights",
            "<p>This article has been retracted.</p><p>Views: 2130</p><p>Downloads: 377</p>"
            "<p>Citations: 29</p>",
        ),
    )
    specs = web.add(
        "help.example",
        "/support/router-r8",
        body=_page(
            "Kitchenly Help",
            "Router R8 | Kitchenly Help",
            "Router R8",
            notice + "<p>Upgrade today: the Router R9 is now £149.99.</p><ul>"
            "<li>Wi-Fi: 802.11ax, 3000 Mbit/s</li></ul>"
            "<p><a href='/files/router-r8-manual.pdf'>Manual (PDF)</a></p>",
        ),
    )
    named_files = web.add(
        "help.example",
        "/support/router-r5",
        body=_page(
            "Kitchenly Help",
            "Router R5 | Kitchenly Help",
            "Router R5",
            notice + "<h2>Downloads</h2><p><a href='/download/38812.pdf'>Router R5 manual</a>"
            "</p><p><a href='/download/38813.zip'>Router R5 firmware 2.1.4</a></p>",
        ),
    )
    abstract = web.add(
        "journal.example",
        "/article/2023.0419",
        body=_page(
            "Field Ecology Letters",
            "Bat passes over lit canals | Field Ecology Letters",
            "Bat passes over lit canals",
            "<p>This article has been retracted.</p><p>Views: 5120</p><h2>Abstract</h2><p>We "
            "counted bat passes along four canals before and after their towpaths were lit, "
            "and found fewer passes on every lit stretch for two summers.</p>",
        ),
    )
    gone = {"promo": promo, "pdfs": site_pdfs, "teasers": teasers, "listing": listing}
    live = {"specs": specs, "named files": named_files, "abstract": abstract}
    links = {**gone, "counters": counters, **live}
    states = states_by_name(tmp_path, web, fast_settings, links, "item")
    called = {name: state for name, (state, _) in states.items()}
    assert called == {name: LinkState.SOFT_DEAD for name in [*gone, "counters"]} | {
        name: LinkState.ALIVE for name in live
    }
    for name in live:
        assert "a notice on the item's state over its own content" in states[name][1]
    assert "files" in states["named files"][1] and "sections" in states["abstract"][1]


def test_a_soft_404_explaining_the_error_at_an_address_naming_something_else_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A reference site's own not-found page explains the error it answers with; the address
    it answers at names a CSS property, not the error, as the reference's page on it does."""
    soft = web.add(
        "ref.example",
        "/css/properties/box-orient-legacy",
        body=_page(
            "Protocol Notes",
            "404 Not Found | Protocol Notes",
            "404 Not Found",
            "<p>We answer 404 Not Found for every address that has no document behind it; "
            "check the spelling or use the search.</p>",
        ),
    )
    reference = web.add(
        "ref.example",
        "/http/status/404",
        body=_page(
            "Protocol Notes",
            "404 Not Found | Protocol Notes",
            "404 Not Found",
            "<p>The 404 Not Found status code tells the client that the server has no current "
            "representation of the target resource.</p>",
        ),
    )
    states = states_by_name(tmp_path, web, fast_settings, {"soft": soft, "ref": reference})
    assert states["soft"][0] is LinkState.SOFT_DEAD
    assert states["ref"][0] is LinkState.ALIVE
    assert "the name of the error the text explains" in states["ref"][1]


def test_an_interjection_before_quoted_error_words_is_no_subject(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """ "Whoops! “Page not found”" is an exclamation and the message in quotation marks; "Help!
    “Page not found” after the upgrade" is a question about the words it quotes."""
    whoops = web.add(
        "docs.example",
        "/guides/legacy-setup",
        body=_page(
            "Quill Docs",
            "Whoops! “Page not found” | Quill Docs",
            "Whoops! “Page not found”",
            "<p>Page not found.</p><p>Try the search above.</p>",
        ),
    )
    hoppla = web.add(
        "docs.example",
        "/de/anleitung/alt",
        body=_page(
            "Quill Docs",
            "Hoppla! „Seite nicht gefunden“ – Quill Docs",
            "Hoppla! „Seite nicht gefunden“",
            "<p>Seite nicht gefunden.</p><p><a href='/'>Zur Startseite</a></p>",
            lang="de",
        ),
    )
    question = web.add(
        "forum.example",
        "/t/page-not-found-after-upgrade/5120",
        body=_page(
            "Dev Forum",
            "Help! “Page not found” after upgrading the router - Dev Forum",
            "Help! “Page not found” after upgrading the router",
            "<p>Since the upgrade every nested route shows:</p><pre>Page not found</pre>"
            "<p>Reply: add a catch-all route that returns index.html.</p>",
        ),
    )
    links = {"whoops": whoops, "hoppla": hoppla, "question": question}
    states = states_by_name(tmp_path, web, fast_settings, links)
    assert [state for state, _ in states.values()] == [LinkState.SOFT_DEAD] * 2 + [LinkState.ALIVE]
    assert "the words the page's title or heading quotes as its subject" in states["question"][1]


def test_a_work_titled_like_the_error_is_its_subject(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A song's lyrics page and a novel's page, headed "Page Not Found" under a title that
    names the work in words of its own, are alive; a not-found page whose title adds a word
    to the same heading and whose text tells the visitor so is not."""
    lyrics = web.add(
        "lyrics.example",
        "/the-night-buses/page-not-found",
        body=_page(
            "LyricVault",
            "Page Not Found Lyrics – The Night Buses | LyricVault",
            "Page Not Found",
            "<p>The Night Buses</p><p>I went looking for the house we had<br>the street sign "
            "gone, the windows bad<br>page not found, page not found<br>nobody answers, not a "
            "sound</p><p>Written by L. Brandt. From the album Last Stop (2021).</p>",
        ),
    )
    novel = web.add(
        "books.example",
        "/books/page-not-found-whitlock",
        body=_page(
            "Paper Lantern Books",
            "Page Not Found by Dana Whitlock | Paper Lantern Books",
            "Page Not Found",
            "<p>by Dana Whitlock</p><p>A librarian who restores deleted websites finds her own "
            "childhood blog among them.</p><p>Paperback, 312 pages, £10.99.</p>",
        ),
    )
    gone = web.add(
        "books.example",
        "/books/out-of-print-title",
        body=_page(
            "Paper Lantern Books",
            "Page Not Found Error | Paper Lantern Books",
            "Page Not Found",
            "<p>Sorry, the page you requested does not exist.</p>",
        ),
    )
    links = {"lyrics": lyrics, "novel": novel, "gone": gone}
    states = states_by_name(tmp_path, web, fast_settings, links)
    assert [state for state, _ in states.values()] == [LinkState.ALIVE] * 2 + [LinkState.SOFT_DEAD]
    for name in ("lyrics", "novel"):
        assert "the name of a work the title gives in words of its own" in states[name][1]
