"""Membership in a set of character ranges (chrome, tables) in O(log n) a question, so that asking
it for every sentence or line of a long document stays linear-logarithmic, not quadratic."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Intervals:
    """Half-open ranges ``[a, b)``, overlapping or not, in any order."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._ends = list(accumulate((b for _, b in ordered), max))  # the furthest end so far

    @classmethod
    def of(cls, spans: Intervals | Iterable[tuple[int, int]] | None) -> Intervals:
        return spans if isinstance(spans, Intervals) else cls(spans or ())

    def __bool__(self) -> bool:
        return bool(self._starts)

    def _reach(self, x: int) -> int | None:
        """The furthest end of the ranges that start at or before ``x`` (None: none does)."""
        i = bisect_right(self._starts, x)
        return self._ends[i - 1] if i else None

    def holds(self, x: int) -> bool:
        """Is position ``x`` inside a range (``a <= x < b``)?"""
        end = self._reach(x)
        return end is not None and end > x

    def covers(self, a: int, b: int) -> bool:
        """Does one range hold all of ``[a, b)`` (``start <= a and b <= end``)?"""
        end = self._reach(a)
        return end is not None and end >= b
