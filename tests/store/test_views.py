"""soket.store.views: the store's answers as models (the API serves them as they are)."""

from __future__ import annotations

from soket.model import Meeting, StoredFact
from soket.store.views import DocumentDetail, DocumentSummary, FactTable, SearchResult


def _fact() -> StoredFact:
    return StoredFact(id=3, document_id=1, doc="d", subject="Thu ngân sách", value=2e9, unit="VND", role="amount",
                      raw="2 tỷ đồng", span=(5, 14), period="2023-FY", malformed=False, origin="table")


def test_fact_table_leaves_out_facets_not_asked_for():
    t = FactTable(total=1, items=[_fact()], sort="id", desc=False)
    assert "facets" not in t.model_dump(mode="json")
    t = FactTable(total=1, items=[_fact()], sort="id", desc=False, facets={"unit": [("VND", 1)]})
    assert t.model_dump(mode="json")["facets"] == {"unit": [["VND", 1]]}


def test_document_detail_is_a_record_with_stored_facts():
    d = DocumentDetail(id=1, doc="d", sha256="0" * 64, text="…", facts=[_fact()],
                       meeting=Meeting(locality="Sơn Tây", chairs=["Phạm Văn D"]))
    j = d.model_dump(mode="json")
    assert j["facts"][0]["origin"] == "table" and j["facts"][0]["period"] == "2023-FY"
    assert j["meeting"]["chairs"] == ["Phạm Văn D"] and j["people"] == [] and j["n_facts"] == 0
    assert "period_code" in DocumentDetail.model_json_schema()["properties"]


def test_summary_and_search_shapes():
    s = DocumentSummary(id=2, doc="x", sha256="1" * 64, period="2021-H1", n_facts=4)
    assert s.model_dump()["period"] == "2021-H1" and s.locality is None
    r = SearchResult(documents=[], facts=[_fact()], total_documents=0, total_facts=1)
    assert r.model_dump(mode="json")["facts"][0]["span"] == [5, 14]
