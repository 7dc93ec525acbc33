"""extract/period.py: the period a report reviews."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.period import find_period, year_reviewed
from soket.extract.sentences import split_sentences


def test_nine_months_of_a_year():
    p = find_period(split_sentences("Báo cáo tình hình kinh tế - xã hội 9 tháng đầu năm 2023 và nhiệm vụ quý IV."),
                    None)
    assert (p.year, p.start_month, p.end_month) == (2023, 1, 9)


def test_first_half_takes_the_fallback_year():
    p = find_period(split_sentences("Sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm."), 2022)
    assert (p.year, p.start_month, p.end_month) == (2022, 1, 6)


def test_a_whole_year_review():
    p = find_period(split_sentences("Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022."), None)
    assert (p.year, p.start_month, p.end_month) == (2021, 1, 12)


def test_a_year_end_meeting_reviews_its_own_year_not_an_earlier_one_named_first():
    rec = extract_text("Ngày 18/12/2024, HĐND huyện Mường Tè khai mạc kỳ họp thứ 14. Năm 2023, huyện mới đạt "
                       "15/21 chỉ tiêu. Năm 2024, thu ngân sách trên địa bàn đạt 96 tỷ đồng, vượt 6% dự toán.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 12)


def test_a_year_named_as_a_comparison_is_no_period():
    ss = split_sentences("Thu ngân sách đạt 96 tỷ đồng, tăng 5% so với năm 2024. Năm 2023, huyện đạt 15 chỉ tiêu.")
    assert year_reviewed(ss, 2024) is None
    assert year_reviewed(ss, 2023) is not None


def test_a_headline_under_the_masthead_names_the_year_the_lead_its_months():
    text = ("BÁO NGHỆ AN\nThứ Ba, 15/07/2025 08:10\nThời sự | Kinh tế | Xã hội\n\n"
            "Yên Thành: nỗ lực cán đích năm 2025\n\n"
            "Hội nghị Ban Chấp hành Đảng bộ huyện Yên Thành đánh giá kết quả nửa đầu năm và bàn giải pháp "
            "cho những tháng còn lại.")
    p = find_period(split_sentences(text), None)
    assert (p.year, p.start_month, p.end_month) == (2025, 1, 6)
    # a sentence of the body that names the year is no headline: the year stands
    text = ("Sáng 6/1, Huyện ủy Yên Thành tổ chức hội nghị.\n\nHội nghị tổng kết công tác năm 2024.\n\n"
            "Hội nghị cũng nêu tình hình 9 tháng đầu năm của ngành giáo dục.")
    p = find_period(split_sentences(text), None)
    assert (p.year, p.start_month, p.end_month) == (2024, 1, 12)


def test_a_mid_year_session_reviews_the_first_half_but_mid_year_alone_does_not():
    r = extract_text("Sáng 11/7, HĐND tỉnh Bình Thuận khai mạc kỳ họp thường lệ giữa năm 2024.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2024, 1, 6)
    r = extract_text("Ngày 20/12, UBND huyện Đức Linh tổng kết năm 2024. Từ giữa năm 2024, giá cà phê tăng mạnh.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2024, 1, 12)


def test_the_months_a_mid_year_session_names_keep_their_own_label():
    r = extract_text("Sáng 11/7, HĐND huyện Hàm Tân khai mạc kỳ họp thường lệ giữa năm 2024. Kỳ họp đánh giá "
                     "tình hình 6 tháng đầu năm 2024.")
    assert (r.period.start_month, r.period.end_month, r.period.label) == (1, 6, "6 tháng đầu năm 2024")
    # a whole year named after the session does not outrank it
    r = extract_text("Sáng 11/7, HĐND huyện Hàm Tân khai mạc kỳ họp giữa năm. Năm 2024, huyện thu ngân sách "
                     "đạt 300 tỷ đồng.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2024, 1, 6)


def test_a_thematic_session_under_a_page_masthead_reviews_no_period():
    """The title and the lead are counted from the first sentence naming the meeting, below the masthead,
    the section path and the dateline: a thematic session named there reviews no period."""
    text = ("BÁO ĐIỆN TỬ TỈNH\nCơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh\nChính trị > Hoạt động HĐND\n"
            "Thứ Ba, 22/09/2020 - 16:40\nKỳ họp chuyên đề HĐND huyện Lệ Thủy: thông qua 9 nghị quyết\n"
            "Chiều nay, HĐND huyện Lệ Thủy tổ chức kỳ họp thứ 14 (kỳ họp chuyên đề).\n"
            "Kỳ họp điều chỉnh kế hoạch đầu tư công năm 2020 của huyện.")
    r = extract_text(text)
    assert (r.period.year, r.period.start_month, r.period.end_month) == (None, None, None)
    assert r.meeting.date == "2020-09-22"


def test_a_monthly_meetings_running_total_names_no_period_but_a_written_period_does():
    lead = "Ngày 29/4/2024, UBND huyện Ba Bể tổ chức phiên họp thường kỳ tháng 4, đánh giá kết quả trong tháng. "
    rec = extract_text(lead + "Thu ngân sách tháng 4 ước đạt 1,6 tỷ đồng, lũy kế 4 tháng đạt 6,2 tỷ đồng.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 4, 4)
    rec = extract_text(lead + "Thu ngân sách tháng 4 ước đạt 1,6 tỷ đồng, lũy kế 4 tháng đầu năm 2024 đạt 6,2 tỷ đồng.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 4)


def test_a_period_named_after_a_comparison_word_is_the_basis_not_the_one_reviewed():
    """"tăng 12% so với quý II/2023": the quarter after "so với" is the basis; the headline's bare "quý II"
    takes its year from the lead, not from the basis written with its year."""
    text = ("Huyện Tân Uyên: du lịch khởi sắc trong quý II\n\n"
            "Ngày 3-7, UBND huyện Tân Uyên họp đánh giá kết quả quý II và triển khai nhiệm vụ quý III năm 2024.\n"
            "Trong quý II, huyện đón 52.000 lượt khách, tăng 12% so với quý II/2023.")
    rec = extract_text(text)
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 4, 6)
    assert rec.meeting.date == "2024-07-03"
    p = find_period(split_sentences("Thu ngân sách tăng 8% so với 6 tháng đầu năm 2022. Hội nghị sơ kết 6 tháng."), 2023)
    assert (p.year, p.start_month, p.end_month) == (2023, 1, 6)


def test_a_thematic_sessions_bare_months_in_a_figure_name_no_period_but_a_written_period_does():
    """A thematic session reviews a period only where it names one: "thu ngân sách 7 tháng ước đạt ..."
    below the lead is a figure's span; "7 tháng đầu năm 2024" written out is a period named."""
    lead = ("Ngày 20/8/2024, HĐND huyện Krông Pắc tổ chức kỳ họp thứ 9 (kỳ họp chuyên đề) để xem xét "
            "điều chỉnh kế hoạch đầu tư công.\nKỳ họp được tổ chức tại hội trường huyện.\n"
            "Ông Lê Văn Tâm, Chủ tịch HĐND huyện chủ trì kỳ họp.\nCác đại biểu thảo luận sôi nổi.\n")
    rec = extract_text(lead + "Thu ngân sách trên địa bàn 7 tháng ước đạt 80 tỷ đồng, bằng 60% dự toán.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (None, None, None)
    rec = extract_text(lead + "Trong 7 tháng đầu năm 2024, thu ngân sách ước đạt 80 tỷ đồng, bằng 60% dự toán.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 7)


def test_a_headlines_bare_months_are_the_running_total_to_the_month_the_lead_reviews():
    """The lead reviews a single month ("đánh giá tình hình kinh tế - xã hội tháng 9"): the headline's bare
    "9 tháng" is the running total to that month; a lead that reviews "9 tháng" itself names the period."""
    title = "Phú Quốc: 9 tháng thu ngân sách hơn 4.000 tỷ đồng\n\n"
    rec = extract_text(title + "Chiều 28-9, UBND TP Phú Quốc họp đánh giá tình hình kinh tế - xã hội tháng 9, "
                       "triển khai nhiệm vụ tháng 10-2024.\nTrong tháng, thành phố đón 90.000 lượt khách.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 9, 9)
    rec = extract_text(title + "Chiều 28-9, UBND TP Phú Quốc họp thường kỳ tháng 9-2024 để đánh giá tình hình "
                       "kinh tế - xã hội 9 tháng.\nTrong tháng, thành phố đón 90.000 lượt khách.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 9)


def test_a_monthly_meeting_before_the_years_end_reviews_its_month_not_a_year_named_later():
    """"phiên họp thường kỳ tháng 9 năm 2024", then "thu ngân sách năm 2024 đạt 72% dự toán": the year is under
    way, September is reviewed; at December's meeting a year named later is the year reviewed."""
    rec = extract_text("Chiều 30/9/2024, UBND xã Phước Hưng tổ chức phiên họp thường kỳ tháng 9 năm 2024.\n"
                       "Phó Chủ tịch UBND xã Trần Văn Sơn báo cáo tình hình trong tháng.\n"
                       "Công tác thu ngân sách năm 2024 đạt 6,3 tỷ đồng, bằng 72% dự toán.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 9, 9)
    rec = extract_text("Chiều 27/12/2024, UBND xã Phước Hưng tổ chức phiên họp thường kỳ tháng 12.\n"
                       "Năm 2024, thu ngân sách đạt 9,1 tỷ đồng, bằng 104% dự toán.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 12)


def test_a_review_without_its_year_takes_the_year_of_the_months_planned_right_after_it():
    """"9 tháng qua, ..." names no year; several sentences on, "nhiệm vụ quý IV năm 2022" plans the rest of that
    year: the review is of 2022."""
    text = ("Huyện Đại Từ: thu ngân sách vượt dự toán\n\n"
            "Đồng chí Hà Văn Minh, Bí thư Huyện ủy chủ trì hội nghị.\n\n"
            "9 tháng qua, huyện đạt nhiều kết quả nổi bật. Giá trị sản xuất công nghiệp ước đạt 2.150 tỷ đồng. "
            "Thu ngân sách đạt 310 tỷ đồng, bằng 104% dự toán. Sản lượng chè ước đạt 52.000 tấn. "
            "Toàn huyện giải quyết việc làm cho 2.800 lao động.\n\n"
            "Hội nghị thống nhất các giải pháp thực hiện nhiệm vụ quý IV năm 2022.")
    rec = extract_text(text)
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2022, 1, 9)


def test_a_headlines_year_takes_the_months_the_lead_names_below_the_guest_lists():
    """The headline names a year's task ("thực hiện thắng lợi nhiệm vụ năm 2020"); the lead, below the dateline and
    two sentences of guests, names the months reviewed ("6 tháng đầu năm"): the lead's months in that year."""
    text = ("Tập trung thực hiện thắng lợi nhiệm vụ năm 2020; chuẩn bị tốt cho Đại hội Đảng bộ quận\n"
            "Ngày đăng 16/07/2020 | 10:20\n"
            "Ngày 14/7/2020, Ban Chấp hành Đảng bộ quận Đống Đa tổ chức Hội nghị lần thứ 24.\n"
            "Tới dự hội nghị có đồng chí Lê Văn Tùng - Ủy viên Ủy ban Kiểm tra Thành ủy.\n"
            "Cùng dự có các đồng chí Ủy viên Ban Chấp hành Đảng bộ quận.\n"
            "Hội nghị đánh giá kết quả công tác 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2020.")
    rec = extract_text(text)
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2020, 1, 6)


def test_a_thematic_session_deciding_on_the_second_half_reviews_no_period():
    """A thematic session ("kỳ họp chuyên đề") that approves the budget of "6 tháng cuối năm 2025" decides on those
    months; it reviews none."""
    text = ("HĐND phường Tân Mai họp chuyên đề\n\n"
            "Ngày 14/8, HĐND phường Tân Mai tổ chức kỳ họp thứ Ba (kỳ họp chuyên đề) để quyết định một số nội dung.\n\n"
            "Kỳ họp thông qua dự toán thu, chi ngân sách 6 tháng cuối năm 2025 của phường.")
    rec = extract_text(text)
    assert (rec.period.start_month, rec.period.end_month) == (None, None)


def test_a_year_followed_by_a_task_cue_is_the_year_planned():
    """A year-end session's headline leads with next year's target ("Năm 2026 phấn đấu ..."): that year is
    planned; the year reviewed is the one the report names ("Năm 2025, ...")."""
    text = ("HĐND xã Tân Lập: Năm 2026 phấn đấu thu ngân sách 60 tỷ đồng\n\n"
            "Ngày 22/12, HĐND xã Tân Lập khai mạc kỳ họp thứ 5 - kỳ họp thường lệ cuối năm.\n\n"
            "Năm 2025, thu ngân sách trên địa bàn ước đạt 54 tỷ đồng, vượt 8% dự toán.")
    rec = extract_text(text)
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 1, 12)
    assert rec.meeting.date == "2025-12-22"


def test_a_monthly_meetings_bare_running_total_names_no_period():
    """At a "họp thường kỳ tháng 10", a figure's "10 tháng" with no review word before it ("Thu ngân sách 10 tháng
    giảm") is a running total, and "2 tháng cuối năm" is planned: the meeting reviews its month."""
    text = ("Long Điền: Thu ngân sách 10 tháng giảm do nguồn thu từ đất\n\n"
            "Tại cuộc họp thường kỳ tháng 10 diễn ra chiều 3/11, UBND huyện Long Điền bàn giải pháp cho 2 tháng cuối "
            "năm 2023.\n\n"
            "Riêng tháng 10 huyện thu ngân sách được 21,4 tỷ đồng; tổng lượt khách 10 tháng lên 512.000 lượt.")
    rec = extract_text(text)
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2023, 10, 10)


def test_a_span_closed_on_a_day_is_the_period_and_its_bare_months_count_are_that_span():
    """"từ ngày 1/7 đến 31/12/2025" names the months reviewed; a headline's "6 tháng vận hành" is how long the new
    government has run, and a later "Trong 6 tháng, ..." counts the same span, not January to June."""
    text = ("Xã Tân Lập: Đảng ủy đánh giá 6 tháng vận hành chính quyền 2 cấp\n\n"
            "Ngày 27/12/2025, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức hội nghị đánh giá kết quả từ ngày 1/7 đến "
            "31/12/2025 và bàn phương hướng năm 2026.\n\n"
            "Trong 6 tháng, Đảng ủy đã kết nạp 18 đảng viên mới, đạt 72% chỉ tiêu.")
    rec = extract_text(text)
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 7, 12)


def test_a_figures_span_since_a_day_is_no_period_at_a_monthly_meeting():
    """A headline "Thu ngân sách từ ngày 1/7 đến nay đạt 71% dự toán" names one figure's span; the monthly
    meeting below it reviews its month. A span after a review word is the period reviewed."""
    rec = extract_text("Phường An Hải: Thu ngân sách từ ngày 1/7 đến nay đạt hơn 71% dự toán\n\n"
                       "Chiều 27/11/2025, UBND phường An Hải tổ chức phiên họp thường kỳ tháng 11 nhằm đánh giá kết "
                       "quả thực hiện nhiệm vụ trong tháng. Thu ngân sách trong tháng đạt 38,6 tỷ đồng.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 11, 11)
    rec = extract_text("Sáng 27/11/2025, UBND phường An Hải họp đánh giá tình hình hoạt động của chính quyền "
                       "địa phương hai cấp từ ngày 1/7/2025 đến nay.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 7, 11)


def test_the_year_of_a_same_period_comparison_is_never_the_period_reviewed():
    """"tăng 5,1% so với cùng kỳ năm 2021" at a meeting of 2022 naming no period of its own: 2021 is the
    comparison's year, so no period is read; a year the text reviews still is."""
    rec = extract_text("Ngày 26/9/2022, Huyện ủy Phú Thiện tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12. "
                       "Thu ngân sách đạt 41,3 tỷ đồng, tăng 5,1% so với cùng kỳ năm 2021.")
    assert (rec.period.year, rec.period.start_month) == (None, None)
    rec = extract_text("Ngày 20/12/2022, Huyện ủy Phú Thiện tổng kết công tác năm 2022. Thu ngân sách đạt 52 tỷ "
                       "đồng, tăng 6% so với cùng kỳ năm 2021.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2022, 1, 12)


def test_a_plans_year_named_first_yields_to_the_months_reviewed():
    """"Thực hiện chương trình công tác năm 2024, ..." and the budgets a session decides on ("phân bổ dự toán
    ngân sách năm 2024") name the year of a plan; the quarter or half-year named after them is reviewed."""
    rec = extract_text("Thực hiện chương trình công tác năm 2024, UBND xã Chư Răng tổ chức hội nghị sơ kết công tác "
                       "quý I năm 2024 và triển khai nhiệm vụ quý II.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 3)
    rec = extract_text("Ngày 8/7/2024, HĐND tỉnh Trà Vinh tổ chức kỳ họp thứ 15. Kỳ họp thông qua nghị quyết phân bổ "
                       "dự toán ngân sách năm 2024; bổ sung biên chế năm 2024. Trong 6 tháng đầu năm 2024, tổng "
                       "sản phẩm trên địa bàn ước tăng 6,4%.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 6)


def test_a_plans_year_yields_to_the_months_a_session_decides_on():
    """A session that approves next year's supervision programme and this half-year's tasks names no months
    reviewed: the half-year it decides on ("6 tháng cuối năm 2025") is the period, not the programme's year."""
    rec = extract_text("Chiều 10/7/2025, HĐND phường Vỹ Dạ tổ chức kỳ họp thứ 2, thông qua Chương trình giám sát năm "
                       "2026; nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025 và phân bổ dự "
                       "toán ngân sách năm 2025.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 7, 12)


def test_a_reviewed_year_before_the_next_items_plan_is_still_reviewed():
    """"đánh giá tình hình thực hiện nhiệm vụ năm 2017, dự kiến nhiệm vụ năm 2018": the plan word opens the list's
    next item; only a year opening its own clause ("Năm 2026, phấn đấu ...") is the year planned."""
    rec = extract_text("Sáng ngày 01/12, Ban Chấp hành Đảng bộ tỉnh Kon Tum tổ chức Hội nghị lần thứ 11 để đánh giá tình "
                       "hình thực hiện nhiệm vụ công tác năm 2017, dự kiến nhiệm vụ công tác năm 2018.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2017, 1, 12)
    assert rec.meeting.date == "2017-12-01"


def test_a_monthly_meetings_month_takes_the_year_written_with_that_month_below():
    rec = extract_text("UBND huyện tổ chức hội nghị thường kỳ tháng 3 và triển khai nhiệm vụ tháng 4.\n\n"
                       "Sáng ngày 29/3, đồng chí Chủ tịch UBND huyện chủ trì hội nghị.\n\n"
                       "Trong tháng 3/2022, huyện đã tập trung chỉ đạo sản xuất vụ xuân.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2022, 3, 3)
    assert rec.meeting.date == "2022-03-29"


def test_up_to_the_end_of_a_month_is_the_year_so_far():
    rec = extract_text("Ngày 6/9/2023, Ban Thường vụ Huyện ủy Ba Bể họp đánh giá kết quả lãnh đạo tính đến hết tháng 8 năm 2023.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2023, 1, 8)


def test_a_quarter_joined_to_its_running_months_reviews_the_running_months():
    """"quý III và 9 tháng năm 2024": the quarter is one part of the nine months, which are the period
    reviewed; a quarter reviewed alone, or joined to months ending elsewhere, stays the quarter."""
    p = find_period(split_sentences("UBND thị xã Ba Đồn họp đánh giá tình hình quý III và 9 tháng năm 2024, "
                                    "triển khai nhiệm vụ quý IV."), None)
    assert (p.year, p.start_month, p.end_month) == (2024, 1, 9)
    p = find_period(split_sentences("Thị ủy Sông Cầu sơ kết công tác quý II và lũy kế 6 tháng đầu năm 2019."), None)
    assert (p.year, p.start_month, p.end_month) == (2019, 1, 6)
    p = find_period(split_sentences("Ban Thường vụ Huyện ủy Đức Cơ sơ kết quý III năm 2021 và bàn nhiệm vụ quý IV."), None)
    assert (p.year, p.start_month, p.end_month) == (2021, 7, 9)


def test_a_leads_quarter_wins_over_a_titles_award_year_and_takes_the_leads_year():
    rec = extract_text("Huyện Krông Chro khen thưởng 5 tổ chức đảng hoàn thành xuất sắc nhiệm vụ năm 2021\n\n"
                       "Ban Chấp hành Đảng bộ huyện Krông Chro vừa họp đánh giá công tác quí I, bàn nhiệm vụ quí II "
                       "năm 2022.\n\nQuí I, thu ngân sách trên địa bàn được 9,2 tỷ đồng.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2022, 1, 3)
    assert rec.meeting.date == "2022"


def test_the_opening_is_read_once_a_document(monkeypatch) -> None:
    """find_period asks for the opening sentences about eight times: they are read once (the same answer each time)."""
    import soket.extract.period as period_mod
    from soket.extract.sentences import split_sentences as split

    calls: list[int] = []
    real = period_mod._read_opening
    monkeypatch.setattr(period_mod, "_read_opening", lambda s, rx: calls.append(1) or real(s, rx))
    period_mod._last_opening.clear()
    text = ("Sơ kết 6 tháng đầu năm 2026.\n\nSáng 10/7, HĐND huyện khai mạc kỳ họp thứ 12 đánh giá kết quả 6 tháng "
            "đầu năm 2026 và nhiệm vụ 6 tháng cuối năm. Tổng thu ngân sách đạt 120 tỷ đồng.\n")
    sents = split(text)
    p = period_mod.find_period(sents, None)
    assert (p.year, p.start_month, p.end_month) == (2026, 1, 6)
    assert calls == [1]
    period_mod.find_period(list(sents), None)  # another list: read again
    assert calls == [1, 1]
