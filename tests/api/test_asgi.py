"""The app that ``soket serve --workers N`` has each worker build (api/asgi.py): from the
environment ``serve`` sets, on each backend."""

from __future__ import annotations

from fastapi.testclient import TestClient

from soket.api import asgi

from .conftest import TOKEN


def test_create_builds_the_app_from_the_environment(empty_url, monkeypatch):
    monkeypatch.setenv("SOKET_DB", empty_url)
    monkeypatch.setenv("SOKET_WRITE_TOKEN", TOKEN)
    monkeypatch.setenv("SOKET_MAX_BODY", "300")
    monkeypatch.setenv("SOKET_CORS_ORIGINS", "https://a.example,https://b.example")
    monkeypatch.setenv("SOKET_RATE_LIMIT", "off")
    app = asgi.create()
    assert app.state.write_token == TOKEN
    assert app.state.store.url == app.state.db_url
    with TestClient(app, raise_server_exceptions=False) as c:
        assert c.get("/api/health").json()["counts"]["documents"] == 0  # the store of SOKET_DB, migrated
        assert c.get("/api/health", headers={"Origin": "https://a.example"}).headers[
            "access-control-allow-origin"] == "https://a.example"
        r = c.post("/api/documents", content=b"x" * 400,
                   headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"})
        assert r.status_code == 413 and "limit 300 bytes" in r.json()["error"]


def test_create_without_a_token_is_read_only(empty_url, monkeypatch):
    monkeypatch.setenv("SOKET_DB", empty_url)
    monkeypatch.delenv("SOKET_WRITE_TOKEN", raising=False)
    monkeypatch.delenv("SOKET_CORS_ORIGINS", raising=False)
    app = asgi.create()
    assert app.state.write_token is None
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/api/documents", files={"file": ("a.txt", "Thu ngân sách đạt 5 tỷ đồng.".encode())},
                   headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403
        assert "access-control-allow-origin" not in c.get("/api/health", headers={"Origin": "https://a.example"}).headers
