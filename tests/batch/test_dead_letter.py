"""Bad records go to dead-letter.jsonl with their reason; they never stop the run."""

from __future__ import annotations

import gzip
import json

from soket.batch import BatchOptions, read_table, run_batch

from .chaos_extractor import BOOM, SLOW
from .conftest import articles, dumps, jsonl_lines


def test_bad_records_are_dead_letters(tmp_path):
    good = articles(6, seed=5, share=1.0)
    boom = {**good[0], "url": "u-boom", "text": good[0]["text"] + "\n" + BOOM}
    slow = {**good[1], "url": "u-slow", "text": good[1]["text"] + "\n" + SLOW}
    big = {**good[2], "url": "u-big", "text": good[2]["text"] * 30}
    lines = [dumps(a) for a in good]
    lines += [b"\xff\xfe not utf-8 {", b'{"url": "x", "text": "cut', b"[1, 2, 3]", b'{"url": "no-text"}',
              b'{"text": 42}', dumps(boom), dumps(slow), dumps(big), b"", b"   "]
    src = jsonl_lines(tmp_path / "bad.jsonl", lines)
    s = run_batch(BatchOptions([str(src)], str(tmp_path / "o"), workers=1, shard_size=4, time_limit=2.0,
                               max_bytes=40_000, extractor="batch.chaos_extractor:extract"))
    assert s["complete"] and s["extracted"] == len(good)
    assert s["dead_by"] == {"bad_record": 3, "extraction_error": 1, "over_size_limit": 1,
                            "over_time_limit": 1, "undecodable": 2}
    dead = [json.loads(x) for x in (tmp_path / "o" / "dead-letter.jsonl").read_text().splitlines()]
    assert len(dead) == s["dead_letters"] == 8
    by_row = {d["row"]: d for d in dead}
    assert by_row[6]["reason"] == "undecodable" and "UTF-8" in by_row[6]["detail"]
    assert by_row[6]["excerpt"].startswith("\\xff\\xfe")
    assert by_row[11]["reason"] == "extraction_error" and "planted failure" in by_row[11]["detail"]
    assert by_row[11]["where"].startswith("chaos_extractor.py:")
    assert by_row[12]["reason"] == "over_time_limit"
    assert all(d["doc_id"] == f"bad.jsonl#{d['row']}" and d["shard"] for d in dead)
    assert read_table(tmp_path / "o", "documents").num_rows == len(good)
    assert s["articles"] == len(good) + 8  # blank lines are no articles


def test_a_corrupt_archive_keeps_what_it_could_read(tmp_path):
    arts = articles(30, seed=9, share=1.0)
    data = gzip.compress(b"".join(dumps(a) + b"\n" for a in arts))
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(data[: len(data) * 2 // 3])
    s = run_batch(BatchOptions([str(src), str(tmp_path / "missing.jsonl")], str(tmp_path / "o"), workers=1,
                               shard_size=5))
    assert 5 <= s["articles"] < 30 and s["extracted"] > 0
    assert {p["reason"] for p in s["input_problems"]} == {"unreadable_input", "missing_input"}
    dead = [json.loads(x)["reason"] for x in (tmp_path / "o" / "dead-letter.jsonl").read_text().splitlines()]
    assert sorted(dead) == ["missing_input", "unreadable_input"]


def test_a_dying_worker_fails_its_shard_not_the_run(tmp_path):
    from .chaos_extractor import CRASH

    good = articles(12, seed=8, share=1.0)
    arts = [*good[:4], {**good[4], "text": good[4]["text"] + CRASH}, *good[5:]]
    src = jsonl_lines(tmp_path / "crash.jsonl", [dumps(a) for a in arts])
    opts = BatchOptions([str(src)], str(tmp_path / "o"), workers=1, shard_size=4,
                        extractor="batch.chaos_extractor:extract")
    s = run_batch(opts)
    assert not s["complete"] and s["shards"]["total"] == 3
    failed = {f["start"] for f in s["failed_shards"]}
    assert 4 in failed  # the crasher's shard; the one in flight beside it may fail with it
    assert s["shards"]["ran"] == 3 - len(failed) >= 1
    assert len(list((tmp_path / "o" / "_manifest").glob("*.json"))) == s["shards"]["ran"]
