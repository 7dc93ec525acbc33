"""How a step's cost grows with its input, measured so that a loaded machine cannot fail the test (issue 12: no
timing asserts in tests; the brief: every step linear, tests count operations rather than seconds).

Where a step's work is inside the regex engine or a C string method (nothing in Python to count), the test compares
the step's CPU time on an input and on the same input ``k`` times longer: linear work costs about ``k`` times as much,
quadratic work ``k²``. Never an absolute bound: CPU time (``time.process_time``, not the wall clock: other processes
do not stretch it), the best of a few runs, the two sizes measured in turn (a busy spell slows both alike), the
collector paused, and the whole comparison repeated before a failure is believed (a step that is really quadratic
fails every time)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def cpu(step: Callable[[T], object], arg: T) -> float:
    """CPU seconds of one ``step(arg)``, the collector paused (in a large heap a collection inside one run may cost
    more than the run)."""
    gc.collect()
    gc.disable()
    try:
        t = time.process_time()
        step(arg)
        return time.process_time() - t
    finally:
        gc.enable()


def growth(step: Callable[[T], object], small: T, large: T, runs: int = 3) -> tuple[float, float]:
    """The best CPU seconds of ``step`` on ``small`` and on ``large``, measured in turn ``runs`` times."""
    best_small = best_large = float("inf")
    for _ in range(runs):
        best_small = min(best_small, cpu(step, small))
        best_large = min(best_large, cpu(step, large))
    return best_small, best_large


def assert_linear(step: Callable[[T], object], make: Callable[[int], T], n: int, k: int = 4, slack: float = 2.0,
                  runs: int = 3, tries: int = 3) -> None:
    """``step(make(k * n))`` costs less than ``slack * k`` times ``step(make(n))``: ×4 input, < ×8 CPU time, where a
    quadratic step takes ×16. ``n`` must be large enough that the small input takes some milliseconds (the clock and
    the interpreter's constant costs are then nothing beside it). A comparison over the bound is measured again, up
    to ``tries`` times: load makes one comparison noisy, never every one; one of 1.5 times the bound or more (×12:
    near the ×16 of a quadratic step) is believed at once."""
    small, large = make(n), make(k * n)
    seen = []
    for _ in range(tries):
        t_small, t_large = growth(step, small, large, runs)
        seen.append((round(t_small, 4), round(t_large, 4)))
        ratio = t_large / max(t_small, 1e-3)
        if ratio < slack * k:
            return
        if ratio >= 1.5 * slack * k:
            break
    raise AssertionError(f"×{k} input cost more than ×{slack * k:g} CPU time (small, large seconds: {seen})")
