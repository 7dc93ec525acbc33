"""Unit tests of the pure parts: highlighting, labels, formatting, chart specs."""

from __future__ import annotations

import json

from htmlscan import scan

from soket.fmt import format_date, format_period, period_code
from soket.web import charts
from soket.web.views import by_period, fact_value, highlight


def _page(text: str, facts: list[dict]) -> str:
    return f'<div id="doctext">{highlight(text, facts)}</div>'


def test_highlight_plain() -> None:
    text = "Thu ngân sách đạt 486,8 tỷ đồng, bằng 56,4% dự toán. Câu khác."
    facts = [
        {"id": 1, "span": [18, 31], "evidence_span": [0, 52], "role": "amount", "value": 486.8e9, "unit": "VND"},
        {"id": 2, "span": [38, 43], "evidence_span": [0, 52], "role": "plan_pct", "value": 56.4, "unit": "%"},
    ]
    s = scan(_page(text, facts))
    assert "".join(s.text) == text
    assert "".join(s.marks["1"]) == "486,8 tỷ đồng"
    assert "".join(s.marks["2"]) == "56,4%"
    assert s.mark_ids == ["fact-1", "fact-2"]
    assert ["".join(v) for v in s.sentences.values()] == [text[:52]]
    assert 'title="Giá trị: 486,8 tỷ đồng"' in _page(text, facts)


def test_highlight_escapes_and_nests() -> None:
    text = "a <b> & 7/16 đảng bộ, x"
    facts = [
        {"id": 1, "span": [8, 20], "evidence_span": [0, 23], "role": "amount", "value": 7, "unit": "đảng bộ"},
        {"id": 2, "span": [8, 9], "evidence_span": [0, 23], "role": "amount", "value": 7, "unit": "đảng bộ"},
        {"id": 3, "span": [10, 12], "evidence_span": [0, 23], "role": "amount", "value": 16, "unit": "đảng bộ"},
    ]
    html = _page(text, facts)
    assert "&lt;b&gt; &amp;" in html
    s = scan(html)
    assert "".join(s.text) == text
    for f in facts:
        assert "".join(s.marks[str(f["id"])]) == text[f["span"][0]:f["span"][1]]
    assert sorted(s.mark_ids) == ["fact-1", "fact-2", "fact-3"]


def test_highlight_crossing_spans_are_split_but_whole() -> None:
    text = "0123456789abcdef"
    facts = [
        {"id": 1, "span": [2, 8], "evidence_span": [0, 6], "role": "amount", "value": 1, "unit": None},
        {"id": 2, "span": [5, 12], "evidence_span": [4, 16], "role": "amount", "value": 2, "unit": None},
        {"id": 3, "span": [40, 50], "role": "amount", "value": 3, "unit": None},  # outside the text: skipped
    ]
    html = _page(text, facts)
    s = scan(html)
    assert "".join(s.text) == text
    assert "".join(s.marks["1"]) == text[2:8]
    assert "".join(s.marks["2"]) == text[5:12]
    assert sorted(s.mark_ids) == ["fact-1", "fact-2"]  # one id each, continuation pieces have none
    assert html.count('id="fact-') == 2


def test_formatting() -> None:
    assert format_date("2021-07-21") == "21/07/2021"
    assert format_date("2021-07") == "07/2021"
    assert format_date(None) == "—"
    assert format_period(2021, 1, 6) == "6 tháng đầu năm 2021"
    assert format_period(2020, 1, 9) == "9 tháng đầu năm 2020"
    assert format_period(2021, 1, 12) == "Năm 2021"
    assert format_period(2021, 7, 9) == "Quý III/2021"
    assert format_period(2021, 7, 12) == "6 tháng cuối năm 2021"
    assert [period_code(2021, 1, 6), period_code(2021, 1, 9), period_code(2021, 7, 9), period_code(2021, 1, 12)] == [
        "2021-H1", "2021-9M", "2021-Q3", "2021-FY"]
    assert fact_value({"value": 6.9e12, "unit": "VND", "role": "amount"}) == "6.900 tỷ đồng"
    assert fact_value({"value": 7.7, "unit": "%", "role": "change_pct"}) == "+7,7%"
    assert fact_value({"value": -20.9, "unit": "%", "role": "change_pct"}) == "-20,9%"
    assert fact_value({"value": 56.4, "unit": "%", "role": "plan_pct"}) == "56,4%"


def _facts() -> list[dict]:
    base = {"locality": "Phúc Yên", "unit": "VND", "role": "amount", "indicator": "budget_revenue",
            "subject": "Thu ngân sách", "span": [0, 1]}
    return [
        {**base, "id": 1, "document_id": 1, "year": 2021, "start_month": 1, "end_month": 6, "value": 486.8e9},
        {**base, "id": 2, "document_id": 2, "year": 2020, "start_month": 1, "end_month": 12, "value": 900e9},
        {**base, "id": 3, "document_id": 1, "year": 2021, "start_month": 1, "end_month": 6, "value": 56.4,
         "unit": "%", "role": "plan_pct"},
        {**base, "id": 4, "document_id": 1, "year": 2021, "start_month": 1, "end_month": 6, "value": 7.7,
         "unit": "%", "role": "change_pct", "indicator": None, "subject": "Nông nghiệp"},
    ]


def test_by_period_table() -> None:
    t = by_period(_facts(), {"budget_revenue": "Thu ngân sách nhà nước"})
    assert [p["label"] for p in t["periods"]] == ["Năm 2020", "6 tháng đầu năm 2021"]
    first = t["rows"][0]
    assert first["label"] == "Thu ngân sách nhà nước" and first["role"] == "amount"
    assert [f and f["id"] for f in first["values"]] == [2, 1]
    assert {r["label"] for r in t["rows"]} == {"Thu ngân sách nhà nước", "Nông nghiệp"}


def test_chart_specs() -> None:
    t = by_period(_facts(), {})
    rows = t["rows"]
    amount = charts.amount_chart([r for r in rows if r["role"] == "amount"])
    assert amount is not None
    vals = amount["data"]["values"]
    assert [v["period"] for v in vals] == ["Năm 2020", "6 tháng đầu năm 2021"]
    assert [v["value"] for v in vals] == [900, 486.8]  # drawn in tỷ đồng
    assert vals[1]["text"] == "486,8 tỷ đồng"
    assert amount["params"][0]["bind"]["input"] == "select"
    plan = charts.percent_chart([r for r in rows if r["role"] == "plan_pct"])
    assert plan is not None and plan["data"]["values"][0]["value"] == 56.4
    assert charts.percent_chart([]) is None
    cmp = charts.bar_chart([{"fact_id": 9, **f} for f in _facts()[:2]], "period")
    assert cmp is not None
    assert [v["cat"] for v in cmp["data"]["values"]] == ["Năm 2020", "6 tháng đầu năm 2021"]
    for spec in (amount, plan, cmp):
        assert spec["config"]["locale"]["number"]["decimal"] == ","
        json.dumps(spec)
