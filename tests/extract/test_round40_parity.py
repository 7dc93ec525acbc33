"""Round 40's parity gaps (parity40): a report read the same whatever form its copy takes, rules of the genre. In a
hard-wrapped copy (a PDF's or an e-mail's, with or without a blank line between its lines): an aside in brackets
opened on a word in lowercase goes on the sentence; a byline with its writer's workplace after a dash, and a photo's
caption closed by its credit, are lines of their own after a sentence's end; a caption's credit whole over a line its
first word would have fitted on ends its line; a line in capitals (a written report's kind) is no sentence's line; a
paragraph's first line short of the copy's width ends its paragraph across a copy's blank line; a table's row cut by
the copy's width goes on as a row. In text tables: a Word copy's indent before a tab table's row is no empty cell; a
bordered header's first row goes on to its second across a copy's blank line. In figures: a name cue counted ("2 vụ")
or of every kind ("các loại") is no label, and a figure after a semicolon opens its clause, so that a separator typed
with a blank after it is read whole. Sentences and tables invented for these tests (a commune "Ea Tul", a ward "Phú
Lâm"), no document's words."""

from __future__ import annotations

from _sentences import WRAPPED_PROSE, kept_line, wrapped_copy
from soket.extract import extract_text
from soket.extract.texttables import text_tables

# -- an aside in brackets goes on the sentence --------------------------------------------------------------------------


def test_an_aside_in_brackets_goes_on_the_sentence_across_a_blank_line() -> None:
    text = wrapped_copy("Từ ngày 01/7/2025, sau khi sắp xếp đơn vị hành chính, phường Phú Lâm mới", "(tỉnh Đắk Lắk) được",
                 "thành lập trên cơ sở nhập ba phường cũ và một phần xã Ea Tul lân cận.", sep="\n\n")
    assert not kept_line(text, "(tỉnh Đắk Lắk)")


def test_a_list_mark_in_brackets_keeps_its_line() -> None:
    # near-miss: "(a)", "(ii)" open a list's item, no aside; a bracket opened on a capital is no sentence's
    text = wrapped_copy("Ủy ban nhân dân xã Ea Tul giao các chỉ tiêu chủ yếu năm 2026 như sau, gồm có", "(ii) thu ngân sách",
                 "trên địa bàn đạt 12 tỷ đồng.", sep="\n\n")
    assert kept_line(text, "(ii) thu ngân sách")
    text = wrapped_copy("Hội nghị thống nhất giao Văn phòng HĐND và UBND xã tổng hợp ý kiến", "(Văn phòng chủ trì)",
                 "trước ngày 15/12.", sep="\n\n")
    assert kept_line(text, "(Văn phòng chủ trì)")


# -- a byline with its workplace, a photo's caption -----------------------------------------------------------------------


def test_a_byline_with_its_workplace_after_a_sentence_is_a_line_of_its_own() -> None:
    end = "Chủ tịch UBND xã yêu cầu các thôn rà soát, hoàn thành kế hoạch trước ngày 20/12."
    assert len(end) + 1 + len("Thanh") > 68  # the copy's line full: it would run on
    byline = "Thanh Loan - Trung tâm Văn hóa, Thông tin và Thể thao xã Ea Tul"
    assert kept_line(wrapped_copy(end, byline), "Thanh Loan - Trung tâm")
    signed = "\n".join([*WRAPPED_PROSE.split("\n"), end, byline]) + "\n"  # the byline under the report's last line
    assert extract_text(signed).to_dict()["authors"] == ["Thanh Loan"]


def test_a_sentence_opened_by_two_places_and_a_dash_goes_on() -> None:
    # near-miss: two capitalised words and a dash that no workplace follows are a sentence's words ("Ea Tul - Phú
    # Lâm": a road between two places)
    end = "Chủ tịch UBND xã yêu cầu các thôn rà soát, hoàn thành kế hoạch trước ngày 20/12."
    text = wrapped_copy(end, "Ea Tul - Phú Lâm là tuyến đường được ưu tiên bố trí vốn trong năm 2026.")
    assert not kept_line(text, "Ea Tul - Phú Lâm")


def test_a_photos_caption_after_a_sentence_is_a_line_of_its_own() -> None:
    end = "Sản xuất nông nghiệp ổn định, thu ngân sách đạt hơn 64% dự toán năm."
    text = wrapped_copy(end, "Quang cảnh kỳ họp thứ Năm HĐND xã Ea Tul khóa XIII. Ảnh: Văn Nam",
                 "Ngày 14/7, HĐND xã Ea Tul khai mạc kỳ họp thứ Năm.")
    assert kept_line(text, "Quang cảnh kỳ họp")


