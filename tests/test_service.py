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


def test_an_ingest_stores_what_a_full_recheck_gives_and_gives_the_heap_back(tmp_path: Path) -> None:
    """An ingest's history recheck takes each new record's document checks from its issues (not
    checked again): the issues stored are those a recheck from the store gives, extraction's
    kept after them; the objects frozen while it ran (its records, batch by batch) are given back
    to the collector at its end."""
    import gc

    from soket.service import ingest_documents

    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(3):
        (folder / f"scan{k}.txt").write_text(TEXT + f" Bản {k}.", encoding="utf-8")
    frozen = gc.get_freeze_count()
    with Store.open(str(tmp_path / "s.db")) as st:
        rep = ingest_documents(st, [folder], extract=_extract, batch_size=2)
        assert gc.get_freeze_count() == frozen
        ids = [f.document_id for f in rep.files if f.status == "stored"]
        assert len(ids) == 3

        def issues() -> list[list[str]]:
            with st.read() as s:
                return [[i.code for i in record_of(s.get(DocumentRow, d)).issues] for d in ids]

        stored = issues()
        assert stored == [["malformed_number", "ocr_repaired"]] * 3
        recheck_history(st, ids)  # in full, from the store
        assert issues() == stored


def test_the_checks_give_only_declared_codes() -> None:
    assert "ocr_repaired" not in CODES and "ocr_doubtful" not in CODES
    assert "malformed_number" in CODES and "growth_mismatch" in CODES
