#!/usr/bin/env python3
"""OCR benchmark: pages per second on one core over the scanned fixtures of
``tests/official/data/scans/``, and each form's strict F1 against the fixtures' gold, the scans'
beside the born-digital forms'. Prints figures; never pass/fail.

    .venv/bin/python bench/ocr_bench.py [--dpi 300]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "tests" / "official" / "data" / "scans"
SHARED = ROOT.parent / "shared"
BORN = ["yl_report.docx", "yl_report.pdf", "yl_norepeat.pdf"]
SCANNED = ["yl_scan.pdf", "yl_norepeat_scan.tif"]


def _strict_f1(facts: list[dict], gold: list[dict]) -> float | None:
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("score", path)
    sc = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(sc)
    pairs = sc.match_facts(facts, gold)
    strict = [p for p in pairs if sc.subject_ok(*p)]
    return sc.prf(len(strict), len(facts), len(gold))[2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dpi", type=int, default=None, help="render PDF pages at this resolution (SOKET_OCR_DPI)")
    a = ap.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract on one core
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from soket.extract import extract_document
    from soket.ingest import ReadOptions, load_path

    opts = ReadOptions(ocr_dpi=a.dpi) if a.dpi else ReadOptions()
    from soket.ingest.ocr import ocr_missing

    why = ocr_missing()
    if why:
        print(f"OCR cannot run: {why}", file=sys.stderr)
        return 1
    gold = json.loads((SCANS / "gold.json").read_text(encoding="utf-8"))["facts"]
    scores: dict[str, float | None] = {}
    pages = 0
    seconds = cpu = 0.0
    for name in BORN + SCANNED:
        t, c = time.perf_counter(), time.process_time()
        doc = load_path(SCANS / name, options=opts)
        rec = extract_document(doc).to_dict()
        dt = time.perf_counter() - t
        if name in SCANNED:
            pages += int(doc.meta.get("pages") or 0)
            seconds += dt
            cpu += time.process_time() - c
        scores[name] = _strict_f1(rec["facts"], gold)
        flags = sum(1 for f in rec["facts"] if f.get("ocr_flag"))
        print(f"{name:24} {dt:6.1f} s  facts {len(rec['facts']):3}  flagged {flags}  strict F1 "
              + (f"{scores[name]:.3f}" if scores[name] is not None else "n/a (no ../shared)"))
    print(f"OCR: {pages} pages in {seconds:.1f} s = {pages / seconds:.3f} pages/s on one core "
          f"({seconds / max(pages, 1):.1f} s a page, extraction included; {cpu / max(pages, 1):.1f} s of CPU "
          "a page: the wall time is longer on a busy machine)")
    born = [scores[n] for n in BORN if scores[n] is not None]
    if born:
        for n in SCANNED:
            s = scores[n]
            if s is not None:
                print(f"{n}: strict F1 {s:.3f} = {s / min(born):.3f} of the born-digital forms' ({min(born):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
