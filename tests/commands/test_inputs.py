"""soket.commands.inputs: what a command reads and writes. A missing store is refused (only ingest
makes one), no folder is made that the user did not ask for, ``-`` reads standard input, no input
at all is an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from soket.cli import app
from soket.commands.inputs import STDIN, _sqlite_file, fail, input_files, out_file, store_at

from .texts import REPORT

run = CliRunner().invoke


def test_input_files_keeps_stdin_in_place_and_refuses_nothing(tmp_path, capsys):
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "skip.py").write_text("x = 1", encoding="utf-8")
    assert input_files(["-", str(tmp_path)]) == [STDIN, tmp_path / "a.txt", tmp_path / "b.txt"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(typer.Exit) as e:
        input_files([tmp_path / "empty"])
    assert e.value.exit_code == 1
    assert "no input files in" in capsys.readouterr().err


def test_fail_says_error_on_stderr(capsys):
    e = fail("bad thing")
    assert isinstance(e, typer.Exit) and e.exit_code == 2
    assert fail("x", code=1).exit_code == 1
    assert capsys.readouterr().err.startswith("error: bad thing")


def test_out_file_and_the_sqlite_file_of_a_url(tmp_path):
    assert out_file(None) is None and out_file(Path("-")) == Path("-")
    assert out_file(tmp_path / "r.md") == tmp_path / "r.md"
    with pytest.raises(typer.Exit):
        out_file(tmp_path / "nowhere" / "r.md")
    assert _sqlite_file(f"sqlite:///{tmp_path / 's.db'}") == tmp_path / "s.db"
    assert _sqlite_file("sqlite://") is None  # in memory: no file to check
    assert _sqlite_file("postgresql://u@h/db") is None


def test_store_at_opens_only_what_exists_unless_asked_to_create(tmp_path):
    with pytest.raises(typer.Exit):
        store_at(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()
    st = store_at(str(tmp_path / "new.db"), create=True)
    st.close()
    assert (tmp_path / "new.db").is_file()


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


def test_extract_dash_reads_stdin():
    r = run(app, ["extract", "-"], input=REPORT.encode("utf-8"))
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["meeting"]["locality"] == "Yên Thế"
    assert [f["raw"] for f in rec["facts"]] == ["186,4 tỷ đồng", "61,5%"]
    r = run(app, ["check", "-", "-f", "json"], input=REPORT.encode("utf-8"))
    assert r.exit_code == 0 and isinstance(json.loads(r.stdout), list)
