"""Export facts (joined with document, meeting, locality and period) as CSV, JSON or Parquet.

CSV with the standard library, Parquet with pyarrow, JSON as a list of objects; the columns and
their types come from the record's models (:data:`soket.store.queries.EXPORT_COLUMNS`). Numbers
stay numbers in all three (Parquet: float64 values, int32 years and months, int64 ids and offsets);
a list (a meeting's chairs) is a list in JSON and Parquet, JSON text in CSV, as is a table fact's
reference.

Column names are the keys of :data:`EXPORT_COLUMNS` (stable, for programs); with ``lang="vi"`` or
``lang="en"`` they are headings for people in that language (``lexicon/labels.yaml``, ``columns``),
in CSV, JSON and Parquet alike.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from soket.lexicon.labels import Lang, headings
from soket.store.queries import EXPORT_COLUMNS, EXPORT_KINDS

FORMATS = ("csv", "json", "parquet")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json",
               "parquet": "application/vnd.apache.parquet"}


_WIDE = ("fact_id", "document_id")  # and every offset (``*_start``, ``*_end``): int64


def _arrow_type(name: str, kind: str) -> Any:
    import pyarrow as pa

    if kind == "int":
        return pa.int64() if name in _WIDE or name.endswith(("_start", "_end")) else pa.int32()
    return {"float": pa.float64(), "bool": pa.bool_(), "list": pa.list_(pa.string())}.get(kind, pa.string())


def _arrow_schema(lang: Lang | None = None) -> Any:
    import pyarrow as pa

    return pa.schema([(h, _arrow_type(c, EXPORT_KINDS[c]))
                      for c, h in zip(EXPORT_COLUMNS, headings(EXPORT_COLUMNS, lang), strict=True)])


_JSON_TEXT = tuple(c for c in EXPORT_COLUMNS if EXPORT_KINDS[c] == "json")
_CSV_JSON = tuple(c for c in EXPORT_COLUMNS if EXPORT_KINDS[c] in ("json", "list"))


def csv_cell(v: Any) -> Any:
    """A value as the CSV writes it: None empty, booleans ``true``/``false`` (as JSON and Parquet
    readers expect), the rest as is."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def _csv_row(r: dict[str, Any]) -> dict[str, Any]:
    """A row as CSV cells (:func:`csv_cell`), lists and nested values as JSON text."""
    row = {k: csv_cell(v) for k, v in r.items()}
    for c in _CSV_JSON:
        v = r.get(c)
        row[c] = "" if v is None or v == [] else json.dumps(v, ensure_ascii=False)
    return row


