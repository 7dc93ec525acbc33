"""Tests of soket.extract; :func:`fact_with_raw` is the look-up the construction-kind tests share."""

from __future__ import annotations

from soket.extract import extract_text
from soket.model import Fact


def fact_with_raw(text: str, raw: str) -> Fact:
    """The first fact of ``text``'s record printed as ``raw`` (an assertion names the facts read when none is)."""
    facts = extract_text(text).facts
    got = [f for f in facts if f.raw == raw]
    assert got, f"no fact {raw!r} in {[f.raw for f in facts]}"
    return got[0]
