"""Works and things named like errors, through a real run, both ways (``classify.named``).

A band called "Error 404" heads its tour page with its name over a table of dates, a lyrics
site heads the song "Page Not Found" over its verses, a type foundry its font "404" over its
styles and a specimen: the words fill the title and the heading as a not-found page's do, and
the page goes on to treat them as its subject. Their sites' not-found pages carry the same
words over nothing of their own (a search box, a link home, a forum's list of other topics, a
help paragraph): those stay gone. Every site answers made-up URLs with an honest 404 (the
fixture web's default), so the probe cannot help either way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

# Inlined styles ahead of everything else, as many real pages ship them: 24 kB.
STYLES = "<style>" + ".c{margin:0 auto;padding:0}" * 910 + "</style>"


def _page(site: str, heading: str, main: str, title: str, lang: str = "en") -> str:
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>{STYLES}"
        f"<title>{title}</title></head><body><header><a href='/'>{site}</a><ul>{menu}</ul>"
        f"<form action='/search'><input name='q'><button>Search</button></form></header>"
        f"<main><h1>{heading}</h1>{main}</main><footer>{menu}<p>© 2026 {site}</p></footer>"
        "</body></html>"
    )


def _states(
    tmp_path: Path, web: FixtureWeb, fast: Callable[..., FetchSettings], urls: list[str]
) -> list[tuple[LinkState, str]]:
    write_route(tmp_path / "routes", "named", urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    return [
        (sources[f"Source {n}"].state, sources[f"Source {n}"].reason)
        for n in range(1, len(urls) + 1)
    ]


def _expect(
    tmp_path: Path,
    web: FixtureWeb,
    fast: Callable[..., FetchSettings],
    urls: list[str],
    want: list[LinkState],
) -> None:
    """Each of ``urls`` gets its state in ``want``, through one real run."""
    states = _states(tmp_path, web, fast, urls)
    for (state, reason), url, expected in zip(states, urls, want, strict=True):
        assert state is expected, (url, reason)


TOUR = (
    "<h2>Tour dates</h2><table><tr><th>Date</th><th>City</th><th>Venue</th></tr>"
    "<tr><td>12 Mar 2027</td><td>Leeds</td><td>Brudenell Social Club</td></tr>"
    "<tr><td>14 Mar 2027</td><td>Glasgow</td><td>King Tut's</td></tr>"
    "<tr><td>19 Mar 2027</td><td>London</td><td>Scala</td></tr></table>"
)
VERSES = (
    "<p>I typed your name a hundred times<br>the cursor blinking out of rhyme<br>"
    "page not found, page not found<br>the server's quiet, not a sound</p>"
    "<p>Songwriters: J. Okafor, M. Reyes.</p>"
)
FONT = (
    "<p>A monospaced display face drawn from early error screens.</p><table>"
    "<tr><th>Styles</th><td>4</td></tr><tr><th>Glyphs</th><td>612</td></tr>"
    "<tr><th>Licence</th><td>Desktop from €40</td></tr></table>"
    "<p><a href='/fonts/404/specimen.pdf'>404 specimen (PDF)</a></p>"
)


def test_works_named_like_errors_over_their_own_content_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    band = web.add(
        "band.example", "/tour", body=_page("Error 404", "Error 404", TOUR, "Error 404 | Official")
    )
    song = web.add(
        "lyrics.example",
        "/the-static/page-not-found",
        body=_page("LyricNest", "Page Not Found", VERSES, "Page Not Found | LyricNest"),
    )
    font = web.add(
        "type.example", "/fonts/404", body=_page("Type Foundry", "404", FONT, "404 – Type Foundry")
    )
    film = web.add(
        "cine.example",
        "/film/31277",
        body=_page(
            "CinéFiches",
            "Page introuvable",
            "<dl><dt>Réalisation</dt><dd>Claire Dumas</dd><dt>Durée</dt><dd>1 h 38</dd>"
            "<dt>Sortie</dt><dd>4 juin 2025</dd></dl>",
            "Page introuvable – CinéFiches",
            lang="fr",
        ),
    )
    play = web.add(
        "teatro.example",
        "/obras/pagina-no-encontrada",
        body=_page(
            "Teatro del Puerto",
            "Página no encontrada",
            "<h2>Funciones</h2><table><tr><td>Viernes 7 de mayo</td><td>20:30</td></tr>"
            "<tr><td>Sábado 8 de mayo</td><td>18:00 y 21:00</td></tr></table>",
            "Página no encontrada | Teatro del Puerto",
            lang="es",
        ),
    )
    urls = [band, song, font, film, play]
    _expect(tmp_path, web, fast_settings, urls, [LinkState.ALIVE] * len(urls))


def test_the_same_words_over_nothing_of_the_page_s_own_stay_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    band = web.add(
        "band.example",
        "/tour-2019",
        body=_page(
            "Error 404", "Error 404", "<p><a href='/'>Back home</a></p>", "Error 404 | Band"
        ),
    )
    song = web.add(
        "lyrics.example",
        "/the-static/signal-lost",
        body=_page(
            "LyricNest",
            "Page Not Found",
            "<p>Try the search box above, or browse the artists in the menu. If you followed a "
            "link from another site, let us know and we will fix it as soon as we can.</p>",
            "Page Not Found | LyricNest",
        ),
    )
    forum = web.add(
        "forum.example",
        "/t/sujet-supprime/310",
        body=_page(
            "Forum Web",
            "Page introuvable",
            "<h2>Latest</h2><table><tr><td><a href='/t/a/658'>Impôts des indépendants</a></td>"
            "<td>65</td></tr><tr><td><a href='/t/b/1361'>Le pain au levain</a></td><td>31</td>"
            "</tr><tr><td><a href='/t/c/1557'>Renouveler son passeport</a></td><td>50</td></tr>"
            "</table>",
            "Page introuvable - Forum Web",
            lang="fr",
        ),
    )
    font = web.add(
        "type.example",
        "/fonts/mono-1998",
        body=_page("Type Foundry", "404", "<p><a href='/fonts'>All fonts</a></p>", "404 – Type"),
    )
    play = web.add(
        "teatro.example",
        "/obras/la-tormenta-2019",
        body=_page(
            "Teatro del Puerto",
            "Página no encontrada",
            "<p><a href='/'>Volver al inicio</a></p>",
            "Página no encontrada | Teatro del Puerto",
            lang="es",
        ),
    )
    urls = [band, song, forum, font, play]
    _expect(tmp_path, web, fast_settings, urls, [LinkState.SOFT_DEAD] * len(urls))


def test_a_song_s_stanzas_are_its_own_lines_a_help_box_s_are_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    verses = (
        "I typed your name a hundred times<br>the cursor blinking out of rhyme<br>"
        "page not found, page not found<br>the server's quiet, not a sound<br>"
    )
    in_div = web.add(
        "lyrics.example",
        "/the-static/page-not-found",
        body=_page(
            "LyricNest",
            "Page Not Found",
            f"<div>{verses}</div><p>Songwriters: J. Okafor, M. Reyes.</p>",
            "Page Not Found | LyricNest",
        ),
    )
    pt = web.add(
        "letras.example",
        "/banda-cabo/pagina-nao-encontrada",
        body=_page(
            "Letras BR",
            "Página não encontrada",
            "<p>Procurei teu nome na tela<br>a luz apagou na janela<br>página não encontrada"
            "<br>e a noite ficou calada</p><p>Deixaste o link sem saída<br>e eu sem nenhuma "
            "guarida<br>procurei a noite inteira<br>na cidade e na ribeira</p>",
            "Página não encontrada | Letras BR",
            lang="pt",
        ),
    )
    three = web.add(
        "lyrics.example",
        "/the-static/gone",
        body=_page(
            "LyricNest",
            "Page Not Found",
            "<div>Try the search box above<br>or browse the artists in the menu<br>"
            "or go back to the home page</div>",
            "Page Not Found | LyricNest",
        ),
    )
    linked = web.add(
        "lyrics.example",
        "/the-static/gone-too",
        body=_page(
            "LyricNest",
            "Page Not Found",
            "<p>Try the search box above<br>or browse the artists in the menu<br>or check the "
            "address for typos<br>or go back to the <a href='/'>home page</a></p>",
            "Page Not Found | LyricNest",
        ),
    )
    pt_gone = web.add(
        "letras.example",
        "/banda-cabo/sinal-fraco",
        body=_page(
            "Letras BR",
            "Página não encontrada",
            "<p><a href='/'>Início</a></p>",
            "Página não encontrada | Letras BR",
            lang="pt",
        ),
    )
    urls = [in_div, pt, three, linked, pt_gone]
    want = [LinkState.ALIVE, LinkState.ALIVE] + [LinkState.SOFT_DEAD] * 3
    _expect(tmp_path, web, fast_settings, urls, want)


def test_the_site_s_help_under_an_error_heading_is_not_a_name_s_content(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A rhyme about being lost with a link home, a "Recently updated" table of dates beside
    linked articles and a list of useful links, each under a not-found heading the title
    repeats: the site's help, not a work's (the rhyme was called alive on cf6ae19). And a
    not-found page whose JSON-LD names the page ("Page not found" as a WebPage, a breadcrumb
    ending in it) or a thing by another name: the error's words stay its message."""
    rhyme = web.add(
        "lyrics.example",
        "/the-static/lost-song",
        body=_page(
            "LyricNest",
            "Page Not Found",
            "<p>Roses are red,<br>violets are blue,<br>the link that you followed<br>got lost "
            "on the way through.</p><p><a href='/'>Back to the home page</a></p>",
            "Page Not Found | LyricNest",
        ),
    )
    recent = web.add(
        "wiki.example",
        "/wiki/Season_9_Finale",
        body=_page(
            "Harbour Lights Wiki",
            "Error 404",
            "<h2>Recently updated</h2><table>"
            + "".join(
                f"<tr><td>{day} Dec 2026</td><td><a href='/wiki/{name}'>{name}</a></td></tr>"
                for day, name in ((4, "Maren_Holt"), (3, "Cast"), (2, "Season_2"))
            )
            + "</table>",
            "Error 404 | Harbour Lights Wiki",
        ),
    )
    useful = web.add(
        "docs.example",
        "/docs/0.9/plugins",
        body=_page(
            "Relay SDK",
            "Seite nicht gefunden",
            "<h2>Nützliche Links</h2><dl><dt>Dokumentation</dt><dd><a href='/docs/'>Anleitungen "
            "und API-Referenz lesen</a></dd><dt>Forum</dt><dd><a href='/forum/'>Eine Frage "
            "stellen</a></dd><dt>Status</dt><dd><a href='/status'>Läuft alles?</a></dd></dl>",
            "Seite nicht gefunden | Relay SDK",
            lang="de",
        ),
    )
    crumbs = (
        '<script type=\'application/ld+json\'>{"@type":"BreadcrumbList","itemListElement":['
        '{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem",'
        '"position":2,"name":"Page not found"}]}</script>'
    )
    page = web.add(
        "shop.example",
        "/products/old-lamp",
        body=_page(
            "Lumio",
            "Page not found",
            _declaring("WebPage", "Page not found", "Page not found - Lumio")
            + crumbs
            + "<p><a href='/'>Home</a></p>",
            "Page not found - Lumio",
        ),
    )
    other = web.add(
        "records.example",
        "/album/8790",
        body=_page(
            "レコード堂",
            "ページが見つかりません",
            _declaring("MusicAlbum", "圏外", "レコード堂")
            + "<p><a href='/'>トップページへ</a></p>",
            "ページが見つかりません｜レコード堂",
            lang="ja",
        ),
    )
    urls = [rhyme, recent, useful, page, other]
    _expect(tmp_path, web, fast_settings, urls, [LinkState.SOFT_DEAD] * len(urls))


