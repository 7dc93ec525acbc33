"""soket.web.charts: the dashboard's Vega-Lite specs as plain dicts, values in display units with
Vietnamese-formatted texts."""

from __future__ import annotations

from soket.web.charts import SCHEMA, amount_chart, bar_chart, count_chart, percent_chart


def _fact(i, value, unit="VND", locality="Sơn Tây", year=2021, s=1, e=6, role="amount"):
    return {"id": i, "value": value, "unit": unit, "role": role, "locality": locality, "year": year,
            "start_month": s, "end_month": e}


def test_bar_chart_by_locality_in_ty_dong_largest_first():
    facts = [_fact(1, 120e9, locality="Sơn Tây"), _fact(2, 316.7e9, locality="Phúc Yên"),
             _fact(3, None, locality="Hồng Lĩnh"), _fact(4, 5.0, unit="%", locality="Đông Anh")]
    spec = bar_chart(facts, "locality", title="Thu ngân sách")
    assert spec["$schema"] == SCHEMA and spec["title"] == "Thu ngân sách"
    rows = spec["data"]["values"]
    assert [r["cat"] for r in rows] == ["Phúc Yên", "Sơn Tây"]  # the most common unit only, no None
    assert [r["value"] for r in rows] == [316.7, 120.0]
    assert rows[0]["href"] == "/fact/2" and "316,7" in rows[0]["text"]
    assert spec["encoding"]["x"]["title"] == "Giá trị (tỷ đồng)"


def test_bar_chart_by_period_in_time_order_and_repeated_bars_numbered():
    facts = [_fact(1, 10, unit="%", year=2022), _fact(2, 8, unit="%", year=2021), _fact(3, 9, unit="%", year=2021)]
    rows = bar_chart(facts, "period")["data"]["values"]
    assert [r["cat"] for r in rows] == ["6 tháng đầu năm 2021", "6 tháng đầu năm 2021 #2", "6 tháng đầu năm 2022"]
    assert bar_chart([_fact(1, None)], "period") is None


def test_amount_chart_one_series_at_a_time():
    series = [
        {"series": "exports", "indicator": "exports", "label": "Kim ngạch xuất khẩu", "unit": "USD",
         "cells": {"2021-H1": _fact(5, 125e6, unit="USD")}},
        {"series": "budget_revenue", "indicator": "budget_revenue", "label": "Thu ngân sách", "unit": "VND",
         "cells": {"2021-H1": _fact(1, 316.7e9), "2020-H1": _fact(2, 300e9, year=2020)}},
    ]
    spec = amount_chart(series)
    names = spec["params"][0]["bind"]["options"]
    assert names == ["Thu ngân sách (tỷ đồng)", "Kim ngạch xuất khẩu (triệu USD)"]  # more periods first
    budget = [d for d in spec["data"]["values"] if d["series"] == names[0]]
    assert [d["period"] for d in budget] == ["6 tháng đầu năm 2020", "6 tháng đầu năm 2021"]
    assert amount_chart([]) is None


def test_percent_chart_and_count_chart():
    series = [{"label": "Tăng trưởng GRDP", "cells": {"a": _fact(1, 7.2, unit="%"), "b": _fact(2, None, unit="%")}}]
    spec = percent_chart(series, title="Tăng trưởng")
    assert [d["value"] for d in spec["data"]["values"]] == [7.2]
    assert spec["encoding"]["color"]["sort"] == ["6 tháng đầu năm 2021"]
    assert percent_chart([]) is None
    c = count_chart([{"loc": "Sơn Tây", "n": 4, "u": "/locality/1"}], "loc", "n", "Số liệu", href_field="u")
    assert c["encoding"]["href"] == {"field": "u"} and c["data"]["values"][0]["n"] == 4
    assert count_chart([], "loc", "n", "x") is None
