"""soket batch reads scans by OCR in its workers, with the per-page budget passed to them (in the
document's Budget, not through os.environ)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from soket.batch import BatchOptions, run_batch

from .helpers import table

SCAN = Path(__file__).resolve().parents[1] / "official" / "data" / "scans" / "yl_norepeat_scan.tif"


@pytest.mark.ocr
def test_batch_reads_a_scan_by_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from _require import missing
    from soket.ingest.ocr import ocr_missing

    why = ocr_missing()
    if why is not None:
        missing("ocr", f"OCR cannot run here: {why}")
    monkeypatch.delenv("SOKET_OCR_PAGE_SECONDS", raising=False)
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SCAN, src / "bao_cao_quet.tif")
    s = run_batch(BatchOptions([str(src)], str(tmp_path / "out"), workers=1, prefilter=False,
                               ocr_page_seconds=120.0))
    assert s["articles"] == 1 and s["extracted"] == 1
    assert "SOKET_OCR_PAGE_SECONDS" not in os.environ  # the page budget travels in the Budget
    docs = table(tmp_path / "out", "documents")
    assert docs.column("format").to_pylist() == ["image"]
    facts = table(tmp_path / "out", "facts")
    assert facts.num_rows >= 60  # the 63 table facts and the prose's, as read by OCR
