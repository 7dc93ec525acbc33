"""The answer cache of the read endpoints (api/cache.py): kept per state of the store, replaced
after any ingest (through the API, or by another process), ETags and 304, errors and
``count=exact`` never kept, concurrent requests for one answer computing it once."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from soket.api import create_app
from soket.api.cache import cache_key, etag_of
from soket.store import Store

from .conftest import TOKEN, assert_error
from .reports import REPORTS, write_reports

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def two_reports(empty_url, tmp_path):
    """A store holding two of the three reports; the third's path, to ingest during a test."""
    from _store import ingest

    paths = write_reports(tmp_path / "in")
    assert not ingest(empty_url, paths[:2]).failed
    return empty_url, paths[2]


def _get(c, path, **params):
    r = c.get(path, params=params)
    assert r.status_code == 200, r.text
    return r


def test_an_answer_is_kept_then_replaced_when_another_process_ingests(two_reports):
    url, third = two_reports
    with TestClient(create_app(url, rate_limit="off"), raise_server_exceptions=False) as c:
        first = _get(c, "/api/facts", limit=100)
        again = _get(c, "/api/facts", limit=100)
        assert first.headers["x-soket-cache"] == "miss" and again.headers["x-soket-cache"] == "hit"
        assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
        assert again.headers["cache-control"] == "no-cache" and again.headers["content-type"] == "application/json"
        assert again.headers["x-content-type-options"] == "nosniff"  # the outer middlewares still apply
        # the same parameters in another order are the same answer
        a = _get(c, "/api/facts", limit=100, offset=0)
        b = c.get("/api/facts?offset=0&limit=100")
        assert b.headers["x-soket-cache"] == "hit" and b.content == a.content
        search = _get(c, "/api/search", q="ket nap")
        assert _get(c, "/api/search", q="ket nap").headers["x-soket-cache"] == "hit"

        # another worker, or `soket ingest`, stores a document: no kept answer outlives it
        from soket.service import ingest_documents

        with Store.open(url) as other:
            assert not ingest_documents(other, [third]).failed
        after = _get(c, "/api/facts", limit=100)
        assert after.headers["x-soket-cache"] == "miss" and after.headers["etag"] != first.headers["etag"]
        assert after.json()["total"] == first.json()["total"] + 3  # the third report's facts
        assert len(after.json()["items"]) == len(first.json()["items"]) + 3
        s2 = _get(c, "/api/search", q="ket nap")
        assert s2.headers["x-soket-cache"] == "miss"
        assert len(s2.json()["documents"]) == len(search.json()["documents"]) + 1 == len(REPORTS)


def test_an_upload_through_the_api_replaces_kept_answers(empty_url):
    with TestClient(create_app(empty_url, write_token=TOKEN, rate_limit="off"), raise_server_exceptions=False) as c:
        empty = _get(c, "/api/facts")
        assert empty.json()["total"] == 0 and _get(c, "/api/facts").headers["x-soket-cache"] == "hit"
        text = next(iter(REPORTS.values())).encode()
        r = c.post("/api/documents", files={"file": ("a.txt", text)}, headers=AUTH)
        assert r.status_code == 201, r.text
        now = _get(c, "/api/facts")
        assert now.headers["x-soket-cache"] == "miss" and now.json()["total"] > 0
        assert _get(c, "/api/documents").json()["total"] == 1


def test_a_meeting_override_replaces_kept_answers(two_reports):
    url, third = two_reports
    from _store import ingest

    assert not ingest(url, [third]).failed
    with TestClient(create_app(url, write_token=TOKEN, rate_limit="off"), raise_server_exceptions=False) as c:
        docs = {d["doc"]: d["id"] for d in _get(c, "/api/documents").json()["items"]}
        _get(c, "/api/facts")
        assert _get(c, "/api/facts").headers["x-soket-cache"] == "hit"
        m1 = _get(c, f"/api/documents/{docs['yenthe_2021_h1']}/meeting").json()["id"]
        m2 = _get(c, f"/api/documents/{docs['yenthe_2020_fy']}/meeting").json()["id"]
        assert c.post(f"/api/meetings/{m1}/join/{m2}", headers=AUTH).status_code == 201
        assert _get(c, "/api/facts").headers["x-soket-cache"] == "miss"  # no document added, still dropped


