"""Meeting metadata, periods, people and authors missed on held-out reports (round 37, meta37): one rule a test, with
sentences and page pieces of the genre written for these tests (never copied from the reports)."""

from __future__ import annotations

import pytest

from soket.extract import extract_document, extract_text
from soket.ingest import load_bytes
from soket.text import lower_keep_len, new_spelling


def _record(text: str, name: str = "bai.txt"):  # type: ignore[no-untyped-def]
    return extract_document(load_bytes(text.encode("utf-8"), name=name))


# -- the chairs' list opened by a sentence of its own, an item a line ---------------------------------------------

_HEAD = ("Ngày 20/11/2026, Ban Chấp hành Đảng bộ xã Tân Mỹ tổ chức hội nghị lần thứ 9 đánh giá kết quả thực hiện "
         "nhiệm vụ 11 tháng năm 2026.\n\n")


@pytest.mark.parametrize("body, chairs", [
    ("Chủ trì hội nghị có các đồng chí:\n\n- Đồng chí Lê Văn Tâm – Bí thư Đảng ủy xã;\n\n- Đồng chí Hồ Thị Lan – Phó "
     "Bí thư Thường trực Đảng ủy xã;\n\n- Đồng chí Phan Quốc Bảo – Chủ tịch UBND xã.\n\nDự hội nghị có các đồng chí "
     "Ủy viên Ban Chấp hành Đảng bộ xã.", ["Lê Văn Tâm", "Hồ Thị Lan", "Phan Quốc Bảo"]),
    # the items on lines of their own in one paragraph, bullets, honorifics
    ("Chủ trì hội nghị gồm:\n• Ông Lê Văn Tâm, Bí thư Đảng ủy xã;\n• Bà Hồ Thị Lan, Chủ tịch UBND xã.\nThu ngân sách "
     "11 tháng đạt 12 tỷ đồng.", ["Lê Văn Tâm", "Hồ Thị Lan"]),
    # the presidium, the names without an address word
    ("Đoàn Chủ tịch hội nghị gồm các đồng chí:\n- Lê Văn Tâm, Bí thư Đảng ủy xã;\n- Hồ Thị Lan, Chủ tịch UBND xã.",
     ["Lê Văn Tâm", "Hồ Thị Lan"]),
])
def test_a_chairs_list_closing_its_sentence_goes_on_in_the_items_below(body: str, chairs: list[str]) -> None:
    assert extract_text(_HEAD + body).meeting.chairs == chairs


def test_a_guests_list_in_the_same_form_names_no_chair() -> None:
    body = ("Tham dự hội nghị có các đồng chí:\n- Đồng chí Lê Văn Tâm – Bí thư Huyện ủy;\n- Đồng chí Hồ Thị Lan – Phó "
            "Chủ tịch UBND huyện.\nĐồng chí Trần Văn Bảy, Bí thư Đảng ủy xã chủ trì hội nghị.")
    assert extract_text(_HEAD + body).meeting.chairs == ["Trần Văn Bảy"]


def test_the_chairs_list_ends_at_the_first_line_that_is_no_item() -> None:
    body = ("Chủ trì hội nghị có các đồng chí:\n- Đồng chí Lê Văn Tâm – Bí thư Đảng ủy xã.\nThu ngân sách 11 tháng đạt 12 "
            "tỷ đồng.\n- Ông Hồ Văn Nam, Giám đốc Hợp tác xã Tân Mỹ, phát biểu về tiêu thụ nông sản.")
    assert extract_text(_HEAD + body).meeting.chairs == ["Lê Văn Tâm"]


# -- a highland name of one word, written with its apostrophe ---------------------------------------------------------

@pytest.mark.parametrize("sentence, name, role", [
    ("Đồng chí K’Bình – Bí thư Đảng ủy xã chủ trì hội nghị.", "K’Bình", "Bí thư Đảng ủy xã"),
    ("Bà K'Nhiên, Chủ tịch HĐND xã chủ trì kỳ họp.", "K'Nhiên", "Chủ tịch HĐND xã"),
    ("Ông Y’Bih, Chủ tịch UBND xã chủ trì cuộc họp.", "Y’Bih", "Chủ tịch UBND xã"),
    ("Đồng chí Ha’Sơn – Bí thư Đảng ủy xã chủ trì hội nghị.", "Ha’Sơn", "Bí thư Đảng ủy xã"),
    ("Đồng chí Kʼ Thị Hoa, Chủ tịch UBND xã chủ trì hội nghị.", "Kʼ Thị Hoa", "Chủ tịch UBND xã"),
])
def test_a_one_word_highland_name_after_an_address_word_is_a_person(sentence: str, name: str, role: str) -> None:
    rec = extract_text("Ngày 26/11/2026, Ban Thường vụ Đảng ủy xã Lộc Bắc tổ chức hội nghị đánh giá kết quả 11 tháng "
                       "năm 2026. " + sentence)
    assert rec.meeting.chairs == [name]
    assert [(p.name, p.roles) for p in rec.people] == [(name, [role])]


def test_a_place_written_with_an_apostrophe_is_no_person() -> None:
    rec = extract_text("Ngày 26/11/2026, UBND xã Lộc Bắc họp tại thôn K’Long, ông Trần Văn An, Chủ tịch UBND xã chủ trì.")
    assert rec.meeting.chairs == ["Trần Văn An"]
    assert [p.name for p in rec.people] == ["Trần Văn An"]


# -- the byline over an old portal's buttons, its related list and its masthead line; over a source note ------------

_REPORT = ("Ngày 12/7/2011, HĐND huyện Tân Sơn khai mạc kỳ họp thứ 2 đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm "
           "2011. Tổng thu ngân sách trên địa bàn đạt 21.300 triệu đồng, bằng 58,6% dự toán năm.\n\n")


