"""Kinds found on held-out reports ex361-ex370 (issue 10, the North and the North Centre, 2014-2019 and units after
July 2025). Sentences written for these tests."""

from __future__ import annotations

from soket.extract import extract_text


def _facts(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.role, f.value, f.basis) for f in extract_text(text).facts]


# --- a level against an earlier year named by its word ------------------------------------------------------


def test_a_level_against_an_earlier_year_is_a_prior_percentage():
    facts = _facts("Sáu tháng đầu năm 2019, giá trị sản xuất nông nghiệp ước đạt 812 tỷ đồng, bằng 104,6% so với năm 2018.")
    assert ("prior_pct", 104.6, "năm 2018") in facts


def test_a_level_against_the_same_period_is_still_a_prior_percentage():
    facts = _facts("Doanh thu dịch vụ đạt 95 tỷ đồng, bằng 112% so với cùng kỳ.")
    assert ("prior_pct", 112.0, "cùng kỳ") in facts


def test_a_growth_against_an_earlier_year_stays_a_change():
    facts = _facts("Thu ngân sách trên địa bàn tăng 14% so với năm 2018.")
    assert ("change_pct", 14.0, "năm 2018") in facts


# --- goals adopted, listed after their head ------------------------------------------------------------------


def test_goals_adopted_for_the_next_year_are_targets():
    facts = _facts("Kỳ họp đã thông qua các chỉ tiêu chủ yếu của năm 2020, trong đó tốc độ tăng trưởng kinh tế 9%; "
                   "thu nhập bình quân đầu người đạt 52 triệu đồng; tạo việc làm mới cho 3.000 lao động.")
    assert [r for r, _, _ in facts] == ["target", "target", "target"]


def test_goals_set_up_to_a_year_and_listed_after_a_colon_are_targets():
    facts = _facts("Đại hội đề ra một số chỉ tiêu cụ thể đến năm 2030: tổng thu ngân sách đạt 310 tỷ đồng; "
                   "tỷ lệ hộ nghèo dưới 1%; hình thành 3 cụm công nghiệp.")
    assert [r for r, _, _ in facts] == ["target", "target", "target"]


def test_indicators_reviewed_are_no_goals():
    facts = _facts("Hội nghị đánh giá các chỉ tiêu năm 2019, trong đó thu ngân sách đạt 410 tỷ đồng.")
    assert facts[0][0] == "amount"


def test_indicators_passed_and_reached_are_no_goals():
    facts = _facts("Năm 2019, có 15 chỉ tiêu đạt và vượt kế hoạch, trong đó thu ngân sách đạt 410 tỷ đồng.")
    assert [r for r, _, _ in facts] == ["amount", "amount"]


# --- a result over its plan after a slash, and the plan in brackets -----------------------------------------


def test_a_sum_over_its_plan_after_a_slash_gives_the_plan_as_a_target():
    facts = _facts("Giá trị sản xuất công nghiệp ước đạt 812.400 triệu đồng/KH 1.650.000 triệu đồng, tăng 9% so với cùng kỳ.")
    assert [r for r, _, _ in facts] == ["amount", "target", "change_pct"]
    assert facts[0][1] == 812400000000


def test_the_plan_named_with_its_year_after_a_slash_is_the_basis_met():
    facts = _facts("Thu ngân sách: 31.870 triệu đồng/ KH năm 2016: 60.200 triệu đồng, đạt 52,9%.")
    assert facts == [("amount", 31870000000, None), ("target", 60200000000, None), ("plan_pct", 52.9, "KH năm 2016")]


def test_a_bare_result_over_its_plan_takes_the_plans_noun():
    rec = extract_text("Giải quyết việc làm: 740/KH 2016: 1.200 lao động.")
    assert [(f.role, f.value, f.unit) for f in rec.facts] == [("amount", 740, "lao động"), ("target", 1200, "lao động")]


def test_a_rate_of_money_per_person_keeps_its_slash():
    rec = extract_text("Thu nhập bình quân đạt 48 triệu đồng/người/năm.")
    assert rec.facts[0].raw == "48 triệu đồng/người/năm"


def test_the_plans_sum_in_brackets_after_its_copula_is_a_target():
    facts = _facts("Thu nhập bình quân đầu người đạt 41 triệu đồng, vượt 2,5% so với kế hoạch (kế hoạch là 40 triệu đồng).")
    assert facts[-1] == ("target", 40000000, None)


# --- the meeting's day and a goal's horizon -----------------------------------------------------------------


def test_a_bare_day_opening_the_lead_dates_the_meeting():
    rec = extract_text("Hội nghị 6 tháng đầu năm\n\nĐăng lúc: 30/06/2016 10:05\n\n29/6, UBND huyện Quỳ Hợp tổ chức hội nghị "
                       "đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2016.")
    assert rec.meeting.date == "2016-06-29"


