"""Every reader runs under one resource budget per document (ingest/budget.py): bombs, glyph floods
and runaway CPU stop with a one-line LimitExceededError, and the next document goes on."""

from __future__ import annotations

import sys
from dataclasses import fields

import pytest
from typer.testing import CliRunner

from _paths import ROOT
from soket.cli import app
from soket.errors import LimitExceededError
from soket.extract import extract_document
from soket.ingest import budget, load_bytes, load_text
from soket.settings import Settings

sys.path.insert(0, str(ROOT / "bench"))
import hostile


def test_pdf_stream_bomb_is_refused_within_the_decompression_budget() -> None:
    data = hostile.stream_bomb(200)  # 200 MB of whitespace in a ~200 KB PDF
    assert len(data) < 300_000
    with budget.metered() as m, pytest.raises(LimitExceededError, match="decompressed bytes"):
        load_bytes(data, name="bomb.pdf")
    assert m.used["decompressed_bytes"] <= m.budget.decompressed_bytes + 1


def test_pdf_glyph_flood_is_refused_by_the_page_glyph_budget() -> None:
    data = hostile.glyph_flood(120_000)
    assert len(data) < 2_000
    with budget.metered() as m, pytest.raises(LimitExceededError, match="PDF glyphs on one page"):
        load_bytes(data, name="flood.pdf")
    assert m.used["pdf_page_glyphs"] == m.budget.pdf_page_glyphs + 1  # stopped at the first glyph over


def test_pdf_glyph_budget_over_all_pages() -> None:
    pages = [b"BT /F1 1 Tf 10 10 Td (" + b"W" * 900 + b") Tj ET"] * 6
    with budget.metered(budget.Budget(pdf_glyphs=5_000)), pytest.raises(LimitExceededError, match="PDF glyphs"):
        load_bytes(hostile.pdf(pages), name="many.pdf")


def test_pdf_page_budget() -> None:
    data = hostile.pdf([hostile.text_page(["Thu ngan sach dat 5 ty dong."])] * 4)
    with budget.metered(budget.Budget(pdf_pages=3)), pytest.raises(LimitExceededError, match="PDF pages"):
        load_bytes(data, name="pages.pdf")
    assert "5 ty" in load_bytes(data, name="pages.pdf").text


def test_html_node_budget() -> None:
    page = b"<html><body>" + b"<p>Thu 5 ty</p>" * 2_000 + b"</body></html>"
    with budget.metered(budget.Budget(xml_nodes=1_000)), pytest.raises(LimitExceededError, match="XML nodes"):
        load_bytes(page, name="p.html")


def test_text_character_budget() -> None:
    with budget.metered(budget.Budget(text_chars=1_000)), pytest.raises(LimitExceededError, match="characters"):
        load_bytes(hostile.REPORT.encode() * 10, name="r.txt")


def test_extractor_checks_the_cpu_budget_as_it_goes() -> None:
    doc = load_text(hostile.REPORT * 400)
    with budget.metered(budget.Budget(cpu_seconds=0.0, cpu_seconds_per_mb=0.0)) as m:
        with pytest.raises(LimitExceededError, match="s of CPU while extracting"):
            extract_document(doc)
    assert 0 < m.ticks < len(doc.text)  # stopped on its own check, long before the end


def test_cpu_budget_grows_with_the_input_size() -> None:
    m = budget.Meter(budget.Budget(cpu_seconds=2.0, cpu_seconds_per_mb=4.0))
    m.sized(500_000)
    assert m.cpu_limit == pytest.approx(4.0)


def test_budget_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOKET_BUDGET_PDF_PAGES", "7")
    monkeypatch.setenv("SOKET_BUDGET_CPU_SECONDS", "1.5")
    b = budget.Budget.of(Settings())
    assert b.pdf_pages == 7 and b.cpu_seconds == 1.5
    assert budget.Budget.of(Settings(budget_xml_nodes=5)) == budget.Budget(pdf_pages=7, cpu_seconds=1.5, xml_nodes=5)
    assert budget.Meter().budget == budget.Budget()  # below the edges: the defaults, no environment


def test_every_budget_has_a_setting() -> None:
    assert {f"budget_{f.name}" for f in fields(budget.Budget)} <= set(Settings.model_fields)


def test_a_document_over_budget_fails_alone_with_one_line(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a_bomb.pdf").write_bytes(hostile.stream_bomb(100))
    (tmp_path / "b_flood.pdf").write_bytes(hostile.glyph_flood(60_000))
    (tmp_path / "c_report.txt").write_text(hostile.REPORT, encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(tmp_path)])
    assert res.exit_code == 1
    errors = res.stderr.strip().splitlines()
    assert len(errors) == 2, errors
    assert "a_bomb.pdf" in errors[0] and "budget" in errors[0] and "decompressed" in errors[0]
    assert "b_flood.pdf" in errors[1] and "glyphs" in errors[1]
    assert res.stdout.count('"doc": "c_report"') == 1


def test_a_paused_meter_counts_its_documents_cpu_not_the_time_between(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's ingest reads a batch, then extracts it: each document's meter is paused after
    its reading and resumed for its extraction, one CPU budget for both (a fake clock)."""
    clock = [100.0]
    monkeypatch.setattr(budget, "thread_cpu", lambda: clock[0])
    with budget.paused(budget.Budget(cpu_seconds=1.0, cpu_seconds_per_mb=0.0)) as m:
        assert budget.current() is m
        clock[0] += 0.6  # reading
    assert budget.current() is None
    clock[0] += 50.0  # the other documents of the batch read
    with budget.resumed(m):
        assert budget.current() is m
        m.check_cpu()  # 0.6 used
        clock[0] += 0.3
        m.check_cpu()  # 0.9
        clock[0] += 0.2
        with pytest.raises(LimitExceededError, match=r"1\.1 s used"):
            m.check_cpu()
    assert budget.current() is None
