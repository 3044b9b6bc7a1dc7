"""Did a redirect take the link to a broader page of its site instead of its own page?

A site that removes an article often redirects its address to the section it stood in
(``/cronaca/2024/03/12/incendio-in-centro`` to ``/cronaca/``), to a tag, category, help or job
list, or to a search page. Search engines treat such a redirect as a soft 404: the reader asked
for one page and gets a page about everything. A moved page is different: its new address
carries what identified it (``/old/slug`` to ``/new/slug``, ``/article?id=5`` to
``/news/5-some-title``), or only its spelling changed (scheme, ``www``, case, trailing slash, a
language prefix).

So the sign needs two things: the link named a particular page (a slug of several subject
words, or an ID) and the landing's address carries none of it; and the landing is broader (an
ancestor of the link's path, a one-segment section when the link was deeper, a listing, tag,
category or search page). The landing's address usually says which; where it does not
(``/b/garten-outdoor``, ``/koop/amsterdam/``) the page's shape does (``classify.listing``: a run
of sibling item links with few words of its own), and a landing whose query flags an error
(``?error=true``, ``?notfound=1``) says it in the site's own words.

A last segment that is a slug of codes and short words (``b3-rs-category-de``, ``sku-ab12-xl``)
names one item too, though not in subject words; it is carried only as written, and it needs a
landing that is plainly broader: an ancestor, a search, a named or shaped listing, an error flag
(a one-segment address alone may be the same item's new short name).

Links that never named a page of their own give no sign: a shortener or campaign link
(``/go/xyz``) lands wherever it is sent, a section address may be renamed, another site (a DOI
or handle resolver, a URL shortener) is not this site's broader page, and a sign-in or consent
page is a wall in front of the page, not its replacement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote

from curator import urls
from curator.classify.address import fold, subject_words
from curator.classify.listing import Listing
from curator.classify.probe_address import segment_kind
from curator.domains import same_site
from curator.redact import redact_url

# A slug word reaches the landing's address as the same word or an inflection of it, at most
# this many letters longer or shorter ("recipes" and "/recipe/"). A shared root is not enough:
# a category is often named by the root of its articles' words ("/kategorie/ruecken/" over
# "uebungen-gegen-rueckenschmerzen"), and that is the broader page, not the article.
INFLECTION_LETTERS = 2
MIN_LETTERS = 4  # a shorter token is a particle or a code, no inflection of a subject word
# A one-segment landing names a section when it has at most this many words ("cronaca",
# "local-news"); a longer one is a titled page of its own ("/spring-open-day-2026").
SECTION_WORDS = 2
# The shortest number in a path taken for an ID; shorter ones are months, days or page numbers.
ID_DIGITS = 3
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGITS = re.compile(r"\d+")
_SPLIT = re.compile(r"[\W_]+")
# A site's language or region prefix ("/en/", "/de-at/"), set aside when comparing depths.
_LANGUAGE = re.compile(r"[a-z]{2}(?:[-_][a-z]{2})?")
_EXTENSION = re.compile(r"\.[a-z0-9]{1,5}$")

# First segments of redirector links: shorteners, campaign and affiliate links send their
# reader anywhere, and that is their job.
REDIRECTORS = frozenset(
    {"go", "l", "r", "s", "t", "x", "c", "to", "link", "links", "out", "redirect", "redir",
     "click", "track", "ref", "share", "visit", "goto", "promo", "campaign", "aff"}
)  # fmt: skip
# Landings that stand in front of a page rather than replace it: sign-in, consent, age and
# region walls. The page may well be behind them.
WALLS = frozenset(
    {"login", "signin", "sign-in", "log-in", "logon", "auth", "sso", "account", "register",
     "signup", "sign-up", "consent", "cookies", "gdpr", "age-gate", "verify", "captcha",
     "paywall", "subscribe", "unavailable-in-your-region", "anmelden", "connexion", "accedi",
     "entrar", "iniciar-sesion", "inloggen", "logowanie"}
)  # fmt: skip
# Path segments that name a list of many pages, whatever follows them: a tag or category page
# ("/tag/desk-posture", "/kategorie/politik/"). English and the largest European languages.
TAXONOMY = frozenset(
    {"tag", "tags", "category", "categories", "cat", "topic", "topics", "section", "sections",
     "label", "labels", "kategorie", "kategorien", "rubrik", "thema", "themen", "categoria",
     "categorie", "categorias", "rubrique", "rubriques", "etiqueta", "etiquetas", "argomenti",
     "tema", "temas", "rubriek", "trefwoord", "kategoria", "tagi", "schlagwort"}
)  # fmt: skip
# Last segments that name a listing, a help centre or a search page.
LISTINGS = frozenset(
    {"jobs", "careers", "vacancies", "listings", "listing", "results", "help", "support",
     "faq", "archive", "archives", "news", "blog", "articles", "stories", "products", "shop",
     "store", "catalog", "catalogue", "events", "offers", "ads", "classifieds", "all",
     "overview", "index", "stellen", "stellenangebote", "karriere", "jobbörse", "hilfe",
     "aide", "ayuda", "aiuto", "ajuda", "hulp", "pomoc", "emplois", "empleo", "empleos",
     "lavora-con-noi", "vacatures", "aanbod", "annonces", "anuncios", "annunci", "ogloszenia",
     "aktuelles", "nachrichten", "actualites", "noticias", "notizie", "nieuws", "archiv",
     "archivio", "archivo"}
)  # fmt: skip
SEARCHES = frozenset(
    {"search", "suche", "recherche", "buscar", "busca", "busqueda", "cerca", "ricerca",
     "zoeken", "szukaj", "wyszukaj", "sok", "haku", "poisk", "arama", "search-results"}
)  # fmt: skip
SEARCH_PARAMS = frozenset({"s", "q", "query", "search", "k", "keyword", "keywords", "term"})
# Query parameters a site adds to a landing to say the address it was asked for failed
# (``/jobs?error=true``, ``/shop/?notfound=1``, ``/?status=404``), and the values that say so
# in a parameter of any name.
ERROR_PARAMS = frozenset(
    {"error", "err", "notfound", "not_found", "not-found", "missing", "removed", "expired",
     "gone", "invalid"}
)  # fmt: skip
ERROR_VALUES = frozenset({"404", "410", "notfound", "not_found", "not-found", "missing", "gone"})
_OFF = frozenset({"", "0", "false", "no", "none", "null", "off"})
# Words of a slug that name no item: "page-2" is the second page of a list, not an item.
_PLUMBING = frozenset({"page", "p", "index", "default", "home", "main", "amp", "print"})


@dataclass(frozen=True, slots=True)
class Broader:
    """A redirect that lost the link's identity on the way to a broader page of its site."""

    landing: str  # the page landed on, redacted
    kind: str  # "section page", "listing page", "search page"
    words: tuple[str, ...]  # the link's subject words, as folded
    ids: tuple[str, ...]  # the link's identifiers
    slug: str = ""  # the link's last segment, when only it names the item (no words, no ID)
    how: str = ""  # what showed the landing's kind when its path did not: its shape, a flag

    @property
    def says(self) -> str:
        lost = []
        if self.words:
            lost.append(f"its subject (“{'-'.join(self.words)}”)")
        if self.ids:
            lost.append(f"its ID ({', '.join(self.ids[:2])})")
        if self.slug:
            lost.append(f"its slug (“{self.slug}”)")
        names = f"names neither {' nor '.join(lost)}" if lost[1:] else f"does not name {lost[0]}"
        how = f" ({self.how})" if self.how else ""
        return f"redirected to the {self.kind} {self.landing}{how}, which {names}"