def _declaring(kind: str, name: str, page_name: str) -> str:
    """A template's JSON-LD graph: the web page first, then the thing under ``name``."""
    return (
        '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@graph":['
        f'{{"@type":"WebPage","name":"{page_name}"}},'
        f'{{"@type":"{kind}","name":"{name}"}}]}}</script>'
    )


def test_a_thing_the_page_declares_by_the_error_s_words_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A band whose tour rows lead with linked dates, a slang entry, an album named with a
    sentence ("ページが見つかりません"), each declaring the thing by the heading's words after
    its template's WebPage, and a band heading its page in a hero header over its tour table
    in the section after it: their DEV twins (``nm16-l-*``) were called soft-dead on cf6ae19,
    the band here is too. A category "Lost and found" declared a CollectionPage stays alive."""
    tour = "".join(
        f"<tr><td><a href='/events/{n}'>{n} Mar 2027</a></td><td>{city}</td><td>{venue}</td></tr>"
        for n, city, venue in ((12, "Leeds", "Brudenell"), (14, "Glasgow", "King Tut's"))
    )
    band = web.add(
        "band.example",
        "/tour",
        body=_page(
            "Error 404",
            "Error 404",
            _declaring("MusicGroup", "Error 404", "Error 404 | Official")
            + f"<h2>Tour</h2><table>{tour}</table>",
            "Error 404 | Official",
        ),
    )
    slang = web.add(
        "slang.example",
        "/define/404",
        body=_page(
            "SlangBook",
            "404",
            _declaring("DefinedTerm", "404", "404 | SlangBook")
            + "<div>adjective</div><ol><li>Clueless; not all there.</li></ol>",
            "404 | SlangBook",
        ),
    )
    album = web.add(
        "records.example",
        "/album/8813",
        body=_page(
            "レコード堂",
            "ページが見つかりません",
            _declaring("MusicAlbum", "ページが見つかりません", "レコード堂")
            + "<ol><li>起動</li><li>圏外</li></ol>",
            "ページが見つかりません｜レコード堂",
            lang="ja",
        ),
    )
    hero = web.add(
        "live.example",
        "/live",
        body=_page(
            "Error 404",
            "",
            "",
            "Error 404 | Official Site",
        ).replace(
            "<main><h1></h1></main>",
            "<main><header><h1>Error 404</h1><p>Official site</p></header><section>"
            "<table><tr><td>12 Mar 2027</td><td>Leeds</td><td>Brudenell Social Club</td></tr>"
            "<tr><td>14 Mar 2027</td><td>Glasgow</td><td>King Tut's</td></tr>"
            "<tr><td>16 Mar 2027</td><td>Bristol</td><td>Thekla</td></tr></table></section></main>",
        ),
    )
    museum = web.add(
        "museum.example",
        "/collection/themes/lost-and-found",
        body=_page(
            "Museum of the Home",
            "Lost and found",
            _declaring("CollectionPage", "Lost and found", "Lost and found")
            + "<p>Objects that went missing from homes and turned up again.</p><ul>"
            + "".join(
                f"<li><a href='/collection/object/{n}'>{what}</a></li>"
                for n, what in ((1987, "Brass door key"), (2004, "Silver locket"))
            )
            + "</ul>",
            "Lost and found | Museum of the Home",
        ),
    )
    urls = [band, slang, album, hero, museum]
    _expect(tmp_path, web, fast_settings, urls, [LinkState.ALIVE] * len(urls))


def test_a_song_s_verses_apart_by_blank_lines_are_its_own_a_lone_rhyme_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A song set whole in one ``div`` (its verses apart by blank lines), two verses in two
    ``div``s and one verse over a credit stay alive; a not-found page's rhyme of eight lines in
    one paragraph, and a help box of four lines, stay gone (a lone stanza names nobody)."""
    one = (
        "I typed your name a hundred times<br>the cursor blinking out of rhyme<br>"
        "page not found, page not found<br>the server's quiet, not a sound<br>"
    )
    two = (
        "you took the link and left the frame<br>and every search returns the same<br>"
        "a blank white page, an empty tab<br>the last thing that we ever had<br>"
    )
    title = "Page Not Found | LyricNest"

    def lyrics(path: str, main: str) -> str:
        return web.add(
            "lyrics.example", path, body=_page("LyricNest", "Page Not Found", main, title)
        )

    urls = [
        lyrics("/a/page-not-found", f"<div>{one}<br>{two}</div>"),
        lyrics("/b/page-not-found", f"<div>{one}</div><div>{two}</div>"),
        lyrics("/c/page-not-found", f"<div>{one}</div><p>Written by: Dana Whitlock, Sam Ruiz</p>"),
        lyrics(
            "/d/gone",
            "<p>The post you wanted wandered off,<br>it packed its words and went,<br>perhaps it "
            "took the morning train,<br>perhaps its time was spent.<br>So try the search box at "
            "the top,<br>or browse the tags instead,<br>and if you think we broke a link,<br>"
            "just drop a line, we said.</p>",
        ),
        lyrics(
            "/e/gone",
            "<p>Check the address for typos<br>use the search box above<br>browse the archive "
            "by month<br>or start again from the front page</p>",
        ),
    ]
    want = [LinkState.ALIVE] * 3 + [LinkState.SOFT_DEAD] * 2
    _expect(tmp_path, web, fast_settings, urls, want)


