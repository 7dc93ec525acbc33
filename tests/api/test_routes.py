"""The /api endpoints (api/routes.py), one by one, over a store of three short reports of our own
(``api/reports.py``) on SQLite and on PostgreSQL: what each answers, its filters and paging, its
refusals. The contract over the gold corpus and any parameters is ``test_api.py``."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient

from soket.api import create_app, routes
from soket.settings import Settings

from .conftest import TOKEN
from .reports import N_FACTS, REPORTS, write_reports

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(small_url):
    with TestClient(create_app(small_url, rate_limit="off"), raise_server_exceptions=False) as c:
        yield c


def _doc_ids(client) -> dict[str, int]:
    return {d["doc"]: d["id"] for d in client.get("/api/documents").json()["items"]}


# --- the parameter helpers ----------------------------------------------------------------------


def test_check_indicator_and_period():
    routes._check_indicator(None)
    routes._check_indicator("budget_revenue")
    with pytest.raises(HTTPException) as e:
        routes._check_indicator("thu_ngan_sach")
    assert e.value.status_code == 422 and "/api/indicators" in e.value.detail
    routes._check_period(None)
    routes._check_period("2021-H1")
    routes._check_period("2021-Q3")
    for bad in ("2021-Q9", "H1-2021", "2021"):
        with pytest.raises(HTTPException) as e:
            routes._check_period(bad)
        assert e.value.status_code == 422 and e.value.detail.startswith("period: ")


def test_fact_filter_maps_the_query_to_a_filter():
    from soket.api.deps import Role

    f = routes.fact_filter(indicator="budget_revenue", locality="Yen The", year=2021, period="2021-H1",
                           role=Role("plan_pct"), unit="%", q="ngan sach", sources="all")
    assert (f.indicator, f.locality, f.year, f.period, f.role, f.unit, f.q) == (
        "budget_revenue", "Yen The", 2021, "2021-H1", "plan_pct", "%", "ngan sach")
    assert f.all_sources is True
    assert routes.fact_filter(sources="one").all_sources is None and routes.fact_filter(sources="one").role is None
    t = routes.table_filter(body_kind="executive_committee", level="huyện", origin="text", malformed=True)
    assert (t.body_kind, t.level, t.origin, t.malformed) == ("executive_committee", "huyện", "text", True)


# --- reads --------------------------------------------------------------------------------------


def test_health_counts_the_rows(client):
    h = client.get("/api/health").json()
    assert h["ok"] is True
    assert h["counts"]["documents"] == len(REPORTS) and h["counts"]["facts"] == N_FACTS
    assert h["counts"]["issues"] == 1  # the malformed "60,6,2%"


def test_documents_filters_and_paging(client):
    body = client.get("/api/documents").json()
    assert body["total"] == 3 and {d["doc"] for d in body["items"]} == set(REPORTS)
    yen_the = client.get("/api/documents", params={"locality": "Yen The"}).json()  # no diacritics
    assert yen_the["total"] == 2 and {d["locality"] for d in yen_the["items"]} == {"Yên Thế"}
    assert [d["doc"] for d in client.get("/api/documents", params={"year": 2020}).json()["items"]] == [
        "yenthe_2020_fy"]
    assert [d["doc"] for d in client.get("/api/documents", params={"province": "Vĩnh Phúc"}).json()["items"]] == [
        "phucyen_2021_h1"]
    page = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 3 and len(page["items"]) == 1 and (page["limit"], page["offset"]) == (2, 2)


def test_one_document_and_404(client):
    ids = _doc_ids(client)
    d = client.get(f"/api/documents/{ids['phucyen_2021_h1']}").json()
    assert d["ok"] and d["doc"] == "phucyen_2021_h1" and d["text"] == REPORTS["phucyen_2021_h1"]
    assert d["meeting"]["locality"] == "Phúc Yên" and d["period"]["end_month"] == 6
    assert d["n_facts"] == len(d["facts"]) == 6
    assert all(d["text"][f["span"][0]:f["span"][1]] == f["raw"] for f in d["facts"])
    assert [i["code"] for i in d["issues"]] == ["malformed_number"]
    missing = client.get("/api/documents/987654")
    assert missing.status_code == 404 and missing.json()["error"] == "no document 987654"
    assert client.get(f"/api/documents/{2**63}").status_code == 422  # over MAX_ID: never reaches SQL


def test_facts_filters(client):
    amounts = client.get("/api/facts", params={"indicator": "budget_revenue", "role": "amount"}).json()
    assert sorted(f["value"] for f in amounts["items"]) == [186.4e9, 316.7e9, 350e9]
    h1 = client.get("/api/facts", params={"period": "2021-H1", "count": "exact"}).json()
    assert h1["total"] == 11 and {f["year"] for f in h1["items"]} == {2021}
    usd = client.get("/api/facts", params={"unit": "USD"}).json()
    assert [(f["raw"], f["indicator"]) for f in usd["items"]] == [("12 triệu USD", "exports")]
    q = client.get("/api/facts", params={"q": "ket nap"}).json()
    assert sorted(f["value"] for f in q["items"]) == [30, 45, 80]
    one_doc = client.get("/api/facts", params={"document_id": _doc_ids(client)["yenthe_2020_fy"]}).json()
    assert one_doc["total"] == 3
    assert client.get("/api/facts", params={"sources": "both"}).status_code == 422


def test_a_malformed_figure_comes_back_flagged(client):
    [f] = [f for f in client.get("/api/facts", params={"limit": 100}).json()["items"] if f["raw"] == "60,6,2%"]
    assert f["value"] is None and f["malformed"] is True and f["origin"] == "text"
    one = client.get(f"/api/facts/{f['id']}").json()
    assert one["ok"] and one["id"] == f["id"] and one["malformed"] is True
    assert client.get("/api/facts/987654").status_code == 404


def test_facts_keyset_paging(client):
    first = client.get("/api/facts", params={"limit": 5}).json()
    seen, after = [f["id"] for f in first["items"]], first["next"]
    while after is not None:
        page = client.get("/api/facts", params={"limit": 5, "after": after, "count": "none"}).json()
        assert page["total"] is None
        seen.extend(f["id"] for f in page["items"])
        after = page["next"]
    assert len(seen) == len(set(seen)) == first["total"] == N_FACTS


def test_facts_table_sorts_filters_and_refuses_an_unknown_column(client):
    t = client.get("/api/table/facts", params={"indicator": "budget_revenue", "role": "amount", "sort": "value",
                                               "sort_desc": True}).json()
    assert [f["value"] for f in t["items"]] == [350e9, 316.7e9, 186.4e9]
    bad = client.get("/api/table/facts", params={"malformed": True}).json()
    assert bad["total"] == 1 and bad["items"][0]["raw"] == "60,6,2%"
    huyen = client.get("/api/table/facts", params={"level": "huyện"}).json()
    assert huyen["total"] == 8 and {f["locality"] for f in huyen["items"]} == {"Yên Thế"}
    r = client.get("/api/table/facts", params={"sort": "nope"})
    assert r.status_code == 400 and "sort must be one of" in r.json()["error"]


def test_documents_table(client):
    t = client.get("/api/table/documents", params={"sort": "year", "sort_desc": True, "facets": False}).json()
    assert [d["year"] for d in t["items"]] == [2021, 2021, 2020]
    assert [d["doc"] for d in client.get("/api/table/documents", params={"period": "2020-FY"}).json()["items"]] == [
        "yenthe_2020_fy"]
    assert client.get("/api/table/documents", params={"sort": "nope"}).status_code == 400
    assert client.get("/api/table/documents", params={"period": "2020-X"}).status_code == 422


def test_localities_are_paged_after_listing(client):
    locs = client.get("/api/localities").json()
    assert locs["total"] == 2 and [x["locality"] for x in locs["items"]] == ["Phúc Yên", "Yên Thế"]
    assert [p["period"] for p in locs["items"][1]["periods"]] == ["2020-FY", "2021-H1"]
    page = client.get("/api/localities", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 2 and [x["locality"] for x in page["items"]] == ["Yên Thế"]


def test_indicators_and_labels_in_either_language(client):
    vi = {i["key"]: i for i in client.get("/api/indicators", params={"limit": 1000}).json()["items"]}
    en = {i["key"]: i for i in client.get("/api/indicators", params={"limit": 1000, "lang": "en"}).json()["items"]}
    assert vi["new_party_members"]["n_facts"] == 3 and en["new_party_members"]["n_facts"] == 3
    assert en["budget_revenue"]["label"] == "State budget revenue" != vi["budget_revenue"]["label"]
    labels = client.get("/api/labels", params={"lang": "en"}).json()
    assert labels["lang"] == "en" and labels["indicators"]["budget_revenue"] == "State budget revenue"
    assert client.get("/api/labels").json()["lang"] == "vi"


def test_facts_and_compare_carry_labels_in_the_language_asked_for(client):
    """``?lang=en|vi`` on /api/facts, /api/facts/{id}, /api/table/facts and /api/compare gives each
    row a ``labels`` object in that language; without it the key is absent (the rows unchanged)."""
    plain = client.get("/api/facts", params={"indicator": "budget_revenue", "role": "plan_pct"}).json()["items"]
    assert plain and all("labels" not in f for f in plain)
    en = client.get("/api/facts", params={"indicator": "budget_revenue", "role": "plan_pct", "lang": "en"}).json()["items"]
    vi = client.get("/api/facts", params={"indicator": "budget_revenue", "role": "plan_pct", "lang": "vi"}).json()["items"]
    assert [f["id"] for f in en] == [f["id"] for f in plain] == [f["id"] for f in vi]
    assert {k: v for k, v in en[0].items() if k != "labels"} == plain[0]
    e, v = en[0]["labels"], vi[0]["labels"]
    assert (e["lang"], v["lang"]) == ("en", "vi")
    assert e["indicator"] == "State budget revenue" and v["indicator"] != e["indicator"]
    assert e["role"] != v["role"] and e["unit"] == "%"
    assert e["level"] in {"district", "province", "city", "town"} and v["level"] == plain[0]["locality_kind"]
    assert e["period"].startswith(("First", "Year", "Full")) or e["period"][:1].isdigit(), e["period"]
    one = client.get(f"/api/facts/{plain[0]['id']}", params={"lang": "en"}).json()
    assert one["ok"] and one["labels"] == e
    assert "labels" not in client.get(f"/api/facts/{plain[0]['id']}").json()
    table = client.get("/api/table/facts", params={"indicator": "budget_revenue", "lang": "en"}).json()
    assert table["items"] and all(f["labels"]["lang"] == "en" for f in table["items"])
    cmp = client.get("/api/compare", params={"indicator": "budget_revenue", "lang": "en"}).json()["items"]
    assert cmp and all(r["labels"]["unit"] == "VND" and r["labels"]["role"] == "Value" for r in cmp)
    assert all("labels" not in r for r in client.get("/api/compare", params={"indicator": "budget_revenue"}).json()["items"])
    assert client.get("/api/facts", params={"lang": "fr"}).status_code == 422


def test_compare_by_locality_and_by_period(client):
    cmp = client.get("/api/compare", params={"indicator": "budget_revenue"}).json()
    assert (cmp["indicator"], cmp["by"], cmp["role"], cmp["total"]) == ("budget_revenue", "locality", "amount", 3)
    by_p = client.get("/api/compare", params={"indicator": "budget_revenue", "by": "period",
                                              "locality": "Yên Thế"}).json()
    assert [(i["period"], i["value"]) for i in by_p["items"]] == [("2020-FY", 350e9), ("2021-H1", 186.4e9)]
    pct = client.get("/api/compare", params={"indicator": "budget_revenue", "role": "plan_pct"}).json()
    assert sorted(i["value"] for i in pct["items"]) == [56.4, 61.5, 105]
    page = client.get("/api/compare", params={"indicator": "budget_revenue", "limit": 1, "offset": 2}).json()
    assert page["total"] == 3 and len(page["items"]) == 1
    assert client.get("/api/compare", params={"indicator": "nope"}).status_code == 422
    assert client.get("/api/compare", params={"indicator": "budget_revenue", "period": "x"}).status_code == 422


def test_search_answers_documents_and_facts(client):
    res = client.get("/api/search", params={"q": "ket nap"}).json()
    assert res["ok"] and res["q"] == "ket nap"
    assert {d["doc"] for d in res["documents"]} == set(REPORTS)
    assert all("Kết nạp" in d["snippet"] for d in res["documents"])
    assert {f["indicator"] for f in res["facts"]} == {"new_party_members"}
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_facts_and_search_answer_what_their_models_would(client, small_url):
    """/api/facts and /api/search serialise their answer in one pass (routes._json), not through
    FastAPI's response model: the JSON is what the model-built answer would be, key for key."""
    from soket.api.schemas import FactPage, SearchAnswer
    from soket.store import queries
    from soket.store.db import Store

    store = Store.open(small_url)
    try:
        for params, flt in (({}, queries.FactFilter()), ({"lang": "en", "limit": 3}, queries.FactFilter()),
                            ({"q": "ket nap", "offset": 1}, queries.FactFilter(q="ket nap"))):
            body = client.get("/api/facts", params=params).json()
            limit, offset = int(params.get("limit", 50)), int(params.get("offset", 0))
            with store.read() as s:
                page = queries.facts_page(s, flt, limit, offset=offset)
            lang = routes.LangParam(params["lang"]) if "lang" in params else None
            want = FactPage(total=page.total, limit=limit, offset=offset, next=page.next,
                            items=routes._labelled(page.items, lang))
            assert body == want.model_dump(mode="json") == FactPage.model_validate(body).model_dump(mode="json")
            assert ("labels" in body["items"][0]) is (lang is not None)
        body = client.get("/api/search", params={"q": "ket nap", "limit": 2}).json()
        with store.read() as s:
            want_s = SearchAnswer.model_validate({**dict(queries.search(s, "ket nap", limit=2)), "q": "ket nap"})
        assert body == want_s.model_dump(mode="json") and list(body)[-2:] == ["ok", "q"]
    finally:
        store.close()


