"""Facts pages at scale: keyset pages equal offset pages, every filtered page is one index range
(the query plan says so: no scan of facts, no sort), counts are computed once per state of the
store, and the history checks read only their candidate facts. Operation counts, not seconds."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, text

from soket.store import store_records
from soket.store.queries import (
    FactFilter,
    cached_count,
    count_facts,
    facts_page,
    history_facts,
    iter_facts,
    list_facts,
)

from .synthetic import records

FILTERS = [FactFilter(), FactFilter(indicator="exports"), FactFilter(role="amount"), FactFilter(unit="VND"),
           FactFilter(indicator="grdp", role="percent"), FactFilter(locality="Son Tay"),
           FactFilter(locality="Sơn Tây", year=2019), FactFilter(province="Ha Noi"), FactFilter(year=2020),
           FactFilter(period="2019-H1"), FactFilter(q="ngan sach"), FactFilter(q="ngân sách")]


@pytest.fixture
def seeded(store):
    with store.write() as s:
        store_records(s, records(60, 40))
    store.analyze()
    return store


class Statements:
    """The SQL statements an engine runs while the block is open."""

    def __init__(self, engine):
        self.engine, self.sql = engine, []

    def _on(self, conn, cursor, statement, params, context, executemany):
        self.sql.append((statement, params))

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._on)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._on)


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.params().items()) or "all")
def test_keyset_pages_are_the_offset_pages(seeded, flt):
    with seeded.read() as s:
        total, every = list_facts(s, flt, limit=10**6)
        assert total == len(every) > 0
        pages, after = [], None
        while True:
            p = facts_page(s, flt, 37, after=after, count="none")
            pages.extend(f.id for f in p.items)
            if p.next is None:
                break
            after = p.next
        assert pages == [f.id for f in every]
        for off in (0, 37, 111, total - 5):
            assert [f.id for f in facts_page(s, flt, 37, offset=off, count="none").items] == \
                [f.id for f in every[off:off + 37]]
        assert [f.id for f in iter_facts(s, flt, page=50)] == pages


def test_search_filter_with_and_without_diacritics_pages_the_same(seeded):
    with seeded.read() as s:
        for a, b in (("ngan sach", "NGÂN SÁCH"), ("dang vien", "đảng viên"), ("xuat khau", "xuất khẩu")):
            pa = [f.id for f in iter_facts(s, FactFilter(q=a), page=25)]
            pb = [f.id for f in iter_facts(s, FactFilter(q=b), page=25)]
            assert pa == pb and pa


def _plan(session, statement, params) -> str:
    if session.get_bind().dialect.name == "sqlite":
        rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
        return "\n".join(r[-1] for r in rows)
    conn = session.connection()
    conn.exec_driver_sql("SET enable_seqscan = off")
    try:
        return "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, params).all())
    finally:
        conn.exec_driver_sql("RESET enable_seqscan")


def _page_sql(store, session, flt, after):
    with Statements(store.engine) as st:
        facts_page(session, flt, 50, after=after, count="none")
    pages = [(q, p) for q, p in st.sql if "ORDER BY" in q and "LIMIT" in q]
    assert len(pages) == 1, st.sql
    return pages[0]


@pytest.mark.parametrize("flt", [f for f in FILTERS if f.params() != {"period": "2019-H1"}],
                         ids=lambda f: ",".join(f"{k}={v}" for k, v in f.params().items()) or "all")
def test_a_deep_page_is_one_index_range(seeded, flt):
    """The page after the 500th fact reads the index from there on: SQLite's plan searches an
    index (or the FTS index in rowid order) with no temporary b-tree to sort; PostgreSQL's (with
    sequential scans off, so that a 2,400-fact table is planned as a big one) scans an index of
    facts and sorts nothing."""
    with seeded.read() as s:
        after = str(sorted(f.id for f in list_facts(s, flt, limit=10**6)[1])[len(FILTERS)])
        sql, params = _page_sql(seeded, s, flt, after)
        plan = _plan(s, sql, params)
    if seeded.dialect == "sqlite":
        assert "TEMP B-TREE" not in plan, plan
        assert "SCAN f" not in plan.replace("SCAN facts_fts", "") and "SCAN facts " not in plan + " ", plan
        if flt.params():
            assert "USING INDEX" in plan or "facts_fts VIRTUAL TABLE" in plan, plan
    else:
        assert "Seq Scan on facts" not in plan and "Sort" not in plan, plan
        assert "Index" in plan, plan


def _counting(sql: list[tuple[str, Any]]) -> list[str]:
    """The statements that count facts: a count, or the facts cube's GROUP BY."""
    return [q for q, _ in sql if q.lower().startswith("select count(") or " group by " in q.lower()]


