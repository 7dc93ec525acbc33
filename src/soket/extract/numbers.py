"""The Vietnamese number grammar, in one place.

Vietnamese writes thousands with dots and decimals with a comma: "1.340.281", "316,7",
"54.103,79". English-style "1,340,281" and "12.5" are accepted and flagged; anything else with
several separators ("60,6,2") is malformed: it is reported, never guessed. Numbers may also be
written in words ("một nghìn tỷ", "kỳ họp thứ Mười Hai").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

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


@cache
def _word_tables() -> tuple[dict[str, int], frozenset[str], dict[str, int], str, frozenset[str]]:
    data = get(NumbersLexicon)
    return (dict(data.digits), frozenset(data.tens), dict(data.ordinals), data.hundred,
            frozenset(data.fillers))


def words_to_int(words: list[str]) -> int | None:
    """Read a number below 1000 written in words: "hai trăm năm mươi" → 250, "mười hai" → 12."""
    digits, tens, _, hundred, fillers = _word_tables()
    hundreds, tens_part, units = 0, 0, 0
    last: int | None = None  # the digit read last, waiting to learn what it multiplies
    if not words:
        return None
    for w in (x.lower() for x in words):
        if w == hundred:
            hundreds, last = (last if last is not None else 1) * 100, None
        elif w in tens:
            tens_part, last = (last if last is not None else 1) * 10, None
        elif w in digits:
            if last is not None:
                return None  # two digits in a row: not a number
            last = digits[w]
        elif w not in fillers:
            return None
    units = last or 0
    return hundreds + tens_part + units


def ordinal_word(word: str) -> int | None:
    """ "nhất" → 1, "tư" → 4, "Mười Hai" handled by words_to_int."""
    ordinals = _word_tables()[2]
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
    if j < 2 or text[j - 1] not in " \t" or not (text[j - 2].isalpha() or text[j - 2] == ")"):
        return False
    m = SPACED_GROUP.match(text, i)
    return m is not None and _AFTER_GROUP.match(text, m.end()) is not None
