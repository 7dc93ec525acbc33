"""Kinds of error read on real published report pages at first sight (round 40, real40): one rule of the genre a test,
in sentences written for these tests (never copied from the pages), each with a near miss that must not change."""

from __future__ import annotations

from _sentences import one
from soket.extract import extract_document
from soket.extract.people import byline_names
from soket.ingest import load_bytes


def _record(text: str, name: str = "bai.txt"):  # type: ignore[no-untyped-def]
    return extract_document(load_bytes(text.encode("utf-8"), name=name))


def _fact(text: str, raw: str):  # type: ignore[no-untyped-def]
    return next(f for f in _record(text).facts if f.raw == raw)


# -- the days of a session listed with commas only, the month after the last: its first day ---------------------

def test_days_listed_with_commas_give_the_first() -> None:
    text = "Trong 2 ngày 18, 19 tháng 12 năm 2018, HĐND huyện Lạc Sơn khóa XX tổ chức kỳ họp thứ 9."
    assert _record(text).meeting.date == "2018-12-18"


def test_a_count_after_a_day_cue_is_no_day() -> None:
    # near miss: numbers listed after a part of the day's word with no month after them are counts
    text = "Sáng 12, 14 xã của huyện Lạc Sơn tổ chức hội nghị sơ kết năm 2018."
    assert _record(text).meeting.date == "2018"


# -- a term's first session or its congress is held in the term's first year ------------------------------------

def test_a_first_session_dates_a_day_with_no_year() -> None:
    text = "Chiều 22/6, HĐND phường Tân An, khóa VIII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất, bầu các chức danh."
    assert _record(text).meeting.date == "2021-06-22"


def test_a_congress_of_a_term_dates_its_days() -> None:
    text = ("Trong 2 ngày 4 và 5/8, Đảng bộ xã Tân Lạc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. "
            "Tham dự có 150 đại biểu chính thức.")
    assert _record(text).meeting.date == "2025-08-04"


def test_a_first_session_with_no_day_gives_its_year() -> None:
    text = "Hội đồng nhân dân phường Tân An vừa tổ chức Kỳ họp thứ nhất nhiệm kỳ 2021 – 2026 để bầu các chức danh."
    assert _record(text).meeting.date == "2021"


def test_a_congress_prepared_for_dates_nothing() -> None:
    # near miss: a conference adopting drafts to put to the congress is no congress held in the term's first year
    text = ("Sáng 19/11, Ban Thường vụ Huyện ủy Tân Lạc tổ chức hội nghị Ban Chấp hành lần thứ 40 thông qua dự thảo "
            "văn kiện trình Đại hội đại biểu Đảng bộ huyện, nhiệm kỳ 2025-2030.")
    assert _record(text).meeting.date is None


# -- a meeting held "từ ngày ... đến ngày ...": its first day -----------------------------------------------------

def test_a_congress_held_from_one_full_date_to_another() -> None:
    text = ("Đại hội đại biểu Đảng bộ quận 5 lần thứ XI họp từ ngày 08 tháng 7 năm 2015 đến ngày 10 tháng 7 năm 2015, "
            "đánh giá tình hình 5 năm 2010 - 2015.")
    assert _record(text).meeting.date == "2015-07-08"


def test_a_session_held_over_days_with_the_month_word() -> None:
    text = "Kỳ họp thứ 8 HĐND huyện Tân Lạc khóa XX họp từ ngày 10 đến ngày 12 tháng 7 năm 2019 tại hội trường."
    assert _record(text).meeting.date == "2019-07-10"


def test_the_figures_own_span_dates_no_meeting() -> None:
    # near miss: the same span after no verb of holding is the time the figures run over
    text = "Tính từ ngày 01/01/2019 đến ngày 30/6/2019, toàn huyện Tân Lạc thu ngân sách đạt 120 tỷ đồng."
    assert _record(text).meeting.date != "2019-01-01"


