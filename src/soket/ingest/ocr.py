"""Scanned PDFs and images to one clean NFC text by OCR, tables included, every word's place kept.

A PDF without a text layer (:class:`~soket.errors.NeedsOCRError` from the PDF reader) and an
image (.png, .jpg, .tif) are read here, page by page:

1. the page image: a PDF page rendered with pypdfium2 at ``dpi`` (300 by default; ``SOKET_OCR_DPI`` at the edges), an
   image as it is (each frame of a multi-page TIFF is a page), in grey, one page at a time (each
   freed before the next is rendered); a page that would be larger than the budget's
   ``ocr_page_pixels`` (10 megapixels: A4 at 300 dpi is 8.7) is rendered or scaled down to it, so
   that a page's memory is bounded whatever its size; a PDF page with nothing drawn on it is
   blank, taken as such without rendering (200 blank pages cost milliseconds, not minutes); a PDF
   with less than ``BYTES_PER_PAGE`` bytes per drawn page is refused before any OCR (a scanned page
   carries its image; 200 pages of a few vector marks, or one image shown on every page, in a few
   KB would each cost seconds of OCR);
2. deskew: the angle (within ±3°) whose horizontal projection is sharpest, on a quarter-size
   copy; the page is turned back by it;
3. tables: img2table finds bordered and borderless tables and their cells (no OCR of its own),
   on a copy of at most ``DETECT_PIXELS`` (3 megapixels: A4 at ~175 dpi; its thresholding holds
   several float64 copies of the image: ~250 MB for a page at 300 dpi, ~70 MB at 3 megapixels),
   the boxes scaled back to the page;
   ruling lines are whitened, each cell is read on its own by Tesseract (one block), and a
   cell with almost no ink is empty. The cells go into the same grid as the .docx and PDF
   readers use (a merged cell stands at every position it covers), so tables give the same facts;
4. the rest of the page, tables whitened, is read by Tesseract (Vietnamese model) with its own
   page layout; lines become paragraphs as in the PDF reader (a paragraph ends after a line
   that stops short of its block's right edge, or where Tesseract starts a new one); page
   numbers in the top or bottom 8% are dropped;
5. a table that goes on to the next page (same number of columns, nothing between) is one
   table, the header rows repeated on the new page dropped (as in :mod:`soket.ingest.pdf`).

``Document.meta["ocr"]`` holds ``words``: one ``[start, end, page, x0, y0, x1, y1, confidence]``
per word or table cell, the offsets into ``Document.text``, the box as fractions of the page
(so a crop can be cut at any resolution) and Tesseract's confidence (0-100); and per page its
``angle``. Every page has a time budget (the document budget's ``ocr_page_seconds``, 60 s by
default, see :mod:`soket.ingest.budget`; or the ``page_seconds`` argument): a page that runs past
it keeps what was read and gets a note. The document has a CPU budget for all its pages
(``ocr_seconds`` + ``ocr_seconds_per_mb`` × MB: 8 s for a 200 KB scan), looked at before each
page is rendered and between a page's steps: once spent, the pages read are kept, the rest is not
rendered, and ``meta["ocr"]["incomplete"]`` says where it stopped (the extractor makes it an
``ocr_incomplete`` warning on the record; so does a page cut by its own time budget); a scan of which nothing was read is refused in one
line. ``meta["ocr"]["budget"]`` counts pages rendered, blank and read, and the CPU spent.

Tesseract is reached in-process through tesserocr, whose wheel bundles a libtesseract built
without OpenMP: one thread a document, with no ``OMP_THREAD_LIMIT`` to set (batch workers run
documents in parallel, one core each); its language data comes from Debian's
``tesseract-ocr-vie`` (``TESSDATA_PREFIX`` overrides where it is looked for). Peak memory of
an A4 page at 300 dpi: ~70-110 MB over the process's, ~190 MB for a page at the 10-megapixel cap
read first (Tesseract's model is loaded then); ``bench/fuzz.py`` measures it per input.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from soket import rx as re
from soket.errors import InputError, LimitExceededError, UnsupportedFormatError
from soket.ingest import budget as budget_meter
from soket.ingest.docx import GridCell, TextBuilder, clean
from soket.ingest.pages import PageTable, is_page_number, join_next_page
from soket.model import Document

DPI = 300
PAGE_SECONDS = 60.0
MAX_PAGES = 200
BYTES_PER_PAGE = 4_000           # a scanned page carries its image: a PDF with less per drawn page is refused
MAX_PIXELS = 40_000_000          # an image to decode: 40 megapixels (its pages are then scaled down)
DETECT_PIXELS = 3_000_000        # table detection runs on a copy of at most this many pixels
LANG = "vie"
COLUMN_GAP = 0.03                # of the page's width: a wider gap between words separates columns
_TESSDATA = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
             "/usr/share/tessdata", "/usr/local/share/tessdata")


def page_time_budget() -> float:
    """The time budget of one page: the open document budget's ``ocr_page_seconds``, else the
    default budget's (60 s; ``SOKET_BUDGET_OCR_PAGE_SECONDS`` at the edges)."""
    m = budget_meter.current()
    b = m.budget if m is not None else budget_meter.Budget()
    return max(1.0, float(b.ocr_page_seconds))


