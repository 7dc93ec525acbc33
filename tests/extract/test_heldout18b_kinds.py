"""Failure kinds found by the first sight of ex287-ex298 (round heldout18b: the centre and the highlands), one rule
a test, in sentences of the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract import gazetteer as gz
from soket.extract.people import byline_names, extract_authors, sentence_people

from . import fact_with_raw as _fact

_LEAD = "Ngày 12/4/2020, UBND huyện Di Linh tổ chức hội nghị đánh giá kết quả quý I năm 2020.\n"


def test_a_byline_of_initials_and_a_name():
    """"T.VŨ", "N.T. Hà": a byline shortened to initials, closed by full stops, is a name; a ward so shortened
    ("P.Hải Châu") is a place."""
    assert byline_names("T.VŨ") == ["T.Vũ"]
    assert byline_names("Tin: N.T. Hà") == ["N.T. Hà"]
    assert byline_names("P.Hải Châu") == []
    text = _LEAD + "Thu ngân sách đạt 52 tỷ đồng, bằng 26% dự toán.\n\nT.NGÂN\n\nCác tin khác\n• Bảo Lâm ra quân làm đường\n"
    assert extract_text(text).authors == ["T.Ngân"]


def test_a_byline_under_the_title_with_its_office_in_brackets_then_the_date_line():
    """"Minh Trang (Trung tâm ... xã Yên Hòa)" under the title, then "15/12/2025 16:40", then the lead."""
    lines = ["HĐND xã Yên Hòa tổ chức kỳ họp thường lệ cuối năm 2025",
             "Minh Trang (Trung tâm cung ứng dịch vụ công xã Yên Hòa)",
             "15/12/2025 16:40",
             "Sáng ngày 15/12, HĐND xã Yên Hòa họp kỳ thường lệ cuối năm để đánh giá kết quả năm 2025 và quyết định "
             "nhiệm vụ năm 2026.",
             "Thu ngân sách nhà nước ước đạt 21 tỷ đồng."]
    assert extract_authors("\n".join(lines), []) == ["Minh Trang"]


def test_an_infographic_credit_and_a_comment_form_after_the_byline():
    """"Thực hiện: A" credits an infographic's author; a reader's form under the byline ("Thông tin bạn đọc" /
    "Đóng Lưu thông tin") and a bare "Cùng chuyên mục" list are chrome."""
    rec = extract_text(_LEAD + "Có 40/40 đại biểu tán thành.\n\nThực hiện: Ngọc Lan\n\nCùng chuyên mục\n"
                       "- [Infographic] 5 dấu ấn của huyện năm 2019\n")
    assert rec.authors == ["Ngọc Lan"]
    assert [f.raw for f in rec.facts] == ["40/40 đại biểu"]
    rec = extract_text(_LEAD + "Thu ngân sách đạt 52 tỷ đồng.\n\nMINH HẢI\n\nThông tin bạn đọc\nĐóng Lưu thông tin\n")
    assert rec.authors == ["Minh Hải"]


def test_a_plan_missed_then_another_beaten_takes_the_sign_of_the_word_nearer_the_figure():
    """"tuy chưa đạt KH huyện giao nhưng vượt 3% KH tỉnh giao": the figure beats the province's plan."""
    f = _fact("Thu ngân sách năm 2016 đạt 88 tỷ đồng, tuy chưa đạt kế hoạch huyện giao nhưng vượt 4% kế hoạch tỉnh giao.",
              "4%")
    assert (f.role, f.value, f.basis) == ("plan_diff_pct", 4, "kế hoạch tỉnh giao")
    f = _fact("Thu ngân sách năm 2016 đạt 88 tỷ đồng, thấp hơn 4% kế hoạch tỉnh giao.", "4%")
    assert (f.role, f.value) == ("plan_diff_pct", -4)


def test_a_bare_cost_in_brackets_after_a_works_name_is_a_fact():
    """"dự án khu du lịch Bãi Dài (500 tỷ)", "của Công ty Hòa Phát (150 tỷ đồng)": what the work costs; a bare
    figure in brackets after another place ("sau Hà Nội (khoảng 63 tỷ USD)") is still not the locality's."""
    text = ("Năm 2016 có 12 dự án khởi công, tiêu biểu là dự án khu nghỉ dưỡng Bãi Dài (500 tỷ); nhà máy chế biến gỗ "
            "của Công ty Hòa Phát (150 tỷ đồng).")
    assert _fact(text, "500 tỷ").value == 500_000_000_000
    assert _fact(text, "150 tỷ đồng").value == 150_000_000_000
    rec = extract_text("Kim ngạch xuất khẩu của tỉnh đứng thứ hai, sau Hà Nội (khoảng 63 tỷ USD).")
    assert rec.facts == []


