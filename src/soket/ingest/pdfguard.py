"""pdfminer under the document's budget (:mod:`soket.ingest.budget`), installed once.

- Flate streams are inflated through a bounded shim: a stream that would unpack past the
  remaining ``decompressed_bytes`` stops at the limit (a 1 MB PDF holding a 1 GB stream is
  refused after reading at most the budget, never allocated whole).
- Each glyph laid out is charged to ``pdf_glyphs``; the content-stream parser ticks the CPU
  budget, so a page of millions of operators stops on time too.
- pdfminer's and pdfplumber's log records ("Data-loss while decompressing corrupted data") stay
  in :mod:`logging` (a handler is attached, so Python's last-resort handler never prints them on
  stderr); an application that configures logging still receives them.
"""

from __future__ import annotations

import logging
import zlib
from typing import Any

from soket.ingest import budget

THIRD_PARTY_LOGGERS = ("pdfminer", "pdfplumber", "trafilatura", "htmldate", "courlan", "charset_normalizer",
                       "fontTools", "PIL", "py.warnings")

_installed = False


def quiet_third_party_logs() -> None:
    """Give each third-party logger a handler, so its warnings stay in logging, off stderr."""
    for name in THIRD_PARTY_LOGGERS:
        lg = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in lg.handlers):
            lg.addHandler(logging.NullHandler())


class _Inflater:
    """A zlib decompressobj whose output is charged to the budget as it grows."""

    def __init__(self) -> None:
        self._d = zlib.decompressobj()

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._d.decompress(data, _room() if not max_length else min(max_length, _room()))
        budget.charge("decompressed_bytes", len(out), "inflating a PDF stream")
        if self._d.unconsumed_tail:
            _over()
        return out

    def flush(self, *a: Any) -> bytes:
        out = self._d.flush(*a)
        budget.charge("decompressed_bytes", len(out), "inflating a PDF stream")
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._d, name)


def _room() -> int:
    m = budget.current()
    if m is None:
        return 1 << 62
    return max(1, m.budget.decompressed_bytes - m.used["decompressed_bytes"] + 1)


def _over() -> None:
    m = budget.current()
    n = m.budget.decompressed_bytes if m else 0
    budget.charge("decompressed_bytes", n + 1, "inflating a PDF stream")


class _BoundedZlib:
    """Stands for the ``zlib`` module inside ``pdfminer.pdftypes``."""

    error = zlib.error
    MAX_WBITS = zlib.MAX_WBITS

    @staticmethod
    def decompress(data: bytes, *a: Any, **k: Any) -> bytes:
        d = zlib.decompressobj()
        out = d.decompress(data, _room())
        if d.unconsumed_tail:
            _over()
        if not d.eof:
            raise zlib.error("incomplete or truncated stream")  # as zlib.decompress says
        budget.charge("decompressed_bytes", len(out), "inflating a PDF stream")
        return out

    @staticmethod
    def decompressobj(*a: Any, **k: Any) -> _Inflater:
        return _Inflater()

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def install() -> None:
    """Patch pdfminer once (idempotent): bounded inflation, glyph and CPU accounting, quiet logs."""
    global _installed
    if _installed:
        return
    from pdfminer import converter, pdfinterp, pdftypes

    setattr(pdftypes, "zlib", _BoundedZlib())  # noqa: B010  # a stand-in for the module pdftypes imported

    render_char = converter.PDFLayoutAnalyzer.render_char

    def counted_render_char(self: Any, *a: Any, **k: Any) -> float:
        budget.charge("pdf_glyphs", 1, "laying out PDF text")
        budget.charge("pdf_page_glyphs", 1, "laying out PDF text")
        return render_char(self, *a, **k)

    converter.PDFLayoutAnalyzer.render_char = counted_render_char  # type: ignore[method-assign]  # patched to count glyphs

    nextobject = pdfinterp.PDFContentParser.nextobject

    def ticking_nextobject(self: Any) -> Any:
        budget.tick("parsing a PDF page", every=512)
        return nextobject(self)

    pdfinterp.PDFContentParser.nextobject = ticking_nextobject  # type: ignore[method-assign]  # patched to tick the budget
    quiet_third_party_logs()
    _installed = True


__all__ = ["THIRD_PARTY_LOGGERS", "install", "quiet_third_party_logs"]
