"""Rules written for the misses of held-out reports ex451-ex456 (round 26, South East and Mekong delta), each tested
on reports written for this test (invented places, names and figures): a monthly meeting whose report runs from the
year's start, a year a planning verb ("bàn") opens, a headline's figure the lead alone restates, a headline's share
of a fraction the body gives, "đạt và vượt N%" (attainment, no margin), a body reported reaching its results under a
caption naming no body, a year-only date's era, and a byline under a one-sentence sapo."""

from __future__ import annotations

from soket.extract import extract_text


def _period(text: str) -> tuple[int | None, int | None, int | None]:
    p = extract_text(text).period
    return p.year, p.start_month, p.end_month


def _facts(text: str) -> list[tuple[str, str, float | None]]:
    return [(f.raw, f.role, f.value) for f in extract_text(text).facts]


def test_monthly_meeting_reporting_from_the_years_start_reviews_january_on() -> None:
    text = ("Huyện Tân Lập: Thu ngân sách tăng 30% so với cùng kỳ\n"
            "Sáng 29/9, UBND huyện Tân Lập họp thường kỳ tháng 9/2018 để đánh giá kết quả phát triển kinh tế - xã hội, "
            "đồng thời bàn các giải pháp hoàn thành các nhiệm vụ năm 2018.\n"
            "Theo báo cáo, đến nay tổng giá trị sản xuất trên địa bàn đạt 71% kế hoạch năm. Thu ngân sách 150 tỷ "
            "đồng, tăng 30% so với cùng kỳ.\n"
            "Trong quý IV, huyện tập trung hoàn thành các chỉ tiêu còn lại của năm 2018.\n")
    assert _period(text) == (2018, 1, 9)


def test_monthly_meeting_reviewing_its_month_keeps_it() -> None:
    text = ("Sáng 29/9, UBND huyện Tân Lập họp thường kỳ tháng 9/2018 để đánh giá kết quả thực hiện nhiệm vụ trong "
            "tháng. Từ đầu năm, thu ngân sách được 150 tỷ đồng.\n")
    assert _period(text) == (2018, 9, 9)


def test_monthly_meeting_giving_its_months_figures_reviews_that_month() -> None:
    # the month's own figures in a clause the month opens: the figures from the year's start are running totals
    for lead in ("Trong tháng 9, thu ngân sách được 12 tỷ đồng; từ đầu năm, huyện thu 150 tỷ đồng.",
                 "Đến nay, huyện thu 150 tỷ đồng, riêng tháng 9 thu được 12 tỷ đồng.",
                 "Tháng 9, thu ngân sách được 12 tỷ đồng; từ đầu năm đến nay, huyện thu 150 tỷ đồng."):
        assert _period(f"Sáng 5/10, UBND huyện Tân Lập họp thường kỳ tháng 9/2018. {lead}\n") == (2018, 9, 9), lead
    # the month to come ("Trong tháng tới, ...") is no month reviewed
    text = ("Sáng 5/10, UBND huyện Tân Lập họp thường kỳ tháng 9/2018. Đến nay, huyện thu ngân sách 150 tỷ đồng. "
            "Trong tháng tới, huyện tập trung thu ngân sách.\n")
    assert _period(text) == (2018, 1, 9)


def test_a_year_planned_after_ban_is_no_period() -> None:
    # a monthly meeting that discusses how to finish the year's tasks reviews its month, not the year
    text = ("Sáng 29/9, UBND huyện Tân Lập họp thường kỳ tháng 9/2018, bàn các giải pháp hoàn thành các nhiệm vụ năm "
            "2018. Trong tháng 9, thu ngân sách đạt 15 tỷ đồng.\n")
    assert _period(text) == (2018, 9, 9)
    # a headline's goal year run into the teaser under it (no blank line): the half the teaser reviews
    text = ("Tân Lập: bàn giải pháp về đích năm 2025 Hội nghị Ban Thường vụ Tỉnh ủy Tân Lập sơ kết nửa đầu năm.\n"
            "Ngày 10/7/2025, Ban Thường vụ Tỉnh ủy Tân Lập họp sơ kết công tác. Thu ngân sách đạt 4.100 tỷ đồng, bằng "
            "55% dự toán.\n")
    assert _period(text) == (2025, 1, 6)


