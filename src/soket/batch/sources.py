"""Inputs to shards: folders of files, ``.jsonl``/``.jsonl.gz`` archives and ``.parquet`` tables.

A shard is the unit of work: up to ``shard_size`` raw articles of one input. Its id hashes the
input (resolved path, size, modification time) and its row range, so the same arguments give the
same shards and a second run can skip the ones already done. Archives are streamed: at most the
shards in flight are held in memory, whatever the archive's size.

Raw articles travel to the workers undecoded (file paths, JSON lines as bytes, Arrow slices): the
parent only splits, workers decode, filter and extract.
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


@dataclass(slots=True)
class ShardTask:
    spec: ShardSpec
    payload: Any  # list[str] paths | list[bytes | None] lines | pyarrow.Table; None when not loaded
    n: int  # raw articles in the shard


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
    as rows, so row numbers are line numbers (0-based)."""
    opener = gzip.open if _is_gzip(inp.path) else open
    start, row = 0, 0
    lines: list[bytes | None] = []
    try:
        with opener(inp.path, "rb") as f:
            for row, line in enumerate(f):
                if row - start == size:
                    yield _jsonl_task(inp, start, row, lines, is_done)
                    start, lines = row, []
                lines.append(line if line.strip() else None)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        on_problem(InputProblem(inp.path, start + len(lines), "unreadable_input",
                                f"archive cut short or corrupt after row {start + len(lines)}: {e}"))
    if lines:
        yield _jsonl_task(inp, start, start + len(lines), lines, is_done)


def _is_gzip(path: str) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _jsonl_task(inp: Input, start: int, end: int, lines: list[bytes | None], is_done: IsDone) -> ShardTask:
    spec = ShardSpec(_sid("jsonl", inp.ident, start, end), "jsonl", inp.path, start, end)
    return ShardTask(spec, None if is_done(spec.id) else lines, sum(1 for x in lines if x is not None))


def _parquet_shards(inp: Input, size: int, is_done: IsDone, on_problem: OnProblem) -> Iterator[ShardTask]:
    """Row-group batches of a Parquet table, re-cut into shards of ``size`` rows, streamed."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    start, buf, buffered = 0, [], 0
    try:
        pf = pq.ParquetFile(inp.path)
        names = set(pf.schema_arrow.names)
        if "text" not in names:
            on_problem(InputProblem(inp.path, None, "bad_input", "no 'text' column"))
            return
        cols = [c for c in ARTICLE_KEYS if c in names]
        for batch in pf.iter_batches(batch_size=size, columns=cols):
            buf.append(batch)
            buffered += batch.num_rows
            while buffered >= size:
                table = pa.Table.from_batches(buf)
                head, rest = table.slice(0, size), table.slice(size)
                yield _parquet_task(inp, start, head, is_done)
                start += size
                buf, buffered = rest.to_batches(), rest.num_rows
    except Exception as e:  # a corrupt file: what was read is processed, the rest reported
        on_problem(InputProblem(inp.path, start + buffered, "unreadable_input", f"{type(e).__name__}: {e}"))
        return
    if buffered:
        yield _parquet_task(inp, start, pa.Table.from_batches(buf), is_done)


def _parquet_task(inp: Input, start: int, table: Any, is_done: IsDone) -> ShardTask:
    end = start + table.num_rows
    spec = ShardSpec(_sid("parquet", inp.ident, start, end), "parquet", inp.path, start, end)
    return ShardTask(spec, None if is_done(spec.id) else table.combine_chunks(), table.num_rows)
