"""The store: records in SQLite (default ``soket.db``) or PostgreSQL, one schema, one code path.

Read ``docs/store.md``. The main entry points:

- :class:`Store` (:meth:`Store.open`: resolve a URL, migrate; :meth:`Store.read`,
  :meth:`Store.write`: sessions).
- :func:`store_record`: one checked record, in a caller's transaction; :func:`store_records`: many,
  by bulk inserts. Reading, extracting and
  checking before that is :mod:`soket.service`'s business.
- :mod:`soket.store.rows` (rows ⇄ models), :mod:`soket.store.queries` and
  :mod:`soket.store.search` for reading.
"""

from __future__ import annotations

from soket.store.db import Store, resolve_url
from soket.store.ingest import StoreResult, store_record, store_records, stored_id

__all__ = ["Store", "StoreResult", "resolve_url", "store_record", "store_records", "stored_id"]