def test_export_rows_are_capped_without_the_token(small_url):
    cfg = Settings(db=small_url, export_max_rows=4, write_token=TOKEN, rate_limit="off")
    with TestClient(create_app(small_url, settings=cfg)) as c:
        r = c.get("/api/export", params={"format": "csv"})
        assert r.headers["x-row-limit"] == "4" and 'filename="soket-facts.csv"' in r.headers["content-disposition"]
        assert len(list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))) == 4
        assert len(c.get("/api/export", params={"format": "json", "limit": 2}).json()) == 2  # under the cap
        whole = c.get("/api/export", params={"format": "json"}, headers=AUTH)
        assert "x-row-limit" not in whole.headers and len(whole.json()) == N_FACTS
        r = c.get("/api/export", params={"format": "json", "limit": 3}, headers=AUTH)
        assert r.headers["x-row-limit"] == "3" and len(r.json()) == 3
        br = c.get("/api/export", params={"format": "json", "indicator": "budget_revenue", "role": "amount"},
                   headers=AUTH).json()
        assert sorted(x["value"] for x in br) == [186.4e9, 316.7e9, 350e9]


def test_meetings_list_detail_and_a_documents_meeting(client):
    ms = client.get("/api/meetings").json()
    assert ms["total"] == 3 and all(m["n_documents"] == 1 for m in ms["items"])
    assert client.get("/api/meetings", params={"disagree": True}).json()["total"] == 0
    assert client.get("/api/meetings", params={"min_documents": 2}).json()["total"] == 0
    assert client.get("/api/meetings", params={"locality": "Yen The"}).json()["total"] == 2
    doc_id = _doc_ids(client)["yenthe_2021_h1"]
    d = client.get(f"/api/documents/{doc_id}/meeting").json()
    assert d["ok"] and d["locality"] == "Yên Thế" and [x["id"] for x in d["documents"]] == [doc_id]
    assert d == client.get(f"/api/meetings/{d['id']}").json()
    assert {f["indicator"] for f in d["facts"]} == {"budget_revenue", "exports", "new_party_members"}
    assert client.get("/api/meetings/987654").status_code == 404
    assert client.get("/api/documents/987654/meeting").status_code == 404


