"""soket.store.search: folded query words, full-text matches on SQLite and PostgreSQL, snippets."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from soket.model import Document, Fact, Record
from soket.store import store_record, store_records
from soket.store.models import FactRow
from soket.store.search import (
    MAX_TERMS,
    document_ids_matching,
    fact_ids_matching,
    fact_match,
    snippet,
    terms,
)


def test_terms_fold_and_drop_punctuation():
    assert terms("Ngân sách, Đảng viên!") == ["ngan", "sach", "dang", "vien"]
    assert terms('"; DROP TABLE facts; --') == ["drop", "table", "facts"]
    assert terms("") == [] and terms(None) == []
    assert len(terms(" ".join(["xa"] * 100))) == MAX_TERMS


def test_snippet_centres_on_the_first_match():
    text = " ".join(["Công tác tuyên truyền được duy trì."] * 10) + " Kết nạp 40 đảng viên mới trong năm. " + \
        " ".join(["Hoạt động văn hóa sôi nổi."] * 10)
    s = snippet(text, "dang vien", width=80)
    assert "40 đảng viên" in s
    assert s.startswith("… ") and s.endswith(" …")
    assert len(s) <= 80 + 4


def test_snippet_without_a_match_is_the_start():
    assert snippet("Thu ngân sách đạt 120 tỷ đồng.", "khong co") == "Thu ngân sách đạt 120 tỷ đồng."
    assert snippet("", "x") == ""


def _store(store, text: str, doc: str, raw: str, subject: str) -> None:
    i = text.index(raw)
    rec = Record(doc=doc, facts=[Fact(subject=subject, value=15, unit=raw.split(" ", 1)[1], role="amount",
                                      raw=raw, span=(i, i + len(raw)), evidence=text)])
    with store.write() as s:
        store_record(s, Document(text=text, doc=doc, path=f"/in/{doc}.txt"), rec)


def test_matching_ids_are_a_phrase_with_or_without_diacritics(store):
    _store(store, "Đảng bộ xã Yên Lạc kết nạp 15 đảng viên.", "yl", "15 đảng viên", "kết nạp")
    _store(store, "Đảng bộ phường khen thưởng 15 viên chức.", "kt", "15 viên chức", "khen thưởng")
    with store.read() as s:
        def docs(q):
            return sorted(s.scalars(document_ids_matching(s, q)))

        def facts(q):
            return sorted(s.scalars(fact_ids_matching(s, q)))

        yl, kt = docs("Yên Lạc"), docs("khen thuong")
        assert len(yl) == 1 and len(kt) == 1 and yl != kt
        assert docs("dang vien") == yl
        assert docs("đảng bộ") == sorted(yl + kt)
        assert docs("vien dang") == []
        assert docs("   ") == [] and facts("!!") == []
        assert len(facts("ket nap 15 dang vien")) == 1


def test_fact_match_filters_a_facts_query(store):
    _store(store, "Huyện kết nạp 15 đảng viên.", "h", "15 đảng viên", "kết nạp")
    _store(store, "Thị xã kết nạp 15 quần chúng ưu tú vào Đảng.", "t", "15 quần chúng", "kết nạp")
    with store.read() as s:
        assert fact_match(s, None) is None and fact_match(s, " ,") is None
        m = fact_match(s, "dang vien")
        stmt = select(FactRow.id) if m.driver is None else \
            select(FactRow.id).select_from(m.driver).join(FactRow, FactRow.id == m.key)
        ids = list(s.scalars(stmt.where(m.condition)))
        assert len(ids) == 1
        assert fact_match(s, "ket nap", name="documents") is not None


def _doc(text_: str, doc: str, raw: str, subject: str) -> tuple[Document, Record]:
    i = text_.index(raw)
    rec = Record(doc=doc, facts=[Fact(subject=subject, value=15, unit=raw.split(" ", 1)[1], role="amount",
                                      raw=raw, span=(i, i + len(raw)), evidence=text_)])
    return Document(text=text_, doc=doc, path=f"/in/{doc}.txt"), rec


def _fts_sound(s) -> None:
    """SQLite: both full-text indexes pass FTS5's integrity check against their tables, no
    bulk insert's pause row is left behind (migration 0006) and the insert triggers a bulk
    insert drops for its rows are there again, as the migrations made them."""
    if s.bind.dialect.name != "sqlite":
        return
    for t in ("documents", "facts"):
        s.execute(text(f"INSERT INTO {t}_fts({t}_fts, rank) VALUES ('integrity-check', 1)"))
    assert s.execute(text("SELECT count(*) FROM fts_pause")).scalar() == 0
    triggers = dict(s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())
    for t in ("documents", "facts"):
        assert triggers[f"{t}_fts_ai"] == (f"CREATE TRIGGER {t}_fts_ai AFTER INSERT ON {t} WHEN NOT EXISTS "
                                           f"(SELECT 1 FROM fts_pause) BEGIN INSERT INTO {t}_fts(rowid, folded) "
                                           "VALUES (new.id, new.folded); END")


def test_bulk_stored_rows_are_searchable_and_replaced_ones_are_not(store):
    """What store_records inserts (SQLite: indexed once at the end of the inserts, not by the
    triggers) is found as the ORM path's rows are; a replaced document's words are gone."""
    with store.write() as s:
        store_records(s, [_doc("Đảng bộ xã Yên Lạc kết nạp 15 đảng viên.", "yl", "15 đảng viên", "kết nạp"),
                          _doc("Đảng bộ phường khen thưởng 15 viên chức.", "kt", "15 viên chức", "khen thưởng")])
    _store(store, "Thị xã kết nạp 15 quần chúng ưu tú vào Đảng.", "t", "15 quần chúng", "kết nạp")
    with store.read() as s:
        _fts_sound(s)
        assert len(list(s.scalars(document_ids_matching(s, "đảng bộ")))) == 2
        assert len(list(s.scalars(fact_ids_matching(s, "ket nap 15")))) == 2
    # /in/yl.txt and /in/t.txt again, other words, replaced in the same bulk insert as a new one
    # (SQLite gives the largest id, t's, again after its delete)
    with store.write() as s:
        store_records(s, [_doc("Xã Yên Lạc trồng 15 ha rừng.", "yl", "15 ha", "trồng rừng"),
                          _doc("Huyện tuyển 15 tân binh.", "tb", "15 tân binh", "tuyển"),
                          _doc("Thị xã làm 15 km đường.", "t", "15 km", "làm đường")])
    with store.read() as s:
        _fts_sound(s)
        assert list(s.scalars(fact_ids_matching(s, "dang vien"))) == []
        assert list(s.scalars(fact_ids_matching(s, "quan chung"))) == []
        assert len(list(s.scalars(fact_ids_matching(s, "lam duong 15 km")))) == 1
        assert len(list(s.scalars(document_ids_matching(s, "yen lac")))) == 1
        assert len(list(s.scalars(fact_ids_matching(s, "15 tan binh")))) == 1
        assert len(list(s.scalars(fact_ids_matching(s, "trong rung 15 ha")))) == 1


def test_a_bulk_insert_that_fails_leaves_the_triggers_and_the_index(store):
    """A bulk insert rolled back half way (SQLite: its insert triggers dropped for it) leaves the
    schema and the full-text indexes as they were: the rows stored one at a time after it are
    indexed by the triggers."""
    with pytest.raises(RuntimeError), store.write(bulk=True) as s:
        store_records(s, [_doc("Đảng bộ xã Yên Lạc kết nạp 15 đảng viên.", "yl", "15 đảng viên", "kết nạp")])
        raise RuntimeError("the batch fails after its inserts")
    _store(store, "Thị xã kết nạp 15 quần chúng ưu tú vào Đảng.", "t", "15 quần chúng", "kết nạp")
    with store.read() as s:
        _fts_sound(s)
        assert list(s.scalars(fact_ids_matching(s, "dang vien"))) == []
        assert len(list(s.scalars(fact_ids_matching(s, "ket nap 15")))) == 1
