"""Document-internal consistency checks: pure functions of a :class:`~soket.model.Record`.

Each check returns :class:`~soket.model.Issue` objects with a stable ``code``, a message in
Vietnamese and English (``"<vi> — <en>"``) and the span of the figure at fault.

- ``malformed_number``: a figure written with impossible separators ("60,6,2%").
- ``implied_plan_conflict``: an amount with a plan attainment in the same sentence implies the
  plan (value / pct × 100); a target stated elsewhere for the same year disagrees by more than 2 %.
- ``sector_sum_exceeds_total``: sector values listed after a total ("tổng giá trị sản xuất") add up
  to more than the total.
- ``implausible_percent``: a percentage outside the range its role allows.
- ``duplicate_indicator_conflict``: the same indicator and role stated twice with different values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeGuard

from soket import rx as re
from soket.fmt import format_number, format_value
from soket.model import Fact, Issue, Record
from soket.text import fold_words

# Operation counters, read by the tests that prove the checks linear (never reset by the checks).
COUNTS: Counter[str] = Counter()

PLAN_TOLERANCE = 0.02  # relative: an implied plan and a stated target may differ by 2 %
SUM_TOLERANCE = 0.005  # relative: sector sums may exceed the total by rounding (0,5 %)

# Which parts add up to which total (by indicator); parts in the same class overlap, one counts.
SECTOR_PARTS: dict[str, dict[str, str]] = {
    "production_value": {
        "agriculture_value": "agriculture",
        "industry_construction_value": "industry",
        "industry_production_value": "industry",
        "services_value": "services",
    },
    "budget_revenue": {
        "domestic_revenue": "domestic",
        "customs_revenue": "customs",
    },
}


CODES = frozenset({"malformed_number", "implied_plan_conflict", "sector_sum_exceeds_total", "implausible_percent",
                   "duplicate_indicator_conflict", "growth_mismatch"})
"""Every code the checks (these and :mod:`soket.check.history`) give. A recheck replaces the stored
issues with these codes and keeps the others (those extraction gave, the OCR ones)."""


def issue(code: str, vi: str, en: str, span: tuple[int, int] | None, severity: str = "warning") -> Issue:
    """An issue whose message says it in Vietnamese, then in English."""
    if code not in CODES:
        raise ValueError(f"issue code {code!r} is not in check.rules.CODES")
    return Issue(code=code, message=f"{vi} — {en}", span=(span[0], span[1]) if span else None, severity=severity)


def _value(f: Fact) -> float:
    """The value of a fact already known to be a number (``_num``)."""
    return float(f.value or 0)


def _num(v: float | None) -> TypeGuard[float]:
    return isinstance(v, int | float) and not isinstance(v, bool) and v == v  # not NaN


def sentence_of(f: Fact) -> tuple[int, ...] | None:
    """The sentence a fact comes from, as its span (the evidence window's, for a record read back
    from a store that keeps only the window)."""
    return tuple(f.sentence_span or f.evidence_span or ()) or None


def subject_key(s: str | None) -> str:
    return fold_words(s or "")


# --- plan attainment: amount + plan_pct in one sentence ------------------------------------------


@dataclass(slots=True)
class Implied:
    """A plan implied by an amount and its attainment: ``amount / pct × 100``."""

    amount: Fact
    pct: Fact
    value: float

    @property
    def basis_key(self) -> str:
        return fold_words(self.pct.basis or "ke hoach")


def after_amount(facts: Iterable[Fact], roles: tuple[str, ...]) -> Iterator[tuple[Fact, Fact]]:
    """(amount, f) for each fact ``f`` with one of ``roles`` that follows an amount of the same
    subject in the same sentence: the last such amount before it (positive, not a percentage)."""
    last: dict[tuple[object, str], Fact] = {}
    for f in facts:
        sent = sentence_of(f)
        if sent is None:
            continue
        key = (sent, subject_key(f.subject))
        if f.role == "amount" and f.unit != "%" and _num(f.value) and f.value > 0:
            last[key] = f
        elif f.role in roles and key in last:
            yield last[key], f


def implied_plans(facts: Iterable[Fact]) -> list[Implied]:
    """Every (amount, plan attainment) pair of one subject in one sentence, with the plan it implies.

    A ``plan_pct`` p implies amount / p × 100; a ``plan_diff_pct`` d (beats the plan by d %)
    implies amount / (100 + d) × 100. The attainment pairs with the nearest amount before it.
    """
    return implied_of(after_amount(facts, PLAN_ROLES))


PLAN_ROLES = ("plan_pct", "plan_diff_pct")


def implied_of(pairs: Iterable[tuple[Fact, Fact]]) -> list[Implied]:
    """:func:`implied_plans` of the pairs :func:`after_amount` gives (those whose fact is not of
    :data:`PLAN_ROLES` left out: one scan of a record may serve growth and plan pairs)."""
    out: list[Implied] = []
    for a, f in pairs:
        if f.role not in PLAN_ROLES or not _num(f.value) or f.unit != "%":
            continue
        pct = _value(f) if f.role == "plan_pct" else 100.0 + _value(f)
        if pct <= 0:
            continue
        out.append(Implied(a, f, _value(a) / pct * 100.0))
    return out


def approx_value(v: float, unit: str | None) -> str:
    """A derived figure, rounded to one decimal of the unit it is written in (561,5 tỷ đồng)."""
    if unit in ("VND", "USD"):
        for div in (1e9, 1e6):
            if abs(v) >= div:
                return format_value(round(v / div, 1) * div, unit)
    return format_value(round(v, 1), unit)


def rel_diff(a: float, b: float) -> float:
    return abs(a - b) / max(abs(a), abs(b), 1e-12)


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _target_years(t: Fact) -> set[int]:
    return {int(y) for y in _YEAR.findall(t.evidence or "")}


def _same_thing(a: Fact, b: Fact) -> bool:
    """Two facts are about the same indicator (or, unclassified, the same subject)."""
    if a.indicator and b.indicator:
        return a.indicator == b.indicator
    return bool(subject_key(a.subject)) and subject_key(a.subject) == subject_key(b.subject)


def check_implied_plans(rec: Record) -> list[Issue]:
    """A stated target for the period's year that matches none of the plans the amounts imply."""
    year = rec.period.year
    full_year = rec.period.end_month in (None, 12) and rec.period.start_month in (None, 1)
    plans = implied_plans(rec.facts)
    out: list[Issue] = []
    for t in rec.facts:
        if t.role != "target" or not _num(t.value) or t.unit == "%" or t.value <= 0:
            continue
        years = _target_years(t)
        if years and year not in years:
            continue  # a goal for another year (next year's plan, the term's goal)
        if not years and full_year:
            continue  # a year-end review states next year's targets
        mine = [p for p in plans if p.amount.unit == t.unit and _same_thing(p.amount, t)
                and p.pct.span != t.span]
        if not mine or any(rel_diff(p.value, _value(t)) <= PLAN_TOLERANCE for p in mine):
            continue
        p = mine[0]
        implied = approx_value(p.value, t.unit)
        stated = format_value(t.value, t.unit)
        out.append(issue(
            "implied_plan_conflict",
            f"Kế hoạch suy ra từ “{p.amount.raw}” đạt {format_number(p.pct.value)}% "
            f"{p.pct.basis or 'kế hoạch'} là {implied}, khác mục tiêu {stated} nêu ở chỗ khác",
            f"the plan implied by {p.amount.raw} at {p.pct.raw} ({implied}) disagrees with the "
            f"target stated elsewhere ({stated})",
            p.pct.span))
    return out


