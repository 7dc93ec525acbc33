"""A document's record with its document checks: what ``soket extract`` prints and a batch run
writes. Kept apart from :mod:`soket.service` (which also stores) so that a command that only
extracts never imports the store's libraries."""

from __future__ import annotations

from collections.abc import Callable

import soket.extract
from soket.check.rules import check_record
from soket.model import Document, Record

Extractor = Callable[[Document], Record]


def default_extractor() -> Extractor:
    """The extractor, looked up when called (so that a test may put another in its place)."""
    return soket.extract.extract_document


def extract_checked(doc: Document, extract: Extractor | None = None) -> Record:
    """Extract ``doc`` and add the document checks' issues to its record."""
    return extract_counted(doc, extract)[0]


def extract_counted(doc: Document, extract: Extractor | None = None) -> tuple[Record, int]:
    """:func:`extract_checked`'s record and how many of its issues, the first, are the document
    checks' (an ingest's history recheck takes them from there instead of checking again)."""
    rec = (extract or default_extractor())(doc)
    checks = check_record(rec)
    rec.issues[:0] = checks  # the document checks first, then what extraction flagged (OCR)
    return rec, len(checks)
