"""extract/tables.py: facts from an indicator table (header kinds, units, figures). The table is
written for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from soket.extract.tables import parse_cell, parse_unit, table_facts
from soket.model import Cell, Table

ROWS = [
    ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Ước thực hiện 6 tháng", "So với KH (%)"],
    ["Thu ngân sách nhà nước", "Tỷ đồng", "420", "231,5", "55,1"],
    ["Kết nạp đảng viên", "Người", "120", "64", "53,3"],
]


def _table(rows: list[list[str]]) -> tuple[Table, str]:
    text, cells = "", []
    for row in rows:
        out = []
        for t in row:
            out.append(Cell(text=t, start=len(text), end=len(text) + len(t)))
            text += t + " | "
        cells.append(out)
        text += "\n"
    return Table(index=0, rows=cells, start=0, end=len(text)), text


def test_an_indicator_table():
    table, text = _table(ROWS)
    facts = {(f.subject, f.role): f for f in table_facts(table, text)}
    revenue = facts[("Thu ngân sách nhà nước", "amount")]
    assert (revenue.value, revenue.unit, revenue.estimated) == (pytest.approx(231.5e9), "VND", True)
    assert facts[("Thu ngân sách nhà nước", "plan_pct")].value == pytest.approx(55.1)
    assert facts[("Kết nạp đảng viên", "amount")].value == 64
    for f in facts.values():
        assert f.origin == "table"
        assert text[f.span[0]:f.span[1]] == f.raw


def test_a_table_without_an_indicator_column_gives_no_facts():
    table, text = _table([["Họ và tên", "Chức vụ"], ["Nguyễn Văn An", "Bí thư"]])
    assert table_facts(table, text) == []


def test_cells():
    assert parse_cell("1.234,5") == (1234.5, None, False)
    assert parse_cell("~ 45%") == (45.0, "about", True)
    assert parse_cell("60,6,2") == (None, None, False)   # malformed: no value guessed
    assert parse_cell("Chỉ tiêu") is None


def test_units():
    assert parse_unit("Tỷ đồng") == ("VND", Decimal(10**9))
    assert parse_unit("triệu USD") == ("USD", Decimal(10**6))
    assert parse_unit("Người") == ("người", Decimal(1))