# --- writes: a store of each backend of their own -------------------------------------------------


def test_upload_stores_then_knows_the_same_bytes(empty_url):
    text = REPORTS["yenthe_2021_h1"].encode()
    with TestClient(create_app(empty_url, write_token=TOKEN, rate_limit="off"), raise_server_exceptions=False) as c:
        r = c.post("/api/documents", files={"file": ("bao\\cao/yen_the.txt", text)}, headers=AUTH)
        assert r.status_code == 201, r.text
        d = r.json()
        assert d["ingest"] == "stored" and d["doc"] == "yen_the" and d["n_facts"] == 5  # the path is cut off
        again = c.post("/api/documents", files={"file": ("copy.txt", text)}, headers=AUTH)
        assert again.status_code == 200 and again.json()["ingest"] == "unchanged" and again.json()["id"] == d["id"]
        png = c.post("/api/documents", files={"file": ("a.png", b"\x89PNG\r\n\x1a\n" + bytes(200))}, headers=AUTH)
        assert png.status_code in (415, 422) and png.json()["ok"] is False
        assert c.post("/api/documents", files={"file": ("e.txt", b"")}, headers=AUTH).status_code == 422
        assert c.post("/api/documents", files={"file": ("a.txt", text)}).status_code == 401
        assert c.get("/api/documents").json()["total"] == 1


