"""Kinds of construction missed on held-out reports (round 17), one rule a test, with sentences of
the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_text


def _fact(text: str, raw: str):
    rec = extract_text(text)
    got = [f for f in rec.facts if f.raw == raw]
    assert got, f"no fact {raw!r} in {[f.raw for f in rec.facts]}"
    return got[0]


def test_a_qualifier_of_beating_a_plan_beats_the_plan_it_names():
    text = "Tổng vốn đầu tư toàn xã hội đạt 820 tỷ đồng, vượt trên 12% kế hoạch năm."
    f = _fact(text, "vượt trên 12%")
    assert (f.role, f.value, f.qualifier, f.basis) == ("plan_diff_pct", 12, "over", "kế hoạch năm")
    # with no plan named it stays what it was
    assert _fact("Tốc độ tăng trưởng kinh tế vượt trên 8%.", "vượt trên 8%").role != "plan_diff_pct"


def test_an_equivalence_cue_is_no_subject():
    text = "Thu ngân sách trên địa bàn xã được 14,2 tỷ đồng, tương đương 96% dự toán huyện giao."
    f = _fact(text, "96%")
    assert (f.role, f.subject) == ("plan_pct", "Thu ngân sách trên địa bàn xã")
    g = _fact("Diện tích gieo cấy vụ mùa 3.150 ha, tương đương với 101% kế hoạch.", "101%")
    assert g.subject == "Diện tích gieo cấy vụ mùa"
