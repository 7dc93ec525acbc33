#!/usr/bin/env python3
"""Regex calls of one extraction pass (issue 12): how many searches, matches, ... the extractor makes over the
extraction bench's documents (the seeds, the dev set, ``examples/`` and ``examples/unseen/``, as
``extract_bench.py`` reads them), after a warm pass, by method and by call site (file:line, the pattern's opening).
A search that cannot match is one to skip (a pre-test on a literal, a gate on the word before a figure, a lookahead
for the pattern's first characters: :mod:`soket.extract.prefilter`). Counts, no timings (a profile hook makes every
call slower). Prints figures; never pass/fail.

    PYTHONPATH=src .venv/bin/python bench/regex_calls.py [--top 30]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path
from typing import Any

from soket.ingest import iter_inputs, load_path
from soket.service import extract_checked

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_METHODS = frozenset({"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=30, help="call sites listed, most calls first")
    a = ap.parse_args()
    docs = []
    for d in (SHARED / "seeds", SHARED / "eval" / "dev" / "docs", ROOT / "examples"):
        if d.exists():
            docs.extend(load_path(p) for p in iter_inputs([str(d)]) if p.suffix in (".txt", ".md", ".html"))
    for doc in docs:
        extract_checked(doc)  # warm: the lexicons' patterns compiled
    calls: collections.Counter[tuple[str, str]] = collections.Counter()
    opening: dict[tuple[str, str], str] = {}

    def hook(frame: Any, event: str, arg: Any) -> None:
        if event == "c_call" and type(getattr(arg, "__self__", None)) is re.Pattern and arg.__name__ in _METHODS:
            key = (arg.__name__, f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}")
            calls[key] += 1
            opening.setdefault(key, arg.__self__.pattern[:60])

    sys.setprofile(hook)
    try:
        for doc in docs:
            extract_checked(doc)
    finally:
        sys.setprofile(None)
    by_method: collections.Counter[str] = collections.Counter()
    for (method, _), n in calls.items():
        by_method[method] += n
    print(f"{len(docs)} documents, one pass: {sum(calls.values()):,} regex calls "
          + ", ".join(f"{m} {n:,}" for m, n in by_method.most_common()))
    for (method, site), n in calls.most_common(a.top):
        print(f"{n:8,} {method:9s} {site:28s} {opening[(method, site)]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
