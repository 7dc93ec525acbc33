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


def _facts(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(f.raw, f.role, f.value, f.subject) for f in extract_text(text).facts]


def test_figures_listed_respectively_go_each_with_its_own_measure():
    """"A và B tăng lần lượt 12,4% và 9,8% so với cùng kỳ": one verb before the cue, one comparison after the list;
    the first figure is A's, the second B's, both changes against the same period."""
    got = extract_text("Doanh thu bán lẻ hàng hóa và doanh thu dịch vụ ăn uống tăng lần lượt 12,4% và 9,8% so với "
                       "cùng kỳ.").facts
    assert [(f.subject, f.role, f.value, f.basis) for f in got] == [
        ("Doanh thu bán lẻ hàng hóa", "change_pct", 12.4, "cùng kỳ"),
        ("doanh thu dịch vụ ăn uống", "change_pct", 9.8, "cùng kỳ")]
    got = extract_text("Sản lượng lúa và sản lượng ngô giảm lần lượt 3,2% và 1,5%.").facts
    assert [(f.subject, f.value) for f in got] == [("Sản lượng lúa", -3.2), ("sản lượng ngô", -1.5)]


def test_a_respective_list_after_its_verb_and_of_levels():
    """The cue before the verb ("lần lượt tăng"), and levels listed respectively ("lần lượt là")."""
    got = extract_text("Kim ngạch xuất khẩu và kim ngạch nhập khẩu lần lượt tăng 8% và 5%.").facts
    assert [(f.subject, f.role, f.value) for f in got] == [
        ("Kim ngạch xuất khẩu", "change_pct", 8), ("kim ngạch nhập khẩu", "change_pct", 5)]
    got = extract_text("Thu ngân sách và chi ngân sách lần lượt là 260 tỷ đồng và 215 tỷ đồng.").facts
    assert [(f.subject, f.role) for f in got] == [("Thu ngân sách", "amount"), ("chi ngân sách", "amount")]


def test_a_list_that_does_not_match_the_measures_named_is_left_alone():
    """Three figures after "lần lượt" but two measures named: no guess at which goes with which."""
    got = extract_text("Thu ngân sách và chi ngân sách lần lượt đạt 260 tỷ đồng, 215 tỷ đồng và 40 tỷ đồng.").facts
    assert len({f.subject for f in got}) == 1


def test_a_headline_count_restated_in_the_body_with_another_noun_is_one_fact():
    """The headline counts "8 điểm sáng", the body "8 điểm nổi bật" (the same head noun); the headline "bầu bổ sung 2
    Ủy viên", the body "cả 2 nhân sự ... trở thành Ủy viên" (the headline's noun in the body figure's sentence)."""
    rec = extract_text("UBND tỉnh họp thường kỳ tháng 5: 8 điểm sáng của kinh tế\n\nSáng 3/6, UBND tỉnh Bến Tre họp "
                       "phiên thường kỳ tháng 5. Báo cáo nêu 8 điểm nổi bật trên các lĩnh vực.")
    assert [f.raw for f in rec.facts] == ["8 điểm nổi bật"]
    rec = extract_text("Sóc Trăng bầu bổ sung 2 Ủy viên UBND tỉnh\n\nSáng 14/11, HĐND tỉnh Sóc Trăng họp chuyên đề. "
                       "Qua bỏ phiếu kín, cả 2 nhân sự đều trúng cử, trở thành Ủy viên UBND tỉnh.")
    assert [f.raw for f in rec.facts] == ["2 nhân sự"]
    rec = extract_text("Thông qua 8 nghị quyết\n\nSáng 3/6, HĐND tỉnh Bến Tre họp. Kỳ họp xem xét 8 tờ trình.")
    assert sorted(f.raw for f in rec.facts) == ["8 nghị quyết", "8 tờ trình"]


def test_a_bare_unit_word_acting_before_the_verb_is_no_part_of_the_subject():
    """"tỉnh cấp mới chủ trương đầu tư cho 17 dự án FDI": the province acts; what is counted is the act and its
    object. A unit that is itself counted ("12 xã đạt chuẩn") and a named unit stay."""
    f = next(f for f in extract_text("Trong tháng, tỉnh cấp mới chủ trương đầu tư cho 5 dự án trong nước và 17 dự "
                                     "án FDI.").facts if f.raw == "17 dự án")
    assert f.subject == "cấp mới chủ trương đầu tư dự án FDI"
    f = extract_text("Trong quý, thị xã cấp giấy chứng nhận đăng ký kinh doanh cho 40 hộ.").facts[0]
    assert f.subject is not None and not f.subject.startswith("thị xã")
    f = extract_text("Xã Tân Hòa thu hút 12 dự án.").facts[0]
    assert f.subject is not None and f.subject.startswith("Xã Tân Hòa")


def _where(text: str) -> tuple[str | None, str | None, str | None]:
    m = extract_text(text).meeting
    return m.locality, m.locality_kind, m.province


