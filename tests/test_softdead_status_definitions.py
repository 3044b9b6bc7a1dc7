# ruff: noqa: E501  (pages written one a line: data)
"""A page that defines many statuses or error names, through a real run on a local server.

- A payments API's glossary of HTTP codes, each code in its own paragraph with its
  explanation ("404 Not Found: the card you asked for does not exist", "410 Gone: this
  resource has been deleted"), and an error reference whose entries are error names written as
  code ("TOKEN_EXPIRED — the access token has expired"): each statement explains one term
  among others (``status_reference.definitions``).

Their twins on the same sites stay soft-dead: the docs site's not-found page, which names its
one code beside a request id ("Error code: 404", "Request id: …"), and one headed "404" over
"This page does not exist or has been deleted".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

REFERENCES = {
    "glossary-en": ("cards.example", "/docs/status-codes", site_page("Cardly Docs", "<h1>Status codes</h1><p>404 Not Found: the card you asked for does not exist.</p><p>410 Gone: this resource has been deleted and will not come back.</p>", "Status codes - Cardly Docs", lang="en")),
    "errors-pt": ("boleto.example", "/referencia/erros", site_page("Boleto Docs", "<h1>Erros da API</h1><p><code>TOKEN_EXPIRADO</code> — o token de acesso expirou.</p><p><code>BOLETO_NAO_ENCONTRADO</code> — o boleto não foi encontrado.</p><p><code>LIMITE_EXCEDIDO</code> — a conta excedeu o limite diário.</p>", "Erros da API - Boleto Docs", lang="pt")),
}  # fmt: skip

NOT_FOUND = {
    "cards-404": ("cards.example", "/docs/v1/refunds", site_page("Cardly Docs", "<h1>Page not found</h1><p>We couldn't find the page you were looking for.</p><p>Error code: 404</p><p>Request id: 9c2e-11af</p>", "Page not found - Cardly Docs", lang="en")),
    "boleto-404": ("boleto.example", "/referencia/pix-v1", site_page("Boleto Docs", "<h1>404</h1><p>Esta página não existe ou foi removida.</p>", "Boleto Docs", lang="pt")),
}  # fmt: skip


def test_references_of_many_statuses_stay_alive_and_their_sites_not_found_pages_do_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the glossary soft-dead on "this resource has been deleted" (+1.30) and "404 Not
    Found" (+1.20) (the DEV set's error references in the docs templates were read as an
    expired item's notice with nothing of it left, ``live-pr23-defs``)."""
    said = states_of_pages(tmp_path, web, fast_settings, REFERENCES | NOT_FOUND)
    wanted = {name: LinkState.ALIVE for name in REFERENCES}
    wanted |= {name: LinkState.SOFT_DEAD for name in NOT_FOUND}
    assert {name: state for name, (state, _) in said.items()} == wanted, said
    assert "a reference of statuses talks about them" in said["glossary-en"][1]
