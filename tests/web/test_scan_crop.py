"""A figure read from a scan: the document page shows the crop of the scanned page beside its
sentence (``/document/{id}/scan/{fact_id}.png``). No OCR here: the document is built as the OCR
reader builds one (text, and the words' offsets, pages and boxes in ``meta["ocr"]``)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")


def _scan_document(tmp_path: Path):
    from PIL import Image, ImageDraw

    from soket.extract import extract_document
    from soket.model import Document

    img = Image.new("L", (1000, 1400), 255)
    ImageDraw.Draw(img).rectangle((360, 705, 480, 725), fill=0)  # "the figure" on the page
    path = tmp_path / "scan.png"
    img.save(path)
    text = "Thu ngân sách trên địa bàn đạt 284.730 triệu đồng."
    start = text.index("284.730")
    words, pos = [], 0
    for i, w in enumerate(text.split(" ")):  # one line of words, left to right
        box = [round(0.05 * i, 4), 0.5, round(0.05 * i + 0.04, 4), 0.52]
        words.append([pos, pos + len(w), 1, *box, 88.0 if w == "284.730" else 95.0])
        pos += len(w) + 1
    doc = Document(text=text, doc="scan", path=str(path), format="image",
                   meta={"pages": 1, "ocr": {"dpi": None, "angle": [0.0], "words": words}})
    rec = extract_document(doc)
    assert rec.facts and rec.facts[0].span[0] == start
    return doc, rec


def test_scanned_figure_beside_its_sentence(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient
    from PIL import Image

    from soket.api import create_app
    from soket.service import store_document
    from soket.store import Store

    doc, rec = _scan_document(tmp_path)
    # "284.730 triệu đồng": the union of its three words' boxes, the lowest confidence
    assert rec.facts[0].raw == "284.730 triệu đồng"
    assert rec.facts[0].page == 1 and rec.facts[0].box == [0.35, 0.5, 0.49, 0.52]
    assert rec.facts[0].ocr_confidence == 88.0
    url = f"sqlite:///{tmp_path}/s.db"
    store = Store.open(url)
    got = store_document(store, doc, rec)
    with TestClient(create_app(store, None)) as c:
        d = c.get(f"/api/documents/{got.document_id}").json()
        d = d.get("item") or d
        f = next(x for x in d["facts"] if x["raw"] == "284.730 triệu đồng")
        assert (f["page"], f["box"], f["ocr_confidence"]) == (1, [0.35, 0.5, 0.49, 0.52], 88.0)
        html = c.get(f"/document/{got.document_id}").text
        src = f"/document/{got.document_id}/scan/{f['id']}.png"
        assert src in html and "bản quét, trang 1" in html
        r = c.get(src)
        assert r.status_code == 200 and r.headers["content-type"] == "image/png"
        crop = Image.open(io.BytesIO(r.content))
        # the box with its margin, on the 1000 × 1400 page: x 0.20..0.64, y 0.485..0.535
        assert abs(crop.size[0] - 440) <= 2 and abs(crop.size[1] - 70) <= 2
        assert min(crop.getdata()) == 0  # the figure's ink is in it
        # a figure not read from a scan has no crop
        assert c.get(f"/document/{got.document_id}/scan/999999.png").status_code == 404
