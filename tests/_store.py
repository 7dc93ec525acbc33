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
