"""The words of a drafted review (``lexicon/report_templates.yaml``), loaded once."""

from __future__ import annotations

from soket.lexicon import get
from soket.lexicon.schema import ReportTemplates


def templates() -> ReportTemplates:
    """``lexicon/report_templates.yaml`` as its model (loaded once)."""
    return get(ReportTemplates)
