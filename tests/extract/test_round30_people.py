"""Issue 10, round 30 (authors and people): the constructions behind round 30's first-sight misses, as rules of the
genre, each in invented sentences with invented names, with the near neighbours that must read as before.

- a byline with the page's time before its date on the same line ("Minh Tâm 15:41, 10/07/2024");
- an Ê Đê or M'nông woman's name opened by "H" as a word of its own ("H Mlơ Byă"), as a man's by "Y";
- a date line of fields in an HTML page, one the author's ("Ngày đăng: ... | Tác giả: ... | Lượt xem: ..."), which
  the article extractor drops;
- "hai Phó Chủ tịch HĐND huyện là ông A và ông B": a role, the copula "là", then its holders;
- a name typed twice in a row ("đồng chí Trần Minh Quang Trần Minh Quang, ..."), a copy error pages carry.
"""

from __future__ import annotations

import pytest

from soket.extract import extract_document, extract_text
from soket.extract.people import sentence_people
from soket.ingest.html import _field_byline, html_to_document

TITLE = "HĐND huyện Tân Lập xem xét, thông qua nhiều nghị quyết quan trọng"
LEAD = ("Ngày 10-7, HĐND huyện Tân Lập khóa XX, nhiệm kỳ 2021-2026 tiến hành kỳ họp thứ 12. Đồng chí Lê Văn Tâm, "
        "Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp.")
BODY = ("6 tháng đầu năm, giá trị sản xuất công nghiệp trên địa bàn ước đạt 4.250 tỷ đồng, tăng 7,6% so với cùng kỳ. "
        "Thu ngân sách nhà nước đạt 96 tỷ đồng, bằng 61% dự toán năm.")
END = "Kỳ họp đã biểu quyết thông qua 8 nghị quyết quan trọng."


def _text(top: str = "", end: str = "") -> str:
    return "\n\n".join(p for p in ["BÁO TÂN LẬP ĐIỆN TỬ", "Thời sự", TITLE, top, LEAD, BODY, END, end] if p)


# --- a byline with the time before the date ---------------------------------------------------------------------

@pytest.mark.parametrize(("top", "authors"), [
    ("Minh Tâm 15:41, 10/07/2024", ["Minh Tâm"]),  # the time, a comma, the date
    ("Đỗ Thu Hằng 08h05 10/07/2024", ["Đỗ Thu Hằng"]),  # the time written with "h", no comma
    ("Minh Tâm 10/07/2024 15:41", ["Minh Tâm"]),  # the date first (read before)
    ("Hà Nội 15:41, 10/07/2024", []),  # a dateline's city, no author
    ("Thứ Tư 15:41, 10/07/2024", []),  # a weekday, no author
])
def test_a_byline_with_the_time_before_the_date(top: str, authors: list[str]) -> None:
    assert extract_text(_text(top=top)).authors == authors


# --- an Ê Đê or M'nông name opened by "H" -------------------------------------------------------------------------

@pytest.mark.parametrize(("end", "authors"), [
    ("H Mlơ Byă", ["H Mlơ Byă"]),  # a woman's name, its "H" a word of its own
    ("Y Khăm Niê", ["Y Khăm Niê"]),  # a man's, by "Y" (read before)
    ("H'Lan Êban", ["H'Lan Êban"]),  # with the apostrophe (read before)
    ("Khu Bảo Tồn Tân Lập", []),  # capitals that are no name
])
def test_a_highland_name_opened_by_its_letter_is_a_byline(end: str, authors: list[str]) -> None:
    assert extract_text(_text(end=end)).authors == authors


def test_a_highland_womans_name_holds_her_role() -> None:
    s = "Bà H Mlơ Byă, Phó Chủ tịch HĐND xã điều hành kỳ họp."
    assert sentence_people(s) == [("H Mlơ Byă", ["Phó Chủ tịch HĐND xã"])]


# --- a date line of fields with the author's -----------------------------------------------------------------------

