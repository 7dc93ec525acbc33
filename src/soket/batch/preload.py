"""Imported once, by the local pool's forkserver (``LocalEngine``): soket is imported and the
default extractor warmed up there (its lazily compiled patterns, the lexicons, the gazetteer), then
every object so far is frozen out of the garbage collector's reach. Each worker forked from the
forkserver starts warm, and its collections never walk (or copy on write) that shared state."""

from __future__ import annotations

from soket.batch.worker import WorkerConfig, warm_frozen

warm_frozen(WorkerConfig(out=""))
