"""OCR is bounded: a page is rendered (or scaled) to at most the budget's pixels, table detection
runs on a copy of at most DETECT_PIXELS with its boxes scaled back to the page, the page time
budget comes from the document's Budget (not from os.environ), and a blank scanned page reads as
empty text rather than failing."""

from __future__ import annotations

import os
import sys

import pytest

from _paths import ROOT
from soket.ingest import budget, load_bytes, ocr
from soket.settings import Settings

sys.path.insert(0, str(ROOT / "bench"))
import hostile


def _need_ocr() -> None:
    from _require import missing

    why = ocr.ocr_missing()
    if why is not None:
        missing("ocr", f"OCR cannot run here: {why}")


@pytest.mark.parametrize(("w", "h"), [(595, 842), (842, 1191), (7200, 7200), (14400, 200), (1, 1)])
def test_page_pixels_are_capped_by_a_lower_dpi(w: float, h: float) -> None:
    cap = 10_000_000
    d = ocr.fit_dpi(w, h, 300, cap)
    assert 1 <= d <= 300
    assert (w * d / 72) * (h * d / 72) <= cap
    if (w * 300 / 72) * (h * 300 / 72) <= cap:
        assert d == 300  # an A4 page keeps its 300 dpi


def test_ocr_page_time_budget_comes_from_the_document_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    with budget.metered(budget.Budget(ocr_page_seconds=7.0), reuse=False):
        assert ocr.page_time_budget() == 7.0
    assert ocr.page_time_budget() == 60.0  # no budget open: the default (nothing below the edges reads the environment)
    monkeypatch.setenv("SOKET_OCR_PAGE_SECONDS", "9")  # the older name still works, read at the edges
    assert budget.Budget.of(Settings()).ocr_page_seconds == 9.0
    monkeypatch.setenv("SOKET_BUDGET_OCR_PAGE_SECONDS", "11")
    assert budget.Budget.of(Settings()).ocr_page_seconds == 11.0


@pytest.mark.ocr
def test_a_blank_scanned_page_reads_as_empty_text_and_leaves_the_environment_alone() -> None:
    _need_ocr()
    env = dict(os.environ)
    doc = load_bytes(hostile.pdf([b""]), name="blank.pdf")
    assert doc.text == "" and doc.meta["ocr"]["words"] == []
    assert dict(os.environ) == env  # no OMP_THREAD_LIMIT or page budget written process-wide


@pytest.mark.ocr
def test_a_huge_scanned_page_is_read_at_a_lower_dpi_not_refused() -> None:
    _need_ocr()
    data = hostile.pdf([b"0 0 100 100 re f"]).replace(b"/MediaBox [0 0 595 842]", b"/MediaBox [0 0 7200 7200]")
    with budget.metered(budget.Budget(ocr_page_pixels=2_000_000), reuse=False):
        doc = load_bytes(data, name="poster.pdf")
    (note,) = [n for n in doc.meta["notes"] if "megapixels" in n]
    assert "read at 14 dpi" in note  # 100 × 100 inches in 2 megapixels


@pytest.mark.ocr
def test_tables_are_found_on_a_reduced_copy_and_boxed_on_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_ocr()
    import cv2
    import numpy as np

    page = np.full((3508, 2480), 255, np.uint8)  # A4 at 300 dpi: 8.7 megapixels
    x0, y0, cw, rh = 300, 600, 600, 120
    for r in range(7):
        cv2.line(page, (x0, y0 + r * rh), (x0 + 3 * cw, y0 + r * rh), 0, 4)
    for c in range(4):
        cv2.line(page, (x0 + c * cw, y0), (x0 + c * cw, y0 + 6 * rh), 0, 4)
    for r in range(6):
        for c in range(3):
            cv2.putText(page, f"{r}{c} 12,5", (x0 + c * cw + 40, y0 + r * rh + 80), cv2.FONT_HERSHEY_SIMPLEX,
                        2, 0, 4)
    for i in range(12):  # prose under the table
        cv2.putText(page, "thu ngan sach dat 6.900 ty dong", (300, 1600 + 90 * i), cv2.FONT_HERSHEY_SIMPLEX, 2, 0, 4)
    seen: list[tuple[int, ...]] = []
    real = cv2.imencode

    def spy(ext, img, *a):  # type: ignore[no-untyped-def]
        seen.append(img.shape)
        return real(ext, img, *a)

    monkeypatch.setattr(cv2, "imencode", spy)
    tables = ocr._tables(page)
    assert seen and all(h * w <= ocr.DETECT_PIXELS for h, w in seen)  # img2table saw the reduced copy
    (tb,) = [t for t in tables if not t["borderless"]]
    bx0, by0, bx1, by1 = tb["bbox"]
    tol = 12  # pixels of the page: the copy is ~0.58 times as large
    assert abs(bx0 - x0) <= tol and abs(by0 - y0) <= tol
    assert abs(bx1 - (x0 + 3 * cw)) <= tol and abs(by1 - (y0 + 6 * rh)) <= tol
    assert len(tb["rows"]) == 6 and all(len(r) == 3 for r in tb["rows"])


