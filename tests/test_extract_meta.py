"""extract(): what editors and the later stages read off a page, on small pages written here."""

from __future__ import annotations

from datetime import UTC, date, datetime

from curator.extract import PageMeta, extract
from curator.extract.clean import collapse
from curator.extract.text import TEXT_CAP

URL = "https://example.org/articles/2024/story.html"


def page(head: str = "", body: str = "", html_attrs: str = "") -> bytes:
    return (
        f"<!doctype html><html{html_attrs}><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


def run(head: str = "", body: str = "", *, html_attrs: str = "", **headers: str) -> PageMeta:
    fixed = {k.replace("_", "-"): v for k, v in headers.items()}
    return extract(page(head, body, html_attrs), URL, fixed)


# --- titles -------------------------------------------------------------------------------------


def test_og_title_wins_over_title_element_and_keeps_its_wording() -> None:
    meta = run(
        '<title>Ignored | Example News</title><meta property="og:title" content="The Real Title">'
    )
    assert meta.title == "The Real Title"


def test_twitter_title_when_no_og_title() -> None:
    meta = run('<title>Fallback</title><meta name="twitter:title" content="From Twitter Card">')
    assert meta.title == "From Twitter Card"


def test_og_title_is_kept_even_when_it_is_the_site_name() -> None:
    """As in metascraper: a home page's og:title is the site's name, and that is its title."""
    head = '<meta property="og:site_name" content="Yandex">'
    head += '<meta property="og:title" content="Yandex">'
    assert run(head + "<title>Top stories today</title>").title == "Yandex"


def test_dublin_core_title_before_the_title_element() -> None:
    head = '<meta name="DC.title" content="remoteStorage"><title>draft-04 - remoteStorage</title>'
    assert run(head).title == "remoteStorage"


def test_jsonld_headline_when_no_preview_tags() -> None:
    jsonld = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Example"},'
        ' {"@type": "NewsArticle", "headline": "Rates &amp; Rents Rise",'
        ' "description": "Why rents rose.", "dateModified": "2024-05-02T10:00:00Z"}]}'
    )
    meta = run(f'<title>x</title><script type="application/ld+json">{jsonld}</script>')
    assert meta.title == "Rates & Rents Rise"
    assert meta.description == "Why rents rose."
    assert meta.description_source == "json-ld"
    assert meta.modified == datetime(2024, 5, 2, 10, 0, tzinfo=UTC)


def test_jsonld_name_or_headline_whichever_resembles_the_page_title() -> None:
    jsonld = (
        '{"@context": "https://schema.org", "@type": "Article", "name": "Hermitian matrix",'
        ' "headline": "a matrix equal to its conjugate"}'
    )
    meta = run(
        f"<title>Hermitian matrix - Wikipedia</title>"
        f'<script type="application/ld+json">{jsonld}</script>'
    )
    assert meta.title == "Hermitian matrix"


def test_site_name_suffix_is_stripped_from_title_element() -> None:
    meta = run("<title>Council approves the new riverside park plan | Example News</title>")
    assert meta.title == "Council approves the new riverside park plan"


def test_site_name_after_a_separator_is_stripped() -> None:
    for separator in ("-", "»", "/"):
        title = f"<title>Council approves the new riverside park plan {separator} Example</title>"
        assert run(title).title == "Council approves the new riverside park plan"


def test_a_title_with_an_en_or_em_dash_stays_whole() -> None:
    """Readability.js separates only at | - \\ / > »; it, metascraper and goose3 all report
    "Story – Site" whole."""
    for separator in ("–", "—"):
        title = f"Council approves the new riverside park plan {separator} Example"
        assert run(f"<title>{title}</title>").title == title


def test_colon_title_keeps_what_follows_unless_a_heading_repeats_it() -> None:
    assert run("<title>Example News: Council approves the park plan</title>").title == (
        "Council approves the park plan"
    )
    whole = "Vidyard: Rewriting the rules of engagement with video"
    assert run(f"<title>{whole}</title>", f"<h1>{whole}</h1>").title == whole


def test_short_title_keeps_its_site_name() -> None:
    """Cutting "Bob Dylan - Wikipedia" to "Bob Dylan" would lose too much (Readability's rule)."""
    assert run("<title>Bob Dylan - Wikipedia</title>").title == "Bob Dylan - Wikipedia"


def test_h1_when_page_has_no_title_at_all() -> None:
    meta = run(body="<h1>  Page\n not   found </h1><p>Sorry.</p>")
    assert meta.title == "Page not found"
    assert meta.h1 == "Page not found"


def test_h1_is_the_content_heading_not_the_logo() -> None:
    body = (
        "<header><h1><a href='/'>Example News</a></h1></header>"
        "<article><header><h1>Page not found</h1></header><p>Sorry.</p></article>"
    )
    assert run("<title>404</title>", body).h1 == "Page not found"
    assert run(body="<header><h1>Logo</h1></header><div><h1>Story</h1></div>").h1 == "Story"


