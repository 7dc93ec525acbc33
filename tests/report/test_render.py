"""soket.report.render: the review as Markdown, HTML and PDF, and its charts (vl-convert, offline)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from _paths import ROOT
from _require import missing
from soket.report.output import render
from soket.report.render import (
    chart_spec,
    chart_svg,
    heading,
    subject_line,
    table_cells,
    table_header,
    to_html,
    to_markdown,
)
from soket.report.templates import templates

from .conftest import small_review, stored_review


def test_chart_svg_offline(store_url: str) -> None:
    r = stored_review(store_url, "Phúc Yên", "2021-H1")
    svg = chart_svg(next(c for c in r.charts if c.indicator == "budget_revenue"))
    assert svg.startswith("<svg") and "316,7" in svg and "tỷ đồng" in svg


def test_pdf_first_page_is_not_blank(store_url: str, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        missing("poppler", "pdftoppm (poppler-utils) is not installed")
    pdf = tmp_path / "review.pdf"
    render(stored_review(store_url, "Phúc Yên", "2021-H1"), "pdf", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    png = next(tmp_path.glob("page*.png"))
    art = ROOT / "artifacts"
    art.mkdir(exist_ok=True)
    shutil.copy(png, art / "report_page1.png")
    try:
        from PIL import Image, ImageStat
    except ImportError:
        assert png.stat().st_size > 5000
        return
    img = Image.open(png).convert("L")
    stat = ImageStat.Stat(img)
    assert stat.var[0] > 100  # text on a white page, not a blank one
    assert img.getextrema()[0] < 80  # some dark pixels: text was drawn


def test_chart_spec_in_display_units():
    c = small_review().charts[0]
    spec = chart_spec(c)
    assert spec["title"]["subtitle"] == "Đơn vị: tỷ đồng"
    assert [d["label"] for d in spec["data"]["values"]] == ["300", "316,7"]
    assert [d["order"] for d in spec["data"]["values"]] == [0, 1]


def test_heading_and_subject_line():
    r = small_review()
    assert "6 tháng đầu năm 2021" in heading(r)
    assert subject_line(r).endswith("huyện Tân Hòa" + templates().province_suffix.format(province="Tây Sơn"))


def test_table_without_ranks_has_no_rank_column():
    r = small_review()
    head = table_header(r)
    assert templates().table.rank not in head
    cells = table_cells(r, r.rows[0])
    assert len(cells) == len(head) and cells[1] == "316,7 tỷ đồng" and cells[2] == "—" and cells[-1] == "⁽¹⁾"


def test_markdown_of_a_review():
    md = to_markdown(small_review())
    assert "# " + templates().title in md
    assert "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm⁽¹⁾." in md
    assert "- Công tác giải phóng mặt bằng còn chậm" in md and "- Đẩy mạnh cải cách hành chính" in md
    assert "| Thu ngân sách nhà nước | 316,7 tỷ đồng |" in md
    assert "- Thu ngân sách nhà nước: 6 tháng 2020: 300 tỷ đồng; 6 tháng 2021: 316,7 tỷ đồng" in md
    assert md.count("215/BC-UBND") == 2


def test_markdown_of_an_empty_review_says_so():
    r = small_review()
    r.fields, r.limitations, r.tasks, r.task_texts, r.rows, r.charts, r.sources = [], [], [], [], [], [], []
    md = to_markdown(r)
    e = templates().empty
    assert e.results in md and e.limitations in md and e.tasks in md


def test_html_escapes_and_embeds_charts():
    r = small_review()
    r.limitations = ["Giá vật liệu <tăng> & khan hiếm"]
    html = to_html(r)
    assert html.lstrip().lower().startswith("<!doctype html") and "&lt;tăng&gt; &amp; khan hiếm" in html
    assert "<svg" in html
    assert "<svg" not in to_html(r, charts="none")
