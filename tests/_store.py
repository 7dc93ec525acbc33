"""Test helpers over a store given by its URL: open it, use it, close it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from soket.service import IngestReport, ingest_documents
from soket.store import Store


@contextmanager
def read(url: str) -> Iterator[Session]:
    """A read session on the (already migrated) store at ``url``."""
    with Store(url) as st, st.read() as s:
        yield s


def ingest(url: str, paths: Iterable[str | Path], **kw: Any) -> IngestReport:
    """Open (migrate) the store at ``url`` and ingest ``paths`` into it."""
    with Store.open(url) as st:
        return ingest_documents(st, paths, **kw)


def ingest_texts(tmp_path: Path, files: dict[str, str], db: str = "h.db") -> str:
    """A SQLite store at ``tmp_path/db`` holding ``files`` (name: report text), each written to
    ``tmp_path/in/<name>.txt`` and ingested; its URL."""
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    paths = []
    for name, text in files.items():
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(d / f"{name}.txt")
    url = f"sqlite:///{tmp_path / db}"
    rep = ingest(url, paths)
    assert not rep.failed, rep.failed
    return url
