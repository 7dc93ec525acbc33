"""Corpus-scale batch runs (``soket batch``): shards of articles through a process pool or a Dask
cluster, into Parquet tables (a file per shard and table); pre-filtered, resumable, with dead
letters; the store load is a separate bulk step (:mod:`soket.batch.dbload`).

Read ``docs/batch.md``. Entry points: :func:`run_batch` with :class:`BatchOptions`, and
:func:`read_table` to read an output table back.

The names are imported on first use: a worker process imports :mod:`soket.batch.worker`, and
with it this package, and must not pay for the runner's store and its SQLAlchemy and Alembic
(about a second of a worker's start on this machine).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from soket.batch.runner import BatchOptions, run_batch
    from soket.batch.tables import TABLES, read_table

__all__ = ["TABLES", "BatchOptions", "read_table", "run_batch"]

_FROM = {"BatchOptions": "soket.batch.runner", "run_batch": "soket.batch.runner",
         "TABLES": "soket.batch.tables", "read_table": "soket.batch.tables"}


def __getattr__(name: str) -> Any:
    mod = _FROM.get(name)
    if mod is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(mod), name)
