"""Stored issues do not depend on the order documents are ingested in: after every ingest batch
the history checks of the affected meetings (same locality, same or next year) are recomputed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from _store import ingest, read
from check import texts as T
from soket.store.models import DocumentRow, IssueRow

DOCS = {"a2020": T.BUDGET_2020, "growth": T.GROWTH_WRONG, "q1": T.Q1_2021, "h1": T.H1_PLAN,
        "dup": T.DUPLICATE}


def _write(tmp: Path) -> dict[str, Path]:
    d = tmp / "in"
    d.mkdir()
    out = {}
    for name, text in DOCS.items():
        out[name] = d / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


def _issues(url: str) -> dict[str, list[tuple[str, str]]]:
    with read(url) as s:
        rows = s.execute(select(DocumentRow.doc, IssueRow.code, IssueRow.message)
                         .join(IssueRow, IssueRow.document_id == DocumentRow.id))
        out: dict[str, list[tuple[str, str]]] = {}
        for doc, code, msg in rows:
            out.setdefault(doc, []).append((code, msg))
    return {k: sorted(v) for k, v in out.items()}


def test_stored_issues_do_not_depend_on_ingestion_order(tmp_path: Path) -> None:
    files = _write(tmp_path)
    orders = [list(DOCS), list(reversed(DOCS)), ["h1", "growth", "dup", "a2020", "q1"]]
    results = []
    for i, order in enumerate(orders):
        url = f"sqlite:///{tmp_path / f'o{i}.db'}"
        for name in order:  # one batch per document: the worst case for order dependence
            rep = ingest(url, [files[name]])
            assert not rep.failed, rep.failed
        results.append(_issues(url))
    assert results[0] == results[1] == results[2]
    codes = {doc: [c for c, _ in v] for doc, v in results[0].items()}
    assert "growth_mismatch" in codes["growth"]  # found even when the 2020 report came after it
    assert "implied_plan_conflict" in codes["h1"]
    assert "duplicate_indicator_conflict" in codes["dup"]


def test_one_batch_equals_one_document_at_a_time(tmp_path: Path) -> None:
    files = _write(tmp_path)
    url_batch = f"sqlite:///{tmp_path / 'b.db'}"
    ingest(url_batch, list(files.values()))
    url_one = f"sqlite:///{tmp_path / 'one.db'}"
    for name in reversed(DOCS):
        ingest(url_one, [files[name]])
    assert _issues(url_batch) == _issues(url_one)
