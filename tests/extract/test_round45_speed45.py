"""Round 45, speed45 (issue 12): the whole-word test of a lexicon pattern after each branch's literal run, the lexicon
patterns once written "(?<!\\w)(?:<phrase_alt>)" built with word_alt, the dash gate of a figure's aside."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from soket.extract.facts import _dashed_aside
from soket.extract.textutil import phrase_alt, word_alt, word_branches, words_re

_WORDS = st.lists(st.text(alphabet="tăngđạ .-", min_size=1, max_size=9), min_size=1, max_size=8)
_TEXT = st.text(alphabet="tăngđạ .-,x", max_size=40)


@given(_WORDS, _TEXT)
def test_the_look_behind_after_the_literal_run_finds_what_the_look_behind_before_it_finds(phrases, text):
    """"tăng(?<!\\wtăng)..." and "(?<!\\w)(?:tăng...)": no word character before the phrase either way, so every
    search, match and finditer answers alike (spans and groups), inside a longer pattern too."""
    for tail in ("", r"(?!\w)", r"[ ]+(x)", r"[ ]*$"):
        new = re.compile(rf"{word_alt(phrases)}{tail}")
        ref = re.compile(rf"(?<!\w)(?:{phrase_alt(phrases)}){tail}")
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [(m.span(), m.groups()) for m in ref.finditer(text)]
        for i in range(len(text) + 1):
            for a, b in ((new.search(text, i), ref.search(text, i)), (new.match(text, i), ref.match(text, i))):
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_phrases_that_open_alike_give_the_pattern_a_literal_prefix():
    """The letters every phrase of a branch opens with come before the look-behind: up to a fork, a phrase's end or a
    run of spaces (a look-behind has one width)."""
    assert phrase_alt(["thay mặt"], word_start=True) == r"thay(?<!\wthay)\s+mặt"
    assert phrase_alt(["mục tiêu năm", "mục tiêu là"], word_start=True) == r"mục(?<!\wmục)\s+tiêu\s+(?:năm|là)"
    assert phrase_alt(["nguyên", "ngày"], word_start=True) == r"ng(?<!\wng)(?:uyên|ày)"
    assert phrase_alt(["ng", "nguyên"], word_start=True) == r"ng(?<!\wng)(?:uyên)?"  # a phrase ends at the fork
    assert phrase_alt(["a.b"], word_start=True) == r"a\.b(?<!\wa\.b)"  # an escaped mark is one character


def test_whole_words_still_only():
    rx = words_re(["thay mặt", "chủ trì"])
    assert rx.search("đồng chí A thay mặt Thường trực") is not None
    assert rx.search("xthay mặt") is None and rx.search("thay mặtx") is None
    assert re.compile(word_branches(["thay mặt"], r"(?!\w)")).search("ông B, thay  mặt UBND") is not None


@given(st.text(alphabet="ab -–—,đạt", max_size=60))
def test_the_dash_gate_answers_as_the_search(own):
    """No dash character in the words: no spaced dash, no aside (the gate before the search changes no answer)."""
    if not any(d in own for d in "-–—"):
        assert _dashed_aside(own) is None


def test_a_dashed_aside_is_still_read():
    own = "nguồn thu tiền sử dụng đất - nguồn vốn chính để bố trí cho đầu tư - đến nay chỉ đạt "
    assert _dashed_aside(own) == "nguồn thu tiền sử dụng đất đến nay chỉ đạt "
    assert _dashed_aside("thu ngân sách đến nay đạt ") is None
