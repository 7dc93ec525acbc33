"""The local pool's forkserver: one process that imports soket and warms the extractor
(:mod:`soket.batch.preload`), from which every pool worker is forked, warm.

Its preload takes about a second (importing the extractor and pyarrow, loading the lexicons):
:func:`start` begins it at once, so it runs beside what the parent does before its first shard
(its own imports, the settings' fingerprint, reading the inputs' first shard) instead of after.
This module imports nothing of soket, so starting the forkserver costs the parent nothing.
"""

from __future__ import annotations

from typing import Any

PRELOAD = ["soket.batch.worker", "soket.extract", "pyarrow.parquet", "soket.batch.preload"]
"""What the forkserver imports before it forks a worker (each worker starts with them)."""


def context() -> Any:
    """The forkserver context, its preload set."""
    import multiprocessing as mp

    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start() -> None:
    """Start the forkserver now (its preload runs in the background); a no-op when it runs."""
    from multiprocessing import forkserver

    context()
    forkserver.ensure_running()
