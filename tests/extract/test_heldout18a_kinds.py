"""Failure kinds found by the first sight of ex275-ex286 (round heldout18a, northern reports), one rule a test,
in sentences of the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_text


def test_a_family_name_the_list_lacks_is_read_by_the_middle_name_after_it():
    """"Các đồng chí: Sình Văn Páo, ...": a Tày, Hmong or rare Kinh family name no list holds, then "Văn" or
    "Thị", then the given name, is a person's name, in a chairs' list or after a title and a place."""
    rec = extract_text("Ngày 10/4, Tỉnh ủy tổ chức hội nghị sơ kết quý I. Các đồng chí: Sình Văn Páo, Bí thư Tỉnh ủy; "
                       "Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy chủ trì hội nghị.")
    assert rec.meeting.chairs == ["Sình Văn Páo", "Nguyễn Văn Hòa"]
    rec = extract_text("Ngày 8/12, HĐND xã Thanh Sơn tổ chức kỳ họp thứ 4. Phó Chủ tịch UBND xã Thanh Sơn Khương Thị Mai "
                       "cho biết thu ngân sách ước đạt 96 tỷ đồng.")
    assert [p.name for p in rec.people] == ["Khương Thị Mai"]


def test_a_place_or_an_organisation_with_van_is_no_person():
    """"xã Văn Lang", "Trung tâm Văn hóa": "Văn" opening a place or a lowercase word after it makes no name."""
    rec = extract_text("Ngày 8/12, HĐND xã Văn Lang tổ chức kỳ họp thứ 4. Trung tâm Văn hóa xã đón 1.200 lượt khách.")
    assert rec.people == []


def test_a_chair_named_by_title_alone_is_the_one_person_holding_that_title():
    """"Đồng chí Chủ tịch UBND tỉnh chủ trì phiên họp": the chair is named by the title; the person the report names
    with that role (written out, "Chủ tịch Ủy ban nhân dân tỉnh", or abbreviated) chairs."""
    rec = extract_text("Ngày 24/6/2023, UBND tỉnh họp phiên thường kỳ tháng 6. Đây là yêu cầu của đồng chí Lê Văn Hải, "
                       "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh, tại phiên họp. Đồng chí Chủ tịch UBND tỉnh "
                       "chủ trì phiên họp, đánh giá tình hình tháng 6 và 6 tháng đầu năm.")
    assert rec.meeting.chairs == ["Lê Văn Hải"]


def test_a_chair_title_two_people_hold_names_no_chair():
    """Two Vice-Chairs named, "Đồng chí Phó Chủ tịch UBND tỉnh chủ trì": which one is not said."""
    rec = extract_text("Ngày 24/6/2023, UBND tỉnh họp phiên thường kỳ. Dự họp có ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh; "
                       "ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh. Đồng chí Phó Chủ tịch UBND tỉnh chủ trì phiên họp.")
    assert rec.meeting.chairs == []


def test_a_year_after_a_verb_of_striving_is_a_goal_not_the_period_reviewed():
    """"phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2023": the year of a goal; the half-year the
    meeting assesses ("tháng 6 và 6 tháng đầu năm") is reviewed."""
    rec = extract_text("Sáng 21/6/2023, UBND tỉnh họp phiên thường kỳ tháng 6. Các ngành cần phấn đấu hoàn thành vượt mức "
                       "các chỉ tiêu kinh tế - xã hội năm 2023 đã đề ra. Phiên họp đánh giá tình hình tháng 6 và 6 tháng "
                       "đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2023, 1, 6)


def test_councils_counted_by_their_abbreviation_are_spelt_out():
    """"7/7 HĐND xã, phường đã họp chuyên đề": the counted noun is the council, spelt out as the guidelines ask."""
    rec = extract_text("Đến nay, 7/7 HĐND xã, phường đã tổ chức kỳ họp chuyên đề, biểu quyết nhất trí chủ trương sắp xếp.")
    f = next(f for f in rec.facts if f.value == 7)
    assert (f.unit, f.of) == ("hội đồng nhân dân", 7)


def test_a_day_and_month_set_apart_by_an_en_dash_date_the_meeting():
    """"Ngày 17 – 9, UBND tỉnh họp ...": a page typesets the hyphen of "17-9" as a spaced en dash."""
    rec = extract_text("Thứ Sáu, 17/09/2021 - 18:02\n\n(BBNĐT) - Ngày 17 – 9, UBND tỉnh họp phiên thường kỳ tháng 9.")
    assert rec.meeting.date == "2021-09-17"


def test_a_bracket_on_what_is_done_inside_a_goal_states_a_result():
    """"phấn đấu ... 4 xã đạt chuẩn (hiện xã A đã đạt 17 tiêu chí) và 6 thôn": the aside tells what is done now;
    the goal goes on after the bracket closes."""
    rec = extract_text("Huyện phấn đấu năm 2026 có thêm 4 xã đạt chuẩn nông thôn mới nâng cao (hiện xã Hòa An đã đạt "
                       "17 tiêu chí) và 6 thôn đạt chuẩn kiểu mẫu.")
    assert [(f.raw, f.role) for f in rec.facts] == [("4 xã", "target"), ("17 tiêu chí", "amount"), ("6 thôn", "target")]


def test_a_count_in_brackets_restating_the_noun_before_is_of_that_noun():
    """"triển khai xây dựng các chương trình công tác toàn khóa (dự kiến 5 chương trình)": the count is of the
    noun phrase the bracket restates, not of the clause before it."""
    rec = extract_text("Hội nghị đánh giá kết quả quý III, đề ra giải pháp quý IV và triển khai xây dựng các chương trình "
                       "công tác toàn khóa (dự kiến 5 chương trình).")
    f = rec.facts[0]
    assert (f.subject, f.value, f.estimated) == ("chương trình công tác toàn khóa", 5, True)
    rec = extract_text("Huyện tập trung triển khai các dự án trọng điểm (12 dự án), giải ngân đạt 60% kế hoạch.")
    assert rec.facts[0].subject == "dự án trọng điểm"


def test_a_chair_title_matches_a_role_that_names_its_place():
    """"Ông Chủ tịch HĐND huyện chủ trì kỳ họp" and "ông A, Chủ tịch HĐND huyện Bảo Yên": the role with its place is the
    title the chair was named by."""
    rec = extract_text("Ngày 5/10/2023, HĐND huyện Bảo Yên tổ chức kỳ họp thứ 12. Ông Chủ tịch HĐND huyện chủ trì kỳ họp. "
                       "Dự kỳ họp có ông Đặng Xuân Tùng, Chủ tịch HĐND huyện Bảo Yên.")
    assert rec.meeting.chairs == ["Đặng Xuân Tùng"]


def test_an_abbreviated_title_glued_to_its_body_after_giu_chuc_danh():
    """"bầu bổ sung ông A - giữ chức danh PCT.UBND thị xã": the link "giữ chức danh" after a dash, and the Vice-Chair's
    abbreviation glued by a dot to the body's, make the role."""
    rec = extract_text("Ngày 12/12/2019, HĐND thị xã Tân Uyên khai mạc kỳ họp thứ 11. Kỳ họp bầu bổ sung ông Lê Văn Hùng - "
                       "giữ chức danh PCT.UBND thị xã nhiệm kỳ 2016-2021.")
    assert [(p.name, p.roles) for p in rec.people] == [("Lê Văn Hùng", ["PCT.UBND thị xã"])]