@pytest.mark.parametrize("tail", [
    "Minh Khoa\n\nBản in  |  Gửi bài viết  |  Lên đầu trang\n\nCác tin đã đăng:\n» Tân Lập: 300 hộ được vay vốn "
    "(11/07/2011)\n» Yên Sơn trồng 90 ha chè (10/07/2011)\n\nBÁO TÂN SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM "
    "TỈNH TÂN SƠN\nĐịa chỉ: 24 Trần Phú - TP Tân Sơn. Điện thoại: 0210.3812.456\nLượt truy cập: 1.204.118\n",
    "Minh Khoa\n\n[ In trang ]  [ Gửi cho bạn ]  [ Quay lại ]\n\nCác bài đã đăng:\n+ Tân Lập: 300 hộ được vay vốn "
    "(11/7/2011)\n+ Yên Sơn trồng 90 ha chè (10/7/2011)\n\nBáo Tân Sơn - Cơ quan ngôn luận của Đảng bộ tỉnh Tân Sơn\n"
    "Địa chỉ: Tổ 3, phường Tân An, thị xã Tân Sơn. Điện thoại: 0210.3812.456\nBạn là người truy cập thứ: 00412375\n",
    "Minh Khoa\n(Tổng hợp từ Văn phòng HĐND và UBND huyện)\n",
    "Minh Khoa\n(Theo Báo Tân Sơn)\n",
])
def test_the_byline_above_an_old_portals_tail_is_read(tail: str) -> None:
    rec = _record(_REPORT + tail)
    assert rec.authors == ["Minh Khoa"]
    assert not any(f.raw.startswith(("24 Trần", "1.204.118", "300 hộ", "90 ha")) for f in rec.facts)


def test_a_report_line_naming_an_office_is_no_masthead() -> None:
    """"- cơ quan thường trực của ...": a dash then an office the report names is prose, its figure stays."""
    text = (_REPORT + "Sở Tài chính - cơ quan thường trực Ban chỉ đạo - đã thẩm định 14 dự án, tổng vốn 96 tỷ đồng.\n\n"
            "Minh Khoa\n")
    rec = _record(text)
    assert any(f.raw == "14 dự án" for f in rec.facts) and rec.authors == ["Minh Khoa"]


# -- the session's first day where the lead dates its closing day ---------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Chiều 4-12, kỳ họp thứ 5 HĐND thành phố Tân An bế mạc sau 2 ngày làm việc. Kỳ họp diễn ra trong 2 ngày 3 và 4/12 "
     "tại Trung tâm Hành chính thành phố.", "2026-12-03"),
    ("Chiều 9/7, kỳ họp thứ 12 HĐND huyện Tân Lạc bế mạc. Kỳ họp diễn ra từ ngày 7 - 9/7, thông qua 14 nghị quyết.",
     "2026-07-07"),
    ("Chiều 9/7, kỳ họp thứ 12 HĐND huyện Tân Lạc bế mạc. Trong 3 ngày 7, 8 và 9-7, các đại biểu thảo luận tại tổ.",
     "2026-07-07"),
])
def test_a_closing_day_gives_way_to_the_first_of_the_days_the_text_states(text: str, date: str) -> None:
    page = "Thứ Sáu, 10/07/2026\n\n" if "9" in date[-2:] or "-07-" in date else "Thứ Sáu, 04/12/2026\n\n"
    assert _record(page + text).meeting.date == date


@pytest.mark.parametrize("text, date", [
    # the days stated are the lead's own first and later ones: nothing moves
    ("Sáng 3/12, HĐND thành phố Tân An khai mạc kỳ họp thứ 5. Kỳ họp diễn ra trong 2 ngày 3 và 4/12.", "2026-12-03"),
    # days of another month: another event's
    ("Chiều 4-12, kỳ họp thứ 5 HĐND thành phố Tân An bế mạc. Hội chợ nông sản diễn ra trong 2 ngày 3 và 4/11.",
     "2026-12-04"),
])
def test_days_that_do_not_hold_the_leads_day_leave_it(text: str, date: str) -> None:
    assert _record("Thứ Sáu, 04/12/2026\n\n" + text).meeting.date == date


# -- a tone typed on the "u" of "qu" ----------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, meant", [
    ("qúy I", "quý I"), ("QÚY II", "QUÝ II"), ("kết qủa", "kết quả"), ("qúa trình", "quá trình"), ("Qúy", "Quý"),
])
def test_a_tone_on_the_u_of_qu_is_read_on_the_vowel_after_it(typed: str, meant: str) -> None:
    assert new_spelling(typed) == meant and len(lower_keep_len(typed)) == len(typed)


@pytest.mark.parametrize("word", ["quý", "quả", "đúng", "cúi", "thủy", "ủy ban", "qúyết", "xqúy"])
def test_other_toned_us_are_left_alone(word: str) -> None:
    assert new_spelling(word) == word


@pytest.mark.parametrize("text, expect", [
    ("Ngày 3/4, UBND huyện Tân Lạc tổ chức hội nghị đánh giá tình hình kinh tế - xã hội qúy I năm 2013.", (2013, 1, 3)),
    ("Tân Lạc: kinh tế qúy II tăng trưởng khá\n\nNgày 2/7/2013, UBND huyện Tân Lạc họp đánh giá kết quả qúy II năm "
     "2013, triển khai nhiệm vụ qúy III.", (2013, 4, 6)),
])
def test_a_quarter_typed_with_its_tone_on_the_u_is_the_period(text: str, expect: tuple[int, int, int]) -> None:
    p = extract_text(text).period
    assert (p.year, p.start_month, p.end_month) == expect