# -- a sentence opened by an estimate's word forecasts every figure to its first ";" ------------------------------

def test_a_forecast_sentence_estimates_its_counts() -> None:
    text = ("Sáng 12/11, Thường trực HĐND tỉnh họp phiên thường kỳ tháng 11. Dự kiến sẽ có 16 tờ trình được thông "
            "qua, đồng thời ban hành 16 nghị quyết, trong đó có 12 nghị quyết cá biệt.")
    assert [f.estimated for f in _record(text).facts] == [True, True, True]


def test_a_clause_after_the_semicolon_is_no_forecast() -> None:
    # near miss: the earlier year's figure after ";" is an actual
    text = "Dự kiến năm 2025 thu ngân sách đạt 520 tỷ đồng; năm 2024 đã thu được 480 tỷ đồng."
    assert not _fact(text, "480 tỷ đồng").estimated


# -- "Trong đó ..." opening the sentence after an estimate lists its parts: estimates where stated with no verb ----

def test_the_parts_after_an_estimated_total_are_estimates() -> None:
    text = ("Tổng thu ngân sách trên địa bàn quý I ước khoảng 8.210 tỷ đồng, đạt 30,5% dự toán. Trong đó thu nội địa "
            "khoảng 6.100 tỷ đồng, đạt 31% dự toán; thu xuất nhập khẩu đạt 900 tỷ đồng.")
    assert _fact(text, "khoảng 6.100 tỷ đồng").estimated and _fact(text, "31%").estimated
    assert not _fact(text, "900 tỷ đồng").estimated


def test_a_part_with_its_own_verb_is_a_result() -> None:
    # near miss: "Trong đó, thu thuế đạt ..." states a result of its own; and the parts of an actual are actuals
    text = ("Tổng thu ngân sách quý I ước đạt 3.210 tỷ đồng, bằng 30,2% dự toán. Trong đó, thu thuế ngoài quốc doanh "
            "đạt 1.020 tỷ đồng.")
    assert not _fact(text, "1.020 tỷ đồng").estimated
    text = "Tổng thu ngân sách quý I đạt 3.210 tỷ đồng. Trong đó thu nội địa khoảng 2.100 tỷ đồng."
    assert not _fact(text, "khoảng 2.100 tỷ đồng").estimated


# -- subjects: "liên tục" before the verb, a field fronted before its measure, an ellipsis closing a list -----------

def test_an_adverb_of_steadiness_is_no_part_of_the_subject() -> None:
    f = one("Nhiệm kỳ qua, tỷ lệ hộ nghèo của huyện liên tục giảm từ 11,2% xuống còn 2,9%.", "2,9%")
    assert f.subject == "tỷ lệ hộ nghèo của huyện"


def test_a_field_fronted_before_its_measure_is_dropped() -> None:
    text = "Năm 2024, về trồng trọt tổng diện tích gieo cấy đạt 520 ha; về chăn nuôi tổng đàn gia súc trên 3.100 con."
    assert _fact(text, "520 ha").subject == "tổng diện tích gieo cấy"
    assert _fact(text, "trên 3.100 con").subject == "tổng đàn gia súc"


def test_a_field_with_no_measure_after_it_is_the_subject() -> None:
    # near miss: the field alone before its verb is what grew
    assert one("Chăn nuôi tăng 5% so với cùng kỳ.", "5%").subject.lower() == "chăn nuôi"


def test_an_ellipsis_closes_the_list_before_the_figure() -> None:
    f = one("Năm 2022, các chính sách an sinh được thực hiện đầy đủ… số hộ nghèo trên địa bàn còn 31 hộ.", "31 hộ")
    assert "chính sách" not in (f.subject or "")


# -- the members delegates stand for: counted by their noun, a fact even where the delegates are a forecast --------

