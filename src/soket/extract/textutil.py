"""Regular expressions compiled from lexicon phrase lists, matched on text lowered with
:func:`soket.text.lower_keep_len` (re-exported here for the extraction modules)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from soket.text import lower_keep_len

__all__ = ["NOTHING", "lower_keep_len", "phrase_alt", "starts_re", "word_alt", "words_re"]

NOTHING = "(?!)"
"""The alternation of no phrase: matches nowhere (an empty list of words is no licence to match)."""


def phrase_alt(phrases: Iterable[str], word_start: bool = False) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces.

    Written as a trie ("(?:ngân sách|ngày)" as "ng(?:ân\\s+sách|ày)"): the regex engine tries each
    branch in turn, so a flat list of hundreds of phrases costs hundreds of tests at every position
    where a trie costs a few. The matches are the same: the phrases that can match at one position
    are prefixes of one another, so they lie on one path of the trie, tried deepest (longest) first.

    ``word_start``: each phrase only where no word character precedes it, tested after the
    phrase's first character ("t(?<!\\wt)..." rather than "(?<!\\w)t..."), so that every branch
    opens with a literal and a search skips along the text to the phrases' first characters.
    """
    uniq = sorted({lower_keep_len(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    if not uniq:
        return NOTHING  # an empty alternation would match the empty string everywhere
    if any(c.isspace() and c != " " for p in uniq for c in p):  # a tab or NBSP would also match "\s+"
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)
    trie: dict[str, Any] = {}
    for p in uniq:
        node = trie
        for c in p:
            node = node.setdefault(r"\s+" if c == " " else re.escape(c), {})
        node[""] = {}
    if word_start:
        return "|".join(rf"{tok}(?<!\w{tok})" + _trie_re(child) for tok, child in trie.items())
    return _trie_re(trie)


def _trie_re(node: dict[str, Any]) -> str:
    alts = [tok + _trie_re(child) for tok, child in node.items() if tok]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a phrase ends here: the longer ones first, then this one
        return body + "?" if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + body + ")?"
    return body


def word_alt(phrases: Iterable[str]) -> str:
    """``(?<!\\w)(?:<phrase_alt>)`` (any of the phrases, no word character before it), written with
    ``word_start`` so that a search skips to the phrases' first characters."""
    phrases = list(phrases)
    alt = phrase_alt(phrases, word_start=True)
    if alt == phrase_alt(phrases):  # no phrase (NOTHING), or a list the trie does not take
        return rf"(?<!\w)(?:{alt})"
    return f"(?:{alt})"


def words_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words (on text lowered with :func:`lower_keep_len`)."""
    return re.compile(rf"{word_alt(phrases)}(?!\w)")


def starts_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as a whole word, for ``match`` at a position (no look-behind)."""
    return re.compile(rf"(?:{phrase_alt(phrases)})(?!\w)")
