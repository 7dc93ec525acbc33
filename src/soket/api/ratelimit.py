"""A per-client rate limit on the expensive endpoints (token buckets, in process).

Rules map a path to (requests, seconds): a client (its IP address) may make that many requests
in that window, refilled continuously; over it answers 429 with ``Retry-After``. The defaults
(:data:`DEFAULT_RULES`) let a person browse freely and stop a script that loops over exports or
searches. ``SOKET_RATE_LIMIT=off`` turns it off (load tests); ``SOKET_RATE_LIMIT="export=5/60,
search=100/60"`` overrides rules by name. Requests without a client address (the dashboard's own
calls into the API, in process) are not counted.

Several workers (``soket serve --workers N``) share their buckets: the server's processes keep
them in one small SQLite file (:class:`SharedBuckets`, ``SOKET_RATE_LIMIT_FILE``, which ``soket
serve`` sets to a file of its own), each take a short ``BEGIN IMMEDIATE`` transaction, so a
client gets the limit once across the workers, not once per worker. One process alone keeps
its buckets in memory.
"""

from __future__ import annotations

import math
import sqlite3
import threading
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


def rules_of(value: str | None = None) -> dict[str, tuple[str, str, int, float]] | None:
    """The rules, with ``value`` (the setting ``SOKET_RATE_LIMIT``) applied; None when it says off."""
    v = value or ""
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


def _refill(tokens: float, at: float, now: float, n: int, secs: float) -> tuple[float, float]:
    """(tokens left, seconds to wait: 0 when the request is allowed) after one request at ``now``."""
    tokens = min(float(n), tokens + max(0.0, now - at) * n / secs)
    if tokens >= 1.0:
        return tokens - 1.0, 0.0
    return tokens, (1.0 - tokens) * secs / n


class SharedBuckets:
    """Token buckets in a SQLite file that every worker process of one server opens: one short
    write transaction per counted request (a few hundred µs), so the limit holds across workers.
    ``time.monotonic`` is the system's monotonic clock on Linux, the same in every process."""

    PRUNE_EVERY = 1000

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self._n = 0
        con = self._con()
        con.execute("CREATE TABLE IF NOT EXISTS buckets (k TEXT PRIMARY KEY, tokens REAL NOT NULL, at REAL NOT NULL)")

    def _con(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=OFF")  # counters: losing the last ones in a crash is fine
            self._local.con = con
        return con

    def take(self, key: str, n: int, secs: float) -> float:
        con = self._con()
        now = time.monotonic()
        con.execute("BEGIN IMMEDIATE")
        try:
            row = con.execute("SELECT tokens, at FROM buckets WHERE k = ?", (key,)).fetchone()
            have, at = row if row is not None else (float(n), now)
            tokens, wait = _refill(float(have), float(at), now, n, secs)
            con.execute("INSERT OR REPLACE INTO buckets (k, tokens, at) VALUES (?, ?, ?)", (key, tokens, now))
            self._n += 1
            if self._n % self.PRUNE_EVERY == 0:  # buckets idle long enough to be full again
                con.execute("DELETE FROM buckets WHERE at < ?", (now - 3600.0,))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return wait


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, rules: dict[str, tuple[str, str, int, float]] | None,
                 shared: str | None = None) -> None:
        self.app = app
        self.rules = rules or {}
        self.buckets: OrderedDict[tuple[str, str], tuple[float, float]] = OrderedDict()
        self.shared = SharedBuckets(shared) if shared and self.rules else None

    def _rule(self, scope: Scope) -> tuple[str, int, float] | None:
        path, method = scope.get("path", ""), scope.get("method", "GET")
        for name, (m, prefix, n, secs) in self.rules.items():
            if (not m or m == method) and (path == prefix or path.startswith(prefix + "/")):
                return name, n, secs
        return None

    def _take(self, key: tuple[str, str], n: int, secs: float) -> float:
        """0 when a request is allowed, else the seconds until one is."""
        if self.shared is not None:
            return self.shared.take("\t".join(key), n, secs)
        now = time.monotonic()
        tokens, at = self.buckets.pop(key, (float(n), now))
        tokens, wait = _refill(tokens, at, now, n, secs)
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


__all__ = ["DEFAULT_RULES", "RateLimitMiddleware", "SharedBuckets", "rules_of"]
