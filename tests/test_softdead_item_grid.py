"""A section's grid of other items at one item's address, through a real run.

A removed item's address that answers 200 with its section's grid (other items' cards at
addresses of its own shape, a heading naming the section, nothing of the item) is soft-dead,
whether the item is known by a slug under a number, a date path or a query id, and the reason
names the section and the item's address. Its look-alikes stay alive: a live item with a grid of
its siblings under its own name, a category or a search cited on purpose (its items at another
address shape), a photo at a number address beside its siblings, and a list's page of a pager.
Every site answers made-up URLs with an honest 404 (the fixture web's default), so the probe
cannot help.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.item_grid import item_shaped, template
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import route_states, site_page

NAMES = ("Leather boot", "Suede loafer", "Trail runner", "Espadrille", "Court trainer", "Sandal")


def _grid(heading: str, shape: str) -> str:
    cards = "".join(
        f"<article class='card'><a href='{shape.format(n=4100 + n)}'><img src='/i/{n}.jpg' "
        f"alt=''><h3>{name}</h3></a><span>€ {20 + n}</span></article>"
        for n, name in enumerate(NAMES)
    )
    title = f"<h1>{heading}</h1>" if heading else ""
    return f"{title}<p>{len(NAMES) * 4} items</p><section>{cards}</section>"


def _serve(web: FixtureWeb, pages: list[tuple[str, str, str]]) -> list[str]:
    """Each (host, path, main area) served in a site's template; their URLs, in order."""
    return [web.add(host, path, body=site_page(host, main, host)) for host, path, main in pages]


def test_a_sections_grid_at_an_items_address_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    urls = _serve(
        web,
        [
            ("shoes.example", "/p/8812/red-canvas-sneaker", _grid("Women's shoes", "/p/{n}/m")),
            ("news.example", "/2023/11/17/ferry-timetable-cut", _grid("Local", "/2024/05/{n}/s")),
            ("jobs.example", "/job.php?id=4411", _grid("Stellenangebote", "/job.php?id={n}")),
            ("care.example", "/jobs/4411-nurse", _grid("Nursing jobs", "/jobs/{n}-care-role")),
            ("boots.example", "/boots/waxed-walking-boot", _grid("Autumn", "/boots/model-{n}")),
        ],
    )
    states = route_states(tmp_path, web, fast_settings, urls, "grid")
    for state, reason in states:
        assert state is LinkState.SOFT_DEAD, reason
    assert "Women's shoes" in states[0][1] and "/p/8812/red-canvas-sneaker" in states[0][1]
    assert "/job.php?id=4411" in states[2][1]


def test_items_with_sibling_grids_and_sections_cited_on_purpose_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    item = "<h1>Red canvas sneaker</h1><p>€ 59</p>" + _grid("You may also like", "/p/{n}/shoe")
    photo = "<h1>Bridge</h1><img src='/full/22.jpg' alt='Bridge'>" + _grid("More", "/photo/{n}")
    pager = "".join(f"<a href='/album/3/page/{n}'>{n}</a> " for n in range(1, 9))
    urls = _serve(
        web,
        [
            ("shop.example", "/p/8813/red-canvas-sneaker", item),
            ("shop.example", "/category/womens-shoes", _grid("Women's shoes", "/p/{n}/model")),
            ("shop.example", "/search.htm?id=7", _grid("Results", "/item.htm?id={n}")),
            ("photos.example", "/photo/22871", photo),
            ("photos.example", "/album/3/page/4", _grid("Summer", "/foto/{n}") + pager),
        ],
    )
    for state, reason in route_states(tmp_path, web, fast_settings, urls, "grid"):
        assert state is LinkState.ALIVE, reason


