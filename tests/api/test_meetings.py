"""/api/meetings and ?sources=all over the test data of tests/data/sources (docs/sources.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from _store import ingest
from store.backends import BACKENDS, database

TOKEN = "s3cret-token"
DATA = Path(__file__).resolve().parent.parent / "data" / "sources"
MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=BACKENDS)
def client(request, tmp_path_factory):
    from fastapi.testclient import TestClient

    from soket.api import create_app

    tmp = tmp_path_factory.mktemp("meetings")
    corpus = tmp / "sources"
    shutil.copytree(DATA, corpus, ignore=shutil.ignore_patterns("*.json"))
    with database(request.param, tmp) as url:
        ingest(url, [corpus])
        with TestClient(create_app(url, rate_limit="off", write_token=TOKEN), raise_server_exceptions=False) as c:
            yield c


def test_meetings_list_and_detail(client):
    r = client.get("/api/meetings", params={"limit": 100})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == len(MANIFEST["groups"])
    assert sum(m["n_disagreements"] for m in body["items"]) == len(MANIFEST["disagreements"])
    disagreeing = client.get("/api/meetings", params={"disagree": True}).json()
    assert {m["id"] for m in disagreeing["items"]} == {m["id"] for m in body["items"] if m["n_disagreements"]}
    m = disagreeing["items"][0]
    d = client.get(f"/api/meetings/{m['id']}").json()
    assert d["documents"] and d["facts"] and d["disagreements"]
    assert d["disagreements"][0]["code"] == "sources_disagree"
    assert any(f["disagree"] and len({s["value"] for s in f["sources"]}) == 2 for f in d["facts"])
    doc = d["documents"][0]["id"]
    assert client.get(f"/api/documents/{doc}/meeting").json()["id"] == m["id"]
    assert client.get("/api/meetings/999999").status_code == 404


def test_sources_all_shows_every_copy(client):
    once = client.get("/api/facts", params={"locality": "Yên Lạc", "year": 2022}).json()["total"]
    every = client.get("/api/facts", params={"locality": "Yen Lac", "year": 2022, "sources": "all"}).json()["total"]
    assert once == 7 and every > once
    rows = client.get("/api/compare", params={"indicator": "budget_revenue", "by": "period",
                                              "locality": "Yên Lạc"}).json()["items"]
    assert [r["value"] for r in rows] == [316_700_000_000, 702_400_000_000]
    assert client.get("/api/facts", params={"sources": "some"}).status_code == 422


def test_split_and_join_need_the_token(client):
    items = client.get("/api/meetings", params={"limit": 100, "min_documents": 2}).json()["items"]
    m = items[0]
    docs = client.get(f"/api/meetings/{m['id']}").json()["documents"]
    assert client.post(f"/api/meetings/{m['id']}/split", params={"document_id": docs[-1]["id"]}).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post(f"/api/meetings/{m['id']}/split", params={"document_id": docs[-1]["id"]}, headers=auth)
    assert r.status_code == 201
    new = r.json()["new_meeting"]
    assert [x["id"] for x in client.get(f"/api/meetings/{new}").json()["documents"]] == [docs[-1]["id"]]
    assert client.post(f"/api/meetings/{m['id']}/join/{new}", headers=auth).status_code == 201
    assert client.get(f"/api/meetings/{new}").status_code == 404
    assert len(client.get(f"/api/meetings/{m['id']}").json()["documents"]) == len(docs)
    assert client.post(f"/api/meetings/{m['id']}/join/{m['id']}", headers=auth).status_code == 422
