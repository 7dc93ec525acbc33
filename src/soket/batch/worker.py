"""One shard, start to finish, inside a worker process (a local pool process or a Dask worker).

Raw articles → decode → pre-filter → ingest → extract → rows → Parquet parts, written atomically;
bad articles go to the shard's dead-letter file; the manifest (the done-marker) is written last.
A shard either has its manifest and all its outputs, or it is not done and is redone next run.
"""

from __future__ import annotations

import gc
import heapq
import importlib
import json
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from soket.batch.prefilter import lexicon, missing_group
from soket.batch.sources import Range, ShardSpec, read_jsonl_lines, read_parquet_rows
from soket.batch.tables import TABLES, ShardTables, atomic_write_bytes, remove_shard_parts
from soket.check.extracted import extract_checked
from soket.errors import SoketError
from soket.ingest import ReadOptions, budget, load_path, load_text
from soket.model import Document, Record

DEFAULT_EXTRACTOR = "soket.extract:extract_document"
MANIFEST_DIR = "_manifest"
DEAD_DIR = "_dead-letter"


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    out: str
    prefilter: bool = True
    max_bytes: int = 5 * 1024 * 1024
    time_limit: float = 60.0
    extractor: str = DEFAULT_EXTRACTOR
    slowest: int = 10
    ocr_page_seconds: float = 60.0  # the OCR budget of one page of a scan (Budget.ocr_page_seconds)
    read: ReadOptions = field(default_factory=ReadOptions)  # OCR on/dpi, one document's budget (max_bytes above)


OCR_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
OCR_PAGES = 20  # reading a scan may take this many pages' OCR budget on top of the time limit


class DocTimeout(BaseException):  # not an Exception: an extractor's `except Exception` must not eat it
    """The time limit of one document ran out."""


@dataclass(slots=True)
class Article:
    doc_id: str
    row: int | None
    doc: Document | None = None  # files: loaded; archives: built after the filter
    url: str | None = None
    title: str | None = None
    date: str | None = None
    text: str | None = None


