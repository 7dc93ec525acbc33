"""A batch run: inputs → shards → engine → Parquet tables, dead letters, summary; resumable.

Layout of ``--out DIR``::

    facts/part-<shard>.parquet             one file per shard and table (meetings/, people/, documents/)
    dead-letter.jsonl                      bad articles with their reason (merged at the end)
    summary.json                           counts, throughput, slowest documents
    _manifest/<shard>.json                 done-markers, written last by each shard
    _dead-letter/part-<shard>.jsonl        per-shard dead letters
    _run.json                              the settings the outputs depend on

A run started again with the same arguments skips every shard that has its manifest; a shard
without one is redone from scratch (its partial outputs are removed first).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import soket
from soket.batch import pool
from soket.batch.engines import make_engine
from soket.batch.sources import InputProblem, ShardTask, discover, iter_shards, known_total
from soket.batch.tables import TABLES, atomic_write_bytes, remove_shard_parts, sweep_temp
from soket.batch.worker import (
    DEAD_DIR,
    DEFAULT_EXTRACTOR,
    MANIFEST_DIR,
    WorkerConfig,
    dead_path,
    manifest_path,
)
from soket.errors import ConfigError
from soket.ingest import ReadOptions

RUN_FILE = "_run.json"


@dataclass(slots=True)
class BatchOptions:
    inputs: list[str]
    out: str
    engine: str = "local"
    workers: int | None = None
    scheduler: str | None = None
    shard_size: int = 250
    prefilter: bool = True
    max_bytes: int = 5 * 1024 * 1024
    time_limit: float = 60.0
    extractor: str = DEFAULT_EXTRACTOR
    slowest: int = 10
    ocr_page_seconds: float = 60.0
    read: ReadOptions = field(default_factory=ReadOptions)  # the settings' (OCR, budget); max_bytes above
    db: str | None = None
    fresh: bool = False


@dataclass(slots=True)
class _Tally:
    """What the shards of the current plan add up to."""

    shards: int = 0
    resumed: int = 0
    ran: int = 0
    failed: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0
    articles_this_run: int = 0
    extracted_this_run: int = 0
    skipped: int = 0
    extracted: int = 0
    dead: int = 0
    skipped_by: Counter[str] = field(default_factory=Counter)
    dead_by: Counter[str] = field(default_factory=Counter)
    rows: Counter[str] = field(default_factory=Counter)
    slowest: list[dict[str, Any]] = field(default_factory=list)
    db: Counter[str] = field(default_factory=Counter)
    db_seconds: float = 0.0
    cpu_this_run: float = 0.0  # the workers' CPU seconds in this run's shards

    def add(self, m: dict[str, Any], keep: int) -> None:
        self.articles += m["articles"]
        self.skipped += m["skipped"]
        self.extracted += m["extracted"]
        self.dead += m["dead"]
        self.skipped_by.update(m["skipped_by"])
        self.dead_by.update(m["dead_by"])
        self.rows.update(m["rows"])
        self.slowest = sorted([*self.slowest, *m["slowest"]], key=lambda x: -x["seconds"])[:keep]


def settings_fingerprint(o: BatchOptions) -> dict[str, Any]:
    """The settings a shard's outputs (and ids) depend on; a second run must match them."""
    from importlib import resources

    lex = resources.files("soket.lexicon").joinpath("batch_filter.yaml").read_bytes()
    return {"version": 2, "shard_size": o.shard_size, "prefilter": o.prefilter,
            "filter_lexicon_sha1": hashlib.sha1(lex).hexdigest() if o.prefilter else None,
            "extractor": o.extractor, "code_sha1": code_fingerprint(o.extractor), "max_bytes": o.max_bytes}


