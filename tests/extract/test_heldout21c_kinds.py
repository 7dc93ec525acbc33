"""Kinds found on held-out reports ex351-ex360 (issue 10, the South): figures bounded on one side, items of a
list a verb of change opens, ...
Sentences written for these tests."""

from __future__ import annotations

from soket.extract import extract_text

# --- a figure bounded on one side is a goal ---------------------------------------------------------------


def test_a_growth_rate_bounded_below_is_a_goal():
    facts = extract_text("Thành phố bám sát kịch bản tăng trưởng kinh tế từ 9,5% trở lên trong năm 2026.").facts
    assert [(f.role, f.value) for f in facts] == [("target", 9.5)]


def test_a_rate_bounded_above_is_a_goal():
    facts = extract_text("Xã kiên trì giữ tỷ lệ hộ nghèo ở mức 2% trở xuống.").facts
    assert [(f.role, f.value) for f in facts] == [("target", 2)]


def test_a_rate_stated_as_a_point_stays_a_result():
    facts = extract_text("Tốc độ tăng trưởng kinh tế của xã đạt 9,5%, tỷ lệ hộ nghèo còn 2%.").facts
    assert [f.role for f in facts] == ["change_pct", "percent"]


# --- items of a list a verb of change opens, each with its percentage in brackets ------------------------


def test_items_listed_after_a_verb_of_increase_each_have_their_change():
    facts = extract_text("Nhiều mặt hàng chủ lực tăng mạnh như tôm đông lạnh (24%), gạo (11,2%), may mặc (6%).").facts
    assert [(f.role, f.value, f.subject) for f in facts] == [
        ("change_pct", 24, "tôm đông lạnh"), ("change_pct", 11.2, "gạo"), ("change_pct", 6, "may mặc")]


def test_items_listed_after_a_verb_of_decrease_fall():
    facts = extract_text("Một số sản phẩm giảm so với cùng kỳ, nhất là phân bón (15%), xi măng (9,4%).").facts
    assert [(f.role, f.value) for f in facts] == [("change_pct", -15), ("change_pct", -9.4)]


def test_a_bracketed_share_in_a_list_without_a_verb_of_change_stays_a_share():
    facts = extract_text("Cơ cấu kinh tế gồm các ngành như dịch vụ (52%), công nghiệp (30%).").facts
    assert [f.role for f in facts] == ["percent", "percent"]


# --- a quarter left is planned; a review held is a meeting -------------------------------------------------