def broader_landing(url: str, final_url: str, listing: Listing | None = None) -> Broader | None:
    """The broader page a redirect took the link to, when the link named a page of its own and
    the landing carries none of it; None for every other redirect (and for no redirect).
    ``listing`` is the landing page's run of sibling item links, when it has one."""
    redirect = urls.redirect(url, final_url)
    if redirect is None:
        return None
    start, end = redirect
    if not same_site(url, final_url):
        return None
    link, landing = _segments(start.path), _segments(end.path)
    if not link or not landing or link[0] in REDIRECTORS:
        return None
    if _wall(landing, end.query):
        return None
    words = subject_words(url)
    ids = _identifiers(link, start.query)
    address = f"{end.path} {unquote(end.query)}"
    slug = "" if words or ids else _item_slug(link[-1])
    if slug and slug in fold(address):
        return None
    if not (words or ids or slug) or _carried(words, ids, address):
        return None
    bare_link, bare_landing = _unprefixed(link), _unprefixed(landing)
    kind, how = _kind(bare_link, bare_landing, end.query), ""
    if slug and kind == "section page" and bare_link[: len(bare_landing)] != bare_landing:
        kind = None  # a short one-segment address may be the item's own new name
    if kind is None and listing is not None and listing.many:
        kind = "listing page"
        how = f"{listing.items} links to items under {listing.directory}/"
    flag = _error_flag(end.query)
    if flag is not None:
        kind = kind or "page"
        how = f"{how}; " if how else ""
        how += f"its address flags an error: {flag}"
    if kind is None:
        return None
    return Broader(redact_url(final_url), kind, words, ids, slug, how)


def _item_slug(segment: str) -> str:
    """The link's last segment when it is a slug naming one item in codes and short words
    (``b3-rs-category-de``): two or more parts joined by hyphens or underscores, at least two
    of them more than a letter and not list plumbing ("page-2" is a list's second page)."""
    if segment_kind(segment) != "text":
        return ""
    parts = [part for part in re.split(r"[-_]+", fold(segment)) if part]
    named = [
        part
        for part in parts
        if len(part) > 1 and part not in _PLUMBING and not (part.isdigit() and len(part) < 3)
    ]
    return "-".join(parts) if len(parts) >= 2 and len(named) >= 2 else ""