# --- sectors and their total ---------------------------------------------------------------------


def _is_total(f: Fact) -> bool:
    return (f.role == "amount" and f.indicator in SECTOR_PARTS and _num(f.value)
            and "tong" in subject_key(f.subject).split())


def check_sector_sums(rec: Record) -> list[Issue]:
    """Sector amounts after a total, up to the next total, in the same unit, add up to more than it."""
    out: list[Issue] = []
    facts = [f for f in rec.facts if f.origin == "text" or f.origin is None]
    for i, tot in enumerate(facts):
        if not _is_total(tot):
            continue
        classes = SECTOR_PARTS[tot.indicator or ""]
        parts: dict[str, Fact] = {}
        for g in facts[i + 1:]:
            if g.span[0] - tot.span[1] > 1500 or (g.indicator == tot.indicator and g.role == "amount"):
                break
            if (g.role == "amount" and g.unit == tot.unit and g.indicator in classes and _num(g.value)
                    and not g.of):
                cls = classes[g.indicator or ""]
                # overlapping parts (industry - construction, industry): keep the larger
                if cls not in parts or _value(g) > _value(parts[cls]):
                    parts[cls] = g
        if len(parts) < 2:
            continue
        total = _value(tot)
        s = sum(_value(p) for p in parts.values())
        if s > total * (1 + SUM_TOLERANCE):
            names = ", ".join(p.raw for p in parts.values())
            out.append(issue(
                "sector_sum_exceeds_total",
                f"Tổng các ngành ({names}) là {format_value(s, tot.unit)}, lớn hơn tổng số "
                f"“{tot.raw}”",
                f"the sectors ({names}) add up to {format_value(s, tot.unit)}, more than the "
                f"stated total {tot.raw}",
                tot.span))
    return out


# --- percentages out of range --------------------------------------------------------------------