def test_an_address_names_an_item_by_its_identifier_or_slug_and_keeps_its_shape() -> None:
    assert item_shaped("http://a.example/jobs/4411-nurse")
    assert item_shaped("http://a.example/item.htm?id=9")
    assert item_shaped("http://a.example/p/red-canvas-sneaker")
    assert not item_shaped("http://a.example/category/shoes")
    assert not item_shaped("http://a.example/jobs")
    assert template("http://a.example/p/1/x") == template("http://a.example/p/22/y-z")
    assert template("http://a.example/ficha.aspx?id=9") != template(
        "http://a.example/marca.aspx?id=9"
    )


def _teasers(heading: str, shape: str, wrapped: bool) -> str:
    """A section's grid whose cards carry a teaser sentence: inside the card's link
    (``wrapped``) or after it in a list of link-led cards (a rail of teasers)."""
    cards = "".join(
        f"<li><a href='{shape.format(n=4100 + n)}'><h3>{name}</h3>"
        + (f"<p>{name} is back in stock this week.</p></a>" if wrapped else "</a>")
        + ("" if wrapped else f"<p>{name} is back in stock this week.</p>")
        + "</li>"
        for n, name in enumerate(NAMES)
    )
    return f"{heading}<p>{len(NAMES) * 4} items</p><ul class='list'>{cards}</ul>"


def test_sentences_in_cards_and_chrome_after_the_heading_are_not_the_pages_own(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    letter = "<div class='newsletter'><h2>Weekly letter</h2><p>Sign up for it today.</p></div>"
    # (host, address, heading, the cards' address shape, the teaser inside the card's link)
    teasers = [
        ("news.example", "/2023/11/17/ferry-cut", "Local", "/2024/05/{n}/s", True),
        ("news.example", "/2023/11/18/bus-cut", "Local", "/2024/05/{n}/t", False),
        ("jobs.example", "/job.php?id=4411", "Empleo", "/job.php?id={n}", True),
        ("care.example", "/jobs/4411-nurse", "Pflege", "/jobs/{n}-role", False),
    ]
    pages = [(h, a, _teasers(f"<h1>{t}</h1>", shape, inside)) for h, a, t, shape, inside in teasers]
    shoes = ("shoes.example", "/p/8812/red-canvas-sneaker", letter + _grid("", "/p/{n}/m"))
    urls = _serve(web, [*pages, shoes])
    for state, reason in route_states(tmp_path, web, fast_settings, urls, "told"):
        assert state is LinkState.SOFT_DEAD, reason


def test_an_items_own_sentence_under_its_heading_keeps_it_alive_beside_a_grid(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    ferry = "<h1>Night boat to the isles</h1><p>The ferry now leaves at nine from pier four.</p>"
    shoe = "<h1>Rote Stoffschuhe</h1><div class='by'>Neu</div><p>Aus Leinen, mit Gummisohle.</p>"
    tea = "<h1>焙じ茶</h1><p>香ばしい香りのお茶です。</p>"
    nested = (
        "<header><h1>El muelle abre de noche</h1></header>"
        "<div class='entry'><div class='text'><p>Desde el lunes, el muelle abre hasta las "
        "once de la noche.</p></div></div>"
    )
    role = "<h1>Night nurse, ward 3</h1><p>Full time. Apply by 1 March!</p>"
    urls = _serve(
        web,
        [
            (
                "news.example",
                "/2023/11/17/ferry-timetable-cut",
                ferry + _grid("More", "/2024/05/{n}/s"),
            ),
            ("schuhe.example", "/p/8812/red-canvas-sneaker", shoe + _grid("Mehr", "/p/{n}/m")),
            ("cha.example", "/item.php?id=4411", tea + _grid("その他", "/item.php?id={n}")),
            (
                "diario.example",
                "/2023/11/19/puerto-cierre",
                nested + _grid("Más", "/2024/05/{n}/s"),
            ),
            ("jobs.example", "/jobs/4411-nurse", role + _grid("More jobs", "/jobs/{n}-care-role")),
        ],
    )
    for state, reason in route_states(tmp_path, web, fast_settings, urls, "own"):
        assert state is LinkState.ALIVE, reason
