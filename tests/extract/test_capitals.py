"""Issue 12 (speed40): ``capital_words`` finds the capitalised words of a sentence by one search for capitals, the
same words ``WORD.finditer`` gives with a capital first (spans and text), without visiting the others; counted, never
timed."""

from __future__ import annotations

import random

import pytest

from soket.extract import capitals
from soket.extract.capitals import WORD, capital_words


def _reference(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(s) if m.group()[0].isupper()]


def _found(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in capital_words(s)]


@pytest.mark.parametrize("s", [
    "Chủ tọa kỳ họp là đồng chí Nguyễn Văn Bình, Chủ tịch HĐND huyện.",
    "Đồng chí H'Liên Niê – Phó Bí thư Huyện ủy phát biểu.",
    "Tuyến QL1A và đường 3B được nâng cấp; mã x1Bc không đổi.",
    "Ông  Trần\tThị Hoa (tổ 12_B) và bà Lê ’Mai dự họp.",
    "",
])
def test_the_capitalised_words_of_the_reference(s: str) -> None:
    assert _found(s) == _reference(s)


def test_random_texts_agree_with_the_reference() -> None:
    rnd = random.Random(40)
    alphabet = "aBĐđ1_'’ʼ- \t.ẤⅠ²xY\u0130ǅ\U0001d400\U00010400\U0001d7cf"
    for _ in range(20000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert _found(s) == _reference(s), repr(s)


def test_a_capital_inside_a_word_opens_none() -> None:
    # near-misses: "x1B" and "H'Liên" are one word each; "1B" is a digit then the word "B"
    assert [w for *_, w in _found("mã x1B và H'Liên, số 1B")] == ["H'Liên", "B"]


def test_an_abbreviation_is_one_step_of_the_search() -> None:
    # counted: a word of capitals is one match of the search, not one a letter
    s = "Thường trực HĐND và UBND tỉnh"
    assert len(list(capitals._capitals().finditer(s))) == 3
    assert [w for *_, w in _found(s)] == ["Thường", "HĐND", "UBND"]


def test_stepping_back_stops_at_a_letter() -> None:
    # counted: the check that a capital opens a word steps back over digits and apostrophes only to the letter before
    steps = 0
    real = capitals._IN_WORD

    class Counting:
        def match(self, s: str, k: int) -> object:
            nonlocal steps
            steps += 1
            return real.match(s, k)

    capitals._IN_WORD = Counting()  # type: ignore[assignment]
    try:
        s = "a" + "1" * 50 + "B" + "2" * 50 + "C"
        assert _found(s) == []
    finally:
        capitals._IN_WORD = real
    assert steps <= 2 * 51 + 2