def test_counts_are_computed_once_per_state_of_the_store(seeded):
    """A filter the facts cube answers is counted by the cube's one GROUP BY, a place filter by one
    count; both kept until the store changes; ``exact`` counts again."""
    flt, place = FactFilter(indicator="exports"), FactFilter(locality="Son Tay")
    with seeded.read() as s:
        with Statements(seeded.engine) as st:
            n1 = cached_count(s, flt)
            n2 = cached_count(s, flt)
            p = facts_page(s, flt, 10)
            m1, m2 = cached_count(s, place), cached_count(s, place)
        assert n1 == n2 == p.total and m1 == m2 > 0 and len(_counting(st.sql)) == 2
        assert n1 == count_facts(s, flt) and m1 == count_facts(s, place)
    with seeded.write() as w:
        store_records(w, records(4, 40, seed=9, tag="more"))
    with seeded.read() as s:
        with Statements(seeded.engine) as st:
            n3 = cached_count(s, flt)
            cached_count(s, flt, exact=True)
        assert n3 > n1 and len(_counting(st.sql)) == 2 and n3 == count_facts(s, flt)


def test_a_full_text_count_is_kept_by_its_words(seeded):
    """"ngân sách" and "ngan sach" match the same folded words: one count for both; a query
    without words matches nothing and is not taken for no query."""
    from soket.store.queries import forget_cached

    forget_cached()
    with seeded.read() as s:
        with Statements(seeded.engine) as st:
            a = cached_count(s, FactFilter(q="ngân sách"))
            b = cached_count(s, FactFilter(q="Ngan  Sach!"))
        assert len(_counting(st.sql)) == 1
        assert a == b == count_facts(s, FactFilter(q="ngan sach")) > 0
        assert cached_count(s, FactFilter(q="!!!")) == 0 < cached_count(s, FactFilter())


def test_a_count_asked_by_many_at_once_is_computed_once(seeded):
    """Concurrent first requests for one filter (50 clients after a store change) wait for one
    computation instead of each running it (the facts cube takes seconds at a million facts)."""
    import threading
    import time

    from soket.store.queries import cached

    runs, got = [], []

    def compute() -> int:
        runs.append(1)
        time.sleep(0.2)
        return 42

    def ask() -> None:
        with seeded.read() as s:
            got.append(cached(s, ("test-herd",), compute))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == [42] * 8 and len(runs) == 1


def test_history_reads_only_the_candidate_facts(seeded):
    """Of a locality's facts of two years, only the amounts of the asked indicators come back
    (with plan attainments asked for: those and every amount), by the (locality, year, id) index."""
    with seeded.read() as s:
        every = list_facts(s, FactFilter(locality="Son Tay", year=2019), limit=10**6)[1] + \
            list_facts(s, FactFilter(locality="Son Tay", year=2020), limit=10**6)[1]
        every.sort(key=lambda f: f.id)
        got = history_facts(s, "Sơn Tây", "Hà Nội", (2019, 2020), ("exports",))
        want = [f.id for f in every if f.role == "amount" and f.indicator == "exports"]
        assert [f.id for f in got] == want and 0 < len(got) < len(every) / 4
        got = history_facts(s, "Sơn Tây", "Hà Nội", (2019, 2020), ("exports",), ("plan_pct",))
        assert [f.id for f in got] == [f.id for f in every if f.role in ("amount", "plan_pct")] != want
        with Statements(seeded.engine) as st:
            history_facts(s, "Sơn Tây", "Hà Nội", (2019, 2020), ("exports",), ("plan_pct",))
        (sql, params), = st.sql
        plan = _plan(s, sql, params)
    assert "ix_facts_locality" in plan, plan


def test_ingest_statements_do_not_grow_with_the_batch(store):
    """A batch of records is stored by a fixed number of statements (one per table), whatever
    its size: 8 documents and 32 take the same count (SQLite: and a bulk insert's full-text
    statements, the insert triggers read once)."""
    counts = []
    for n, tag in ((8, "a"), (32, "b")):
        items = records(n, 5, seed=n, tag=tag)
        with Statements(store.engine) as st, store.write() as s:
            res = store_records(s, items)
        assert [r.status for r in res] == ["stored"] * n
        counts.append(len([q for q, _ in st.sql if q.lstrip().upper().startswith(("INSERT", "SELECT", "DELETE"))]))
    assert counts[0] == counts[1] <= 11, counts
    with store.read() as s:
        assert s.execute(text("SELECT count(*) FROM facts")).scalar() == 40 * 5