def test_the_plans_own_figure_in_brackets_after_the_result_is_a_target():
    """"thu 120 tỷ đồng, bằng 52% dự toán (230 tỷ đồng)": the result stated before, the bracket after the plan gives
    the plan's figure, a goal; with no result stated before ("đạt 52% dự toán (120 tỷ đồng)") it is the result."""
    rec = extract_text("Thu ngân sách đạt 120 tỷ đồng, bằng 52% dự toán (230 tỷ đồng), tăng 8% so với cùng kỳ.")
    assert [(f.raw, f.role) for f in rec.facts] == [("120 tỷ đồng", "amount"), ("52%", "plan_pct"),
                                                   ("230 tỷ đồng", "target"), ("8%", "change_pct")]
    rec = extract_text("Thu ngân sách đạt 52% dự toán (120 tỷ đồng).")
    assert [(f.raw, f.role) for f in rec.facts] == [("52%", "plan_pct"), ("120 tỷ đồng", "amount")]


def test_a_count_after_doi_voi_is_counted_with_the_activity_done_to_it():
    """"...; giám sát chuyên đề đối với 9 tổ chức đảng": the count's subject is the activity done to the counted
    thing with the thing, not the bare noun; a long clause before "đối với" (an actor, a list) is left out."""
    rec = extract_text("Năm 2025, Ủy ban Kiểm tra Đảng ủy xã kiểm tra 4 tổ chức đảng, 9 đảng viên; giám sát chuyên đề "
                       "đối với 7 chi bộ.")
    assert next(f for f in rec.facts if f.value == 7).subject == "giám sát chuyên đề chi bộ"
    rec = extract_text("Tại phiên họp, UBND huyện đã thảo luận, cho ý kiến đối với 6 nội dung.")
    assert rec.facts[0].subject == "cho ý kiến nội dung"


