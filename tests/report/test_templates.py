"""soket.report.templates: the drafted review's words, loaded once from the lexicon."""

from __future__ import annotations

from soket.lexicon import get
from soket.lexicon.schema import ReportTemplates
from soket.report.templates import templates


def test_templates_are_the_lexicon_model_loaded_once():
    t = templates()
    assert isinstance(t, ReportTemplates) and t is templates() and t is get(ReportTemplates)
    assert t.title and t.sections.table and t.fields
    assert "{period}" in t.heading and "{locality}" in t.intro
