"""Extraction: pure functions from a Document (or text) to a Record. No I/O, no clock."""

from __future__ import annotations

from soket.extract.pipeline import extract_document, extract_text

__all__ = ["extract_document", "extract_text"]
