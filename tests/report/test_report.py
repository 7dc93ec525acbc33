"""The drafted review: derived figures, the round trip (the extractor reads the draft back to the
stored figures), every figure traced to the store, and the .docx/.pdf outputs."""

from __future__ import annotations

from pathlib import Path

from _store import read
from soket.extract.pipeline import extract_text
from soket.report.build import build_review, templates
from soket.report.render import to_html, to_markdown
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
