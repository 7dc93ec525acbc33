#!/usr/bin/env python3
"""Linear-time benchmark: µs per character of reading + extraction for one ~2 KB report and the
same report repeated ×10 … ×800 in one file, on one core, and a ~5 MB document. Prints ratios to
the ×1 figure from the same run (target: every ratio ≤ 1.5; the 5 MB document under 5 s).
Prints figures; never pass/fail.

    .venv/bin/python bench/linear_bench.py [--max 800] [--mb 5] [--frozen]

``--frozen``: the large document read and extracted a second time inside ``service.frozen_heap`` (``gc.freeze``), as
the store's ingest and the batch workers run extraction: the collector's full passes then skip the lexicons and
patterns loaded before (extraction itself leaves the collector alone: a host's decision).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from soket.extract import extract_document
from soket.ingest import load_bytes

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "examples" / "ex01_yenthe_bch_6thang.txt"


def _run(data: bytes) -> tuple[float, int, int]:
    t = time.process_time()
    doc = load_bytes(data, name="report.txt")
    rec = extract_document(doc)
    return time.process_time() - t, len(doc.text), len(rec.facts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=800, help="largest repetition")
    ap.add_argument("--mb", type=float, default=5.0, help="size of the large document (MB)")
    ap.add_argument("--frozen", action="store_true", help="the large document again inside service.frozen_heap")
    a = ap.parse_args()
    base = REPORT.read_bytes().rstrip() + b"\n\n"
    _run(base)  # warm the lexicon caches
    small = min(_run(base)[0] for _ in range(20))
    n_small = len(base.decode())
    per1 = small / n_small * 1e6
    print(f"report: {REPORT.name}, {len(base)} bytes, {n_small} chars")
    print(f"{'×':>6} {'chars':>10} {'facts':>7} {'seconds':>8} {'µs/char':>8} {'ratio':>6}")
    print(f"{1:>6} {n_small:>10} {'':>7} {small:>8.4f} {per1:>8.3f} {1.0:>6.2f}")
    k = 10
    while k <= a.max:
        dt, n, nf = _run(base * k)
        per = dt / n * 1e6
        print(f"{k:>6} {n:>10} {nf:>7} {dt:>8.3f} {per:>8.3f} {per / per1:>6.2f}")
        k = k * 2 if k >= 100 else k * 10
    reps = max(1, int(a.mb * 1e6 / len(base)))
    dt, n, nf = _run(base * reps)
    print(f"{len(base) * reps / 1e6:.1f} MB document ({n} chars, {nf} facts): {dt:.2f} s CPU "
          f"({dt / n * 1e6:.3f} µs/char, ratio {dt / n * 1e6 / per1:.2f})")
    if a.frozen:
        from soket.service import frozen_heap

        with frozen_heap():
            dt_f, n, nf = _run(base * reps)
        print(f"the same inside service.frozen_heap (gc.freeze, as ingest and batch run it): {dt_f:.2f} s CPU "
              f"({dt_f / n * 1e6:.3f} µs/char)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