def _page(info: str, head: str = "") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in [LEAD, BODY, END])
    return (f"<html><head><title>{TITLE}</title>{head}</head><body><div class='menu'><a href='/'>Trang chủ</a> "
            f"<a href='/tin'>Tin tức</a></div><div class='news-detail'><h1 class='title-news'>{TITLE}</h1>{info}"
            "<div class='tool-news'><a href='javascript:window.print()'>In bài viết</a> | <a href='#'>Gửi email</a> | "
            f"<a href='#'>Chia sẻ</a></div><div class='content-news'>{paras}</div></div><div class='footer'><p>Cơ quan chủ quản: Văn phòng HĐND "
            "huyện Tân Lập</p></div></body></html>").encode()


@pytest.mark.parametrize(("info", "head", "authors"), [
    ("<div class='info-news'>Ngày đăng bài: 10/07/2024 | Tác giả: Thu Hằng | Lượt xem: 512</div>", "", ["Thu Hằng"]),
    ("<span class='meta'>Cập nhật: 10/07/2024 08:15 | Tác giả: Lê Minh Châu</span>", "", ["Lê Minh Châu"]),
    ("<div class='info-news'>Ngày đăng bài: 10/07/2024 | Lượt xem: 512</div>", "", []),  # no author's field
    ("<div class='info-news'>Ngày đăng bài: 10/07/2024 | Tác giả: Văn phòng HĐND huyện</div>", "", []),  # an office
])
def test_an_author_field_in_a_pages_date_line(info: str, head: str, authors: list[str]) -> None:
    assert extract_document(html_to_document(_page(info, head))).authors == authors


def test_the_line_of_fields_is_the_last_fallback() -> None:
    info = "<div class='info-news'>Ngày đăng bài: 10/07/2024 | Tác giả: Thu Hằng | Lượt xem: 512</div>"
    assert html_to_document(_page(info)).meta["byline"] == "Ngày đăng bài: 10/07/2024 | Tác giả: Thu Hằng | Lượt xem: 512"
    declared = html_to_document(_page(info, "<meta name='author' content='Minh Anh'>"))
    assert declared.meta["byline"] == "Minh Anh"  # the page's declared author first


@pytest.mark.parametrize(("page", "line"), [
    ("<div class='info'>Ngày đăng: 10/07/2024 | Tác giả: Thu Hằng | Lượt xem: 512</div>",
     "Ngày đăng: 10/07/2024 | Tác giả: Thu Hằng | Lượt xem: 512"),
    ("<span>10/07/2024 08:15 | Tin, ảnh: Minh Châu</span>", "10/07/2024 08:15 | Tin, ảnh: Minh Châu"),
    ("<div class='tool'><a>In bài viết</a> | <a>Gửi email</a></div>", None),  # a bar of buttons
    ("<ul><li>Trang chủ | Tin tức | Sự kiện</li></ul>", None),  # a menu: no field led by a byline word
    ("<p>Tác giả: Thu Hằng</p>", None),  # a field alone (no line of fields): the text reads it
])
def test_the_date_line_of_fields_the_page_prints(page: str, line: str | None) -> None:
    assert _field_byline(f"<html><body>{page}</body></html>") == line


