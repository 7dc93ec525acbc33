"""Kinds of error read on real published report pages at first sight (round 43, real42): one rule of the genre a test,
in sentences written for these tests (never copied from the pages), each with a near miss that must not change."""

from __future__ import annotations

from _sentences import facts, one
from soket.extract.pipeline import extract_text

# -- a congress (or a term's first session) is held in its term's first year ---------------------------------------


def test_congress_day_without_year_takes_the_terms_first_year() -> None:
    # a later year the text names is a goal's ("vào năm 2025"), not the congress's
    text = ("Ngày 16-5, Đảng bộ xã Minh Tân tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2020 - 2025. Thu nhập bình "
            "quân đầu người đạt 38 triệu đồng/người/năm. Đại hội đề ra mục tiêu đạt chuẩn nông thôn mới nâng cao "
            "vào năm 2025.")
    rec = extract_text(text)
    assert rec.meeting.date == "2020-05-16"
    assert rec.period.year is None and rec.period.start_month is None  # a congress reviews its term


def test_dai_hoi_dang_vien_opens_a_term() -> None:
    text = ("Trong 2 ngày 27 và 28-5, Đảng bộ xã Phú Lâm tổ chức Đại hội đảng viên lần thứ XII (nhiệm kỳ 2020 - 2025). "
            "Đảng bộ xã phấn đấu đến năm 2022 có 100% ấp đạt chuẩn văn hóa.")
    assert extract_text(text).meeting.date == "2020-05-27"


def test_a_congress_named_among_results_does_not_date_the_meeting() -> None:
    # near miss: the meeting is a year-end review; the congress is one of the year's results
    text = ("Chiều 22-1, Đảng ủy xã Tân Lộc tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2025. Trong năm, Đảng "
            "bộ xã đã tổ chức thành công Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030, kết nạp 21 đảng viên mới.")
    assert extract_text(text).meeting.date == "2026-01-22"


# -- a phrase of time alone before a figure is no subject: the measure named before ---------------------------------


def test_term_start_phrase_is_no_subject() -> None:
    text = "Tỷ lệ hộ nghèo của xã từ 41% đầu nhiệm kỳ đến nay giảm xuống còn 12%."
    assert one(text, "12%").subject == "Tỷ lệ hộ nghèo của xã"


def test_yearly_average_phrase_is_no_subject() -> None:
    text = "Tỷ lệ hộ cận nghèo giảm còn 3,1%, trung bình mỗi năm giảm 1,4%."
    f = one(text, "1,4%")
    assert f.subject == "Tỷ lệ hộ cận nghèo" and f.role == "change_pct"


def test_a_measure_named_with_a_time_phrase_keeps_its_own_subject() -> None:
    # near miss: a subject that names a thing after the time words is its own
    text = "Đầu nhiệm kỳ đến nay, diện tích trồng rừng tập trung đạt 1.250 ha."
    f = one(text, "1.250 ha")
    assert f.subject is not None and "diện tích trồng rừng" in f.subject.lower()


# -- a verb that moves a measure ("đưa", "giảm") before its name is no part of the subject --------------------------


def test_dua_and_giam_before_a_measure_are_dropped() -> None:
    text = ("Năm 2027, xã phấn đấu đưa thu nhập bình quân đầu người lên khoảng 58 triệu đồng; giảm tỷ lệ trẻ em suy "
            "dinh dưỡng thể thấp còi xuống dưới 12%.")
    assert one(text, "khoảng 58 triệu đồng").subject == "thu nhập bình quân đầu người"
    assert one(text, "dưới 12%").subject == "tỷ lệ trẻ em suy dinh dưỡng thể thấp còi"


def test_giam_before_no_measure_head_stays() -> None:
    # near miss: "giảm" before a thing that is no measure's head keeps its verb
    f = one("Các đơn vị giảm chi phí hành chính 12 tỷ đồng.", "12 tỷ đồng")
    assert f.subject is not None and "giảm" in f.subject.lower()


# -- a people's council named as the one a body submits to is not the meeting ---------------------------------------


def test_committee_preparing_a_council_session_is_the_committee() -> None:
    text = ("Chiều 12/6, UBND tỉnh Hòa An thảo luận các dự thảo nghị quyết trình HĐND tỉnh tại kỳ họp giữa năm. Đồng chí "
            "Lê Văn Tâm, Chủ tịch UBND tỉnh chủ trì hội nghị.")
    rec = extract_text(text)
    assert rec.meeting.body_kind == "peoples_committee"
    assert rec.meeting.session is None
    assert rec.period.start_month is None  # the mid-year session to come reviews nothing of this meeting


