# ruff: noqa: E501  (pages written one a line: data)
"""Pages with no content of their own, through a real run.

A page whose main area holds nothing but a picture and a link home, under a title that is the
site's name, is soft-dead when the picture's words say so (an alt text, an SVG's title, a file
named ``404.png``) or when the page is drawn like the site's answer to a made-up URL. The same
shape without a second sign is no verdict: a thank-you line, a photo, a map, a table, an empty
main area on a site that answers unknown paths honestly all stay alive.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from curator.classify.thin import file_words, names_nothing, read_thin, word_count
from curator.extract.document import parse
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureRequest, FixtureWeb
from sitepage import site_page, states_of_pages

HTML = {"Content-Type": "text/html; charset=utf-8"}
HOME = "<p><a href='/'>Back to the home page</a></p>"


def test_a_thin_page_whose_picture_says_it_is_gone_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Where the site's made-up URLs answer the same thin page, its picture's words (an alt
    text, an SVG's title, an ARIA label, a file named ``404.png``) are the reason given."""
    catch_all = {
        "file-name": (
            "notes.example",
            site_page("Field Notes", "<img src='/uploads/404.png' alt=''>" + HOME),
        ),
        "svg-title": (
            "shop.example",
            site_page(
                "Mercado Sur",
                "<svg role='img' viewBox='0 0 9 9'><title>Error 404</title></svg>" + HOME,
                lang="es",
            ),
        ),
    }
    catch_all |= {
        "alt-en": (
            "maple.example",
            site_page(
                "Maple & Moss",
                "<img src='/assets/lost-fox.svg' alt='Oops! We can’t find the page you’re looking for.'>"
                + HOME,
            ),
        ),
        "svg-de": (
            "museum.example",
            site_page(
                "Stadtmuseum",
                "<svg role='img' viewBox='0 0 9 9'><title>Diese Seite wurde leider nicht gefunden</title></svg>",
                lang="de",
            ),
        ),
        "aria-ja": (
            "books.example",
            site_page(
                "みどり堂",
                "<div role='img' aria-label='お探しのページは見つかりませんでした'></div>" + HOME,
                lang="ja",
            ),
        ),
    }
    for host, body in catch_all.values():
        web.fallback(host, 200, body)
    pages = {name: (host, f"/p/{name}", body) for name, (host, body) in catch_all.items()}
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name in pages:
        state, reason = said[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "its picture says" in reason and "nothing of its own" in reason, (name, reason)


def test_a_picture_that_only_names_an_error_convicts_nothing_alone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 10's live pages, titled with the site's name on sites that answer made-up URLs
    with an honest 404: a screenshot, a webcomic's strip, a meme, a wallpaper, an image share.
    Their picture names an error; it is what the page shows."""
    pages = {
        "screenshot": (
            "shots.example",
            "/s/8812",
            site_page("Shots", "<img src='/i/error-404-page-not-found.png' alt=''>"),
        ),
        "comic": (
            "comic.example",
            "/strip/404",
            site_page(
                "Tiny Comics",
                "<img src='/strips/1404.png' alt='Not Found'><p><a href='/strip/403'>Prev</a> <a href='/strip/405'>Next</a></p>",
            ),
        ),
        "meme": (
            "memes.example",
            "/m/55120",
            site_page("Memes", "<img src='/m/55120.jpg' alt='Page not found'>"),
        ),
        "wallpaper": (
            "walls.example",
            "/wall/7711",
            site_page("Walls", "<svg role='img' viewBox='0 0 9 9'><title>Error 404</title></svg>"),
        ),
        "share-ja": (
            "share.example",
            "/i/20417",
            site_page(
                "画像共有", "<img src='/i/20417.png' alt='ページが見つかりません'>", lang="ja"
            ),
        ),
    }
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name in pages:
        state, reason = said[name]
        assert state is LinkState.ALIVE, (name, reason)


def test_thin_pages_without_a_second_sign_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The thin shape alone convicts nothing: on sites that answer made-up URLs with an honest
    404, a thank-you line, a photo, a map, a table, a photo of a "404" sign a product tile named
    "404" linking elsewhere and photo 404 of a numbered series are all the page there is. (A
    main area with nothing at all in it is another shape, ``classify.empty_main``, read in
    ``test_softdead_shape``.)"""
    pages = {
        "thank-you": ("a.example", "/pages/8812", site_page("Mercado Sur", "<h1>Thanks!</h1><p>We got your message.</p>" + HOME)),
        "coming-soon": ("b.example", "/evento/40220", site_page("Agenda", "<h1>Coming soon.</h1>")),
        "photo": ("d.example", "/p/3b7e10", site_page("Quiet Hours", "<img src='/c/elbe.jpg' alt='Morning fog over the Elbe'>")),
        "photo-no-alt": ("e.example", "/p/61822", site_page("Field Notes", "<img src='/u/IMG_2041.jpg' alt=''>")),
        "map": ("f.example", "/maps/1180", site_page("Harbor County", "<iframe src='https://maps.example/e?id=1'></iframe>")),
        "table": ("g.example", "/node/90120", site_page("Comune", "<table><tr><td>Lunedì</td><td>9-12</td></tr></table>", lang="it")),
        "sign-photo": ("h.example", "/p/71020", site_page("Field Notes", "<img src='/u/lisbon.jpg' alt='A street sign reading 404 in Lisbon'>")),
        "linked-tile": ("i.example", "/shop/poster", site_page("Print Shop", "<a href='/shop/poster-404'><img src='/p/404.jpg' alt='404'></a><p>€24</p>")),
        "numbered-photo": ("k.example", "/photos/404", site_page("Field Notes", "<img src='/photos/full/404.jpg' alt=''>")),
        "named-poster": ("j.example", "/products/poster", site_page("Print Shop", "<h1>Poster 404</h1><img src='/p/404.png' alt='404'>", "Poster 404 | Print Shop")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def _drawn(site: str, message: str, path: str) -> str:
    """A page of a site whose every page shows an intro and a rail of suggested stories drawn
    for ``path`` (seeded by it), as catch-alls that vary per URL draw theirs."""
    rng = random.Random(path)
    stories = [
        "Heat pumps explained", "A week of cheap lunches", "The river walk reopens",
        "Ten books for winter", "How the council spends", "A guide to night buses",
        "Markets open on Sundays", "Cycling to the coast", "The best cheap cafés",
        "Libraries extend hours", "Parks get new benches", "What the tides bring",
    ]  # fmt: skip
    rail = "".join(
        f"<li><a href='/story/{rng.randrange(9999)}'>{story}</a></li>"
        for story in rng.sample(stories, 3)
    )
    about = (
        "<p>Lakeside sells rods, reels, waders and everything else for a day on the water, from "
        "our shop by the old harbour and online since 1998. Free delivery on orders over fifty "
        "pounds, and free returns within thirty days of purchase.</p><p>Our staff fish the "
        "lakes and rivers of the county every week and are glad to help you choose a rod, tie "
        "a fly or find a quiet spot; call in, or write to us and we answer within a day.</p>"
    )
    page = site_page(site, f"{message}<section class='more'><ul>{rail}</ul></section>")
    return page.replace("<main>", f"<div class='intro'>{about}</div><main>")


def test_a_thin_page_on_a_site_whose_catch_all_shares_its_chrome_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """On a site that answers every unknown path with a brand-voice page drawn afresh, under the
    title all its pages carry, a thank-you line and a "coming soon" page are most of the
    catch-all's words (77-80%: the same chrome and intro, one short line apart) and have
    nothing of their own: that is no verdict, since the catch-all drawn again is barely nearer."""
    site, line = "Lakeside", "<p>Looks like this page went fishing.</p>" + HOME

    def catch_all(req: FixtureRequest) -> None:
        body = _drawn(site, line, req.path).encode()
        req.respond(200, body, {**HTML, "Connection": "close"})

    web.add("lake.example", "*", handler=catch_all)
    thanks = "<h1>Thanks!</h1><p>We got your message.</p>" + HOME
    soon = "<h1>Coming soon.</h1><img src='/img/hero.jpg' alt=''>"
    pages = {
        "thank-you": ("lake.example", "/pages/thanks", _drawn(site, thanks, "/pages/thanks")),
        "coming-soon": ("lake.example", "/pages/winter", _drawn(site, soon, "/pages/winter")),
    }
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_what_a_thin_page_reads() -> None:
    page = site_page("Field Notes", "<img src='/u/erro-404@2x.png' alt=''>" + HOME)
    document = parse(page)
    assert document is not None
    root = document.root
    text = "Field Notes Back to the home page © 2026 Field Notes"
    thin = read_thin(root, "Field Notes", None, text)
    assert thin is not None and thin.pictures == ("erro 404",)
    # a heading that names something is the page's own content, whatever the main area holds
    assert read_thin(root, "Field Notes", "Annual report 2025", text) is None
    assert names_nothing("Oops! | Field Notes", "Oops!", text, frozenset({"field notes"}))
    assert not names_nothing("Dolomites | Field Notes", None, text, frozenset({"field notes"}))
    assert file_words("/img/IMG_2041.jpg") == "2041"
    assert file_words("/a/page-introuvable.svg?v=3") == "page introuvable"
    assert word_count("Rendered in 827 ms · request 4a087be7") == 4
    assert word_count("ページが見つかりません") == 5


def _drawn_logo_page(site: str, main: str, lang: str) -> str:
    """A template whose logo is a drawing with no words: the site's name is its title alone."""
    menu = "".join(f"<li><a href='/s/{i}/'>{i}</a></li>" for i in ("a", "b", "c"))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{site}</title>"
        "</head><body><header><a href='/'><svg viewBox='0 0 9 9' aria-hidden='true'>"
        f"<circle cx='4' cy='4' r='4'/></svg></a><ul>{menu}</ul></header><main>{main}</main>"
        "<footer><a href='/privacy'>·</a> © 2026</footer></body></html>"
    )


def test_a_title_spelling_the_host_names_only_the_site(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A site whose logo is a drawing shows its name only as every page's title, and its host
    spells it: a line of absence alone at an item's address under that title stands where the
    item was. The same title over a line that names the item, or beside its picture, is a live
    page's."""
    gone = {
        "fr": ("atelier-du-bois.example", "Atelier du Bois", "/meubles/table-basse-chene-massif",
               "<p>Ce meuble n'est plus fabriqué par l'atelier.</p><p><a href='/'>Accueil</a></p>", "fr"),
        "pl": ("www.kwiaciarniaroza.example", "Kwiaciarnia Róża", "/bukiety/wiosenny-bukiet-tulipanow",
               "<p>Tej kompozycji nie ma już w ofercie.</p>", "pl"),
    }  # fmt: skip
    live = {
        "named": ("tidewater-kites.example", "Tidewater Kites", "/kites/delta-stunt-kite-red",
                  "<p>The red delta stunt kite is no longer on pre-order: it ships today.</p>", "en"),
        "pictured": ("kwiaciarnia-roza.example", "Kwiaciarnia Róża", "/bukiety/bukiet-slubny-piwonie",
                     "<p><img src='/foto/bukiet.jpg' alt='Bukiet ślubny z piwonii i eustomy'></p>"
                     "<p>Już nie tylko w maju.</p>", "pl"),
    }  # fmt: skip
    pages = {
        name: (host, path, _drawn_logo_page(site, main, lang))
        for name, (host, site, path, main, lang) in (gone | live).items()
    }
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name in gone:
        state, reason = said[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "under a title that is the site's name" in reason, (name, reason)
    for name in live:
        assert said[name][0] is LinkState.ALIVE, (name, said[name])
    assert names_nothing("Pisos Costa", None, "", frozenset(), "http://www.pisos-costa.es/p/1")
    assert not names_nothing("Pisos Costa", None, "", frozenset(), "http://www.pisos.es/p/1")
