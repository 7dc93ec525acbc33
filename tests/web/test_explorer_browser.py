"""The facts explorer in a real browser on a store of 20,000 facts (bulk-inserted by
``bench/explorer_bench.py``'s builder): filter through the form, sort by a column heading, narrow by
a facet link, page with "Trang sau"; each state's URL, opened afresh, gives the same rows."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import ROOT, new_page, serve

sys.path.insert(0, str(ROOT / "bench"))

pytestmark = pytest.mark.browser

N_FACTS = 20_000


@pytest.fixture(scope="module")
def big_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from explorer_bench import build_store

    from soket.api import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('big')}/big.db"
    assert build_store(url, N_FACTS) == N_FACTS
    with serve(create_app(url, rate_limit="off")) as base:
        yield base


def _state(pg: Any) -> dict[str, Any]:
    """What the page shows: its URL, the row count and the ids of its rows, in order."""
    pg.wait_for_load_state("load")
    return {"url": pg.url,
            "count": pg.locator(".count").inner_text(),
            "ids": [int(t) for t in pg.locator("#facts-table tbody tr td:first-child a").all_inner_texts()],
            "values": pg.eval_on_selector_all("#facts-table tbody tr td.n", "tds => tds.map(t => t.textContent.trim())")}


def _count(text: str) -> int:
    return int(text.replace(".", ""))


def test_explorer_filters_sorts_facets_and_pages_20000_facts(browser: Any, big_url: str) -> None:
    pg = new_page(browser, 1366, 900)
    states: list[dict[str, Any]] = []
    try:
        pg.goto(big_url + "/facts")
        first = _state(pg)
        assert _count(first["count"]) == N_FACTS and len(first["ids"]) == 50
        assert first["ids"] == sorted(first["ids"])
        states.append(first)

        # filter through the form
        pg.fill("form.filters input[name=indicator]", "budget_revenue")
        pg.click("form.filters button[type=submit]")
        pg.wait_for_url("**/facts?*indicator=budget_revenue*")
        filtered = _state(pg)
        n_ind = _count(filtered["count"])
        assert 0 < n_ind < N_FACTS and len(filtered["ids"]) == 50
        cells = pg.locator("#facts-table tbody tr td:nth-child(4)")  # the indicator's label, its key in title
        assert cells.evaluate_all("tds => tds.map(t => t.title)") == ["budget_revenue"] * 50
        states.append(filtered)

        # sort by a column heading (value), then the other way
        pg.click("#facts-table thead a[href*='sort=value']")
        pg.wait_for_url("**sort=value*")
        asc = _state(pg)
        assert parse_qs(urlsplit(asc["url"]).query)["sort"] == ["value"]
        assert asc["ids"] != filtered["ids"] and _count(asc["count"]) == n_ind
        states.append(asc)
        pg.click("#facts-table thead a[href*='sort=value']")
        pg.wait_for_url("**sort_desc=1*")
        desc = _state(pg)
        assert set(desc["ids"]).isdisjoint(asc["ids"]) or n_ind < 100
        states.append(desc)

        # a facet link narrows the set to the count it shows
        link = pg.locator(".facets section.facet[data-facet='role'] li a").first
        shown = _count(link.locator("xpath=following-sibling::span").inner_text())
        link.click()
        pg.wait_for_url("**role=*")
        faceted = _state(pg)
        q = parse_qs(urlsplit(faceted["url"]).query)
        assert q["indicator"] == ["budget_revenue"] and q["sort"] == ["value"] and q["sort_desc"] == ["1"]
        assert _count(faceted["count"]) == shown
        states.append(faceted)

        # keyset pages: "Trang sau" three times, no row twice, the sort order kept across pages
        seen = list(faceted["ids"])
        for _ in range(3):
            if not pg.locator("a[rel=next]").count():
                break
            pg.click("a[rel=next]")
            pg.wait_for_url("**after=*")
            nxt = _state(pg)
            assert nxt["ids"] and not set(nxt["ids"]) & set(seen)
            seen += nxt["ids"]
            states.append(nxt)
        assert len(seen) == min(shown, 200)
        assert not pg.js_errors, pg.js_errors
    finally:
        pg.context.close()

    # every state, opened afresh from its URL, gives the same rows
    fresh = new_page(browser, 390, 844)
    try:
        for st in states:
            fresh.goto(st["url"])
            again = _state(fresh)
            assert (again["count"], again["ids"], again["values"]) == (st["count"], st["ids"], st["values"]), st["url"]
            assert fresh.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        fresh.context.close()
