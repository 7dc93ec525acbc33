"""Round 45 (facts45): readings a report nobody tuned for needs. Sentences and tables written for the test."""

from __future__ import annotations

from _sentences import facts, one
from soket.extract.tables import table_facts
from soket.model import Cell, Table


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


def test_a_row_counts_the_noun_its_label_names():
    table, text = _table([["STT", "Nội dung", "Nghị quyết năm 2024", "Thực hiện 6 tháng", "Tỷ lệ (%)"],
                          ["1", "Phát triển đảng viên mới", "45", "21", "46,7"],
                          ["2", "Kiểm tra tổ chức đảng khi có dấu hiệu vi phạm", "6", "2", "33,3"],
                          ["3", "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ", "80", "76", "95,0"]])
    got = {(f.subject, f.role): f for f in table_facts(table, text)}
    assert got[("Phát triển đảng viên mới", "amount")].unit == "đảng viên"
    assert got[("Phát triển đảng viên mới", "target")].unit == "đảng viên"
    assert got[("Kiểm tra tổ chức đảng khi có dấu hiệu vi phạm", "amount")].unit == "tổ chức đảng"
    assert got[("Phát triển đảng viên mới", "plan_pct")].unit == "%"
    # a label that opens as a share names no counted thing of its figures
    assert got[("Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ", "amount")].unit is None


def test_a_row_that_repeats_the_prose_is_the_prose_fact():
    text = ("Sáu tháng đầu năm, toàn Đảng bộ kết nạp 52 đảng viên, đạt 65% chỉ tiêu năm.\n\n"
            "| TT | Chỉ tiêu | Nghị quyết năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%) |\n"
            "| 1 | Kết nạp đảng viên | 80 | 52 | 65,0 |\n")
    got = facts(text)
    assert [f.raw for f in got if f.value == 52] == ["52 đảng viên"]
    goal = one(text, "80")
    assert (goal.role, goal.unit) == ("target", "đảng viên")
