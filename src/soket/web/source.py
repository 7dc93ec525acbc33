"""The dashboard's data: the JSON API (``docs/api.md``) called in-process.

Pages are rendered on the server from the very JSON the browser could fetch from ``/api``: each
page sends GET requests straight into the running ASGI application (no socket, no network), so the
dashboard depends on the API contract only, never on how the store answers it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

PAGE = 1000  # the API's largest page


class ApiError(Exception):
    """The API answered an error: its status and message."""

    def __init__(self, status: int, message: str, path: str) -> None:
        super().__init__(f"{path}: {status} {message}")
        self.status = status
        self.message = message
        self.path = path


class ApiSource:
    """GET requests to ``/api/...`` of an ASGI app, answered as decoded JSON."""

    def __init__(self, app: Any, state: Mapping[str, Any] | None = None, prefix: str = "/api") -> None:
        self.app = app
        self.state = state
        self.prefix = prefix

    async def get(self, path: str, **params: Any) -> dict[str, Any]:
        full = self.prefix + path
        query = urlencode({k: v for k, v in params.items() if v is not None and v != ""})
        status, body = await _asgi_get(self.app, full, query, self.state)
        try:
            data = json.loads(body.decode("utf-8")) if body else {}
        except ValueError:
            data = {}
        if status >= 400 or not isinstance(data, dict):
            msg = data.get("error") if isinstance(data, dict) else None
            raise ApiError(status, str(msg or body[:200].decode("utf-8", "replace")), full)
        return data

    async def items(self, path: str, limit: int | None = None, **params: Any) -> tuple[list[dict[str, Any]], int]:
        """All items of a paged list (or the first ``limit``), and the total the API reports."""
        out: list[dict[str, Any]] = []
        offset = 0
        while True:
            want = PAGE if limit is None else min(PAGE, limit - len(out))
            page = await self.get(path, limit=want, offset=offset, **params)
            got = page.get("items") or []
            out.extend(got)
            total = int(page.get("total", len(out)))
            offset += len(got)
            if not got or offset >= total or (limit is not None and len(out) >= limit):
                return out, total


async def _asgi_get(app: Any, path: str, query: str, state: Mapping[str, Any] | None) -> tuple[int, bytes]:
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode("utf-8"),
        "root_path": "",
        "query_string": query.encode("ascii"),
        "headers": [(b"host", b"soket.internal"), (b"accept", b"application/json")],
        "client": ("127.0.0.1", 0),
        "server": ("soket.internal", 80),
    }
    if state is not None:
        scope["state"] = dict(state)
    done = asyncio.Event()
    sent = False
    status = 500
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await done.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                done.set()

    try:
        await app(scope, receive, send)
    finally:
        done.set()
    return status, b"".join(chunks)
