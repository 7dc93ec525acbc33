"""extract/people.py: people named with their roles, the chairs of a meeting, authors."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract import extract_text
from soket.extract.people import (
    byline_names,
    extract_authors,
    extract_people,
    looks_like_person,
    sentence_people,
)
from soket.extract.sentences import split_sentences


def test_names_and_places_are_told_apart():
    assert looks_like_person("Nguyễn Văn An")
    assert looks_like_person("Lê Thị Hồng Nhung")
    assert not looks_like_person("Phú Thọ")


def test_one_person_with_two_roles():
    got = sentence_people("Đồng chí Trần Văn Bình, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.")
    assert got == [("Trần Văn Bình", ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"])]


def test_guests_and_the_chair():
    people, chairs = extract_people(split_sentences(
        "Dự hội nghị có đồng chí Phạm Thị Lan, Phó Chủ tịch UBND tỉnh. "
        "Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy chủ trì hội nghị."))
    assert [(p.name, p.roles) for p in people] == [("Phạm Thị Lan", ["Phó Chủ tịch UBND tỉnh"]),
                                                   ("Hoàng Văn Nam", ["Bí thư Huyện ủy"])]
    assert chairs == ["Hoàng Văn Nam"]


def test_a_byline_of_two_authors():
    assert byline_names("Minh Anh - Quốc Huy") == ["Minh Anh", "Quốc Huy"]


def test_a_role_said_of_several_after_the_chair():
    got = sentence_people("Bà Đỗ Thị Mai, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì kỳ họp cùng các đồng chí "
                          "Phó Chủ tịch HĐND xã Lò Văn Sơn và Trịnh Quốc Việt.")
    assert dict(got) == {"Đỗ Thị Mai": ["Bí thư Đảng ủy", "Chủ tịch HĐND xã"],
                         "Lò Văn Sơn": ["Phó Chủ tịch HĐND xã"], "Trịnh Quốc Việt": ["Phó Chủ tịch HĐND xã"]}


def test_a_chair_list_that_opens_the_sentence_keeps_its_first_name():
    _, chairs = extract_people(split_sentences(
        "Đồng chí Hoàng Minh Đức, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; các đồng chí Phó Chủ tịch HĐND "
        "tỉnh: Ngô Thị Thanh, Lương Quốc Hải chủ trì kỳ họp."))
    assert chairs == ["Hoàng Minh Đức", "Ngô Thị Thanh", "Lương Quốc Hải"]


def test_guests_named_before_another_chair_are_not_chairs():
    _, chairs = extract_people(split_sentences(
        "Đồng chí Hoàng Minh Đức, Phó Bí thư Tỉnh ủy; đồng chí Ngô Thị Thanh, Phó Chủ tịch UBND tỉnh "
        "dự hội nghị do đồng chí Lương Quốc Hải, Bí thư Huyện ủy chủ trì."))
    assert "Hoàng Minh Đức" not in chairs and "Lương Quốc Hải" in chairs


def test_a_byline_with_the_authors_office_after_a_dash():
    assert byline_names("Tác giả: Thu Hương - Văn phòng HĐND và UBND phường") == ["Thu Hương"]
    assert byline_names("Văn Hòa - Đảng ủy phường") == ["Văn Hòa"]
    assert byline_names("Quang Vinh - Trung tâm Văn hóa, Thông tin và Thể thao huyện") == ["Quang Vinh"]
    assert byline_names("Mai Lan - Hồng Nhung") == ["Mai Lan", "Hồng Nhung"]


def test_a_byline_with_an_agency_after_a_dash():
    """After the dash, an agency noun (ban, sở, phòng, cục) opens where the author works."""
    assert byline_names("Minh Thư - Ban Xây dựng Đảng") == ["Minh Thư"]
    assert byline_names("Quốc Việt - Sở Nông nghiệp và Môi trường") == ["Quốc Việt"]
    assert byline_names("Minh Thư - Ban Dân vận Đảng ủy phường") == ["Minh Thư"]
    assert byline_names("Minh Thư - Quốc Việt") == ["Minh Thư", "Quốc Việt"]


AFFILIATION_BYLINES = {
    "văn phòng": "Ngọc Hà - Văn phòng Huyện ủy",
    "đảng ủy": "Thanh Bình - Đảng ủy xã Tân Phú",
    "ủy ban": "Minh Khôi - Ủy ban MTTQ Việt Nam phường",
    "ubnd": "Hải Yến - UBND xã Ea Kao",
    "hđnd": "Kim Chi - HĐND thị trấn",
    "trung tâm": "Đức Thắng - Trung tâm Truyền thông huyện",
    "phòng": "Lan Phương - Phòng Văn hóa - Thông tin",
    "huyện ủy": "Tuấn Anh - Huyện ủy Mường La",
    "thành ủy": "Bích Ngọc - Thành ủy Vinh",
    "tỉnh ủy": "Hồng Quân - Tỉnh ủy Lai Châu",
    "thị ủy": "Thu Trang - Thị ủy Sa Pa",
    "quận ủy": "Văn Long - Quận ủy Ninh Kiều",
    "đài truyền thanh": "Mỹ Hạnh - Đài Truyền thanh xã",
    "đài": "Phan Thủy - Đài TT-TH Đô Lương",
    "ban tuyên giáo": "Quốc Bảo - Ban Tuyên giáo Huyện ủy",
    "vp": "Ánh Dương - VP HĐND&UBND phường",
    "xã": "Thu Trang - xã Yên Hòa",
    "phường": "Minh Đức - phường Tân Thịnh",
    "thị trấn": "Hoài Thu - thị trấn Tam Sơn",
    "huyện": "Quang Vinh - huyện Lập Thạch",
    "thị xã": "Hà My - thị xã Sơn Tây",
    "quận": "Khánh Linh - quận Cầu Giấy",
}


def test_every_byline_affiliation_has_a_byline():
    from soket.lexicon import get
    from soket.lexicon.schema import TitlesLexicon

    assert set(get(TitlesLexicon).byline_affiliations) == set(AFFILIATION_BYLINES)
    for byline in AFFILIATION_BYLINES.values():
        assert byline_names(byline) == [byline.split(" - ")[0]], byline


def test_those_named_with_cung_chu_tri_chair_with_the_person_before():
    _, chairs = extract_people(split_sentences(
        "Đồng chí Hà Văn Tâm, Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu khai mạc kỳ họp. Cùng chủ trì kỳ họp "
        "có các đồng chí Phó Chủ tịch HĐND huyện: Đinh Thị Hoa, Bùi Văn Khánh."))
    assert chairs == ["Hà Văn Tâm", "Đinh Thị Hoa", "Bùi Văn Khánh"]


def test_a_sentence_without_people_in_between_breaks_the_co_chair_link():
    _, chairs = extract_people(split_sentences(
        "Đồng chí Hà Văn Tâm, Bí thư Huyện ủy dự hội nghị. Hội nghị kéo dài một ngày. Cùng chủ trì hội nghị có "
        "đồng chí Đinh Thị Hoa, Phó Chủ tịch UBND huyện."))
    assert "Hà Văn Tâm" not in chairs


def test_an_acting_title_is_a_title_and_stays_in_the_role():
    assert sentence_people("Ông Lò Văn Pấng, Quyền Chủ tịch UBND huyện Mường Tè trình bày báo cáo.") == [
        ("Lò Văn Pấng", ["Quyền Chủ tịch UBND huyện Mường Tè"])]
    # the word alone, not before a title, is no title ("chính quyền", "quyền lợi")
    assert sentence_people("Ông Lò Văn Pấng cho biết chính quyền xã đã bảo đảm quyền lợi người dân.") == []


def test_a_photo_credit_after_a_dash_is_no_author() -> None:
    from soket.extract.people import byline_names

    assert byline_names("Tin: Lan Hương - Ảnh: Đức Anh") == ["Lan Hương"]
    assert byline_names("Bài: Minh Tâm - ảnh: Hải Yến") == ["Minh Tâm"]


def test_a_top_byline_dated_after_a_weekday() -> None:
    from soket.extract.people import extract_authors

    text = "Tác giả: Quỳnh Mai | Chủ nhật, 12/10/2025 - 09:30 | Lượt xem: 90\nSáng 11/10, UBND xã họp phiên thường kỳ."
    assert extract_authors(text, []) == ["Quỳnh Mai"]


def test_a_byline_among_the_fields_of_a_date_line() -> None:
    from soket.extract.people import extract_authors

    assert byline_names("Cập nhật: 03/11/2024 | Tác giả: Ngọc Lan | Lượt xem: 57") == ["Ngọc Lan"]
    assert byline_names("Ngày 03/11/2024 | Tin, ảnh: HỒNG ÂN | In bài") == ["Hồng Ân"]
    # a field line naming no byline field gives no author
    assert byline_names("Cập nhật: 03/11/2024 | Lượt xem: 57") == []
    text = "Đăng ngày: 09/12/2024 | Tác giả: Văn Khải | Lượt xem: 88\nSáng 8/12, HĐND xã Tân Lập họp kỳ họp thứ 9."
    assert extract_authors(text, []) == ["Văn Khải"]


def test_a_place_glued_to_the_citys_abbreviation_goes_on_in_the_role() -> None:
    assert sentence_people("Chủ tịch UBND TP.Tân An Nguyễn Văn Bình dự hội nghị.") == [
        ("Nguyễn Văn Bình", ["Chủ tịch UBND TP.Tân An"])]
    assert sentence_people("Ông Lê Văn Hòa, Chủ tịch UBND TP.Bảo Lộc phát biểu.") == [
        ("Lê Văn Hòa", ["Chủ tịch UBND TP.Bảo Lộc"])]


def test_a_caption_adds_the_people_the_text_does_not_name() -> None:
    from soket.extract.people import caption_people
    from soket.model import Person

    known = [Person(name="Trần Văn Nam", roles=["Bí thư Huyện ủy"])]
    got, chairs = caption_people(known, [], [
        "Bà Lê Thị Hoa, Giám đốc Sở Y tế báo cáo tại hội nghị. Ảnh: MINH KHOA",
        "Đồng chí Trần Văn Nam, Bí thư Huyện ủy Tân Lập phát biểu. Ảnh: Minh Khoa",
        "Quang cảnh hội nghị. Ảnh: Minh Khoa"])
    assert [(p.name, p.roles) for p in got] == [("Trần Văn Nam", ["Bí thư Huyện ủy"]),
                                                ("Lê Thị Hoa", ["Giám đốc Sở Y tế"])]
    assert chairs == []
    # the chair a caption names, where the text names none; the text's chairs stand
    caption = "Đồng chí Phạm Văn Đức, Chủ tịch UBND huyện Tân Lập chủ trì cuộc họp. Ảnh: Minh Khoa"
    assert caption_people(known, [], [caption])[1] == ["Phạm Văn Đức"]
    assert caption_people(known, ["Trần Văn Nam"], [caption])[1] == ["Trần Văn Nam"]


def test_a_byline_field_after_a_dash_in_a_date_line() -> None:
    from soket.extract.people import extract_authors

    text = "Cập nhật lúc 09:15, 12/12/2024 - Tác giả: Lê Hoa\nSáng 11/12, UBND xã Tân Lập họp phiên thường kỳ."
    assert extract_authors(text, []) == ["Lê Hoa"]
    assert byline_names("Bài: Minh Tâm - Tin: Hải Yến") == ["Minh Tâm", "Hải Yến"]


def test_a_byline_above_the_pages_older_and_newer_links():
    """"Những tin mới hơn" / "Những tin cũ hơn" under the byline are page chrome (a line cue after a
    plural word): the byline above them is read."""
    from soket.extract import extract_text

    text = ("Ngày 20/12, Đảng ủy xã Tân Phú tổ chức hội nghị tổng kết năm 2025.\n"
            "Thu ngân sách xã đạt 45 tỷ đồng.\nMinh Thư - Văn phòng Đảng ủy xã\nNhững tin mới hơn\nNhững tin cũ hơn")
    assert extract_text(text).authors == ["Minh Thư"]


def test_a_written_reports_signer_is_a_person_with_the_title_signed_under_not_an_author():
    from soket.extract import extract_text
    body = ("ỦY BAN NHÂN DÂN HUYỆN LẬP THẠCH\nSố: 96/BC-UBND\nLập Thạch, ngày 20 tháng 6 năm 2022\n\nBÁO CÁO\n"
            "Kết quả 6 tháng đầu năm 2022\n\nThu ngân sách đạt 120 tỷ đồng.\n\nNơi nhận:\n- Lưu: VT.\n\n")
    for sign, name, role in [("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\nTrần Văn Bình", "Trần Văn Bình", "Phó Chủ tịch"),
                             ("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Thị Cúc", "Lê Thị Cúc", "Chánh Văn phòng"),
                             ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nHOÀNG VĂN DŨNG", "Hoàng Văn Dũng", "Phó Bí thư")]:
        rec = extract_text(body + sign)
        assert rec.authors == []
        assert [(p.name, p.roles) for p in rec.people] == [(name, [role])]


def test_a_byline_under_a_line_in_capitals_that_is_no_title_stays_an_author():
    from soket.extract import extract_text
    rec = extract_text("Ngày 5/7, UBND huyện Lập Thạch họp sơ kết 6 tháng đầu năm 2022.\n\nTHU NGÂN SÁCH\n\nMinh Anh")
    assert (rec.authors, rec.people) == (["Minh Anh"], [])


def test_a_role_after_giu_chuc_is_the_names_and_names_joined_by_va_share_the_role_after_them():
    from soket.extract.people import sentence_people
    assert sentence_people("Kỳ họp bầu bổ sung ông Phan Văn Tâm giữ chức Ủy viên UBND huyện nhiệm kỳ 2021 - 2026.") == \
        [("Phan Văn Tâm", ["Ủy viên UBND huyện"])]
    got = sentence_people("Ông Võ Văn Hưng, Chủ tịch HĐND tỉnh; ông Lê Văn Dũng và bà Hồ Thị Thu Hằng, Phó Chủ tịch "
                          "HĐND tỉnh chủ trì kỳ họp.")
    assert got == [("Võ Văn Hưng", ["Chủ tịch HĐND tỉnh"]), ("Lê Văn Dũng", ["Phó Chủ tịch HĐND tỉnh"]),
                   ("Hồ Thị Thu Hằng", ["Phó Chủ tịch HĐND tỉnh"])]
    # a name with a role of its own keeps it: "A, ROLE và B, ROLE"
    got = sentence_people("Dự có ông Võ Văn Hưng, Chủ tịch UBND huyện và bà Hồ Thị Thu Hằng, Phó Chủ tịch UBND huyện.")
    assert got == [("Võ Văn Hưng", ["Chủ tịch UBND huyện"]), ("Hồ Thị Thu Hằng", ["Phó Chủ tịch UBND huyện"])]


CHAIR_PHRASE_LISTS = ("chair_agent", "address_words", "plural_words", "chair_verbs", "chair_meetings",
                      "chair_list_verbs", "co_chair", "not_chair_verbs")


def test_the_chair_phrase_examples_name_exactly_their_chairs():
    """The chairs' phrases live in titles.yaml: each list's examples name their chairs and no guest."""
    from soket.extract import extract_text
    from soket.lexicon import get
    from soket.lexicon.schema import TitlesLexicon

    t = get(TitlesLexicon)
    seen = set()
    for e in t.examples:
        if not set(e.covers) & set(CHAIR_PHRASE_LISTS):
            continue
        want = e.expect["meeting.chairs="]
        assert extract_text(e.sentence).meeting.chairs == (want if isinstance(want, list) else [want]), e.sentence
        seen.update(e.covers)
    assert seen >= set(CHAIR_PHRASE_LISTS)


def test_a_byline_above_a_list_of_related_headlines():
    """The related headlines a portal lists under the article ("- Xã Thủy Vân ra mắt mô hình ... (12/11/2020)"),
    their heading lost: the byline is read above the list."""
    from soket.extract.people import extract_authors
    text = ("Sáng 10/11, HĐND huyện Phú Vang khai mạc kỳ họp thứ 12, thông qua 9 nghị quyết.\n\nMinh Châu\n\n"
            "- Xã Phú Mỹ ra mắt mô hình dân vận khéo (08/11/2020)\n\n- Phú Vang tiếp xúc cử tri trước kỳ họp (02/11/2020)\n\n"
            "- Hội nghị Huyện ủy lần thứ 5 (28/10/2020)")
    assert extract_authors(text, []) == ["Minh Châu"]


def test_chairs_listed_after_dự_và_chủ_trì():
    """"Dự và chủ trì hội nghị có đồng chí A, ...; đồng chí B, ...": every person of the list chairs."""
    from soket.extract import extract_text
    rec = extract_text("Ngày 14/7/2022, Ban Chấp hành Đảng bộ thị xã Buôn Hồ tổ chức hội nghị lần thứ 8. Dự và chủ trì "
                       "hội nghị có đồng chí Y Khiêm Niê, Bí thư Thị ủy; đồng chí Trần Thị Hạnh, Phó Bí thư Thường trực Thị ủy.")
    assert rec.meeting.chairs == ["Y Khiêm Niê", "Trần Thị Hạnh"]


def test_guests_with_less_frequent_titles():
    """"ông A, Phó Hạt trưởng Hạt kiểm lâm huyện ...; bà B, Chuyên viên Phòng ...": both guests are people."""
    got = dict(sentence_people("Dự phiên họp có ông Hà Văn Thắng, Phó Hạt trưởng Hạt kiểm lâm huyện Chợ Đồn; bà Lục Thị "
                               "Hiền, Chuyên viên Phòng Nông nghiệp huyện."))
    assert got == {"Hà Văn Thắng": ["Phó Hạt trưởng Hạt kiểm lâm huyện Chợ Đồn"],
                   "Lục Thị Hiền": ["Chuyên viên Phòng Nông nghiệp huyện"]}


def test_a_hand_typed_byline_dash_and_the_authors_workplace_below_it():
    """"Minh Thư- Lê Hà" (no space before the dash) over a line naming where they work: both are authors."""
    from soket.extract.people import extract_authors
    text = ("Sáng 10/11, HĐND xã Kim Long khai mạc kỳ họp thứ 12, thông qua 9 nghị quyết.\n\nMinh Thư- Lê Hà\n\n"
            "Trung tâm VH-TT-TT huyện Tam Dương")
    assert extract_authors(text, []) == ["Minh Thư", "Lê Hà"]


def test_two_roles_joined_by_a_dash():
    """"Phó Bí thư Đảng ủy – Chủ tịch UBND xã": a dash before a title joins a second role, not a name's part."""
    got = dict(sentence_people("Ông Vũ Đình Khoa, Phó Bí thư Đảng ủy – Chủ tịch UBND xã Hòa Lạc chủ trì phiên họp."))
    assert got == {"Vũ Đình Khoa": ["Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Hòa Lạc"]}


