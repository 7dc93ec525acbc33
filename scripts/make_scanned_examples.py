"""Generate the scanned-report fixtures in ``tests/official/data/scans/`` and their gold.

Run: ``.venv/bin/python scripts/make_scanned_examples.py`` (build time only; outputs committed;
needs WeasyPrint and pdftoppm).

One district report (Ủy ban nhân dân huyện Yên Lạc; prose with figures and a two-level indicator
table of 24 rows that runs over two pages), written once and rendered as in
``make_official_examples.py``:

- ``yl_report.docx``: the .docx; its table is cut in two at the page break, the second part
  repeating the header rows (as authors do by hand);
- ``yl_report.pdf``: born-digital PDF, the header repeated on page 2 (``thead``);
- ``yl_norepeat.pdf``: the same without a repeated header;
- ``yl_scan.pdf``: ``yl_report.pdf`` printed with three cells misprinted the way OCR misreads
  (a lost comma, 3 read as 8, 5 read as 6), then "scanned": rasterised at 200 dpi in grey,
  turned by up to 0.6°, blurred, noise added, saved as JPEG in an image-only PDF;
- ``yl_norepeat_scan.tif``: ``yl_norepeat.pdf`` scanned the same way into a two-page TIFF.

``gold.json`` holds the facts a careful reader takes (the table's by the per-column rules of
``make_official_examples.gold_facts``; the prose's written out below) and the planted
misreadings. The content is invented for the project, written in the genre.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_official_examples import (
    IndicatorTable,
    Report,
    gold_facts,
    normalise_docx,
    report_html,
    write_docx,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "official" / "data" / "scans"

ROWS = [
    ["I", "KINH TẾ", "", "", "", ""],
    ["1", "Tổng giá trị sản xuất (giá so sánh)", "Tỷ đồng", "12.400", "9.281,6", "74,85"],
    ["2", "Giá trị sản xuất nông nghiệp", "Tỷ đồng", "1.860", "1.372,5", "73,79"],
    ["3", "Giá trị sản xuất công nghiệp", "Tỷ đồng", "7.250", "5.441,2", "75,05"],
    ["4", "Giá trị sản xuất thương mại, dịch vụ", "Tỷ đồng", "3.290", "2.467,9", "75,01"],
    ["5", "Tổng thu ngân sách trên địa bàn", "Triệu đồng", "356.000", "284.730", "79,98"],
    ["6", "Thu tiền sử dụng đất", "Triệu đồng", "180.000", "138.600", "77,00"],
    ["7", "Tổng chi ngân sách huyện", "Triệu đồng", "612.400", "437.215", "71,39"],
    ["8", "Vốn đầu tư phát triển", "Tỷ đồng", "2.750", "1.936,4", "70,41"],
    ["9", "Kim ngạch xuất khẩu", "Triệu USD", "120", "58", "48,33"],
    ["10", "Diện tích lúa cả năm", "Ha", "6.420", "6.385", "99,45"],
    ["11", "Sản lượng lương thực", "Tấn", "38.500", "27.140", "70,49"],
    ["12", "Sản lượng thịt hơi xuất chuồng", "Tấn", "21.600", "16.310", "75,51"],
    ["II", "XÃ HỘI", "", "", "", ""],
    ["13", "Số lao động được tạo việc làm", "Người", "2.400", "1.962", "81,75"],
    ["14", "Số người tham gia bảo hiểm xã hội", "Người", "18.500", "16.835", "91,00"],
    ["15", "Số trẻ em được tiêm chủng đầy đủ", "Người", "1.950", "1.468", "75,28"],
    ["16", "Số xã đạt chuẩn nông thôn mới kiểu mẫu", "Xã", "3", "2", "66,67"],
    ["17", "Số trường đạt chuẩn quốc gia", "Trường", "52", "49", "94,23"],
    ["18", "Số hộ được hỗ trợ cải tạo nhà ở", "Hộ", "140", "103", "73,57"],
    ["III", "MÔI TRƯỜNG", "", "", "", ""],
    ["19", "Diện tích trồng cây phân tán", "Ha", "35", "27,3", "78,00"],
    ["20", "Lượng rác thải được thu gom, xử lý", "Tấn", "46.800", "35.570", "76,00"],
    ["21", "Số hộ dùng nước sạch tập trung", "Hộ", "28.600", "24.310", "85,00"],
]
# the cells misprinted in the scan, as (TT, column, printed): OCR-style slips the row's
# arithmetic must undo (the true text is in ROWS)
MISPRINTS = [("9", 5, "4833"), ("8", 4, "1.986,4"), ("14", 3, "18.600")]

TABLE = IndicatorTable(
    caption="Biểu số 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024",
    header=[
        [("TT", 1, 2), ("Chỉ tiêu", 1, 2), ("ĐVT", 1, 2), ("Năm 2024", 2, 1), ("So sánh (%)", 1, 1)],
        [("Kế hoạch", 1, 1), ("Thực hiện 9 tháng", 1, 1), ("So với KH", 1, 1)],
    ],
    columns=[None, "subject", "unit", ("target", False, None), ("amount", False, None),
             ("plan_pct", False, "kế hoạch năm")],
    rows=ROWS,
)

PROSE = [
    ("p", "Thực hiện Chương trình công tác năm 2024, Ủy ban nhân dân huyện báo cáo kết quả thực hiện "
          "nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm 2024 như sau:"),
    ("h1", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    ("p", "Tổng giá trị sản xuất ước đạt 9.281,6 tỷ đồng, tăng 8,7% so với cùng kỳ. Thu ngân sách trên "
          "địa bàn đạt 284.730 triệu đồng. Toàn huyện có 2 xã đạt chuẩn nông thôn mới kiểu mẫu."),
    ("p", "Kết quả thực hiện một số chỉ tiêu chủ yếu như sau:"),
]
GOLD_PROSE = [
    {"subject": "Tổng giá trị sản xuất", "value": 9281600000000, "unit": "VND", "role": "amount"},
    {"subject": "Tổng giá trị sản xuất", "value": 8.7, "unit": "%", "role": "change_pct"},
    {"subject": "Thu ngân sách trên địa bàn", "value": 284730000000, "unit": "VND", "role": "amount"},
    {"subject": "xã đạt chuẩn nông thôn mới kiểu mẫu", "value": 2, "unit": "xã", "role": "amount"},
]
TAIL = [
    ("h1", "II. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2024"),
    ("p", "Tập trung chỉ đạo thu hoạch vụ Mùa; đẩy nhanh giải ngân vốn đầu tư công; bảo đảm an ninh trật tự."),
    ("sign", ("Nơi nhận:\n- TT Huyện ủy;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Nam")),
]


def report(rows: list[list[str]], name: str) -> Report:
    tab = IndicatorTable(TABLE.caption, TABLE.header, TABLE.columns, rows)
    return Report(
        name=name,
        left=["ỦY BAN NHÂN DÂN", "HUYỆN YÊN LẠC", "Số: 342/BC-UBND"],
        right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Yên Lạc, ngày 30 tháng 9 năm 2024"],
        blocks=[("title", "BÁO CÁO"),
                ("subtitle", "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2024"),
                *PROSE, ("table", tab), *TAIL],
        gold_header={},
    )


def misprinted() -> list[list[str]]:
    rows = [list(r) for r in ROWS]
    for tt, col, text in MISPRINTS:
        next(r for r in rows if r[0] == tt)[col] = text
    return rows


def write_pdf(rep: Report, path: Path, *, repeat_header: bool) -> None:
    from weasyprint import HTML

    html = report_html(rep).replace("@page { size: A4; margin: 2cm", "@page { size: A4; margin: 1.6cm")
    if not repeat_header:  # the header rows as body rows: not repeated on the next page
        html = html.replace("<thead>", "<tbody>", 1).replace("</thead><tbody>", "", 1)
    HTML(string=html).write_pdf(str(path))


def split_docx_table(path: Path, at_row: int) -> None:
    """Cut the .docx's indicator table in two before data row ``at_row``: a page break, then a
    second table that repeats the header rows (two tables, as authors make by hand)."""
    import copy

    from docx import Document
    from docx.enum.text import WD_BREAK

    d = Document(str(path))
    tbl = max(d.tables, key=lambda t: len(t.rows))._tbl
    trs = tbl.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tr")
    nhead = len(TABLE.header)
    second = copy.deepcopy(tbl)
    for tr in second.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tr")[nhead:nhead + at_row]:
        second.remove(tr)
    for tr in trs[nhead + at_row:]:
        tbl.remove(tr)
    brk = d.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    tbl.addnext(brk._p)
    brk._p.addnext(second)
    d.save(str(path))


def scan(pdf: Path, out: Path, *, fmt: str, seed: int, dpi: int = 200) -> None:
    """Print and scan: rasterise, turn (±0.6°, alternating), blur, add noise, JPEG."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = []
        for i, png in enumerate(sorted(Path(tmp).glob("p*.png"))):
            with Image.open(png) as im:
                g = im.convert("L").rotate(0.6 if i % 2 == 0 else -0.4, resample=Image.Resampling.BICUBIC,
                                           fillcolor=255)
            g = g.filter(ImageFilter.GaussianBlur(0.6))
            a = np.asarray(g, dtype=np.float32) + rng.normal(0, 7, (g.height, g.width))
            pages.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    if fmt == "pdf":
        pages[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:], quality=30)
    else:
        pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="jpeg", quality=30,
                      dpi=(dpi, dpi))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    good = report(ROWS, "yl_report")
    docx = OUT / "yl_report.docx"
    write_docx(good, docx)
    split_docx_table(docx, at_row=14)
    normalise_docx(docx)
    write_pdf(good, OUT / "yl_report.pdf", repeat_header=True)
    write_pdf(good, OUT / "yl_norepeat.pdf", repeat_header=False)
    with tempfile.TemporaryDirectory() as tmp:
        bad = Path(tmp) / "bad.pdf"
        write_pdf(report(misprinted(), "yl_scan"), bad, repeat_header=True)
        scan(bad, OUT / "yl_scan.pdf", fmt="pdf", seed=17)
    scan(OUT / "yl_norepeat.pdf", OUT / "yl_norepeat_scan.tif", fmt="tiff", seed=18)
    table = gold_facts(TABLE, 0)
    gold = {"doc": "yl_report", "meeting": {"locality": "Yên Lạc", "locality_kind": "huyện",
                                            "body_kind": "peoples_committee", "date": "2024-09-30"},
            "facts": GOLD_PROSE + table,
            "misprints": [{"tt": tt, "column": col, "printed": text,
                           "true": next(r for r in ROWS if r[0] == tt)[col]} for tt, col, text in MISPRINTS]}
    (OUT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote the scanned-report fixtures to {OUT}")


if __name__ == "__main__":
    main()
