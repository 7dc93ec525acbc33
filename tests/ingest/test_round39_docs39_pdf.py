"""Round 39 (docs39): a PDF whose table's header row stands alone at a page's foot, its rows on the next page (a
notice of a session's votes): the header is the table's, not lines of text; a ruled box alone at a page's foot with
no table after it stays lines of text."""

from __future__ import annotations

from typing import Any

import pytest

from soket.extract import extract_document
from soket.ingest import load_bytes

HEAD = ["STT", "Tên nghị quyết", "Số đại biểu tán thành/có mặt", "Tỷ lệ (%) so với tổng số đại biểu"]
ROWS = [["1", "Nghị quyết về kế hoạch đầu tư công năm 2027", "29/30", "90,63"],
        ["2", "Nghị quyết về dự toán ngân sách năm 2027", "30/30", "93,75"]]
LEAD = ("Kỳ họp thứ 8 Hội đồng nhân dân huyện Tân Kỳ khóa XX diễn ra từ ngày 14 đến ngày 15/12/2026. "
        "Tổng số đại biểu HĐND huyện là 32 đại biểu, có mặt 30 đại biểu. Kỳ họp đã thông qua 2 nghị quyết, cụ thể:")


def _pdf(rows: list[list[str]] | None) -> bytes:
    weasyprint: Any = pytest.importorskip("weasyprint")
    head = "<tr style='break-after:page'>" + "".join(f"<td>{v}</td>" for v in HEAD) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows or [])
    tail = "" if rows else "<p style='break-before:page'>Trên đây là thông báo kết quả kỳ họp.</p>"
    html = ("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Serif',serif;font-size:11pt}"
            "table{border-collapse:collapse}td{border:1px solid #000;padding:2pt}</style></head><body>"
            f"<p>{LEAD}</p><table>{head}{body}</table>{tail}</body></html>")
    data: bytes = weasyprint.HTML(string=html).write_pdf()
    return data


def test_a_header_row_alone_at_a_pages_foot_heads_the_rows_on_the_next():
    doc = load_bytes(_pdf(ROWS), name="notice.pdf")
    assert "| STT | Tên nghị quyết | Số đại biểu tán thành/có mặt |" in doc.text
    facts = [(f.raw, f.value, f.unit, f.role, f.of) for f in extract_document(doc).facts if f.origin == "table"]
    assert ("29/30", 29, "đại biểu", "amount", 30) in facts
    assert ("93,75", 93.75, "%", "percent", None) in facts


def test_a_header_row_alone_with_no_table_after_stays_text():
    doc = load_bytes(_pdf(None), name="notice.pdf")
    assert "| STT |" not in doc.text
    assert "Tên nghị quyết" in doc.text
