"""soket.extract.texttables: the tables of figures a text writes as lines of cells, each cell with its offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract.texttables import text_tables

TAB = ("Kết quả như sau:\n\n"
       "Thôn, xóm\tSố hộ (hộ)\tDiện tích (ha)\tGhi chú\n"
       "Thôn Đông\t120\t\tChưa đủ số liệu\n"
       "Thôn Tây\t95\t41,5\t\n\n"
       "Hết.\n")


def _texts(text: str) -> list[list[list[str]]]:
    return [[[c.text for c in r] for r in t.rows] for t in text_tables(text)]


def test_tab_cells_two_tabs_enclose_an_empty_cell() -> None:
    assert _texts(TAB) == [[["Thôn, xóm", "Số hộ (hộ)", "Diện tích (ha)", "Ghi chú"],
                            ["Thôn Đông", "120", "", "Chưa đủ số liệu"],
                            ["Thôn Tây", "95", "41,5"]]]


def test_every_cell_sits_where_the_text_says() -> None:
    for t in text_tables(TAB):
        assert TAB[t.start:t.start + 9] == "Thôn, xóm"
        for row in t.rows:
            for c in row:
                assert TAB[c.start:c.end] == c.text


def test_space_aligned_cells_take_the_headers_columns() -> None:
    text = ("Chỉ tiêu                 ĐVT      Kế hoạch    Thực hiện\n"
            "Trồng rừng               ha       200         215\n"
            "Thu ngân sách            tỷ đồng              12,4\n")
    (t,) = text_tables(text)
    assert [c.text for c in t.rows[2]] == ["Thu ngân sách", "tỷ đồng", "", "12,4"]


def test_pipe_line_cells_rows_apart_by_an_empty_cell() -> None:
    text = ("Chi tiết như sau:\n|\nChỉ tiêu\n|\nKế hoạch\n(triệu đồng)\n|\nThực hiện\n(triệu đồng)\n|\n|\n"
            "Thu ngân sách\n|\n5.000\n|\n2.600\n|\n|\nChi ngân sách\n|\n4.800\n|\n2.100\n|\nHết.\n")
    (t,) = text_tables(text)
    assert [c.text for c in t.rows[0]] == ["Chỉ tiêu", "Kế hoạch\n(triệu đồng)", "Thực hiện\n(triệu đồng)"]
    assert [c.text for c in t.rows[-1]] == ["Chi ngân sách", "4.800", "2.100"]


def test_a_page_table_already_read_is_not_read_again() -> None:
    text = "| Chỉ tiêu | ĐVT | Kế hoạch |\n| Trồng rừng | ha | 200 |\n"
    assert len(text_tables(text)) == 1
    assert text_tables(text, taken=[(0, len(text))]) == []


def test_no_table_of_figures_no_table() -> None:
    assert text_tables("Họ và tên\tChức vụ\nNguyễn Văn An\tChủ tịch\nLê Thị Hoa\tPhó Chủ tịch\n") == []
    assert text_tables("Một câu văn bình thường, không có bảng nào.") == []


def test_a_text_with_no_tab_no_bar_no_double_space_is_never_read_for_rows(monkeypatch) -> None:
    import soket.extract.texttables as tt

    calls = []
    real = tt._candidate_lines
    monkeypatch.setattr(tt, "_candidate_lines", lambda text: calls.append(1) or real(text))
    prose = "Cây trồng 120 ha, năng suất 41,5 tạ/ha.\nThôn Đông 95 hộ; thôn Tây 41 hộ.\n" * 50
    assert text_tables(prose) == [] and calls == []
    assert text_tables(TAB) and calls == [1]


_gate_texts = st.lists(st.sampled_from(["Thôn Đông", " ", "\n", "\t", "|", "120", "41,5", "Diện tích (ha)", "ĐVT",
                                        "Kế hoạch", "---", "%", "\u2502", "\u2551"]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_gate_texts)
def test_the_gate_skips_no_text_the_reader_finds_a_table_in(text: str) -> None:
    """text_tables' pre-test (no tab, no '|', no double space: no table) never skips a text whose rows the reader
    would take: the reader run without it finds no table there."""
    import soket.extract.texttables as tt

    if "\t" in text or "  " in text or "|" in text or "\u2502" in text or "\u2551" in text:
        return
    assert tt._line_blocks(tt._candidate_lines(text), text) == [] and tt._pipe_line_tables(tt._lines(text)) == []
