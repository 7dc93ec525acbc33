"""soket.commands.check: ``soket check`` on files (alone, or against a store's history) and on a
whole store; exit code 1 on an error-level issue."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from _store import ingest_texts
from check import texts as T
from soket.cli import app
from soket.commands.check import check_files, check_store

from .texts import REPORT

run = CliRunner().invoke


def test_check_command(tmp_path: Path) -> None:



    url = ingest_texts(tmp_path, {"a2020": T.BUDGET_2020, "b2021": T.GROWTH_WRONG, "m": T.MALFORMED})
    f = tmp_path / "p.txt"
    f.write_text(T.PERCENTS, encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [x["code"] for x in json.loads(r.stdout)] == ["implausible_percent"] * 3
    r = CliRunner().invoke(app, ["check", "--db", url, "--format", "json"])
    assert r.exit_code == 1, r.output  # malformed_number is an error-level issue
    assert sorted(x["code"] for x in json.loads(r.stdout)) == ["growth_mismatch", "malformed_number"]
    r = CliRunner().invoke(app, ["check", "--db", url])
    assert r.exit_code == 1 and "growth_mismatch" in r.stdout


def test_check_files_against_the_store(tmp_path: Path) -> None:
    """``check FILE --db``: a file's figures checked against the stored history, the file itself
    (already stored) not counted as its own history."""



    url = ingest_texts(tmp_path, {"a2020": T.BUDGET_2020})
    f = tmp_path / "b2021.txt"
    f.write_text(T.GROWTH_WRONG, encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(f), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []  # alone, nothing to compare with
    r = CliRunner().invoke(app, ["check", str(f), "--db", url, "--format", "json"])
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.stdout)
    assert (row["code"], row["doc"], row["text"], row["path"]) == ("growth_mismatch", "b2021", "20%", str(f))
    ingest_texts(tmp_path, {"b2021": T.GROWTH_WRONG})
    r = CliRunner().invoke(app, ["check", str(f), "--db", url, "--format", "json"])
    assert [x["code"] for x in json.loads(r.stdout)] == ["growth_mismatch"]
    ok = tmp_path / "c2021.txt"
    ok.write_text(T.GROWTH_RIGHT, encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(ok), "--db", url, "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []


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


def test_check_files_and_check_store_give_issue_rows(tmp_path: Path, capsys) -> None:
    m = tmp_path / "m.txt"
    m.write_text(T.MALFORMED, encoding="utf-8")
    (tmp_path / "rong.txt").write_bytes(b"  \n")
    rows, failures = check_files([tmp_path], progress=False)
    assert failures == 1 and "rong.txt" in capsys.readouterr().err
    [row] = rows
    assert (row["doc"], row["code"], row["severity"], row["text"], row["path"]) == (
        "m", "malformed_number", "error", "60,6,2%", str(m))
    (tmp_path / "db").mkdir()
    url = ingest_texts(tmp_path / "db", {"m": T.MALFORMED})
    [stored] = check_store(url)
    assert (stored["doc"], stored["code"], stored["text"]) == ("m", "malformed_number", "60,6,2%")
    assert stored["document_id"] is not None
