"""Round 31 (issue 10): goals' spans in every unit, goals set in the passive, a share under growth wording, a level's
move between two years, abbreviations spelt out. Invented sentences of the genre."""

from __future__ import annotations

from _sentences import facts as _facts
from _sentences import one as _one


def test_goal_span_of_percent_with_qualifier() -> None:
    text = ("Năm 2027, huyện phấn đấu tốc độ tăng trưởng đạt 9%. Trong đó, khu vực dịch vụ tăng khoảng 10,5 - 11,5%, "
            "khu vực nông nghiệp tăng 3 – 4%.")
    f = _one(text, "khoảng 10,5 - 11,5%")
    assert (f.role, f.value, f.unit, f.range_upper, f.qualifier) == ("target", 10.5, "%", 11.5, "about")
    assert f.subject == "khu vực dịch vụ"
    g = _one(text, "3 – 4%")
    assert (g.role, g.value, g.range_upper, g.qualifier) == ("target", 3.0, 4.0, None)


def test_goal_span_of_money_and_share() -> None:
    text = ("Năm 2027, thị xã phấn đấu thu nhập bình quân đầu người khoảng 3.500 - 3.700 USD; tổng vốn đầu tư "
            "tương đương 30 - 32% GRDP; thu ngân sách 1,2 - 1,5 tỷ đồng.")
    f = _one(text, "khoảng 3.500 - 3.700 USD")
    assert (f.role, f.value, f.unit, f.range_upper) == ("target", 3500, "USD", 3700)
    g = _one(text, "30 - 32%")
    assert (g.role, g.value, g.range_upper) == ("target", 30, 32)
    h = _one(text, "1,2 - 1,5 tỷ đồng")
    assert (h.value, h.unit, h.range_upper) == (1.2e9, "VND", 1.5e9)


def test_goal_span_of_count_still_read() -> None:
    f = _one("Năm 2027, đảng bộ phấn đấu kết nạp từ 8-10 đảng viên mới.", "từ 8-10 đảng viên")
    assert (f.role, f.value, f.range_upper) == ("target", 8, 10)


def test_span_outside_a_goal_and_years_give_no_fact() -> None:
    # a span in a result is no figure of the report (the genre states results as points)
    assert _facts("Năm 2026, giá cả các mặt hàng thiết yếu tăng khoảng 5 - 7% so với cùng kỳ.") == []
    # a span of years before a goal is no span of the goal
    f = _one("Giai đoạn 2026 - 2030, huyện phấn đấu tăng trưởng kinh tế bình quân 8%.", "8%")
    assert (f.role, f.range_upper) == ("target", None)
    # a day's span in a goal sentence is a date
    assert [x.raw for x in _facts("Phấn đấu từ 15-6 đến 30-6 tiêm chủng cho 100% trẻ em.")] == ["100%"]


def test_goals_set_in_the_passive_then_listed() -> None:
    text = ("Phần lớn chỉ tiêu chủ yếu của nhiệm kỳ 2020-2025 được Đại hội đặt ra ở mức cao hơn nhiệm kỳ trước, "
            "cụ thể: tốc độ tăng trưởng kinh tế bình quân đạt 9 – 10%; giá trị sản xuất nông nghiệp tăng 15%; "
            "95% số hộ dùng nước sạch và trên 30% số hộ có máy tính.")
    got = {f.raw: f for f in _facts(text)}
    assert {r: got[r].role for r in got} == {"9 – 10%": "target", "15%": "target", "95%": "target",
                                             "trên 30%": "target"}
    assert got["trên 30%"].subject == "hộ có máy tính"


def test_goals_set_then_met_stay_results() -> None:
    assert _one("Các chỉ tiêu được Đại hội đề ra đều đạt và vượt: thu ngân sách tăng 12%.", "12%").role == "change_pct"
    f = _one("Các chỉ tiêu được giao: thu ngân sách đạt 300 tỷ đồng, bằng 105% dự toán.", "105%")
    assert f.role == "plan_pct"


