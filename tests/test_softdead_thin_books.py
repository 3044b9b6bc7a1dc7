# ruff: noqa: E501  (pages written one a line: data)
"""Notices in a site's own voice in languages whose books were thin (wave 29, depth29), through
a real run.

Danish says it with a past passive in ``blev`` and a noun's definite suffix ("Tråden blev
slettet"), or with the state of a listing let or an account closed ("Lejligheden er udlejet");
Hungarian with an impersonal plural and its object in the accusative ("A bejegyzést törölték")
or 'no longer' with ``többé`` ("Ez a dokumentum nem létezik többé").

Tagalog says an item is gone with a perfective passive before its noun or after ``ay`` ("Naalis
na ang post na ito", "Ang balitang ito ay inalis na"), Swahili with a verb agreeing with its
noun's class ("Kifaa hiki hakipatikani tena", "Uzi huu umefutwa", "Gari hili limeshauzwa"),
Greek with an aorist or perfect passive agreeing with its noun's gender ("Η συζήτηση
διαγράφηκε", "Ο λογαριασμός έχει απενεργοποιηθεί", "Το βίντεο δεν είναι πια διαθέσιμο"). The
same verbs said by someone other than the site ("Inalis na namin ang lumang bersyon", a
question with ``ba``), of a thread locked with its posts, of an item back in stock, of a law's
article repealed, or of one post among others stay live.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

GONE = {
    "da": {
        "forum": ("da1.example", "/t/cykelruter-paa-fyn/8810", site_page("Cykelforum", "<p>Tråden blev slettet.</p><p><a href='/'>Tilbage til forummet</a></p>", lang="da")),
        "rental": ("da2.example", "/bolig/aarhus-c-4410", site_page("Boligportal Øst", "<p>Lejligheden er udlejet.</p><p><a href='/boliger'>Se andre boliger</a></p>", lang="da")),
        "gov": ("da3.example", "/dokumenter/vejregulativ-2015", site_page("Odder Kommune", "<p>Dokumentet eksisterer ikke længere.</p>", lang="da")),
        "profile": ("da4.example", "/profil/jens_k", site_page("Naboskab", "<p>Kontoen er deaktiveret.</p>", lang="da")),
    },
    "hu": {
        "forum": ("hu1.example", "/forum/bejegyzes/5512", site_page("Horgászfórum", "<p>A bejegyzést törölték.</p><p><a href='/forum'>Vissza a fórumhoz</a></p>", lang="hu")),
        "jobs": ("hu2.example", "/allas/szakacs-gyor-3310", site_page("Állás Győr", "<p>Az álláshirdetés többé nem aktuális.</p><p><a href='/allasok'>További állások</a></p>", lang="hu")),
        "files": ("hu3.example", "/letoltes/etrend-2018.html", site_page("Egészséges Élet", "<p>A fájlt eltávolították.</p>", lang="hu")),
        "gov": ("hu4.example", "/dokumentumok/rendelet-2014-9", site_page("Eger Város", "<p>Ez a dokumentum nem létezik többé.</p>", lang="hu")),
    },
    "tl": {
        "forum": ("tl1.example", "/t/pinakamurang-gulong-8812", site_page("Usapang Bisikleta", "<p>Naalis na ang post na ito.</p><p><a href='/'>Bumalik sa forum</a></p>", lang="tl")),
        "news": ("tl2.example", "/balita/2025/06/baha-sa-bulacan", site_page("Pahayagang Gitna", "<p>Ang balitang ito ay inalis na.</p><p><a href='/'>Mga pinakabagong balita</a></p>", lang="tl")),
        "shop": ("tl3.example", "/produkto/plantsa-pl-2", site_page("Gamit Bahay PH", "<p>Hindi na ibinebenta ang produktong ito.</p><p><a href='/produkto'>Iba pang produkto</a></p>", lang="tl")),
        "video": ("tl4.example", "/panoorin/programa/4410", site_page("Tanaw TV", "<p>Hindi na mapapanood ang programang ito.</p>", lang="tl")),
    },
    "sw": {
        "market": ("sw1.example", "/kifaa/redio-ya-sola-7720", site_page("Soko la Mtaa", "<p>Kifaa hiki hakipatikani tena.</p><p><a href='/vifaa'>Vifaa vingine</a></p>", lang="sw")),
        "forum": ("sw2.example", "/mada/uzi/3310", site_page("Jukwaa la Walimu", "<p>Uzi huu umefutwa.</p><p><a href='/'>Rudi kwenye jukwaa</a></p>", lang="sw")),
        "shop": ("sw3.example", "/bidhaa/feni-ya-meza-fm-3", site_page("Duka la Kona", "<p>Bidhaa hii haiuzwi tena.</p><p><a href='/bidhaa'>Bidhaa nyingine</a></p>", lang="sw")),
        "cars": ("sw4.example", "/magari/nissan-note-2010-5521", site_page("Magari Bei Nafuu", "<p>Gari hili limeshauzwa.</p><p><a href='/magari'>Magari mengine</a></p>", lang="sw")),
    },
    "el": {
        "forum": ("el1.example", "/forum/t/20117", site_page("Φόρουμ Κηπουρών", "<p>Η συζήτηση διαγράφηκε.</p><p><a href='/forum'>Επιστροφή στο φόρουμ</a></p>", lang="el")),
        "profile": ("el2.example", "/u/maria_k", site_page("Γειτονιά", "<p>Ο λογαριασμός έχει απενεργοποιηθεί.</p>", lang="el")),
        "video": ("el3.example", "/v/88120", site_page("Βλέπω", "<p>Το βίντεο δεν είναι πια διαθέσιμο.</p>", lang="el")),
        "jobs": ("el4.example", "/theseis/nosileutis-5510", site_page("Εργασία Θεσσαλονίκη", "<p>Η θέση εργασίας έχει καλυφθεί.</p><p><a href='/theseis'>Άλλες θέσεις</a></p>", lang="el")),
    },
}  # fmt: skip

LIVE = {
    "da": {
        "reported": ("da5.example", "/nyheder/2026/11/falsk-profil", site_page("Fyns Dagblad Online", "<h1>Falsk profil snød pensionister</h1><p>Kontoen blev slettet af platformen i går, oplyser politiet.</p><p>Forinden havde profilen lokket over tyve pensionister til at overføre penge til et udenlandsk konto­nummer.</p>", "Falsk profil snød pensionister | Fyns Dagblad Online", lang="da")),
        "one-colour": ("da6.example", "/produkt/termokop-tk-4", site_page("Køkkenhuset", "<h1>Termokop TK-4</h1><p>Varen eksisterer ikke i sort, kun i hvid og grøn.</p><p>129,95 kr.</p><p>Dobbeltvægget termokop i rustfrit stål med tæt låg, som holder kaffen varm i fire timer.</p>", "Termokop TK-4 | Køkkenhuset", lang="da")),
    },
    "hu": {
        "reported": ("hu5.example", "/hirek/2026/11/csalo-profil", site_page("Egri Hírek", "<h1>Csaló profil károsított meg nyugdíjasokat</h1><p>A fiókot egy órával később törölték, közölte a rendőrség.</p><p>Addig több mint húsz nyugdíjast vett rá arra, hogy pénzt utaljon egy külföldi számlára.</p>", "Csaló profil | Egri Hírek", lang="hu")),
        "front-page": ("hu6.example", "/video/halaszle-fozes", site_page("Főzzünk", "<h1>Halászlé bográcsban</h1><p>A videót eltávolították a címlapról, de itt továbbra is megnézhető.</p><p>A séf megmutatja, hogyan kell a halat passzírozni, és mikor kerüljön bele a paprika, hogy ne keseredjen meg.</p>", "Halászlé bográcsban | Főzzünk", lang="hu")),
    },
    "tl": {
        "we-removed-old": ("tl5.example", "/gabay/pagtatanim-ng-kamatis", site_page("Hardin Natin", "<h1>Pagtatanim ng kamatis sa paso</h1><p>Inalis na namin ang lumang bersyon ng artikulong ito; narito ang bago.</p><p>Pumili ng pasong may butas sa ilalim, gumamit ng lupang may halong compost at diligan tuwing umaga. Lagyan ng tukod ang halaman pagtaas nito ng isang dangkal.</p>", "Pagtatanim ng kamatis sa paso | Hardin Natin", lang="tl")),
        "asked": ("tl6.example", "/t/binura-ba-ang-post-8813", site_page("Usapang Bisikleta", "<h1>Binura na ba ang post na ito?</h1><div class='post'><p><b>rider88:</b> Binura na ba ang post na ito? Hindi ko na makita sa listahan.</p></div><div class='post'><p><b>admin:</b> Hindi, inilipat lang sa seksyong Mountain Bike.</p></div>", "Binura na ba ang post na ito? - Usapang Bisikleta", lang="tl")),
    },
    "sw": {
        "locked": ("sw5.example", "/mada/uzi/3311", site_page("Jukwaa la Walimu", "<h1>Mitihani ya kidato cha nne</h1><p class='notice'>Uzi huu umefungwa.</p><div class='post'><p><b>mwalimu_juma:</b> Ratiba ya mitihani imetoka, inaanza tarehe 4 Novemba.</p></div><div class='post'><p><b>bi_rehema:</b> Asante, nimeipakua.</p></div>", "Mitihani ya kidato cha nne - Jukwaa la Walimu", lang="sw")),
        "back": ("sw6.example", "/kifaa/redio-ya-sola-7721", site_page("Soko la Mtaa", "<h1>Redio ya sola RS-7</h1><p>Kifaa hiki kinapatikana tena madukani.</p><p>TSh 38,000</p><p>Redio inayochajiwa kwa jua, yenye tochi na mlango wa USB wa kuchaji simu.</p>", "Redio ya sola RS-7 | Soko la Mtaa", lang="sw")),
    },
    "el": {
        "law": ("el5.example", "/eidiseis/2026/11/katargisi-arthrou", site_page("Νομική Επικαιρότητα", "<h1>Καταργήθηκε το άρθρο 12 του νόμου για τα ενοίκια</h1><p>Το άρθρο 12 του νόμου καταργήθηκε από τη Βουλή με ευρεία πλειοψηφία, μετά από πρόταση του υπουργείου.</p><p>Οι ιδιοκτήτες δεν θα μπορούν πλέον να αυξάνουν το ενοίκιο πάνω από τον πληθωρισμό.</p>", "Καταργήθηκε το άρθρο 12 | Νομική Επικαιρότητα", lang="el")),
        "one-post": ("el6.example", "/forum/t/20118", site_page("Φόρουμ Κηπουρών", "<h1>Κλάδεμα τριανταφυλλιάς</h1><div class='post'><p><b>nikos:</b> Πότε κλαδεύουμε τις αναρριχώμενες τριανταφυλλιές; Η δική μου έχει φτάσει τα τρία μέτρα και σκεπάζει το παράθυρο της κουζίνας.</p></div><div class='post'><p><i>Η ανάρτηση διαγράφηκε.</i></p></div><div class='post'><p><b>eleni:</b> Αμέσως μετά την ανθοφορία, κόβοντας πρώτα τα ξερά και τα άρρωστα κλαδιά. Τα χοντρά παλιά κλαδιά τα κόβεις από τη βάση για να βγάλει καινούρια.</p></div><div class='post'><p><b>nikos:</b> Ευχαριστώ, θα το κάνω τον Ιούνιο.</p></div>", "Κλάδεμα τριανταφυλλιάς - Φόρουμ Κηπουρών", lang="el")),
    },
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(GONE))
def test_a_notice_in_the_site_s_voice_is_the_page_saying_it_is_gone(
    lang: str, tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A forum's, a shop's, a newsroom's, a video site's or a job board's notice, its noun and
    its verb in the language's own agreement: soft-dead (none was read before wave 29)."""
    said = states_of_pages(tmp_path, web, fast_settings, GONE[lang])
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (lang, name, reason)


@pytest.mark.parametrize("lang", sorted(LIVE))
def test_the_same_verbs_said_of_something_else_stay_alive(
    lang: str, tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Tagalog 'we removed the old version' and a question with ``ba``, a Swahili thread locked
    with its posts and an item back in stock, a Greek law's article repealed and one deleted
    post among a thread's others: the page is there."""
    said = states_of_pages(tmp_path, web, fast_settings, LIVE[lang])
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (lang, name, reason)
