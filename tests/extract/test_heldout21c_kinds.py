"""Kinds found on held-out reports ex351-ex360 (issue 10, the South): figures bounded on one side, ...
Sentences written for these tests."""

from __future__ import annotations

from soket.extract import extract_text

# --- a figure bounded on one side is a goal ---------------------------------------------------------------


def test_a_growth_rate_bounded_below_is_a_goal():
    facts = extract_text("Thành phố bám sát kịch bản tăng trưởng kinh tế từ 9,5% trở lên trong năm 2026.").facts
    assert [(f.role, f.value) for f in facts] == [("target", 9.5)]


def test_a_rate_bounded_above_is_a_goal():
    facts = extract_text("Xã kiên trì giữ tỷ lệ hộ nghèo ở mức 2% trở xuống.").facts
    assert [(f.role, f.value) for f in facts] == [("target", 2)]


def test_a_rate_stated_as_a_point_stays_a_result():
    facts = extract_text("Tốc độ tăng trưởng kinh tế của xã đạt 9,5%, tỷ lệ hộ nghèo còn 2%.").facts
    assert [f.role for f in facts] == ["change_pct", "percent"]
