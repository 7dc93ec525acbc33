"""Which canonical indicator a fact measures: its subject (and unit) to a key of
``lexicon/indicators.yaml``. Pure; the taxonomy is compiled once.

Subjects are matched in their folded form (:func:`soket.text.fold`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from soket import rx as re
from soket.extract.prefilter import AnchorIndex
from soket.lexicon import get
from soket.lexicon.schema import IndicatorsLexicon
from soket.text import fold, fold_words

__all__ = ["Indicator", "classify", "indicators", "last_indicator_span"]


@dataclass(frozen=True, slots=True)
class Indicator:
    key: str
    label: str
    unit: str | None
    label_en: str = ""


@dataclass(frozen=True, slots=True)
class _Rule:
    key: str
    subject: re.Pattern[str]
    unit: re.Pattern[str] | None
    exclude: tuple[re.Pattern[str], ...]


def _compile(expr: str, where: str) -> re.Pattern[str]:
    # the expression is folded like the subject, but its regex syntax must survive: fold letters only
    try:
        return re.compile(fold(expr))
    except re.error as e:  # pragma: no cover - a broken lexicon is a programming error
        raise ValueError(f"indicators.yaml: {where}: bad expression {expr!r}: {e}") from e


@cache
def _taxonomy() -> tuple[tuple[Indicator, ...], tuple[_Rule, ...]]:
    entries = get(IndicatorsLexicon).indicators
    if not entries:
        raise ValueError("indicators.yaml: a list `indicators` is required")
    inds: list[Indicator] = []
    rules: list[_Rule] = []
    seen: set[str] = set()
    for e in entries:
        key = e.key
        if not re.fullmatch(r"[a-z][a-z0-9_]*", key) or key in seen:
            raise ValueError(f"indicators.yaml: bad or repeated key {key!r}")
        seen.add(key)
        inds.append(Indicator(key=key, label=e.label or key, unit=e.unit, label_en=e.label_en or e.label or key))
        for i, r in enumerate(e.rules):
            where = f"{key} rule {i}"
            rules.append(_Rule(
                key=key,
                subject=_compile(r.subject, where),
                unit=_compile(r.unit, where) if r.unit else None,
                exclude=tuple(_compile(x, where) for x in r.exclude),
            ))
    return tuple(inds), tuple(rules)


@cache
def _rule_index() -> AnchorIndex:
    """The rules' subject patterns by the words they need: a subject is tokenised once, not searched per rule."""
    return AnchorIndex([r.subject for r in _taxonomy()[1]])


def indicators() -> tuple[Indicator, ...]:
    """The taxonomy, in file order."""
    return _taxonomy()[0]


@lru_cache(maxsize=8192)  # keyed by subjects: bounded, a long-running process meets new ones without end
def _classify(subject: str, unit: str | None) -> str | None:
    rules = _taxonomy()[1]
    for i in _rule_index().candidates(subject):  # in file order; a rule whose words are not there cannot match
        r = rules[i]
        if not r.subject.search(subject):
            continue
        if r.unit is not None and unit is not None and not r.unit.fullmatch(unit):
            continue
        if any(x.search(subject) for x in r.exclude):
            continue
        return r.key
    return None


def classify(subject: str | None, unit: str | None = None) -> str | None:
    """The indicator key of a fact with this subject and unit, or None.

    >>> classify("Tổng thu ngân sách nhà nước trên địa bàn", "VND")
    'budget_revenue'
    >>> classify("kết nạp", "đảng viên")
    'new_party_members'
    """
    if not subject:
        return None
    s = fold_words(subject)
    u = fold_words(unit) if unit else None
    if not s:
        return None
    return _classify(s, u or None)


def last_indicator_span(text: str, first: bool = False) -> tuple[int, int] | None:
    """Where the last words of ``text`` that name an indicator are (offsets into ``text``), or None;
    ``first``: the first such words instead.

    >>> t = "Năm 2023, khách du lịch đạt"
    >>> a, b = last_indicator_span(t); t[a:b]
    'khách du lịch'
    """
    folded = re.sub(r"[^\w%]", " ", fold(text))  # one character for one: offsets hold
    best: tuple[int, int] | None = None
    for r in _taxonomy()[1]:
        for m in r.subject.finditer(folded):
            if m.end() > m.start() and (best is None or (m.start() < best[0] if first else m.start() > best[0])) and \
                    not any(x.search(folded[m.start():]) for x in r.exclude):
                best = m.span()
    return best