def test_a_lone_stanza_signed_by_its_author_is_a_poem_s(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Poems and lyrics sign themselves under their lines ("— Mara Keel, 2024"): one stanza
    over a byline is a work's, as one over "Poem: …" is; unsigned, or signed by nobody, it is a
    not-found page's rhyme."""
    stanza = (
        "<p>I looked for you in every harbour,<br>in the ledger and the tide tables,<br>"
        "in the nets hung out to dry,<br>not found, not found, not found.</p>"
    )
    verso = (
        "<p>Busqué tu barco en cada puerto,<br>en cada lista de la lonja,<br>en las redes "
        "que el viento seca:<br>no encontrado, no encontrado.</p>"
    )

    def poem(host: str, path: str, heading: str, lines: str, lang: str = "en") -> str:
        body = _page("Poems by the Sea", heading, lines, f"{heading} | Poems by the Sea", lang=lang)
        return web.add(host, path, body=body)

    urls = [
        poem("poems.example", "/poems/not-found", "Not Found", stanza + "<p>— Mara Keel, 2024</p>"),
        poem(
            "poemas.example",
            "/poemas/no-encontrado",
            "No encontrado",
            verso + "<p>– Lucía Ortega</p>",
            lang="es",
        ),
        poem("poems.example", "/poems/unsigned", "Not Found", stanza),
        poem("poems.example", "/poems/team", "Not Found", stanza + "<p>— the web team</p>"),
        poem("poems.example", "/poems/home", "Not Found", "<p><a href='/'>Home</a></p>"),
    ]
    want = [LinkState.ALIVE, LinkState.ALIVE] + [LinkState.SOFT_DEAD] * 3
    _expect(tmp_path, web, fast_settings, urls, want)


def _posts(count: int) -> str:
    """A set's members, as a blog lists them: each a linked title with its date and excerpt."""
    return "".join(
        f"<article><h2><a href='/2026/{n:02d}/walk-{n}/'>Coast walk {n}</a></h2>"
        f"<time>{n} Nov 2026</time><p>Three days on the cliffs with a map from 1911.</p></article>"
        for n in range(1, count + 1)
    )


def test_a_set_or_a_work_the_page_names_around_its_heading_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """No structured data, content that is other pages' or short, and yet the page says its
    heading is a name: a tag "Not Found" at its own address over its posts; an episode "404
    Not Found" its title numbers, over its player; a song "Page Not Found" whose title names
    the artist the page links first under it and at whose address it stands; a dictionary's
    "introuvable" at its own address, titled as a definition; a shop's collection "404" at its
    own address over its products and their prices."""
    tag = web.add(
        "notes.example",
        "/tag/not-found/",
        body=_page("Field Notes", "Not Found", _posts(6), "Not Found - Field Notes"),
    )
    episode = web.add(
        "debug.example",
        "/episodes/41",
        body=_page(
            "The Debug Hour",
            "404 Not Found",
            "<p>12 Oct 2026 · 58:21</p><audio controls src='/audio/041.mp3'></audio>"
            "<p>Where the web's best known status code came from.</p>",
            "Episode 41: 404 Not Found | The Debug Hour",
        ),
    )
    song = web.add(
        "lyricbay.example",
        "/the-static-lanes/page-not-found-lyrics",
        body=_page(
            "LyricBay",
            "Page Not Found",
            "<h2><a href='/artist/the-static-lanes'>The Static Lanes</a></h2><p>I followed "
            "every link you left<br>through pages cold and bare<br>the map said you were "
            "waiting<br>but nothing else was there</p>",
            "Page Not Found – The Static Lanes | LyricBay",
        ),
    )
    entry = web.add(
        "dico.example",
        "/definition/introuvable",
        body=_page(
            "Dico Libre",
            "introuvable",
            "<p><i>adj.</i></p><ol><li>Qu'on ne peut pas trouver.</li><li>Très rare.</li></ol>",
            "introuvable : définition | Dico Libre",
            lang="fr",
        ),
    )
    cards = "".join(
        f"<div class='card'><a href='/products/404-{kind}'>404 {kind.title()}</a>"
        f"<span class='price'>£{price}.00</span></div>"
        for kind, price in [("tee", 24), ("hoodie", 48), ("cap", 18), ("mug", 14), ("tote", 12)]
    )
    collection = web.add(
        "glitch.example",
        "/collections/404",
        body=_page("Glitch Apparel", "404", cards, "404 – Glitch Apparel"),
    )
    urls = [tag, episode, song, entry, collection]
    _expect(tmp_path, web, fast_settings, urls, [LinkState.ALIVE] * len(urls))


def test_one_reading_of_a_name_or_readings_that_only_bear_one_out_leave_it_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Not-found pages with what a named page has, but not what it is named by or at: the
    site's posts under "Recent posts"; a dead post whose address quotes the heading, over a
    feed; the station's live player under a link to the stream its title names; a lyrics
    site's charts linked first under the heading and named in its title; an apology in the
    title ("Sorry, Page Not Found") over the site's feed."""
    recent = web.add(
        "notes.example",
        "/2021/05/removed/",
        body=_page(
            "Field Notes", "Not Found", "<h2>Recent posts</h2>" + _posts(6), "Not Found - Notes"
        ),
    )
    quoted = web.add(
        "diary.example",
        "/2019/03/404-page-ideas/",
        body=_page("Dev Diary", "404", _posts(6), "404 — Dev Diary"),
    )
    radio = web.add(
        "harbourfm.example",
        "/shows/the-late-tide/2019-05-03",
        body=_page(
            "Harbour FM",
            "Page Not Found",
            "<p><a href='/live'>Harbour FM Live</a></p><audio controls src='/live.mp3'></audio>",
            "Page Not Found | Harbour FM Live | Harbour FM",
        ),
    )
    charts = web.add(
        "lyricbay.example",
        "/charts/2019-week-14",
        body=_page(
            "LyricBay",
            "Page Not Found",
            "<p><a href='/charts'>LyricBay Charts</a></p><p><a href='/'>Home</a></p>",
            "Page Not Found | LyricBay Charts | LyricBay",
        ),
    )
    sorry = web.add(
        "trail.example",
        "/2019/06/the-old-trail/",
        body=_page("Trail Notes", "Page Not Found", _posts(6), "Sorry, Page Not Found | Trail"),
    )
    urls = [recent, quoted, radio, charts, sorry]
    _expect(tmp_path, web, fast_settings, urls, [LinkState.SOFT_DEAD] * len(urls))


def _cards(count: int, prefix: str) -> str:
    """A small set's members, each with a picture, a date and words of its own beside its link."""
    return "".join(
        f"<li class='object'><a href='{prefix}/{n}'><img src='/img/{n}.jpg' alt=''></a>"
        f"<h3><a href='{prefix}/{n}'>Glass paperweight {n}</a></h3><p>c. 18{n}0</p>"
        f"<p>Blown glass, millefiori canes</p></li>"
        for n in range(1, count + 1)
    )


GLOSSARY = (
    "<dl><dt><dfn>Parked domain</dfn></dt><dd>A domain name that is registered but not "
    "connected to a website or email service.</dd></dl>"
)


def test_a_name_with_one_reading_of_its_page_and_its_own_content_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Names the page gives once, borne out by what stands under them: a museum's category "Non
    trovato" at its own address over four objects, each with its picture, date and materials
    (under the five members a set was asked for); a tag "Não encontrado" at the address a CMS
    writes without accents ("/tag/nao-encontrado/") over three such members; a band "No
    encontrado" at an address of figures, titled with its name and the label's only, whose
    player and rows of its own shows ending in "Entradas" bear each other out; an episode
    "Nothing Here" whose player and chapters beneath its own address do; a hosting glossary's
    entry "Parked domain", which names the practice it defines."""
    category = web.add(
        "museo.example",
        "/collezione/categoria/non-trovato",
        body=_page(
            "Museo del Vetro",
            "Non trovato",
            f"<ul class='grid'>{_cards(4, '/collezione/oggetto')}</ul>",
            "Non trovato – Museo del Vetro",
            lang="it",
        ),
    )
    tag = web.add(
        "ze.example",
        "/tag/nao-encontrado/",
        body=_page(
            "Blog do Zé",
            "Não encontrado",
            f"<ul>{_cards(3, '/livros')}</ul>",
            "Não encontrado - Blog do Zé",
            lang="pt",
        ),
    )
    shows = "".join(
        f"<tr><td>{day} mar 2027</td><td>{city}</td><td>{venue}</td>"
        f"<td><a href='/entradas/117-{day}'>Entradas</a></td></tr>"
        for day, city, venue in [(5, "Sevilla", "Sala X"), (6, "Málaga", "La Trinchera")]
    )
    band = web.add(
        "discossur.example",
        "/artistas/117",
        body=_page(
            "Discos Sur",
            "No encontrado",
            f"<audio controls src='/audio/117.mp3'></audio><table>{shows}</table>",
            "No encontrado | Discos Sur",
            lang="es",
        ),
    )
    chapters = "".join(
        f"<div class='chapter'>{start} <a href='/episodes/112/chapter/{n}'>{name}</a> "
        f"{length}</div>"
        for n, (start, name, length) in enumerate(
            [("00:00", "The office block", "16 min"), ("16:20", "Listener mail", "11 min")]
        )
    )
    episode = web.add(
        "listening.example",
        "/episodes/112",
        body=_page(
            "Deep Listening",
            "Nothing Here",
            f"<audio controls src='/audio/112.mp3'></audio>{chapters}",
            "Nothing Here | Deep Listening",
        ),
    )
    glossary = web.add(
        "hosting.example",
        "/glossary/parked-domain",
        body=_page("Hosting Glossary", "Parked domain", GLOSSARY, "Parked domain — Glossary"),
    )
    urls = [category, tag, band, episode, glossary]
    _expect(tmp_path, web, fast_settings, urls, [LinkState.ALIVE] * len(urls))


def test_a_not_found_page_over_the_site_s_few_posts_or_latest_episodes_stays_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """What a named page has, but the site's: three posts with pictures under "Recent posts";
    three posts right under the heading at a dead post's address, which names nothing; a
    podcast's newest episode playing beside rows of its latest episodes, each ending in
    "Anhören" and leading to an address beside the dead one's (another item of its kind); a
    search box and the site's sections under "Not Found"; and a lander that sets the term
    "Parked domain" over "Buy this domain", which it says of its own domain."""
    recent = web.add(
        "notes.example",
        "/tag/winter-2019/",
        body=_page(
            "Field Notes",
            "Not Found",
            f"<h2>Recent posts</h2><ul>{_cards(3, '/posts')}</ul>",
            "Not Found - Field Notes",
        ),
    )
    feed = web.add(
        "trail.example",
        "/the-old-quarry-walk/",
        body=_page("Trail Notes", "Not Found", f"<ul>{_cards(3, '/walks')}</ul>", "Not Found"),
    )
    latest = "".join(
        f"<li>Folge {n} · {n - 16} Min. · {n - 50}. Nov 2026 · "
        f"<a href='/folge/{n}'>Anhören</a></li>"
        for n in (58, 57, 56)
    )
    episodes = web.add(
        "hafenfunk.example",
        "/folge/12",
        body=_page(
            "Hafenfunk",
            "Seite nicht gefunden",
            f"<audio controls src='/audio/58.mp3'></audio><ul>{latest}</ul>",
            "Seite nicht gefunden | Hafenfunk",
            lang="de",
        ),
    )
    sections = "".join(f"<li><a href='/{s.lower()}/'>{s}</a></li>" for s in ("Artists", "Shop"))
    search = web.add(
        "saltmarsh.example",
        "/artists/4472",
        body=_page("Saltmarsh Records", "Not Found", f"<ul>{sections}</ul>", "Not Found | Salt"),
    )
    lander = web.add(
        "harbour-notes.example",
        "/2019/05/old-post.html",
        body=(
            "<html><head><title>harbour-notes.example</title></head><body><dl><dt>Parked domain"
            "</dt><dd>harbour-notes.example is parked. Buy this domain.</dd></dl></body></html>"
        ),
    )
    urls = [recent, feed, episodes, search, lander]
    states = _states(tmp_path, web, fast_settings, urls)
    assert [state for state, _ in states] == [LinkState.SOFT_DEAD] * len(urls), states
    assert "Buy this domain" in states[-1][1]


def _causes(first: str, second: str, third: str) -> str:
    return f"<ul><li>{first}</li><li>{second}</li><li>{third}</li></ul>"


def test_a_help_article_listing_an_error_s_causes_is_not_the_page_s_message(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Help articles whose bullet "The page was deleted." is one of three causes they list
    (en, de, es) stay alive (``causes``); a not-found page that lists the same causes under
    its own message, and one whose message is a list item beside links on, stay gone."""
    steps = "<h2>How to fix it</h2><ol><li>Open Settings.</li><li>Add a redirect.</li></ol>"
    help_en = web.add(
        "help.example",
        "/articles/404-errors",
        body=_page(
            "Site Builder Help",
            "Why do visitors see a 404 error?",
            "<p>A 404 error means the server could not find the address asked for. The most "
            "common causes are:</p>"
            + _causes(
                "The page was deleted.",
                "The page's address was changed and no redirect was set up.",
                "The link the visitor followed has a typo.",
            )
            + steps,
            "Why do visitors see a 404 error? – Site Builder Help",
        ),
    )
    help_de = web.add(
        "hilfe.example",
        "/hilfe/fehler-404",
        body=_page(
            "Shop-Hilfe",
            "Was bedeutet der Fehler 404?",
            "<p>Der Fehler 404 bedeutet, dass der Server die Adresse nicht gefunden hat. "
            "Häufige Ursachen:</p>"
            + _causes(
                "Die Seite wurde gelöscht.",
                "Die Adresse wurde ohne Weiterleitung geändert.",
                "Der Link enthält einen Tippfehler.",
            ),
            "Was bedeutet der Fehler 404? | Shop-Hilfe",
            lang="de",
        ),
    )
    help_es = web.add(
        "ayuda.example",
        "/ayuda/error-404",
        body=_page(
            "Ayuda Tienda",
            "¿Qué significa el error 404?",
            "<p>El error 404 indica que el servidor no encontró la dirección. Suele deberse a:</p>"
            + _causes(
                "La página fue eliminada.",
                "La dirección cambió sin redirección.",
                "El enlace tiene un error tipográfico.",
            ),
            "¿Qué significa el error 404? | Ayuda Tienda",
            lang="es",
        ),
    )
    listed = web.add(
        "studio.example",
        "/classes/reformer-basics",
        body=_page(
            "Pilates Studio",
            "Oops!",
            "<p>We couldn't find the page you were looking for. This may be because:</p>"
            + _causes(
                "The page was deleted.", "The address was mistyped.", "The link is out of date."
            ),
            "Pilates Studio",
        ),
    )
    ways = web.add(
        "clinic.example",
        "/conditions/old-page",
        body=_page(
            "Clinic",
            "Oops!",
            "<ul><li>The page you requested could not be found.</li>"
            "<li><a href='/'>Go to the home page</a></li><li><a href='/a-z'>Browse A-Z</a></li>"
            "</ul>",
            "Clinic",
        ),
    )
    states = _states(tmp_path, web, fast_settings, [help_en, help_de, help_es, listed, ways])
    want = [LinkState.ALIVE] * 3 + [LinkState.SOFT_DEAD] * 2
    assert [state for state, _ in states] == want, states


def test_rows_nothing_ties_to_the_item_leave_a_not_found_heading_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Not-found headings over rows of a figure and words that are the site's, not a thing's:
    a venue's next concerts (date, name, room) under "Event not found"; a deli's bestsellers
    with their prices under "Produit introuvable"; a station's live player over today's shows
    under "Pagina niet gevonden". Nothing names the heading (the address is the missing item's,
    the title its words and the site's) and no row links to a page of the item's own, so the
    rows are not the thing's facts; their twins whose rows link beneath the item's address (a
    record's tracks) or that the address names (a dictionary's "/define/gone") stay alive."""
    upcoming = "".join(
        f"<tr><td>{day} Feb</td><td>{name}</td><td>{room}</td></tr>"
        for day, name, room in [(3, "String quartet", "Recital room"), (10, "Big band", "Hall")]
    )
    concert = web.add(
        "quayhall.example",
        "/concerts/winter-gala-2021",
        body=_page("Quay Hall", "Event not found", f"<table>{upcoming}</table>", "Event not found"),
    )
    best = "".join(
        f"<li>{cheese} · {price} €/kg</li>"
        for cheese, price in [("Comté 18 mois", "32,50"), ("Morbier", "24,90"), ("Bleu", "27")]
    )
    deli = web.add(
        "fromagerie.example",
        "/fromages/mont-d-or-2020",
        body=_page(
            "Fromagerie du Jura",
            "Produit introuvable",
            f"<ul>{best}</ul>",
            "Produit introuvable | Fromagerie du Jura",
            lang="fr",
        ),
    )
    shows = "".join(
        f"<li>{time} {show} met {host}</li>"
        for time, show, host in [("07:00", "Ochtendstond", "Eva Bos"), ("12:00", "Lunch", "Tim")]
    )
    radio = web.add(
        "radiozuid.example",
        "/programmas/nachtwacht-2019",
        body=_page(
            "Radio Zuid",
            "Pagina niet gevonden",
            f"<audio controls src='https://stream.radiozuid.example/live'></audio><ul>{shows}</ul>",
            "Pagina niet gevonden | Radio Zuid",
            lang="nl",
        ),
    )
    tracks = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>{length}</td>"
        f"<td><a href='/records/sr-077/play/{n}'>Play</a></td></tr>"
        for n, name, length in [(1, "Event not found", "3:10"), (2, "Low tide", "4:02")]
    )
    record = web.add(
        "saltmarsh.example",
        "/records/sr-077",
        body=_page(
            "Saltmarsh Records",
            "Event not found",
            f"<audio controls src='/audio/sr-077.mp3'></audio><table>{tracks}</table>",
            "Event not found | Saltmarsh Records",
        ),
    )
    senses = "".join(
        f"<li>{n}. {sense}</li>"
        for n, sense in [(1, "no longer present"), (2, "used up, spent"), (3, "dead, passed on")]
    )
    entry = web.add(
        "words.example",
        "/define/gone",
        body=_page("Wordbook", "Gone", f"<ol>{senses}</ol>", "Gone | Wordbook"),
    )
    urls = [concert, deli, radio, record, entry]
    want = [LinkState.SOFT_DEAD] * 3 + [LinkState.ALIVE] * 2
    states = _states(tmp_path, web, fast_settings, urls)
    assert [state for state, _ in states] == want, states


def test_a_list_of_causes_is_the_message_of_a_page_that_says_nothing_else(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A not-found page whose only words on its state are one of three causes it lists, under
    an interjection ("Whoops!", "¡Ups!", "Hoppla!") and the site's name for a title, says
    through the list what happened to the page asked for: it stays gone. Help articles listing
    the same causes name the error they explain in their heading, and stay alive."""
    whoops = web.add(
        "ferrytimes.example",
        "/routes/island-hopper-2018",
        body=_page(
            "Ferry Times",
            "Whoops!",
            "<p>Here is what may have happened:</p>"
            + _causes("The page has been deleted.", "The address was mistyped.", "The link is old.")
            + "<p><a href='/'>Back to the timetable</a></p>",
            "Ferry Times",
        ),
    )
    ups = web.add(
        "teatro.example",
        "/obras/la-vida-es-sueno-2016",
        body=_page(
            "Teatro del Puerto",
            "¡Ups!",
            "<p>Puede que:</p>"
            + _causes(
                "La página ha sido eliminada.",
                "La dirección esté mal escrita.",
                "El enlace esté caducado.",
            ),
            "Teatro del Puerto",
            lang="es",
        ),
    )
    article = web.add(
        "helpdesk.example",
        "/kb/page-not-found",
        body=_page(
            "Helpdesk",
            "Fixing “Page not found” on your shop",
            "<p>Visitors see this when your shop has no page at the address they asked for.</p>"
            + _causes("The page has been deleted.", "The address was mistyped.", "The link is old.")
            + "<p>Add a redirect from the old address under Settings.</p>",
            "Fixing “Page not found” on your shop | Helpdesk",
        ),
    )
    hoppla = web.add(
        "tierpark.example",
        "/tiere/otter-2017",
        body=_page(
            "Tierpark Nord",
            "Hoppla!",
            "<p>Mögliche Gründe:</p>"
            + _causes(
                "Die Seite wurde gelöscht.",
                "Die Adresse ist falsch geschrieben.",
                "Der Link ist veraltet.",
            ),
            "Tierpark Nord",
            lang="de",
        ),
    )
    aide = web.add(
        "aide.example",
        "/aide/erreur-404",
        body=_page(
            "Aide Boutique",
            "D'où vient une erreur 404 ?",
            "<p>Une erreur 404 signifie que la boutique n'a pas de page à cette adresse.</p>"
            + _causes(
                "La page a été supprimée.",
                "L'adresse a été mal saisie.",
                "Le lien est ancien.",
            ),
            "D'où vient une erreur 404 ? | Aide Boutique",
            lang="fr",
        ),
    )
    urls = [whoops, ups, hoppla, article, aide]
    states = _states(tmp_path, web, fast_settings, urls)
    want = [LinkState.SOFT_DEAD] * 3 + [LinkState.ALIVE] * 2
    assert [state for state, _ in states] == want, states
