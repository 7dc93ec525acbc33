"""soket.check.extracted: a document's record with its document checks first, then what
extraction flagged; the extractor is looked up when called, so another may stand in for it."""

from __future__ import annotations

import pytest

import soket.extract
from soket.check.extracted import extract_checked
from soket.ingest import load_text
from soket.model import Document, Issue, Record

from . import texts as T


def test_document_checks_go_before_what_extraction_flagged() -> None:
    flagged = Issue(code="ocr_repaired", severity="info", message="read through OCR")

    def extract(doc: Document) -> Record:
        rec = soket.extract.extract_document(doc)
        rec.issues.append(flagged)
        return rec

    codes = [i.code for i in extract_checked(load_text(T.MALFORMED, doc="t"), extract).issues]
    assert codes == ["malformed_number", "ocr_repaired"]


def test_the_default_extractor_is_looked_up_when_called(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def stand_in(doc: Document) -> Record:
        seen.append(doc.doc)
        return Record(doc=doc.doc)

    monkeypatch.setattr(soket.extract, "extract_document", stand_in)
    assert extract_checked(load_text("Không có số liệu.", doc="x")).issues == []
    assert seen == ["x"]
