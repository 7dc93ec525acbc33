"""Checks and the headline filter do work linear in the number of facts: operation counts, not
seconds, for one report and the same report repeated in one file."""

from __future__ import annotations

from pathlib import Path

import pytest

from soket.check import rules
from soket.extract import extract_text, pipeline

REPORT = (Path(__file__).resolve().parents[2] / "examples" / "ex01_yenthe_bch_6thang.txt").read_text(encoding="utf-8")

# Two statements of one indicator that disagree, then the body repeated: every repetition brings
# the same conflict again, which must cost a constant number of comparisons per fact.
CONFLICT = ("Thu ngân sách nhà nước trên địa bàn đạt 120 tỷ đồng, tăng 5% so với cùng kỳ.\n"
            "Thu ngân sách nhà nước trên địa bàn đạt 150 tỷ đồng.\n")


def _comparisons(text: str) -> tuple[int, int]:
    rules.COUNTS.clear()
    rec = extract_text(text, doc="x")
    return rules.COUNTS["duplicate_comparisons"], len(rec.facts)


@pytest.mark.parametrize("unit", [REPORT + "\n\n", CONFLICT])
def test_duplicate_check_comparisons_grow_linearly_with_repetition(unit: str) -> None:
    c10, n10 = _comparisons(unit * 10)
    c40, n40 = _comparisons(unit * 40)
    assert 3.5 * n10 <= n40 <= 4.5 * n10
    assert c40 <= 5 * max(c10, 1), (c10, c40)  # quadratic would be 16×
    assert c40 <= 4 * n40  # a few comparisons per fact, whatever the length


def test_duplicate_check_still_flags_each_conflicting_repeat() -> None:
    # (a paragraph between the repeats: the same sentence again within two paragraphs is a page's reprint, one figure,
    # pipeline._reprinted_lead_sentences)
    rec = extract_text("BÁO CÁO\n\n" + (CONFLICT + "Các ngành tiếp tục triển khai nhiệm vụ.\n") * 3, doc="x")
    dup = [i for i in rules.check_record(rec) if i.code == "duplicate_indicator_conflict"]
    # every statement of 150 conflicts with the first 120; every later 120 conflicts with the first 150
    values = {f.span: f.value for f in rec.facts}
    assert sorted(values[tuple(i.span)] for i in dup) == [120e9, 120e9, 150e9, 150e9, 150e9]


def test_headline_filter_compares_each_fact_with_a_bounded_number_of_body_facts(monkeypatch) -> None:
    calls = {"n": 0}
    same = pipeline._same

    def counting(f, g):
        calls["n"] += 1
        return same(f, g)

    monkeypatch.setattr(pipeline, "_same", counting)
    head = "Thu ngân sách đạt 150 tỷ đồng, tăng 12%\n\n"
    counts = []
    for k in (10, 40):
        calls["n"] = 0
        rec = extract_text(head + REPORT * k, doc="x")
        counts.append((calls["n"], len(rec.facts)))
    (c10, _n10), (c40, n40) = counts
    assert c10 > 0, "the patched pipeline._same was never called: the count would measure nothing"
    assert c40 <= 4.4 * max(c10, 1) and c40 <= 8 * n40, counts


def test_headline_figure_repeated_in_the_body_is_still_dropped() -> None:
    text = ("Thu ngân sách đạt 150 tỷ đồng\n\nTrong 6 tháng, thu ngân sách trên địa bàn đạt 150 tỷ đồng, "
            "bằng 60% dự toán.\n")
    rec = extract_text(text, doc="x")
    assert [f.raw for f in rec.facts if f.unit == "VND"] == ["150 tỷ đồng"]
    assert rec.facts[0].span[0] > text.index("\n")


def test_caption_filter_work_grows_linearly_when_the_captions_repeat(monkeypatch) -> None:
    """A text copy whose photo captions ("... Ảnh: Minh Anh") restate the body, repeated in one file: the filter
    that drops a caption's restatement does a bounded amount of work per fact (Python calls counted, not seconds)."""
    import sys

    unit = ("Hội nghị sơ kết 6 tháng của Đảng ủy xã Tân Lập diễn ra sáng 5/7.\n\n"
            "Trong 6 tháng, toàn Đảng bộ kết nạp 12 đảng viên mới; thu ngân sách đạt 8,5 tỷ đồng, tăng 6% so cùng kỳ.\n\n"
            "Bí thư Đảng ủy xã trao giấy khen. Toàn Đảng bộ kết nạp 12 đảng viên mới. Ảnh: Minh Anh\n\n")
    inner = pipeline._drop_caption_repeats
    seen: dict[str, int] = {}

    def counting(facts, sents, captions):
        n = 0

        def prof(frame, event, arg):
            nonlocal n
            n += 1

        sys.setprofile(prof)
        try:
            out = inner(facts, sents, captions)
        finally:
            sys.setprofile(None)
        seen["calls"], seen["facts"], seen["captions"] = n, len(facts), len(captions)
        return out

    monkeypatch.setattr(pipeline, "_drop_caption_repeats", counting)
    counts = []
    for k in (10, 40):
        rec = extract_text(unit * k, doc="x")
        assert seen["captions"] >= 1, "no caption line was found: the count would measure nothing"
        assert sum(f.value == 12 for f in rec.facts) == k  # each caption's restatement dropped, the body's kept
        counts.append((seen["calls"], seen["facts"]))
    (c10, _n10), (c40, n40) = counts
    assert c40 <= 5 * c10, (c10, c40)  # quadratic would be 16×
    assert c40 <= 50 * n40  # a few dozen calls a fact (splitting the captions included)