def test_those_the_delegates_stand_for_are_named_by_their_noun() -> None:
    text = "Tham dự Đại hội có 150 đại biểu chính thức, tiêu biểu cho 720 đảng viên trong toàn Đảng bộ xã."
    assert _fact(text, "720 đảng viên").subject == "đảng viên trong toàn Đảng bộ xã"
    text = "Đại hội dự kiến triệu tập 250 đại biểu chính thức, đại diện cho hơn 5.600 đảng viên trong toàn Đảng bộ."
    f = _fact(text, "hơn 5.600 đảng viên")
    assert f.subject == "đảng viên trong toàn Đảng bộ" and not f.estimated
    assert _fact(text, "250 đại biểu").estimated


def test_an_event_done_to_a_count_stays_its_subject() -> None:
    # near miss: admitting members is an event done to them
    f = one("Sáu tháng qua, các tổ chức cơ sở đảng kết nạp 74 đảng viên mới.", "74 đảng viên")
    assert f.subject.startswith("kết nạp")


# -- a session's deputies counted again: one fact; its parts of equal value stay two --------------------------------

def test_the_deputies_restated_are_one_fact() -> None:
    text = ("Chiều 22/6, HĐND phường Tân An tổ chức kỳ họp thứ nhất với 21 đại biểu tham dự. Cử tri đã bầu ra 21 vị "
            "đại biểu. Trong số 21 vị đại biểu HĐND khóa mới có 6 đại biểu nữ, 6 đại biểu trẻ tuổi.")
    assert [f.raw for f in _record(text).facts] == ["21 đại biểu", "6 đại biểu", "6 đại biểu"]


def test_deputies_with_another_whole_are_another_fact() -> None:
    # near miss: present of all, voting of those present: two fractions
    text = "Kỳ họp thứ 3 HĐND tỉnh có 49/51 đại biểu tham dự; nghị quyết được 49/49 đại biểu có mặt tán thành."
    assert [f.raw for f in _record(text).facts] == ["49/51 đại biểu", "49/49 đại biểu"]


# -- a room's owner named before the session held in it is no body of the meeting ----------------------------------

def test_the_session_after_a_room_is_the_body_that_met() -> None:
    text = "Sáng 4-7, tại Hội trường UBND tỉnh đã diễn ra Kỳ họp thứ 6, HĐND tỉnh khóa IX với sự tham dự của 80/86 đại biểu."
    m = _record(text).meeting
    assert (m.body_kind, m.session) == ("peoples_council", 6)


def test_a_room_named_before_its_committee_stays_the_room() -> None:
    # near miss: the room's owner, then the committee that met in it
    text = "Sáng 5/10, tại phòng họp UBND huyện, Ban Thường vụ Huyện ủy Tân Kỳ tổ chức hội nghị sơ kết quý III."
    assert _record(text).meeting.body_kind == "standing_committee"


# -- the page's own address filed by month dates a day written without its year -------------------------------------

def test_the_address_month_gives_the_year() -> None:
    text = ("https://baotinh.com.vn/video/201807/khai-mac-ky-hop-thu-6-hdnd-tinh-2900828\n\n"
            "Sáng nay 4-7, đã diễn ra Kỳ họp thứ 6, HĐND tỉnh khóa IX với sự tham dự của 77/86 đại biểu.")
    assert _record(text).meeting.date == "2018-07-04"


def test_an_address_with_no_month_folder_dates_nothing() -> None:
    # near miss: six digits that are no month ("201899"), an article's number
    text = ("https://baotinh.com.vn/tin/201899/khai-mac-ky-hop\n\n"
            "Sáng nay 4-7, đã diễn ra Kỳ họp thứ 6, HĐND tỉnh khóa IX.")
    assert _record(text).meeting.date is None


# -- bylines: names joined by a bare hyphen, a source's address under them, a photo credited as "Hình" -------------

def test_names_joined_by_a_bare_hyphen() -> None:
    assert byline_names("Thanh Vân-Ngọc Ánh") == ["Thanh Vân", "Ngọc Ánh"]