_LEAD = ("Ngày 31/7/2025, HĐND phường Lê Lợi tổ chức kỳ họp thứ 13, thông qua 8 nghị quyết.\n\n"
         "Kỳ họp đề nghị UBND phường sớm cụ thể hóa các nghị quyết.")


def test_a_byline_under_the_headline_with_the_date_and_no_separator():
    """A copied page: the menus one item a line, the headline, then "Ngọc Tú 06/12/2025 07:15" or "Bởi Thanh Thắng
    04/07/2024 312" (the view count): the name before the page's date is the author; a weekday is none."""
    menus = "\n".join(["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao", "Video"])
    for line, want in (("Ngọc Tú 06/12/2025 07:15", ["Ngọc Tú"]), ("Bởi Thanh Thắng 04/07/2024 312", ["Thanh Thắng"]),
                       ("Mai Hương | 31/07/2025 17:05 (GMT+7)", ["Mai Hương"]), ("Thứ Năm 31/07/2025 17:05", [])):
        rec = extract_text(f"{menus}\n\nHĐND phường Lê Lợi thông qua 8 nghị quyết\n\n{line}\n\n{_LEAD}")
        assert rec.authors == want, line


def test_a_radio_frequency_in_a_copied_masthead_is_no_fact():
    rec = extract_text("TRỰC TIẾP: TTV | Radio FM 94MHz\n\n" + _LEAD)
    assert [f.raw for f in rec.facts] == ["8 nghị quyết"]


def test_a_copied_date_line_with_its_view_count_and_a_most_read_list_are_chrome():
    """A text copy of a page: "06:45, 03/04/2024 2.318 lượt xem" under the headline, "Đọc nhiều" and its headlines
    after the article: the counter and the headlines are no facts."""
    rec = extract_text("Long Khánh đẩy nhanh giải ngân vốn đầu tư công\n\n06:45, 03/04/2024 2.318 lượt xem\n\n"
                       "Ngày 2/4, Ban Thường vụ Thành ủy Long Khánh họp đánh giá quý I. Thu ngân sách đạt 412 tỷ đồng, "
                       "bằng 31% dự toán.\n\nCác đại biểu thống nhất các giải pháp trọng tâm quý II.\n\nĐọc nhiều\n\n"
                       "Giá xăng giảm hơn 500 đồng/lít từ chiều nay\n\nCao tốc thông xe 19 km")
    assert [f.raw for f in rec.facts] == ["412 tỷ đồng", "31%"]


def test_a_byline_before_a_bullet_and_the_date_or_the_weekday_and_an_outlet_is_none():
    """"Thành Duy • 07/10/2025 18:42", "Thanh Hoa Thứ Năm, 04/07/2024 16:42 (GMT+7)": the author; "Hà Nội TV · 04/10/2024
    07:12" (an aggregator's source, an acronym among the words) is none."""
    for line, want in (("Thành Duy • 07/10/2025 18:42", ["Thành Duy"]),
                       ("Thanh Hoa Thứ Năm, 04/07/2024 16:42 (GMT+7)", ["Thanh Hoa"]),
                       ("Hà Nội TV · 04/10/2024 07:12", [])):
        rec = extract_text(f"Phường Lê Lợi thông qua 8 nghị quyết\n\n{line}\n\n{_LEAD}")
        assert rec.authors == want, line


def test_a_share_bar_and_a_tag_line_after_the_byline_are_chrome():
    """"Thanh Nhàn (Văn phòng UBND tỉnh)" / "In | Gửi email | Chia sẻ" / "Tag: ...": the byline above the page's
    furniture is still the last line of the article."""
    rec = extract_text(f"{_LEAD}\n\nThanh Nhàn (Văn phòng UBND tỉnh)\n\nIn | Gửi email | Chia sẻ\n\nTag: HĐND phường Lê Lợi")
    assert rec.authors == ["Thanh Nhàn"]