def test_split_and_join_meetings(empty_url, tmp_path):
    from _store import ingest

    ingest(empty_url, write_reports(tmp_path / "in"))
    with TestClient(create_app(empty_url, write_token=TOKEN, rate_limit="off"), raise_server_exceptions=False) as c:
        ids = _doc_ids(c)
        m1 = c.get(f"/api/documents/{ids['yenthe_2021_h1']}/meeting").json()["id"]
        m2 = c.get(f"/api/documents/{ids['yenthe_2020_fy']}/meeting").json()["id"]
        assert c.post(f"/api/meetings/{m1}/join/{m2}").status_code == 401
        r = c.post(f"/api/meetings/{m1}/join/{m2}", headers=AUTH)
        assert r.status_code == 201 and r.json() == {"ok": True, "meeting": m1}
        joined = c.get(f"/api/meetings/{m1}").json()
        assert sorted(d["id"] for d in joined["documents"]) == sorted([ids["yenthe_2021_h1"], ids["yenthe_2020_fy"]])
        r = c.post(f"/api/meetings/{m1}/split", params={"document_id": [ids["yenthe_2020_fy"]]}, headers=AUTH)
        assert r.status_code == 201
        new = r.json()["new_meeting"]
        assert new != m1 and [d["id"] for d in c.get(f"/api/meetings/{new}").json()["documents"]] == [
            ids["yenthe_2020_fy"]]
        bad = c.post(f"/api/meetings/{m1}/split", params={"document_id": [ids["phucyen_2021_h1"]]}, headers=AUTH)
        assert bad.status_code == 422 and bad.json()["ok"] is False
        assert c.post(f"/api/meetings/{m1}/join/{m1}", headers=AUTH).status_code == 422