def _error_flag(query: str) -> str | None:
    """The query parameter by which a landing says the address asked for failed, if any."""
    for name, value in parse_qsl(query, keep_blank_values=True):
        lowered = value.strip().lower()
        if (name.lower() in ERROR_PARAMS and lowered not in _OFF) or lowered in ERROR_VALUES:
            return f"{name}={value}"[:60]
    return None


# Words of a landing's segment that name a wall or a state of the site rather than a section
# ("/sign_in", "/session/new", "/age-verification", "/maintenance", "/members"), and query
# parameters that carry the reader back once past it ("?next=/docs/...").
WALL_WORDS = frozenset(
    {"login", "logon", "signin", "sign", "session", "sessions", "auth", "sso", "oauth",
     "account", "accounts", "register", "signup", "consent", "cookies", "gdpr", "age", "verify",
     "verification", "captcha", "paywall", "subscribe", "subscription", "premium", "members",
     "member", "maintenance", "region", "blocked", "unavailable", "cart", "checkout"}
)  # fmt: skip
RETURN_PARAMS = frozenset(
    {"next", "return", "returnto", "return_to", "returnurl", "redirect", "redirect_to",
     "redirect_uri", "continue", "came_from", "destination", "origin", "from", "back"}
)  # fmt: skip


def _wall(landing: list[str], query: str) -> bool:
    """Whether the landing stands in front of the page (sign-in, age check, maintenance, a
    members' area) rather than replacing it."""
    if any(segment in WALLS for segment in landing):
        return True
    if any(word in WALL_WORDS for segment in landing for word in _SPLIT.split(segment)):
        return True
    return any(name.lower() in RETURN_PARAMS for name, _ in parse_qsl(query))


def _kind(link: list[str], landing: list[str], query: str) -> str | None:
    """What kind of broader page the landing is, if it is one."""
    last = landing[-1] if landing else ""
    if any(segment in SEARCHES for segment in landing[-2:]) or any(
        name.lower() in SEARCH_PARAMS for name, _ in parse_qsl(query)
    ):
        return "search page"
    if len(landing) >= len(link):
        return None
    if link[: len(landing)] == landing:
        return "section page"
    if last in LISTINGS or any(s in TAXONOMY for s in landing[-2:]):
        return "listing page"
    if len(landing) == 1 and _section_name(last):
        return "section page"
    return None


def _section_name(segment: str) -> bool:
    kind = segment_kind(segment)
    words = [word for word in _SPLIT.split(segment) if word]
    return kind.startswith("text") and 0 < len(words) <= SECTION_WORDS


def _segments(path: str) -> list[str]:
    """The path's segments, decoded, in lower case, without a file extension or empty parts."""
    parts = [_EXTENSION.sub("", unquote(part).lower()) for part in path.split("/")]
    return [part for part in parts if part]


def _unprefixed(segments: list[str]) -> list[str]:
    if len(segments) > 1 and _LANGUAGE.fullmatch(segments[0]):
        return segments[1:]
    return segments


def _identifiers(segments: list[str], query: str) -> tuple[str, ...]:
    """What identifies the link's page besides its words: ID segments, long numbers inside a
    slug ("senior-developer-48213"), and the values of its query's ID parameters (``?id=5``).
    Years, months and days are dates, not IDs."""
    found: list[str] = []
    for segment in segments:
        kind = segment_kind(segment)
        if kind.startswith("date"):
            continue
        if kind in ("hex", "id"):
            found.append(segment)
            continue
        found.extend(
            number
            for number in _DIGITS.findall(segment)
            if len(number) >= ID_DIGITS and not _YEAR.fullmatch(number)
        )
    for name, value in parse_qsl(query):
        if name.lower() not in SEARCH_PARAMS and _DIGITS.search(value) and len(value) <= 40:
            found.append(value.lower())
    return tuple(dict.fromkeys(found))


def _carried(words: tuple[str, ...], ids: tuple[str, ...], landing: str) -> bool:
    """Whether the landing's address carries one of the link's words (or an inflection of it)
    or one of its IDs."""
    folded = fold(landing)
    tokens = [token for token in _SPLIT.split(folded) if token]
    if any(identifier in folded for identifier in ids):
        return True
    return any(any(_inflected(token, word) for token in tokens) for word in words)


def _inflected(token: str, word: str) -> bool:
    short, long = sorted((token, word), key=len)
    return (
        len(short) >= MIN_LETTERS
        and long.startswith(short)
        and len(long) - len(short) <= INFLECTION_LETTERS
    )
