"""extract/period.py: the period a report reviews."""

from __future__ import annotations

from soket.extract.period import find_period
from soket.extract.sentences import split_sentences


def test_nine_months_of_a_year():
    p = find_period(split_sentences("Báo cáo tình hình kinh tế - xã hội 9 tháng đầu năm 2023 và nhiệm vụ quý IV."),
                    None)
    assert (p.year, p.start_month, p.end_month) == (2023, 1, 9)


def test_first_half_takes_the_fallback_year():
    p = find_period(split_sentences("Sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm."), 2022)
    assert (p.year, p.start_month, p.end_month) == (2022, 1, 6)


def test_a_whole_year_review():
    p = find_period(split_sentences("Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022."), None)
    assert (p.year, p.start_month, p.end_month) == (2021, 1, 12)
