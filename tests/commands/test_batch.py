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
    assert s["this_run"]["worker_cpu_seconds"] > 0 and s["this_run"]["cpu_ms_per_article"] > 0


def test_cli_exit_codes(corpus, tmp_path):
    r = CliRunner().invoke(app, ["batch", str(corpus["gz"]), str(tmp_path / "nope.jsonl"), "--out",
                                 str(tmp_path / "o"), "--workers", "1", "--no-progress"])
    assert r.exit_code == 1 and "missing_input" in r.output
    r = CliRunner().invoke(app, ["batch", str(corpus["gz"]), "--out", str(tmp_path / "o2"), "--shard-size", "0"])
    assert r.exit_code == 2
    r = CliRunner().invoke(app, ["batch", str(corpus["gz"]), "--out", str(tmp_path / "o3"), "--scheduler",
                                 "tcp://127.0.0.1:1"])
    assert r.exit_code == 2 and "--engine dask" in r.output


def test_batch_load_loads_a_finished_run(corpus, tmp_path):
    out, db = tmp_path / "o", f"sqlite:///{tmp_path / 's.db'}"
    r = CliRunner().invoke(app, ["batch", str(corpus["files"]), "--out", str(out), "--workers", "1",
                                 "--shard-size", "5", "--no-progress"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["batch-load", str(out), "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.output)
    assert got["stored"] == 12 and got["rechecked"] >= 12
    r = CliRunner().invoke(app, ["batch-load", str(out), "--db", db])
    assert r.exit_code == 0 and "unchanged 12" in r.output
    r = CliRunner().invoke(app, ["batch-load", str(tmp_path), "--db", db])
    assert r.exit_code == 2 and "no batch output" in r.output


def test_progress_rate_counts_only_this_runs_articles(corpus, tmp_path):
    """A resumed run advances the bar by the shards done before, but its rate is this run's."""
    from soket.batch import BatchOptions, run_batch
    from soket.commands.batch import _Progress

    opts = BatchOptions([str(corpus["gz"])], str(tmp_path / "o"), workers=1, shard_size=20)
    first: list[tuple[int, int, bool]] = []
    run_batch(opts, on_progress=lambda n, e, resumed: first.append((n, e, resumed)))
    again: list[tuple[int, int, bool]] = []
    run_batch(opts, on_progress=lambda n, e, resumed: again.append((n, e, resumed)))
    assert first and not any(r for *_, r in first)
    assert again and all(r for *_, r in again) and sum(n for n, *_ in again) == sum(n for n, *_ in first)
    bar = _Progress(False)
    for n, e, r in again:
        bar.advance(n, e, r)
    assert bar.done == 60 and bar.rate(1.0) == 0.0


def test_print_summary_shows_counts_and_rate(monkeypatch):
    import rich.console

    from soket.commands.batch import print_summary

    s = {"out": "/tmp/out", "engine": "local", "workers": 2, "shard_size": 10,
         "shards": {"total": 3, "ran": 2, "resumed": 1, "failed": 0},
         "articles": 30, "skipped": 4, "extracted": 26, "dead_letters": 0, "dead_by": {},
         "rows": {"facts": 7, "meetings": 5, "people": 1, "documents": 26},
         "this_run": {"articles": 20, "seconds": 4.0, "docs_per_s": 5.0, "extracted_per_s": 4.5},
         "slowest": [], "failed_shards": [], "input_problems": []}
    con = rich.console.Console(record=True, width=200)
    monkeypatch.setattr(rich.console, "Console", lambda *a, **k: con)
    print_summary(s)
    out = con.export_text()
    assert "/tmp/out" in out and "local" in out and "26" in out
