"""soket.commands.meetings: list and show the meetings of a store, split a document out of its
meeting and join it back, link what is unlinked; a bad id is a one-line error (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from soket.cli import app

from .texts import REPORT

run = CliRunner().invoke


@pytest.fixture
def two_sources(tmp_path: Path) -> str:
    """A store where two documents report one meeting, and disagree on its budget revenue."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(REPORT, encoding="utf-8")
    (d / "b.txt").write_text(REPORT.replace("186,4", "190"), encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert run(app, ["ingest", str(d), "--db", db, "-q"]).exit_code == 0
    return db


def _json(argv: list[str]) -> dict:
    r = run(app, argv)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_list_and_show_a_meeting_of_two_sources(two_sources):
    listed = _json(["meetings", "list", "--db", two_sources, "-f", "json"])
    assert listed["total"] == 1
    [m] = listed["items"]
    assert (m["locality"], m["period"], m["n_documents"], m["n_disagreements"]) == ("Yên Thế", "2023-H1", 2, 1)
    shown = _json(["meetings", "show", str(m["id"]), "--db", two_sources, "-f", "json"])
    assert [x["doc"] for x in shown["documents"]] == ["a", "b"]
    r = run(app, ["meetings", "show", str(m["id"]), "--db", two_sources], env={"COLUMNS": "200"})
    assert r.exit_code == 0 and "sources_disagree" in r.stdout
    assert run(app, ["meetings", "list", "--db", two_sources, "--disagree"]).exit_code == 0


def test_split_then_join(two_sources):
    [m] = _json(["meetings", "list", "--db", two_sources, "-f", "json"])["items"]
    b = next(x["id"] for x in _json(["meetings", "show", str(m["id"]), "--db", two_sources, "-f", "json"])["documents"]
             if x["doc"] == "b")
    r = run(app, ["meetings", "split", str(m["id"]), str(b), "--db", two_sources])
    assert r.exit_code == 0 and "now form meeting" in r.stdout
    assert _json(["meetings", "list", "--db", two_sources, "-f", "json"])["total"] == 2
    new = int(r.stdout.rsplit(" ", 1)[1])
    r = run(app, ["meetings", "join", str(m["id"]), str(new), "--db", two_sources])
    assert r.exit_code == 0, r.output
    assert _json(["meetings", "list", "--db", two_sources, "-f", "json"])["total"] == 1


def test_bad_ids_and_regroup(two_sources):
    r = run(app, ["meetings", "show", "99", "--db", two_sources])
    assert r.exit_code == 2 and "no meeting 99" in r.stderr
    r = run(app, ["meetings", "split", "99", "1", "--db", two_sources])
    assert r.exit_code == 2 and r.stderr.startswith("error:")
    r = run(app, ["meetings", "regroup", "--db", two_sources])
    assert r.exit_code == 0 and r.stdout.strip() == "0 documents linked"  # ingest linked them already
