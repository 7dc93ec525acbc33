"""The Vietnamese number grammar, in one place.

Vietnamese writes thousands with dots and decimals with a comma: "1.340.281", "316,7",
"54.103,79". English-style "1,340,281" and "12.5" are accepted and flagged; anything else with
several separators ("60,6,2") is malformed: it is reported, never guessed. Numbers may also be
written in words ("một nghìn tỷ", "kỳ họp thứ Mười Hai").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from soket import rx as re
from soket.lexicon import get
from soket.lexicon.schema import NumbersLexicon

# A run of digits joined by single dots or commas. Linear: every repetition consumes a separator
# and at least one digit, and the look-behind (after the first digit, so that the pattern opens with
# a digit and a search skips along to the digits) stops a match from starting inside another number.
NUMBER_RE = re.compile(r"\d(?<![\d.,]\d)\d*(?:[.,]\d+)*")

MAX_NUMBER_CHARS = 40  # longer runs of digits are not quantities (and would be slow to convert)

_VI_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_VI_DECIMAL = re.compile(r"\d+,\d+")
_INTEGER = re.compile(r"\d+")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
_EN_DECIMAL = re.compile(r"\d+\.\d{1,2}")


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A number as written: its value (None when malformed) and how it was read."""

    value: float | None
    style: str  # "integer" | "vi" | "en" | "malformed"

    @property
    def malformed(self) -> bool:
        return self.value is None


@lru_cache(maxsize=4096)  # the same numbers recur (years, "100%", "1"): three in four calls of a first pass
def parse_number(s: str) -> ParsedNumber:
    """Read one written number. "6.900" → 6900, "316,7" → 316.7, "60,6,2" → malformed."""
    if len(s) > MAX_NUMBER_CHARS:
        return ParsedNumber(None, "malformed")
    if _INTEGER.fullmatch(s):
        return ParsedNumber(float(s), "integer")
    if _VI_GROUPED.fullmatch(s):
        whole, _, frac = s.partition(",")
        return ParsedNumber(float(whole.replace(".", "") + ("." + frac if frac else "")), "vi")
    if _VI_DECIMAL.fullmatch(s):
        return ParsedNumber(float(s.replace(",", ".")), "vi")
    if _EN_GROUPED.fullmatch(s):
        return ParsedNumber(float(s.replace(",", "")), "en")
    if _EN_DECIMAL.fullmatch(s):
        return ParsedNumber(float(s), "en")
    return ParsedNumber(None, "malformed")


def parse_value(s: str) -> float | None:
    """Shortcut: the value of a written number, or None when malformed."""
    return parse_number(s).value


@dataclass(frozen=True, slots=True)
class _Words:
    digits: dict[str, int]
    ten: str  # the word for ten itself
    tens_suffix: str  # the word after a digit that makes it tens
    ordinals: dict[str, int]
    hundred: str
    fillers: frozenset[str]
    thousands: dict[str, int]
    after_tens_only: frozenset[str]
    not_after_ten: frozenset[str]


@cache
def _word_tables() -> _Words:
    data = get(NumbersLexicon)
    return _Words(dict(data.digits), data.ten, data.tens_suffix, dict(data.ordinals), data.hundred,
                  frozenset(data.fillers), dict(data.thousands), frozenset(data.after_tens_only),
                  frozenset(data.not_after_ten))


def _below_thousand(words: list[str], i: int, t: _Words, after_scale: bool) -> tuple[int, int] | None:
    """One group below a thousand from ``words[i]``: [digit hundred] then a filler and a digit, ten [digit], digit
    tens [digit], or a digit alone; its value and where it ends. Some digits come only after a ten (numbers.yaml
    ``after_tens_only``: they open no group) and some never after the ten itself (``not_after_ten``); zero only
    counts hundreds (1005 is written "one thousand zero hundred filler five"); a digit after hundreds with no ten
    between is no group (two hundred five reads as 250 or as two hundred years: neither is taken)."""
    n = len(words)
    value, hundreds = 0, False
    w = words[i]
    if i + 1 < n and words[i + 1] == t.hundred and w in t.digits and w not in t.after_tens_only:
        value, hundreds, i = t.digits[w] * 100, True, i + 2
        if i == n or words[i] in t.thousands:
            return value, i
        w = words[i]
    if w in t.fillers:  # a missing ten, after hundreds or a thousands scale
        if not (hundreds or after_scale) or i + 1 >= n:
            return None
        u = words[i + 1]
        if u not in t.digits or u in t.after_tens_only or t.digits[u] == 0:
            return None
        return value + t.digits[u], i + 2
    ten = 0
    if w == t.ten:
        ten, i = 10, i + 1
    elif i + 1 < n and words[i + 1] == t.tens_suffix and w in t.digits and w not in t.after_tens_only \
            and t.digits[w] >= 2:
        ten, i = t.digits[w] * 10, i + 2
    if ten:
        u = words[i] if i < n else ""
        if u in t.digits and t.digits[u] > 0 and not (ten == 10 and u in t.not_after_ten):
            value, i = value + t.digits[u], i + 1
        return value + ten, i
    if hundreds or w not in t.digits or w in t.after_tens_only or t.digits[w] == 0:
        return None
    return t.digits[w], i + 1


