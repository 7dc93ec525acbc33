"""Files in, rows out: extract each document and store its record, one transaction per file.

- The same content again (``sha256``) changes nothing, whatever its path.
- A path whose content changed: its old document and everything hanging off it are replaced, in
  the transaction that stores the new one.
- A file that fails (unreadable, extractor error) is reported; the others are stored.
- Two processes ingesting the same file: the unique constraint on ``sha256`` (and SQLite's
  ``BEGIN IMMEDIATE``) lets one win; the other reports ``unchanged``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from soket.errors import SoketError
from soket.extract.indicators import classify
from soket.model import Document, Record
from soket.store.db import analyze, open_store, read_session, write_session
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
from soket.text import fold

STATUSES = ("stored", "replaced", "unchanged", "failed")


@dataclass(slots=True)
class StoreResult:
    document_id: int
    status: str  # stored | replaced | unchanged
    n_facts: int = 0


@dataclass(slots=True)
class FileResult:
    path: str
    status: str  # stored | replaced | unchanged | failed
    document_id: int | None = None
    n_facts: int = 0
    error: str | None = None


@dataclass(slots=True)
class IngestReport:
    url: str
    files: list[FileResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def summary(self) -> dict[str, int]:
        return {s: self.count(s) for s in STATUSES}


def _first(v: object) -> str | None:
    """Gold files list alternatives; a stored value is one string."""
    if isinstance(v, list | tuple):
        v = v[0] if v else None
    return None if v is None else str(v)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def fact_search_text(subject: str | None, raw: str, unit: str | None, evidence: str) -> str:
    return fold(" \n ".join(x for x in (subject or "", raw, unit or "", evidence) if x))


def store_record(session: Session, doc: Document, rec: Record) -> StoreResult:
    """Store ``rec`` (extracted from ``doc``) in ``session``'s transaction.

    Content already stored: ``unchanged``, nothing written. Otherwise a document with the same
    ``doc.path`` is deleted first (``replaced``). Raises :class:`IntegrityError` when a concurrent
    writer stored the same content first; the caller rolls back.
    """
    existing = session.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == doc.sha256))
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
    title = doc.title
    row = DocumentRow(
        doc=(rec.doc or doc.doc or "")[:255],
        path=doc.path,
        sha256=doc.sha256,
        format=doc.format,
        encoding=doc.encoding,
        title=title,
        published=doc.published,
        text=doc.text,
        folded=fold(doc.text) + ("\n" + fold(title) if title else ""),
        meta=dict(doc.meta) if doc.meta else None,
        ingested_at=_now(),
    )
    m, p = rec.meeting, rec.period
    locality, province = _first(m.locality), _first(m.province)
    row.meeting = MeetingRow(
        body_kind=m.body_kind, body=m.body, locality=locality,
        locality_folded=fold(locality) if locality else None, locality_kind=_first(m.locality_kind),
        province=province, province_folded=fold(province) if province else None,
        session=m.session, date=_first(m.date), chairs=list(m.chairs or []),
        year=p.year, start_month=p.start_month, end_month=p.end_month, period_label=p.label,
    )
    for i, f in enumerate(rec.facts):
        subject = _first(f.subject)
        ev = f.evidence_span
        row.facts.append(FactRow(
            position=i, subject=subject, indicator=f.indicator or classify(subject, f.unit),
            value=_float(f.value), unit=f.unit, role=f.role, qualifier=f.qualifier,
            estimated=bool(f.estimated), basis=f.basis, of=_float(f.of), raw=f.raw,
            span_start=int(f.span[0]), span_end=int(f.span[1]), evidence=f.evidence or "",
            evidence_start=int(ev[0]) if ev else None, evidence_end=int(ev[1]) if ev else None,
            malformed=bool(f.malformed), origin=f.origin or "text", table_ref=f.table.model_dump() if f.table else None,
            folded=fact_search_text(subject, f.raw, f.unit, f.evidence or ""),
        ))
    for i, person in enumerate(rec.people):
        row.people.append(PersonRow(position=i, name=person.name,
                                    roles=[RoleRow(position=j, role=r) for j, r in enumerate(person.roles)]))
    row.authors = [AuthorRow(position=i, name=a) for i, a in enumerate(rec.authors)]
    row.tasks = [TaskRow(position=i, text=t) for i, t in enumerate(rec.tasks)]
    row.limitations = [LimitationRow(position=i, text=t) for i, t in enumerate(rec.limitations)]
    from soket.check import check_against_store  # issue 5: history checks, stored with the record
    issues = [*rec.issues, *check_against_store(session, rec)]
    row.issues = [
        IssueRow(position=i, code=x.code, message=x.message, severity=x.severity,
                 span_start=x.span[0] if x.span else None, span_end=x.span[1] if x.span else None)
        for i, x in enumerate(issues)
    ]
    session.add(row)
    session.flush()
    return StoreResult(row.id, status, len(rec.facts))


def _float(v: object) -> float | None:
    if v is None or isinstance(v, bool) or not isinstance(v, int | float | str):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def store_document(doc: Document, rec: Record, db: str | None = None) -> StoreResult:
    """Store one extracted document in its own transaction; a lost race answers ``unchanged``."""
    url = open_store(db)
    try:
        with write_session(url) as s:
            return store_record(s, doc, rec)
    except IntegrityError:
        with read_session(url) as s:
            existing = s.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == doc.sha256))
        if existing is None:
            raise
        return StoreResult(existing, "unchanged")


def ingest_document(doc: Document, db: str | None = None,
                    extract: Callable[[Document], Record] | None = None) -> StoreResult:
    """Extract ``doc`` unless its content is stored already, then store it."""
    url = open_store(db)
    with read_session(url) as s:
        existing = s.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == doc.sha256))
    if existing is not None:
        return StoreResult(existing, "unchanged")
    rec = (extract or _extractor())(doc)
    return store_document(doc, rec, url)


def _groups_of(session: Session, document_ids: Iterable[int]) -> set[tuple[str | None, str | None, int]]:
    """(locality, province, year) of the given stored documents that have all three known."""
    ids = list(document_ids)
    if not ids:
        return set()
    rows = session.execute(select(MeetingRow.locality, MeetingRow.province, MeetingRow.year)
                           .where(MeetingRow.document_id.in_(ids)))
    return {(loc, prov, y) for loc, prov, y in rows if loc and y is not None}


def recheck_history(db: str | None, document_ids: Iterable[int]) -> int:
    """Recompute the stored issues of every document whose history checks the given documents can
    change (same locality and province, the same year or the next), so that stored issues do not
    depend on the order documents were ingested in. Returns the number of documents rechecked.

    Each document's issues become its own checks plus its checks against the store as it is now;
    run after every ingest batch (a later batch's recheck sees every earlier commit)."""
    from soket.check import check_against_store, check_record
    from soket.check.history import record_from_store

    url = open_store(db)
    n = 0
    with write_session(url) as s:
        groups = _groups_of(s, document_ids)
        todo: set[int] = set()
        for loc, prov, year in groups:
            q = select(MeetingRow.document_id).where(MeetingRow.locality == loc, MeetingRow.year.in_((year, year + 1)))
            q = q.where(MeetingRow.province == prov) if prov is not None else q.where(MeetingRow.province.is_(None))
            todo.update(s.scalars(q))
        for doc_id in sorted(todo):
            rec = record_from_store(s, doc_id)
            if rec is None:
                continue
            issues = check_record(rec) + check_against_store(s, rec, doc_id)
            s.execute(delete(IssueRow).where(IssueRow.document_id == doc_id))
            s.add_all(IssueRow(document_id=doc_id, position=i, code=x.code, message=x.message, severity=x.severity,
                               span_start=x.span[0] if x.span else None, span_end=x.span[1] if x.span else None)
                      for i, x in enumerate(issues))
            n += 1
    return n


def _extractor() -> Callable[[Document], Record]:
    import soket.extract as ex  # looked up at call time: tests may monkeypatch it

    return ex.extract_document


def ingest_documents(
    paths: Iterable[str | Path],
    db: str | None = None,
    *,
    extract: Callable[[Document], Record] | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> IngestReport:
    """Extract and store every input under ``paths`` (files or folders), one transaction each.

    Never stops on a bad file: its :class:`FileResult` says ``failed`` and why.
    """
    from soket.ingest import budget, iter_inputs, load_path

    url = open_store(db)
    report = IngestReport(url=url)
    for path in iter_inputs([str(p) for p in paths]):
        shown = str(path)
        try:
            with budget.metered():  # one resource budget for reading and extracting the document
                doc = load_path(path)
                doc.path = str(Path(path).resolve())
                res = ingest_document(doc, url, extract)
            fr = FileResult(shown, res.status, res.document_id, res.n_facts)
        except SoketError as e:
            fr = FileResult(shown, "failed", error=f"{e.code}: {e.message}")
        except Exception as e:  # one bad file never stops the others
            fr = FileResult(shown, "failed", error=f"internal_error: {type(e).__name__}: {e}")
        report.files.append(fr)
        if on_file is not None:
            on_file(fr)
    changed = [f.document_id for f in report.files if f.status in ("stored", "replaced") and f.document_id]
    if changed:
        try:
            recheck_history(url, changed)
        except Exception as e:  # the records are stored; say that their history checks are not
            report.files.append(FileResult("(history checks)", "failed", error=f"internal_error: {type(e).__name__}: {e}"))
    if report.count("stored") + report.count("replaced"):
        try:
            analyze(url)
        except Exception:  # statistics are an optimisation, never a failure
            pass
    return report
