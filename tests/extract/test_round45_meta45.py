"""Round 45 (meta45): meeting metadata on real published pages. A council's standing body (Thường trực HĐND) meeting
between sessions is no session of the council ("other"), and numbers none of the sessions it prepares; a unit the
gazetteer has under no name lies in the province of the portal that publishes it; a body named by its unit word
alone takes the place the page's own address names in its path (one unit of that word, existing on the meeting's
date); a page stamp "HH:MM dd/mm/yyyy" run into the lead dates the page, and the months reviewed at a session of
that year are that year's, not the next year's a plan names. Every sentence is invented; each rule has a near miss
that must not change. A body whose words close a member's rank ("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành
ủy") is where the person belongs, not the body that met. The address path numbers a council's session ("ky-hop-thu-
tu") or a conference ("hoi-nghi-ban-chap-hanh-...-lan-thu-15") that the text leaves unnumbered."""

from __future__ import annotations

from soket.extract.pipeline import extract_text

# --- a council's standing body ----------------------------------------------------------------------------------------


def test_standing_body_of_a_council_holding_a_giao_ban_is_other():
    rec = extract_text(
        "Sáng 12/7/2023, Thường trực HĐND tỉnh Tân Lập tổ chức hội nghị giao ban với Thường trực HĐND các huyện, thị "
        "xã 6 tháng đầu năm 2023. Đồng chí Hà Văn Lộc, Phó Chủ tịch Thường trực HĐND tỉnh chủ trì hội nghị.")
    assert rec.meeting.body_kind == "other"
    assert rec.meeting.chairs == ["Hà Văn Lộc"]


def test_standing_body_of_a_council_monthly_meeting_numbers_no_session_it_prepares():
    rec = extract_text(
        "Ngày 25/10/2022, Thường trực HĐND huyện Đông Sơn họp phiên thường kỳ tháng 10, cho ý kiến về công tác chuẩn "
        "bị kỳ họp thứ 9 HĐND huyện. Bà Lê Thị Nga, Chủ tịch HĐND huyện chủ trì phiên họp.")
    assert rec.meeting.body_kind == "other"
    assert rec.meeting.session is None


def test_near_miss_the_standing_body_convening_the_session_is_the_council_meeting():
    rec = extract_text(
        "Ngày 20/12/2024, Thường trực HĐND xã Tân Lập triệu tập kỳ họp thứ 11 HĐND xã khóa XX để đánh giá kết quả "
        "năm 2024. Thu ngân sách xã đạt 12 tỷ đồng.")
    assert rec.meeting.body_kind == "peoples_council"
    assert rec.meeting.session == 11


def test_near_miss_a_person_titled_by_the_standing_body_leaves_the_council_session():
    rec = extract_text(
        "Sáng 8/12/2023, HĐND tỉnh khóa XVI khai mạc kỳ họp thứ 14. Dự kỳ họp có ông Trần Văn Bình, Phó Chủ tịch "
        "Thường trực HĐND tỉnh.")
    assert rec.meeting.body_kind == "peoples_council"
    assert rec.meeting.session == 14


# --- a unit the gazetteer does not have, on a provincial portal ------------------------------------------------------------


def test_unit_unknown_to_the_gazetteer_lies_in_its_portals_province():
    rec = extract_text(
        "https://yenthe.bacgiang.gov.vn/tin-tuc/ky-hop-thu-3\n"
        "Ngày 28/7/2017, HĐND thị trấn Nham Khê tổ chức kỳ họp thứ 3 đánh giá kết quả 6 tháng đầu năm 2017.")
    assert (rec.meeting.locality, rec.meeting.locality_kind) == ("Nham Khê", "thị trấn")
    assert rec.meeting.province == "Bắc Giang"


def test_near_miss_a_national_paper_gives_no_province_to_an_unknown_unit():
    rec = extract_text(
        "https://www.vietnamplus.vn/ky-hop-thu-3-post1.vnp\n"
        "Ngày 28/7/2017, HĐND thị trấn Nham Khê tổ chức kỳ họp thứ 3 đánh giá kết quả 6 tháng đầu năm 2017.")
    assert rec.meeting.locality == "Nham Khê"
    assert rec.meeting.province is None


# --- the place the page's address names ---------------------------------------------------------------------------------


def test_body_named_by_its_unit_word_takes_the_unit_the_address_slug_names():
    rec = extract_text(
        "https://baoquangnam.vn/que-son-be-mac-ky-hop-hdnd-huyen-a1234.html\n"
        "Ngày 19/12/2018, HĐND huyện tổ chức kỳ họp thứ 8, đánh giá tình hình kinh tế - xã hội năm 2018. Tổng thu "
        "ngân sách trên địa bàn đạt 210 tỷ đồng.")
    assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.province) == ("Quế Sơn", "huyện", "Quảng Nam")


