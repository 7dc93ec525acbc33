"""Figures derived from the store (never stated as such in one document), computed through its
queries: the annual plan an amount implies, year-on-year series, a locality's rank among peers.

Every derived item names the stored facts it comes from (``fact_id`` / ``fact_ids``).
"""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy.orm import Session

from soket.check.rules import implied_plans
from soket.fmt import period_code
from soket.model import Fact, Number, StoredFact
from soket.store.queries import FactFilter, compare, list_facts
from soket.store.views import CompareRow
from soket.text import fold


class ImpliedTarget(BaseModel):
    """The plan implied by an amount and its attainment in one sentence: ``value`` = amount / pct × 100."""

    indicator: str | None = None
    subject: str | None = None
    unit: str | None = None
    value: Number  # the implied plan
    basis: str | None = None
    pct: Number | None = None
    pct_role: str
    amount: Number | None = None
    period: str | None = None
    year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    document_id: int
    doc: str
    fact_ids: list[int]  # the amount's, the attainment's


class YoyPoint(CompareRow):
    """One period of a series, with the same months a year earlier (where stored, same unit)."""

    prev_value: Number | None = None
    prev_fact_id: int | None = None
    yoy_pct: float | None = None  # (value / prev_value − 1) × 100


class Peer(BaseModel):
    locality: str | None = None
    value: Number
    fact_id: int


class Ranking(BaseModel):
    """A locality's rank for one indicator and period among its peers (1 = first)."""

    rank: int
    n: int
    value: Number
    unit: str | None = None
    locality_kind: str | None = None
    province: str | None = None
    period: str
    fact_id: int
    peers: list[Peer]  # in rank order




def _kind_ok(item: CompareRow, kind: str | None) -> bool:
    return not kind or not item.locality_kind or item.locality_kind == kind


def implied_targets(session: Session, locality: str, year: int | None = None, province: str | None = None,
                    locality_kind: str | None = None, period: str | None = None) -> list[ImpliedTarget]:
    """The plans implied by (amount, plan attainment) pairs of one subject in one sentence, in every
    stored document of ``locality`` (for ``year`` or ``period``): amount / pct × 100.

    Each item names its document, period and facts (:class:`ImpliedTarget`).
    """
    _, items = list_facts(session, FactFilter(locality=locality, province=province, year=year, period=period),
                          limit=10**9)
    by_doc: dict[int, list[StoredFact]] = {}
    for d in items:
        if not locality_kind or not d.locality_kind or d.locality_kind == locality_kind:
            by_doc.setdefault(d.document_id, []).append(d)
    out: list[ImpliedTarget] = []
    for docs in by_doc.values():
        facts: list[Fact] = list(docs)
        ids = {id(d): d.id for d in docs}
        meta = docs[0]
        for x in implied_plans(facts):
            out.append(ImpliedTarget(
                indicator=x.amount.indicator, subject=x.amount.subject, unit=x.amount.unit,
                value=x.value, basis=x.pct.basis, pct=x.pct.value, pct_role=x.pct.role,
                amount=x.amount.value, period=meta.period, year=meta.year,
                start_month=meta.start_month, end_month=meta.end_month,
                document_id=meta.document_id, doc=meta.doc,
                fact_ids=[ids[id(x.amount)], ids[id(x.pct)]],
            ))
    return out


def _pkey(i: CompareRow) -> tuple[int, int, int]:
    return (i.year or 0, i.end_month or 12, i.start_month or 1)


def yoy_series(session: Session, locality: str, indicator: str, province: str | None = None,
               role: str = "amount", unit: str | None = None,
               locality_kind: str | None = None) -> list[YoyPoint]:
    """One point per stored period of ``locality`` for ``indicator`` (the first such fact of the
    period), in time order, each with ``prev_value``/``prev_fact_id`` (the same months a year
    earlier, where stored, same unit) and ``yoy_pct`` = (value / prev − 1) × 100."""
    rows = [r for r in compare(session, indicator, by="period", role=role, locality=locality,
                               province=province, unit=unit) if _kind_ok(r, locality_kind)]
    if unit is None and rows:  # one unit per series: the most common
        units = [r.unit for r in rows]
        best = max(set(units), key=lambda u: (units.count(u), u or ""))
        rows = [r for r in rows if r.unit == best]
    rows.sort(key=_pkey)
    at = {(r.year, r.start_month, r.end_month): r for r in rows}
    out = []
    for r in rows:
        prev = at.get(((r.year or 0) - 1, r.start_month, r.end_month)) if r.year else None
        yoy = None
        if prev and isinstance(prev.value, int | float) and prev.value and isinstance(r.value, int | float):
            yoy = (r.value / prev.value - 1.0) * 100.0
        out.append(YoyPoint(**r.model_dump(), prev_value=prev.value if prev else None,
                            prev_fact_id=prev.fact_id if prev else None, yoy_pct=yoy))
    return out


def ranking(session: Session, locality: str, indicator: str, period: str, province: str | None = None,
            role: str = "amount", locality_kind: str | None = None,
            descending: bool = True) -> Ranking | None:
    """``locality``'s rank for ``indicator`` in ``period`` among the stored localities of the same kind
    and province (1 = largest value; ``descending=False`` for rates where less is better).

    None when the locality has no such figure; peers in rank order (:class:`Ranking`)."""
    rows = compare(session, indicator, by="locality", role=role, province=province, period=period)
    me = [r for r in rows if fold(r.locality or "") == fold(locality) and _kind_ok(r, locality_kind)]
    mine = me[0] if me else None
    if mine is None or mine.value is None:
        return None
    peers = [Peer(locality=r.locality, value=r.value, fact_id=r.fact_id) for r in rows
             if r.locality_kind == mine.locality_kind and r.province == mine.province
             and r.unit == mine.unit and r.value is not None]
    peers.sort(key=lambda r: (-r.value if descending else r.value, fold(r.locality or "")))
    rank = next(i for i, r in enumerate(peers, 1) if r.fact_id == mine.fact_id)
    return Ranking(rank=rank, n=len(peers), value=mine.value, unit=mine.unit, locality_kind=mine.locality_kind,
                   province=mine.province, period=period_code(mine.year, mine.start_month, mine.end_month),
                   fact_id=mine.fact_id, peers=peers)
