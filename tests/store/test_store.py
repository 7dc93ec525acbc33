"""The store on SQLite and PostgreSQL alike: ingest, replace, failures, concurrency, queries,
search with and without diacritics, export."""

from __future__ import annotations

import csv
import io
import json
import threading

import pytest
from sqlalchemy import select

from soket.service import ingest_document, ingest_documents
from soket.store.export import export_bytes
from soket.store.models import DocumentRow
from soket.store.queries import (
    FactFilter,
    compare,
    counts,
    export_rows,
    list_indicators,
    list_localities,
    parse_period,
)
from soket.store.queries import get_document as _get_document
from soket.store.queries import list_documents as _list_documents
from soket.store.queries import list_facts as _list_facts
from soket.store.queries import search as _search

from .gold import gold_files

N_GOLD = len(gold_files())  # the shared gold set, counted from the files: it grows


def _counts(store):
    with store.read() as s:
        return counts(s)


# the answers in their JSON shapes, as the API gives them
def list_facts(*a, **k):
    total, items = _list_facts(*a, **k)
    return total, [f.to_dict() for f in items]


def list_documents(*a, **k):
    total, items = _list_documents(*a, **k)
    return total, [d.model_dump(mode="json") for d in items]


def get_document(*a, **k):
    d = _get_document(*a, **k)
    return None if d is None else d.model_dump(mode="json")


def search(*a, **k):
    return _search(*a, **k).model_dump(mode="json")


def test_ingest_twice_changes_nothing(store, corpus, fake_extract):
    r1 = ingest_documents(store, [corpus])
    assert r1.summary() == {"stored": N_GOLD, "replaced": 0, "unchanged": 0, "failed": 0}
    c1 = _counts(store)
    assert c1["documents"] == c1["meetings"] == N_GOLD
    assert c1["facts"] > 250
    r2 = ingest_documents(store, [corpus])
    assert r2.summary()["unchanged"] == N_GOLD
    assert _counts(store) == c1


def test_same_content_under_another_path_is_not_stored_again(store, corpus, fake_extract, tmp_path):
    ingest_documents(store, [corpus])
    copy = tmp_path / "copy.txt"
    copy.write_bytes(next(corpus.glob("dv_01*")).read_bytes())
    r = ingest_documents(store, [copy])
    assert r.files[0].status == "unchanged"
    assert _counts(store)["documents"] == N_GOLD


def test_changed_document_replaces_its_record(store, corpus, fake_extract):
    ingest_documents(store, [corpus])
    before = _counts(store)
    path = corpus / "dv_01.txt"
    with store.read() as s:
        old = s.scalars(select(DocumentRow).where(DocumentRow.doc == "dv_01")).one()
        old_id, old_sha, old_n = old.id, old.sha256, len(old.facts)
    path.write_text(path.read_text(encoding="utf-8") + "\nGhi chú: zyxwvutqp mới thêm.\n", encoding="utf-8")
    r = ingest_documents(store, [corpus])
    assert r.summary() == {"stored": 0, "replaced": 1, "unchanged": N_GOLD - 1, "failed": 0}
    after = _counts(store)
    assert after == before
    with store.read() as s:
        rows = s.scalars(select(DocumentRow).where(DocumentRow.doc == "dv_01")).all()
        assert len(rows) == 1
        assert rows[0].id != old_id and rows[0].sha256 != old_sha
        assert len(rows[0].facts) == old_n
        assert "zyxwvutqp" in rows[0].text
        assert search(s, "zyxwvutqp")["total_documents"] == 1


def test_replace_removes_old_rows_from_search(store, tmp_path, fake_extract):
    p = tmp_path / "a.txt"
    p.write_text("Báo cáo về quxquxword trong năm.", encoding="utf-8")
    ingest_documents(store, [p])
    with store.read() as s:
        assert search(s, "quxquxword")["total_documents"] == 1
    p.write_text("Báo cáo khác hẳn, không còn từ đó.", encoding="utf-8")
    assert ingest_documents(store, [p]).files[0].status == "replaced"
    with store.read() as s:
        assert search(s, "quxquxword")["total_documents"] == 0
        assert search(s, "khac han")["total_documents"] == 1


