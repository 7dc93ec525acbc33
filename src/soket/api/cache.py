"""A cache of the read endpoints' JSON answers, in each server process, kept per state of the
store, with ETags (docs/api.md, "Caching").

- What: the ``200`` answers of ``GET`` :data:`CACHED_PATHS` (answers that depend on the documents,
  facts and meetings only), keyed by the path and the query string (its parameters in order of
  name; a name given twice keeps its values' order). ``count=exact`` (count again) is never
  cached. Errors are never cached.
- Fresh: each request reads the store's generation (:func:`soket.store.queries.store_generation`:
  the newest document, the largest fact id, the newest meeting override; one indexed statement)
  before anything else, and an answer is only served under the generation it was computed
  under. Any ingest, by this process, another worker or another program, changes the
  generation, and every kept answer is dropped at the next request: never a stale answer.
- Shared work: requests for an answer being computed wait for it instead of computing it again.
- HTTP: every answer of these paths carries ``ETag`` (a hash of its bytes) and ``Cache-Control:
  no-cache`` (a client may keep it, and revalidates each time); ``If-None-Match`` with the
  current ETag answers ``304`` without a body. ``X-Soket-Cache`` says ``hit`` or ``miss``.
- Bounded: ``max_bytes`` of bodies per process (``SOKET_RESPONSE_CACHE_MB``, 64 by default; 0
  turns the cache off, ETags included), least recently used dropped first.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import parse_qsl

import anyio.to_thread
from sqlalchemy.pool import QueuePool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from soket.store import queries
from soket.store.db import Store

log = logging.getLogger("soket.api")

CACHED_PATHS = frozenset({
    "/api/facts", "/api/search", "/api/table/facts", "/api/table/documents", "/api/compare",
    "/api/localities", "/api/documents",
})
"""Read endpoints whose answers depend on the stored documents, facts and meetings only (not on
the issues a later history check rewrites: a document's or a meeting's detail is not cached)."""

CACHE_CONTROL = b"no-cache"

Key = tuple[str, tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class Entry:
    """One kept answer: its body, its headers as the handler sent them, its ETag."""

    body: bytes
    headers: tuple[tuple[bytes, bytes], ...]
    etag: bytes


def cache_key(scope: Scope) -> Key | None:
    """The path and the query's parameters in order of name (lossless: undecodable bytes are
    kept as they are), or None where the request asks to compute again (``count=exact``)."""
    qs = (scope.get("query_string") or b"").decode("latin-1")
    pairs = parse_qsl(qs, keep_blank_values=True, encoding="utf-8", errors="surrogateescape")
    if ("count", "exact") in pairs:
        return None
    return scope["path"], tuple(sorted(pairs, key=lambda kv: kv[0]))


def etag_of(body: bytes) -> bytes:
    return b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'


def _matches(if_none_match: bytes, etag: bytes) -> bool:
    """``If-None-Match`` names ``etag`` (weak comparison, as RFC 9110 asks for this header) or is ``*``."""
    tags = [t.strip() for t in if_none_match.split(b",")]
    return any(t == b"*" or t.removeprefix(b"W/") == etag for t in tags)


class ResponseCacheMiddleware:
    """The cache of this module's docstring, around the app's routes (inside the rate limit and
    CORS, so those still see every request)."""

    def __init__(self, app: ASGIApp, store: Store, max_bytes: int, paths: frozenset[str] = CACHED_PATHS) -> None:
        self.app = app
        self.store = store
        self.max_bytes = max_bytes
        self.paths = paths
        self.inline = store.dialect == "sqlite"  # a local file: read the generation on the event loop
        self._lock = threading.Lock()
        self._entries: OrderedDict[Key, Entry] = OrderedDict()
        self._size = 0
        self._gen: tuple[object, ...] | None = None
        self._pending: dict[tuple[tuple[object, ...], Key], asyncio.Future[Entry | None]] = {}

    # -- the store's generation ---------------------------------------------------------------

    def _read_generation(self) -> tuple[object, ...]:
        with self.store.read() as s:
            return queries.store_generation(s)

    def _pool_has_room(self) -> bool:
        """A connection can be had at once: the event loop never waits for one (the threads
        that hold them may need the loop to finish, a streamed export does)."""
        pool = self.store.engine.pool
        return isinstance(pool, QueuePool) and pool.checkedout() < pool.size()

    async def _generation(self) -> tuple[object, ...]:
        if self.inline and self._pool_has_room():
            return self._read_generation()
        return await anyio.to_thread.run_sync(self._read_generation)

    # -- the kept answers ---------------------------------------------------------------------

    def _get(self, gen: tuple[object, ...], key: Key) -> Entry | None:
        with self._lock:
            if gen != self._gen:  # the store changed: nothing kept is valid any more
                self._entries.clear()
                self._size = 0
                self._gen = gen
                return None
            e = self._entries.get(key)
            if e is not None:
                self._entries.move_to_end(key)
            return e

    def _put(self, gen: tuple[object, ...], key: Key, e: Entry) -> None:
        size = len(e.body) + 64 * len(e.headers)
        if size > self.max_bytes // 4:
            return
        with self._lock:
            if gen != self._gen:  # computed under a generation that is no longer the newest seen
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= len(old.body) + 64 * len(old.headers)
            self._entries[key] = e
            self._size += size
            while self._size > self.max_bytes and self._entries:
                _, gone = self._entries.popitem(last=False)
                self._size -= len(gone.body) + 64 * len(gone.headers)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._size = 0
            self._gen = None

    def __len__(self) -> int:
        return len(self._entries)

    # -- ASGI ---------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.paths
                or self.max_bytes <= 0):
            await self.app(scope, receive, send)
            return
        key = cache_key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        try:
            gen = await self._generation()
        except Exception as e:  # the store unreachable: the handler answers (or fails) as it would
            log.warning("response cache: no generation: %s", e)
            await self.app(scope, receive, send)
            return
        entry = self._get(gen, key)
        if entry is not None:
            await self._send(scope, send, entry, b"hit")
            return
        loop = asyncio.get_running_loop()
        pending = self._pending.get((gen, key))
        if pending is not None and pending.get_loop() is loop:  # being computed: wait for it
            entry = await asyncio.shield(pending)
            if entry is not None:
                await self._send(scope, send, entry, b"hit")
                return
        fut: asyncio.Future[Entry | None] = loop.create_future()
        mine = (gen, key) not in self._pending
        if mine:
            self._pending[(gen, key)] = fut
        try:
            entry = await self._compute(scope, receive, send)
            if entry is not None:
                self._put(gen, key, entry)
                await self._send(scope, send, entry, b"miss")
        finally:
            if mine:
                self._pending.pop((gen, key), None)
                fut.set_result(entry)

    async def _compute(self, scope: Scope, receive: Receive, send: Send) -> Entry | None:
        """Run the app, keeping its answer. A ``200`` comes back as an :class:`Entry` (sent by
        the caller); anything else is sent on as it came, and None returned."""
        start: Message | None = None
        chunks: list[bytes] = []

        async def keep(msg: Message) -> None:
            nonlocal start
            if msg["type"] == "http.response.start":
                start = msg
            elif msg["type"] == "http.response.body":
                chunks.append(msg.get("body", b""))

        await self.app(scope, receive, keep)
        assert start is not None, "the app sent no response"
        body = b"".join(chunks)
        if start["status"] != 200:
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return None
        headers = tuple((k, v) for k, v in start.get("headers") or () if k.lower() not in (b"etag", b"cache-control"))
        return Entry(body, headers, etag_of(body))

    @staticmethod
    async def _send(scope: Scope, send: Send, entry: Entry, how: bytes) -> None:
        inm = next((v for k, v in scope.get("headers") or () if k == b"if-none-match"), None)
        ours = [(b"etag", entry.etag), (b"cache-control", CACHE_CONTROL), (b"x-soket-cache", how)]
        if inm is not None and _matches(inm, entry.etag):
            await send({"type": "http.response.start", "status": 304, "headers": ours})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": [*entry.headers, *ours]})
        await send({"type": "http.response.body", "body": entry.body})


__all__ = ["CACHED_PATHS", "ResponseCacheMiddleware", "cache_key", "etag_of"]
