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


def test_a_semicolon_carries_a_plan_to_the_parts_of_one_thing():
    text = "Vốn ngân sách tỉnh giải ngân đạt 44,2% kế hoạch năm; vốn ngân sách xã đạt 61,5%."
    f = _fact(text, "61,5%")
    assert (f.role, f.basis) == ("plan_pct", "kế hoạch năm")
    # an indicator of its own after a semicolon keeps its level
    other = "Thu bảo hiểm xã hội đạt 62% so với kế hoạch; độ phủ sóng truyền hình toàn xã đạt 95%."
    assert _fact(other, "95%").role == "percent"


def test_the_earlier_periods_attainment_in_a_bracket_is_of_the_plan_named_before():
    text = "Thu ngân sách trên địa bàn quận ước đạt 2.150 tỷ đồng, bằng 46,3% dự toán, tăng 8,1% so cùng kỳ (cùng kỳ đạt 42,7%)."
    f = _fact(text, "42,7%")
    assert (f.role, f.basis, f.estimated) == ("plan_pct", "dự toán", False)
    # with no plan named before, the bracket stays a level
    assert _fact("Tỷ lệ lao động qua đào tạo đạt 71% (cùng kỳ đạt 68%).", "68%").role == "percent"
    # the earlier period named by its year, or twice over
    for prior in ("cùng kỳ năm 2023", "cùng kỳ năm trước"):
        other = f"Chi ngân sách xã ước đạt 18 tỷ đồng, bằng 44% dự toán, tăng 6% so cùng kỳ ({prior} đạt 41%)."
        assert (_fact(other, "41%").role, _fact(other, "41%").basis) == ("plan_pct", "dự toán")


def test_an_apposition_word_is_no_subject():
    text = "Chi thường xuyên của huyện được 215 tỷ đồng, tức đạt 49,6% dự toán, tăng 7,2% so với cùng kỳ."
    for raw in ("49,6%", "7,2%"):
        assert _fact(text, raw).subject == "Chi thường xuyên của huyện"


def test_a_share_of_the_whole_country_is_the_localitys_own_figure():
    text = "Kim ngạch xuất khẩu của tỉnh đạt 3,2 tỷ USD, chiếm 1,4% của cả nước."
    f = _fact(text, "1,4%")
    assert (f.role, f.subject) == ("percent", "Kim ngạch xuất khẩu của tỉnh")
    # the country's own figure, given for comparison, is still left out
    from soket.extract import extract_text
    assert [x.raw for x in extract_text("Tăng trưởng của huyện đạt 7,6%, cao hơn mức 6,1% của cả nước.").facts] == ["7,6%"]


def test_a_yearly_average_opening_a_clause_is_no_subject():
    text = "Giai đoạn 2021 - 2025, tổng vốn huy động đạt 4.300 tỷ đồng, bình quân mỗi năm tăng hơn 12%."
    assert _fact(text, "hơn 12%").subject == "tổng vốn huy động"


def test_a_siblings_plan_named_before_its_verb_carries_over():
    text = "Vốn ngân sách tỉnh giải ngân so kế hoạch năm đạt 41,2%; vốn ngân sách xã đạt 66%."
    assert (_fact(text, "66%").role, _fact(text, "66%").basis) == ("plan_pct", "kế hoạch năm")
    comma = "Thu ngân sách so dự toán đạt 96,1%, chi ngân sách đạt 88,3%."
    assert (_fact(comma, "88,3%").role, _fact(comma, "88,3%").basis) == ("plan_pct", "dự toán")


def test_the_momentum_of_a_state_kept_is_no_subject():
    text = "Năm 2024, kinh tế xã tiếp tục giữ vững đà tăng trưởng ổn định với mức tăng 8,8%."
    f = _fact(text, "8,8%")
    assert (f.role, f.subject) == ("change_pct", "kinh tế xã")
