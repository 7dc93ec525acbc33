"""soket.web.source: the dashboard's GET requests sent into an ASGI app in-process, answered as
JSON; paged lists gathered; errors raised with their status."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import parse_qs

import pytest

from soket.web.source import PAGE, ApiError, ApiSource

ITEMS = [{"id": i} for i in range(2500)]


class App:
    """A tiny ASGI app: /api/facts pages ITEMS, /api/state echoes the scope's state, the rest 404."""

    def __init__(self):
        self.calls: list[tuple[str, dict]] = []

    async def __call__(self, scope, receive, send):
        assert scope["type"] == "http" and scope["method"] == "GET"
        await receive()
        q = {k: v[0] for k, v in parse_qs(scope["query_string"].decode()).items()}
        self.calls.append((scope["path"], q))
        if scope["path"] == "/api/facts":
            off, lim = int(q.get("offset", 0)), int(q.get("limit", 50))
            status, body = 200, {"total": len(ITEMS), "items": ITEMS[off:off + lim]}
        elif scope["path"] == "/api/state":
            status, body = 200, {"state": scope.get("state"), "q": q}
        elif scope["path"] == "/api/text":
            await send({"type": "http.response.start", "status": 500, "headers": []})
            await send({"type": "http.response.body", "body": b"Internal Server Error"})
            return
        else:
            status, body = 404, {"error": "không tìm thấy"}
        await send({"type": "http.response.start", "status": status, "headers": []})
        data = json.dumps(body).encode()
        await send({"type": "http.response.body", "body": data[:10], "more_body": True})
        await send({"type": "http.response.body", "body": data[10:]})


def test_get_drops_empty_params_and_passes_state():
    app = App()
    got = asyncio.run(ApiSource(app, state={"store": "x"}).get("/state", locality="Sơn Tây", year=None, q=""))
    assert got == {"state": {"store": "x"}, "q": {"locality": "Sơn Tây"}}


def test_items_pages_through_a_list():
    app = App()
    items, total = asyncio.run(ApiSource(app).items("/facts"))
    assert total == 2500 and items == ITEMS
    assert [c[1]["limit"] for c in app.calls] == [str(PAGE)] * 3
    app.calls.clear()
    items, _ = asyncio.run(ApiSource(app).items("/facts", limit=30))
    assert len(items) == 30 and len(app.calls) == 1


def test_errors_carry_status_and_message():
    src = ApiSource(App())
    with pytest.raises(ApiError) as e:
        asyncio.run(src.get("/nothing"))
    assert (e.value.status, e.value.message, e.value.path) == (404, "không tìm thấy", "/api/nothing")
    with pytest.raises(ApiError) as e:
        asyncio.run(src.get("/text"))
    assert e.value.status == 500 and "Internal Server Error" in e.value.message