def test_a_failing_file_is_reported_and_the_rest_stored(store, corpus, fake_extract, monkeypatch):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf at all")
    import soket.extract

    def flaky(doc):
        if doc.doc == "dv_02":
            raise RuntimeError("extractor exploded")
        return fake_extract(doc)

    monkeypatch.setattr(soket.extract, "extract_document", flaky)
    r = ingest_documents(store, [corpus])
    failed = {f.path.rsplit("/", 1)[-1]: f.error for f in r.failed}
    assert set(failed) == {"empty.txt", "broken.pdf", "dv_02.txt"}
    assert "extractor exploded" in failed["dv_02.txt"]
    assert r.count("stored") == N_GOLD - 1
    assert _counts(store)["documents"] == N_GOLD - 1


def test_concurrent_ingests_of_one_file_store_it_once(store, corpus, fake_extract):
    from soket.ingest import load_path

    path = corpus / "dv_03.txt"
    results, errors = [], []
    barrier = threading.Barrier(8)

    def work():
        try:
            doc = load_path(path)
            doc.path = str(path.resolve())
            barrier.wait()
            results.append(ingest_document(store, doc).status)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(results).count("stored") == 1
    assert results.count("unchanged") == 7
    assert _counts(store)["documents"] == 1


# --- queries ------------------------------------------------------------------------------------


@pytest.fixture
def loaded(store, corpus, fake_extract):
    ingest_documents(store, [corpus])
    with store.read() as s:
        yield s


def test_facts_filters_and_paging(loaded):
    s = loaded
    total, first = list_facts(s, limit=1000)
    assert total == len(first) > 250
    assert all(isinstance(f["value"], int | float) or f["value"] is None for f in first)
    pages = []
    for off in range(0, total, 37):
        t, items = list_facts(s, limit=37, offset=off)
        assert t == total
        pages.extend(items)
    assert [f["id"] for f in pages] == [f["id"] for f in first]
    n, br = list_facts(s, FactFilter(indicator="budget_revenue"), limit=1000)
    assert n == len(br) > 20 and {f["indicator"] for f in br} == {"budget_revenue"}
    n2, _ = list_facts(s, FactFilter(indicator="budget_revenue", role="amount"), limit=1000)
    assert 0 < n2 < n
    loc = br[0]["locality"]
    _, with_acc = list_facts(s, FactFilter(locality=loc), limit=1000)
    from soket.text import fold

    _, without = list_facts(s, FactFilter(locality=fold(loc).upper()), limit=1000)
    assert with_acc and [f["id"] for f in with_acc] == [f["id"] for f in without]
    _, y2020 = list_facts(s, FactFilter(year=2020), limit=1000)
    assert y2020 and {f["year"] for f in y2020} == {2020}
    _, h1 = list_facts(s, FactFilter(period="2020-H1"), limit=1000)
    assert h1 and all((f["year"], f["start_month"], f["end_month"]) == (2020, 1, 6) for f in h1)
    assert {f["period"] for f in h1} == {"2020-H1"}
    _, q = list_facts(s, FactFilter(q="dang vien"), limit=1000)
    assert q and all("đảng viên" in (f["subject"] or "").lower() + f["evidence"].lower() + (f["unit"] or "")
                     for f in q)
    assert list_facts(s, FactFilter(indicator="budget_revenue", year=1999))[0] == 0


def test_parse_period():
    assert parse_period("2021-H1") == (2021, 1, 6)
    assert parse_period("2021-h2") == (2021, 7, 12)
    assert parse_period("2021-9M") == (2021, 1, 9)
    assert parse_period("2021-Q3") == (2021, 7, 9)
    assert parse_period("2021-FY") == (2021, 1, 12)
    assert parse_period("2021-M2-5") == (2021, 2, 5)
    for bad in ("2021", "21-H1", "2021-Q5", "2021-13M", "2021-M5-2", "x"):
        with pytest.raises(ValueError):
            parse_period(bad)


def test_documents_localities_indicators(loaded):
    s = loaded
    total, docs = list_documents(s, limit=10)
    assert total == N_GOLD and len(docs) == 10
    assert sum(d["n_facts"] for d in list_documents(s, limit=100)[1]) == list_facts(s)[0]
    locs = list_localities(s)
    assert sum(i["n_documents"] for i in locs) <= N_GOLD
    assert all(i["periods"] and i["locality"] for i in locs)
    inds = list_indicators(s)
    assert {"budget_revenue", "grdp"} <= {i["key"] for i in inds}
    assert next(i for i in inds if i["key"] == "budget_revenue")["n_facts"] > 20
    d = get_document(s, docs[0]["id"])
    assert d["text"] and d["meeting"] and d["facts"]
    for f in d["facts"]:
        assert d["text"][f["span"][0]:f["span"][1]] == f["raw"]


