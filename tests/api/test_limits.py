"""Exports stream in constant memory with a row cap unless the token is given; expensive endpoints
have a per-client rate limit (429 with Retry-After)."""

from __future__ import annotations

import io
import json

import pytest

from soket.store.export import iter_export

from .conftest import TOKEN


def _rows(n: int, taken: list[int]):
    for i in range(n):
        taken[0] += 1
        yield {"fact_id": i, "value": 1.5, "subject": f"thu ngân sách {i}", "estimated": False}


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_export_stream_holds_one_chunk_of_rows_at_a_time(fmt: str) -> None:
    taken = [0]
    stream = iter_export(_rows(10_000, taken), fmt, chunk_rows=500)
    first = next(stream)
    assert first and taken[0] <= 501  # the first bytes go out after one chunk, not after all rows
    rest = list(stream)
    assert taken[0] == 10_000 and len(rest) >= 19
    data = first + b"".join(rest)
    if fmt == "json":
        assert len(json.loads(data)) == 10_000
    elif fmt == "csv":
        assert data.count(b"\n") == 10_001
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(io.BytesIO(data)).num_rows == 10_000


def test_export_is_capped_without_the_token(loaded_url, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from soket.api import create_app

    monkeypatch.setenv("SOKET_EXPORT_MAX_ROWS", "3")
    with TestClient(create_app(loaded_url, TOKEN)) as c:
        total = c.get("/api/facts", params={"limit": 1}).json()["total"]
        assert total > 3
        r = c.get("/api/export", params={"format": "json"})
        assert r.status_code == 200 and r.headers["x-row-limit"] == "3"
        assert len(json.loads(r.content)) == 3
        r = c.get("/api/export", params={"format": "json"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert "x-row-limit" not in r.headers and len(json.loads(r.content)) == total
        r = c.get("/api/export", params={"format": "csv", "limit": 2}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.content.count(b"\n") == 3 and r.headers["x-row-limit"] == "2"


def test_expensive_endpoints_are_rate_limited_per_client(loaded_url) -> None:
    from fastapi.testclient import TestClient

    from soket.api import create_app

    with TestClient(create_app(loaded_url, rate_limit="export=2/60,search=3/60")) as c:
        assert [c.get("/api/export").status_code for _ in range(2)] == [200, 200]
        r = c.get("/api/export")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert r.json()["ok"] is False and "too many requests" in r.json()["error"]
        assert [c.get("/api/search", params={"q": "thu"}).status_code for _ in range(4)] == [200, 200, 200, 429]
        assert all(c.get("/api/facts").status_code == 200 for _ in range(10))  # cheap endpoints are free
        assert c.get("/").status_code == 200  # the dashboard's own calls into the API are not counted


def test_rate_limit_can_be_turned_off(loaded_url) -> None:
    from fastapi.testclient import TestClient

    from soket.api import create_app

    with TestClient(create_app(loaded_url, rate_limit="off")) as c:
        assert all(c.get("/api/search", params={"q": "thu"}).status_code == 200 for _ in range(5))
