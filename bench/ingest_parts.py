"""Where an ingest's CPU goes (issue 12): ``ingest_documents`` over distinct copies of the real
reports into an empty store, CPU ms a document by part (reading, extraction, storing, linking to
meetings, the history recheck, the rest), SQL statements a document, and the ratio of the
ingest rate to the extraction rate; ``--dump FILE`` writes every table's rows (for a sameness
check of two versions of the code: ``cmp`` the dumps), ``--profile N`` prints cProfile's top N.

    PYTHONPATH=src .venv/bin/python bench/ingest_parts.py [--copies 2] [--db URL] [--dump F] [--profile 30]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

SKIP_COLUMNS = {"ingested_at", "made_at", "updated_at"}  # clocks, not content


def dump(url: str) -> dict[str, list[list[Any]]]:
    """Every table's rows (clock columns aside), sorted."""
    from sqlalchemy import create_engine, inspect, text

    eng = create_engine(url)
    out: dict[str, list[list[Any]]] = {}
    with eng.connect() as c:
        for t in sorted(inspect(eng).get_table_names()):
            cols = [x["name"] for x in inspect(eng).get_columns(t) if x["name"] not in SKIP_COLUMNS]
            rows = c.execute(text(f'SELECT {", ".join(chr(34) + x + chr(34) for x in cols)} FROM "{t}"')).all()
            out[t] = sorted([repr(v) for v in r] for r in rows)
    eng.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--db", help="an empty store (default: a temporary SQLite file)")
    ap.add_argument("--corpus", help="a folder of inputs made before (default: copies made here)")
    ap.add_argument("--dump", help="write every table's rows here (JSON)")
    ap.add_argument("--profile", type=int, default=0, help="print cProfile's top N by cumulative time")
    ap.add_argument("--sort", default="cumulative", help="the profile's order: cumulative or tottime")
    ap.add_argument("--runs", type=int, default=1, help="ingest the inputs in this many runs (a later run's "
                                                       "history recheck meets the documents of the earlier ones)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    from store_bench import corpus_copies

    import soket.service as svc
    from soket.check.sources import signature
    from soket.store import Store, sources

    tmp = Path(tempfile.mkdtemp(prefix="soket-parts-"))
    try:
        files = sorted(Path(a.corpus).iterdir()) if a.corpus else corpus_copies(tmp / "c", a.copies, "a")
        url = a.db or f"sqlite:///{tmp}/s.db"
        spent: dict[str, float] = {}
        depth = [0]

        def timed(part: str, fn: Callable[..., Any]) -> Callable[..., Any]:
            def wrapper(*args: Any, **kw: Any) -> Any:
                if depth[0]:
                    return fn(*args, **kw)
                depth[0] += 1
                c = time.process_time()
                try:
                    return fn(*args, **kw)
                finally:
                    spent[part] = spent.get(part, 0.0) + time.process_time() - c
                    depth[0] -= 1
            return wrapper

        svc.load_path = timed("reading", svc.load_path)  # type: ignore[assignment]
        svc.extract_checked = timed("extraction", svc.extract_checked)  # type: ignore[assignment]
        svc.extract_counted = timed("extraction", svc.extract_counted)  # type: ignore[assignment]  # the ingest's
        svc.store_records = timed("storing", svc.store_records)  # type: ignore[assignment]
        sources.link_documents = timed("linking", sources.link_documents)  # type: ignore[assignment]
        svc.recheck_history = timed("history recheck", svc.recheck_history)  # type: ignore[assignment]

        from sqlalchemy import event

        store = Store.open(url)
        statements = [0]

        def count(*_: Any) -> None:
            statements[0] += 1

        event.listen(store.engine, "before_cursor_execute", count)
        for f in files[:5]:  # warm the lexicon and the regexes, as extract_bench does
            svc.extract_checked(svc.load_path(f))
        signature("warm the source signatures: datasketch is imported on first use")
        spent.clear()
        prof = cProfile.Profile() if a.profile else None
        t, c = time.perf_counter(), time.process_time()
        if prof:
            prof.enable()
        step = -(-len(files) // max(1, a.runs))
        reps = [svc.ingest_documents(store, files[k:k + step]) for k in range(0, len(files), step)]
        if prof:
            prof.disable()
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        store.close()
        n = len(files)
        res: dict[str, Any] = {"docs": n, "stored": sum(r.count("stored") for r in reps),
                               "failed": sum(len(r.failed) for r in reps),
                               "cpu_ms_per_doc": 1000 * cpu / n, "wall_ms_per_doc": 1000 * wall / n,
                               "statements_per_doc": statements[0] / n,
                               "parts_ms_per_doc": {k: 1000 * v / n for k, v in spent.items()}}
        res["parts_ms_per_doc"]["rest"] = 1000 * (cpu - sum(spent.values())) / n
        ext = spent.get("extraction", 0.0) + spent.get("reading", 0.0)
        res["ratio_to_extraction"] = ext / cpu if cpu else 0.0
        if a.dump:
            Path(a.dump).write_text(json.dumps(dump(url), ensure_ascii=False, indent=0))
        if a.json:
            print(json.dumps(res))
        else:
            print(f"{n} docs ({res['stored']} stored, {res['failed']} failed): {res['cpu_ms_per_doc']:.2f} CPU ms a "
                  f"document, {res['statements_per_doc']:.1f} statements; ingest rate / extraction rate (reading "
                  f"+ extraction, CPU) {res['ratio_to_extraction']:.2f}")
            for k, v in sorted(res["parts_ms_per_doc"].items(), key=lambda kv: -kv[1]):
                print(f"  {k:<18} {v:6.2f} ms")
        if prof:
            pstats.Stats(prof).sort_stats(a.sort).print_stats(a.profile)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
