#!/usr/bin/env python3
"""Extraction benchmark: documents per second on one core (CPU time) over the seeds, the dev set and
the project's examples (``examples/`` and ``examples/unseen/``): what issue 12 calls "the 61
reports" (more since: the run prints which folders and how many); beside it, in the same run, the peers of issue 12 over the same texts when installed (the
``[peers]`` extra: underthesea ``word_tokenize``, pyvi ``ViTokenizer.tokenize``) and the ratios;
then the seeds' and dev set's scores, and the first-sight scores of every document recorded in
``bench/first_sight.json`` (with what the extractor scores on them now). Prints figures; never
pass/fail.

    .venv/bin/python bench/extract_bench.py [--repeat N] [--no-peers] [--peers-python PATH]

``--peers-python``: the Python of another environment that holds the peers (their own
dependencies need not fit soket's): they are timed there, in a child process, over the same texts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from soket.ingest import iter_inputs, load_path
from soket.service import extract_checked as extract_document  # what `soket extract` runs: extract + checks

ROOT = Path(__file__).resolve().parents[1]
#: the inputs timed: text copies, pages, and written reports as Word and PDF files (scans left out: OCR is no extraction)
DOC_SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")
SHARED = ROOT.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--no-peers", action="store_true", help="skip underthesea and pyvi")
    ap.add_argument("--peers-python", help="time the peers with this interpreter (an environment of their own)")
    a = ap.parse_args()
    sets = {"seeds": SHARED / "seeds", "dev": SHARED / "eval" / "dev" / "docs", "examples": ROOT / "examples"}
    docs = []
    for name, d in sets.items():
        # the written reports copied as .docx and .pdf too (read once, outside the timing; their extraction timed)
        paths = [p for p in iter_inputs([str(d)]) if p.suffix in DOC_SUFFIXES] if d.exists() else []
        for folder in sorted({p.parent for p in paths}):
            print(f"{name}: {sum(p.parent == folder for p in paths)} documents from {folder}")
        docs.extend(load_path(p) for p in paths)
    if not docs:
        print("no documents found", file=sys.stderr)
        return 1
    sizes = sorted(len(d.text.encode()) for d in docs)
    print(f"{len(docs)} documents, median {sizes[len(sizes) // 2] / 1000:.1f} KB, {sum(sizes) / 1e6:.2f} MB in all")
    for d in docs[:5]:
        extract_document(d)  # warm the lexicon caches
    texts = [d.text for d in docs]
    # the first pass meets most strings for the first time (the extractor caches lowered and folded
    # words and phrases by string); the repeated passes show the rate once the caches hold them
    _rate("first pass (string caches cold)", lambda: [extract_document(d) for d in docs], texts, 1)
    # new documents in a long run: the lexicons' patterns and tables built, every memo of strings emptied
    n = _clear_string_caches()
    _rate(f"new documents ({n} string caches emptied, set-up kept)", lambda: [extract_document(d) for d in docs], texts, 1)
    rate = _rate("extraction (extract + checks)", lambda: [extract_document(d) for d in docs], texts, a.repeat)
    if a.peers_python:
        for name, peer in _peers_elsewhere(a.peers_python, texts, max(1, a.repeat // 4)):
            print(f"  extraction / {name} = {rate / peer:.1f}x")
    elif not a.no_peers:
        for name, fn in _peers():
            fn(texts[0])  # load the peer's model
            peer = _rate(name, lambda fn=fn: [fn(t) for t in texts], texts, max(1, a.repeat // 4))
            print(f"  extraction / {name} = {rate / peer:.1f}x")
    t = time.process_time()
    for _ in range(a.repeat):
        for p in iter_inputs([str(sets["seeds"])]):
            extract_document(load_path(p))
    dt = time.process_time() - t
    print(f"reading + extraction on the seeds: {5 * a.repeat / dt:.0f} docs/s (CPU)")
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


def _clear_string_caches() -> int:
    """Empty the memos of strings (bounded ``lru_cache``s, :mod:`soket.text`'s string caches), keeping what is
    built once (the lexicons' patterns, the gazetteer's tables: unbounded caches): a pass after it reads the
    documents as new ones in a long run. Returns how many caches were emptied."""
    import functools
    import gc

    from soket.text import _ByString

    n = 0
    for o in gc.get_objects():
        if isinstance(o, functools._lru_cache_wrapper) and o.cache_info().maxsize is not None:
            o.cache_clear()
            n += 1
        elif isinstance(o, _ByString):
            o.clear()
            n += 1
    return n


def _rate(name: str, run: Callable[[], object], texts: list[str], repeat: int) -> float:
    """Documents per CPU second of ``run`` (one pass over ``texts``), printed."""
    t = time.process_time()
    for _ in range(repeat):
        run()
    dt = time.process_time() - t
    n, chars = len(texts) * repeat, sum(len(x) for x in texts) * repeat
    print(f"{name}: {n} documents in {dt:.2f} s CPU = {n / dt:.0f} docs/s, {chars / dt / 1e6:.2f} M chars/s (one core)")
    return n / dt


_PEER_CHILD = """
import json, sys, time
texts, repeat = json.load(open(sys.argv[1], encoding="utf-8")), int(sys.argv[2])
peers = []
try:
    from underthesea import word_tokenize
    peers.append(("underthesea word_tokenize", word_tokenize))
except ImportError:
    print(json.dumps({"skipped": "underthesea"}))
try:
    from pyvi import ViTokenizer
    peers.append(("pyvi ViTokenizer.tokenize", ViTokenizer.tokenize))
except ImportError:
    print(json.dumps({"skipped": "pyvi"}))
for name, fn in peers:
    fn(texts[0])
    t = time.process_time()
    for _ in range(repeat):
        for x in texts:
            fn(x)
    print(json.dumps({"name": name, "cpu": time.process_time() - t}))
"""


def _peers_elsewhere(python: str, texts: list[str], repeat: int) -> list[tuple[str, float]]:
    """The peers' docs/s (CPU) timed by ``python`` over ``texts``, printed as :func:`_rate` does."""
    import subprocess

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(texts, fh, ensure_ascii=False)
    try:
        out = subprocess.run([python, "-c", _PEER_CHILD, fh.name, str(repeat)], capture_output=True, text=True,
                             check=True).stdout
    finally:
        Path(fh.name).unlink()
    rates = []
    n, chars = len(texts) * repeat, sum(len(x) for x in texts) * repeat
    for line in out.splitlines():
        r = json.loads(line)
        if "skipped" in r:
            print(f"{r['skipped']}: not installed in {python}, skipped")
            continue
        print(f"{r['name']} ({python}): {n} documents in {r['cpu']:.2f} s CPU = {n / r['cpu']:.0f} docs/s, "
              f"{chars / r['cpu'] / 1e6:.2f} M chars/s (one core)")
        rates.append((r["name"], n / r["cpu"]))
    return rates


def _peers() -> list[tuple[str, Callable[[str], object]]]:
    """The tokenisers issue 12 compares with, those installed (``pip install .[peers]``)."""
    out: list[tuple[str, Callable[[str], object]]] = []
    try:
        from underthesea import word_tokenize

        out.append(("underthesea word_tokenize", word_tokenize))
    except ImportError:
        print("underthesea: not installed, skipped")
    try:
        from pyvi import ViTokenizer

        out.append(("pyvi ViTokenizer.tokenize", ViTokenizer.tokenize))
    except ImportError:
        print("pyvi: not installed, skipped")
    return out


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
