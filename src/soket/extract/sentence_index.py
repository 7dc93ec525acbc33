"""The per-sentence index of cue phrases (issue 12): where in a lowered sentence the phrases of a cue set start,
found once per sentence and asked of by every figure of it.

A role rule searches the words before each figure for a pattern that needs one of a few lexicon phrases ("tăng",
"vượt kế hoạch" ...). Several such patterns, one figure after another, each scan the same characters again. A
:class:`CueSet` is the union of the phrases those patterns need (as :func:`~soket.extract.textutil.phrase_alt`
matches them, with no word boundary before: a superset of where any of the patterns can start, in the
sentence or in a slice of it); a :class:`SentenceIndex` holds, per cue set, every offset where one of its
phrases starts (overlapping starts kept), and answers "does one start in ``[a, b)``" by bisection. Where none
does, no pattern built on those phrases can match in ``low[a:b]``, and the searches are skipped: the same
answers. Pure; no I/O.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from soket import rx as re
from soket.extract.textutil import lower_keep_len, phrase_alt

__all__ = ["CueSet", "EndWords", "SentenceIndex", "index_of", "last_word"]


class CueSet:
    """The phrases of one or more lexicon lists, as one pattern that finds where any of them starts."""

    __slots__ = ("pattern",)

    def __init__(self, phrases: Iterable[str]) -> None:
        # no look-behind: a phrase at the first offset of a slice matches there whatever precedes it in the sentence
        self.pattern = re.compile(phrase_alt(phrases))

    def starts(self, low: str) -> list[int]:
        """Every offset of ``low`` where one of the phrases starts, ascending (a start inside another match kept)."""
        out: list[int] = []
        search = self.pattern.search
        m = search(low)
        while m is not None:
            p = m.start()
            out.append(p)
            m = search(low, p + 1)
        return out


class SentenceIndex:
    """One lowered sentence and the starts of the cue sets asked of it, each found on first use."""

    __slots__ = ("_asked", "_starts", "low")

    def __init__(self, low: str) -> None:
        self.low = low
        self._starts: dict[CueSet, list[int]] = {}
        self._asked: set[CueSet] = set()

    def starts(self, cues: CueSet) -> list[int]:
        """The offsets where a phrase of ``cues`` starts in the sentence."""
        got = self._starts.get(cues)
        if got is None:
            got = self._starts[cues] = cues.starts(self.low)
        return got

    def any_in(self, cues: CueSet, a: int, b: int) -> bool:
        """Whether a phrase of ``cues`` may lie in ``low[a:b]``: where not, no pattern that needs one of them matches
        in that slice. Asked once of a sentence, a search of the slice (a phrase wholly in it); asked again, the
        starts of the phrases in the whole sentence are found once and bisected (one starting in ``[a, b)``)."""
        got = self._starts.get(cues)
        if got is None:
            if cues not in self._asked:  # asked once: a search of the words asked about costs less than the index
                self._asked.add(cues)
                return cues.pattern.search(self.low, a, b) is not None
            got = self._starts[cues] = cues.starts(self.low)
        i = bisect_left(got, a)
        return i < len(got) and got[i] < b


_last: list[SentenceIndex] = []


def index_of(low: str) -> SentenceIndex:
    """The index of ``low``: the one built last when it is of the same sentence (the figures of a sentence are read
    one after another), else a new one."""
    if _last:
        ix = _last[0]
        if ix.low is low or ix.low == low:
            return ix
        ix = SentenceIndex(low)
        _last[0] = ix
        return ix
    ix = SentenceIndex(low)
    _last.append(ix)
    return ix


_SPACES = " \t"


def _trailing_word(text: str) -> str:
    """The maximal run of ``\\w`` that ``text`` ends on ("" for none), read backwards: linear in the run, where a
    search for ``\\w+$`` would try every start of a long run ending on something else."""
    i = len(text)
    while i and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:]


def last_word(text: str) -> str | None:
    """The word ``text`` ends on, trailing spaces and tabs skipped (its last maximal run of ``\\w``), read once per
    figure and asked of by every :class:`EndWords` gate: "" where the last character left is no word character (or
    none is left), None where the word runs from the text's first character (in a slice, maybe the tail of a
    longer word: every gate lets it through)."""
    t = text.rstrip(_SPACES)
    parts = t.rsplit(None, 1)
    if not parts:
        return ""
    chunk = parts[-1]
    if chunk.isalnum():  # letters and digits only: the characters ``\w`` takes but "_"
        return chunk if len(chunk) != len(t) else None
    w = _trailing_word(chunk)
    return w if not w or len(w) != len(t) else None


class EndWords:
    """The words a set of phrases ends on: a pattern ``word_alt(phrases)[ \\t]*$`` (or ``(?<!\\w)(?:phrase_alt(
    phrases))[ \\t]*$``) matches a text only where the text's :func:`last_word` is one of them (or None). ``chars``:
    the pattern may also end on a character that is no word character (a dash closing a range): then a text
    ending on none ("") is let through too, as it is where a phrase ends on such a character ("covid-").

    Beside :class:`soket.extract.prefilter.EndGate` (one pattern's last character, read from its parsed form, tested
    on a text's last character): these gates take a lexicon's phrases, skip the text's trailing blanks and share one
    :func:`last_word` among the several patterns searched before a figure; neither test says what the other does."""

    __slots__ = ("words",)

    def __init__(self, phrases: Iterable[str], chars: bool = False) -> None:
        words = {""} if chars else set()
        for p in phrases:
            p = lower_keep_len(p.strip())
            if p:
                words.add(_trailing_word(p))
        self.words = frozenset(words)

    def may(self, lw: str | None) -> bool:
        """Whether a pattern ending on these phrases may match the text ``lw`` (its :func:`last_word`) was read from."""
        return lw is None or lw in self.words
