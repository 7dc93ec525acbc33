"""Inputs to shards: folders of files, ``.jsonl``/``.jsonl.gz`` archives and ``.parquet`` tables.

A shard is the unit of work: up to ``shard_size`` raw articles of one input. Its id hashes the
input (resolved path, size, modification time) and its row range, so the same arguments give the
same shards and a second run can skip the ones already done. Archives are streamed: at most the
shards in flight are held in memory, whatever the archive's size.

What travels to a worker is small where the input allows it: a shard of files is its paths, a
shard of a Parquet table or of a plain ``.jsonl`` file a :class:`Range` (the path and the row or
byte range), read by the worker itself; only a gzipped archive, which can be read from its start
only, sends its lines (as bytes, undecoded). The parent splits, workers read, decode, filter and
extract.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from soket.ingest import SUPPORTED_SUFFIXES

ARTICLE_KEYS = ("url", "title", "date", "text")


@dataclass(frozen=True, slots=True)
class ShardSpec:
    id: str
    kind: str  # files | jsonl | parquet
    source: str  # the input file (for ``files``: the first file of the shard)
    start: int  # first row (files: index in the run's file list), inclusive
    end: int  # last row, exclusive


@dataclass(frozen=True, slots=True)
class Range:
    """Where a worker reads a shard itself: rows [start, end) of a Parquet file (``columns``), or
    ``length`` bytes at ``offset`` of a plain JSON-lines file (whole lines)."""

    path: str
    start: int
    end: int
    columns: tuple[str, ...] = ()
    offset: int = 0
    length: int = 0


@dataclass(slots=True)
class ShardTask:
    spec: ShardSpec
    payload: Any  # list[str] paths | Range | list[bytes | None] lines (gzip); None when done
    n: int  # raw articles in the shard


def read_parquet_rows(r: Range) -> Any:
    """Rows [start, end) of a Parquet file: only the row groups they fall in are read."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(r.path)
    groups, first, at = [], None, 0
    for g in range(pf.metadata.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        if at + n > r.start and at < r.end:
            groups.append(g)
            first = at if first is None else first
        at += n
    table = pf.read_row_groups(groups, columns=list(r.columns))
    return table.slice(r.start - (first or 0), r.end - r.start)


def read_jsonl_lines(r: Range) -> list[bytes | None]:
    """The lines of a byte range of a plain JSON-lines file; blank lines are None (no article)."""
    with open(r.path, "rb") as f:
        f.seek(r.offset)
        data = f.read(r.length)
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [x + b"\n" if x.strip() else None for x in lines]


@dataclass(frozen=True, slots=True)
class Input:
    kind: str  # file | jsonl | parquet
    path: str  # resolved
    size: int
    mtime_ns: int

    @property
    def ident(self) -> str:
        return f"{self.path}|{self.size}|{self.mtime_ns}"


@dataclass(slots=True)
class InputProblem:
    source: str
    row: int | None
    reason: str
    detail: str


def _kind(p: Path) -> str | None:
    name = p.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    if p.suffix.lower() in SUPPORTED_SUFFIXES:
        return "file"
    return None


def _input(p: Path, kind: str) -> Input:
    st = p.stat()
    return Input(kind, str(p.resolve()), st.st_size, st.st_mtime_ns)


def discover(paths: list[str] | list[Path]) -> tuple[list[Input], list[InputProblem]]:
    """Expand INPUT arguments (files, folders searched recursively, sorted) into inputs.

    A named file of an unknown kind is read as a document file (ingest sniffs its content); a
    path that does not exist is a problem, reported, not fatal.
    """
    found: list[Input] = []
    problems: list[InputProblem] = []
    seen: set[str] = set()
    for arg in map(Path, paths):
        if arg.is_dir():
            cands = sorted((q for q in arg.rglob("*") if q.is_file() and not q.name.startswith(".")),
                           key=lambda q: str(q))
            items = [(q, k) for q in cands if (k := _kind(q)) is not None]
        elif arg.exists():
            items = [(arg, _kind(arg) or "file")]
        else:
            problems.append(InputProblem(str(arg), None, "missing_input", "no such file or folder"))
            continue
        for q, k in items:
            try:
                inp = _input(q, k)
            except OSError as e:
                problems.append(InputProblem(str(q), None, "unreadable_input", str(e)))
                continue
            if inp.path not in seen:
                seen.add(inp.path)
                found.append(inp)
    return found, problems


def known_total(inputs: list[Input]) -> int | None:
    """Raw articles in all inputs when knowable without reading them (no JSON lines), else None."""
    total = 0
    for inp in inputs:
        if inp.kind == "file":
            total += 1
        elif inp.kind == "parquet":
            import pyarrow.parquet as pq

            try:
                total += pq.ParquetFile(inp.path).metadata.num_rows
            except Exception:
                return None
        else:
            return None
    return total


def _sid(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


IsDone = Callable[[str], bool]
OnProblem = Callable[[InputProblem], None]


def iter_shards(inputs: list[Input], shard_size: int, is_done: IsDone, on_problem: OnProblem
                ) -> Iterator[ShardTask]:
    """Shards of every input, in order; a done shard comes with ``payload=None`` (not loaded)."""
    files = [i for i in inputs if i.kind == "file"]
    for k in range(0, len(files), shard_size):
        chunk = files[k:k + shard_size]
        spec = ShardSpec(_sid("files", *(f.ident for f in chunk)), "files", chunk[0].path, k, k + len(chunk))
        yield ShardTask(spec, None if is_done(spec.id) else [f.path for f in chunk], len(chunk))
    for inp in inputs:
        if inp.kind == "jsonl":
            yield from _jsonl_shards(inp, shard_size, is_done, on_problem)
        elif inp.kind == "parquet":
            yield from _parquet_shards(inp, shard_size, is_done, on_problem)


def _jsonl_shards(inp: Input, size: int, is_done: IsDone, on_problem: OnProblem) -> Iterator[ShardTask]:
    """Lines of a (gzipped) JSON-lines archive, streamed; blank lines are no articles but count
    as rows, so row numbers are line numbers (0-based). A plain file's shards are byte ranges the
    worker reads; a gzipped one's carry their lines."""
    gz = _is_gzip(inp.path)
    opener = gzip.open if gz else open
    start = k = n = offset = pos = 0  # first row, lines and articles so far, byte range of the shard
    lines: list[bytes | None] = []

    def task() -> ShardTask:
        payload = lines if gz else Range(inp.path, start, start + k, offset=offset, length=pos - offset)
        return _jsonl_task(inp, start, start + k, payload, n, is_done)

    try:
        with opener(inp.path, "rb") as f:
            for line in f:
                if k == size:
                    yield task()
                    start, k, n, offset, lines = start + k, 0, 0, pos, []
                pos += len(line)
                k += 1
                blank = not line.strip()
                n += not blank
                if gz:
                    lines.append(None if blank else line)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        on_problem(InputProblem(inp.path, start + k, "unreadable_input",
                                f"archive cut short or corrupt after row {start + k}: {e}"))
    if k:
        yield task()


def _is_gzip(path: str) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _jsonl_task(inp: Input, start: int, end: int, payload: Any, n: int, is_done: IsDone) -> ShardTask:
    spec = ShardSpec(_sid("jsonl", inp.ident, start, end), "jsonl", inp.path, start, end)
    return ShardTask(spec, None if is_done(spec.id) else payload, n)


def _parquet_shards(inp: Input, size: int, is_done: IsDone, on_problem: OnProblem) -> Iterator[ShardTask]:
    """Shards of ``size`` rows of a Parquet table, from its metadata alone: each worker reads its
    rows (the row groups they fall in) itself."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(inp.path)
        names = set(pf.schema_arrow.names)
        total = pf.metadata.num_rows
    except Exception as e:  # not Parquet, or a damaged footer
        on_problem(InputProblem(inp.path, 0, "unreadable_input", f"{type(e).__name__}: {e}"))
        return
    if "text" not in names:
        on_problem(InputProblem(inp.path, None, "bad_input", "no 'text' column"))
        return
    cols = tuple(c for c in ARTICLE_KEYS if c in names)
    for start in range(0, total, size):
        end = min(start + size, total)
        spec = ShardSpec(_sid("parquet", inp.ident, start, end), "parquet", inp.path, start, end)
        yield ShardTask(spec, None if is_done(spec.id) else Range(inp.path, start, end, cols), end - start)
