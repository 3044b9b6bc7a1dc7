# ruff: noqa: E501  (pages written one a line: data)
"""Not-found messages shown only as a picture at addresses that name no item, through a real run.

At ``/p/48213`` or ``/items/63f1a2b9c8d7e`` the address cannot say the page's item is missing,
and a gone picture page and a meme or an image share look alike by title and picture (review
10). A page is soft-dead there when its main area holds nothing but the site's own not-found
illustration (a file named in words or by the error's number, or drawn in the page) and links
home or to a search; the sites answer made-up URLs with an honest 404, so the probe never
agrees. A picture stored under a number or a hash (an upload), a photograph that shows only
"404", and a page whose links lead to neighbours, a download or a cart are the page's content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

HOME = "<p><a href='/'>Back to the home page</a></p>"


def test_the_sites_not_found_illustration_and_a_way_home_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """An alt text in English and Chinese, Persian with Persian digits in the address and the
    alt, a `404.png` with no alt and a search link, a Japanese ARIA label on a drawn picture:
    the reason says what the picture says and why it stands where the item would be."""
    pages = {
        "alt-en": ("notes.example", "/p/48213", site_page("Field Journal", "<figure><img src='/theme/img/not-found.svg' alt='Page not found'></figure>" + HOME)),
        "alt-zh": ("books.example", "/goods/1048576.html", site_page("云杉书店", "<img src='/static/images/404.png' alt='抱歉，您访问的页面不存在'><p><a href='/'>返回首页</a></p>", lang="zh")),
        "alt-fa": ("sabz.example", "/post/%DB%B1%DB%B2%DB%B3%DB%B4%DB%B5", site_page("کتابخانه سبز", "<img src='/assets/notfound.svg' alt='خطای ۴۰۴ - صفحه مورد نظر یافت نشد'><p><a href='/'>بازگشت به صفحه اصلی</a></p>", lang="fa")),
        "file-de": ("amt.example", "/leistung/4711", site_page("Landratsamt Wolfach", "<img src='/typo3conf/ext/site/Images/404.png' alt=''><p><a href='/'>Zur Startseite</a> · <a href='/suche'>Suche</a></p>", lang="de")),
        "aria-ja": ("coffee.example", "/items/63f1a2b9c8d7e", site_page("こもれび珈琲", "<div role='img' aria-label='お探しのページは見つかりませんでした'></div><p><a href='/'>トップページへ</a></p>", lang="ja")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name in pages:
        state, reason = said[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "its picture says" in reason, (name, reason)
        assert "home or to a search" in reason, (name, reason)
    assert "the site's illustration (file “404.png”)" in said["file-de"][1]
    assert "drawn in the page" in said["aria-ja"][1]


def test_an_upload_a_photograph_or_a_way_on_is_the_page_content(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Live picture pages titled with the site's name at numbered addresses (and two at slugs
    the address reading cannot read) on honest-404 sites: a meme and image shares saying "Page
    not found" beside a link home, each stored under a number or a hash or the page's own
    number; a stock photo of an error screen between its neighbours; a wallpaper with its
    download; a designer's 404 illustration for a client; a poster with its cart; a photo
    "404.jpg" with a link home under a Japanese title and a Latin slug, and one with a caption
    under a title sharing the slug's word (review 13); a post whose file its blog host named
    (``tumblr_nq2x8kPMDe1…``); an upload painted into a ``role="img"`` element by its style."""
    pages = {
        "meme-home": ("memes.example", "/m/30420", site_page("Meme Shelf", "<img src='/wp-content/uploads/2024/05/a81f3c2e.jpg' alt='Page not found'><p><a href='/'>More memes</a></p>")),
        "share-zh": ("pics.example", "/p/77120", site_page("图片分享", "<img src='/u/77120.jpg' alt='页面不存在'><p><a href='/'>首页</a></p>", lang="zh")),
        "share-own-number": ("snaps.example", "/s/walls-2231", site_page("Snaps", "<img src='/a/walls-2231.png' alt='Page not found'><p><a href='/'>Home</a></p>")),
        "stock": ("stock.example", "/photo/88120", site_page("Open Stock", "<img src='/photos/88120/laptop-error-screen.jpg' alt='Laptop screen showing a page not found error'><p><a href='/photo/88119'>Previous</a> <a href='/photo/88121'>Next</a></p>")),
        "wallpaper": ("walls.example", "/w/5521", site_page("Wallhaven Lite", "<img src='/walls/error-404.png' alt='Error 404'><p><a href='/walls/error-404.png'>Download</a></p>")),
        "portfolio": ("ana.example", "/work/412", site_page("Ana Lima", "<img src='/content/images/acme-404-page-illustration.png' alt='404 page illustration for Acme'><p><a href='/'>All work</a></p>")),
        "poster-el": ("afises.example", "/proion/4410", site_page("Αφίσες Αθήνα", "<img src='/cdn/afisa-selida.png' alt='Η σελίδα δεν βρέθηκε'><p><a href='/cart/add?id=4410'>Προσθήκη στο καλάθι</a></p>", lang="el")),
        "photo-ja": ("ryouri.example", "/photo/tokyo-street-sign", site_page("料理の輪", "<img src='/i/404.jpg' alt='404 Not Found'><p><a href='/'>ホーム</a></p>", lang="ja")),
        "tumblr": ("corners.example", "/post/7401928", site_page("quiet corners", "<img src='/media/tumblr_nq2x8kPMDe1qz6f9yo1_1280.png' alt='Page not found'><p><a href='/'>Home</a></p>")),
        "painted-zh": ("tupian.example", "/p/99812", site_page("图片分享", "<div role='img' aria-label='页面不存在' style='background-image: url(/u/99812.jpg)'></div><p><a href='/'>首页</a></p>", lang="zh")),
        "photo-caption": ("signs.example", "/2026/03/weekend-sign-hunt", site_page("Sign Spotter", "<img src='/uploads/2026/03/404.jpg' alt=''><p>Found this one on Saturday.</p><p><a href='/'>Home</a></p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_an_error_number_in_persian_digits_is_read_as_the_number(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """An illustration whose alt is "۴۰۴" (404 in Persian digits) beside a link home is the
    site's not-found page, as one whose alt is "404"; the reason quotes the digits as shown. A
    meme stored under a number with the same alt and a link home stays the page's content."""
    pages = {
        "gone-fa": ("ketab.example", "/post/%DB%B8%DB%B8%DB%B1%DB%B2", site_page("کتاب‌خانه", "<img src='/theme/img/404.svg' alt='۴۰۴'><p><a href='/'>صفحه اصلی</a></p>", lang="fa")),
        "meme-fa": ("memes-fa.example", "/m/30418", site_page("میم", "<img src='/u/30418.jpg' alt='۴۰۴'><p><a href='/'>میم‌های بیشتر</a></p>", lang="fa")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    state, reason = said["gone-fa"]
    assert state is LinkState.SOFT_DEAD, reason
    assert "its picture says “۴۰۴”" in reason, reason
    assert said["meme-fa"][0] is LinkState.ALIVE, said["meme-fa"]


def test_an_item_offered_with_its_picture_is_the_page_content(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Live picture pages at numbered addresses whose only links lead home or to a search, as
    a gone page's do, but which offer their item (review 14): a T-shirt with its price and an
    "Add to cart" button, a sticker with a button and no price, an icon with "Copy SVG", a
    wallpaper whose search links ask for its tags, a photo of a "404" sign saved as WebP and
    one of a door as AVIF. The site's illustration beside a search form and a "Go back"
    button is still its not-found page."""
    pages = {
        "tee-price": ("tees.example", "/p/5120", site_page("Tee Rack", "<img src='/img/404-shirt-grey.png' alt='404 Not Found T-shirt'><p>$24</p><button>Add to cart</button><p><a href='/'>Home</a></p>")),
        "sticker-button-ru": ("naklejki.example", "/t/8812", site_page("Наклейки", "<img src='/img/stranitsa-ne-naidena.png' alt='Страница не найдена'><button type='button'>Купить</button><p><a href='/'>Главная</a></p>", lang="ru")),
        "icon-copy": ("glyphs.example", "/g/404", site_page("Glyph Box", "<svg role='img' viewBox='0 0 9 9'><title>Page not found icon</title></svg><button>Copy SVG</button><p><a href='/search'>Search icons</a></p>")),
        "wallpaper-tags-pt": ("fundos.example", "/f/3310", site_page("Fundos", "<img src='/full/praia-404.png' alt='Página não encontrada'><p><a href='/'>Início</a> <a href='/busca?q=praia'>praia</a></p>", lang="pt")),
        "photo-webp": ("lens.example", "/p/71203", site_page("Lens Walk", "<img src='/i/shop-sign-404.webp' alt='404 Not Found'><p><a href='/'>Home</a></p>")),
        "photo-avif": ("lens.example", "/p/71204", site_page("Lens Walk", "<img src='/i/hotel-room-404.avif' alt='404'><p><a href='/'>Home</a></p>")),
    }  # fmt: skip
    gone = {
        "search-form": ("amt2.example", "/leistung/5120", site_page("Landratsamt Hausach", "<img src='/typo3conf/ext/site/Images/seite-nicht-gefunden.svg' alt='Seite nicht gefunden'><form action='/suche'><input type='search' name='q'><button>Suchen</button></form><button onclick='history.back()'>Zurück</button><p><a href='/'>Zur Startseite</a></p>", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, {**pages, **gone})
    assert {name: said[name] for name in pages if said[name][0] is not LinkState.ALIVE} == {}
    state, reason = said["search-form"]
    assert state is LinkState.SOFT_DEAD, reason
    assert "home or to a search" in reason, reason
