"""Dates, periods, chairs and bylines as reports of the genre write them (sentences written for
these tests, none copied)."""

from __future__ import annotations

import pytest

from soket.extract import extract_document, extract_text
from soket.extract.dates import meeting_day, publication_date
from soket.extract.people import byline_names, extract_people
from soket.extract.sentences import split_sentences
from soket.ingest import load_text


def _rec(text: str):
    return extract_text(text, doc="t")


def _period(text: str) -> tuple[int | None, int | None, int | None]:
    p = _rec(text).period
    return p.year, p.start_month, p.end_month


# ---- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, day", [
    ("Trong 2 ngày (17 và 18-7), HĐND huyện khóa XX tiến hành kỳ họp thứ 9.", (17, 7, None)),
    ("Trong hai ngày 9 và 10/12/2024, HĐND tỉnh họp kỳ họp thứ 24.", (9, 12, 2024)),
    ("Sáng nay 14.4, Huyện ủy tổ chức hội nghị lần thứ 12.", (14, 4, None)),
    ("Tính đến ngày 30/6, thu ngân sách đạt 512 tỷ đồng.", None),
])
def test_meeting_day(sentence, day):
    assert meeting_day(sentence) == day


def test_day_in_a_later_sentence_about_the_meeting_beats_a_month_only_date():
    text = ("date 2024-07\n\nHĐND huyện Đức Cơ khóa XII tổ chức kỳ họp thứ 11 đánh giá 6 tháng đầu năm 2024.\n\n"
            "Tổng thu ngân sách đạt 98 tỷ đồng.\n\nKỳ họp khai mạc sáng 16/7 tại hội trường huyện.")
    assert _rec(text).meeting.date == "2024-07-16"


def test_year_of_a_day_from_the_same_phrase_written_with_its_year_later():
    text = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Giang lần thứ 18 diễn ra ngày 4/7, trong 6 tháng đầu năm, "
            "tăng trưởng kinh tế đạt 5,9%.\n\nRiêng trong 6 tháng đầu năm 2024, thu ngân sách đạt 1.640 tỷ đồng.")
    r = _rec(text)
    assert (r.meeting.date, _period(text)) == ("2024-07-04", (2024, 1, 6))


def test_month_and_year_of_a_monthly_meeting_are_no_range():
    text = ("Ngày 27-9, UBND tỉnh họp phiên thường kỳ tháng 9-2016 để đánh giá tình hình kinh tế - xã hội "
            "9 tháng và bàn nhiệm vụ quý IV.")
    r = _rec(text)
    assert (r.meeting.date, _period(text)) == ("2016-09-27", (2016, 1, 9))


def test_the_page_metadata_date_dates_a_day_without_a_year():
    doc = load_text("Ngày 14/7, Ban Chấp hành Đảng bộ tỉnh Bình Phước tổ chức Hội nghị lần thứ 20.", doc="t")
    doc.published = "2023-07-15"
    assert extract_document(doc).meeting.date == "2023-07-14"
    assert publication_date("no date here", "2023-07-15").year == 2023


def test_a_period_after_the_meeting_is_the_one_planned():
    text = ("Thứ Năm, 11/12/2025 09:00\n\nKỳ họp thứ 8 HĐND tỉnh khóa XII: quyết định nhiệm vụ năm 2026\n\n"
            "Sáng 10-12, HĐND tỉnh Lâm Đồng khai mạc kỳ họp thứ 8, kỳ họp thường lệ cuối năm 2025.\n\n"
            "Năm 2025, tổng sản phẩm trên địa bàn ước tăng 8,1% so với năm 2024.")
    r = _rec(text)
    assert (r.meeting.date, _period(text)) == ("2025-12-10", (2025, 1, 12))


# ---- periods ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, period", [
    ("Ban Chấp hành Đảng bộ huyện Ia Pa tổ chức hội nghị đánh giá kết quả công tác quí I và nhiệm vụ quí II năm 2024.",
     (2024, 1, 3)),
    ("Ngày 10/4, Tỉnh ủy Kon Tum tổ chức hội nghị đánh giá tình hình quý I/2023.", (2023, 1, 3)),
    ("Ngày 8/7, Thị ủy Kỳ Anh tổ chức hội nghị sơ kết 6 tháng đầu năm 2022; phấn đấu đến hết 9 tháng "
     "giải ngân trên 70% kế hoạch vốn.", (2022, 1, 6)),
])
def test_period_from_the_lead(text, period):
    assert _period(text) == period