class Dead(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def manifest_path(out: Path, shard: str) -> Path:
    return out / MANIFEST_DIR / f"{shard}.json"


def dead_path(out: Path, shard: str) -> Path:
    return out / DEAD_DIR / f"part-{shard}.jsonl"


@cache
def _extractor(spec: str) -> Callable[[Document], Record]:
    mod, _, name = spec.partition(":")
    fn: Callable[[Document], Record] = getattr(importlib.import_module(mod), name or "extract_document")
    return fn


def pool_init(cfg: WorkerConfig, parent: int) -> None:
    """Initializer of a local pool process: warm up, and exit when the parent is gone."""
    warm(cfg)
    threading.Thread(target=_watch_parent, args=(parent,), name="soket-parent-watch", daemon=True).start()


def _watch_parent(parent: int, every: float = 0.5) -> None:
    """A killed parent (SIGKILL, out of memory) leaves its pool processes behind: they end here.

    A parent nobody has reaped yet is a zombie that still answers ``kill(pid, 0)``, so its state
    is read from /proc where there is one.
    """
    while True:
        time.sleep(every)
        if not _alive(parent):
            os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone, or the pid now belongs to someone else
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            state = f.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in (b"Z", b"X")


def warm(cfg: WorkerConfig) -> None:
    """Import the extractor and compile the filter once per process (pool initializer)."""
    extract = _extractor(cfg.extractor)
    lex = lexicon()
    try:  # the first document of a process pays for lazy regex compiles: pay it here

        for text in lex.examples.keep[:1]:
            extract(load_text(text, doc="warm-up"))
    except Exception:  # a broken extractor shows itself on real documents, as dead letters
        pass


def warm_frozen(cfg: WorkerConfig) -> None:
    """:func:`warm`, then every object alive (soket, the lexicons, the compiled patterns: ~180,000)
    out of the garbage collector's reach (``gc.freeze``): a worker's collections never walk them
    again. The local pool's forkserver does it once for all its workers
    (:mod:`soket.batch.preload`), each Dask worker when the run starts."""
    warm(cfg)
    gc.freeze()


class _Limit:
    """A hard per-document time limit (SIGALRM) in a process's main thread; elsewhere (Dask
    worker threads) a soft one: the document still runs to its end, then counts as over time."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.hard = seconds > 0 and threading.current_thread() is threading.main_thread()

    def __enter__(self) -> _Limit:
        if self.hard:
            self._old = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def _fire(self, signum: int, frame: Any) -> None:
        raise DocTimeout

    def __exit__(self, *exc: object) -> None:
        if self.hard:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old)


def _excerpt(raw: Any, n: int = 200) -> str:
    if isinstance(raw, bytes):
        return raw[:n].decode("utf-8", "backslashreplace")
    return str(raw)[:n]


def _articles(spec: ShardSpec, payload: Any, cfg: WorkerConfig, dead: list[dict[str, Any]]
              ) -> Iterator[Article]:
    """Decode the raw articles of a shard; the undecodable go to ``dead``."""
    name = Path(spec.source).name
    if spec.kind == "files":
        # OCR bounds each page by the run's page budget, carried by the document's budget (not os.environ)
        doc_budget = replace(cfg.read.budget, ocr_page_seconds=cfg.ocr_page_seconds)
        for i, path in enumerate(payload):
            scan = cfg.time_limit > 0 and Path(path).suffix.lower() in OCR_SUFFIXES
            limit = cfg.time_limit + OCR_PAGES * cfg.ocr_page_seconds if scan else cfg.time_limit
            try:
                with _Limit(limit), budget.metered(doc_budget, reuse=False):
                    doc = load_path(path, max_bytes=cfg.max_bytes, options=cfg.read)
            except DocTimeout:
                dead.append(_dead(spec, path, spec.start + i, path, "over_time_limit",
                                  f"reading the file took over {limit:g} s"))
                continue
            except SoketError as e:
                reason = "over_size_limit" if e.code == "limit_exceeded" else e.code
                dead.append(_dead(spec, path, spec.start + i, path, reason, e.message))
                continue
            except Exception as e:
                dead.append(_dead(spec, path, spec.start + i, path, "input_error", f"{type(e).__name__}: {e}"))
                continue
            doc.path = path
            yield Article(path, None, doc=doc, title=doc.title, date=doc.published)
        return
    if spec.kind == "jsonl":
        lines = read_jsonl_lines(payload) if isinstance(payload, Range) else payload
        rows: Iterator[tuple[int, Any]] = ((spec.start + i, x) for i, x in enumerate(lines) if x is not None)
    else:
        rows = enumerate(read_parquet_rows(payload).to_pylist(), start=spec.start)
    for row, raw in rows:
        doc_id = f"{name}#{row}"
        try:
            yield _article(doc_id, row, raw, cfg)
        except Dead as d:
            dead.append(_dead(spec, spec.source, row, doc_id, d.reason, d.detail, raw))


def _article(doc_id: str, row: int, raw: Any, cfg: WorkerConfig) -> Article:
    if isinstance(raw, bytes):
        if len(raw) > cfg.max_bytes:
            raise Dead("over_size_limit", f"line is {len(raw)} bytes, over the limit of {cfg.max_bytes}")
        try:
            raw = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as e:
            raise Dead("undecodable", f"not UTF-8: {e}") from e
        except ValueError as e:
            raise Dead("undecodable", f"not JSON: {e}") from e
    if not isinstance(raw, dict):
        raise Dead("bad_record", f"a JSON {type(raw).__name__}, not an object")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Dead("bad_record", "no text" if text is None or isinstance(text, str) else
                   f"text is a {type(text).__name__}, not a string")
    if len(text) * 4 > cfg.max_bytes and len(text.encode("utf-8")) > cfg.max_bytes:
        raise Dead("over_size_limit", f"text is over the limit of {cfg.max_bytes} bytes")
    date = raw.get("date")
    return Article(doc_id, row, url=_str(raw.get("url")), title=_str(raw.get("title")),
                   date=None if date is None else str(date)[:32], text=text)


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def _dead(spec: ShardSpec, source: str, row: int | None, doc_id: str, reason: str, detail: str,
          raw: Any = None) -> dict[str, Any]:
    d = {"shard": spec.id, "source": source, "row": row, "doc_id": doc_id, "reason": reason, "detail": detail}
    if raw is not None:
        d["excerpt"] = _excerpt(raw if isinstance(raw, bytes) else json.dumps(raw, ensure_ascii=False,
                                                                                 default=str))
    return d


def _where(e: BaseException, frames: int = 3) -> str:
    """The innermost frames of an exception's traceback, one line each: enough to find the bug."""
    import traceback

    tb = traceback.extract_tb(e.__traceback__)[-frames:]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(tb))


