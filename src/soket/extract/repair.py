"""Read cue words as printed: a sentence with a typo in a cue word is read as the writer meant it,
where the context leaves only one reading, and every such reading is reported so that a fact read
through it can say so.

Two repairs, both in the words around a figure, never in the figure itself:

- a cue word glued to the word before it ("công nghiệpđạt 312 tỷ đồng"): one written token
  that holds two syllables (two vowel groups) and ends in a cue word is read as two words;
- a cue word one edit or a tone mark apart ("tặng 3%" for "tăng 3%", "46,7% tự toán năm" for "dự
  toán năm"): only in the slot where that cue is the one possible reading: a change word just
  before a percentage, a plan word just after one. A written word that is itself a cue word is
  never changed.

The words (cue lists, slots) come from ``lexicon/cues.yaml``; the repaired sentence comes with an
offset map back to the text as written, so spans and raw strings stay those of the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from soket.extract.textutil import lower_keep_len, phrase_alt
from soket.lexicon import load
from soket.text import fold

_VOWELS = re.compile(r"[aeiouy]+")
_CAMEL = re.compile(r"(?<=[a-zà-ỹđ])(?=[A-ZÀ-ỸĐ]{2})")
_PCT = re.compile(r"(?<![\d.,])\d[\d.,]*[ \t]?%")
_PLAN_SLOT = re.compile(r"%[ \t]+(?:(?:so với|so)[ \t]+)?([^\W\d_]+[ \t]+[^\W\d_]+)(?!\w)")


@dataclass(frozen=True, slots=True)
class Repair:
    """One word read other than written: where (in the repaired sentence) and what."""

    start: int
    end: int
    written: str
    read: str

    def note(self) -> str:
        return f"{self.written} → {self.read}"


@dataclass(slots=True)
class Repaired:
    """A sentence as read; ``offsets[i]`` is the index in the written sentence of ``text[i]``
    (one more entry for the end). ``repairs`` is empty when the sentence was read as written."""

    text: str
    low: str  # ``text`` lowered by :func:`lower_keep_len`
    offsets: list[int] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)

    def to_written(self, i: int) -> int:
        return self.offsets[i] if self.repairs else i


@dataclass(frozen=True, slots=True)
class _Lex:
    glued: re.Pattern[str]  # a cue word glued to the letters before it
    glued_lead: re.Pattern[str]  # a cue word glued to the letters after it
    before_pct: dict[str, str]  # folded form → cue, for the word just before a percentage
    pct_word: re.Pattern[str]  # the word just before a percentage (a qualifier may stand between)
    plan_words: dict[str, str]  # folded multi-syllable plan words → as written in the lexicon
    known: frozenset[str]  # cue words, never read as a typo of another
    never: frozenset[str]  # phrases never read as a typo ("chi tiêu")


@cache
def _lex() -> _Lex:
    c = load("cues")
    t = c["typo_slots"]
    known = {w for key in ("increase", "decrease", "level", "predicate", "plan_over", "plan_under", "basis_lead",
                           "estimate", "plan_heads", "comparison_heads") for p in c[key] for w in p.split()}
    quals = phrase_alt(w for ws in c["qualifiers"].values() for w in ws)
    return _Lex(
        glued=re.compile(rf"(?<=[^\W\d_])(?:{phrase_alt(t['glued_cues'])})(?!\w)"),
        glued_lead=re.compile(rf"(?<![^\W\d_])(?:{phrase_alt(t['glued_cues'])})(?=[^\W\d_])"),
        before_pct={fold(w): w for w in t["before_percent"]},
        pct_word=re.compile(rf"(?<!\w)([^\W\d_]+)(?:[ \t]+(?:{quals}))?[ \t]+$"),
        plan_words={fold(p): p for p in c["plan_heads"] if len(p.split()) >= 2 and len(p) >= 6},
        known=frozenset(known),
        never=frozenset(lower_keep_len(w) for w in t["never_typos"]),
    )


def _two_syllables(token: str) -> bool:
    return len(_VOWELS.findall(fold(token).replace("qu", "q").replace("gi", "g"))) >= 2


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def repair(s: str) -> Repaired:
    """The sentence as read (see the module's docstring); cheap when nothing needs repair."""
    lex = _lex()
    low = lower_keep_len(s)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the written sentence
    for m in lex.glued.finditer(low):
        i = m.start()
        while i > 0 and low[i - 1].isalpha():  # back to the start of the written token
            i -= 1
        token = low[i:m.end()]
        if token not in lex.known and _two_syllables(token) and _VOWELS.search(fold(low[i:m.start()])):
            edits.append((m.start(), m.start(), " "))
    for m in lex.glued_lead.finditer(low):  # "Ướcthu mới ngân sách": a cue glued to the word after it
        j = m.end()
        while j < len(low) and low[j].isalpha():
            j += 1
        token = low[m.start():j]
        if token not in lex.known and _two_syllables(token) and _VOWELS.search(fold(low[m.end():j])):
            edits.append((m.end(), m.end(), " "))
    for m in _CAMEL.finditer(s):  # "dự toánHĐND tỉnh": a cue word glued to the capitals after it
        i = m.start()
        while i > 0 and low[i - 1].isalpha():
            i -= 1
        if low[i:m.start()] in lex.known:
            edits.append((m.start(), m.start(), " "))
    if "%" in s:
        for pm in _PCT.finditer(low):
            wm = lex.pct_word.search(low, max(0, pm.start() - 30), pm.start())
            if wm is None:
                continue
            w = wm.group(1)
            f = fold(w)
            if f in lex.before_pct and lex.before_pct[f] != w and w not in lex.known:
                edits.append((wm.start(1), wm.end(1), _same_case(s[wm.start(1):wm.end(1)], lex.before_pct[f])))
        _plan_after_pct(s, low, lex, edits)
    if not edits:
        return Repaired(s, low)
    return _apply(s, sorted(edits))


def _plan_after_pct(s: str, low: str, lex: _Lex, edits: list[tuple[int, int, str]]) -> None:
    for m in _PLAN_SLOT.finditer(low):
        a, b = m.span(1)
        written = " ".join(low[a:b].split())
        if written in lex.plan_words.values() or written in lex.never:
            continue
        f = fold(written)
        hit = [p for fp, p in lex.plan_words.items() if fp == f or _one_edit(fp, f)]
        if len(hit) == 1:  # one reading only
            edits.append((a, b, _same_case(s[a:b], hit[0])))


def _same_case(written: str, read: str) -> str:
    return read[:1].upper() + read[1:] if written[:1].isupper() else read


def _apply(s: str, edits: list[tuple[int, int, str]]) -> Repaired:
    out: list[str] = []
    offsets: list[int] = []
    repairs: list[Repair] = []
    pos = 0
    for a, b, rep in edits:
        if a < pos:
            continue  # overlapping edits: the first wins
        out.append(s[pos:a])
        offsets.extend(range(pos, a))
        start = sum(len(x) for x in out)
        out.append(rep)
        offsets.extend([a] * len(rep) if b == a else [min(a + k, b - 1) for k in range(len(rep))])
        if b == a:  # a glued word: report the token as written and as read
            ws = re.search(r"[^\W\d_]+$", s[:a])
            we = re.match(r"[^\W\d_]+", s[a:])
            written = (ws.group() if ws else "") + (we.group() if we else "")
            repairs.append(Repair(start - (len(ws.group()) if ws else 0), start + 1 + (len(we.group()) if we else 0),
                                  written, (ws.group() if ws else "") + " " + (we.group() if we else "")))
        else:
            repairs.append(Repair(start, start + len(rep), s[a:b], rep))
        pos = b
    out.append(s[pos:])
    offsets.extend(range(pos, len(s) + 1))
    text = "".join(out)
    return Repaired(text, lower_keep_len(text), offsets, repairs)
