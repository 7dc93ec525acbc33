"""The quality gate, as trafilatura keeps one: score real documents with ../shared/eval/score.py and
fail below the floors pinned in tests/quality_floor.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _paths import EXAMPLES, ROOT
from soket.extract import extract_document
from soket.ingest import iter_inputs, load_path

FLOORS = json.loads((ROOT / "tests" / "quality_floor.json").read_text(encoding="utf-8"))


def _predict(docs: Path, out: Path) -> Path:
    with out.open("w", encoding="utf-8") as fh:
        for p in iter_inputs([str(docs)]):
            fh.write(json.dumps(extract_document(load_path(p)).to_dict(), ensure_ascii=False) + "\n")
    return out


def _check(result: dict, floor: dict, name: str) -> None:
    assert result["missing_predictions"] == [], f"{name}: documents without a record"
    assert result["strict"]["f1"] >= floor["strict_f1"], f"{name}: strict fact F1 {result['strict']['f1']:.3f}"
    assert result["people"]["f1"] >= floor["people_f1"], f"{name}: people F1 {result['people']['f1']:.3f}"
    for field, acc in result["metadata"].items():
        assert acc >= floor["metadata"], f"{name}: metadata {field} {acc:.2f} below {floor['metadata']}"


def test_seeds_meet_the_floor(shared, scorer, tmp_path):
    pred = _predict(shared / "seeds", tmp_path / "seeds.jsonl")
    _check(scorer.score(shared / "eval" / "gold", pred), FLOORS["seeds"], "seeds")


def test_dev_set_meets_the_floor(shared, scorer, tmp_path):
    pred = _predict(shared / "eval" / "dev" / "docs", tmp_path / "dev.jsonl")
    _check(scorer.score(shared / "eval" / "dev" / "gold", pred), FLOORS["dev"], "dev")


def test_examples_meet_their_golden_records(shared, scorer, tmp_path):
    gold = EXAMPLES / "gold"
    if not any(gold.glob("*.json")):
        pytest.skip("no golden records for the examples yet")
    docs = tmp_path / "docs"
    docs.mkdir()
    stems = {p.stem for p in gold.glob("*.json")}
    for p in iter_inputs([str(EXAMPLES)]):
        if p.stem in stems:
            (docs / p.name).write_bytes(p.read_bytes())
    pred = _predict(docs, tmp_path / "examples.jsonl")
    _check(scorer.score(gold, pred), FLOORS["examples"], "examples")