def _document(a: Article) -> Document:
    if a.doc is not None:
        return a.doc

    doc = load_text(a.text or "", doc=a.doc_id)
    doc.title, doc.published, doc.path = a.title, a.date, a.url
    if a.url:
        doc.meta["url"] = a.url
    return doc


def process_shard(spec: ShardSpec, payload: Any, cfg: WorkerConfig) -> dict[str, Any]:
    """Process one shard and write its outputs; returns its manifest (also written, last)."""
    t0 = time.perf_counter()
    c0 = time.process_time()
    out = Path(cfg.out)
    remove_shard_parts(out, spec.id)
    extract = _extractor(cfg.extractor)
    dead: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    tables = ShardTables()
    slow: list[tuple[float, str, int]] = []
    n_articles = n_extracted = 0
    limit = _Limit(cfg.time_limit)
    for a in _articles(spec, payload, cfg, dead):
        n_articles += 1
        if cfg.prefilter:
            text = a.doc.text if a.doc is not None else a.text or ""
            lacks = missing_group(text, a.title)
            if lacks is not None:
                skipped[f"no_{lacks}_cue"] += 1
                continue
        ts = time.perf_counter()
        try:
            with limit, budget.metered(cfg.read.budget):
                doc = _document(a)
                rec = extract_checked(doc, extract)
            secs = time.perf_counter() - ts
            if cfg.time_limit > 0 and secs > cfg.time_limit:
                raise DocTimeout
            tables.add(a.doc_id, doc, rec, source=spec.source, row=a.row, url=a.url)
        except DocTimeout:
            dead.append(_dead(spec, spec.source, a.row, a.doc_id, "over_time_limit",
                              f"extraction took over {cfg.time_limit:g} s"))
            continue
        except Exception as e:  # one bad document never stops the shard
            d = _dead(spec, spec.source, a.row, a.doc_id, "extraction_error", f"{type(e).__name__}: {e}")
            d["where"] = _where(e)
            dead.append(d)
            continue
        n_extracted += 1
        _keep_slowest(slow, (secs, a.doc_id, len(doc.text)), cfg.slowest)
    n_dead_undecoded = sum(1 for d in dead if d["reason"] not in ("over_time_limit", "extraction_error"))
    files = tables.write(out, spec.id)
    dpath = dead_path(out, spec.id)
    if dead:
        atomic_write_bytes(dpath, "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dead).encode())
        files.append(str(dpath.relative_to(out)))
    else:
        dpath.unlink(missing_ok=True)
    manifest = {
        "shard": spec.id, "kind": spec.kind, "source": spec.source, "start": spec.start, "end": spec.end,
        "articles": n_articles + n_dead_undecoded,
        "skipped": sum(skipped.values()), "skipped_by": dict(sorted(skipped.items())),
        "extracted": n_extracted, "dead": len(dead),
        "dead_by": dict(sorted(Counter(d["reason"] for d in dead).items())),
        "rows": {t: tables.rows(t) for t in TABLES}, "files": files,
        "slowest": [{"seconds": round(s, 6), "doc_id": d, "chars": n} for s, d, n in sorted(slow, reverse=True)],
        "seconds": round(time.perf_counter() - t0, 6),
        "cpu_seconds": round(time.process_time() - c0, 6),
    }
    atomic_write_bytes(manifest_path(out, spec.id), json.dumps(manifest, ensure_ascii=False, indent=1).encode())
    return manifest


def _keep_slowest(heap: list[tuple[float, str, int]], item: tuple[float, str, int], k: int) -> None:
    if k <= 0:
        return
    if len(heap) < k:
        heapq.heappush(heap, item)
    elif item > heap[0]:
        heapq.heapreplace(heap, item)
