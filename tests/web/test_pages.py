"""Each dashboard page as HTML (TestClient): status, Vietnamese labels, highlighted facts."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

import pytest
from htmlscan import scan

SPEC_RE = re.compile(r'<script type="application/json" id="([^"]+)-spec">(.*?)</script>', re.S)


def _specs(html: str) -> dict[str, dict[str, Any]]:
    return {cid: json.loads(body) for cid, body in SPEC_RE.findall(html)}


def _document(client: Any, doc_id: int) -> dict[str, Any]:
    d = client.get(f"/api/documents/{doc_id}").json()
    return d.get("item") or d.get("document") or d


def test_overview(client: Any, documents: list[dict[str, Any]]) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    for label in ("Tổng quan", "Văn bản", "Địa phương", "Chỉ tiêu", "Tìm kiếm", "Kỳ báo cáo", 'lang="vi"'):
        assert label in html, label
    for d in documents:
        assert f'href="/document/{d["id"]}"' in html
    specs = _specs(html)
    assert "chart-overview" in specs
    assert specs["chart-overview"]["$schema"].endswith("vega-lite/v6.json")
    # the chart libraries come from this server, never a CDN
    for lib in ("vega", "vega-lite", "vega-embed"):
        assert f'src="/static/vendor/{lib}.min.js?v=' in html
    for attr in re.findall(r'(?:src|href)="([^"]*)"', html):
        assert attr.startswith(("/", "#", "?", "data:")), attr


def test_document_pages_highlight_every_fact(client: Any, documents: list[dict[str, Any]]) -> None:
    n_checked = 0
    for meta in documents:
        d = _document(client, meta["id"])
        r = client.get(f"/document/{meta['id']}")
        assert r.status_code == 200
        html = r.text
        for label in ("Nội dung", "Số liệu trích xuất", "Kỳ báo cáo", "Cơ quan"):
            assert label in html, label
        if d["facts"]:
            assert "Câu nguồn" in html and "Loại số liệu" in html
        else:
            assert "Không có số liệu nào." in html
        s = scan(html)
        # the text block is the document's text, character for character
        assert "".join(s.text) == d["text"]
        facts = [f for f in d["facts"] if f.get("span") and 0 <= f["span"][0] < f["span"][1] <= len(d["text"])]
        assert sorted(s.mark_ids) == sorted(f"fact-{f['id']}" for f in facts)
        for f in facts:
            # the text inside each fact's mark is the fact's raw (its span of the text)
            assert "".join(s.marks[str(f["id"])]) == f["raw"] == d["text"][f["span"][0]:f["span"][1]]
            assert f'href="#fact-{f["id"]}"' in html
            n_checked += 1
        # evidence sentences are wrapped too, and hold their facts
        evs = {tuple(f["evidence_span"]) for f in facts if f.get("evidence_span")}
        got = {"".join(v) for v in s.sentences.values()}
        assert got == {d["text"][a:b] for a, b in evs}
    assert n_checked > 0


def test_document_shows_numbers_the_vietnamese_way(client: Any, documents: list[dict[str, Any]]) -> None:
    html = "".join(client.get(f"/document/{d['id']}").text for d in documents)
    assert re.search(r"\d{1,3}(\.\d{3})* tỷ đồng", html)  # 6.900 tỷ đồng
    assert re.search(r"\d+,\d+%", html)  # 56,4%
    assert re.search(r"\d{2}/\d{2}/\d{4}", html)  # 21/07/2021
    # never 56.4%, but where the source itself printed it so ("5.0%" in a copied page): its own text, as written
    raws = {f["raw"] for d in documents for f in _document(client, d["id"])["facts"]}
    assert all(m.group(1) in raws for m in re.finditer(r">\s*(\d+\.\d+%)", html)), \
        [m.group(1) for m in re.finditer(r">\s*(\d+\.\d+%)", html)]


def test_fact_redirects_to_its_mark(client: Any, documents: list[dict[str, Any]]) -> None:
    d = _document(client, documents[0]["id"])
    f = d["facts"][0]
    r = client.get(f"/fact/{f['id']}", follow_redirects=False)
    assert r.status_code in (302, 303, 307)
    assert r.headers["location"] == f"/document/{documents[0]['id']}#fact-{f['id']}"
    assert client.get("/fact/987654321", follow_redirects=False).status_code == 404


def test_locality_page(client: Any) -> None:
    locs = client.get("/api/localities", params={"limit": 1000}).json()["items"]
    assert locs
    for loc in locs:
        url = f"/locality/{quote(loc['locality'], safe='')}"
        if loc.get("province"):
            url += f"?province={quote(loc['province'])}"
        r = client.get(url)
        assert r.status_code == 200, url
        html = r.text
        for label in ("Kỳ báo cáo", "Biểu đồ", "Chỉ tiêu theo kỳ", loc["locality"]):
            assert label in html, label
        for p in loc.get("periods") or []:
            assert f'href="/document/{p["document_id"]}"' in html
        specs = _specs(html)
        # (the page's locality in its province: "Cao Sơn" is a commune of Bắc Kạn in 2022 and of Phú Thọ in 2025)
        where = {"locality": loc["locality"], **({"province": loc["province"]} if loc.get("province") else {})}
        facts = client.get("/api/facts", params={**where, "limit": 1000}).json()["items"]
        drawable = [f for f in facts if f["role"] in ("amount", "change_pct", "plan_pct")
                    and isinstance(f.get("value"), int | float)]
        assert bool(specs) == bool(drawable), "charts exactly where there is something to draw"
        for spec in specs.values():
            json.dumps(spec)
            assert spec["data"]["values"]
    assert client.get("/locality/Kh%C3%B4ng%20c%C3%B3%20n%C6%A1i%20n%C3%A0y").status_code == 404


def _all_pages(client: Any, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Every item of a paged API list, page by page (50 to a page), as the dashboard reads it."""
    out: list[dict[str, Any]] = []
    while True:
        page = client.get(path, params={**params, "offset": len(out)}).json()
        out.extend(page["items"])
        if not page["items"] or len(out) >= page["total"]:
            return out


