"""soket.batch.worker: one shard processed; bad records go to dead-letter.jsonl with their reason, they never stop the run."""

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


def test_an_article_is_a_json_object_with_text_or_a_dead_letter():
    import pytest

    from soket.batch.worker import Dead, WorkerConfig, _article, _document

    cfg = WorkerConfig(out="", max_bytes=200)
    a = _article("x#1", 1, b'{"text": "Thu ng\\u00e2n s\\u00e1ch", "url": "u", "date": 20230721}', cfg)
    assert (a.doc_id, a.row, a.url, a.date, a.text) == ("x#1", 1, "u", "20230721", "Thu ngân sách")
    doc = _document(a)
    assert (doc.doc, doc.path, doc.published, doc.meta["url"]) == ("x#1", "u", "20230721", "u")
    for raw, reason in [(b"\xff{}", "undecodable"), (b"{not json", "undecodable"), (b"[1]", "bad_record"),
                        ({"text": "  "}, "bad_record"), ({"text": 3}, "bad_record"),
                        (b"x" * 201, "over_size_limit"), ({"text": "ă" * 150}, "over_size_limit")]:
        with pytest.raises(Dead) as e:
            _article("x#2", 2, raw, cfg)
        assert e.value.reason == reason, raw


def test_paths_excerpts_and_the_slowest_kept():
    from pathlib import Path

    from soket.batch.worker import DocTimeout, _excerpt, _keep_slowest, dead_path, manifest_path

    assert manifest_path(Path("o"), "s1") == Path("o/_manifest/s1.json")
    assert dead_path(Path("o"), "s1") == Path("o/_dead-letter/part-s1.jsonl")
    assert _excerpt(b"ab\xffcd", 4) == "ab\\xffc" and _excerpt("abcdef", 3) == "abc"
    assert not issubclass(DocTimeout, Exception)  # an extractor's `except Exception` cannot eat it
    heap: list[tuple[float, str, int]] = []
    for s in (0.3, 0.1, 0.5, 0.2):
        _keep_slowest(heap, (s, f"d{s}", 1), 2)
    assert sorted(heap) == [(0.3, "d0.3", 1), (0.5, "d0.5", 1)]
    _keep_slowest(heap, (9.0, "d", 1), 0)
    assert len(heap) == 2
