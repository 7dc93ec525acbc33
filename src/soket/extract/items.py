"""A page of several dated items: a live page ("TRỰC TIẾP": stories added through the day, each under its time stamp
with its heading, its paragraphs and its own reporter) or a column of short news each stamped so. Such a page is
several stories; the report is the item that holds the meeting's sentence, the others are chrome for its facts,
people and byline (the byline is the item's own, printed under its last paragraph).

Pure: the text, its sentences and its chrome in, the other items' ranges out. One search for stamp lines (a time of
day alone on its line); nothing more on a text with fewer than two."""

from __future__ import annotations

from soket import rx as re
from soket.extract.intervals import Intervals
from soket.extract.meeting import meeting_sentence
from soket.extract.sentences import Sentence

#: an item's stamp: a time of day alone on its line ("17:20", "9h30")
_STAMP_LINE = re.compile(r"^[ \t]*\d{1,2}[:h][0-5]\d[ \t]*$", re.MULTILINE)
#: the fewest stamped items that make a page of several stories
MIN_ITEMS = 2
#: the longest heading under a stamp (a headline, not a paragraph)
HEADING_MAX_CHARS = 200


def other_items(text: str, sents: list[Sentence], chrome: Intervals | list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of the items that are not the meeting's, on a page of at least :data:`MIN_ITEMS` stamped items (a
    stamp line, then a heading line closed by no full stop); [] on any other text, or where the meeting's sentence
    stands in no item (above the first stamp: the page's own lead)."""
    held = Intervals.of(chrome)
    stamps = [m.start() for m in _STAMP_LINE.finditer(text) if not held.holds(m.start()) and _headed(text, m.end())]
    if len(stamps) < MIN_ITEMS:
        return []
    sent = meeting_sentence(sents)
    if sent is None or sent.start < stamps[0]:
        return []
    bounds = [*stamps, len(text)]
    own = max(k for k in range(len(stamps)) if bounds[k] <= sent.start)
    return [(bounds[k], bounds[k + 1]) for k in range(len(stamps)) if k != own]


def _headed(text: str, at: int) -> bool:
    """Whether the first line of text after ``at`` (blank lines skipped) is a heading: short, closed by no stop."""
    rest = text[at:at + HEADING_MAX_CHARS + 8].lstrip()
    line = rest.split("\n", 1)[0].strip()
    return 0 < len(line) <= HEADING_MAX_CHARS and not line.endswith((".", ";", ":", ","))
