"""CLI habits: a missing store is refused (only ingest makes one), no folder is made that the user
did not ask for, exit codes say what happened, -h/--version/- work, flags look like flags, the CSV
is the same bytes from the CLI and the API, and long runs show a progress bar with a rate."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from soket.cli import app

REPORT = ("Chiều 21/7/2023, Ban Chấp hành Đảng bộ huyện Yên Thế tổ chức hội nghị lần thứ 5 đánh giá "
          "6 tháng đầu năm 2023. Thu ngân sách ước đạt 186,4 tỷ đồng, đạt 61,5% dự toán năm.")
run = CliRunner().invoke


@pytest.fixture
def store(tmp_path):
    """A SQLite store made by ``ingest`` from one short report."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "yen_the.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "s.db"
    r = run(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    return db


@pytest.mark.parametrize("argv", [["facts"], ["export"], ["search", "ngân sách"], ["check"],
                                  ["report", "-l", "Yên Thế", "-p", "2023-H1"], ["serve"]])
def test_read_commands_refuse_a_store_that_does_not_exist(tmp_path, argv):
    typo = tmp_path / "soket.bd"
    r = run(app, [*argv, "--db", str(typo)])
    assert r.exit_code == 2
    assert "no store at" in r.stderr and str(typo) in r.stderr
    assert not typo.exists()


def test_ingest_makes_a_store_but_no_folder(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    where = tmp_path / "nonexistent" / "dir" / "x.db"
    r = run(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(where), "-q"])
    assert r.exit_code == 2 and "does not exist" in r.stderr
    assert not (tmp_path / "nonexistent").exists()
    r = run(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "new.db"), "-q"])
    assert r.exit_code == 0 and (tmp_path / "new.db").is_file()


@pytest.mark.parametrize("argv", [["report", "-l", "Yên Thế", "-p", "2023-H1", "-f", "pdf", "-o"],
                                  ["export", "-o"]])
def test_no_output_folder_is_made(store, tmp_path, argv):
    out = tmp_path / "nonexistent" / "x.out"
    r = run(app, [*argv, str(out), "--db", str(store)])
    assert r.exit_code == 2 and "does not exist" in r.stderr
    assert not out.parent.exists()


def test_report_with_nothing_to_report_exits_1(store, tmp_path):
    out = tmp_path / "r.md"
    r = run(app, ["report", "-l", "Yên Thế", "-p", "2019-FY", "--db", str(store), "-o", str(out)])
    assert r.exit_code == 1 and "nothing to report" in r.stderr
    assert not out.exists()
    r = run(app, ["report", "-l", "Yên Thế", "-p", "2023-H1", "--db", str(store)])
    assert r.exit_code == 0 and "Yên Thế" in r.stdout


def test_check_exits_1_on_an_error_level_issue(tmp_path):
    # a number written with two decimal commas: malformed, an error-level issue
    bad = tmp_path / "bad.txt"
    bad.write_text("Chiều 21/7/2023, Ban Chấp hành Đảng bộ huyện Yên Thế họp đánh giá 6 tháng đầu năm 2023. "
                   "Tỷ lệ giải ngân vốn đầu tư công đạt 60,6,2% kế hoạch.", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    r_bad = run(app, ["check", str(bad), "-f", "json", "-q"])
    rows = json.loads(r_bad.stdout)
    errors = [x for x in rows if x["severity"] == "error"]
    assert r_bad.exit_code == (1 if errors else 0)
    assert errors, rows  # the case above is an error, so the exit code is 1
    r_good = run(app, ["check", str(good), "-f", "json", "-q"])
    assert not [x for x in json.loads(r_good.stdout) if x["severity"] == "error"]
    assert r_good.exit_code == 0


def test_help_short_and_version():
    from soket import __version__

    assert run(app, ["-h"]).exit_code == 0 and "Commands" in run(app, ["-h"]).stdout
    r = run(app, ["ingest", "-h"])
    assert r.exit_code == 0 and "--quiet" in r.stdout
    assert "<bool>" not in r.stdout  # a flag takes no value
    assert "<bool>" not in run(app, ["extract", "--help"]).stdout
    r = run(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.strip() == f"soket {__version__}"


def test_quiet_is_a_flag(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    r = run(app, ["ingest", "--quiet", "true", "--db", str(tmp_path / "s.db")])
    # "true" is read as an input path (there is none such), never as the flag's value
    assert r.exit_code == 1 and "failed true: input_error" in r.stderr


def test_extract_dash_reads_stdin():
    r = run(app, ["extract", "-"], input=REPORT.encode("utf-8"))
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["meeting"]["locality"] == "Yên Thế"
    assert [f["raw"] for f in rec["facts"]] == ["186,4 tỷ đồng", "61,5%"]
    r = run(app, ["check", "-", "-f", "json"], input=REPORT.encode("utf-8"))
    assert r.exit_code == 0 and isinstance(json.loads(r.stdout), list)


def test_csv_is_the_same_from_cli_and_api(store, tmp_path):
    from fastapi.testclient import TestClient

    from soket.api import create_app
    from soket.store.db import resolve_url

    r = run(app, ["export", "--db", str(store)])
    assert r.exit_code == 0
    cli_bytes = r.stdout_bytes
    assert cli_bytes.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    out = tmp_path / "f.csv"
    assert run(app, ["export", "--db", str(store), "-o", str(out)]).exit_code == 0
    with TestClient(create_app(resolve_url(str(store)))) as c:
        api_bytes = c.get("/api/export", params={"format": "csv"}).content
    assert cli_bytes == out.read_bytes() == api_bytes
    rows = list(csv.DictReader(io.StringIO(cli_bytes.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert {x["estimated"] for x in rows} == {"true"}  # "ước đạt": lowercase, as JSON writes it


def test_progress_bar_counts_documents_and_shows_a_rate():
    from soket.commands.progress import doc_progress

    buf = io.StringIO()
    con = Console(file=buf, force_terminal=True, width=120)
    with doc_progress("extract", 3, console=con) as advance:
        for name in ("a.txt", "b.txt", "c.txt"):
            advance(name)
    shown = buf.getvalue()
    assert "3/3" in shown and "docs/s" in shown and "c.txt" in shown
    buf2 = io.StringIO()
    with doc_progress("extract", 3, enabled=False, console=Console(file=buf2, force_terminal=True)) as advance:
        advance("a.txt")
    assert buf2.getvalue() == ""
