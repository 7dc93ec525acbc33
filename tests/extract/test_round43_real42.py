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
