"""Issue 12: a few searches tell a sentence that needs no repair (:mod:`soket.extract.repair`) from one that may.

The repair module reads a dozen kinds of slip, each with its own substring tests and scans; nearly every sentence
holds none (26 of the ~10,000 sentences with figures of the bench's reports). The patterns built here from the same
lexicon lists match wherever a step could make an edit (a necessary condition, never a sufficient one: a match sends
the sentence through every step as before), so that a sentence none of them matches is read as written at once. The
vowels are the letters :func:`soket.text.fold` reads as one. Pure; no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from soket import rx as re
from soket.lexicon import kept
from soket.text import fold

__all__ = ["glued_re", "literals_re", "vowels_class"]

_BMP = 0x10000
#: the vowels as the glued-cue step counts syllables (``[aeiouy]`` in the folded word)
_FOLDED_VOWELS = frozenset("aeiouy")


@cache
def vowels_class() -> str:
    """A class body of every BMP character whose folded form holds a vowel (outside the BMP none does); kept
    across processes (:func:`soket.lexicon.kept`: a scan of 65,536 characters at every start)."""
    return kept("vowels-class", _vowels_class)


def _vowels_class() -> str:
    return "".join(re.escape(chr(cp)) for cp in range(_BMP)
                   if not chr(cp).isspace() and _FOLDED_VOWELS.intersection(fold(chr(cp))))


def literals_re(words: Iterable[str]) -> str:
    """The words as written, any of them (the substring tests ``w in low`` of the steps, as one branch)."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in uniq) if uniq else "(?!)"


def glued_re(cues: Iterable[str], before_letters: int = 3) -> str:
    """A cue with letters glued to it that may be a syllable of their own: after it, consonant letters then a vowel;
    before it, a vowel then up to ``before_letters`` consonant letters (a syllable's final consonants, or the initial
    ones of a glued cue opening with a vowel), or more letters than that (never judged: a match)."""
    v = vowels_class()
    cons = rf"[^\W\d_{v}]"
    out = []
    for cue in sorted(set(cues), key=lambda w: (-len(w), w)):
        q = re.escape(cue)
        behind = "|".join(rf"(?<=[{v}]{cons}{{{n}}}{q})" for n in range(before_letters + 1))
        out.append(rf"{q}(?:{behind}|(?<=[^\W\d_]{{{before_letters + 1}}}{q})|(?={cons}*[{v}]))")
    return "|".join(out) if out else "(?!)"
