"""The page's main message, through real runs on a local web (``classify.main_area``).

A not-found page in a site's template keeps the template's generic title and heading ("Health
Library") and says it is gone only in its main area, amid rails of related articles with their
summaries, a newsletter box and share buttons. Read over the whole text, the statement stands
among a few hundred words of chrome prose (or past the text's lead); read over the main content,
it is the first thing there and nearly all of it, so the page is soft-dead. Live pages with the
same words in a smaller part (a "no comments" box under a post, a post quoting the error, a help
page's "if you can't find the page", a glossary entry) or with a main area of a widget, a table
or a gallery stay alive. Every site answers made-up URLs with an honest 404: the page's own
words carry the verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.main_area import read_main
from curator.extract.document import parse
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, route_states, site_page

_SUMMARIES = [
    (
        "Lower back pain: causes and treatment",
        "Most back pain eases within a few weeks with gentle movement, heat and simple pain "
        "relief, and only a few people need scans or surgery.",
    ),
    (
        "Sleep positions for a healthier spine",
        "A pillow between the knees keeps the hips level at night, and a medium-firm mattress "
        "supports the natural curve of the lower back.",
    ),
    (
        "Desk posture that lasts all day",
        "Set the screen at eye level, keep both feet flat on the floor and stand up for a short "
        "walk at least once every half an hour.",
    ),
    (
        "When neck pain needs a doctor",
        "Pain after a fall, numbness in the arms or a fever alongside a stiff neck are reasons "
        "to see a clinician on the same day.",
    ),
]
NEWSLETTER = (
    "<div class='newsletter-signup'><p>Get our weekly newsletter with advice from our "
    "physiotherapists, simple exercises you can do at home and news about the latest research, "
    "delivered to your inbox every Friday.</p></div>"
)


def _rail(cls: str, heading: str) -> str:
    items = "".join(
        f"<div class='card'><h3><a href='/a/{n}'>{name}</a></h3><p>{summary}</p></div>"
        for n, (name, summary) in enumerate(_SUMMARIES)
    )
    return f"<div class='{cls}'><h2>{heading}</h2>{items}</div>"


def test_a_statement_that_is_the_main_contents_message_is_soft_dead_under_a_generic_title(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    library = web.add(
        "clinic.example",
        "/health-library/sciatica-exercises",
        body=site_page(
            "Lakeside Health",
            "<h1>Health Library</h1><p>Sorry, we can't find the page you're looking for.</p>"
            f"<p>Search the library or browse topics from A to Z.</p>"
            f"{_rail('related-articles', 'Related articles')}{NEWSLETTER}",
            "Health Library | Lakeside Health",
        ),
    )
    late = web.add(
        "times.example",
        "/local/2026/11/harbour-bridge-repairs",
        body=site_page(
            "Harbour Times",
            f"<h1>Local news</h1>{_rail('promo-carousel', 'Featured')}"
            f"{_rail('most-read', 'Most read')}{_rail('teasers', 'Opinion')}"
            "<div class='error-box'><p>We're sorry, this page doesn't exist.</p>"
            "<p>Return to the front page.</p></div>",
            "Harbour Times",
        ),
    )
    tienda = web.add(
        "tienda.example",
        "/productos/faja-lumbar-pro-2",
        body=site_page(
            "Tienda Espalda",
            "<h1>Productos</h1><p>Lo sentimos, no hemos podido encontrar la página que "
            "buscas.</p><p>Sigue comprando.</p><div class='product-recommendations'>"
            + "".join(
                f"<div><h3><a href='/p/{n}'>Faja {n}</a></h3><p>Una faja lumbar transpirable "
                "que sujeta la espalda durante el trabajo y se ajusta con velcro a tu talla.</p>"
                "</div>"
                for n in range(12)
            )
            + "</div>",
            "Tienda Espalda",
            "es",
        ),
    )
    ratgeber = web.add(
        "ruecken.example",
        "/ratgeber/bandscheibe-uebungen-zu-hause",
        body=site_page(
            "Rückenportal",
            "<h1>Ratgeber</h1><p>Die angeforderte Seite konnte leider nicht gefunden werden.</p>"
            "<p>Nutzen Sie die Suche.</p><div class='newsletter-box'><p>Abonnieren Sie unseren "
            "wöchentlichen Newsletter mit Tipps unserer Physiotherapeuten, einfachen Übungen für "
            "zu Hause und Neuigkeiten aus der Forschung.</p></div>"
            f"{_rail('related', 'Ähnliche Artikel')}{_rail('teasers', 'Beliebt')}",
            "Ratgeber | Rückenportal",
            "de",
        ),
    )
    removed = web.add(
        "uni.example",
        "/research/spine-biomechanics-lab",
        body=site_page(
            "Northfield University",
            "<h1>Research</h1><p>Sorry, the page you requested could not be found. Try the "
            f"research directory.</p>{_rail('related-links', 'Explore research')}{NEWSLETTER}",
            "Northfield University",
        ),
    )
    urls = [library, late, tienda, ratgeber, removed]
    states = route_states(tmp_path, web, fast_settings, urls)
    for state, reason in states:
        assert state is LinkState.SOFT_DEAD, reason
    # Where the rail's links are set apart from the prose, the text's statement convicts alone;
    # elsewhere the main content's message is what tips the score.
    for _, reason in (states[0], states[4]):
        assert "not counted as prose" in reason, reason
    for _, reason in states[1:4]:
        assert "the main content says" in reason, reason
    assert "first in the main content" in states[2][1]


def test_the_same_words_in_a_smaller_part_of_a_live_page_are_no_message(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    post = (
        "<h1>Three days on the Alta Via 1</h1><p>We set off from Lago di Braies in light rain "
        "and reached the first hut by mid-afternoon, soaked but happy.</p><p>The second day was "
        "the long one: eight hours over two passes.</p>"
    )
    pages = {
        "comments": site_page(
            "Trail Notes",
            f"{post}<div id='comments'><h2>Comments</h2><p>No comments yet. Nothing was found "
            "here, be the first to comment.</p></div>",
            "Three days on the Alta Via 1 – Trail Notes",
        ),
        "quoted": site_page(
            "Santé Dos",
            "<h1>Why our old exercise links broke</h1><p>Last month several readers wrote in "
            "because links from our newsletter led to a page that said “Sorry, we can't find "
            f"the page you're looking for.”</p>{PROSE * 3}",
            "Why our old exercise links broke | Santé Dos",
        ),
        "help": site_page(
            "Acme Support",
            "<h1>Help Center</h1><p>If you can't find the page you're looking for, search the "
            "help center or submit a request and our team will answer within a day.</p>"
            "<ul><li><a href='/a'>Getting started</a></li><li><a href='/b'>Billing</a></li></ul>",
            "Acme Help Center",
        ),
        "glossary": site_page(
            "SEO Wiki",
            "<h1>Soft 404</h1><p>A <b>soft 404</b> is a page that tells visitors the page you "
            "requested could not be found while the server answers with a success status.</p>",
            "Soft 404 – SEO Wiki",
        ),
        "widget": site_page(
            "Mercy Valley Hospital",
            "<h1>BMI calculator</h1><p>Enter your height and weight.</p><form><input name='h'>"
            "<input name='w'><button>Calculate</button></form>",
            "BMI calculator | Mercy Valley Hospital",
        ),
        "table": site_page(
            "LinkWatch Docs",
            "<h1>Reading the monitor table</h1><table><tr><td>/pricing</td><td>200 OK</td></tr>"
            "<tr><td>/old-blog</td><td>404 Not Found</td></tr><tr><td>/api</td>"
            "<td>503 Service Unavailable</td></tr></table>",
            "Reading the monitor table | LinkWatch Docs",
        ),
        "stub": site_page(
            "Rückenportal",
            "<h1>Impressum</h1><p>Rückenportal GmbH, Hauptstraße 1, 10115 Berlin.</p>",
            "Impressum | Rückenportal",
            "de",
        ),
        "ayuda": site_page(
            "Tienda Espalda",
            "<h1>Ayuda</h1><p>Si no encuentras la página que buscas, escríbenos y te "
            "ayudamos.</p><p>Envíos, devoluciones y pagos: consulta las preguntas frecuentes.</p>",
            "Ayuda – Tienda Espalda",
            "es",
        ),
        "gallery": site_page(
            "Pilates Studio",
            "<h1>Gallery</h1><figure><img src='/1.jpg' alt=''><figcaption>Reformer class"
            "</figcaption></figure><figure><img src='/2.jpg' alt=''><figcaption>Mat class"
            "</figcaption></figure>",
            "Gallery — Pilates Studio",
        ),
        "faq": site_page(
            "Acme Support",
            "<h1>Frequently asked questions</h1><h2>Why do I see “Page not found” after logging "
            "in?</h2><p>Your bookmark may point to a page from our old website. Log in from the "
            "home page and update your bookmarks.</p><h2>How do I change my email address?</h2>"
            "<p>Open your profile, choose Settings and enter the new address.</p>",
            "Frequently asked questions | Acme Support",
        ),
    }
    urls = [
        web.add(f"{name}.example", f"/pages/{name}-page", body=body) for name, body in pages.items()
    ]
    states = route_states(tmp_path, web, fast_settings, urls[:5])
    states += route_states(tmp_path, web, fast_settings, urls[5:], "more")
    for (state, reason), name in zip(states, pages, strict=True):
        assert state is LinkState.ALIVE, (name, reason)


def _area(html: str) -> list[tuple[str, bool]]:
    document = parse(html)
    assert document is not None
    return [(block.text, block.heading) for block in read_main(document.root).blocks]


def test_the_main_area_leaves_out_chrome_by_structure_and_link_density() -> None:
    page = (
        "<html><body><header><a href='/'>Site</a><p>Free delivery over 50 euros today.</p>"
        "</header><div id='onetrust-banner-sdk'><p>We use cookies to improve your visit.</p>"
        "</div><main><div class='breadcrumbs'><a href='/'>Home</a> › Library</div>"
        "<header class='entry-header'><h1>Library</h1></header>"
        "<p>Sorry, that page is gone.</p><div class='related-posts'><p>Another article "
        "summary that is chrome here.</p></div><ul><li><a href='/1'>One link</a></li>"
        "<li><a href='/2'>Another link</a></li></ul><div role='complementary'>Aside</div>"
        "<p>Back to <a href='/'>the home page</a> of the library.</p></main>"
        "<footer><p>© Site</p></footer></body></html>"
    )
    assert _area(page) == [
        ("Library", True),
        ("Sorry, that page is gone.", False),
        ("Back to the home page of the library.", False),
    ]


def test_without_a_landmark_the_body_is_read_and_a_lone_article_is_one() -> None:
    body = "<div class='menu'><a href='/'>Home</a></div><div><p>Only text.</p></div>"
    assert _area(f"<html><body>{body}</body></html>") == [("Only text.", False)]
    article = "<p>Outside.</p><article><p>Inside.</p></article>"
    assert _area(f"<html><body>{article}</body></html>") == [("Inside.", False)]
    several = "<article><p>One.</p></article><article><p>Two.</p></article>"
    assert _area(f"<html><body>{several}</body></html>") == [("One.", False), ("Two.", False)]
