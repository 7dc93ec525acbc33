"""``--db``: the records of a batch run land in the store, once."""

from __future__ import annotations

import pytest

from soket.batch import BatchOptions, run_batch


def test_batch_loads_the_store(corpus, tmp_path):
    pytest.importorskip("sqlalchemy")
    from _store import read
    from soket.store.queries import counts

    db = f"sqlite:///{tmp_path / 'b.db'}"
    opts = BatchOptions([str(corpus["gz"])], str(tmp_path / "o"), workers=1, shard_size=20, db=db)
    s = run_batch(opts)
    assert s["db"].get("stored", 0) == s["extracted"] > 0 and "unchanged" not in s["db"]
    with read(db) as session:
        c = counts(session)
    assert c["documents"] == s["extracted"] and c["facts"] == s["rows"]["facts"]
    again = run_batch(opts)  # resumed: every shard is done; loading again changes nothing
    assert again["shards"]["ran"] == 0 and again["db"] == {"unchanged": s["extracted"]}
