"""Issue 12: a count said again as done (``pipeline._drop_done_references``) folds the document's text once, not
once a repeated count: characters folded are counted, not seconds (invented sentences of the genre)."""

from __future__ import annotations

import pytest

from soket.extract import extract_text, pipeline

# a count, then the same count said again as done (a reference back, dropped), in every repetition
UNIT = ("Năm 2026, huyện khởi công 04 công trình giao thông nông thôn.\n\n"
        "Tiếp tục đẩy nhanh tiến độ 04 công trình giao thông nông thôn đã khởi công.\n\n"
        "Các ngành tiếp tục triển khai nhiệm vụ.\n\n")  # (a paragraph between repeats: none is a page's reprint)
# near-miss: the same count not said as done is a fact of its own (the text folded once to look for the mark)
NEAR = ("Năm 2026, huyện khởi công 04 công trình giao thông nông thôn.\n\n"
        "Tiếp tục đẩy nhanh tiến độ 04 công trình giao thông nông thôn.\n\n"
        "Các ngành tiếp tục triển khai nhiệm vụ.\n\n")


def _folded(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    chars = [0]
    fold = pipeline.lower_keep_len

    def counting(s: str) -> str:
        if len(s) > 200:  # the text, not a subject
            chars[0] += len(s)
        return fold(s)

    monkeypatch.setattr(pipeline, "lower_keep_len", counting)
    n = len(extract_text(text, doc="x").facts)
    return chars[0], n


def test_done_references_fold_the_text_once_however_many_repeats(monkeypatch: pytest.MonkeyPatch) -> None:
    c10, n10 = _folded(UNIT * 10, monkeypatch)
    c40, n40 = _folded(UNIT * 40, monkeypatch)
    assert 0 < c10 <= len(UNIT * 10)  # folded at most once (it was once a repeated count: 10 × the text)
    assert 0 < c40 <= len(UNIT * 40)
    assert n40 == 4 * n10


def test_near_miss_a_count_not_said_as_done_stays_and_folds_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    c, n = _folded(NEAR * 10, monkeypatch)
    assert 0 < c <= len(NEAR * 10)
    _, n1 = _folded(UNIT * 10, monkeypatch)
    assert n > n1  # the references back dropped, the counts not said as done kept
