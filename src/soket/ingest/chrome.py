"""Find page chrome (ratings, counters, share buttons, verification codes, related links).

Chrome stays in the text so offsets hold; its [start, end) ranges are returned so extraction
skips them. The cue phrases live in ``lexicon/chrome.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from soket.lexicon import load


@lru_cache(maxsize=1)
def _line_re() -> re.Pattern[str]:
    cues = load("chrome")["line_cues"]
    alts = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{alts})[^\n]*$", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def _tail_re() -> re.Pattern[str]:
    cues = load("chrome")["tail_cues"]
    alts = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{alts})", re.IGNORECASE | re.MULTILINE)


def find_chrome(text: str) -> list[tuple[int, int]]:
    """Ranges of chrome lines, plus everything after a tail cue (comment/rating box) near the end."""
    ranges = [(m.start(), m.end()) for m in _line_re().finditer(text)]
    for m in _tail_re().finditer(text):
        if m.start() > len(text) * 0.5:
            ranges.append((m.start(), len(text)))
            break
    return _merge(ranges)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
