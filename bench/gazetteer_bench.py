#!/usr/bin/env python3
"""Gazetteer benchmark: the index's load time (best of N cold loads) and a cached lookup's time.
Prints figures; never pass/fail (tests/extract/test_gazetteer.py counts operations instead).

    .venv/bin/python bench/gazetteer_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time

import soket.lexicon as lexicon
import soket.lexicon.schema  # noqa: F401  (pydantic is loaded by the pipeline anyway)
from soket.extract import gazetteer as gz


def _clear() -> None:
    for f in (lexicon.load, lexicon.load_json, gz._index, gz._find, gz._syllables, gz._split,
              gz.names_pattern_keys):
        f.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    loads = []
    for _ in range(a.repeat):
        _clear()
        t = time.perf_counter()
        gz._index()
        loads.append(time.perf_counter() - t)
    n = 100_000
    gz.lookup("Phúc Yên", kind="thành phố", year=2021)
    t = time.perf_counter()
    for _ in range(n):
        gz.lookup("Phúc Yên", kind="thành phố", year=2021)
    per = (time.perf_counter() - t) / n
    print(f"gazetteer load: best {min(loads) * 1000:.0f} ms, worst {max(loads) * 1000:.0f} ms over {a.repeat}")
    print(f"cached lookup: {per * 1e6:.2f} µs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
