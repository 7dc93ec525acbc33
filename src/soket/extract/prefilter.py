"""Prefilters for regular expressions: the words any match must hold, read from the pattern once.

A lexicon pattern such as ``\\bthu (can doi )?ngan sach\\b`` can only match a text that has the
word ``thu`` in it. :func:`anchor_words` reads such words from a compiled pattern (its parsed
form, never its source text), so that a caller that tries many patterns on one string tokenises
the string once (:func:`words_of`) and searches only the patterns whose words are there: the
same matches, most searches skipped. Pure; no I/O.
"""

from __future__ import annotations

from re import _constants as _c  # type: ignore[attr-defined]  # the parser of ``re`` itself (Python 3.11+)
from re import _parser as _p  # type: ignore[attr-defined]  # private, untyped in typeshed
from typing import Any

from soket import rx as re

__all__ = ["AnchorIndex", "anchor_words", "words_of"]

_WORD_RE = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_STARTS = (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BOUNDARY)  # no word character before what follows
_ENDS = (_c.AT_BOUNDARY, _c.AT_END, _c.AT_END_STRING)  # no word character after what precedes
_MAX_PATHS = 64  # branches and optional parts multiply the paths read; past this, no prefilter


def words_of(text: str) -> frozenset[str]:
    """The words (maximal runs of ``\\w``) of ``text``: what :func:`anchor_words` sets are tested against."""
    return frozenset(_tokens(text))


def _tokens(text: str) -> list[str]:
    """The maximal runs of ``\\w`` of ``text``, repeats kept: its whitespace-separated pieces when they are
    all letters and digits (``str.isalnum`` holds only for word characters), else by the regex."""
    pieces = text.split()
    if "".join(pieces).isalnum():
        return pieces
    return _WORD_RE.findall(text)


def _parsed(pattern: re.Pattern[str]) -> list[Any] | None:
    """The parsed items of ``pattern`` (``re``'s own parser); None for a pattern not read here: case folding, verbose
    or multi-line flags, bytes."""
    if pattern.flags & ~re.UNICODE or not isinstance(pattern.pattern, str):
        return None
    try:
        return list(_p.parse(pattern.pattern))
    except Exception:  # pragma: no cover - a compiled pattern parses
        return None


