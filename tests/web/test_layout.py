"""Every page in a real browser (Debian chromium) at a phone's width (390 px) and a desktop's
(1366 px): no page is wider than the window, and the document page's facts pane fits its box (its
"Câu nguồn" column is not cut). Screenshots of every page at both widths go to ``docs/screenshots/``
(named in ``docs/dashboard.md``) so a reviewer can look without running a server."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from conftest import ROOT, new_page

pytestmark = pytest.mark.browser

SHOTS = ROOT / "docs" / "screenshots"
WIDTHS = {390: 844, 1366: 900}
MAX_SHOT_HEIGHT = 2400  # a screenshot shows at most this much of a long page


def _pages(client: Any, documents: list[dict[str, Any]]) -> dict[str, str]:
    """One URL for each page of the dashboard, chosen from what the store holds."""
    doc = max(documents, key=lambda d: d.get("n_facts") or 0)
    facts = client.get("/api/facts", params={"document_id": doc["id"], "limit": 200}).json()["items"]
    fact = facts[len(facts) * 3 // 4] if facts else None
    loc = client.get("/api/localities", params={"limit": 1000}).json()["items"]
    locality = max(loc, key=lambda x: x["n_documents"])
    inds = client.get("/api/indicators", params={"limit": 1000}).json()["items"]
    ind = max(inds, key=lambda i: i.get("n_facts") or 0)["key"]
    word = (locality.get("locality") or "ngân sách").split()[-1]
    pages = {
        "home": "/",
        "search": f"/search?q={quote(word)}",
        "locality": f"/locality/{quote(locality['locality'])}"
                    + (f"?province={quote(locality['province'])}" if locality.get("province") else ""),
        "compare-localities": f"/compare?indicator={ind}&by=locality",
        "compare-periods": f"/compare?indicator={ind}&by=period",
        "facts": "/facts",
        "facts-filtered": f"/facts?indicator={ind}&sort=value&sort_desc=1",
        "documents": "/documents",
        "document": f"/document/{doc['id']}",
        "api-docs": "/docs",
        "home-en": "/?lang=en",
        "document-en": f"/document/{doc['id']}?lang=en",
    }
    if fact is not None:
        pages["fact"] = f"/fact/{fact['id']}"
    return pages


@pytest.fixture(scope="module")
def urls(client: Any, documents: list[dict[str, Any]]) -> dict[str, str]:
    return _pages(client, documents)


def _settle(pg: Any) -> None:
    pg.wait_for_load_state("load")
    # charts: wait until vega-embed has drawn each (or said why not)
    pg.wait_for_function("""() => [...document.querySelectorAll('.chart[data-spec]')]
        .every(el => el.hasAttribute('data-rendered') || el.hasAttribute('data-error'))""", timeout=20000)


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_no_page_is_wider_than_the_window(browser: Any, base_url: str, urls: dict[str, str],
                                          web_db: str, width: int) -> None:
    pg = new_page(browser, width, WIDTHS[width])
    shots = web_db.startswith("sqlite")  # one set of screenshots, from the SQLite run
    if shots:
        SHOTS.mkdir(parents=True, exist_ok=True)
    too_wide: dict[str, Any] = {}
    try:
        for name, url in urls.items():
            pg.goto(base_url + url)
            _settle(pg)
            if url == "/docs":  # Swagger UI draws after fetching /openapi.json
                pg.wait_for_selector(".swagger-ui .opblock", timeout=30000)
            sw, iw = pg.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            if sw > iw:
                wide = pg.evaluate("""() => [...document.querySelectorAll('body *')]
                    .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1
                                  && !(el.parentElement && el.parentElement.closest('.scroll, .chart, .facts-pane, .doctext')))
                    .slice(0, 5).map(el => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right))""")
                too_wide[name] = (sw, iw, wide)  # with the culprits
            if shots:
                h = min(int(pg.evaluate("document.documentElement.scrollHeight")), MAX_SHOT_HEIGHT)
                pg.screenshot(path=str(SHOTS / f"{name}-{width}.jpg"), type="jpeg", quality=70, full_page=True,
                              clip={"x": 0, "y": 0, "width": width, "height": h})
        assert not too_wide, f"pages wider than a {width} px window: {too_wide}"
        assert not pg.js_errors, pg.js_errors
        assert not pg.outside, f"requests left the machine: {pg.outside}"
    finally:
        pg.context.close()
    if shots:
        for name in urls:
            assert (SHOTS / f"{name}-{width}.jpg").stat().st_size > 5_000


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_document_facts_pane_fits_its_box(browser: Any, base_url: str, urls: dict[str, str], width: int) -> None:
    pg = new_page(browser, width, WIDTHS[width])
    try:
        pg.goto(base_url + urls["document"])
        _settle(pg)
        box = pg.evaluate("""() => { const p = document.querySelector('.facts-pane');
            const t = p.querySelector('table.facts'); const heads = [...t.querySelectorAll('thead th')];
            const last = heads[heads.length - 1];
            return {pane: p.getBoundingClientRect().toJSON(), sw: p.scrollWidth, cw: p.clientWidth,
                    last: last.getBoundingClientRect().toJSON(), lastText: last.textContent}; }""")
        assert box["lastText"] == "Câu nguồn"
        assert box["sw"] <= box["cw"], box  # nothing to scroll sideways: no column cut
        assert box["last"]["right"] <= box["pane"]["right"] + 0.5, box
        assert box["pane"]["right"] <= width, box
    finally:
        pg.context.close()


def test_screenshots_are_named_in_the_docs() -> None:
    text = (ROOT / "docs" / "dashboard.md").read_text(encoding="utf-8")
    assert "docs/screenshots/" in text
    assert Path(SHOTS).relative_to(ROOT).as_posix() == "docs/screenshots"


def _row_in_pane(pg: Any, fact_id: str) -> dict[str, Any]:
    return pg.evaluate("""id => { const row = document.getElementById('row-' + id);
        const pane = row.closest('.facts-pane'); const r = row.getBoundingClientRect();
        const p = pane.getBoundingClientRect(); const h = pane.querySelector('thead th').getBoundingClientRect();
        const inner = p.top + pane.clientTop;
        return {top: r.top, bottom: r.bottom, paneTop: inner, paneBottom: inner + pane.clientHeight,
                head: h.bottom, scrollTop: pane.scrollTop, scrollable: pane.scrollHeight > pane.clientHeight,
                target: row.classList.contains('target'), winH: window.innerHeight}; }""", fact_id)


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_document_page_scrolls_to_the_chosen_fact(browser: Any, base_url: str, client: Any,
                                                  urls: dict[str, str], width: int) -> None:
    """/fact/{id} (and /document/{id}#fact-N, and a click in the text) bring the fact's row into
    view inside the facts pane, below its sticky heading."""
    pg = new_page(browser, width, WIDTHS[width])
    try:
        fact_id = urls["fact"].rsplit("/", 1)[1]
        pg.goto(base_url + urls["fact"])
        pg.wait_for_url(f"**/document/*#fact-{fact_id}")
        _settle(pg)
        pg.wait_for_function(f"document.getElementById('row-{fact_id}').classList.contains('target')")
        box = _row_in_pane(pg, fact_id)
        assert box["scrollable"] and box["scrollTop"] > 0, box  # the row was off-screen in the pane: it scrolled
        assert box["head"] - 0.5 <= box["top"] and box["bottom"] <= box["paneBottom"] + 0.5, box
        if width >= 1366:  # side by side with the text: the pane itself is in the window
            assert 0 <= box["top"] and box["bottom"] <= box["winH"], box

        # another fact, first and then last in the table, through the URL's fragment
        doc_url = pg.url.split("#")[0]
        ids = pg.eval_on_selector_all("table.facts tbody tr", "rows => rows.map(r => r.dataset.fact)")
        for other in (ids[-1], ids[0], ids[len(ids) // 2]):
            pg.goto(f"{doc_url}#fact-{other}")
            pg.wait_for_function(f"document.getElementById('row-{other}').classList.contains('target')")
            box = _row_in_pane(pg, other)
            assert box["head"] - 0.5 <= box["top"] and box["bottom"] <= box["paneBottom"] + 0.5, (other, box)
        assert not pg.js_errors, pg.js_errors
    finally:
        pg.context.close()