def test_the_closing_half_the_lead_names_outranks_a_bare_year_in_the_body():
    """A session "bàn phương hướng, nhiệm vụ 6 tháng cuối năm 2025" whose body names only "năm 2025" (the year of a
    staffing quota) is for the closing half."""
    rec = extract_text("HĐND phường Sơn Trà họp kỳ thứ hai\n\nSáng 20/8, HĐND phường Sơn Trà tổ chức kỳ họp thứ hai để "
                       "bàn phương hướng, nhiệm vụ 6 tháng cuối năm 2025.\n\nKỳ họp thông qua 4 nghị quyết, trong đó "
                       "có nghị quyết giao biên chế năm 2025.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 7, 12)


def test_a_monthly_meeting_reviews_its_month_not_the_months_its_body_recalls():
    """"phiên họp thường kỳ tháng 7 ... tình hình kinh tế - xã hội tháng 7", then "Trước đó, 6 tháng đầu năm, ...":
    the meeting's own month."""
    rec = extract_text("Sáng 25/7, UBND tỉnh tổ chức phiên họp thường kỳ tháng 7/2024 nghe báo cáo tình hình kinh tế - "
                       "xã hội tháng 7.\n\nKinh tế phát triển ổn định. Trước đó, 6 tháng đầu năm, GRDP của tỉnh ước "
                       "tăng 6,9%.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 7, 7)


def test_a_province_whose_last_syllable_is_a_surname_ends_the_title():
    """"Chủ tịch UBND tỉnh Lâm Đồng Hồ Văn Mười": "Đồng" is a family name too, the longer place wins."""
    assert sentence_people("Chủ tịch UBND tỉnh Lâm Đồng Hồ Văn Mười phát biểu tại hội nghị.") == \
        [("Hồ Văn Mười", ["Chủ tịch UBND tỉnh Lâm Đồng"])]


def test_a_highland_syllable_printed_without_its_breve():
    """"Chư Pah" as papers print "Chư Păh"."""
    assert {u.province for u in gz.lookup("Chư Pah")} == {"Gia Lai"}


def test_a_word_glued_to_the_number_after_it():
    """"và9,7 ha": a typing slip; a unit's exponent ("km2") and a cue glued to a percentage stay as written."""
    assert _fact("Năm 2025, xã duy trì 25 ha rau an toàn và9,7 ha nhà lưới.", "9,7 ha").value == 9.7
    assert _fact("Năm 2025, diện tích rừng trồng mới 3 km2.", "3 km2").unit == "km2"


def test_a_count_of_the_places_a_meeting_is_held_at_names_itself():
    """"họp trực tiếp kết hợp trực tuyến tại 3 điểm cầu chính": the meeting held there is no part of the count."""
    f = _fact("Năm 2025, kỳ họp diễn ra theo mô hình mới: họp trực tiếp kết hợp trực tuyến tại 4 điểm cầu chính.",
              "4 điểm cầu")
    assert f.subject == "điểm cầu chính"



def test_a_page_copied_as_text_keeps_its_header_furniture_out():
    """A page copied as text: its menu one item a line, the station's frequency, the date line's time zone, view and
    comment counters after the time, the hotline's number and a ticker of headlines are no report sentences; the
    byline in capitals right above the date line is the author."""
    menu = "\n".join(["Chính trị", "Xã hội", "Pháp luật", "Kinh tế", "Thế giới", "Giáo dục", "Y tế", "Thể thao"])
    text = ("Thứ Ba, 14/10/2025 | Đường dây nóng: 0258.3822.115\nĐÀI PHÁT THANH - TRUYỀN HÌNH | FM 102,7MHz\n" + menu +
            "\nTin mới: Cam Ranh đón 1.200 khách • Ninh Hòa khởi công 3 tuyến đường\n\n"
            "Hội nghị Ban Chấp hành Đảng bộ xã Diên Lâm lần thứ 3\n\nHOÀNG MINH\n14/10/2025 09:20\n\n"
            "14/10/2025 09:20 1.204 lượt xem\nThứ Ba, 14/10/2025 | 08:15 GMT+7\n\n"
            "Sáng 14/10, Ban Chấp hành Đảng bộ xã Diên Lâm tổ chức hội nghị lần thứ 3 đánh giá kết quả 9 tháng đầu năm "
            "2025. Thu ngân sách trên địa bàn xã đạt 18,6 tỷ đồng, bằng 82% dự toán năm.\n")
    rec = extract_text(text)
    assert sorted(f.raw for f in rec.facts) == ["18,6 tỷ đồng", "82%"]
    assert rec.authors == ["Hoàng Minh"]
    assert rec.meeting.date == "2025-10-14"


def test_an_index_scored_in_points_is_its_own_subject():
    """"Chỉ số phục vụ người dân và doanh nghiệp năm 2025 đạt trên 94 điểm, xếp thứ 12/166 xã": the index is what the
    points measure (not the points themselves); the rank is no figure."""
    rec = extract_text("Chỉ số cải cách hành chính của huyện năm 2024 đạt 88,6 điểm, xếp thứ 3/9 huyện, thị xã.")
    assert [(f.raw, f.subject) for f in rec.facts] == [("88,6 điểm", "Chỉ số cải cách hành chính của huyện")]


def test_a_byline_and_its_date_line_as_a_copied_page_prints_them():
    """Under the title: "HẢI ĐĂNG" above "Thứ Tư, 07-12-2022, 18:26"; "Ngọc Tú 06/12/2025 07:15" and "Thanh Hoa Thứ
    Năm, 04/07/2024 16:42 (GMT+7)" with no bar; "Bởi Thanh Thắng" above "04/07/2024 312". A date line's weekday
    ("Thứ Sáu 12/07/2024") and a dateline's city ("Hà Nội 06/12/2025") are no authors."""
    title = "HĐND xã Xuân Mai thông qua nhiều nghị quyết quan trọng"
    lead = ("Sáng 5/12, HĐND xã Xuân Mai tổ chức kỳ họp thứ ba để đánh giá kết quả năm 2025 và quyết định nhiệm vụ "
            "năm 2026.")
    cases = [(["HẢI ĐĂNG", "Thứ Tư, 07-12-2022, 18:26"], ["Hải Đăng"]),
             (["Ngọc Tú 06/12/2025 07:15"], ["Ngọc Tú"]),
             (["Thanh Hoa Thứ Năm, 04/07/2024 16:42 (GMT+7)"], ["Thanh Hoa"]),
             (["Bởi Thanh Thắng", "04/07/2024 312"], ["Thanh Thắng"]),
             (["Thứ Sáu 12/07/2024 , 09:00 (GMT+7)"], []),
             (["Hà Nội 06/12/2025"], [])]
    for byline, names in cases:
        assert extract_authors("\n".join(["BÁO HÀ NỘI MỚI", "Chính trị", title, *byline, lead]), []) == names, byline


def test_bylines_at_the_end_of_a_copied_page():
    """"Nguồn tin: Hà Linh" (a portal's source field naming its author, a commune's name too); "Thanh Nhàn (Văn phòng
    UBND tỉnh)" above "In | Gửi email | Chia sẻ"; "Thu Hằng/VOV-Đông Bắc" above "Tag: ..."; a province as the source
    ("Nguồn: Lai Châu", "Nguồn: Hà Nội TV") names no author."""
    from soket.ingest.chrome import find_chrome

    body = _LEAD + "Thu ngân sách đạt 52 tỷ đồng, bằng 26% dự toán.\n"
    for tail, names in [("Nguồn tin: Hà Linh\n\nCác tin khác\n- Lâm Hà ra quân làm thủy lợi", ["Hà Linh"]),
                        ("Thanh Nhàn (Văn phòng UBND tỉnh)\nIn | Gửi email | Chia sẻ", ["Thanh Nhàn"]),
                        ("Thu Hằng/VOV-Đông Bắc\nTag: Quảng Ninh GRDP", ["Thu Hằng"]),
                        ("Nguồn: Lai Châu", []), ("Nguồn: Hà Nội TV", [])]:
        assert extract_authors(body + tail, find_chrome(body + tail)) == names, tail
