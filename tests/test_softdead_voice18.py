# ruff: noqa: E501  (pages written one a line: data)
"""Brand voices at sites that say 404 for nothing, notices over other items' cards, and
expired shares with more than one sentence, through a real run.

A removed item's address answered 200 with the site's template and one line about the page
itself ("this page has pedalled off", "Deze pagina is met de vloed meegegaan") above a link
out, under the site's name, on a site whose made-up addresses answer 404: soft-dead
(``classify.voice``). A thank-you line, a teaser, a status line or a German confirmation in the
same template stays alive. A listing's notice over other cars' cards whose prices and mileages
read as status codes ("404 km · 503 €/mes") is the page's message (``classify.help_codes``); a
tutorial naming the codes in its own text keeps them. An expired share whose notice is followed
by a sentence restating it and one of advice is gone (``classify.retired``); a share that
expires later, or whose reader's session expired, over its files, stays alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import shop_page, states_by_name, states_of_pages

HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_a_line_about_the_page_where_an_item_was_on_a_site_that_says_404_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Items' addresses whose words the page never names, answered 200 with one line about
    the page itself and a link out, where the site's made-up addresses answer 404 (bare, or
    with its own not-found page): soft-dead, the reason saying so."""
    pages = {
        "pedalled-off": ("spoke.example", "/bikes/2019-roadster-classic", shop_page("Spoke & Chain", "<h1>Well, this is awkward.</h1><p>We looked everywhere, but this page has pedalled off.</p><p><a href='/shop/'>See all bikes</a></p>")),
        "dutch-tide": ("strand.example", "/agenda/zomeravond-met-dj-lena", shop_page("Strandtent Zuid", "<h1>Deze pagina is met de vloed meegegaan</h1><p><a href='/events/'>Naar de agenda</a></p>", lang="nl")),
        "german-page": ("kultur.example", "/veranstaltungen/jazzbrunch-unter-den-linden", shop_page("Kulturhaus Elbe", "<p>Diese Seite ist auf Weltreise gegangen.</p><p><a href='/events/'>Zum Programm</a></p>", lang="de")),
    }  # fmt: skip
    web.add(
        "kultur.example",
        "*",
        404,
        shop_page("Kulturhaus Elbe", "<h2>Seite nicht gefunden</h2>", lang="de"),
        HTML,
    )
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "a line about the page itself" in reason and "answers 404 or 410" in reason, (
            name,
            reason,
        )


