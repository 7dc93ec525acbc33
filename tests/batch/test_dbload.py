"""The store load of a batch run, a separate bulk step: the stored issues do not depend on the order
shards are loaded in, and are those of a sequential ``soket ingest`` of the same documents."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import select

from soket.batch.dbload import load_shards, manifests, open_db
from soket.batch.sources import discover, iter_shards
from soket.batch.worker import WorkerConfig, process_shard
from soket.service import ingest_documents
from soket.store import Store
from soket.store.models import DocumentRow, IssueRow

from .conftest import bench

HISTORY = {"growth_mismatch", "implied_plan_conflict"}


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> tuple[Path, Path, list[str]]:
    """Three variants of every example report (other figures, years, places) as files, extracted
    into shards of 5 by the batch worker; returns (files, out, shard ids in input order)."""
    d = tmp_path_factory.mktemp("hist")
    files = d / "files"
    files.mkdir()
    rng = random.Random(1)
    n = 0
    for tpl in bench.templates():
        for _ in range(3):
            text, _year = bench.report(*tpl, rng)
            (files / f"r{n:03d}.txt").write_text(text, encoding="utf-8")
            n += 1
    out = d / "out"
    inputs, _ = discover([str(files)])
    ids = []
    for t in iter_shards(inputs, 5, lambda s: False, lambda p: None):
        process_shard(t.spec, t.payload, WorkerConfig(out=str(out)))
        ids.append(t.spec.id)
    return files, out, ids


def _issues(store: Store) -> dict[str, list[tuple]]:
    """Every stored document's issues, by its content (sha256): ids differ between loads."""
    got: dict[str, list[tuple]] = {}
    with store.read() as s:
        for sha, code, message, start, end, severity in s.execute(
                select(DocumentRow.sha256, IssueRow.code, IssueRow.message, IssueRow.span_start,
                       IssueRow.span_end, IssueRow.severity).join(IssueRow, IssueRow.document_id == DocumentRow.id)):
            got.setdefault(sha, []).append((code, message, start, end, severity))
    return {k: sorted(v) for k, v in got.items()}


def test_stored_issues_do_not_depend_on_the_load_order(shards, tmp_path):
    files, out, ids = shards
    loaded = {}
    for name, order in (("forward", ids), ("backward", ids[::-1]), ("shuffled", random.Random(4).sample(ids, len(ids)))):
        store = open_db(f"sqlite:///{tmp_path / name}.db")
        counts = [load_shards(store, out, [sid]) for sid in order]  # one load per shard: the worst case
        assert sum(c.get("stored", 0) for c in counts) == 33
        assert all(c.get("rechecked", 0) >= c.get("stored", 0) for c in counts)
        loaded[name] = _issues(store)
        store.close()
    assert loaded["forward"] == loaded["backward"] == loaded["shuffled"]
    codes = {i[0] for v in loaded["forward"].values() for i in v}
    assert HISTORY <= codes  # the history checks did find something to disagree about

    seq = Store.open(f"sqlite:///{tmp_path / 'sequential.db'}")
    report = ingest_documents(seq, [files])
    assert report.count("stored") == 33
    assert _issues(seq) == loaded["forward"]
    seq.close()


def test_loading_twice_changes_nothing(shards, tmp_path):
    _, out, ids = shards
    store = open_db(f"sqlite:///{tmp_path / 'twice.db'}")
    first = load_shards(store, out)
    before = _issues(store)
    again = load_shards(store, out)
    assert first["stored"] == 33 and first["rechecked"] >= 33
    assert again == {"unchanged": 33} and _issues(store) == before
    assert [m["shard"] for m in manifests(out)] == ids  # in input order
    store.close()


def test_a_load_killed_before_its_history_checks_is_rechecked_next_time(shards, tmp_path, monkeypatch):
    import soket.batch.dbload as dbload

    _, out, ids = shards
    whole = open_db(f"sqlite:///{tmp_path / 'whole.db'}")
    load_shards(whole, out)
    want = _issues(whole)
    whole.close()

    store = open_db(f"sqlite:///{tmp_path / 'killed.db'}")

    def killed(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(dbload, "recheck_history", killed)
    with pytest.raises(KeyboardInterrupt):
        load_shards(store, out, ids[:3])
    assert list(out.glob("_load-pending-*"))  # the shards are stored, their history checks not
    monkeypatch.undo()
    again = load_shards(store, out, ids[3:])
    assert again["rechecked"] == 33 and not list(out.glob("_load-pending-*"))
    assert _issues(store) == want
    store.close()


def test_rechecks_in_bounded_chunks_give_the_same_issues(shards, tmp_path, monkeypatch):
    """Ids are queried and groups rechecked CHUNK at a time (SQLite's parameter limit, a
    million-document load): the same stored issues as in one go."""
    import soket.batch.dbload as dbload

    _, out, _ = shards
    one = open_db(f"sqlite:///{tmp_path / 'one.db'}")
    load_shards(one, out)
    monkeypatch.setattr(dbload, "CHUNK", 2)
    many = open_db(f"sqlite:///{tmp_path / 'many.db'}")
    assert load_shards(many, out)["stored"] == 33
    assert _issues(many) == _issues(one)
    one.close()
    many.close()
