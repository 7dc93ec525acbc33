"""The Dask engine's failure and remote paths: a worker that dies on a shard (``KilledWorker``),
and a run that joins a scheduler given by address (``--scheduler``)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from soket.batch import BatchOptions, run_batch

from .chaos_extractor import CRASH
from .conftest import articles, dumps, jsonl_lines
from .helpers import assert_same_outputs

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    """A LocalCluster started by the test itself: the batch joins it as a remote scheduler."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR,
                      scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as c:
        yield c


def test_a_remote_scheduler_gives_the_local_tables(corpus, tmp_path, cluster):
    inputs = [str(corpus["gz"])]
    address = cluster.scheduler_address
    assert address.startswith("tcp://127.0.0.1:")
    remote = run_batch(BatchOptions(inputs, str(tmp_path / "remote"), engine="dask", scheduler=address,
                                    shard_size=10))
    local = run_batch(BatchOptions(inputs, str(tmp_path / "local"), engine="local", workers=1, shard_size=10))
    assert remote["complete"] and remote["extracted"] == local["extracted"] > 10
    assert remote["rows"] == local["rows"]
    assert_same_outputs(tmp_path / "local", tmp_path / "remote")
    summary = json.loads((tmp_path / "remote" / "summary.json").read_text())
    assert summary["engine"] == "dask" and summary["workers"] == 2  # the cluster's threads, not ours
    # the scheduler outlives the run: the batch closed its client, not the cluster
    from distributed import Client

    with Client(address) as c:
        assert len(c.scheduler_info()["workers"]) == 2
        # each worker was warmed and its heap frozen out of the collector's reach once the run began
        import gc

        frozen = c.run(gc.get_freeze_count)
        assert len(frozen) == 2 and all(n > 10_000 for n in frozen.values())


# no retries; and the scheduler sends the one worker one shard at a time (worker-saturation 1.0), so a
# shard still queued is not lost with the worker that dies on another
_ONE_AT_A_TIME = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}


def test_a_killed_worker_fails_its_shard_not_the_run(tmp_path):
    import dask

    good = articles(8, seed=8, share=1.0)
    arts = [*good[:4], {**good[4], "text": good[4]["text"] + CRASH}, *good[5:]]
    src = jsonl_lines(tmp_path / "crash.jsonl", [dumps(a) for a in arts])
    opts = BatchOptions([str(src)], str(tmp_path / "o"), engine="dask", workers=1, shard_size=4,
                        extractor="batch.chaos_extractor:extract")
    with dask.config.set(_ONE_AT_A_TIME):
        s = run_batch(opts)
    assert not s["complete"] and s["shards"]["total"] == 2
    (failed,) = s["failed_shards"]
    assert failed["start"] == 4 and failed["error"].startswith("KilledWorker"), failed
    assert s["shards"]["ran"] == 1 and s["extracted"] == 4
    # the next run redoes only the failed shard (and fails it again: the crash is in the data)
    with dask.config.set(_ONE_AT_A_TIME):
        again = run_batch(opts)
    assert again["shards"]["resumed"] == 1 and [f["start"] for f in again["failed_shards"]] == [4]
