"""soket.store.ingest: one record stored in the caller's transaction, many by bulk inserts, the
same outcomes (stored, replaced, unchanged) either way."""

from __future__ import annotations

from sqlalchemy import func, select

from soket.model import Document, Fact, Person, Record
from soket.store import store_record
from soket.store.ingest import store_records, stored_id
from soket.store.models import DocumentRow, FactRow, RoleRow
from soket.store.queries import get_document as _get_document


def get_document(*a, **k):
    d = _get_document(*a, **k)
    return None if d is None else d.model_dump(mode="json")


def _pair(text: str, path: str | None, n: int = 1) -> tuple[Document, Record]:
    doc = Document(text=text, doc=(path or "upload").rsplit("/", 1)[-1], path=path)
    i = text.index("15")
    rec = Record(doc=doc.doc, facts=[Fact(subject="kết nạp", value=15, unit="đảng viên", role="amount",
                                          raw="15 đảng viên", span=(i, i + 12))] * n,
                 people=[Person(name="Lê Văn C", roles=["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"])],
                 authors=["Văn phòng"])
    return doc, rec


def _n(session, row) -> int:
    return session.scalar(select(func.count()).select_from(row))


def test_store_record_in_a_callers_transaction(store):
    text = "Thu ngân sách đạt 120 tỷ đồng, kết nạp 15 đảng viên."
    doc = Document(text=text, doc="mini", path=None)
    rec = Record(doc="mini")
    rec.meeting.locality = "Phúc Yên"
    rec.period.year = 2021
    rec.facts = [
        Fact(subject="Thu ngân sách", value=120e9, unit="VND", role="amount", raw="120 tỷ đồng", span=(18, 29),
             evidence=text, evidence_span=(0, len(text))),
        Fact(subject="kết nạp", value=15, unit="đảng viên", role="amount", raw="15 đảng viên", span=(39, 51)),
    ]
    with store.write() as s:
        res = store_record(s, doc, rec)
        assert res.status == "stored" and res.n_facts == 2
    with store.write() as s:
        assert store_record(s, doc, rec).status == "unchanged"
    with store.read() as s:
        d = get_document(s, res.document_id)
    assert [f["indicator"] for f in d["facts"]] == ["budget_revenue", "new_party_members"]
    v = d["facts"][0]["value"]
    assert v == 120_000_000_000 and isinstance(v, int)
    assert d["facts"][1]["span"] == [39, 51] and d["facts"][1]["evidence_span"] is None
    assert text[slice(*d["facts"][0]["span"])] == "120 tỷ đồng"


def test_store_record_replaces_a_changed_path(store):
    old = _pair("Xã Tân Lập kết nạp 15 đảng viên.", "/in/tan-lap.txt", 2)
    new = _pair("Xã Tân Lập đã kết nạp 15 đảng viên mới.", "/in/tan-lap.txt")
    with store.write() as s:
        first = store_record(s, *old)
    with store.write() as s:
        again = store_record(s, *new)
    assert (first.status, again.status, again.n_facts) == ("stored", "replaced", 1)
    with store.read() as s:
        assert stored_id(s, old[0].sha256) is None
        assert stored_id(s, new[0].sha256) == again.document_id
        assert (_n(s, DocumentRow), _n(s, FactRow), _n(s, RoleRow)) == (1, 1, 2)


def test_stored_id_of_unknown_content_is_none(store):
    with store.read() as s:
        assert stored_id(s, "0" * 64) is None


def test_store_records_bulk_outcomes(store):
    a = _pair("Xã An Hòa kết nạp 15 đảng viên.", "/in/an-hoa.txt")
    b = _pair("Xã Bình Minh kết nạp 15 đảng viên.", "/in/binh-minh.txt", 3)
    with store.write() as s:
        first = store_records(s, [a, b])
    assert [r.status for r in first] == ["stored", "stored"] and [r.n_facts for r in first] == [1, 3]
    b2 = _pair("Xã Bình Minh kết nạp 15 đảng viên trong năm.", "/in/binh-minh.txt")
    copy = (Document(text=a[0].text, doc="copy", path="/in/copy.txt"), a[1])
    c = _pair("Xã Cẩm Phô kết nạp 15 đảng viên.", None)
    with store.write() as s:
        res = store_records(s, [a, b2, copy, c, c])
    assert [r.status for r in res] == ["unchanged", "replaced", "unchanged", "stored", "unchanged"]
    assert res[0].document_id == res[2].document_id == first[0].document_id
    assert res[3].document_id == res[4].document_id
    with store.read() as s:
        assert _n(s, DocumentRow) == 3
        assert _n(s, FactRow) == 3
        assert _n(s, RoleRow) == 6
        d = get_document(s, res[1].document_id)
    assert d["people"] == [{"name": "Lê Văn C", "roles": ["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"]}]
    assert d["authors"] == ["Văn phòng"]


def test_store_records_same_path_twice_goes_one_by_one(store):
    a = _pair("Phường Hòa Bình kết nạp 15 đảng viên.", "/in/hb.txt")
    b = _pair("Phường Hòa Bình kết nạp 15 đảng viên mới.", "/in/hb.txt")
    with store.write() as s:
        res = store_records(s, [a, b])
    assert [r.status for r in res] == ["stored", "replaced"]
    with store.read() as s:
        assert [stored_id(s, a[0].sha256), stored_id(s, b[0].sha256)] == [None, res[1].document_id]


def test_store_records_of_nothing(store):
    with store.write() as s:
        assert store_records(s, []) == []
