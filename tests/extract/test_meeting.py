"""extract/meeting.py: the meeting a report comes from (body, locality, session, date)."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.meeting import body_kind, extract_meeting, meeting_sentence, session_number
from soket.extract.period import find_period
from soket.extract.sentences import split_sentences


def _meeting(text: str):
    ss = split_sentences(text)
    return extract_meeting(ss, text, find_period(ss, None))


def test_party_executive_committee_conference():
    text = ("Ngày 14/7/2023, Ban Chấp hành Đảng bộ huyện Tam Đảo tổ chức Hội nghị lần thứ 15 (mở rộng) "
            "sơ kết công tác 6 tháng đầu năm 2023.")
    ss = split_sentences(text)
    sent = meeting_sentence(ss)
    assert sent is not None
    assert body_kind(sent, ss) == "executive_committee"
    assert session_number(sent, ss) == 15
    m = _meeting(text)
    assert (m.locality, m.locality_kind, m.province, m.date) == ("Tam Đảo", "huyện", "Vĩnh Phúc", "2023-07-14")


def test_council_session_number_in_words():
    m = _meeting("Kỳ họp thứ Mười hai HĐND thị xã Phú Thọ khóa XX diễn ra ngày 20/12/2022 "
                 "để đánh giá kết quả năm 2022.")
    assert (m.body_kind, m.session, m.date) == ("peoples_council", 12, "2022-12-20")
    assert (m.locality, m.locality_kind) == ("Phú Thọ", "thị xã")


def test_peoples_committee_of_a_commune():
    m = _meeting("UBND xã Tân Lập họp phiên thường kỳ tháng 9 để đánh giá kết quả 9 tháng năm 2024.")
    assert (m.body_kind, m.locality, m.locality_kind) == ("peoples_committee", "Tân Lập", "xã")


def test_old_tone_placement_names_the_same_body():
    a = _meeting("Ban Thường vụ Huyện ủy Tam Đảo họp ngày 3/4/2024 sơ kết quý I năm 2024.")
    b = _meeting("Ban Thường vụ Huyện uỷ Tam Đảo họp ngày 3/4/2024 sơ kết quý I năm 2024.")
    assert a.body_kind == b.body_kind is not None
    assert (a.locality, a.date) == (b.locality, b.date) == ("Tam Đảo", "2024-04-03")



def test_a_related_headline_in_the_page_chrome_numbers_no_session():
    rec = extract_text(
        "UBND XÃ ĐỒNG TÂM HỌP PHIÊN THƯỜNG KỲ THÁNG 10\n\n"
        "Chiều ngày 03/11/2025, UBND xã Đồng Tâm họp phiên thường kỳ tháng 10 đánh giá kết quả 10 tháng "
        "đầu năm 2025. Thu ngân sách trên địa bàn đạt 21,4 tỷ đồng.\n\n"
        "Tác giả: Mai Anh - Văn phòng HĐND và UBND xã\nLượt xem: 211\nBài viết liên quan:\n"
        "- Hội nghị liên tịch chuẩn bị kỳ họp thứ 5 HĐND xã\n- Xã Đồng Tâm trao 50 suất quà\n")
    assert rec.meeting.session is None
    assert rec.authors == ["Mai Anh"]


def test_a_councils_session_numbers_no_party_committees_meeting():
    lead = "Ngày 8/4/2026, Ban Chấp hành Đảng bộ xã Tân Lập tổ chức hội nghị sơ kết quý I năm 2026. "
    end = "Kết luận hội nghị, đồng chí Bí thư yêu cầu chuẩn bị chu đáo các điều kiện để tổ chức kỳ họp thứ hai HĐND xã."
    m = _meeting(lead + end)
    assert (m.body_kind, m.session) == ("executive_committee", None)
    m = _meeting("Ngày 8/4/2026, HĐND xã Tân Lập tổ chức kỳ họp chuyên đề. Đây là kỳ họp thứ hai của HĐND xã khóa mới.")
    assert (m.body_kind, m.session) == ("peoples_council", 2)


def test_a_session_number_after_the_bodys_term_and_a_comma():
    """"Hội nghị Ban Chấp hành Đảng bộ thành phố khóa XXI, lần thứ 17": the number follows the body's full
    name and term, after a comma."""
    rec = extract_text("Ngày 10-7, Ban Thường vụ Thành ủy Châu Đốc tổ chức Hội nghị Ban Chấp hành Đảng bộ thành phố "
                       "khóa XXI, lần thứ 17 (mở rộng) để sơ kết 6 tháng đầu năm 2024.")
    assert (rec.meeting.body_kind, rec.meeting.session) == ("executive_committee", 17)
    rec = extract_text("Ngày 10-7, Huyện ủy Tri Tôn tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện khóa XI lần thứ 9.")
    assert rec.meeting.session == 9


def test_a_session_number_after_a_bracketed_mo_rong():
    """"Hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần thứ 14, Khóa VI": the bracket is passed over."""
    rec = extract_text("Ngày 15/7/2018, Huyện ủy Đất Đỏ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) "
                       "lần thứ 14, Khóa VI, sơ kết 6 tháng đầu năm.")
    assert (rec.meeting.body_kind, rec.meeting.session) == ("executive_committee", 14)


def test_the_meeting_sentences_own_full_date_stands_against_earlier_years_named_after_it():
    """No page date: "Ngày 12/12/2019, HĐND tỉnh ... khai mạc kỳ họp" dates the meeting, whatever years of a
    breakdown the text names first ("trong đó năm 2017 đạt 6,8%")."""
    rec = extract_text("Ngày 10/12/2019, HĐND tỉnh Hà Nam khai mạc kỳ họp thứ 12. Tăng trưởng kinh tế bình quân giai "
                       "đoạn 2017-2019 đạt 7,5%, trong đó năm 2017 đạt 6,8%, năm 2018 đạt 7,6%, năm 2019 ước đạt 8,1%.")
    assert rec.meeting.date == "2019-12-10"
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2019, 1, 12)


def test_a_meeting_dated_before_the_end_of_the_year_it_reviews_takes_the_pages_year():
    """On a page of 06/01/2020, "Sáng ngày 3/1/2019, HĐND xã ... đánh giá kết quả năm 2019": no meeting reviews a
    year on its third day, so the old year was typed again; the page's year stands."""
    text = ("Thứ Hai, 06/01/2020 | 08:15\n\n"
            "Sáng ngày 3/1/2019, HĐND xã Đạo Tú tổ chức kỳ họp thứ 9 đánh giá kết quả thực hiện nhiệm vụ năm 2019.\n"
            "Năm 2019, thu ngân sách xã đạt 6,2 tỷ đồng, bằng 108% dự toán.")
    rec = extract_text(text)
    assert rec.meeting.date == "2020-01-03"
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2019, 1, 12)


