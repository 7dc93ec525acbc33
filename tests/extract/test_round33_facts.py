"""Round 33 (issue 10): a sentence opened by "Về nhiệm vụ <the coming period>," states the coming period's tasks,
its figures goals. Invented sentences of the genre."""

from __future__ import annotations

from _sentences import facts as _facts
from _sentences import one as _one


def test_topic_opener_naming_coming_tasks_makes_goals() -> None:
    text = ("Sáu tháng đầu năm, xã thu ngân sách 1,4 tỷ đồng. Về nhiệm vụ 6 tháng cuối năm, xã tập trung chăm sóc "
            "lúa mùa và trồng mới 42 ha rừng sản xuất theo kế hoạch.")
    assert _one(text, "1,4 tỷ đồng").role == "amount"
    assert _one(text, "42 ha").role == "target"
    # a later year than the report named, after "Về phương hướng"
    text = ("Năm 2026, huyện giải quyết việc làm cho 1.900 lao động. Về phương hướng năm 2027, huyện tạo việc làm "
            "mới cho 2.100 lao động.")
    assert _one(text, "2.100 lao động").role == "target"


def test_topic_opener_without_coming_period_or_with_results_stays() -> None:
    # the tasks of the period reviewed: results
    text = ("Năm 2026, huyện thu ngân sách 120 tỷ đồng. Về nhiệm vụ năm 2026, huyện trồng mới 300 ha rừng.")
    assert _one(text, "300 ha").role == "amount"
    # a budget plan opened so names decisions, no goal
    assert _one("Về kế hoạch đầu tư công, HĐND huyện thống nhất bố trí 14 tỷ đồng cho 6 công trình.",
                "14 tỷ đồng").role == "amount"
    # the sentence reports a result ("đã")
    text = ("Sáu tháng đầu năm, xã trồng 40 ha rừng. Về nhiệm vụ 6 tháng cuối năm, xã đã trồng thêm 12 ha rừng.")
    assert _one(text, "12 ha").role != "target"


def test_name_number_before_a_verb_is_no_count() -> None:
    # a plant's or a hamlet's number, then a modal, an adverb or a verb: no count
    assert _facts("Trong quý, một tổ máy của Nhà máy Thủy điện Sông Bung 2 phải dừng hoạt động để sửa chữa.") == []
    assert _facts("Xã tập trung hoàn thiện các tiêu chí để thôn Đồng Tâm 3 sớm đạt chuẩn nông thôn mới.") == []
    assert _facts("Nhà máy Nhiệt điện Sông Hậu 1 dừng hoạt động do sự cố kỹ thuật.") == []
    # a name, then a counted noun: a count
    assert _one("Riêng xã Tân Thành 12 hộ được hỗ trợ làm nhà.", "12 hộ").unit == "hộ"
    # the sentence's first word is no name
    assert _one("Có 14 chợ phải tạm dừng hoạt động do xuống cấp.", "14 chợ").unit == "chợ"


def test_equivalent_share_of_a_whole_names_the_part() -> None:
    text = "Giá trị xuất khẩu ước đạt 2,4 tỷ USD, tương đương 9,5% kim ngạch xuất khẩu của cả nước."
    f = _one(text, "9,5%")
    assert (f.role, f.subject, f.estimated) == ("percent", "Giá trị xuất khẩu", True)
    f = _one("Toàn huyện còn 860 hộ nghèo, tương đương 3,2% tổng số hộ.", "3,2%")
    assert (f.role, f.subject) == ("percent", "hộ nghèo")
    # an equivalent figure of a plan stays its attainment
    f = _one("Thu ngân sách đạt 96 tỷ đồng, tương đương 104% dự toán huyện giao.", "104%")
    assert (f.role, f.basis) == ("plan_pct", "dự toán huyện giao")


def test_forecast_span_reads_its_floor() -> None:
    f = _one("Chỉ số giá tiêu dùng bình quân năm dự kiến tăng 3,2 - 3,8% so với năm trước.", "3,2 - 3,8%")
    assert (f.role, f.value, f.range_upper, f.estimated) == ("change_pct", 3.2, 3.8, True)
    f = _one("Năng suất lúa vụ mùa ước đạt 56 - 58 tạ/ha.", "56 - 58 tạ/ha")
    assert (f.value, f.range_upper, f.estimated) == (56, 58, True)
    # no forecast, no goal: a span gives no fact
    assert _facts("Chỉ số giá tiêu dùng tăng 3,2 - 3,8%.") == []
    # the forecast's word in another clause leaves the span alone; years are no span
    assert _facts("Giá trị sản xuất ước đạt 9% (nghị quyết là 9 - 9,5%).")[-1].raw == "9%"
    assert _one("Ước thực hiện giai đoạn 2021 - 2025, thu ngân sách đạt 520 tỷ đồng.", "520 tỷ đồng").range_upper is None


def test_scenario_named_before_its_rate_is_a_goal_whatever_the_verb() -> None:
    text = "GRDP quý I ước tăng 8,4% so với cùng kỳ, chưa đạt kịch bản tăng 9,1% mà tỉnh đã đề ra."
    assert _one(text, "8,4%").role == "change_pct"
    f = _one(text, "9,1%")
    assert (f.role, f.estimated) == ("target", False)
    assert _one("GRDP quý I tăng 8,4%, vượt kịch bản tăng 8% của tỉnh.", "8%").role == "target"
    assert _one("GRDP quý I tăng 8,4%, không đạt kịch bản tăng trưởng 9%.", "9%").role == "target"
