"""A page of several dated items (soket.extract.items): the meeting's item is the report, the others are chrome."""

from __future__ import annotations

from soket.extract.items import other_items
from soket.extract.sentences import split_sentences

_PAGE = """Tin các địa phương ngày 3.3

09:40

Hải Dương: Xã Tân Lập khánh thành nhà văn hóa

Sáng 3.3, xã Tân Lập khánh thành nhà văn hóa với tổng vốn 3 tỉ đồng.

Văn Tú

08:15

Hà Nam: Huyện Yên Lạc đánh giá 2 tháng đầu năm

Ngày 2.3, Ban Thường vụ Huyện ủy Yên Lạc tổ chức hội nghị đánh giá tình hình 2 tháng đầu năm 2023.

Thanh Mai
"""


def test_the_items_but_the_meetings_are_returned() -> None:
    got = other_items(_PAGE, split_sentences(_PAGE, []), [])
    assert got == [(_PAGE.index("09:40"), _PAGE.index("08:15"))]


def test_a_page_whose_meeting_stands_above_the_items_or_with_one_stamp_has_none() -> None:
    lead = "Ngày 2.3, Ban Thường vụ Huyện ủy Yên Lạc tổ chức hội nghị đánh giá tình hình 2 tháng đầu năm 2023.\n\n"
    above = lead + _PAGE.replace("Ngày 2.3, Ban Thường vụ Huyện ủy Yên Lạc tổ chức hội nghị", "Huyện cũng tổ chức")
    assert other_items(above, split_sentences(above, []), []) == []
    one = _PAGE[_PAGE.index("08:15"):]
    assert other_items(one, split_sentences(one, []), []) == []


def test_a_stamp_with_a_sentence_under_it_is_no_item() -> None:
    text = _PAGE.replace("Hải Dương: Xã Tân Lập khánh thành nhà văn hóa", "Khai mạc phiên họp.")
    assert other_items(text, split_sentences(text, []), []) == []