def anchor_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` holds as a whole word (a maximal run of ``\\w``
    in the searched string), or None when the pattern does not say (then it must always be searched).

    Read from the pattern's first word: each way the pattern can start (its branches, an optional
    part taken or not) must open, after ``\\b`` or ``^``, with letters that a ``\\b``, ``$`` or a
    character that is no word character closes.

    >>> sorted(anchor_words(re.compile(r"\\b(von|nguon von) dau tu\\b")))
    ['nguon', 'von']
    >>> anchor_words(re.compile(r"thu")) is None  # no word boundary before it: "tongthu" matches
    True
    """
    items = _parsed(pattern)
    if items is None:
        return None
    budget = [_MAX_PATHS]
    return _anchors(items, False, budget)


def _anchors(items: list[Any], bounded: bool, budget: list[int]) -> frozenset[str] | None:
    """The first word of every path through ``items`` (``bounded``: no word character stands before them)."""
    budget[0] -= 1
    if budget[0] < 0 or not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is _c.AT:
        return _anchors(rest, True, budget) if av in _STARTS else None
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        return _anchors(list(sub) + rest, bounded, budget)
    if op is _c.BRANCH:
        return _union([_anchors(list(alt) + rest, bounded, budget) for alt in av[1]])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        return _union([_anchors(list(av[2]) + rest, bounded, budget), _anchors(rest, bounded, budget)])
    if op is _c.LITERAL and bounded and _WORD_CHAR.match(chr(av)):
        word = []
        i = 0
        while i < len(items) and items[i][0] is _c.LITERAL and _WORD_CHAR.match(chr(items[i][1])):
            word.append(chr(items[i][1]))
            i += 1
        if i == len(items):
            return None  # the pattern ends on the letters: the text's word may go on ("thu" in "thuế")
        nop, nav = items[i]
        if (nop is _c.AT and nav in _ENDS) or (nop is _c.LITERAL and not _WORD_CHAR.match(chr(nav))):
            return frozenset(["".join(word)])
        return None
    return None


class AnchorIndex:
    """Patterns tried in order on one string, indexed by their anchor words: :meth:`candidates` gives,
    in order, the patterns that may match a string (those whose words it holds, and those with none),
    from one tokenisation of it instead of a search per pattern."""

    __slots__ = ("_always", "_by_word")

    def __init__(self, patterns: list[re.Pattern[str]] | tuple[re.Pattern[str], ...]) -> None:
        self._always: tuple[int, ...] = ()
        by_word: dict[str, list[int]] = {}
        always: list[int] = []
        for i, p in enumerate(patterns):
            words = anchor_words(p)
            if words is None:
                always.append(i)
                continue
            for w in words:
                by_word.setdefault(w, []).append(i)
        self._always = tuple(always)
        self._by_word: dict[str, tuple[int, ...]] = {w: tuple(ix) for w, ix in by_word.items()}

    def candidates(self, text: str) -> list[int]:
        """The indices of the patterns that may match ``text``, ascending (the others cannot)."""
        found = set(self._always)
        by_word = self._by_word
        for w in _tokens(text):
            ix = by_word.get(w)
            if ix is not None:
                found.update(ix)
        return sorted(found)


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    if any(s is None for s in sets):
        return None
    return frozenset().union(*sets)  # type: ignore[arg-type]  # no set is None here: the any() above returned


def last_chars(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character class that the last character of every match of ``pattern`` is in, for a pattern
    anchored at the end (``...$``) that matches no empty string; None when the pattern does not say.

    >>> last_chars(re.compile(r"[ \\t,]*(?:năm|quý)[ \\t]+\\d{4}$")).pattern
    '[\\\\d]'
    """
    items = _parsed(pattern)
    if not items or items[-1] != (_c.AT, _c.AT_END):
        return None
    got = _edge(items[:-1], from_end=True)
    if got is None or got[1] or not got[0]:
        return None  # an empty match ends anywhere
    return re.compile("[" + "".join(sorted(set(got[0]))) + "]")


def _edge(items: list[Any], from_end: bool) -> tuple[list[str], bool] | None:
    """(the class parts of the characters a match of ``items`` may end with (``from_end``) or start with, whether it
    may match nothing)."""
    parts: list[str] = []
    for op, av in reversed(items) if from_end else items:
        got = _edge_item(op, av, from_end)
        if got is None:
            return None
        parts.extend(got[0])
        if not got[1]:
            return parts, False
    return parts, True


_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}


def _edge_item(op: Any, av: Any, from_end: bool) -> tuple[list[str], bool] | None:
    """One parsed item's part of :func:`_edge`: a literal or a class is one character; zero-width items match
    nothing; groups, branches and repeats are read through."""
    if op is _c.LITERAL:
        return [re.escape(chr(av))], False
    if op is _c.IN:
        parts = []
        for iop, iav in av:
            if iop is _c.LITERAL:
                parts.append(re.escape(chr(iav)))
            elif iop is _c.RANGE:
                parts.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
            elif iop is _c.CATEGORY and iav in _CATEGORIES:
                parts.append(_CATEGORIES[iav])
            else:
                return None  # a negated class, another category: any character may end it
        return parts, False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return [], True  # zero width: the character next to it ends or starts the match
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _edge(list(sub), from_end)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _edge(list(av), from_end)
    if op is _c.BRANCH:
        alts = [_edge(list(alt), from_end) for alt in av[1]]
        if any(g is None for g in alts):
            return None
        return [p for g in alts if g is not None for p in g[0]], any(g is not None and g[1] for g in alts)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        if hi == 0:
            return [], True
        rep = _edge(list(sub), from_end)
        return None if rep is None else (rep[0], lo == 0 or rep[1])
    return None


class EndGate:
    """``pattern.search(text)`` for a pattern anchored at the text's end, skipped (None) where the text's last
    character (or the one before a final newline, where ``$`` also matches) cannot end a match
    (:func:`last_chars`): the same answers, without a search from every position of a text that cannot end one. For
    patterns built of a lexicon's phrases and searched on the words before a figure, several to one text, see
    :class:`soket.extract.sentence_index.EndWords` (the text's last word, read once for all of them)."""

    __slots__ = ("_last", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._last = last_chars(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        last = self._last
        if last is not None:
            n = len(text)
            if not (n and last.match(text, n - 1)) and not (n > 1 and text[-1] == "\n" and last.match(text, n - 2)):
                return None
        return self.pattern.search(text)


#: a pattern's global inline flags, which must open it ("(?i)..."): a prefix goes after them
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A one-character class (its text, "[...]") that the first character of every match of ``pattern`` is in, or
    None when the pattern does not say (a match may be empty, or open with any character, a negated class, ``\\w``).

    >>> first_chars(re.compile(r"(?<!\\w)(?:kể[ \\t]+)?từ[ \\t]+\\d"))
    '[kt]'
    """
    if not isinstance(pattern.pattern, str):
        return None
    try:
        items = list(_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - a compiled pattern parses
        return None
    got = _edge(items, from_end=False)
    if got is None or got[1] or not got[0] or r"\w" in got[0]:
        return None  # an empty match starts anywhere; a word character is no skip
    return "[" + "".join(sorted(set(got[0]))) + "]"


def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` opened by a lookahead for the class of its first characters (:func:`first_chars`), where it opens
    with something the regex engine cannot skip along the text by (a look-behind, "(?<!\\w)(?:...)", or branches that
    open differently): the same matches, at the same places, but a search skips to the characters that can start one
    instead of trying the whole pattern at every position. The pattern itself where the class is not known."""
    cls = first_chars(pattern)
    if cls is None:
        return pattern
    text = pattern.pattern
    lead = _GLOBAL_FLAGS.match(text)
    at = lead.end() if lead else 0
    return re.compile(f"{text[:at]}(?={cls}){text[at:]}", pattern.flags)
