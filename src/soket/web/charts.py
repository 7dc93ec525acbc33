"""Vega-Lite specs for the dashboard, built as plain dicts (rendered by the vendored vega-embed).

Values are scaled to a display unit (tỷ đồng, triệu USD, %) and every datum carries its
Vietnamese-formatted text for tooltips; axes use a Vietnamese number locale (1.234,5).
"""

from __future__ import annotations

from typing import Any

from soket.fmt import display_unit, format_period
from soket.web.views import fact_value, period_key

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
VI_LOCALE = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " đ"]}
CONFIG = {
    "locale": {"number": VI_LOCALE},
    "font": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
    "axis": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 260},
    "legend": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 260},
    "view": {"stroke": None},
    "bar": {"color": "#b3261e"},
}
PALETTE = ["#b3261e", "#1f5f8b", "#d49a00", "#3b7d3b", "#7a4e9c", "#c4621b", "#4d7f8f", "#8c6d46"]


def _spec(**kw: Any) -> dict[str, Any]:
    spec = {"$schema": SCHEMA, "config": CONFIG, "width": "container", **kw}
    if spec["width"] == "container":
        spec["autosize"] = {"type": "fit-x", "contains": "padding"}
    return {k: v for k, v in spec.items() if v is not None}


def _datum(f: dict[str, Any], div: float, **extra: Any) -> dict[str, Any]:
    return {
        "value": f["value"] / div,
        "text": fact_value(f),
        "period": format_period(f.get("year"), f.get("start_month"), f.get("end_month")),
        "order": "{:04d}-{:02d}-{:02d}".format(*period_key(f)),
        "locality": f.get("locality") or "—",
        "fact_id": f.get("fact_id", f.get("id")),
        **extra,
    }


def bar_chart(facts: list[dict[str, Any]], by: str, title: str = "") -> dict[str, Any] | None:
    """One indicator across localities (``by="locality"``) or periods (``by="period"``)."""
    facts = [f for f in facts if isinstance(f.get("value"), int | float)]
    if not facts:
        return None
    units = sorted({f.get("unit") or "" for f in facts}, key=lambda u: -sum((f.get("unit") or "") == u for f in facts))
    unit = units[0]
    facts = [f for f in facts if (f.get("unit") or "") == unit]
    div, uname = display_unit(unit or None, [f["value"] for f in facts])
    rows = [_datum(f, div, href=f"/fact/{f.get('fact_id', f.get('id'))}") for f in facts]
    if by == "period":
        for r in rows:
            r["cat"] = r["period"] + (f" – {r['locality']}" if len({x["locality"] for x in rows}) > 1 else "")
        rows.sort(key=lambda r: (r["order"], r["locality"]))
        cat_title = "Kỳ báo cáo"
    else:
        for r in rows:
            r["cat"] = r["locality"] + (f" ({r['period']})" if len({x["period"] for x in rows}) > 1 else "")
        rows.sort(key=lambda r: -r["value"])
        cat_title = "Địa phương"
    seen: dict[str, int] = {}
    for r in rows:  # several facts for one place and period: one bar each, not a stack
        seen[r["cat"]] = seen.get(r["cat"], 0) + 1
        if seen[r["cat"]] > 1:
            r["cat"] = f"{r['cat']} #{seen[r['cat']]}"
    x = {"field": "value", "type": "quantitative", "title": f"Giá trị ({uname})" if uname else "Giá trị",
         "axis": {"format": ",.4~f", "tickCount": 8}, "scale": {"nice": True}}
    return _spec(
        title=title or None,
        padding={"left": 5, "top": 5, "bottom": 5, "right": 90},
        data={"values": rows},
        height={"step": 26},
        encoding={
            "y": {"field": "cat", "type": "nominal", "sort": None, "title": cat_title},
            "x": x,
            "href": {"field": "href"},
            "tooltip": [{"field": "cat", "title": cat_title}, {"field": "text", "title": "Giá trị"}],
        },
        layer=[
            {"mark": {"type": "bar", "cornerRadiusEnd": 2, "cursor": "pointer"}},
            {"mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 11, "color": "#333"},
             "encoding": {"text": {"field": "text"}}},
        ],
    )


