"""extract/places.py: a place's name, unit word and province on the date of the report."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.places import read_name, resolve


def test_a_capitalised_name_is_read_from_its_position():
    s = "tại huyện Tam Đảo, tỉnh Vĩnh Phúc"
    assert read_name(s, s.index("Tam")) == ("Tam Đảo", s.index(","))


def test_the_province_depends_on_the_date():
    before = resolve("Phúc Yên", "thành phố", "thành phố Phúc Yên", 2023, 6)
    after = resolve("Phúc Yên", "phường", "phường Phúc Yên", 2025, 9)
    assert (before.name, before.kind, before.province) == ("Phúc Yên", "thành phố", "Vĩnh Phúc")
    assert (after.name, after.kind, after.province) == ("Phúc Yên", "phường", "Phú Thọ")


def test_a_province_has_no_province_above_it():
    loc = resolve("Vĩnh Phúc", "tỉnh", "tỉnh Vĩnh Phúc", 2023, 1)
    assert (loc.name, loc.kind, loc.province) == ("Vĩnh Phúc", "tỉnh", None)


def test_a_unit_written_with_its_former_word_still_finds_its_province():
    """A town that became a city keeps its province when a report uses the former unit word."""
    loc = resolve("Đồng Xoài", "thị xã", "Hội nghị Ban Chấp hành Đảng bộ thị xã Đồng Xoài", 2017, 6)
    assert (loc.name, loc.kind, loc.province) == ("Đồng Xoài", "thị xã", "Bình Phước")


def test_a_dash_after_a_known_place_ends_its_name_unless_the_whole_is_a_name():
    s = "Cơ quan của Đảng bộ tỉnh Hà Nam - Tiếng nói của chính quyền và nhân dân"
    assert read_name(s, s.index("Hà")) == ("Hà Nam", s.index(" - "))
    s = "Huyện Cần Giuộc - Long An tổ chức hội nghị"
    assert read_name(s, s.index("Cần"))[0] == "Cần Giuộc"
    s = "HĐND thành phố Phan Rang - Tháp Chàm tổ chức kỳ họp"
    assert read_name(s, s.index("Phan"))[0] == "Phan Rang - Tháp Chàm"


def test_a_papers_slogan_does_not_lengthen_the_province_it_names():
    r = extract_text("BÁO HÀ NAM\nCơ quan của Đảng bộ tỉnh Hà Nam - Tiếng nói của chính quyền và nhân dân\n\n"
                     "Sáng 10/7, HĐND tỉnh khóa XIX khai mạc kỳ họp thứ 6 để đánh giá tình hình 6 tháng đầu năm 2024.")
    assert (r.meeting.locality, r.meeting.locality_kind) == ("Hà Nam", "tỉnh")


def test_a_province_read_with_the_next_capitalised_words_is_the_province():
    # provinces are a closed list: "Bắc Ninh Tiếng" is Bắc Ninh and the first word of a slogan
    r = extract_text("Cơ quan của Đảng bộ tỉnh Bắc Ninh Tiếng nói của chính quyền và nhân dân\n\n"
                     "Sáng 10/7, HĐND tỉnh khóa XIX khai mạc kỳ họp thứ 6.")
    assert (r.meeting.locality, r.meeting.locality_kind) == ("Bắc Ninh", "tỉnh")
    assert resolve("Bà Rịa - Vũng Tàu", "tỉnh", "", 2020, 1).name == "Bà Rịa - Vũng Tàu"


def test_a_town_named_like_its_province_and_since_raised_to_a_city_keeps_its_province():
    """"thị xã Bắc Kạn" (a city since 2015) in a 2014 report: the town word is no province's, so the unit of
    that name below the province (the city, its word changed since) gives the province."""
    rec = extract_text("Ngày 18/12/2014, HĐND thị xã Bắc Kạn khóa X tổ chức kỳ họp thứ 11, đánh giá kết quả năm 2014.")
    assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.province) == ("Bắc Kạn", "thị xã", "Bắc Kạn")


def test_a_double_space_inside_a_place_name_is_one_space():
    """Hand-typed text: "phường Phú  Bài" is the ward Phú Bài, not "Phú"."""
    rec = extract_text("Sáng 22/12/2020, HĐND phường Phú  Bài tổ chức kỳ họp thứ 12, đánh giá kết quả năm 2020.")
    assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.province) == ("Phú Bài", "phường",
                                                                                        "Thừa Thiên Huế")


def test_a_unit_abbreviation_with_its_dot_and_no_space():
    """"UBND TP.HCM", "HĐND TP.Tây Ninh": the abbreviation's dot ends the unit word, the name follows at once."""
    rec = extract_text("Chiều 29/6/2023, UBND TP.HCM họp phiên thường kỳ tháng 6 để đánh giá tình hình 6 tháng đầu năm.")
    assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.province) == ("Hồ Chí Minh", "thành phố", None)
    rec = extract_text("Sáng 12/7/2023, HĐND TP.Tây Ninh tổ chức kỳ họp thứ 9, đánh giá kết quả 6 tháng đầu năm.")
    assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.province) == ("Tây Ninh", "thành phố", "Tây Ninh")