def test_svg_title_in_body_is_not_the_page_title() -> None:
    meta = run(body="<svg><title>icon</title></svg><h1>Real Heading</h1>")
    assert meta.title == "Real Heading"


def test_megabyte_title_is_capped_with_an_ellipsis() -> None:
    meta = run("<title>" + "word " * 200_000 + "</title>")
    assert meta.title is not None
    assert len(meta.title) <= 300
    assert meta.title.endswith("…")


def test_double_escaped_entities_are_decoded_once_more() -> None:
    meta = run(
        '<meta property="og:title" content="Mugabe&amp;#039;s &amp;quot;Blue House&amp;quot;">'
    )
    assert meta.title == 'Mugabe\'s "Blue House"'


# --- descriptions -------------------------------------------------------------------------------


def test_og_description_wins_over_meta_description() -> None:
    meta = run(
        '<meta name="description" content="Meta text."><meta property="og:description" '
        'content="  Open\n  Graph   text. ">'
    )
    assert meta.description == "Open Graph text."
    assert meta.description_source == "og"


def test_meta_description_when_no_preview_tags() -> None:
    meta = run('<meta name="Description" content="Plain meta.">')
    assert (meta.description, meta.description_source) == ("Plain meta.", "meta")


def test_og_teaser_contradicted_by_meta_and_jsonld_loses() -> None:
    summary = "I tried the new headset, and there is no going back."
    jsonld = f'{{"@type": "NewsArticle", "description": "{summary}"}}'
    meta = run(
        f'<meta property="og:description" content="No going back.">'
        f'<meta name="description" content="{summary}">'
        f'<script type="application/ld+json">{jsonld}</script>'
    )
    assert meta.description == summary
    assert meta.description_source == "meta"


def test_dublin_core_description_is_not_read() -> None:
    """metascraper reads none and on the corpus it decides no page, so curator leaves it out."""
    meta = run('<meta name="DC.description" content="From Dublin Core.">', "<p>tiny</p>")
    assert (meta.description, meta.description_source) == (None, None)


def test_first_paragraph_of_main_content_when_nothing_declared() -> None:
    body = (
        "<nav><p>Home, News, Sport, Weather, Culture and everything else</p></nav>"
        "<main><h1>Monitoring</h1><p class='byline author'>Written by Rob Example, edited</p>"
        "<p>Short.</p>"
        "<p>Teams have basic principles for building monitoring, and this chapter lists them.</p>"
        "<p>Second paragraph that should not be chosen as the summary of the page.</p></main>"
    )
    meta = run(body=body)
    assert meta.description == (
        "Teams have basic principles for building monitoring, and this chapter lists them."
    )
    assert meta.description_source == "paragraph"


def test_first_paragraph_without_landmarks_uses_the_densest_block() -> None:
    body = (
        "<div class='menu'><p>About us, contact, jobs, press, help, more links here</p></div>"
        "<div class='post'><div>Posted by Ann, Bob and Cy on 2019-02-15, all posts</div>"
        + "<p>Text of the post, with commas, clauses, and more, to make it dense.</p>" * 4
        + "</div>"
    )
    meta = run(body=body)
    assert meta.description == "Posted by Ann, Bob and Cy on 2019-02-15, all posts"


def test_no_description_at_all() -> None:
    meta = run("<title>t</title>", "<p>tiny</p>")
    assert (meta.description, meta.description_source) == (None, None)


# --- canonical and language ---------------------------------------------------------------------


def test_relative_canonical_is_resolved_against_the_page_url() -> None:
    meta = run('<link rel="canonical" href="../2023/story.html?ref=x">')
    assert meta.canonical == "https://example.org/articles/2023/story.html?ref=x"


def test_canonical_resolves_against_base_href() -> None:
    meta = run('<base href="https://cdn.example.net/site/"><link rel="Canonical" href="a/b">')
    assert meta.canonical == "https://cdn.example.net/site/a/b"


def test_og_url_is_the_canonical_fallback_and_junk_is_ignored() -> None:
    meta = run(
        '<link rel="canonical" href="javascript:void(0)">'
        '<meta property="og:url" content="https://example.org/s">'
    )
    assert meta.canonical == "https://example.org/s"
    assert run("<title>t</title>").canonical is None


def test_lang_from_html_then_header_then_og_locale() -> None:
    assert run(html_attrs=' lang="fr-CA"').lang == "fr-CA"
    assert run(content_language="de-DE, en").lang == "de-DE"
    assert run('<meta property="og:locale" content="en_GB">').lang == "en-GB"
    assert run().lang is None


def test_headers_are_read_however_their_names_are_spelled() -> None:
    # The readers take any mapping of headers, not only a fetch's lower-cased one: the type,
    # the charset and the language are found under any spelling of their names.
    assert (
        extract(page("<title>Report</title>"), URL, {"CONTENT-TYPE": "application/pdf"}).title
        is None
    )
    cyrillic = "<!doctype html><html><head><title>Привет</title></head></html>".encode("cp1251")
    assert extract(cyrillic, URL, {"Content-TYPE": "text/html; charset=windows-1251"}).title == (
        "Привет"
    )
    assert extract(page(), URL, {"Content-Language": "de-DE"}).lang == "de-DE"