def test_etag_and_if_none_match(two_reports):
    url, third = two_reports
    with TestClient(create_app(url, rate_limit="off"), raise_server_exceptions=False) as c:
        r = _get(c, "/api/facts", indicator="budget_revenue")
        tag = r.headers["etag"]
        assert tag == etag_of(r.content).decode()
        for inm in (tag, f'W/{tag}', f'"nope", {tag}', "*"):
            nm = c.get("/api/facts", params={"indicator": "budget_revenue"}, headers={"If-None-Match": inm})
            assert nm.status_code == 304 and nm.content == b"" and nm.headers["etag"] == tag
        assert c.get("/api/facts", params={"indicator": "budget_revenue"},
                     headers={"If-None-Match": '"nope"'}).status_code == 200
        from _store import ingest

        assert not ingest(url, [third]).failed
        fresh = c.get("/api/facts", params={"indicator": "budget_revenue"}, headers={"If-None-Match": tag})
        assert fresh.status_code == 200 and fresh.headers["etag"] != tag  # changed: the new answer, whole


def test_errors_and_exact_counts_are_never_kept(two_reports):
    url, _ = two_reports
    with TestClient(create_app(url, rate_limit="off"), raise_server_exceptions=False) as c:
        for _ in range(2):
            bad = c.get("/api/facts", params={"indicator": "nope"})
            assert_error(bad, 422)
            assert "x-soket-cache" not in bad.headers and "etag" not in bad.headers
        for _ in range(2):
            exact = _get(c, "/api/facts", count="exact")
            assert "x-soket-cache" not in exact.headers
        # not cached: a document's detail (its issues are rewritten by history checks), the health
        doc_id = _get(c, "/api/documents").json()["items"][0]["id"]
        assert "x-soket-cache" not in _get(c, f"/api/documents/{doc_id}").headers
        assert "x-soket-cache" not in _get(c, "/api/health").headers


def test_a_history_recheck_cannot_leave_a_kept_answer_stale(two_reports):
    """A history recheck rewrites stored issues without adding a document, so the generation does
    not move; no kept answer may show issues: after the issues change under a warm cache, every
    cached path answers exactly what a server without a cache answers."""
    from sqlalchemy import delete, insert, select

    from soket.api.cache import CACHED_PATHS
    from soket.store.models import DocumentRow, IssueRow

    url, _ = two_reports
    paths = {"/api/facts": {"limit": 100}, "/api/search": {"q": "ngân sách"}, "/api/table/facts": {},
             "/api/table/documents": {}, "/api/compare": {"indicator": "budget_revenue"},
             "/api/localities": {}, "/api/documents": {}}
    assert set(paths) == CACHED_PATHS  # a path added to the cache is added here
    with TestClient(create_app(url, rate_limit="off"), raise_server_exceptions=False) as c:
        kept = {p: _get(c, p, **q).content for p, q in paths.items()}
        with Store.open(url) as st, st.write() as s:
            ids = list(s.scalars(select(DocumentRow.id)))
            s.execute(delete(IssueRow))
            s.execute(insert(IssueRow), [{"document_id": d, "position": 0, "code": "sentinel_issue",
                                          "message": "sentinel", "severity": "error"} for d in ids])
        hits = {p: _get(c, p, **q) for p, q in paths.items()}
        assert all(r.headers["x-soket-cache"] == "hit" for r in hits.values())
    with TestClient(create_app(url, rate_limit="off", response_cache_mb=0)) as fresh:
        for p, q in paths.items():
            body = _get(fresh, p, **q).content
            assert body == kept[p] == hits[p].content, p
            assert b"sentinel" not in body


def test_the_cache_can_be_turned_off(two_reports):
    url, _ = two_reports
    with TestClient(create_app(url, rate_limit="off", response_cache_mb=0)) as c:
        for _ in range(2):
            r = _get(c, "/api/facts")
            assert "x-soket-cache" not in r.headers and "etag" not in r.headers


