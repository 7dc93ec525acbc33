"""The per-sentence index of cue phrases (issue 12): a search is skipped only where it cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract import roles
from soket.extract.quantities import _end_words as _quantity_end_words
from soket.extract.quantities import _rx as _quantities_rx
from soket.extract.sentence_index import CueSet, EndWords, SentenceIndex, index_of, last_word
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon

_R = get(CuesLexicon).roles
_Q = get(CuesLexicon).quantities
# the words of the role patterns and their qualifiers, cut into syllables too (a phrase's tail alone, glued ...)
_PHRASES = sorted({p for ps in (_R.plan_over, _R.plan_under, _R.compare_leads, _R.increase, _R.decrease, _R.more_than,
                                 _R.less_than, _R.added, _R.level, _R.change_fillers, _R.change_with, _R.plan_heads,
                                 _R.comparison_heads, _R.basis_lead, _R.attain, _R.prior_verbs, _R.goal_heads,
                                 _R.goal_copula, _R.unmet, _R.copula, _R.plan_done, _R.change_degrees,
                                 _R.bracket_copula, _R.plan_giver_bodies, _R.goal_reach, _R.plan_rate_heads,
                                 *_Q.qualifiers.values()) for p in ps})
_VOCAB = sorted({*_PHRASES, *(w for p in _PHRASES for w in p.split())})
_GLUE = [" ", "  ", "\t", ",", "(", ")", "5", "12,5%", "x", "-", "/", "\n"]
_texts = st.lists(st.one_of(st.sampled_from(_VOCAB), st.sampled_from(_GLUE)), max_size=14).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))


def _brute_starts(cues: CueSet, low: str) -> list[int]:
    return [p for p in range(len(low) + 1) if cues.pattern.match(low, p)]


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_starts_are_every_offset_a_phrase_matches(low: str) -> None:
    cues = roles._cues().amount_cues
    assert cues.starts(low) == _brute_starts(cues, low)


@settings(max_examples=600, deadline=None)
@given(_texts, st.integers(0, 80), st.integers(0, 80))
def test_an_amount_pattern_skipped_never_matches(low: str, a: int, b: int) -> None:
    a, b = min(a, b, len(low)), min(max(a, b), len(low))
    c = roles._cues()
    pre = low[a:b]
    ix = SentenceIndex(low)
    for _ in range(2):  # asked once (a search of the slice), then again (the sentence's starts bisected)
        for cues, patterns in ((c.amount_cues, (c.plan_over_end, c.plan_under_end, c.cmp_then_copula, c.inc_end,
                                                c.dec_end, c.compared_end, c.comparative_end, c.added_end)),
                               (c.beat_cues, (c.plan_over_end, c.plan_under_end)),
                               (c.so_cues, (c.cmp_then_copula, c.cmp_before_verb)),
                               (c.than_cues, (c.compared_end, c.comparative_end)),
                               (c.goal_head_cues, (c.unmet_target, c.goal_is))):
            if not ix.any_in(cues, a, b):
                for rx in patterns:
                    assert rx.search(pre) is None, (rx.pattern[:60], pre)
    lw = last_word(pre)
    for words, patterns in ((c.level_words, (c.level_end,)), (c.inc_words, (c.inc_end,)), (c.dec_words, (c.dec_end,)),
                            (c.attain_words, (c.attain_end, c.basis_before, c.basis_opener, c.plan_named_before)),
                            (c.prior_verb_words, (c.level_verb_end,)), (c.added_words, (c.added_end,)),
                            (c.goal_reach_words, (c.goal_reach_end,)), (c.plan_rate_words, (c.plan_rate_end,))):
        if not words.may(lw):
            for rx in patterns:
                assert rx.search(pre) is None, (rx.pattern[:60], pre)


def test_index_of_keeps_the_last_sentence() -> None:
    low = "doanh thu tăng 5%"
    ix = index_of(low)
    assert index_of(low) is ix
    assert index_of("khác") is not ix
    assert CueSet(["tăng"]).starts("tăng tăngtăng") == [0, 5, 9]
    assert CueSet([]).starts("tăng") == []
    assert re.compile(CueSet(["so với"]).pattern.pattern).match("so  với")


_QX = _quantities_rx()
_QUALS = sorted({w for ws in _Q.qualifiers.values() for w in ws})
_QPHRASES = [*_QUALS, *_Q.range_to, *_Q.range_from, *_Q.range_before, *_Q.name_number_before, *_Q.name_cue_compounds,
             *_Q.count_of, *_Q.qualifier_compounds, *_R.more_than, *_R.less_than]
_QVOCAB = sorted({*_QPHRASES, *(w for p in _QPHRASES for w in p.split())})
_qtexts = st.lists(st.one_of(st.sampled_from(_QVOCAB), st.sampled_from([*_GLUE, "–", ":", " :", "_", "\u0301", "x\n"])),
                   max_size=10).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))


@settings(max_examples=500, deadline=None)
@given(_qtexts)
def test_an_end_pattern_gated_never_matches(before: str) -> None:
    lw = last_word(before)
    ends = _quantity_end_words()
    for gate, rx in ((ends.bound_range, _QX.bound_range), (ends.qualifier, _QX.qualifier),
                     (ends.range_before, _QX.range_before), (ends.name_before, _QX.name_before),
                     (ends.name_compound, _QX.name_compound), (ends.count_of, _QX.count_of),
                     (ends.comparative, _QX.comparative), (ends.qualifier_compound, _QX.qualifier_compound)):
        if not gate.may(lw):
            assert rx.search(before) is None, (rx.pattern[:60], before)


def test_last_word() -> None:
    assert last_word("tổng thu đạt ") == "đạt"
    assert last_word("đạt") is None  # from the first character: maybe a word's tail
    assert last_word(" đạt\t") == "đạt"
    assert last_word("x, 5-") == ""
    assert last_word("  ") == ""
    assert last_word("") == ""
    assert last_word("x tăng\n") == "tăng"
    assert last_word("x a_b") == "a_b"
    assert EndWords(["đến", "tới"], chars=True).may("")
    assert not EndWords(["đến", "tới"]).may("")
    assert EndWords(["covid-"]).may("") and not EndWords(["covid-"]).may("x")  # a phrase ending on no word character


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab_ đĐ5%,-\t\n\u00a0²½ⅷ\u0301"), max_size=20))
def test_last_word_is_the_regex_word(text: str) -> None:
    t = text.rstrip(" \t")
    m = re.search(r"(\w*)\s*$", t) if t.strip() else None
    word = m.group(1) if m and not t.strip()[-1:].isspace() else ""
    got = last_word(text)
    if got is None:
        assert re.match(r"\w+\s*$", t), text  # the text is one word
    else:
        assert got == (re.search(r"(\w*)$", t.rstrip()).group(1) if t.strip() else ""), (text, got, word)


def test_last_word_is_linear() -> None:
    """A long run of letters ending on a dash (or ending the text): read backwards once, 4 times the run costs about
    4 times the CPU (compared, not timed)."""
    from _growth import assert_linear

    def read(n: int) -> tuple[str | None, str | None]:
        return last_word("x " + "a" * n + "-"), last_word("x -" + "a" * n)

    assert read(100_000) == ("", "a" * 100_000)
    assert_linear(read, lambda n: n, 100_000)