def amount_chart(series: list[dict[str, Any]], rank: dict[str, int] | None = None) -> dict[str, Any] | None:
    """Values across periods, one series at a time (a select box picks the series).

    ``series``: rows from :func:`soket.web.views.by_period` with role ``amount``; ``rank``: how
    common each indicator is (facts in the store), the most common shown first.
    """
    rank = rank or {}
    data: list[dict[str, Any]] = []
    names: list[str] = []
    series = sorted(series, key=lambda r: (not r.get("indicator"), -len(r["cells"]), -rank.get(r["series"], 0),
                                           r["unit"] not in ("VND", "USD"), r["label"].lower()))
    for row in series:
        facts = [f for f in row["cells"].values() if isinstance(f.get("value"), int | float)]
        if not facts:
            continue
        div, uname = display_unit(row["unit"] or None, [f["value"] for f in facts])
        name = f"{row['label']} ({uname})" if uname else row["label"]
        if name in names:
            name = f"{name} [{row['series']}]"
        names.append(name)
        data.extend(sorted((_datum(f, div, series=name, href=f"/fact/{f['id']}") for f in facts),
                           key=lambda d: d["order"]))
    if not data:
        return None
    return _spec(
        data={"values": data},
        width={"step": 140},
        height=220,
        params=[{"name": "chi_tieu", "value": names[0],
                 "bind": {"input": "select", "options": names, "name": "Chỉ tiêu: "}}],
        transform=[{"filter": "datum.series === chi_tieu"}],
        encoding={
            "x": {"field": "period", "type": "ordinal", "sort": None, "title": "Kỳ báo cáo",
                  "axis": {"labelAngle": 0, "labelLimit": 135}},
            "y": {"field": "value", "type": "quantitative", "title": "Giá trị", "axis": {"format": ",.4~f"}},
            "href": {"field": "href"},
            "tooltip": [{"field": "series", "title": "Chỉ tiêu"}, {"field": "period", "title": "Kỳ"},
                        {"field": "text", "title": "Giá trị"}],
        },
        layer=[
            {"mark": {"type": "bar", "cornerRadiusEnd": 2, "cursor": "pointer", "width": {"band": 0.7}}},
            {"mark": {"type": "text", "baseline": "bottom", "dy": -3, "fontSize": 11, "color": "#333"},
             "encoding": {"text": {"field": "text"}}},
        ],
    )


def percent_chart(series: list[dict[str, Any]], title: str | None = None) -> dict[str, Any] | None:
    """Percentages (growth against the same period, plan attainment) of every series, by period."""
    data = [
        _datum(f, 1.0, series=row["label"], href=f"/fact/{f['id']}")
        for row in series for f in row["cells"].values() if isinstance(f.get("value"), int | float)
    ]
    if not data:
        return None
    periods = sorted({(d["order"], d["period"]) for d in data})
    return _spec(
        title=title,
        padding={"left": 5, "top": 5, "bottom": 5, "right": 50},
        data={"values": data},
        height={"step": 16 if len(periods) > 1 else 22},
        encoding={
            "y": {"field": "series", "type": "nominal", "title": None, "sort": None},
            "yOffset": {"field": "period", "sort": [p for _, p in periods]},
            "x": {"field": "value", "type": "quantitative", "title": "%",
                  "axis": {"format": ",.4~f", "tickCount": 6}, "scale": {"nice": True}},
            "color": {"field": "period", "type": "nominal", "title": "Kỳ báo cáo",
                      "sort": [p for _, p in periods], "scale": {"range": PALETTE},
                      "legend": {"orient": "bottom"}},
            "href": {"field": "href"},
            "tooltip": [{"field": "series", "title": "Chỉ tiêu"}, {"field": "period", "title": "Kỳ"},
                        {"field": "text", "title": "Giá trị"}],
        },
        layer=[
            {"mark": {"type": "bar", "cornerRadiusEnd": 2, "cursor": "pointer"}},
            {"mark": {"type": "text", "align": "left", "dx": 3, "fontSize": 10, "color": "#333"},
             "encoding": {"text": {"field": "text"}, "color": {"value": "#333"}}},
        ],
    )


def count_chart(rows: list[dict[str, Any]], label_field: str, count_field: str, title: str,
                href_field: str | None = None) -> dict[str, Any] | None:
    """A plain horizontal bar chart of counts (the overview: facts per locality)."""
    if not rows:
        return None
    enc: dict[str, Any] = {
        "y": {"field": label_field, "type": "nominal", "sort": "-x", "title": None},
        "x": {"field": count_field, "type": "quantitative", "title": "Số liệu", "axis": {"format": ",d", "tickMinStep": 1}},
        "tooltip": [{"field": label_field, "title": "Địa phương"}, {"field": count_field, "title": "Số liệu", "format": ",d"}],
    }
    if href_field:
        enc["href"] = {"field": href_field}
    return _spec(title=title, data={"values": rows}, mark={"type": "bar", "cornerRadiusEnd": 2, "cursor": "pointer"},
                 height={"step": 24}, encoding=enc)
