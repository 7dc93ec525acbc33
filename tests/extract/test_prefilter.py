"""The regex prefilter (issue 12): a pattern is skipped only where it cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract.indicators import _taxonomy
from soket.extract.prefilter import AnchorIndex, EndGate, anchor_words, last_chars, words_of
from soket.extract.subjects import _rx as _subjects_rx


def test_anchor_words_forms() -> None:
    assert anchor_words(re.compile(r"\bthu (can doi )?ngan sach\b")) == {"thu"}
    assert anchor_words(re.compile(r"^(muc |toc do )?tang truong$")) == {"muc", "toc", "tang"}
    assert anchor_words(re.compile(r"\b(giai quyet|tao) (them )?viec lam\b")) == {"giai", "tao"}
    assert anchor_words(re.compile(r"\bgrdp\b")) == {"grdp"}
    assert anchor_words(re.compile(r"^dang vien$")) == {"dang"}


def test_no_anchor_where_the_pattern_does_not_say() -> None:
    assert anchor_words(re.compile(r"thu ngan")) is None  # no boundary before: "tongthu ngan" matches
    assert anchor_words(re.compile(r"\bthu")) is None  # no end after: "thue" matches
    assert anchor_words(re.compile(r"\bthu[a-z]* ")) is None
    assert anchor_words(re.compile(r"(?i)\bthu\b")) is None  # case folded: "THU"
    assert anchor_words(re.compile(r"\bthu\b", re.IGNORECASE)) is None
    assert anchor_words(re.compile(r"\b(thu|.) ")) is None
    assert anchor_words(re.compile(r"(\bthu )*chi\b")) is None
    assert anchor_words(re.compile(r"")) is None


def test_words_of() -> None:
    assert words_of("thu ngân sách, 5%thu") == {"thu", "ngân", "sách", "5"}


_RULES = [(r.subject, w) for r in _taxonomy()[1] if (w := anchor_words(r.subject)) is not None]
_TAXONOMY_WORDS = [re.findall(r"[a-z]+", r.subject.pattern) for r in _taxonomy()[1]]
_VOCAB = sorted({w for ws in _TAXONOMY_WORDS for w in ws})


def test_most_indicator_rules_have_anchors() -> None:
    assert len(_RULES) >= len(_taxonomy()[1]) - 5


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_VOCAB), st.sampled_from([" ", "  ", ",", "%", "x", "5", "-"])),
                max_size=12))
def test_a_rule_skipped_never_matches(parts: list[str]) -> None:
    text = " ".join(parts) if len(parts) % 2 else "".join(parts)
    words = words_of(text)
    for rx, anchors in _RULES:
        if anchors.isdisjoint(words):
            assert rx.search(text) is None, (rx.pattern, text)
    may = AnchorIndex([rx for rx, _ in _RULES]).candidates(text)
    assert [i for i, (rx, _) in enumerate(_RULES) if rx.search(text)] == [i for i in may if _RULES[i][0].search(text)]


def test_a_rule_skipped_never_matches_its_own_words() -> None:
    # every rule's literal words, glued to others and spaced out: the skipped rules match none of them
    for words in _TAXONOMY_WORDS:
        for text in (" ".join(words), "".join(words), "x" + " ".join(words) + "x", " ".join(words[1:])):
            found = words_of(text)
            for rx, anchors in _RULES:
                if anchors.isdisjoint(found):
                    assert rx.search(text) is None, (rx.pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab_ đĐ5%,-\t\n\u00a0²½ⅷ\u0301"), max_size=20))
def test_words_of_is_the_regex_words(text: str) -> None:
    assert words_of(text) == frozenset(re.findall(r"\w+", text))


def test_last_chars_forms() -> None:
    assert last_chars(re.compile(r"(?:năm|quý)[ \t]+\d{4}$")).pattern == r"[\d]"
    assert last_chars(re.compile(r"(?:ab|c(?:d)?)(?!\w)$")).pattern == "[bcd]"
    assert last_chars(re.compile(r"a[x-z]?$")).pattern == "[ax-z]"
    assert last_chars(re.compile(r"a$")).pattern == "[a]"


def test_no_last_chars_where_the_pattern_does_not_say() -> None:
    assert last_chars(re.compile(r"a")) is None  # not anchored at the end
    assert last_chars(re.compile(r"a[^b]$")) is None
    assert last_chars(re.compile(r"a.$")) is None
    assert last_chars(re.compile(r"a?$")) is None  # an empty match
    assert last_chars(re.compile(r"a$", re.IGNORECASE)) is None
    assert last_chars(re.compile(r"a\Z")) is None


_TIME_END = _subjects_rx().time_end


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["tháng", "năm", "quý", "quí", "trong", "đến", "ngày", "cuối", "đầu", "sáu", "thu",
                                 "ngân sách", "iv", "9", "2024", "1/7", " ", ",", "\n", "\t", "x"]), max_size=8))
def test_end_gate_answers_as_the_search(parts: list[str]) -> None:
    for text in (" ".join(parts), "".join(parts)):
        for rx in (_TIME_END, re.compile(r"(?:ab|c(?:d)?)(?!\w)$"), re.compile(r"\d[ \t]*$")):
            want, got = rx.search(text), EndGate(rx).search(text)
            assert (want and want.span()) == (got and got.span()), (rx.pattern[:40], text)
