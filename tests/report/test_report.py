"""The drafted review: derived figures, the round trip (the extractor reads the draft back to the
stored figures), every figure traced to the store, and the .docx/.pdf outputs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from _paths import ROOT
from _require import missing
from _store import read
from soket.extract.pipeline import extract_text
from soket.report.build import build_review, templates
from soket.report.derived import implied_targets, ranking, yoy_series
from soket.report.output import render
from soket.report.render import chart_svg, to_html, to_markdown
from soket.store.queries import FactFilter, list_facts, list_localities


def _key(value: float, unit: str | None, role: str) -> tuple[float, str | None, str]:
    return (float(f"{float(value):.6g}"), unit, role)


def stored(url: str, locality: str, period: str, province: str | None = None) -> set[tuple]:
    with read(url) as s:
        _, found = list_facts(s, FactFilter(locality=locality, province=province, period=period), limit=10**9)
    items = [f.to_dict() for f in found]
    return {_key(d["value"], d["unit"], d["role"]) for d in items if d["value"] is not None}


def review(url: str, locality: str, period: str, **kw):
    with read(url) as s:
        return build_review(s, locality, period, **kw)


def prose(md: str) -> str:
    """The draft up to its table: the part written in sentences."""
    return md.split(templates().sections.table)[0]


def test_derived_figures(store_url: str) -> None:
    with read(store_url) as s:
        imp = implied_targets(s, "Phúc Yên", year=2021)
        by_period = {(x.period, x.indicator): x.value for x in imp}
        assert by_period[("2021-H1", "budget_revenue")] == pytest.approx(316.7e9 / 56.4 * 100)
        assert by_period[("2021-Q1", "budget_revenue")] == pytest.approx(560e9)
        series = yoy_series(s, "Phúc Yên", "budget_revenue")
        assert [p.period for p in series] == ["2020-H1", "2021-Q1", "2021-H1"]
        assert series[-1].yoy_pct == pytest.approx((316.7 / 300 - 1) * 100)
        assert series[1].yoy_pct is None
        rk = ranking(s, "Phúc Yên", "budget_revenue", "2021-H1")
        assert rk is not None and (rk.rank, rk.n) == (2, 2) and rk.peers[0].locality == "Vĩnh Yên"


def _localities(url: str) -> list[tuple[str, str | None, str]]:
    with read(url) as s:
        return [(x["locality"], x["province"], p["period"]) for x in list_localities(s) for p in x["periods"]
                if p["period"]]


def test_round_trip_markdown_every_stored_locality(store_url: str) -> None:
    """For every locality and period in the store: the draft's sentences, read by soket's extractor,
    give exactly the figures (value, unit, role) the store holds for it."""
    seen = 0
    for loc, prov, period in _localities(store_url):
        md = to_markdown(review(store_url, loc, period, province=prov))
        got = {_key(f.value, f.unit, f.role) for f in extract_text(prose(md), "draft").facts if f.value is not None}
        assert got == stored(store_url, loc, period, prov), (loc, period)
        seen += 1
    assert seen >= 12


def test_round_trip_html(store_url: str, tmp_path: Path) -> None:
    from soket.extract import extract_document
    from soket.ingest import load_path

    p = tmp_path / "draft.html"
    p.write_text(to_html(review(store_url, "Phúc Yên", "2021-H1"), charts="none"), encoding="utf-8")
    doc = load_path(p)
    cut = doc.text.index(templates().sections.table)
    got = {_key(f.value, f.unit, f.role) for f in extract_document(doc).facts
           if f.value is not None and f.span[0] < cut}
    assert got == stored(store_url, "Phúc Yên", "2021-H1")


def test_every_figure_is_in_the_store(store_url: str) -> None:
    r = review(store_url, "Phúc Yên", "2021-H1")
    with read(store_url) as s:
        _, found = list_facts(s, FactFilter(), limit=10**9)
    facts = {d["id"]: d for d in (f.to_dict() for f in found)}
    assert r.figures
    for f in r.figures:
        assert f.fact_ids and all(i in facts for i in f.fact_ids), f
        if not f.derived:
            d = facts[f.fact_ids[0]]
            assert (d["value"], d["unit"], d["role"]) == (f.value, f.unit, f.role)
    rows = {row.label: row for row in r.rows}
    budget = rows["Thu ngân sách nhà nước"]
    assert budget.implied.text == "561,5 tỷ đồng" and budget.implied.derived
    assert budget.rank.text.startswith("2/2")
    assert rows["Kim ngạch xuất khẩu"].change.text == "-3,5%"
    # a stated figure is footnoted with its document and sentence
    md = to_markdown(r)
    assert "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm, tăng 5,6% so với cùng kỳ⁽" in md
    assert "py2021 (py2021" in md and "“Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm" in md
    assert "Phấn đấu thu ngân sách nhà nước đạt 561 tỷ đồng" in md
    assert "thu hút đầu tư còn khó khăn" in md  # a stored limitation
    assert len(r.charts) >= 3 and [p["code"] for p in r.charts[1].points] == ["2020-H1", "2021-Q1", "2021-H1"]


def test_chart_svg_offline(store_url: str) -> None:
    r = review(store_url, "Phúc Yên", "2021-H1")
    svg = chart_svg(next(c for c in r.charts if c.indicator == "budget_revenue"))
    assert svg.startswith("<svg") and "316,7" in svg and "tỷ đồng" in svg


def test_markdown_charts_beside_the_file(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "review.md"
    render(review(store_url, "Phúc Yên", "2021-H1"), "md", out)
    md = out.read_text(encoding="utf-8")
    assert "](review_charts/budget_revenue.svg)" in md
    assert (tmp_path / "review_charts" / "budget_revenue.svg").read_text().startswith("<svg")


def test_docx_opens(store_url: str, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "review.docx"
    render(review(store_url, "Phúc Yên", "2021-H1"), "docx", out)
    d = docx.Document(str(out))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "DỰ THẢO" in text and "BÁO CÁO" in text and "316,7 tỷ đồng" in text
    assert len(d.tables) == 3 and d.tables[1].rows[0].cells[0].text == "Chỉ tiêu"  # heading, indicators, closing
    assert len(d.inline_shapes) >= 3  # the charts


def test_pdf_first_page_is_not_blank(store_url: str, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        missing("poppler", "pdftoppm (poppler-utils) is not installed")
    pdf = tmp_path / "review.pdf"
    render(review(store_url, "Phúc Yên", "2021-H1"), "pdf", pdf)
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


def test_command(store_url: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from soket.cli import app

    r = CliRunner().invoke(app, ["report", "--db", store_url, "--locality", "Phúc Yên", "--period", "2021-H1",
                                 "--format", "md"])
    assert r.exit_code == 0, r.output
    assert "\n# BÁO CÁO\n" in r.stdout and "THÀNH ỦY PHÚC YÊN" in r.stdout
    out = tmp_path / "x.html"
    r = CliRunner().invoke(app, ["report", "--db", store_url, "-l", "phuc yen", "-p", "2021-H1", "-f", "html",
                                 "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "<svg" in out.read_text(encoding="utf-8")
    r = CliRunner().invoke(app, ["report", "--db", store_url, "-l", "Nowhere", "-p", "2021-H1"])
    assert r.exit_code == 1 and "no locality" in r.output
