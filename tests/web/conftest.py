"""Fixtures for the dashboard tests: the real app (``soket.api.create_app``) with the example
reports ingested by the store, on SQLite and on PostgreSQL (``tests/store/backends.py``; the
PostgreSQL case skips without ``SOKET_TEST_PG_URL``, and fails under ``SOKET_REQUIRE_PG=1``).
Each report is extracted once and stored on both backends."""

from __future__ import annotations

import contextlib
import copy
import re
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _require import missing
from store.backends import BACKENDS, database

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "artifacts"

_RECORDS: dict[tuple[str, str], Any] = {}


def report_paths() -> list[Path]:
    """The project's example reports (those in ``examples/official`` too, .docx and .pdf), or the
    shared seeds while there are none. Golden records and READMEs are not reports."""
    from soket.ingest import iter_inputs

    examples = ROOT / "examples"
    if examples.is_dir():
        files = [p for p in iter_inputs([examples])
                 if "gold" not in p.relative_to(examples).parts and not p.stem.upper().startswith("README")]
        if files:
            return files
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        return sorted(seeds.glob("*.txt"))
    missing("shared", "no example reports (examples/ is empty and ../shared/seeds is absent)")


def extract_once(doc: Any) -> Any:
    """The extractor, run once per document for the whole session (both backends store a copy)."""
    from soket.extract import extract_document

    key = (doc.doc, doc.sha256)
    if key not in _RECORDS:
        _RECORDS[key] = extract_document(doc)
    return copy.deepcopy(_RECORDS[key])


@pytest.fixture(scope="session", params=BACKENDS)
def web_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database of each backend with the example reports ingested."""
    from _store import ingest

    with database(request.param, tmp_path_factory.mktemp("web")) as url:
        report = ingest(url, report_paths(), extract=extract_once)
        assert any(f.status != "failed" for f in report.files), report.files  # a broken example fails alone
        yield url


@pytest.fixture(scope="session")
def web_app(web_db: str) -> Any:
    from soket.api import create_app

    return create_app(web_db, None)


@pytest.fixture(scope="session")
def client(web_app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(web_app) as c:
        yield c


@pytest.fixture(scope="session")
def documents(client: Any) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    while True:  # every stored document, page by page (the examples outgrow one page of the API's largest limit)
        r = client.get("/api/documents", params={"limit": 1000, "offset": len(docs)})
        assert r.status_code == 200, r.text
        page = r.json()
        docs += page["items"]
        if not page["items"] or len(docs) >= page["total"]:
            break
    assert docs, "no documents were ingested"
    return docs


# --- the browser tests: uvicorn in a thread, Python Playwright driving Debian chromium ---------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """``app`` served by uvicorn on 127.0.0.1 (a free port) in a thread; yields its base URL."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(web_app: Any) -> Iterator[str]:
    with serve(web_app) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        missing("browser", "/usr/bin/chromium is absent (apt-get install chromium): browser test skipped")
    try:
        from playwright import sync_api
    except ImportError:
        missing("browser", "playwright (Python) is not installed: browser test skipped")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def new_page(browser: Any, width: int = 1400, height: int = 1000) -> Any:
    """A page of its own context at ``width`` x ``height`` that records script errors
    (``page.js_errors``) and refuses, recording them (``page.outside``), requests that would leave
    the machine."""
    ctx = browser.new_context(viewport={"width": width, "height": height})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    outside: list[str] = []
    pg.route(re.compile(r"^(?!http://127\.0\.0\.1:)(?!data:).*"),
             lambda route: (outside.append(route.request.url), route.abort()))
    pg.js_errors = errors
    pg.outside = outside
    return pg


@pytest.fixture(scope="module")
def page(browser: Any, base_url: str) -> Iterator[Any]:
    pg = new_page(browser)
    yield pg
    pg.context.close()
