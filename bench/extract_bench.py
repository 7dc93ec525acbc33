#!/usr/bin/env python3
"""Extraction benchmark: documents per second on one core over the seeds, the dev set and the
project's examples, the seeds' and dev set's scores, and the first-sight scores of every document
recorded in ``bench/first_sight.json`` (with what the extractor scores on them now). Prints
figures; never pass/fail.

    .venv/bin/python bench/extract_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

from soket.ingest import iter_inputs, load_path
from soket.service import extract_checked as extract_document  # what `soket extract` runs: extract + checks

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    sets = {"seeds": SHARED / "seeds", "dev": SHARED / "eval" / "dev" / "docs", "examples": ROOT / "examples"}
    docs = []
    for d in sets.values():
        if d.exists():
            docs.extend(load_path(p) for p in iter_inputs([str(d)]) if p.suffix in (".txt", ".md", ".html"))
    if not docs:
        print("no documents found", file=sys.stderr)
        return 1
    for d in docs[:5]:
        extract_document(d)  # warm the lexicon caches
    t = time.perf_counter()
    for _ in range(a.repeat):
        for d in docs:
            extract_document(d)
    dt = time.perf_counter() - t
    n = len(docs) * a.repeat
    chars = sum(len(d.text) for d in docs) * a.repeat
    print(f"extraction: {n} documents in {dt:.2f} s = {n / dt:.0f} docs/s, {chars / dt / 1e6:.2f} M chars/s (one core)")
    t = time.perf_counter()
    for _ in range(a.repeat):
        for p in iter_inputs([str(sets["seeds"])]):
            extract_document(load_path(p))
    dt = time.perf_counter() - t
    print(f"ingest+extraction on the seeds: {5 * a.repeat / dt:.0f} docs/s")
    if (SHARED / "eval" / "score.py").exists():
        sc = _scorer()
        for name, gold in (("seeds", SHARED / "eval" / "gold"), ("dev", SHARED / "eval" / "dev" / "gold")):
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
                for p in iter_inputs([str(sets[name])]):
                    fh.write(json.dumps(extract_document(load_path(p)).to_dict(), ensure_ascii=False) + "\n")
            r = sc.score(gold, fh.name)
            meta = " ".join(f"{k}={v:.2f}" for k, v in r["metadata"].items())
            print(f"{name}: strict F1={r['strict']['f1']:.3f} loose F1={r['loose']['f1']:.3f} "
                  f"people F1={r['people']['f1']:.3f} | {meta}")
            Path(fh.name).unlink()
        _first_sight()
    return 0


def _first_sight() -> None:
    """First-sight figures of the documents added since issue 10, and today's on the same documents."""
    sys.path.insert(0, str(ROOT / "bench"))
    import first_sight as fs

    entries = fs.load()["documents"]
    if not entries:
        print("first sight: no documents recorded")
        return
    sc = fs.scorer()
    now = []
    for e in entries:
        path = ROOT / e["path"]
        gold = ROOT / e.get("gold", f"examples/unseen/gold/{path.stem}.json")
        if path.exists() and gold.exists():
            now.append({"first_sight": fs.score_one(path, gold, sc)})
    print(f"first sight ({fs.summary(entries)})")
    print(f"same documents now ({fs.summary(now)})")


if __name__ == "__main__":
    sys.exit(main())
