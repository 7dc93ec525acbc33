"""Issue 12: the words of a sentence that open with a capital letter, found without visiting the others.

A word is what ``WORD.finditer`` finds (a letter, then letters, digits, "_" and apostrophes). Names and titles are
runs of capitalised words; a reader of a sentence of forty words looks at its six capitals, not at every word.
:func:`capital_words` gives the words of ``WORD.finditer(s)`` whose first letter is a capital, as matches of the
same spans in the same order, from one search for capital letters (compiled once) and a check that the capital opens a
word: no letter before it in the run of word characters and apostrophes that holds it ("1B" opens "B"; "x1B" and
"H'Liên"'s "L" are inside a word). The search takes a capital with the rest of its run (no capital later in the run
opens a word: a letter stands before it), so "HĐND" is one step, and a capital that opens a word is its word's match.
The check steps back over digits, "_" and apostrophes only and stops at the first letter, so a sentence costs its
length once. Pure; no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from soket import rx as re

__all__ = ["WORD", "capital_words"]

#: a word: a letter, then word characters and apostrophes (people.py's token)
WORD = re.compile(r"[^\W\d_][\w'’ʼ]*")
_LETTER = re.compile(r"[^\W\d_]")
_IN_WORD = re.compile(r"[\w'’ʼ]")


@cache
def _capitals() -> re.Pattern[str]:
    """A capital letter of the Basic Multilingual Plane with the rest of its run of word characters and apostrophes
    (what ``WORD`` takes after its letter), or any one character beyond the plane (checked one by one: few texts hold
    one, and listing the whole of Unicode's capitals costs more than it saves)."""
    caps = "".join(c for c in map(chr, range(0x10000)) if c.isupper() and _LETTER.match(c))
    return re.compile("[" + re.escape(caps) + "][\\w'’ʼ]*|[\U00010000-\U0010ffff]")


def _opens_word(s: str, p: int) -> bool:
    """Whether the letter at ``p`` opens a word of ``WORD.finditer(s)``: no letter before it in its run of word
    characters and apostrophes (a digit, "_" or an apostrophe opens none)."""
    k = p - 1
    while k >= 0 and _IN_WORD.match(s, k):
        if _LETTER.match(s, k):
            return False
        k -= 1
    return True


def capital_words(s: str) -> Iterator[re.Match[str]]:
    """The words of ``s`` (``WORD.finditer``) whose first letter is a capital (``str.isupper``), in order: matches of
    the same spans and text (``start``, ``end``, ``group()``; not of ``WORD`` itself)."""
    for c in _capitals().finditer(s):
        p = c.start()
        if s[p] <= "\uffff":
            if _opens_word(s, p):
                yield c  # a capital and its word's rest: WORD's match at p
        elif s[p].isupper() and _opens_word(s, p) and (m := WORD.match(s, p)) is not None:
            yield m
