# ruff: noqa: E501  (pages written one a line: data)
"""MediaWiki's own words for a page that does not exist, through a real local server.

A wiki answers the address of a page nobody wrote with the page's name as its heading and the
`noarticletext` message under it ("There is currently no text in this page. You can search for
this page title in other pages ..."), with status 200 on many installs' skins and caches. The
message is a statement that this page has no text, read by the phrase book's `direct` entries
(tests/softdead/cms_notfound.yaml cites each language's string by repository, file and key).
A page that quotes or discusses the message is a page with text of its own and answers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def _wiki(site: str, name: str, message: str, lang: str) -> str:
    """A missing page as MediaWiki's Vector skin shows it: the name asked for, then the message."""
    main = (
        f"<h1 id='firstHeading' class='firstHeading'>{name}</h1>"
        "<div id='bodyContent'><div id='siteSub'>From " + site + "</div>"
        f"<div id='mw-content-text'><div class='noarticletext mw-content-ltr'><p>{message}</p></div></div></div>"
    )
    return site_page(site, main, f"{name} - {site}", lang=lang)


def test_a_wiki_page_with_no_text_is_soft_dead_in_two_languages(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "en": ("wiki.example", "/wiki/Aldwick_Bridge", _wiki("Town Wiki", "Aldwick Bridge", "There is currently no text in this page. You can <a href='/w/index.php?search=Aldwick+Bridge'>search for this page title</a> in other pages, <a href='/w/index.php?title=Special:Log&amp;page=Aldwick_Bridge'>search the related logs</a>, or <a href='/w/index.php?title=Aldwick_Bridge&amp;action=edit'>edit this page</a>.", "en")),
        "de": ("wiki-de.example", "/wiki/Br%C3%BCcke_von_Aldwick", _wiki("Stadtwiki", "Brücke von Aldwick", "Diese Seite enthält momentan noch keinen Text und du bist auch nicht dazu berechtigt, diese Seite zu erstellen. Du kannst ihren Titel auf anderen Seiten <a href='/w/index.php?search=Br%C3%BCcke'>suchen</a> oder die zugehörigen <a href='/w/index.php?title=Spezial:Logbuch'>Logbücher betrachten</a>.", "de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "text says" in reason, (name, reason)


def test_an_article_quoting_or_discussing_the_message_is_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    discuss = (
        "<h1>Help:Red links</h1><p>A red link points to a page nobody has written yet. Following one "
        "opens the editor for signed-in users; readers who are not signed in see the page's name and "
        "the sentence “There is currently no text in this page.” with links to search for the title.</p>"
        "<p>Before you create the page, search for the subject under other names: it may be covered "
        "in a broader article, or a redirect may be the better fix. Check the deletion log too, since "
        "a page that was deleted after a discussion should not be recreated without a new reason.</p>"
        "<p>When you do start the page, write a first sentence that defines the subject and cite at "
        "least one source, so that patrollers do not tag it for speedy deletion.</p>"
    )
    quoting_es = (
        "<h1>Cómo crear tu primer artículo</h1><p>Si sigues un enlace rojo, el wiki te mostrará el "
        "aviso «En este momento no hay texto en esta página» junto con enlaces para buscar el título. "
        "No te preocupes: significa que puedes escribirlo tú.</p>"
        "<p>Pulsa «crear esta página», escribe una introducción breve y añade al menos una referencia. "
        "Después guarda los cambios con un resumen claro para que otros editores sepan qué hiciste.</p>"
        "<p>Si el tema ya existe con otro nombre, crea una redirección en lugar de un artículo nuevo.</p>"
    )
    pages = {
        "help": ("wiki.example", "/wiki/Help:Red_links", site_page("Town Wiki", discuss, "Help:Red links - Town Wiki")),
        "es-guide": ("guia.example", "/wiki/Ayuda:Primer_articulo", site_page("Wiki del Pueblo", quoting_es, "Cómo crear tu primer artículo - Wiki del Pueblo", lang="es")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    called = {
        name: reason for name, (state, reason) in said.items() if state is not LinkState.ALIVE
    }
    assert called == {}