def _indicator_with_data(client: Any) -> str | None:
    inds = client.get("/api/indicators", params={"limit": 1000}).json()["items"]
    for i in sorted(inds, key=lambda i: -(i.get("n_facts") or 0)):
        items = client.get("/api/compare", params={"indicator": i["key"]}).json()["items"]
        if items:
            return i["key"]
    return None


@pytest.mark.parametrize("by", ["locality", "period"])
def test_compare_page(client: Any, by: str) -> None:
    r = client.get("/compare")
    assert r.status_code == 200
    assert "So sánh chỉ tiêu" in r.text and "Chọn một chỉ tiêu" in r.text
    key = _indicator_with_data(client)
    if key is None:
        pytest.skip("no indicator has facts yet (the indicator taxonomy assigns none)")
    r = client.get("/compare", params={"indicator": key, "by": by})
    assert r.status_code == 200
    html = r.text
    assert "Địa phương" in html and "Giá trị" in html and "câu nguồn" in html
    from soket.web.pages import comparable

    every = _all_pages(client, "/api/compare", {"indicator": key, "by": by})  # the page reads them all
    items = comparable(every, by, None, None)[0]  # one period (by locality) and one level side by side
    for x in every:
        assert (f'href="/fact/{x["fact_id"]}"' in html) == (x in items)
    spec = _specs(html)["chart-compare"]
    assert len(spec["data"]["values"]) == len([x for x in items if isinstance(x.get("value"), int | float)])
    cats = [v["cat"] for v in spec["data"]["values"]]
    assert len(cats) == len(set(cats)), "one bar per fact, never stacked"


def test_search_page(client: Any, documents: list[dict[str, Any]]) -> None:
    r = client.get("/search")
    assert r.status_code == 200 and "Tìm kiếm" in r.text
    loc = next(d["locality"] for d in documents if d.get("locality"))
    r = client.get("/search", params={"q": loc})
    assert r.status_code == 200
    assert f"Kết quả cho “{loc}”" in r.text
    assert "/document/" in r.text


