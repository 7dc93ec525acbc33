"""Bulk inserts (issue 12): PostgreSQL's COPY stores what SQLAlchemy Core's executemany stores,
value for value (JSON columns, a JSON ``None``, column defaults, reserved column names)."""

from __future__ import annotations

from sqlalchemy import event, insert, select

from soket.model import Fact, TableRef
from soket.store.bulk import insert_rows
from soket.store.models import DocumentRow, FactRow
from soket.store.rows import fact_values


def _facts(document_id: int) -> list[dict]:  # type: ignore[type-arg]
    """Two facts' rows as ingest builds them, one with a table reference and no value; the
    ``duplicate`` column left to its default."""
    plain = Fact(subject="Thu ngân sách", value=1.5, unit="%", role="amount", raw="1,5%", span=(3, 7),
                 evidence="Thu ngân sách đạt 1,5%", box=[0.1, 0.2, 0.3, 0.4])
    tabled = Fact(subject="Thu ngân sách", value=None, unit=None, role="amount", raw="—", span=(9, 10),
                  table=TableRef(index=1, row=2, column=3, header="Chỉ tiêu"), estimated=True, read_through_typo=["tặng → tăng"])
    return [{**fact_values(f, i), "document_id": document_id} for i, f in enumerate((plain, tabled))]


def test_insert_rows_stores_what_core_stores(store):
    doc = {"doc": "d", "sha256": "0" * 64, "text": "t", "folded": "t", "ingested_at": "2026-01-01T00:00:00",
           "meta": {"nguồn": "x"}}
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda _c, _cur, sql, *_: sql.startswith("BEGIN") or statements.append(sql))
    with store.write() as s:
        conn = s.connection()
        conn.execute(insert(DocumentRow.__table__), [doc])
        insert_rows(conn, DocumentRow.__table__, [{**doc, "sha256": "1" * 64}])
        ids = sorted(conn.execute(select(DocumentRow.id)).scalars())
        conn.execute(insert(FactRow.__table__), _facts(ids[0]))
        insert_rows(conn, FactRow.__table__, _facts(ids[1]))
        assert len(statements) == 5  # each bulk insert is one statement, heard by the listeners
        insert_rows(conn, FactRow.__table__, [])
        assert len(statements) == 5
    with store.read() as s:
        cols = [c for c in FactRow.__table__.columns if c.name not in ("id", "document_id")]
        got = {d: [tuple(r) for r in s.execute(select(*cols).where(FactRow.document_id == d)
                                                .order_by(FactRow.position))] for d in ids}
        assert got[ids[0]] == got[ids[1]]
        assert got[ids[0]][0][[c.name for c in cols].index("duplicate")] is False  # the column's default
        metas = s.execute(select(DocumentRow.meta).order_by(DocumentRow.id)).scalars().all()
        assert metas == [{"nguồn": "x"}] * 2
