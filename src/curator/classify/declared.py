"""What a page declares itself to be: a film, a book, an album, an event, a product.

A film trailer titled "ERROR 404", a play called "Page Not Found" and an album named "404 Not
Found" carry an error's name as their own. Their pages say what they are in structured data,
for search engines: a JSON-LD ``@type`` (``Movie``, ``TheaterEvent``, ``MusicAlbum``) or an
Open Graph ``og:type`` (``video.movie``, ``book``). A site's not-found page declares a web page
or the site itself (``WebPage``, ``WebSite``, ``og:type`` ``website``), never a work. So a page
that declares a work is named like an error; it does not report one. A label or code is then
the work's name; a sentence ("the page was not found") may be one too when the work is a film,
an episode, a song or a book (``MEDIA``), but on a product's or an event's page it is a
message: ``classify.headline`` weakens it only on media, and never to nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from curator.extract import jsonld
from curator.extract.clean import collapse
from curator.extract.document import jsonld_objects

if TYPE_CHECKING:
    from lxml import etree

# The first @type a page's JSON-LD declares that is not one of these names what the page is.
# These describe the site, its publisher or parts of a page (breadcrumbs, the search box).
SUPPORTING = frozenset(
    {"WebSite", "Organization", "BreadcrumbList", "ListItem", "SearchAction", "EntryPoint",
     "ImageObject", "Person", "PostalAddress", "ContactPoint", "Brand", "Offer",
     "AggregateOffer", "Rating", "AggregateRating", "Place", "Thing", "PropertyValueSpecification",
     "SiteNavigationElement", "WPHeader", "WPFooter", "WPSideBar", "Corporation",
     "LocalBusiness", "NewsMediaOrganization", "Country", "Language"}
)  # fmt: skip
# Works and things that carry a name of their own (schema.org types and their common kinds).
WORKS = frozenset(
    {"Movie", "Book", "Audiobook", "MusicAlbum", "MusicRecording", "MusicGroup",
     "MusicComposition", "MusicPlaylist", "Event", "TheaterEvent", "MusicEvent",
     "ScreeningEvent", "ComedyEvent", "Festival", "DanceEvent", "ExhibitionEvent",
     "LiteraryEvent", "Product", "Review", "CriticReview", "VideoObject", "AudioObject",
     "PodcastEpisode", "PodcastSeries", "RadioEpisode", "TVSeries", "TVEpisode", "TVSeason",
     "Episode", "VideoGame", "Game", "CreativeWorkSeries", "BookSeries", "SoftwareApplication",
     "MobileApplication", "Recipe", "Course", "Painting", "Photograph", "VisualArtwork",
     "Sculpture", "Play", "Clip", "MovieSeries", "Quotation", "CreativeWork"}
)  # fmt: skip
# Works that are watched, heard or read for their own sake: their name is all their title says,
# whatever words it is made of ("Fehler 404" an episode, "הדף לא נמצא" a film). A product or an
# event is not among them: "This product has been discontinued" heads a shop's gone page.
MEDIA = frozenset(
    {"Movie", "MovieSeries", "VideoObject", "Clip", "MusicRecording", "MusicAlbum",
     "MusicComposition", "MusicPlaylist", "TVEpisode", "TVSeries", "TVSeason", "Episode",
     "PodcastEpisode", "PodcastSeries", "RadioEpisode", "Book", "Audiobook", "BookSeries",
     "CreativeWork", "CreativeWorkSeries", "VideoGame", "Play", "Painting", "Photograph"}
)  # fmt: skip
# What a not-found page's structured data may name by its heading: the page itself ("Page not
# found" as a ``WebPage``), besides ``SUPPORTING``'s site parts (the crumb a breadcrumb ends in).
PAGES = frozenset({"WebPage", "SearchResultsPage"})
_OG_MEDIA = ("video.", "music.", "book", "books.", "game.")
# Articles name themselves too, but a not-found page may keep an article template: only one
# that also declares its publication date and author counts.
ARTICLES = frozenset({"Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle"})
_OG_WORKS = ("og:video.", "og:music.", "og:book", "og:books.", "og:product", "og:game.")
DATED = "+dated"  # the mark extraction puts on a type whose object names its date and author


def is_media(work: str) -> bool:
    """Whether a work ``declared_work`` names is one watched, heard or read (``MEDIA``)."""
    return work in MEDIA or work.startswith(_OG_MEDIA)


def declared_work(declared: Sequence[str]) -> str | None:
    """The kind of work the page declares itself (``Movie``, ``video.movie``), if it declares
    one; None for a page, a site, an article without date and author, or no declaration.
    ``declared`` is what extraction read off the whole document (``PageMeta.declared``)."""
    for kind in declared:
        if kind.startswith("og:"):
            if kind.startswith(_OG_WORKS):
                return kind.removeprefix("og:")
            continue
        name = kind.removesuffix(DATED)
        if name in SUPPORTING:
            continue
        if name in WORKS:
            return name
        if name in ARTICLES and kind.endswith(DATED):
            return name
        return None
    return None


def declared_thing(root: etree._Element, name: str) -> str | None:
    """The type of a thing the page's JSON-LD declares under ``name`` (casefolded), anywhere in
    the document and whatever comes first (a band's ``MusicGroup`` after the template's
    ``WebPage``, a slang entry's ``DefinedTerm``, a category's ``CollectionPage``); None when
    none does. A not-found page's structured data names the page, its site or its publisher
    (``PAGES``, ``SUPPORTING``), and a site-wide band or shop by its own name, never a thing
    by the error's words. An article is no such thing: a not-found page may keep its news
    template, whose headline (even dated) is whatever the page says ("This article has been
    removed")."""
    for obj in jsonld_objects(root.iter("script")):
        kinds = jsonld.types(obj)
        if not kinds or kinds[0] in PAGES or kinds[0] in SUPPORTING or kinds[0] in ARTICLES:
            continue
        if collapse(jsonld.text(obj, "name") or "").casefold() == name:
            return kinds[0]
    return None