def test_the_cache_is_bounded(two_reports):
    url, _ = two_reports
    app = create_app(url, rate_limit="off", response_cache_mb=0.05)  # ~50 KB: a few answers (one is ~8 KB)
    with TestClient(app) as c:
        for limit in range(1, 40):
            _get(c, "/api/facts", limit=limit)
        mw = _cache_of(app)
        assert 0 < len(mw) < 39 and mw._size <= mw.max_bytes
        assert _get(c, "/api/facts", limit=39).headers["x-soket-cache"] == "hit"  # the newest are kept
        assert _get(c, "/api/facts", limit=1).headers["x-soket-cache"] == "miss"  # the oldest went first


def _cache_of(app):
    from soket.api.cache import ResponseCacheMiddleware

    stack = app.middleware_stack or app.build_middleware_stack()
    node = stack
    while not isinstance(node, ResponseCacheMiddleware):
        node = node.app
    return node


def test_concurrent_requests_for_one_answer_compute_it_once(two_reports, monkeypatch):
    url, _ = two_reports
    from soket.store import queries

    calls = []
    real = queries.facts_page
    lock = threading.Lock()

    def slow(*a, **kw):
        with lock:
            calls.append(1)
        time.sleep(0.3)
        return real(*a, **kw)

    monkeypatch.setattr(queries, "facts_page", slow)
    app = create_app(url, rate_limit="off")

    async def many():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            return await asyncio.gather(*(c.get("/api/facts", params={"limit": 7}) for _ in range(6)))

    answers = asyncio.run(many())
    assert all(r.status_code == 200 for r in answers)
    assert len({r.content for r in answers}) == 1
    assert len(calls) == 1
    assert sorted(r.headers["x-soket-cache"] for r in answers) == ["hit"] * 5 + ["miss"]


def test_cache_key_orders_parameters_by_name_and_keeps_repeats_in_order():
    def key(qs: bytes):
        return cache_key({"path": "/api/facts", "query_string": qs})

    assert key(b"limit=5&offset=0") == key(b"offset=0&limit=5")
    assert key(b"a=1&a=2") != key(b"a=2&a=1")
    assert key(b"q=%FF") != key(b"q=%FE")  # undecodable bytes are kept apart
    assert key(b"q=ng%C3%A2n") == ("/api/facts", (("q", "ngân"),))
    assert key(b"count=exact") is None and key(b"count=cached") is not None


def test_the_generation_is_read_off_the_event_loop_when_the_pool_is_busy(two_reports, monkeypatch):
    """On SQLite the generation is read on the event loop (50 µs), but never by waiting there for
    a pooled connection: with every pooled connection out it is read in the thread pool. PostgreSQL
    reads it in the thread pool always."""
    from soket.api.cache import ResponseCacheMiddleware

    url, _ = two_reports
    app = create_app(url, rate_limit="off")
    where: list[int] = []
    loop: list[int] = []
    real, real_gen = ResponseCacheMiddleware._read_generation, ResponseCacheMiddleware._generation

    def spy(self):
        where.append(threading.get_ident())
        return real(self)

    async def spy_gen(self):
        loop.append(threading.get_ident())  # the coroutine runs on the event loop
        return await real_gen(self)

    monkeypatch.setattr(ResponseCacheMiddleware, "_read_generation", spy)
    monkeypatch.setattr(ResponseCacheMiddleware, "_generation", spy_gen)
    store = app.state.store
    with TestClient(app) as c:
        _get(c, "/api/facts")
        held = [store.engine.connect() for _ in range(store.engine.pool.size())]
        try:
            assert _get(c, "/api/facts").headers["x-soket-cache"] == "hit"
        finally:
            for h in held:
                h.close()
        _get(c, "/api/facts")
    assert len(where) == 3 and len(set(loop)) == 1
    loop_thread = loop[0]
    if url.startswith("sqlite"):
        assert where[0] == loop_thread and where[1] != loop_thread and where[2] == loop_thread
    else:
        assert all(w != loop_thread for w in where)