def test_the_pages_dateline_under_the_headline_dates_the_page_not_the_meeting():
    """A headline, then the page's dateline "Thứ Sáu, ngày 14/06/2024", then the lead "Chiều 13/6, ...": the
    meeting met the day before the page came out; the dateline's day is the page's."""
    text = ("Huyện ủy Gò Dầu tổ chức hội nghị sơ kết 6 tháng đầu năm 2024\n\n"
            "Thứ Sáu, ngày 14/06/2024\n\n"
            "Chiều 13/6, Ban Chấp hành Đảng bộ huyện Gò Dầu tổ chức hội nghị lần thứ 18 sơ kết công tác 6 tháng đầu "
            "năm 2024. Tổng thu ngân sách trên địa bàn đạt 312 tỷ đồng, bằng 54% dự toán.")
    assert extract_text(text).meeting.date == "2024-06-13"


def test_a_thematic_sessions_day_takes_the_pages_year_not_the_year_of_what_it_decides():
    """A thematic session reviews no year: "quyết toán ngân sách năm 2018" at a session on a page of 2019 is what
    it approves, and the lead's "Sáng 28/8" is in the page's year."""
    text = ("Thứ năm, 29/08/2019 | 15:02\n\n"
            "Sáng 28/8, HĐND huyện Long Thành tổ chức kỳ họp chuyên đề, phê chuẩn quyết toán ngân sách năm 2018 "
            "với tổng thu 2.486 tỷ đồng.")
    assert extract_text(text).meeting.date == "2019-08-28"


def test_a_day_without_its_year_takes_the_year_of_the_same_day_stamped_above_it():
    """"Ngày 12-10, HĐND tỉnh ... (chuyên đề)" reviews no year; the headline's stamp "12/10/2023 18:20" is the
    same day, so its year is the meeting's."""
    text = ("HĐND tỉnh Kon Tum bầu bổ sung Ủy viên UBND tỉnh 12/10/2023 18:20\n\n"
            "Ngày 12-10, HĐND tỉnh Kon Tum khóa XII tổ chức kỳ họp thứ 13 (chuyên đề). Kỳ họp thông qua 5 nghị quyết.")
    assert extract_text(text).meeting.date == "2023-10-12"
    # a full date of another day gives no year
    other = text.replace("12/10/2023 18:20", "11/10/2023 18:20")
    assert extract_text(other).meeting.date is None


def test_bodies_listed_with_bare_commas_meet_jointly():
    from soket.extract import extract_text

    m = extract_text("Chiều 28/12/2024, Huyện ủy, HĐND, UBND huyện Quế Phong tổ chức hội nghị tổng kết năm 2024. "
                     "Thu ngân sách đạt 61 tỷ đồng.").meeting
    assert (m.body_kind, m.locality) == ("other", "Quế Phong")
    m = extract_text("Chiều 28/12/2024, được sự đồng ý của Ban Thường vụ Huyện ủy, UBND huyện Quế Phong tổ chức hội "
                     "nghị tổng kết năm 2024. Thu ngân sách đạt 61 tỷ đồng.").meeting
    assert (m.body_kind, m.locality) == ("peoples_committee", "Quế Phong")


def test_a_session_numbered_in_roman_capitals():
    from soket.extract import extract_text

    m = extract_text("Sáng 9/12/2024, HĐND huyện Con Cuông khóa XX khai mạc Kỳ họp thứ XIV, kỳ họp thường lệ cuối năm "
                     "2024. Thu ngân sách đạt 48 tỷ đồng.").meeting
    assert (m.session, m.body_kind) == (14, "peoples_council")
