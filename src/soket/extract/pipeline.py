"""The extraction pipeline: sentences → facts; meeting, period, people, authors; tasks and
limitations. Pure: a Document in, a Record out."""

from __future__ import annotations

from soket.extract.facts import sentence_facts
from soket.extract.sentences import split_sentences
from soket.model import Document, Fact, Record


def extract_document(doc: Document) -> Record:
    """Extract the record of one document."""
    text = doc.text
    sents = split_sentences(text, doc.chrome)
    facts: list[Fact] = []
    for sent in sents:
        facts.extend(sentence_facts(sent, doc.chrome))
    facts = _drop_headline_repeats(facts, sents)
    rec = Record(doc=doc.doc, facts=facts)
    rec.source = {"path": doc.path, "sha256": doc.sha256, "format": doc.format}
    return rec


def extract_text(text: str, doc: str = "") -> Record:
    from soket.ingest import load_text

    return extract_document(load_text(text, doc=doc))


def _drop_headline_repeats(facts: list[Fact], sents: list) -> list[Fact]:
    """A figure in the headline or lead that the body states again is one fact, not two."""
    if not sents:
        return facts
    first_para_end = max((s.end for s in sents if s.para == sents[0].para), default=0)
    head = [f for f in facts if f.span[0] < first_para_end]
    body = [f for f in facts if f.span[0] >= first_para_end]
    keep = [f for f in head if not any(_same(f, g) for g in body)]
    return keep + body


def _same(f: Fact, g: Fact) -> bool:
    if f.unit != g.unit or f.value is None or g.value is None:
        return False
    if f.role != g.role and not (f.unit == "%" and {f.role, g.role} <= {"plan_diff_pct", "plan_pct", "change_pct"}):
        return False
    return abs(f.value - g.value) <= max(1.0, 0.05 * abs(g.value)) if f.unit == "%" else abs(f.value - g.value) <= 0.05 * abs(g.value)
