"""soket.batch.sources: the readers of folders of files, .jsonl(.gz) and .parquet (row groups re-cut into shards)."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from soket.batch import BatchOptions, run_batch
from soket.batch.sources import Range, discover, iter_shards, known_total, read_jsonl_lines, read_parquet_rows

from .conftest import articles, bench
from .helpers import table


def _shards(paths, size):
    inputs, problems = discover([str(p) for p in paths])
    assert not problems
    return list(iter_shards(inputs, size, lambda s: False, problems.append))


def test_parquet_row_groups_recut_into_shards(tmp_path):
    arts = articles(23, share=0.0)
    p = tmp_path / "a.parquet"
    pq.write_table(pa.Table.from_pylist(arts), p, row_group_size=7)
    shards = _shards([p], 10)
    assert [(s.spec.start, s.spec.end) for s in shards] == [(0, 10), (10, 20), (20, 23)]
    assert all(isinstance(s.payload, Range) for s in shards)  # the worker reads its rows itself
    assert [x["url"] for s in shards for x in read_parquet_rows(s.payload).to_pylist()] == [a["url"] for a in arts]
    assert known_total(discover([str(p)])[0]) == 23


def test_jsonl_shards_are_line_ranges_and_ids_are_stable(tmp_path):
    arts = articles(25, share=0.0)
    plain, gz = tmp_path / "a.jsonl", tmp_path / "b.jsonl.gz"
    plain.write_text("".join(bench.json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    bench.write_jsonl_gz(gz, iter(arts))
    for path in (plain, gz):
        shards = _shards([path], 10)
        assert [(s.spec.start, s.spec.end, s.n) for s in shards] == [(0, 10, 10), (10, 20, 10), (20, 25, 5)]
        assert [s.spec.id for s in shards] == [s.spec.id for s in _shards([path], 10)]
    assert _shards([plain], 10)[0].spec.id != _shards([gz], 10)[0].spec.id


def test_only_gzip_shards_carry_their_text(tmp_path):
    """A shard of a plain .jsonl or a .parquet travels as its path and range (a few hundred bytes
    pickled, whatever the articles' size); a gzipped archive, readable from its start only, sends
    its lines."""
    import pickle

    arts = articles(25, share=1.0)
    plain, gz = tmp_path / "a.jsonl", tmp_path / "b.jsonl.gz"
    plain.write_text("".join(bench.json.dumps(a, ensure_ascii=False) + "\n" + ("\n" if i == 3 else "")
                             for i, a in enumerate(arts)), encoding="utf-8")
    bench.write_jsonl_gz(gz, iter(arts))
    pq.write_table(pa.Table.from_pylist(arts), tmp_path / "c.parquet", row_group_size=4)
    text = sum(len(a["text"]) for a in arts[:10])
    for path in (plain, tmp_path / "c.parquet"):
        shards = _shards([path], 10)
        assert all(len(pickle.dumps(s.payload)) < 400 < text for s in shards)
    shards = _shards([plain], 10)
    lines = [x for s in shards for x in read_jsonl_lines(s.payload)]
    assert lines[4] is None and [bench.json.loads(x)["url"] for x in lines if x] == [a["url"] for a in arts]
    assert [s.n for s in shards] == [9, 10, 6]  # the blank line is a row, not an article
    assert all(len(pickle.dumps(s.payload)) > 1000 for s in _shards([gz], 10))


def test_done_shards_are_not_loaded(tmp_path):
    arts = articles(20, share=0.0)
    p = tmp_path / "a.parquet"
    pq.write_table(pa.Table.from_pylist(arts), p)
    first = _shards([p], 10)[0].spec.id
    inputs, _ = discover([str(p)])
    got = list(iter_shards(inputs, 10, lambda s: s == first, lambda e: None))
    assert got[0].payload is None and got[1].payload is not None


def test_same_articles_from_every_reader_give_the_same_facts(corpus, tmp_path):
    plain = tmp_path / "news.jsonl"
    plain.write_text("".join(bench.json.dumps(a, ensure_ascii=False) + "\n" for a in corpus["articles"]),
                     encoding="utf-8")
    facts = []
    for i, src in enumerate((corpus["gz"], corpus["parquet"], plain)):
        s = run_batch(BatchOptions([str(src)], str(tmp_path / f"o{i}"), workers=1, shard_size=9))
        assert s["articles"] == 60 and s["complete"]
        t = table(tmp_path / f"o{i}", "facts")
        rows = [int(d.rsplit("#", 1)[1]) for d in t.column("doc_id").to_pylist()]
        t = t.drop_columns(["doc_id", "doc"]).append_column("row", pa.array(rows))
        facts.append(t.sort_by([("row", "ascending"), ("position", "ascending")]))
    assert facts[0].num_rows > 50
    assert facts[0].equals(facts[1]) and facts[0].equals(facts[2])


def test_folders_of_files(corpus, tmp_path):
    s = run_batch(BatchOptions([str(corpus["files"])], str(tmp_path), workers=1, shard_size=5))
    assert s["articles"] == 12 and s["extracted"] == 12 and s["shards"]["total"] == 3
    docs = table(tmp_path, "documents")
    assert set(docs.column("format").to_pylist()) == {"txt"}
    assert all(p.endswith(".txt") for p in docs.column("path").to_pylist())


def test_discover_sorts_kinds_and_reports_what_it_cannot_read(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / "notes.py").write_text("x = 1", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Thu ngân sách", encoding="utf-8")
    inputs, problems = discover([tmp_path, tmp_path / "a.jsonl", tmp_path / "missing.jsonl"])
    here = tmp_path.resolve()
    assert [(i.kind, i.path) for i in inputs] == [("jsonl", str(here / "a.jsonl")), ("file", str(here / "b.txt"))]
    assert [(p.source, p.reason) for p in problems] == [(str(tmp_path / "missing.jsonl"), "missing_input")]
    assert known_total(inputs[1:]) == 1  # a file is one document
