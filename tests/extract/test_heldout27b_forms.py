"""Round 27 (heldout27b): forms of the genre that the first sight of ex463-ex468 showed unread, each in sentences
written for this test (none copied from the held-out reports): a year-end session reviews its own year, not the
year it plans; a box's heading in capitals under an article is no byline (a byline's full name opens with a family
name); a fraction the lead gives and the report restates is one fact; a bare "đạt N%" after a sibling clause that
reached a percentage of its plan reaches the same plan; a verb alone after a comma shares its clause's subject, the
list before it being the object of the clause's verb; a resolution "với" its goals listed after a colon sets targets;
a group noun counts the word of two syllables it groups."""

from __future__ import annotations

import pytest

from soket.extract import extract_text
from soket.extract.people import byline_names

from . import fact_with_raw as _fact

YEAR_END = ("Chiều 9/12, Kỳ họp thứ 11 – kỳ họp thường lệ cuối năm 2024 của HĐND tỉnh Ninh Thuận khóa XI bế mạc sau "
            "ba ngày làm việc, tạo tiền đề cho sự phát triển của năm 2025 và giai đoạn 2026 – 2030. "
            "Kỳ họp thông qua 18 nghị quyết.")


def test_a_year_end_session_reviews_its_own_year_not_the_one_it_plans() -> None:
    r = extract_text(YEAR_END)
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2024, 1, 12)
    assert r.meeting.date == "2024-12-09"


def test_a_session_naming_no_year_end_keeps_the_year_it_names() -> None:
    r = extract_text("Ngày 5/7, HĐND huyện Cam Lâm tổ chức kỳ họp thứ 9 đánh giá kết quả năm 2024 và "
                     "nhiệm vụ năm 2025. Thu ngân sách đạt 410 tỷ đồng.")
    assert r.period.year == 2024


