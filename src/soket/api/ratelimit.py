"""A per-client rate limit on the expensive endpoints (token buckets, in process).

Rules map a path to (requests, seconds): a client (its IP address) may make that many requests
in that window, refilled continuously; over it answers 429 with ``Retry-After``. The defaults
(:data:`DEFAULT_RULES`) let a person browse freely and stop a script that loops over exports or
searches. ``SOKET_RATE_LIMIT=off`` turns it off (load tests); ``SOKET_RATE_LIMIT="export=5/60,
search=100/60"`` overrides rules by name. With several workers each process keeps its own
buckets (the limit is per worker). Requests without a client address (the dashboard's own calls
into the API, in process) are not counted.
"""

from __future__ import annotations

import math
import os
import time
from collections import OrderedDict

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

# name: (method or "", path prefix, requests, seconds)
DEFAULT_RULES: dict[str, tuple[str, str, int, float]] = {
    "export": ("GET", "/api/export", 30, 60.0),
    "search": ("GET", "/api/search", 600, 60.0),
    "compare": ("GET", "/api/compare", 600, 60.0),
    "upload": ("POST", "/api/documents", 60, 60.0),
    "search_page": ("GET", "/search", 600, 60.0),
    "compare_page": ("GET", "/compare", 600, 60.0),
}
MAX_CLIENTS = 50_000  # buckets kept; the least recently seen go first


def rules_from_env(value: str | None = None) -> dict[str, tuple[str, str, int, float]] | None:
    """The rules, with ``SOKET_RATE_LIMIT`` applied; None when it says off."""
    v = os.environ.get("SOKET_RATE_LIMIT", "") if value is None else value
    if v.strip().lower() in ("off", "0", "none", "false"):
        return None
    rules = dict(DEFAULT_RULES)
    for part in filter(None, (p.strip() for p in v.split(","))):
        name, _, spec = part.partition("=")
        n, _, secs = spec.partition("/")
        if name in rules and n.strip().isdigit():
            method, prefix, _, _ = rules[name]
            rules[name] = (method, prefix, int(n), float(secs or 60))
    return rules


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, rules: dict[str, tuple[str, str, int, float]] | None) -> None:
        self.app = app
        self.rules = rules or {}
        self.buckets: OrderedDict[tuple[str, str], tuple[float, float]] = OrderedDict()

    def _rule(self, scope: Scope) -> tuple[str, int, float] | None:
        path, method = scope.get("path", ""), scope.get("method", "GET")
        for name, (m, prefix, n, secs) in self.rules.items():
            if (not m or m == method) and (path == prefix or path.startswith(prefix + "/")):
                return name, n, secs
        return None

    def _take(self, key: tuple[str, str], n: int, secs: float) -> float:
        """0 when a request is allowed, else the seconds until one is."""
        now = time.monotonic()
        tokens, at = self.buckets.pop(key, (float(n), now))
        tokens = min(float(n), tokens + (now - at) * n / secs)
        wait = 0.0
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = (1.0 - tokens) * secs / n
        self.buckets[key] = (tokens, now)
        while len(self.buckets) > MAX_CLIENTS:
            self.buckets.popitem(last=False)
        return wait

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client") if scope["type"] == "http" else None
        rule = self._rule(scope) if client and self.rules else None
        if rule is not None:
            name, n, secs = rule
            wait = self._take((str(client[0]), name), n, secs)  # type: ignore[index]  # (host, port)
            if wait > 0:
                retry = str(max(1, math.ceil(wait)))
                msg = f"too many requests to {scope['path']}: at most {n} per {secs:g} s per client; retry in {retry} s"
                body = {"ok": False, "status": 429, "error": msg, "errors": []}  # the API's error envelope
                await JSONResponse(body, status_code=429, headers={"Retry-After": retry})(scope, receive, send)
                return
        await self.app(scope, receive, send)


__all__ = ["DEFAULT_RULES", "RateLimitMiddleware", "rules_from_env"]
