"""The known misses of rounds 30-32 (misses33), as rules of the genre: one rule a test, with sentences written for
these tests."""

from __future__ import annotations

import pytest

from _sentences import PARA as _PARA
from _sentences import wrap as _wrap
from soket.extract import extract_text


def _period(text: str) -> tuple[int | None, int | None, int | None]:
    p = extract_text(text).period
    return p.year, p.start_month, p.end_month


# -- a quarter reviewed, then written again with the running months ending with it: those months -----------------

@pytest.mark.parametrize("text, period", [
    ("Chiều 2/10, Ban Chấp hành Đảng bộ huyện Tân Lập họp thường kỳ, thảo luận tình hình kinh tế - xã hội quý III "
     "và bàn nhiệm vụ quý IV năm 2019.\n\nTheo báo cáo, quý III và 9 tháng đầu năm 2019, sản xuất nông nghiệp của "
     "huyện phát triển ổn định; thu ngân sách đạt 120 tỷ đồng.", (2019, 1, 9)),
    ("Ngày 5/7, UBND xã Tân Lập họp đánh giá công tác quý II năm 2021.\n\nQuý II và 6 tháng đầu năm, tổng giá trị "
     "sản xuất đạt 310 tỷ đồng, tăng 6% so với cùng kỳ.", (2021, 1, 6)),
    # joined by a comma in the body
    ("Ngày 3/10/2022, Ban Thường vụ Huyện ủy Tân Lập họp đánh giá kết quả quý III.\n\nTheo đánh giá, quý III, 9 "
     "tháng năm 2022 tình hình kinh tế - xã hội của huyện tiếp tục ổn định.", (2022, 1, 9)),
])
def test_a_quarter_joined_later_to_its_running_months_reviews_those_months(
        text: str, period: tuple[int, int, int]) -> None:
    assert _period(text) == period


@pytest.mark.parametrize("text, period", [
    # the quarter alone: its three months
    ("Ngày 3/10/2022, Ban Thường vụ Huyện ủy Tân Lập họp đánh giá kết quả công tác quý III năm 2022.\n\nTrong quý, "
     "thu ngân sách đạt 40 tỷ đồng.", (2022, 7, 9)),
    # running months that end before the quarter does are a figure's, not the quarter's running total
    ("Ngày 3/10/2022, Ban Thường vụ Huyện ủy Tân Lập họp đánh giá kết quả công tác quý III năm 2022.\n\nQuý II và 6 "
     "tháng đầu năm, thu ngân sách đạt 80 tỷ đồng.", (2022, 7, 9)),
])
def test_a_quarter_not_joined_to_its_own_running_months_stays_the_quarter(
        text: str, period: tuple[int, int, int]) -> None:
    assert _period(text) == period


# -- a Party committee's Standing Board (Thường trực) is no Ban Thường vụ: other --------------------------------

@pytest.mark.parametrize("text", [
    "Sáng 14/4, Thường trực Tỉnh ủy Tân Lập tổ chức hội nghị giao ban với các đảng ủy trực thuộc quý I năm 2025.",
    "Chiều 8/9, Thường trực Huyện ủy Tân Lập họp nghe báo cáo tiến độ giải phóng mặt bằng các dự án trọng điểm.",
    "Ngày 2/3, Thường trực Đảng ủy xã Tân Lập tổ chức hội nghị giao ban công tác tháng 2 năm 2026.",
])
def test_a_meeting_of_the_standing_board_is_other(text: str) -> None:
    assert extract_text(text).meeting.body_kind == "other"


@pytest.mark.parametrize("text, kind", [
    # the Ban Thường vụ itself
    ("Sáng 14/4, Ban Thường vụ Tỉnh ủy Tân Lập họp đánh giá tình hình quý I năm 2025.", "standing_committee"),
    # the Standing Board chairs the executive committee's conference: the committee met
    ("Ngày 5/1/2026, Ban Chấp hành Đảng bộ xã Tân Lập tổ chức hội nghị tổng kết năm 2025.\n\nCác đồng chí Thường trực "
     "Đảng ủy xã chủ trì hội nghị.", "executive_committee"),
    # a Standing Board's deputy secretary in a title, at a council's session
    ("Ngày 10/12/2025, HĐND huyện Tân Lập tổ chức kỳ họp thứ 9. Đồng chí Lê Văn Hòa, Phó Bí thư Thường trực "
     "Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp.", "peoples_council"),
])
def test_the_standing_board_named_beside_another_body_leaves_that_body(text: str, kind: str) -> None:
    assert extract_text(text).meeting.body_kind == kind


def test_a_standing_board_numbers_no_council_session_it_prepares() -> None:
    r = extract_text("Chiều 2/12, Thường trực Huyện ủy Tân Lập họp cho ý kiến các nội dung trình kỳ họp thứ 11 "
                     "HĐND huyện.")
    assert (r.meeting.body_kind, r.meeting.session) == ("other", None)


# -- subjects ----------------------------------------------------------------------------------------------------

def _subjects(text: str) -> dict[str, str | None]:
    return {f.raw: f.subject for f in extract_text(text).facts}


def test_a_clause_opened_by_a_level_names_the_level_of_what_it_counts() -> None:
    got = _subjects("Ở cấp tỉnh, kết quả tăng mạnh so với năm học trước với 412 giải, gồm 52 giải Nhất và 96 giải Nhì.")
    assert got["412 giải"] == "giải cấp tỉnh"
    assert got["52 giải"] == "giải Nhất cấp tỉnh"


