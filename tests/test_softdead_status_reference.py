# ruff: noqa: E501  (pages written one a line: data)
"""A reference's entry on an HTTP status code at an address its CMS numbers, through a real run
on a local server.

- A lexicon's "404 Not Found" at "/node/4410", explaining the code in the third person ("Le code
  404 est renvoyé lorsque le serveur…") beside entries on other codes ("410 Gone"), and one at
  "/index.php?id=52" showing the code's status line in a code block: the page shows itself a
  reference's entry, so the name its title and heading give is the term it defines.

Their twins on the same templates stay soft-dead: a not-found page that explains the code to
the one who asked ("Le code 404 signifie que la page que vous demandez…", "Fejl 404 betyder,
at den side, du leder efter, ikke findes") beside the site's popular entries on other codes.

- A page that defines many statuses or error names (``status_reference.definitions``): a
  payments API's glossary of HTTP codes, each in its own paragraph with its explanation ("404
  Not Found: the card you asked for does not exist", "410 Gone: this resource has been
  deleted"), and an error reference whose terms are error names written as code
  ("TOKEN_EXPIRADO — o token de acesso expirou"), and a Japanese one joining each code to its
  word ("404エラー：…"): each statement explains one term among others. Their sites' not-found
  pages stay soft-dead: one naming its one code beside a request id ("Error code: 404",
  "Request id: …"), one headed "404" over "Esta página não existe ou foi removida", one over
  "404エラー：お探しのページは存在しません".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

ENTRIES = {
    "lexicon-fr": ("lexique.example", "/node/4410", site_page("Lexique Toile", "<h1>404 Not Found</h1><p>Le code 404 est renvoyé lorsque le serveur ne trouve rien à l'adresse demandée, souvent après la suppression d'un article.</p><h2>Codes voisins</h2><ul><li><a href='/node/4411'>410 Gone</a></li><li><a href='/node/4409'>301 Moved Permanently</a></li></ul>", "404 Not Found – Lexique | Lexique Toile", lang="fr")),
    "ordbog-da": ("ordbog.example", "/index.php?id=52", site_page("Netordbog", "<h1>404 Not Found</h1><p>Statuskoden 404 sendes, når serveren ikke kan finde noget på den adresse, browseren beder om, typisk efter et slettet indlæg.</p><pre><code>HTTP/1.1 404 Not Found</code></pre>", "404 Not Found – Netordbog", lang="da")),
}  # fmt: skip

NOT_FOUND = {
    "lexicon-fr-404": ("lexique.example", "/node/9999", site_page("Lexique Toile", "<h1>404 Not Found</h1><p>Le code 404 signifie que la page que vous demandez n'existe pas ou plus. Vérifiez l'adresse saisie.</p><h2>Termes populaires</h2><ul><li><a href='/node/4411'>410 Gone</a></li><li><a href='/node/4412'>500 Internal Server Error</a></li></ul>", "404 Not Found – Lexique Toile", lang="fr")),
    "ordbog-da-404": ("ordbog.example", "/index.php?id=999", site_page("Netordbog", "<h1>404 Not Found</h1><p>Fejl 404 betyder, at den side, du leder efter, ikke findes på dette websted.</p><ul><li><a href='/index.php?id=53'>410 Gone</a></li><li><a href='/index.php?id=52'>404 Not Found</a></li></ul>", "404 Not Found – Netordbog", lang="da")),
}  # fmt: skip

DEFINITIONS = {
    "glossary-en": ("cards.example", "/docs/status-codes", site_page("Cardly Docs", "<h1>Status codes</h1><p>404 Not Found: the card you asked for does not exist.</p><p>410 Gone: this resource has been deleted and will not come back.</p>", "Status codes - Cardly Docs", lang="en")),
    "errors-ja": ("hako.example", "/api/errors", site_page("箱管理API", "<h1>エラー一覧</h1><p>404エラー：指定した箱番号が見つかりません。箱を削除した場合も404になります。</p><p>409エラー：同じ箱番号がすでに登録されています。</p>", "エラー一覧 - 箱管理API", lang="ja")),
    "errors-pt": ("boleto.example", "/referencia/erros", site_page("Boleto Docs", "<h1>Erros da API</h1><p><code>TOKEN_EXPIRADO</code> — o token de acesso expirou.</p><p><code>BOLETO_NAO_ENCONTRADO</code> — o boleto não foi encontrado.</p><p><code>LIMITE_EXCEDIDO</code> — a conta excedeu o limite diário.</p>", "Erros da API - Boleto Docs", lang="pt")),
}  # fmt: skip

SITES_NOT_FOUND = {
    "cards-404": ("cards.example", "/docs/v1/refunds", site_page("Cardly Docs", "<h1>Page not found</h1><p>We couldn't find the page you were looking for.</p><p>Error code: 404</p><p>Request id: 9c2e-11af</p>", "Page not found - Cardly Docs", lang="en")),
    "hako-404": ("hako.example", "/api/v0/boxes", site_page("箱管理API", "<h1>ページが見つかりません</h1><p>404エラー：お探しのページは存在しません。</p>", "ページが見つかりません - 箱管理API", lang="ja")),
    "boleto-404": ("boleto.example", "/referencia/pix-v1", site_page("Boleto Docs", "<h1>404</h1><p>Esta página não existe ou foi removida.</p>", "Boleto Docs", lang="pt")),
}  # fmt: skip


def test_reference_entries_stay_alive_and_not_found_pages_explaining_the_code_do_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the entries soft-dead on the title ("fills the title", +1.50) and the text's
    "404 Not Found" (+1.20): their addresses do not name the code. Without the reader's
    reading, the French not-found page would read as an entry too. Before ``definitions``, the
    glossary soft-dead on "this resource has been deleted" (+1.30) and "404 Not Found" (+1.20);
    before a term's word could join its code, the Japanese reference on "404エラー" (+1.20)."""
    pages = ENTRIES | NOT_FOUND | DEFINITIONS | SITES_NOT_FOUND
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    wanted = {name: LinkState.ALIVE for name in ENTRIES | DEFINITIONS}
    wanted |= {name: LinkState.SOFT_DEAD for name in NOT_FOUND | SITES_NOT_FOUND}
    assert {name: state for name, (state, _) in said.items()} == wanted, said
    assert "on a reference's entry" in said["lexicon-fr"][1]
    assert "status line" in said["ordbog-da"][1]
    assert "a reference of statuses talks about them" in said["glossary-en"][1]
    assert "a reference of statuses talks about them" in said["errors-ja"][1]
