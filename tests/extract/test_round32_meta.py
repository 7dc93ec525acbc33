"""Meeting metadata and authors missed on held-out reports (round 32, meta32): one rule a test, with sentences and
page pieces of the genre written for these tests."""

from __future__ import annotations

import pytest

from soket.extract import extract_document, extract_text
from soket.ingest import load_bytes


def _period(text: str) -> tuple[int | None, int | None, int | None]:
    p = extract_text(text).period
    return p.year, p.start_month, p.end_month


# -- a year-end session hears the report on carrying out the year's plan: that year is reviewed ------------------

@pytest.mark.parametrize("text, period", [
    ("Ngày 22/12/2022, HĐND xã Tân Lập tổ chức kỳ họp thứ 7. Kỳ họp nghe báo cáo kết quả thực hiện kế hoạch phát "
     "triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2022 và biểu quyết thông qua 6 nghị quyết.",
     (2022, 1, 12)),
    ("Ngày 9/12/2021, HĐND huyện Tân Lập khai mạc kỳ họp thứ 4. Chủ tịch UBND huyện trình bày báo cáo tình hình "
     "thực hiện Nghị quyết của HĐND huyện về kế hoạch phát triển KT-XH năm 2021.", (2021, 1, 12)),
    # a January session reviews the year just closed
    ("Ngày 12/1/2023, HĐND xã Tân Lập tổ chức kỳ họp thứ 8, nghe báo cáo kết quả thực hiện kế hoạch phát triển "
     "kinh tế - xã hội năm 2022.", (2022, 1, 12)),
])
def test_a_year_end_session_reviews_the_plan_year_it_reports_on(text: str, period: tuple[int, int, int]) -> None:
    assert _period(text) == period


@pytest.mark.parametrize("text", [
    # a mid-year session: the plan's year is not the period reviewed
    "Ngày 12/7/2022, HĐND xã Tân Lập tổ chức kỳ họp thứ 5, nghe báo cáo kết quả thực hiện kế hoạch phát triển "
    "kinh tế - xã hội năm 2022.",
    # the plan for the year to come, at a year-end session: no period reviewed
    "Ngày 22/12/2022, HĐND xã Tân Lập tổ chức kỳ họp thứ 7, thông qua kế hoạch phát triển kinh tế - xã hội năm 2023.",
    # a report on an older year's plan: no year closed by this session
    "Ngày 22/12/2022, HĐND xã Tân Lập tổ chức kỳ họp thứ 7, nghe báo cáo kết quả thực hiện kế hoạch đầu tư công "
    "năm 2020.",
])
def test_a_plan_year_that_the_session_does_not_close_is_no_period(text: str) -> None:
    assert _period(text) != (2022, 1, 12)
    assert _period(text)[1:] != (1, 12)


# -- a notice of a meeting's conclusions is dated after it: the meeting's day its text states wins ---------------

NOTICE = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 41/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nTân Lập, ngày 8 tháng 10 năm 2024\n{kind}\n"
          "Kết luận của Chủ tịch UBND xã tại phiên họp thường kỳ tháng 9 năm 2024\n\n"
          "Chiều ngày {day}/2024, tại Hội trường UBND xã, UBND xã Tân Lập tổ chức phiên họp thường kỳ tháng 9 để "
          "đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm 2024. Đồng chí Lê Văn Hòa - Chủ tịch UBND xã chủ trì "
          "phiên họp.\n\nThu ngân sách 9 tháng đạt 8,2 tỷ đồng, bằng 76% dự toán.\n")


@pytest.mark.parametrize("kind, day, date", [
    ("THÔNG BÁO", "7/10", "2024-10-07"),
    ("KẾT LUẬN", "30/9", "2024-09-30"),
    ("BIÊN BẢN", "7/10", "2024-10-07"),
    # a report is dated by its own place-and-date line
    ("BÁO CÁO", "7/10", "2024-10-08"),
    # a day the notice is not shortly after is no meeting it records
    ("THÔNG BÁO", "5/6", "2024-10-08"),
])
def test_a_meeting_record_takes_the_meeting_day_its_text_states(kind: str, day: str, date: str) -> None:
    assert extract_text(NOTICE.format(kind=kind, day=day)).meeting.date == date


# -- on a district's portal, a commune the gazetteer knows only in another province is the portal's --------------

PORTAL = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG\nTrang chủ > Tin tức - Sự kiện > Tin các xã, "
          "thị trấn\nThứ tư, 17/01/2019 | 08:45\n\nKỳ họp thứ 7 HĐND thị trấn Yên Lập\n\n"
          "Ngày 16/01, Hội đồng nhân dân thị trấn Yên Lập khóa XX đã tiến hành kỳ họp thứ 7, đánh giá kết quả thực "
          "hiện nhiệm vụ năm 2018.{extra} Thu ngân sách năm 2018 đạt 3,2 tỷ đồng.\n")


def test_a_commune_on_a_district_portal_is_of_the_portal_province() -> None:
    m = extract_text(PORTAL.format(extra="")).meeting
    assert (m.locality, m.locality_kind, m.province) == ("Yên Lập", "thị trấn", "Bắc Giang")


def test_a_commune_whose_province_the_page_names_keeps_it() -> None:
    m = extract_text(PORTAL.format(extra=" Dự kỳ họp có đại diện Thường trực HĐND tỉnh Phú Thọ.")).meeting
    assert m.province == "Phú Thọ"
    # with no portal, the gazetteer's one province stands
    text = PORTAL.format(extra="").split("\n", 1)[1]
    assert extract_text(text).meeting.province == "Phú Thọ"


# -- an outlet's code declared as the page's author is no person ---------------------------------------------------

PAGE = ('<html><head><title>HĐND huyện Tân Lập họp kỳ họp thứ 9</title><meta name="author" content="{author}">'
        '<meta property="og:site_name" content="Đài Phát thanh - Truyền hình Tân Lập"></head><body><article>'
        '<h1>HĐND huyện Tân Lập họp kỳ họp thứ 9</h1>'
        '<p>{code}Sáng 8/12/2024, HĐND huyện Tân Lập khóa XX tổ chức kỳ họp thứ 9, đánh giá tình hình kinh tế - xã '
        'hội năm 2024 và thông qua 8 nghị quyết quan trọng.</p></article></body></html>')


@pytest.mark.parametrize("author, code, authors", [
    ("TLTV", "TLTV - ", []),
    ("Văn Khải", "TLTV - ", ["Văn Khải"]),
])
def test_an_outlet_code_declared_as_author_is_no_person(author: str, code: str, authors: list[str]) -> None:
    page = PAGE.format(author=author, code=code)
    assert extract_document(load_bytes(page.encode(), name="trang.html")).authors == authors
