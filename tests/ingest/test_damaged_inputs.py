"""Damaged UTF-8 is read with replacement and a warning, never guessed as a legacy encoding; third-
party warnings stay off stderr; FIFOs and devices are refused; an empty input set says so."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from _paths import ROOT
from soket.cli import app
from soket.errors import InputError
from soket.extract import extract_document
from soket.ingest import load_bytes, load_path

sys.path.insert(0, str(ROOT / "bench"))
import hostile

from .helpers import SAMPLE, to_cp1258


@pytest.mark.parametrize("seed", range(20))
def test_utf8_report_with_a_few_invalid_bytes_is_read_with_a_warning(seed: int) -> None:
    data = hostile.broken_utf8(SAMPLE * 2, random.Random(seed), n=1 + seed % 3)
    doc = load_bytes(data, name="r.txt")
    assert doc.encoding == "utf-8"
    assert "\ufffd" in doc.text and "Ban Chấp hành" in doc.text
    rec = extract_document(doc)
    (w,) = rec.source.decode_warnings or []
    assert "invalid or truncated UTF-8" in w


def test_truncated_utf8_report_is_read_with_a_warning() -> None:
    doc = load_bytes(hostile.truncated_utf8(SAMPLE), name="r.txt")
    assert doc.text.endswith("\ufffd") and doc.encoding == "utf-8"
    assert "1 invalid or truncated UTF-8 byte sequence" in doc.meta["decode_warnings"][0]


def test_valid_utf8_has_no_decode_warnings() -> None:
    rec = extract_document(load_bytes(SAMPLE.encode(), name="r.txt"))
    assert "decode_warnings" not in rec.source


def test_legacy_encoding_is_still_detected_when_the_whole_text_fits_it() -> None:
    doc = load_bytes(to_cp1258(SAMPLE), name="r.txt")
    assert doc.encoding == "cp1258" and "Ban Chấp hành" in doc.text
    assert not doc.meta.get("decode_warnings")


def test_damaged_pdf_warnings_stay_off_stderr(tmp_path) -> None:
    p = tmp_path / "hong.pdf"
    p.write_bytes(hostile.pdf([hostile.text_page(["Thu ngan sach dat 186,4 ty dong."] * 40)], broken_stream=True))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("SOKET_LOG", None)
    r = subprocess.run([sys.executable, "-m", "soket", "extract", str(p)], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""  # pdfminer's "Data-loss while decompressing" went to logging only
    assert '"doc": "hong"' in r.stdout
    env["SOKET_LOG"] = "WARNING"
    r = subprocess.run([sys.executable, "-m", "soket", "extract", str(p)], capture_output=True, text=True,
                       env=env, timeout=120)
    assert "Data-loss" in r.stderr  # still there for whoever asks the log


def test_fifo_is_refused_not_waited_for(tmp_path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        load_path(fifo)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run([sys.executable, "-m", "soket", "extract", str(fifo)], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 1 and "FIFO" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_device_is_refused() -> None:
    with pytest.raises(InputError, match="character device"):
        load_path("/dev/zero")


def test_fifo_inside_a_folder_is_skipped(tmp_path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "r.txt").write_text(SAMPLE, encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(tmp_path)])
    assert res.exit_code == 0 and res.stdout.count('"doc"') == 1


@pytest.mark.parametrize("cmd", [["extract"], ["check"], ["ingest", "--db", "IGNORED"]])
def test_empty_input_set_says_so_and_exits_1(tmp_path, cmd: list[str]) -> None:
    empty = tmp_path / "rong"
    empty.mkdir()
    (empty / "anh.gif").write_bytes(b"GIF89a")  # not a report: .png/.jpg/.tif are (read by OCR)
    args = [c if c != "IGNORED" else str(tmp_path / "s.db") for c in cmd]
    res = CliRunner().invoke(app, [args[0], str(empty), *args[1:]])
    assert res.exit_code == 1
    assert "no input files" in res.stderr and str(empty) in res.stderr
