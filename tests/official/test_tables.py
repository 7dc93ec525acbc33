"""Indicator tables to facts: header reading, units, numbers, roles."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract.tables import _classify, extract_table_facts, parse_cell, parse_unit, read_header
from soket.lexicon import get
from soket.lexicon.schema import TableHeaders

from .helpers import table_document

HEAD2 = [
    ["TT", "Chỉ tiêu", "ĐVT", "Năm 2021", None, "So sánh (%)", None],
    ["^", "^", "^", "Kế hoạch", "Ước TH 6 tháng", "So KH", "So cùng kỳ"],
    ["A", "B", "C", "1", "2", "3=2/1", "4"],
]


def _facts(rows, **kw):
    doc = table_document(rows, **kw)
    return doc, extract_table_facts(doc)


def _by_role(facts):
    return {f.role: f for f in facts}


def test_two_level_header_columns() -> None:
    doc = table_document([*HEAD2, ["1", "Giá trị sản xuất", "Tỷ đồng", "8.450", "3.912,6", "46,3", "108,4"]])
    columns, first = read_header(doc.tables[0])
    assert first == 3
    assert [c.kind for c in columns] == ["number", "indicator", "unit", "target", "amount", "plan_pct", "prior_pct"]
    assert columns[4].header == "Năm 2021 / Ước TH 6 tháng" and columns[4].estimated
    assert columns[5].basis == "Kế hoạch" and columns[6].basis == "cùng kỳ"


def test_row_facts_values_units_roles() -> None:
    doc, facts = _facts([*HEAD2, ["1", "Giá trị sản xuất", "Tỷ đồng", "8.450", "3.912,6", "46,3", "108,4"]])
    f = _by_role(facts)
    assert f["target"].value == 8_450_000_000_000 and f["target"].unit == "VND" and not f["target"].estimated
    assert f["amount"].value == 3_912_600_000_000 and f["amount"].estimated and f["amount"].raw == "3.912,6"
    assert f["plan_pct"].value == 46.3 and f["plan_pct"].unit == "%" and f["plan_pct"].basis == "Kế hoạch"
    assert f["prior_pct"].value == 108.4 and f["prior_pct"].basis == "cùng kỳ"
    for x in facts:
        assert doc.text[x.span[0]:x.span[1]] == x.raw
        assert x.subject == "Giá trị sản xuất" and x.origin == "table"
    assert f["amount"].table is not None and f["amount"].table.model_dump() == {"index": 0, "row": 3, "column": 4, "header": "Năm 2021 / Ước TH 6 tháng"}
    assert f["amount"].evidence == "Bảng 1, dòng 4 (Giá trị sản xuất), cột Năm 2021 / Ước TH 6 tháng"
    a, b = f["amount"].evidence_span
    assert doc.text[a:b] == "| 1 | Giá trị sản xuất | Tỷ đồng | 8.450 | 3.912,6 | 46,3 | 108,4 |"


def test_change_pct_column_and_negative() -> None:
    head = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Thực hiện năm 2025", "Tăng, giảm (%)"]
    _, facts = _facts([head, ["1", "Sản lượng lương thực", "Tấn", "6.800", "6.912", "-1,3"],
                       ["2", "Kim ngạch xuất khẩu", "Triệu USD", "95", "48,6", "7,2"]])
    ch = [f for f in facts if f.role == "change_pct"]
    assert [(f.value, f.unit, f.basis) for f in ch] == [(-1.3, "%", None), (7.2, "%", None)]
    amounts = [f for f in facts if f.role == "amount"]
    assert [(f.value, f.unit, f.estimated) for f in amounts] == [(6912, "tấn", False), (48_600_000, "USD", False)]


def test_absolute_change_and_prior_values() -> None:
    head = ["TT", "Chỉ tiêu", "ĐVT", "Cùng kỳ năm 2020", "Thực hiện 6 tháng 2021", "Tăng, giảm so cùng kỳ"]
    _, facts = _facts([head, ["1", "Số doanh nghiệp thành lập mới", "DN", "40", "44", "4"]])
    assert [(f.role, f.value, f.unit, f.basis) for f in facts] == [
        ("amount", 44, "doanh nghiệp", None), ("change", 4, "doanh nghiệp", "cùng kỳ")]


def test_percent_rows() -> None:
    _, facts = _facts([*HEAD2, ["1", "Tốc độ tăng trưởng kinh tế", "%", "9,5", "8,4", "", ""],
                       ["2", "Tỷ lệ hộ nghèo", "%", "2,5", "2,9", "-", "-"]])
    assert [(f.subject, f.role, f.value, f.unit, f.basis) for f in facts] == [
        ("Tốc độ tăng trưởng kinh tế", "target", 9.5, "%", None),
        ("Tốc độ tăng trưởng kinh tế", "change_pct", 8.4, "%", None),
        ("Tỷ lệ hộ nghèo", "target", 2.5, "%", None),
        ("Tỷ lệ hộ nghèo", "percent", 2.9, "%", None)]


def test_section_rows_subject_prefixes_and_qualifiers() -> None:
    _, facts = _facts([*HEAD2, ["I", "CÁC CHỈ TIÊU KINH TẾ", "", "", "", "", ""],
                       ["", "- Trong đó: Thu tiền sử dụng đất", "Triệu đồng", "250.000", "trên 148.300", "", ""],
                       ["", "+ Cây lúa", "Ha", "x", "Đạt", "", ""]])
    assert [(f.subject, f.role, f.value, f.qualifier) for f in facts] == [
        ("Thu tiền sử dụng đất", "target", 250_000_000_000, None),
        ("Thu tiền sử dụng đất", "amount", 148_300_000_000, "over")]


def test_unit_in_the_indicator_without_unit_column() -> None:
    _, facts = _facts([["Chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Thu ngân sách (tỷ đồng)", "1.150", "892,7"]])
    assert [(f.subject, f.role, f.value, f.unit) for f in facts] == [
        ("Thu ngân sách", "target", 1_150_000_000_000, "VND"), ("Thu ngân sách", "amount", 892_700_000_000, "VND")]


def test_malformed_number() -> None:
    _, facts = _facts([*HEAD2, ["1", "Giá trị sản xuất", "Tỷ đồng", "60,6,2", "", "", ""]])
    assert [(f.value, f.malformed, f.raw) for f in facts] == [(None, True, "60,6,2")]


def test_non_indicator_tables_give_nothing() -> None:
    assert extract_table_facts(table_document([["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]])) == []
    assert extract_table_facts(table_document([["1", "2"], ["3", "4"]])) == []
    assert extract_table_facts(table_document([["Chỉ tiêu", "Ghi chú"], ["Thu ngân sách", "đạt"]])) == []


def test_second_table_index() -> None:
    doc = table_document([["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]],
                         [["Chỉ tiêu", "ĐVT", "Kế hoạch"], ["Số lao động có việc làm mới", "Người", "2.100"]])
    (f,) = extract_table_facts(doc)
    assert f.table is not None and f.table.index == 1 and f.evidence.startswith("Bảng 2, dòng 2") and f.unit == "người"


@pytest.mark.parametrize(("cell", "unit", "mult"), [
    ("Tỷ đồng", "VND", 10**9), ("Triệu đồng", "VND", 10**6), ("Triệu USD", "USD", 10**6),
    ("Nghìn USD", "USD", 10**3), ("Đồng", "VND", 1), ("1.000 đồng", "VND", 1000),
    ("Triệu đồng/ người/năm", "VND", 10**6), ("%", "%", 1), ("Người", "người", 1), ("Ha", "ha", 1),
    ("Tấn", "tấn", 1), ("DN", "doanh nghiệp", 1), ("HTX", "hợp tác xã", 1), ("Tạ/ha", "tạ", 1),
    ("Kg/người/năm", "kg", 1),
    ("Lượt người", "lượt người", 1), ("", None, 1)])
def test_parse_unit(cell: str, unit: str | None, mult: int) -> None:
    assert parse_unit(cell) == (unit, Decimal(mult))


@pytest.mark.parametrize(("cell", "want"), [
    ("1.340,5", (1340.5, None, False)), ("6.900", (6900.0, None, False)), ("- 3,5", (-3.5, None, False)),
    ("−4,2", (-4.2, None, False)), ("+7,2", (7.2, None, False)), ("95%", (95.0, None, True)),
    ("≥ 95", (95.0, "over", False)), ("Khoảng 30", (30.0, "about", False)), ("gần 2.000", (2000.0, "nearly", False)),
    ("60,6,2", (None, None, False)), ("-", None), ("", None), ("x", None), ("Đạt", None), ("95-97", None),
    ("Năm 2021", None)])
def test_parse_cell(cell: str, want) -> None:
    assert parse_cell(cell) == want


def test_lexicon_examples_classify() -> None:
    """Each column rule's example header reads as its kind (STYLE: every entry carries a run example)."""
    for rule in get(TableHeaders).columns:
        assert _classify(rule.example, [rule.example]) == rule.kind, rule.example


_cell = st.one_of(st.sampled_from(["", "-", "1.340,5", "6.900", "Tỷ đồng", "%", "Ha", "So KH", "Kế hoạch",
                                   "Ước TH", "Chỉ tiêu", "ĐVT", "trên 5", "60,6,2", "a | b", "  x  "]),
                  st.text(max_size=12))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_cell, min_size=3, max_size=3), min_size=1, max_size=6))
def test_any_table_is_grounded(rows) -> None:
    doc = table_document([["Chỉ tiêu", "ĐVT", "Kế hoạch"], *rows])
    for t in doc.tables:
        for row in t.rows:
            for c in row:
                assert doc.text[c.start:c.end] == c.text
    for f in extract_table_facts(doc):
        assert doc.text[f.span[0]:f.span[1]] == f.raw