def page_pixels() -> int:
    """The most pixels one page image may have (the budget's ``ocr_page_pixels``)."""
    m = budget_meter.current()
    b = m.budget if m is not None else budget_meter.Budget()
    return max(1_000_000, int(b.ocr_page_pixels))


def fit_dpi(width_pt: float, height_pt: float, dpi: int, pixels: int) -> int:
    """``dpi``, or less so that a page of ``width_pt`` × ``height_pt`` points has at most ``pixels``."""
    area = max(width_pt, 1.0) * max(height_pt, 1.0) / (72 * 72)  # square inches
    return max(1, min(dpi, int((pixels / area) ** 0.5)))


def tessdata() -> str | None:
    """The folder holding ``vie.traineddata``, or None."""
    env = os.environ.get("TESSDATA_PREFIX")
    for d in ([env, str(Path(env) / "tessdata")] if env else []) + list(_TESSDATA):
        if d and (Path(d) / f"{LANG}.traineddata").is_file():
            return d
    return None


def ocr_missing() -> str | None:
    """Why OCR cannot run here (a sentence), or None when it can."""
    try:
        import cv2  # noqa: F401
        import img2table  # noqa: F401
        import tesserocr  # noqa: F401
    except ImportError as e:
        return f"the OCR packages are not installed ({e.name}): pip install 'soket[ocr]'"
    if tessdata() is None:
        return ("Tesseract's Vietnamese model is not installed: as root, apt-get install "
                "tesseract-ocr tesseract-ocr-vie (or bash scripts/ci_setup.sh)")
    return None


def _require() -> None:
    why = ocr_missing()
    if why is not None:
        raise UnsupportedFormatError(f"needs OCR, but {why}")


# ---------------------------------------------------------------------------------------------
# entry points


def ocr_pdf(data: bytes, *, dpi: int | None = None, page_seconds: float | None = None) -> Document:
    """A PDF without a text layer, read by OCR. Raises InputError, UnsupportedFormatError."""
    _require()
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as e:
        raise InputError(f"not a valid PDF file ({type(e).__name__}: {e})") from e
    res = dpi or DPI
    try:
        n = len(pdf)
        if n > MAX_PAGES:
            raise LimitExceededError(f"scanned PDF has {n} pages, over the OCR limit of {MAX_PAGES}")

        drawn = [i for i in range(n) if _drawn(pdf, i)]
        if len(drawn) > 1 and len(drawn) * BYTES_PER_PAGE > len(data):
            # a page of a scan holds its image (a few KB at least, compressed): many drawn pages in a
            # few bytes are vector marks or one image shown again and again, each worth seconds of OCR
            raise LimitExceededError(f"PDF has {len(drawn)} pages without text in {len(data):,} bytes: too "
                                     f"little for scanned pages (at least {BYTES_PER_PAGE:,} bytes each); "
                                     "not read by OCR")
        cap = page_pixels()
        used: list[int] = []
        reduced: list[bool] = []
        drawn_set = set(drawn)

        def pages() -> Iterator[Any]:
            for i in range(n):
                if i not in drawn_set:  # nothing drawn on it: blank, read as such without rendering
                    yield None
                    continue
                page = pdf[i]
                w, h = page.get_size()
                # a scan at 200 dpi is rendered at 300 all the same: Tesseract reads Vietnamese marks
                # far better on the larger glyphs (the official scan: F1 0.70 at 200 dpi, 1.0 at 300)
                d = fit_dpi(w, h, res, cap)  # a large page is rendered at a lower resolution
                used.append(d)
                reduced.append(d < res)
                bitmap = page.render(scale=d / 72, grayscale=True)
                img = bitmap.to_pil().copy()  # the PIL image must not share the bitmap's buffer
                bitmap.close()
                page.close()
                if img.getextrema()[0] >= 128:  # drawn, but no dark pixel (a white image): blank
                    img = None
                yield img
                del img  # freed before the next page is rendered

        doc = read_pages(pages(), fmt="pdf", dpi=res, page_seconds=page_seconds, total=n)
        if any(reduced):
            doc.meta.setdefault("notes", []).append(
                f"pages larger than {cap // 1_000_000} megapixels at {res} dpi were read at {min(used)} dpi")
        doc.meta["ocr"]["page_dpi"] = used
        return doc
    finally:
        pdf.close()


