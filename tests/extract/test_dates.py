"""extract/dates.py: the page's publication date and the day of a meeting (sentences written for the tests)."""

from __future__ import annotations

from soket.extract.dates import PubDate, meeting_day, publication_date, relative_day


def test_publication_date_from_a_page_line():
    text = "Cập nhật lúc 08:30 ngày 15/07/2024\nHuyện tổ chức hội nghị sơ kết."
    d = publication_date(text)
    assert d is not None
    assert (d.year, d.month, d.day) == (2024, 7, 15)
    assert text[d.span[0]:d.span[1]] == "15/07/2024"


def test_meeting_day_with_and_without_a_year():
    assert meeting_day("Sáng ngày 12/7/2024, Ban Chấp hành Đảng bộ huyện họp.") == (12, 7, 2024)
    assert meeting_day("Chiều 5-1, UBND xã tổ chức hội nghị giao ban.") == (5, 1, None)


def test_no_date_no_day():
    assert meeting_day("Hội nghị diễn ra trong không khí dân chủ, thẳng thắn.") is None
    assert publication_date("Hội nghị diễn ra trong không khí dân chủ.") is None


def test_dateline_in_a_line_of_fields():
    """A page's dateline shares its line with other fields ("|"): the date's own field is short."""
    text = ("BÁO ĐIỆN TỬ\nKhai mạc kỳ họp HĐND tỉnh\nThứ Ba, 08/07/2025 - 09:40 | Lượt xem: 2.318 | In bài\n"
            "Sáng 8/7, HĐND tỉnh khai mạc kỳ họp thứ 12.")
    d = publication_date(text)
    assert d is not None and (d.year, d.month, d.day) == (2025, 7, 8)
    # a date inside a long sentence is still no dateline, fields or not
    long = "Theo kế hoạch ban hành ngày 08/07/2025 của UBND tỉnh về việc tổ chức kỳ họp | Lượt xem: 12\nX"
    assert publication_date(long) is None


def test_a_day_named_relative_to_the_page_date():
    """"Chiều nay" / "Sáng qua" with no number: the page's day, or the day before it."""
    pub = PubDate(2021, 3, 1, (0, 0))
    assert relative_day("(TTĐT) - Chiều nay, HĐND thị xã khai mạc kỳ họp thứ 2.", pub) == (1, 3, 2021)
    assert relative_day("Sáng qua, Huyện ủy tổ chức hội nghị giao ban quý I.", pub) == (28, 2, 2021)
    assert relative_day("Sáng nay (1/3), Huyện ủy tổ chức hội nghị.", pub) is None  # the number says it
    assert relative_day("Ngày nay, nông dân đã quen với cơ giới hóa.", pub) is None  # "nowadays"
    assert relative_day("Tin Nghệ An – Tối qua, UBND huyện họp khẩn.", pub) == (28, 2, 2021)
    # in a speech, "hôm nay" is no dateline: only a day that opens the lead is
    assert relative_day("Đồng chí Bí thư nhấn mạnh, kỳ họp hôm nay cần thảo luận thẳng thắn.", pub) is None
    assert relative_day("Chiều nay, HĐND thị xã khai mạc kỳ họp.", PubDate(2021, 3, None, (0, 0))) is None


def test_meeting_date_from_a_relative_day_and_the_page_date():
    from soket.extract import extract_text
    text = ("BÁO ĐIỆN TỬ\nThứ Sáu, 11/12/2020 - 17:05\nKỳ họp thứ 18 HĐND thị xã Ba Đồn\n"
            "(BQB) - Chiều nay, HĐND thị xã Ba Đồn khóa XII tổ chức kỳ họp thứ 18.")
    assert extract_text(text).meeting.date == "2020-12-11"


def test_the_day_before_crosses_months_and_years():
    for pub, want in [((2024, 3, 1), (29, 2, 2024)), ((2023, 3, 1), (28, 2, 2023)), ((2025, 1, 1), (31, 12, 2024)),
                      ((2025, 5, 1), (30, 4, 2025)), ((2025, 5, 17), (16, 5, 2025))]:
        assert relative_day("Chiều qua, UBND huyện họp.", PubDate(*pub, (0, 0))) == want
    assert relative_day("Chiều qua, UBND huyện họp.", PubDate(2025, 2, 30, (0, 0))) is None  # no such day


