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
    rec = (extract or default_extractor())(doc)
    rec.issues[:0] = check_record(rec)  # the document checks first, then what extraction flagged (OCR)
    return rec
