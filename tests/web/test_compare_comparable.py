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
