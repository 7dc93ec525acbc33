"""Writing a record: one document and everything its record holds, in the caller's transaction.

- The same content again (``sha256``) changes nothing, whatever its path.
- A path whose content changed: its old document and everything hanging off it are replaced, in
  the transaction that stores the new one.
- Two processes storing the same file: the unique constraint on ``sha256`` (and SQLite's
  ``BEGIN IMMEDIATE``) lets one win; the other reports ``unchanged``.

:func:`store_records` stores many records at once (bulk inserts through SQLAlchemy Core: one
statement per table for the whole batch, ``insertmanyvalues``), with the same outcomes as
:func:`store_record` called for each in turn; the ingest and the batch loader use it.

Extraction and checks are not done here: :mod:`soket.service` runs read → extract → check → store.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select
from sqlalchemy.orm import Session

from soket.model import Document, Record
from soket.store.bulk import insert_rows
from soket.store.models import (
    AuthorRow,
    DocumentRow,
    FactRow,
    IssueRow,
    LimitationRow,
    MeetingRow,
    PersonRow,
    RoleRow,
    TaskRow,
)
from soket.store.rows import (
    document_row,
    document_values,
    fact_values,
    folded_source,
    issue_values,
    meeting_values,
)


@dataclass(slots=True)
class StoreResult:
    document_id: int
    status: str  # stored | replaced | unchanged
    n_facts: int = 0


_STORED_ID = select(DocumentRow.id).where(DocumentRow.sha256 == bindparam("sha256"))
_STORED_IDS = select(DocumentRow.sha256, DocumentRow.id).where(DocumentRow.sha256.in_(bindparam("shas", expanding=True)))


def stored_id(session: Session, sha256: str) -> int | None:
    """The id of the document whose text has this sha256, if stored (a statement built once, run
    on the session's connection: ingest asks it of every input)."""
    session.flush()
    return session.connection().execute(_STORED_ID, {"sha256": sha256}).scalar()


def stored_ids(session: Session, shas: Sequence[str]) -> dict[str, int]:
    """The ids of the stored documents whose texts have these sha256s, by one query."""
    if not shas:
        return {}
    session.flush()
    return {str(h): i for h, i in session.connection().execute(_STORED_IDS, {"shas": list(set(shas))})}


def store_record(session: Session, doc: Document, rec: Record) -> StoreResult:
    """Store ``rec`` (extracted from ``doc``, its issues checked) in ``session``'s transaction.

    Content already stored: ``unchanged``, nothing written. Otherwise a document with the same
    ``doc.path`` is deleted first (``replaced``). Raises :class:`IntegrityError` when a concurrent
    writer stored the same content first; the caller rolls back.
    """
    existing = stored_id(session, doc.sha256)
    if existing is not None:
        return StoreResult(existing, "unchanged")
    status = "stored"
    if doc.path:
        old = session.execute(select(DocumentRow.id, DocumentRow.sha256)
                              .where(DocumentRow.path == doc.path)).first()
        if old is not None:
            if old.sha256 == doc.sha256:  # a concurrent writer stored it since we looked
                return StoreResult(old.id, "unchanged")
            session.execute(delete(DocumentRow).where(DocumentRow.id == old.id))
            status = "replaced"
    row = document_row(doc, rec)
    session.add(row)
    session.flush()
    return StoreResult(row.id, status, len(rec.facts))


StoredRows = tuple[dict[str, Any], list[dict[str, Any]]]
"""What :func:`store_records` inserted for a document: its ``meetings`` row and its ``facts`` rows
(column values), for grouping to read without reading them back."""


def store_records(session: Session, items: Sequence[tuple[Document, Record]],
                  rows: dict[int, StoredRows] | None = None) -> list[StoreResult]:
    """Store many records in ``session``'s transaction by bulk inserts: a fixed number of
    statements for the whole batch (one lookup of the known contents and paths, one delete of
    the replaced documents, one INSERT per table), not a dozen per document.

    The outcome is that of :func:`store_record` for each item in turn: content stored already,
    or seen earlier in the batch, is ``unchanged``; a path stored with other content is
    ``replaced``. A batch where one path comes twice with different contents is stored one
    record at a time. Raises :class:`IntegrityError` when a concurrent writer stored one of
    the contents first (the caller rolls back and may retry one by one). ``rows``, when given,
    gets what was inserted for each new document (:data:`StoredRows`, by document id).
    """
    if not items:
        return []
    paths = [d.path for d, _ in items if d.path]
    if len(set(paths)) != len(paths):
        return [store_record(session, d, r) for d, r in items]
    shas = list({d.sha256 for d, _ in items})
    known: dict[str, int] = {str(h): i for h, i in session.execute(
        select(DocumentRow.sha256, DocumentRow.id).where(DocumentRow.sha256.in_(shas)))}
    old: dict[str, tuple[int, str]] = {str(p): (i, h) for i, h, p in session.execute(
        select(DocumentRow.id, DocumentRow.sha256, DocumentRow.path).where(DocumentRow.path.in_(paths)))} \
        if paths else {}
    results: list[StoreResult | None] = []
    new: list[tuple[int, Document, Record]] = []
    seen: set[str] = set()
    doomed: list[int] = []
    for k, (doc, rec) in enumerate(items):
        if doc.sha256 in known:
            results.append(StoreResult(known[doc.sha256], "unchanged"))
            continue
        if doc.sha256 in seen:
            results.append(None)  # the first copy's id, once inserted
            continue
        seen.add(doc.sha256)
        if doc.path and doc.path in old:
            doomed.append(old[doc.path][0])
        results.append(None)
        new.append((k, doc, rec))
    if set(doomed) & set(known.values()):  # a content stored at a path the batch replaces: in turn
        return [store_record(session, d, r) for d, r in items]
    if doomed:
        session.execute(delete(DocumentRow).where(DocumentRow.id.in_(doomed)))
    ids = _insert_records(session, [(d, r) for _, d, r in new], rows) if new else []
    by_sha: dict[str, int] = {}
    for (k, doc, rec), doc_id in zip(new, ids, strict=True):
        status = "replaced" if doc.path and doc.path in old else "stored"
        results[k] = StoreResult(doc_id, status, len(rec.facts))
        by_sha[doc.sha256] = doc_id
    return [r if r is not None else StoreResult(by_sha[items[k][0].sha256], "unchanged")
            for k, r in enumerate(results)]


def _many(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """One statement inserting ``rows`` (:func:`soket.store.bulk.insert_rows`: COPY on PostgreSQL,
    Core's executemany elsewhere; the table, not the mapped class: the ORM's bulk path inspects
    every row dict and cost as much as the inserts themselves)."""
    if rows:
        insert_rows(session.connection(), table.__table__, rows)


_PAUSE_FTS = ("INSERT INTO fts_pause (documents, facts) "
              "SELECT (SELECT max(id) FROM documents), (SELECT max(id) FROM facts)")
_FILL_FTS = tuple(f"INSERT INTO {t}_fts (rowid, folded) SELECT id, folded FROM {t} "
                  f"WHERE id > coalesce((SELECT {t} FROM fts_pause), 0)" for t in ("documents", "facts"))
_INSERT_TRIGGERS = ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                    "AND name IN ('documents_fts_ai', 'facts_fts_ai') ORDER BY name")


@contextmanager
def fts_once(conn: Connection) -> Iterator[None]:
    """SQLite: the rows of ``documents`` and ``facts`` inserted in the block are full-text
    indexed by one statement each at its end, not by a trigger per row. ``fts_pause`` keeps the
    largest ids before the block (ids only grow; the insert triggers stand aside while it has a
    row: migration 0006), and the two insert triggers are dropped for the block and made again
    at its end from the SQL the schema holds: a row's INSERT into a table with a trigger opens a
    statement journal, trigger condition or not (~5 µs of a ``facts`` row's ~18: issue 12). All
    of it is the transaction's own (a write transaction: no other writer meanwhile, and no reader
    sees its schema before the commit, which gives the same schema back); a rollback undoes it.
    Other backends: nothing to do."""
    if conn.dialect.name != "sqlite":
        yield
        return
    conn.exec_driver_sql(_PAUSE_FTS)
    triggers = conn.exec_driver_sql(_INSERT_TRIGGERS).all()
    for name, _ in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:  # whatever was inserted is indexed, even if the block failed half way
        for _, sql in triggers:
            conn.exec_driver_sql(sql)
        for sql in _FILL_FTS:
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql("DELETE FROM fts_pause")


def _insert_records(session: Session, items: Sequence[tuple[Document, Record]],
                    out: dict[int, StoredRows] | None = None) -> list[int]:
    """Insert new documents and everything their records hold; their ids, in order. ``out``:
    each document's meeting and facts rows, by id."""
    # after the replaced documents' delete: SQLite may give a deleted largest id again
    with fts_once(session.connection()):
        return _insert_all(session, items, out)


_MEETING_KEYS = tuple(c.key for c in MeetingRow.__table__.columns if c.key != "id")
"""A ``meetings`` row's columns, in the table's order (those its meeting does not fill: None)."""


def _insert_all(session: Session, items: Sequence[tuple[Document, Record]],
                out: dict[int, StoredRows] | None) -> list[int]:
    # no RETURNING: with its rows' order guaranteed SQLite would take one statement per row;
    # the ids come back by the unique sha256 instead
    docs = [document_values(d, r) for d, r in items]
    _many(session, DocumentRow, docs)
    id_of = {h: i for h, i in session.execute(select(DocumentRow.sha256, DocumentRow.id)
                                              .where(DocumentRow.sha256.in_([d.sha256 for d, _ in items])))}
    ids = [id_of[d.sha256] for d, _ in items]
    meetings: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    authors: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    limitations: list[dict[str, Any]] = []
    issues: list[dict[str, Any]] = []
    roles_of: list[list[str]] = []
    for doc_id, (doc, rec), dv in zip(ids, items, docs, strict=True):
        src = folded_source(doc.text, dv["folded"])  # the facts' words: slices of the text's fold
        m = meeting_values(rec.meeting, rec.period)
        mv = {k: m.get(k) for k in _MEETING_KEYS}
        mv["document_id"] = doc_id
        meetings.append(mv)
        fv = [{**fact_values(f, i, m, src), "document_id": doc_id} for i, f in enumerate(rec.facts)]
        facts.extend(fv)
        if out is not None:
            out[doc_id] = (mv, fv)
        for i, p in enumerate(rec.people):
            people.append({"document_id": doc_id, "position": i, "name": p.name})
            roles_of.append(list(p.roles))
        authors.extend({"document_id": doc_id, "position": i, "name": a} for i, a in enumerate(rec.authors))
        tasks.extend({"document_id": doc_id, "position": i, "text": t} for i, t in enumerate(rec.tasks))
        limitations.extend({"document_id": doc_id, "position": i, "text": t} for i, t in enumerate(rec.limitations))
        issues.extend({**issue_values(x, i), "document_id": doc_id} for i, x in enumerate(rec.issues))
    _many(session, MeetingRow, meetings)
    _many(session, FactRow, facts)
    if people:
        _many(session, PersonRow, people)
        pid = {(d, p): i for i, d, p in session.execute(select(PersonRow.id, PersonRow.document_id, PersonRow.position)
                                                         .where(PersonRow.document_id.in_(ids)))}
        _many(session, RoleRow, [{"person_id": pid[(p["document_id"], p["position"])], "position": j, "role": r}
                                 for p, roles in zip(people, roles_of, strict=True) for j, r in enumerate(roles)])
    _many(session, AuthorRow, authors)
    _many(session, TaskRow, tasks)
    _many(session, LimitationRow, limitations)
    _many(session, IssueRow, issues)
    return ids
