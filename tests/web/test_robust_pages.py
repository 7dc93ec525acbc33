"""Every page renders for any stored record: a record with any one field empty (no locality, no
period, no date, facts without subject, value, unit, indicator or evidence ...) never answers 500;
ids out of range answer 404/422 on every id route; every response carries the security headers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from soket.extract import extract_document
from soket.ingest import load_text
from soket.service import store_document
from soket.store import Store
from store.backends import BACKENDS, database

ROOT = Path(__file__).resolve().parents[2]
REPORT = (ROOT / "examples" / "ex01_yenthe_bch_6thang.txt").read_text(encoding="utf-8")

MEETING = {"body_kind": None, "body": None, "locality": None, "locality_kind": None, "province": None,
           "session": None, "date": None, "chairs": []}
PERIOD = {"year": None, "start_month": None, "end_month": None, "label": None}
FACT = {"subject": None, "value": None, "unit": None, "indicator": None, "qualifier": None, "basis": None,
        "evidence": "", "evidence_span": None, "of": None, "sentence_span": None}
RECORD = {"people": [], "authors": [], "facts": [], "tasks": [], "limitations": [], "issues": []}
CASES = ([("meeting", k, v) for k, v in MEETING.items()] + [("period", k, v) for k, v in PERIOD.items()]
         + [("facts", k, v) for k, v in FACT.items()] + [("record", k, v) for k, v in RECORD.items()]
         + [("all", "", None)])


def _emptied(rec: Any, where: str, key: str, value: Any) -> None:
    if where in ("meeting", "period"):
        setattr(getattr(rec, where), key, value)
    elif where == "facts":
        for f in rec.facts:
            setattr(f, key, value)
    elif where == "record":
        setattr(rec, key, value)
    else:  # everything empty at once
        for k, v in MEETING.items():
            setattr(rec.meeting, k, v)
        for k, v in PERIOD.items():
            setattr(rec.period, k, v)
        for f in rec.facts:
            for k, v in FACT.items():
                setattr(f, k, v)


@pytest.fixture(scope="module", params=BACKENDS)
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from soket.api import create_app

    with database(request.param, tmp_path_factory.mktemp("robust")) as url, Store.open(url) as store:
        for i, (where, key, value) in enumerate(CASES):
            doc = load_text(f"{REPORT}\n{where} {key} {i}\n", doc=f"empty-{where}-{key}")
            rec = extract_document(doc)
            _emptied(rec, where, key, value)
            store_document(store, doc, rec)
        with TestClient(create_app(store, None)) as c:
            yield c


def _get(client: Any, url: str) -> Any:
    r = client.get(url, follow_redirects=False)
    assert r.status_code < 500, (url, r.status_code, r.text[:300])
    return r


def test_every_page_renders_for_records_with_each_field_empty(client: Any) -> None:
    docs = client.get("/api/documents", params={"limit": 1000}).json()["items"]
    assert len(docs) == len(CASES)
    facts = client.get("/api/facts", params={"limit": 1000}).json()["items"]
    assert facts
    _get(client, "/")
    for d in docs:
        assert _get(client, f"/document/{d['id']}").status_code == 200
        if d.get("locality"):
            _get(client, f"/locality/{d['locality']}")
    for f in facts[:: max(1, len(facts) // 20)]:
        assert _get(client, f"/fact/{f['id']}").status_code == 302
    inds = {f.get("indicator") for f in facts if f.get("indicator")}
    assert inds
    for ind in sorted(inds)[:4]:
        for by in ("locality", "period"):
            for role in ("amount", "change_pct"):
                assert _get(client, f"/compare?indicator={ind}&by={by}&role={role}").status_code == 200
    for q in ("ngân sách", "ngan sach", "tỷ đồng"):
        assert _get(client, f"/search?q={q}").status_code == 200


def test_compare_lists_a_fact_from_a_document_without_locality(client: Any) -> None:
    """Every case is a copy of one report, so they are one meeting and counted once by default;
    every copy (``sources=all``) brings the ones without a locality in, and the page holds."""
    items = client.get("/api/compare", params={"indicator": "budget_revenue", "by": "locality",
                                               "sources": "all"}).json()["items"]
    assert any(not x.get("locality") for x in items), items
    r = _get(client, "/compare?indicator=budget_revenue&by=locality&sources=all")
    assert r.status_code == 200 and "—" in r.text
    assert _get(client, "/compare?indicator=budget_revenue&by=locality").status_code == 200


@pytest.mark.parametrize("big", [2**63, 2**64, 10**30, -1, 0])
def test_ids_out_of_range_answer_404_or_422(client: Any, big: int) -> None:
    for url in (f"/api/documents/{big}", f"/api/facts/{big}", f"/document/{big}", f"/fact/{big}",
                f"/api/facts?document_id={big}", f"/api/export?document_id={big}"):
        r = client.get(url, follow_redirects=False)
        assert r.status_code in (404, 422), (url, r.status_code, r.text[:200])


def test_pages_and_api_send_security_headers(client: Any) -> None:
    for url in ("/", "/compare", "/api/documents", "/static/app.js", "/document/1", "/nope"):
        h = client.get(url).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
        assert "frame-ancestors 'none'" in csp
        assert h["x-frame-options"] == "DENY"
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"]


def test_pages_have_no_inline_script() -> None:
    import re

    for tpl in (ROOT / "src" / "soket" / "web" / "templates").glob("*.html"):
        for m in re.finditer(r"<script([^>]*)>(.*?)</script>", tpl.read_text(encoding="utf-8"), re.S):
            attrs, body = m.groups()
            assert "src=" in attrs or 'type="application/json"' in attrs, (tpl.name, m.group()[:80])
            assert "src=" not in attrs or not body.strip()
        assert not re.search(r"\son[a-z]+=", tpl.read_text(encoding="utf-8")), tpl.name
