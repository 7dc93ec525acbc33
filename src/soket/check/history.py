"""Checks of a record against the history of its locality: the facts already stored for it.

- ``growth_mismatch``: an amount with a change against the same period ("tăng 6% so với cùng kỳ")
  disagrees by more than 1 point with the change computed from the stored amount of the same
  locality, indicator and period a year earlier.
- ``implied_plan_conflict``: the annual plan an amount implies (value / pct × 100) disagrees by
  more than 2 % with the plan implied in an earlier period of the same locality and year.

Pure: the history is passed in (:func:`history_filter` says which stored facts a record needs;
:mod:`soket.service` reads them from the store).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from soket import rx as re
from soket.check.rules import (
    PLAN_ROLES,
    PLAN_TOLERANCE,
    Implied,
    after_amount,
    approx_value,
    implied_of,
    implied_plans,
    issue,
    rel_diff,
    subject_key,
)
from soket.fmt import format_number, format_period, format_value
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon
from soket.model import Fact, Issue, Record, StoredFact
from soket.text import fold_words

GROWTH_TOLERANCE = 1.0  # percentage points


class HistoryFilter(NamedTuple):
    """The stored facts a record's history checks read: its locality's, in these years, and of
    those only the amounts of ``indicators`` (growth) and, when ``roles`` are given, the plan
    attainments (``plan_pct``, ``plan_diff_pct``) with the amounts they pair with. A store answers
    it by an index range, never by loading the locality's facts."""

    locality: str
    province: str | None
    years: tuple[int, ...]
    indicators: tuple[str, ...] = ()
    roles: tuple[str, ...] = ("plan_pct", "plan_diff_pct")


class Pairs(NamedTuple):
    """A record's facts as its history checks pair them (:func:`record_pairs`)."""

    growth: list[tuple[Fact, Fact]]
    plans: list[Implied]


#: the roles :func:`record_pairs` pairs with amounts: a rate of change, a plan's attainment
_PAIRED_ROLES = ("change_pct", *PLAN_ROLES)


def record_pairs(rec: Record) -> Pairs:
    """:func:`growth_pairs` and :func:`soket.check.rules.implied_plans` of ``rec``'s facts from one
    scan of them (:func:`after_amount` of both kinds of roles: the amounts it pairs with do not
    depend on the roles asked for), for a caller that asks :func:`history_filter` and
    :func:`check_history` of one record."""
    both = list(after_amount(rec.facts, _PAIRED_ROLES))
    return Pairs([(a, c) for a, c in both if c.role == "change_pct" and isinstance(c.value, int | float)],
                 implied_of(both))


def _growth_of(rec: Record, pairs: Pairs | None) -> list[tuple[Fact, Fact]]:
    """``rec``'s growth pairs: those of ``pairs`` (:func:`record_pairs`) when known, else read now."""
    return pairs.growth if pairs is not None else growth_pairs(rec.facts)


def _plans_of(rec: Record, pairs: Pairs | None) -> list[Implied]:
    """``rec``'s implied plans: those of ``pairs`` (:func:`record_pairs`) when known, else read now."""
    return pairs.plans if pairs is not None else implied_plans(rec.facts)


def history_filter(rec: Record, pairs: Pairs | None = None) -> HistoryFilter | None:
    """Which stored facts :func:`check_history` needs for ``rec`` (None: no check applies, so
    nothing need be read). ``pairs``: :func:`record_pairs` of ``rec``, when known."""
    loc, year = rec.meeting.locality, rec.period.year
    if not loc or year is None:
        return None
    wanted = {a.indicator for a, c in _growth_of(rec, pairs) if a.indicator and _against_last_year(c.basis, year)}
    plans = [x.amount.indicator for x in _plans_of(rec, pairs) if x.amount.indicator]
    wanted.update(i for i in plans if i)
    if not wanted:
        return None
    return HistoryFilter(loc, rec.meeting.province, (year - 1, year), tuple(sorted(wanted)),
                         ("plan_pct", "plan_diff_pct") if plans else ())


def _history(rec: Record, history: Sequence[StoredFact], year: int, document_id: int | None) -> list[StoredFact]:
    kind = rec.meeting.locality_kind
    return [d for d in history if d.year == year and d.document_id != document_id
            and (not kind or not d.locality_kind or d.locality_kind == kind)]


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _against_last_year(basis: str | None, year: int) -> bool:
    b = fold_words(basis or "")
    years = {int(y) for y in _YEAR.findall(b)}
    if years:
        return years == {year - 1}
    return _last_year_heads().search(b) is not None


@cache
def _last_year_heads() -> re.Pattern[str]:
    """A comparison with last year's same period, in folded words ("cung ky", "nam truoc": cues.yaml
    ``roles.prior_heads``)."""
    heads = sorted({fold_words(h) for h in get(CuesLexicon).roles.prior_heads}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, heads)) or '(?!)'})\b")


