"""The store commands: ingest (twice), facts, export, search."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from soket.cli import app

from .gold import gold_files

runner = CliRunner()


def test_ingest_facts_export_search(tmp_path, corpus, fake_extract):
    db = str(tmp_path / "cli.db")
    n = len(gold_files())
    r = runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q"])
    assert r.exit_code == 0, r.output
    assert f"{n} stored" in r.output
    r = runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q"])
    assert r.exit_code == 0 and f"{n} unchanged" in r.output

    r = runner.invoke(app, ["facts", "--db", db, "--indicator", "budget_revenue", "--role", "amount",
                            "--format", "json", "--limit", "1000"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["total"] == len(data["items"]) > 10
    assert {f["indicator"] for f in data["items"]} == {"budget_revenue"}
    r = runner.invoke(app, ["facts", "--db", db, "--limit", "3"])
    assert r.exit_code == 0 and "facts" in r.output
    assert runner.invoke(app, ["facts", "--db", db, "--indicator", "nope"]).exit_code == 2
    assert runner.invoke(app, ["facts", "--db", db, "--period", "2021-X"]).exit_code == 2

    r = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--indicator", "budget_revenue",
                            "--role", "amount"])
    assert r.exit_code == 0
    assert r.stdout_bytes.startswith(b"\xef\xbb\xbffact_id,")  # stdout too: the same bytes as a file
    rows = list(csv.DictReader(io.StringIO(r.stdout_bytes.decode("utf-8-sig"))))
    assert len(rows) == data["total"]
    out = tmp_path / "facts.csv"
    r = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--indicator", "budget_revenue",
                            "--role", "amount", "--out", str(out)])
    assert r.exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbffact_id,")  # a CSV file carries the BOM, as the API's does
    assert list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8")))) == rows
    out = tmp_path / "facts.parquet"
    r = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--out", str(out)])
    assert r.exit_code == 0 and out.stat().st_size > 0
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows > 250
    r = runner.invoke(app, ["export", "--db", db, "--format", "json", "--year", "2021"])
    assert r.exit_code == 0 and all(x["year"] == 2021 for x in json.loads(r.stdout))
    # headings for people, in English or Vietnamese; the same rows
    r = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--indicator", "budget_revenue",
                            "--role", "amount", "--lang", "en"])
    assert r.exit_code == 0 and r.stdout_bytes.startswith("\ufeffFact id,Document id,".encode())
    assert len(list(csv.DictReader(io.StringIO(r.stdout_bytes.decode("utf-8-sig"))))) == len(rows)
    r = runner.invoke(app, ["export", "--db", db, "--format", "json", "--year", "2021", "--lang", "vi"])
    assert r.exit_code == 0 and all(x["Năm"] == 2021 for x in json.loads(r.stdout))

    r = runner.invoke(app, ["search", "dang vien", "--db", db, "--format", "json"])
    assert r.exit_code == 0
    res = json.loads(r.stdout)
    assert res["total_documents"] > 0 and res["total_facts"] > 0


def test_ingest_reports_failures_with_exit_1(tmp_path, fake_extract):
    (tmp_path / "ok.txt").write_text("Thu ngân sách đạt 5 tỷ đồng.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    r = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "-q"])
    assert r.exit_code == 1
    assert "1 stored" in r.output and "1 failed" in r.output and "empty.txt" in r.output