def test_a_caption_whose_credit_is_cut_goes_on() -> None:
    # near-miss: a caption's line closed by one word of a name ("Ảnh: Văn") is the name's first part
    end = "Sản xuất nông nghiệp ổn định, thu ngân sách đạt hơn 64% dự toán năm nay."
    text = wrapped_copy(end, "Quang cảnh kỳ họp thứ Năm HĐND xã Ea Tul khóa XIII nhiệm kỳ mới. Ảnh: Văn", "Nam")
    assert not kept_line(text, "Nam")


def test_a_caption_closed_by_its_credit_over_a_byline_in_capitals() -> None:
    cap = "Đồng chí chủ tọa phát biểu bế mạc kỳ họp thường lệ. Ảnh: THANH HÀ"
    assert len(cap) + 1 + len("NGỌC") > 68 and len(cap) + 1 + len("NGỌC") <= 72  # full by the slack only
    text = wrapped_copy(cap, "NGỌC ÁNH")
    assert kept_line(text, "NGỌC ÁNH")


# -- a line in capitals, a short first line, a table's row ----------------------------------------------------------


def test_a_reports_kind_in_capitals_stays_over_its_subject() -> None:
    text = wrapped_copy("THÔNG BÁO", "kết luận của Thường trực Đảng ủy xã Ea Tul tại hội nghị giao ban quý IV",
                 sep="\n\n")
    assert kept_line(text, "kết luận của Thường trực")


def test_a_sentences_line_ending_on_an_abbreviation_runs_on() -> None:
    # near-miss: a line of a sentence in lowercase words ending on "UBND" goes on across the copy's blank line
    text = wrapped_copy("Kỳ họp đã xem xét các tờ trình của UBND xã về dự toán ngân sách và kế hoạch đầu tư công của UBND",
                 "xã năm 2026.", sep="\n\n")
    assert not kept_line(text, "xã năm 2026.")


def test_a_byline_alone_over_a_stray_word_ends_its_paragraph() -> None:
    text = wrapped_copy("12/12/2025 09:40", "Thu Hằng", "xx", "Ngày 11/12, HĐND xã Ea Tul khai mạc kỳ họp thứ Năm.",
                 sep="\n\n")
    assert kept_line(text, "xx")


def test_a_paragraphs_full_first_line_runs_on_across_a_blank_line() -> None:
    # near-miss: a paragraph's first line that fills the copy's width goes on to the line below in lowercase
    text = wrapped_copy("Năm 2025, kinh tế của xã Ea Tul tiếp tục tăng trưởng khá, tổng giá trị sản xuất",
                 "ước đạt 1.284 tỷ đồng, tăng 8,2% so với năm trước.", sep="\n\n")
    assert not kept_line(text, "ước đạt 1.284")
    # nor does a sentence's short first line, its words in lowercase, end its paragraph (only a name alone does)
    text = wrapped_copy("Trong năm, xã Ea Tul đã xây mới và sửa chữa", "38 căn nhà cho hộ nghèo, hộ cận nghèo.", sep="\n\n")
    assert not kept_line(text, "38 căn nhà")


def test_a_table_row_cut_by_the_copys_width_goes_on_as_a_row() -> None:
    text = wrapped_copy("| 3 | Tổng đàn gia cầm các loại của xã | Con | 46.000 | 45.120 | 98,1 |", "Gà, vịt, ngan |")
    assert not kept_line(text, "Gà, vịt, ngan |")


def test_a_menu_line_and_a_headline_stay_apart() -> None:
    # near-miss: a line of menu items apart by bars over a headline with no bar: each its own
    text = wrapped_copy("Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ",
                 "Xã Ea Tul tổng kết công tác năm 2025")
    assert kept_line(text, "Xã Ea Tul tổng kết")


# -- text tables ----------------------------------------------------------------------------------------------------------

_TAB_ROWS = ["TT\tChỉ tiêu\tĐVT\tKH năm 2026\tTH 6 tháng\t% so KH",
             "1\tThu ngân sách trên địa bàn\tTriệu đồng\t12.400\t6.820\t55,0",
             "2\tGiải quyết việc làm\tLao động\t420\t236\t56,2",
             "3\tTrồng rừng tập trung\tHa\t85\t51\t60,0"]


