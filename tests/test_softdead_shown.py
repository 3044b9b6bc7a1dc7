# ruff: noqa: E501  (pages written one a line: data)
"""A not-found message shown in a code block of a how-to that explains it, through a real run.

A how-to that leads into a server's answer and shows it in a ``<pre>`` quotes it: the page is
alive. A not-found page drawn as a terminal, a server's bare answer in a ``<pre>``, and one
whose code block follows only an exclamation are gone, however long the help after them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

HELP = "<p>We moved to a new blog engine last spring and some old posts did not make the trip. If you followed a link from another site, it may point at an address we no longer use. Search the archive by title, or browse the tags to find what you were after.</p>"


def test_a_how_to_showing_the_error_in_a_code_block_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Two how-tos under titles that are not their headings (before, each was called
    soft-dead by the message in its code block): the reason says the message is shown."""
    pages = {
        "iis": ("i.example", "/posts/iis-static-json-404", site_page("DevBlog", "<p>Our config file loaded locally but on the server the browser showed:</p><pre>HTTP Error 404.3 - Not Found\nThe page you requested could not be found.</pre><p>IIS refuses to serve file types it has no MIME mapping for. Add one in web.config:</p><pre><code>&lt;staticContent&gt;\n  &lt;mimeMap fileExtension=\".json\" mimeType=\"application/json\" /&gt;\n&lt;/staticContent&gt;</code></pre><p>Recycle the application pool and request the file again. If the site already inherits a mapping from the server, remove it first or IIS throws a duplicate entry error on start.</p>", "Why IIS serves 404 for .json files - DevBlog")),
        "apache-es": ("a.example", "/2026/01/apache-errordocument", site_page("Sysadmin en Casa", "<h1>Cambiar la página de error 404 de Apache</h1><p>Por defecto Apache responde con este texto cuando falta un archivo:</p><pre>Not Found\nThe requested URL was not found on this server.</pre><p>Para mostrar una página propia basta una directiva en el host virtual o en .htaccess:</p><pre><code>ErrorDocument 404 /errores/404.html</code></pre><p>Usa una ruta local, no una URL completa: con una URL Apache envía una redirección y el navegador recibe un 302 en lugar de un 404.</p>", "Sysadmin en Casa", lang="es")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    for name, (_, reason) in said.items():
        assert "shown in a code block of a page explaining it" in reason, (name, reason)


def test_a_not_found_message_in_a_code_block_with_nothing_leading_into_it_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A terminal-drawn not-found page followed by a long line of help, a server's bare answer,
    and a code block after an exclamation."""
    pages = {
        "terminal": ("t.example", "/2021/07/old-webpack-config", site_page("Byte Notes", "<pre><code>$ curl -I https://bytenotes.dev/2021/07/old-webpack-config\nHTTP/1.1 404 Not Found\nThe page you requested could not be found.</code></pre>" + HELP, "Byte Notes")),
        "bare": ("b.example", "/workshops/raku-firing-weekend", site_page("Kiln & Clay", "<pre>Not Found\nThe requested URL was not found on this server.</pre>", "Kiln & Clay")),
        "oops": ("o.example", "/guides/webhooks-v1", site_page("Relay Docs", "<p>Oops:</p><pre>404 Not Found\nThe requested URL was not found on this server.</pre>" + HELP, "Relay Docs")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "shown in a code block" not in reason, (name, reason)
