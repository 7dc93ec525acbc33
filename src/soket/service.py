"""The record's way through the steps: read → extract → check → store. Each step knows only the
ones before it; this module is the one that calls them in turn, so that no step reaches forward.

- :func:`extract_checked`: a Document's record with its document checks (what ``soket extract``
  prints and a batch run writes).
- :func:`store_checked`: a record checked against its locality's stored history, then stored, in
  the caller's transaction (the batch loader stores a shard in one).
- :func:`store_document` / :func:`ingest_document` / :func:`ingest_documents`: one transaction
  per document, files in, a report out.
- :func:`check_stored`: a stored document's record, checked again (``soket check --db``), with
  the ``sources_disagree`` issues of its meeting (:mod:`soket.store.sources`).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, selectinload

from soket.check import CODES, Pairs, check_history, check_record, history_filter, record_pairs
from soket.check.extracted import Extractor as Extractor
from soket.check.extracted import default_extractor as default_extractor
from soket.check.extracted import extract_checked as extract_checked
from soket.check.extracted import extract_counted as extract_counted
from soket.errors import SoketError
from soket.extract.indicators import classify
from soket.ingest import ReadOptions, budget, iter_inputs, load_path
from soket.model import Document, Fact, Issue, Record, StoredFact
from soket.store import bulk, queries, sources
from soket.store.db import Store
from soket.store.ingest import StoredRows, StoreResult, store_record, store_records, stored_id, stored_ids
from soket.store.models import DocumentRow, FactRow, IssueRow, MeetingRow, PersonRow
from soket.store.rows import (
    FACT_COLUMNS,
    MEETING_COLUMNS,
    PERIOD_COLUMNS,
    fact_of,
    issue_of,
    issue_values,
    meeting_of,
    period_of,
    record_of,
)
from soket.text import fold

STATUSES = ("stored", "replaced", "unchanged", "failed")


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


def stored_history(session: Session, rec: Record) -> list[StoredFact]:
    """The stored facts the history checks of ``rec`` read (:func:`soket.check.history_filter`)."""
    want = history_filter(rec)
    if want is None:
        return []
    return queries.history_candidates(session, want.locality, want.province, want.years, want.indicators,
                                      want.roles)


def history_issues(session: Session, rec: Record, document_id: int | None = None) -> list[Issue]:
    """The history checks of ``rec`` against what ``session`` sees stored."""
    return check_history(rec, stored_history(session, rec), document_id)


def store_checked(session: Session, doc: Document, rec: Record) -> StoreResult:
    """Check ``rec`` against its locality's history, then store it, in ``session``'s transaction
    (the history issues are stored with the record). Content already stored: ``unchanged``."""
    existing = stored_id(session, doc.sha256)
    if existing is not None:
        return StoreResult(existing, "unchanged")
    rec.issues.extend(history_issues(session, rec))
    old_group = sources.group_of_path(session, doc.path)
    res = store_record(session, doc, rec)
    if res.status in ("stored", "replaced"):
        sources.link_document(session, res.document_id)  # its meeting: docs/sources.md
        if old_group is not None:
            sources.refresh_group(session, old_group)  # the replaced copy left it
    return res


def store_checked_many(session: Session, items: Sequence[tuple[Document, Record]], *,
                       history: bool = True) -> list[StoreResult]:
    """:func:`store_checked` for many records by bulk inserts (:func:`soket.store.store_records`),
    in ``session``'s transaction. Each record is checked against the history stored before the
    batch; :func:`recheck_history` (run after an ingest) brings in what the batch added.
    ``history=False``: no history checks here (the caller runs :func:`recheck_history` on the
    stored documents, which computes them anyway)."""
    if history:
        known = set(session.scalars(select(DocumentRow.sha256).where(
            DocumentRow.sha256.in_({d.sha256 for d, _ in items})))) if items else set()
        for doc, rec in items:
            if doc.sha256 not in known:
                rec.issues.extend(history_issues(session, rec))
    old_groups = sources.groups_of_paths(session, [d.path for d, _ in items if d.path])
    rows: dict[int, StoredRows] = {}
    results = store_records(session, items, rows)
    # each stored document's meeting (docs/sources.md), in order, read from what was inserted
    new = {r.document_id: sources.NewDoc(doc, *rows[r.document_id]) for (doc, _), r in zip(items, results, strict=True)
           if r.document_id in rows}
    sources.link_documents(session, [r.document_id for r in results if r.status in ("stored", "replaced")], new)
    for gid in old_groups:
        sources.refresh_group(session, gid)  # a replaced copy left it
    return results


def store_documents(store: Store, items: Sequence[tuple[Document, Record]], *,
                    history: bool = True) -> list[StoreResult]:
    """Store extracted documents in one transaction (bulk inserts); when a concurrent writer
    stored one of them first, the batch is rolled back and stored one document at a time.
    ``history``: as for :func:`store_checked_many`."""
    if not items:
        return []
    before = [list(rec.issues) for _, rec in items]
    try:
        with store.write(bulk=True) as s:
            return store_checked_many(s, items, history=history)
    except Exception as e:
        for (_, rec), issues in zip(items, before, strict=True):
            rec.issues[:] = issues  # as they were: the history checks run again
        if not isinstance(e, IntegrityError):
            raise
        return [store_document(store, d, r) for d, r in items]


def store_document(store: Store, doc: Document, rec: Record) -> StoreResult:
    """Store one extracted document in its own transaction; a lost race answers ``unchanged``."""
    try:
        with store.write() as s:
            return store_checked(s, doc, rec)
    except IntegrityError:
        with store.read() as s:
            existing = stored_id(s, doc.sha256)
        if existing is None:
            raise
        return StoreResult(existing, "unchanged")


def ingest_document(store: Store, doc: Document, extract: Extractor | None = None) -> StoreResult:
    """Extract and check ``doc`` unless its content is stored already, then store it."""
    with store.read() as s:
        existing = stored_id(s, doc.sha256)
    if existing is not None:
        return StoreResult(existing, "unchanged")
    return store_document(store, doc, extract_checked(doc, extract))


BATCH_SIZE = 64
"""Documents stored per transaction by :func:`ingest_documents`."""


def ingest_documents(store: Store, paths: Iterable[str | Path], *, extract: Extractor | None = None,
                     on_file: Callable[[FileResult], None] | None = None,
                     batch_size: int = BATCH_SIZE, read: ReadOptions | None = None) -> IngestReport:
    """Read, extract, check and store every input under ``paths`` (files or folders). Never stops
    on a bad file: its :class:`FileResult` says ``failed`` and why.

    ``read``: how inputs are read (the defaults when None: the edges pass the settings').
    Documents are stored ``batch_size`` at a time, each batch in one transaction by bulk inserts
    (a killed ingest leaves whole batches; running it again stores the rest). Content already
    stored is not extracted again. The heap the ingest starts with is out of the garbage
    collector's reach while it runs (:func:`frozen_heap`)."""
    with frozen_heap():
        return _ingest_documents(store, paths, extract, on_file, batch_size, read)


_FROZEN = [0]  # ingests running now (threads): the first freezes, the last one out thaws
_FROZEN_LOCK = threading.Lock()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """The objects alive now (lexicons, compiled patterns, the ORM's metadata: most of the heap)
    kept out of the collector's full passes while the block runs (``gc.freeze``), given back at
    its end (``gc.unfreeze``: their garbage, if any, is collected later as before). An ingest
    makes many objects, so the collector runs full passes, each over the whole heap (~0.5 ms a
    document of an ingest's ~7 without this). Nested or concurrent blocks: the outermost decides.
    :func:`freeze_more` puts what an ingest keeps since (its records) out of reach too."""
    with _FROZEN_LOCK:
        _FROZEN[0] += 1
        if _FROZEN[0] == 1:
            gc.freeze()
    try:
        yield
    finally:
        with _FROZEN_LOCK:
            _FROZEN[0] -= 1
            if _FROZEN[0] == 0:
                gc.unfreeze()


def freeze_more() -> None:
    """Inside :func:`frozen_heap`: the objects alive now out of the collector's reach too (an
    ingest's batch stored: the records it keeps for the history recheck, ~3,000 objects a batch,
    which each full pass would scan again; a batch leaves no cyclic garbage to collect). Outside
    it: nothing."""
    with _FROZEN_LOCK:
        if _FROZEN[0]:
            gc.freeze()


def _ingest_documents(store: Store, paths: Iterable[str | Path], extract: Extractor | None,
                      on_file: Callable[[FileResult], None] | None, batch_size: int,
                      read: ReadOptions | None) -> IngestReport:
    read = read or ReadOptions()
    report = IngestReport(url=store.url)
    records: dict[int, Record] = {}
    checks: dict[int, int] = {}  # how many of a stored record's issues are its document checks
    n_checks: dict[int, int] = {}  # the same of the pending records, by id(record)
    pending: list[tuple[str, Document | FileResult, Record | None]] = []

    def flush() -> None:
        todo = [(doc, rec) for _, doc, rec in pending if isinstance(doc, Document) and rec is not None]
        try:
            # no history checks per batch: recheck_history below computes them for every stored document
            stored: Iterator[StoreResult] | None = iter(store_documents(store, todo, history=False))
        except Exception:  # the batch failed as a whole: one document at a time, so one bad one fails alone
            stored = None
        for shown, doc, rec in pending:
            if isinstance(doc, FileResult):
                fr = doc
            elif rec is None:
                continue
            else:
                try:
                    res = next(stored) if stored is not None else store_document(store, doc, rec)
                    fr = FileResult(shown, res.status, res.document_id, res.n_facts)
                    if res.status == "stored":
                        records[res.document_id] = rec  # as stored, for the history recheck
                        checks[res.document_id] = n_checks[id(rec)]
                except Exception as e:
                    fr = FileResult(shown, "failed", error=f"internal_error: {type(e).__name__}: {e}")
            report.files.append(fr)
            if on_file is not None:
                on_file(fr)
        pending.clear()
        n_checks.clear()
        freeze_more()

    # read a batch's inputs, then ask the store which of their contents it holds by one query,
    # then extract the others (each document's budget covers its reading and its extraction)
    read_now: list[tuple[str, Document | FileResult, budget.Meter | None]] = []

    def extract_read() -> None:
        shas = [doc.sha256 for _, doc, _ in read_now if isinstance(doc, Document)]
        lookup_error: Exception | None = None
        try:
            with store.read() as s:
                known = stored_ids(s, shas)
        except Exception as e:  # each of them fails with it, as its own lookup would have
            known, lookup_error = {}, e
        for shown, doc, meter in read_now:
            if isinstance(doc, FileResult) or meter is None:
                pending.append((shown, doc, None))
                continue
            if lookup_error is not None:
                error = f"internal_error: {type(lookup_error).__name__}: {lookup_error}"
                pending.append((shown, FileResult(shown, "failed", error=error), None))
                continue
            existing = known.get(doc.sha256)
            if existing is not None:
                pending.append((shown, FileResult(shown, "unchanged", existing), None))
                continue
            try:
                with budget.resumed(meter):
                    rec, n = extract_counted(doc, extract)
                n_checks[id(rec)] = n
                pending.append((shown, doc, rec))
            except SoketError as e:
                pending.append((shown, FileResult(shown, "failed", error=f"{e.code}: {e.message}"), None))
            except Exception as e:  # one bad file never stops the others
                pending.append((shown, FileResult(shown, "failed", error=f"internal_error: {type(e).__name__}: {e}"),
                                None))
            if len(pending) >= max(1, batch_size):
                flush()
        read_now.clear()

    for path in iter_inputs([str(p) for p in paths]):
        shown = str(path)
        try:
            with budget.paused(read.budget) as meter:  # one resource budget for reading and extracting the document
                doc = load_path(path, options=read)
                doc.path = str(Path(path).resolve())
            read_now.append((shown, doc, meter))
        except SoketError as e:
            read_now.append((shown, FileResult(shown, "failed", error=f"{e.code}: {e.message}"), None))
        except Exception as e:  # one bad file never stops the others
            read_now.append((shown, FileResult(shown, "failed", error=f"internal_error: {type(e).__name__}: {e}"), None))
        if len(read_now) + len(pending) >= max(1, batch_size):
            extract_read()
    extract_read()
    flush()
    changed = [f.document_id for f in report.files if f.status in ("stored", "replaced") and f.document_id]
    if changed:
        try:
            # the stored records from memory, unless a document replaced another (whose facts are gone)
            recheck_history(store, changed, None if report.count("replaced") else records, checks)
        except Exception as e:  # the records are stored; say that their history checks are not
            report.files.append(FileResult("(history checks)", "failed", error=f"internal_error: {type(e).__name__}: {e}"))
    try:  # statistics: after a batch that grew the store by a share of it (not every small ingest)
        store.analyze_after(report.count("stored") + report.count("replaced"))
    except Exception:  # statistics are an optimisation, never a failure
        pass
    return report


def recheck_history(store: Store, document_ids: Iterable[int], records: Mapping[int, Record] | None = None,
                    checks: Mapping[int, int] | None = None) -> int:
    """Recompute the stored issues of every document whose history checks the given documents can
    change (same locality and province, the same year or the next), so that stored issues do not
    depend on the order documents were ingested in. Returns the number of documents rechecked.

    Each document's issues become its own checks plus its checks against the store as it is now;
    run after every ingest batch (a later batch's recheck sees every earlier commit).

    ``records``: the records of ``document_ids`` as just stored (none of them replacing another
    document): those are rechecked from memory, and of the other documents only those the new
    ones can concern (:func:`_concerned`), by what their history checks read (the amounts,
    changes and attainments of their pairs), never by reading their whole records; where the new
    documents change their history issues, those issue rows are replaced. Without: every
    document of the new documents' localities and years is read and rechecked in full.

    ``checks``: of a record of ``records`` made by :func:`extract_counted` (and not changed
    since), how many of its issues, the first, are its document checks: taken as they are, not
    checked again."""
    ids = list(document_ids)
    if not ids:
        return 0
    with store.write() as s:
        if records is not None and all(i in records for i in ids):
            return _recheck_known(s, ids, records, checks or {})
        groups = {(loc, prov, y) for loc, prov, y in s.execute(
            select(MeetingRow.locality, MeetingRow.province, MeetingRow.year)
            .where(MeetingRow.document_id.in_(ids))) if loc and y is not None}
        todo: set[int] = set()
        for loc, prov, year in groups:
            q = select(MeetingRow.document_id).where(MeetingRow.locality == loc, MeetingRow.year.in_((year, year + 1)))
            q = q.where(MeetingRow.province == prov) if prov is not None else q.where(MeetingRow.province.is_(None))
            todo.update(s.scalars(q))
        order = sorted(todo)
        for k in range(0, len(order), RECHECK_CHUNK):
            _recheck(s, order[k:k + RECHECK_CHUNK])
    return len(order)


HISTORY_ROLES = ("amount", "change_pct", "plan_pct", "plan_diff_pct")
"""The facts the history checks of a record read of it (:func:`soket.check.history_filter`)."""
_PAIRED_ROLES = ("change_pct", "plan_pct", "plan_diff_pct")
_PLAN_ROLES = ("plan_pct", "plan_diff_pct")
_HISTORY_FACTS = (select(FactRow.document_id, *FACT_COLUMNS)
                  .where(FactRow.document_id.in_(bindparam("ids", expanding=True)), FactRow.role.in_(HISTORY_ROLES))
                  .order_by(FactRow.document_id, FactRow.position))
_PAIRED_DOCS = (select(FactRow.document_id).where(FactRow.document_id.in_(bindparam("ids", expanding=True)),
                                                  FactRow.role.in_(_PAIRED_ROLES)).distinct())
_MEETINGS = select(MeetingRow.document_id, *MEETING_COLUMNS, *PERIOD_COLUMNS).where(
    MeetingRow.document_id.in_(bindparam("ids", expanding=True)))


def _history_records(s: Session, ids: list[int]) -> dict[int, Record]:
    """What the history checks read of stored documents: their meeting, period and the facts of
    :data:`HISTORY_ROLES`, for those that have a change or a plan attainment at all (an indexed
    aggregate query finds them); never a document's whole record."""
    conn = s.connection()
    out: dict[int, Record] = {}
    for k in range(0, len(ids), RECHECK_CHUNK):
        chunk = ids[k:k + RECHECK_CHUNK]
        paired = list(conn.execute(_PAIRED_DOCS, {"ids": chunk}).scalars())
        if not paired:
            continue
        facts: dict[int, list[Fact]] = {}
        for r in conn.execute(_HISTORY_FACTS, {"ids": paired}):
            facts.setdefault(r.document_id, []).append(fact_of(r))
        for m in conn.execute(_MEETINGS, {"ids": paired}):
            out[m.document_id] = Record(doc="", meeting=meeting_of(m), period=period_of(m),
                                        facts=facts.get(m.document_id, []))
    return out


def _histories(s: Session, wants: Mapping[int, Any],
               apart: Mapping[int, Record] | None = None) -> dict[tuple[str, str | None, tuple[int, ...]], Any]:
    """The stored history each (locality, province, years) of ``wants`` (documents' history filters)
    needs: the union of what its documents ask for (each check keeps its own), read for all the
    groups at once by :func:`soket.store.queries.history_candidates_many`; the documents of
    ``apart`` (records just stored) told apart, those of the group's locality and year before
    only (the others' facts are not among its growth candidates)."""
    near: dict[tuple[str, int], list[int]] = {}
    for d, rec in (apart or {}).items():
        if rec.meeting.locality and rec.period.year is not None:
            for loc in {fold(rec.meeting.locality), fold(rec.meeting.locality.strip())}:  # as stored, as asked
                near.setdefault((loc, rec.period.year), []).append(d)
    merged: dict[tuple[str, str | None, tuple[int, ...]], tuple[set[str], set[str]]] = {}
    for w in wants.values():
        if w is not None:
            inds, roles = merged.setdefault((w.locality, w.province, w.years), (set(), set()))
            inds.update(w.indicators)
            roles.update(w.roles)
    return queries.history_candidates_many(s, [
        (key, tuple(sorted(inds)), tuple(sorted(roles)), tuple(sorted(near.get((fold(key[0].strip()), key[2][0]), ()))))
        for key, (inds, roles) in merged.items()])


def _offers(records: Mapping[int, Record], pairs: Mapping[int, Pairs]) -> dict[tuple[str, str | None, int],
                                                                               tuple[set[tuple[int, int]], set[str],
                                                                                     int | None, set[str]]]:
    """What the new documents (``records``) add to the history other documents' checks read, by
    (locality, province, year): the periods and indicators of their positive amounts (growth
    checks of the next year) and the earliest end month and the indicators of their implied plans
    (plan checks of the same year). A superset of what can change another document's issues.
    ``pairs``: :func:`soket.check.record_pairs` of each record."""
    out: dict[tuple[str, str | None, int], tuple[set[tuple[int, int]], set[str], int | None, set[str]]] = {}
    for d, rec in records.items():
        loc, year, p = rec.meeting.locality, rec.period.year, rec.period
        if not loc or year is None:
            continue
        periods, growth, end, plans = out.get((loc, rec.meeting.province, year), (set(), set(), None, set()))
        amounts = {f.indicator or classify(f.subject, f.unit) for f in rec.facts
                   if f.role == "amount" and isinstance(f.value, int | float) and f.value > 0}
        if amounts:
            periods.add((p.start_month or 0, p.end_month or 0))
            growth.update(i for i in amounts if i)
        implied = {x.amount.indicator or classify(x.amount.subject, x.amount.unit) for x in pairs[d].plans}
        if implied and p.end_month is not None:
            end = p.end_month if end is None else min(end, p.end_month)
            plans.update(i for i in implied if i)
        out[(loc, rec.meeting.province, year)] = (periods, growth, end, plans)
    return out


def _concerned_select(province: bool) -> Any:
    """:func:`_concerned`'s statement (built once for each shape): documents of a locality and
    province, of the next year with a period among ``periods`` (start × 100 + end, 0 for none)
    and a sentence with an amount of ``growth`` and a change; or of the year, ending after
    ``end``, with a sentence with an amount of ``plans`` and a plan attainment (a check pairs
    only the facts of one sentence: :func:`soket.check.history_filter`)."""
    stmt = _CONCERNED.get(province)
    if stmt is not None:
        return stmt
    doc = MeetingRow.document_id

    def pair(indicators: str, roles: tuple[str, ...]) -> Any:
        a, x = aliased(FactRow), aliased(FactRow)
        return (select(a.id).join(x, (x.document_id == a.document_id) & (x.evidence_start == a.evidence_start)
                                  & (x.evidence_end == a.evidence_end))
                .where(a.document_id == doc, a.role == "amount", a.indicator.in_(bindparam(indicators, expanding=True)),
                       x.role.in_(roles)).exists())

    grows = and_(MeetingRow.year == bindparam("next"),
                 (func.coalesce(MeetingRow.start_month, 0) * 100 + func.coalesce(MeetingRow.end_month, 0))
                 .in_(bindparam("periods", expanding=True)), pair("growth", ("change_pct",)))
    plans = and_(MeetingRow.year == bindparam("year"), func.coalesce(MeetingRow.end_month, 12) > bindparam("end"),
                 pair("plans", _PLAN_ROLES))
    stmt = select(doc).where(MeetingRow.locality_folded == bindparam("folded"), MeetingRow.locality == bindparam("loc"),
                             MeetingRow.year.in_([bindparam("year"), bindparam("next")]), or_(grows, plans))
    stmt = stmt.where(MeetingRow.province == bindparam("prov")) if province else stmt.where(MeetingRow.province.is_(None))
    _CONCERNED[province] = stmt
    return stmt


_CONCERNED: dict[bool, Any] = {}


def _concerned(s: Session, records: Mapping[int, Record], pairs: Mapping[int, Pairs]) -> list[int]:
    """The stored documents (not of ``records``) whose history issues the new documents can
    change: of the same locality and province, the next year's of a period with a growth pair
    (an amount and a change in one sentence) of an indicator the new documents give amounts of,
    the same year's ending later with a plan pair of an indicator the new documents imply a plan
    of. One indexed query for each (locality, province, year) of the new documents (its SQL made
    once for each shape: :func:`soket.store.bulk.scalars`)."""
    found: set[int] = set()
    conn = s.connection()
    for (loc, prov, year), (periods, growth, end, plans) in _offers(records, pairs).items():
        if not (periods and growth) and not (end is not None and plans):
            continue
        found.update(bulk.scalars(conn, _concerned_select(prov is not None), {
            "folded": fold(loc), "loc": loc, "prov": prov, "year": year, "next": year + 1,
            "periods": sorted(a * 100 + b for a, b in periods), "growth": sorted(growth), "end": end,
            "plans": sorted(plans)}))
    return sorted(found - set(records))


def _recheck_known(s: Session, ids: list[int], records: Mapping[int, Record], checks: Mapping[int, int]) -> int:
    """Recheck after storing the documents ``ids`` whose ``records`` are known (just stored, with
    the issues they hold): theirs from memory (only the issues that differ written); of the other
    documents only those the new ones can concern (:func:`_concerned`), by what their history
    checks read, against the store with and without the new documents: where that changes their
    history issues, those are replaced (:func:`_replace_history`). No whole record is read; a
    record's document checks are taken from its issues where ``checks`` counts them."""
    changed = set(ids)
    mine = {d: records[d] for d in ids}
    pairs = {d: record_pairs(r) for d, r in mine.items()}  # each record's scan, once for every check here
    light = _history_records(s, _concerned(s, mine, pairs))
    pairs.update((d, record_pairs(r)) for d, r in light.items())
    wants = {d: history_filter(r, pairs[d]) for d, r in (*mine.items(), *light.items())}
    history = _histories(s, wants, mine)
    redo: dict[int, tuple[list[Issue], list[Issue]]] = {}
    for d, rec in light.items():
        w = wants[d]
        if w is None:
            continue
        now = history[(w.locality, w.province, w.years)]
        found = check_history(rec, now, d, pairs[d])
        before = check_history(rec, [f for f in now if f.document_id not in changed], d, pairs[d])
        if found != before:
            redo[d] = (before, found)
    rows: list[dict[str, Any]] = []
    again: list[int] = []
    for d, rec in mine.items():
        w = wants[d]
        found = check_history(rec, history[(w.locality, w.province, w.years)], d, pairs[d]) if w is not None else []
        issues = rechecked(rec, found, rec.issues[:checks[d]] if d in checks else None)
        n = len(rec.issues) if issues[:len(rec.issues)] == rec.issues else 0
        if n == 0 and rec.issues:
            again.append(d)
        rows.extend({**issue_values(x, i), "document_id": d} for i, x in enumerate(issues) if i >= n)
    if again:
        s.execute(delete(IssueRow).where(IssueRow.document_id.in_(again)))
    if rows:
        s.execute(insert(IssueRow), rows)
    if redo:
        _replace_history(s, redo)
    return len(mine) + len(light)


def _replace_history(s: Session, redo: Mapping[int, tuple[list[Issue], list[Issue]]]) -> None:
    """Stored documents' history issues, ``(as stored, as now)`` by document, replaced: a
    document's issues end with its history issues (:func:`rechecked`), so the stored ones are
    the last of its issue rows (checked: where they are not, the document is rechecked in full);
    only those rows are deleted and the new ones inserted after the others."""
    stored: dict[int, list[Any]] = {}
    for r in s.connection().execute(select(*IssueRow.__table__.columns).where(IssueRow.document_id.in_(list(redo)))
                                    .order_by(IssueRow.document_id, IssueRow.position)):
        stored.setdefault(r.document_id, []).append(r)
    doomed: list[int] = []
    rows: list[dict[str, Any]] = []
    full: list[int] = []
    for d, (before, now) in redo.items():
        have = stored.get(d, [])
        keep = len(have) - len(before)
        if keep < 0 or [issue_of(r) for r in have[keep:]] != before:
            full.append(d)
            continue
        doomed.extend(r.id for r in have[keep:])
        rows.extend({**issue_values(x, keep + i), "document_id": d} for i, x in enumerate(now))
    if doomed:
        s.execute(delete(IssueRow).where(IssueRow.id.in_(doomed)))
    if rows:
        s.execute(insert(IssueRow), rows)
    for k in range(0, len(full), RECHECK_CHUNK):
        _recheck(s, sorted(full)[k:k + RECHECK_CHUNK])


RECHECK_CHUNK = 500
_RECORD_LOADS = (selectinload(DocumentRow.meeting), selectinload(DocumentRow.people).selectinload(PersonRow.roles),
                 selectinload(DocumentRow.authors), selectinload(DocumentRow.tasks),
                 selectinload(DocumentRow.limitations), selectinload(DocumentRow.facts),
                 selectinload(DocumentRow.issues))


def _recheck(s: Session, ids: list[int]) -> int:
    """Recheck these stored documents: their records read by a fixed number of queries (not a
    dozen per document), the history each (locality, province, years) needs read once for all
    its documents, their issues replaced by one DELETE and one INSERT."""
    recs = {row.id: record_of(row) for row in
            s.scalars(select(DocumentRow).where(DocumentRow.id.in_(ids)).options(*_RECORD_LOADS))}
    pairs = {d: record_pairs(r) for d, r in recs.items()}
    wants = {d: history_filter(r, pairs[d]) for d, r in recs.items()}
    history = _histories(s, wants)
    rows: list[dict[str, Any]] = []
    for doc_id, rec in recs.items():
        w = wants[doc_id]
        found = check_history(rec, history[(w.locality, w.province, w.years)], doc_id, pairs[doc_id]) \
            if w is not None else []
        rows.extend({**issue_values(x, i), "document_id": doc_id} for i, x in enumerate(rechecked(rec, found)))
    s.execute(delete(IssueRow).where(IssueRow.document_id.in_(list(recs))))
    if rows:
        s.execute(insert(IssueRow), rows)
    return len(recs)


def rechecked(rec: Record, history: list[Issue], checks: list[Issue] | None = None) -> list[Issue]:
    """The issues of a stored record (``rec.issues`` as stored) with its checks run again: the
    document checks (``checks`` when known: ``check_record(rec)``'s), the issues extraction gave
    (OCR: any code the checks do not give, kept as stored), then the history checks, in the
    order :func:`extract_checked` and :func:`store_checked` put them."""
    return [*(check_record(rec) if checks is None else checks), *(i for i in rec.issues if i.code not in CODES),
            *history]


def check_document(session: Session, doc: Document, rec: Record) -> list[Issue]:
    """The issues of a record just extracted (with its document checks), and, against the store
    in ``session``, its history checks (its own stored copy left out)."""
    return [*rec.issues, *history_issues(session, rec, stored_id(session, doc.sha256))]


def check_stored(session: Session, ids: Sequence[int] | None = None) -> Iterable[tuple[int, Record, str, list[Issue]]]:
    """(document id, record, text, issues) of every stored document (or of ``ids``), its record
    rebuilt from the store and checked again, history included."""
    stmt = select(DocumentRow).order_by(DocumentRow.id)
    if ids is not None:
        stmt = stmt.where(DocumentRow.id.in_(ids))
    for row in session.scalars(stmt):
        rec = record_of(row)
        yield row.id, rec, row.text, [*rechecked(rec, history_issues(session, rec, row.id)),
                                      *meeting_issues(session, row.id)]


def meeting_issues(session: Session, document_id: int) -> list[Issue]:
    """The ``sources_disagree`` issues of the meeting ``document_id`` reports, told on its primary
    document only (so that ``soket check --db`` says each once)."""
    gid = sources.group_of_document(session, document_id)
    if gid is None or sources.primary_of(session, gid) != document_id:
        return []
    return sources.source_issues(session, gid)
