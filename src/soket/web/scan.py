"""Crops of scanned pages for the dashboard: the place on the page a figure was read from."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image

DPI = 150
MARGIN_X = 0.15   # of the page's width, each side of the figure: its neighbours in the row
MARGIN_Y = 0.015  # of the page's height: the line above and below


@lru_cache(maxsize=4)
def _page(path: str, mtime: int, page: int) -> Image.Image | None:
    """Page ``page`` (1-based) of a PDF or image in grey; the last few are kept (a document page
    shows many figures of the same page)."""

    with open(path, "rb") as f:
        pdf_file = f.read(5) == b"%PDF-"
    if pdf_file:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(path)
        try:
            if not 1 <= page <= len(pdf):
                return None
            img: Image.Image = pdf[page - 1].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
            return img
        finally:
            pdf.close()
    with Image.open(path) as im:
        im.seek(page - 1)
        return im.convert("L")


def crop_png(path: str, page: int, box: list[float]) -> bytes | None:
    """PNG of ``box`` (fractions of page ``page``, 1-based) of a scanned PDF or image, with a
    margin; None when the file cannot be read."""
    p = Path(path)
    if not p.is_file() or len(box) != 4:
        return None
    try:
        img = _page(str(p), p.stat().st_mtime_ns, page)
    except Exception:  # a damaged or moved file: no crop
        return None
    if img is None:
        return None
    w, h = img.size
    x0, y0, x1, y1 = box
    left, top = max(0.0, x0 - MARGIN_X), max(0.0, y0 - MARGIN_Y)
    right, bottom = min(1.0, x1 + MARGIN_X), min(1.0, y1 + MARGIN_Y)
    piece = img.crop((int(left * w), int(top * h), int(right * w), int(bottom * h)))
    buf = io.BytesIO()
    piece.save(buf, "PNG", optimize=True)
    return buf.getvalue()