def _arrow_columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Rows as the columns of :func:`_arrow_schema`: floats as floats, nested values as JSON text."""
    cols = {c: [r.get(c) for r in rows] for c in EXPORT_COLUMNS}
    for c in EXPORT_COLUMNS:
        if EXPORT_KINDS[c] == "float":
            cols[c] = [None if v is None else float(v) for v in cols[c]]
    for c in _JSON_TEXT:
        cols[c] = [None if v is None else json.dumps(v, ensure_ascii=False) for v in cols[c]]
    return cols


def _named(r: dict[str, Any], lang: Lang | None) -> dict[str, Any]:
    return r if lang is None else dict(zip(headings(EXPORT_COLUMNS, lang), (r.get(c) for c in EXPORT_COLUMNS),
                                           strict=True))


def _arrow_table(rows: list[dict[str, Any]], lang: Lang | None) -> Any:
    import pyarrow as pa

    cols = _arrow_columns(rows)
    return pa.table(list(cols.values()), schema=_arrow_schema(lang))


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], lang: Lang | None = None) -> int:
    w = csv.DictWriter(out, fieldnames=list(EXPORT_COLUMNS), extrasaction="ignore", lineterminator="\n")
    csv.writer(out, lineterminator="\n").writerow(headings(EXPORT_COLUMNS, lang))
    n = 0
    for r in rows:
        w.writerow(_csv_row(r))
        n += 1
    return n


def write_json(rows: Iterable[dict[str, Any]], out: IO[str], lang: Lang | None = None) -> int:
    n = 0
    out.write("[")
    for r in rows:
        out.write(("\n" if n == 0 else ",\n") + json.dumps(_named(r, lang), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_parquet(rows: Iterable[dict[str, Any]], out: str | Path | IO[bytes], lang: Lang | None = None) -> int:
    import pyarrow.parquet as pq

    data = list(rows)
    pq.write_table(_arrow_table(data, lang), out)
    return len(data)


class _Drain(io.RawIOBase):
    """A write-only file whose contents are taken away in pieces (for streaming Parquet)."""

    def __init__(self) -> None:
        self.buf = bytearray()
        self.pos = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self.buf += b
        self.pos += len(b)
        return len(b)

    def tell(self) -> int:
        return self.pos

    def take(self) -> bytes:
        out = bytes(self.buf)
        self.buf.clear()
        return out


def iter_export(rows: Iterable[dict[str, Any]], fmt: str, chunk_rows: int = 2000,
                lang: Lang | None = None) -> Iterator[bytes]:
    """The export as a stream of byte chunks, in memory bounded by ``chunk_rows`` rows whatever
    the number of rows (CSV and JSON rows as they come; Parquet one row group per chunk)."""
    if fmt == "parquet":
        yield from _iter_parquet(rows, chunk_rows, lang)
        return
    sio = io.StringIO()
    if fmt == "csv":
        sio.write("\ufeff")  # BOM: spreadsheets read UTF-8
        w = csv.DictWriter(sio, fieldnames=list(EXPORT_COLUMNS), extrasaction="ignore", lineterminator="\n")
        csv.writer(sio, lineterminator="\n").writerow(headings(EXPORT_COLUMNS, lang))
    else:
        sio.write("[")
    n = 0
    for r in rows:
        if fmt == "csv":
            w.writerow(_csv_row(r))
        else:
            sio.write(("\n" if n == 0 else ",\n") + json.dumps(_named(r, lang), ensure_ascii=False))
        n += 1
        if n % chunk_rows == 0:
            yield sio.getvalue().encode("utf-8")
            sio.seek(0)
            sio.truncate()
    if fmt == "json":
        sio.write("\n]\n" if n else "]\n")
    yield sio.getvalue().encode("utf-8")


def _iter_parquet(rows: Iterable[dict[str, Any]], chunk_rows: int, lang: Lang | None = None) -> Iterator[bytes]:
    import pyarrow.parquet as pq

    sink = _Drain()
    writer = pq.ParquetWriter(sink, _arrow_schema(lang))
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        writer.write_table(_arrow_table(batch, lang))
        batch.clear()

    for r in rows:
        batch.append(r)
        if len(batch) >= chunk_rows:
            flush()
            yield sink.take()
    if batch:
        flush()
    writer.close()
    yield sink.take()


def export_bytes(rows: Iterable[dict[str, Any]], fmt: str) -> bytes:
    """The whole export in memory (the API's answer)."""
    if fmt == "parquet":
        buf = io.BytesIO()
        write_parquet(rows, buf)
        return buf.getvalue()
    sio = io.StringIO()
    (write_csv if fmt == "csv" else write_json)(rows, sio)
    data = sio.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if fmt == "csv" else data  # BOM: spreadsheets read UTF-8


def export_file(rows: Iterable[dict[str, Any]], fmt: str, out: str | Path | None, lang: Lang | None = None) -> int:
    """Write to ``out`` (stdout for csv/json when None). Returns the number of rows."""
    import sys

    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            buf = io.BytesIO()
            n = write_parquet(rows, buf, lang)
            sys.stdout.buffer.write(buf.getvalue())
            return n
        return write_parquet(rows, str(out), lang)
    writer = write_csv if fmt == "csv" else write_json
    if out is None:
        if fmt == "json":
            return writer(rows, sys.stdout, lang)
        sys.stdout.flush()  # the same bytes as a file and the API: UTF-8 with a BOM
        text = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8-sig", newline="", write_through=True)
        try:
            return writer(rows, text, lang)
        finally:
            text.flush()
            text.detach()
    # a CSV file starts with the BOM, as the API's does: spreadsheets then read it as UTF-8
    with open(out, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as f:
        return writer(rows, f, lang)
