"""A drafted review counts each meeting once: the write-ups of one meeting (tests/data/sources)
give each of its figures one sentence and one table row, not one per source."""

from __future__ import annotations

import shutil
from pathlib import Path

from soket.report.build import build_review
from soket.service import ingest_documents
from soket.store import Store

DATA = Path(__file__).resolve().parent.parent / "data" / "sources"


def test_review_counts_each_meeting_once(tmp_path):
    corpus = tmp_path / "sources"
    shutil.copytree(DATA, corpus, ignore=shutil.ignore_patterns("*.json"))
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as st:
        ingest_documents(st, [corpus])
        with st.read() as s:
            review = build_review(s, "Yên Lạc", "2022-H1", province="Vĩnh Phúc")
    figures = [f for fl in review.fields for sent in fl.sentences for f in sent.figures]
    budget = [f for f in figures if f.value == 316_700_000_000 or f.value == 317_000_000_000]
    assert len(budget) == 1, [f.text for f in figures]
    rows = [r for r in review.rows if r.value is not None and r.value.value in (316_700_000_000, 317_000_000_000)]
    assert len(rows) <= 1
    texts = [sent.text for fl in review.fields for sent in fl.sentences]
    assert len(texts) == len(set(texts))
