"""soket.batch.pool: the local pool's forkserver starts before the run's set-up, and what a worker
imports (soket.batch.worker and the preload) leaves the store, SQLAlchemy and Alembic out."""

from __future__ import annotations

import os
import subprocess
import sys

import soket.batch.runner as runner
from _paths import ROOT
from soket.batch import BatchOptions, pool


def test_a_workers_imports_leave_the_store_out():
    code = ("import sys, soket.batch.worker, soket.batch.pool; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic') "
            "or m.startswith(('soket.store', 'soket.service', 'soket.batch.runner', 'soket.batch.dbload'))))")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_the_package_names_are_still_there():
    import soket.batch

    assert soket.batch.BatchOptions is BatchOptions and soket.batch.run_batch is runner.run_batch
    assert soket.batch.TABLES == ("facts", "meetings", "people", "documents")
    assert set(soket.batch.__all__) <= set(dir(soket.batch)) | {"TABLES", "BatchOptions", "read_table", "run_batch"}


def test_the_forkserver_starts_before_the_runs_set_up(monkeypatch, tmp_path):
    calls: list[str] = []
    monkeypatch.setattr(pool, "start", lambda: calls.append("forkserver"))
    prepare = runner._prepare_out

    def prepared(o):
        calls.append("set-up")
        return prepare(o)

    monkeypatch.setattr(runner, "_prepare_out", prepared)
    (tmp_path / "a.txt").write_text("no report here", encoding="utf-8")
    runner.run_batch(BatchOptions([str(tmp_path / "a.txt")], str(tmp_path / "out"), workers=1))
    assert calls[:2] == ["forkserver", "set-up"]
    calls.clear()
    with_dask = BatchOptions([str(tmp_path / "a.txt")], str(tmp_path / "out2"), engine="dask", workers=1)
    monkeypatch.setattr(runner, "make_engine", lambda *a: (_ for _ in ()).throw(RuntimeError("no engine")))
    try:
        runner.run_batch(with_dask)
    except RuntimeError:
        pass
    assert calls == ["set-up"]  # a Dask run has no forkserver


def test_preload_is_one_list():
    assert pool.PRELOAD[-1] == "soket.batch.preload" and "soket.batch.worker" in pool.PRELOAD