def test_short_live_lines_at_items_addresses_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same template and shape, on sites that say 404 for nothing, with a line about the
    item or the reader (a subscription, a teaser, a status, a link sent by mail, a German
    confirmation) and a link home whose words name the page: alive; and a line naming the page on a site whose made-up
    addresses answer 200 is not read as one about a missing item."""
    pages = {
        "thanks": ("tide.example", "/newsletter/welcome-aboard", shop_page("Tideline Paddle", "<h1>You're subscribed</h1><p>See you on the water.</p><p><a href='/'>Back to the home page</a></p>")),
        "teaser": ("hall.example", "/events/winter-lantern-walk", shop_page("Harbour Hall", "<h1>Coming soon</h1><p>Tickets go on sale next month.</p><p><a href='/events/'>All events</a></p>")),
        "status": ("status.example", "/components/booking-api", shop_page("Tideline Status", "<p>All systems operational.</p><p><a href='/'>Overview</a></p>")),
        "link": ("guide.example", "/downloads/harbour-walks-booklet", shop_page("Tideline Paddle", "<h1>Almost there</h1><p>Check your inbox for the download link.</p><p><a href='/'>Back to the blog</a></p>")),
        "danke": ("elbe.example", "/anmeldung/bestaetigt", shop_page("Kulturhaus Elbe", "<h1>Danke!</h1><p>Wir haben Ihre Anmeldung erhalten.</p><p><a href='/events/'>Zum Programm</a></p>", lang="de")),
    }  # fmt: skip
    links = {
        name: web.add(host, path, body=body, headers=HTML)
        for name, (host, path, body) in pages.items()
    }
    # the line that convicts on a site saying 404 for nothing, where made-up addresses answer 200
    web.add(
        "spoke2.example",
        "*",
        body=shop_page(
            "Spoke & Chain", "<h1>Spoke & Chain</h1><p>Bikes built by hand since 1998.</p>"
        ),
        headers=HTML,
    )
    links["no-honest-404"] = web.add(
        "spoke2.example",
        "/bikes/2019-roadster-classic",
        body=shop_page(
            "Spoke & Chain",
            "<h1>Well, this is awkward.</h1><p>We looked everywhere, but this page has pedalled off.</p><p><a href='/shop/'>See all bikes</a></p>",
        ),
        headers=HTML,
    )
    said = states_by_name(tmp_path, web, fast_settings, links)
    for name, (state, reason) in said.items():
        assert "a line about the page itself" not in reason, (name, reason)
        # (other signs judge the line on a site answering 200: a bare pointer to a section)
        assert state is LinkState.ALIVE or name == "no-honest-404", (name, reason)


CARS = (
    "<h3>Coches similares</h3><ul class='cards'>"
    "<li><a href='/coches/seat-leon-style-2018-4410'>SEAT León Style 2018</a> 404 km · 503 €/mes · 15.900 €</li>"
    "<li><a href='/coches/cupra-leon-2020-4502'>Cupra León 2020</a> 28.000 km · 410 €/mes · 24.500 €</li>"
    "<li><a href='/coches/vw-golf-2019-4388'>VW Golf 2019</a> 61.000 km · 299 €/mes · 16.200 €</li></ul>"
)


def test_a_notice_over_other_items_cards_is_not_outweighed_by_their_figures(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A gone listing's notice over other cars' cards, whose mileages and monthly rates are
    numbers a status code could be: soft-dead, no codes counted against it. A tutorial naming
    the codes in its own paragraphs keeps them, and stays alive."""
    gone = shop_page(
        "MotorSur",
        "<h1>SEAT León FR 2019</h1><p class='aviso'>Este anuncio ya no está disponible.</p>" + CARS,
        "SEAT León FR 2019 | MotorSur",
        "es",
    )
    tutorial = shop_page(
        "Web Notes",
        "<h1>Status codes in one page</h1><p>Page not found is what a server says with 404; 410 says the page is gone for good, "
        "and 503 that the server is busy for now.</p><p>A redirect answers 301 or 308, and a healthy page 200.</p>"
        + CARS,
        "Status codes in one page | Web Notes",
    )
    pages = {
        "listing": ("motorsur.example", "/coches/seat-leon-fr-2019-4471", gone),
        "tutorial": ("notes.example", "/guides/status-codes-in-one-page", tutorial),
    }
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    state, reason = said["listing"]
    assert state is LinkState.SOFT_DEAD and "status codes" not in reason, reason
    state, reason = said["tutorial"]
    assert state is LinkState.ALIVE, reason


def test_an_expired_share_with_more_sentences_is_soft_dead_and_a_live_share_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Expired share links whose notice is followed by a sentence saying the files are gone
    and one asking the sender again, and a paste host's "Document does not exist, has expired
    or has been deleted.": soft-dead. A share that expires in six days over its files, and a
    share whose reader's session expired over its file: alive."""
    pages = {
        "german": ("wolke.example", "/s/Qm82LxT0pa", shop_page("Wolkenkiste", "<p>Dieser Link ist abgelaufen. Die Dateien sind nicht mehr verfügbar. Bitte den Absender, sie erneut zu senden.</p>", lang="de")),
        "spanish": ("nube.example", "/s/Lk29xQp0", shop_page("NubeBox", "<p>Este enlace ha caducado. Los archivos ya no están disponibles. Pide a quien te lo envió que vuelva a compartirlos contigo.</p>", lang="es")),
        "paste": ("paste.example", "/p/8c1f0e7d2a9b3c44", shop_page("PasteSafe", "<div class='alert'>Document does not exist, has expired or has been deleted.</div><p><a href='/'>New document</a></p>")),
        "later": ("wolke2.example", "/s/Vb31Pq9rTn", shop_page("Wolkenkiste", "<p>Dieser Link läuft in 6 Tagen ab.</p><ul class='files'><li><a href='/s/Vb31Pq9rTn/dl/1'>Angebot-2026.pdf</a> 1,2 MB</li><li><a href='/s/Vb31Pq9rTn/dl/2'>Grundriss.png</a> 840 KB</li></ul>", lang="de")),
        "session": ("doos.example", "/s/kk20Pa7x", shop_page("Wolkendoos", "<p class='melding'>Je sessie is verlopen. Log opnieuw in om te reageren.</p><ul class='files'><li><a href='/s/kk20Pa7x/f/1'>notulen-mei.docx</a> 88 KB</li></ul>", lang="nl")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name in ("german", "spanish", "paste"):
        state, reason = said[name]
        assert state is LinkState.SOFT_DEAD and "nothing of it is left" in reason, (name, reason)
    for name in ("later", "session"):
        state, reason = said[name]
        assert state is LinkState.ALIVE, (name, reason)