def test_unknown_document_is_404(client: Any) -> None:
    r = client.get("/document/987654321")
    assert r.status_code == 404
    assert "Lỗi 404" in r.text


def test_static_files(client: Any) -> None:
    for name in ("app.js", "style.css", "vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200, name
        assert len(r.content) > 500
    assert client.get("/static/vendor/vega.min.js").headers["content-type"].split(";")[0] in (
        "text/javascript", "application/javascript")
    for bad in ("/static/../pages.py", "/static/%2e%2e/pages.py", "/static/nope.js"):
        assert client.get(bad).status_code == 404


def test_api_docs_page_loads_only_vendored_assets(client):
    r = client.get("/docs")
    assert r.status_code == 200
    srcs = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert any(s.startswith("/static/vendor/swagger-ui-bundle.js?v=") for s in srcs), srcs
    assert all(s.startswith("/static/") or s == "data:," for s in srcs), srcs
    assert "<script>" not in r.text  # no inline script: the CSP allows none
    for s in srcs:
        if s.startswith("/static/"):
            assert client.get(s).status_code == 200, s


def test_pages_in_english(client, documents):
    """?lang=en: the page chrome and the labels (roles, bodies, periods, indicators) in English;
    a link back to Vietnamese; without it, Vietnamese."""
    r = client.get("/", params={"lang": "en"})
    assert r.status_code == 200
    assert '<html lang="en">' in r.text and ">Overview</a>" in r.text and ">Facts</a>" in r.text
    assert "Tiếng Việt" in r.text and "/static/lang.js" in r.text
    vi = client.get("/")
    assert '<html lang="vi">' in vi.text and ">Tổng quan</a>" in vi.text and "lang.js" not in vi.text
    doc = max(documents, key=lambda d: d.get("n_facts") or 0)
    en = client.get(f"/document/{doc['id']}", params={"lang": "en"}).text
    assert any(w in en for w in ("Value", "Rate (%)", "Target set", "Share of plan achieved (%)"))
    if doc.get("year"):
        assert str(doc["year"]) in en and ("months of" in en or "Year " in en or re.search(r"Q\d ", en))
    if doc.get("body_kind") in ("peoples_committee", "peoples_council", "executive_committee"):
        assert any(b in en for b in ("People's Committee", "People&#39;s Committee", "People&#39;s Council",
                                     "Executive Committee"))


def test_locality_series_keep_comparable_periods(client):
    """A locality's charts and table hold one period kind at a time (the one most of its facts
    share unless ?kind= says otherwise; kind=all keeps every one), and links for each kind."""
    locs = client.get("/api/localities", params={"limit": 1000}).json()["items"]
    loc = max(locs, key=lambda x: len(x.get("periods") or []))
    base = "/locality/" + loc["locality"]
    params = {"province": loc["province"]} if loc.get("province") else {}
    facts = client.get("/api/facts", params={"locality": loc["locality"], **params, "limit": 1000}).json()["items"]
    facts = [f for f in facts if f.get("locality") == loc["locality"] and f.get("period")]
    kinds: dict[str, set[int]] = {}
    for f in facts:
        kinds.setdefault(f["period"].split("-", 1)[1], set()).add(f["id"])
    r = client.get(base, params=params)
    assert r.status_code == 200 and 'class="kinds small"' in r.text
    top = max(kinds, key=lambda k: len(kinds[k]))
    for kind in kinds:
        page = client.get(base, params={**params, "kind": kind}).text
        shown = {int(i) for i in re.findall(r'href="/fact/(\d+)"', page)}
        assert shown and shown <= kinds[kind], kind  # only that kind's facts in the table and charts
        if kind == top:
            assert shown == {int(i) for i in re.findall(r'href="/fact/(\d+)"', r.text)}
    every = {int(i) for i in re.findall(r'href="/fact/(\d+)"', client.get(base, params={**params, "kind": "all"}).text)}
    assert every >= {int(i) for i in re.findall(r'href="/fact/(\d+)"', r.text)}
