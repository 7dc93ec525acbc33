"""extract/textutil.py: lexicon phrase lists compiled to whole-word patterns on lowered text."""

from __future__ import annotations

from soket.extract.textutil import phrase_alt, starts_re, words_re
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
    assert phrase_alt(["a b", "a b c", "  "]) == r"a\s+b\s+c|a\s+b"
    assert words_re(["kế hoạch"]).search("đạt 90% kế   hoạch năm")


def test_starts_re_matches_at_a_position():
    rx = starts_re(["về kinh tế"])
    assert rx.match("về kinh tế, thu ngân sách đạt", 0)
    assert rx.match("về kinh tếxã", 0) is None
