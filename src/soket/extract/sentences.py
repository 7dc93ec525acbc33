"""Split text into sentences with offsets, skipping page chrome.

A sentence ends at a line break, or at . ! ? … followed by a space and a capital, an opening
quote or bracket — except after abbreviations such as "TP." (``lexicon/abbreviations``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"\n+|(?<=[.!?…])[ \t]+(?=[\"“‘(\[A-ZĐÀ-ỸÂĂÊÔƠƯ0-9])")
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|tp|TS|ThS|PGS|GS|BS|KS|Q|P|TT|St|Th\.S|TX|H)\.)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    para: int  # index of the paragraph (line block) it belongs to


def split_sentences(text: str, chrome: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of ``text`` in order; those inside chrome ranges are dropped."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for m in _END.finditer(text):
        if "\n" not in m.group() and _ABBREV.search(text, max(0, m.start() - 6), m.start()):
            continue
        _emit(text, pos, m.start(), para, out)
        if "\n" in m.group():
            para += 1
        pos = m.end()
    _emit(text, pos, len(text), para, out)
    if chrome:
        out = [s for s in out if not _in_chrome(s, chrome)]
    return out


def _emit(text: str, a: int, b: int, para: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(a, b, text[a:b], para))


def _in_chrome(s: Sentence, chrome: list[tuple[int, int]]) -> bool:
    return any(a <= s.start and s.end <= b for a, b in chrome)