def code_fingerprint(extractor: str) -> str:
    """A hash of the code and data the rows come from: ingest, extract, the lexicons, the record
    model, the table layout, and the extractor's own module. A resumed run whose code changed would
    mix two versions of the extraction, so it is refused."""
    import importlib.util

    root = Path(soket.__file__).parent
    files: list[Path] = []
    for sub in ("ingest", "extract", "check", "lexicon"):
        files += [p for p in (root / sub).rglob("*") if p.suffix in (".py", ".yaml", ".json") and p.is_file()]
    files += [root / "model.py", root / "service.py", root / "batch" / "tables.py", root / "batch" / "worker.py"]
    spec = importlib.util.find_spec(extractor.partition(":")[0])
    if spec is not None and spec.origin and spec.origin.endswith(".py"):
        files.append(Path(spec.origin))
    h = hashlib.sha1()
    for p in sorted(set(files)):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def _prepare_out(o: BatchOptions) -> Path:
    out = Path(o.out)
    if o.fresh:
        for name in (*TABLES, MANIFEST_DIR, DEAD_DIR):
            shutil.rmtree(out / name, ignore_errors=True)
        for name in ("dead-letter.jsonl", "summary.json", RUN_FILE):
            (out / name).unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    want = settings_fingerprint(o)
    run_file = out / RUN_FILE
    if run_file.exists():
        have = json.loads(run_file.read_text(encoding="utf-8"))
        if have != want and any((out / MANIFEST_DIR).glob("*.json")):
            diff = ", ".join(f"{k}: {have.get(k)!r} → {v!r}" for k, v in want.items() if have.get(k) != v)
            raise ConfigError(f"{out} holds the outputs of a run with other settings ({diff}); "
                              "use --fresh to start over, or another --out")
    atomic_write_bytes(run_file, json.dumps(want, indent=1).encode())
    sweep_temp(out)  # no shard is in flight yet: temp files are what killed workers left
    return out


ProgressFn = Callable[[int, int, bool], None]
"""(raw articles just finished, extracted, resumed): ``resumed`` counts shards done by an earlier
run, which advance the count but must not count in this run's rate."""


def run_batch(o: BatchOptions, *, on_progress: ProgressFn | None = None,
              total_hint: Callable[[int | None], None] | None = None) -> dict[str, Any]:
    """Run (or resume) a batch; returns the summary, also written to ``DIR/summary.json``."""
    if o.shard_size < 1:
        raise ConfigError("--shard-size must be at least 1")
    if o.workers is not None and o.workers < 1:
        raise ConfigError("--workers must be at least 1")
    if o.engine == "local":
        pool.start()  # the workers' preload runs beside the set-up below
    out = _prepare_out(o)
    store = None
    if o.db:
        from soket.batch.dbload import open_db  # the store and SQLAlchemy: only for a load

        store = open_db(o.db)
    t0 = time.perf_counter()
    inputs, problems = discover(o.inputs)
    if total_hint is not None:
        total_hint(known_total(inputs))
    cfg = WorkerConfig(out=str(out.resolve()), prefilter=o.prefilter, max_bytes=o.max_bytes,
                       time_limit=o.time_limit, extractor=o.extractor, slowest=o.slowest,
                       ocr_page_seconds=o.ocr_page_seconds, read=o.read)
    done = {p.stem for p in (out / MANIFEST_DIR).glob("*.json")}
    tally = _Tally()
    plan: list[str] = []

    def finished(m: dict[str, Any], n: int, resumed: bool) -> None:
        tally.add(m, o.slowest)
        if on_progress is not None:
            on_progress(m["articles"] if resumed else n, m["extracted"], resumed)

    def todo() -> Iterator[ShardTask]:
        for task in iter_shards(inputs, o.shard_size, done.__contains__, problems.append):
            plan.append(task.spec.id)
            tally.shards += 1
            if task.payload is None:
                m = _read_manifest(out, task.spec.id)
                if m is not None:
                    tally.resumed += 1
                    finished(m, task.n, True)
                    continue
                done.discard(task.spec.id)  # an unreadable manifest: do the shard again
                again = next(iter_shards_one(inputs, o.shard_size, task.spec.id, problems), None)
                if again is None:
                    continue
                task = again
            yield task

    engine = make_engine(o.engine, o.workers, o.scheduler)
    try:
        for task, res in engine.run(todo(), cfg):
            if isinstance(res, BaseException):
                # a worker that died right after a shard it finished (its manifest written, the
                # news not yet sent) takes that shard down with it: the manifest says it is done
                res = _read_manifest(out, task.spec.id) or res
            if isinstance(res, BaseException):
                tally.failed.append({"shard": task.spec.id, "source": task.spec.source, "start": task.spec.start,
                                     "end": task.spec.end, "error": f"{type(res).__name__}: {res}"})
                if on_progress is not None:
                    on_progress(task.n, 0, False)
                continue
            tally.ran += 1
            tally.articles_this_run += res["articles"]
            tally.extracted_this_run += res["extracted"]
            tally.cpu_this_run += res.get("cpu_seconds", 0.0)
            finished(res, task.n, False)
    finally:
        engine.close()
    elapsed = time.perf_counter() - t0
    if store is not None:  # the bulk load: one writer, after the workers, then the history checks
        t1 = time.perf_counter()
        from soket.batch.dbload import load_shards

        try:
            tally.db.update(load_shards(store, out, plan))
        finally:
            store.close()
        tally.db_seconds = time.perf_counter() - t1
    _merge_dead_letters(out, plan, problems)
    orphans = _prune_orphans(out, plan) if not tally.failed else 0
    summary = _summary(o, engine, tally, problems, elapsed, orphans, len(inputs))
    atomic_write_bytes(out / "summary.json", json.dumps(summary, ensure_ascii=False, indent=1).encode())
    return summary