def test_a_hyphen_inside_one_name_joins_nothing() -> None:
    # near miss: a one-word part is no second name (an agency, a name of the highlands)
    assert byline_names("Minh Hà-TTXVN") == [] and byline_names("Y-Moan") == []


def test_the_byline_above_its_source_address() -> None:
    text = ("Xã Tân Lạc: Nhiều chỉ tiêu kinh tế giảm\n\nHĐND xã đã tổ chức Kỳ họp thứ 10. Trong 6 tháng đầu năm 2009, "
            "tổng sản lượng lương thực đạt 2.100 tấn.\n\nNguyễn Văn Bình\n\n(http://www.baodientu.com.vn)")
    assert _record(text).authors == ["Nguyễn Văn Bình"]


def test_a_photo_credited_as_hinh_is_no_author() -> None:
    assert byline_names("Bt: Kim Ngân, Hình: Văn Tâm (TTVH-TT)") == ["Kim Ngân"]


# -- an abbreviated title is written in capitals: a byline's editor lead ("Bt:") gives no official ------------------

def test_a_byline_lead_in_small_letters_is_no_title() -> None:
    text = ("Sáng 10/3, UBND huyện Tân Hồng họp thường kỳ tháng 2. Tỷ lệ tham gia bảo hiểm y tế đạt 90,2%.\n\n"
            "Bt: Kim Ngân, Hình: Văn Tâm (TTVH-TT)")
    r = _record(text)
    assert r.people == [] and r.authors == ["Kim Ngân"]


def test_the_secretary_abbreviated_in_capitals_is_a_title() -> None:
    # near miss: "BT Đảng ủy" in capitals is the Secretary's title
    text = "Ngày 10/7, HĐND xã Tân Lộc tổ chức kỳ họp thứ 8. Đồng chí Lương Văn Hòa - BT Đảng ủy phát biểu khai mạc."
    assert [(p.name, p.roles) for p in _record(text).people] == [("Lương Văn Hòa", ["BT Đảng ủy"])]


# -- a page's rating under the article: its votes are no figure -------------------------------------------------------

def test_a_rating_s_votes_give_no_figure() -> None:
    text = ("HĐND xã Tân Lạc tổ chức kỳ họp thứ 8. Thu nhập bình quân đầu người ước đạt 43 triệu đồng.\n\nTrần Quang\n\n"
            "video\n\nBình chọn\n\nTrung bình (0 Bình chọn)")
    assert [f.raw for f in _record(text).facts] == ["43 triệu đồng"]


def test_an_average_in_prose_keeps_its_figure() -> None:
    # near miss: "trung bình" in a sentence, a bracket holding no votes
    text = "Năm 2023, năng suất lúa trung bình (cả hai vụ) đạt 61,2 tạ/ha."
    assert [f.raw for f in _record(text).facts] == ["61,2 tạ/ha"]


# -- a year in brackets right after a figure is that figure's own, no year reviewed ---------------------------------

def test_a_bracketed_baseline_year_reviews_nothing() -> None:
    text = ("Đại hội Đảng bộ cơ quan thị xã lần thứ VII\n\nĐăng ngày 14/06/2015\n\nNhiệm kỳ qua, tốc độ tăng trưởng "
            "kinh tế bình quân đạt 9,1%. Tỷ lệ hộ nghèo liên tục giảm từ 10,6% (năm 2011) xuống còn 3,25%.")
    r = _record(text)
    assert r.meeting.date == "2015-06" and r.period.year is None
    assert _fact(text, "9,1%").subject == "tốc độ tăng trưởng kinh tế bình quân"


def test_a_bracketed_year_after_words_is_the_year_reviewed() -> None:
    # near miss: the year in brackets after the meeting's words is the year it reviews
    text = "Sáng 12/6, Huyện ủy Tân Lạc tổ chức hội nghị tổng kết công tác (năm 2011)."
    assert _record(text).period.year == 2011