def test_the_quarter_left_is_no_period_reviewed_at_a_monthly_meeting():
    rec = extract_text("Chiều 12-7, UBND tỉnh Hậu Giang tổ chức phiên họp thường kỳ tháng 6-2024. Chủ tịch UBND tỉnh "
                       "yêu cầu trong quý III còn lại các ngành phải đẩy nhanh giải ngân.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 6, 6)


def test_a_review_held_with_no_meeting_noun_is_the_body_s_meeting():
    rec = extract_text("UBND huyện Thạnh Phú vừa tổ chức tổng kết tình hình thực hiện nhiệm vụ phát triển kinh tế - "
                       "xã hội năm 2017, triển khai nhiệm vụ năm 2018.")
    assert rec.meeting.body_kind == "peoples_committee"
    assert rec.meeting.locality == "Thạnh Phú"


# --- the plan compared with, then the figure alone in brackets --------------------------------------------


def test_a_bare_percentage_in_brackets_after_the_plan_compared_with_is_its_attainment():
    facts = extract_text("Giải ngân vốn đầu tư công còn chậm so với kế hoạch (41,2%), nhất là các dự án chuyển tiếp.").facts
    assert [(f.role, f.value, f.basis) for f in facts] == [("plan_pct", 41.2, "kế hoạch")]


def test_a_bracketed_change_after_a_comparison_with_the_same_period_stays_a_change():
    facts = extract_text("Kim ngạch xuất khẩu đạt 320 triệu USD, tăng so với cùng kỳ (tăng 6,1%).").facts
    assert [f.role for f in facts] == ["amount", "change_pct"]


# --- a thing that occurred, counted by the places it is found in ------------------------------------------


def test_an_outbreak_counted_by_the_communes_it_is_found_in_names_itself():
    facts = extract_text("Đến ngày 10/6, dịch cúm gia cầm đã xuất hiện trên địa bàn 14 xã thuộc 3 huyện.").facts
    assert (facts[0].value, facts[0].subject) == (14, "dịch cúm gia cầm xuất hiện")


# --- a role, a comma, an honorific, then the name -----------------------------------------------------------


def test_a_role_then_an_honorific_and_a_name_of_an_unlisted_family_is_the_person_s():
    rec = extract_text("Tại cuộc họp, Giám đốc Sở Tài chính, ông Ngụy Thanh Sơn báo cáo tình hình thu ngân sách.")
    assert [(p.name, p.roles) for p in rec.people] == [("Ngụy Thanh Sơn", ["Giám đốc Sở Tài chính"])]


def test_a_role_after_a_name_stays_that_name_s_when_another_honorific_follows():
    rec = extract_text("Dự họp có ông Lê Văn An, Giám đốc Sở Tài chính, ông Trần Văn Bình, Phó Giám đốc Sở Xây dựng.")
    assert [(p.name, p.roles) for p in rec.people] == [
        ("Lê Văn An", ["Giám đốc Sở Tài chính"]), ("Trần Văn Bình", ["Phó Giám đốc Sở Xây dựng"])]


def test_an_honorific_before_a_title_gives_no_name():
    rec = extract_text("Kỳ họp do bà Phó Chủ tịch HĐND tỉnh Lê Thị Mai điều hành.")
    assert [p.name for p in rec.people] == ["Lê Thị Mai"]


# --- tasks listed after "nhiệm vụ ... như:" ---------------------------------------------------------------


def test_figures_in_tasks_listed_for_the_coming_month_are_goals():
    facts = extract_text("UBND huyện bàn giải pháp thực hiện các nhiệm vụ trọng tâm tháng 10 như: nạo vét 3 tuyến kênh "
                         "nội đồng; hoàn thành 12 km đường giao thông nông thôn.").facts
    assert [(f.role, f.value) for f in facts] == [("target", 3), ("target", 12)]


def test_figures_in_the_results_of_tasks_listed_stay_results():
    facts = extract_text("Kết quả các nhiệm vụ trọng tâm tháng 9 như: nạo vét 3 tuyến kênh nội đồng; hoàn thành 12 km "
                         "đường giao thông nông thôn.").facts
    assert [f.role for f in facts] == ["amount", "amount"]


# --- a menu line of a text copy is no prose: the dateline under it is still the page's ---------------------


def test_a_dateline_under_a_long_head_and_a_menu_line_is_the_page_s_date():
    from soket.extract.dates import publication_date

    head = "\n\n".join(f"Mục tin số {k} của trang" for k in range(60))
    menu = "Trang chủ | Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Văn hóa - Thể thao | Nông nghiệp nông thôn"
    lead = (" - UBND huyện Tân Phú vừa tổ chức tổng kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội "
            "năm 2018, triển khai nhiệm vụ năm 2019.")
    text = f"{head}\n{menu}\n\nHuyện Tân Phú tổng kết năm\n\n09/12/2018 - 08:10\n\n{lead}"
    pub = publication_date(text)
    assert pub is not None and (pub.year, pub.month, pub.day) == (2018, 12, 9)


# --- a span of days inside a count's phrase -------------------------------------------------------------------


def test_a_span_of_days_inside_a_count_s_phrase_does_not_end_it():
    facts = extract_text("Toàn huyện có 5 xã đã qua 21 ngày không phát sinh thêm ổ dịch.").facts
    assert [(f.value, f.unit) for f in facts] == [(5, "xã")]
    assert facts[0].subject.startswith("xã đã qua 21 ngày không")


# --- the plan a verb names, then the level reached in brackets -----------------------------------------------


def test_a_plan_missed_then_the_level_reached_in_brackets_is_its_attainment():
    facts = extract_text("Thu ngân sách trên địa bàn chưa đạt dự toán (87,3%) do thu tiền sử dụng đất giảm.").facts
    assert [(f.role, f.value, f.basis) for f in facts] == [("plan_pct", 87.3, "dự toán")]


def test_a_plan_beaten_then_the_level_reached_in_brackets_is_its_attainment():
    facts = extract_text("Tổng thu ngân sách vượt dự toán năm (đạt 118%), nhiều khoản thu tăng khá.").facts
    assert [(f.role, f.value) for f in facts] == [("plan_pct", 118)]


def test_a_plan_beaten_by_a_small_share_in_brackets_stays_the_margin():
    facts = extract_text("Tổng thu ngân sách vượt dự toán năm (9%).").facts
    assert [(f.role, f.value) for f in facts] == [("plan_diff_pct", 9)]


def test_a_plan_missed_named_after_a_comparison_word_then_the_level_in_brackets():
    facts = extract_text("Thu ngân sách chưa đạt so với dự toán năm (72,4%).").facts
    assert [(f.role, f.value, f.basis) for f in facts] == [("plan_pct", 72.4, "dự toán năm")]


def test_a_count_bounded_on_one_side_is_no_goal():
    facts = extract_text("Đến nay có 12 xã đạt 15 tiêu chí trở lên.").facts
    assert "target" not in [f.role for f in facts]


# --- a unit word's one letter glued to the name by its dot (the papers of the South) --------------------------


def test_a_ward_s_letter_glued_to_its_name():
    rec = extract_text("Ngày 28-7-2025, Ban Chấp hành Đảng bộ P.Bình Dương (TP.HCM) tổ chức hội nghị lần thứ 2.")
    assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.session) == ("Bình Dương", "phường", 2)


def test_a_district_s_letter_glued_to_its_name_after_its_party_committee():
    rec = extract_text("Ngày 2-4-2024, Ban Thường vụ Quận ủy Q.Phú Nhuận họp sơ kết quý I năm 2024.")
    assert (rec.meeting.body_kind, rec.meeting.locality, rec.meeting.locality_kind) == (
        "standing_committee", "Phú Nhuận", "quận")


def test_an_initial_with_a_space_after_its_dot_is_no_unit():
    rec = extract_text("Ngày 5-1-2024, UBND huyện Củ Chi tổng kết năm 2023; bài: H. Minh.")
    assert rec.meeting.locality == "Củ Chi"


# --- a review written as the body's verb, no meeting noun -----------------------------------------------------


def test_a_review_written_as_the_verb_of_a_party_committee_is_its_meeting():
    rec = extract_text("Ngày 7-7-2021, Huyện ủy Hòn Đất sơ kết công tác 6 tháng đầu năm 2021.")
    assert (rec.meeting.body_kind, rec.meeting.locality) == ("executive_committee", "Hòn Đất")


def test_a_report_s_review_named_before_the_meeting_is_no_meeting():
    rec = extract_text("Báo cáo tổng kết cho thấy thu ngân sách tăng. Ngày 8-1-2024, UBND huyện Hòn Đất tổ chức hội "
                       "nghị tổng kết năm 2023.")
    assert (rec.meeting.body_kind, rec.meeting.date) == ("peoples_committee", "2024-01-08")
