"""Engines run shards: a local process pool (default) or a Dask cluster (``--engine dask``).

Both take shards from a stream and keep at most ``max_inflight`` of them submitted, so the parent
holds a bounded number of raw articles whatever the archive's size. Results come back in
completion order as ``(task, manifest)``, or ``(task, exception)`` when the shard itself failed
(a worker process that died): such a shard is not done and is redone by the next run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from soket.batch import pool
from soket.batch.sources import ShardTask
from soket.batch.worker import WorkerConfig, pool_init, process_shard, warm_frozen
from soket.errors import ConfigError

Outcome = tuple[ShardTask, dict[str, Any] | BaseException]


class Engine(Protocol):
    name: str
    workers: int

    def run(self, tasks: Iterable[ShardTask], cfg: WorkerConfig) -> Iterator[Outcome]: ...

    def close(self) -> None: ...


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class LocalEngine:
    """``concurrent.futures.ProcessPoolExecutor`` over forkserver processes that import soket once."""

    name = "local"

    def __init__(self, workers: int | None = None, inflight_per_worker: int = 2) -> None:
        self.workers = workers or default_workers()
        self.max_inflight = max(1, self.workers * inflight_per_worker)
        self._pool: Any = None

    def _new_pool(self, cfg: WorkerConfig) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(self.workers, mp_context=pool.context(), initializer=pool_init,
                                   initargs=(cfg, os.getpid()))

    def run(self, tasks: Iterable[ShardTask], cfg: WorkerConfig) -> Iterator[Outcome]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        self._pool = self._new_pool(cfg)
        pending: dict[Any, ShardTask] = {}

        def drain(block_until: int) -> Iterator[Outcome]:
            while len(pending) > block_until:
                done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                broken = False
                for fut in done:
                    task = pending.pop(fut)
                    try:
                        yield task, fut.result()
                    except BrokenProcessPool as e:
                        broken = True
                        yield task, e
                    except Exception as e:
                        yield task, e
                if broken:  # a worker died (killed, out of memory): the rest is lost with the pool
                    for fut, task in list(pending.items()):
                        yield task, BrokenProcessPool("the worker pool broke while this shard ran")
                        del pending[fut]
                    self._pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._new_pool(cfg)

        for task in tasks:
            yield from drain(self.max_inflight - 1)
            try:
                fut = self._pool.submit(process_shard, task.spec, task.payload, cfg)
            except BrokenProcessPool:
                self._pool = self._new_pool(cfg)
                fut = self._pool.submit(process_shard, task.spec, task.payload, cfg)
            pending[fut] = task
        yield from drain(0)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


WORKER_CONFIG = {
    # a shard is one long task: the workers' statistical profiler (a stack sample every 10 ms) and
    # their GIL monitor are pure overhead for it (measured: a worker's CPU for 20,000 articles of
    # bench/batch_bench.py went from 32.0 to 29.1 s without them)
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    # the scheduler (in this process): shards are few and long, queued two per worker, so work
    # stealing (a balance pass every 100 ms) has nothing to gain; the system monitor samples less
    "distributed.scheduler.work-stealing": False,
    "distributed.admin.system-monitor.interval": "2s",
}
"""Dask settings of the LocalCluster's workers (a remote cluster's workers keep their own: set the
same in their ``distributed.yaml``)."""


class DaskEngine:
    """Shards as Dask tasks: join ``scheduler`` (``tcp://host:port``) or start a LocalCluster.

    Workers write the outputs themselves, so with a remote cluster ``--out`` must be a folder that
    every worker sees at the same path (a shared file system).
    """

    name = "dask"

    def __init__(self, workers: int | None = None, scheduler: str | None = None,
                 inflight_per_worker: int = 2) -> None:
        import logging

        import dask
        from distributed import Client

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
            self.workers = max(1, sum(w.get("nthreads", 1) for w in
                                      self.client.scheduler_info()["workers"].values()))
        else:
            self.workers = workers or default_workers()
            with dask.config.set(WORKER_CONFIG):  # the nannies hand the config to their workers
                self.cluster = self._local_cluster(logging.ERROR)
            self.client = Client(self.cluster)
        self.max_inflight = max(1, self.workers * inflight_per_worker)

    def _local_cluster(self, log_level: int) -> Any:
        from distributed import LocalCluster

        return LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                            host="127.0.0.1", dashboard_address=None, silence_logs=log_level,
                            # no dashboard; its bare HTTP server on any free port, not 8787
                            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})

    def run(self, tasks: Iterable[ShardTask], cfg: WorkerConfig) -> Iterator[Outcome]:
        from distributed import as_completed

        self.client.run(warm_frozen, cfg)
        ac = as_completed()
        pending: dict[str, ShardTask] = {}

        def one() -> Outcome:
            fut = next(ac)
            task = pending.pop(fut.key)
            try:
                return task, fut.result()
            except Exception as e:  # KilledWorker and the like: the shard is redone next run
                return task, e
            finally:
                fut.release()

        for task in tasks:
            while ac.count() >= self.max_inflight:
                yield one()
            key = f"soket-shard-{task.spec.id}"
            pending[key] = task
            ac.add(self.client.submit(process_shard, task.spec, task.payload, cfg, key=key, pure=False))
        while ac.count():
            yield one()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(name: str, workers: int | None = None, scheduler: str | None = None) -> Engine:
    if name == "local":
        if scheduler:
            raise ConfigError("--scheduler needs --engine dask")
        return LocalEngine(workers)
    if name == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError as e:
            raise ConfigError("the dask engine needs the 'dask' extra: pip install 'soket[dask]'") from e
        return DaskEngine(workers, scheduler)

    raise ConfigError(f"unknown engine {name!r} (local or dask)")
