"""extract/textutil.py: lexicon phrase lists compiled to whole-word patterns on lowered text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from soket.extract.textutil import LOWER, UPPER, phrase_alt, starts_re, word_alt, word_branches, words_re
from soket.text import lower_keep_len


def test_whole_words_only():
    rx = words_re(["tỉnh ủy", "ủy ban nhân dân"])
    assert rx.search("ban thường vụ tỉnh ủy họp")
    assert rx.search("tỉnh ủyviên") is None


def test_phrases_in_either_tone_placement_match_text_lowered_the_same_way():
    rx = words_re(["Huyện uỷ"])
    assert rx.search(lower_keep_len("Ban Thường vụ Huyện ủy Tam Đảo"))
    assert rx.search(lower_keep_len("Ban Thường vụ HUYỆN UỶ Tam Đảo"))


def test_longest_first_and_any_run_of_spaces():
    assert phrase_alt(["a b", "a b c", "  "]) == r"a\s+b(?:\s+c)?"  # a trie: "a b" with an optional " c"
    assert re.match(phrase_alt(["a b", "a b c"]), "a  b c d").group() == "a  b c"  # the longest first
    assert words_re(["kế hoạch"]).search("đạt 90% kế   hoạch năm")


def _flat(phrases: list[str]) -> str:
    """The alternation phrase_alt stands for: every phrase in turn, longest first (none: nothing)."""
    uniq = sorted({lower_keep_len(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq) or "(?!)"


_TEXT = st.text(alphabet="abđ ạ.", max_size=30)


@given(st.lists(st.text(alphabet="abđ ạ.", min_size=1, max_size=6), min_size=1, max_size=8), _TEXT)
def test_the_trie_matches_what_the_flat_alternation_matches(phrases, text):
    """The trie is only faster: every search, whole-word or followed by more pattern, finds the same."""
    for wrap in ("(?:{})", "(?<!\\w)(?:{})(?!\\w)", "({})[ ]*b", "(?:{})(?:{})"):
        trie = re.compile(wrap.format(*[phrase_alt(phrases)] * wrap.count("{}")))
        flat = re.compile(wrap.format(*[_flat(phrases)] * wrap.count("{}")))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
        assert [trie.match(text, i) and trie.match(text, i).span() for i in range(len(text))] == \
            [flat.match(text, i) and flat.match(text, i).span() for i in range(len(text))]


def test_starts_re_matches_at_a_position():
    rx = starts_re(["về kinh tế"])
    assert rx.match("về kinh tế, thu ngân sách đạt", 0)
    assert rx.match("về kinh tếxã", 0) is None


@given(st.lists(st.text(alphabet="abđ ạ.-", min_size=1, max_size=6), min_size=1, max_size=8), _TEXT)
def test_whole_words_as_the_look_behind_first_pattern_finds_them(phrases, text):
    """words_re tests "no word character before" after a phrase's first character (so that a search
    skips to first characters): it finds what "(?<!\\w)(?:...)(?!\\w)" finds, at every position too."""
    rx, flat = words_re(phrases), re.compile(rf"(?<!\w)(?:{_flat(phrases)})(?!\w)")
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [rx.search(text, i) and rx.search(text, i).span() for i in range(len(text))] == \
        [flat.search(text, i) and flat.search(text, i).span() for i in range(len(text))]


@given(st.lists(st.text(alphabet="abđ ạ.-(|", min_size=1, max_size=6), min_size=0, max_size=8), _TEXT)
def test_word_branches_find_what_the_word_alternation_finds(phrases, text):
    """word_branches writes "(?:<word_alt>)<tail>" as one branch per first letter: the same matches
    (spans and groups), by search at every position, match and fullmatch."""
    for tail in ("", r"(?!\w)", r"[ ]+(?:b)", r"[ ]*$"):
        rx, ref = re.compile(word_branches(phrases, tail)), re.compile(rf"(?:{word_alt(phrases)}){tail}")
        for i in range(len(text) + 1):
            for a, b in ((rx.search(text, i), ref.search(text, i)), (rx.match(text, i), ref.match(text, i)),
                         (rx.fullmatch(text, i), ref.fullmatch(text, i))):
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_an_empty_word_list_matches_nothing():
    """A lexicon list left empty must switch its rule off, not make it fire at every position."""
    for rx in (words_re([]), starts_re([]), re.compile(phrase_alt([])), re.compile(phrase_alt(["", "  "])),
               re.compile(rf"(?:{phrase_alt([], word_start=True)})")):
        assert rx.search("HĐND tỉnh khai mạc kỳ họp thứ 12") is None, rx.pattern
        assert rx.search("") is None, rx.pattern
    # inside a longer pattern, the empty list's part is what fails, not the whole text it sits in
    assert re.search(rf"kỳ họp(?:[ \t]+(?:{phrase_alt([])}))?", "kỳ họp thứ 12").group() == "kỳ họp"


def test_letter_classes_split_vietnamese_letters_by_case():
    upper, lower = re.compile(f"[{UPPER}]"), re.compile(f"[{LOWER}]")
    for c in "AZĐÀẤỀỸƯƠÂĂÊÔ":
        assert upper.fullmatch(c) and not lower.fullmatch(c), c
    for c in "azđàấềỹươâăêô":
        assert lower.fullmatch(c) and not upper.fullmatch(c), c
    assert not upper.fullmatch("1") and not lower.fullmatch("-")
