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

from sqlalchemy.exc import IntegrityError

from soket.errors import ConfigError, SoketError
from soket.model import Document, Record
from soket.service import store_checked, store_document
from soket.store.db import Store


def open_db(db: str) -> Store:
    """Open and migrate the store; a clear error when the store cannot be used."""
    try:
        return Store.open(db)
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


def load_shard(store: Store, out: Path, manifest: dict[str, Any]) -> Counter[str]:
    """Check (history) and store every record of one shard; returns counts by status (stored,
    replaced, unchanged)."""
    rows = _rows(out, manifest.get("files") or [])
    got: Counter[str] = Counter()
    if not rows:
        return got
    pairs = [(_doc(r), Record.from_dict(json.loads(r["record"]))) for r in rows]
    try:
        with store.write() as s:
            for doc, rec in pairs:
                got[store_checked(s, doc, rec.model_copy(update={"issues": list(rec.issues)})).status] += 1
    except IntegrityError:  # another writer stored some of them first: one by one
        got.clear()
        for doc, rec in pairs:
            got[store_document(store, doc, rec).status] += 1
    return got
