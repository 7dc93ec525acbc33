"""extract/indicators.py: the canonical indicator of a subject (and unit)."""

from __future__ import annotations

import pytest

from soket.extract.indicators import classify, indicators


@pytest.mark.parametrize(("subject", "unit", "key"), [
    ("Thu ngân sách nhà nước trên địa bàn", "VND", "budget_revenue"),
    ("kết nạp đảng viên mới", "đảng viên", "new_party_members"),
    ("sản lượng lúa", "tấn", "rice_output"),
])
def test_subjects_to_keys(subject, unit, key):
    assert classify(subject, unit) == key


def test_diacritics_do_not_matter():
    assert classify("thu ngan sach nha nuoc tren dia ban", "VND") == "budget_revenue"


def test_no_subject_or_an_unknown_one_has_no_indicator():
    assert classify(None) is None
    assert classify("không khí hội nghị", None) is None


def test_keys_are_unique():
    keys = [i.key for i in indicators()]
    assert len(keys) == len(set(keys))
