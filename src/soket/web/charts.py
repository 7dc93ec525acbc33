"""Vega-Lite specs for the dashboard, built as plain dicts (rendered by the vendored vega-embed).

Values are scaled to a display unit (tỷ đồng, triệu USD, %) and every datum carries its
formatted text for tooltips; axes use a Vietnamese number locale (1.234,5), or with ``lang="en"``
an English one (1,234.5). Titles of charts, axes, legends and tooltips are the dashboard's words
(``lexicon/labels.yaml``, ``chrome``) in the page's language.
"""

from __future__ import annotations

from typing import Any

from soket.fmt import display_unit
from soket.lexicon.labels import Lang, label, period_label
from soket.web.views import fact_value, period_key

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
VI_LOCALE = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", f" {label('units', 'VND', 'vi')}"]}
EN_LOCALE = {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["", f" {label('units', 'VND', 'en')}"]}
CONFIG = {
    "locale": {"number": VI_LOCALE},
    "font": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
    "axis": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 260},
    "legend": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 260},
    "view": {"stroke": None},
    "bar": {"color": "#b3261e"},
}
PALETTE = ["#b3261e", "#1f5f8b", "#d49a00", "#3b7d3b", "#7a4e9c", "#c4621b", "#4d7f8f", "#8c6d46"]


def _w(key: str, lang: Lang) -> str:
    return label("chrome", key, lang) or key


def _spec(lang: Lang = "vi", **kw: Any) -> dict[str, Any]:
    config = CONFIG if lang == "vi" else {**CONFIG, "locale": {"number": EN_LOCALE}}
    spec = {"$schema": SCHEMA, "config": config, "width": "container", **kw}
    if spec["width"] == "container":
        spec["autosize"] = {"type": "fit-x", "contains": "padding"}
    return {k: v for k, v in spec.items() if v is not None}


def _datum(f: dict[str, Any], div: float, lang: Lang = "vi", **extra: Any) -> dict[str, Any]:
    return {
        "value": f["value"] / div,
        "text": fact_value(f, lang),
        "period": period_label(f.get("year"), f.get("start_month"), f.get("end_month"), lang),
        "order": "{:04d}-{:02d}-{:02d}".format(*period_key(f)),
        "locality": f.get("locality") or "—",
        "fact_id": f.get("fact_id", f.get("id")),
        **extra,
    }


def bar_chart(facts: list[dict[str, Any]], by: str, title: str = "", lang: Lang = "vi") -> dict[str, Any] | None:
    """One indicator across localities (``by="locality"``) or periods (``by="period"``)."""
    facts = [f for f in facts if isinstance(f.get("value"), int | float)]
    if not facts:
        return None
    units = sorted({f.get("unit") or "" for f in facts}, key=lambda u: -sum((f.get("unit") or "") == u for f in facts))
    unit = units[0]
    facts = [f for f in facts if (f.get("unit") or "") == unit]
    div, uname = display_unit(unit or None, [f["value"] for f in facts], lang)
    rows = [_datum(f, div, lang, href=f"/fact/{f.get('fact_id', f.get('id'))}") for f in facts]
    if by == "period":
        for r in rows:
            r["cat"] = r["period"] + (f" – {r['locality']}" if len({x["locality"] for x in rows}) > 1 else "")
        rows.sort(key=lambda r: (r["order"], r["locality"]))
        cat_title = _w("chart_period", lang)
    else:
        for r in rows:
            r["cat"] = r["locality"] + (f" ({r['period']})" if len({x["period"] for x in rows}) > 1 else "")
        rows.sort(key=lambda r: -r["value"])
        cat_title = _w("chart_locality", lang)
    seen: dict[str, int] = {}
    for r in rows:  # several facts for one place and period: one bar each, not a stack
        seen[r["cat"]] = seen.get(r["cat"], 0) + 1
        if seen[r["cat"]] > 1:
            r["cat"] = f"{r['cat']} #{seen[r['cat']]}"
    x = {"field": "value", "type": "quantitative", "title": _w("chart_value_in", lang).format(unit=uname) if uname else _w("chart_value", lang),
         "axis": {"format": ",.4~f", "tickCount": 8}, "scale": {"nice": True}}
    return _spec(
        lang,
        title=title or None,
        padding={"left": 5, "top": 5, "bottom": 5, "right": 90},
        data={"values": rows},
        height={"step": 26},
        encoding={
            "y": {"field": "cat", "type": "nominal", "sort": None, "title": cat_title},
            "x": x,
            "href": {"field": "href"},
            "tooltip": [{"field": "cat", "title": cat_title}, {"field": "text", "title": _w("chart_value", lang)}],
        },
        layer=[
            {"mark": {"type": "bar", "cornerRadiusEnd": 2, "cursor": "pointer"}},
            {"mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 11, "color": "#333"},
             "encoding": {"text": {"field": "text"}}},
        ],
    )


