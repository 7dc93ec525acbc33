"""Round 38 (docs38): one written report, invented, as a text copy, a .docx and a .pdf reads the same: its header
block and closing block laid in two columns (a layout table in Word, a table in the PDF), its signer above an
appendix, and the appendix's table of indicators (ĐVT, KH / TH / % KH / so với năm trước columns, a unit cell with a
scale) read as the text copy's table is."""

from __future__ import annotations

import io
from typing import Any

import pytest

from soket.extract import extract_document
from soket.ingest import load_bytes

LEFT_HEAD = ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC LONG", "Số: 91/BC-UBND"]
RIGHT_HEAD = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Phước Long, ngày 18 tháng 6 năm 2026"]
BODY = [
    "BÁO CÁO",
    "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2026",
    "Tổng thu ngân sách trên địa bàn ước đạt 21,6 tỷ đồng, bằng 54,2% dự toán, tăng 8,3% so với cùng kỳ.",
    "Lượng khách đến tham quan, nghỉ dưỡng trên địa bàn ước đạt 1,31 triệu lượt.",
    "Tai nạn giao thông xảy ra 21 vụ, giảm 4 vụ (-16%) so với cùng kỳ năm 2025.",
    "Trên đây là báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 của Ủy ban nhân dân xã./.",
]
RECIPIENTS = ["Nơi nhận:", "- UBND huyện (b/c);", "- TT Đảng ủy xã;", "- Lưu: VT."]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hồng Vân"]
APPENDIX = ["PHỤ LỤC", "MỘT SỐ CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2026"]
TABLE = [
    ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2026", "Ước TH 6 tháng", "% KH", "Tăng, giảm so cùng kỳ (%)"],
    ["1", "Tổng thu ngân sách", "Tỷ đồng", "39,8", "21,6", "54,2", "+8,3"],
    ["2", "Khách du lịch", "Nghìn lượt", "2.400", "1.310", "54,6", "+12,5"],
    ["3", "Diện tích gieo trồng", "Ha", "8.600", "8.420", "97,9", "-1,5"],
]


def _txt() -> bytes:
    lines = [*LEFT_HEAD, *RIGHT_HEAD, *BODY, *RECIPIENTS, *SIGNATURE, *APPENDIX]
    table = "\n".join("| " + " | ".join(r) + " |" for r in TABLE)
    return ("\n\n".join(lines) + "\n\n" + table + "\n").encode()


def _docx() -> bytes:
    import docx

    d = docx.Document()

    def layout(left: list[str], right: list[str]) -> None:
        t = d.add_table(rows=1, cols=2)  # no style: no borders, a layout table
        for cell, lines in zip(t.rows[0].cells, (left, right), strict=True):
            cell.paragraphs[0].text = lines[0]
            for x in lines[1:]:
                cell.add_paragraph(x)

    layout(LEFT_HEAD, RIGHT_HEAD)
    for x in BODY:
        d.add_paragraph(x)
    layout(RECIPIENTS, SIGNATURE)
    for x in APPENDIX:
        d.add_paragraph(x)
    t = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    t.style = "Table Grid"
    for r, row in enumerate(TABLE):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _pdf() -> bytes:
    weasyprint: Any = pytest.importorskip("weasyprint")

    def cell(lines: list[str]) -> str:
        return "<td>" + "".join(f"<p>{x}</p>" for x in lines) + "</td>"

    def layout(left: list[str], right: list[str]) -> str:
        return f"<table class='layout'><tr>{cell(left)}{cell(right)}</tr></table>"

    grid = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in TABLE)
    html = ("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Serif',serif;font-size:11pt}"
            "table.layout{width:100%}table.layout td{width:50%;vertical-align:top}"
            "table.grid{border-collapse:collapse}table.grid td{border:1px solid #000;padding:2pt}</style></head><body>"
            + layout(LEFT_HEAD, RIGHT_HEAD) + "".join(f"<p>{x}</p>" for x in BODY)
            + layout(RECIPIENTS, SIGNATURE) + "".join(f"<p>{x}</p>" for x in APPENDIX)
            + f"<table class='grid'>{grid}</table></body></html>")
    data: bytes = weasyprint.HTML(string=html).write_pdf()
    return data


def _reading(data: bytes, name: str) -> dict[str, Any]:
    rec = extract_document(load_bytes(data, name=name))
    return {
        "facts": sorted((f.value, f.unit, f.role, f.subject, f.origin) for f in rec.facts),
        "people": [(p.name, p.roles) for p in rec.people],
        "period": (rec.period.year, rec.period.start_month, rec.period.end_month) if rec.period else None,
        "meeting": (rec.meeting.body_kind, rec.meeting.locality, rec.meeting.date),
    }


def test_the_text_copy_reads_the_signer_and_the_table():
    got = _reading(_txt(), "report.txt")
    assert ("Lê Thị Hồng Vân", ["Phó Chủ tịch"]) in got["people"]
    facts = got["facts"]
    assert (2400000, "lượt", "target", "Khách du lịch", "table") in facts  # "Nghìn lượt": the scale read
    assert not any(v == 1310000 and o == "table" for v, _, _, _, o in facts)  # the prose's "1,31 triệu lượt"
    assert not any(v == 8.3 and o == "table" for v, _, _, _, o in facts)  # the prose's "tăng 8,3%"
    assert (-1.5, "%", "change_pct", "Diện tích gieo trồng", "table") in facts  # a signed change column
    assert [(v, r) for v, _, r, _, o in facts if o == "text" and v == -16] == [(-16, "change_pct")]


def test_a_docx_of_the_report_reads_as_its_text_copy():
    assert _reading(_docx(), "report.docx") == _reading(_txt(), "report.txt")


def test_a_pdf_of_the_report_reads_as_its_text_copy():
    assert _reading(_pdf(), "report.pdf") == _reading(_txt(), "report.txt")
