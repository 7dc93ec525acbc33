#!/usr/bin/env python3
"""Same outputs before and after a speed change: dump the records (extraction + checks, and the
bare extraction) of every document of the seeds, the dev set, ``examples/``, ``examples/unseen/``
and ``examples/official/``, plus one report repeated ×20, as JSON; then compare a later tree's
records with the dump, document by document. Prints the documents that differ; exit 1 if any.

    PYTHONPATH=src .venv/bin/python bench/same_outputs.py dump /tmp/before.json
    ... change the code ...
    PYTHONPATH=src .venv/bin/python bench/same_outputs.py cmp /tmp/before.json

To compare with another tree's code (main, after a rebase), run ``dump`` with PYTHONPATH pointing at
that tree's ``src`` (``git archive main src | tar -x -C /tmp/x``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from soket.extract import extract_document
from soket.ingest import iter_inputs, load_bytes, load_path
from soket.service import extract_checked

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FOLDERS = [SHARED / "seeds", SHARED / "eval" / "dev" / "docs", ROOT / "examples", ROOT / "examples" / "unseen",
           ROOT / "examples" / "official"]


def records() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for folder in FOLDERS:
        if not folder.exists():
            continue
        for p in sorted(iter_inputs([str(folder)])):
            if p.parent != folder:
                continue
            try:
                doc = load_path(p)
            except Exception as e:  # a refusal is an output too
                out[str(p.relative_to(folder.parent))] = repr(e)
                continue
            out[str(p.relative_to(folder.parent))] = [extract_checked(doc).to_dict(), extract_document(doc).to_dict()]
    base = (ROOT / "examples" / "ex01_yenthe_bch_6thang.txt").read_bytes().rstrip() + b"\n\n"
    out["ex01 x20"] = extract_document(load_bytes(base * 20, name="report.txt")).to_dict()
    return json.loads(json.dumps(out, ensure_ascii=False, sort_keys=True, default=str))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["dump", "cmp"])
    ap.add_argument("path", type=Path)
    a = ap.parse_args()
    now = records()
    if a.mode == "dump":
        a.path.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"{len(now)} documents dumped to {a.path}")
        return 0
    before = json.loads(a.path.read_text(encoding="utf-8"))
    differ = sorted(k for k in set(before) | set(now) if before.get(k) != now.get(k))
    print(f"{len(now)} documents, {len(differ)} differ" + (": " + ", ".join(differ) if differ else ""))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
