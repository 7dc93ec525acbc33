"""soket.web.scan: the crop of a scanned page around the box a figure was read from."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from soket.web import scan


def _page(path, size=(1000, 1400)):
    img = Image.new("L", size, 255)
    ImageDraw.Draw(img).rectangle((400, 700, 500, 720), fill=0)  # the figure's ink
    img.save(path)


def test_crop_of_an_image_holds_the_box_with_its_margin(tmp_path):
    p = tmp_path / "trang.png"
    _page(p)
    png = scan.crop_png(str(p), 1, [0.4, 0.5, 0.5, 0.515])
    crop = Image.open(io.BytesIO(png))
    w = int((0.5 + scan.MARGIN_X) * 1000) - int((0.4 - scan.MARGIN_X) * 1000)
    assert abs(crop.size[0] - w) <= 1
    assert crop.getextrema()[0] == 0


def test_crop_of_a_pdf_page(tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    img = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(img).rectangle((0, 0, 600, 400), fill="black")
    p = tmp_path / "scan.pdf"
    img.save(p, "PDF")
    assert len(pdfium.PdfDocument(str(p))) == 1
    top = Image.open(io.BytesIO(scan.crop_png(str(p), 1, [0.4, 0.1, 0.6, 0.2])))
    bottom = Image.open(io.BytesIO(scan.crop_png(str(p), 1, [0.4, 0.8, 0.6, 0.9])))
    assert top.getextrema()[1] < 60 and bottom.getextrema()[0] > 200
    assert scan.crop_png(str(p), 2, [0.1, 0.1, 0.2, 0.2]) is None  # no such page


def test_no_crop(tmp_path):
    assert scan.crop_png(str(tmp_path / "missing.png"), 1, [0, 0, 1, 1]) is None
    p = tmp_path / "trang.png"
    _page(p)
    assert scan.crop_png(str(p), 1, [0, 0, 1]) is None
    bad = tmp_path / "hong.png"
    bad.write_bytes(b"\x89PNG not really")
    assert scan.crop_png(str(bad), 1, [0, 0, 1, 1]) is None
