"""Kinds found on held-out reports ex381-ex388 (issue 10, the North and the Centre, 2015-2019 and units after
July 2025). Sentences written for these tests."""

from __future__ import annotations

from soket.extract import extract_text


def _counts(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(f.subject, f.value, f.unit) for f in extract_text(text).facts]


# --- a count the lead gives and the body states again ---------------------------------------------------------

_REPORT = (
    "HĐND phường Đông Hải họp kỳ cuối năm\n\n"
    "Sáng 20/12, HĐND phường Đông Hải tổ chức kỳ họp thứ Sáu, thông qua 9 nghị quyết quan trọng về kinh tế - xã hội.\n\n"
    "Năm 2025, thu ngân sách trên địa bàn phường ước đạt 120 tỷ đồng.\n\n"
    "Kết thúc kỳ họp, 100% đại biểu có mặt đã biểu quyết thông qua 09 nghị quyết về dự toán ngân sách, đầu tư công "
    "và chương trình giám sát năm 2026.\n"
)


def test_a_count_of_resolutions_the_lead_gives_and_the_body_restates_is_one_fact():
    got = [c for c in _counts(_REPORT) if c[2] == "nghị quyết"]
    assert len(got) == 1 and got[0][1] == 9


def test_a_count_only_the_lead_gives_stays():
    text = _REPORT.replace("biểu quyết thông qua 09 nghị quyết", "biểu quyết thông qua các nghị quyết")
    assert [c[1] for c in _counts(text) if c[2] == "nghị quyết"] == [9]


def test_money_in_the_lead_and_the_body_is_no_count_of_this_rule():
    text = ("UBND xã Tân Lập họp phiên thường kỳ\n\n"
            "Sáng 5/7, UBND xã Tân Lập họp đánh giá 6 tháng, thu ngân sách đạt 8 tỷ đồng.\n\n"
            "Cụ thể, 6 tháng đầu năm thu ngân sách xã đạt 8 tỷ đồng; chi ngân sách 6 tỷ đồng.\n")
    assert len([c for c in _counts(text) if c[2] == "VND"]) == 3


# --- the names of what is counted, straight after its noun ----------------------------------------------------


def test_names_after_a_counted_noun_give_way_to_what_they_did():
    got = _counts("Năm nay huyện phấn đấu có 2 xã Tam Lộc và Tam An về đích nông thôn mới.")
    assert got[0][0] == "xã về đích nông thôn mới"


def test_a_list_of_three_names_gives_way_too():
    got = _counts("Trong năm, 3 phường Bắc Sơn, Nam Sơn và Trung Sơn hoàn thành chỉ tiêu giảm nghèo.")
    assert got[0][0] is not None and got[0][0].startswith("phường hoàn thành")


def test_names_closing_the_clause_keep_the_subject_as_before():
    got = _counts("Huyện đã sáp nhập 3 xã Tam Lộc, Tam An và Tam Hòa.")
    # (subj36: a count of the units merged is named by the merger and the noun, "sáp nhập xã")
    assert "Tam Lộc" in (got[0][0] or "") or got[0][0] in ("sáp nhập", "xã", "sáp nhập xã")


def test_names_followed_by_their_place_keep_the_subject_as_before():
    got = _counts("Tỉnh hợp nhất 3 xã Tam Lộc, Tam An và Tam Hòa của huyện Phú Ninh thành xã mới.")
    assert "của huyện" not in (got[0][0] or "").split("Tam")[0]


def test_a_single_name_is_no_list():
    got = _counts("Huyện có 2 xã Tam Lộc đạt chuẩn.")
    assert got[0][0] == "xã Tam Lộc đạt chuẩn"


# --- a roundup of two bodies' sessions under one unit word ----------------------------------------------------


def _place(text: str) -> str | None:
    return extract_text(text).meeting.locality


_ROUNDUP = (
    "HĐND các huyện Anh Sơn, Con Cuông khai mạc kỳ họp thứ 7\n\n"
    "Sáng 10/7, HĐND huyện Con Cuông và huyện Anh Sơn cùng khai mạc kỳ họp thứ 7.\n\n"
    "* Sáng 10/7, HĐND huyện Con Cuông khai mạc kỳ họp thứ 7. Sáu tháng đầu năm, tổng giá trị sản xuất của huyện "
    "Con Cuông ước đạt 1.250 tỷ đồng; thu ngân sách trên địa bàn huyện Con Cuông đạt 41 tỷ đồng.\n\n"
    "* Cũng sáng 10/7, HĐND huyện Anh Sơn khai mạc kỳ họp thứ 7.\n"
)


def test_a_title_listing_two_units_under_one_word_gives_the_one_the_report_is_about():
    assert _place(_ROUNDUP) == "Con Cuông"


def test_the_first_of_the_list_stays_when_the_report_is_about_it():
    text = _ROUNDUP.replace("huyện Con Cuông ước", "huyện Anh Sơn ước").replace("huyện Con Cuông đạt", "huyện Anh Sơn đạt")
    text = text.replace("* Sáng 10/7, HĐND huyện Con Cuông khai", "* Sáng 10/7, HĐND huyện Anh Sơn khai")
    assert _place(text) == "Anh Sơn"


def test_a_unit_followed_by_an_unknown_capitalised_word_is_no_list():
    assert _place("HĐND huyện Anh Sơn, Nghệ Thuật khai mạc kỳ họp thứ 7.\n\nHuyện Anh Sơn thu ngân sách đạt 41 tỷ đồng.\n") \
        == "Anh Sơn"


# --- a roundup page: each section's byline -----------------------------------------------------------------------


def _authors(text: str) -> list[str]:
    return extract_text(text).authors


_TWO_SECTIONS = (
    "HĐND các huyện Anh Sơn, Con Cuông khai mạc kỳ họp thứ 7\n\n"
    "* Sáng 10/7, HĐND huyện Con Cuông khai mạc kỳ họp thứ 7. Thu ngân sách 6 tháng đạt 41 tỷ đồng.\n\n"
    "Kỳ họp dự kiến thông qua 9 nghị quyết.\n\n"
    "Hoài Thu\n\n"
    "* Cũng sáng 10/7, HĐND huyện Anh Sơn khai mạc kỳ họp thứ 7, xem xét các báo cáo 6 tháng đầu năm.\n\n"
    "Quang Minh\n"
)


def test_each_section_of_a_roundup_signs():
    assert _authors(_TWO_SECTIONS) == ["Hoài Thu", "Quang Minh"]


def test_a_report_of_one_section_keeps_its_one_byline():
    text = _TWO_SECTIONS.replace("Hoài Thu\n\n", "")
    assert _authors(text) == ["Quang Minh"]


def test_a_short_heading_before_a_bulleted_list_is_no_byline():
    text = ("UBND xã Tân Lập họp phiên thường kỳ tháng 9\n\n"
            "Chiều 30/9, UBND xã Tân Lập họp phiên thường kỳ tháng 9. Thu ngân sách đạt 5 tỷ đồng.\n\n"
            "Nhiệm vụ tháng 10\n\n"
            "* Đẩy nhanh tiến độ thu ngân sách.\n\n"
            "Minh Châu\n")
    assert _authors(text) == ["Minh Châu"]
