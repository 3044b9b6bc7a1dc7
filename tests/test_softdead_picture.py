# ruff: noqa: E501  (pages written one a line: data)
"""Not-found messages shown only in a picture, through a real run.

A page whose main area holds nothing but a picture saying the page is not there and a link
home, under a title that is the site's name, at an address whose slug names an item nothing on
the page names (not even the picture), is soft-dead, though the site answers made-up URLs with
an honest 404. The same picture is the page's content when the page names its item anywhere
(the picture's file name or alt text), links to its neighbours (a strip's or a meme's "Next"),
or is written in another script than its slug with no way home
(``test_softdead_picture_any`` for addresses that name no item); and a page whose
main area shows a photo, a video or a chart is not convicted for not naming its slug in words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.address import Unanswered
from curator.classify.gone_facts import GoneFacts
from curator.classify.picture_item import picture_statement, settle
from curator.extract.document import parse
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

HTML = {"Content-Type": "text/html; charset=utf-8"}
HOME = "<p><a href='/'>Back to the home page</a></p>"


def test_a_not_found_picture_where_the_item_would_be_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """An alt text, an SVG's title, an ARIA label or a file named ``page-introuvable.png``,
    on sites whose made-up URLs answer 404: the reason names the picture's words and the
    address's item that nothing names."""
    pages = {
        "alt-en": ("trails.example", "/2023/04/best-hikes-near-boulder/", site_page("Peak Notes", "<figure><img src='/theme/img/404-map.svg' alt='Page not found'></figure>" + HOME)),
        "svg-de": ("strom.example", "/privatkunden/tarife/oeko-strom-plus", site_page("Werke Talheim", "<svg role='img' viewBox='0 0 9 9'><title>Diese Seite wurde leider nicht gefunden</title></svg>" + HOME, lang="de")),
        "file-fr": ("sucre.example", "/recettes/tarte-tatin-aux-poires/", site_page("Carnet Sucré", "<figure><img src='/assets/images/page-introuvable.png' alt=''></figure>" + HOME, lang="fr")),
        "aria-nl": ("elst.example", "/nieuws/nieuwe-fietsbrug-geopend", site_page("Gemeente Elst", "<div role='img' aria-label='Pagina niet gevonden'></div>" + HOME, lang="nl")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name in pages:
        state, reason = said[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "its picture says" in reason, (name, reason)
        assert "which nothing on the page names, not even its picture" in reason, (name, reason)


def test_a_picture_that_is_the_page_content_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Live picture pages titled with the site's name at slugged addresses on honest-404 sites:
    the picture named for the item, a meme and a webcomic's strip between their neighbours, a
    poster with its cart, a Japanese image share under a Latin slug, a photo with a caption
    naming someone, a video, an infographic named for its subject."""
    pages = {
        "sign-photo": ("notes.example", "/2024/05/street-sign-in-lisbon/", site_page("Field Notes", "<figure><img src='/uploads/2024/05/lisbon-sign.jpg' alt='Page not found'></figure>")),
        "meme": ("memes.example", "/memes/when-the-wifi-drops", site_page("Meme Vault", "<img src='/m/8f3a2c19.jpg' alt='Page not found'><p><a href='/memes/monday-again'>Previous</a> · <a href='/memes/coffee-first'>Next</a></p>")),
        "comic": ("comic.example", "/comic/lost-in-the-server-room", site_page("Byte Strips", "<img src='/strips/2024-05-11.png' alt='Not Found'><p><a href='/comic/cache-miss'>Prev</a> <a href='/comic/merge-conflict'>Next</a></p>")),
        "poster": ("prints.example", "/products/page-not-found-poster-a2", site_page("Print Shed", "<img src='/cdn/pnf-a2.jpg' alt='Page not found'><p>£18.00</p><p><a href='/cart/add?id=4410'>Add to cart</a></p>")),
        "share-ja": ("share.example", "/i/natsu-no-sora-kumo", site_page("画像共有", "<img src='/i/u/77120.png' alt='ページが見つかりません'>", lang="ja")),
        "press-photo": ("press.example", "/press/photos/portrait-maria-chen", site_page("Acme Press Room", "<figure><img src='/press/IMG_0412.jpg' alt='Maria Chen, chief executive'><figcaption>Photo: Acme.</figcaption></figure>")),
        "video": ("craft.example", "/videos/rebuilding-our-error-page", site_page("Web Craft", "<video controls src='/v/rebuild.mp4'></video>")),
        "infographic": ("dev.example", "/resources/http-status-codes-explained", site_page("Dev Notes", "<img src='/uploads/http-status-codes-infographic.png' alt='404 Not Found, 410 Gone, 500 Internal Server Error: what each status code means'>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_a_picture_with_no_way_out_is_the_page_content(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 13: a meme whose alt is "404", a street photo of a "404" sign with a one-line
    caption, a neon sign's photo and a doormat's product page with its price, each with no link
    in its main area. An error page offers a way out (home, a search, a section); a picture
    with none is what the page shows."""
    pages = {
        "meme": ("memes.example", "/memes/friday-deploy-mood", site_page("Meme Harbor", "<img src='/m/66120.jpg' alt='404'>")),
        "caption": ("lens.example", "/street/canal-shutter-tag", site_page("Streetlens", "<img src='/i/IMG_7720.jpg' alt='404 not found'><p>Spotted in April.</p>")),
        "neon": ("lens2.example", "/street/leeds-bar-neon", site_page("Streetlens", "<img src='/i/IMG_8810.jpg' alt='404 Not Found'>")),
        "doormat": ("tees.example", "/shop/jute-door-mat", site_page("GeekTees", "<img src='/img/m/91.jpg' alt='404 Not Found'><p>£26</p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_an_error_number_picture_does_not_stand_for_the_item(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 13: a removed event showing ``oops-404.svg`` (alt "Oops! 404") and a link to
    the events: the picture's words state an error, so it is not the item shown, and the page
    is the pointer to its section it reads as."""
    pages = {
        "event": ("trust.example", "/events/autumn-food-market", site_page("Harbour Trust", "<img src='/assets/oops-404.svg' alt='Oops! 404'><p><a href='/events/'>All events</a></p>")),
    }  # fmt: skip
    state, reason = states_of_pages(tmp_path, web, fast_settings, pages)["event"]
    assert state is LinkState.SOFT_DEAD, reason
    assert "pointer to" in reason, reason


def _facts(url: str, body: str) -> GoneFacts:
    """Facts of a page whose address sign fired, before the picture's reading."""
    words = tuple(url.rsplit("/", 1)[-1].split("-"))
    return GoneFacts(empty=False, titled=True, words=20, unanswered=Unanswered(words, 0, False))


def test_what_the_picture_reading_keeps_of_the_address_sign() -> None:
    """The address sign stands over a decorative picture, a not-found picture and an error's
    number on a file named for it, and is held back over a photo's description (a camera's
    file), a picture named for the item, a player, or a bare code's picture with no way out."""
    url = "https://shop.example/products/mochila-urbana-negra"

    def kept(main: str) -> bool:
        document = parse(site_page("Bolsos Norte", main))
        assert document is not None
        facts = settle(_facts(url, main), document.root, url, "Bolsos Norte", None, "")
        return facts.unanswered is not None

    assert kept("<img src='/theme/empty.svg' alt=''><p><a href='/'>Home</a></p>")
    assert kept("<img src='/theme/404.svg' alt='Página no encontrada'>")
    assert not kept("<img src='/u/IMG_2041.jpg' alt='A black backpack on a bench'>")
    assert not kept("<img src='/u/mochila-negra.jpg' alt=''>")
    assert not kept("<iframe src='https://video.example/embed/1'></iframe>")
    assert kept("<img src='/theme/oops-404.svg' alt='Oops! 404'><p><a href='/'>Home</a></p>")
    assert not kept("<img src='/u/IMG_4410.jpg' alt='Room 404'><p><a href='/'>Home</a></p>")
    assert not kept("<img src='/u/IMG_6610.jpg' alt='404 Not Found'>")  # no way out: shown
    assert picture_statement("Page not found") is not None
    assert picture_statement("Morning fog over the Elbe") is None
