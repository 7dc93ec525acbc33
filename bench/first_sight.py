#!/usr/bin/env python3
"""First-sight scores: a new annotated document is scored once, before any rule is written for it,
and the figures are kept in ``bench/first_sight.json``. They are the honest measure of how the
extractor does on text it was not tuned for; ``bench/extract_bench.py`` prints them.

    .venv/bin/python bench/first_sight.py add examples/unseen/ex20_x.txt [--gold examples/unseen/gold] [--by NAME]
    .venv/bin/python bench/first_sight.py show

``add`` refuses a document already recorded: a first sight happens once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "bench" / "first_sight.json"
META = ("body_kind", "locality", "locality_kind", "province", "session", "date", "period", "chairs", "authors")


def scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def load() -> dict[str, Any]:
    if DATA.exists():
        return json.loads(DATA.read_text(encoding="utf-8"))
    return {"documents": []}


def score_one(path: Path, gold: Path, sc: Any | None = None) -> dict[str, Any]:
    """Counts for one document: facts (gold, predicted, loose, strict), metadata right (1) or
    wrong (0) per field, people (true positives, predicted, gold)."""
    from soket.extract import extract_document
    from soket.ingest import load_path

    sc = sc or scorer()
    rec = extract_document(load_path(path)).to_dict()
    with tempfile.TemporaryDirectory() as tmp:
        g = Path(tmp) / "gold"
        g.mkdir()
        (g / f"{path.stem}.json").write_bytes(gold.read_bytes())
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
        r = sc.score(g, pred)
    f = r["facts"]
    pn = sc.name_set(rec.get("people"))
    gn = sc.name_set(json.loads(gold.read_text(encoding="utf-8")).get("people"))
    return {
        "facts": {"gold": f["gold"], "predicted": f["predicted"], "loose": f["loose_match"], "strict": f["strict_match"]},
        "metadata": {k: round(r["metadata"][k]) for k in META},
        "people": {"tp": len(pn & gn), "predicted": len(pn), "gold": len(gn)},
    }


def summary(entries: list[dict[str, Any]], key: str = "first_sight") -> str:
    """One line: micro strict/loose F1, people F1 and per-field metadata accuracy over entries."""
    if not entries:
        return "no documents"
    tot = {"gold": 0, "predicted": 0, "loose": 0, "strict": 0}
    ppl = {"tp": 0, "predicted": 0, "gold": 0}
    meta = dict.fromkeys(META, 0)
    for e in entries:
        s = e[key]
        for k in tot:
            tot[k] += s["facts"][k]
        for k in ppl:
            ppl[k] += s["people"][k]
        for k in META:
            meta[k] += s["metadata"][k]

    def f1(tp: int, npred: int, ngold: int) -> float:
        p = tp / npred if npred else (1.0 if not ngold else 0.0)
        r = tp / ngold if ngold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    m = " ".join(f"{k}={v / len(entries):.2f}" for k, v in meta.items())
    return (f"{len(entries)} docs: strict F1={f1(tot['strict'], tot['predicted'], tot['gold']):.3f} "
            f"loose F1={f1(tot['loose'], tot['predicted'], tot['gold']):.3f} "
            f"people F1={f1(ppl['tp'], ppl['predicted'], ppl['gold']):.3f} | {m}")


def _rel(p: Path) -> str:
    r = p.resolve()
    return str(r.relative_to(ROOT)) if r.is_relative_to(ROOT) else str(r)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a_add = sub.add_parser("add", help="score new documents once and record the figures")
    a_add.add_argument("paths", nargs="+", type=Path)
    a_add.add_argument("--gold", type=Path, default=ROOT / "examples" / "unseen" / "gold")
    a_add.add_argument("--by", default="")
    sub.add_parser("show", help="print the recorded first-sight figures")
    a = ap.parse_args()
    data = load()
    if a.cmd == "show":
        for e in data["documents"]:
            print(e["doc"], e["added"], summary([e]))
        print("all:", summary(data["documents"]))
        return 0
    sc = scorer()
    seen = {e["doc"] for e in data["documents"]}
    for p in a.paths:
        if p.stem in seen:
            print(f"{p.stem}: already recorded, a first sight happens once", file=sys.stderr)
            return 1
        gold = a.gold / f"{p.stem}.json"
        entry = {"doc": p.stem, "path": _rel(p), "gold": _rel(gold),
                 "added": dt.date.today().isoformat(), "by": a.by, "first_sight": score_one(p, gold, sc)}
        data["documents"].append(entry)
        print(p.stem, summary([entry]))
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
