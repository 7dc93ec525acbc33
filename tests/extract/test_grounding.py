"""Every fact is grounded: its raw text is the text at its span, inside its evidence sentence."""

from __future__ import annotations

import pytest

from _paths import EXAMPLES, SHARED
from soket.errors import InputError
from soket.extract import extract_document
from soket.ingest import iter_inputs, load_path


def _inputs() -> list:
    paths = []
    for d in (SHARED / "seeds", SHARED / "eval" / "dev" / "docs", EXAMPLES):
        if d.exists():
            paths.extend(iter_inputs([str(d)]))
    return paths


@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.name)
def test_every_fact_is_grounded(path):
    try:
        doc = load_path(path)
    except InputError as e:  # the deliberately broken inputs have tests of their own
        pytest.skip(f"unreadable by design: {e}")
    rec = extract_document(doc)
    for f in rec.facts:
        a, b = f.span
        assert doc.text[a:b] == f.raw
        if f.origin == "table":
            assert f.table and f.evidence.startswith("Bảng"), "a table fact names its table, row and column"
            continue
        assert f.raw in f.evidence
        ea, eb = f.evidence_span
        assert doc.text[ea:eb] == f.evidence and ea <= a < b <= eb
        assert f.role in ("amount", "change", "change_pct", "prior_pct", "plan_pct", "plan_diff_pct", "percent", "target")
        assert not any(x <= a < y for x, y in doc.chrome), "a fact inside page chrome"
