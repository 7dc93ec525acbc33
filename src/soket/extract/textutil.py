"""Small text helpers shared by the extraction modules: case folding that keeps offsets,
phrase alternations compiled from lexicon lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Old-style tone placement in open syllables ("hoà", "thuỷ", "uỷ") written the new way ("hòa",
# "thủy", "ủy"): same length, so offsets hold. "quý" and closed syllables ("hoàng", "huỳnh") agree
# in both styles and are left alone.
_OLD_TONE = re.compile(r"o([àáảãạ])(?!\w)|o([èéẻẽẹ])(?!\w)|(?<!q)u([ỳýỷỹỵ])(?!\w)")
_OLD_TONE_HINT = re.compile(r"(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\w)")  # a cheap first look
_MOVE = {
    "à": "òa", "á": "óa", "ả": "ỏa", "ã": "õa", "ạ": "ọa",
    "è": "òe", "é": "óe", "ẻ": "ỏe", "ẽ": "õe", "ẹ": "ọe",
    "ỳ": "ùy", "ý": "úy", "ỷ": "ủy", "ỹ": "ũy", "ỵ": "ụy",
}


def _new_tone(m: re.Match[str]) -> str:
    return _MOVE[m.group(1) or m.group(2) or m.group(3)]


def lower_keep_len(s: str) -> str:
    """Lowercase, tone marks placed the new way, without changing length (offsets into ``s`` hold)."""
    low = s.lower()
    if len(low) != len(s):
        low = "".join(c.lower()[:1] or c for c in s)
    return _OLD_TONE.sub(_new_tone, low) if _OLD_TONE_HINT.search(low) else low


def phrase_alt(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    uniq = sorted({lower_keep_len(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)


def words_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words (on text lowered with :func:`lower_keep_len`)."""
    return re.compile(rf"(?<!\w)(?:{phrase_alt(phrases)})(?!\w)")


def starts_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as a whole word, for ``match`` at a position (no look-behind)."""
    return re.compile(rf"(?:{phrase_alt(phrases)})(?!\w)")
