"""A .docx whose table of indicators is typed with tab stops (each row a paragraph, its cells apart by tabs): the
body paragraph's tabs are kept, so the row reads as the report's text copy writes it and gives its facts; a paragraph
with a single tab (a header's "Số: 12/BC-UBND<TAB>Tân Lập, ngày ...") stays one line of words (docs45)."""

from __future__ import annotations

import io

import docx

from soket.extract import extract_document
from soket.ingest import load_bytes


def _docx(*paras: str) -> bytes:
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


DOC = _docx(
    "Số: 45/BC-UBND\tTân Lập, ngày 20 tháng 12 năm 2024",
    "BÁO CÁO",
    "Tình hình kinh tế - xã hội năm 2024",
    "Năm 2024, kinh tế của xã tiếp tục phát triển, các chỉ tiêu chủ yếu đạt khá.",
    "Một số chỉ tiêu chủ yếu năm 2024:",
    "Chỉ tiêu\tĐơn vị tính\tƯớc TH năm 2024\tSo cùng kỳ (%)\tSo KH năm (%)",
    "Giá trị sản xuất nông nghiệp\tTỷ đồng\t412,5\t104,6\t101,2",
    "Thu ngân sách trên địa bàn\tTỷ đồng\t18,7\t96,3\t92,4",
    "Công tác văn hóa - xã hội được quan tâm.",
)


def test_a_tab_stop_rows_tabs_are_kept_and_the_header_line_stays_words() -> None:
    doc = load_bytes(DOC, name="report.docx")
    assert "Giá trị sản xuất nông nghiệp\tTỷ đồng\t412,5\t104,6\t101,2" in doc.text
    assert "Số: 45/BC-UBND Tân Lập, ngày 20 tháng 12 năm 2024" in doc.text


def test_a_table_typed_with_tab_stops_gives_its_facts() -> None:
    doc = load_bytes(DOC, name="report.docx")
    got = {(f.raw, f.role) for f in extract_document(doc).facts}
    assert {("412,5", "amount"), ("104,6", "prior_pct"), ("101,2", "plan_pct"), ("18,7", "amount")} <= got, got
