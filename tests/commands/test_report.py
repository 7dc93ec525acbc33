"""soket.commands.report: ``soket report`` writes a locality's review for a period, and exits 1
(writing nothing) when there is nothing to report."""

from __future__ import annotations

from typer.testing import CliRunner

from soket.cli import app

run = CliRunner().invoke


def test_report_with_nothing_to_report_exits_1(store, tmp_path):
    out = tmp_path / "r.md"
    r = run(app, ["report", "-l", "Yên Thế", "-p", "2019-FY", "--db", str(store), "-o", str(out)])
    assert r.exit_code == 1 and "nothing to report" in r.stderr
    assert not out.exists()
    r = run(app, ["report", "-l", "Yên Thế", "-p", "2023-H1", "--db", str(store)])
    assert r.exit_code == 0 and "Yên Thế" in r.stdout


def test_report_writes_the_format_asked_for(store, tmp_path):
    out = tmp_path / "r.html"
    r = run(app, ["report", "-l", "Yên Thế", "-p", "2023-H1", "-f", "html", "--db", str(store), "-o", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") and "Yên Thế" in html
    r = run(app, ["report", "-l", "Yên Thế", "-p", "not-a-period", "--db", str(store)])
    assert r.exit_code != 0 and "Traceback" not in r.output