def words_to_int(words: list[str]) -> int | None:
    """Read a number written in words, whole or None: "hai trăm năm mươi" → 250, "mười hai" → 12, "hai mươi mốt" →
    21, "một nghìn không trăm linh năm" → 1005, "ba trăm nghìn" → 300000, "một triệu hai trăm nghìn" → 1200000. A
    group of digits may stand for a group in words ("1 nghìn 120"). Linear in the words."""
    t = _word_tables()
    ws = [x.lower() for x in words]
    if not ws:
        return None
    total, i, n, last_scale = 0, 0, len(ws), 0
    while i < n:
        if ws[i].isdigit() and len(ws[i]) <= 3:
            group: tuple[int, int] | None = (int(ws[i]), i + 1)
        else:
            group = _below_thousand(ws, i, t, last_scale > 0)
        if group is None:
            return None
        value, i = group
        if i < n and ws[i] in t.thousands:
            scale = t.thousands[ws[i]]
            if last_scale and scale >= last_scale:
                return None  # "hai nghìn ba nghìn": scales fall from left to right
            total += value * scale
            last_scale, i = scale, i + 1
            continue
        if i < n:
            return None  # a group without its scale before another word of the number
        total += value
    return total


def ordinal_word(word: str) -> int | None:
    """ "nhất" → 1, "tư" → 4, "Mười Hai" handled by words_to_int."""
    ordinals = _word_tables().ordinals
    w = word.lower()
    if w in ordinals:
        return ordinals[w]
    return words_to_int(w.split())


# A separator typed with one blank after it inside a figure, as copies from PDFs or word processors print them
# ("3. 407,5 tỷ đồng", "4, 94%"). Each pattern is anchored at the separator and has no repetition that can backtrack.
#: a thousands dot and its group: exactly three digits, then no digit
SPACED_GROUP = re.compile(r"\. (\d{3})(?!\d)")
#: a decimal comma and its digits: one or two, closing the figure (no digit, separator and digit after them)
SPACED_DECIMAL = re.compile(r", (\d{1,2})(?!\d)(?![.,] ?\d)")
#: the whole part a spaced separator may follow: one to three digits, or thousands groups, no decimal
_SPACED_WHOLE = re.compile(r"\d{1,3}(?:\.\d{3})*")


def spaced_number(s: str, a: int, b: int) -> tuple[int, str, bool] | None:
    """The figure ``s[a:b]`` (one :data:`NUMBER_RE` match) read on across separators typed with one blank after
    them ("3. 407, 5", "5. 727,6", "60, 58"): where it ends, the number as it should be written ("3.407,5"), and
    whether a thousands dot was read so. None when no separator with a blank follows, or when the parts joined make
    no Vietnamese number. Whether the context allows that reading (a unit after it, no list) is the caller's."""
    whole = s[a:b]
    if not _SPACED_WHOLE.fullmatch(whole):
        return None
    text, end, dotted = whole, b, False
    for _ in range(4):  # a figure has a few groups: bounded
        m = SPACED_GROUP.match(s, end)
        if m is None:
            break
        g = NUMBER_RE.match(s, m.start(1))
        if g is None:  # pragma: no cover - the group's digits always match
            break
        text, end, dotted = text + "." + g.group(), g.end(), True
        if "," in g.group():
            break  # "5. 727,6": the decimal glued to the group closes the figure
    if "," not in text:
        m = SPACED_DECIMAL.match(s, end)
        if m is not None:
            text, end = text + "," + m.group(1), m.end()
    if end == b:
        return None
    parsed = parse_number(text)
    return (end, text, dotted) if parsed.style == "vi" else None


#: after a spaced thousands group, what a figure with a word after it goes on with: its decimal, a blank, a letter;
#: or a fraction's slash and its whole ("9. 481/9. 440 ha")
_AFTER_GROUP = re.compile(r"(?:,[ ]?\d{1,2}(?!\d))?(?:[ \t]?[^\W\d_]|/\d)")
#: a fraction's part in thousands right before its slash ("9.481/", "1. 804,9/"): no date's day and month
_PART_BEFORE_SLASH = re.compile(r"(?<![\d.,])\d{1,3}\.[ ]?\d{3}(?:,[ ]?\d{1,2})?/\Z")


def spaced_dot_at(text: str, i: int) -> bool:
    """The full stop at ``text[i]`` may be a thousands dot typed with a blank after it ("đạt 3. 407,5 tỷ đồng"): one to
    three digits after a word (or a bracket) and a blank before it, a group of three digits after it, and a word (a unit) after
    the group, or a fraction's slash (the part before it, its whole after it: "đạt 9. 481/9. 440 ha"). A sentence never
    ends there (a numbered item opens its line, a year has four digits, a date's day and month have no thousands)."""
    j = i
    while j > 0 and text[j - 1].isdigit() and i - j < 4:
        j -= 1
    if not 1 <= i - j <= 3:
        return False
    if j >= 3 and text[j - 1] == "(" and text[j - 2] in " \t":  # "Cảng Phú Quốc (22. 000 tỷ đồng)"
        j -= 1
    if j >= 2 and text[j - 1] == "/" and (text[j - 2].isalpha() or _PART_BEFORE_SLASH.search(text, max(0, j - 12), j)):
        # "25. 719 triệu đồng/36. 159 triệu đồng"; a fraction's whole after its part in thousands ("9. 481/9. 440 ha")
        return (m := SPACED_GROUP.match(text, i)) is not None and _AFTER_GROUP.match(text, m.end()) is not None
    # a field's colon after its label's word stands for the word ("Thu ngân sách: 1. 846 tỷ đồng"; a numbered item
    # opens its line)
    labelled = j >= 3 and text[j - 2] == ":" and text[j - 3].isalpha()
    if j < 2 or text[j - 1] not in " \t" or not (text[j - 2].isalpha() or text[j - 2] == ")" or labelled):
        return False
    m = SPACED_GROUP.match(text, i)
    return m is not None and _AFTER_GROUP.match(text, m.end()) is not None
