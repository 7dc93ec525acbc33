"""soket.extract.bounded: a lexicon list searched once, as one alternation of whole-word phrases (issue 12, fast39):
it answers as the phrases searched one by one would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract.bounded import bounded_re, has_any

_WORDS = ["ước", "ước tính", "tăng", "tăng trưởng", "kế hoạch", "so", "so với", "(%)", "a.b"]


def _one_by_one(text: str, phrases: list[str]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text) is not None for p in phrases)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["nước", "ước", "tính", "tăng", "trưởng", "kế", "hoạch", "so", "với", "(%)", "a.b",
                                 "ab", ",", " ", "x"]), max_size=10).map(" ".join),
       st.lists(st.sampled_from(_WORDS), max_size=5))
def test_one_alternation_answers_as_the_phrases_searched_one_by_one(text: str, phrases: list[str]) -> None:
    assert has_any(text, phrases) == _one_by_one(text, phrases)


def test_a_phrase_inside_a_longer_word_is_no_hit() -> None:
    assert has_any("giá trị ước tính 12 tỷ", ["ước"])
    assert not has_any("cấp nước sạch cho 120 hộ", ["ước"])  # near-miss: "ước" inside "nước"
    assert not has_any("cấp nước sạch", [])


def test_no_phrase_is_a_pattern_that_never_matches() -> None:
    assert bounded_re(()).search("bất cứ văn bản nào") is None
    assert bounded_re(("kế hoạch",)) is bounded_re(("kế hoạch",))  # built once a list
