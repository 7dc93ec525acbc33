"""Fixtures for the dashboard tests: the app with the example reports ingested.

The app is ``soket.api.create_app`` over a temporary SQLite database filled by the store's ingest
where those exist; else the in-memory stand-in of the API (``fakeapi.py``), so the pages are
tested against the API contract either way. ``SOKET_WEB_BACKEND=fake`` forces the stand-in.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))


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
    pytest.skip("no example reports (examples/ is empty and ../shared/seeds is absent)")


def _real_app(paths: list[Path], tmp: Path) -> Any | None:
    """``soket.api.create_app`` over a fresh SQLite database with ``paths`` ingested by the store,
    if the store and the API exist."""
    if os.environ.get("SOKET_WEB_BACKEND") == "fake":
        return None
    try:
        from soket.api import create_app
        from soket.store import ingest_documents
    except ImportError:
        return None
    db_url = f"sqlite:///{tmp / 'soket.db'}"
    report = ingest_documents(paths, db_url)  # a deliberately broken example fails alone
    assert any(f.status != "failed" for f in report.files), report.files
    return create_app(db_url, None)


@pytest.fixture(scope="session")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    paths = report_paths()
    app = _real_app(paths, tmp_path_factory.mktemp("web"))
    if app is None:
        import fakeapi

        app = fakeapi.create_app(paths)
    return app


@pytest.fixture(scope="session")
def client(web_app: Any) -> Any:
    from fastapi.testclient import TestClient

    with TestClient(web_app) as c:
        yield c


@pytest.fixture(scope="session")
def documents(client: Any) -> list[dict[str, Any]]:
    r = client.get("/api/documents", params={"limit": 1000})
    assert r.status_code == 200, r.text
    docs = r.json()["items"]
    assert docs, "no documents were ingested"
    return docs
