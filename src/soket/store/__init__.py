"""The store: records in SQLite (default ``soket.db``) or PostgreSQL, one schema, one code path.

Read ``docs/store.md``. The main entry points:

- :func:`ingest_documents` (files → records → rows), :func:`store_record` (one record, in a
  caller's transaction: the batch runner uses it), :func:`store_document`.
- :func:`open_store` (resolve a URL, migrate), :func:`read_session`, :func:`write_session`.
- :mod:`soket.store.queries` and :mod:`soket.store.search` for reading.
"""

from __future__ import annotations

from soket.store.db import (
    dispose,
    get_engine,
    open_store,
    read_session,
    resolve_url,
    upgrade,
    write_session,
)
from soket.store.ingest import (
    FileResult,
    IngestReport,
    StoreResult,
    ingest_document,
    ingest_documents,
    store_document,
    store_record,
)

__all__ = [
    "FileResult",
    "IngestReport",
    "StoreResult",
    "dispose",
    "get_engine",
    "ingest_document",
    "ingest_documents",
    "open_store",
    "read_session",
    "resolve_url",
    "store_document",
    "store_record",
    "upgrade",
    "write_session",
]
