"""The record contract, end to end: every field of the fact, meeting and person models is found,
with its value, in the API's answers, the CSV, JSON and Parquet exports and the batch tables, or
is on the explicit exclusion list below with the reason. A field added to a model and forgotten
somewhere fails here."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from soket.api import create_app
from soket.batch.tables import SCHEMAS, record_rows
from soket.model import Document, Fact, Meeting, Period, Person, Record, TableRef
from soket.service import store_document
from soket.store import Store

TEXT = ("Hội nghị của Ủy ban nhân dân thị xã Mẫu Sơn tổng kết năm 2024. "
        "Bảng 2: thu ngân sách đạt 61,5% dự toán năm, vượt mục tiêu.")
RAW = "61,5%"
AT = TEXT.index(RAW)

FACT = Fact(
    subject="thu ngân sách thị xã", value=61.5, unit="%", role="plan_pct", raw=RAW, span=(AT, AT + len(RAW)),
    evidence="Bảng 2, dòng 3 (thu ngân sách thị xã), cột Ước năm", evidence_span=(AT - 25, AT + 20),
    qualifier="about", estimated=True, basis="dự toán năm", of=7.25, range_upper=64.5, indicator="budget_revenue",
    malformed=True, origin="table", table=TableRef(index=1, row=2, column=3, header="Ước năm"),
    sentence_span=(AT - 40, AT + 30), evidence_cut=True, read_through_typo=["vượt mục tiêu"],
    subject_unresolved=True, page=2, box=[0.125, 0.5, 0.25, 0.625], ocr_confidence=87.5, ocr_raw="61.5%",
    ocr_repair="61,5%", ocr_flag="repaired",
)
MEETING = Meeting(body_kind="peoples_committee", locality="Mẫu Sơn", locality_kind="thị xã", province="Lạng Sơn",
                  session=7, date="2024-12-20", chairs=["Nguyễn Văn Chủ", "Lê Thị Tọa"], body="Ủy ban nhân dân")
PERSON = Person(name="Trần Văn Báo", roles=["Chủ tịch UBND thị xã", "Phó Bí thư Thị ủy"])
RECORD = Record(doc="contract", meeting=MEETING, period=Period(year=2024, start_month=1, end_month=12, label="năm 2024"),
                people=[PERSON], authors=["Phóng viên"], facts=[FACT], tasks=["Một nhiệm vụ."],
                limitations=["Một hạn chế."])

# (model, field) → surfaces where it is not, and why. Surfaces: api_fact (/api/facts item),
# api_document (/api/documents/{id}), csv, json, parquet (/api/export), batch (batch tables).
EXCLUDED: dict[tuple[str, str], dict[str, str]] = {
    # /api/facts items carry the meeting's place and date for filtering; the rest of the meeting is
    # one request away, in the document.
    ("meeting", "session"): {"api_fact": "the meeting's own detail: /api/documents/{id}"},
    ("meeting", "chairs"): {"api_fact": "the meeting's own detail: /api/documents/{id}"},
    ("meeting", "body"): {"api_fact": "the meeting's own detail: /api/documents/{id}"},
    # exports and the batch facts table have one row per fact: people are not facts
    ("person", "name"): {s: "one row per fact: people are in the document / the people table"
                         for s in ("api_fact", "csv", "json", "parquet")},
    ("person", "roles"): {s: "one row per fact: people are in the document / the people table"
                          for s in ("api_fact", "csv", "json", "parquet")},
}

SPAN_ALIASES = {"evidence_span": "evidence"}
"""A span is two columns, ``<name>_start`` and ``<name>_end``, but ``evidence_span``'s are
``evidence_start``/``evidence_end`` (their names from before spans were typed)."""


def _same(got: Any, want: Any) -> bool:
    """``got`` (from JSON, CSV text or Arrow) stands for ``want`` (a model's JSON value)."""
    if isinstance(got, str) and not isinstance(want, str):
        if got == "":
            return want is None or want == []
        try:
            got = json.loads(got)
        except ValueError:
            return str(want) == got
    if isinstance(want, float) or isinstance(got, float):
        return got is not None and want is not None and abs(float(got) - float(want)) < 1e-9
    if isinstance(want, list) and isinstance(got, list | tuple):
        return list(got) == want
    return bool(got == want)


def _found(row: dict[str, Any], name: str, want: Any) -> bool:
    """Is field ``name`` with value ``want`` in ``row``: a key of its own, or a span's two keys?"""
    if name in row:
        return _same(row[name], want)
    if isinstance(want, list) and len(want) == 2:
        base = SPAN_ALIASES.get(name, name)
        return _same(row.get(f"{base}_start"), want[0]) and _same(row.get(f"{base}_end"), want[1])
    return False


@pytest.fixture(scope="module")
def surfaces(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """For each surface, the rows of each model: what a user gets back for the record above."""
    doc = Document(text=TEXT, doc="contract", path="/reports/contract.txt")
    url = f"sqlite:///{tmp_path_factory.mktemp('contract') / 's.db'}"
    with Store.open(url) as store:
        store_document(store, doc, RECORD.model_copy(deep=True))
        with TestClient(create_app(store)) as c:
            [fact] = c.get("/api/facts").json()["items"]
            document = c.get(f"/api/documents/{fact['document_id']}").json()
            exports = {fmt: c.get("/api/export", params={"format": fmt}).content for fmt in ("csv", "json", "parquet")}
    [csv_row] = list(csv.DictReader(io.StringIO(exports["csv"].decode("utf-8-sig"))))
    [json_row] = json.loads(exports["json"])
    [parquet_row] = pq.read_table(io.BytesIO(exports["parquet"])).to_pylist()
    _, tables = record_rows("contract#0", doc, RECORD, source="contract.jsonl", row=0, url=None)
    batch = {t: pa.Table.from_pylist(rows, schema=SCHEMAS[t]).to_pylist() for t, rows in tables.items()}
    flat = {"fact": [fact], "meeting": [fact], "person": [fact]}
    return {
        "api_fact": flat,
        "api_document": {"fact": document["facts"], "meeting": [document["meeting"]], "person": document["people"]},
        "csv": {m: [csv_row] for m in ("fact", "meeting", "person")},
        "json": {m: [json_row] for m in ("fact", "meeting", "person")},
        "parquet": {m: [parquet_row] for m in ("fact", "meeting", "person")},
        "batch": {"fact": batch["facts"], "meeting": batch["meetings"], "person": batch["people"]},
    }


MODELS = {"fact": FACT, "meeting": MEETING, "person": PERSON}
CASES = [(m, name) for m, obj in MODELS.items() for name in type(obj).model_fields]


def test_every_field_is_set_in_the_sample() -> None:
    """Each field of the sample differs from its default, so finding it proves it travelled."""
    for m, obj in MODELS.items():
        for name, info in type(obj).model_fields.items():
            assert getattr(obj, name) != info.get_default(call_default_factory=True), (m, name)


@pytest.mark.parametrize(("model", "name"), CASES, ids=[f"{m}.{n}" for m, n in CASES])
def test_field_reaches_every_surface(surfaces: dict[str, dict[str, list[dict[str, Any]]]], model: str,
                                     name: str) -> None:
    want = MODELS[model].model_dump(mode="json")[name]
    excluded = EXCLUDED.get((model, name), {})
    missing = [s for s, rows in surfaces.items()
               if s not in excluded and not any(_found(r, name, want) for r in rows[model])]
    assert not missing, f"{model}.{name} = {want!r} is not in {missing}"
    wrongly = [s for s in excluded if any(_found(r, name, want) for r in surfaces[s][model])]
    assert not wrongly, f"{model}.{name} is excluded from {wrongly} but is there: drop the exclusion"


def test_malformed_and_origin_reach_the_api_and_exports(surfaces: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    for s in ("api_fact", "csv", "json", "parquet"):
        row = surfaces[s]["fact"][0]
        assert _same(row["malformed"], True) and row["origin"] == "table", s


def test_streamed_json_is_the_record_json_with_every_field_set() -> None:
    """`soket extract` writes a record a fact at a time (Record.iter_json): the same characters as
    the record's JSON, for a record with every field set."""
    assert "".join(RECORD.iter_json()) == json.dumps(RECORD.to_dict(), ensure_ascii=False)
