#!/usr/bin/env python3
"""Issue 12, tried and left out: the extraction compiled with mypyc. Builds a compiled copy of
``src/`` out of the tree (the modules named, by default every ``extract/`` module mypyc compiles
and the document checks), checks that its records equal the pure tree's (``same_outputs.py``), then
times the pure and the compiled tree alternately, each in a fresh process (CPU time: a cold pass,
then ``--passes`` repeated passes over the seeds, dev set and ``examples/``) and prints each pair and
the medians. Needs mypy (the ``[dev]`` extra ships mypyc), a C compiler and the Python headers.
Prints figures; the product stays pure Python (bench/README.md says why).

    PYTHONPATH=src .venv/bin/python bench/mypyc_bench.py [--pairs 4] [--passes 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# mypyc 2.4.1 fails on extract/tables.py (an internal error on ``x in ("a", *REST)``); text.py and
# tables.py compiled (with that line rewritten) add nothing measurable, so they stay out
DEFAULT = [*sorted(f"soket/extract/{p.name}" for p in (ROOT / "src" / "soket" / "extract").glob("*.py")
                   if p.name not in ("__init__.py", "tables.py")), "soket/check/rules.py", "soket/check/extracted.py"]

TIMER = """
import sys, time
from pathlib import Path
from soket.ingest import iter_inputs, load_path
from soket.service import extract_checked
root, shared = Path(sys.argv[1]), Path(sys.argv[1]).parent / "shared"
docs = [load_path(p) for d in (shared / "seeds", shared / "eval" / "dev" / "docs", root / "examples")
        if d.exists() for p in iter_inputs([str(d)]) if p.suffix in (".txt", ".md", ".html")]
t = time.process_time()
for d in docs:
    extract_checked(d)
first = len(docs) / (time.process_time() - t)
n = int(sys.argv[2])
t = time.process_time()
for _ in range(n):
    for d in docs:
        extract_checked(d)
print(len(docs), first, n * len(docs) / (time.process_time() - t))
"""


def _run(src: Path, passes: int) -> tuple[int, float, float]:
    out = subprocess.run([sys.executable, "-c", TIMER, str(ROOT), str(passes)], env={**os.environ, "PYTHONPATH": str(src)},
                         capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), float(out[1]), float(out[2])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=4)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--modules", nargs="*", default=DEFAULT, help="paths under src/ to compile")
    ap.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder)")
    a = ap.parse_args()
    if shutil.which("gcc") is None and shutil.which("cc") is None:
        print("no C compiler: nothing to compare", file=sys.stderr)
        return 1
    work = a.keep or Path(tempfile.mkdtemp(prefix="soket-mypyc-"))
    build = work / "src"
    shutil.rmtree(build, ignore_errors=True)
    shutil.copytree(ROOT / "src", build, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copy(ROOT / "pyproject.toml", work)  # mypy's settings (untyped libraries), found from src/ upwards
    t = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "mypyc", *a.modules], cwd=build, capture_output=True, text=True)
    if r.returncode:
        print(r.stdout[-3000:] + r.stderr[-2000:], file=sys.stderr)
        return 1
    print(f"mypyc: {len(a.modules)} modules compiled in {time.monotonic() - t:.0f} s (wall) into {build}")
    dump = work / "pure.json"
    same = [sys.executable, str(ROOT / "bench" / "same_outputs.py")]
    subprocess.run([*same, "dump", str(dump)], env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, check=True,
                   capture_output=True)
    r = subprocess.run([*same, "cmp", str(dump)], env={**os.environ, "PYTHONPATH": str(build)}, capture_output=True,
                       text=True)
    print("compiled against pure:", (r.stdout.strip() or r.stderr.strip()[-2000:]))
    rows: dict[str, list[tuple[float, float]]] = {"pure": [], "compiled": []}
    n = 0
    for i in range(a.pairs):
        for name, src in (("pure", ROOT / "src"), ("compiled", build)):
            n, first, rate = _run(src, a.passes)
            rows[name].append((first, rate))
        load = os.getloadavg()[0]
        print(f"pair {i + 1}: pure {rows['pure'][-1][0]:.0f} / {rows['pure'][-1][1]:.0f} docs/s, "
              f"compiled {rows['compiled'][-1][0]:.0f} / {rows['compiled'][-1][1]:.0f} (first pass / repeated; "
              f"load {load:.1f})")
    med = {k: (statistics.median(f for f, _ in v), statistics.median(r for _, r in v)) for k, v in rows.items()}
    print(f"{n} documents; medians: first pass {med['pure'][0]:.0f} -> {med['compiled'][0]:.0f} docs/s "
          f"({med['compiled'][0] / med['pure'][0]:.2f}x), repeated passes {med['pure'][1]:.0f} -> "
          f"{med['compiled'][1]:.0f} docs/s ({med['compiled'][1] / med['pure'][1]:.2f}x)")
    if a.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if r.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
