# ruff: noqa: E501  (pages written one a line: data)
"""The site's help under a not-found heading or an item's notice, in any shape, through a
real run.

A gone page keeps, under its "Error 404" or its notice, what the site offers instead: its
latest posts as dated rows, a ``<dl>`` of useful links, other products' tiles whose only link
is a "View" button at their end, a table of other items whose last cell holds the link. Each
row leads to another page of the site and carries no more than a teaser of it: the site's
help, not the heading's own content. Live pages with the same shapes keep their own rows: a
retired blog's archive (no notice read over it), a tour's rows whose links leave the site, a
glossary's terms, a category's grid, an item's downloads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_an_error_heading_or_notice_over_the_sites_help_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, the dated rows, the description list and the table's rows read as the content
    of a thing named "Error 404" (rows, sections), and the tiles led by a plain photo as the
    item's own photos and lines: every page was called alive. Rows linking to sibling articles
    whose addresses share the section's number ("…_3246.html") lead to other items."""
    pages = {
        "dated-rows": ("tides.example", "/2021/06/07/old-post/", site_page("Tide Tables", "<h1>Error 404</h1><h2>Latest</h2><ul><li><time>14 Jun 2024</time> · <a href='/2024/06/14/neap-tides/'>Neap tides explained</a> · Why the water barely moves this week.</li><li><time>2 Jun 2024</time> · <a href='/2024/06/02/storm-surge/'>Storm surge warning</a> · What the barrier does when the wind turns.</li><li><time>20 May 2024</time> · <a href='/2024/05/20/spring-equinox/'>Equinox highs</a> · The biggest tides of the year, and where to watch.</li><li><time>3 May 2024</time> · <a href='/2024/05/03/harbour-bar/'>Crossing the bar</a> · Timing a small boat's exit.</li></ul>", "Error 404 | Tide Tables")),
        "dated-paragraphs": ("journal.example", "/culture/article/2019/03/02/jazz_5430000_3246.html", site_page("Le Journal", "<h1>Erreur 404</h1><p>12 mai 2024 — <a href='/culture/article/2024/05/12/cannes_6232000_3246.html'>Cannes ouvre sa 77e édition</a> — Le festival s'ouvre sous la pluie.</p><p>11 mai 2024 — <a href='/culture/article/2024/05/11/louvre_6231900_3246.html'>Le Louvre lance ses travaux</a> — Une aile fermée jusqu'à l'automne.</p><p>10 mai 2024 — <a href='/culture/article/2024/05/10/prix_6231800_3246.html'>Un premier roman primé</a> — Le jury a tranché au troisième tour.</p>", "Erreur 404 - Le Journal", lang="fr")),
        "useful-dl": ("rathaus.example", "/dienste/2016/parkausweis", site_page("Gemeinde Oberau", "<h1>Fehler 404</h1><dl><dt><a href='/dienste/'>Dienstleistungen</a></dt><dd>Alle Anliegen von A bis Z.</dd><dt><a href='/termine/'>Termine</a></dt><dd>Einen Termin im Bürgerbüro buchen.</dd><dt><a href='/kontakt/'>Kontakt</a></dt><dd>So erreichen Sie die Verwaltung.</dd></dl>", "Fehler 404 | Gemeinde Oberau", lang="de")),
        "view-buttons": ("kettles.example", "/products/copper-kettle-2018", site_page("Kettle & Co", "<h1>Copper Kettle</h1><p>This item has been discontinued.</p><div class='grid'><div class='tile'><img src='/i/steel.jpg' alt=''><h3>Steel Kettle</h3><p>1.7 litres, £45</p><a href='/products/steel-kettle'>View</a></div><div class='tile'><img src='/i/enamel.jpg' alt=''><h3>Enamel Kettle</h3><p>2 litres, £39</p><a href='/products/enamel-kettle'>View</a></div><div class='tile'><img src='/i/glass.jpg' alt=''><h3>Glass Kettle</h3><p>1.5 litres, £35</p><a href='/products/glass-kettle'>View</a></div></div>", "Copper Kettle – Kettle & Co")),
        "last-cell": ("fahrrad.example", "/rad/44817", site_page("Radbörse", "<h1>Trekkingrad Tour 28</h1><p>Diese Anzeige ist nicht mehr verfügbar.</p><table><tr><td>Citybike Alu 28</td><td>2022</td><td>390 €</td><td><a href='/rad/44901'>Details</a></td></tr><tr><td>Gravelbike GX</td><td>2021</td><td>820 €</td><td><a href='/rad/44922'>Details</a></td></tr><tr><td>Kinderrad 20 Zoll</td><td>2023</td><td>150 €</td><td><a href='/rad/44930'>Details</a></td></tr></table>", "Radbörse", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
    for name in ("view-buttons", "last-cell"):
        assert "cards of other items" in said[name][1], said[name]


def test_the_same_shapes_as_a_pages_own_content_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A tour's rows lead to setlists on another site and a glossary's terms link nowhere or
    to two entries: neither is a card of one page of the site. A fact sheet whose values link
    on ("Class: <a>Client error</a>") beside a term of its own ("Code: 404") is no list of
    ways (the first form of the rule called it gone). A category's grid and a blog's
    archive are the page's own under a heading that is no message; an old release's
    downloads are files, the item's own."""
    pages = {
        "tour-ended": ("band.example", "/tour/", site_page("The Static", "<h1>Tour 2024</h1><p>This tour has ended. Thanks to everyone who came out!</p><table><tr><td>12 May 2024</td><td>Leeds</td><td>Brudenell</td><td><a href='https://setlists.example/static/2024-05-12'>Setlist</a></td></tr><tr><td>14 May 2024</td><td>Glasgow</td><td>King Tut's</td><td><a href='https://setlists.example/static/2024-05-14'>Setlist</a></td></tr><tr><td>16 May 2024</td><td>Bristol</td><td>The Fleece</td><td><a href='https://setlists.example/static/2024-05-16'>Setlist</a></td></tr></table>", "Tour 2024 | The Static")),
        "glossary": ("glossary.example", "/term/404-not-found", site_page("Web Words", "<h1>404 Not Found</h1><dl><dt>Class</dt><dd>A client error of the 4xx class.</dd><dt>Meaning</dt><dd>The server found nothing at the address asked for; the link may be broken.</dd><dt>See also</dt><dd><a href='/term/410-gone'>410 Gone</a>, <a href='/term/soft-404'>soft 404</a></dd></dl>", "404 Not Found | Web Words")),
        "linked-facts": ("status.example", "/codes/404", site_page("Status Codes", "<h1>Not Found</h1><dl><dt>Code</dt><dd>404</dd><dt>Class</dt><dd><a href='/codes/4xx'>Client error</a></dd><dt>Defined in</dt><dd><a href='/rfc/9110'>RFC 9110</a></dd><dt>Since</dt><dd><a href='/history/http-1-0'>HTTP/1.0</a></dd></dl>", "Not Found | Status Codes")),
        "category-grid": ("kettles.example", "/category/kettles", site_page("Kettle & Co", "<h1>Kettles</h1><div class='grid'><div class='tile'><img src='/i/steel.jpg' alt=''><h3>Steel Kettle</h3><p>1.7 litres, £45</p><a href='/products/steel-kettle'>View</a></div><div class='tile'><img src='/i/enamel.jpg' alt=''><h3>Enamel Kettle</h3><p>2 litres, £39</p><a href='/products/enamel-kettle'>View</a></div></div>", "Kettles – Kettle & Co")),
        "old-downloads": ("quarry.example", "/download/1.x", site_page("Quarry", "<h1>Quarry 1.x downloads</h1><p>Quarry 1.x is no longer supported. These builds stay here for existing users.</p><table><tr><td>1.9.4</td><td>2023-02-11</td><td><a href='/files/quarry-1.9.4.tar.gz'>Download</a></td></tr><tr><td>1.9.3</td><td>2022-11-02</td><td><a href='/files/quarry-1.9.3.tar.gz'>Download</a></td></tr></table>", "Quarry 1.x downloads | Quarry")),
        # a category and an album named like errors at addresses naming them: their rows are
        # their members, whatever their trailing links ("View object", "Lyrics") lead to
        "named-category": ("museum.example", "/collection/category/not-found", site_page("Harbour Museum", "<h1>Not Found</h1><p>Objects about lost things.</p><table><tr><th>Object</th><th>Year</th><th>Medium</th><th></th></tr><tr><td>Brass compass</td><td>c. 1890</td><td>brass</td><td><a href='/object/1182'>View object</a></td></tr><tr><td>Ship's bell</td><td>1904</td><td>bronze</td><td><a href='/object/1190'>View object</a></td></tr><tr><td>Oil lamp</td><td>c. 1920</td><td>tin and glass</td><td><a href='/object/1207'>View object</a></td></tr></table>", "Not Found | Harbour Museum")),
        "named-album": ("tunes.example", "/album/saltmarsh/nothing-here", site_page("TuneHarbour", "<h1>Nothing Here</h1><p>Album by <a href='/artist/saltmarsh'>Saltmarsh</a> · 2025</p><table>" + "".join(f"<tr><td>{i}</td><td>{t}</td><td>{d}</td><td><a href='/lyrics/saltmarsh/{t.lower().replace(' ', '-')}'>Lyrics</a></td></tr>" for i, (t, d) in enumerate([("Empty Rooms", "3:41"), ("Low Water", "3:55"), ("Foghorn", "2:58"), ("Slack Tide", "4:10")], 1)) + "</table>", "Nothing Here – Saltmarsh | TuneHarbour")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
