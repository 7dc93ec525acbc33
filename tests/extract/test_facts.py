"""extract/facts.py: the facts of one sentence, each grounded in it."""

from __future__ import annotations

import pytest

from soket.extract.facts import sentence_facts
from soket.extract.sentences import split_sentences

TEXT = ("Giá trị sản xuất công nghiệp ước đạt 1.450 tỷ đồng, bằng 52,3% kế hoạch năm, "
        "tăng 8,6% so với cùng kỳ.")


def _facts(text: str):
    return [f for s in split_sentences(text) for f in sentence_facts(s, [])]


def test_an_amount_and_the_percentages_that_qualify_it_share_the_subject():
    got = {f.raw: f for f in _facts(TEXT)}
    assert set(got) == {"1.450 tỷ đồng", "52,3%", "8,6%"}
    assert {f.subject for f in got.values()} == {"Giá trị sản xuất công nghiệp"}
    assert (got["52,3%"].role, got["52,3%"].basis) == ("plan_pct", "kế hoạch năm")
    assert (got["8,6%"].role, got["8,6%"].value) == ("change_pct", pytest.approx(8.6))
    assert all(f.estimated for f in got.values())   # "ước đạt" covers the sentence


def test_every_fact_is_grounded_in_its_sentence():
    for f in _facts(TEXT):
        assert TEXT[f.span[0]:f.span[1]] == f.raw
        assert f.evidence_span is not None
        assert TEXT[f.evidence_span[0]:f.evidence_span[1]] == f.evidence


def test_a_count_takes_its_event_verb_as_subject():
    (f,) = _facts("Trong 6 tháng, toàn Đảng bộ kết nạp 37 đảng viên mới.")
    assert (f.value, f.unit) == (37, "đảng viên")
    assert "kết nạp" in (f.subject or "")


def test_a_sentence_without_figures_has_no_facts():
    assert _facts("Hội nghị đã thảo luận, thống nhất các giải pháp trọng tâm.") == []


def test_a_share_takes_its_subject_from_the_left():
    """'chiếm X% tổng ...': the share belongs to what stands before it, not to the total after."""
    text = "Thu nội địa chiếm 52% tổng thu ngân sách của huyện."
    (f,) = sentence_facts(split_sentences(text)[0], [])
    assert (f.raw, f.role, f.subject) == ("52%", "percent", "Thu nội địa")


def test_a_cumulative_figure_keeps_the_subject_before_it():
    """'lũy kế từ đầu năm 210 tỷ đồng' after a figure: the running total of the same subject."""
    text = "Vốn đầu tư công giải ngân 35 tỷ đồng, lũy kế từ đầu năm 210 tỷ đồng."
    facts = sentence_facts(split_sentences(text)[0], [])
    assert [(f.raw, f.subject) for f in facts] == [("35 tỷ đồng", "Vốn đầu tư công giải ngân"),
                                                   ("210 tỷ đồng", "Vốn đầu tư công giải ngân")]


def test_a_share_after_a_count_has_the_counts_subject():
    facts = sentence_facts(split_sentences(
        "Đến nay, phường đã cấp căn cước cho 18.240/18.900 người từ 14 tuổi trở lên, đạt 96,5%.")[0], [], None)
    share = next(f for f in facts if f.raw == "96,5%")
    assert share.subject and share.subject.startswith("cấp căn cước")
