"""extract/repair.py: cue words read through typos, with offsets back to the text as written
(sentences written for the tests; more kinds in test_unseen_kinds.py)."""

from __future__ import annotations

from soket.extract.repair import repair


def test_a_cue_glued_to_the_word_before_is_read_as_two_words():
    s = "Giá trị sản xuất công nghiệpđạt 312 tỷ đồng."
    r = repair(s)
    assert r.text == "Giá trị sản xuất công nghiệp đạt 312 tỷ đồng."
    assert [(x.written, x.read) for x in r.repairs] == [("nghiệpđạt", "nghiệp đạt")]
    i = r.text.index("312")
    assert s[r.to_written(i):r.to_written(i + 3)] == "312"   # the figure keeps its offsets


def test_a_change_word_one_tone_mark_apart_before_a_percentage():
    r = repair("Thu ngân sách tặng 3% so với cùng kỳ.")
    assert r.text == "Thu ngân sách tăng 3% so với cùng kỳ."
    assert [x.note() for x in r.repairs] == ["tặng → tăng"]


def test_a_plan_word_one_edit_apart_after_a_percentage():
    r = repair("Thu ngân sách đạt 46,7% tự toán năm.")
    assert "46,7% dự toán năm" in r.text


def test_a_sentence_written_right_is_read_as_written():
    s = "Thu ngân sách tăng 3% so với cùng kỳ."
    r = repair(s)
    assert (r.text, r.repairs) == (s, [])
