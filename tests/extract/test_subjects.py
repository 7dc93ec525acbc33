"""extract/subjects.py: the noun phrase a figure is about."""

from __future__ import annotations

from soket.extract.subjects import following_phrase, has_estimate, left_subject


def test_the_subject_is_the_phrase_before_the_predicate():
    assert left_subject("Tổng vốn đầu tư phát triển trên địa bàn ước đạt ") == \
        ("Tổng vốn đầu tư phát triển trên địa bàn", "ước đạt")


def test_an_opener_is_not_part_of_the_subject():
    subject, _ = left_subject("Trong đó, thu nội địa đạt ")
    assert subject == "thu nội địa"


def test_estimate_words():
    assert has_estimate("tổng thu ngân sách ước đạt")
    assert has_estimate("giá trị sản xuất ước tính đạt")
    assert not has_estimate("tổng thu ngân sách đạt")


def test_the_phrase_after_a_share():
    s = "Đến nay 100% trường học đạt chuẩn quốc gia, vượt chỉ tiêu."
    phrase, end = following_phrase(s, s.index("trường"))
    assert phrase == "trường học"   # the counted noun, up to the verb
    assert s[end - len(phrase):end] == phrase
    assert following_phrase(s, s.index(", vượt")) == (None, s.index(", vượt"))
