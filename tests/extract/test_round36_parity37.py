"""Round 37's parity gaps (parity37): a report read the same whatever form its copy takes, rules of the genre. A
highland name of one word after a title or a list's colon; an abbreviation with full stops inside a title's
organisation; a series of shares joined by dashes and a span's floor typed with a blank after the decimal comma; a
thousands dot typed spaced after a field's colon; a dash-led byline under its photo's caption; a table's rows apart
by blank lines (a copy that sets a blank line after each line) and such rows never joined as wrapped lines; a page's
buttons on an indented line and related headlines dated with dashes as chrome; a page's '|' row that is a text
table's part. Sentences and pages invented for these tests (a commune "Ea Hleo", people "Y’Bih", "H’Nhi"), no
document's words."""

from __future__ import annotations

import html

from soket.extract import extract_document, extract_text
from soket.extract.numbers import spaced_dot_at
from soket.extract.people import _org_tail
from soket.extract.texttables import text_tables
from soket.ingest.chrome import find_chrome
from soket.ingest.html import html_to_document
from soket.ingest.typography import unwrap_lines

_LEAD = "Chiều 12/3, Ban Thường vụ Đảng ủy xã Ea Hleo tổ chức hội nghị đánh giá kết quả quý I năm 2026."


def _chairs(sentence: str) -> list[str]:
    return sorted(extract_text(f"{_LEAD} {sentence}").meeting.chairs or [])


# -- a one-word highland name: after a title, or after a list's colon ---------------------------------------------------


def test_a_title_before_a_one_word_highland_name_stands_for_the_honorific() -> None:
    assert _chairs("Bí thư Đảng ủy xã Y’Bih chủ trì hội nghị.") == ["Y’Bih"]
    assert _chairs("Phó Bí thư Thường trực Đảng ủy xã H'Nhi chủ trì hội nghị.") == ["H'Nhi"]


def test_a_list_colon_after_the_honorific_keeps_it_before_the_name() -> None:
    assert _chairs("Các đồng chí: Y’Bih - Bí thư Đảng ủy xã điều hành hội nghị.") == ["Y’Bih"]
    assert _chairs("Chủ trì hội nghị có các đồng chí: H’Nhi, Bí thư Đảng ủy xã.") == ["H’Nhi"]


def test_no_title_nor_honorific_before_a_one_word_name_names_no_one() -> None:
    assert _chairs("Sau đó Y’Bih chủ trì hội nghị.") == []  # no title, no honorific: not read as a person
    assert _chairs("Bí thư Đảng ủy xã chủ trì hội nghị.") == []


# -- an abbreviation with full stops in a title's organisation -------------------------------------------------------


def test_an_abbreviation_with_full_stops_is_an_organisation_word() -> None:
    assert _org_tail(" T.Ư Đảng")
    assert _org_tail(" BCH T.W Đảng")
    assert not _org_tail(" T.Ư.")  # a stop closing it: a sentence's end, no organisation's word
    assert _chairs("Ủy viên T.Ư Đảng Trần Minh Khôi chủ trì hội nghị.") == ["Trần Minh Khôi"]


# -- spaced separators: a series of shares, a span's floor, a field's colon -------------------------------------------


def _values(s: str) -> list[tuple[float | int | None, str | None]]:
    return [(f.value, f.unit) for f in extract_text(s).facts]


def test_a_series_of_shares_joined_by_dashes_reads_each_spaced_decimal_whole() -> None:
    got = _values("Cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ tương ứng 41, 27% - 30, 06% - 28, 67%.")
    assert [v for v, _ in got] == [41.27, 30.06, 28.67]


def test_a_list_of_figures_after_a_comma_stays_as_printed() -> None:
    # "3, 4, 5%" after a comma: a list's next figures, no spaced decimal (as before)
    got = _values("Tỷ lệ tăng dân số tự nhiên các năm lần lượt đạt 5%, 4, 5%.")
    assert 4.5 not in [v for v, _ in got]


def test_a_spans_floor_typed_spaced_leaves_the_upper_bound_no_figure() -> None:
    got = _values("Kỳ họp đã thông qua 9 nghị quyết với tỷ lệ tán thành từ 92, 5% đến 100% đại biểu có mặt.")
    assert 100 not in [v for v, _ in got]
    assert 92.5 in [v for v, _ in got]


def test_a_thousands_dot_typed_spaced_after_a_fields_colon() -> None:
    s = "Thu ngân sách trên địa bàn: 2. 315 tỷ đồng"
    assert spaced_dot_at(s, s.index("2.") + 1)
    assert not spaced_dot_at("Nội dung gồm: 1. Báo cáo", len("Nội dung gồm: 1"))  # a numbered item: no group
    assert not spaced_dot_at("ngày 12: 3. 415 hộ", len("ngày 12: 3"))  # a figure before the colon: no label's word
    got = _values("- Thu ngân sách trên địa bàn: 2. 315 tỷ đồng, đạt 104,2% dự toán;")
    assert (2315 * 10**9, "VND") in got


# -- a dash-led byline under its photo's caption ---------------------------------------------------------------------

_BODY = ("Ngày 12/3, UBND xã Ea Hleo tổ chức hội nghị đánh giá kết quả quý I năm 2026. Tổng thu ngân sách trên địa bàn "
         "ước đạt 12,4 tỷ đồng, bằng 31,5% dự toán.")


def test_a_dash_led_byline_under_the_photos_caption() -> None:
    text = f"Ea Hleo sơ kết quý I\n\n{_BODY}\n\n(Ảnh) Quang cảnh hội nghị. Ảnh: Hoàng Lâm\n– Minh Anh\n"
    assert extract_text(text).authors == ["Minh Anh"]


