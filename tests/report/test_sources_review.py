"""A drafted review counts each meeting once: the write-ups of one meeting (tests/data/sources)
give each of its figures one sentence and one table row, not one per source."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from soket.report.build import build_review, footnote_text
from soket.report.render import to_markdown
from soket.service import ingest_documents
from soket.store import Store
from soket.store.queries import list_localities

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


# --- figures the sources of a meeting disagree on ------------------------------------------------

MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
GROUPS = {g["meeting"]: g for g in MANIFEST["groups"]}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sources")
    shutil.copytree(DATA, tmp / "c", ignore=shutil.ignore_patterns("*.json"))
    with Store.open(f"sqlite:///{tmp / 's.db'}") as st:
        ingest_documents(st, [tmp / "c"])
        yield st


def reviews_of(st, meeting):
    """The reviews of every stored period of the meeting's locality (its province where the texts
    name it)."""
    g = GROUPS[meeting]
    with st.read() as s:
        loc = next(x for x in list_localities(s)
                   if x["locality"] == g["locality"] and x["province"] in (g["province"], None))
        periods = sorted({p["period"] for p in loc["periods"]})
        return [build_review(s, loc["locality"], p, province=loc["province"]) for p in periods]


@pytest.mark.parametrize("planted", MANIFEST["disagreements"], ids=lambda d: d["meeting"])
def test_disagreeing_figure_keeps_the_agreed_value_and_quotes_both_sources(store, planted):
    quotes = [(src, q) for r in reviews_of(store, planted["meeting"]) for src in r.sources for q in src.others]
    mine = [(src, q) for src, q in quotes if {q.value.split()[0], q.agreed.split()[0]} == set(planted["values"])]
    assert len(mine) == 1, [(q.value, q.agreed) for _, q in quotes]
    src, q = mine[0]
    assert q.doc == Path(planted["file"]).stem          # the changed write-up is the one quoted
    assert q.value.split()[0] in q.sentence and q.agreed.split()[0] in src.sentence
    note = footnote_text(src)
    for v in planted["values"]:
        assert v in note                                 # both values, both sentences, both documents
    assert src.doc in note or (src.number is not None and src.number in note)
    assert q.doc in note and q.sentence in note and src.sentence in note
    # the review writes the agreed value (the one the other sources give), not the changed one
    review = next(r for r in reviews_of(store, planted["meeting"]) if src in r.sources)
    texts = [sent.text for fl in review.fields for sent in fl.sentences] + [sent.text for sent in review.tasks]
    assert any(q.agreed.split()[0] in t for t in texts)
    assert not any(q.value.split()[0] in t for t in texts)
    assert f"{q.doc}) ghi {q.value}" in to_markdown(review)


@pytest.mark.parametrize("planted", MANIFEST["roundings"], ids=lambda d: d["meeting"])
def test_rounded_figure_gets_no_disagreement_note(store, planted):
    reviews = reviews_of(store, planted["meeting"])
    notes = [footnote_text(src) for r in reviews for src in r.sources]
    assert any(v in n for n in notes for v in planted["values"])   # the figure is in the review
    for r in reviews:
        for src in r.sources:
            for q in src.others:
                assert q.value.split()[0] not in planted["values"], footnote_text(src)
