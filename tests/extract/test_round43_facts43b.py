"""Round 43 (.txt/.html reports): figures the text and its tables write in forms the extractor missed.

Sentences and tables of the genre, written for these tests."""

from __future__ import annotations

from _sentences import facts, one, one_of
from soket.extract.tables import unit_cell

GOAL_TABLE = """Hội nghị Ban Chấp hành Đảng bộ tỉnh thống nhất các mục tiêu cho năm tới.

| Các chỉ tiêu chủ yếu năm 2027 | Mục tiêu |
|---|---|
| Tốc độ tăng trưởng GRDP | 8 - 8,5% |
| Thu nhập bình quân đầu người | 92 triệu đồng |
| Kết nạp đảng viên mới | 2.400 đảng viên |

Hội nghị cũng chỉ ra một số hạn chế cần khắc phục."""


def test_table_cell_with_its_own_unit() -> None:
    """A goal table whose cells write their unit after the figure ("92 triệu đồng"): each a target, scaled by its own
    unit; a range by its floor."""
    found = facts(GOAL_TABLE)
    rate = one_of(found, "8 - 8,5%")
    assert (rate.role, rate.value, rate.unit) == ("target", 8, "%")
    income = one_of(found, "92 triệu đồng")
    assert (income.role, income.value, income.unit) == ("target", 92_000_000, "VND")
    assert income.subject == "Thu nhập bình quân đầu người"
    members = one_of(found, "2.400 đảng viên")  # the last row is no sentence of the prose as well
    assert (members.role, members.value, members.unit) == ("target", 2400, "đảng viên")


def test_unit_cell_reads_only_known_units() -> None:
    assert unit_cell("khoảng 20 ha") == ((20.0, "about", False), "ha", 1)
    assert unit_cell("6 tháng đầu năm") is None  # a time, no unit
    assert unit_cell("Năm 2024") is None
    assert unit_cell("Tăng 12% so cùng kỳ") is None  # words after the figure: a note, not a unit


def test_tasks_listed_after_sau() -> None:
    """"các nhiệm vụ trọng tâm sau:" then the tasks on the lines after: their figures are goals."""
    text = ("Trong tháng 10/2024, các phòng, ban cần tập trung thực hiện các nhiệm vụ trọng tâm sau:\n"
            "- Chủ động phòng, chống thiên tai trong mùa mưa lũ.\n"
            "- Hoàn thành các tiêu chí còn lại đối với 3 xã đăng ký đạt chuẩn nông thôn mới năm 2024.\n")
    assert one(text, "3 xã").role == "target"


def test_tasks_after_sau_reporting_results_stay_results() -> None:
    text = ("Hội nghị nghe báo cáo kết quả thực hiện các nhiệm vụ trọng tâm sau:\n"
            "- Đã hỗ trợ xây mới 14 nhà cho hộ nghèo.\n")
    assert one(text, "14 nhà").role == "amount"


def test_full_course_of_doses_is_a_name() -> None:
    """"tiêm đủ 2 mũi" names the full course: no count of doses."""
    found = facts("Huyện đã tiêm vắc xin cho 48.700 người, trong đó 95,4% đã tiêm đủ 3 mũi.")
    assert [f.raw for f in found] == ["48.700 người", "95,4%"]


def test_counted_goals_adopted_then_listed() -> None:
    """"thông qua 20 chỉ tiêu ... năm 2027, trong đó ..." (the goals' clause with a comma of its own): the parts
    listed are goals, a comparison with the year before theirs included."""
    text = ("Hội nghị đã thông qua 20 chỉ tiêu phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2027, trong đó "
            "thu ngân sách tăng 8% so với năm 2026; kết nạp 60 đảng viên; 90% tổ dân phố đạt chuẩn văn minh đô thị.")
    found = facts(text)
    assert one_of(found, "20 chỉ tiêu").role == "amount"
    assert one_of(found, "8%").role == "target"
    assert one_of(found, "60 đảng viên").role == "target"
    assert one_of(found, "90%").role == "target"


def test_counted_goals_then_results_compared_with_their_own_year() -> None:
    """A comparison with the goals' own year (or none named) still reports a result."""
    text = "Năm 2026, xã đề ra 15 chỉ tiêu; trong đó thu ngân sách đạt 18 tỷ đồng, tăng 9% so với năm 2025."
    assert one(text, "18 tỷ đồng").role == "amount"
    text = ("Hội nghị đã thông qua 20 chỉ tiêu năm 2026, trong đó thu ngân sách đạt 18 tỷ đồng, tăng 9% so với "
            "năm 2026.")
    assert one(text, "18 tỷ đồng").role == "amount"


