"""soket.ingest.pdf: a PDF's text layer laid out as the report's text (lines, paragraphs, page
furniture dropped, tables joined across pages), or a clear error."""

from __future__ import annotations

import sys

import pytest

from _paths import ROOT
from soket.errors import InputError, LimitExceededError, NeedsOCRError
from soket.ingest import pdf as pdfmod
from soket.ingest.pdf import pdf_to_document

sys.path.insert(0, str(ROOT / "bench"))
import hostile

OFFICIAL = ROOT / "examples" / "official"


def test_text_layer_in_reading_order():
    data = hostile.pdf([hostile.text_page(["Tong thu ngan sach uoc dat 186,4 ty dong.", "Ket nap 58 dang vien moi."]),
                        hostile.text_page(["Nhiem vu 6 thang cuoi nam."])])
    doc = pdf_to_document(data)
    assert doc.format == "pdf" and doc.meta["pages"] == 2
    t = doc.text
    assert t.index("186,4 ty dong") < t.index("58 dang vien") < t.index("Nhiem vu 6 thang")


def _page(body: str, number: str) -> bytes:
    """A page with ``body`` near its top, a lone "12" mid-page and ``number`` in the bottom margin."""
    return (f"BT /F1 11 Tf 50 800 Td ({body}) Tj ET BT /F1 11 Tf 50 420 Td (12) Tj ET "
            f"BT /F1 11 Tf 290 30 Td ({number}) Tj ET").encode()


def test_page_numbers_in_the_margin_are_not_text():
    data = hostile.pdf([_page("Thu ngan sach dat 5 ty dong.", "- 1 -"), _page("Ket nap 3 dang vien.", "- 2 -")])
    t = pdf_to_document(data).text
    assert "5 ty dong" in t and "3 dang vien" in t
    assert "- 1 -" not in t and "- 2 -" not in t
    assert t.count("12") == 2  # a figure mid-page is text


def test_no_text_layer_needs_ocr():
    with pytest.raises(NeedsOCRError, match="no text layer"):
        pdf_to_document(hostile.pdf([b"0 0 m 10 10 l S"]))


def test_not_a_pdf():
    with pytest.raises(InputError, match="not a valid PDF"):
        pdf_to_document(b"%PDF-1.4\nthis is not a pdf at all")


def test_too_many_pages(monkeypatch):
    monkeypatch.setattr(pdfmod, "MAX_PAGES", 2)
    with pytest.raises(LimitExceededError, match="3 pages"):
        pdf_to_document(hostile.pdf([hostile.text_page(["x"])] * 3))


@pytest.mark.skipif(not (OFFICIAL / "of01_lapthach_ubnd_6thang_2021.pdf").exists(), reason="no official example")
def test_an_official_report_keeps_its_tables_with_offsets():
    doc = pdf_to_document((OFFICIAL / "of01_lapthach_ubnd_6thang_2021.pdf").read_bytes())
    assert doc.tables
    for t in doc.tables:
        for row in t.rows:
            for c in row:
                assert doc.text[c.start:c.end] == c.text