def test_a_day_inside_a_sentence_without_its_word_dates_nothing():
    rec = extract_text("Hội nghị tổng kết\n\nNăm 2016, UBND huyện Quỳ Hợp tổ chức hội nghị tổng kết, thu 12/15 chỉ tiêu đạt.")
    assert rec.meeting.date == "2016"


def test_a_goals_horizon_is_no_period_reviewed():
    rec = extract_text("Ngày 9/8/2025, Đảng bộ phường Đông Sơn tổ chức Đại hội đại biểu lần thứ I. Đại hội đề ra các chỉ "
                       "tiêu đến năm 2030: thu nhập bình quân đầu người đạt 150 triệu đồng.")
    assert rec.period is None or rec.period.year is None
    assert rec.meeting.date == "2025-08-09"


def test_the_plan_after_a_slash_keeps_the_estimate_going():
    rec = extract_text("Giá trị sản xuất ước đạt 2.150.300 triệu đồng/KH 4.300.000 triệu đồng, tăng 8,1% so với cùng kỳ.")
    assert [(f.role, f.estimated) for f in rec.facts] == [("amount", True), ("target", False), ("change_pct", True)]


# --- a heading before a colon names what a count counts ---------------------------------------------------------


def test_a_heading_before_a_colon_names_the_count():
    rec = extract_text("Số hộ nghèo: 312 hộ, giảm 45 hộ so với năm 2016.")
    assert rec.facts[0].subject == "Số hộ nghèo"


def test_a_heading_before_a_running_total_names_it():
    rec = extract_text("Số xã đạt chuẩn nông thôn mới: lũy kế 12 xã, đạt 50%.")
    assert [f.subject for f in rec.facts] == ["Số xã đạt chuẩn nông thôn mới"] * 2


def test_a_field_opened_before_a_colon_is_no_subject_of_a_count():
    rec = extract_text("Về giáo dục: 15 trường đạt chuẩn quốc gia.")
    assert "giáo dục" not in (rec.facts[0].subject or "").lower()


# --- a bare figure in brackets after a zone's name ------------------------------------------------------------


def test_the_area_in_brackets_after_a_zones_name_is_the_zones():
    rec = extract_text("Huyện tập trung lấp đầy diện tích đã quy hoạch tại Khu công nghiệp Đông Hồi (185,3ha) và "
                       "Cụm công nghiệp Quỳnh Châu (trên 50ha).")
    assert [(f.value, f.subject) for f in rec.facts] == [(185.3, "Khu công nghiệp Đông Hồi"),
                                                         (50, "Cụm công nghiệp Quỳnh Châu")]


def test_a_bare_figure_after_another_places_name_is_still_no_fact():
    rec = extract_text("Thu ngân sách của huyện đạt 412 tỷ đồng, đứng sau thị xã Hoàng Mai (khoảng 600 tỷ đồng).")
    assert [f.value for f in rec.facts] == [412000000000]


# --- a sector listed bare between growth rates ----------------------------------------------------------------


def test_a_sector_listed_bare_between_growth_rates_grows_too():
    facts = _facts("Các ngành đều tăng: công nghiệp tăng 11,4%, thương mại - dịch vụ 9,1%, nông nghiệp tăng 2,8%.")
    assert [r for r, _, _ in facts] == ["change_pct"] * 3


def test_a_level_listed_bare_between_growth_rates_stays_a_level():
    facts = _facts("Tăng trưởng kinh tế đạt 7,5%, tỷ trọng công nghiệp 41%, thu ngân sách tăng 6%.")
    assert [r for r, _, _ in facts] == ["change_pct", "percent", "change_pct"]


# --- a count named only by its noun, the noun named before in its clause ---------------------------------------


def test_a_count_named_only_by_its_noun_takes_the_nouns_earlier_mention():
    rec = extract_text("Người có nhiều phiếu tín nhiệm cao nhất là bà Hà Thị Lan, Chủ tịch HĐND huyện, với 31 phiếu "
                       "(chiếm 88,6% phiếu bầu).")
    assert [f.subject for f in rec.facts] == ["phiếu tín nhiệm cao", "phiếu tín nhiệm cao"]


def test_a_count_with_its_own_words_keeps_them():
    rec = extract_text("Đơn vị có nhiều sáng kiến nhất là Trường THCS Hòa Bình, với 12 sáng kiến được công nhận.")
    assert rec.facts[0].subject != "sáng kiến"


def test_a_span_of_months_spelt_out_opening_the_clause_is_no_subject():
    rec = extract_text("Sáu tháng đầu năm, tốc độ tăng trưởng kinh tế của huyện ước đạt 9,8%.")
    assert rec.facts[0].subject == "tốc độ tăng trưởng kinh tế của huyện"
    rec = extract_text("Chín tháng, thu ngân sách trên địa bàn đạt 45 tỷ đồng.")
    assert rec.facts[0].subject == "thu ngân sách trên địa bàn"