def test_a_level_opener_leaves_a_subject_that_is_no_bare_noun_alone() -> None:
    # the count's subject names the event: the level is the clause's frame, not added to it
    got = _subjects("Ở cấp huyện, học sinh toàn xã giành 36 giải.")
    assert "cấp huyện" not in (got["36 giải"] or "")


@pytest.mark.parametrize("text, first, second", [
    ("Tỷ lệ giải quyết án đạt 71,2% về việc và 35,6% về tiền.", "Tỷ lệ giải quyết án về việc",
     "Tỷ lệ giải quyết án về tiền"),
    ("Năm 2026, xã đề ra 15 chỉ tiêu, trong đó có 12 chỉ tiêu về kinh tế - xã hội và 3 chỉ tiêu về quốc phòng - an "
     "ninh.", "chỉ tiêu về kinh tế - xã hội", "chỉ tiêu về quốc phòng - an ninh"),
])
def test_two_figures_of_one_measure_in_two_aspects_name_each_aspect(text: str, first: str, second: str) -> None:
    facts = extract_text(text).facts
    assert [f.subject for f in facts[-2:]] == [first, second]


def test_a_figure_joined_with_no_aspect_of_its_own_keeps_the_shared_subject() -> None:
    got = _subjects("Tỷ lệ hộ dùng nước sạch đạt 92,5% và 96% ở khu vực đô thị.")
    assert "về" not in (got["96%"] or "")


@pytest.mark.parametrize("text, plan", [
    ("Kỳ họp thông qua nghị quyết về kế hoạch đầu tư công năm 2026 từ nguồn vốn ngân sách tỉnh hỗ trợ cho xã, với "
     "số vốn 5 tỷ đồng.", "kế hoạch đầu tư công năm 2026"),
    ("HĐND huyện thông qua nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 với tổng vốn "
     "620 tỷ đồng.", "kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025"),
])
def test_a_sum_a_plan_is_adopted_with_measures_the_plan(text: str, plan: str) -> None:
    facts = extract_text(text).facts
    assert facts[-1].subject == plan


@pytest.mark.parametrize("text, subject", [
    # a count between the plan and the sum: the sum is of what is counted, the capital noun names it
    ("Kế hoạch đầu tư công năm 2026 bố trí cho 14 công trình với tổng vốn 32 tỷ đồng.", "tổng vốn"),
    # a registered capital names its own thing
    ("Trong năm có 96 doanh nghiệp thành lập mới với tổng vốn đăng ký 410 tỷ đồng.", "tổng vốn đăng ký"),
])
def test_a_capital_noun_not_right_after_a_plan_stays(text: str, subject: str) -> None:
    assert extract_text(text).facts[-1].subject == subject


def test_a_growth_pointed_back_to_over_a_compared_period_names_that_period() -> None:
    facts = extract_text("Tổng sản phẩm trên địa bàn 9 tháng tăng 8,1%, vượt kịch bản tăng trưởng 7,8%. Mức tăng "
                         "này cao hơn nhiều so với cùng kỳ năm 2023 (tăng 5,9%).").facts
    last = facts[-1]
    assert (last.raw, last.role) == ("5,9%", "change_pct")
    assert last.subject == "Tổng sản phẩm trên địa bàn cùng kỳ năm 2023"


def test_a_bracketed_change_after_a_figure_of_its_clause_keeps_that_figure_subject() -> None:
    # the bracket restates the clause's own change: no earlier period's figure
    facts = extract_text("Diện tích gieo trồng đạt 8.120 ha, tăng 2,5% so với vụ Đông Xuân năm trước (tăng 198 ha).").facts
    assert "năm trước" not in (facts[-1].subject or "")


def test_a_bracket_a_subject_opens_closes_in_it() -> None:
    got = _subjects("Chỉ số sản xuất toàn ngành công nghiệp (IIP) quý I tăng 11,4% so với cùng kỳ.")
    assert got["11,4%"] == "Chỉ số sản xuất toàn ngành công nghiệp (IIP)"


# -- a copy wrapped at a fixed width with no blank lines: a heading filling most of its line stays on its own -----

def test_a_heading_filling_most_of_a_wrapped_line_stays_over_its_paragraph() -> None:
    from soket.ingest.typography import unwrap_lines

    head = "Sôi nổi phiên giải trình: Hơn 20 kiến nghị được cử tri quan tâm"  # 63 of 72 characters: "Phiên" fits
    after = "Phiên giải trình diễn ra thẳng thắn, dân chủ. " + _PARA
    text = "\n".join([_wrap(_PARA), head, _wrap(after), _wrap(_PARA)]) + "\n"
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert f"\n{head}\nPhiên giải trình" in out


def test_a_wrapped_line_running_on_to_a_name_still_runs_on() -> None:
    from soket.ingest.typography import unwrap_lines

    lead = ("Sáng 12/7, tại hội trường UBND huyện, HĐND huyện tổ chức kỳ họp thứ 9 do đồng chí Nguyễn Văn Hải, Chủ tịch "
            "HĐND huyện chủ trì. " + _PARA)
    text = "\n".join([_wrap(_PARA), _wrap(lead), _wrap(_PARA)]) + "\n"
    out = unwrap_lines(text)
    assert out.split("\n")[1] == lead  # "do đồng chí" / "Nguyễn Văn Hải": the line was full, the name runs on
    assert out.count("\n") == 3  # every paragraph's own lines joined