def test_an_alternate_members_title_is_read_whole():
    """"Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng": "dự" (attend) does not end this role."""
    got = dict(sentence_people("Dự kỳ họp có đồng chí Lầu Văn Sử, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, "
                               "Bí thư Tỉnh ủy."))
    assert got == {"Lầu Văn Sử": ["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"]}


def test_a_chair_list_goes_on_past_an_alternate_members_title():
    """"Chủ trì hội nghị có đồng chí A - Ủy viên dự khuyết ...; đồng chí B - ...": the "dự" of the title is no
    verb of attending, so B chairs too."""
    from soket.extract import extract_text
    rec = extract_text("Ngày 5/12/2018, Ban Chấp hành Đảng bộ tỉnh Lai Châu tổ chức Hội nghị lần thứ 15. Chủ trì hội nghị "
                       "có đồng chí Giàng Páo Mỷ - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; "
                       "đồng chí Đỗ Ngọc An - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    assert rec.meeting.chairs == ["Giàng Páo Mỷ", "Đỗ Ngọc An"]


def test_the_byline_field_separator_is_linear_on_a_long_run_of_spaces():
    """A line of 40,000 spaces between two words: the field separator and the trailing bracket are tried only where
    a run of spaces starts, so 4 times the spaces cost about 4 times the CPU, not 16 (compared, not timed)."""
    from _growth import assert_linear
    from soket.extract.people import extract_authors

    def authors(spaces: int) -> tuple[list[str], list[str]]:
        return (extract_authors("Hội nghị sơ kết 6 tháng.\n\nMinh" + " " * spaces + "An", []),
                extract_authors("Hội nghị sơ kết 6 tháng.\n\nMinh An" + " " * spaces + "- Lê Hà", []))

    assert authors(40_000) == ([], [])
    assert_linear(authors, lambda n: n, 10_000)


def test_a_source_line_names_its_author_after_the_papers_dash():
    """"Theo Báo Lạng Sơn - Thu Trang": the article was taken from a paper, its author after the dash; a paper whose
    own name has a dash ("Theo Báo Bà Rịa - Vũng Tàu") names nobody."""
    from soket.extract.people import extract_authors
    body = "Hội nghị thông qua 5 nghị quyết quan trọng của tỉnh.\n\n"
    assert extract_authors(body + "Theo Báo Lạng Sơn - Thu Trang", []) == ["Thu Trang"]
    assert extract_authors(body + "Theo Báo Bà Rịa - Vũng Tàu", []) == []


def test_a_byline_over_a_templates_account_link_or_weather_box_is_still_read():
    """"Sign In" (a portal template's English account link) and "Thời tiết" (its weather box) under the byline
    are page furniture: never a name, and no end to the byline above them."""
    from soket.extract import extract_text

    body = "Ngày 20/12/2019, HĐND xã Hòa Bình tổ chức kỳ họp thứ 9. Kỳ họp thông qua 6 nghị quyết.\n\n"
    assert extract_text(body + "Tác giả: Lê Minh Khoa\nSign In\n").authors == ["Lê Minh Khoa"]
    assert extract_text(body + "Minh Khoa\n\nThời tiết\nLiên kết website\n").authors == ["Minh Khoa"]
    assert extract_text(body + "Minh Khoa\n\nThời tiết\n\nTỷ giá ngoại tệ\nThống kê truy cập\n").authors == ["Minh Khoa"]


def test_a_person_named_like_a_place_is_read_after_an_honorific():
    """Wards and communes bear heroes' names ("phường Trần Hưng Đạo", "xã Phạm Hồng Thái"); after "ông", "bà",
    "đồng chí" the same words name a person. A place named so stays a place."""
    people, _ = extract_people(split_sentences(
        "Dự kỳ họp có ông Phạm Hồng Thái, Chủ tịch HĐND tỉnh; ông Trần Hưng Đạo, Giám đốc Sở Xây dựng."))
    assert [(p.name, p.roles) for p in people] == [("Phạm Hồng Thái", ["Chủ tịch HĐND tỉnh"]),
                                                   ("Trần Hưng Đạo", ["Giám đốc Sở Xây dựng"])]
    people, _ = extract_people(split_sentences("Tại phường Trần Hưng Đạo, Chủ tịch UBND phường Lê Văn Hùng phát biểu."))
    assert [p.name for p in people] == ["Lê Văn Hùng"]


def test_the_newly_elected_and_those_elected_to_a_post_hold_it():
    """"Ông A, tân Chủ tịch HĐND tỉnh" (the new chairman) and "Bà B đã trúng cử chức vụ Phó Chủ tịch UBND tỉnh": the
    title after "tân" or "trúng cử chức vụ" is the person's role."""
    people, _ = extract_people(split_sentences(
        "Ông Lương Văn Tuấn, tân Chủ tịch HĐND tỉnh phát biểu nhận nhiệm vụ. Bà Mai Thị Hạnh đã trúng cử chức vụ "
        "Phó Chủ tịch UBND tỉnh."))
    assert [(p.name, p.roles) for p in people] == [("Lương Văn Tuấn", ["Chủ tịch HĐND tỉnh"]),
                                                   ("Mai Thị Hạnh", ["Phó Chủ tịch UBND tỉnh"])]


def test_an_honorific_opens_a_name_of_five_syllables():
    """Ê Đê and other Central Highlands names run to five syllables ("Ông Y Thanh Hà Niê Kđăm - Bí thư Tỉnh ủy")."""
    people, _ = extract_people(split_sentences("Ông Y Ngông Niê Kđăm Buôn - Bí thư Tỉnh ủy phát biểu chỉ đạo."))
    assert [(p.name, p.roles) for p in people] == [("Y Ngông Niê Kđăm Buôn", ["Bí thư Tỉnh ủy"])]


def test_a_byline_naming_the_publisher_or_an_office_names_no_author():
    """A page's declared author is often the paper or the portal's office ("Báo Gia Lai", "Ban Biên Tập",
    "Trung Tâm Truyền Thông"): no person. A pen name that merely starts like a word ("Ban Mai") still is."""
    for org in ("Báo Gia Lai", "Ban Biên Tập", "Trung Tâm Truyền Thông", "Sở Tư Pháp", "Cổng Thông Tin Điện Tử"):
        assert byline_names(org) == [], org
    assert byline_names("Ban Mai") == ["Ban Mai"]
    assert byline_names("Tin, ảnh: Minh Đài") == ["Minh Đài"]


def test_a_byline_of_fields_split_by_a_semicolon_keeps_the_author_not_the_photographer():
    """"Tin: Hồng Nhung; Ảnh: Văn Tâm": the author's field and the photo credit's, apart at the semicolon."""
    assert byline_names("Tin: Hải Yến; Ảnh: Quốc Tuấn") == ["Hải Yến"]
    assert byline_names("Bài: Minh Anh; ảnh: Thu Hà") == ["Minh Anh"]


def test_an_offices_abbreviation_after_a_bylines_dash_is_where_the_author_works():
    """"Lê Hoa - TTVH huyện": the culture centre's abbreviation, no second author; a byline all in capitals
    ("HỒNG NHUNG - THU HÀ") still names two."""
    assert byline_names("Lê Hoa - TTVH huyện") == ["Lê Hoa"]
    assert byline_names("Minh Thư - VHTT&TT") == ["Minh Thư"]
    assert byline_names("Tin, ảnh: HỒNG NHUNG - THU HÀ") == ["Hồng Nhung", "Thu Hà"]
    assert byline_names("Thanh Hà - Thùy Linh") == ["Thanh Hà", "Thùy Linh"]


def test_highland_names_opened_by_a_or_by_a_family_name_with_its_apostrophe():
    """Xơ Đăng and Ca Dong men's names open with 'A' ('A Khoan'), Ê Đê women's with "H'" written
    against the given name ("H'Liên Niê"): both are people, and 'A Lưới' stays a district."""
    from soket.extract import extract_text

    rec = extract_text("Sáng 5/7, HĐND huyện A Lưới khai mạc kỳ họp thứ 9. Cùng dự có các Phó Chủ tịch UBND tỉnh: "
                       "A Khoan, Trần Phước Hưng; đồng chí H'Liên Niê, Phó Bí thư Thường trực Thành ủy.")
    names = {p.name for p in rec.people}
    assert {"A Khoan", "Trần Phước Hưng", "H'Liên Niê"} <= names
    assert "A Lưới" not in names and rec.meeting.locality == "A Lưới"


def test_a_byline_closed_by_a_full_stop_after_a_photo_credit():
    text = ("Sáng 3/8, UBND huyện họp thường kỳ tháng 7.\n\nToàn cảnh hội nghị. Ảnh: Lan Chi.\n\n"
            "Kết luận hội nghị, đồng chí Chủ tịch UBND huyện yêu cầu các phòng làm tốt nhiệm vụ.\n\nLan Chi.")
    assert extract_authors(text, []) == ["Lan Chi"]


def test_a_closing_sentence_is_no_byline():
    text = "Sáng 3/8, UBND huyện họp thường kỳ tháng 7.\n\nHội nghị thành công tốt đẹp."
    assert extract_authors(text, []) == []


def test_guests_listed_after_the_chair_and_a_semicolon_are_no_chairs():
    _, chairs = extract_people(split_sentences(
        "Sáng 5/8, UBND huyện Văn Yên họp thường kỳ tháng 7. Đồng chí Hà Văn Quý, Chủ tịch UBND huyện chủ trì; "
        "cùng dự có các đồng chí: Lý Thị Hòa, Phó Chủ tịch HĐND huyện; Triệu Văn Sinh, Phó Chủ tịch UBND huyện."))
    assert chairs == ["Hà Văn Quý"]


def test_those_who_run_the_session_with_the_chair_are_chairs():
    _, chairs = extract_people(split_sentences(
        "Sáng 5/8, HĐND huyện Văn Yên tổ chức kỳ họp thứ 9. Ông Hà Văn Quý, Chủ tịch HĐND huyện chủ trì kỳ họp; "
        "cùng điều hành kỳ họp có bà Lý Thị Hòa, Phó Chủ tịch HĐND huyện."))
    assert chairs == ["Hà Văn Quý", "Lý Thị Hòa"]


def test_a_title_with_an_abbreviation_and_its_dot():
    got = sentence_people("Đồng chí Hà Thị Lan, Phó Bí thư TT. Thị ủy, Chủ tịch HĐND thị xã chủ trì hội nghị.")
    assert dict(got) == {"Hà Thị Lan": ["Phó Bí thư TT. Thị ủy", "Chủ tịch HĐND thị xã"]}


def test_tay_dao_and_hmong_family_names_in_a_list_without_address_words():
    got = sentence_people("Dự kỳ họp có các đồng chí: Nịnh Thị Hằng, Phó Chủ tịch HĐND huyện; Tẩn Văn Phin, "
                          "Chủ tịch UBND xã; Hạng A Chư, Phó Bí thư Huyện ủy.")
    assert [n for n, _ in got] == ["Nịnh Thị Hằng", "Tẩn Văn Phin", "Hạng A Chư"]


def test_a_list_of_titles_and_names_closed_by_dong_chu_tri_co_chairs():
    _, chairs = extract_people(split_sentences(
        "Sáng 2/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 9. Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch "
        "HĐND tỉnh Đặng Văn Minh; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lò Thị Hạnh đồng chủ trì hội nghị."))
    assert chairs == ["Đặng Văn Minh", "Lò Thị Hạnh"]


def test_a_speaker_before_a_co_chair_list_with_another_verb_is_no_chair():
    _, chairs = extract_people(split_sentences(
        "Sáng 2/7, Huyện ủy Bảo Yên tổ chức hội nghị. Đồng chí Đặng Văn Minh, Phó Bí thư Tỉnh ủy phát biểu; "
        "đồng chí Lò Thị Hạnh, Bí thư Huyện ủy và đồng chí Vàng A Sử, Chủ tịch UBND huyện đồng chủ trì hội nghị."))
    assert chairs == ["Lò Thị Hạnh", "Vàng A Sử"]


def test_attendees_listed_after_the_chairs_clause_are_not_chairs():
    """"A ... chủ trì hội nghị; cùng dự có các đồng chí Phó Bí thư: B, ...; C, ...": the colon opens a list
    of those attending, after the chairing clause has ended; only A chairs."""
    rec = extract_text("Ngày 9/10/2024, Ban Thường vụ Tỉnh ủy Yên Bái họp sơ kết quý III. Đồng chí Hoàng Văn An, "
                       "Bí thư Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Bí thư Tỉnh ủy: Lê Thị Thu, Chủ "
                       "tịch HĐND tỉnh; Vũ Đình Khang, Chủ tịch UBND tỉnh.")
    assert rec.meeting.chairs == ["Hoàng Văn An"]


def test_a_co_chair_after_a_semicolon_chairs_too():
    """"A ... chủ trì; cùng chủ trì có đồng chí B, ...": the second cue opens its own clause of chairs."""
    rec = extract_text("Ngày 11/10/2022, Ban Thường vụ Thành ủy Đà Lạt họp sơ kết 9 tháng. Đồng chí Tôn Thất Bảo, "
                       "Bí thư Thành ủy chủ trì; cùng chủ trì có đồng chí Đặng Thị Lan, Phó Bí thư Thường trực "
                       "Thành ủy.")
    assert rec.meeting.chairs == ["Tôn Thất Bảo", "Đặng Thị Lan"]


def test_a_byline_with_an_agencys_regional_desk():
    """"Name/VOV-Tây Bắc": the radio's acronym and its regional desk after the slash are no author."""
    assert byline_names("Minh Phương/VOV-Tây Bắc") == ["Minh Phương"]
    assert byline_names("Lan Anh/TTXVN-Cần Thơ") == ["Lan Anh"]


def test_co_chairs_listed_after_a_semicolon_and_a_colon():
    """"A chủ trì kỳ họp; cùng điều hành có các đồng chí Phó Chủ tịch HĐND tỉnh: B, C": co-chairs."""
    rec = extract_text("Ngày 12/12/2023, HĐND tỉnh Lạng Sơn khai mạc kỳ họp thứ 17. Đồng chí Đoàn Thị Hậu, Chủ tịch "
                       "HĐND tỉnh chủ trì kỳ họp; cùng điều hành có các đồng chí Phó Chủ tịch HĐND tỉnh: Hoàng Văn "
                       "Nam, Vi Thị Hằng.")
    assert rec.meeting.chairs == ["Đoàn Thị Hậu", "Hoàng Văn Nam", "Vi Thị Hằng"]


def test_a_guest_list_before_the_joint_chairs_gives_no_chair():
    from soket.extract import extract_text

    m = extract_text("Ngày 19/12/2025, HĐND phường Cửa Nam tổ chức kỳ họp thứ 6.\n\nTham dự kỳ họp có đồng chí Trần "
                     "Quốc Khánh, Phó Chủ tịch HĐND tỉnh.\n\nĐồng chủ tọa kỳ họp là ông Nguyễn Đình Phúc, Bí thư Đảng "
                     "ủy, Chủ tịch HĐND phường và bà Hồ Thị Nga, Phó Chủ tịch HĐND phường.").meeting
    assert m.chairs == ["Nguyễn Đình Phúc", "Hồ Thị Nga"]


def test_a_source_line_names_its_author_before_the_paper_in_brackets():
    from soket.extract import extract_text

    lead = "Ngày 3/10/2024, Ban Thường vụ Huyện ủy Quỳ Châu họp đánh giá 9 tháng năm 2024. Thu ngân sách đạt 41 tỷ đồng."
    assert extract_text(lead + "\n\nTheo Hải Yến (Báo Nghệ An)").authors == ["Hải Yến"]
    assert extract_text(lead + "\n\nTheo Báo Nghệ An").authors == []


def test_names_alone_between_the_title_and_the_lead_are_the_byline():
    from soket.extract import extract_text

    lead = ("Ngày 2/10/2024, Ban Chấp hành Đảng bộ huyện Nghĩa Đàn tổ chức hội nghị lần thứ 21 đánh giá 9 tháng đầu "
            "năm 2024. Thu ngân sách đạt 215 tỷ đồng.")
    title = "Nghĩa Đàn bàn nhiệm vụ những tháng cuối năm\n\n"
    assert extract_text(title + "Bảo Ngọc - Khánh Linh\n\n" + lead).authors == ["Bảo Ngọc", "Khánh Linh"]
    assert extract_text(title + "Quỳ Hợp - Quế Phong\n\n" + lead).authors == []  # places, not people
    assert extract_text("Bảo Ngọc - Khánh Linh\n\n" + lead).authors == []  # no title above: a headline, maybe


def test_chairs_listed_after_a_colon_without_their_roles():
    from soket.extract import extract_text

    m = extract_text("Ngày 26/12/2025, HĐND xã Diễn Châu tổ chức kỳ họp thứ 6. Điều hành kỳ họp là các đồng chí trong "
                     "Thường trực HĐND xã: Hoàng Văn Lực, Cao Thị Thu.").meeting
    assert m.chairs == ["Hoàng Văn Lực", "Cao Thị Thu"]


def test_chairs_listed_with_semicolons_after_the_date_lead():
    """"Sáng 14-8, ông A, ...; ông B và bà C, ... chủ trì": the date clause opens the sentence and the list of
    chairs follows it; all three chair. A guest list after the date does not."""
    rec = extract_text("Chiều ngày 3-5, ông Trịnh Quốc Bảo, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; ông Lâm Văn Tư và "
                       "bà Đoàn Thị Nga, Phó Chủ tịch UBND tỉnh, chủ trì phiên họp thường kỳ tháng 4 của UBND tỉnh "
                       "Bến Tre.")
    assert rec.meeting.chairs == ["Trịnh Quốc Bảo", "Lâm Văn Tư", "Đoàn Thị Nga"]
    rec = extract_text("Sáng 9-7, dự hội nghị có ông Cao Văn Lợi, Phó Chủ tịch UBND tỉnh; ông Hà Minh Tâm, Bí thư "
                       "Huyện ủy Giồng Trôm chủ trì hội nghị sơ kết 6 tháng.")
    assert rec.meeting.chairs == ["Hà Minh Tâm"]


def test_a_byline_opened_by_the_word_by():
    """"Bởi Lan Anh": a blog template's "by" before the author is no part of the name."""
    assert byline_names("Bởi Lan Anh") == ["Lan Anh"]
    assert byline_names("Bởi Trần Minh và Thu Hà") == ["Trần Minh", "Thu Hà"]


def test_an_indented_line_of_chrome_under_the_byline_is_chrome() -> None:
    """A Word copy indents every paragraph: the page's comment line under the byline is chrome all the same."""
    from soket.extract.people import extract_authors
    from soket.ingest import load_text

    body = "    Sáng 3/7, Đảng ủy xã Tân An sơ kết công tác 6 tháng đầu năm, thu ngân sách đạt 61% dự toán. "
    for indent in ("", "    ", "\t"):
        doc = load_text(f"{body}\n\n{indent}Tin: QUANG VINH\n\n{indent}Bình luận (0) | Gửi bình luận\n")
        assert extract_authors(doc.text, doc.chrome) == ["Quang Vinh"], indent


def test_a_byline_with_its_office_spelt_out_after_a_dash() -> None:
    from soket.extract.people import extract_authors

    body = "Sáng 3/7, UBND xã Tân An họp phiên thường kỳ tháng 6, thu ngân sách đạt 61% dự toán.\n\n"
    for office in ("Văn phòng HĐND và UBND xã", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân An"):
        assert extract_authors(f"{body}Tác giả: Minh Châu - {office}\n", []) == ["Minh Châu"], office


def _right_column_whole_text(text, chrome):
    """people._right_column as first written (the whole text split into lines): the reference for the tail-only one."""
    from soket.extract import people as p
    from soket.extract.intervals import Intervals

    inside = Intervals.of(chrome)
    end = len(text.rstrip())
    while (start := text.rfind("\n", 0, end) + 1) > 0:
        if not inside.holds(start + len(text[start:end]) - len(text[start:end].lstrip())):
            break
        end = len(text[:start].rstrip())
    rows, out = 0, []
    for line in [x.rstrip() for x in text[:end].split("\n")[-p.COLUMN_TAIL_LINES:]]:
        body = line.lstrip()
        if not body:
            continue
        gaps = list(p._GAP_RE.finditer(line, len(line) - len(body)))
        if gaps:
            rows += 1
            out.append(line[gaps[-1].end():])
        elif p._GAP_RE.match(line):
            out.append(body)
    return out if rows >= p.COLUMN_MIN_ROWS else []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Nơi nhận:", "TM. ỦY BAN", "Nguyễn Văn A", " ", "    ", "\t", "\n", "\n\n", "- Lưu"]),
                max_size=40).map("".join), st.data())
def test_the_right_column_read_from_the_last_lines_as_from_the_whole_text(text: str, data) -> None:
    from soket.extract.people import _right_column

    chrome = []
    if text and data.draw(st.booleans()):
        a = data.draw(st.integers(0, len(text) - 1))
        chrome = [(a, data.draw(st.integers(a, len(text))))]
    assert _right_column(text, chrome) == _right_column_whole_text(text, chrome)


def test_no_line_is_searched_for_a_gap_where_the_last_lines_hold_none(monkeypatch) -> None:
    from soket.extract import people as p

    class Counting:
        def __init__(self) -> None:
            self.n = 0

        def finditer(self, *a):
            self.n += 1
            return p._GAP_RE.finditer(*a)

        def match(self, *a):
            self.n += 1
            return p._GAP_RE.match(*a)

    gap = Counting()
    text = "Nơi nhận:      TM. ỦY BAN\n" * 3 + "Báo cáo kết thúc.\n" * 40
    monkeypatch.setattr(p, "_GAP_RE", gap)
    assert p._right_column(text, []) == [] and gap.n == 0
