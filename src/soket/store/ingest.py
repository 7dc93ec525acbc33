"""Writing a record: one document and everything its record holds, in the caller's transaction.

- The same content again (``sha256``) changes nothing, whatever its path.
- A path whose content changed: its old document and everything hanging off it are replaced, in
  the transaction that stores the new one.
- Two processes storing the same file: the unique constraint on ``sha256`` (and SQLite's
  ``BEGIN IMMEDIATE``) lets one win; the other reports ``unchanged``.

Extraction and checks are not done here: :mod:`soket.service` runs read → extract → check → store.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from soket.model import Document, Record
from soket.store.models import DocumentRow
from soket.store.rows import document_row


@dataclass(slots=True)
class StoreResult:
    document_id: int
    status: str  # stored | replaced | unchanged
    n_facts: int = 0


def stored_id(session: Session, sha256: str) -> int | None:
    """The id of the document whose text has this sha256, if stored."""
    return session.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == sha256))


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
