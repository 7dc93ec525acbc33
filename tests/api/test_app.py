"""The app factory and its middleware (api/app.py): one error envelope, the body limit, the NUL
guard, the security headers, settings read at the edge."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI, HTTPException, Query
from fastapi.testclient import TestClient
from starlette.requests import Request
from starlette.responses import PlainTextResponse

from soket.api import create_app
from soket.api.app import (
    SECURITY_HEADERS,
    BodyLimitMiddleware,
    NulGuardMiddleware,
    SecurityHeadersMiddleware,
    error_response,
)
from soket.settings import Settings
from soket.store import Store

from .conftest import TOKEN, assert_error


def test_error_response_is_the_envelope():
    r = error_response(418, "teapot", [{"loc": ["query", "x"]}], headers={"Retry-After": "3"})
    assert r.status_code == 418 and r.headers["retry-after"] == "3"
    assert json.loads(r.body) == {"ok": False, "status": 418, "error": "teapot", "errors": [{"loc": ["query", "x"]}]}
    assert json.loads(error_response(404, "no").body)["errors"] == []


# --- the middleware, each around a small app of its own ------------------------------------------


def _echo_app() -> FastAPI:
    app = FastAPI()

    @app.post("/echo")
    async def echo(request: Request) -> PlainTextResponse:
        return PlainTextResponse(str(len(await request.body())))

    @app.get("/hello")
    def hello(q: str = "") -> PlainTextResponse:
        return PlainTextResponse("hello " + q, headers={"X-Frame-Options": "SAMEORIGIN"})

    return app


def test_body_limit_by_content_length_and_while_reading():
    app = _echo_app()
    app.add_middleware(BodyLimitMiddleware, max_body=100)
    with TestClient(app) as c:
        assert c.post("/echo", content=b"x" * 100).text == "100"  # at the limit: read
        body = assert_error(c.post("/echo", content=b"x" * 101), 413)
        assert "limit 100 bytes" in body["error"]

        def chunks():  # no Content-Length: counted as it is read
            for _ in range(5):
                yield b"y" * 30

        # raised while the handler reads: a BodyTooLarge (an HTTP 413) that the app's handler answers
        assert c.post("/echo", content=chunks()).status_code == 413
        assert c.get("/hello").status_code == 200  # no body: untouched


def test_a_bad_content_length_is_read_and_counted():
    app = _echo_app()
    inner = BodyLimitMiddleware(app, max_body=10)
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"z" * 50, "more_body": False}

    async def send(msg):
        sent.append(msg)

    import asyncio

    scope = {"type": "http", "method": "POST", "path": "/echo", "raw_path": b"/echo", "query_string": b"",
             "headers": [(b"content-length", b"not-a-number")], "http_version": "1.1", "scheme": "http",
             "server": ("t", 80), "client": ("c", 1), "root_path": "", "app": app}
    asyncio.run(inner(scope, receive, send))
    assert sent[0]["status"] == 413


def test_nul_characters_in_parameters_are_refused():
    app = _echo_app()
    app.add_middleware(NulGuardMiddleware)
    with TestClient(app) as c:
        assert c.get("/hello", params={"q": "ngân sách"}).text == "hello ngân sách"
        for q in ("a\x00b", "\x00"):
            body = assert_error(c.get("/hello", params={"q": q}), 422)
            assert "NUL" in body["error"]
        assert_error(c.get("/hello?q=a%00b"), 422)
        assert_error(c.get("/hello?q=%00"), 422)


def test_security_headers_are_added_and_set_ones_kept():
    app = _echo_app()
    app.add_middleware(SecurityHeadersMiddleware)
    with TestClient(app) as c:
        r = c.get("/hello")
    assert r.headers["x-frame-options"] == "SAMEORIGIN"  # the handler's own wins
    assert r.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert len(r.headers.get_list("x-frame-options")) == 1


# --- create_app over a store, on each backend -----------------------------------------------------


def test_create_app_takes_a_url_or_a_store(empty_url):
    app = create_app(empty_url, rate_limit="off")
    assert isinstance(app.state.store, Store) and app.state.db_url == app.state.store.url
    assert app.state.write_token is None  # no token: read-only
    with TestClient(app) as c:
        health = c.get("/api/health").json()
    assert health["ok"] and health["counts"]["documents"] == 0  # migrated on open
    with Store.open(empty_url) as st:
        app2 = create_app(st, rate_limit="off")
        assert app2.state.store is st


def test_create_app_reads_unset_arguments_from_the_settings(empty_url):
    cfg = Settings(db=empty_url, write_token=TOKEN, max_body=500, cors_origins="https://a.example, https://b.example",
                   export_max_rows=7, rate_limit="off")
    app = create_app(settings=cfg)
    assert app.state.write_token == TOKEN and app.state.export_max_rows == 7
    with TestClient(app, raise_server_exceptions=False) as c:
        assert_error(c.post("/api/documents", content=b"x" * 600,
                            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}), 413)
        r = c.get("/api/health", headers={"Origin": "https://b.example"})
        assert r.headers["access-control-allow-origin"] == "https://b.example"
        r = c.get("/api/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers
    # an argument given beats the settings
    app = create_app(empty_url, write_token="", max_body=10_000, cors_origins=[], settings=cfg)
    assert not app.state.write_token  # "" given: no token, read-only
    with TestClient(app, raise_server_exceptions=False) as c:
        assert "access-control-allow-origin" not in c.get(
            "/api/health", headers={"Origin": "https://b.example"}).headers
        assert_error(c.post("/api/documents", files={"file": ("a.txt", b"Thu ngan sach.")}), 403)


def test_every_error_is_in_the_envelope(empty_url, monkeypatch):
    """HTTP errors, validation errors (saying which parameter) and unexpected exceptions (saying
    nothing of the internals) all answer ``{ok: false, status, error, errors}``."""
    from soket.store import queries

    app = create_app(empty_url, rate_limit="off")

    @app.get("/x/listed")
    def listed() -> None:
        raise HTTPException(409, [{"loc": ["body"], "msg": "two of them"}])

    @app.get("/x/bounded")
    def bounded(n: int = Query(ge=1)) -> int:
        return n

    def boom(*a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "counts", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        assert_error(c.get("/nowhere"), 404)
        assert_error(c.delete("/api/facts"), 405)
        body = assert_error(c.get("/x/listed"), 409)
        assert body["error"] == "error" and body["errors"] == [{"loc": ["body"], "msg": "two of them"}]
        body = assert_error(c.get("/x/bounded", params={"n": 0}), 422)
        assert body["error"].startswith("n: ") and body["errors"][0]["loc"] == ["query", "n"]
        body = assert_error(c.get("/api/health"), 500)
        assert body["error"] == "internal server error" and "secret" not in json.dumps(body)


def test_the_api_and_the_dashboard_are_mounted(empty_url):
    with TestClient(create_app(empty_url, rate_limit="off")) as c:
        paths = c.get("/openapi.json").json()["paths"]
        assert "/api/facts" in paths and "/api/meetings/{meeting_id}" in paths
        assert c.get("/").status_code == 200 and "text/html" in c.get("/").headers["content-type"]
        assert c.get("/docs").status_code == 200  # Swagger UI served by soket.web, not a CDN


@pytest.mark.parametrize("limit", ["off"])
def test_rate_limit_off_never_answers_429(empty_url, limit):
    with TestClient(create_app(empty_url, rate_limit=limit)) as c:
        assert {c.get("/api/search", params={"q": "ngân sách"}).status_code for _ in range(40)} == {200}


def test_body_limit_413(empty_url):
    app = create_app(empty_url, write_token=TOKEN, max_body=1000)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/api/documents", files={"file": ("big.txt", b"x" * 5000)}, headers=auth)
        assert_error(r, 413)

        def chunks():  # no Content-Length: counted while read
            for _ in range(10):
                yield b"y" * 500

        r = c.post("/api/documents", content=chunks(),
                   headers={**auth, "Content-Type": "multipart/form-data; boundary=xyz"})
        assert_error(r, 413)
        ok = c.post("/api/documents", files={"file": ("s.txt", "Thu ngân sách đạt 5 tỷ đồng.".encode())},
                    headers=auth)
        assert ok.status_code == 201


def test_a_warm_app_builds_the_facts_cube_as_it_starts(tmp_path):
    """``warm=True`` (``soket serve``'s default, ``SOKET_WARM``) builds the facts cube at start-up,
    before the app takes its first request (a readiness gate: no request waits for the build), so
    the first explorer request finds it; without it nothing is built."""
    from sqlalchemy import event

    from soket.store import store_records
    from soket.store.queries import facts_cube, forget_cached
    from store.synthetic import records  # tests/store/synthetic.py

    url = f"sqlite:///{tmp_path / 'w.db'}"
    with Store.open(url) as st:
        with st.write() as s:
            store_records(s, records(6, 20))
        for warm, grouped in ((False, 1), (True, 0)):
            forget_cached()
            with TestClient(create_app(st, warm=warm)):  # entered: the app's start-up has run
                seen: list[str] = []

                def listen(conn, cursor, statement, *rest, seen=seen):
                    seen.append(statement)

                event.listen(st.engine, "before_cursor_execute", listen)
                try:
                    with st.read() as s:
                        assert facts_cube(s).num_rows > 0
                finally:
                    event.remove(st.engine, "before_cursor_execute", listen)
                assert len([q for q in seen if " GROUP BY " in q.upper()]) == grouped, warm
    assert Settings(warm=True).warm and not Settings().warm
