"""Comparing two batch outputs."""

from __future__ import annotations

from pathlib import Path

from soket.batch import TABLES, read_table

SORT = {"facts": ["doc_id", "position"], "meetings": ["doc_id"], "people": ["doc_id", "position"],
        "documents": ["doc_id"]}


def table(out: Path, name: str, drop: tuple[str, ...] = ()):
    t = read_table(out, name)
    t = t.drop_columns([c for c in drop if c in t.column_names])
    keys = [k for k in SORT[name] if k in t.column_names] or ["row"]
    return t.sort_by([(k, "ascending") for k in keys])


def assert_same_outputs(a: Path, b: Path) -> None:
    for name in TABLES:
        ta, tb = table(a, name), table(b, name)
        assert ta.num_rows == tb.num_rows, name
        assert ta.equals(tb), f"{name} differs"
    assert sorted((a / "dead-letter.jsonl").read_text().splitlines()) == \
        sorted((b / "dead-letter.jsonl").read_text().splitlines())
