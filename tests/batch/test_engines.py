"""The same input through the local pool and a Dask LocalCluster gives the same tables."""

from __future__ import annotations

import json

import pytest

from soket.batch import BatchOptions, read_table, run_batch

from .helpers import assert_same_outputs


def test_local_and_dask_give_identical_tables(corpus, tmp_path):
    pytest.importorskip("distributed")
    inputs = [str(corpus["files"]), str(corpus["gz"]), str(corpus["parquet"])]
    local = run_batch(BatchOptions(inputs, str(tmp_path / "local"), engine="local", workers=2, shard_size=8))
    dask = run_batch(BatchOptions(inputs, str(tmp_path / "dask"), engine="dask", workers=2, shard_size=8))
    assert local["complete"] and dask["complete"]
    assert local["extracted"] == dask["extracted"] > 20
    assert local["rows"] == dask["rows"] and local["rows"]["facts"] > 100
    assert local["skipped"] == dask["skipped"] > 10
    assert_same_outputs(tmp_path / "local", tmp_path / "dask")
    # one file per shard and table (years are a column, not folders), and every shard's done-marker
    assert len(set(read_table(tmp_path / "local", "facts", ["year"]).column("year").to_pylist())) >= 3
    parts = sorted(p.name for p in (tmp_path / "local" / "facts").iterdir())
    assert parts and all(p.startswith("part-") and p.endswith(".parquet") for p in parts)
    assert len(list((tmp_path / "local" / "_manifest").glob("*.json"))) == local["shards"]["total"]
    assert json.loads((tmp_path / "dask" / "summary.json").read_text())["engine"] == "dask"


def test_rows_are_grounded_and_records_round_trip(corpus, tmp_path):
    from soket.model import Record

    run_batch(BatchOptions([str(corpus["gz"])], str(tmp_path), workers=1, shard_size=50))
    docs = read_table(tmp_path, "documents").to_pylist()
    facts = read_table(tmp_path, "facts").to_pylist()
    text = {d["doc_id"]: d["text"] for d in docs}
    assert facts
    for f in facts:
        assert text[f["doc_id"]][f["span_start"]:f["span_end"]] == f["raw"]
    for d in docs:
        rec = Record.from_dict(json.loads(d["record"]))
        assert rec.doc == d["doc_id"] and len(rec.facts) == d["n_facts"]
        assert d["url"].startswith("https://") and d["published"]


def test_a_broken_process_pool_is_rebuilt_and_resume_redoes_only_its_shards(tmp_path):
    """A worker that dies breaks the whole ProcessPoolExecutor: its shard and those in flight beside
    it fail, a new pool runs the rest, and the next run redoes the failed shards only."""
    from .chaos_extractor import CRASH
    from .conftest import articles, dumps, jsonl_lines

    good = articles(20, seed=8, share=1.0)
    arts = [*good[:2], {**good[2], "text": good[2]["text"] + CRASH}, *good[3:]]
    src = jsonl_lines(tmp_path / "crash.jsonl", [dumps(a) for a in arts])
    opts = BatchOptions([str(src)], str(tmp_path / "o"), workers=2, shard_size=2,
                        extractor="batch.chaos_extractor:extract")
    s = run_batch(opts)
    failed = {f["start"] for f in s["failed_shards"]}
    assert 2 in failed and all(f["error"].startswith("BrokenProcessPool") for f in s["failed_shards"])
    assert s["shards"]["total"] == 10 and s["shards"]["ran"] == 10 - len(failed) >= 6  # a new pool ran the rest
    again = run_batch(opts)
    assert again["shards"]["resumed"] == s["shards"]["ran"]
    assert {f["start"] for f in again["failed_shards"]} <= failed and 2 in {f["start"] for f in again["failed_shards"]}
    assert again["shards"]["ran"] + again["shards"]["resumed"] + len(again["failed_shards"]) == 10
