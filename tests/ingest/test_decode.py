"""Encodings: every decode path gives the right NFC text, or a clear EncodingError."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from soket.errors import EncodingError
from soket.ingest import legacy, load_bytes
from soket.ingest.decode import decode
from soket.ingest.typography import plain_typography

from .helpers import SAMPLE, needs_shared, seed_files, to_cp1258


def load(data: bytes, name: str = "r.txt"):
    return load_bytes(data, name=name)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("utf-32"), "utf-32-le"),
        (to_cp1258(SAMPLE), "cp1258"),
        (to_cp1258(SAMPLE, combining_only=True), "cp1258"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32", "cp1258",
         "cp1258-combining"],
)
def test_unicode_and_code_pages(data: bytes, encoding: str) -> None:
    doc = load(data)
    assert doc.text == SAMPLE
    assert doc.encoding == encoding
    assert unicodedata.is_normalized("NFC", doc.text)


def test_cp1258_tones_are_combining_marks_then_composed() -> None:
    data = to_cp1258("Việt Nam, tỷ đồng")
    assert b"\xf2" in data  # dot below written as a combining mark
    assert load(data).text == "Việt Nam, tỷ đồng"


def test_nfd_becomes_nfc() -> None:
    doc = load(unicodedata.normalize("NFD", SAMPLE).encode("utf-8"))
    assert doc.text == SAMPLE


def test_tcvn3_known_phrases() -> None:
    assert legacy.to_unicode("Céng hßa x· héi chñ nghÜa ViÖt Nam", "tcvn3") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert legacy.to_unicode("§éc lËp - Tù do - H¹nh phóc", "tcvn3") == "Độc lập - Tự do - Hạnh phúc"
    assert legacy.to_unicode("tû ®ång, ph\xad¬ng h\xadíng", "tcvn3") == "tỷ đồng, phương hướng"


def test_vni_known_phrases() -> None:
    assert legacy.to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert legacy.to_unicode("Ñoäc laäp - Töï do - Haïnh phuùc", "vni") == "Độc lập - Tự do - Hạnh phúc"
    assert legacy.to_unicode("ñöôïc naêm thaéng, COÄNG HOØA", "vni") == "được năm thắng, CỘNG HÒA"


@pytest.mark.parametrize("enc", ["tcvn3", "vni"])
def test_legacy_files_are_converted(enc: str) -> None:
    raw = legacy.from_unicode(SAMPLE, enc).encode("cp1252")
    doc = load(raw)
    assert doc.encoding == enc
    assert doc.text == SAMPLE
    assert any("legacy" in n for n in doc.meta["notes"])


@pytest.mark.parametrize("enc", ["tcvn3", "vni"])
def test_legacy_mojibake_saved_as_utf8_is_converted(enc: str) -> None:
    doc = load(legacy.from_unicode(SAMPLE, enc).encode("utf-8"))
    assert doc.encoding == enc
    assert doc.text == SAMPLE


@needs_shared
@pytest.mark.parametrize("enc", ["tcvn3", "vni"])
def test_legacy_round_trip_on_real_reports(enc: str) -> None:
    for path in seed_files():
        text = path.read_text(encoding="utf-8")
        text = text.replace("–", "-").replace("“", '"').replace("”", '"').replace("…", "...")
        text = text.replace("²", "2").replace("’", "'")
        leg = legacy.from_unicode(text, enc)
        doc = load(leg.encode("cp1252"), path.name)
        assert doc.encoding == enc, path.name
        expected = legacy.to_unicode(leg, enc)  # TCVN3 loses capitals of tone letters in mixed-case lines
        # the document's text has plain spaces for the report's no-break ones (soket.ingest.typography)
        assert doc.text == plain_typography(unicodedata.normalize("NFC", expected)), path.name
        if enc == "vni":
            assert doc.text == plain_typography(unicodedata.normalize("NFC", text)), path.name


def test_unconvertible_tcvn3_is_refused_with_the_suspected_encoding() -> None:
    # TCVN3 marker characters, but the letters around them are no Vietnamese at all
    junk = ("Qzx§ wrv¸ ®kjq µpl·ß fgh¹ zzq¶ ®®® §§ ¸¸ µµ ·· ¹¹ xqz wvk " * 20).encode("cp1252")
    with pytest.raises(EncodingError) as ei:
        load(junk, "cong-van.txt")
    assert str(ei.value) == "cong-van.txt: looks like TCVN3 (ABC) but could not be converted reliably"


def test_double_encoded_utf8_is_repaired() -> None:
    mangled = SAMPLE.encode("utf-8").decode("latin-1")
    doc = load(mangled.encode("utf-8"))
    assert doc.text == SAMPLE
    assert doc.encoding == "utf-8"
    assert any("encoded again" in n for n in doc.meta["notes"])


def test_replacement_characters_are_refused_not_passed_on() -> None:
    text = ("Thu ng\ufffd\ufffdn s\ufffdch \ufffd\ufffd\ufffdt 316,7 t\ufffd \ufffd\ufffdng. " * 10).encode("utf-8")
    with pytest.raises(EncodingError) as ei:
        load(text, "x.txt")
    assert "replacement or control characters" in str(ei.value)
    assert str(ei.value).startswith("x.txt: text decoded as utf-8 contains ")


def test_a_few_replacement_characters_get_a_note() -> None:
    doc = load((SAMPLE + "\ufffd").encode("utf-8"))
    assert doc.meta["notes"] == ["1 replacement or control character left in the text"]


def test_fast_path_has_no_notes_and_no_charset_normalizer() -> None:
    import sys

    sys.modules.pop("charset_normalizer", None)
    d = decode(SAMPLE.encode("utf-8"))
    assert d.notes == [] and d.encoding == "utf-8"
    assert "charset_normalizer" not in sys.modules


def test_other_8bit_text_falls_back_to_charset_normalizer() -> None:
    text = "Le conseil municipal a approuvé le budget de l'année: 12 % de hausse, élève, fenêtre. " * 5
    doc = load(text.encode("cp1252"))
    assert doc.text == text


def test_stray_legacy_looking_symbols_are_not_legacy() -> None:
    text = ("Pursuant to § 12 and § 14 of the statute · see annex © 2020 ® µg ¶ 3 " + "plain English words " * 60) * 2
    doc = load(text.encode("utf-8"))
    assert doc.text == text and doc.encoding == "utf-8"


def test_markup_whose_sample_fits_windows_1258_but_whole_does_not_is_read_not_crashed() -> None:
    """b'<\\x8d>i' as HTML: the sample scored without its tags decodes as Windows-1258, the whole (0x8d is
    undefined there) does not; the page is read another way, never a UnicodeDecodeError."""
    from soket.ingest import load_bytes

    doc = load_bytes(b"<\x8d>i", name="r.html")
    assert doc.text.endswith("i")
