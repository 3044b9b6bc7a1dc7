"""Whom a not-found sentence answers, and who reports it, through a real run: a local web,
fetch, inspect, the probe, classify.

A site's not-found page may head its message "What is a 404 error?" and answer it to the
visitor in a word's ending (Turkish "Aradığınız", Polish "szukasz") or as the server itself
("was not found on this server"): it stays gone. A help article that puts the code in a
condition anyone may meet ("If you get error 404 when you open a link, the page you were
looking for may have moved") explains the error; a social post that reports another site's
message after a dash ("Сторінку не знайдено — каже мені сайт …") is its author's complaint; a
question quoting what its own request got ("fetch('/api/users') returns 404 Not Found") is
about that request. Each stays alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import route_states, site_page


def test_a_not_found_page_asking_what_404_is_answers_its_visitor_in_any_person_marking(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, ``reader`` heard only pronouns: the first four read as explainers and were kept."""
    pages = [
        ("tr.example", "404 hatası nedir?", "<p>Ulaşmak istediğiniz sayfa bulunamadı. Adresi "
         "kontrol edebilirsiniz.</p><p><a href='/'>Ana sayfa</a></p>", "tr"),
        ("pl.example", "Co oznacza błąd 404?", "<p>Żądana strona nie istnieje na tym serwerze. "
         "Być może wpisałeś błędny adres.</p><p><a href='/'>Strona główna</a></p>", "pl"),
        ("en.example", "What does 404 mean?", "<p>It means this site has no page at that "
         "address: the page could not be found on this website.</p><p><a href='/'>Home</a></p>",
         "en"),
        ("apache.example", "What is a 404 error?", "<p>A 404 error means that the requested "
         "URL /reports/annual-2022.html was not found on this server. The file may have been "
         "deleted.</p>", "en"),
        ("ru.example", "Что такое ошибка 404?", "<p>Запрашиваемая страница не существует на "
         "этом сайте. Проверь адрес.</p><p><a href='/'>На главную</a></p>", "ru"),
    ]  # fmt: skip
    urls = [
        web.add(host, f"/p/{62100 + n}", body=site_page("Rowing Club", f"<h1>{h1}</h1>{main}",
                lang=lang))
        for n, (host, h1, main, lang) in enumerate(pages)
    ]  # fmt: skip
    for state, reason in route_states(tmp_path, web, fast_settings, urls):
        assert state is LinkState.SOFT_DEAD, reason


def test_a_conditional_help_article_a_reported_post_and_a_quoted_request_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = [
        ("help.example", "Postbox Help", "<h1>What does error 404 mean?</h1><p>If you get error "
         "404 when you open a link in a newsletter, the page you were looking for may have "
         "been moved by its sender. Ask the sender for a new link.</p>", "en"),
        ("social.example", "Стрічка", "<div class='status'><p>Сторінку не знайдено — каже мені "
         "сайт автовокзалу вже третій раз за вечір. Розклад теж зник.</p></div>", "uk"),
        ("social.example", "Zwitscher", "<div class='status'><p>Seite nicht gefunden – sagt mir "
         "die Seite des Nahverkehrs schon zum dritten Mal heute Morgen.</p></div>", "de"),
        ("qa.example", "Q&A", "<h1>Błąd 404 przy fetch w Svelte</h1><p>Po zbudowaniu "
         "fetch('/api/users') zwraca 404 Not Found, lokalnie działa.</p>", "pl"),
        ("ayuda.example", "Ayuda Correo", "<h1>¿Qué significa el error 404?</h1><p>Si ves el "
         "error 404 al abrir un enlace de un correo, la página que buscas puede haber cambiado "
         "de dirección.</p>", "es"),
    ]  # fmt: skip
    urls = [
        web.add(host, f"/p/{62200 + n}", body=site_page(site, main, lang=lang))
        for n, (host, site, main, lang) in enumerate(pages)
    ]
    for state, reason in route_states(tmp_path, web, fast_settings, urls):
        assert state is LinkState.ALIVE, reason
