"""The regex prefilter (issue 12): a pattern is skipped only where it cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract.indicators import _taxonomy
from soket.extract.prefilter import (
    AnchorIndex,
    EndGate,
    anchor_words,
    first_chars,
    last_chars,
    skipping,
    words_of,
)
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


def test_first_chars_forms() -> None:
    assert first_chars(re.compile(r"(?<!\w)(?:kể[ \t]+)?từ[ \t]+\d")) == "[kt]"
    assert first_chars(re.compile(r"abc|\dx")) == r"[\da]"
    assert first_chars(re.compile(r"(?<![\w/])(?:a|)b")) == "[ab]"
    assert first_chars(re.compile(r"^[ \t]*(?:giao ban)|họp")) == r"[\	\ gh]"
    assert first_chars(re.compile(r"(?i)(?<!\w)là")) == "[l]"  # the class is folded as the pattern is


def test_no_first_chars_where_the_pattern_does_not_say() -> None:
    for p in (r"a*", r"(?:a|b?)", r"[^x]y", r".y", r"\wy", r"(a?)\1b", r"(?i:a)b", r"[\w-]y", r"\Sy", ""):
        assert first_chars(re.compile(p)) is None, p


def test_skipping_keeps_global_flags_first() -> None:
    assert skipping(re.compile(r"(?i)(?<!\w)là")).pattern == "(?i)(?=[l])(?<!\\w)là"
    assert skipping(re.compile(r"\wx")).pattern == r"\wx"  # no class: the pattern itself


# the patterns :func:`skipping` opens in the extractor, rebuilt without their lookahead to compare with
def _skipped() -> list[re.Pattern[str]]:
    from soket.extract import dates, goals, people, period, places, repair

    pr, pl, pe = period._rx(), places._rx(), people._chair_rx()
    return [pr.phrase, pr.month, pr.since, period._week_re(), period._term_review_re(), dates._ISO_DATELINE,
            dates._day_re(), dates._span_re(), dates._bare_span_re(), goals._rx()[4],
            people._honorific_before(), pe.chairs_by, pe.plural_lead, pl.body_unit, pl.committee, pl.unit, pl.venue,
            pl.body_glued, *([repair._lex().dotted] if repair._lex().dotted is not None else [])]


def _unskipped(p: re.Pattern[str]) -> re.Pattern[str]:
    cls = first_chars(p)
    assert cls is not None and f"(?={cls})" in p.pattern, p.pattern[:60]
    return re.compile(p.pattern.replace(f"(?={cls})", "", 1), p.flags)


_SKIP_VOCAB = ["từ", "ngày", "tháng", "năm", "quý", "6 tháng đầu năm", "sáu", "tuần", "kỳ họp", "hội nghị", "giao ban",
               "HĐND", "UBND", "huyện", "xã", "tỉnh", "TP.", "TP. Huế", "Q.", "là", "những", "chỉ tiêu", "phấn đấu",
               "Là", "LÀ", "các", "đồng chí", "ông", "bà", "chủ trì", "do", "tại", "hội trường", "giữa nhiệm kỳ", "Sáng",
               "chiều", "đến", "15", "7", "2025", "2025-07-08", "(", ")", "/", "-", ".", ",", ":", " ", "\n", "đ", "t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SKIP_VOCAB), max_size=16))
def test_a_skipping_pattern_finds_what_the_pattern_finds(parts: list[str]) -> None:
    for text in (" ".join(parts), "".join(parts)):
        for p in _skipped():
            q = _unskipped(p)
            assert [(m.span(), m.groups()) for m in p.finditer(text)] == \
                [(m.span(), m.groups()) for m in q.finditer(text)], (p.pattern[:60], text)
