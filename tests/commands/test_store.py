"""soket.commands.store: ingest, facts, export, search; the CSV is the same bytes from the CLI and
the API."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from soket.cli import app

from .texts import REPORT

run = CliRunner().invoke


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


def test_facts_filters_and_search_finds(store):
    r = run(app, ["facts", "--db", str(store), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert rows["total"] == 2 and {x["raw"] for x in rows["items"]} == {"186,4 tỷ đồng", "61,5%"}
    r = run(app, ["facts", "--db", str(store), "--format", "json", "--locality", "Lạng Sơn"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["items"] == []
    r = run(app, ["search", "ngân sách", "--db", str(store)], env={"COLUMNS": "200"})
    assert r.exit_code == 0 and "yen_the" in r.stdout


def test_ingest_reports_each_failed_input_and_exits_1(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "rong.txt").write_bytes(b"  \n")
    r = run(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db"), "-q"])
    assert r.exit_code == 1 and "rong.txt" in r.stderr
    assert run(app, ["facts", "--db", str(tmp_path / "s.db")]).exit_code == 0  # the good one is stored