def test_goals_attained_counted_and_their_share() -> None:
    """"đạt và vượt 10/14 chỉ tiêu (đạt 71,43%)": the goals attained are counted, the share in brackets is theirs."""
    found = facts("Năm 2023, huyện thực hiện đạt và vượt 10/14 chỉ tiêu (đạt 71,43%), trong đó có 3 chỉ tiêu vượt.")
    assert one_of(found, "10/14 chỉ tiêu").subject == "chỉ tiêu đạt và vượt"
    share = one_of(found, "71,43%")
    assert (share.role, share.subject) == ("percent", "chỉ tiêu đạt và vượt")


def test_growth_with_its_own_verb_of_change_is_the_measure() -> None:
    """"..., kéo tăng trưởng 9 tháng ước giảm 2,1%": the growth is what fell, not the clause before it."""
    found = facts("Công nghiệp quý III giảm tới 8,4%, kéo tăng trưởng 9 tháng ước giảm 2,1% so với cùng kỳ.")
    fell = one_of(found, "2,1%")
    assert fell.role == "change_pct" and fell.value == -2.1
    assert fell.subject is not None and "tăng trưởng" in fell.subject and "Công nghiệp" not in fell.subject
    found = facts("Dịch bệnh kéo dài, tăng trưởng 6 tháng ước giảm 0,8% so với cùng kỳ.")
    assert one_of(found, "0,8%").subject == "tăng trưởng"


def test_other_units_counted_after_those_before() -> None:
    """"1 xã được công nhận ... và 2 xã khác đã hoàn thiện hồ sơ": "khác" is no part of what the second count names."""
    text = "Đến nay huyện có 4 xã được công nhận đạt chuẩn và 2 xã khác đã hoàn thiện hồ sơ đề nghị thẩm định."
    subject = one(text, "2 xã").subject
    assert subject is not None and "hoàn thiện hồ sơ" in subject and "khác" not in subject


def test_growth_that_rose_keeps_its_verb() -> None:
    """"dịch vụ tăng trưởng nhanh nhất với mức tăng 12,4%": the growth word is the verb here, its rate's noun after it."""
    subject = one("Năm 2024, dịch vụ tăng trưởng nhanh nhất với mức tăng 12,4%.", "12,4%").subject
    assert subject is not None and subject.lower().startswith("dịch vụ")


def test_decision_verb_is_no_part_of_what_is_counted() -> None:
    """"HĐND tỉnh cũng quyết nghị miễn học phí cho ... học sinh": the decision and "cũng" are no part of the subject."""
    subject = one("Tại kỳ họp, HĐND tỉnh cũng quyết nghị hỗ trợ giống cây trồng cho 1.850 hộ bị thiệt hại.",
                  "1.850 hộ").subject
    assert subject is not None and subject.startswith("hỗ trợ giống cây trồng")
    # a decision with no deed after it keeps its verb: the meeting's own business
    assert one("Kỳ họp quyết nghị 11 tờ trình.", "11 tờ trình").subject == "quyết nghị tờ trình"


LEAD_AND_BODY = """Phường Tân Phú đặt mục tiêu 90% tổ dân phố đạt chuẩn văn minh đô thị

(PV) - Năm 2027, Đảng bộ phường Tân Phú phấn đấu 90% tổ dân phố đạt chuẩn văn minh đô thị, giữ vững an ninh trật tự.

Ngày 28-12, Đảng bộ phường Tân Phú tổ chức hội nghị tổng kết công tác năm 2026. Năm 2026, thu ngân sách trên địa bàn đạt 640 tỉ đồng, vượt 12% dự toán.

Hội nghị đã thông qua 16 chỉ tiêu phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2027, trong đó thu ngân sách tăng 8% so với năm 2026; kết nạp 40 đảng viên; 90% tổ dân phố đạt chuẩn văn minh đô thị.
"""


def test_lead_names_the_body_figure_more_fully() -> None:
    """The lead's "phấn đấu 90% tổ dân phố đạt chuẩn văn minh đô thị" restates the body's goal: one fact, at the body's
    place, named as fully as the lead names it."""
    found = [f for f in facts(LEAD_AND_BODY) if f.value == 90]
    assert len(found) == 1
    assert found[0].role == "target"
    assert found[0].subject is not None and found[0].subject.startswith("tổ dân phố đạt chuẩn")


def test_share_of_a_count_named_by_what_it_did() -> None:
    """", trong đó 70% đang sử dụng nước sạch": the part of the count before is named by the verb after its tense word,
    not by the count's own subject."""
    found = facts("Xã có 540 hộ dân, trong đó 70% đang sử dụng nước sạch.")
    assert one_of(found, "70%").subject == "sử dụng nước sạch"
    found = facts("Huyện đã tiêm vắc xin cho 52.300 người, trong đó 97,2% đã tiêm đủ 2 mũi.")
    share = one_of(found, "97,2%")
    assert share.subject is not None and share.subject.startswith("tiêm đủ")
