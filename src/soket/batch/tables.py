"""The four output tables of a batch run (facts, meetings, people, documents): Arrow schemas,
records to rows, and atomic, year-partitioned Parquet writes.

Rows carry no timing or host data, so the same input gives the same tables whatever the engine.
The year partition is the record's period year, else its meeting date's, else the article's date;
without any, the row goes to ``year=__HIVE_DEFAULT_PARTITION__`` (read back as a null year).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from soket.model import Column, Document, Fact, Meeting, Period, Person, Record, flat_columns, flat_values

TABLES = ("facts", "meetings", "people", "documents")
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"

_KEY = [("doc_id", pa.string()), ("doc", pa.string())]
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
        ("record", pa.string()),  # the whole record as JSON (Record.to_dict), for lossless reloads
    ]),
}
"""The tables' Arrow schemas: facts, meetings and people are the models' flat columns
(:func:`soket.model.flat_columns`); a field the model gains is a column here with no change."""


def _flat(obj: Any, rename: dict[str, str] | None = None) -> dict[str, Any]:
    """A model's flat values for a table row: JSON columns (nested models, lists of numbers) as
    JSON text."""
    d = flat_values(obj, rename)
    for c in flat_columns(type(obj), rename):
        if c.kind == "json" and d[c.name] is not None:
            d[c.name] = json.dumps(d[c.name], ensure_ascii=False, sort_keys=True)
    return d


def record_year(rec: Record, published: str | None = None) -> int | None:
    """The partition year: period year, else meeting date year, else the article's date year."""
    y = rec.period.year
    if y is None:
        for d in (rec.meeting.date, published):
            if d and len(d) >= 4 and d[:4].isdigit():
                y = int(d[:4])
                break
    return y if y is not None and 1000 <= y <= 9999 else None


def record_rows(doc_id: str, doc: Document, rec: Record, *, source: str, row: int | None,
                url: str | None) -> tuple[int | None, dict[str, list[dict[str, Any]]]]:
    """The partition year of a record and its rows, table by table."""
    key = {"doc_id": doc_id, "doc": rec.doc or doc.doc}
    meeting = {**_flat(rec.meeting), **_flat(rec.period, MEETING_RENAME)}
    context = {n: meeting[n] for n in FACT_CONTEXT}
    facts = [{**key, "position": i, **_flat(f), **context} for i, f in enumerate(rec.facts)]
    people = [{**key, "position": i, **_flat(x)} for i, x in enumerate(rec.people)]
    documents = [{
        **key, "source": source, "row": row, "url": url, "path": doc.path, "title": doc.title,
        "published": doc.published, "format": doc.format, "encoding": doc.encoding, "sha256": doc.sha256,
        "n_chars": len(doc.text), "n_facts": len(rec.facts), "n_people": len(rec.people),
        "n_issues": len(rec.issues), "text": doc.text,
        "record": json.dumps(rec.to_dict(), ensure_ascii=False, sort_keys=True),
    }]
    year = record_year(rec, doc.published)
    return year, {"facts": facts, "meetings": [{**key, **meeting}], "people": people, "documents": documents}


def partition_dir(out: Path, table: str, year: int | None) -> Path:
    return out / table / f"year={NULL_PARTITION if year is None else year}"


def part_name(shard: str) -> str:
    return f"part-{shard}.parquet"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a hidden temp file beside ``path``, fsync it, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.tmp-{os.getpid()}"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def atomic_write_table(path: Path, table: pa.Table) -> None:
    """Parquet to a hidden temp file (readers skip names starting with '.'), then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.tmp-{os.getpid()}"
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


def write_partitions(out: Path, shard: str, rows_by_year: dict[int | None, dict[str, list[dict[str, Any]]]]
                     ) -> list[str]:
    """One Parquet file per (table, year) that has rows; returns their paths relative to ``out``."""
    written: list[str] = []
    for table in TABLES:
        for year in sorted(rows_by_year, key=lambda y: (y is None, y or 0)):
            rows = rows_by_year[year][table]
            if not rows:
                continue
            path = partition_dir(out, table, year) / part_name(shard)
            atomic_write_table(path, pa.Table.from_pylist(rows, schema=SCHEMAS[table]))
            written.append(str(path.relative_to(out)))
    return written


def remove_shard_parts(out: Path, shard: str) -> None:
    """Remove what an interrupted attempt at ``shard`` may have left (parts and temp files)."""
    name = part_name(shard)
    for table in TABLES:
        tdir = out / table
        if not tdir.is_dir():
            continue
        for ydir in tdir.iterdir():
            if not ydir.is_dir():
                continue
            for f in ydir.glob(f"*{name}*"):
                f.unlink(missing_ok=True)


def read_table(out: str | Path, table: str, columns: Iterable[str] | None = None) -> pa.Table:
    """Read one output table back (all partitions); ``year`` is an int column (null: unknown)."""
    import pyarrow.dataset as ds

    part = ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive")
    root = Path(out) / table
    if not root.is_dir() or not any(root.rglob("*.parquet")):
        return SCHEMAS[table].append(pa.field("year", pa.int32())).empty_table()
    dset = ds.dataset(root, format="parquet", partitioning=part, schema=SCHEMAS[table].append(
        pa.field("year", pa.int32())))
    return dset.to_table(columns=list(columns) if columns is not None else None)
