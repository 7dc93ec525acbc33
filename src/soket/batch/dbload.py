"""The store load of a batch run: a separate, bulk step (``soket batch-load DIR --db URL``, or
``soket batch --db URL`` after its shards are done).

Workers never write to the store: they write Parquet parts (on one machine or on every machine of
a Dask cluster), and one process loads them. For each done shard (its manifest), the ``documents``
part's ``text`` and ``record`` (JSON) columns rebuild the Document and the Record losslessly;
records are stored with their document checks, one transaction and a few bulk inserts per shard
(:func:`soket.store.ingest.store_records`). The history checks
(against the other stored documents of the same locality) are then recomputed, once, for every
document a stored one can affect (:func:`soket.service.recheck_history`), so the stored issues do
not depend on the order shards finished or were loaded in: the same as a sequential
``soket ingest`` of the same documents.

Storing is idempotent (content already stored is ``unchanged``), so a resumed run, or a load run
twice, changes nothing. A load killed after some shards were committed but before its history
checks leaves a marker (``DIR/_load-pending-<store>``): the next load rechecks every document of
its shards, stored before or not, so no document keeps history checks of a partial store.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from soket.batch.tables import atomic_write_bytes
from soket.batch.worker import MANIFEST_DIR
from soket.errors import ConfigError, SoketError
from soket.model import Document, Record
from soket.service import recheck_history
from soket.store import sources
from soket.store.db import Store
from soket.store.ingest import StoreResult, store_record, store_records, stored_id
from soket.store.models import MeetingRow

CHUNK = 5000
"""Ids per query (SQLite takes at most 32,766 bound parameters) and groups per recheck transaction."""

DOC_COLUMNS = ["doc", "path", "url", "title", "published", "format", "encoding", "sha256", "text", "record"]


def open_db(db: str) -> Store:
    """Open and migrate the store; a clear error when the store cannot be used."""
    try:
        return Store.open(db)
    except SoketError:
        raise
    except Exception as e:
        raise ConfigError(f"cannot open the store {db}: {type(e).__name__}: {e}") from e


def manifests(out: Path, shards: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The manifests of the done shards of ``out`` (those of ``shards``, in that order; else all,
    in input order: source, then first row)."""
    mdir = out / MANIFEST_DIR
    paths = [mdir / f"{s}.json" for s in shards] if shards is not None else list(mdir.glob("*.json"))
    found: list[dict[str, Any]] = []
    for p in paths:
        try:
            found.append(json.loads(p.read_text(encoding="utf-8")))
        except (OSError, ValueError):  # not done (or being redone): nothing to load
            continue
    if shards is None:
        found.sort(key=lambda m: (m.get("source") or "", m.get("start") or 0, m.get("shard") or ""))
    return found


def _rows(out: Path, files: list[str]) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    for f in files:
        if f.startswith("documents/"):
            rows.extend(pq.read_table(out / f, columns=DOC_COLUMNS).to_pylist())
    return rows


def _doc(row: dict[str, Any]) -> Document:
    return Document(text=row["text"], doc=row["doc"], path=row["path"] or row["url"], format=row["format"] or "txt",
                    sha256=row["sha256"] or "", encoding=row["encoding"], title=row["title"],
                    published=row["published"])


def _store_one(store: Store, doc: Document, rec: Record) -> StoreResult:
    """One record in its own transaction; a lost race (another writer stored it) is ``unchanged``."""
    try:
        with store.write() as s:
            old = sources.groups_of_paths(s, [doc.path] if doc.path else [])
            res = store_record(s, doc, rec)
            _link(s, [res], old)
            return res
    except IntegrityError:
        with store.read() as s:
            existing = stored_id(s, doc.sha256)
        if existing is None:
            raise
        return StoreResult(existing, "unchanged")


def load_shard(store: Store, out: Path, manifest: dict[str, Any], changed: list[int] | None = None,
               recheck_all: bool = False) -> Counter[str]:
    """Store every record of one shard with its document checks, in one transaction; returns
    counts by status (stored, replaced, unchanged). Ids stored or replaced (with ``recheck_all``,
    every id) go to ``changed``: their history checks are :func:`load_shards`'s last step."""
    rows = _rows(out, manifest.get("files") or [])
    got: Counter[str] = Counter()
    if not rows:
        return got
    pairs = [(_doc(r), Record.model_validate_json(r["record"])) for r in rows]
    try:
        with store.write(bulk=True) as s:
            old = sources.groups_of_paths(s, [d.path for d, _ in pairs if d.path])
            results = store_records(s, pairs)  # bulk inserts: a few statements per shard
            _link(s, results, old)
    except IntegrityError:  # another writer stored some of them first: one by one
        results = [_store_one(store, doc, rec) for doc, rec in pairs]
    for r in results:
        got[r.status] += 1
        if changed is not None and (r.status != "unchanged" or recheck_all):
            changed.append(r.document_id)
    return got


def _link(s: Session, results: list[StoreResult], old_groups: set[int]) -> None:
    """Each stored document linked to its meeting (docs/sources.md); the meetings replaced
    documents left refreshed."""
    sources.link_documents(s, [r.document_id for r in results if r.status in ("stored", "replaced")])
    for gid in old_groups:
        sources.refresh_group(s, gid)


def _groups(store: Store, ids: list[int]) -> list[int]:
    """One document id for each (locality, province, year) the given documents belong to: the
    recheck expands each to every document its history checks can touch, so a million loaded
    documents ask for as many rechecks as they have groups (each document rechecked at most twice:
    its year's group and the year before's), in queries of bounded size."""
    reps: dict[tuple[str, str | None, int], int] = {}
    with store.read() as s:
        for i in range(0, len(ids), CHUNK):
            q = select(MeetingRow.locality, MeetingRow.province, MeetingRow.year, MeetingRow.document_id)
            for loc, prov, year, doc_id in s.execute(q.where(MeetingRow.document_id.in_(ids[i:i + CHUNK]))):
                if loc and year is not None:  # no history checks without a locality and a year
                    reps.setdefault((loc, prov, year), doc_id)
    return sorted(reps.values())


def load_shards(store: Store, out: str | Path, shards: Iterable[str] | None = None) -> dict[str, int]:
    """Load the done shards of a batch output folder into ``store`` (all, or ``shards`` in that
    order), then recompute the history checks of every document the new ones can affect.
    Returns counts: stored, replaced, unchanged, rechecked."""
    out = Path(out)
    pending = out / f"_load-pending-{hashlib.sha1(store.url.encode()).hexdigest()[:12]}"
    recheck_all = pending.exists()  # an earlier load stopped before its history checks
    if recheck_all:
        shards = None  # that load's shards may be any of them: every done shard is rechecked
    got: Counter[str] = Counter()
    changed: list[int] = []
    for m in manifests(out, shards):
        if not pending.exists():
            atomic_write_bytes(pending, repr(store).encode())  # before the first commit (no password)
        got.update(load_shard(store, out, m, changed, recheck_all))
    if changed:
        groups = _groups(store, changed)
        got["rechecked"] = sum(recheck_history(store, groups[i:i + CHUNK]) for i in range(0, len(groups), CHUNK))
        try:
            store.analyze()
        except Exception:  # statistics are an optimisation, never a failure
            pass
    pending.unlink(missing_ok=True)
    return dict(sorted(got.items()))
