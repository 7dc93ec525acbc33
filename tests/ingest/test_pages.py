"""soket.ingest.pages: page numbers told from text, a table cut by a page break joined again."""

from __future__ import annotations

import pytest

from soket.ingest.docx import GridCell
from soket.ingest.pages import PageTable, is_page_number, join_next_page


@pytest.mark.parametrize("text", ["3", " - 3 - ", "Trang 3/12", "trang 12", "–7–", "4 / 9"])
def test_page_numbers(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["3. Kinh tế", "Năm 2021", "12 xã", "", "Trang", "12345"])
def test_not_page_numbers(text):
    assert not is_page_number(text)


def _table(page: int, rows: list[list[str]]) -> PageTable:
    grid = [[GridCell([t]) for t in row] for row in rows]
    return PageTable(page=page, top=0.0, bottom=1.0, grid=grid, texts=[list(r) for r in rows])


HEAD = ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"]


def test_a_table_going_on_on_the_next_page_is_joined_without_its_repeated_header():
    first = _table(2, [HEAD, ["1", "Thu ngân sách", "500", "316,7"]])
    second = _table(3, [HEAD, ["2", "Kết nạp đảng viên", "80", "45"]])
    assert join_next_page(first, second)
    assert first.page == 3
    assert first.texts == [HEAD, ["1", "Thu ngân sách", "500", "316,7"], ["2", "Kết nạp đảng viên", "80", "45"]]


def test_rows_without_a_repeated_header_are_all_kept():
    first = _table(1, [HEAD, ["1", "a", "1", "2"]])
    assert join_next_page(first, _table(2, [["2", "b", "3", "4"]]))
    assert len(first.grid) == 3


def test_not_joined():
    first = _table(1, [HEAD])
    assert not join_next_page(None, _table(2, [HEAD]))
    assert not join_next_page(first, _table(3, [HEAD]))  # a page between
    assert not join_next_page(first, _table(1, [HEAD]))  # the same page
    assert not join_next_page(first, _table(2, [["1", "2"]]))  # other columns
    assert first.page == 1 and len(first.grid) == 1
