from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from _require import missing

from .backends import BACKENDS, database
from .gold import available, gold_extract, gold_files


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url):
    """The store at ``db_url``, opened (migrated) once and closed after the test."""
    from soket.store import Store

    with Store.open(db_url) as st:
        yield st


@pytest.fixture
def sqlite_url(tmp_path):
    with database("sqlite", tmp_path) as url:
        yield url


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder with the reports that have gold records (seeds and dev docs)."""
    if not available():
        missing("shared", "../shared is absent: no gold records to build store fixtures from")
    d = tmp_path / "corpus"
    d.mkdir()
    for text, _ in gold_files().values():
        shutil.copy(text, d / text.name)
    return d


@pytest.fixture
def fake_extract(monkeypatch):
    """``soket.extract.extract_document`` replaced by the gold records (the service looks the
    extractor up when it runs): store tests do not depend on the extractor being good today."""
    import soket.extract

    monkeypatch.setattr(soket.extract, "extract_document", gold_extract)
    return gold_extract
