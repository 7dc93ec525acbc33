"""Text normalisation, one place for every step (extract, the gazetteer, tables, store search, the
batch filter, lexicons as they load).

- :func:`new_tone`: old-style tone placement in open syllables ("hoà", "thuỷ", "uỷ", "khoẻ")
  written the new way ("hòa", "thủy", "ủy", "khỏe"); case kept. "quý", "quà" and closed syllables
  ("hoàng", "huỳnh") agree in both styles and are left alone.
- :func:`new_spelling`: :func:`new_tone`, and the syllables written with "i" or with "y" alike
  ("tỉ lệ" / "tỷ lệ", "kì họp" / "kỳ họp", "quí" / "quý") in their "y" spelling, and a tone typed on the "u" of
  "qu" on the vowel after it ("qúy" → "quý", "kết qủa" → "kết quả"); case kept. What
  lexicon entries are loaded as and texts are matched as, so a lexicon lists one spelling.
- :func:`lower_keep_len`: lowercase and :func:`new_spelling`, one character for one, so a match at
  ``i:j`` in the result is the text ``s[i:j]``.
- :func:`fold`: lowercase without diacritics, đ → d (``"Đảng viên"`` → ``"dang vien"``), also one
  character for one on NFC text; :func:`fold_words` squeezes punctuation and spaces as well.
- :func:`norm_phrase`: a phrase of a lexicon, a table header or a cue as it is compared: NFC,
  :func:`lower_keep_len`, spaces squeezed. Offsets are not kept.

Every function is pure and fast on ASCII and on text with nothing to change.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Any

from soket import rx as re

__all__ = ["fold", "fold_words", "i_spellings", "lower_keep_len", "new_spelling", "new_tone", "nfc", "norm_phrase"]

# --- tone placement --------------------------------------------------------------------------------

_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below


def _moves() -> dict[str, str]:
    """"oà" → "òa" and the like, for each case: the tone leaves the last vowel for the one before."""
    out: dict[str, str] = {}
    for first, lasts in (("o", "ae"), ("u", "y")):
        for f in (first, first.upper()):
            for last in lasts:
                for v in (last, last.upper()):
                    for t in _TONE_MARKS:
                        old = f + unicodedata.normalize("NFC", v + t)
                        out[old] = unicodedata.normalize("NFC", f + t) + v
    return out


_MOVE = _moves()


def _class(vowels: str) -> str:
    return "[" + "".join(unicodedata.normalize("NFC", v + t) for v in vowels + vowels.upper()
                         for t in _TONE_MARKS) + "]"


# one class, then the pair checked in :func:`_move`: the scan skips ahead fast ("quý" left alone)
_OLD_TONE = re.compile(rf"[oOuU]{_class('aey')}(?!\w)")


def _move(m: re.Match[str]) -> str:
    pair = m.group()
    i = m.start()
    if pair not in _MOVE or (i > 0 and m.string[i - 1] in "qQ"):
        return pair
    return _MOVE[pair]


def new_tone(s: str) -> str:
    """``s`` with old-style tone placement written the new way; the same length, case kept."""
    if s.isascii():
        return s
    return _OLD_TONE.sub(_move, s)


# --- i/y spellings ---------------------------------------------------------------------------------

#: syllables spelt with "i" or with "y" alike, the "i" spelling first: those the lexicons listed both ways (a
#: toneless pair, "qui" / "quy", would cost ASCII text its fast path, and only a place name has it)
_IY_PAIRS = (("tỉ", "tỷ"), ("kì", "kỳ"), ("quí", "quý"))


def _iy_table() -> dict[str, str]:
    """Each "i" spelling of :data:`_IY_PAIRS` in every case ("tỉ", "Tỉ", "TỈ", "tỈ") → its "y" spelling, case kept."""
    out: dict[str, str] = {}
    for old, new in _IY_PAIRS:
        for mask in range(1 << len(old)):
            up = [bool(mask >> k & 1) for k in range(len(old))]
            out["".join(c.upper() if u else c for c, u in zip(old, up, strict=True))] = \
                "".join(c.upper() if u else c for c, u in zip(new, up, strict=True))
    return out


_IY = _iy_table()


# --- a tone typed on the "u" of "qu" ----------------------------------------------------------------------------

#: "qu" is one consonant: its "u" never carries the syllable's tone, yet a hurried typist (and an old font's copy)
#: puts it there ("qúy I" for "quý I", "qúa trình", "kết qủa"); the tone belongs to the vowel after it, written so
#: when that vowel is the syllable's only one ("qúyết" is left alone: which vowel it meant is not known)
_Q_TONED = "".join(unicodedata.normalize("NFC", u + t) for u in "uU" for t in _TONE_MARKS)
_Q_VOWELS = "aăâeêioơyAĂÂEÊIOƠY"


def _q_moves() -> dict[str, str]:
    """"úy" → "uý" and the like, for each case: the tone leaves the "u" of "qu" for the vowel after it."""
    out: dict[str, str] = {}
    for u in "uU":
        for t in _TONE_MARKS:
            for v in _Q_VOWELS:
                out[unicodedata.normalize("NFC", u + t) + v] = u + unicodedata.normalize("NFC", v + t)
    return out


_Q_MOVE = _q_moves()


def _respell_re() -> re.Pattern[str]:
    """One scan for all three: an old tone placement, an "i" spelling as a whole syllable, a tone on the "u" of "qu".
    Every match opens with one class of letters, so a search skips along the text to them (a branch opening on a
    look-behind would try every position: five times the time)."""
    firsts = "".join(sorted({k[0] for k in _IY}))
    spelt = "|".join(f"(?<={re.escape(k[0])}){re.escape(k[1:])}" for k in sorted(_IY, key=len, reverse=True))
    vowels = _class("aăâeêioôơuưy")[1:-1] + "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
    # "(?<!\w\w)" after the first letter: no letter before it; a toned "u" after "q" (and no letter before the "q"),
    # then a vowel with no vowel after it
    return re.compile(rf"[oOuU{firsts}{_Q_TONED}](?:(?<=[oOuU]){_class('aey')}(?!\w)|(?<!\w\w)(?:{spelt})(?!\w)"
                      rf"|(?<=(?<!\w)[qQ][{_Q_TONED}])[{_Q_VOWELS}](?![{vowels}]))")


_RESPELL = _respell_re()


def _respell_hint_re() -> re.Pattern[str]:
    """A necessary condition of a :data:`_RESPELL` match, found at a tenth of its cost (issue 12: most strings have
    nothing to respell): every match holds one of three pairs of letters, the pattern opening with one class of
    letters and a second one, then one look-behind of two letters. An old tone placement: "o"/"u" then a toned
    "a"/"e"/"y", no letter after; an "i" spelling: its last two letters ("uí" of "quí", "tỉ", "kì"), no letter after;
    a tone on the "u" of "qu": "q" then a toned "u". Where none is found the text is left as it is (the same answer:
    a property test holds it to :data:`_RESPELL`)."""
    old_tone = _class("aey")[1:-1]
    spelt = sorted({k[-2:] for k in _IY})
    firsts = "".join(sorted(set("oOuUqQ") | {p[0] for p in spelt}))
    seconds = "".join(sorted(set(old_tone) | set(_Q_TONED) | {p[1] for p in spelt}))
    return re.compile(rf"[{firsts}][{seconds}](?:(?<=[oOuU][{old_tone}])(?!\w)|(?<={'|'.join(spelt)})(?!\w)"
                      rf"|(?<=[qQ][{_Q_TONED}]))")


_RESPELL_HINT = _respell_hint_re()


def _respell(m: re.Match[str]) -> str:
    pair = m.group()
    if pair[0] in _Q_TONED:
        return _Q_MOVE.get(pair, pair)
    y = _IY.get(pair)
    return _move(m) if y is None else y


def i_spellings(word: str) -> tuple[str, ...]:
    """The other spellings :func:`new_spelling` writes as the lowercase syllable ``word`` ("tỷ" → ("tỉ",)); none for
    another word."""
    return tuple(old for old, new in _IY_PAIRS if new == word)


def new_spelling(s: str) -> str:
    """:func:`new_tone`, and the "i" spelling of a syllable spelt either way in its "y" one ("tỉ" → "tỷ", "Kì" → "Kỳ");
    the same length, case kept."""
    if s.isascii() or _RESPELL_HINT.search(s) is None:
        return s
    return _RESPELL.sub(_respell, s)


_CACHE_MAX_LEN = 512  # short strings (words, phrases, sentences) recur; long ones are never kept
_CACHE_SIZE = 1 << 16  # strings a generation: a pass over the bench's 818 reports asks for ~42,400 distinct ones
_CACHE_CHARS = 1 << 22  # characters of those strings a generation (that pass: ~3.1 M)


class _ByString(dict[str, str]):
    """The results of a pure string function, by string: a hit is one dict lookup, in C (the
    extractor asks for the same words hundreds of thousands of times). Strings longer than
    ``_CACHE_MAX_LEN`` are never kept. Two generations: when this one holds ``_CACHE_SIZE`` strings or
    ``_CACHE_CHARS`` characters it becomes :attr:`old` and a new one starts; a string found in the old one
    comes back without being computed again (so the words every report uses outlive a turnover, where emptying
    the whole memo made every one of them a miss again). Memory stays bounded: at most two generations."""

    __slots__ = ("chars", "fn", "old")

    def __init__(self, fn: Callable[[str], str]) -> None:
        super().__init__()
        self.fn = fn
        self.old: dict[str, str] = {}
        self.chars = 0

    def __missing__(self, s: str) -> str:
        out = self.old.get(s)
        if out is None:
            out = self.fn(s)
        n = len(s)
        if n <= _CACHE_MAX_LEN:
            if len(self) >= _CACHE_SIZE or self.chars + n > _CACHE_CHARS:
                self.old = dict(self)
                dict.clear(self)
                self.chars = 0
            self[s] = out
            self.chars += n
        return out

    def clear(self) -> None:
        """Both generations emptied."""
        dict.clear(self)
        self.old = {}
        self.chars = 0


def _lower(s: str) -> str:
    low = s.lower()
    if len(low) != len(s):
        low = "".join(c.lower()[:1] or c for c in s)
    return new_spelling(low)


lower_keep_len: Callable[[str], str] = _ByString(_lower).__getitem__
"""Lowercase, tone marks placed the new way and the "i" spellings of :func:`new_spelling` as "y", without changing
length (offsets into ``s`` hold)."""


# --- phrases ---------------------------------------------------------------------------------------


def nfc(s: str) -> str:
    """``s`` in NFC (cheap when it already is)."""
    if s.isascii() or unicodedata.is_normalized("NFC", s):
        return s
    return unicodedata.normalize("NFC", s)


_SPACES = re.compile(r"\s+")


def norm_phrase(s: str) -> str:
    """A phrase as it is compared: NFC, lowercase, new tone placement and spelling, spaces squeezed, trimmed."""
    return _SPACES.sub(" ", lower_keep_len(nfc(s))).strip()


# --- folding ---------------------------------------------------------------------------------------


_COMBINING = (0x300, 0x370)


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [(0x41, 0x5A), (0xC0, 0x24F), (0x1E00, 0x1EFF)]
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            c = chr(cp)
            base = unicodedata.normalize("NFD", c)[0].lower()
            if len(base) == 1 and base != c:
                table[cp] = base
    for c in "đĐðÐ":
        table[ord(c)] = "d"
    for cp in range(*_COMBINING):  # stray combining marks (text is NFC, so rare)
        table[cp] = ""
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lowercase without Vietnamese diacritics, đ/Đ → d. For NFC text the length is kept, so a
    match at ``i:j`` in ``fold(t)`` is the text ``t[i:j]``."""
    if text.isascii():
        return text.lower()
    if len(text) >= _FOLD_LONG:
        return _fold_long(text)
    return text.translate(_FOLD).lower()