def _table_facts(text: str) -> set[tuple[str, float, str | None]]:
    return {(f.raw, f.value, f.subject) for f in extract_text(text).facts}


def test_a_word_copys_indent_before_a_tab_row_is_no_cell() -> None:
    lead = "Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2026 của xã Ea Tul:"
    plain = "\n".join([lead, *_TAB_ROWS]) + "\n"
    indented = "\n".join([lead, *(("\t" if i % 2 else "    ") + r + " " for i, r in enumerate(_TAB_ROWS))]) + "\n"
    assert _table_facts(plain) and _table_facts(indented) == _table_facts(plain)


def test_a_headers_empty_corner_cell_stays_a_cell() -> None:
    # near-miss: a header opened by a tab whose row is as wide as the others keeps its empty first cell
    rows = ["\tKH năm 2026\tTH 6 tháng\t% so KH", "Thu ngân sách (triệu đồng)\t12.400\t6.820\t55,0",
            "Trồng rừng (ha)\t85\t51\t60,0"]
    tables = text_tables("Kết quả:\n" + "\n".join(rows) + "\n")
    assert tables and [c.text for c in tables[0].rows[0]] == ["", "KH năm 2026", "TH 6 tháng", "% so KH"]


def test_a_bordered_headers_two_rows_go_on_across_a_blank_line() -> None:
    rows = ["| STT | Chỉ tiêu | ĐVT | KH năm 2026 | TH quý I | So sánh (%) |",
            "|  |  |  |  |  | KH | CK |",
            "| 1 | Thu ngân sách xã | Triệu đồng | 9.600 | 2.310 | 24,1 | 108,2 |",
            "| 2 | Tổng đàn gia súc | Con | 7.500 | 7.420 | 98,9 | 101,4 |"]
    lead = "Phụ lục kết quả quý I năm 2026 của xã Ea Tul"
    close = _table_facts(lead + "\n\n" + "\n".join(rows) + "\n")
    spaced = _table_facts(lead + "\n\n" + "\n\n".join(rows) + "\n")
    assert ("9.600", 9_600_000_000, "Thu ngân sách xã") in close and spaced == close


def test_a_menu_line_over_a_table_stays_out_of_it() -> None:
    # near-miss: a line of items apart by bars, no row's border, above a table across a blank line is no header's row
    rows = ["| STT | Chỉ tiêu | ĐVT | KH năm 2026 | TH quý I |", "| 1 | Thu ngân sách xã | Triệu đồng | 9.600 | 2.310 |",
            "| 2 | Tổng đàn gia súc | Con | 7.500 | 7.420 |"]
    text = "Trang chủ | Tin tức | Văn bản | Liên hệ\n\n" + "\n\n".join(rows) + "\n"
    tables = text_tables(text)
    assert tables and tables[0].rows[0][0].text == "STT"


# -- figures typed with a blank after their separator ---------------------------------------------------------------


def _raws(sentence: str) -> dict[str, float]:
    return {f.raw: f.value for f in extract_text(sentence).facts}


def test_a_counted_name_cue_is_no_label() -> None:
    assert _raws("Trong đó lúa 2 vụ 1. 740 ha, năng suất bình quân 60,5 tạ/ha.").get("1. 740 ha") == 1740
    assert _raws("Diện tích gieo trồng rau các loại 6. 215 ha, tăng 3% so với cùng kỳ.").get("6. 215 ha") == 6215


def test_a_name_cue_with_its_number_stays_a_label() -> None:
    # near-miss: "vụ 2" names the season, the figure after its stop is another ("vụ 2. 640 ha": read as printed)
    got = _raws("Người dân thả nuôi tôm vụ 2. 640 ha được kiểm tra định kỳ.")
    assert "640 ha" in got and "2. 640 ha" not in got


def test_a_figure_after_a_semicolon_opens_its_clause() -> None:
    got = _raws("Tỷ lệ hộ nghèo giảm còn 2, 14%; 93, 6% dân số tham gia bảo hiểm y tế.")
    assert got.get("93, 6%") == 93.6 and got.get("2, 14%") == 2.14


def test_a_list_of_figures_apart_by_commas_is_read_as_printed() -> None:
    # near-miss: after a comma a figure may be a list's next one ("5%, 4, 5%"): never joined
    got = _raws("Tỷ lệ tăng dân số tự nhiên các năm lần lượt là 5%, 4, 6% và 7%.")
    assert "4, 6%" not in got
