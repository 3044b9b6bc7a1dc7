"""The demo web's pages: the texts in ``pages/pages.yaml``, rendered through ``pages/page.html``.

Texts and markup are package data, not Python strings, so the demo works from an installed
wheel and an editor of the demo touches prose, not code. Everything inserted into the template
is escaped: the pages are ours, but the habit costs nothing.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from html import escape
from importlib.resources import files
from string import Template

from pydantic import BaseModel, ConfigDict
from ruamel.yaml import YAML


class PageText(BaseModel):
    """One page's words; ``url`` is where it lives before the story decays anything."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str | None = None
    title: str
    description: str
    modified: date | None = None
    text: str


class PageBook(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    sites: dict[str, str]  # host -> the name the page chrome shows
    pages: dict[str, PageText]

    def by_url(self) -> dict[str, str]:
        """Page id by the address each page starts at."""
        return {page.url: page_id for page_id, page in self.pages.items() if page.url}


@cache
def load_book() -> PageBook:
    """The bundled page texts (read once: they never change while a demo runs)."""
    source = files("curator.demo").joinpath("pages", "pages.yaml").read_text(encoding="utf-8")
    return PageBook.model_validate(YAML(typ="safe", pure=True).load(source))


@cache
def _template() -> Template:
    return Template(files("curator.demo").joinpath("pages", "page.html").read_text("utf-8"))


def render(
    page: PageText,
    site: str,
    *,
    title: str | None = None,
    modified: date | None = None,
) -> bytes:
    """The page as its site would serve it; ``title`` and ``modified`` override the text's."""
    shown_title = title or page.title
    day = modified or page.modified
    dates = f'<meta property="article:modified_time" content="{day.isoformat()}">\n' if day else ""
    html = _template().substitute(
        title=escape(shown_title),
        heading=escape(shown_title),
        site=escape(site),
        description=escape(page.description, quote=True),
        dates=dates,
        body=_paragraphs(page.text),
    )
    return html.encode("utf-8")


def _paragraphs(text: str) -> str:
    blocks = [" ".join(block.split()) for block in text.strip().split("\n\n")]
    return "\n".join(
        f"<h2>{escape(block[3:])}</h2>" if block.startswith("## ") else f"<p>{escape(block)}</p>"
        for block in blocks
        if block
    )