def _drawn(pdf: Any, i: int) -> bool:
    """Something is drawn on page ``i`` (an image, a path, text): it is not blank."""
    page = pdf[i]
    try:
        return next(iter(page.get_objects()), None) is not None
    finally:
        page.close()


def ocr_image(data: bytes, *, page_seconds: float | None = None, target_dpi: int | None = None) -> Document:
    """An image (PNG, JPEG, TIFF; each frame of a TIFF a page), read by OCR; a scan below
    ``target_dpi`` (300 by default) is enlarged to it."""
    _require()
    from PIL import Image, ImageSequence

    try:
        im = Image.open(io.BytesIO(data))
        im.size  # noqa: B018 - opening is lazy: the header is read here
    except Exception as e:
        raise InputError(f"not a readable image ({type(e).__name__}: {e})") from e
    if im.width * im.height > MAX_PIXELS:
        raise LimitExceededError(f"image is {im.width} × {im.height} pixels, over the limit of "
                                 f"{MAX_PIXELS // 1_000_000} megapixels")
    dpi = im.info.get("dpi", (0, 0))[0] or 0
    frames = int(getattr(im, "n_frames", 1) or 1)
    if frames > 1 and frames * BYTES_PER_PAGE > len(data):
        raise LimitExceededError(f"image has {frames} pages in {len(data):,} bytes: too little for scanned "
                                 f"pages (at least {BYTES_PER_PAGE:,} bytes each); not read by OCR")

    target = target_dpi or DPI
    cap = page_pixels()

    def pages() -> Iterator[Any]:
        for i, frame in enumerate(ImageSequence.Iterator(im)):
            if i >= MAX_PAGES:
                raise LimitExceededError(f"image has more than {MAX_PAGES} pages")
            g = frame.convert("L")
            darkest: Any = g.getextrema()[0]  # a grey image: (min, max)
            if darkest >= 128:  # no dark pixel: a blank page, no text and no cost
                yield None
                continue
            # Tesseract and the ruling-line search want print at about 300 dpi: a scan at a lower
            # resolution (or, without one, smaller than A4 at 300 dpi) is enlarged; one larger
            # than the page budget's pixels is reduced to it
            scale = target / dpi if dpi else 3508 / max(g.width, g.height)
            scale = min(scale, 4.0, (cap / (g.width * g.height)) ** 0.5)
            if scale > 1.05 or scale < 1.0:
                g = g.resize((max(1, round(g.width * scale)), max(1, round(g.height * scale))),
                             Image.Resampling.BICUBIC if scale > 1 else Image.Resampling.BOX)
            yield g
            del g

    try:
        return read_pages(pages(), fmt="image", dpi=round(float(dpi)) or None, page_seconds=page_seconds,
                          total=frames)
    except (OSError, ValueError, SyntaxError) as e:
        raise InputError(f"not a readable image ({type(e).__name__}: {e})") from e


# ---------------------------------------------------------------------------------------------
# pages


@dataclass
class _Para:
    page: int
    top: float
    words: list[tuple[str, tuple[float, float, float, float], float]]


@dataclass
class _Tab(PageTable):
    boxes: dict[int, tuple[int, tuple[float, float, float, float], float]] = field(default_factory=dict)


class _Clock:
    """OCR's two budgets: the document's CPU seconds (this thread's, all pages together: the
    budget's ``ocr_seconds`` + ``ocr_seconds_per_mb``) and one page's seconds on the clock
    (``ocr_page_seconds``). Tesseract's own timeout is on the clock, so the CPU left is turned
    into clock time by the share of a core this document has had so far."""

    def __init__(self, limit: float, page_seconds: float) -> None:
        self.limit = limit
        self.page_seconds = page_seconds
        self.cpu0 = _cpu()
        self.wall0 = self.page0 = time.monotonic()
        self.cut = False  # the document's budget ran out

    def spent(self) -> float:
        return _cpu() - self.cpu0

    def left(self) -> float:
        return self.limit - self.spent()

    def start_page(self) -> None:
        self.page0 = time.monotonic()

    def over(self) -> bool:
        """A budget is spent: the page stops here (and, for the document's, the document)."""
        if self.left() <= 0:
            self.cut = True
            return True
        return time.monotonic() - self.page0 > self.page_seconds

    def timeout(self) -> float:
        """Seconds on the clock Tesseract may take for the rest of this page."""
        now = time.monotonic()
        share = min(1.0, max(0.05, self.spent() / max(now - self.wall0, 1e-3)))
        return max(0.5, min(self.page_seconds - (now - self.page0), self.left() / share))