def test_a_ward_or_district_named_by_its_number():
    """Southern cities number their wards ("Phường 7" of Bạc Liêu, "Phường 5" of Cà Mau) and TP.HCM its districts
    ("Quận 3"): the number is the name, the city written after it places it."""
    assert _where("Ngày 5/7/2019, HĐND Phường 7, thành phố Bạc Liêu tổ chức kỳ họp thứ 8, đánh giá tình hình 6 tháng "
                  "đầu năm 2019.") == ("7", "phường", "Bạc Liêu")
    assert _where("Ngày 5/7/2019, UBND Quận 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2019.") \
        == ("3", "quận", "Hồ Chí Minh")
    assert _where("Sáng 10/7/2018, HĐND Phường 5, TP Cà Mau khai mạc kỳ họp thứ 6.") == ("5", "phường", "Cà Mau")


def test_a_count_of_months_after_a_unit_word_is_no_number_name():
    """"UBND phường 6 tháng đầu năm": a lowercase unit word and months after the number."""
    assert _where("Ngày 5/7/2019, UBND phường 6 tháng đầu năm thu ngân sách đạt 20 tỷ đồng.")[0] is None


def test_a_body_before_a_token_that_glues_the_unit_word_to_the_place():
    """"UBND TPHCM", "HĐND TPHCM": one token, the city's abbreviation with its unit word, that the gazetteer knows."""
    assert _where("Sáng 9/1/2024, UBND TPHCM tổ chức hội nghị tổng kết năm 2023.") == ("Hồ Chí Minh", "thành phố", None)
    assert _where("Sáng 6/12/2023, HĐND TPHCM khóa X khai mạc kỳ họp thứ 14.") == ("Hồ Chí Minh", "thành phố", None)


def test_figures_listed_respectively_after_the_figures_they_go_with():
    """"khách du lịch đạt 2,3 triệu lượt, doanh thu 1.850 tỷ đồng, lần lượt tăng 15% và 18% so cùng kỳ": the rates are
    of the measures before the cue, in order; "lần lượt bằng 105% và 98% dự toán": the plan written once, after the
    list, is each figure's."""
    got = extract_text("Lượng khách du lịch đến tỉnh đạt 2,3 triệu lượt, doanh thu du lịch đạt 1.850 tỷ đồng, lần lượt "
                       "tăng 15% và 18% so cùng kỳ.").facts
    assert [(f.subject, f.role, f.basis) for f in got if f.unit == "%"] == [
        ("Lượng khách du lịch đến tỉnh", "change_pct", "cùng kỳ"), ("doanh thu du lịch", "change_pct", "cùng kỳ")]
    got = extract_text("Thu ngân sách đạt 50 tỷ đồng, chi ngân sách 45 tỷ đồng, lần lượt bằng 105% và 98% dự toán.").facts
    assert [(f.subject, f.role, f.basis) for f in got if f.unit == "%"] == [
        ("Thu ngân sách", "plan_pct", "dự toán"), ("chi ngân sách", "plan_pct", "dự toán")]


def test_a_byline_of_initials_and_one_syllable():
    """"T.VÂN", "Đ.Đ.LỢI", "N. Hòa": a reporter signing with initials; an abbreviation ("TP.HCM") is none."""
    head = ("Ngày 10/7/2020, HĐND huyện Tri Tôn tổ chức kỳ họp thứ 15, đánh giá tình hình 6 tháng đầu năm 2020. "
            "Thu ngân sách đạt 50 tỷ đồng.\n")
    assert extract_text(head + "T.VÂN").authors == ["T.Vân"]
    assert extract_text(head + "Đ.Đ.LỢI").authors == ["Đ.Đ.Lợi"]
    assert extract_text(head + "N. Hòa").authors == ["N. Hòa"]
    assert extract_text(head + "TP.HCM").authors == []


def test_the_people_acting_are_no_subject_without_a_scope_too():
    """"Nông dân thu hoạch 30.200 ha lúa": the farmers act, the harvest is measured, as with a scope ("nông dân toàn
    huyện")."""
    assert extract_text("Nông dân thu hoạch 30.200 ha lúa.").facts[0].subject == "thu hoạch lúa"
    assert extract_text("Bà con xuống giống 12.400 ha lúa Hè Thu.").facts[0].subject == "xuống giống lúa Hè Thu"


def test_a_bare_figure_in_brackets_after_the_countrys_average_is_no_fact():
    """"cao hơn bình quân chung cả nước (57,6%)": the bracket gives the country's figure, for comparison only; a plan in
    brackets ("(kế hoạch 80%)") is still read."""
    got = extract_text("Đã giải ngân 2.340 tỷ đồng vốn đầu tư công, đạt 65,2% kế hoạch vốn, cao hơn bình quân chung cả "
                       "nước (57,6%).").facts
    assert [f.raw for f in got] == ["2.340 tỷ đồng", "65,2%"]
    assert [f.raw for f in extract_text("Tỷ lệ giải ngân đạt 70% (kế hoạch 80%).").facts] == ["70%", "80%"]


