"""extract/repairgate.py: the patterns the repair's gates are built of (invented words of the genre)."""

from __future__ import annotations

import re

import pytest

from soket.extract.repairgate import glued_re, literals_re, vowels_class
from soket.text import fold


def test_the_vowels_are_the_letters_folding_to_one() -> None:
    v = set(re.sub(r"\\", "", vowels_class()))
    assert {"a", "ư", "ạ", "Ế", "y", "ỹ"} <= v
    assert not {"đ", "d", "n", "g", " ", "1", "%"} & v
    assert all(set(fold(c)) & set("aeiouy") for c in v)


@pytest.mark.parametrize("text", ["nghiệpđạt", "Ướcthu".lower(), "vụđạt", "xuấtước", "tăngthu", "thuếtăng"])
def test_a_cue_glued_to_a_syllable_matches(text: str) -> None:
    assert re.search(glued_re(["đạt", "ước", "tăng"]), text)


@pytest.mark.parametrize("text", ["được", "nước", "trước", "phước", "đạt 12", "tăng,", "(ước"])
def test_near_miss_a_cue_after_consonants_only_or_standing_alone_does_not(text: str) -> None:
    assert re.search(glued_re(["đạt", "ước", "tăng"]), text) is None


def test_a_long_run_of_letters_before_a_cue_is_never_judged() -> None:
    assert re.search(glued_re(["ước"]), "xxxxước")  # four consonant letters: a match, the step judges


def test_literals_match_as_written_and_none_match_nowhere() -> None:
    rx = re.compile(literals_re(["so vơi", "vươt", "ov"]))
    assert rx.search("tăng 4% so vơi cùng kỳ") and rx.search("sovới")
    assert rx.search("so với cùng kỳ") is None
    assert re.search(literals_re([]), "so vơi") is None
