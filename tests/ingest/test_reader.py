"""soket.ingest.reader: one input (a path or bytes) to a Document: its kind told from its bytes
more than its name, limits, clear errors, the sha256 of what was read."""

from __future__ import annotations

import hashlib
import os
import sys
import unicodedata

import pytest

from _paths import ROOT
from soket.errors import InputError, LimitExceededError, UnsupportedFormatError
from soket.ingest.reader import DEFAULTS, ReadOptions, load_bytes, load_path, load_text
from soket.settings import Settings

sys.path.insert(0, str(ROOT / "bench"))
import hostile

REPORT = "Huyện ủy Tân Lạc họp. Tổng thu ngân sách ước đạt 186,4 tỷ đồng; kết nạp 58 đảng viên mới.\n"


def test_load_text_is_nfc_and_marks_chrome():
    nfd = unicodedata.normalize("NFD", REPORT)
    doc = load_text(nfd + "Chia sẻ Facebook\n", doc="tl")
    assert doc.text.startswith(REPORT) and unicodedata.is_normalized("NFC", doc.text)
    assert doc.doc == "tl" and doc.format == "txt"
    assert any(doc.text[a:b].startswith("Chia sẻ") for a, b in doc.chrome)


def test_load_bytes_plain_text():
    data = REPORT.encode("utf-8")
    doc = load_bytes(data, name="bc-tan-lac.txt", path="/in/bc-tan-lac.txt")
    assert doc.text == REPORT and doc.doc == "bc-tan-lac" and doc.path == "/in/bc-tan-lac.txt"
    assert doc.sha256 == hashlib.sha256(data).hexdigest() and doc.encoding == "utf-8"
    assert "notes" not in doc.meta


def test_content_wins_over_the_name():
    html = f"<html><body><p>{REPORT}</p></body></html>".encode()
    doc = load_bytes(html, name="bc.txt")
    assert doc.format == "html" and "186,4 tỷ đồng" in doc.text
    assert "named .txt but the content is" in doc.meta["notes"][0]
    pdf = hostile.pdf([hostile.text_page(["Thu ngan sach dat 5 ty dong."])])
    doc = load_bytes(pdf, name="bc.docx")
    assert doc.format == "pdf" and "5 ty dong" in doc.text


def test_a_binary_name_on_plain_text_is_read_as_text():
    doc = load_bytes(REPORT.encode(), name="bc.pdf")
    assert doc.text == REPORT and "read as plain text" in doc.meta["notes"][0]


@pytest.mark.parametrize(("data", "name", "match"), [
    (b"", "a.txt", "empty input"),
    (REPORT.encode(), "a.xlsx", "unsupported file type"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "a.txt", "not a text report"),
])
def test_refused(data, name, match):
    with pytest.raises(InputError, match=match) as e:
        load_bytes(data, name=name)
    assert e.value.path == name


def test_size_limit():
    with pytest.raises(LimitExceededError, match="over the size limit"):
        load_bytes(REPORT.encode(), name="a.txt", max_bytes=10)
    with pytest.raises(LimitExceededError):
        load_bytes(REPORT.encode(), name="a.txt", options=ReadOptions(max_bytes=10))


def test_an_image_without_ocr_is_refused():
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    with pytest.raises(UnsupportedFormatError, match="OCR"):
        load_bytes(png, name="scan.png", options=ReadOptions(ocr=False))


def test_load_path(tmp_path):
    p = tmp_path / "bc.txt"
    p.write_bytes(REPORT.encode("utf-8"))
    doc = load_path(p)
    assert doc.path == str(p) and doc.doc == "bc" and doc.text == REPORT
    with pytest.raises(InputError, match="folder"):
        load_path(tmp_path)
    with pytest.raises(InputError, match="cannot read file"):
        load_path(tmp_path / "missing.txt")
    with pytest.raises(LimitExceededError) as e:
        load_path(p, max_bytes=5)
    assert e.value.path == str(p)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    f = tmp_path / "pipe.txt"
    os.mkfifo(f)
    with pytest.raises(InputError, match="FIFO"):
        load_path(f)


def test_options_of_settings_keep_dpi_in_range():
    o = ReadOptions.of(Settings(ocr_dpi=5000, max_input_bytes=1234, ocr=False))
    assert (o.ocr_dpi, o.max_bytes, o.ocr) == (600, 1234, False)
    assert ReadOptions.of(Settings(ocr_dpi=10)).ocr_dpi == 72
    assert DEFAULTS.ocr and DEFAULTS.max_bytes > 1_000_000