# ---- chairs and people -----------------------------------------------------------------------


def _chairs(text: str) -> list[str]:
    return extract_people(split_sentences(text, []))[1]


def test_chair_list_opened_by_do_keeps_its_first_name():
    s = ("Hội nghị do ông Đinh Văn Hòa, Bí thư Tỉnh ủy; bà Lường Thị Mai, Phó Bí thư Thường trực Tỉnh ủy và "
         "ông Cầm Văn Đông, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì.")
    assert _chairs(s) == ["Đinh Văn Hòa", "Lường Thị Mai", "Cầm Văn Đông"]


def test_chair_list_with_dong_chi_and_chu_toa():
    s = ("Kỳ họp do đồng chí Giàng Seo Phử, Chủ tịch HĐND tỉnh; đồng chí Thào Mí Sình, Phó Chủ tịch HĐND tỉnh "
         "chủ tọa.")
    assert _chairs(s) == ["Giàng Seo Phử", "Thào Mí Sình"]


def test_a_semicolon_still_separates_a_chair_from_other_people():
    s = "Đồng chí Lê Minh Châu, Bí thư Huyện ủy chủ trì hội nghị; dự có đồng chí Phan Văn Tâm, Phó Chủ tịch UBND tỉnh."
    assert _chairs(s) == ["Lê Minh Châu"]


def test_role_dash_name_chairs():
    s = "Ngày 5/12, Ban Chấp hành Đảng bộ huyện Tân Trụ họp lần thứ 7. Bí thư Huyện ủy - Trần Văn Hậu chủ trì hội nghị."
    people, chairs = extract_people(split_sentences(s, []))
    assert chairs == ["Trần Văn Hậu"]
    assert [(p.name, p.roles) for p in people] == [("Trần Văn Hậu", ["Bí thư Huyện ủy"])]


def test_dieu_hanh_phien_is_a_chair_cue():
    s = ("Chủ tịch HĐND tỉnh Sùng A Hồ và Phó Chủ tịch HĐND tỉnh Tòng Thị Hạnh điều hành phiên thảo luận "
         "tại hội trường.")
    assert _chairs(s) == ["Sùng A Hồ", "Tòng Thị Hạnh"]


def test_upland_family_names_are_names():
    s = "Dự hội nghị có đồng chí Quàng Văn Bình, Phó Chủ tịch UBND tỉnh và đồng chí Chá A Páo, Bí thư Huyện ủy."
    people, _ = extract_people(split_sentences(s, []))
    assert {p.name for p in people} == {"Quàng Văn Bình", "Chá A Páo"}


@pytest.mark.parametrize("line, names", [
    ("CTV Thu Hiền (Huyện Chư Sê)", ["Thu Hiền"]),
    ("Tin: PV Minh Khoa", ["Minh Khoa"]),
    ("Tin PV Minh Khoa", ["Minh Khoa"]),
    ("PV. Ngọc Hân", ["Ngọc Hân"]),
    ("Phóng viên Hồng Nhung", ["Hồng Nhung"]),
    ("Nhóm PV", []),
    ("Nhóm PV Kinh tế", []),
    ("BTV Đức Anh", ["Đức Anh"]),
    ("Nhóm CTV Văn Tuấn - Minh Phương", ["Văn Tuấn", "Minh Phương"]),
])
def test_byline_prefixes_are_not_names(line, names):
    assert byline_names(line) == names


@pytest.mark.parametrize("sentence, day", [
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 10/1/2024 của UBND tỉnh, sáng 8/7, UBND huyện họp phiên thường kỳ.", (8, 7, None)),
    ("Theo Nghị quyết 05-NQ/TU ngày 3/2/2023, chiều 14/4, Ban Thường vụ Thị ủy họp.", (14, 4, None)),
    ("Căn cứ Quyết định số 1270 ngày 2/6, ngày 30/6, HĐND xã tổ chức kỳ họp thứ 3.", (30, 6, None)),
])
def test_a_document_date_before_the_meeting_day_is_skipped(sentence, day):
    assert meeting_day(sentence) == day


