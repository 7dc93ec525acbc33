"""Fixtures for the dashboard tests: the real app (``soket.api.create_app``) with the example
reports ingested by the store, on SQLite and on PostgreSQL (``tests/store/backends.py``; the
PostgreSQL case skips without ``SOKET_TEST_PG_URL``, and fails under ``SOKET_REQUIRE_PG=1``).
Each report is extracted once and stored on both backends."""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _require import missing
from store.backends import BACKENDS, database

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

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
    r = client.get("/api/documents", params={"limit": 1000})
    assert r.status_code == 200, r.text
    docs = r.json()["items"]
    assert docs, "no documents were ingested"
    return docs