def test_headlines_under_a_caption_are_no_byline() -> None:
    text = f"Ea Hleo sơ kết quý I\n\n{_BODY}\n\nQuang cảnh hội nghị. Ảnh: Hoàng Lâm\n- Cư M'gar: Ra quân làm đường giao thông nông thôn\n"
    assert extract_text(text).authors == []


# -- a table's rows apart by blank lines -----------------------------------------------------------------------------

_TABLE = ("STT\tChỉ tiêu\tĐVT\tKH năm 2026\tƯớc TH quý I\n\n1\tTổng thu ngân sách\tTỷ đồng\t39,4\t12,4\n\n"
          "2\tTrồng rừng mới\tHa\t120\t35\n")


def test_a_tables_rows_apart_by_blank_lines_are_one_table() -> None:
    tables = text_tables(_TABLE)
    assert len(tables) == 1 and len(tables[0].rows) == 3


def test_rows_of_other_widths_apart_by_a_blank_line_are_not_joined() -> None:
    text = "STT\tChỉ tiêu\tĐVT\tKH năm 2026\tƯớc TH quý I\n\n1\tTổng thu ngân sách\t39,4\n"
    assert all(len(t.rows) < 2 for t in text_tables(text))


def test_a_table_row_is_no_wrapped_line_across_a_blank_line() -> None:
    prose = " ".join(["Tổng thu ngân sách trên địa bàn ước đạt 12,4 tỷ đồng, bằng 31,5% dự toán năm, tăng"] * 12)
    words = prose.split(" ")
    lines, cur = [], ""
    for w in words:  # a copy wrapped at 70 characters with a blank line after every line
        if cur and len(cur) + 1 + len(w) > 70:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur + ".")
    text = "\n\n".join([*lines, "Bảng chỉ tiêu tỷ lệ (%)", *_TABLE.rstrip("\n").split("\n\n")]) + "\n"
    out = unwrap_lines(text)
    assert "1\tTổng thu ngân sách\tTỷ đồng\t39,4\t12,4\n" in out  # its own line still
    assert "Ước TH quý I\n" in out


# -- chrome: buttons on an indented line, related headlines dated with dashes -----------------------------------------


def _chrome(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in find_chrome(text)]


def test_a_pages_buttons_on_an_indented_line_are_chrome() -> None:
    text = f"{_BODY}\n\n    [In bài viết]   [Gửi cho bạn bè]\n"
    assert "[In bài viết]   [Gửi cho bạn bè]" in _chrome(text)
    assert _chrome(f"{_BODY}\n\n    [1] Theo báo cáo của UBND xã.\n") == []  # one bracket and a sentence: no buttons


def test_related_headlines_dated_with_dashes_or_dots_are_chrome() -> None:
    text = (f"{_BODY}\n\n» Ea Hleo: Trồng mới 35 ha rừng sản xuất (14-03-2026)\n"
            "» Cư Né ra quân làm 2 km đường bê tông (12.03.2026)\n")
    got = _chrome(text)
    assert any("35 ha" in c for c in got) and any("2 km" in c for c in got)
    assert _chrome(f"{_BODY}\n\n» Ea Hleo trồng 35 ha rừng (14-03/2026)\n") == []  # mixed marks: no date


# -- a page: a text table's row alone in '|' is that table's part ----------------------------------------------------

_PIPE_TABLE = ["  TT | Chỉ tiêu                 | ĐVT     | KH 2026 | Ước TH quý I",
               "  -----------------------------------------------------------------",
               "  1  | Tổng thu ngân sách trên | Tỷ đồng | 39,4    | 12,4",
               "     | địa bàn                 |         |         |",
               "  2  | Trồng rừng mới          | Ha      | 120     | 35"]


def test_a_text_tables_row_name_line_in_a_page_is_no_table_of_its_own() -> None:
    text = f"Ea Hleo sơ kết quý I\n\n{_BODY}\n\n" + "\n".join(_PIPE_TABLE) + "\n"
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")[1:])
    page = f"<html><head><meta charset='utf-8'><title>Ea Hleo sơ kết quý I</title></head><body><article><h1>Ea Hleo sơ kết quý I</h1>{body}</article></body></html>"
    want = sorted((f.value, f.role) for f in extract_text(text).facts)
    got = sorted((f.value, f.role) for f in extract_document(html_to_document(page.encode())).facts)
    assert (120, "target") in want
    assert got == want


# -- a page's footer: the last short lines counted without a list's items --------------------------------------------


def test_a_sidebars_items_after_the_footer_leave_the_papers_masthead_line_read() -> None:
    from soket.extract import places
    from soket.extract.context import publication_context

    footer = "Báo Đắk Lắk - Cơ quan của Đảng bộ, chính quyền và Nhân dân tỉnh Đắk Lắk"
    items = "\n".join(f"- Ea Hleo ra quân làm đường giao thông nông thôn đợt {k}" for k in range(1, 6))
    body = "\n\n".join([_BODY] * 12)  # the footer far below the page's top lines
    text = f"{body}\n\n{footer}\n\nTin mới\n{items}\n"
    assert publication_context(text, None, None, None, places.unit_phrases).province == "Đắk Lắk"
    # the same items after a line naming no place: nothing read from them
    text = f"{body}\n\nTin mới\n- Phường Tân Lập ra quân làm đường giao thông nông thôn\n"
    assert publication_context(text, None, None, None, places.unit_phrases).province is None


def test_a_signed_change_in_brackets_typed_spaced_is_read_whole() -> None:
    got = _values("Kim ngạch xuất khẩu: 41, 2 tỷ USD (+9, 4%)")
    assert [v for v, _ in got] == [41.2 * 10**9, 9.4]
    assert 4 not in [v for v, _ in _values("Kim ngạch xuất khẩu: 41,2 tỷ USD (+9, 4%)")]
