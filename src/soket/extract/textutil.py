"""Small text helpers shared by the extraction modules: case folding that keeps offsets,
phrase alternations compiled from lexicon lists."""

from __future__ import annotations

import re
from collections.abc import Iterable


def lower_keep_len(s: str) -> str:
    """Lowercase without changing length (so offsets into ``s`` hold in the result)."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c.lower()[:1] or c for c in s)


def phrase_alt(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    uniq = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)
