from __future__ import annotations

import shutil

import pytest

from _require import missing
from _store import ingest
from store.backends import BACKENDS, database
from store.gold import available, gold_extract, gold_files

TOKEN = "s3cret-token"


@pytest.fixture(scope="module", params=BACKENDS)
def loaded_url(request, tmp_path_factory):
    """A store with the gold-record reports, on SQLite and on PostgreSQL, shared by a module's tests
    (read-only)."""
    if not available():
        missing("shared", "../shared is absent: no gold records to build API fixtures from")
    tmp = tmp_path_factory.mktemp("api")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for text, _ in gold_files().values():
        shutil.copy(text, corpus / text.name)
    with database(request.param, tmp) as url:
        ingest(url, [corpus], extract=gold_extract)
        yield url


@pytest.fixture(scope="module")
def client(loaded_url):
    from fastapi.testclient import TestClient

    from soket.api import create_app

    # the rate limit has tests of its own (test_limits.py); here it would answer 429 to the property tests
    with TestClient(create_app(loaded_url, rate_limit="off"), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(params=BACKENDS)
def empty_url(request, tmp_path):
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def fake_extract(monkeypatch):
    import soket.extract

    monkeypatch.setattr(soket.extract, "extract_document", gold_extract)
    return gold_extract


@pytest.fixture(scope="module", params=BACKENDS)
def small_url(request, tmp_path_factory):
    """A store with the three reports of ``api/reports.py`` (the real extractor), on SQLite and on
    PostgreSQL, shared by a module's tests (read-only)."""
    from .reports import write_reports

    tmp = tmp_path_factory.mktemp("small")
    with database(request.param, tmp) as url:
        rep = ingest(url, write_reports(tmp / "in"))
        assert not rep.failed, rep.failed
        yield url


def assert_error(r, status):
    """The API's error envelope with ``status``; its body."""
    assert r.status_code == status, r.text
    body = r.json()
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list)
    return body
