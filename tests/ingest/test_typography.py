"""Spaces and invisible marks of a copied report are typography, not text (soket.ingest.typography)."""

from __future__ import annotations

from soket.extract import extract_document
from soket.ingest import load_bytes, load_text
from soket.ingest.typography import plain_typography


def test_unicode_spaces_become_plain_spaces_one_for_one():
    s = "thu 1.200\u00a0tỷ\u2009đồng, ngày\u202f3/4"
    out = plain_typography(s)
    assert out == "thu 1.200 tỷ đồng, ngày 3/4"
    assert len(out) == len(s)


def test_invisible_marks_are_removed():
    assert plain_typography("\ufeffHội\u200b nghị, đồng\u00adchí\u2060 A") == "Hội nghị, đồngchí A"


def test_ascii_and_plain_text_are_returned_as_they_are():
    s = "Xã tổ chức hội nghị."
    assert plain_typography(s) is s
    assert plain_typography("plain") == "plain"


def test_text_documents_read_with_plain_typography():
    text = "Ngày\u00a012/3/2024, xã An Phú tổng kết.\n\n\u200bThu ngân sách đạt 35\u00a0tỷ đồng.\n"
    assert "\u00a0" not in load_text(text).text
    doc = load_bytes(text.encode("utf-8"), name="a.txt")
    assert "\u00a0" not in doc.text and "\u200b" not in doc.text


def test_a_number_before_a_no_break_space_is_a_number():
    plain = "Sáng 12/3/2024, UBND xã An Phú tổ chức hội nghị. Thu ngân sách đạt 35 tỷ đồng.\n"
    odd = plain.replace("35 ", "35\u00a0").replace(" 12/", "\u202f12/")
    a, b = (extract_document(load_text(t)).to_dict() for t in (plain, odd))
    assert [f["value"] for f in a["facts"]] == [f["value"] for f in b["facts"]] != []
    assert a["meeting"]["date"] == b["meeting"]["date"]
