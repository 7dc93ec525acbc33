"""review23 (issue 10/12): the helpers the review of round 38 made one of its copies."""

from __future__ import annotations

import re

import pytest

from soket.extract.textutil import first_of, has_word


@pytest.mark.parametrize(("text", "word"), [
    ("khởi công 03 công trình", "khởi công"),
    ("đã khởi công", "công"),
    ("khởi công", "khởi công"),
    ("(khởi công)", "khởi"),
    ("khởi_công", "khởi"),
    ("khởicông", "khởi"),
    ("công trình2", "trình"),
    ("", "công"),
    ("công  trình", "công trình"),
])
def test_has_word_is_the_whole_word_regex(text: str, word: str) -> None:
    assert has_word(text, word) == (re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None)


def test_has_word_finds_a_later_whole_word_after_a_glued_one() -> None:
    assert has_word("khởicông rồi khởi công", "khởi")
    assert not has_word("khởicông", "khởi")  # near miss: glued to the next letters, no word


def test_first_of_is_the_first_mark_in_the_range_else_its_end() -> None:
    s = "từ ngân sách, để hỗ trợ; người dân."
    assert first_of(s, ",;.", 0, len(s)) == s.index(",")
    assert first_of(s, ";.", 0, len(s)) == s.index(";")
    assert first_of(s, ",;.", s.index(",") + 1, len(s)) == s.index(";")
    assert first_of(s, ",;.", 0, 5) == 5  # near miss: none before the range's end
