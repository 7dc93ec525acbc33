"""``bulk.scalars`` (issue 12): a statement run once for each place of an ingest's batch answers
what Core's execute answers, its SQL made once for each shape of its parameters (the lengths of
its lists), every run heard by the listeners."""

from __future__ import annotations

from sqlalchemy import bindparam, event, insert, select

from soket.store import bulk
from soket.store.models import DocumentRow, MeetingRow

_STMT = (select(MeetingRow.document_id)
         .where(MeetingRow.locality_folded == bindparam("loc"), MeetingRow.year.in_(bindparam("years", expanding=True)),
                MeetingRow.body_kind == "executive_committee")  # a constant of the statement, not a parameter
         .order_by(MeetingRow.document_id))


def _fill(store) -> None:  # type: ignore[no-untyped-def]
    with store.write() as s:
        conn = s.connection()
        for i, (loc, year, kind) in enumerate([("a", 2020, "executive_committee"), ("a", 2021, "executive_committee"),
                                                ("b", 2021, "executive_committee"), ("a", 2022, "council"),
                                                ("a", 2022, "executive_committee")]):
            did = conn.execute(insert(DocumentRow).returning(DocumentRow.id), {
                "doc": f"d{i}", "sha256": f"{i:064x}", "text": "t", "folded": "t",
                "ingested_at": "2026-01-01T00:00:00"}).scalar_one()
            conn.execute(insert(MeetingRow), {"document_id": did, "locality_folded": loc, "year": year, "body_kind": kind})


def test_scalars_answer_as_core_and_plan_once_a_shape(store):
    _fill(store)
    heard: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda _c, _cur, sql, *_: heard.append(sql))
    bulk._PLANS.clear()
    asks = [{"loc": "a", "years": [2020, 2022]}, {"loc": "a", "years": [2021, 2022]}, {"loc": "b", "years": [2021]},
            {"loc": "a", "years": [2022]}, {"loc": "c", "years": []}, {"loc": "a", "years": [2020, 2021]}]
    with store.read() as s:
        conn = s.connection()
        want = [list(conn.execute(_STMT, a).scalars()) for a in asks]
        n = len(heard)
        got = [bulk.scalars(conn, _STMT, a) for a in asks]
    assert got == want
    assert want[0] == [1, 5] and want[3] == [5] and want[4] == []  # the constant applies: not the council's 4
    assert len(heard) - n == len(asks)  # one statement each, heard
    if store.dialect == "sqlite":
        plans = [p for k, (held, p) in bulk._PLANS.items() if k[0] == id(_STMT) and held is _STMT]
        assert len(plans) == 3 and None not in plans  # lists of 2, 1 and 0 items: three shapes, each made once


def test_a_plan_held_for_another_statement_at_the_same_id_is_not_used(store):
    # the plans are keyed by the statement's id: a statement freed and another made at its address must not be given
    # the first one's SQL (each plan holds its statement; a key whose statement is another is planned again)
    _fill(store)
    other = select(MeetingRow.document_id).where(MeetingRow.locality_folded == bindparam("loc"),
                                                 MeetingRow.year.in_(bindparam("years", expanding=True)))
    ask = {"loc": "a", "years": [2022]}
    with store.read() as s:
        conn = s.connection()
        bulk._PLANS.clear()
        bulk.scalars(conn, other, ask)  # the council's 4 and the committee's 5
        for key, (_, plan) in list(bulk._PLANS.items()):
            bulk._PLANS[(id(_STMT), *key[1:])] = (other, plan)  # as if _STMT stood where ``other`` stood
        assert bulk.scalars(conn, _STMT, ask) == list(conn.execute(_STMT, ask).scalars()) == [5]