def amount_chart(series: list[dict[str, Any]], rank: dict[str, int] | None = None,
                 lang: Lang = "vi") -> dict[str, Any] | None:
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
        div, uname = display_unit(row["unit"] or None, [f["value"] for f in facts], lang)
        name = f"{row['label']} ({uname})" if uname else row["label"]
        if name in names:
            name = f"{name} [{row['series']}]"
        names.append(name)
        data.extend(sorted((_datum(f, div, lang, series=name, href=f"/fact/{f['id']}") for f in facts),
                           key=lambda d: d["order"]))
    if not data:
        return None
    return _spec(
        lang,
        data={"values": data},
        width={"step": 140},
        height=220,
        params=[{"name": "chi_tieu", "value": names[0],
                 "bind": {"input": "select", "options": names, "name": _w("chart_pick", lang)}}],
        transform=[{"filter": "datum.series === chi_tieu"}],
        encoding={
            "x": {"field": "period", "type": "ordinal", "sort": None, "title": _w("chart_period", lang),
                  "axis": {"labelAngle": 0, "labelLimit": 135}},
            "y": {"field": "value", "type": "quantitative", "title": _w("chart_value", lang), "axis": {"format": ",.4~f"}},
            "href": {"field": "href"},
            "tooltip": [{"field": "series", "title": _w("chart_indicator", lang)},
                        {"field": "period", "title": _w("chart_period_short", lang)},
                        {"field": "text", "title": _w("chart_value", lang)}],
        },
        layer=[
            {"mark": {"type": "bar", "cornerRadiusEnd": 2, "cursor": "pointer", "width": {"band": 0.7}}},
            {"mark": {"type": "text", "baseline": "bottom", "dy": -3, "fontSize": 11, "color": "#333"},
             "encoding": {"text": {"field": "text"}}},
        ],
    )


def percent_chart(series: list[dict[str, Any]], title: str | None = None,
                  lang: Lang = "vi") -> dict[str, Any] | None:
    """Percentages (growth against the same period, plan attainment) of every series, by period."""
    data = [
        _datum(f, 1.0, lang, series=row["label"], href=f"/fact/{f['id']}")
        for row in series for f in row["cells"].values() if isinstance(f.get("value"), int | float)
    ]
    if not data:
        return None
    periods = sorted({(d["order"], d["period"]) for d in data})
    return _spec(
        lang,
        title=title,
        padding={"left": 5, "top": 5, "bottom": 5, "right": 50},
        data={"values": data},
        height={"step": 16 if len(periods) > 1 else 22},
        encoding={
            "y": {"field": "series", "type": "nominal", "title": None, "sort": None},
            "yOffset": {"field": "period", "sort": [p for _, p in periods]},
            "x": {"field": "value", "type": "quantitative", "title": "%",
                  "axis": {"format": ",.4~f", "tickCount": 6}, "scale": {"nice": True}},
            "color": {"field": "period", "type": "nominal", "title": _w("chart_period", lang),
                      "sort": [p for _, p in periods], "scale": {"range": PALETTE},
                      "legend": {"orient": "bottom"}},
            "href": {"field": "href"},
            "tooltip": [{"field": "series", "title": _w("chart_indicator", lang)},
                        {"field": "period", "title": _w("chart_period_short", lang)},
                        {"field": "text", "title": _w("chart_value", lang)}],
        },
        layer=[
            {"mark": {"type": "bar", "cornerRadiusEnd": 2, "cursor": "pointer"}},
            {"mark": {"type": "text", "align": "left", "dx": 3, "fontSize": 10, "color": "#333"},
             "encoding": {"text": {"field": "text"}, "color": {"value": "#333"}}},
        ],
    )


def count_chart(rows: list[dict[str, Any]], label_field: str, count_field: str, title: str,
                href_field: str | None = None, lang: Lang = "vi") -> dict[str, Any] | None:
    """A plain horizontal bar chart of counts (the overview: facts per locality)."""
    if not rows:
        return None
    enc: dict[str, Any] = {
        "y": {"field": label_field, "type": "nominal", "sort": "-x", "title": None},
        "x": {"field": count_field, "type": "quantitative", "title": _w("chart_facts", lang),
              "axis": {"format": ",d", "tickMinStep": 1}},
        "tooltip": [{"field": label_field, "title": _w("chart_locality", lang)},
                    {"field": count_field, "title": _w("chart_facts", lang), "format": ",d"}],
    }
    if href_field:
        enc["href"] = {"field": href_field}
    return _spec(lang, title=title, data={"values": rows}, mark={"type": "bar", "cornerRadiusEnd": 2, "cursor": "pointer"},
                 height={"step": 24}, encoding=enc)
