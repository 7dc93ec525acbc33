"""The HTTP API contract (docs/api.md): shapes, paging, filters, one error envelope, the write
token, the body limit."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from soket.api import create_app
from soket.text import fold

from .conftest import TOKEN, assert_error, gold_files

DOC_KEYS = {"id", "doc", "title", "path", "sha256", "format", "body_kind", "locality", "locality_kind",
            "province", "date", "year", "start_month", "end_month", "n_facts"}
FACT_KEYS = {"id", "document_id", "doc", "subject", "indicator", "value", "unit", "role", "qualifier",
             "estimated", "basis", "of", "raw", "span", "evidence", "evidence_span", "locality",
             "locality_kind", "province", "body_kind", "date", "year", "start_month", "end_month"}


# --- reads --------------------------------------------------------------------------------------


def test_documents_list_and_one(client):
    r = client.get("/api/documents", params={"limit": 5})
    body = r.json()
    assert r.status_code == 200 and body["ok"] is True and body["total"] == len(gold_files()) and len(body["items"]) == 5
    assert DOC_KEYS <= set(body["items"][0])
    one = client.get(f"/api/documents/{body['items'][0]['id']}").json()
    assert one["ok"] is True
    assert DOC_KEYS | {"text", "meeting", "period", "people", "authors", "tasks", "limitations", "issues",
                       "facts"} <= set(one)
    assert one["n_facts"] == len(one["facts"])
    for f in one["facts"]:
        assert {"id", "span", "evidence_span"} <= set(f)
        assert one["text"][f["span"][0]:f["span"][1]] == f["raw"]


def test_facts_shape_paging_and_default_limit(client):
    body = client.get("/api/facts").json()
    assert body["ok"] and body["limit"] == 50 and len(body["items"]) == 50 and body["total"] > 250
    assert FACT_KEYS <= set(body["items"][0])
    total = body["total"]
    seen = []
    for off in range(0, total, 100):
        page = client.get("/api/facts", params={"limit": 100, "offset": off}).json()
        assert page["total"] == total
        seen.extend(f["id"] for f in page["items"])
    assert len(seen) == len(set(seen)) == total
    assert client.get("/api/facts", params={"offset": total}).json()["items"] == []


def test_facts_keyset_pages_follow_next(client):
    """``after`` = the ``next`` of the page before gives the offset pages, in order; the last page
    has no ``next``; ``count=none`` leaves the total out and ``count=exact`` agrees with the cache."""
    first = client.get("/api/facts", params={"limit": 100, "role": "amount"}).json()
    total, after, seen = first["total"], first["next"], [f["id"] for f in first["items"]]
    while after is not None:
        page = client.get("/api/facts", params={"limit": 100, "role": "amount", "after": after, "count": "none"}).json()
        assert page["total"] is None
        seen.extend(f["id"] for f in page["items"])
        after = page["next"]
    by_offset = [f["id"] for off in range(0, total, 100) for f in client.get(
        "/api/facts", params={"limit": 100, "role": "amount", "offset": off}).json()["items"]]
    assert seen == by_offset and len(seen) == total > 100
    assert client.get("/api/facts", params={"role": "amount", "count": "exact"}).json()["total"] == total
    assert client.get("/api/facts", params={"after": "x"}).status_code == 422
    assert client.get("/api/facts", params={"count": "maybe"}).status_code == 422


def test_facts_filters(client):
    br = client.get("/api/facts", params={"indicator": "budget_revenue", "role": "amount", "limit": 1000}).json()
    assert br["total"] > 10
    assert all(f["indicator"] == "budget_revenue" and f["role"] == "amount" for f in br["items"])
    assert all(isinstance(f["value"], int | float) for f in br["items"])
    loc = br["items"][0]["locality"]
    a = client.get("/api/facts", params={"locality": loc, "limit": 1000}).json()
    b = client.get("/api/facts", params={"locality": fold(loc), "limit": 1000}).json()
    assert a["total"] == b["total"] > 0 and all(f["locality"] == loc for f in a["items"])
    y = client.get("/api/facts", params={"year": 2021, "limit": 1000}).json()
    assert y["total"] > 0 and {f["year"] for f in y["items"]} == {2021}
    h1 = client.get("/api/facts", params={"period": "2021-H1", "limit": 1000}).json()
    assert 0 < h1["total"] <= y["total"]
    usd = client.get("/api/facts", params={"unit": "USD"}).json()
    assert all(f["unit"] == "USD" for f in usd["items"])
    doc_id = br["items"][0]["document_id"]
    d = client.get("/api/facts", params={"document_id": doc_id, "limit": 1000}).json()
    assert d["total"] == client.get(f"/api/documents/{doc_id}").json()["n_facts"]
    q = client.get("/api/facts", params={"q": "ket nap", "limit": 1000}).json()
    assert q["total"] > 0
    one = client.get(f"/api/facts/{br['items'][0]['id']}").json()
    assert one["ok"] and one["id"] == br["items"][0]["id"]


def test_localities_indicators_compare(client):
    locs = client.get("/api/localities", params={"limit": 1000}).json()
    assert locs["total"] == len(locs["items"]) > 10
    it = locs["items"][0]
    assert {"locality", "locality_kind", "province", "n_documents", "periods"} <= set(it)
    assert {"year", "start_month", "end_month", "document_id"} <= set(it["periods"][0])
    inds = client.get("/api/indicators", params={"limit": 1000}).json()
    assert {"key", "label", "unit", "n_facts"} <= set(inds["items"][0])
    assert next(i for i in inds["items"] if i["key"] == "budget_revenue")["n_facts"] > 10
    cmp = client.get("/api/compare", params={"indicator": "budget_revenue"}).json()
    assert cmp["ok"] and cmp["total"] >= 10
    assert {"locality", "locality_kind", "province", "year", "start_month", "end_month", "value", "unit", "role",
            "fact_id", "document_id"} <= set(cmp["items"][0])
    by_p = client.get("/api/compare", params={"indicator": "budget_revenue", "by": "period", "role": "plan_pct"})
    assert by_p.status_code == 200 and all(i["role"] == "plan_pct" for i in by_p.json()["items"])
    assert_error(client.get("/api/compare"), 422)
    assert_error(client.get("/api/compare", params={"indicator": "budget_revenue", "by": "x"}), 422)


def test_search_with_and_without_diacritics(client):
    a = client.get("/api/search", params={"q": "dang vien"}).json()
    b = client.get("/api/search", params={"q": "đảng viên"}).json()
    assert a["ok"] and a["documents"] and a["facts"]
    assert [d["id"] for d in a["documents"]] == [d["id"] for d in b["documents"]]
    assert {"id", "doc", "title", "snippet"} <= set(a["documents"][0])
    assert FACT_KEYS <= set(a["facts"][0])
    assert_error(client.get("/api/search"), 422)


def test_export_formats(client):
    r = client.get("/api/export", params={"format": "csv", "indicator": "budget_revenue"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith(b"\xef\xbb\xbffact_id,")  # the BOM: spreadsheets read UTF-8
    rows = list(csv.DictReader(io.StringIO(r.content[3:].decode("utf-8"))))
    n = client.get("/api/facts", params={"indicator": "budget_revenue"}).json()["total"]
    assert len(rows) == n and {"locality", "period", "value", "unit", "year"} <= set(rows[0])
    j = client.get("/api/export", params={"format": "json", "indicator": "budget_revenue"}).json()
    assert len(j) == n and isinstance(j[0]["value"], int | float)
    p = client.get("/api/export", params={"format": "parquet", "indicator": "budget_revenue"})
    import pyarrow.parquet as pq

    assert pq.read_table(io.BytesIO(p.content)).num_rows == n
    assert_error(client.get("/api/export", params={"format": "xlsx"}), 422)


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "status"), [
    ("/api/facts?limit=0", 422),
    ("/api/facts?limit=1001", 422),
    ("/api/facts?offset=-1", 422),
    ("/api/facts?role=nonsense", 422),
    ("/api/facts?year=abc", 422),
    ("/api/facts?indicator=not_a_key", 422),
    ("/api/facts?period=2021-Q9", 422),
    ("/api/documents/999999", 404),
    ("/api/documents/abc", 422),
    ("/api/facts/999999", 404),
    ("/api/nowhere", 404),
])
def test_one_error_envelope(client, url, status):
    assert_error(client.get(url), status)


def test_validation_errors_say_where(client):
    body = assert_error(client.get("/api/facts?limit=5000"), 422)
    assert "limit" in body["error"]
    assert body["errors"][0]["loc"] == ["query", "limit"]


def test_method_not_allowed_is_in_the_envelope(client):
    assert_error(client.delete("/api/facts"), 405)


def test_unexpected_errors_are_in_the_envelope(client, monkeypatch):
    from soket.store import queries

    def boom(*a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "facts_page", boom)
    # count=exact: never answered from the answer cache (api/cache.py), so the handler runs
    body = assert_error(client.get("/api/facts", params={"count": "exact"}), 500)
    assert "secret" not in body["error"]


def test_no_cors_by_default(client):
    r = client.get("/api/facts", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in {k.lower() for k in r.headers}


def test_openapi_is_served(client):
    spec = client.get("/openapi.json").json()
    assert "/api/facts" in spec["paths"] and "/api/documents" in spec["paths"]


def test_openapi_documents_the_real_error_envelope(client):
    """Every /api operation documents its 4xx answers as the envelope the app really sends
    (``{ok: false, status, error, errors}``), not FastAPI's default ``HTTPValidationError``; the
    answers to a bad parameter and to an unknown id match that schema."""
    from soket.api.schemas import ErrorAnswer

    spec = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in json.dumps(spec)
    envelope = spec["components"]["schemas"]["ErrorAnswer"]
    assert set(envelope["properties"]) == {"ok", "status", "error", "errors"}
    for path, ops in spec["paths"].items():
        if not path.startswith("/api/"):
            continue
        for method, op in ops.items():
            for code in ("404", "422"):
                ref = op["responses"][code]["content"]["application/json"]["schema"]["$ref"]
                assert ref == "#/components/schemas/ErrorAnswer", (method, path, code)
            assert op["responses"]["200" if method == "get" else "201"]["content"], (method, path)
    upload = spec["paths"]["/api/documents"]["post"]["responses"]
    assert {"401", "403", "413"} <= set(upload)
    for url, status in (("/api/facts?limit=-1", 422), ("/api/documents/987654321", 404),
                        ("/api/facts?period=2021-XX", 422), ("/api/compare", 422)):
        r = client.get(url)
        assert r.status_code == status, (url, r.text)
        body = r.json()
        assert set(body) == set(envelope["properties"]), body
        answer = ErrorAnswer.model_validate(body)
        assert answer.ok is False and answer.status == status and answer.error
        if status == 422:
            assert answer.errors or "period" in answer.error


# --- writes -------------------------------------------------------------------------------------

REPORT = ("Hội nghị Ban Chấp hành Đảng bộ huyện Thử Nghiệm. Thu ngân sách đạt 120 tỷ đồng; "
          "kết nạp 15 đảng viên mới.").encode()


def test_upload_refused_when_read_only(loaded_url):
    with TestClient(create_app(loaded_url), raise_server_exceptions=False) as c:
        r = c.post("/api/documents", files={"file": ("a.txt", REPORT)}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert_error(r, 403)


def test_upload_with_token(empty_url):
    with TestClient(create_app(empty_url, write_token=TOKEN), raise_server_exceptions=False) as c:
        assert_error(c.post("/api/documents", files={"file": ("a.txt", REPORT)}), 401)
        r = c.post("/api/documents", files={"file": ("a.txt", REPORT)}, headers={"Authorization": "Bearer wrong"})
        assert_error(r, 401)
        for auth in (f"Basic {TOKEN}", TOKEN, f"Token {TOKEN}", "Bearer", f"Bearer {TOKEN}x"):
            assert_error(c.post("/api/documents", files={"file": ("a.txt", REPORT)},
                                headers={"Authorization": auth}), 401)
        assert r.headers.get("www-authenticate") == "Bearer"
        auth = {"Authorization": f"Bearer {TOKEN}"}
        r = c.post("/api/documents", files={"file": ("a.txt", REPORT)}, headers=auth)
        assert r.status_code == 201, r.text
        d = r.json()
        assert d["ok"] and d["ingest"] == "stored" and d["doc"] == "a" and "text" in d
        again = c.post("/api/documents", files={"file": ("b.txt", REPORT)}, headers=auth)
        assert again.status_code == 200 and again.json()["ingest"] == "unchanged"
        assert again.json()["id"] == d["id"]
        assert c.get("/api/documents").json()["total"] == 1
        assert_error(c.post("/api/documents", files={"file": ("e.txt", b"")}, headers=auth), 422)
        assert_error(c.post("/api/documents", headers=auth), 422)


def test_api_reads_on_each_backend(empty_url, tmp_path, fake_extract):
    from _store import ingest

    texts = [t for t, _ in list(gold_files().values())[:4]]
    ingest(empty_url, texts)
    with TestClient(create_app(empty_url), raise_server_exceptions=False) as c:
        assert c.get("/api/documents").json()["total"] == 4
        facts = c.get("/api/facts", params={"limit": 1000}).json()
        assert facts["total"] > 20
        assert c.get("/api/search", params={"q": "ngan sach"}).json()["facts"]
        body = json.loads(c.get("/api/export", params={"format": "json"}).content)
        assert len(body) == facts["total"]
        for params in ({"unit": "a\x00b"}, {"q": "ngân\x00"}, {"locality": "\x00"}):
            assert_error(c.get("/api/facts", params=params), 422)
        assert c.get("/api/facts", params={"q": "' OR 1=1 --", "unit": "%"}).status_code == 200


# --- any parameters: an answer or a 422, never a 500 ---------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_param = st.one_of(_text, st.integers(-10**12, 10**12).map(str), st.sampled_from(
    ["budget_revenue", "amount", "2021-H1", "Phúc Yên", "ngân sách", "0", "1000", "1001", "-1", "%", "'", '"']))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/api/facts", "/api/documents", "/api/compare", "/api/search", "/api/localities",
                             "/api/indicators", "/api/export"]),
       params=st.dictionaries(st.sampled_from(["indicator", "locality", "province", "year", "period", "role", "unit",
                                               "document_id", "q", "limit", "offset", "by", "format"]),
                              _param, max_size=5))
def test_any_parameters_answer_or_422(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code in (200, 422), (r.status_code, r.text[:300])
    if r.status_code == 422:
        assert r.json()["ok"] is False


def test_labels_in_english_and_vietnamese(client):
    en = client.get("/api/labels", params={"lang": "en"}).json()
    vi = client.get("/api/labels").json()
    assert en["ok"] and en["lang"] == "en" and vi["lang"] == "vi"
    assert en["roles"]["plan_pct"] == "Share of plan achieved (%)" and vi["roles"]["plan_pct"] == "Đạt kế hoạch (%)"
    assert en["indicators"]["budget_revenue"] == "State budget revenue"
    assert en["period_kinds"]["H1"] == "First half" and en["columns"]["evidence"] == "Source sentence"
    inds_en = {i["key"]: i["label"] for i in client.get("/api/indicators", params={"lang": "en", "limit": 1000}).json()["items"]}
    inds_vi = {i["key"]: i["label"] for i in client.get("/api/indicators", params={"limit": 1000}).json()["items"]}
    assert inds_en["budget_revenue"] == "State budget revenue" and inds_vi["budget_revenue"] != inds_en["budget_revenue"]
    assert_error(client.get("/api/labels", params={"lang": "fr"}), 422)


def test_export_headings_in_either_language(client):
    from soket.store.queries import EXPORT_COLUMNS

    keys = client.get("/api/export", params={"format": "csv", "year": 2021}).content.decode("utf-8-sig")
    en = client.get("/api/export", params={"format": "csv", "year": 2021, "lang": "en"}).content.decode("utf-8-sig")
    vi = client.get("/api/export", params={"format": "csv", "year": 2021, "lang": "vi"}).content.decode("utf-8-sig")
    head = [next(csv.reader(io.StringIO(t))) for t in (keys, en, vi)]
    assert head[0] == list(EXPORT_COLUMNS)
    assert head[1][:2] == ["Fact id", "Document id"] and "Source sentence" in head[1]
    assert head[2][0] == "Mã số liệu" and "Câu nguồn" in head[2]
    assert keys.split("\n", 1)[1] == en.split("\n", 1)[1] == vi.split("\n", 1)[1]  # the same rows
    rows = client.get("/api/export", params={"format": "json", "year": 2021, "lang": "en"}).json()
    assert rows and list(rows[0])[:2] == ["Fact id", "Document id"]
    import pyarrow.parquet as pq

    pq_bytes = client.get("/api/export", params={"format": "parquet", "year": 2021, "lang": "vi"}).content
    assert pq.read_table(io.BytesIO(pq_bytes)).column_names[0] == "Mã số liệu"