def test_a_district_named_by_its_former_unit_word_is_the_district_not_a_commune_of_that_name():
    """"huyện Hòa Thành" (a town since 2020) and "huyện Đức Phổ" (a town since 2020): communes of those names
    elsewhere in the country are no district; a commune's word still reads a commune."""
    for name, prov in (("Hòa Thành", "Tây Ninh"), ("Đức Phổ", "Quảng Ngãi")):
        rec = extract_text(f"Sáng 10/7/2012, Ban Thường vụ Huyện ủy {name} họp đánh giá kết quả 6 tháng đầu năm 2012.")
        assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.province) == (name, "huyện", prov)
    assert resolve("Hòa Thành", "xã", "xã Hòa Thành", 2019, 7).province is None  # communes in several provinces


def test_a_name_read_past_its_end_or_short_of_it_is_the_known_name():
    """A headline's next word, capitalised, is no part of the name ("xã Mường Phăng Khai mạc kỳ họp"); a
    syllable typed without its capital still is ("tỉnh Hậu giang"). A name no unit has stays as read."""
    s = "Hội đồng nhân dân xã Mường Phăng Khai mạc kỳ họp thứ 8"
    assert read_name(s, s.index("Mường")) == ("Mường Phăng", s.index(" Khai"))
    s = "HĐND tỉnh Hậu giang khóa X tổ chức kỳ họp thứ 11"
    assert read_name(s, s.index("Hậu")) == ("Hậu Giang", s.index(" khóa"))
    rec = extract_text("Ngày 20/12/2018, HĐND huyện Krông Pa Khai mạc kỳ họp thứ 7.")
    assert (rec.meeting.locality, rec.meeting.province) == ("Krông Pa", "Gia Lai")
    s = "Đảng ủy xã Tân tổ chức hội nghị"
    assert read_name(s, s.index("Tân")) == ("Tân", s.index(" tổ"))
    # one syllable read, even one a unit has, goes on into the known name typed in lowercase
    # ("Thanh" alone is a commune's name)
    s = "HĐND huyện Thanh oai khai mạc kỳ họp thứ 9"
    assert read_name(s, s.index("Thanh")) == ("Thanh Oai", s.index(" khai"))
    rec = extract_text("Sáng 14/7/2021, HĐND huyện Thanh chương khai mạc kỳ họp thứ 2, đánh giá 6 tháng đầu năm.")
    assert (rec.meeting.locality, rec.meeting.province) == ("Thanh Chương", "Nghệ An")
    # a person's name is not cut to the commune its first words name ("Lê Thanh", a commune of Hà Nội)
    s = "Phó Chủ tịch UBND TP Lê Thanh Liêm cho biết"
    assert read_name(s, s.index("Lê")) == ("Lê Thanh Liêm", s.index(" cho"))


def test_capitalised_runs_break_at_lowercase_accented_words():
    from soket.extract.places import capitalised_runs
    assert capitalised_runs("Chi nhánh Văn phòng đất đai Điện Bàn dự họp") == ["Điện Bàn"]
    assert capitalised_runs("ở Tây Hòa Bình Dương Lạc Long Quân An") == ["Tây Hòa Bình Dương", "Lạc Long Quân An"]


def test_a_body_named_by_its_unit_word_takes_the_unit_an_office_of_it_names():
    rec = extract_text("Ngày 05/10/2018, Ủy ban nhân dân thị xã họp thường kỳ đánh giá nhiệm vụ tháng 9. "
                       "Dự họp có đại diện Chi cục Thuế khu vực Điện Bàn.")
    assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.province) == ("Điện Bàn", "thị xã", "Quảng Nam")


