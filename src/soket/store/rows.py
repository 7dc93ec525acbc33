"""Rows ⇄ models: the one place where the record's models (:mod:`soket.model`) meet the store's
tables (:mod:`soket.store.models`). Field names are column names, but for the renames declared
beside the tables; spans are two columns; a fact's table reference is JSON.

- :func:`document_row`: a Document and its Record as a new ``documents`` row with its children;
  :func:`document_values`, :func:`meeting_values`, :func:`fact_values`: the column values of
  those rows (what the bulk inserts write).
- :func:`record_of` / :func:`document_of`: a stored row back as the Record / Document.
- :func:`fact_of`, :func:`meeting_of`, :func:`period_of`, :func:`issue_of`, :func:`person_of`:
  one row (or a select's row with the same column names) back as its model.
- :data:`FACT_COLUMNS`, :data:`MEETING_COLUMNS`, :data:`PERIOD_COLUMNS`: the columns a select
  needs to rebuild the model.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from soket import rx as re
from soket.extract.indicators import classify
from soket.model import (
    Document,
    Fact,
    Issue,
    Meeting,
    Period,
    Person,
    Record,
    Source,
    StoredFact,
    flat_columns,
    flat_values,
    from_flat,
)
from soket.store.models import (
    DOCUMENT_EXCLUDE,
    FACT_RENAME,
    PERIOD_RENAME,
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

FACT_COLUMNS = tuple(getattr(FactRow, c.name) for c in flat_columns(Fact, FACT_RENAME))
MEETING_COLUMNS = tuple(getattr(MeetingRow, c.name) for c in flat_columns(Meeting))
PERIOD_COLUMNS = tuple(getattr(MeetingRow, c.name) for c in flat_columns(Period, PERIOD_RENAME))
DOCUMENT_COLUMNS = tuple(getattr(DocumentRow, c.name) for c in flat_columns(Document)
                         if c.field not in DOCUMENT_EXCLUDE)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def fact_search_text(subject: str | None, raw: str, unit: str | None, evidence: str,
                     source: FoldedSource | None = None, spans: tuple[Any, Any] = (None, None)) -> str:
    """The folded copy full-text search reads (``facts.folded``): the fold of the parts joined by
    ``" \n "``, folded part by part (:func:`soket.text.fold` maps each character on its own, and
    a final sigma's context ends at a space on both sides), the sentence the facts before quoted
    not folded again. ``source``: the document's text and fold, of which ``raw`` and
    ``evidence`` are the slices at ``spans`` (their folds are the fold's slices)."""
    global _LAST_EVIDENCE
    parts = [fold(subject)] if subject else []
    if raw:
        parts.append(source.fold(raw, spans[0]) if source is not None else fold(raw))
    if unit:
        parts.append(fold(unit))
    if evidence:
        if source is not None:
            folded = source.fold(evidence, spans[1])
        else:
            last, folded = _LAST_EVIDENCE  # one tuple: another thread's pair is whole, never half
            if evidence != last:
                folded = fold(evidence)
                _LAST_EVIDENCE = (evidence, folded)
        parts.append(folded)
    return " \n ".join(parts)


_LAST_EVIDENCE: tuple[str, str] = ("", "")
_CONTEXT_FOLDS = re.compile("[\u0300-\u036f\u0130\u03a3]")
"""Characters :func:`soket.text.fold` does not map one for one, on their own: combining marks (it
deletes them), İ (lower-cased to two characters), Σ (lower-cased by its context)."""


@dataclass(frozen=True, slots=True)
class FoldedSource:
    """A document's text and a string that begins with its fold, one character for each of the
    text's (:func:`folded_source`): the fold of a slice of the text is the same slice of it."""

    text: str
    folded: str

    def fold(self, s: str, span: Any) -> str:
        """``fold(s)``, sliced from the document's fold where ``s`` is the text at ``span``."""
        if span is not None:
            a, b = span
            if 0 <= a <= b <= len(self.text) and self.text[a:b] == s:
                return self.folded[a:b]
        return fold(s)


def folded_source(text: str, folded: str) -> FoldedSource | None:
    """``text`` and ``folded``, a string that begins with ``fold(text)`` (a ``documents`` row's
    search copy), as a :class:`FoldedSource`; None where the text holds a character whose fold is
    not its own one character (:data:`_CONTEXT_FOLDS`)."""
    return None if _CONTEXT_FOLDS.search(text) else FoldedSource(text, folded)


def fact_values(f: Fact, position: int, meeting: Mapping[str, Any] | None = None,
                source: FoldedSource | None = None) -> dict[str, Any]:
    """The columns of a ``facts`` row (``document_id`` aside): the fact's fields, its position,
    the search copy, and the copies of its meeting's locality, province and year (``meeting``:
    :func:`meeting_values`; ``source``: its document's text and fold, :func:`folded_source`)."""
    vals = flat_values(f, FACT_RENAME)
    vals["indicator"] = f.indicator or classify(f.subject, f.unit)
    vals["position"] = position
    vals["folded"] = fact_search_text(f.subject, f.raw, f.unit, f.evidence, source, (f.span, f.evidence_span))
    if meeting is None:
        vals["locality_folded"] = vals["province_folded"] = vals["year"] = None
    else:
        vals["locality_folded"], vals["province_folded"], vals["year"] = \
            meeting["locality_folded"], meeting["province_folded"], meeting["year"]
    return vals


def fact_row(f: Fact, position: int, meeting: Mapping[str, Any] | None = None) -> FactRow:
    return FactRow(**fact_values(f, position, meeting))


def meeting_values(m: Meeting, p: Period) -> dict[str, Any]:
    """The columns of a ``meetings`` row the meeting and its period fill (``id`` and
    ``document_id`` aside): their fields and the folded copies of the places."""
    vals = {**flat_values(m), **flat_values(p, PERIOD_RENAME)}
    vals["locality_folded"] = fold(m.locality) if m.locality else None
    vals["province_folded"] = fold(m.province) if m.province else None
    return vals


def meeting_row(m: Meeting, p: Period) -> MeetingRow:
    return MeetingRow(**meeting_values(m, p))


def issue_values(i: Issue, position: int) -> dict[str, Any]:
    return {"position": position, **flat_values(i)}


def issue_row(i: Issue, position: int, **keys: Any) -> IssueRow:
    return IssueRow(**keys, **issue_values(i, position))


def document_values(doc: Document, rec: Record) -> dict[str, Any]:
    """The columns of the ``documents`` row of ``doc`` (``id`` aside)."""
    vals = {k: v for k, v in flat_values(doc).items() if k not in DOCUMENT_EXCLUDE}
    vals["doc"] = (rec.doc or doc.doc or "")[:255]
    vals["meta"] = dict(doc.meta) if doc.meta else None
    title = doc.title
    vals["folded"] = fold(doc.text) + ("\n" + fold(title) if title else "")
    vals["ingested_at"] = _now()
    return vals


def document_row(doc: Document, rec: Record) -> DocumentRow:
    """The ``documents`` row of ``doc`` with everything ``rec`` holds hanging off it (not added
    to any session)."""
    row = DocumentRow(**document_values(doc, rec))
    mv = meeting_values(rec.meeting, rec.period)
    row.meeting = MeetingRow(**mv)
    row.facts = [fact_row(f, i, mv) for i, f in enumerate(rec.facts)]
    row.people = [PersonRow(position=i, name=p.name, roles=[RoleRow(position=j, role=r) for j, r in enumerate(p.roles)])
                  for i, p in enumerate(rec.people)]
    row.authors = [AuthorRow(position=i, name=a) for i, a in enumerate(rec.authors)]
    row.tasks = [TaskRow(position=i, text=t) for i, t in enumerate(rec.tasks)]
    row.limitations = [LimitationRow(position=i, text=t) for i, t in enumerate(rec.limitations)]
    row.issues = [issue_row(x, i) for i, x in enumerate(rec.issues)]
    return row


# --- rows → model ---------------------------------------------------------------------------------


def _values(row: Any) -> Any:
    """A select's row (``Row``) maps by column name, as a dict of column values does; an ORM row
    is read by attribute."""
    if isinstance(row, dict):
        return row
    return row._mapping if hasattr(row, "_mapping") else _Attrs(row)


class _Attrs:
    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def __getitem__(self, name: str) -> Any:
        return getattr(self.obj, name)


def fact_of(row: Any) -> Fact:
    return from_flat(Fact, _values(row), FACT_RENAME)


def stored_fact_of(row: Any, period_code: str | None, **context: Any) -> StoredFact:
    """A fact of a select over :data:`FACT_COLUMNS` plus ``id``, ``document_id``, ``doc`` and the
    meeting's columns, as :class:`StoredFact` (the API's fact item)."""
    return from_flat(StoredFact, _values(row), FACT_RENAME, period=period_code, **context)


def meeting_of(row: Any) -> Meeting:
    return from_flat(Meeting, _values(row))


def period_of(row: Any) -> Period:
    return from_flat(Period, _values(row), PERIOD_RENAME)


def issue_of(row: IssueRow) -> Issue:
    return from_flat(Issue, _values(row))


def person_of(row: PersonRow) -> Person:
    return Person(name=row.name, roles=[r.role for r in row.roles])


def document_of(row: DocumentRow) -> Document:
    v = _values(row)
    return Document.model_validate({c.field: v[c.name] for c in flat_columns(Document)
                                    if c.field not in DOCUMENT_EXCLUDE and v[c.name] is not None}
                                   | {"meta": row.meta or {}})


def record_of(row: DocumentRow) -> Record:
    """The record of a stored document, rebuilt from its rows (what ``soket check --db`` checks)."""
    m = row.meeting
    return Record(
        doc=row.doc,
        meeting=meeting_of(m) if m is not None else Meeting(),
        period=period_of(m) if m is not None else Period(),
        people=[person_of(p) for p in row.people],
        authors=[a.name for a in row.authors],
        facts=[fact_of(f) for f in row.facts],
        tasks=[t.text for t in row.tasks],
        limitations=[t.text for t in row.limitations],
        issues=[issue_of(i) for i in row.issues],
        source=Source(path=row.path, sha256=row.sha256, format=row.format),
    )
