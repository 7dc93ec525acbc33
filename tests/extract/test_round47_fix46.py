"""Issue 10 (fix46): round 46's misses, read by rules of the genre. A count's noun joined to a second counted noun by a
conjunction counts both; a person acting, named by a word of address (and the body spoken for), is no part of what a
count counts; what occurred is named before a time opening the verb's clause; a dose, a floor named by a number are no
counts; the first months of what began in the year are no period; a mid-term review's figure spans are no period; the
co-chairs listed after "Cùng đồng chủ trì có"; a name after "UBND tỉnh" that is no province is a person's. Sentences of
the genre invented here."""

from __future__ import annotations

from _sentences import facts, one
from soket.extract.pipeline import extract_text

LEAD = "Sáng 12/7, HĐND huyện Tân Phú tổ chức kỳ họp thứ 5 đánh giá kết quả 6 tháng đầu năm 2024. "


def test_second_counted_noun_joined_by_and_is_counted_too() -> None:
    f = one(LEAD + "Toàn huyện có trên 300 hộ và cơ sở sản xuất, kinh doanh.", "trên 300 hộ")
    assert f.subject is not None and f.subject.startswith("hộ và cơ sở")


def test_second_noun_with_a_name_is_one_thing_named() -> None:
    f = one(LEAD + "Xã xây mới 8 phòng học và nhà đa năng Trường Mầm non Tân Lập.", "8 phòng học")
    assert f.subject is not None and "nhà đa năng" not in f.subject


def test_second_count_with_its_own_figure_stays_apart() -> None:
    found = facts(LEAD + "Huyện hỗ trợ 250 hộ và 3 doanh nghiệp bị thiệt hại do bão.")
    assert {f.raw for f in found} >= {"250 hộ", "3 doanh nghiệp"}


def test_person_acting_for_a_body_is_no_part_of_the_count() -> None:
    f = one(LEAD + "Bà Trần Thị Lan thay mặt UBND huyện trình bày 5 tờ trình về ngân sách.", "5 tờ trình")
    assert f.subject is not None and "Lan" not in f.subject and "tờ trình" in f.subject


def test_person_by_title_of_address_alone_too() -> None:
    f = one(LEAD + "Đồng chí Nguyễn Văn An trao 50 suất quà cho hộ nghèo.", "50 suất quà")
    assert f.subject is not None and "An" not in f.subject.split()


def test_lowercase_after_address_word_is_no_person() -> None:
    f = one(LEAD + "Bà con nông dân đã gieo cấy 300 ha lúa.", "300 ha")
    assert f.subject is not None and "lúa" in f.subject


def test_occurrence_named_before_a_time() -> None:
    f = one(LEAD + "Riêng bệnh lở mồm long móng, đến nay đã xuất hiện tại 12 xã, thị trấn thuộc 3 huyện.",
            "12 xã, thị trấn")
    assert f.subject is not None and f.subject.startswith("bệnh lở mồm long móng")


def test_dose_number_is_no_count() -> None:
    found = facts(LEAD + "Đến cuối tháng 6, huyện đã tiêm mũi 2 vắc xin cho 5.000 người.")
    assert [f.raw for f in found if f.raw.startswith("2 ")] == []
    assert one(LEAD + "Đến cuối tháng 6, huyện đã tiêm mũi 2 vắc xin cho 5.000 người.", "5.000 người").subject


def test_floor_number_is_no_count() -> None:
    found = facts("Sáng 8/7, tại phòng họp gác 2 trụ sở UBND xã, HĐND xã Tân Lập tổ chức kỳ họp thứ 9.")
    assert [f.raw for f in found if "trụ sở" in f.raw] == []
    assert one(LEAD + "Năm nay huyện đầu tư hạ tầng 45 tỷ đồng.", "45 tỷ đồng").value == 45e9


def test_first_months_of_what_began_are_no_period() -> None:
    r = extract_text("Sáng 8/10/2025, UBND tỉnh Tân Lập họp thường kỳ, nghe báo cáo tổng kết 3 tháng đầu tiên "
                     "vận hành mô hình chính quyền địa phương 2 cấp và tình hình kinh tế - xã hội 9 tháng năm 2025.")
    assert r.period is not None and (r.period.start_month, r.period.end_month) == (1, 9)


def test_first_months_of_the_year_stay_one() -> None:
    r = extract_text("Sáng 5/4, UBND huyện Tân Lập họp đánh giá tình hình kinh tế - xã hội 3 tháng đầu tiên của năm 2024.")
    assert r.period is not None and (r.period.year, r.period.start_month, r.period.end_month) == (2024, 1, 3)


