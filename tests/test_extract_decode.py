"""decode_html(): the text a browser would show, whatever the site declared (or didn't)."""

from __future__ import annotations

import codecs

from curator.extract import decode_html, extract

CP1252_BODY = b"<p>caf\xe9 \x93quoted\x94 \x96 na\xefve</p>"
CP1252_TEXT = "<p>café “quoted” – naïve</p>"


def test_invalid_utf8_is_replaced_not_raised() -> None:
    text = decode_html(b"<meta charset='utf-8'><p>ok \xff\xfe broken \xc3</p>", {})
    assert text.startswith("<meta charset='utf-8'><p>ok ")
    assert "\ufffd" in text and "broken" in text


def test_windows_1252_declared_only_in_http_header() -> None:
    headers = {"content-type": 'text/html; charset="windows-1252"'}
    assert decode_html(CP1252_BODY, headers) == CP1252_TEXT


def test_windows_1252_declared_only_in_meta() -> None:
    for declaration in (
        b'<meta charset="windows-1252">',
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    ):
        assert decode_html(declaration + CP1252_BODY, {}).endswith(CP1252_TEXT)


def test_latin1_label_means_windows_1252_as_in_browsers() -> None:
    """Bytes 0x93/0x94 are curly quotes on every real "ISO-8859-1" page, not C1 controls."""
    text = decode_html(CP1252_BODY, {"Content-Type": "text/html; charset=ISO-8859-1"})
    assert text == CP1252_TEXT


def test_http_header_beats_meta() -> None:
    body = b'<meta charset="utf-8">' + CP1252_BODY
    assert decode_html(body, {"Content-Type": "text/html; charset=cp1252"}).endswith(CP1252_TEXT)


def test_meta_declaration_in_a_comment_is_ignored() -> None:
    body = b'<!-- <meta charset="koi8-r"> --><meta charset="windows-1252">' + CP1252_BODY
    assert decode_html(body, {}).endswith(CP1252_TEXT)


def test_byte_order_mark_beats_a_wrong_header() -> None:
    body = codecs.BOM_UTF8 + "<p>naïve</p>".encode()
    assert decode_html(body, {"Content-Type": "text/html; charset=windows-1252"}) == "<p>naïve</p>"
    utf16 = codecs.BOM_UTF16_LE + "<p>日本</p>".encode("utf-16-le")
    assert decode_html(utf16, {}) == "<p>日本</p>"


def test_utf8_page_mislabelled_with_a_legacy_charset_is_read_as_utf8() -> None:
    body = '<meta charset="windows-1251"><title>Интересные наблюдения</title>'.encode()
    assert "Интересные наблюдения" in decode_html(body, {})
    gbk_label = '<meta charset="gb2312"><title>人工智能迈上新台阶</title>'.encode()
    assert "人工智能迈上新台阶" in decode_html(gbk_label, {})


def test_meta_claiming_utf16_is_read_as_utf8() -> None:
    body = '<meta charset="utf-16"><p>ça</p>'.encode()
    assert decode_html(body, {}) == '<meta charset="utf-16"><p>ça</p>'


def test_unknown_label_falls_through_to_sniffing() -> None:
    body = '<meta charset="no-such-charset"><p>déjà</p>'.encode()
    assert decode_html(body, {"Content-Type": "text/html; charset=bogus"}).endswith("déjà</p>")


def test_undeclared_shift_jis_is_sniffed() -> None:
    text = (
        "<html><head><title>吾輩は猫である</title></head><body><p>"
        "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。"
        "何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。</p></body></html>"
    )
    assert decode_html(text.encode("shift_jis"), {}) == text


def test_undeclared_iso_8859_1_is_sniffed() -> None:
    text = (
        "<p>Où est la bibliothèque ? Le garçon a mangé une crêpe près de la forêt, "
        "à côté de l'hôpital. Très élégant, déjà vu.</p>"
    )
    assert decode_html(text.encode("iso-8859-1"), {}) == text


def test_undeclared_utf8_cut_mid_character_by_the_size_cap_is_still_utf8() -> None:
    body = "<p>naïve café ünïcödé</p>".encode()[:-9]  # cut inside "ö"
    assert decode_html(body, {}).startswith("<p>naïve café ün")


def test_extract_uses_the_header_charset_for_titles() -> None:
    body = b"<html><head><title>Caf\xe9 \x93Le Ch\xe2teau\x94</title></head></html>"
    meta = extract(body, "https://example.org/", {"Content-Type": "text/html; charset=latin-1"})
    assert meta.title == "Café “Le Château”"


def test_a_utf8_page_with_a_nul_past_its_start_reads_the_same_text_around_it() -> None:
    # Past the first kilobyte a NUL does not make the page binary: the page is read with it
    # replaced, and the rest of the page after it.
    filler = "<p>" + "word " * 300 + "</p>"
    html = f"<html><head><title>Café menu</title></head><body>{filler}"
    html += "<p>Before\x00after</p><p>Tail</p>"
    page = extract(html.encode("utf-8"), "https://x.example/", {"content-type": "text/html"})
    assert page.title == "Café menu"
    assert page.text.endswith("Before\ufffdafter Tail")


def test_a_body_of_whitespace_only_says_nothing() -> None:
    for body in ("  \n\t", "\u3000\u00a0 \n", "\x1c\x1f"):
        page = extract(body.encode("utf-8"), "https://x.example/", {"content-type": "text/html"})
        assert page.title is None and page.text == ""


def test_a_utf8_page_with_broken_bytes_reads_them_as_replacement_characters() -> None:
    # lxml is handed a clean UTF-8 body's bytes as they are; a body with a broken sequence, a
    # character cut off at its end, or a U+FFFD of its own is read from its decoded text, as
    # libxml2 would read the rest of such a page in another encoding.
    headers = {"content-type": "text/html; charset=utf-8"}
    for body, text in (
        (b"<p>caf\xc3\xa9 \xff ok</p>", "café \ufffd ok"),
        ("<p>café \ufffd ok</p>".encode(), "café \ufffd ok"),
        ("<p>café</p><p>ünï".encode()[:-1], "café ün\ufffd"),
        (b"<p>" + "é".encode() * 5000 + b"\xe2\x80</p><p>t\xc3\xa9</p>", "é" * 5000 + "\ufffd té"),
    ):
        assert extract(body, "https://x.example/", headers).text == text
