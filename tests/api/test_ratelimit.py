"""The per-client rate limit holds across the worker processes of one server: they share their
buckets in one file (``soket serve --workers N`` sets ``SOKET_RATE_LIMIT_FILE``)."""

from __future__ import annotations

import multiprocessing as mp

from fastapi import FastAPI
from fastapi.testclient import TestClient

from soket.api.ratelimit import RateLimitMiddleware, SharedBuckets

RULES = {"search": ("GET", "/api/search", 10, 3600.0)}


def _take(path: str, k: int, q: mp.Queue) -> None:
    b = SharedBuckets(path)
    q.put(sum(1 for _ in range(k) if b.take("1.2.3.4\tsearch", 10, 3600.0) == 0.0))


def test_workers_share_one_bucket_per_client(tmp_path) -> None:
    """Two processes taking 8 requests each from a 10-request bucket: 10 pass in all, not 16."""
    path = str(tmp_path / "rl.db")
    SharedBuckets(path)
    ctx = mp.get_context("spawn")
    q: mp.Queue = ctx.Queue()
    procs = [ctx.Process(target=_take, args=(path, 8, q)) for _ in range(2)]
    for p in procs:
        p.start()
    passed = [q.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(30)
    assert sum(passed) == 10, passed


def _app(shared: str) -> TestClient:
    app = FastAPI()

    @app.get("/api/search")
    def search() -> dict[str, bool]:
        return {"ok": True}

    app.add_middleware(RateLimitMiddleware, rules=RULES, shared=shared)
    return TestClient(app, client=("1.2.3.4", 5555))


def test_two_apps_on_one_file_limit_a_client_together(tmp_path) -> None:
    """Requests alternating between two 'workers' meet the limit after 10, with Retry-After;
    another client has its own bucket; without a shared file each app counts alone."""
    path = str(tmp_path / "rl.db")
    a, b = _app(path), _app(path)
    codes = [(a if i % 2 else b).get("/api/search").status_code for i in range(14)]
    assert codes == [200] * 10 + [429] * 4
    r = a.get("/api/search")
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    app = FastAPI()

    @app.get("/api/search")
    def search() -> dict[str, bool]:
        return {"ok": True}

    app.add_middleware(RateLimitMiddleware, rules=RULES, shared=path)
    other = TestClient(app, client=("5.6.7.8", 5555))
    assert other.get("/api/search").status_code == 200
    alone_a, alone_b = _app(""), _app("")
    assert [(alone_a if i % 2 else alone_b).get("/api/search").status_code for i in range(14)].count(200) == 14