def test_council_holding_its_mid_year_session_is_the_council() -> None:
    # near miss: the council's own session, named as the meeting
    text = ("Sáng 10/7, HĐND tỉnh Hòa An khai mạc kỳ họp giữa năm 2026. Thu ngân sách 6 tháng đạt 5.120 tỷ đồng, "
            "bằng 52% dự toán.")
    rec = extract_text(text)
    assert rec.meeting.body_kind == "peoples_council"
    assert (rec.period.start_month, rec.period.end_month) == (1, 6)
    assert any(f.raw == "5.120 tỷ đồng" for f in facts(text))


# -- goals listed after "đề ra một số chỉ tiêu ... như" are targets --------------------------------------------------


def test_goals_listed_after_nhu_are_targets() -> None:
    text = ("Năm 2011, huyện Tân Lạc đề ra một số chỉ tiêu cơ bản như tổng diện tích gieo trồng 18.000 ha, sản lượng "
            "lương thực có hạt 12.400 tấn, giải quyết việc làm cho 2.100 lao động.")
    assert {f.raw: f.role for f in facts(text)} == {"18.000 ha": "target", "12.400 tấn": "target",
                                                   "2.100 lao động": "target"}


def test_results_listed_after_nhu_stay_results() -> None:
    # near miss: goals reached, a result's verb before the list
    f = one("Năm 2010, huyện đã hoàn thành một số chỉ tiêu như tổng diện tích gieo trồng đạt 18.000 ha.", "18.000 ha")
    assert f.role == "amount"


# -- a plan in brackets after a result is the plan's figure, whatever verb it is written with --------------------------


def test_bracketed_plan_with_its_verb_is_a_target() -> None:
    text = "Tổng sản lượng lương thực cả năm đạt 52.300 tấn (KH tăng trên 52.000 tấn)."
    assert one(text, "trên 52.000 tấn").role == "target"
    assert one(text, "52.300 tấn").role == "amount"


def test_bracketed_change_without_a_plan_word_stays_a_change() -> None:
    # near miss: the increase restated in brackets, no plan named
    assert one("Tổng đàn gia súc tăng 4,9% so với cùng kỳ (tăng 1.200 con).", "1.200 con").role == "change"


# -- a session reported on its closing day after "sau N ngày làm việc" is dated by its first day ---------------------


def test_closing_day_after_days_sat_gives_the_first_day() -> None:
    text = "Sau 3 ngày làm việc, chiều ngày 15/7/2022, Kỳ họp thứ 6 HĐND huyện Tân Lạc đã bế mạc."
    assert extract_text(text).meeting.date == "2022-07-13"


def test_days_travelled_date_no_session_back() -> None:
    # near miss: no closing word, the day is the day itself
    text = ("Sau 3 ngày làm việc, chiều ngày 15/7/2022, đoàn công tác của tỉnh làm việc với UBND huyện Tân Lạc. Thu "
            "ngân sách 6 tháng đạt 120 tỷ đồng.")
    assert extract_text(text).meeting.date == "2022-07-15"


# -- a piece at a congress ("Tại đại hội", "Dự và chỉ đạo đại hội") reviews a term: no period ------------------------


def test_piece_at_a_congress_has_no_period() -> None:
    text = ("Dự và chỉ đạo đại hội có đồng chí Lê Văn Tâm, Bí thư Huyện ủy Tân Lạc. Thu nhập bình quân đầu người năm "
            "2020 ước đạt 48 triệu đồng, tăng 2 lần so với đầu nhiệm kỳ.")
    rec = extract_text(text)
    assert rec.meeting.body_kind == "other"
    assert rec.period.year is None and rec.period.start_month is None


def test_meeting_implementing_a_congress_keeps_its_period() -> None:
    # near miss: a committee's meeting that names the congress it carries out
    text = ("Ngày 8/7, Ban Chấp hành Đảng bộ huyện Tân Lạc tổ chức hội nghị sơ kết 6 tháng đầu năm 2021, đánh giá kết "
            "quả thực hiện Nghị quyết đại hội. Tại đại hội, huyện đề ra 18 chỉ tiêu. Thu ngân sách đạt 95 tỷ đồng.")
    rec = extract_text(text)
    assert rec.meeting.body_kind == "executive_committee"
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2021, 1, 6)


# -- sessions whose results a meeting hears are others', those joined to them by "và" too ---------------------------


def test_sessions_reported_on_are_not_this_session() -> None:
    text = ("Tại kỳ họp, HĐND huyện Tân Lạc đã nghe báo cáo kết quả kỳ họp thứ 4 Quốc hội khóa XV và kỳ họp thứ 6 HĐND "
            "tỉnh khóa XVII.")
    rec = extract_text(text)
    assert rec.meeting.body_kind == "peoples_council" and rec.meeting.session is None


def test_a_session_joined_to_its_own_number_keeps_it() -> None:
    # near miss: the session opened is this one; the one joined after it is read no further
    rec = extract_text("Chiều 5/7, HĐND huyện Tân Lạc khai mạc kỳ họp thứ 5 và kỳ họp thứ 6 của Thường trực.")
    assert rec.meeting.session == 5
