"""review24 (issues 10/12): the mends of the review of session 24's change answer as the code they replace
(invented sentences of the genre; the old forms written out here as the reference)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract import period
from soket.extract.roles import remark_dash, tidy_basis
from soket.extract.subjects import drop_leading_adverb
from soket.extract.textutil import lower_keep_len
from soket.lexicon import get
from soket.lexicon.schema import PeriodsLexicon


def _plan_reviewed_by_copy(low: str, cue: re.Match[str], year: bool) -> bool:
    """The form before review24: the sentence's head copied and stripped a cue."""
    p = get(PeriodsLexicon)
    words = p.year_plan_reviewed_after if year else p.plan_reviewed_after
    return cue.group() in p.task_cues and any(low[:cue.start()].rstrip().endswith(w) for w in words)


_WORDS = ["kết quả thực hiện các", "thực hiện", "tình hình", "nhiệm vụ", "kế hoạch", "mục tiêu", "năm 2026",
          "triển khai", " ", "  ", "\t", "\n", ",", "các"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.booleans())
def test_the_plan_reviewed_read_in_place_answers_as_the_copy(parts: list[str], year: bool) -> None:
    low = lower_keep_len(" ".join(parts))
    for cue in period._rx().task.finditer(low):
        assert period._plan_reviewed(low, cue, year=year) == _plan_reviewed_by_copy(low, cue, year)


def test_months_listed_after_a_month_give_the_last():
    m = period._month_list_after().match("tháng 1, 2 và tháng 3 năm 2026", len("tháng 1"))
    assert m is not None and m.group("last") == "3"


def test_a_count_after_a_month_is_no_month_listed():
    # near miss: "tháng 1, 2 xã ...": the "2" counts communes, the list ends with the month
    assert period._month_list_after().match("tháng 1, 2 xã đạt chuẩn", len("tháng 1")) is None


def test_a_remark_after_a_dash_ends_a_basis_by_its_first_word_alone():
    assert tidy_basis("kế hoạch vốn năm 2026 - thấp") == "kế hoạch vốn năm 2026"
    assert remark_dash(first_word=True).search("kế hoạch - thấp") is not None
    # near miss: the whole comparison is wanted where the clause is read whole ("- cao su" is a crop)
    assert remark_dash().search("đạt 45% kế hoạch - cao su tăng") is None
    assert remark_dash().search("đạt 45% kế hoạch - cao hơn cùng kỳ") is not None
    # "kinh tế - xã hội" is a name, no remark
    assert tidy_basis("kế hoạch phát triển kinh tế - xã hội") == "kế hoạch phát triển kinh tế - xã hội"


def test_an_adverb_of_only_so_far_leaves_the_act():
    assert drop_leading_adverb("mới giải ngân vốn") == "giải ngân vốn"
    assert drop_leading_adverb("Mới chỉ giải ngân vốn") == "giải ngân vốn"


def test_an_adverb_with_one_word_after_it_or_inside_a_word_stays():
    # near misses: one word would be left after "mới chỉ" (then "mới" alone goes, two words left); "mớim" no adverb
    assert drop_leading_adverb("mới chỉ đạt") == "chỉ đạt"
    assert drop_leading_adverb("mới đạt") == "mới đạt"
    assert drop_leading_adverb("đầu tư mới giải ngân") == "đầu tư mới giải ngân"
