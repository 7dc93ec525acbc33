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