def _cpu() -> float:
    """CPU seconds of this thread (Tesseract runs in it): OCR's document budget, read by the CPU
    budget's clock (:func:`soket.ingest.budget.thread_cpu`: ``time.thread_time`` may be slow to read)."""
    return budget_meter.thread_cpu()


def ocr_budget() -> float:
    """The CPU seconds the open document's OCR may take (``Meter.ocr_limit``), else the default
    budget's ``ocr_seconds``."""
    m = budget_meter.current()
    return m.ocr_limit() if m is not None else budget_meter.Budget().ocr_seconds


def read_pages(images: Iterator[Any], *, fmt: str, dpi: int | None, page_seconds: float | None = None,
               total: int | None = None) -> Document:
    """OCR every page image (PIL, grey; None for a blank page) into one Document (see the
    module's text). The document's OCR budget (:func:`ocr_budget`) is looked at before each page
    is rendered and between the steps of a page: once spent, the pages read are kept, the rest
    are not rendered, and ``meta["ocr"]["incomplete"]`` says so (a warning on the record); a
    document of which not one page could be read is refused (LimitExceededError).
    ``meta["ocr"]["budget"]`` counts what was used: pages rendered and read, CPU seconds."""
    import tesserocr

    clock = _Clock(ocr_budget(), page_seconds if page_seconds is not None else page_time_budget())
    api = tesserocr.PyTessBaseAPI(path=tessdata() or "", lang=LANG, psm=tesserocr.PSM.AUTO,
                                  oem=tesserocr.OEM.LSTM_ONLY)
    items: list[_Para | _Tab] = []
    angles: list[float] = []
    notes: list[str] = []
    incomplete: list[str] = []
    n = rendered = blank = done = 0
    stopped = 0  # the page at which the document's budget stopped OCR
    meter = budget_meter.current()
    it = iter(images)
    try:
        while True:
            if clock.left() <= 0:  # the next page is not even rendered
                clock.cut = True
                stopped = n + 1
                break
            cpu = _cpu()
            try:
                img = next(it)
            except StopIteration:
                break
            n += 1
            if img is None:  # a blank page (nothing drawn): no text, no cost
                angles.append(0.0)
                blank += 1
                done += 1
                _charged(meter, cpu)
                continue
            rendered += 1
            clock.start_page()
            got, angle, late = _page(api, img, n, clock)
            del img  # this page's image is freed before the next one is rendered
            _charged(meter, cpu)
            items.extend(got)
            angles.append(round(angle, 2))
            if late and clock.cut:
                stopped = n
                break
            if late:
                notes.append(f"page {n}: OCR stopped at the time budget of {clock.page_seconds:g} s; the rest of "
                             "the page is not read")
            else:
                done += 1
    finally:
        it_close = getattr(it, "close", None)
        if it_close is not None:
            it_close()  # pages not rendered
        api.End()
    spent = clock.spent()
    if clock.cut:
        of = f" of {total}" if total else ""
        if not items:
            raise LimitExceededError(f"over the budget of {clock.limit:.1f} s of CPU for OCR at page {stopped}{of} "
                                     f"({spent:.1f} s used, nothing read); refused")
        incomplete.append(f"OCR stopped at page {stopped}{of}: the document's OCR budget of {clock.limit:.1f} s "
                          f"of CPU is spent ({done} page{'s' if done != 1 else ''} read in full); the rest is not "
                          "read (SOKET_BUDGET_OCR_SECONDS, SOKET_BUDGET_OCR_SECONDS_PER_MB)")
    out = TextBuilder()
    words: list[list[Any]] = []
    _assemble(items, out, words)
    text = out.text()
    ocr_meta: dict[str, Any] = {"dpi": dpi, "angle": angles, "words": words,
                                "budget": {"seconds": round(clock.limit, 2), "spent": round(spent, 2),
                                           "pages_rendered": rendered, "pages_blank": blank, "pages_read": done}}
    if incomplete or notes:  # a page cut by its own budget is a part of the scan too: the record says so
        ocr_meta["incomplete"] = notes + incomplete
    meta: dict[str, Any] = {"pages": n, "ocr": ocr_meta}
    if notes or incomplete:
        meta["notes"] = notes + incomplete
    return Document(text=text, format=fmt, tables=out.tables, meta=meta)


