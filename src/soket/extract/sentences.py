"""Split text into sentences with offsets, skipping page chrome.

A sentence ends at a line break, or at . ! ? … followed by a space and a capital, an opening
quote or bracket — except after abbreviations such as "TP." (``cues.yaml`` ``sentences.abbreviations``).
A sentence never exceeds ``MAX_SENTENCE`` characters: a longer run of text (a one-line file, a
table flattened into prose) is cut after the last ";", "," or space before the cap, so the work
and the output for one sentence are bounded whatever the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from soket import rx as re
from soket.extract.intervals import Intervals
from soket.extract.numbers import spaced_dot_at
from soket.extract.textutil import UPPER, literal_alt
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon

# a run of line breaks (group 1: the breaks after the first), or the spaces after a final stop (group
# 2) before a capital, quote or bracket; the pattern opens with the class of its first characters
# (the stop is matched, not looked behind at), so that the search skips ahead to the next candidate
# (group 3: nothing, after a full stop glued to the next sentence's capitalised word, :func:`_glued_stop`)
_END = re.compile(rf"[\n.!?…](?:(?<=\n)(\n*)|(?<=[.!?…])([ \t]+)(?=[\"“‘(\[{UPPER}0-9])|(?<=\.)()(?=[{UPPER}]))")
MAX_SENTENCE = 1000  # characters: the hard cap on one sentence
EVIDENCE_MAX = 300  # characters: the longest evidence window of a fact


@cache
def _abbrev() -> re.Pattern[str]:
    """An abbreviation ending right before a full stop (matched as written), whose stop ends no sentence."""
    return re.compile(rf"(?:\b(?:{literal_alt(get(CuesLexicon).sentences.abbreviations)})\.)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    para: int  # index of the paragraph (line block) it belongs to


def split_sentences(text: str, chrome: Intervals | list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of ``text`` in order; those inside chrome ranges are dropped."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    abbrev = _abbrev()
    for m in _END.finditer(text):
        brk = m.group(1) is not None
        if m.group(3) is not None and not _glued_stop(text, m.start()):
            continue
        a, b = m.span() if brk else m.span(2) if m.group(2) is not None else m.span(3)
        if not brk and abbrev.search(text, max(0, a - 6), a):
            continue
        if not brk and b - a == 1 and text[a - 1] == "." and text[b].isdigit() and spaced_dot_at(text, a - 1):
            continue  # "đạt 3. 407,5 tỷ đồng": a thousands dot typed with a blank after it
        _emit(text, pos, a, para, out)
        if brk:
            para += 1
        pos = b
    _emit(text, pos, len(text), para, out)
    if chrome:
        inside = Intervals.of(chrome)
        out = [s for s in out if not inside.covers(s.start, s.end)]
    return out


def _glued_stop(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends a sentence though no blank follows it ("... khai mạc.Có 339 đại biểu",
    "... bền vững".Có ..."): a word of lowercase letters (three at least: no abbreviation such as "Tp.", "H.") or a
    closing quote after one stands before it, a capitalised word (a capital, then a lowercase letter: not "TP.HCM")
    after it."""
    if dot + 2 >= len(text) or not text[dot + 2].isalpha() or not text[dot + 2].islower():
        return False
    k = dot
    if k > 0 and text[k - 1] in "\"”’'":
        k -= 1
    word = text[max(0, k - GLUED_WORD_MIN):k]
    return len(word) == GLUED_WORD_MIN and all(ch.isalpha() and ch.islower() for ch in word)


#: the lowercase letters a word glued to the next sentence ends with before its full stop
GLUED_WORD_MIN = 3


def _emit(text: str, a: int, b: int, para: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > MAX_SENTENCE:
        cut = _cut_point(text, a, a + MAX_SENTENCE)
        _emit(text, a, cut, para, out)
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append(Sentence(a, b, text[a:b], para))


def _cut_point(text: str, a: int, limit: int) -> int:
    """Where to cut a run of text longer than the cap: after the last ";" , "," or space in its
    second half (a clause boundary if any), else at the cap."""
    half = a + (limit - a) // 2
    for sep in ("; ", ", ", " "):
        i = text.rfind(sep, half, limit)
        if i >= 0:
            return i + 1
    return limit


def evidence_window(sent: Sentence, start: int, end: int, max_len: int = EVIDENCE_MAX) -> tuple[int, int, bool]:
    """[a, b) of at most ``max_len`` characters of ``sent`` around the figure at [start, end)
    (document offsets), cut at word boundaries; and whether it is shorter than the sentence."""
    if sent.end - sent.start <= max_len:
        return sent.start, sent.end, False
    s, off = sent.text, sent.start
    room = max(0, max_len - (end - start))
    a = max(off, start - room // 2)
    b = min(sent.end, a + max(max_len, end - start))
    a = max(off, min(a, b - max_len))
    if a > off:  # start at a word
        i = s.find(" ", a - off, start - off)
        a = off + i + 1 if i >= 0 else a
    if b < sent.end:  # end after a word
        i = s.rfind(" ", end - off, b - off + 1)
        b = off + i if i >= 0 else b
    while b > a and s[b - off - 1].isspace():
        b -= 1
    return a, b, True

