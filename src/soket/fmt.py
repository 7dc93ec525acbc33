"""Numbers and money written the Vietnamese way: 6.900 tỷ đồng, 56,4%; with ``lang="en"`` the
English way: 6,900 billion VND, 56.4% (the words from ``lexicon/labels.yaml``)."""

from __future__ import annotations

from typing import Literal

from soket.lexicon.labels import label

Lang = Literal["vi", "en"]


def _word(key: str, lang: Lang) -> str:
    return label("chrome", key, lang) or key


def _unit_word(unit: str, lang: Lang) -> str:
    return label("units", unit, lang) or unit


_SCALES = ((1e12, "scale_thousand_billion"), (1e9, "scale_billion"), (1e6, "scale_million"))


def format_number(v: float | int | None, decimals: int | None = None, lang: Lang = "vi") -> str:
    """1340281 -> '1.340.281'; 316.7 -> '316,7'; None -> '—'. English: '1,340,281', '316.7'."""
    if v is None:
        return "—"
    if decimals is None:
        decimals = 0 if float(v).is_integer() else min(len(repr(float(v)).split(".")[1]), 4)
    s = f"{abs(v):,.{decimals}f}"
    if lang != "en":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("-" if v < 0 else "") + s


def format_value(v: float | int | None, unit: str | None, lang: Lang = "vi") -> str:
    """A value with its unit: VND in tỷ/triệu đồng, USD in triệu/tỷ USD, % glued (English:
    billion/million VND, million/billion USD)."""
    if v is None:
        return "—"
    if unit in ("VND", "USD"):
        word = _unit_word(unit, lang)
        for div, key in _SCALES:
            if abs(v) >= div and not (div == 1e12 and unit == "VND"):
                return f"{format_number(round(v / div, 4), lang=lang)} {_word(key, lang)} {word}"
        return f"{format_number(v, lang=lang)} {word}"
    if unit == "%":
        return f"{format_number(v, lang=lang)}%"
    shown = _unit_word(unit, lang) if unit and lang == "en" else (unit or "")
    return f"{format_number(v, lang=lang)} {shown}".strip()


def format_date(iso: str | None, lang: Lang = "vi") -> str:
    """'2021-07-21' -> '21/07/2021'; '2021-07' -> '07/2021'; '2021' -> '2021'; None -> '—'.
    English: ISO 8601 as stored ('2021-07-21'), which no reader takes for a month first."""
    if not iso:
        return "—"
    if lang == "en":
        return str(iso)[:10]
    parts = str(iso)[:10].split("-")
    return "/".join(reversed(parts))


_QUARTERS = {(1, 3): "I", (4, 6): "II", (7, 9): "III", (10, 12): "IV"}


def format_period(year: int | None, start_month: int | None = None, end_month: int | None = None) -> str:
    """A review period in words: (2021, 1, 6) -> '6 tháng đầu năm 2021', (2021, 7, 9) -> 'Quý III/2021'."""
    if year is None:
        return "—"
    s, e = start_month, end_month
    if s is None or e is None or (s, e) == (1, 12):
        return f"Năm {year}"
    if (s, e) in _QUARTERS:
        return f"Quý {_QUARTERS[(s, e)]}/{year}"
    if s == 1:
        return f"{e} tháng đầu năm {year}"
    if e == 12:
        return f"{13 - s} tháng cuối năm {year}"
    if s == e:
        return f"Tháng {s}/{year}"
    return f"Tháng {s}–{e}/{year}"


def period_code(year: int | None, start_month: int | None = None, end_month: int | None = None) -> str:
    """The period as written in URLs and exports: 2021-H1, 2021-9M, 2021-Q3, 2021-FY (else 2021-M1-5)."""
    if year is None:
        return ""
    s, e = start_month, end_month
    if s is None or e is None or (s, e) == (1, 12):
        return f"{year}-FY"
    if (s, e) == (1, 6):
        return f"{year}-H1"
    if (s, e) == (7, 12):
        return f"{year}-H2"
    if (s, e) in _QUARTERS:
        return f"{year}-Q{(e // 3)}"
    if s == 1:
        return f"{year}-{e}M"
    return f"{year}-M{s}-{e}"


def display_unit(unit: str | None, values: list[float], lang: Lang = "vi") -> tuple[float, str]:
    """The divisor and unit name to draw values in: VND in tỷ/triệu đồng, USD in triệu/tỷ USD."""
    top = max((abs(v) for v in values), default=0.0)
    if unit in ("VND", "USD"):
        word = _unit_word(unit, lang)
        for div, key in _SCALES[1:]:
            if top >= div:
                return div, f"{_word(key, lang)} {word}"
        return 1.0, word
    return 1.0, (_unit_word(unit, lang) if unit and lang == "en" else unit or "")
