"""Issue 12: a lexicon list asked "does any of these phrases stand in the text as whole words" is searched once, as
one compiled alternation, not once a phrase (a pattern built from a string per phrase and per call).

The phrases are matched as written (escaped), each between no word character before and after, as
``re.search(r"(?<!\\w)" + re.escape(p) + r"(?!\\w)", text)`` matched them one by one: an alternation finds a
match where and only where one of them does (at a position where one branch matches but no boundary follows, the
next branch is tried). Pure; no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from soket import rx as re

__all__ = ["bounded_re", "has_any"]

_NOTHING = re.compile(r"(?!)")


@lru_cache(maxsize=256)  # the lexicons' lists: a few dozen
def bounded_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words, one pattern (one that never matches for none)."""
    if not phrases:
        return _NOTHING
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


def has_any(text: str, phrases: Iterable[str]) -> bool:
    """Whether one of ``phrases`` (a lexicon's list) stands in ``text`` as whole words."""
    return bounded_re(tuple(phrases)).search(text) is not None
