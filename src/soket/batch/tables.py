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

from soket.model import Document, Record

TABLES = ("facts", "meetings", "people", "documents")
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"

_KEY = [("doc_id", pa.string()), ("doc", pa.string())]

SCHEMAS: dict[str, pa.Schema] = {
    "facts": pa.schema([
        *_KEY,
        ("position", pa.int32()),
        ("subject", pa.string()),
        ("indicator", pa.string()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("role", pa.string()),
        ("qualifier", pa.string()),
        ("estimated", pa.bool_()),
        ("basis", pa.string()),
        ("of", pa.float64()),
        ("raw", pa.string()),
        ("span_start", pa.int64()),
        ("span_end", pa.int64()),
        ("evidence", pa.string()),
        ("evidence_start", pa.int64()),
        ("evidence_end", pa.int64()),
        ("malformed", pa.bool_()),
        ("origin", pa.string()),
        ("locality", pa.string()),
        ("province", pa.string()),
        ("body_kind", pa.string()),
        ("start_month", pa.int32()),
        ("end_month", pa.int32()),
    ]),
    "meetings": pa.schema([
        *_KEY,
        ("body_kind", pa.string()),
        ("body", pa.string()),
        ("locality", pa.string()),
        ("locality_kind", pa.string()),
        ("province", pa.string()),
        ("session", pa.int32()),
        ("date", pa.string()),
        ("chairs", pa.list_(pa.string())),
        ("period_year", pa.int32()),
        ("start_month", pa.int32()),
        ("end_month", pa.int32()),
        ("period_label", pa.string()),
    ]),
    "people": pa.schema([
        *_KEY,
        ("position", pa.int32()),
        ("name", pa.string()),
        ("roles", pa.list_(pa.string())),
    ]),
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


def _first(v: Any) -> str | None:
    """A value that should be one string (gold-style lists allowed): its first item, as text."""
    if isinstance(v, list | tuple):
        v = v[0] if v else None
    return None if v is None else str(v)


def _int(v: Any) -> int | None:
    if v is None or isinstance(v, bool):
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _float(v: Any) -> float | None:
    if v is None or isinstance(v, bool):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def record_year(rec: Record, published: str | None = None) -> int | None:
    """The partition year: period year, else meeting date year, else the article's date year."""
    y = _int(rec.period.year)
    if y is None:
        for d in (_first(rec.meeting.date), published):
            if d and len(d) >= 4 and d[:4].isdigit():
                y = int(d[:4])
                break
    return y if y is not None and 1000 <= y <= 9999 else None


def record_rows(doc_id: str, doc: Document, rec: Record, *, source: str, row: int | None,
                url: str | None) -> tuple[int | None, dict[str, list[dict[str, Any]]]]:
    """The partition year of a record and its rows, table by table."""
    m, p = rec.meeting, rec.period
    key = {"doc_id": doc_id, "doc": rec.doc or doc.doc}
    locality, province = _first(m.locality), _first(m.province)
    facts = [{
        **key, "position": i, "subject": _first(f.subject), "indicator": f.indicator,
        "value": _float(f.value), "unit": f.unit, "role": f.role, "qualifier": f.qualifier,
        "estimated": bool(f.estimated), "basis": f.basis, "of": _float(f.of), "raw": f.raw,
        "span_start": _int(f.span[0]), "span_end": _int(f.span[1]), "evidence": f.evidence,
        "evidence_start": _int(f.evidence_span[0]) if f.evidence_span else None,
        "evidence_end": _int(f.evidence_span[1]) if f.evidence_span else None,
        "malformed": bool(f.malformed), "origin": f.origin, "locality": locality, "province": province,
        "body_kind": m.body_kind, "start_month": _int(p.start_month), "end_month": _int(p.end_month),
    } for i, f in enumerate(rec.facts)]
    meetings = [{
        **key, "body_kind": m.body_kind, "body": m.body, "locality": locality,
        "locality_kind": _first(m.locality_kind), "province": province, "session": _int(m.session),
        "date": _first(m.date), "chairs": [str(c) for c in m.chairs or []], "period_year": _int(p.year),
        "start_month": _int(p.start_month), "end_month": _int(p.end_month), "period_label": p.label,
    }]
    people = [{**key, "position": i, "name": x.name, "roles": [str(r) for r in x.roles]}
              for i, x in enumerate(rec.people)]
    documents = [{
        **key, "source": source, "row": row, "url": url, "path": doc.path, "title": doc.title,
        "published": doc.published, "format": doc.format, "encoding": doc.encoding, "sha256": doc.sha256,
        "n_chars": len(doc.text), "n_facts": len(rec.facts), "n_people": len(rec.people),
        "n_issues": len(rec.issues), "text": doc.text,
        "record": json.dumps(rec.to_dict(), ensure_ascii=False, sort_keys=True),
    }]
    year = record_year(rec, doc.published)
    return year, {"facts": facts, "meetings": meetings, "people": people, "documents": documents}


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
