"""The four output tables of a batch run (facts, meetings, people, documents): Arrow schemas,
records to columns, and atomic Parquet writes: one file per shard and table.

Rows carry no timing or host data, so the same input gives the same tables whatever the engine.
Every table has a ``year`` column: the record's period year, else its meeting date's, else the
article's date (null without any).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable
from operator import attrgetter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from soket.model import Column, Document, Fact, Meeting, Period, Person, Record, flat_columns

TABLES = ("facts", "meetings", "people", "documents")

_KEY = [("doc_id", pa.string()), ("doc", pa.string()), ("year", pa.int32())]
_ARROW: dict[str, pa.DataType] = {"str": pa.string(), "int": pa.int32(), "float": pa.float64(),
                                  "bool": pa.bool_(), "list": pa.list_(pa.string()), "json": pa.string()}
MEETING_RENAME = {"year": "period_year", "label": "period_label"}
"""The period's fields beside the meeting's, in ``meetings``."""
FACT_CONTEXT = ("locality", "province", "body_kind", "start_month", "end_month")
"""The meeting's and period's columns repeated on each fact row, so facts filter alone."""


def _fields(cols: tuple[Column, ...]) -> list[tuple[str, pa.DataType]]:
    """Arrow fields of a model's flat columns: offsets int64, other integers int32, nested
    models (a table fact's reference) JSON text."""
    return [(c.name, pa.int64() if c.part is not None else _ARROW[c.kind]) for c in cols]


_FACT_COLS = flat_columns(Fact)
_MEETING_COLS = flat_columns(Meeting)
_PERIOD_COLS = flat_columns(Period, MEETING_RENAME)
_PERSON_COLS = flat_columns(Person)
_META = {n: t for n, t in _fields(_MEETING_COLS) + _fields(flat_columns(Period))}

SCHEMAS: dict[str, pa.Schema] = {
    "facts": pa.schema([*_KEY, ("position", pa.int32()), *_fields(_FACT_COLS),
                        *((n, _META[n]) for n in FACT_CONTEXT)]),
    "meetings": pa.schema([*_KEY, *_fields(_MEETING_COLS), *_fields(_PERIOD_COLS)]),
    "people": pa.schema([*_KEY, ("position", pa.int32()), *_fields(_PERSON_COLS)]),
    "documents": pa.schema([
        *_KEY,
        ("source", pa.string()),
        ("row", pa.int64()),
        ("url", pa.string()),
        ("path", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
        ("format", pa.string()),
        ("encoding", pa.string()),
        ("sha256", pa.string()),
        ("n_chars", pa.int64()),
        ("n_facts", pa.int32()),
        ("n_people", pa.int32()),
        ("n_issues", pa.int32()),
        ("text", pa.string()),
        ("record", pa.string()),  # the whole record as JSON (Record.model_dump_json), for lossless reloads
    ]),
}
"""The tables' Arrow schemas: facts, meetings and people are the models' flat columns
(:func:`soket.model.flat_columns`); a field the model gains is a column here with no change."""


def _getter(c: Column) -> Callable[[Any], Any]:
    """How one flat column's value is read off a model: the same values as
    :func:`soket.model.flat_values`, JSON columns as JSON text, straight from the fields (no
    ``model_dump`` of the whole model, no copy)."""
    f = c.field
    if c.part is not None:
        part = c.part

        def span(o: Any) -> Any:
            v = getattr(o, f)
            return None if v is None else v[part]
        return span
    if c.kind == "float":
        def num(o: Any) -> Any:
            v = getattr(o, f)
            return None if v is None or isinstance(v, bool) else float(v)
        return num
    if c.kind == "json":
        def js(o: Any) -> Any:
            v = getattr(o, f)
            if v is None:
                return None
            return json.dumps(v.model_dump() if isinstance(v, BaseModel) else v, ensure_ascii=False, sort_keys=True)
        return js
    if c.kind == "list":
        def lst(o: Any) -> Any:
            return list(getattr(o, f) or [])
        return lst
    return attrgetter(f)


def _getters(cols: tuple[Column, ...]) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    return tuple((c.name, _getter(c)) for c in cols)


_FACT_GET = _getters(_FACT_COLS)
_PERSON_GET = _getters(_PERSON_COLS)
_MEETING_GET = _getters(_MEETING_COLS)
_PERIOD_GET = _getters(_PERIOD_COLS)


def record_year(rec: Record, published: str | None = None) -> int | None:
    """The year column: period year, else meeting date year, else the article's date year."""
    y = rec.period.year
    if y is None:
        for d in (rec.meeting.date, published):
            if d and len(d) >= 4 and d[:4].isdigit():
                y = int(d[:4])
                break
    return y if y is not None and 1000 <= y <= 9999 else None


class ShardTables:
    """The rows of one shard, column by column (lists of Python values, one per column), built
    straight from the models' fields; :meth:`write` makes one Parquet file per table."""

    def __init__(self) -> None:
        self.cols: dict[str, dict[str, list[Any]]] = {t: {n: [] for n in SCHEMAS[t].names} for t in TABLES}

    def rows(self, table: str) -> int:
        return len(self.cols[table]["doc_id"])

    def add(self, doc_id: str, doc: Document, rec: Record, *, source: str, row: int | None,
            url: str | None) -> None:
        """Add the rows of one record (a fact, meeting, person and document row each)."""
        key = rec.doc or doc.doc
        year = record_year(rec, doc.published)
        m = self.cols["meetings"]
        m["doc_id"].append(doc_id)
        m["doc"].append(key)
        m["year"].append(year)
        meeting: dict[str, Any] = {}
        for name, get in _MEETING_GET:
            meeting[name] = v = get(rec.meeting)
            m[name].append(v)
        for name, get in _PERIOD_GET:
            meeting[name] = v = get(rec.period)
            m[name].append(v)
        f = self.cols["facts"]
        n = len(rec.facts)
        if n:
            f["doc_id"] += [doc_id] * n
            f["doc"] += [key] * n
            f["year"] += [year] * n
            f["position"] += range(n)
            for name, get in _FACT_GET:
                f[name] += map(get, rec.facts)
            for name in FACT_CONTEXT:
                f[name] += [meeting[name]] * n
        p = self.cols["people"]
        k = len(rec.people)
        if k:
            p["doc_id"] += [doc_id] * k
            p["doc"] += [key] * k
            p["year"] += [year] * k
            p["position"] += range(k)
            for name, get in _PERSON_GET:
                p[name] += map(get, rec.people)
        d = self.cols["documents"]
        for name, v in (("doc_id", doc_id), ("doc", key), ("year", year), ("source", source), ("row", row),
                        ("url", url), ("path", doc.path), ("title", doc.title), ("published", doc.published),
                        ("format", doc.format), ("encoding", doc.encoding), ("sha256", doc.sha256),
                        ("n_chars", len(doc.text)), ("n_facts", n), ("n_people", k),
                        ("n_issues", len(rec.issues)), ("text", doc.text), ("record", rec.model_dump_json())):
            d[name].append(v)

    def table(self, table: str) -> pa.Table:
        schema = SCHEMAS[table]
        cols = self.cols[table]
        return pa.Table.from_arrays([pa.array(cols[f.name], type=f.type) for f in schema], schema=schema)

    def write(self, out: Path, shard: str) -> list[str]:
        """One Parquet file per table that has rows, each written once: every part to its temp file,
        the temp files fsync'd together (:func:`fsync_all`), then each renamed into place; returns
        their paths relative to ``out``."""
        staged: list[tuple[Path, Path]] = []
        for t in TABLES:
            if not self.rows(t):
                continue
            path = table_path(out, t, shard)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = _tmp(path)
            pq.write_table(self.table(t), str(tmp), compression="zstd")
            staged.append((tmp, path))
        fsync_all([tmp for tmp, _ in staged])
        for tmp, path in staged:
            os.replace(tmp, path)
        return [f"{path.parent.name}/{path.name}" for _, path in staged]


def record_rows(doc_id: str, doc: Document, rec: Record, *, source: str, row: int | None,
                url: str | None) -> tuple[int | None, dict[str, list[dict[str, Any]]]]:
    """The year of a record and its rows, table by table, as dicts (one record's tables)."""
    acc = ShardTables()
    acc.add(doc_id, doc, rec, source=source, row=row, url=url)
    return record_year(rec, doc.published), {t: acc.table(t).to_pylist() for t in TABLES}


def part_name(shard: str) -> str:
    return f"part-{shard}.parquet"


def table_path(out: Path, table: str, shard: str) -> Path:
    return out / table / part_name(shard)


def _tmp(path: Path) -> Path:
    return path.parent / f".{path.name}.tmp-{os.getpid()}"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a hidden temp file beside ``path``, fsync it, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp(path)
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_all(paths: list[Path]) -> None:
    """fsync every file of ``paths``, at once: each in its own thread (fsync lets go of the GIL)
    but the last, in this one. The file system commits the waits together: a shard's four parts
    took 12-17 ms one after the other on this machine's disk, 7 ms at once. Raises the first
    error; returns when every file is on disk."""
    errors: list[BaseException] = []

    def one(p: Path) -> None:
        try:
            _fsync_path(p)
        except BaseException as e:  # re-raised in the calling thread
            errors.append(e)

    threads = [threading.Thread(target=one, args=(p,), name="soket-fsync") for p in paths[:-1]]
    for t in threads:
        t.start()
    try:
        if paths:
            _fsync_path(paths[-1])
    finally:
        for t in threads:
            t.join()
    if errors:
        raise errors[0]


def remove_shard_parts(out: Path, shard: str, pids: Iterable[int] = ()) -> None:
    """Remove what an earlier attempt at ``shard`` may have left: its parts, and the temp files of
    this process and of ``pids`` (temp files of processes gone are swept by :func:`sweep_temp`)."""
    for table in TABLES:
        path = table_path(out, table, shard)
        path.unlink(missing_ok=True)
        for pid in (os.getpid(), *pids):
            (path.parent / f".{path.name}.tmp-{pid}").unlink(missing_ok=True)


def sweep_temp(out: Path) -> int:
    """Remove every temp file the tables' folders hold (left by killed workers); run when no shard
    is in flight (at the start of a run). Returns how many were removed."""
    n = 0
    for table in TABLES:
        tdir = out / table
        if tdir.is_dir():
            for f in tdir.glob(".part-*.tmp-*"):
                f.unlink(missing_ok=True)
                n += 1
    return n


def read_table(out: str | Path, table: str, columns: Iterable[str] | None = None) -> pa.Table:
    """Read one output table back (every shard's part); ``year`` is an int column (null: unknown)."""
    import pyarrow.dataset as ds

    root = Path(out) / table
    if not root.is_dir() or not any(root.glob("part-*.parquet")):
        return SCHEMAS[table].empty_table().select(list(columns) if columns is not None else SCHEMAS[table].names)
    dset = ds.dataset(root, format="parquet", schema=SCHEMAS[table])
    return dset.to_table(columns=list(columns) if columns is not None else None)
