"""Checks against what the store already holds for the same locality (``check_against_store``).

- ``growth_mismatch``: an amount with a change against the same period ("tăng 6% so với cùng kỳ")
  disagrees by more than 1 point with the change computed from the stored amount of the same
  locality, indicator and period a year earlier.
- ``implied_plan_conflict``: the annual plan an amount implies (value / pct × 100) disagrees by
  more than 2 % with the plan implied in an earlier period of the same locality and year.

Read-only: the session is only queried.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from soket.check.rules import (
    PLAN_TOLERANCE,
    Implied,
    approx_value,
    implied_plans,
    issue,
    rel_diff,
    sentence_of,
    subject_key,
)
from soket.fmt import format_number, format_period, format_value
from soket.model import Fact, Issue, Meeting, Period, Record, Source, TableRef
from soket.store.models import DocumentRow, FactRow, LimitationRow, MeetingRow, TaskRow
from soket.store.queries import FactFilter, list_facts
from soket.text import fold_words

GROWTH_TOLERANCE = 1.0  # percentage points


def _first(v: object) -> str | None:
    if isinstance(v, list | tuple):
        v = v[0] if v else None
    return None if v is None else str(v)


def _span(v: Any) -> tuple[int, int] | None:
    """A stored [start, end) pair, or None where it is missing."""
    if not v or v[0] is None or v[1] is None:
        return None
    return int(v[0]), int(v[1])


def fact_from_item(d: dict[str, Any]) -> Fact:
    """A :class:`Fact` from a fact item of :func:`soket.store.queries.list_facts`."""
    ev = d.get("evidence_span")
    return Fact(subject=d.get("subject"), value=d.get("value"), unit=d.get("unit"), role=d["role"],
                raw=d.get("raw") or "", span=_span(d.get("span")) or (0, 0),
                evidence=d.get("evidence") or "", evidence_span=_span(ev),
                qualifier=d.get("qualifier"), estimated=bool(d.get("estimated")), basis=d.get("basis"),
                of=d.get("of"), indicator=d.get("indicator"), malformed=bool(d.get("malformed")))


def record_from_store(session: Session, document_id: int) -> Record | None:
    """The record of a stored document, rebuilt from its rows (what ``soket check --db`` checks)."""
    row = session.get(DocumentRow, document_id)
    if row is None:
        return None
    m = session.scalar(select(MeetingRow).where(MeetingRow.document_id == document_id))
    facts = [Fact(subject=f.subject, value=f.value, unit=f.unit, role=f.role, raw=f.raw,
                  span=(f.span_start, f.span_end), evidence=f.evidence or "",
                  evidence_span=_span((f.evidence_start, f.evidence_end)),
                  qualifier=f.qualifier, estimated=bool(f.estimated), basis=f.basis, of=f.of,
                  indicator=f.indicator, malformed=bool(f.malformed), origin="table" if f.origin == "table" else "text",
                  table=TableRef.model_validate(f.table_ref) if f.table_ref else None)
             for f in session.scalars(select(FactRow).where(FactRow.document_id == document_id)
                                      .order_by(FactRow.position))]
    rec = Record(doc=row.doc, facts=facts)
    if m is not None:
        rec.meeting = Meeting(body_kind=m.body_kind, locality=m.locality, locality_kind=m.locality_kind,
                              province=m.province, session=m.session, date=m.date,
                              chairs=list(m.chairs or []), body=m.body)
        rec.period = Period(year=m.year, start_month=m.start_month, end_month=m.end_month,
                            label=m.period_label)
    rec.tasks = list(session.scalars(select(TaskRow.text).where(TaskRow.document_id == document_id)
                                     .order_by(TaskRow.position)))
    rec.limitations = list(session.scalars(select(LimitationRow.text)
                                           .where(LimitationRow.document_id == document_id)
                                           .order_by(LimitationRow.position)))
    rec.source = Source(path=row.path, sha256=row.sha256, format=row.format)
    return rec


def _history(session: Session, rec: Record, year: int, document_id: int | None) -> list[dict[str, Any]]:
    loc = _first(rec.meeting.locality)
    if not loc:
        return []
    flt = FactFilter(locality=loc, province=_first(rec.meeting.province), year=year)
    _, items = list_facts(session, flt, limit=10**9)
    kind = _first(rec.meeting.locality_kind)
    return [d for d in items if d["document_id"] != document_id
            and (not kind or not d.get("locality_kind") or d["locality_kind"] == kind)]


_CUNG_KY = re.compile(r"\b(cung ky|nam truoc|nam ngoai)\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _against_last_year(basis: str | None, year: int) -> bool:
    b = fold_words(basis or "")
    years = {int(y) for y in _YEAR.findall(b)}
    if years:
        return years == {year - 1}
    return bool(_CUNG_KY.search(b))


def growth_pairs(facts: list[Fact]) -> list[tuple[Fact, Fact]]:
    """(amount, change_pct) of one subject in one sentence, the change after its amount."""
    out: list[tuple[Fact, Fact]] = []
    last: dict[tuple[object, str], Fact] = {}
    for f in facts:
        sent = sentence_of(f)
        if sent is None:
            continue
        key = (sent, subject_key(f.subject))
        if f.role == "amount" and f.unit != "%" and isinstance(f.value, int | float) and f.value > 0:
            last[key] = f
        elif f.role == "change_pct" and isinstance(f.value, int | float) and key in last:
            out.append((last[key], f))
    return out


def check_growth(session: Session, rec: Record, document_id: int | None = None) -> list[Issue]:
    p = rec.period
    if p.year is None:
        return []
    pairs = [(a, c) for a, c in growth_pairs(rec.facts) if a.indicator and _against_last_year(c.basis, p.year)]
    if not pairs:
        return []
    earlier = [d for d in _history(session, rec, p.year - 1, document_id)
               if d["start_month"] == p.start_month and d["end_month"] == p.end_month
               and d["role"] == "amount" and isinstance(d["value"], int | float) and d["value"] > 0]
    out: list[Issue] = []
    for a, c in pairs:
        cands = [d for d in earlier if d["indicator"] == a.indicator and d["unit"] == a.unit]
        if not cands:
            continue
        same = [d for d in cands if subject_key(d["subject"]) == subject_key(a.subject)]
        prev = (same or cands)[0]
        actual = (float(a.value or 0) / float(prev["value"]) - 1.0) * 100.0  # growth_pairs: numbers
        if abs(actual - float(c.value or 0)) <= GROWTH_TOLERANCE:
            continue
        when = format_period(p.year - 1, p.start_month, p.end_month)
        out.append(issue(
            "growth_mismatch",
            f"“{c.raw}” so với cùng kỳ không khớp: {a.raw} so với {format_value(prev['value'], a.unit)} "
            f"({when}, văn bản {prev['doc']}) là {format_number(round(actual, 1))}%",
            f"the stated change {c.raw} disagrees with {a.raw} against {format_value(prev['value'], a.unit)} "
            f"stored for {p.year - 1} (document {prev['doc']}): {actual:+.1f}%",
            c.span))
    return out


def check_plan_history(session: Session, rec: Record, document_id: int | None = None) -> list[Issue]:
    p = rec.period
    if p.year is None:
        return []
    mine = [x for x in implied_plans(rec.facts) if x.amount.indicator]
    if not mine:
        return []
    end = p.end_month or 12
    by_doc: dict[int, list[dict[str, Any]]] = {}
    for d in _history(session, rec, p.year, document_id):
        if d["end_month"] is not None and d["end_month"] < end:
            by_doc.setdefault(d["document_id"], []).append(d)
    earlier: list[tuple[Implied, dict[str, Any]]] = []
    for items in by_doc.values():
        facts = [fact_from_item(d) for d in items]
        earlier.extend((x, items[0]) for x in implied_plans(facts))
    out: list[Issue] = []
    for x in mine:
        for y, meta in earlier:
            if (y.amount.indicator != x.amount.indicator or y.amount.unit != x.amount.unit
                    or y.basis_key != x.basis_key or rel_diff(x.value, y.value) <= PLAN_TOLERANCE):
                continue
            when = format_period(meta["year"], meta["start_month"], meta["end_month"])
            a, b = approx_value(x.value, x.amount.unit), approx_value(y.value, y.amount.unit)
            out.append(issue(
                "implied_plan_conflict",
                f"Kế hoạch suy ra từ “{x.amount.raw}” đạt {x.pct.raw} {x.pct.basis or 'kế hoạch'} là {a}, "
                f"khác kế hoạch suy ra ở kỳ {when} (văn bản {meta['doc']}: “{y.amount.raw}”, {y.pct.raw}) là {b}",
                f"the plan implied by {x.amount.raw} at {x.pct.raw} ({a}) disagrees with the plan implied "
                f"in an earlier period of {p.year} (document {meta['doc']}: {b})",
                x.pct.span))
            break
    return out


def check_against_store(session: Session, rec: Record, document_id: int | None = None) -> list[Issue]:
    """History checks of ``rec`` against the stored documents of its locality (``document_id``, the
    record's own stored document, is left out). Never raises on odd data: a check that fails is
    skipped."""
    out: list[Issue] = []
    for chk in (check_growth, check_plan_history):
        try:
            out.extend(chk(session, rec, document_id))
        except (ValueError, TypeError, ZeroDivisionError, KeyError):  # odd stored rows: no check
            continue
    return out
