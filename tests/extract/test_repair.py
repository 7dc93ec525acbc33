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


def test_a_cue_without_its_tone_mark_before_a_figure_is_read_as_the_cue():
    r = repair("Sản lượng lúa cả năm đat 52.300 tấn, vươt 4% kế hoạch.")
    assert "đạt 52.300 tấn" in r.text and "vượt 4%" in r.text
    assert [x.note() for x in r.repairs] == ["đat → đạt", "vươt → vượt"]


def test_a_toneless_word_is_left_alone_outside_its_slot():
    # "băng" (a band, ice) is no cue unless a figure follows it
    r = repair("Xã trao tặng băng rôn cho 12 thôn.")
    assert r.text == "Xã trao tặng băng rôn cho 12 thôn." and not r.repairs


def test_a_comparison_phrase_missing_a_tone_mark():
    r = repair("Doanh thu du lịch tăng 9,5% so vơi cung kỳ.")
    assert "so với cùng kỳ" in r.text
    assert [x.note() for x in r.repairs] == ["so vơi → so với", "cung kỳ → cùng kỳ"]


def test_a_percentage_glued_to_the_next_word():
    r = repair("Chỉ số sản xuất công nghiệp tăng 6,1%so với cùng kỳ.")
    assert "6,1% so với" in r.text
    assert [x.note() for x in r.repairs] == ["%so → % so"]
    assert r.to_written(r.text.index(" so với")) == r.text.index(" so với")