def test_a_guests_rank_in_a_higher_committee_gives_no_unit_word():
    rec = extract_text("Đánh giá kết quả lãnh đạo 9 tháng năm 2019\n\n"
                       "Phát biểu chỉ đạo hội nghị, đồng chí Lê Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy đề nghị Ban "
                       "Thường vụ Thành ủy chỉ đạo tốt các nhiệm vụ của Thành phố; chào mừng Đại hội Đảng bộ Tỉnh lần thứ XX.\n\n"
                       "Cũng tại hội nghị, Ban Thường vụ Thành ủy Tam Kỳ cho ý kiến về công tác cán bộ.")
    assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.province) == ("Tam Kỳ", "thành phố", "Quảng Nam")


def test_a_capitalised_term_after_the_unit_word_is_no_place():
    rec = extract_text("Sáng 9/12/2020, HĐND tỉnh Khóa IX tổ chức kỳ họp thứ 18 đánh giá tình hình năm 2020.")
    assert (rec.meeting.locality, rec.meeting.session) == (None, 18)


def test_an_island_district_named_after_huyen_dao():
    rec = extract_text("Ngày 8/1/2021, Ban Thường vụ Huyện ủy huyện đảo Cô Tô tổ chức hội nghị tổng kết năm 2020.")
    assert (rec.meeting.locality, rec.meeting.locality_kind, rec.meeting.province) == ("Cô Tô", "huyện", "Quảng Ninh")


def test_the_room_a_meeting_sits_in_is_not_the_bodys_place():
    m = extract_text("Chiều 9/7, tại Hội trường UBND huyện Quế Phong, Ban Thường vụ Huyện ủy Quỳ Châu họp sơ kết "
                     "6 tháng đầu năm 2024. Thu ngân sách trên địa bàn đạt 38 tỷ đồng.").meeting
    assert (m.locality, m.locality_kind, m.province) == ("Quỳ Châu", "huyện", "Nghệ An")


def test_the_unit_a_guests_rank_is_held_in_is_not_the_bodys_place():
    m = extract_text("Ngày 16/1, đồng chí Vi Văn Tuấn, Phó Bí thư Thường trực Huyện ủy Quế Phong, nguyên Chủ tịch "
                     "UBND huyện Tương Dương dự hội nghị tổng kết năm 2023 của Ban Chấp hành Đảng bộ huyện Kỳ Sơn. "
                     "Toàn huyện kết nạp 96 đảng viên mới.").meeting
    assert (m.locality, m.locality_kind, m.province) == ("Kỳ Sơn", "huyện", "Nghệ An")


def test_a_rank_names_the_bodys_place_when_no_other_place_is_named():
    m = extract_text("Sáng 4/10, đồng chí Lô Thị Hà, Bí thư Huyện ủy Tương Dương chủ trì hội nghị Ban Thường vụ "
                     "Huyện ủy đánh giá 9 tháng năm 2024. Thu ngân sách đạt 41 tỷ đồng.").meeting
    assert (m.locality, m.locality_kind, m.body_kind) == ("Tương Dương", "huyện", "standing_committee")


def test_a_province_written_after_the_name_is_read_on_the_meeting_date():
    m = extract_text("Ngày 19/12/2025, HĐND xã Đồng Văn (Hà Giang cũ) tổ chức kỳ họp thứ 5. Thu ngân sách đạt 21 tỷ đồng.").meeting
    assert (m.locality, m.province) == ("Đồng Văn", "Tuyên Quang")
    m = extract_text("Ngày 19/12/2025, HĐND xã Tân Thành (tỉnh Đồng Nai, trước đây thuộc tỉnh Bình Phước) tổ chức kỳ họp "
                     "thứ 5. Thu ngân sách đạt 21 tỷ đồng.").meeting
    assert (m.locality, m.province) == ("Tân Thành", "Đồng Nai")
    m = extract_text("Ngày 19/12/2024, HĐND huyện Đồng Văn, tỉnh Hà Giang tổ chức kỳ họp thứ 15. Thu ngân sách đạt 21 tỷ đồng.").meeting
    assert (m.locality, m.province) == ("Đồng Văn", "Hà Giang")
