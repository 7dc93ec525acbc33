"""Roles, bases and subjects missed on held-out reports (round 29, branch roles28), one rule a test, with sentences
of the genre written for these tests."""

from __future__ import annotations

from . import fact_with_raw as _fact


def test_a_rate_noun_with_any_verb_of_change_is_a_growth_rate():
    f = _fact("Tốc độ gia tăng giá trị sản xuất nông nghiệp của phường ước đạt 6,8%.", "6,8%")
    assert f.role == "change_pct"
    g = _fact("Mức gia tăng tổng mức bán lẻ hàng hóa cả năm đạt 11,4%.", "11,4%")
    assert g.role == "change_pct"
    # a share of an increase is no rate noun: it stays a level
    assert _fact("Tỷ lệ tăng dân số tự nhiên ở mức 1,05%.", "1,05%").role == "percent"


def test_a_plan_word_after_a_determiner_of_the_whole_is_still_the_plan():
    text = "Thu ngân sách trên địa bàn thị trấn được 21 tỷ đồng, bằng 58% tổng dự toán và tăng 9,4% so với cùng kỳ."
    f = _fact(text, "58%")
    assert (f.role, f.basis, f.subject) == ("plan_pct", "tổng dự toán", "Thu ngân sách trên địa bàn thị trấn")
    assert _fact(text, "9,4%").subject == "Thu ngân sách trên địa bàn thị trấn"
    g = _fact("Giải ngân vốn đầu tư công đạt 64,5% toàn bộ kế hoạch vốn được giao.", "64,5%")
    assert (g.role, g.basis) == ("plan_pct", "toàn bộ kế hoạch vốn được giao")