_RANGES: dict[str, tuple[float, float, str, str]] = {
    "plan_pct": (0.0, 1000.0, "tỷ lệ hoàn thành kế hoạch", "plan attainment"),
    "change_pct": (-500.0, 500.0, "mức tăng/giảm", "percentage change"),
    "percent": (0.0, 100.0, "tỷ lệ", "share or rate"),
    "prior_pct": (0.0, float("inf"), "tỷ lệ so với cùng kỳ", "percentage of the earlier period"),
    "plan_diff_pct": (-100.0, float("inf"), "mức vượt/hụt kế hoạch", "difference from the plan"),
}


def check_percents(rec: Record) -> list[Issue]:
    out: list[Issue] = []
    for f in rec.facts:
        rng = _RANGES.get(f.role)
        if rng is None or f.unit != "%" or not _num(f.value):
            continue
        lo, hi, vi, en = rng
        v = _value(f)
        if lo <= v <= hi:
            continue
        bound = f"{format_number(lo)}%…{format_number(hi)}%" if hi != float("inf") else f"≥ {format_number(lo)}%"
        out.append(issue(
            "implausible_percent",
            f"{vi.capitalize()} “{f.raw}” nằm ngoài khoảng hợp lý {bound}",
            f"{en} {v:g}% is outside the plausible range {lo:g}%..{hi:g}%",
            f.span))
    return out


# --- the same indicator twice ----------------------------------------------------------------------


def _values_differ(a: Fact, b: Fact) -> bool:
    va, vb = _value(a), _value(b)
    if a.qualifier or b.qualifier:
        return rel_diff(va, vb) > 0.05
    if a.unit == "%":
        return abs(va - vb) > 0.1
    return rel_diff(va, vb) > 0.005


@dataclass(slots=True)
class _Seen:
    """Earlier facts of one group that read alike (same subject words, value and qualifying): the
    first one, and the first one from another sentence. Any later fact compares with these two."""

    words: frozenset[str]
    first: tuple[int, Fact]
    other: tuple[int, Fact] | None = None


def check_duplicates(rec: Record) -> list[Issue]:
    """The same indicator and role (same unit and basis, compatible subjects) in two sentences, with
    different values. Targets are goals, and may differ; table cells are left to table checks.

    Linear in the number of facts for a document that repeats itself: facts are grouped by
    (indicator, role, unit, basis); within a group, earlier facts that read alike are compared once
    (``_Seen``), so a fact meets one entry per distinct earlier statement, not every earlier fact.
    """
    out: list[Issue] = []
    facts = [f for f in rec.facts if f.indicator and f.role != "target" and _num(f.value)
             and (f.origin or "text") == "text" and not f.of]
    groups: dict[tuple[object, ...], dict[tuple[object, ...], _Seen]] = {}
    for i, b in enumerate(facts):
        words = frozenset(subject_key(b.subject).split())
        if not words:
            continue  # no subject: never compared
        group = groups.setdefault((b.indicator, b.role, b.unit, fold_words(b.basis or "")), {})
        best: tuple[int, Fact] | None = None
        for seen in group.values():
            a = seen.first if sentence_of(seen.first[1]) != sentence_of(b) else seen.other
            if a is None or (best is not None and a[0] >= best[0]):
                continue
            COUNTS["duplicate_comparisons"] += 1
            if (seen.words <= words or words <= seen.words) and _values_differ(a[1], b):
                best = a
        if best is not None:
            prior = best[1]
            out.append(issue(
                "duplicate_indicator_conflict",
                f"“{b.subject or b.indicator}” được nêu hai lần với giá trị khác nhau: “{prior.raw}” và “{b.raw}”",
                f"{b.indicator} ({b.role}) is stated twice with different values: {prior.raw} and {b.raw}",
                b.span))
        key = (words, _value(b), bool(b.qualifier))
        same = group.get(key)
        if same is None:
            group[key] = _Seen(words, (i, b))
        elif same.other is None and sentence_of(same.first[1]) != sentence_of(b):
            same.other = (i, b)
    return out


def check_malformed(rec: Record) -> list[Issue]:
    return [issue("malformed_number",
                  f"Số viết sai định dạng: “{f.raw}” (không đọc được giá trị)",
                  f"malformed number: {f.raw!r} (no value can be read)",
                  f.span, "error")
            for f in rec.facts if f.malformed]


CHECKS = (check_malformed, check_implied_plans, check_sector_sums, check_percents, check_duplicates)


def check_record(rec: Record) -> list[Issue]:
    """All document-internal checks, in document order of the figures they point at. Pure."""
    out: list[Issue] = []
    for chk in CHECKS:
        out.extend(chk(rec))
    out.sort(key=lambda x: (x.span or (1 << 62, 0))[0])
    return out