def test_a_news_ticker_copied_with_the_page_is_chrome():
    """"Tin nóng: Tuy Hòa đón 3.600 lượt khách • Sông Cầu ... • 12 đơn vị ...": headlines joined by bullets after a
    ticker's label, above the article, are no facts."""
    rec = extract_text("Tin nóng: Tuy Hòa đón 3.600 lượt khách dịp cuối tuần • Sông Cầu thu hoạch tôm hùm • 12 đơn vị "
                       "nhận cờ thi đua của UBND tỉnh\n\n" + _LEAD)
    assert [f.raw for f in rec.facts] == ["8 nghị quyết"]


def test_a_copied_date_lines_counters_time_zone_and_hotline_are_chrome():
    """The furniture of a date line copied as text: a counter after the time ("17:42 0 bình luận"), the time zone
    before a counter's label ("10:25 GMT+7 Lượt xem: 3.106"), a hotline number ("Đường dây nóng: 0254.3852.309 RSS")."""
    for line in ("Thứ Sáu, 28/11/2025 17:42 0 bình luận A- A+", "31/10/2025 06:45 1.932 lượt xem",
                 "Thứ Tư, 11/07/2018 | 10:25 GMT+7 Lượt xem: 3.106",
                 "Thứ Bảy, 04/11/2023 Đường dây nóng: 0254.3852.309 RSS"):
        rec = extract_text(f"{line}\n\nPhường Lê Lợi thông qua 8 nghị quyết\n\n{_LEAD}")
        assert [f.raw for f in rec.facts] == ["8 nghị quyết"], line


def test_a_menu_copied_one_item_a_line_names_no_meeting():
    """A portal's menu copied as text, one item a line ("Kỳ họp HĐND tỉnh", "HĐND cấp huyện, xã", ...): chrome; the
    lead's council ("Hội đồng nhân dân huyện Ba Tri") holds the meeting."""
    menu = "\n\n".join(["TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ", "Giới thiệu", "Kỳ họp HĐND tỉnh", "HĐND cấp huyện, xã",
                        "Hoạt động giám sát", "Tiếp xúc cử tri", "Nghị quyết - Văn bản", "Hỏi đáp - Góp ý", "Liên hệ"])
    rec = extract_text(f"HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE\n\n{menu}\n\nBa Tri: Khai mạc kỳ họp thứ 14 Hội đồng nhân dân "
                       "huyện khóa XI\n\nSáng ngày 12 tháng 12 năm 2019, Hội đồng nhân dân huyện Ba Tri khai mạc kỳ họp "
                       "thứ 14 để đánh giá tình hình năm 2019. Tổng thu ngân sách ước đạt 218,5 tỷ đồng, vượt 12,4% dự "
                       "toán tỉnh giao.\n\nKỳ họp thông qua 9 nghị quyết.\n\nCác đại biểu thống nhất với các báo cáo.")
    m = rec.meeting
    assert (m.locality, m.locality_kind, m.province) == ("Ba Tri", "huyện", "Bến Tre")


def test_short_capitalised_lines_of_a_report_list_stay_text():
    """Fewer than eight short lines ("Kinh tế", "Văn hóa - xã hội", ...), or lines with digits or marks, are no menu."""
    from soket.ingest.chrome import find_chrome
    text = ("Kết quả 6 tháng đầu năm\n\nKinh tế\n\nVăn hóa - xã hội\n\nQuốc phòng - an ninh\n\nXây dựng Đảng\n\n"
            "Thu ngân sách đạt 52 tỷ đồng, bằng 61% dự toán.")
    assert find_chrome(text) == []


def test_related_headlines_with_their_dates_in_brackets_are_chrome():
    """"Những tin cũ hơn" / "Trao 200 phần quà cho hộ nghèo (10/12/2025)": a listed headline ending on its bracketed
    date, blank lines between, is no fact of the report."""
    rec = extract_text(f"{_LEAD}\n\nNhững tin cũ hơn\n\nTrao 200 phần quà cho hộ nghèo, hộ cận nghèo (10/12/2025)\n\n"
                       "Xã giao chỉ tiêu tuyển quân năm 2026 cho 9 ấp (05/12/2025)")
    assert [f.raw for f in rec.facts] == ["8 nghị quyết"]