def test_near_miss_the_text_naming_its_place_wins_over_the_slug():
    rec = extract_text(
        "https://baoquangnam.vn/que-son-be-mac-ky-hop-hdnd-huyen-a1234.html\n"
        "Ngày 19/12/2018, HĐND huyện Thăng Bình tổ chức kỳ họp thứ 8, đánh giá tình hình kinh tế - xã hội năm 2018.")
    assert (rec.meeting.locality, rec.meeting.locality_kind) == ("Thăng Bình", "huyện")


def test_near_miss_a_slug_unit_of_another_unit_word_names_no_body():
    rec = extract_text(
        "https://baoquangnam.vn/que-son-be-mac-ky-hop-a1234.html\n"
        "Ngày 19/12/2018, HĐND xã tổ chức kỳ họp thứ 8, đánh giá tình hình kinh tế - xã hội năm 2018.")
    assert rec.meeting.locality is None


# --- a page's stamp run into the lead -----------------------------------------------------------------------------------


def test_clock_and_date_opening_the_lead_date_the_page_and_its_session():
    rec = extract_text(
        "09:15 05/07/2016 Sáng 5-7, HĐND quận Tân Lập khai mạc kỳ họp thứ 2, xem xét tình hình kinh tế - xã hội 6 "
        "tháng đầu năm, nhiệm vụ 6 tháng cuối năm; thông qua chương trình giám sát năm 2017 của HĐND quận.")
    assert rec.meeting.date == "2016-07-05"
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2016, 1, 6)


def test_near_miss_a_year_end_sessions_next_year_stays_the_plans():
    """(fixc) A whole year of the next year at a December session is the year the session plans, not months it
    has reviewed: the stamp's year does not move it back (ex584 as a page)."""
    rec = extract_text(
        "08:15 27/12/2022 Sáng 27-12, HĐND xã An Bình khai mạc kỳ họp thứ 6, thông qua nghị quyết về nhiệm vụ phát "
        "triển kinh tế - xã hội năm 2023. Tổng thu nhập xã hội năm 2023 phấn đấu đạt 621 tỉ đồng.")
    assert rec.meeting.date == "2022-12-27"
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2023, 1, 12)


def test_near_miss_a_date_inside_the_lead_sentence_is_no_stamp():
    rec = extract_text(
        "Sáng 05/07/2016, HĐND quận Tân Lập khai mạc kỳ họp thứ 2, xem xét tình hình kinh tế - xã hội 6 tháng đầu "
        "năm 2016.")
    assert rec.meeting.date == "2016-07-05"
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2016, 1, 6)


# --- a body a member's rank names -------------------------------------------------------------------------------------


def test_body_in_a_members_rank_is_not_the_one_that_met():
    rec = extract_text(
        "Chủ trì hội nghị có các đồng chí: Vi Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy; Nông Thị Hà, "
        "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Tân Lập. Hội nghị đánh giá kết quả lãnh đạo quý I năm 2024.")
    assert rec.meeting.body_kind == "executive_committee"


def test_near_miss_the_standing_committee_holding_the_meeting_keeps_it():
    rec = extract_text(
        "Ngày 5/4/2024, Ban Thường vụ Thành ủy Tân Lập tổ chức hội nghị đánh giá kết quả lãnh đạo quý I năm 2024. "
        "Đồng chí Vi Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy chủ trì hội nghị.")
    assert rec.meeting.body_kind == "standing_committee"


# --- the number the address gives a meeting -----------------------------------------------------------------------------


def test_council_session_numbered_only_by_the_address():
    rec = extract_text(
        "https://baoquangnam.vn/thang-binh-ky-hop-thu-tu-hdnd-huyen-khoa-xi-a55.html\n"
        "Ngày 20/12/2017, HĐND huyện Thăng Bình tổ chức kỳ họp, đánh giá kết quả năm 2017.")
    assert rec.meeting.body_kind == "peoples_council"
    assert rec.meeting.session == 4


def test_conference_numbered_only_by_the_address():
    rec = extract_text(
        "https://baoquangnam.vn/hoi-nghi-ban-chap-hanh-dang-bo-huyen-thang-binh-lan-thu-15-a56.html\n"
        "Ngày 10/7/2018, Ban Chấp hành Đảng bộ huyện Thăng Bình tổ chức hội nghị đánh giá 6 tháng đầu năm 2018.")
    assert rec.meeting.body_kind == "executive_committee"
    assert rec.meeting.session == 15


def test_near_miss_the_text_number_wins_and_another_bodys_slug_numbers_nothing():
    rec = extract_text(
        "https://baoquangnam.vn/thang-binh-ky-hop-thu-tu-hdnd-huyen-a55.html\n"
        "Ngày 20/12/2017, HĐND huyện Thăng Bình tổ chức kỳ họp thứ 5, đánh giá kết quả năm 2017.")
    assert rec.meeting.session == 5
    rec = extract_text(
        "https://baoquangnam.vn/ubnd-huyen-thang-binh-chuan-bi-ky-hop-thu-tu-a57.html\n"
        "Ngày 10/12/2017, UBND huyện Thăng Bình họp thường kỳ tháng 11, đánh giá kết quả 11 tháng năm 2017.")
    assert rec.meeting.body_kind == "peoples_committee"
    assert rec.meeting.session is None