def growth_pairs(facts: list[Fact]) -> list[tuple[Fact, Fact]]:
    """(amount, change_pct) of one subject in one sentence, the change after its amount."""
    return [(a, c) for a, c in after_amount(facts, ("change_pct",)) if isinstance(c.value, int | float)]


def check_growth(rec: Record, history: Sequence[StoredFact], document_id: int | None = None,
                 pairs: Pairs | None = None) -> list[Issue]:
    """A stated change against last year that the amount stored for the same period of last year does not give
    (``growth_mismatch``). ``pairs``: :func:`record_pairs` of ``rec``, when known."""
    p = rec.period
    if p.year is None:
        return []
    growth = [(a, c) for a, c in _growth_of(rec, pairs) if a.indicator and _against_last_year(c.basis, p.year)]
    if not growth:
        return []
    earlier = [d for d in _history(rec, history, p.year - 1, document_id)
               if d.start_month == p.start_month and d.end_month == p.end_month
               and d.role == "amount" and isinstance(d.value, int | float) and d.value > 0]
    out: list[Issue] = []
    for a, c in growth:
        cands = [d for d in earlier if d.indicator == a.indicator and d.unit == a.unit]
        if not cands:
            continue
        same = [d for d in cands if subject_key(d.subject) == subject_key(a.subject)]
        prev = (same or cands)[0]
        actual = (float(a.value or 0) / float(prev.value or 0) - 1.0) * 100.0  # growth_pairs: numbers
        if abs(actual - float(c.value or 0)) <= GROWTH_TOLERANCE:
            continue
        when = format_period(p.year - 1, p.start_month, p.end_month)
        out.append(issue(
            "growth_mismatch",
            f"“{c.raw}” so với cùng kỳ không khớp: {a.raw} so với {format_value(prev.value, a.unit)} "
            f"({when}, văn bản {prev.doc}) là {format_number(round(actual, 1))}%",
            f"the stated change {c.raw} disagrees with {a.raw} against {format_value(prev.value, a.unit)} "
            f"stored for {p.year - 1} (document {prev.doc}): {actual:+.1f}%",
            c.span))
    return out


def check_plan_history(rec: Record, history: Sequence[StoredFact], document_id: int | None = None,
                       pairs: Pairs | None = None) -> list[Issue]:
    """A plan implied by an amount and its attainment that differs from the plan an earlier period of the same year
    implies (``implied_plan_conflict``). ``pairs``: :func:`record_pairs` of ``rec``, when known."""
    p = rec.period
    if p.year is None:
        return []
    mine = [x for x in _plans_of(rec, pairs) if x.amount.indicator]
    if not mine:
        return []
    end = p.end_month or 12
    by_doc: dict[int, list[Fact]] = {}
    for d in _history(rec, history, p.year, document_id):
        if d.end_month is not None and d.end_month < end:
            by_doc.setdefault(d.document_id, []).append(d)
    earlier: list[tuple[Implied, StoredFact]] = []
    for items in by_doc.values():
        earlier.extend((x, x.amount) for x in implied_plans(items) if isinstance(x.amount, StoredFact))
    out: list[Issue] = []
    for x in mine:
        for y, meta in earlier:
            if (y.amount.indicator != x.amount.indicator or y.amount.unit != x.amount.unit
                    or y.basis_key != x.basis_key or rel_diff(x.value, y.value) <= PLAN_TOLERANCE):
                continue
            when = format_period(meta.year, meta.start_month, meta.end_month)
            a, b = approx_value(x.value, x.amount.unit), approx_value(y.value, y.amount.unit)
            out.append(issue(
                "implied_plan_conflict",
                f"Kế hoạch suy ra từ “{x.amount.raw}” đạt {x.pct.raw} {x.pct.basis or 'kế hoạch'} là {a}, "
                f"khác kế hoạch suy ra ở kỳ {when} (văn bản {meta.doc}: “{y.amount.raw}”, {y.pct.raw}) là {b}",
                f"the plan implied by {x.amount.raw} at {x.pct.raw} ({a}) disagrees with the plan implied "
                f"in an earlier period of {p.year} (document {meta.doc}: {b})",
                x.pct.span))
            break
    return out


def check_history(rec: Record, history: Sequence[StoredFact], document_id: int | None = None,
                  pairs: Pairs | None = None) -> list[Issue]:
    """History checks of ``rec`` against ``history``, the stored facts of its locality
    (:func:`history_filter`); ``document_id``, the record's own stored document, is left out.
    ``pairs``: :func:`record_pairs` of ``rec``, when known. Never raises on odd data: a check
    that fails is skipped."""
    out: list[Issue] = []
    for chk in (check_growth, check_plan_history):
        try:
            out.extend(chk(rec, history, document_id, pairs))
        except (ValueError, TypeError, ZeroDivisionError, KeyError):  # odd stored rows: no check
            continue
    return out