def iter_shards_one(inputs: Any, size: int, sid: str, problems: list[InputProblem]) -> Iterator[ShardTask]:
    """Reload one shard whose manifest turned out unreadable (rare: read its input again)."""
    for task in iter_shards(inputs, size, lambda s: s != sid, problems.append):
        if task.spec.id == sid:
            yield task
            return


def _read_manifest(out: Path, sid: str) -> dict[str, Any] | None:
    try:
        manifest: dict[str, Any] = json.loads(manifest_path(out, sid).read_text(encoding="utf-8"))
        return manifest
    except (OSError, ValueError):
        return None


def _merge_dead_letters(out: Path, plan: list[str], problems: list[InputProblem]) -> None:
    """``dead-letter.jsonl``: the per-shard files in plan order, then input problems."""
    final = out / "dead-letter.jsonl"
    tmp = out / f".dead-letter.jsonl.tmp-{os.getpid()}"
    with open(tmp, "wb") as w:
        for sid in plan:
            p = dead_path(out, sid)
            if p.exists():
                with open(p, "rb") as r:
                    shutil.copyfileobj(r, w)
        for pr in problems:
            w.write((json.dumps({"shard": None, "source": pr.source, "row": pr.row, "doc_id": None,
                                 "reason": pr.reason, "detail": pr.detail}, ensure_ascii=False) + "\n").encode())
    os.replace(tmp, final)


def _prune_orphans(out: Path, plan: list[str]) -> int:
    """Outputs of shards no longer in the plan (inputs changed or removed) are removed."""
    keep = set(plan)
    n = 0
    for m in (out / MANIFEST_DIR).glob("*.json"):
        if m.stem not in keep:
            remove_shard_parts(out, m.stem)
            dead_path(out, m.stem).unlink(missing_ok=True)
            m.unlink(missing_ok=True)
            n += 1
    return n


def _summary(o: BatchOptions, engine: Any, t: _Tally, problems: list[InputProblem], elapsed: float,
             orphans: int, n_inputs: int) -> dict[str, Any]:
    rate = t.articles_this_run / elapsed if elapsed > 0 else 0.0
    return {
        "out": str(Path(o.out)), "engine": engine.name, "workers": engine.workers, "shard_size": o.shard_size,
        "inputs": n_inputs,
        "shards": {"total": t.shards, "ran": t.ran, "resumed": t.resumed, "failed": len(t.failed),
                   "orphans_removed": orphans},
        "articles": t.articles, "skipped": t.skipped, "skipped_by": dict(sorted(t.skipped_by.items())),
        "extracted": t.extracted, "dead_letters": t.dead + len(problems),
        "dead_by": dict(sorted((t.dead_by + Counter(p.reason for p in problems)).items())),
        "rows": {k: t.rows.get(k, 0) for k in TABLES},
        "this_run": {"seconds": round(elapsed, 3), "articles": t.articles_this_run,
                     "extracted": t.extracted_this_run, "docs_per_s": round(rate, 1),
                     "extracted_per_s": round(t.extracted_this_run / elapsed, 1) if elapsed > 0 else 0.0,
                     # the workers' own CPU time: the cost of a document whatever else the machine runs
                     "worker_cpu_seconds": round(t.cpu_this_run, 3),
                     "cpu_ms_per_article": round(t.cpu_this_run / t.articles_this_run * 1e3, 4)
                     if t.articles_this_run else 0.0},
        "slowest": t.slowest,
        "failed_shards": t.failed,
        "input_problems": [{"source": p.source, "row": p.row, "reason": p.reason, "detail": p.detail}
                           for p in problems],
        **({"db": dict(sorted(t.db.items())), "db_seconds": round(t.db_seconds, 3)} if o.db else {}),
        "complete": not t.failed,
    }