def _paired_reports(n: int, seed: int = 5) -> list[tuple[Any, Any]]:
    """Reports of two localities and two years whose sentences pair an amount with a change
    against last year or with a plan attainment, subjects written three ways (two fold alike),
    values spread so that some history checks fail."""
    import random

    from soket.model import Document, Fact, Meeting, Period, Record

    rnd = random.Random(seed)
    subjects = [("Kim ngạch xuất khẩu", "exports"), ("kim ngạch Xuất khẩu", "exports"),
                ("Thu ngân sách", "budget_revenue")]
    out = []
    for i in range(n):
        parts, facts, pos = [], [], 0
        for _ in range(4):
            subj, ind = rnd.choice(subjects)
            amount = rnd.choice([100, 110, 150, 200])
            role, pct = rnd.choice([("change_pct", rnd.choice([10, 50])), ("plan_pct", rnd.choice([50, 80]))])
            text = f"{subj} đạt {amount} tỷ đồng, bằng {pct}% so với cùng kỳ."
            for v, u, r, raw in ((amount * 10**9, "VND", "amount", f"{amount} tỷ đồng"), (pct, "%", role, f"{pct}%")):
                at = pos + text.index(raw)
                facts.append(Fact(subject=subj, value=v, unit=u, role=r, raw=raw, span=(at, at + len(raw)),
                                  evidence=text, evidence_span=(pos, pos + len(text)), indicator=ind,
                                  basis="cùng kỳ" if r == "change_pct" else None))
            parts.append(text)
            pos += len(text) + 1
        loc = ("Sơn Tây", "Đông Anh")[i % 2]
        start, end = rnd.choice([(1, 6), (1, 9), (1, 12)])
        doc = Document(text=" ".join(parts) + f" [{i}]", doc=f"p{i}", path=f"/p/{i}.txt")
        out.append((doc, Record(doc=doc.doc, meeting=Meeting(body_kind="executive_committee", locality=loc,
                                                             locality_kind="thị xã", province="Hà Nội"),
                                period=Period(year=2020 + i % 3 // 2, start_month=start, end_month=end), facts=facts)))
    return out


def test_history_candidates_give_the_checks_what_history_facts_give(store):
    """The history checks of every report give the same issues on the candidates (the first of
    each amount's group, the plan sentences) as on the amounts and attainments of its locality's
    two years, from fewer rows; with the reports of ``apart`` told apart, the same again with
    them left out."""
    from soket.check import check_history, history_filter
    from soket.store.queries import history_candidates

    items = _paired_reports(48)
    with store.write() as s:
        ids = [r.document_id for r in store_records(s, items)]
    found = read = every = 0
    with store.read() as s:
        for doc_id, (_, rec) in zip(ids, items, strict=True):
            w = history_filter(rec)
            assert w is not None
            full = history_facts(s, *w)
            got = history_candidates(s, *w, apart=tuple(ids[::2]))
            assert check_history(rec, got, doc_id) == check_history(rec, full, doc_id)
            without = [f for f in full if f.document_id not in ids[::2]]
            assert check_history(rec, [f for f in got if f.document_id not in ids[::2]], doc_id) == \
                check_history(rec, without, doc_id)
            found += len(check_history(rec, full, doc_id))
            read, every = read + len(got), every + len(full)
    assert found >= 10 and read < every / 2, (found, read, every)


def test_history_candidates_many_give_each_group_what_history_candidates_gives(store):
    """The recheck's read of many groups at once gives each (locality, province, years) group
    the same facts in the same order as its own statement, with and without ``apart`` documents,
    with and without a province, with and without plan roles."""
    from soket.check import history_filter
    from soket.store.queries import history_candidates, history_candidates_many

    items = _paired_reports(48)
    with store.write() as s:
        ids = [r.document_id for r in store_records(s, items)]
    asks = []
    for k, (_, rec) in enumerate(items):
        w = history_filter(rec)
        assert w is not None
        prov = (w.province, None, "  ")[k % 3]
        asks.append(((w.locality, prov, w.years), w.indicators, w.roles if k % 2 else (), tuple(ids[k % 5::5])))
    asks = list({a[0]: a for a in asks}.values())
    with store.read() as s:
        many = history_candidates_many(s, asks)
        for key, inds, roles, apart in asks:
            assert [f.id for f in many[key]] == [f.id for f in history_candidates(s, *key, inds, roles, apart)]
            assert many[key] == history_candidates(s, *key, inds, roles, apart)
    assert sum(len(v) for v in many.values()) > 0


def test_history_candidates_many_walk_the_places_index_without_statistics(store):
    """The recheck's statements read the facts of the places and years asked for by an index of
    theirs, never an indicator's or a role's across every place: on SQLite without statistics
    too, by the ``(locality, year, id)`` index (the role and indicator terms are ``+col``,
    SQLite's way to keep an index from driving); on PostgreSQL with its sequential scans priced
    out (``col || ''``)."""
    from soket.store.queries import history_candidates_many

    items = _paired_reports(12)
    with store.write() as s:
        store_records(s, items)
    asks = [((rec.meeting.locality, rec.meeting.province, (2020, 2021)), ("exports", "budget_revenue"),
             ("plan_pct",), ()) for _, rec in items[:4]]
    with store.read() as s:
        if s.get_bind().dialect.name == "sqlite":
            s.connection().exec_driver_sql("DROP TABLE IF EXISTS sqlite_stat1")
        with Statements(store.engine) as st:
            history_candidates_many(s, asks)
        reads = [(q, p) for q, p in st.sql if q.lstrip().upper().startswith("SELECT")]
        assert len(reads) == 3 and "facts.id IN" in reads[2][0]  # the chosen plan candidates, whole, by id
        for sql, params in reads[:2]:
            plan = _plan(s, sql, params)
            assert "ix_facts_indicator" not in plan and "ix_facts_role" not in plan, plan
            if s.get_bind().dialect.name == "sqlite":
                assert "ix_facts_locality_year_id" in plan, plan
                assert "+facts_1.role" in sql or "+facts_2.role" in sql, sql
