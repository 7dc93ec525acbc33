"""extract/sentences.py: sentences and paragraphs with their offsets, and the evidence window."""

from __future__ import annotations

from soket.extract.sentences import evidence_window, split_sentences

TEXT = "Thu ngân sách đạt 120 tỷ đồng. Vốn đầu tư tăng 5%.\n\nTrong đó, TP. Hà Nội có 3 dự án."


def test_sentences_keep_offsets_and_paragraphs():
    ss = split_sentences(TEXT)
    assert [s.text for s in ss] == ["Thu ngân sách đạt 120 tỷ đồng.", "Vốn đầu tư tăng 5%.",
                                    "Trong đó, TP. Hà Nội có 3 dự án."]
    assert all(TEXT[s.start:s.end] == s.text for s in ss)
    assert [s.para for s in ss] == [0, 0, 1]


def test_an_abbreviation_with_a_dot_ends_no_sentence():
    (s,) = split_sentences("Trong đó, TP. Hà Nội có 3 dự án.")
    assert s.text.startswith("Trong đó, TP. Hà Nội")


def test_evidence_window_of_a_short_sentence_is_the_sentence():
    s = split_sentences(TEXT)[0]
    start, end, cut = evidence_window(s, 18, 28)
    assert (start, end, cut) == (s.start, s.end, False)


def test_evidence_window_of_a_long_sentence_is_cut_around_the_figure():
    long = "Về nông nghiệp, " + ", ".join(f"xã số {i} trồng mới rừng" for i in range(30)) + \
        ", tổng diện tích đạt 1.250 ha."
    (s,) = split_sentences(long)
    i = long.index("1.250 ha")
    start, end, cut = evidence_window(s, i, i + len("1.250 ha"), max_len=120)
    assert cut
    assert end - start <= 120
    assert start <= i and i + len("1.250 ha") <= end


def test_a_lower_case_accented_word_after_a_full_stop_goes_on_the_sentence():
    # "đ" and "ấ" are no capitals: a range "À-Ỹ" would have taken them for one
    text = "Thu ngân sách ước đạt 12 tr. đồng, bằng 40% dự toán. Đến nay đạt 98%."
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["Thu ngân sách ước đạt 12 tr. đồng, bằng 40% dự toán.", "Đến nay đạt 98%."]