def test_southern_family_names_are_names():
    s = ("Dự kỳ họp có bà Thạch Thị Dân, Phó Chủ tịch HĐND tỉnh; ông Danh Út, Chủ tịch UBND huyện và "
         "ông Điểu Lễ, Bí thư Huyện ủy; ông Vừ A Lử, ông Lầu Bá Chứ, ông Sần Văn Páo và ông Tráng A Tủa, Phó Chủ tịch UBND huyện.")
    people, _ = extract_people(split_sentences(s, []))
    assert {"Thạch Thị Dân", "Danh Út", "Điểu Lễ", "Tráng A Tủa"} <= {p.name for p in people}


@pytest.mark.parametrize("line, names", [
    ("Mạnh Hòa - Báo Khánh Hòa", ["Mạnh Hòa"]),
    ("Ngọc Lan - Đài Phát thanh và Truyền hình Sóc Trăng", ["Ngọc Lan"]),
])
def test_the_paper_after_a_byline_is_no_author(line, names):
    assert byline_names(line) == names


def test_a_later_sentence_opening_with_its_day_dates_the_meeting():
    text = ("date 2023-06\n\nHĐND huyện Đắk Song khóa V tổ chức kỳ họp thứ 7 xem xét kết quả 6 tháng đầu năm 2023.\n\n"
            "Tổng thu ngân sách đạt 61 tỷ đồng.\n\nSáng 26-6, các đại biểu thảo luận tại tổ về dự thảo nghị quyết.")
    assert _rec(text).meeting.date == "2023-06-26"


def test_an_honorific_makes_a_name_of_a_family_name_not_in_the_list():
    s = "Ông Pơloong Văn Dũng, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp; dự có bà Zơrâm Thị Hoa - Phó Chủ tịch UBND huyện."
    people, chairs = extract_people(split_sentences(s, []))
    assert [(p.name, p.roles) for p in people] == [
        ("Pơloong Văn Dũng", ["Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]), ("Zơrâm Thị Hoa", ["Phó Chủ tịch UBND huyện"])]
    assert chairs == ["Pơloong Văn Dũng"]
    # without a comma or dash after them, capitalised words after "ông" are no name
    assert extract_people(split_sentences("Ông Giám Đốc Sở cho biết kế hoạch đã xong.", []))[0] == []


@pytest.mark.parametrize("line, names", [
    ("NGỌC ANH/TTXVN", ["Ngọc Anh"]),
    ("Hồng Thi/Báo Gia Lai", ["Hồng Thi"]),
])
def test_an_agency_after_a_slash_is_no_author(line, names):
    assert byline_names(line) == names


@pytest.mark.parametrize("published, lead, date", [
    # a copy of the page republished years later: the text's own year holds
    ("2020-05-01", "Ngày 3-10, Thị ủy Ninh Hòa tổ chức hội nghị lần thứ 15 đánh giá 9 tháng năm 2017.", "2017-10-03"),
    # a page date earlier in the year than the meeting: the text's year, not the year before
    ("2024-03-12", "Sáng 8/7, UBND tỉnh Bình Định sơ kết tình hình 6 tháng đầu năm 2024.", "2024-07-08"),
    # a January meeting reviewing the year before, on a page of that January
    ("2024-01-06", "Ngày 5/1, Huyện ủy Lắk tổ chức hội nghị tổng kết năm 2023.", "2024-01-05"),
])
def test_the_page_date_and_the_texts_year(published, lead, date):
    doc = load_text(lead, doc="t")
    doc.published = published
    assert extract_document(doc).meeting.date == date


def test_the_year_of_a_period_from_the_lead_when_the_phrase_has_none():
    text = ("Ngày 12-7, HĐND huyện Bắc Bình khóa XI tổ chức kỳ họp thứ 8, kỳ họp thường lệ giữa năm 2018.\n\n"
            "Theo báo cáo, 6 tháng đầu năm, thu ngân sách đạt 96 tỷ đồng.\n\nCác đại biểu đã thảo luận tại tổ.\n\n"
            "Giá trị sản xuất nông nghiệp tăng 3,1%.\n\nKỳ họp thông qua 6 nghị quyết.")
    r = _rec(text)
    assert (_period(text), r.meeting.date) == ((2018, 1, 6), "2018-07-12")