@pytest.mark.ocr
def test_blank_pages_are_skipped_and_many_drawn_pages_in_few_bytes_refused_before_ocr() -> None:
    _need_ocr()
    from soket.errors import LimitExceededError

    with budget.metered(budget.Budget(), reuse=False) as m:
        doc = load_bytes(hostile.pdf([b""] * 200), name="blank.pdf")  # 52 KB, nothing drawn
    assert doc.meta["pages"] == 200 and doc.text == ""
    assert time_used(m) < 5.0  # CPU: 200 blank pages are not rendered (each would cost ~0.7 s)
    data = hostile.pdf([b"0 0 100 100 re f"] * 200)  # a mark on each page: 200 pages of OCR in 50 KB
    with pytest.raises(LimitExceededError, match=r"200 pages without text in [\d,]+ bytes.*not read by OCR"):
        load_bytes(data, name="marks.pdf")


def time_used(m: budget.Meter) -> float:
    return budget.thread_cpu() - m.cpu0


# ---------------------------------------------------------------------------------------------
# the document's OCR budget (CPU seconds, all pages together), counted with a clock the test drives


class _FakeCPU:
    """A CPU clock that moves only when a page is read: each page costs ``per_page`` seconds."""

    def __init__(self, per_page: float) -> None:
        self.now = 100.0
        self.per_page = per_page

    def __call__(self) -> float:
        return self.now


def _fake_pages(monkeypatch: pytest.MonkeyPatch, per_page: float) -> tuple[_FakeCPU, list[int]]:
    clock = _FakeCPU(per_page)
    read: list[int] = []

    def page(api, img, n, c):  # type: ignore[no-untyped-def]
        read.append(n)
        clock.now += clock.per_page
        return [ocr._Para(n, 0.1, [(f"trang{n}", (0.1, 0.1, 0.2, 0.2), 90.0)])], 0.0, c.over()

    monkeypatch.setattr(ocr, "_cpu", clock)
    monkeypatch.setattr(ocr, "_page", page)
    return clock, read


def _images(n: int, rendered: list[int]):  # type: ignore[no-untyped-def]
    from PIL import Image

    for i in range(n):
        rendered.append(i + 1)
        yield Image.new("L", (50, 50), 0)


@pytest.mark.ocr
def test_ocr_stops_at_the_documents_budget_keeping_the_pages_read_with_a_warning(monkeypatch: pytest.MonkeyPatch
                                                                              ) -> None:
    _need_ocr()
    _, read = _fake_pages(monkeypatch, per_page=3.0)
    rendered: list[int] = []
    with budget.metered(budget.Budget(ocr_seconds=7.0, ocr_seconds_per_mb=0.0), reuse=False):
        doc = ocr.read_pages(_images(5, rendered), fmt="pdf", dpi=300, total=5)
    # pages 1-2 cost 6 s; page 3 starts with 1 s left and ends over the budget: pages 4-5 never rendered
    assert rendered == [1, 2, 3] and read == [1, 2, 3]
    b = doc.meta["ocr"]["budget"]
    assert (b["seconds"], b["spent"], b["pages_rendered"], b["pages_read"]) == (7.0, 9.0, 3, 2)
    (note,) = doc.meta["ocr"]["incomplete"]
    assert note.startswith("OCR stopped at page 3 of 5: the document's OCR budget of 7.0 s of CPU is spent "
                           "(2 pages read in full)")
    assert "trang1" in doc.text and "trang3" in doc.text  # what was read is kept
    from soket.extract import extract_document

    rec = extract_document(doc)
    assert [i.code for i in rec.issues if i.code == "ocr_incomplete"] == ["ocr_incomplete"]  # on the record


@pytest.mark.ocr
def test_ocr_reads_the_cpu_through_the_budgets_clock_never_thread_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """``time.thread_time`` may cost half a millisecond a read on a virtual machine: OCR's clock is
    the CPU budget's (``budget.thread_cpu``), read through ``ocr._cpu`` alone."""
    _need_ocr()
    import time

    reads = [0]

    def counted() -> float:
        reads[0] += 1
        return 0.0

    def slow() -> float:
        raise AssertionError("time.thread_time read")

    monkeypatch.setattr(budget, "thread_cpu", counted)
    monkeypatch.setattr(time, "thread_time", slow)
    assert ocr._cpu() == 0.0 and reads == [1]
    _, read = _fake_pages(monkeypatch, per_page=0.5)
    with budget.metered(budget.Budget(ocr_seconds=7.0, ocr_seconds_per_mb=0.0), reuse=False):
        doc = ocr.read_pages(_images(3, []), fmt="pdf", dpi=300, total=3)
    assert read == [1, 2, 3] and doc.meta["ocr"]["budget"]["pages_read"] == 3


