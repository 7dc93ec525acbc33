"""No fact of the seeds, the dev set or the examples has a subject no reader would write: a unit,
a cue word, a basis or an opener (issue 10, kind 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _paths import EXAMPLES, SHARED
from soket.extract import extract_document
from soket.extract.subjects import subject_problem
from soket.ingest import iter_inputs, load_path

SETS = {"seeds": SHARED / "seeds", "dev": SHARED / "eval" / "dev" / "docs", "examples": EXAMPLES}


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_subject_is_one_a_reader_would_write(name: str) -> None:
    folder: Path = SETS[name]
    if not folder.exists():
        pytest.skip(f"{folder} is absent")
    bad = []
    n = 0
    for p in iter_inputs([str(folder)]):
        for f in extract_document(load_path(p)).facts:
            n += 1
            problem = subject_problem(f.subject, f.unit)
            if problem:
                bad.append((p.stem, f.raw, f.subject, problem))
            assert not (f.subject and f.subject_unresolved), "an unresolved subject is never printed"
    assert n > 0
    assert bad == []
