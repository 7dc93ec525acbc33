"""The tables of a shard: one Parquet file per table, written once, rows straight from the models."""

from __future__ import annotations

import copy
import dataclasses
import json
import os

import pyarrow.dataset  # noqa: F401  # imported before deepcopy is refused (pyarrow's own docs use it)
import pytest

from soket.batch import TABLES, read_table
from soket.batch.sources import discover, iter_shards
from soket.batch.tables import SCHEMAS, ShardTables, record_rows
from soket.batch.worker import WorkerConfig, process_shard
from soket.model import Record, flat_values

from .conftest import articles, dumps, jsonl_lines


def _one_shard(tmp_path, n=30):
    src = jsonl_lines(tmp_path / "a.jsonl", [dumps(a) for a in articles(n, seed=5, share=0.8)])
    inputs, _ = discover([str(src)])
    [task] = list(iter_shards(inputs, n, lambda s: False, lambda p: None))
    return task


class _Counts:
    def __init__(self) -> None:
        self.fsyncs = 0
        self.replaces: list[str] = []


@pytest.fixture()
def counted(monkeypatch):
    """fsync and rename calls counted; deepcopy and dataclasses.asdict refused outright."""
    c = _Counts()
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        c.fsyncs += 1
        return real_fsync(fd)

    def replace(a, b):
        c.replaces.append(str(b))
        return real_replace(a, b)

    def refuse(*a, **k):
        raise AssertionError("a record's rows are built from its fields, never copied")

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(copy, "deepcopy", refuse)
    monkeypatch.setattr(dataclasses, "asdict", refuse)
    return c


def test_a_shard_writes_one_file_per_table_once(tmp_path, counted):
    """Records of many years: still one Parquet file per table (the year is a column), each
    written once and fsync'd once, then the manifest; nothing else."""
    task = _one_shard(tmp_path)
    out = tmp_path / "out"
    m = process_shard(task.spec, task.payload, WorkerConfig(out=str(out)))
    years = set(read_table(out, "facts", ["year"]).column("year").to_pylist())
    assert m["extracted"] >= 15 and len(years) >= 4
    assert sorted(m["files"]) == sorted(f"{t}/part-{task.spec.id}.parquet" for t in TABLES)
    written = [p for p in counted.replaces if "/_manifest/" not in p]
    assert len(written) == len(set(written)) == len(TABLES)  # each file renamed into place once
    assert counted.fsyncs == len(TABLES) + 1  # the four parts and the manifest: no fsync storm
    assert counted.replaces[-1].endswith(f"_manifest/{task.spec.id}.json")  # the done-marker last
    assert not [p for p in out.rglob(".*") if p.is_file()]


def test_a_shards_parts_are_fsynced_together_before_any_is_renamed(tmp_path, monkeypatch):
    """The four parts' fsyncs wait together (one thread each: a barrier of four is passed only
    when all four are in fsync at once), every one before the first rename; the manifest after."""
    import threading

    task = _one_shard(tmp_path)
    barrier = threading.Barrier(len(TABLES), timeout=60)
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        name = os.readlink(f"/proc/self/fd/{fd}")
        if ".parquet.tmp-" in name:
            barrier.wait()
        events.append("fsync " + ("part" if ".parquet.tmp-" in name else "other"))
        return real_fsync(fd)

    def replace(a, b):
        events.append("rename " + ("manifest" if "/_manifest/" in str(b) else "part"))
        return real_replace(a, b)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    process_shard(task.spec, task.payload, WorkerConfig(out=str(tmp_path / "out")))
    assert events == ["fsync part"] * 4 + ["rename part"] * 4 + ["fsync other", "rename manifest"]


def test_rows_are_the_models_flat_values(tmp_path, counted):
    """Each fact row holds its fact's flat values (soket.model.flat_values), JSON columns as JSON
    text; the record column reads back to the same record."""
    task = _one_shard(tmp_path, 12)
    out = tmp_path / "out"
    process_shard(task.spec, task.payload, WorkerConfig(out=str(out)))
    docs = {d["doc_id"]: d for d in read_table(out, "documents").to_pylist()}
    facts = read_table(out, "facts").to_pylist()
    assert facts
    for row in facts:
        rec = Record.model_validate_json(docs[row["doc_id"]]["record"])
        want = flat_values(rec.facts[row["position"]])
        for k, v in want.items():
            got = row[k]
            if SCHEMAS["facts"].field(k).type == "string" and not isinstance(v, str | None):
                got = json.loads(got)
            assert got == v or (isinstance(v, float) and abs(got - v) < 1e-9), k
        assert row["year"] == docs[row["doc_id"]]["year"]


def test_record_rows_and_shard_tables_agree(tmp_path):
    task = _one_shard(tmp_path, 6)
    out = tmp_path / "out"
    process_shard(task.spec, task.payload, WorkerConfig(out=str(out)))
    d = read_table(out, "documents").to_pylist()[0]
    from soket.model import Document

    doc = Document(text=d["text"], doc=d["doc"], path=d["path"], sha256=d["sha256"], published=d["published"])
    rec = Record.model_validate_json(d["record"])
    year, rows = record_rows(d["doc_id"], doc, rec, source=d["source"], row=d["row"], url=d["url"])
    acc = ShardTables()
    acc.add(d["doc_id"], doc, rec, source=d["source"], row=d["row"], url=d["url"])
    assert year == d["year"] and len(rows["facts"]) == len(rec.facts) == acc.rows("facts")
    assert rows["facts"] == acc.table("facts").to_pylist()
