"""Rules of the genre that hold on reports nobody tuned for (issue 10): each test is a sentence
written for it, with the kind of figure the reports carry."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.people import sentence_people
from soket.extract.quantities import find_quantities


def _q(s: str) -> dict[str, object]:
    return {s[q.start:q.end]: q for q in find_quantities(s)}


def test_a_qualifier_phrase_that_holds_a_name_cue_wins():
    # "đến" alone introduces a number that names ("đến 30/6"); "chưa đến 30" is a count under 30
    for lead in ("chưa đến", "chưa tới", "không đến"):
        s = f"Toàn huyện hiện {lead} 30 hợp tác xã hoạt động hiệu quả."
        q = _q(s)[f"{lead} 30 hợp tác xã"]
        assert (q.value, q.unit, q.qualifier) == (30, "hợp tác xã", "under")
    assert not find_quantities("Hạn chót là đến 30 tháng 6.")


def test_a_term_of_several_syllables_is_no_counted_noun():
    assert not find_quantities("Xã được công nhận đạt chuẩn 2 nhiệm kỳ liên tiếp.")
    assert not find_quantities("Di tích đã có hơn 3 thế kỷ.")


def test_a_known_counted_noun_is_the_unit_before_its_modifier():
    q = _q("Toàn huyện có 14 mô hình sản xuất hiệu quả.")["14 mô hình"]
    assert q.unit == "mô hình"
    # an unknown noun is read up to three syllables
    assert _q("Huyện có 12 trạm y tế đạt chuẩn.")["12 trạm y tế"].unit == "trạm y tế"


def test_a_role_goes_on_through_a_dash_and_an_agency_name():
    assert sentence_people("Đồng chí Nguyễn Văn An, Trưởng Ban Kinh tế - Xã hội HĐND tỉnh phát biểu.") == [
        ("Nguyễn Văn An", ["Trưởng Ban Kinh tế - Xã hội HĐND tỉnh"])]
    assert sentence_people("Đồng chí Lê Thị Hoa, Giám đốc Sở Nội vụ báo cáo.") == [
        ("Lê Thị Hoa", ["Giám đốc Sở Nội vụ"])]
    assert sentence_people("Ông Trần Văn Bình, Trưởng phòng Tài chính - Kế hoạch huyện cho biết.") == [
        ("Trần Văn Bình", ["Trưởng phòng Tài chính - Kế hoạch huyện"])]
    assert sentence_people("Đồng chí Lê Văn Hùng, Giám đốc Sở Kế hoạch và Đầu tư trình bày.") == [
        ("Lê Văn Hùng", ["Giám đốc Sở Kế hoạch và Đầu tư"])]
    # a place's name after a lowercase unit word is capitalised syllable by syllable: the role ends there
    assert sentence_people("Đồng chí Phạm Văn Nam, Giám đốc Sở Y tế tỉnh Vĩnh Phúc báo cáo.") == [
        ("Phạm Văn Nam", ["Giám đốc Sở Y tế tỉnh Vĩnh Phúc"])]


def test_the_standing_office_of_a_party_committee_is_no_standing_committee():
    # the Standing Board (Thường trực) is not the Ban Thường vụ, the record's standing_committee (GUIDELINES; ex576)
    r = extract_text("Sáng 12/7, Thường trực Huyện ủy Yên Lạc họp sơ kết công tác 6 tháng đầu năm 2024.")
    assert r.meeting.body_kind == "other"
    assert r.meeting.locality == "Yên Lạc"


def test_a_date_written_out_in_words_dates_the_meeting():
    r = extract_text("Sáng ngày 17 tháng 7 năm 2023, Ban Thường vụ Huyện ủy Can Lộc tổ chức hội nghị sơ kết "
                     "6 tháng đầu năm 2023.")
    assert r.meeting.date == "2023-07-17"
    r = extract_text("Ngày 9 tháng 10, Thị ủy Hồng Lĩnh tổ chức hội nghị đánh giá 9 tháng đầu năm 2022.")
    assert r.meeting.date == "2022-10-09"


def test_the_subject_after_an_opener_of_the_nearest_piece_is_whole():
    r = extract_text("Năm 2025, xã đạt nhiều kết quả, trong đó nổi bật là tổng thu ngân sách nhà nước đạt "
                     "hơn 215% dự toán.")
    assert [f.subject for f in r.facts if f.raw == "hơn 215%"] == ["tổng thu ngân sách nhà nước"]
    r = extract_text("Lĩnh vực tài chính có nhiều khởi sắc khi tổng thu ngân sách xã ước đạt 73,2 tỷ đồng.")
    assert [f.subject for f in r.facts if f.raw == "73,2 tỷ đồng"] == ["tổng thu ngân sách xã"]


def test_a_heading_before_a_colon_is_the_subject_of_its_figure():
    r = extract_text("Chi cân đối ngân sách: 187.450 triệu đồng, đạt 48,3% so với dự toán tỉnh.")
    assert [(f.raw, f.subject) for f in r.facts] == [("187.450 triệu đồng", "Chi cân đối ngân sách"),
                                                    ("48,3%", "Chi cân đối ngân sách")]
    # a count after a list lead keeps the noun phrase that follows it
    r = extract_text("Kết quả cụ thể như sau: 4 xã đạt chuẩn nông thôn mới.")
    assert [f.subject for f in r.facts] == ["xã đạt chuẩn nông thôn mới"]


def test_a_remark_dropped_from_a_subject_leaves_single_spaces():
    r = extract_text("Tổng giá trị sản xuất (giá so sánh 2010) trên địa bàn ước thực hiện 31.208 tỷ đồng.")
    assert [f.subject for f in r.facts] == ["Tổng giá trị sản xuất trên địa bàn"]


def test_a_measure_named_before_the_verb_is_a_counts_subject():
    r = extract_text("Tổng lượng khách đến tham quan, học tập ước đạt 14.350 lượt người.")
    assert [f.subject for f in r.facts] == ["Tổng lượng khách đến tham quan, học tập"]
    # an actor before the verb is still no part of what is counted
    r = extract_text("Toàn huyện có 27 xã đạt chuẩn nông thôn mới.")
    assert [f.subject for f in r.facts] == ["xã đạt chuẩn nông thôn mới"]


def test_the_presidium_is_no_person_named_doan():
    r = extract_text("Ngày 12/8, Đảng bộ phường Hà Lầm tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. "
                     "Đoàn Chủ tịch điều hành đại hội.")
    assert r.people == [] and r.meeting.chairs == []
    assert sentence_people("Ông Đoàn Văn Hùng, Chủ tịch UBND xã chủ trì.") == [("Đoàn Văn Hùng", ["Chủ tịch UBND xã"])]


def test_a_linking_word_before_another_figure_ends_no_subject():
    r = extract_text("Toàn huyện có 14 sản phẩm của 8 cơ sở đủ điều kiện tham gia OCOP.")
    subjects = {f.raw: f.subject for f in r.facts}
    assert not subjects["14 sản phẩm"].endswith("của")
    assert subjects["8 cơ sở"] == "cơ sở đủ điều kiện tham gia OCOP"


def test_a_single_month_reviewed_is_the_period_when_no_cumulative_one_is_named():
    r = extract_text("Sáng 3/12, Đảng ủy xã Tân Lập tổ chức hội nghị, đánh giá công tác tháng 11 và bàn nhiệm vụ "
                     "tháng 12/2025.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2025, 11, 11)
    # a cumulative "N tháng" still wins over the month of a monthly meeting
    r = extract_text("Sáng 5/10, UBND huyện Yên Lạc họp đánh giá tình hình kinh tế - xã hội tháng 9 và 9 tháng "
                     "đầu năm 2025.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2025, 1, 9)
    # a month in the meeting's name alone reviews nothing: the year reviewed stays
    r = extract_text("Sáng 20/12, Ban Thường vụ Huyện ủy Yên Lạc họp thường kỳ tháng 12, tổng kết năm 2025.")
    assert (r.period.start_month, r.period.end_month) == (1, 12)


def test_a_span_from_a_date_to_now_runs_to_the_meetings_month():
    r = extract_text("Ngày 28/8/2025, HĐND xã Tân Lập khóa I họp kỳ họp thứ 3. UBND xã báo cáo tình hình "
                     "kinh tế - xã hội từ ngày 1/7/2025 đến nay.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2025, 7, 8)


def test_the_closing_months_decided_on_are_the_period_when_none_other_is_named():
    r = extract_text("Sáng 11/7, HĐND phường An Khánh họp kỳ thứ hai, thông qua Nghị quyết về nhiệm vụ phát triển "
                     "kinh tế - xã hội 6 tháng cuối năm 2025.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2025, 7, 12)


def test_a_bracket_closing_between_a_percentage_and_its_plan_leaves_the_plan_its_basis():
    r = extract_text("Năm 2025, tổng thu ngân sách trên địa bàn xã đạt 1.250 tỷ đồng (đạt 207,6%) dự toán huyện giao.")
    assert [(f.raw, f.role, f.basis) for f in r.facts] == [("1.250 tỷ đồng", "amount", None),
                                                           ("207,6%", "plan_pct", "dự toán huyện giao")]
    r = extract_text("Thu ngân sách ước đạt 48,2 tỷ đồng (tăng 12,5%) so với cùng kỳ năm 2024.")
    assert [(f.role, f.basis) for f in r.facts if f.raw == "12,5%"] == [("change_pct", "cùng kỳ năm 2024")]
    # a comma after the bracket ends the figure: the plan named next is a subject of its own
    r = extract_text("Tổng vốn giải ngân 320 tỷ đồng (đạt 61%), kế hoạch vốn năm 2026 là 500 tỷ đồng.")
    assert [(f.role, f.basis) for f in r.facts if f.raw == "61%"] == [("percent", None)]


def test_a_joint_meeting_and_a_congress_are_no_single_bodys_meeting():
    r = extract_text("Sáng 20/12, HĐND và UBND xã Tân Phú tổ chức hội nghị liên tịch đánh giá kết quả năm 2025.")
    assert (r.meeting.body_kind, r.meeting.locality) == ("other", "Tân Phú")
    r = extract_text("Ngày 20/8, Đại hội Đảng bộ xã Hòa Bình lần thứ I, nhiệm kỳ 2025-2030 đã khai mạc.")
    assert (r.meeting.body_kind, r.meeting.locality) == ("other", "Hòa Bình")
    # the congress a committee prepares leaves the committee's own meeting
    r = extract_text("Ngày 5/5, Ban Chấp hành Đảng bộ xã Tân Lập họp bàn công tác chuẩn bị Đại hội Đảng bộ xã.")
    assert r.meeting.body_kind == "executive_committee"
    # a leader of one body who is also a leader of another is no joint meeting
    r = extract_text("Đồng chí Lê Văn Hùng, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì kỳ họp thứ 3 HĐND xã Tân Lập.")
    assert r.meeting.body_kind == "peoples_council"


def test_a_sentence_going_on_from_a_goal_lists_goals_unless_it_reports_a_result():
    r = extract_text("Năm 2026, xã phấn đấu tổng thu ngân sách đạt 30 tỷ đồng. Cạnh đó, tỷ lệ hộ nghèo giảm còn 2%.")
    assert [(f.raw, f.role) for f in r.facts] == [("30 tỷ đồng", "target"), ("2%", "target")]
    r = extract_text("Năm 2026, xã phấn đấu tổng thu ngân sách đạt 30 tỷ đồng. Cạnh đó, năm 2025 xã đã giảm "
                     "tỷ lệ hộ nghèo còn 2%.")
    assert [f.role for f in r.facts if f.raw == "2%"] == ["percent"]
    # after a result, the same opener reports results
    r = extract_text("Năm 2025, thu ngân sách xã đạt 30 tỷ đồng. Cạnh đó, tỷ lệ hộ nghèo giảm còn 2%.")
    assert [f.role for f in r.facts] == ["amount", "percent"]


def test_a_sentence_opening_on_the_chairs_list_makes_each_listed_person_a_chair():
    r = extract_text("Sáng 28/3/2025, Ban Chấp hành Đảng bộ tỉnh Bến Tre tổ chức Hội nghị lần thứ 20. Chủ trì Hội nghị "
                     "có đồng chí Lê Thị Hoa, Bí thư Tỉnh ủy; đồng chí Trần Văn Nam, Phó Bí thư Thường trực Tỉnh ủy; "
                     "đồng chí Phạm Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    assert r.meeting.chairs == ["Lê Thị Hoa", "Trần Văn Nam", "Phạm Văn Bình"]
    # a list of guests after the chair is no chair
    r = extract_text("Sáng 28/3/2025, Ban Chấp hành Đảng bộ tỉnh Bến Tre tổ chức Hội nghị lần thứ 20. Chủ trì Hội nghị "
                     "có đồng chí Lê Thị Hoa, Bí thư Tỉnh ủy; tham dự có đồng chí Trần Văn Nam, Phó Bí thư Tỉnh ủy.")
    assert r.meeting.chairs == ["Lê Thị Hoa"]


def test_a_year_the_meeting_builds_momentum_for_is_no_period_reviewed():
    r = extract_text("Xã Tân Lập thông qua 7 nghị quyết, tạo đà bứt phá cho năm 2026. Ngày 25/12, HĐND xã Tân Lập tổ "
                     "chức kỳ họp thứ 7. Năm 2025, thu ngân sách xã ước đạt hơn 46 tỷ đồng.")
    assert (r.period.year, r.meeting.date) == (2025, "2025-12-25")


def test_a_session_held_before_numbers_no_meeting():
    r = extract_text("Sáng 8/10, Thường trực HĐND xã Vũ Lạc tổ chức hội nghị giao ban. Hội nghị nghe báo cáo việc trả "
                     "lời kiến nghị của cử tri sau kỳ họp thứ Hai HĐND xã.")
    assert r.meeting.session is None
    r = extract_text("Sáng 19/12, HĐND xã Thanh Lãng tổ chức Kỳ họp thứ Ba. Kỳ họp nghe báo cáo tổng hợp ý kiến "
                     "của cử tri trước kỳ họp thứ Ba.")
    assert r.meeting.session == 3


def test_a_permit_or_certificate_is_a_counted_noun_of_several_syllables():
    r = extract_text("Phường đã cấp mới 19 giấy chứng nhận quyền sử dụng đất và 17 giấy phép xây dựng.")
    assert [(f.raw, f.unit) for f in r.facts] == [("19 giấy chứng nhận", "giấy chứng nhận"),
                                                  ("17 giấy phép xây dựng", "giấy phép xây dựng")]


def test_the_chairs_of_a_meeting_chaired_by_someone_follow_do():
    r = extract_text("Chiều 28/8/2025, HĐND xã Tân Lập tổ chức kỳ họp thứ 17. Dự kỳ họp có đồng chí Mạc Văn Tùng - "
                     "Chủ tịch UBND xã cùng các đồng chí trong Ban Thường vụ Đảng ủy dự kỳ họp do đồng chí Lê Đình "
                     "Xuyên - Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Lữ Anh Hòa - Phó Chủ tịch HĐND xã chủ trì.")
    assert r.meeting.chairs == ["Lê Đình Xuyên", "Lữ Anh Hòa"]


def test_a_province_named_after_the_reorganisation_is_the_one_its_predecessors_went_into():
    r = extract_text("Sáng 01/7/2025, HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026 họp Kỳ họp thứ nhất. Đây là kỳ họp đầu "
                     "tiên của tỉnh sau khi hợp nhất ba tỉnh Hà Nam, Nam Định và Ninh Bình.")
    assert (r.meeting.locality, r.meeting.locality_kind, r.meeting.province) == ("Ninh Bình", "tỉnh", None)
    # before the reorganisation the province named is the body's own
    r = extract_text("Sáng 10/12/2024, HĐND tỉnh khóa XIX họp Kỳ họp thứ 22. Kỳ họp bàn các nội dung của tỉnh Hà Nam.")
    assert r.meeting.locality == "Hà Nam"


def test_a_source_line_after_the_byline_leaves_the_byline():
    r = extract_text("Sáng 11/7, HĐND phường Đông Hải họp kỳ thứ hai.\n\nMinh Quân\n\n"
                     "Nguồn Truyền hình Hà Nội: https://example.vn/phuong-dong-hai-346215.htm\n")
    assert r.authors == ["Minh Quân"]


def test_the_months_of_the_lead_win_over_the_year_of_the_title():
    r = extract_text("Nỗ lực hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm 2025\n\nSáng 8/10, Chủ tịch UBND "
                     "tỉnh Gia Lai chủ trì hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm và triển khai "
                     "nhiệm vụ quý IV.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2025, 1, 9)
    # a year-end review's title keeps its year when the lead names a quarter in passing
    r = extract_text("Tổng kết công tác năm 2025\n\nSáng 20/12, UBND xã Tân Lập tổ chức hội nghị tổng kết năm 2025. "
                     "Riêng quý IV, thu ngân sách đạt 12 tỷ đồng.")
    assert (r.period.start_month, r.period.end_month) == (1, 12)


def test_a_month_reviewed_in_a_meeting_on_tasks_and_a_time_left_are_no_other_period():
    r = extract_text("UBND tỉnh họp phiên thường kỳ tháng 10/2025\n\nSáng 4/11, Chủ tịch UBND tỉnh Nghệ An chủ trì "
                     "phiên họp. Phiên họp đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội trong "
                     "tháng 10. Chủ tịch UBND tỉnh lưu ý thời gian 02 tháng không còn nhiều.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2025, 10, 10)


def test_the_meeting_reported_is_the_one_the_lead_names_first():
    # the council's session the drafts go to is a later meeting, not the one reported
    r = extract_text("Chiều 14/11, UBND huyện Đông Hải họp cho ý kiến các dự thảo báo cáo, tờ trình sẽ trình "
                     "kỳ họp thường lệ cuối năm 2024 của HĐND huyện.")
    assert r.meeting.body_kind == "peoples_committee"
    r = extract_text("Sáng 5/12, HĐND huyện Đông Hải khai mạc kỳ họp thứ 9, xem xét các báo cáo của UBND huyện.")
    assert (r.meeting.body_kind, r.meeting.session) == ("peoples_council", 9)


def test_a_body_in_a_persons_title_is_not_the_body_that_met():
    r = extract_text("Sáng 6/1, Ban Chấp hành Đảng bộ huyện Nghĩa Đàn nghe đồng chí Hà Văn Thắng, Chủ tịch UBND "
                     "huyện báo cáo tại hội nghị tổng kết năm 2025.")
    assert r.meeting.body_kind == "executive_committee"
    # a title's body is still the meeting's when no other body is named
    r = extract_text("Sáng 6/1, đồng chí Hà Văn Thắng, Chủ tịch UBND huyện Nghĩa Đàn chủ trì hội nghị "
                     "tổng kết năm 2025.")
    assert r.meeting.body_kind == "peoples_committee"


def test_the_authors_office_in_brackets_does_not_make_the_byline_a_sentence():
    r = extract_text("Sáng 18/12, HĐND huyện Kim Sơn khai mạc kỳ họp thứ 7.\n\n"
                     "Tin, ảnh: Thu Trang (Trung tâm Văn hóa - Thông tin và Thể thao huyện Kim Sơn)\n")
    assert r.authors == ["Thu Trang"]
    # a sentence of figures with a bracket is still no byline
    r = extract_text("Sáng 18/12, HĐND huyện Kim Sơn khai mạc kỳ họp thứ 7.\n\n"
                     "Toàn huyện có 27 xã (tăng 2 xã so với năm 2024)\n")
    assert r.authors == []


def test_a_place_name_ending_in_a_meeting_word_names_no_meeting():
    # "Tân Kỳ họp": the district met; no "kỳ họp" (a council's session) is named
    r = extract_text("Sáng 5/10, Ban Chấp hành Đảng bộ huyện Tân Kỳ họp hội nghị lần thứ 12.")
    assert (r.meeting.body_kind, r.meeting.session, r.meeting.locality) == ("executive_committee", 12, "Tân Kỳ")
    r = extract_text("Sáng 6/12, HĐND huyện Tân Kỳ khai mạc Kỳ họp thứ 14.")
    assert (r.meeting.body_kind, r.meeting.session) == ("peoples_council", 14)


def test_a_session_prepared_or_held_before_is_not_the_meeting():
    r = extract_text("Chuẩn bị cho kỳ họp thứ 10 HĐND tỉnh, sáng 5/12, Ban Thường vụ Tỉnh ủy Hà Giang họp "
                     "cho ý kiến các nội dung.")
    assert (r.meeting.body_kind, r.meeting.session) == ("standing_committee", None)
    # "chương trình kỳ họp" is the session's own programme
    r = extract_text("Tiếp tục chương trình kỳ họp thứ 8, sáng 10/12, HĐND tỉnh Hà Giang thảo luận tại hội trường.")
    assert (r.meeting.body_kind, r.meeting.session) == ("peoples_council", 8)


def test_a_partner_of_any_kind_makes_the_meeting_joint_but_a_later_partner_does_not():
    r = extract_text("Sáng 14/1, UBND phường Cửa Nam phối hợp với Hội Cựu chiến binh phường tổ chức hội nghị "
                     "tổng kết năm 2025.")
    assert (r.meeting.body_kind, r.meeting.locality) == ("other", "Cửa Nam")
    # a partner named after the meeting, for the tasks to come, is no part of the meeting
    r = extract_text("Sáng 14/1, UBND phường Cửa Nam tổ chức hội nghị tổng kết năm 2025, phối hợp với các "
                     "đoàn thể triển khai nhiệm vụ năm 2026.")
    assert r.meeting.body_kind == "peoples_committee"


def test_a_session_ordinal_spelt_out_reads_up_to_ninety_nine():
    for words, n in (("ba mươi mốt", 31), ("hai mươi lăm", 25), ("mười", 10), ("tư", 4), ("mười lăm", 15),
                     ("hai mươi tư", 24), ("chín mươi chín", 99)):
        r = extract_text(f"Sáng 2/12, HĐND huyện Tân Lập khóa XX khai mạc kỳ họp thứ {words} (kỳ họp thường lệ).")
        assert r.meeting.session == n, words
    r = extract_text("Ngày 12/4, Ban Chấp hành Đảng bộ tỉnh Hà Tiên tổ chức Hội nghị lần thứ hai mươi lăm.")
    assert r.meeting.session == 25
    # the number words stop at the next word; the year's "năm" closes no ordinal
    r = extract_text("Sáng 2/12, HĐND huyện Tân Lập khai mạc kỳ họp thứ hai mươi tư HĐND huyện khóa XX.")
    assert r.meeting.session == 24
    r = extract_text("Sáng 2/12, HĐND huyện Tân Lập khai mạc kỳ họp thứ mười năm 2024.")
    assert r.meeting.session == 10


def test_a_thematic_session_reviews_no_year_of_its_own():
    r = extract_text("Sáng 18/9/2025, HĐND tỉnh Hà Tiên khai mạc kỳ họp chuyên đề. Kỳ họp xem xét nghị quyết điều "
                     "chỉnh kế hoạch đầu tư công năm 2025 và giao biên chế công chức năm 2025.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (None, None, None)
    assert r.meeting.date == "2025-09-18"
    # the months it names are still reviewed
    r = extract_text("Sáng 16/10/2025, HĐND tỉnh Hà Tiên tổ chức kỳ họp chuyên đề, nghe báo cáo tình hình kinh tế - "
                     "xã hội 9 tháng đầu năm 2025.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2025, 1, 9)
    # the kind in brackets or after a dash; the year it names still dates the meeting
    r = extract_text("Sáng 26/9, HĐND tỉnh Hà Tiên tổ chức Kỳ họp thứ hai mươi mốt (chuyên đề) năm 2025, quyết định "
                     "giao biên chế công chức năm 2025.")
    assert (r.meeting.session, r.meeting.date, r.period.year, r.period.start_month) == (21, "2025-09-26", None, None)
    r = extract_text("Chiều 3/3/2024, HĐND huyện Tân Lập họp kỳ họp thứ 14 - kỳ họp bất thường, phân bổ vốn năm 2024.")
    assert (r.meeting.session, r.period.year, r.period.start_month) == (14, None, None)


def test_a_meeting_that_names_no_period_has_none_whatever_its_date():
    r = extract_text("Sáng 1/7/2025, HĐND tỉnh Hà Tiên khóa XV họp kỳ họp thứ nhất sau hợp nhất, bầu các chức danh "
                     "lãnh đạo HĐND tỉnh.")
    assert (r.meeting.date, r.meeting.session) == ("2025-07-01", 1)
    assert (r.period.year, r.period.start_month, r.period.end_month) == (None, None, None)


def test_a_monthly_meeting_that_names_no_other_period_reviews_its_month():
    r = extract_text("Sáng 4/10/2023, UBND huyện Tân Lập tổ chức phiên họp thường kỳ tháng 9 năm 2023, nghe các sở "
                     "báo cáo tiến độ giải ngân vốn đầu tư công.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2023, 9, 9)
    r = extract_text("Chiều 30/9, Đảng ủy phường An Khánh tổ chức giao ban tháng 9/2023 với các chi bộ khu phố.")
    assert (r.period.year, r.period.start_month, r.period.end_month, r.meeting.date) == (2023, 9, 9, "2023-09-30")
    # a cumulative period the meeting reviews wins over the month in its name
    r = extract_text("Sáng 4/10/2023, UBND huyện Tân Lập tổ chức phiên họp thường kỳ tháng 9, đánh giá tình hình "
                     "kinh tế - xã hội 9 tháng đầu năm 2023.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2023, 1, 9)


def test_a_unit_numbered_in_its_name_since_2025_keeps_its_number():
    r = extract_text("Sáng 12/9/2025, HĐND phường Hà Giang 2 tổ chức kỳ họp thứ 3, đánh giá kết quả 9 tháng đầu năm.")
    assert (r.meeting.locality, r.meeting.locality_kind, r.meeting.province) == ("Hà Giang 2", "phường", "Tuyên Quang")
    r = extract_text("Ngày 3/10/2025, Đảng ủy phường Móng Cái 3 tổ chức hội nghị sơ kết 9 tháng đầu năm 2025.")
    assert (r.meeting.locality, r.meeting.province) == ("Móng Cái 3", "Quảng Ninh")
    # a number the gazetteer does not name with the place is no part of it
    r = extract_text("Ngày 3/10/2024, HĐND thành phố Hà Giang 12 lần tổ chức kỳ họp thứ 3.")
    assert r.meeting.locality == "Hà Giang"
