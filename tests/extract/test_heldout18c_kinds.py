"""Failure kinds found by the first sight of ex299-ex310 (round heldout18c, southern reports), one rule a test, in
sentences of the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_text


def test_a_birth_year_in_brackets_is_no_period_nor_the_meetings_year():
    """"bầu bà A (sinh năm 1976), Giám đốc Sở ...": the year a person was born dates nothing of the meeting; the page's
    date line gives the year of a day written without one."""
    rec = extract_text("Thứ Năm, 20/3/2025 - 09:10\n\nSáng 20/3, HĐND tỉnh Bạc Liêu tổ chức kỳ họp chuyên đề, bầu "
                       "bà Phan Thị Mỹ Lan (sinh năm 1976), Giám đốc Sở Tư pháp, giữ chức Ủy viên UBND tỉnh.")
    assert rec.meeting.date == "2025-03-20"
    assert rec.period.start_month is None


_LEAD = ("Ngày 7-10, Ban Thường vụ Huyện ủy Châu Thành tổ chức Hội nghị Huyện ủy lần thứ 9 sơ kết công tác 9 tháng "
         "năm 2021; thu ngân sách đạt 92 tỷ đồng.")


def test_a_byline_under_the_pages_date_stamp_in_capitals():
    """A page copy keeps its date stamp and, under it, the reporter's name in capitals; a headline in capitals
    under a stamp is no name."""
    assert extract_text("Huyện ủy Châu Thành sơ kết 9 tháng\n08/10/2021 15:22 GMT+7\nMINH TRÍ\n" + _LEAD).authors \
        == ["Minh Trí"]
    assert extract_text("Tin tức\n08/10/2021 15:22\nHĐND TỈNH HỌP BÀN\n" + _LEAD).authors == []


def test_a_pen_name_that_is_also_a_communes_name_is_the_byline_unless_the_text_names_that_commune():
    """"Ngọc Thuận" is a commune of Kiên Giang and a reporter's pen name: under the date stamp it is the byline;
    where the text names the unit ("xã Ngọc Thuận") it may be the place."""
    assert extract_text("Huyện ủy Châu Thành sơ kết 9 tháng\nCập nhật: 08/10/2021 - 08:40\nNgọc Thuận\n" + _LEAD
                        ).authors == ["Ngọc Thuận"]
    assert extract_text("Huyện ủy Giồng Riềng sơ kết 9 tháng\nCập nhật: 08/10/2021 - 08:40\nNgọc Thuận\n" + _LEAD
                        + " Xã Ngọc Thuận dẫn đầu huyện.").authors == []


def test_a_bylines_last_name_with_its_part_in_brackets_is_a_credit():
    """"Hoàng Vũ - Minh Khoa (Quay phim)": a TV station's byline credits its camera operator after the reporter;
    a bracket naming the author's office keeps the author."""
    head = "Ngày 10/7, UBND xã Tân Hưng họp thường kỳ tháng 6.\nThu ngân sách đạt 5 tỷ đồng.\n"
    assert extract_text(head + "Hoàng Vũ - Minh Khoa (Quay phim)").authors == ["Hoàng Vũ"]
    assert extract_text(head + "Thu Hà - Quốc Bảo (ảnh)").authors == ["Thu Hà"]
    assert extract_text(head + "Minh Anh (Văn phòng Huyện ủy)").authors == ["Minh Anh"]


def test_an_aside_in_brackets_between_a_name_and_its_role():
    """"bà A (sinh năm 1980, ngụ xã B), Giám đốc Sở ...": the aside (birth year, home) stands between the name and the
    role in apposition; the role is still hers."""
    rec = extract_text("Sáng 20/3, HĐND tỉnh Bạc Liêu tổ chức kỳ họp chuyên đề. Người được giới thiệu là bà Phan Thị "
                       "Mỹ Lan (sinh năm 1980, ngụ phường Nhà Mát), Giám đốc Sở Tư pháp, và ông Trần Văn Lộc (sinh năm "
                       "1975), Chánh Thanh tra tỉnh.")
    roles = {p.name: p.roles for p in rec.people}
    assert roles.get("Phan Thị Mỹ Lan") == ["Giám đốc Sở Tư pháp"]
    assert roles.get("Trần Văn Lộc") == ["Chánh Thanh tra tỉnh"]
