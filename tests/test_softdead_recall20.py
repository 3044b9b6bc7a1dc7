# ruff: noqa: E501  (pages written one a line: data)
"""Gone statements the weighing halved, through a real run (wave 20).

A statement that does not open its sentence was halved as "inside a longer sentence" even where
that sentence is the page's one message and the statement most of it ("Ez az esemény már nem
elérhető.", "Sista ansökningsdag har passerat och annonsen är inte längre aktiv."). A heading of
two coordinated gone clauses ("… nicht mehr lieferbar und wurde aus dem Programm genommen.")
counted by the first clause's share of its words. A not-found sentence under a section's
generic heading, followed by the site's advice ("Vérifiez l'adresse …"), was halved as a notice
under the page's own heading because another sentence followed it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify import clauses
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_a_short_sentence_that_is_mostly_its_gone_statement_is_the_message(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, all four were alive with the statement halved "inside a longer sentence"."""
    pages = {
        "hu": ("jegyter.example", "/esemeny/oszi-gala", site_page("Jegytér", "<p>Ez a rendezvény már nem elérhető.</p><p><a href='/programok'>Programok</a></p>", "Jegytér", lang="hu")),
        "sv": ("jobbkajen.example", "/jobb/5120", site_page("Jobbkajen", "<h1>Lagerarbetare</h1><p>Ansökningstiden har gått ut och annonsen är inte längre aktiv.</p><p><a href='/jobb'>Sök jobb</a></p>", "Lagerarbetare | Jobbkajen", lang="sv")),
        "en": ("records.example", "/share/k2p9", site_page("Records Quay", "<h1>Shared file</h1><p>This link has expired or the file has been removed by its owner.</p><p><a href='/'>Go to home</a></p>", "Shared file | Records Quay")),
        "hu-ad": ("aprohirdetes.example", "/hirdetes/kerekpar-881", site_page("Apróhirdetés Part", "<p>Ez a hirdetés már nem elérhető.</p><p><a href='/hirdetesek'>További hirdetések</a></p>", "Apróhirdetés Part", lang="hu")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "inside a longer sentence" not in reason, (name, reason)


def test_a_heading_of_two_coordinated_gone_clauses_fills_the_heading(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, alive: the heading counted 6 of 12 words (+0.75)."""
    pages = {
        "de": ("kajuete.example", "/p/sturmlaterne", site_page("Kajütenladen", "<h1>Dieses Produkt ist nicht mehr lieferbar und wurde aus dem Programm genommen.</h1><p><a href='/kategorien'>Zu den Kategorien</a></p>", "Kajütenladen", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "fills the" in reason, (name, reason)


def test_a_not_found_sentence_with_advice_under_a_generic_heading_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, both alive: the clause halved under the page's own heading, since the advice
    after it made it not the text's one sentence."""
    pages = {
        "fr": ("phare.example", "/espace-patients/rhume", site_page("Clinique du Phare", "<h1>Espace patients</h1><p>Désolé, nous n'avons pas trouvé la page demandée. Vérifiez l'adresse ou utilisez la recherche.</p><p><a href='/recherche'>Rechercher</a></p>", "Espace patients | Clinique du Phare", lang="fr")),
        "fi": ("majakka.example", "/potilasopas/heinanuha", site_page("Majakkaklinikka", "<h1>Potilasopas</h1><p>Etsimääsi sivua ei ole olemassa. Tarkista osoite tai käytä hakua.</p><p><a href='/haku'>Haku</a></p>", "Potilasopas | Majakkaklinikka", lang="fi")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "page sought is missing" in reason, (name, reason)


def test_the_same_words_in_another_subjects_sentence_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A long news sentence that reports the words, a forum question quoting an app's error, a
    colour no longer available beside a price, a note that says after a colon when it will be
    deleted, and a news headline joining a gone clause to another subject's news are live
    pages."""
    pages = {
        "council": ("gazette.example", "/news/portal", site_page("Quay Gazette", "<h1>Planning portal replaced after council vote</h1><p>Residents who tried to open the old planning portal on Tuesday were told that the page is no longer available, and a council spokesperson said a new site would open in the spring with the same records.</p><p>The old portal had run since 2009 and held more than forty thousand applications.</p>", "Planning portal replaced after council vote | Quay Gazette")),
        "forum": ("tide.example", "/t/5521", site_page("Tidewater Forum", "<h1>App says page is gone after update</h1><p>Every time I open the tide tables the app tells me this page is no longer available and then it closes. Is anyone else seeing this?</p><p>Same here on Android. Clearing the cache fixed it.</p>", "App says page is gone after update - Tidewater Forum")),
        "colour-sv": ("brygga.example", "/products/regnjacka", site_page("Bryggbutiken", "<h1>Regnjacka Sund</h1><p class='price'>899 kr</p><p>Färgen blå är tyvärr inte längre tillgänglig, men gul och grön skickas i dag.</p><form action='/cart/add'><button>Lägg i varukorgen</button></form>", "Regnjacka Sund | Bryggbutiken", lang="sv")),
        "burn-note": ("notes.example", "/n/8e1b4d", site_page("OneTimeNote", "<p class='warning'>This note will burn after reading: it is deleted once you close this page.</p><blockquote>The gate code is 2290. The spare key is under the mat.</blockquote>", "OneTimeNote")),
        "headline-de": ("hafenbote.example", "/wirtschaft/laterne", site_page("Hafenbote", "<h1>Beliebte Laterne nicht mehr lieferbar und Hersteller schließt Werk</h1><p>Die Messinglaterne aus der Werft am Nordkai war über vierzig Jahre ein Verkaufsschlager.</p><p>Nun schließt der Hersteller sein Werk, weil die Kosten für Messing stark gestiegen sind.</p>", "Beliebte Laterne nicht mehr lieferbar und Hersteller schließt Werk | Hafenbote", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def _first(text: str) -> clauses.Clause:
    found = clauses.clauses(text)
    assert found, text
    return found[0]


def test_alone_is_unknown_where_no_sentence_end_is_marked() -> None:
    """Thai and a run of Japanese without 。 mark no sentence's end: whether another sentence
    follows is unknown there (None), not "no other sentence" (True)."""
    thai = "ไม่พบหน้าที่คุณต้องการ กรุณาตรวจสอบที่อยู่อีกครั้ง หรือใช้ช่องค้นหา"
    assert clauses.alone(thai, _first(thai)) is None
    japanese = "お探しのページは見つかりません アドレスをご確認ください"
    assert clauses.alone(japanese, _first(japanese)) is None


def test_alone_answers_where_sentence_ends_are_marked() -> None:
    """A marked end answers either way, in Japanese as in French."""
    one = "お探しのページは見つかりませんでした。"
    assert clauses.alone(one, _first(one)) is True
    two = "お探しのページは見つかりませんでした。アドレスをご確認ください。"
    assert clauses.alone(two, _first(two)) is False
    french = "Nous n'avons pas trouvé la page demandée. Vérifiez l'adresse."
    assert clauses.alone(french, _first(french)) is False


def test_coordinated_counts_a_second_predicate_of_the_same_subject_only() -> None:
    heading = "Dieses Produkt ist nicht mehr lieferbar und wurde aus dem Programm genommen."
    end = heading.index(" und")
    assert clauses.coordinated(heading, end, "de") == 6
    news = "Beliebte Laterne nicht mehr lieferbar und Hersteller schließt Werk"
    assert clauses.coordinated(news, news.index(" und"), "de") == 0
