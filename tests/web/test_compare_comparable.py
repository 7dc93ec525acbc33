"""Compare puts only comparable figures side by side: across localities one period (kind and
year) and one level unless asked, the choices in the URL."""

from __future__ import annotations

import re

from soket.web.pages import comparable


def _row(loc: str, period: str, kind: str, v: float) -> dict[str, object]:
    return {"locality": loc, "period": period, "locality_kind": kind, "value": v}


ROWS = [_row("A", "2023-H1", "huyện", 1), _row("B", "2023-H1", "huyện", 2), _row("C", "2023-9M", "huyện", 3),
        _row("D", "2023-H1", "tỉnh", 4), _row("E", "2022-FY", "xã", 5)]


def test_by_locality_keeps_one_period_and_one_level():
    items, period, level, choices = comparable(ROWS, "locality", None, None)
    assert period == "2023-H1" and level == "huyện" and [x["locality"] for x in items] == ["A", "B"]
    assert choices["period"][0] == "2023-H1" and set(choices["period"]) == {"2023-H1", "2023-9M", "2022-FY"}
    items, _, level, _ = comparable(ROWS, "locality", "2023-H1", "all")
    assert level == "all" and [x["locality"] for x in items] == ["A", "B", "D"]
    items, _, _, _ = comparable(ROWS, "locality", "2023-9M", None)
    assert [x["locality"] for x in items] == ["C"]


def test_by_period_keeps_every_period_of_one_level():
    items, period, level, _ = comparable(ROWS, "period", None, None)
    assert period is None and level == "huyện" and {x["period"] for x in items} == {"2023-H1", "2023-9M"}


def test_compare_page_reads_its_choices_from_the_url(client):
    ind = next(v for v, _ in client.get("/api/table/facts", params={"limit": 1}).json()["facets"]["indicator"]
               if v is not None)
    r = client.get("/compare", params={"indicator": ind, "role": "amount"})
    assert r.status_code == 200
    chosen = re.search(r'<select name="period">.*?<option value="([^"]+)" selected', r.text, re.S)
    if chosen:  # the page says which period it compares, and the rows are all of it
        again = client.get("/compare", params={"indicator": ind, "role": "amount", "period": chosen.group(1)})
        assert again.status_code == 200 and f"kỳ {chosen.group(1)}" in again.text


def test_compare_takes_the_explorer_filters(client):
    """/api/compare and /compare filter by body kind, origin and malformed (and level) as the facts
    explorer does: every compared fact satisfies them, and the page keeps them in its form."""
    facets = client.get("/api/table/facts", params={"limit": 1}).json()["facets"]
    ind = next(v for v, _ in facets["indicator"] if v is not None)
    body = next(v for v, _ in facets["body_kind"] if v is not None)
    for params in ({"body_kind": body}, {"origin": "table"}, {"origin": "text", "malformed": "false"}):
        items = client.get("/api/compare", params={"indicator": ind, "by": "period", **params}).json()["items"]
        allowed = {f["id"] for f in client.get("/api/table/facts", params={"indicator": ind, "role": "amount",
                                                                           "limit": 1000, **params}).json()["items"]}
        assert {x["fact_id"] for x in items} <= allowed, params
        page = client.get("/compare", params={"indicator": ind, "by": "period", **params})
        assert page.status_code == 200
        for k, v in params.items():
            assert re.search(rf'<select name="{k}">.*?<option value="{v}" selected', page.text, re.S), (k, v)
    assert client.get("/api/compare", params={"indicator": ind, "malformed": "maybe"}).status_code == 422