def test_share_under_growth_wording_is_a_percent() -> None:
    text = ("Tốc độ tăng trưởng kinh tế 6 tháng đầu năm thấp hơn so với cùng kỳ, nguyên nhân chủ yếu do lĩnh vực "
            "thủy sản (chiếm 3,5% GRDP) giảm 0,8% so cùng kỳ.")
    assert _one(text, "3,5%").role == "percent"
    assert _one(text, "0,8%").role == "change_pct"
    assert _one("Kinh tế tăng trưởng khá (đạt 7,2%).", "7,2%").role == "change_pct"


def test_level_moved_between_two_years() -> None:
    text = "Cơ cấu kinh tế chuyển dịch theo hướng nâng tỷ trọng công nghiệp, từ 35,2% năm 2020 lên 37,5% năm 2021."
    assert [(f.raw, f.role, f.basis) for f in _facts(text)] == [("35,2%", "percent", None), ("37,5%", "percent", None)]
    text = "Tỷ lệ hộ nghèo giảm từ 6,4% năm 2020 xuống còn 4,9% năm 2021."
    assert [(f.raw, f.role) for f in _facts(text)] == [("6,4%", "percent"), ("4,9%", "percent")]
    # a level at an earlier year, no move: the earlier period's
    assert _one("Tỷ lệ hộ nghèo là 5,2% năm 2020.", "5,2%").role == "prior_pct"


def test_a_level_moved_is_the_level_the_raise_verb_names() -> None:
    """review33: the level a verb carrying a measure to a new level names ("nâng tỷ trọng công nghiệp") is what moved,
    not the clause it ends (its first words no longer matched a gold's when "tỷ" was spelt "tỉ": ex563)."""
    for ty in ("tỷ", "tỉ"):
        text = f"Cơ cấu kinh tế chuyển dịch tích cực theo hướng nâng {ty} trọng công nghiệp, từ 35,2% năm 2020 lên 37,5% năm 2021."
        assert [(f.raw, f.subject) for f in _facts(text)] == [("35,2%", f"{ty} trọng công nghiệp"),
                                                             ("37,5%", f"{ty} trọng công nghiệp")]
    # no verb carrying it: the subject as before
    assert _one("Tỷ lệ hộ nghèo giảm từ 6,4% năm 2020 xuống còn 4,9% năm 2021.", "6,4%").subject == "Tỷ lệ hộ nghèo"


def test_resolutions_abbreviated_are_spelt_out() -> None:
    f = _one("Kỳ họp biểu quyết thông qua 5 NQ quan trọng.", "5 NQ")
    assert (f.unit, f.value) == ("nghị quyết", 5)


def test_a_rating_in_a_name_is_no_fact() -> None:
    text = "Tỉnh khởi công Dự án Trạm biến áp 220kV Bắc Sơn và 12 km đường dây 22 kV."
    assert [(f.raw, f.unit) for f in _facts(text)] == [("12 km", "km")]


def test_a_plan_of_growth_named_before_its_figure_is_a_target() -> None:
    text = ("GRDP 6 tháng đầu năm tăng 7,1%, cao hơn mức bình quân chung của cả nước và vượt kịch bản tăng trưởng "
            "6,9% mà tỉnh đã xây dựng.")
    f = _one(text, "6,9%")
    assert (f.role, f.subject) == ("target", "kịch bản tăng trưởng")
    assert _one(text, "7,1%").role == "change_pct"
    # a plan beaten by a margin names no rate
    g = _one("Thu ngân sách vượt kế hoạch 0,5%.", "0,5%")
    assert g.role == "plan_diff_pct"


def test_a_summary_opened_by_a_bracketed_code_is_the_pages() -> None:
    text = ("Huyện Tân Phú: Kinh tế tăng trưởng khá\n\n"
            "(BTP) Huyện ủy Tân Phú vừa tổ chức hội nghị sơ kết 6 tháng đầu năm. Giá trị sản xuất nông nghiệp "
            "tăng 4,6%, thương mại - dịch vụ tăng 12,3% so với cùng kỳ.\n\n"
            "Báo cáo tại hội nghị cho biết, so với cùng kỳ, giá trị sản xuất ngành nông nghiệp tăng 4,6%, còn giá "
            "trị sản xuất thương mại - dịch vụ tăng 12,3%.\n")
    assert sorted(f.raw for f in _facts(text)) == ["12,3%", "4,6%"]
