"""Meeting metadata and period missed on held-out reports (round 30, meta30): one rule a test, with sentences of
the genre written for these tests."""

from __future__ import annotations

import pytest

from soket.extract import extract_text


def _period(text: str) -> tuple[int | None, int | None, int | None]:
    p = extract_text(text).period
    return p.year, p.start_month, p.end_month


# -- a Party body of an organ ("Đảng ủy UBND xã") is a Party body ------------------------------------------------


@pytest.mark.parametrize("body", ["Đảng ủy UBND xã Tân Lập", "Đảng bộ UBND xã Tân Lập", "Chi bộ UBND xã Tân Lập",
                                  "Đảng ủy Ủy ban nhân dân xã Tân Lập"])
def test_a_party_body_of_the_peoples_committee_is_a_party_body(body):
    text = f"Chiều 15/1, {body} tổ chức hội nghị tổng kết công tác xây dựng Đảng, xây dựng chính quyền năm 2025."
    m = extract_text(text).meeting
    assert (m.body_kind, m.locality, m.locality_kind) == ("executive_committee", "Tân Lập", "xã")


def test_the_party_delegation_of_a_council_is_a_party_body():
    text = "Sáng 8/1, Đảng đoàn HĐND tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác năm 2025."
    assert extract_text(text).meeting.body_kind == "executive_committee"


@pytest.mark.parametrize("text, kind", [
    # the people's committee itself
    ("Chiều 15/1, UBND xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2025.", "peoples_committee"),
    # a Party committee and the people's committee, listed: a joint meeting, as before
    ("Chiều 15/1, Đảng ủy, UBND xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2025.", "other"),
    # the Party committee's secretary chairs the people's committee's meeting
    ("Chiều 15/1, UBND xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2025. Ông Nguyễn Văn An, Bí thư Đảng ủy xã "
     "chủ trì hội nghị.", "peoples_committee"),
    # the standing committee of the Party committee of the organ
    ("Chiều 15/1, Ban Thường vụ Đảng ủy UBND tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác năm 2025.",
     "standing_committee"),
])
def test_near_neighbours_of_the_party_body_of_an_organ(text, kind):
    assert extract_text(text).meeting.body_kind == kind


# -- a monthly meeting whose report gives running figures reviews the months from January ----------------------


MONTHLY = "Ngày 5/11/2025, UBND huyện Tân Lập tổ chức phiên họp thường kỳ tháng 10, kết nối trực tuyến đến 20 xã."


def test_a_monthly_meeting_with_running_figures_reviews_from_january():
    text = (f"{MONTHLY} Báo cáo của Phòng Tài chính cho thấy nhiều chỉ tiêu tăng khá. Chỉ số sản xuất công nghiệp "
            "10 tháng tăng 12,5%. Thu ngân sách 10 tháng ước đạt 800 tỷ đồng, bằng 90% dự toán.")
    assert _period(text) == (2025, 1, 10)


@pytest.mark.parametrize("figures", [
    # the month's own figure beside its running total
    "Thu ngân sách tháng 10 ước đạt 80 tỷ đồng, 10 tháng đạt 800 tỷ đồng.",
    # a running-total word before the months
    "Thu ngân sách ước đạt 80 tỷ đồng, lũy kế 10 tháng đạt 800 tỷ đồng.",
    # the month's figures opening their clause
    "Trong tháng 10, thu ngân sách ước đạt 80 tỷ đồng. Chỉ số sản xuất công nghiệp 10 tháng tăng 12,5%.",
    # the months left in the year, planned
    "Các xã dồn sức cho 2 tháng còn lại của năm.",
])
def test_a_monthly_meeting_with_its_own_months_figures_reviews_its_month(figures):
    assert _period(f"{MONTHLY} {figures}") == (2025, 10, 10)


def test_a_monthly_meeting_that_reviews_its_month_keeps_it_beside_running_figures():
    text = ("Ngày 5/11/2025, UBND huyện Tân Lập tổ chức phiên họp thường kỳ tháng 10 nhằm đánh giá kết quả thực hiện "
            "nhiệm vụ trong tháng. Chỉ số sản xuất công nghiệp 10 tháng tăng 12,5%.")
    assert _period(text) == (2025, 10, 10)


# -- a year's goal is no period reviewed; a year-end review held in January is held the year after -------------------


def test_a_years_goal_opening_the_report_is_no_period_reviewed():
    text = ("Năm 2026, phường Tân Hòa (TPHCM) đặt mục tiêu giải quyết đúng hạn trên 95% hồ sơ hành chính.\n\n"
            "Sáng 29-1, Đảng ủy phường Tân Hòa tổ chức họp mặt kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam "
            "(3-2-1930 – 3-2-2026), kết hợp tổng kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026.")
    r = extract_text(text)
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2025, 1, 12)
    assert r.meeting.date == "2026-01-29"


@pytest.mark.parametrize("verb", ["phấn đấu kết nạp 20 đảng viên", "đề ra mục tiêu thu ngân sách 50 tỷ đồng"])
def test_other_goal_verbs_after_the_year_and_its_body(verb):
    text = (f"Năm 2026, Đảng bộ xã Tân Lập {verb}.\n\n"
            "Chiều 12-1, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2025.")
    assert _period(text) == (2025, 1, 12)


def test_a_years_results_opening_the_report_are_its_review():
    # a result's verb after the year and its body: the year reviewed, as before
    text = ("Năm 2025, xã Tân Lập đạt 18/18 chỉ tiêu kế hoạch.\n\n"
            "Chiều 12-1-2026, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết, triển khai nhiệm vụ năm 2026.")
    assert _period(text) == (2025, 1, 12)
