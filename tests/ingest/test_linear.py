"""Ingest is linear: large and pathological inputs finish in bounded time that scales with size."""

from __future__ import annotations

import time

from soket.ingest import load_bytes

from .helpers import SAMPLE


def _best_time(data: bytes, name: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()  # CPU time: other work on a loaded machine does not stretch it
        load_bytes(data, name=name)
        best = min(best, time.process_time() - t)
    return best


def _scales(make, name: str, size: int) -> None:
    small, large = make(size), make(2 * size)
    t1, t2 = _best_time(small, name), _best_time(large, name)
    assert t2 < 5, t2
    assert t2 < 3 * max(t1, 0.002), (t1, t2)


def test_megabyte_line_of_digits_and_dots() -> None:
    _scales(lambda n: b"1234567890." * (n // 11), "digits.txt", 1 << 20)


def test_megabyte_of_dots_commas_and_percent() -> None:
    _scales(lambda n: b"12,5%.1.2.3,,,%%% " * (n // 18), "dots.txt", 1 << 20)


def test_five_megabytes_of_report_text() -> None:
    unit = (SAMPLE + "\nLượt xem: 1.234\nOnline: 34\n\n").encode()
    _scales(lambda n: unit * (n // len(unit)), "report.txt", 5 << 20)


def test_html_megabyte_scrape_and_extract() -> None:
    para = f"<div><p>{SAMPLE}</p>".encode()
    _scales(lambda n: b"<html><body>" + para * (n // len(para)), "page.html", 1 << 20)


def test_small_txt_is_fast() -> None:
    data = (SAMPLE * 8).encode()  # about 6 KB
    load_bytes(data, name="warm.txt")
    n = 200
    t = time.process_time()  # CPU time: a machine loaded by other work does not fail it
    for _ in range(n):
        load_bytes(data, name="r.txt")
    per = (time.process_time() - t) / n
    assert per < 0.002, per  # about 0.1-0.4 ms of CPU here; generous for slow CI machines
