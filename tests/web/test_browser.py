"""The dashboard in a real browser (Python Playwright driving Debian chromium).

Starts the app with uvicorn on 127.0.0.1 in a thread, checks that charts render (an ``svg`` inside
the vega-embed container) and that following a fact link lands on its highlighted mark and
sentence; leaves a screenshot in ``artifacts/dashboard.png``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import ARTIFACTS

pytestmark = pytest.mark.browser


def _chart_rendered(page: Any, cid: str) -> None:
    page.wait_for_selector(f"#{cid} svg", timeout=15000)
    assert page.locator(f"#{cid} svg .mark-rect path, #{cid} svg .mark-rect rect").count() > 0


def test_dashboard_in_browser(page: Any, base_url: str, documents: list[dict[str, Any]]) -> None:
    page.goto(base_url + "/")
    assert page.title().startswith("Tổng quan")
    _chart_rendered(page, "chart-overview")

    # a locality's page: charts, then a value in its table, which leads to the fact's sentence (the first locality
    # listed whose page has a chart: a locality known only by its goals, a resolution's, has none)
    hrefs = [a.get_attribute("href") for a in page.locator("table.data a[href^='/locality/']").all()]
    href = next(h for h in hrefs if h and 'class="chart"' in page.request.get(base_url + h).text())
    page.locator(f"table.data a[href='{href}']").first.click()
    page.wait_for_load_state("load")
    assert "/locality/" in page.url
    page.wait_for_selector(".chart[data-rendered] svg", timeout=15000)
    link = page.locator("table.pivot a[href^='/fact/']").first
    href = link.get_attribute("href")
    assert href
    fact_id = href.rsplit("/", 1)[1]
    link.click()
    page.wait_for_url(re.compile(rf"/document/\d+#fact-{fact_id}$"))
    mark = page.locator(f"mark#fact-{fact_id}")
    mark.wait_for(state="visible")
    assert page.evaluate(f"document.querySelector('mark#fact-{fact_id}').matches(':target')")
    assert "target" in (mark.get_attribute("class") or "")
    ev = mark.get_attribute("data-ev")
    if ev is not None:
        sentence = page.locator(f".ev[data-ev='{ev}']").first
        assert "target" in (sentence.get_attribute("class") or "")
        bg = sentence.evaluate("el => getComputedStyle(el).backgroundColor")
        assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    assert mark.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }")

    # a link in the facts table moves the highlight to another fact
    rows = page.locator("table.facts a.factlink")
    if rows.count() > 1:
        other = rows.nth(1)
        other_id = (other.get_attribute("href") or "").removeprefix("#fact-")
        other.click()
        page.wait_for_function(f"location.hash === '#fact-{other_id}'")
        assert "target" in (page.locator(f"mark#fact-{other_id}").get_attribute("class") or "")
        assert "target" not in (mark.get_attribute("class") or "") or other_id == fact_id
        page.locator(f"mark#fact-{fact_id}").scroll_into_view_if_needed()
        link_back = page.locator(f"table.facts a.factlink[href='#fact-{fact_id}']")
        link_back.click()
        page.wait_for_function(f"location.hash === '#fact-{fact_id}'")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"))
    assert (ARTIFACTS / "dashboard.png").stat().st_size > 10_000

    assert not page.js_errors, page.js_errors
    assert not page.outside, f"requests left the machine: {page.outside}"


def test_compare_chart_in_browser(page: Any, base_url: str, client: Any) -> None:
    inds = client.get("/api/indicators", params={"limit": 1000}).json()["items"]
    key = next((i["key"] for i in sorted(inds, key=lambda i: -(i.get("n_facts") or 0))
                if client.get("/api/compare", params={"indicator": i["key"]}).json()["items"]), None)
    if key is None:
        pytest.skip("no indicator has facts yet")
    for by in ("locality", "period"):
        page.goto(f"{base_url}/compare?indicator={key}&by={by}")
        _chart_rendered(page, "chart-compare")
        # bar labels are the Vietnamese-formatted values
        labels = page.locator("#chart-compare svg .mark-text text").all_text_contents()
        assert labels and all(not re.search(r"\d\.\d+%", t) for t in labels)
    assert not page.js_errors, page.js_errors


def test_api_docs_work_offline(page: Any, base_url: str) -> None:
    """/docs draws Swagger UI from the vendored bundle, with every request refused that would leave
    the machine: the operations and the response schemas are listed."""
    page.goto(base_url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    paths = page.locator(".swagger-ui .opblock-summary-path").all_text_contents()
    assert any("/api/table/facts" in p for p in paths), paths
    page.wait_for_selector(".swagger-ui section.models", timeout=10000)
    assert not page.js_errors, page.js_errors
    assert not page.outside, f"requests left the machine: {page.outside}"
