"""The known misses of rounds 30-32 (misses33), as rules of the genre: one rule a test, with sentences written for
these tests."""

from __future__ import annotations

import pytest

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
