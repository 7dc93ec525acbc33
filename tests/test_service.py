"""The record's way through (soket.service): a recheck recomputes the checks' issues and keeps
the ones extraction gave (OCR), in the order a fresh ingest stores them."""

from __future__ import annotations

from pathlib import Path

from soket.check import CODES
from soket.extract.ocrcheck import ocr_issues
from soket.model import Document, Fact, Meeting, Period, Record
from soket.service import check_stored, extract_checked, recheck_history, store_document
from soket.store import Store
from soket.store.models import DocumentRow
from soket.store.rows import record_of

TEXT = "Tỷ lệ hộ nghèo còn 60,6,2%. Doanh thu dịch vụ đạt 48,33 tỷ đồng."


def _record(doc: Document) -> Record:
    """A record as a scan's extraction gives it: a malformed figure and an OCR-repaired one."""
    bad = TEXT.index("60,6,2%")
    ocr = TEXT.index("48,33")
    return Record(doc="scan", meeting=Meeting(locality="Thọ Xuân", locality_kind="huyện", province="Thanh Hóa"),
                  period=Period(year=2023, start_month=1, end_month=6), facts=[
        Fact(subject="Tỷ lệ hộ nghèo", value=None, unit="%", role="percent", raw="60,6,2%", span=(bad, bad + 7),
             malformed=True),
        Fact(subject="Doanh thu dịch vụ", value=48.33, unit="VND", role="amount", raw="48,33", span=(ocr, ocr + 5),
             ocr_flag="repaired", ocr_raw="48,38", ocr_repair="48,33"),
    ])


def _extract(doc: Document) -> Record:
    rec = _record(doc)
    rec.issues.extend(ocr_issues(rec.facts))  # what the pipeline adds for a scan
    return rec


def test_recheck_keeps_the_issues_extraction_gave(tmp_path: Path) -> None:
    doc = Document(text=TEXT, doc="scan")
    rec = extract_checked(doc, _extract)
    codes = [i.code for i in rec.issues]
    assert codes == ["malformed_number", "ocr_repaired"]
    with Store.open(str(tmp_path / "s.db")) as st:
        res = store_document(st, doc, rec)
        assert recheck_history(st, [res.document_id]) == 1
        with st.read() as s:
            row = s.get(DocumentRow, res.document_id)
            assert row is not None
            assert [i.code for i in record_of(row).issues] == codes
            (_, _, _, again), = list(check_stored(s))
        assert [i.code for i in again] == codes
        # a second recheck neither loses nor doubles them
        recheck_history(st, [res.document_id])
        with st.read() as s:
            row = s.get(DocumentRow, res.document_id)
            assert row is not None
            assert [i.code for i in record_of(row).issues] == codes


def test_the_checks_give_only_declared_codes() -> None:
    assert "ocr_repaired" not in CODES and "ocr_doubtful" not in CODES
    assert "malformed_number" in CODES and "growth_mismatch" in CODES
