"""The HTTP API (``docs/api.md``): FastAPI over the store, under ``/api``.

- Read-only unless a write token is configured; then ``POST /api/documents`` needs
  ``Authorization: Bearer <token>``.
- Every error, whatever raised it, answers ``{"ok": false, "status": N, "error": "...", "errors": [...]}``.
- Request bodies over ``max_body`` bytes (20 MB by default) answer 413 in that envelope.
- No CORS unless origins are given. Parameters are validated (bounds, enums); queries are
  SQLAlchemy expressions with bound parameters.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from soket.api.cache import ResponseCacheMiddleware
from soket.api.ratelimit import RateLimitMiddleware, rules_of
from soket.api.routes import router as api_router
from soket.ingest import ReadOptions
from soket.settings import Settings
from soket.store import queries
from soket.store.db import Store
from soket.web import router as web_router

log = logging.getLogger("soket.api")


# Sent with every response. Scripts only from this origin, none inline ('unsafe-eval': Vega
# compiles chart expressions); styles may be set by Vega's embed; no framing, no MIME sniffing.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self' 'unsafe-eval'; "
                                "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
                                "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

# --- errors -------------------------------------------------------------------------------------


def error_response(status: int, error: str, errors: list[Any] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"ok": False, "status": status, "error": error, "errors": errors or []}
    return JSONResponse(body, status_code=status, headers=headers)


class BodyTooLarge(StarletteHTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body too large (limit {limit} bytes)")


async def _http_error(_req: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else "error"
    errors: list[Any] = exc.detail if isinstance(exc.detail, list) else []
    return error_response(exc.status_code, detail, jsonable_encoder(errors), getattr(exc, "headers", None))


async def _validation_error(_req: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
              for e in exc.errors()]
    first: dict[str, Any] = errors[0] if errors else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(x) for x in first["loc"] if x not in ("query", "path", "body"))
    return error_response(422, f"{where}: {first['msg']}" if where else str(first["msg"]), errors)


async def _unexpected(_req: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return error_response(500, "internal server error")


class BodyLimitMiddleware:
    """Answer 413 for bodies over ``max_body`` bytes: by Content-Length up front, or while reading."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers") or ():
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_body
                except ValueError:
                    too_big = False
                if too_big:
                    await error_response(413, f"request body too large (limit {self.max_body} bytes)")(
                        scope, receive, send)
                    return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return msg

        async def watch(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, limited, watch)
        except BodyTooLarge as e:
            if started:
                raise
            await error_response(413, str(e.detail))(scope, receive, send)


class NulGuardMiddleware:
    """A NUL character in the query string or path is answered 422: no database stores it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            qs = scope.get("query_string") or b""
            if b"\x00" in qs or b"%00" in qs.lower() or "\x00" in scope.get("path", ""):
                await error_response(422, "NUL characters are not allowed in parameters")(scope, receive, send)
                return
        await self.app(scope, receive, send)


class SecurityHeadersMiddleware:
    """Add :data:`SECURITY_HEADERS` to every HTTP response (those already set are kept)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                have = {k.lower() for k, _ in msg.get("headers") or ()}
                msg["headers"] = list(msg.get("headers") or ()) + [h for h in self.headers if h[0] not in have]
            await send(msg)

        await self.app(scope, receive, with_headers)


# --- the app ------------------------------------------------------------------------------------


def _warm(store: Store) -> None:
    """Build what the first requests would otherwise wait for (the facts cube), and say so."""
    t = time.perf_counter()
    try:
        with store.read() as s:
            queries.facts_cube(s)
    except Exception as e:  # a warm-up that fails leaves the first request to build it
        log.warning("warm-up: the facts cube was not built: %s", e)
        return
    log.info("warm-up: facts cube built in %.1f s", time.perf_counter() - t)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    if app.state.warm:  # before the first request is taken (a readiness gate): none waits for the cube
        await anyio.to_thread.run_sync(_warm, app.state.store)
    yield


def create_app(store: Store | str | None = None, write_token: str | None = None, *,
               max_body: int | None = None, cors_origins: list[str] | None = None,
               rate_limit: str | None = None, settings: Settings | None = None,
               warm: bool | None = None, response_cache_mb: float | None = None) -> FastAPI:
    """The API over ``store`` (a :class:`Store`, or a URL / SQLite path to open and migrate).

    Unset arguments come from ``settings`` (read from the environment here when None:
    ``SOKET_DB``, ``SOKET_WRITE_TOKEN``, ``SOKET_MAX_BODY``, ``SOKET_RATE_LIMIT``,
    ``SOKET_RATE_LIMIT_FILE``, ``SOKET_CUBE_DIR``, ``SOKET_CORS_ORIGINS``; an upload is read with their
    :class:`~soket.ingest.ReadOptions`). ``write_token``
    enables uploads; ``max_body`` (bytes) bounds request bodies; ``cors_origins`` turns CORS on for
    them; ``rate_limit``: "off", or rules by name (``api/ratelimit.py``); ``warm``: build the
    facts cube as the app starts, before it takes a request (``SOKET_WARM``; ``soket serve`` sets it);
    ``response_cache_mb``: the read endpoints' answers kept per state of the store, with ETags
    (``SOKET_RESPONSE_CACHE_MB``, 64; 0: none; ``api/cache.py``).
    """
    cfg = settings or Settings()
    st = store if isinstance(store, Store) else Store.open(store or cfg.db)
    token = write_token if write_token is not None else cfg.write_token or None
    limit = max_body if max_body is not None else cfg.max_body
    # /docs is served by soket.web (Swagger UI vendored under web/static/vendor: no CDN)
    app = FastAPI(title="soket", version=_version(),
                  description="Structured records from Vietnamese review reports (docs/api.md).",
                  docs_url=None, redoc_url=None, lifespan=_lifespan)
    app.state.store = st
    if cfg.cube_dir:  # serve --workers: the workers build each state's facts cube once between them
        queries.share_cubes(str(st.engine.url), cfg.cube_dir)
    app.state.warm = cfg.warm if warm is None else warm
    app.state.db_url = st.url
    app.state.write_token = token
    app.state.export_max_rows = cfg.export_max_rows
    app.state.sessions = st.sessions()
    app.state.read = ReadOptions.of(cfg)
    cors_origins = cors_origins if cors_origins is not None else cfg.cors_list()
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
    cache_mb = response_cache_mb if response_cache_mb is not None else cfg.response_cache_mb
    if cache_mb > 0:  # innermost: CORS, the rate limit and the security headers see every request
        app.add_middleware(ResponseCacheMiddleware, store=st, max_bytes=int(cache_mb * 1024 * 1024))
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimitMiddleware, max_body=limit)
    app.add_middleware(NulGuardMiddleware)
    app.add_middleware(RateLimitMiddleware, rules=rules_of(rate_limit if rate_limit is not None else cfg.rate_limit),
                       shared=cfg.rate_limit_file)  # set by serve --workers
    app.add_middleware(SecurityHeadersMiddleware)
    app.include_router(api_router)
    app.include_router(web_router)
    return app


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("soket")
    except Exception:
        return "0"


__all__ = ["BodyLimitMiddleware", "SecurityHeadersMiddleware", "create_app", "error_response"]
