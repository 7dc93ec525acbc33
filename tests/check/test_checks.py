"""Each consistency check fires on a report written to trigger it, and stays silent on correct
figures (its control text, the examples, and the shared seeds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _paths import EXAMPLES, SHARED
from _require import missing
from _store import ingest, read
from soket.check import check_record
from soket.extract import extract_document
from soket.extract.pipeline import extract_text
from soket.ingest import load_path, load_text
from soket.service import extract_checked, history_issues

from . import texts as T


def codes(text: str) -> list[str]:
    return [i.code for i in check_record(extract_text(text, "t"))]


def test_malformed_number() -> None:
    rec = extract_text(T.MALFORMED, "t")
    [i] = check_record(rec)
    assert i.code == "malformed_number" and i.severity == "error"
    assert T.MALFORMED[i.span[0]:i.span[1]] == "60,6,2%"
    assert "Số viết sai" in i.message and "malformed" in i.message


def test_the_service_attaches_issues() -> None:
    assert extract_text(T.MALFORMED, "t").issues == []  # extraction does not check
    assert [i.code for i in extract_checked(load_text(T.MALFORMED, doc="t")).issues] == ["malformed_number"]


def test_implied_plan_conflict() -> None:
    rec = extract_text(T.PLAN_CONFLICT, "t")
    [i] = check_record(rec)
    assert i.code == "implied_plan_conflict"
    assert T.PLAN_CONFLICT[i.span[0]:i.span[1]] == "56,4%"
    assert "561,5 tỷ đồng" in i.message and "700 tỷ đồng" in i.message
    assert codes(T.PLAN_AGREES) == []
    assert codes(T.PLAN_NEXT_YEAR) == []  # next year's goal is no plan of this year


def test_sector_sum_exceeds_total() -> None:
    assert codes(T.SECTORS) == ["sector_sum_exceeds_total"]
    assert "7.500 tỷ đồng" in check_record(extract_text(T.SECTORS, "t"))[0].message
    assert codes(T.SECTORS_OK) == []


def test_implausible_percent() -> None:
    rec = extract_text(T.PERCENTS, "t")
    got = check_record(rec)
    assert [i.code for i in got] == ["implausible_percent"] * 3
    assert [T.PERCENTS[i.span[0]:i.span[1]] for i in got] == ["1.500%", "650%", "120%"]
    assert codes(T.PERCENTS_OK) == []


def test_duplicate_indicator_conflict() -> None:
    rec = extract_text(T.DUPLICATE, "t")
    [i] = check_record(rec)
    assert i.code == "duplicate_indicator_conflict"
    assert T.DUPLICATE[i.span[0]:i.span[1]] == "350 tỷ đồng"
    assert codes(T.DUPLICATE_OK) == []


def _store(tmp_path: Path, files: dict[str, str]) -> str:
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    paths = []
    for name, text in files.items():
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(d / f"{name}.txt")
    url = f"sqlite:///{tmp_path / 'h.db'}"
    rep = ingest(url, paths)
    assert not rep.failed, rep.failed
    return url


def _history_codes(url: str, text: str) -> list[str]:
    with read(url) as s:
        return [i.code for i in history_issues(s, extract_text(text, "t"))]


def test_growth_mismatch(tmp_path: Path) -> None:
    url = _store(tmp_path, {"a2020": T.BUDGET_2020})
    assert _history_codes(url, T.GROWTH_WRONG) == ["growth_mismatch"]
    assert _history_codes(url, T.GROWTH_RIGHT) == []  # 316,7 / 300 is +5,6 %


def test_implied_plan_history(tmp_path: Path) -> None:
    url = _store(tmp_path, {"q1": T.Q1_2021})  # 150 tỷ at 25 % implies 600 tỷ
    assert _history_codes(url, T.H1_PLAN) == ["implied_plan_conflict"]  # implies 561,5 tỷ
    assert _history_codes(url, T.H1_PLAN_SAME) == []  # 330 / 55 % is 600 tỷ


def test_history_issues_are_stored_on_ingest(tmp_path: Path) -> None:
    from soket.store.queries import get_document, list_documents

    url = _store(tmp_path, {"a2020": T.BUDGET_2020})
    _store(tmp_path, {"b2021": T.GROWTH_WRONG})
    with read(url) as s:
        _, docs = list_documents(s)
        d = get_document(s, next(x.id for x in docs if x.doc == "b2021"))
    assert d is not None and [i.code for i in d.issues] == ["growth_mismatch"]
    assert d.issues[0].span is not None
    a, b = d.issues[0].span
    assert d.text[a:b] == "20%"


def test_check_command(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from soket.cli import app

    url = _store(tmp_path, {"a2020": T.BUDGET_2020, "b2021": T.GROWTH_WRONG, "m": T.MALFORMED})
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
    import json

    from typer.testing import CliRunner

    from soket.cli import app

    url = _store(tmp_path, {"a2020": T.BUDGET_2020})
    f = tmp_path / "b2021.txt"
    f.write_text(T.GROWTH_WRONG, encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(f), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []  # alone, nothing to compare with
    r = CliRunner().invoke(app, ["check", str(f), "--db", url, "--format", "json"])
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.stdout)
    assert (row["code"], row["doc"], row["text"], row["path"]) == ("growth_mismatch", "b2021", "20%", str(f))
    _store(tmp_path, {"b2021": T.GROWTH_WRONG})
    r = CliRunner().invoke(app, ["check", str(f), "--db", url, "--format", "json"])
    assert [x["code"] for x in json.loads(r.stdout)] == ["growth_mismatch"]
    ok = tmp_path / "c2021.txt"
    ok.write_text(T.GROWTH_RIGHT, encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(ok), "--db", url, "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []

def _reports(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".html"))


SEEDS = SHARED / "seeds"


@pytest.mark.parametrize("name", [p.name for p in _reports(SEEDS)] if SEEDS.exists() else ["absent"])
def test_seeds_correct_figures_are_not_flagged(name: str) -> None:
    if not SEEDS.exists():
        missing("shared", "../shared/seeds is absent")
    rec = extract_document(load_path(SEEDS / name))
    got = [(i.code, rec_text(SEEDS / name)[i.span[0]:i.span[1]]) for i in check_record(rec)]
    expected = [("malformed_number", "60,6,2%")] if name.startswith("004_") else []
    assert got == expected


@pytest.mark.parametrize("name", [p.name for p in _reports(EXAMPLES)])
def test_examples_only_malformed(name: str) -> None:
    rec = extract_document(load_path(EXAMPLES / name))
    assert {i.code for i in check_record(rec)} <= {"malformed_number"}


def rec_text(path: Path) -> str:
    return load_path(path).text


def test_whole_example_store_has_no_false_history_alarms(tmp_path: Path) -> None:
    from sqlalchemy import select

    from soket.store.models import IssueRow

    url = f"sqlite:///{tmp_path / 'ex.db'}"
    ingest(url, _reports(EXAMPLES))
    with read(url) as s:
        assert set(s.scalars(select(IssueRow.code))) <= {"malformed_number"}


def test_dashboard_marks_flagged_figures(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from soket.api import create_app
    from soket.store.queries import list_documents

    url = _store(tmp_path, {"m": T.MALFORMED})
    with read(url) as s:
        _, docs = list_documents(s)
    html = TestClient(create_app(url)).get(f"/document/{docs[0].id}").text
    assert html.count('class="flagged"') == 1
    assert 'title="Số viết sai định dạng: “60,6,2%”' in html
