"""What an ingest costs, counted rather than timed (issue 12): SQL statements a document, and the
history recheck never reading a record back whole; and what the recheck from memory stores is
what a full recheck of the store gives (``soket check --db``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

import soket.service as service
from soket.service import check_stored, ingest_documents

UNSEEN = Path(__file__).resolve().parents[2] / "examples" / "unseen"
STATEMENTS_PER_DOCUMENT = 10.0  # 9.2 on SQLite, 8.2 on PostgreSQL after issue 12's ingest work


def test_ingest_statements_and_no_record_read_back(store, monkeypatch):
    files = sorted(p for p in UNSEEN.iterdir() if p.suffix in (".txt", ".md", ".html"))
    loaded = [0]
    record_of = service.record_of

    def counting(row):  # type: ignore[no-untyped-def]
        loaded[0] += 1
        return record_of(row)

    monkeypatch.setattr(service, "record_of", counting)
    statements = [0]

    def count(*_):  # type: ignore[no-untyped-def]
        statements[0] += 1

    event.listen(store.engine, "before_cursor_execute", count)
    half = len(files) // 2  # two ingests: the second one's recheck meets the first one's documents
    reports = [ingest_documents(store, files[:half]), ingest_documents(store, files[half:])]
    event.remove(store.engine, "before_cursor_execute", count)
    assert sum(r.count("stored") for r in reports) == len(files)
    assert loaded[0] == 0, "the history recheck read whole records back"
    per_doc = statements[0] / len(files)
    assert per_doc <= STATEMENTS_PER_DOCUMENT, per_doc
    history = 0
    with store.read() as s:
        for _, rec, _, issues in check_stored(s):
            assert rec.issues == [i for i in issues if i.code != "sources_disagree"]
            history += sum(1 for i in rec.issues if i.code in ("growth_mismatch", "implied_plan_conflict"))
    assert history >= 5  # the data has documents whose history checks find something