def test_a_meeting_over_several_days_is_dated_by_its_first_day():
    """"Từ ngày 18 - 20/7/2016, HĐND huyện ... tổ chức Kỳ họp thứ 2": the first day; a span to the meeting
    ("từ ngày 1/7/2025 đến nay") and a calendar date ("Ngày 5-12-2023") are no span of days."""
    assert meeting_day("Từ ngày 14 - 16/12/2022, HĐND huyện Mèo Vạc tổ chức kỳ họp thứ 9.") == (14, 12, 2022)
    assert meeting_day("Ngày 3 đến 5/7, HĐND tỉnh Hà Giang họp kỳ họp thứ 8.") == (3, 7, None)
    assert meeting_day("Ngày 5-12-2023, HĐND huyện Mèo Vạc tổ chức kỳ họp thứ 9.") == (5, 12, 2023)


def test_a_meeting_over_a_list_of_days_is_dated_by_the_first():
    """"trong các ngày 6, 7 và 8-12": three days of one session, the first is the meeting's."""
    assert meeting_day("Kỳ họp thứ 9 HĐND tỉnh diễn ra trong các ngày 6, 7 và 8-12.") == (6, 12, None)
    assert meeting_day("Trong 3 ngày 5, 6 và 7/12/2019, HĐND tỉnh họp kỳ họp thứ 11.") == (5, 12, 2019)
    assert meeting_day("Trong 2 ngày 13 và 14-7, HĐND huyện họp.") == (13, 7, None)


def test_a_dashed_or_dotted_dateline_dates_the_page():
    """"Chính trị 13-05-2022" under a headline (a section's name, then the page's date written with dashes)."""
    pub = publication_date("HĐND tỉnh thông qua 5 nghị quyết\n\nChính trị 13-05-2022\n\nChiều 12.5, HĐND tỉnh họp.")
    assert pub is not None and (pub.year, pub.month, pub.day) == (2022, 5, 13)
    pub = publication_date("Cập nhật: 08.07.2024\n\nSáng 8.7, HĐND huyện khai mạc kỳ họp.")
    assert pub is not None and (pub.year, pub.month, pub.day) == (2024, 7, 8)
    # a term's years are no date
    assert publication_date("Khóa XII, nhiệm kỳ 2021-2026\n\nHĐND tỉnh họp.") is None


def test_a_day_of_the_week_between_the_cue_and_the_date():
    assert meeting_day("Sáng thứ Tư (14/8), Huyện ủy Yên Thế tổ chức hội nghị.") == (14, 8, None)
    assert meeting_day("Chiều Chủ nhật, 3/11/2019, HĐND xã tổ chức kỳ họp.") == (3, 11, 2019)


def test_a_span_of_days_after_tu_without_the_word_ngay():
    assert meeting_day("Trong hai ngày từ 19-20.12.2019, HĐND huyện Bảo Yên tổ chức kỳ họp thứ 10.") == (19, 12, 2019)
    assert meeting_day("Giá trị sản xuất tăng từ 10-12.5 tỷ đồng.") is None


def test_two_days_in_brackets_give_the_first_day_of_their_month():
    assert meeting_day("Trong 2 ngày (19-20/12), HĐND huyện Quỳ Hợp tổ chức kỳ họp thứ 9.") == (19, 12, None)


def test_a_days_span_is_never_read_as_a_day_and_a_month():
    assert meeting_day("Trong 2 ngày 1-2/10, Ban Chấp hành Đảng bộ huyện Nghĩa Đàn họp hội nghị lần thứ 21.") == (1, 10, None)
    assert meeting_day("Sáng 1-2/10, Ban Chấp hành Đảng bộ huyện Nghĩa Đàn họp hội nghị lần thứ 21.") != (1, 2, None)


def test_day_number_counts_the_days_between_two_dates_as_the_calendar_does():
    import datetime

    from soket.extract.dates import day_number
    start = datetime.date(1999, 12, 20)
    for step in range(0, 12000, 7):  # across leap days, century rules and month ends
        a = start + datetime.timedelta(days=step)
        b = a - datetime.timedelta(days=step % 45)
        na, nb = day_number(a.day, a.month, a.year), day_number(b.day, b.month, b.year)
        assert na is not None and nb is not None and na - nb == (a - b).days
    assert day_number(31, 2, 2024) is None and day_number(29, 2, 2023) is None and day_number(29, 2, 2024) is not None
