"""The extraction pipeline: sentences, quantities, roles, subjects, meeting, period, people."""

from __future__ import annotations

from soket.model import Document, Record


def extract_document(doc: Document) -> Record:
    """Extract the record of one document."""
    rec = Record(doc=doc.doc)
    rec.source = {"path": doc.path, "sha256": doc.sha256, "format": doc.format}
    return rec


def extract_text(text: str, doc: str = "") -> Record:
    from soket.ingest import load_text

    return extract_document(load_text(text, doc=doc))
