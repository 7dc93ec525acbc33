"""The facts explorer (/facts, /api/table/facts): filters, sort by a column, keyset pages that
together hold every filtered row once, facet counts that add up, a download of the filtered set,
and a URL that reproduces the page."""

from __future__ import annotations

import csv
import html
import io
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit


def _all_pages(client: Any, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    after = None
    for _ in range(1000):
        r = client.get("/api/table/facts", params={**params, "limit": 37, "facets": False,
                                                   **({"after": after} if after else {})})
        assert r.status_code == 200, r.text
        page = r.json()
        rows += page["items"]
        after = page["next"]
        if after is None:
            return rows
    raise AssertionError("no last page")


def test_keyset_pages_hold_every_row_once_in_order(client):
    total = client.get("/api/table/facts", params={"limit": 1}).json()["total"]
    assert total > 100
    for sort, desc in (("id", False), ("value", True), ("locality", False), ("year", True)):
        rows = _all_pages(client, sort=sort, sort_desc=desc)
        assert len(rows) == total and len({r["id"] for r in rows}) == total
        keys = [r[sort] for r in rows if r[sort] is not None]
        assert keys == sorted(keys, reverse=desc)
        assert all(r[sort] is not None for r in rows[:len(keys)])  # empty keys last


def test_filters_and_facets_agree(client):
    page = client.get("/api/table/facts", params={"limit": 5}).json()
    ind, n = next((v, c) for v, c in page["facets"]["indicator"] if v is not None)
    assert n > 0
    sub = client.get("/api/table/facts", params={"indicator": ind, "limit": 5}).json()
    assert sub["total"] == n
    assert sum(c for _, c in sub["facets"]["role"]) <= n
    role, n_role = next((v, c) for v, c in sub["facets"]["role"] if v is not None)
    both = client.get("/api/table/facts", params={"indicator": ind, "role": role, "limit": 500}).json()
    assert both["total"] == n_role and all(f["indicator"] == ind and f["role"] == role for f in both["items"])
    assert client.get("/api/table/facts", params={"sort": "nonsense"}).status_code == 400


def test_dashboard_page_state_lives_in_the_url(client):
    page = client.get("/api/table/facts", params={"limit": 1}).json()
    ind = next(v for v, _ in page["facets"]["indicator"] if v is not None)
    r = client.get("/facts", params={"indicator": ind, "sort": "value", "sort_desc": "1"})
    assert r.status_code == 200
    total = client.get("/api/table/facts", params={"indicator": ind, "limit": 1}).json()["total"]
    assert f'<span class="count">{total:,}'.replace(",", ".") in r.text or f'<span class="count">{total}<' in r.text
    ids = re.findall(r'<td><a href="/fact/(\d+)">', r.text)
    api = client.get("/api/table/facts", params={"indicator": ind, "sort": "value", "sort_desc": True}).json()
    assert [int(i) for i in ids] == [f["id"] for f in api["items"]]
    assert client.get("/facts", params={"indicator": ind, "sort": "value", "sort_desc": "1"}).text == r.text
    nxt = re.search(r'rel="next" href="([^"]+)"', r.text)
    if total > 50:
        assert nxt is not None
        r2 = client.get(html.unescape(nxt.group(1)))
        ids2 = re.findall(r'<td><a href="/fact/(\d+)">', r2.text)
        assert ids2 and not set(ids2) & set(ids)
    # the download holds exactly the filtered rows
    csv_href = html.unescape(re.search(r'class="download" href="([^"]+format=csv)"', r.text).group(1))
    body = client.get(csv_href).content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == total and {x["indicator"] for x in rows} == {ind}


def test_documents_list_filters_and_pages(client, documents):
    r = client.get("/documents")
    assert r.status_code == 200
    total = client.get("/api/documents", params={"limit": 1}).json()["total"]
    ids = re.findall(r'<td><a href="/document/(\d+)">', r.text)
    assert len(ids) == min(50, total)
    loc = next(d["locality"] for d in documents if d.get("locality"))
    r = client.get("/documents", params={"locality": loc})
    want = {d["id"] for d in client.get("/api/documents", params={"locality": loc, "limit": 500}).json()["items"]}
    assert {int(i) for i in re.findall(r'<td><a href="/document/(\d+)">', r.text)} == want and want


def _first(facets: dict[str, Any], name: str) -> Any:
    return next((v for v, _ in facets.get(name) or [] if v is not None), None)


def test_download_holds_exactly_the_explorer_rows_for_every_filter(client):
    """For several combinations of the explorer's filters (those the CLI has and level, body kind,
    origin, malformed), the page's CSV and JSON downloads hold exactly the rows the explorer lists."""
    facets = client.get("/api/table/facts", params={"limit": 1}).json()["facets"]
    ind, level, body = _first(facets, "indicator"), _first(facets, "locality_kind"), _first(facets, "body_kind")
    origin, year = _first(facets, "origin"), _first(facets, "year")
    combos = [
        {"level": level}, {"body_kind": body}, {"origin": origin}, {"malformed": "true"}, {"malformed": "false"},
        {"indicator": ind, "level": level}, {"year": year, "body_kind": body, "origin": origin},
        {"role": "amount", "level": level, "malformed": "false"},
    ]
    nonempty = 0
    for combo in combos:
        combo = {k: v for k, v in combo.items() if v is not None}
        want = {r["id"] for r in _all_pages(client, **combo)}
        nonempty += bool(want)
        page = client.get("/facts", params=combo).text
        for fmt in ("csv", "json"):
            href = html.unescape(re.search(rf'class="download" href="([^"]+format={fmt})"', page).group(1))
            assert dict(parse_qsl(urlsplit(href).query)) == {**{k: str(v) for k, v in combo.items()}, "format": fmt}
            body = client.get(href)
            assert body.status_code == 200, body.text
            if fmt == "csv":
                got = {int(r["fact_id"]) for r in csv.DictReader(io.StringIO(body.content.decode("utf-8-sig")))}
            else:
                got = {int(r["fact_id"]) for r in body.json()}
            assert got == want, (combo, fmt, len(got), len(want))
    assert nonempty >= 5


def _all_doc_pages(client: Any, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    after = None
    for _ in range(1000):
        r = client.get("/api/table/documents", params={**params, "limit": 7, "facets": False,
                                                       **({"after": after} if after else {})})
        assert r.status_code == 200, r.text
        page = r.json()
        rows += page["items"]
        after = page["next"]
        if after is None:
            return rows
    raise AssertionError("no last page")


def test_documents_table_sorts_pages_and_facets(client, documents):
    """/api/table/documents and /documents: sort by any column (empty keys last, ties by id), keyset
    pages that hold every document once, facet counts that add up, and a URL that reproduces the page."""
    total = client.get("/api/table/documents", params={"limit": 1}).json()["total"]
    assert total == len(documents)
    for sort, desc in (("id", False), ("locality", False), ("year", True), ("date", True), ("title", False),
                       ("level", False), ("body_kind", True)):
        rows = _all_doc_pages(client, sort=sort, sort_desc=desc)
        assert len(rows) == total and len({r["id"] for r in rows}) == total
        field = {"level": "locality_kind"}.get(sort, sort)
        keys = [r[field] for r in rows if r[field] is not None]
        assert keys == sorted(keys, reverse=desc), sort
        assert all(r[field] is not None for r in rows[:len(keys)])
    facets = client.get("/api/table/documents", params={"limit": 1}).json()["facets"]
    assert set(facets) == {"year", "level", "body_kind", "province", "format"}
    year, n_year = next((v, n) for v, n in facets["year"] if v is not None)
    sub = client.get("/api/table/documents", params={"year": year, "limit": 1000}).json()
    assert sub["total"] == n_year == len(sub["items"]) and all(d["year"] == year for d in sub["items"])
    level = next((v for v, _ in facets["level"] if v is not None), None)
    if level:
        both = _all_doc_pages(client, year=year, level=level)
        assert all(d["locality_kind"] == level and d["year"] == year for d in both)
    assert client.get("/api/table/documents", params={"sort": "nonsense"}).status_code == 400
    assert client.get("/api/table/documents", params={"after": "garbage"}).status_code == 400

    # the page: sorted by a heading, a facet link, "Trang sau" with after=, each reproducible
    r = client.get("/documents", params={"sort": "date", "sort_desc": "1"})
    assert r.status_code == 200 and 'class="facets"' in r.text
    ids = [int(i) for i in re.findall(r'<td><a href="/document/(\d+)">', r.text)]
    want = [d["id"] for d in client.get("/api/table/documents", params={"sort": "date", "sort_desc": True}).json()["items"]]
    assert ids == want
    assert client.get("/documents", params={"sort": "date", "sort_desc": "1"}).text == r.text
    assert re.search(r'href="/documents\?[^"]*year=\d{4}', r.text)  # facet links add a filter
    nxt = re.search(r'rel="next" href="([^"]+)"', r.text)
    assert (nxt is not None) == (total > 50)
    if nxt:
        r2 = client.get(html.unescape(nxt.group(1)))
        assert "after=" in nxt.group(1)
        ids2 = [int(i) for i in re.findall(r'<td><a href="/document/(\d+)">', r2.text)]
        assert ids2 and not set(ids2) & set(ids)


def test_facets_of_a_later_page_are_the_first_page_s(client):
    """A keyset page after the first (numeric, text or empty sort key in its cursor) answers with the
    same total and facets as the first page of that filter: they count the filtered set."""
    for sort, desc in (("value", True), ("year", False), ("id", False), ("locality", False), ("unit", True)):
        first = client.get("/api/table/facts", params={"sort": sort, "sort_desc": desc, "limit": 20})
        assert first.status_code == 200, first.text
        page1 = first.json()
        assert page1["next"]
        later = client.get("/api/table/facts", params={"sort": sort, "sort_desc": desc, "limit": 20,
                                                       "after": page1["next"]})
        assert later.status_code == 200, (sort, later.text)
        assert later.json()["total"] == page1["total"] and later.json()["facets"] == page1["facets"], sort