def _charged(meter: budget_meter.Meter | None, cpu: float) -> None:
    """OCR has its own budget: its time is not charged to the document's CPU budget
    (soket.ingest.budget), which stays for reading the text and extracting."""
    if meter is not None:
        meter.cpu_limit += _cpu() - cpu
        meter.charge("text_chars", 0, "after OCR of a page")


def _page(api: Any, img: Any, page: int, clock: _Clock) -> tuple[list[_Para | _Tab], float, bool]:
    import cv2
    import numpy as np

    grey = np.asarray(img.convert("L"))
    angle = skew_angle(grey)
    if abs(angle) >= 0.05:
        h, w = grey.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_CUBIC, borderValue=255)
    grey = cv2.medianBlur(grey, 3)
    ink = _ink(grey)
    lines = _ruling(ink, grey.shape)
    clean_img = grey.copy()
    clean_img[lines > 0] = 255
    ink[lines > 0] = 0
    ruled = bool(lines.any())  # no ruling line on the page: no bordered table to look for
    del lines  # each full-page array is dropped once used: a page's peak is a few copies of it
    h, w = grey.shape
    items: list[_Para | _Tab] = []
    from PIL import Image

    found = [] if clock.over() else _tables(grey, bordered=ruled)
    late = clock.over()
    del grey
    for tb in found:
        tab, late = _read_table(api, tb, ink, page, (w, h), clock)
        if tb["borderless"] and not _has_figures(tab):
            continue  # prose or a signature block taken for a table: left to the page's text
        items.append(tab)
        x0, y0, x1, y1 = tb["bbox"]
        clean_img[max(0, y0 - 4):y1 + 4, max(0, x0 - 4):x1 + 4] = 255
        if late:
            break
    del ink
    if not late:
        api.SetImage(Image.fromarray(clean_img))
        del clean_img  # Tesseract holds its own copy
        api.SetPageSegMode(_psm("AUTO"))
        ok = not clock.over() and api.Recognize(int(clock.timeout() * 1000))
        if ok:
            items.extend(_paragraphs(api, page, (w, h)))
        else:
            late = True
    items.sort(key=lambda it: it.top)  # stable: a column block's paragraphs stay in order
    return items, angle, late


def _psm(name: str) -> Any:
    import tesserocr

    return getattr(tesserocr.PSM, name)


def skew_angle(grey: Any, *, limit: float = 3.0, step: float = 0.1) -> float:
    """The angle (degrees, counter-clockwise) that makes the page's text lines level: the one
    whose row profile of ink is sharpest, on a quarter-size copy."""
    import cv2
    import numpy as np

    small = cv2.resize(grey, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    bw = (small < 160).astype(np.uint8)
    if bw.sum() < 50:
        return 0.0
    h, w = bw.shape
    best, score = 0.0, -1.0
    for a in np.arange(-limit, limit + step / 2, step):
        m = cv2.getRotationMatrix2D((w / 2, h / 2), float(a), 1.0)
        r = cv2.warpAffine(bw, m, (w, h), flags=cv2.INTER_NEAREST)
        s = r.sum(axis=1).astype(np.float64)
        sc = float(((s[1:] - s[:-1]) ** 2).sum())
        if sc > score:
            best, score = float(a), sc
    return round(best, 2)


def _ink(grey: Any) -> Any:
    import cv2

    _, bw = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return bw


def _ruling(ink: Any, shape: tuple[int, ...]) -> Any:
    """Long horizontal and vertical strokes: the ruling lines of tables."""
    import cv2
    import numpy as np

    h, w = shape
    span = max(30, min(h, w) // 30)
    hl = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (span, 1)))
    vl = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, span)))
    both: Any = cv2.bitwise_or(hl, vl)
    return cv2.dilate(both, np.ones((3, 3), np.uint8))


