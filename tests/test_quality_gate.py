"""The quality gate, as trafilatura keeps one: score real documents with ../shared/eval/score.py and
fail below the floors pinned in tests/quality_floor.json.

Beside the scorer's F1 the gate counts two kinds of misreading the F1 only blurs: a *sign error*
(a predicted fact read from the same words as a gold fact, same role and unit, whose value is the
gold value negated: "giảm 5 doanh nghiệp" read as +5) and a *value error* (the same, with any other
value: "5 tỉ đồng" read as 5 million). The scorer matches facts on their value, so these are the
gold facts it leaves unmatched; they are paired here with the unmatched predicted fact of the same
raw text. Every set has a ceiling on both counts.

Floors sit at the figure measured when they were set minus 0.01, one per metadata field and
attribute; the project's own examples are pinned exactly (every figure 1.0, no misreading). The
documents added since issue 10 to measure reports nobody tuned for (``examples/unseen``, their
first-sight scores in ``bench/first_sight.json``) are held like the dev set, at measured - 0.01.
``python tests/test_quality_gate.py`` prints today's figures in the floors file's shape.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import EXAMPLES, ROOT, SHARED
from soket.extract import extract_document
from soket.ingest import iter_inputs, load_path

FLOORS = json.loads((ROOT / "tests" / "quality_floor.json").read_text(encoding="utf-8"))
SETS = ("seeds", "dev", "examples", "unseen")
UNSEEN = EXAMPLES / "unseen"
#: the house rules' minimums, above measured - 0.01 where that is lower
HOUSE = {"seeds": {"strict_f1": 1.0}, "dev": {"strict_f1": 0.98}}
#: what the gate measured in this run, printed by tests/conftest.py's terminal summary
QUALITY_MEASURED: dict[str, dict[str, Any]] = {}


def _predict(docs: Path, out: Path, stems: set[str] | None = None) -> Path:
    with out.open("w", encoding="utf-8") as fh:
        for p in iter_inputs([str(docs)]):
            if stems is None or p.stem in stems:
                fh.write(json.dumps(extract_document(load_path(p)).to_dict(), ensure_ascii=False) + "\n")
    return out


def _raw(s: Any) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(s or "")).lower()).strip()


def misreadings(scorer: ModuleType, gold_dir: Path, pred_path: Path) -> dict[str, Any]:
    """Sign errors and value errors: gold facts the scorer left unmatched that a predicted fact,
    itself unmatched, reads from the same words (one raw text contains the other, the same
    digits), with the same role and unit but another value."""
    preds = scorer.load_predictions(pred_path)
    out: dict[str, Any] = {"sign_errors": 0, "value_errors": 0, "cases": []}
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        pf = [f for f in (preds.get(gpath.stem, {}).get("facts") or []) if isinstance(f, dict)]
        gf = gold.get("facts") or []
        pairs = scorer.match_facts(pf, gf)
        used = {id(p) for p, _ in pairs}
        matched = {id(g) for _, g in pairs}
        for g in gf:
            if id(g) in matched or g.get("value") is None:
                continue
            graw, gdig = _raw(g.get("raw")), scorer.digits(g.get("raw"))
            cands = [p for p in pf if id(p) not in used and p.get("value") is not None
                     and p.get("role") == g.get("role") and scorer.units_agree(p.get("unit"), g.get("unit"))
                     and gdig and scorer.digits(p.get("raw")) == gdig
                     and (graw in _raw(p.get("raw")) or _raw(p.get("raw")) in graw)]
            if not cands:
                continue
            p = next((c for c in cands if scorer.subject_ok(c, g)), cands[0])
            used.add(id(p))
            kind = "sign_errors" if scorer.values_agree(-float(p["value"]), g["value"]) else "value_errors"
            out[kind] += 1
            out["cases"].append(f"{gpath.stem}: {g.get('raw')!r} {kind[:-7]} {p['value']} for {g['value']}")
    return out


def measure(scorer: ModuleType, gold_dir: Path, pred_path: Path) -> dict[str, Any]:
    """The scorer's figures and the misreading counts, in the floors file's shape."""
    r = scorer.score(gold_dir, pred_path)
    m = misreadings(scorer, gold_dir, pred_path)
    return {
        "documents": r["documents"],
        "missing_predictions": r["missing_predictions"],
        "strict_f1": r["strict"]["f1"],
        "loose_f1": r["loose"]["f1"],
        "people_f1": r["people"]["f1"],
        "metadata": r["metadata"],
        "attributes": r["attributes"],
        "sign_errors": m["sign_errors"],
        "value_errors": m["value_errors"],
        "cases": m["cases"],
    }


def _check(got: dict[str, Any], floor: dict[str, Any], name: str) -> None:
    QUALITY_MEASURED[name] = got
    bad: list[str] = []
    if got["missing_predictions"]:
        bad.append(f"documents without a record: {got['missing_predictions']}")
    for key in ("strict_f1", "loose_f1", "people_f1"):
        if got[key] < floor[key]:
            bad.append(f"{key} {got[key]:.4f} < {floor[key]}")
    for group in ("metadata", "attributes"):
        assert set(floor[group]) == {k for k, v in got[group].items() if v is not None}, \
            f"{name}: tests/quality_floor.json needs one {group} floor per field"
        for field, lo in floor[group].items():
            if got[group][field] < lo:
                bad.append(f"{group}.{field} {got[group][field]:.4f} < {lo}")
    for key in ("sign_errors", "value_errors"):
        if got[key] > floor[key]:
            bad.append(f"{key} {got[key]} > {floor[key]}")
    assert not bad, f"{name} below its floors: " + "; ".join(bad) + "\n" + "\n".join(got["cases"])


def _example_stems() -> set[str]:
    return {p.stem for p in (EXAMPLES / "gold").glob("*.json")}


def test_floors_file_covers_every_set():
    for name in SETS:
        f = FLOORS[name]
        assert {"strict_f1", "loose_f1", "people_f1", "metadata", "attributes", "sign_errors",
                "value_errors"} <= set(f), name
    ex = FLOORS["examples"]
    pinned = [ex["strict_f1"], ex["loose_f1"], ex["people_f1"], *ex["metadata"].values(), *ex["attributes"].values()]
    assert pinned and all(v == 1.0 for v in pinned), "the examples are pinned exactly to their golden records"
    assert ex["sign_errors"] == ex["value_errors"] == 0
    for name, mins in HOUSE.items():
        for key, v in mins.items():
            assert FLOORS[name][key] >= v, f"{name}.{key}: the house rule's minimum is {v}"


def test_seeds_meet_the_floor(shared, scorer, tmp_path):
    pred = _predict(shared / "seeds", tmp_path / "seeds.jsonl")
    _check(measure(scorer, shared / "eval" / "gold", pred), FLOORS["seeds"], "seeds")


def test_dev_set_meets_the_floor(shared, scorer, tmp_path):
    pred = _predict(shared / "eval" / "dev" / "docs", tmp_path / "dev.jsonl")
    _check(measure(scorer, shared / "eval" / "dev" / "gold", pred), FLOORS["dev"], "dev")


def test_examples_meet_their_golden_records(shared, scorer, tmp_path):
    stems = _example_stems()
    if not stems:
        pytest.fail("examples/gold holds no golden records")
    pred = _predict(EXAMPLES, tmp_path / "examples.jsonl", stems)
    _check(measure(scorer, EXAMPLES / "gold", pred), FLOORS["examples"], "examples")


def test_unseen_examples_meet_the_floor(shared, scorer, tmp_path):
    stems = {p.stem for p in (UNSEEN / "gold").glob("*.json")}
    if not stems:
        pytest.fail("examples/unseen/gold holds no golden records")
    pred = _predict(UNSEEN, tmp_path / "unseen.jsonl", stems)
    _check(measure(scorer, UNSEEN / "gold", pred), FLOORS["unseen"], "unseen")


def test_misreadings_are_counted(scorer, tmp_path):
    """The counter itself: a flipped sign and a wrong scale are found, a right reading is not."""
    gold = tmp_path / "gold"
    gold.mkdir()
    facts = [
        {"subject": "số doanh nghiệp", "value": -5, "unit": "doanh nghiệp", "role": "change", "raw": "5 doanh nghiệp"},
        {"subject": "vốn đầu tư", "value": 7e9, "unit": "VND", "role": "amount", "raw": "7 tỉ đồng"},
        {"subject": "thu ngân sách", "value": 12.5, "unit": "%", "role": "change_pct", "raw": "12,5%"},
    ]
    (gold / "d1.json").write_text(json.dumps({"doc": "d1", "facts": facts}, ensure_ascii=False), encoding="utf-8")
    pred = [dict(facts[0], value=5), dict(facts[1], value=7e6, raw="7 tỉ đồng"), dict(facts[2])]
    pp = tmp_path / "pred.jsonl"
    pp.write_text(json.dumps({"doc": "d1", "facts": pred}, ensure_ascii=False) + "\n", encoding="utf-8")
    m = misreadings(scorer, gold, pp)
    assert (m["sign_errors"], m["value_errors"]) == (1, 1), m["cases"]
    pred[0]["value"], pred[1]["value"] = -5, 7e9
    pp.write_text(json.dumps({"doc": "d1", "facts": pred}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert misreadings(scorer, gold, pp) == {"sign_errors": 0, "value_errors": 0, "cases": []}


def _scorer_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("soket_score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    """Print today's figures, and floors at measured - 0.01 (examples pinned) to paste into the file."""
    sc = _scorer_module()
    floors: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        runs = {
            "seeds": (SHARED / "seeds", SHARED / "eval" / "gold", None),
            "dev": (SHARED / "eval" / "dev" / "docs", SHARED / "eval" / "dev" / "gold", None),
            "examples": (EXAMPLES, EXAMPLES / "gold", _example_stems()),
            "unseen": (UNSEEN, UNSEEN / "gold", {p.stem for p in (UNSEEN / "gold").glob("*.json")}),
        }
        for name, (docs, gold, stems) in runs.items():
            got = measure(sc, gold, _predict(docs, Path(tmp) / f"{name}.jsonl", stems))
            print(f"{name}: {json.dumps({k: v for k, v in got.items() if k != 'cases'}, ensure_ascii=False)}")
            for c in got["cases"]:
                print("   ", c)

            def lo(x: float, name: str = name) -> float:
                return 1.0 if name == "examples" else max(0.0, round(x - 0.01, 3))

            floors[name] = {
                "documents_measured": got["documents"],
                "strict_f1": lo(got["strict_f1"]), "loose_f1": lo(got["loose_f1"]), "people_f1": lo(got["people_f1"]),
                "metadata": {k: lo(v) for k, v in got["metadata"].items() if v is not None},
                "attributes": {k: lo(v) for k, v in got["attributes"].items() if v is not None},
                **{k: max(v, lo(got[k])) for k, v in HOUSE.get(name, {}).items()},
                "sign_errors": 0 if name == "examples" else got["sign_errors"],
                "value_errors": 0 if name == "examples" else got["value_errors"],
            }
    print(json.dumps(floors, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
