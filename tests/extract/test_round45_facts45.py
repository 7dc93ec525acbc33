"""Round 45 (facts45): readings a report nobody tuned for needs. Sentences and tables written for the test."""

from __future__ import annotations

from _sentences import facts, one
from soket.extract.tables import table_facts
from soket.model import Cell, Table


def _table(rows: list[list[str]]) -> tuple[Table, str]:
    text, cells = "", []
    for row in rows:
        out = []
        for t in row:
            out.append(Cell(text=t, start=len(text), end=len(text) + len(t)))
            text += t + " | "
        cells.append(out)
        text += "\n"
    return Table(index=0, rows=cells, start=0, end=len(text)), text


def test_a_row_counts_the_noun_its_label_names():
    table, text = _table([["STT", "Nội dung", "Nghị quyết năm 2024", "Thực hiện 6 tháng", "Tỷ lệ (%)"],
                          ["1", "Phát triển đảng viên mới", "45", "21", "46,7"],
                          ["2", "Kiểm tra tổ chức đảng khi có dấu hiệu vi phạm", "6", "2", "33,3"],
                          ["3", "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ", "80", "76", "95,0"]])
    got = {(f.subject, f.role): f for f in table_facts(table, text)}
    assert got[("Phát triển đảng viên mới", "amount")].unit == "đảng viên"
    assert got[("Phát triển đảng viên mới", "target")].unit == "đảng viên"
    assert got[("Kiểm tra tổ chức đảng khi có dấu hiệu vi phạm", "amount")].unit == "tổ chức đảng"
    assert got[("Phát triển đảng viên mới", "plan_pct")].unit == "%"
    # a label that opens as a share names no counted thing of its figures
    assert got[("Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ", "amount")].unit is None


def test_a_row_that_repeats_the_prose_is_the_prose_fact():
    text = ("Sáu tháng đầu năm, toàn Đảng bộ kết nạp 52 đảng viên, đạt 65% chỉ tiêu năm.\n\n"
            "| TT | Chỉ tiêu | Nghị quyết năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%) |\n"
            "| 1 | Kết nạp đảng viên | 80 | 52 | 65,0 |\n")
    got = facts(text)
    assert [f.raw for f in got if f.value == 52] == ["52 đảng viên"]
    goal = one(text, "80")
    assert (goal.role, goal.unit) == ("target", "đảng viên")


def test_a_lunar_date_is_no_fraction():
    text = "Thứ Sáu, 9/2/2024 - Âm lịch: 30/12 Quý Mão. Năm 2023, huyện giải quyết việc làm cho 1.240 lao động."
    assert [f.raw for f in facts(text)] == ["1.240 lao động"]
    assert one("Đã giải quyết 18/20 đơn thư khiếu nại.", "18/20 đơn thư").of == 20


def test_a_growth_scenario_is_a_plan():
    f = one("Quý II, toàn tỉnh có 390 doanh nghiệp thành lập mới, bằng 102,5% kịch bản đề ra.", "102,5%")
    assert (f.role, f.basis) == ("plan_pct", "kịch bản đề ra")


def test_a_band_of_progress_attained_is_no_figure():
    text = "Trong 24 chỉ tiêu chủ yếu, có 19/24 chỉ tiêu đạt tiến độ từ 60% kế hoạch trở lên."
    assert [f.raw for f in facts(text)] == ["24 chỉ tiêu", "19/24 chỉ tiêu"]
    # a share reached, said as a point, stays a figure
    assert one("Có 19/24 chỉ tiêu đạt tiến độ 60% kế hoạch.", "60%").role == "plan_pct"


def test_a_count_of_texts_names_its_topic():
    text = ("Kỳ họp đã thông qua 11 nghị quyết, gồm: 6 nghị quyết về tài chính, ngân sách; 3 nghị quyết về đầu tư công "
            "và 2 nghị quyết về công tác cán bộ.")
    assert one(text, "6 nghị quyết").subject == "nghị quyết về tài chính, ngân sách"
    assert one(text, "3 nghị quyết").subject == "nghị quyết về đầu tư công"
    assert one(text, "2 nghị quyết").subject == "nghị quyết về công tác cán bộ"
    goals = "Đại hội đề ra 21 chỉ tiêu, trong đó có 13 chỉ tiêu về kinh tế và 8 chỉ tiêu về văn hóa - xã hội."
    assert one(goals, "13 chỉ tiêu").subject == "chỉ tiêu về kinh tế"
    assert one(goals, "8 chỉ tiêu").subject == "chỉ tiêu về văn hóa - xã hội"
    # a measure's two aspects stay the measure's
    assert one("Tỷ lệ thi hành án đạt 71,2% về việc và 35,6% về tiền.", "35,6%").subject == "Tỷ lệ thi hành án về tiền"


def test_a_whole_count_keeps_its_topics_out():
    text = "Kỳ họp đã thông qua 9 nghị quyết về kinh tế - xã hội, dự toán ngân sách và đầu tư công năm 2026."
    assert "kinh tế" not in (one(text, "9 nghị quyết").subject or "")


def test_a_sum_planned_is_named_before_its_act():
    text = "Năm 2027, tổng vốn đầu tư phát triển từ ngân sách xã dự kiến phân bổ 96,5 tỷ đồng cho 18 dự án."
    assert one(text, "96,5 tỷ đồng").subject == "tổng vốn đầu tư phát triển từ ngân sách xã"
    text = "Dự toán thu ngân sách năm 2027 dự kiến trình HĐND tỉnh quyết định là 4.250 tỷ đồng."
    assert one(text, "4.250 tỷ đồng").subject == "Dự toán thu ngân sách năm 2027"


def test_a_degree_of_damage_bounds_a_class():
    text = "Nhà bị tốc mái, hư hỏng trên 60% được hỗ trợ 25 triệu đồng/nhà."
    assert [f.raw for f in facts(text)] == ["25 triệu đồng/nhà"]


def test_a_named_place_after_the_copula_is_what_the_figure_is_of():
    text = "Thiệt hại nặng nhất là huyện Tiên Yên với khoảng 1.240 tỷ đồng."
    assert one(text, "khoảng 1.240 tỷ đồng").subject == "huyện Tiên Yên"
    # praise after the copula leaves the subject before it
    assert one("Du lịch tiếp tục là điểm sáng với 412.000 lượt khách.", "412.000 lượt khách").subject != "điểm sáng"


def test_a_bound_naming_which_are_counted_is_no_part_of_the_phrase():
    text = "Đến nay, 100% tàu cá có chiều dài từ 12 m trở lên đã được cấp giấy phép khai thác."
    assert one(text, "100%").subject == "tàu cá đã được cấp giấy phép khai thác"
    text = "Toàn xã có 38 hộ có diện tích từ 1 ha trở lên đã chuyển sang trồng sầu riêng."
    assert one(text, "38 hộ").subject == "hộ đã chuyển sang trồng sầu riêng"


def test_kinds_listed_to_their_last_one_are_what_is_counted():
    text = "Trong quý, trên địa bàn xảy ra 9 đợt mưa đá, lốc, sét và sạt lở đất, làm hư hỏng nhiều công trình."
    assert one(text, "9 đợt").subject.endswith("đợt mưa đá, lốc, sét và sạt lở đất")
    # a clause after the comma, no list of kinds closed by "và", is no part of the phrase
    assert "giải quyết" not in (one("Trong kỳ đã tiếp 85 lượt công dân, giải quyết kịp thời.", "85 lượt").subject or "")
