"""Labels for readers in Vietnamese or English (``labels.yaml``; indicator labels from
``indicators.yaml``): roles, bodies, qualifiers, locality levels, units, periods in words, export
column headings and the dashboard's own words. ``lang`` is ``"vi"`` or ``"en"``; a key with no
label is shown as it is."""

from __future__ import annotations

from functools import cache
from typing import Literal

from soket.lexicon import get
from soket.lexicon.schema import Bilingual, IndicatorsLexicon, LabelsLexicon

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")
GROUPS = ("roles", "bodies", "qualifiers", "levels", "units", "period_kinds", "columns", "chrome")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def lang_of(value: str | None) -> Lang:
    """``"en"`` where asked for (``en``, ``en-GB``, ``EN``), else Vietnamese."""
    return "en" if (value or "").strip().lower()[:2] == "en" else "vi"


@cache
def table(group: str, lang: Lang) -> dict[str, str]:
    """Every label of ``group`` (one of :data:`GROUPS`, or ``"indicators"``) in ``lang``."""
    if group == "indicators":
        return {e.key: (e.label_en if lang == "en" else e.label) for e in get(IndicatorsLexicon).indicators}
    entries: dict[str, Bilingual] = getattr(get(LabelsLexicon), group)
    return {k: v.en if lang == "en" else v.vi for k, v in entries.items()}


def label(group: str, key: str | None, lang: Lang) -> str | None:
    """The label of ``key`` in ``group``, or ``key`` itself where it has none (None stays None)."""
    if key is None:
        return None
    return table(group, lang).get(key, key)


def period_label(year: int | None, start_month: int | None, end_month: int | None, lang: Lang) -> str:
    """A review period in words: (2021, 1, 6) -> "6 tháng đầu năm 2021" / "First 6 months of 2021"."""
    if year is None:
        return "—"
    forms = get(LabelsLexicon).periods
    s, e = start_month, end_month

    def form(name: str, **kw: object) -> str:
        template: str = getattr(forms[name], lang)
        return template.format(year=year, **kw)

    if s is None or e is None or (s, e) == (1, 12):
        return form("year")
    if s % 3 == 1 and e == s + 2:
        q = e // 3
        return form("quarter", q=q if lang == "en" else _ROMAN[q])
    if s == 1:
        return form("first_months", n=e)
    if e == 12:
        return form("last_months", n=13 - s)
    if s == e:
        return form("month", s=s)
    return form("months", s=s, e=e)


def headings(columns: tuple[str, ...] | list[str], lang: Lang | None) -> list[str]:
    """Export column headings: the keys themselves without ``lang``, else their labels."""
    return list(columns) if lang is None else [label("columns", c, lang) or c for c in columns]


__all__ = ["GROUPS", "LANGS", "Lang", "headings", "label", "lang_of", "period_label", "table"]