def test_mid_term_review_figure_span_is_no_period() -> None:
    r = extract_text("Ngày 20/10, Ban Thường vụ Tỉnh ủy Tân Lập tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị "
                     "quyết Đại hội Đảng bộ tỉnh. Tổng sản phẩm năm 2021 tăng 7,1%, năm 2022 tăng 6,8%, 6 tháng đầu "
                     "năm 2023 tăng 6,2%.")
    assert r.period is None or r.period.start_month is None


def test_co_chairs_listed_after_semicolon() -> None:
    r = extract_text("Chiều 5/11, UBND tỉnh Tân Lập tổ chức phiên họp thành viên tháng 10. Ông Nguyễn Văn Bình, Chủ tịch "
                     "UBND tỉnh chủ trì phiên họp. Cùng đồng chủ trì có ông Trần Văn Hòa, Phó Bí thư Tỉnh ủy; các Phó "
                     "Chủ tịch UBND tỉnh Lê Thanh Nghị và Phạm Thị Lan.")
    assert set(r.meeting.chairs or []) == {"Nguyễn Văn Bình", "Trần Văn Hòa", "Lê Thanh Nghị", "Phạm Thị Lan"}


def test_bare_first_half_at_mid_year_session_is_reviewed() -> None:
    r = extract_text("Ngày 12/7/2023, HĐND tỉnh Tân Lập khai mạc kỳ họp thứ 6 – kỳ họp thường lệ giữa năm. Ông Lê Văn "
                     "Hải trình bày báo cáo tình hình 6 tháng và nhiệm vụ, giải pháp 6 tháng cuối năm 2023. Theo báo "
                     "cáo, 6 tháng năm 2023 tốc độ tăng trưởng kinh tế của tỉnh ước đạt 6,5%.")
    assert r.period is not None and (r.period.year, r.period.start_month, r.period.end_month) == (2023, 1, 6)


def test_report_stamp_line_is_no_meeting_day() -> None:
    r = extract_text("TRANG THÔNG TIN ĐIỆN TỬ\n\nCập nhật 15:20 ngày 14/07/2023\n\nHĐND tỉnh Tân Lập khai mạc kỳ họp "
                     "thứ 6\n\nĐăng ngày 15/07/2023 bởi quantri\n\nNgày 14/7/2023, HĐND tỉnh Tân Lập khai mạc kỳ họp "
                     "thứ 6 – kỳ họp thường lệ giữa năm, đánh giá tình hình 6 tháng đầu năm 2023.\n")
    assert r.meeting.date == "2023-07-14"


def test_spaced_thousands_opening_a_wrapped_line_goes_on() -> None:
    from _sentences import wrapped_copy

    text = wrapped_copy("Tổng giá trị sản xuất các ngành của huyện ước đạt",
                        "12. 968 tỷ đồng, tăng 6,4% so với năm trước, vượt kế hoạch đã đề ra.")
    f = one(text, "12. 968 tỷ đồng")
    assert f.value == 12968e9 and f.subject is not None and "giá trị sản xuất" in f.subject


def test_goal_rate_in_brackets_after_a_rate_missed() -> None:
    f = one(LEAD + "Năm nay tốc độ tăng trưởng kinh tế của huyện ước đạt 7,15%, thấp hơn chỉ tiêu Nghị quyết đề ra (8%).",
            "8%")
    assert f.role == "target" and f.subject is not None and "chỉ tiêu" in f.subject


def test_plan_reached_in_brackets_stays_the_plans_share() -> None:
    f = one(LEAD + "Thu ngân sách được 412 tỷ đồng, chưa đạt dự toán (85,2%).", "85,2%")
    assert f.role == "plan_pct"


def _page(description: str, lead: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><meta name="description" content="{description}"><title>UBND tỉnh họp '
            f'đánh giá tình hình kinh tế - xã hội tháng 10</title></head><body><h1>UBND tỉnh họp đánh giá tình hình kinh '
            f'tế - xã hội tháng 10</h1><p>{lead}</p><p>Tổng thu ngân sách trong tháng đạt 516 tỷ đồng; cộng dồn 10 '
            f'tháng thu được 10.610 tỷ đồng, đạt 102,6% dự toán.</p></body></html>').encode()


def test_page_summary_names_the_running_months_of_a_monthly_meeting() -> None:
    from soket.extract import extract_document
    from soket.ingest.html import html_to_document

    lead = ("Sáng ngày 26/10/2022, Chủ tịch UBND tỉnh Tân Lập chủ trì hội nghị đánh giá tình hình kinh tế - xã hội "
            "tháng 10, triển khai nhiệm vụ tháng 11 năm 2022.")
    said = extract_document(html_to_document(_page(
        "Sáng ngày 26/10, UBND tỉnh đánh giá tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2022.", lead)))
    assert (said.period.start_month, said.period.end_month) == (1, 10)
    figure = extract_document(html_to_document(_page("Thu ngân sách 10 tháng đạt 102,6% dự toán", lead)))
    assert (figure.period.start_month, figure.period.end_month) == (10, 10)
