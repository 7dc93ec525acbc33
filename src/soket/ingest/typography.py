"""Typography that is not the text: the spaces and invisible marks copies of a report carry.

A report re-typed in a word processor or copied from a page or a PDF reaches us with no-break and thin
spaces between a number and its unit ("1.200\u00a0tỷ đồng", "ngày\u202f26/6"), zero-width spaces and
joiners, soft hyphens and a byte-order mark inside the text. None is a word or a mark of the language:
every Unicode space becomes a plain space (one character for one), the invisible marks are removed.
"""

from __future__ import annotations

import re

__all__ = ["plain_typography"]

# no-break, en/em/thin/hair/figure/punctuation spaces, narrow no-break, medium mathematical, ideographic
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# zero-width space, non-joiner, joiner, word joiner, byte-order mark (zero-width no-break), soft hyphen
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def plain_typography(text: str) -> str:
    """``text`` with Unicode spaces written as plain spaces and invisible marks removed (ASCII: as is)."""
    if text.isascii():
        return text
    if _SPACES.search(text):
        text = _SPACES.sub(" ", text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return text