_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Vĩnh Long thu ngân sách vượt dự toán - Báo Đồng Khởi Online</title>
<meta property="og:site_name" content="Báo Đồng Khởi Online">
<meta name="author" content="Báo Đồng Khởi Online">
</head><body>
<header><a href="/">Đồng Khởi</a><nav><a>Thời sự</a><a>Kinh tế</a><a>Xã hội</a><a>Pháp luật</a></nav></header>
<div class="cate"><a>Thời sự</a></div>
<h1 class="title">Vĩnh Long thu ngân sách vượt dự toán</h1>
<div class="top"><div class="author-info"><a class="name" href="/tac-gia/thanh-dong">THANH ĐỒNG</a></div>
<div class="time">08/12/2022 10:12 GMT+7</div></div>
<h2 class="sapo">ĐK - Sáng 8-12, HĐND tỉnh Bến Tre khóa X khai mạc kỳ họp thứ 7.</h2>
<div class="content">
<p>Ông Hồ Thị Hoàng Yến, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, chủ trì kỳ họp. Tham dự có các đại biểu HĐND tỉnh.</p>
<p>Báo cáo của UBND tỉnh cho thấy tổng thu ngân sách năm 2022 ước đạt 5.210 tỷ đồng, vượt 8% dự toán.</p>
</div>
<footer>Giấy phép 120/GP-BTTTT. Báo Đồng Khởi Online</footer>
</body></html>"""


def test_a_short_lead_tagged_by_the_site_under_the_pages_stamp_and_a_byline_linked_to_its_author_page():
    """A national paper's template: the byline a link inside the author element, the date stamp, then a short lead
    opened by the site's tag ("ĐK - Sáng 8-12, HĐND tỉnh ... khai mạc kỳ họp thứ 7."): the lead is the meeting's
    sentence, the byline the author; "cho thấy" (the report shows) is no part of a subject."""
    from soket.extract import extract_document
    from soket.ingest import load_bytes

    rec = extract_document(load_bytes(_PAGE.encode(), name="trang.html"))
    assert (rec.meeting.session, rec.meeting.date, rec.meeting.locality) == (7, "2022-12-08", "Bến Tre")
    assert rec.authors == ["Thanh Đồng"]
    assert rec.facts[0].subject == "tổng thu ngân sách"


def test_the_site_declared_as_the_author_is_no_byline():
    """A page with no byline of its own whose metadata names the site itself as the author ("Báo Đồng Khởi Online"):
    the publisher, no person."""
    from soket.extract import extract_document
    from soket.ingest import load_bytes

    page = _PAGE.replace('<div class="author-info"><a class="name" href="/tac-gia/thanh-dong">THANH ĐỒNG</a></div>', "")
    assert extract_document(load_bytes(page.encode(), name="trang.html")).authors == []


def test_bodies_listed_with_dashes_meet_jointly():
    """"Đảng ủy - HĐND - UBND - Ủy ban MTTQ phường tổ chức hội nghị tổng kết": a joint meeting, as with commas; a dash
    between two titles of one person ("Phó Bí thư Đảng ủy - Chủ tịch UBND phường") lists no bodies."""
    assert extract_text("Chiều 30/12/2025, Đảng ủy - HĐND - UBND - Ủy ban MTTQ phường Phú Lợi tổ chức hội nghị tổng "
                        "kết năm 2025.").meeting.body_kind == "other"
    assert extract_text("Chiều 30/12/2025, UBND phường Phú Lợi tổ chức hội nghị tổng kết năm 2025. Đồng chí Lê Văn "
                        "An, Phó Bí thư Đảng ủy - Chủ tịch UBND phường chủ trì.").meeting.body_kind == "peoples_committee"


def test_a_change_of_a_noun_counted_twice_goes_with_the_count_the_word_after_it_names():
    """"làm chết 9 người, bị thương 5 người; so cùng kỳ giảm 3 vụ, giảm 2 người chết, tăng 1 người bị thương": each
    change of "người" goes with the count its next word names ("chết", "bị thương")."""
    got = extract_text("Tai nạn giao thông xảy ra 12 vụ, làm chết 9 người, bị thương 5 người; so cùng kỳ giảm 3 vụ, giảm "
                       "2 người chết, tăng 1 người bị thương.").facts
    changes = [(f.raw, f.value, f.subject) for f in got if f.role == "change"]
    assert changes[1:] == [("2 người", -2, "làm chết người"), ("1 người", 1, "bị thương")]  # (the counter after the figure no part of it)


def test_the_day_and_month_of_a_written_date_are_no_months_reviewed():
    """"Sóc Trăng, ngày 6 tháng 1 năm 2025": "6 tháng" there is a day and its month, not six months under review; the
    year-end review the lead names is the period."""
    r = extract_text("Sóc Trăng, ngày 6 tháng 1 năm 2025\n\nSáng nay, Ban Chấp hành Đảng bộ tỉnh Sóc Trăng tổ chức hội "
                     "nghị tổng kết năm 2024.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2024, 1, 12)
    assert r.meeting.date == "2025-01-06"
