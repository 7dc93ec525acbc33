"""Corpus-scale batch runs (``soket batch``): shards of articles through a process pool or a Dask
cluster, into Parquet tables (a file per shard and table); pre-filtered, resumable, with dead
letters; the store load is a separate bulk step (:mod:`soket.batch.dbload`).

Read ``docs/batch.md``. Entry points: :func:`run_batch` with :class:`BatchOptions`, and
:func:`read_table` to read an output table back.
"""

from __future__ import annotations

from soket.batch.runner import BatchOptions, run_batch
from soket.batch.tables import TABLES, read_table

__all__ = ["TABLES", "BatchOptions", "read_table", "run_batch"]
