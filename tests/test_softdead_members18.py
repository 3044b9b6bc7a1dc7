# ruff: noqa: E501  (pages written one a line: data)
"""Short live pages at sites that say 404 for nothing, and their gone twins, through a real run.

A members' page, an app-only page, an age gate, a page being built or opening later: the
site's template, titled with its name, at an item's address whose words the page never
repeats, with one line naming the page and a link out. That is the shape ``classify.voice``
reads as a not-found page in the site's voice; the line says the page is there for a reader
who logs in, gets the app or is of age, or will be there soon (``classify.page_state``), so
it stays alive. The same template with a line saying the page is gone, with no condition to
meet and nothing to wait for ("Diese Seite hat sich in Luft aufgelöst", a way home beside it),
stays soft-dead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.page_state import awaited
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import shop_page, site_page, states_of_pages


def test_short_live_pages_naming_a_condition_or_a_time_to_come_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Each page's line names the page and a condition the reader can meet or a time to come,
    at an address whose words the page never repeats, on a site whose made-up addresses
    answer 404: alive, and no reason reads the line as a not-found page."""
    pages = {
        "age-gate": ("cellar.example", "/wines/old-vine-grenache-reserve", shop_page("Harbour Cellars", "<p>You must be of legal drinking age to view this page. Please confirm your age.</p><p><a href='/age'>I am of age</a></p>")),
        "members-nl": ("strand.example", "/agenda/besloten-proeverij-oesters", shop_page("Strandtent Zuid", "<p>Deze pagina is alleen zichtbaar voor leden. Log in om verder te lezen.</p><p><a href='/inloggen'>Inloggen</a></p>", lang="nl")),
        "soon-nl": ("fiets.example", "/producten/bakfiets-elektrisch-lang", shop_page("Fietshuis", "<p>Deze pagina komt binnenkort online. Kom later nog eens kijken.</p><p><a href='/'>Naar de winkel</a></p>", lang="nl")),
        "app-de": ("tee.example", "/tee/adventskalender-gewinnspiel", shop_page("Teehaus Nord", "<p>Diese Seite gibt es nur in unserer App. Lade sie herunter und mach mit.</p><p><a href='/app'>Zur App</a></p>", lang="de")),
        "updating-it": ("ceramica.example", "/laboratorio/corso-tornio-principianti", shop_page("Casa Ceramica", "<p>Questa pagina è in aggiornamento. Torna a trovarci più tardi.</p><p><a href='/'>Home</a></p>", lang="it")),
        # lang19: a subscribers' wall in a bare template names none of its address's words, and
        # the address sign convicted it alone (1.20) before page_state was read there too
        "subscribers-nb": ("fjell.example", "/turer/besseggen-tidlig-morgen", site_page("Fjellnotater", "<p>Denne siden er kun for abonnenter. Logg inn for å lese videre.</p><p><a href='/logg-inn'>Logg inn</a></p>", lang="nb")),
        "subscribers-hr": ("jadran.example", "/plovidba/vis-bisevo-jedrenje", site_page("Jadranski zapisi", "<p>Ova stranica je dostupna samo pretplatnicima. Prijavite se za nastavak čitanja.</p><p><a href='/prijava'>Prijava</a></p>", lang="hr")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)
        assert "a line about the page itself" not in reason, (name, reason)


def test_gone_twins_with_no_condition_to_meet_stay_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same template and shape, each line saying the page is gone with nothing to meet or
    wait for, and a way home ("Torna alla home", "Head back home"): soft-dead, the reason
    naming the line about the page itself."""
    pages = {
        "luft-de": ("tee2.example", "/tee/rooibos-vanille-sahne", shop_page("Teehaus Nord", "<p>Diese Seite ist auf Weltreise gegangen.</p><p><a href='/shop/'>Alle Tees</a></p>", lang="de")),
        "oblivion-it": ("ceramica2.example", "/laboratorio/smalti-raku-serata", shop_page("Casa Ceramica", "<p>Questa pagina è finita nel dimenticatoio. Torna alla home.</p><p><a href='/'>Home</a></p>", lang="it")),
        "building-en": ("cellar2.example", "/wines/coastal-albarino-magnum", shop_page("Harbour Cellars", "<p>This page has left the building. Head back home.</p><p><a href='/'>Home</a></p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "a line about the page itself" in reason, (name, reason)


LINES = {
    "en": ("This page is for members. Log in to read it.", "This page has left the building. Head back home."),
    "de": ("Diese Seite wird gerade überarbeitet, bald ist sie wieder da.", "Diese Seite hat sich in Luft aufgelöst."),
    "fr": ("Cette page est réservée aux abonnés.", "Cette page s'est envolée avec la marée. Retour au port"),
    "es": ("Esta página estará lista pronto.", "Esta página se fue de vacaciones para siempre."),
    "it": ("Questa pagina è in manutenzione.", "Questa pagina è finita nel dimenticatoio. Torna alla home."),
    "pt": ("Esta página é exclusiva para assinantes.", "Esta página foi dar uma volta e nunca mais voltou."),
    "nl": ("Deze pagina komt binnenkort online.", "Deze pagina is met de noorderzon vertrokken."),
    "ja": ("このページは会員限定です。", "このページは旅に出てしまいました。"),
    "ko": ("이 페이지는 준비 중입니다. 곧 찾아올게요.", "이 페이지는 바람과 함께 떠났어요."),
    "ru": ("Эта страница скоро появится.", "Эта страница уплыла в закат."),
    "pl": ("Ta strona jest w budowie.", "Ta strona odpłynęła w siną dal."),
    "zh": ("此页面即将上线。", "这个页面被风吹走了。"),
    # lang19: the languages the phrase book names whose page states it lacked
    "da": ("Siden er kun for medlemmer. Log ind for at læse den.", "Siden er forsvundet som dug for solen."),
    "nb": ("Denne siden er kun for abonnenter. Logg inn for å lese videre.", "Denne siden har tatt kvelden."),
    "is": ("Þessi síða er aðeins fyrir áskrifendur.", "Þessi síða er horfin út í buskann."),
    "hu": ("Ez az oldal csak előfizetőknek érhető el.", "Ez az oldal világgá ment."),
    "sk": ("Táto stránka je len pre predplatiteľov.", "Táto stránka sa stratila v hmle."),
    "hr": ("Ova stranica je dostupna samo pretplatnicima.", "Ova stranica je otplovila u nepoznato."),
    "bg": ("Тази страница е само за абонати.", "Тази страница отлетя надалеч."),
    "el": ("Αυτή η σελίδα είναι μόνο για συνδρομητές.", "Αυτή η σελίδα χάθηκε στο πέλαγος."),
    "ms": ("Halaman ini untuk ahli sahaja. Log masuk untuk membaca.", "Halaman ini sudah belayar jauh."),
}  # fmt: skip


def test_each_language_reads_a_condition_or_a_time_to_come_and_not_a_loss() -> None:
    """The phrase book's ``page_states`` read in each language: a line whose page is there for
    someone or later, and not its gone twin in the same language."""
    for lang, (live, gone) in LINES.items():
        assert awaited(live) is not None, (lang, live)
        assert awaited(gone) is None, (lang, gone, awaited(gone))