def _tables(grey: Any, *, bordered: bool = True) -> list[dict[str, Any]]:
    """Tables found by img2table: bbox and rows of cell boxes. Borderless tables must look like
    data (at least 3 columns and 3 rows, and more than 4 rows or 3 columns): a borderless block
    of 2 columns is page layout (the header block), as in the .docx reader."""
    import cv2
    from img2table.document import Image as I2Image

    h, w = grey.shape[:2]
    scale = min(1.0, (DETECT_PIXELS / max(1, h * w)) ** 0.5)
    small = grey if scale == 1.0 else cv2.resize(grey, (max(1, round(w * scale)), max(1, round(h * scale))),
                                                 interpolation=cv2.INTER_AREA)
    ok, png = cv2.imencode(".png", small)
    del small
    if not ok:
        return []
    out: list[dict[str, Any]] = []
    if bordered:  # the caller found ruling lines (``_ruling``): a page without any is not searched
        doc = I2Image(png.tobytes(), detect_rotation=False)
        out = [_box_table(t, False, scale)
               for t in doc.extract_tables(ocr=None, implicit_rows=False, borderless_tables=False)]
        del doc
    try:
        found = I2Image(png.tobytes(), detect_rotation=False).extract_tables(
            ocr=None, implicit_rows=False, borderless_tables=True)
    except Exception:  # borderless detection is best effort
        found = []
    for t in found:
        tab = _box_table(t, True, scale)
        if any(_overlap(tab["bbox"], o["bbox"]) for o in out):
            continue
        nrows, ncols = len(tab["rows"]), max((len(r) for r in tab["rows"]), default=0)
        if nrows >= 3 and ncols >= 3 and (nrows > 4 or ncols > 3):
            out.append(tab)
    out.sort(key=lambda t: t["bbox"][1])
    return out


def _box_table(t: Any, borderless: bool, scale: float = 1.0) -> dict[str, Any]:
    """A found table's box and its rows of cell boxes, in the page's pixels (the detection copy was
    ``scale`` times the page)."""
    def box(b: Any) -> tuple[int, int, int, int]:
        if scale == 1.0:
            return (b.x1, b.y1, b.x2, b.y2)
        return (round(b.x1 / scale), round(b.y1 / scale), round(b.x2 / scale), round(b.y2 / scale))

    rows = [[box(c.bbox) for c in cells] for cells in t.content.values()]
    return {"bbox": box(t.bbox), "rows": rows, "borderless": borderless}


_FIGURE = re.compile(r"^[-+−–]?\d[\d.,]*\s*%?$")