def test_compare(loaded):
    s = loaded
    rows = compare(s, "budget_revenue")
    assert len(rows) >= 10
    assert all(r.role == "amount" and r.unit == "VND" for r in rows)
    keys = [(r.locality, r.province, r.year, r.start_month, r.end_month) for r in rows]
    assert len(keys) == len(set(keys))
    by_period = compare(s, "budget_revenue", by="period")
    years = [r.year or 0 for r in by_period]
    assert years == sorted(years)
    one = compare(s, "budget_revenue", year=2020)
    assert one and all(r.year == 2020 for r in one)


def test_export_formats(loaded):
    s = loaded
    flt = FactFilter(indicator="budget_revenue")
    rows = list(export_rows(s, flt))
    assert rows and all(r["indicator"] == "budget_revenue" for r in rows)
    raw = export_bytes(iter(rows), "csv")
    assert raw.startswith(b"\xef\xbb\xbffact_id,document_id,")  # one BOM: spreadsheets read UTF-8
    text = raw[3:].decode("utf-8")
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert len(parsed) == len(rows)
    assert float(parsed[0]["value"]) == rows[0]["value"]
    assert parsed[0]["period"] == rows[0]["period"]
    js = json.loads(export_bytes(iter(rows), "json"))
    assert js == json.loads(json.dumps(rows, ensure_ascii=False))
    assert isinstance(js[0]["value"], int | float)
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(export_bytes(iter(rows), "parquet")))
    assert table.num_rows == len(rows)
    assert table.schema.field("value").type == pa.float64()
    assert table.schema.field("year").type == pa.int32()
    assert table.column("value").to_pylist() == [r["value"] for r in rows]
    assert any(v is not None and not float(v).is_integer() for v in table.column("value").to_pylist())
    assert export_bytes(iter([]), "json") == b"[]\n"


# --- search -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("plain", "accented"), [
    ("ngan sach", "ngân sách"),
    ("dang vien", "đảng viên"),
    ("DANG VIEN", "ĐẢNG VIÊN"),
    ("ket nap", "kết nạp"),
])
def test_search_with_and_without_diacritics(loaded, plain, accented):
    a = search(loaded, plain, limit=200)
    b = search(loaded, accented, limit=200)
    assert a["total_documents"] > 0 and a["total_facts"] > 0
    assert a["total_documents"] == b["total_documents"] and a["total_facts"] == b["total_facts"]
    assert [d["id"] for d in a["documents"]] == [d["id"] for d in b["documents"]]
    word = accented.lower().split()[0]
    assert any(word in d["snippet"].lower() for d in b["documents"])


@pytest.mark.parametrize("q", ['ngân" OR *', "NEAR(a b)", "'; DROP TABLE facts; --", "\"\"", "%_", "*", "-"])
def test_search_is_not_a_query_language(loaded, q):
    res = search(loaded, q)
    assert isinstance(res["documents"], list)
    assert _counts_from(loaded)["facts"] > 0


def _counts_from(s):
    return counts(s)


def test_search_matches_the_words_as_a_phrase(store, tmp_path):
    """Both words, side by side and in order: "đảng viên" is not "Đảng bộ ... viên chức"."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Ban Chấp hành Đảng bộ xã họp. Kết nạp 12 đảng viên mới.", encoding="utf-8")
    (d / "b.txt").write_text("Hội nghị Đảng bộ xã. Khen thưởng 3 viên chức.", encoding="utf-8")
    assert not ingest_documents(store, [d]).failed
    with store.read() as s:
        res = search(s, "dang vien")
        assert [x["doc"] for x in res["documents"]] == ["a"] and res["total_facts"] == 1
        assert search(s, "viên đảng")["total_documents"] == 0
        assert search(s, "Đảng bộ")["total_documents"] == 2


def test_search_nothing(loaded):
    assert search(loaded, "khongtontaitu")["total_documents"] == 0
    assert search(loaded, "   ")["total_facts"] == 0
