"""``soket batch`` as a command: the printed summary, exit codes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from soket.cli import app


def test_cli_prints_a_summary(corpus, tmp_path):
    out = tmp_path / "o"
    r = CliRunner().invoke(app, ["batch", str(corpus["files"]), "--out", str(out), "--workers", "1",
                                 "--shard-size", "5", "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "articles: 12" in r.output and "slowest documents" in r.output and "docs/s" in r.output
    s = json.loads((out / "summary.json").read_text())
    assert s["extracted"] == 12 and len(s["slowest"]) == 10


def test_cli_exit_codes(corpus, tmp_path):
    r = CliRunner().invoke(app, ["batch", str(corpus["gz"]), str(tmp_path / "nope.jsonl"), "--out",
                                 str(tmp_path / "o"), "--workers", "1", "--no-progress"])
    assert r.exit_code == 1 and "missing_input" in r.output
    r = CliRunner().invoke(app, ["batch", str(corpus["gz"]), "--out", str(tmp_path / "o2"), "--shard-size", "0"])
    assert r.exit_code == 2
    r = CliRunner().invoke(app, ["batch", str(corpus["gz"]), "--out", str(tmp_path / "o3"), "--scheduler",
                                 "tcp://127.0.0.1:1"])
    assert r.exit_code == 2 and "--engine dask" in r.output
