"""Scanned reports: OCR, a table over two pages read as one, the rows' arithmetic as a second reader.

The fixtures (``data/scans/``, made by ``scripts/make_scanned_examples.py``) are one district
report as .docx (its table cut in two at a page break), born-digital PDF (header repeated on page
2, and not), a scan of the PDF with three misprinted cells, and a scan of the PDF without a
repeated header as a two-page TIFF. OCR tests skip where Tesseract's Vietnamese model is missing,
and fail instead where ``SOKET_REQUIRE_OCR=1`` (``.ci/run``; ``scripts/ci_setup.sh`` installs it).
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from soket.errors import UnsupportedFormatError
from soket.extract.pipeline import extract_document
from soket.ingest import ReadOptions, load_bytes, load_path
from soket.model import Document
from soket.settings import Settings

from .helpers import DATA

SCANS = DATA / "scans"
GOLD = json.loads((SCANS / "gold.json").read_text(encoding="utf-8")) if (SCANS / "gold.json").exists() else {}
BORN = ["yl_report.docx", "yl_report.pdf", "yl_norepeat.pdf"]
SCANNED = ["yl_scan.pdf", "yl_norepeat_scan.tif"]


def _need_ocr() -> None:
    from _require import missing
    from soket.ingest.ocr import ocr_missing

    why = ocr_missing()
    if why is not None:
        missing("ocr", f"OCR cannot run here: {why}")


@pytest.fixture(scope="module")
def read() -> dict[str, tuple[Document, dict[str, Any]]]:
    """Every form of the report, read and extracted once (the scans by OCR)."""
    _need_ocr()
    out = {}
    for name in BORN + SCANNED:
        doc = load_path(SCANS / name)
        out[name] = (doc, extract_document(doc).to_dict())
    return out


def _strict_f1(scorer, facts: list[dict[str, Any]]) -> float:
    pairs = scorer.match_facts(facts, GOLD["facts"])
    strict = [p for p in pairs if scorer.subject_ok(*p)]
    return scorer.prf(len(strict), len(facts), len(GOLD["facts"]))[2]


# ---------------------------------------------------------------------------------------------
# the scans against the born-digital forms


@pytest.mark.ocr
def test_scans_score_at_least_95_percent_of_born_digital(read, scorer) -> None:
    born = min(_strict_f1(scorer, read[n][1]["facts"]) for n in BORN)
    assert born >= 0.9
    for name in SCANNED:
        assert _strict_f1(scorer, read[name][1]["facts"]) >= 0.95 * born, name


@pytest.mark.ocr
def test_every_scanned_fact_grounded_in_the_ocr_text_with_page_box_confidence(read) -> None:
    for name in SCANNED:
        doc, rec = read[name]
        words = doc.meta["ocr"]["words"]
        assert rec["facts"]
        for f in rec["facts"]:
            a, b = f["span"]
            assert doc.text[a:b] == f["raw"]
            assert any(w[0] <= a and b <= w[1] for w in words) or \
                any(w[0] < b and w[1] > a for w in words), f["raw"]
            assert f["page"] in (1, 2) and 0 <= f["ocr_confidence"] <= 100
            x0, y0, x1, y1 = f["box"]
            assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1
        for w in words:  # every OCR word or cell sits where the text says
            assert w[1] > w[0] and doc.text[w[0]:w[1]].strip()


@pytest.mark.ocr
def test_scanned_table_facts_equal_the_docx_ones(read) -> None:
    def keys(rec: dict[str, Any]) -> list[tuple[Any, ...]]:  # in table order
        return [(f["role"], f["unit"], f["value"], f["basis"], f["estimated"], f["table"]["column"])
                for f in rec["facts"] if f["origin"] == "table"]

    want = keys(read["yl_report.docx"][1])
    assert len(want) == 60  # 63 cells of figures, 3 of them stated by the prose too: the prose's fact (tables34)
    for name in ["yl_report.pdf", "yl_norepeat.pdf", *SCANNED]:
        assert keys(read[name][1]) == want, name


@pytest.mark.ocr
def test_planted_misreadings_repaired_and_flagged(read) -> None:
    facts = read["yl_scan.pdf"][1]["facts"]
    assert GOLD["misprints"]
    for m in GOLD["misprints"]:
        f = next(x for x in facts if x["raw"] == m["printed"])
        assert f["ocr_flag"] == "repaired" and f["ocr_raw"] == m["printed"] and f["ocr_repair"] == m["true"]
        docx = next(x for x in read["yl_report.docx"][1]["facts"] if x["raw"] == m["true"]
                    and x["subject"] == f["subject"])
        assert f["value"] == docx["value"]
    # each repair is an issue on the figure (the dashboard flags it)
    repaired = {tuple(i["span"]) for i in read["yl_scan.pdf"][1]["issues"] if i["code"] == "ocr_repaired"}
    assert {tuple(f["span"]) for f in facts if f["ocr_flag"] == "repaired"} == repaired and len(repaired) >= 3
    # born-digital facts carry no OCR marks
    assert not any(f["ocr_flag"] or f["ocr_confidence"] is not None for f in read["yl_report.pdf"][1]["facts"])


@pytest.mark.ocr
def test_table_over_two_pages_is_one_table_in_every_form(read) -> None:
    for name, (doc, _) in read.items():
        tables = [t for t in doc.tables if len(t.rows) > 5]
        assert len(tables) == 1, name
        tts = [row[0].text for row in tables[0].rows if re.fullmatch(r"\d+", row[0].text)]
        assert tts == [str(i) for i in range(1, 22)], (name, tts)


@pytest.mark.ocr
def test_heading_block_gives_the_locality_in_every_form(read) -> None:
    for name, (_, rec) in read.items():
        m = rec["meeting"]
        assert (m["locality"], m["locality_kind"], m["body_kind"]) == ("Yên Lạc", "huyện", "peoples_committee"), name
        assert m["date"] == "2024-09-30", name


@pytest.mark.ocr
def test_an_image_is_read_and_turned_straight() -> None:
    _need_ocr()
    from PIL import Image

    with Image.open(SCANS / "yl_norepeat_scan.tif") as im:
        im.seek(1)
        page = im.convert("L").rotate(1.5, fillcolor=255, expand=False)
        buf = io.BytesIO()
        page.save(buf, "PNG", dpi=(200, 200))
    doc = load_bytes(buf.getvalue(), name="trang2.png")
    assert doc.format == "image" and doc.meta["pages"] == 1
    assert abs(doc.meta["ocr"]["angle"][0] + 1.5) <= 0.6  # the image turned back by its skew (±0.6 of the scan)
    assert "NHIỆM VỤ TRỌNG TÂM" in doc.text and "Số hộ dùng nước sạch tập trung" in doc.text


@pytest.mark.ocr
def test_the_old_hostile_scan_is_read_by_ocr() -> None:
    _need_ocr()
    doc = load_path(DATA / "scanned_no_text.pdf")
    assert doc.format == "pdf" and doc.meta["ocr"]["words"]
    assert "LẬP THẠCH" in doc.text.upper()


@pytest.mark.ocr
def test_page_time_budget_stops_a_page_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_ocr()
    import soket.ingest.ocr as ocr

    ticks = iter(range(0, 10**6, 1000))  # every look at the clock is 1000 s later
    monkeypatch.setattr(ocr.time, "monotonic", lambda: float(next(ticks)))
    doc = load_path(SCANS / "yl_scan.pdf")
    assert doc.meta["notes"][0].startswith("page 1: OCR stopped at the time budget")
    assert len(doc.meta["notes"]) == 2


def test_images_refused_when_ocr_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOKET_OCR", "0")  # read at the edge, into the readers' options
    off = ReadOptions.of(Settings())
    assert off.ocr is False
    with pytest.raises(UnsupportedFormatError, match="needs OCR, which is turned off"):
        load_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100), name="scan.png", options=off)


def test_fixture_files_are_small() -> None:
    sizes = {p.name: p.stat().st_size for p in Path(SCANS).iterdir()}
    assert sizes and all(s < 400_000 for s in sizes.values()), sizes