_FOLD_LONG = 512
"""From this length :func:`fold` maps code points through a table, all at once (a document's text
in a fifth of ``str.translate``'s time: its dict lookup a character)."""


@cache
def _fold_array() -> Any:
    """:data:`_FOLD` as a table of code points below its largest key + 1 (each maps to one code
    point; the combining marks it deletes aside). numpy is imported here, on first use."""
    import numpy as np

    table = np.arange(max(_FOLD) + 1, dtype=np.uint32)
    for cp, to in _FOLD.items():
        if to:
            table[cp] = ord(to)
    return table


def _fold_long(text: str) -> str:
    """:func:`fold`'s result by the table of :func:`_fold_array`; a text with a combining mark
    (which fold deletes: the length changes) by ``str.translate``."""
    import numpy as np

    table = _fold_array()
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if np.any((cps >= _COMBINING[0]) & (cps < _COMBINING[1])):
        return text.translate(_FOLD).lower()
    top = len(table) - 1
    mapped = np.where(cps <= top, table[np.minimum(cps, top)], cps)
    return mapped.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass").lower()


_NONWORD = re.compile(r"[^\w%]+")


def _fold_words(text: str) -> str:
    return _NONWORD.sub(" ", fold(text)).strip()


fold_words: Callable[[str], str] = _ByString(_fold_words).__getitem__
""":func:`fold`, with punctuation (dashes, commas, brackets) as spaces and spaces squeezed."""


def _fold_strip(text: str) -> str:
    return fold(text).strip()


fold_strip: Callable[[str], str] = _ByString(_fold_strip).__getitem__
""":func:`fold` without blanks at the ends, memoised (what a fact's subject is compared by:
merging a meeting's sources folds the same subjects again for each new source)."""
