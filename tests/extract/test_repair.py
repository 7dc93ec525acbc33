"""extract/repair.py: cue words read through typos, with offsets back to the text as written
(sentences written for the tests; more kinds in test_unseen_kinds.py)."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.repair import repair, unmask


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


def test_a_dotted_abbreviation_is_one_word_and_no_repair():
    r = repair("Vốn đầu tư công giải ngân đạt 64% kế hoạch T.Ư giao và 71% kế hoạch tỉnh giao.")
    assert len(r.text) == len(r.low) == len("Vốn đầu tư công giải ngân đạt 64% kế hoạch T.Ư giao và 71% kế hoạch tỉnh giao.")
    assert "T.Ư" not in r.text and unmask(r.text).endswith("kế hoạch T.Ư giao và 71% kế hoạch tỉnh giao.")
    assert not r.repairs
    # one ending in a dot is one word before a name or a number only, never a sentence's last word
    assert "TP." not in repair("Lượng khách đến TP. Đà Lạt đạt 1,2 triệu lượt.").text
    assert repair("Đoàn đã về thăm TP.").text.endswith("TP.")


def test_a_dotted_abbreviation_ends_no_basis_and_cuts_no_subject():
    facts = {f.raw: f for f in extract_text(
        "Tổng vốn giải ngân của huyện đạt 320 tỷ đồng, bằng 64% kế hoạch T.W giao và 71% kế hoạch tỉnh giao.").facts}
    assert facts["64%"].basis == "kế hoạch T.W giao"
    assert facts["71%"].basis == "kế hoạch tỉnh giao"
    assert facts["71%"].subject == "Tổng vốn giải ngân của huyện"


def test_a_date_written_with_dots_is_read_as_a_date():
    r = repair("Phấn đấu đến ngày 30.6.2025 giải ngân 95% kế hoạch vốn.")
    assert "30/6/2025" in r.text and len(r.text) == len("Phấn đấu đến ngày 30.6.2025 giải ngân 95% kế hoạch vốn.")
    assert "1.234.567" in repair("Giá trị đạt 1.234.567 triệu đồng.").text  # groups of thousands stay a number
    f = next(x for x in extract_text("Phấn đấu đến ngày 30.6.2025 giải ngân 95% kế hoạch vốn.").facts if x.raw == "95%")
    assert f.subject == "giải ngân"
