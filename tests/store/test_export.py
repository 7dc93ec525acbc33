"""soket.store.export: the export's rows as CSV, JSON and Parquet, whole or streamed, with the
columns and types the record's models give."""

from __future__ import annotations

import csv
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from soket.lexicon.labels import headings
from soket.store.export import (
    FORMATS,
    csv_cell,
    export_bytes,
    export_file,
    iter_export,
    write_csv,
    write_json,
)
from soket.store.queries import EXPORT_COLUMNS


def _row(i: int, **kw) -> dict:
    r = dict.fromkeys(EXPORT_COLUMNS)
    r.update(fact_id=i, document_id=1, doc="ubnd-hong-linh", locality="Hồng Lĩnh", year=2022, start_month=1,
             end_month=6, period="2022-H1", subject="Tổng thu ngân sách", value=1.5e11, unit="VND",
             role="amount", raw="150 tỷ đồng", span_start=10, span_end=21, evidence="Tổng thu ngân sách 150 tỷ đồng",
             estimated=False, malformed=False, origin="text", chairs=["Nguyễn Văn A"],
             table={"index": 0, "row": 2, "column": 1, "header": "Thực hiện"}, evidence_cut=False,
             subject_unresolved=False)
    r.update(kw)
    return r


ROWS = [_row(1), _row(2, value=None, malformed=True, raw="60,6,2%", unit="%", chairs=[], table=None)]


def test_csv_cell():
    assert csv_cell(None) == "" and csv_cell(True) == "true" and csv_cell(False) == "false"
    assert csv_cell(0) == 0 and csv_cell("x") == "x"


def test_csv_has_every_column_and_json_text_for_nested_values():
    out = io.StringIO()
    assert write_csv(ROWS, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert rows[0]["value"] == "150000000000.0" and rows[0]["malformed"] == "false"
    assert json.loads(rows[0]["chairs"]) == ["Nguyễn Văn A"]
    assert json.loads(rows[0]["table"])["header"] == "Thực hiện"
    assert rows[1]["value"] == "" and rows[1]["malformed"] == "true" and rows[1]["chairs"] == ""
    assert rows[1]["raw"] == "60,6,2%"


def test_json_keeps_types_and_lang_names_columns():
    out = io.StringIO()
    assert write_json(ROWS, out) == 2
    data = json.loads(out.getvalue())
    assert data[0]["value"] == 1.5e11 and data[0]["chairs"] == ["Nguyễn Văn A"] and data[1]["malformed"] is True
    out = io.StringIO()
    write_json(ROWS[:1], out, lang="vi")
    assert list(json.loads(out.getvalue())[0]) == headings(EXPORT_COLUMNS, "vi")
    out = io.StringIO()
    assert write_json([], out) == 0 and json.loads(out.getvalue()) == []


def test_parquet_types():
    t = pq.read_table(io.BytesIO(export_bytes(ROWS, "parquet")))
    assert t.column_names == list(EXPORT_COLUMNS)
    assert t.schema.field("value").type == pa.float64()
    assert t.schema.field("year").type == pa.int32()
    assert t.schema.field("fact_id").type == pa.int64() and t.schema.field("span_end").type == pa.int64()
    assert t.schema.field("chairs").type == pa.list_(pa.string())
    assert t.schema.field("malformed").type == pa.bool_()
    d = t.to_pylist()
    assert d[0]["chairs"] == ["Nguyễn Văn A"] and json.loads(d[0]["table"])["column"] == 1
    assert d[1]["value"] is None and d[1]["table"] is None


def test_export_bytes_csv_starts_with_a_bom():
    data = export_bytes(ROWS, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0].split(",")[:3] == ["fact_id", "document_id", "doc"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_streamed_export_is_the_whole_export(fmt):
    rows = [_row(i) for i in range(7)]
    chunks = list(iter_export(rows, fmt, chunk_rows=3))
    assert len(chunks) >= 3
    data = b"".join(chunks)
    if fmt == "parquet":
        t = pq.read_table(io.BytesIO(data))
        assert t.num_rows == 7 and t.column("fact_id").to_pylist() == list(range(7))
        assert pq.ParquetFile(io.BytesIO(data)).num_row_groups == 3
    else:
        assert data == export_bytes(rows, fmt)


def test_export_file_writes_and_counts(tmp_path):
    for fmt in FORMATS:
        out = tmp_path / f"x.{fmt}"
        assert export_file(ROWS, fmt, out, lang="en") == 2
        assert out.stat().st_size > 0
    assert (tmp_path / "x.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert pq.read_table(tmp_path / "x.parquet").column_names == headings(EXPORT_COLUMNS, "en")
    with pytest.raises(ValueError):
        export_file(ROWS, "xlsx", tmp_path / "x.xlsx")


def test_export_file_to_stdout(capsysbinary):
    assert export_file(ROWS, "csv", None) == 2
    out = capsysbinary.readouterr().out
    assert out.startswith(b"\xef\xbb\xbf") and "Hồng Lĩnh".encode() in out