@pytest.mark.ocr
def test_a_page_cut_by_its_own_time_budget_is_a_warning_on_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_ocr()
    _fake_pages(monkeypatch, per_page=1.0)
    ticks = iter(range(0, 10**6, 1000))  # every look at the wall clock is 1000 s later: each page runs past its budget
    monkeypatch.setattr(ocr.time, "monotonic", lambda: float(next(ticks)))
    with budget.metered(budget.Budget(ocr_seconds=100.0, ocr_seconds_per_mb=0.0), reuse=False):
        doc = ocr.read_pages(_images(2, []), fmt="pdf", dpi=300, total=2)
    assert doc.meta["ocr"]["budget"]["pages_read"] == 0 and "trang2" in doc.text  # each page kept what it read
    assert [n.split(":")[0] for n in doc.meta["notes"]] == ["page 1", "page 2"]
    from soket.extract import extract_document

    cut = [i for i in extract_document(doc).issues if i.code == "ocr_incomplete"]
    assert len(cut) == 2 and all("OCR stopped at the time budget" in i.message for i in cut)


@pytest.mark.ocr
def test_ocr_budget_grows_with_the_input_size_and_a_cheap_scan_is_read_whole(monkeypatch: pytest.MonkeyPatch
                                                                           ) -> None:
    _need_ocr()
    _, read = _fake_pages(monkeypatch, per_page=1.0)
    rendered: list[int] = []
    with budget.metered(budget.Budget(), reuse=False) as m:
        m.sized(200_000)  # a 200 KB scan: 4 s + 20 s per MB
        assert ocr.ocr_budget() == pytest.approx(8.0)
        doc = ocr.read_pages(_images(5, rendered), fmt="pdf", dpi=300, total=5)
    assert read == [1, 2, 3, 4, 5] and "incomplete" not in doc.meta["ocr"]
    assert doc.meta["ocr"]["budget"]["spent"] == 5.0 and doc.meta["ocr"]["budget"]["pages_read"] == 5


@pytest.mark.ocr
def test_a_scan_without_ocr_budget_left_is_refused_in_one_line_before_any_page_is_rendered(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _need_ocr()
    import pypdfium2 as pdfium

    from soket.errors import LimitExceededError

    renders: list[int] = []
    real = pdfium.PdfPage.render
    monkeypatch.setattr(pdfium.PdfPage, "render", lambda self, *a, **k: renders.append(1) or real(self, *a, **k))
    data = hostile.scanned_pages(2, dpi=100, lines=12)
    with budget.metered(budget.Budget(ocr_seconds=0.0, ocr_seconds_per_mb=0.0), reuse=False), \
            pytest.raises(LimitExceededError) as e:
        load_bytes(data, name="scan.pdf")
    assert "over the budget of 0.0 s of CPU for OCR at page 1 of 2 (" in str(e.value)
    assert "\n" not in str(e.value) and renders == []


@pytest.mark.ocr
def test_a_page_drawn_all_white_is_blank_and_not_read_by_ocr() -> None:
    _need_ocr()
    data = hostile.pdf([b"1 g 0 0 595 842 re f"])  # something drawn, nothing dark
    doc = load_bytes(data, name="white.pdf")
    assert doc.text == ""
    b = doc.meta["ocr"]["budget"]
    assert (b["pages_blank"], b["pages_rendered"], b["pages_read"]) == (1, 0, 1)


@pytest.mark.ocr
def test_a_page_without_ruling_lines_is_not_searched_for_bordered_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_ocr()
    asked: list[bool] = []
    real = ocr._tables

    def spy(grey, *, bordered=True):  # type: ignore[no-untyped-def]
        asked.append(bordered)
        return real(grey, bordered=bordered)

    monkeypatch.setattr(ocr, "_tables", spy)
    load_bytes(hostile.scanned_pages(1, dpi=100, lines=4), name="prose.pdf")
    assert asked == [False]


@pytest.mark.ocr
def test_a_multi_page_scan_under_200_kb_is_read_within_its_ocr_budget_or_cut_with_a_warning() -> None:
    _need_ocr()
    from soket.extract import extract_document

    data = hostile.scanned_pages(3, dpi=200, lines=40)  # ~135 KB: 3 dense pages, ~2-3 s of OCR each
    assert len(data) < 200_000
    with budget.metered(budget.Budget(), reuse=False):
        doc = load_bytes(data, name="scan3.pdf")
    b = doc.meta["ocr"]["budget"]
    assert b["seconds"] == pytest.approx(4.0 + 20.0 * len(data) / 1e6, abs=0.01)  # under 8 s for any scan < 200 KB
    assert 1 <= b["pages_read"] <= b["pages_rendered"] <= 3
    rec = extract_document(doc)
    cut = [i for i in rec.issues if i.code == "ocr_incomplete"]
    if b["pages_read"] < 3:  # cut (by the document's budget or a page's): said on the record, with the page
        assert cut and all("OCR stopped at" in i.message for i in cut)
    else:
        assert not cut
    assert "ngan sach" in doc.text.lower()
