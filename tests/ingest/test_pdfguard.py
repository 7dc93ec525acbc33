"""soket.ingest.pdfguard: pdfminer patched once to inflate within the budget, count glyphs and
keep its log records off stderr."""

from __future__ import annotations

import logging
import sys
import zlib

import pytest

from _paths import ROOT
from soket.errors import LimitExceededError
from soket.ingest import budget, pdfguard

sys.path.insert(0, str(ROOT / "bench"))
import hostile


def test_install_is_idempotent_and_patches_pdfminer():
    from pdfminer import converter, pdftypes

    pdfguard.install()
    patched = converter.PDFLayoutAnalyzer.render_char
    pdfguard.install()
    assert converter.PDFLayoutAnalyzer.render_char is patched
    assert isinstance(pdftypes.zlib, pdfguard._BoundedZlib)
    assert pdftypes.zlib.MAX_WBITS == zlib.MAX_WBITS


def test_bounded_inflation_stops_at_the_budget():
    z = pdfguard._BoundedZlib()
    data = zlib.compress(b" " * 10_000)
    assert z.decompress(data) == b" " * 10_000  # no budget open: as zlib
    with budget.metered(budget.Budget(decompressed_bytes=1_000)), pytest.raises(LimitExceededError):
        z.decompress(data)
    with budget.metered(budget.Budget(decompressed_bytes=100_000)) as m:
        d = z.decompressobj()
        assert d.decompress(data) + d.flush() == b" " * 10_000
        assert m.used["decompressed_bytes"] == 10_000
    with pytest.raises(zlib.error):
        z.decompress(data[:-6])


def test_glyphs_are_counted():
    data = hostile.pdf([hostile.text_page(["Thu ngan sach dat 5 ty dong."])])
    from soket.ingest.pdf import pdf_to_document

    with budget.metered() as m:
        doc = pdf_to_document(data)
    assert "5 ty dong" in doc.text
    assert m.used["pdf_glyphs"] >= len("Thu ngan sach dat 5 ty dong.") - 6  # spaces may not be drawn


def test_third_party_logs_get_a_handler():
    pdfguard.quiet_third_party_logs()
    for name in pdfguard.THIRD_PARTY_LOGGERS:
        assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger(name).handlers), name
    n = len(logging.getLogger("pdfminer").handlers)
    pdfguard.quiet_third_party_logs()
    assert len(logging.getLogger("pdfminer").handlers) == n
