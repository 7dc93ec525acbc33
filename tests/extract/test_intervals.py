"""soket.extract.intervals: range membership by bisection, the same answers as a scan."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from soket.extract.intervals import Intervals

SPANS = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@given(SPANS, st.integers(-5, 280), st.integers(0, 40))
def test_answers_as_a_scan_of_every_range(spans: list[tuple[int, int]], a: int, width: int) -> None:
    iv = Intervals(spans)
    assert iv.holds(a) == any(x <= a < y for x, y in spans)
    assert iv.covers(a, a + width) == any(x <= a and a + width <= y for x, y in spans)
    assert bool(iv) == bool(spans)


def test_nested_and_unordered_ranges() -> None:
    iv = Intervals([(50, 60), (0, 100), (10, 20)])
    assert iv.holds(0) and iv.holds(99) and not iv.holds(100)
    assert iv.covers(55, 100) and not iv.covers(55, 101)
    assert Intervals.of(iv) is iv and not Intervals.of(None)