@pytest.mark.parametrize(("line", "names"), [
    ("THÔNG TIN CẦN BIẾT", []),
    ("TIN BÀI LIÊN QUAN KHÁC", []),
    ("NGUYỄN THU HÀ", ["Nguyễn Thu Hà"]),
    ("ANH DŨNG", ["Anh Dũng"]),
    ("UÔNG THỊ PHƯỢNG", ["Uông Thị Phượng"]),
    ("Trần Văn Minh - Thu Hà", ["Trần Văn Minh", "Thu Hà"]),
])
def test_a_byline_full_name_opens_with_a_family_name(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


def test_a_box_heading_under_the_article_is_no_author() -> None:
    page = ("Ngày 12/12, HĐND huyện Ninh Phước tổ chức kỳ họp thứ 10. Năm 2024, thu ngân sách đạt 95 tỷ đồng, "
            "bằng 104% dự toán.\n\nLIÊN KẾT HỮU ÍCH KHÁC\n\nĐường dây nóng tiếp nhận phản ánh")
    assert extract_text(page).authors == []


def test_a_fraction_the_lead_gives_and_the_report_restates_is_one_fact() -> None:
    page = ("Phường Tuy Hòa hoàn thành 18/20 chỉ tiêu năm 2025\n\n"
            "(PYO)- Năm 2025, phường Tuy Hòa hoàn thành 18/20 chỉ tiêu Nghị quyết đề ra, tạo đà cho năm 2026.\n\n"
            "Chiều 15-12, Ban Chấp hành Đảng bộ phường Tuy Hòa tổ chức hội nghị lần thứ 3 đánh giá nhiệm vụ năm 2025. "
            "Theo báo cáo, phường đã hoàn thành 18/20 chỉ tiêu Nghị quyết đề ra; thu ngân sách đạt 212 tỷ đồng.")
    r = extract_text(page)
    assert [f.raw for f in r.facts].count("18/20 chỉ tiêu") == 1
    # a different whole is another fact
    r = extract_text(page.replace("phường đã hoàn thành 18/20", "phường đã hoàn thành 18/22"))
    assert [f.raw for f in r.facts].count("18/20 chỉ tiêu") == 1
    assert "18/22 chỉ tiêu" in [f.raw for f in r.facts]


SIBLING = "Thu ngân sách trên địa bàn năm 2023 đạt 104,2% dự toán, chi ngân sách địa phương đạt 96,8%."


def test_a_bare_attainment_after_a_sibling_that_reached_its_plan_reaches_that_plan() -> None:
    f = _fact(SIBLING, "96,8%")
    assert (f.role, f.basis, f.subject) == ("plan_pct", "dự toán", "chi ngân sách địa phương")


@pytest.mark.parametrize("text", [
    # a rate or a share is its own measure
    "Thu ngân sách đạt 104,2% dự toán, tỷ lệ hộ nghèo đạt 3,1%.",
    # the sibling names no plan
    "Thu ngân sách đạt 104,2%, chi ngân sách đạt 96,8%.",
    # the sibling reached its figure by another verb
    "Thu ngân sách vượt 4,2% dự toán, chi ngân sách đạt 96,8%.",
])
def test_a_bare_attainment_without_a_sibling_plan_stays_a_percent(text: str) -> None:
    raw = "96,8%" if "96,8%" in text else "3,1%"
    assert _fact(text, raw).role == "percent"


def test_a_verb_alone_after_a_list_shares_the_clause_subject() -> None:
    text = ("Ngành thương mại - dịch vụ tiếp tục phát triển theo hướng văn minh, hiện đại, bền vững, tăng 9,4% "
            "so với năm trước.")
    assert _fact(text, "9,4%").subject == "Ngành thương mại - dịch vụ"
    # a verb with its own subject in its piece keeps it
    g = _fact("Kinh tế của huyện tiếp tục phát triển, thu ngân sách đạt 400 tỷ đồng.", "400 tỷ đồng")
    assert g.subject == "thu ngân sách"


def test_a_resolution_with_its_goals_listed_after_a_colon_sets_targets() -> None:
    text = ("Kỳ họp đã thông qua 16 nghị quyết; trong đó có Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm "
            "2026 với nhiều chỉ tiêu quan trọng: tổng sản phẩm tăng 8,5%, thu nhập bình quân đầu người đạt 72 triệu "
            "đồng, tỷ lệ hộ nghèo giảm còn 1,5%.")
    for raw in ("8,5%", "72 triệu đồng", "1,5%"):
        assert _fact(text, raw).role == "target"
    assert _fact(text, "16 nghị quyết").role == "amount"
    # a resolution's results reported after "đạt" are results
    done = ("Kết quả đạt được theo Nghị quyết năm 2025 với các chỉ tiêu chủ yếu: tổng sản phẩm tăng 7,2%, "
            "thu ngân sách 310 tỷ đồng.")
    assert _fact(done, "310 tỷ đồng").role == "amount"


def test_a_group_noun_counts_the_word_of_two_syllables_it_groups() -> None:
    text = "Chủ tịch UBND tỉnh đề nghị các ngành tập trung triển khai 7 nhóm nhiệm vụ trọng tâm của năm 2026."
    assert _fact(text, "7 nhóm nhiệm vụ").unit == "nhóm nhiệm vụ"


def test_a_year_end_session_naming_no_year_reviews_the_year_of_its_date() -> None:
    r = extract_text("Chiều 10/12/2025, Kỳ họp thứ 7 – kỳ họp thường lệ cuối năm của HĐND huyện Krông Nô bế mạc, "
                     "tạo nền tảng cho sự phát triển của năm 2026 và giai đoạn 2026 – 2030. Kỳ họp thông qua 12 nghị quyết.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2025, 1, 12)


def test_a_resolution_goals_after_a_comma_and_trong_do_are_targets_results_stay() -> None:
    lead = "Ngày 10/12/2025, HĐND tỉnh Đắk Nông tổ chức kỳ họp thứ 9 đánh giá kinh tế - xã hội năm 2025. "
    planned = lead + ("HĐND tỉnh thông qua Nghị quyết về nhiệm vụ năm 2026, trong đó có các chỉ tiêu chủ yếu: GRDP tăng "
                      "8%, thu ngân sách 5.000 tỷ đồng.")
    assert [f.role for f in extract_text(planned).facts] == ["target", "target"]
    reviewed = lead + ("Kỳ họp đánh giá kết quả thực hiện Nghị quyết năm 2025, trong đó có các chỉ tiêu: GRDP tăng 7%, "
                       "thu ngân sách 4.000 tỷ đồng.")
    assert "target" not in [f.role for f in extract_text(reviewed).facts]


def test_a_bare_attainment_after_its_own_amount_reaches_the_sibling_plan() -> None:
    text = ("Thu ngân sách nhà nước đạt 310 tỷ đồng, đạt 105% dự toán tỉnh giao, chi ngân sách 290 tỷ đồng, "
            "đạt 98%.")
    f = _fact(text, "98%")
    assert (f.role, f.basis) == ("plan_pct", "dự toán tỉnh giao")
    # a sibling that changed against an earlier period names no plan: the bare figure stays a percent
    g = _fact("Thu ngân sách đạt 310 tỷ đồng, tăng 5% so với cùng kỳ, chi ngân sách 290 tỷ đồng, đạt 98%.", "98%")
    assert g.role == "percent"


@pytest.mark.parametrize(("text", "period"), [
    ("Ngày 14/1/2026, Đảng ủy xã Hòa Phú tổ chức hội nghị tổng kết năm, triển khai nhiệm vụ năm 2026. "
     "Thu ngân sách đạt 12 tỷ đồng.", (2025, 1, 12)),
    # a school year goes on past the word: no bare year-end review
    ("Ngày 20/12/2025, Đảng ủy xã Hòa Phú dự lễ tổng kết năm học 2024-2025 của trường. Trao 30 suất học bổng.",
     (None, None, None)),
])
def test_a_bare_year_end_review_at_a_january_meeting_reviews_the_year_before(
        text: str, period: tuple[int | None, int | None, int | None]) -> None:
    r = extract_text(text)
    assert (r.period.year, r.period.start_month, r.period.end_month)[1:] == period[1:]
    if period[0] is not None:
        assert r.period.year == period[0]
