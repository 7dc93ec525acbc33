"""Regular expressions compiled from lexicon phrase lists, matched on text lowered with
:func:`soket.text.lower_keep_len` (re-exported here for the extraction modules)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from soket.text import lower_keep_len

__all__ = ["lower_keep_len", "phrase_alt", "starts_re", "words_re"]


def phrase_alt(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    uniq = sorted({lower_keep_len(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)


def words_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words (on text lowered with :func:`lower_keep_len`)."""
    return re.compile(rf"(?<!\w)(?:{phrase_alt(phrases)})(?!\w)")


def starts_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as a whole word, for ``match`` at a position (no look-behind)."""
    return re.compile(rf"(?:{phrase_alt(phrases)})(?!\w)")
