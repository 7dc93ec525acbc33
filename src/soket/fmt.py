"""Numbers and money written the Vietnamese way: 6.900 tỷ đồng, 56,4%."""

from __future__ import annotations


def format_number(v: float | int | None, decimals: int | None = None) -> str:
    """1340281 -> '1.340.281'; 316.7 -> '316,7'; None -> '—'."""
    if v is None:
        return "—"
    if decimals is None:
        decimals = 0 if float(v).is_integer() else min(len(repr(float(v)).split(".")[1]), 4)
    s = f"{abs(v):,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("-" if v < 0 else "") + s


def format_value(v: float | int | None, unit: str | None) -> str:
    """A value with its unit: VND in tỷ/triệu đồng, USD in triệu/tỷ USD, % glued."""
    if v is None:
        return "—"
    if unit in ("VND", "USD"):
        word = "đồng" if unit == "VND" else "USD"
        for div, name in ((1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu")):
            if abs(v) >= div and not (div == 1e12 and unit == "VND"):
                return f"{format_number(round(v / div, 4))} {name} {word}"
        return f"{format_number(v)} {word}"
    if unit == "%":
        return f"{format_number(v)}%"
    return f"{format_number(v)} {unit or ''}".strip()


def format_date(iso: str | None) -> str:
    """'2021-07-21' -> '21/07/2021'; '2021-07' -> '07/2021'; '2021' -> '2021'; None -> '—'."""
    if not iso:
        return "—"
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


def display_unit(unit: str | None, values: list[float]) -> tuple[float, str]:
    """The divisor and unit name to draw values in: VND in tỷ/triệu đồng, USD in triệu/tỷ USD."""
    top = max((abs(v) for v in values), default=0.0)
    if unit in ("VND", "USD"):
        word = "đồng" if unit == "VND" else "USD"
        for div, name in ((1e9, "tỷ"), (1e6, "triệu")):
            if top >= div:
                return div, f"{name} {word}"
        return 1.0, word
    return 1.0, unit or ""