# --- dates --------------------------------------------------------------------------------------


def test_modified_and_published_from_meta() -> None:
    meta = run(
        '<meta property="article:published_time" content="2021-03-04T05:06:07+0100">'
        '<meta property="article:modified_time" content="2024-11-02">'
    )
    assert meta.published == datetime.fromisoformat("2021-03-04T05:06:07+01:00")
    assert meta.modified == date(2024, 11, 2)


def test_modified_from_http_equiv_last_modified() -> None:
    meta = run('<meta http-equiv="last-modified" content="Tue, 15 Nov 1994 08:12:31 GMT">')
    assert meta.modified == datetime(1994, 11, 15, 8, 12, 31, tzinfo=UTC)


def test_jsonld_dates_take_precedence_over_meta() -> None:
    jsonld = '{"@type": "BlogPosting", "datePublished": "2015-10-15T02:19:15.607Z"}'
    meta = run(
        '<meta property="article:published_time" content="2015-12-11T14:28:34Z">'
        f'<script type="application/ld+json">{jsonld}</script>'
    )
    assert meta.published == datetime(2015, 10, 15, 2, 19, 15, 607000, tzinfo=UTC)


def test_published_from_time_element_and_nonsense_dates_ignored() -> None:
    meta = run(
        '<meta property="article:modified_time" content="not a date">',
        '<time itemprop="datePublished" datetime="2020-09-21">Sept 21</time>',
    )
    assert meta.published == date(2020, 9, 21)
    assert meta.modified is None


# --- text and bad input -------------------------------------------------------------------------


def test_text_is_visible_text_only_and_collapsed() -> None:
    body = (
        "<nav>Menu Home</nav><h1>Title</h1><script>var x = 1;</script><style>p{}</style>"
        "<p>One\n\n  two</p><p>three</p><div hidden>secret</div><footer>(c) 2024</footer>"
    )
    assert run("<title>Head title</title>", body).text == "Title One two three"


def test_text_keeps_what_follows_hidden_parts_and_separates_blocks_only() -> None:
    """Words across inline tags stay whole; blocks (and images) separate words; the text after
    a hidden element is shown; ``aria-hidden`` counts whatever its case and spacing."""
    body = (
        "<p>Un<b>break</b>able<span aria-hidden=' TRUE '>icon</span> after"
        "<button>Click</button> tail</p><ul><li>one</li><li>two</li></ul>x<img src=a.png>y"
        "<p aria-hidden='false'>shown</p><h2>Sub<script>s()</script>head</h2>"
    )
    text = run(body=body).text
    assert text == "Unbreakable after tail one two x y shown Subhead"


def test_collapse_joins_every_kind_of_space_and_keeps_everything_else() -> None:
    for code in [*range(0x3001), 0xFEFF, 0xFFFD, 0x1F600]:
        char = chr(code)
        spaced = char.isspace() or char in "\u200b\ufeff"
        assert collapse(f" a{char}{char}b{char}") == ("a b" if spaced else f"a{char}{char}b{char}")


def test_page_wrapped_in_one_form_still_has_text_and_a_paragraph() -> None:
    """ASP.NET WebForms pages put everything inside <form id="aspnetForm">."""
    body = "<form id='aspnetForm'><p>Our clinic is open on weekdays, from nine to five.</p></form>"
    meta = run(body=body)
    assert meta.text == "Our clinic is open on weekdays, from nine to five."
    assert meta.description == meta.text


def test_text_is_capped() -> None:
    meta = run(body="<p>" + "lorem ipsum " * 50_000 + "</p>")
    assert len(meta.text) <= TEXT_CAP
    assert meta.text.startswith("lorem ipsum lorem")


def test_text_past_twice_the_cap_in_raw_characters_is_not_read() -> None:
    # A hostile page's text is read only so far: here the first piece alone passes the bound.
    meta = run(body="<p>lorem " + " " * (2 * TEXT_CAP) + "</p><p>late words</p>")
    assert meta.text == "lorem"


def test_empty_and_non_html_bodies_say_nothing_without_raising() -> None:
    for body in (b"", b"   \n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))):
        meta = extract(body, URL, {})
        assert meta.title is None and meta.description is None and meta.text == ""
    pdf = extract(b"%PDF-1.4 <title>x</title>", URL, {"Content-Type": "application/pdf"})
    assert pdf.title is None


def test_garbage_markup_and_broken_jsonld_do_not_raise() -> None:
    body = b"<html><<title>>Odd</title><script type='application/ld+json'>{oops</script><p>a"
    meta = extract(body, URL, {})
    assert meta.title is not None and "Odd" in meta.title
    assert meta.text.endswith(" a")
