"""Failure kinds found by the first sight of ex299-ex310 (round heldout18c, southern reports), one rule a test, in
sentences of the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_text


def test_a_birth_year_in_brackets_is_no_period_nor_the_meetings_year():
    """"bầu bà A (sinh năm 1976), Giám đốc Sở ...": the year a person was born dates nothing of the meeting; the page's
    date line gives the year of a day written without one."""
    rec = extract_text("Thứ Năm, 20/3/2025 - 09:10\n\nSáng 20/3, HĐND tỉnh Bạc Liêu tổ chức kỳ họp chuyên đề, bầu "
                       "bà Phan Thị Mỹ Lan (sinh năm 1976), Giám đốc Sở Tư pháp, giữ chức Ủy viên UBND tỉnh.")
    assert rec.meeting.date == "2025-03-20"
    assert rec.period.start_month is None