def _has_figures(tab: _Tab) -> bool:
    """A table of data: at least half its rows (and three) hold a cell that is a figure."""
    rows = [r for r in tab.texts if any(r)]
    with_figures = sum(1 for r in rows if any(_FIGURE.match(t.strip()) for t in r if t))
    return with_figures >= max(3, len(rows) // 2)


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _read_table(api: Any, tb: dict[str, Any], ink: Any, page: int, size: tuple[int, int], clock: _Clock
                ) -> tuple[_Tab, bool]:
    """OCR each cell of a table (once per merged cell) into a grid."""
    w, h = size
    api.SetPageSegMode(_psm("SINGLE_BLOCK"))
    read: dict[tuple[int, int, int, int], tuple[str, float]] = {}
    late = False
    grid: list[list[GridCell]] = []
    keys: list[list[tuple[int, int, int, int]]] = []
    tab = _Tab(page, tb["bbox"][1] / h, tb["bbox"][3] / h, grid)
    for r, row in enumerate(tb["rows"]):
        out: list[GridCell] = []
        for j, box in enumerate(row):
            if j and row[j - 1] == box:
                out.append(out[-1])
                continue
            if r and j < len(keys[r - 1]) and keys[r - 1][j] == box:
                above = grid[r - 1][j]
                out.append(GridCell([], continuation=True, origin=above.origin or above))
                continue
            if box not in read:
                if late or clock.over():
                    late = True
                    read[box] = ("", 0.0)
                else:
                    read[box] = _cell_text(api, box, ink)
            text, conf = read[box]
            gc = GridCell([text] if text else [])
            if text:
                x0, y0, x1, y1 = box
                tab.boxes[id(gc)] = (page, (x0 / w, y0 / h, x1 / w, y1 / h), conf)
            out.append(gc)
        grid.append(out)
        keys.append(list(row))
    tab.texts = [[c.text for c in row] for row in grid]
    return tab, late


def _cell_text(api: Any, box: tuple[int, int, int, int], ink: Any) -> tuple[str, float]:
    """One cell read on its own: its ink less specks, cut to its marks, on a white margin; one
    line (or a block, for a taller cell); a weak reading of a short cell is tried as one word."""
    import cv2
    import numpy as np
    from PIL import Image

    x0, y0, x1, y1 = box
    pad = 3
    if x1 - x0 < 2 * pad + 4 or y1 - y0 < 2 * pad + 4:
        return "", 0.0
    inside = ink[y0 + pad:y1 - pad, x0 + pad:x1 - pad]
    n, lab, stats, _ = cv2.connectedComponentsWithStats(inside, connectivity=8)
    big = [i for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] >= 12]
    tall = [int(stats[i, cv2.CC_STAT_HEIGHT]) for i in big]
    if not big or max(tall) < max(4, inside.shape[0] // 12):
        return "", 0.0
    keep = np.isin(lab, big)
    ys, xs = np.nonzero(keep)
    crop: Any = np.where(keep[ys.min():ys.max() + 1, xs.min():xs.max() + 1], 0, 255).astype(np.uint8)
    crop = cv2.copyMakeBorder(crop, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255)
    line_h = float(np.median(tall))
    one_line = crop.shape[0] - 24 <= 1.8 * max(line_h, 1.0)
    api.SetImage(Image.fromarray(crop))
    api.SetPageSegMode(_psm("SINGLE_LINE" if one_line else "SINGLE_BLOCK"))
    text = clean(api.GetUTF8Text() or "").replace("\n", " ")
    conf = float(api.MeanTextConf())
    if one_line and conf < 70 and len(text) <= 12:
        api.SetPageSegMode(_psm("SINGLE_WORD"))
        t2 = clean(api.GetUTF8Text() or "").replace("\n", " ")
        c2 = float(api.MeanTextConf())
        if t2 and c2 > conf:
            text, conf = t2, c2
    if conf < 20:
        return "", 0.0
    return text, conf


def _paragraphs(api: Any, page: int, size: tuple[int, int]) -> list[_Para]:
    """Tesseract's words, lines to paragraphs: a paragraph ends where Tesseract starts a new one
    or after a line stopping short of its block's right edge."""
    import tesserocr

    w, h = size
    ril = tesserocr.RIL
    lines: list[dict[str, Any]] = []
    it = api.GetIterator()
    if it is None:
        return []
    cur: dict[str, Any] | None = None
    block = para = 0
    while True:
        if it.IsAtBeginningOf(ril.BLOCK):
            block += 1
        if it.IsAtBeginningOf(ril.PARA):
            para += 1
        if it.IsAtBeginningOf(ril.TEXTLINE):
            cur = {"block": block, "para": para, "words": []}
            lines.append(cur)
        try:
            word = it.GetUTF8Text(ril.WORD)
        except RuntimeError:  # tesserocr's "No text returned": a page without words
            word = None
        box = it.BoundingBox(ril.WORD)
        if word and box and cur is not None:
            word = clean(word).replace("\n", " ").replace(" ", "")
            conf = float(it.Confidence(ril.WORD))
            if word and (conf >= 50 or any(ch.isalnum() for ch in word)):  # specks read as marks
                cur["words"].append((word, box, conf))
        if not it.Next(ril.WORD):
            break
    lines = [ln for ln in lines if ln["words"]]
    for ln in lines:
        _extent(ln)
    # lines side by side (the columns of the heading block, read as two blocks) are one row
    lines.sort(key=lambda ln: ln["top"])
    rows: list[dict[str, Any]] = []
    for ln in lines:
        for row in rows[-3:]:
            overlap = min(row["bottom"], ln["bottom"]) - max(row["top"], ln["top"])
            apart = ln["x0"] > row["x1"] or ln["x1"] < row["x0"]
            if apart and overlap > 0.5 * min(row["bottom"] - row["top"], ln["bottom"] - ln["top"]):
                row["words"] = sorted(row["words"] + ln["words"], key=lambda wd: wd[1][0])
                _extent(row)
                break
        else:
            rows.append(ln)
    lines = rows
    lines = [ln for ln in lines if not _furniture(ln, h)]
    if not lines:
        return []
    out: list[_Para] = []
    page_left = min(ln["x0"] for ln in lines)
    page_right = max(ln["x1"] for ln in lines)
    mid = (page_left + page_right) / 2
    gap = COLUMN_GAP * w
    right: dict[int, int] = {}
    left: dict[int, int] = {}
    for ln in lines:
        right[ln["block"]] = max(right.get(ln["block"], 0), ln["x1"])
        left[ln["block"]] = min(left.get(ln["block"], w), ln["x0"])
    prev: dict[str, Any] | None = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        if len(_segments(ln["words"], gap)) > 1:
            # a two-column block (header, signatures): its lines and the one-sided lines going on
            # with it are read as the left column's lines, then the right's, one paragraph each
            j = i + 1
            while j < len(lines) and _in_block(lines[j], lines[j - 1], gap, mid):
                j += 1
            cols: tuple[list[list[Any]], list[list[Any]]] = ([], [])
            for b in lines[i:j]:
                for seg in _segments(b["words"], gap):
                    centre = (seg[0][1][0] + seg[-1][1][2]) / 2
                    cols[0 if centre < mid else 1].append(seg)
            top = ln["top"] / h  # the block's paragraphs keep their order when the page is sorted
            for k, seg in enumerate((*cols[0], *cols[1])):
                out.append(_Para(page, top + k * 1e-6, [(t, _frac(b, w, h), c) for t, b, c in seg]))
            prev = None
            i = j
            continue
        width = max(right[ln["block"]] - left[ln["block"]], 1)
        new = prev is None or ln["para"] != prev["para"] or ln["block"] != prev["block"] or \
            prev["x1"] < right[prev["block"]] - 0.12 * width
        if new:
            out.append(_Para(page, ln["top"] / h, []))
        out[-1].words.extend((t, _frac(b, w, h), c) for t, b, c in ln["words"])
        prev = ln
        i += 1
    return out


def _extent(ln: dict[str, Any]) -> None:
    ln["x0"] = min(b[0] for _, b, _ in ln["words"])
    ln["x1"] = max(b[2] for _, b, _ in ln["words"])
    ln["top"] = min(b[1] for _, b, _ in ln["words"])
    ln["bottom"] = max(b[3] for _, b, _ in ln["words"])


def _frac(b: tuple[int, int, int, int], w: int, h: int) -> tuple[float, float, float, float]:
    return b[0] / w, b[1] / h, b[2] / w, b[3] / h


def _segments(words: list[Any], gap: float) -> list[list[Any]]:
    """A line's words cut where the gap between two is wider than ``gap`` (columns)."""
    segs: list[list[Any]] = []
    for wd in words:
        if segs and wd[1][0] - segs[-1][-1][1][2] <= gap:
            segs[-1].append(wd)
        else:
            segs.append([wd])
    return segs


def _in_block(ln: dict[str, Any], prev: dict[str, Any], gap: float, mid: float) -> bool:
    height = max(ln["bottom"] - ln["top"], 1)
    if ln["top"] - prev["bottom"] > 1.5 * height:
        return False
    if len(_segments(ln["words"], gap)) > 1:
        return True
    return bool(ln["x1"] < mid or ln["x0"] > mid)


def _furniture(ln: dict[str, Any], height: int) -> bool:
    margin = ln["top"] < 0.08 * height or ln["bottom"] > 0.92 * height
    text = " ".join(t for t, _, _ in ln["words"])
    return margin and is_page_number(text)


# ---------------------------------------------------------------------------------------------
# the text


def _assemble(items: list[_Para | _Tab], out: TextBuilder, words: list[list[Any]]) -> None:
    pending: _Tab | None = None
    boxes: dict[int, tuple[int, tuple[float, float, float, float], float]] = {}

    def flush() -> None:
        nonlocal pending
        if pending is None:
            return
        grid = [r for r in pending.grid if r]
        before = len(out.tables)
        out.table(grid)
        if len(out.tables) > before:
            table = out.tables[-1]
            for r, row in enumerate(grid):
                for j, gc in enumerate(row):
                    got = boxes.get(id(gc))
                    if got is None or (j and row[j - 1] is gc):
                        continue
                    cell = table.rows[r][j]
                    page, b, conf = got
                    words.append([cell.start, cell.end, page, *(round(x, 4) for x in b), round(conf, 1)])
        pending = None

    for it in items:
        if isinstance(it, _Tab):
            if not join_next_page(pending, it):
                flush()
                pending = it
            boxes.update(it.boxes)
            continue
        flush()
        ws = [(t, b, c) for t, b, c in it.words if t]
        if not ws:
            continue
        s = " ".join(t for t, _, _ in ws)
        if clean(s) != s:  # cannot happen for words without spaces; kept honest
            s = clean(s)
            out.para(s)
            continue
        start = out.pos + (2 if out.parts else 0)
        out.para(s)
        pos = start
        for t, b, c in ws:
            words.append([pos, pos + len(t), it.page, *(round(x, 4) for x in b), round(c, 1)])
            pos += len(t) + 1
    flush()