def test_headline_figure_the_lead_restates_is_one_fact() -> None:
    text = ("Phường Tân Lập: 9 tháng thu ngân sách đạt gần 120% dự toán\n\n"
            "Tổng thu ngân sách 9 tháng của phường Tân Lập đạt 840 tỷ đồng, bằng gần 120% dự toán giao.\n\n"
            "Ngày 30-9, Đảng ủy phường Tân Lập tổ chức hội nghị sơ kết nhiệm vụ 9 tháng đầu năm 2025. Đảng bộ phường "
            "có 1.250 đảng viên.\n")
    raws = [r for r, _, _ in _facts(text)]
    assert raws.count("gần 120%") == 1
    assert "840 tỷ đồng" in raws


def test_headline_share_of_a_body_fraction_is_the_bodys_figure() -> None:
    text = ("Xã Tân Lập thực hiện đạt và vượt 100% chỉ tiêu nghị quyết\n\n"
            "Năm 2024, UBND xã Tân Lập thực hiện đạt và vượt 16/16 chỉ tiêu nghị quyết phát triển kinh tế - xã hội. "
            "Thu ngân sách đạt hơn 40 tỷ đồng.\n")
    facts = _facts(text)
    assert not any(r == "100%" for r, _, _ in facts)
    assert ("16/16 chỉ tiêu", "amount", 16) in facts


def test_reaching_and_beating_a_plan_by_a_percentage_is_its_attainment() -> None:
    facts = _facts("Năm 2023, thị xã Tân Lập đạt và vượt 100% kế hoạch thu ngân sách; riêng thu nội địa vượt 8% dự toán.")
    assert ("100%", "plan_pct", 100) in facts
    assert ("8%", "plan_diff_pct", 8) in facts  # a bare "vượt" still beats the plan by its figure
    facts = _facts("Năm 2023, thị xã Tân Lập thu ngân sách đạt và vượt 6% dự toán.")
    assert ("6%", "plan_diff_pct", 6) in facts  # under 100: the margin, not the attainment


def test_body_reaching_its_results_under_a_bare_caption_is_the_one_that_met() -> None:
    text = ("Xã Tân Lập hoàn thành các chỉ tiêu năm 2025\n\n"
            "Quang cảnh hội nghị.\n\n"
            "Năm 2025, UBND xã Tân Lập thực hiện đạt 17/18 chỉ tiêu nghị quyết; thu ngân sách đạt hơn 35 tỷ đồng.\n")
    m = extract_text(text).meeting
    assert m.body_kind == "peoples_committee"
    assert m.locality == "Tân Lập"


def test_year_only_date_takes_the_era_of_the_months_reviewed() -> None:
    # "Châu Phong": three communes before July 2025 (An Giang, and others), one after it (An Giang); a review of the
    # twelve months of 2025 is held after the reorganisation, so the commune is the one after it
    text = ("Quang cảnh hội nghị.\n\n"
            "Năm 2025, UBND xã Châu Phong thực hiện đạt và vượt 18/18 chỉ tiêu nghị quyết; thu ngân sách đạt hơn 200 "
            "tỷ đồng.\n")
    m = extract_text(text).meeting
    assert (m.locality, m.locality_kind, m.province) == ("Châu Phong", "xã", "An Giang")


def test_byline_over_a_date_line_under_a_one_sentence_sapo() -> None:
    text = ("Huyện Tân Lập: Giá trị sản xuất công nghiệp tăng 9%\n\n"
            "Ngày 20/12, HĐND huyện Tân Lập khóa IV tổ chức kỳ họp thứ 12.\n\n"
            "Minh Hà\n"
            "21/12/2019 08:15\n"
            "Năm 2019, giá trị sản xuất công nghiệp của huyện đạt 3.200 tỷ đồng, tăng 9% so với năm 2018; thu ngân "
            "sách trên địa bàn đạt 410 tỷ đồng, vượt dự toán.\n")
    assert extract_text(text).authors == ["Minh Hà"]
