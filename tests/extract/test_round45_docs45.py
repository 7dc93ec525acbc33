"""Round 45's written reports (docs45): a table row the prose states under the row's name, a row label's gloss in
brackets, a plan's standard after a counted noun, a list's last noun before a dimension, a count after "với", the
tasks assigned as a plan, and one plan of two works joined by "và"."""

from __future__ import annotations

from _sentences import facts, one

TABLE = (
    "Năm 2024, xã hoàn thành chỉ tiêu tuyển quân với 12 thanh niên lên đường nhập ngũ. "
    "Thu ngân sách trên địa bàn đạt 410 triệu đồng.\n\n"
    "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024\n\n"
    "| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện năm 2024 | So sánh (%) |\n"
    "| 1 | Tuyển quân | Thanh niên | 12 | 12 | 100 |\n"
    "| 2 | Thu phí (phí chợ, phí bến bãi, lệ phí chứng thực) | Triệu đồng | 120 | 96,5 | 80,4 |\n"
    "| 3 | Giá trị sản xuất nông nghiệp (giá so sánh 2010) | Tỷ đồng | 380 | 371,2 | 97,7 |\n\n"
    "Phần thứ hai\n\nPHƯƠNG HƯỚNG NĂM 2025\n"
)


def test_a_row_the_prose_states_under_the_rows_name_is_the_prose_fact() -> None:
    got = [f for f in facts(TABLE) if f.value == 12 and f.role == "amount"]
    assert [f.raw for f in got] == ["12 thanh niên"], [(f.raw, f.subject) for f in got]


def test_a_row_labels_gloss_in_brackets_is_no_part_of_its_subject() -> None:
    got = [f for f in facts(TABLE) if f.raw == "96,5"]
    assert len(got) == 1 and got[0].subject == "Thu phí", [(f.raw, f.subject) for f in got]


def test_a_row_labels_one_remark_in_brackets_stays() -> None:
    got = [f for f in facts(TABLE) if f.raw == "371,2"]
    assert len(got) == 1 and got[0].subject == "Giá trị sản xuất nông nghiệp (giá so sánh 2010)", got


def test_a_standard_after_the_counted_noun_is_no_part_of_the_subject() -> None:
    f = one("Năm 2025, xã tập trung các chỉ tiêu: trồng mới 15 ha rừng; giảm 2,5% hộ nghèo theo tiêu chí hiện hành; "
            "kết nạp 8 đảng viên.", "2,5%")
    assert f.subject == "hộ nghèo"


def test_a_lone_noun_closing_a_list_before_a_dimension_is_no_clause() -> None:
    f = one("Trong quý, thị trấn đưa vào sử dụng 03 công trình bê tông hóa ngõ, xóm với chiều dài 2,15 km.", "2,15 km")
    assert f.subject == "chiều dài"


def test_a_count_after_voi_with_its_own_words_is_named_by_them() -> None:
    f = one("Công tác bảo đảm trật tự giao thông được tăng cường với 46 lượt tuần tra, kiểm soát.", "46 lượt")
    assert f.subject == "lượt tuần tra"


def test_the_tasks_assigned_are_a_plan_the_place_meets() -> None:
    f = one("Năm 2025, thị trấn hoàn thành 100% nhiệm vụ được giao trên hệ thống quản lý văn bản.", "100%")
    assert f.role == "plan_pct"
    assert f.subject == "hoàn thành nhiệm vụ được giao"


def test_one_plan_of_two_works_joined_by_va() -> None:
    f = one("Xã hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ với 23 công dân; tổ chức tốt lễ giao quân.",
            "100%")
    assert f.role == "plan_pct"
    assert "gọi công dân nhập ngũ" in (f.subject or "")


def test_a_join_opening_the_places_own_predicate_ends_the_plan() -> None:
    f = one("Huyện hoàn thành 100% chỉ tiêu giao quân và được tỉnh tặng Bằng khen.", "100%")
    assert f.subject == "giao quân"
