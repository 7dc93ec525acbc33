"""Regular expressions compiled from lexicon phrase lists, matched on text lowered with
:func:`soket.text.lower_keep_len` (re-exported here for the extraction modules)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from soket import rx as re
from soket.text import lower_keep_len

__all__ = ["LOWER", "NOTHING", "UPPER", "YEAR", "first_of", "has_word", "literal_alt", "lower_keep_len", "phrase_alt", "starts_re",
           "word_alt", "word_branches", "words_re"]

# The capital and the lower-case letters of Vietnamese text, for a regex class ("[" + UPPER + "]"):
# A-Z and the accented capitals ("Đ", "Ấ", ...) one by one, as a range "À-Ỹ" also holds lower-case
# letters ("à", "đ", "ề"); LOWER the same way.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.islower() and c.isalpha())

NOTHING = "(?!)"
"""The alternation of no phrase: matches nowhere (an empty list of words is no licence to match)."""

#: a year of the genre (1900-2099) standing alone among digits, its digits the first group ("năm 2024", "KH 2025")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


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
    # longest first, then in alphabetical order: the same pattern in every process (a set's order is not), so
    # that soket.rx finds it kept
    uniq = sorted({lower_keep_len(p.strip()) for p in phrases if p.strip()}, key=lambda w: (-len(w), w))
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
        return "|".join(_word_start_branch(tok, child) for tok, child in trie.items())
    return _trie_re(trie)


def _word_start_branch(tok: str, child: dict[str, Any]) -> str:
    """One top branch of a ``word_start`` trie: its literal run (the letters every phrase of the branch opens with, up
    to a fork, a phrase's end or a run of spaces), then the look-behind for the run ("mục(?<!\\wmục)\\s+tiêu" rather than
    "m(?<!\\wm)ục\\s+tiêu": the same test, no word character before the run), then the rest. A pattern whose phrases
    all open alike so opens with a literal prefix of several characters, which a search skips along the text by (issue
    12: the regex engine takes the literal characters before the first assertion as the prefix it scans for)."""
    run, node = [tok], child
    while len(node) == 1 and "" not in node and (nxt := next(iter(node))) != r"\s+":
        run.append(nxt)
        node = node[nxt]
    lit = "".join(run)
    return rf"{lit}(?<!\w{lit})" + _trie_re(node)


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


def word_branches(phrases: Iterable[str], tail: str = "") -> str:
    """``(?:<word_alt>)<tail>`` written as one branch per first letter, each ending in ``tail``
    ("a(?<!\\wa)...<tail>|b(?<!\\wb)...<tail>": the same matches, tried in the same order). A pattern made
    of such branches opens with a letter in every branch, so a search skips along the text to
    the letters that can start a match; with the group in front it tries every position. ``tail``
    holds no capturing group (it is repeated in every branch)."""
    if re.compile(tail).groups:
        raise ValueError(f"a tail with a capturing group: {tail!r}")
    phrases = list(phrases)
    alt = phrase_alt(phrases, word_start=True)
    if alt == phrase_alt(phrases):  # no phrase (NOTHING), or a list the trie does not take
        return rf"(?<!\w)(?:{alt}){tail}"
    return "|".join(f"{b}{tail}" for b in _top_branches(alt))


def _top_branches(alt: str) -> list[str]:
    """The top-level alternatives of a regex (split at the "|" outside brackets and groups)."""
    out, depth, start, i, cls = [], 0, 0, 0, False
    while i < len(alt):
        ch = alt[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(alt[start:i])
            start = i + 1
        i += 1
    out.append(alt[start:])
    return out


def words_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words (on text lowered with :func:`lower_keep_len`)."""
    return re.compile(rf"{word_alt(phrases)}(?!\w)")


def starts_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as a whole word, for ``match`` at a position (no look-behind)."""
    return re.compile(rf"(?:{phrase_alt(phrases)})(?!\w)")


def literal_alt(phrases: Iterable[str]) -> str:
    """The phrases as a plain alternation, in the lexicon's order, each matched exactly as written
    (a space is one space): what a hand-written ``(?:so với|so)`` was, for moving such words out of
    code without changing a match. :func:`phrase_alt` is the one for new patterns."""
    alt = "|".join(re.escape(p) for p in phrases)
    return alt or NOTHING


def first_of(s: str, marks: str, pos: int, end: int) -> int:
    """Where the first of the characters ``marks`` stands in ``s[pos:end]`` (a clause's end: ",;.:"), else ``end``."""
    return min((k for k in (s.find(ch, pos, end) for ch in marks) if k >= 0), default=end)


def _word_char(c: str) -> bool:
    """Whether ``c`` is a word character as a regex's ``\\w`` reads one (a letter, a digit, "_")."""
    return c.isalnum() or c == "_"


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word, no word character right before or after it (what
    ``(?<!\\w)word(?!\\w)`` finds), with no pattern built for a word read from a document."""
    i = text.find(word)
    while i >= 0 and word:
        j = i + len(word)
        if (i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j])):
            return True
        i = text.find(word, i + 1)
    return False