# --- a role, "là", then its holders --------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "people"), [
    ("Cùng điều hành kỳ họp có hai Phó Chủ tịch HĐND huyện là ông Trần Văn Nam và bà Lê Thị Hoa.",
     [("Trần Văn Nam", ["Phó Chủ tịch HĐND huyện"]), ("Lê Thị Hoa", ["Phó Chủ tịch HĐND huyện"])]),
    ("Dự kỳ họp có Phó Chủ tịch UBND huyện là bà Lê Thị Hoa.", [("Lê Thị Hoa", ["Phó Chủ tịch UBND huyện"])]),
    ("Ba Phó Chủ tịch UBND huyện là ông Trần Văn Nam, ông Lê Văn Bình và bà Lê Thị Hoa.",
     [("Trần Văn Nam", ["Phó Chủ tịch UBND huyện"]), ("Lê Văn Bình", ["Phó Chủ tịch UBND huyện"]),
      ("Lê Thị Hoa", ["Phó Chủ tịch UBND huyện"])]),
    # a role of the holder's own after the name: the role before "là" is the seat elected to, not held
    ("HĐND huyện bầu bổ sung 2 ủy viên UBND huyện là ông Trần Văn Nam, Trưởng phòng Nội vụ và ông Lê Văn Bình, "
     "Trưởng phòng Tư pháp.",
     [("Trần Văn Nam", ["Trưởng phòng Nội vụ"]), ("Lê Văn Bình", ["Trưởng phòng Tư pháp"])]),
    # the second name with a role of its own holds no role handed to the first
    ("Dự có Chủ tịch UBND huyện là ông Trần Văn Nam và ông Lê Văn Bình, Bí thư Huyện ủy.",
     [("Trần Văn Nam", ["Chủ tịch UBND huyện"]), ("Lê Văn Bình", ["Bí thư Huyện ủy"])]),
    ("Chủ tịch UBND huyện là ông Trần Văn Nam, Bí thư Huyện ủy là ông Lê Văn Bình.",
     [("Trần Văn Nam", ["Chủ tịch UBND huyện"]), ("Lê Văn Bình", ["Bí thư Huyện ủy"])]),
    # a new clause after the semicolon: those named there hold nothing handed before it
    ("Phó Chủ tịch UBND huyện là ông Trần Văn Nam; ông Lê Văn Bình và bà Lê Thị Hoa phát biểu.",
     [("Trần Văn Nam", ["Phó Chủ tịch UBND huyện"])]),
    # "là" before no name: no one's role
    ("Ông Trần Văn Nam, Chủ tịch UBND huyện là Trưởng Ban chỉ đạo.", [("Trần Văn Nam", ["Chủ tịch UBND huyện"])]),
])
def test_a_role_then_la_then_its_holders(s: str, people: list[tuple[str, list[str]]]) -> None:
    assert sentence_people(s) == people


def test_the_holders_after_la_are_people_of_the_record_and_chairs_stay() -> None:
    text = ("Ngày 30/6, HĐND huyện Tân Lập khai mạc kỳ họp thứ 12. Đồng chủ trì kỳ họp gồm ông Lê Văn Tâm - Bí thư "
            "Huyện ủy - Chủ tịch HĐND huyện cùng hai Phó Chủ tịch HĐND huyện là ông Trần Văn Nam và bà Đỗ Thị Lan.")
    rec = extract_text(text)
    assert [p.name for p in rec.people] == ["Lê Văn Tâm", "Trần Văn Nam", "Đỗ Thị Lan"]
    assert rec.meeting.chairs == ["Lê Văn Tâm", "Trần Văn Nam", "Đỗ Thị Lan"]


# --- a name typed twice -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "people"), [
    ("Đến dự có đồng chí Trần Minh Quang Trần Minh Quang, Phó Bí thư Thành ủy.",
     [("Trần Minh Quang", ["Phó Bí thư Thành ủy"])]),
    ("Phó Bí thư Thành ủy Trần Minh Quang Trần Minh Quang phát biểu chỉ đạo.",
     [("Trần Minh Quang", ["Phó Bí thư Thành ủy"])]),
    ("Ông Y Khăm Niê Y Khăm Niê, Chủ tịch UBND xã phát biểu.", [("Y Khăm Niê", ["Chủ tịch UBND xã"])]),
    # two people of one family name, no copy: both read
    ("Dự có ông Trần Minh Quang, Phó Bí thư Thành ủy và ông Trần Minh Khoa, Chủ tịch Liên đoàn Lao động tỉnh.",
     [("Trần Minh Quang", ["Phó Bí thư Thành ủy"]), ("Trần Minh Khoa", ["Chủ tịch Liên đoàn Lao động tỉnh"])]),
])
def test_a_name_typed_twice_is_one_name(s: str, people: list[tuple[str, list[str]]]) -> None:
    assert sentence_people(s) == people
