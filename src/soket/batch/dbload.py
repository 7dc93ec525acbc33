"""``--db URL``: load a finished shard's records into the store (:mod:`soket.store`).

The parent process is the only writer (one transaction per shard), reading back the shard's
``documents`` parts, whose ``text`` and ``record`` (JSON) columns rebuild the Document and the
Record losslessly. Storing is idempotent (content already stored is ``unchanged``), so shards of a
resumed run are simply loaded again.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from soket.model import Document, Record


def open_db(db: str) -> str:
    """Resolve and migrate the store; a clear error when the store cannot be used."""
    from soket.errors import ConfigError, SoketError

    try:
        from soket.store import open_store
    except ImportError as e:  # pragma: no cover - the store is part of soket
        raise ConfigError(f"--db needs soket.store, which cannot be imported: {e}") from e
    try:
        return open_store(db)
    except SoketError:
        raise
    except Exception as e:
        raise ConfigError(f"cannot open the store {db}: {type(e).__name__}: {e}") from e


def _rows(out: Path, files: list[str]) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    cols = ["doc", "path", "url", "title", "published", "format", "encoding", "sha256", "text", "record"]
    rows: list[dict[str, Any]] = []
    for f in files:
        if f.startswith("documents/"):
            rows.extend(pq.read_table(out / f, columns=cols).to_pylist())
    return rows


def _doc(row: dict[str, Any]) -> Document:
    return Document(text=row["text"], doc=row["doc"], path=row["path"] or row["url"], format=row["format"] or "txt",
                    sha256=row["sha256"] or "", encoding=row["encoding"], title=row["title"],
                    published=row["published"])


def load_shard(url: str, out: Path, manifest: dict[str, Any]) -> Counter[str]:
    """Store every record of one shard; returns counts by status (stored, replaced, unchanged)."""
    from sqlalchemy.exc import IntegrityError

    from soket.store import store_document, store_record, write_session

    rows = _rows(out, manifest.get("files") or [])
    got: Counter[str] = Counter()
    if not rows:
        return got
    pairs = [(_doc(r), Record.from_dict(json.loads(r["record"]))) for r in rows]
    try:
        with write_session(url) as s:
            for doc, rec in pairs:
                got[store_record(s, doc, rec).status] += 1
    except IntegrityError:  # another writer stored some of them first: one by one
        got.clear()
        for doc, rec in pairs:
            got[store_document(doc, rec, url).status] += 1
    return got
