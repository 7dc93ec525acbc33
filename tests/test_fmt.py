"""soket.fmt: numbers, values, dates and periods written the Vietnamese way."""

from __future__ import annotations

import pytest

from soket.fmt import display_unit, format_date, format_number, format_period, format_value, period_code


@pytest.mark.parametrize(("v", "decimals", "want"), [
    (1340281, None, "1.340.281"), (316.7, None, "316,7"), (-5.25, None, "-5,25"), (None, None, "—"),
    (0, None, "0"), (1234.5, 0, "1.234"), (2.0, None, "2"), (1 / 3, None, "0,3333"),
])
def test_format_number(v, decimals, want):
    assert format_number(v, decimals) == want


@pytest.mark.parametrize(("v", "unit", "want"), [
    (316.7e9, "VND", "316,7 tỷ đồng"), (6900e9, "VND", "6.900 tỷ đồng"), (45e6, "VND", "45 triệu đồng"),
    (5000, "VND", "5.000 đồng"), (125e6, "USD", "125 triệu USD"), (2e12, "USD", "2 nghìn tỷ USD"),
    (56.4, "%", "56,4%"), (45, "đảng viên", "45 đảng viên"), (3, None, "3"), (None, "VND", "—"),
])
def test_format_value(v, unit, want):
    assert format_value(v, unit) == want


def test_format_date():
    assert [format_date(x) for x in ("2021-07-21", "2021-07", "2021", None, "")] == \
        ["21/07/2021", "07/2021", "2021", "—", "—"]


@pytest.mark.parametrize(("args", "words", "code"), [
    ((2021, 1, 6), "6 tháng đầu năm 2021", "2021-H1"),
    ((2021, 7, 12), "6 tháng cuối năm 2021", "2021-H2"),
    ((2021, 7, 9), "Quý III/2021", "2021-Q3"),
    ((2021, 1, 9), "9 tháng đầu năm 2021", "2021-9M"),
    ((2021, 1, 12), "Năm 2021", "2021-FY"),
    ((2021, None, None), "Năm 2021", "2021-FY"),
    ((2021, 5, 5), "Tháng 5/2021", "2021-M5-5"),
    ((2021, 2, 5), "Tháng 2–5/2021", "2021-M2-5"),
    ((None, 1, 6), "—", ""),
])
def test_period_words_and_code(args, words, code):
    assert format_period(*args) == words
    assert period_code(*args) == code


def test_display_unit():
    assert display_unit("VND", [316.7e9, 5e9]) == (1e9, "tỷ đồng")
    assert display_unit("VND", [45e6]) == (1e6, "triệu đồng")
    assert display_unit("USD", [10.0]) == (1.0, "USD")
    assert display_unit("%", [5.0]) == (1.0, "%")
    assert display_unit(None, []) == (1.0, "")


def test_english_numbers_swap_the_separators():
    """lang="en" (the dashboard's ?lang=en): the same digits with ',' for thousands and '.' for
    decimals, English scale and unit words (lexicon/labels.yaml)."""
    for v in (0, 7, 3215, 1340281, 316.7, 56.4, -1234.5, 0.25):
        vi, en = format_number(v), format_number(v, lang="en")
        assert en == vi.replace(".", "\x00").replace(",", ".").replace("\x00", ","), (v, vi, en)
    assert format_value(6.9e12, "VND", "en") == "6,900 billion VND"
    assert format_value(2.5e12, "USD", "en") == "2.5 trillion USD" and format_value(2.5e12, "USD") == "2,5 nghìn tỷ USD"
    assert format_value(486.8e9, "VND", "en") == "486.8 billion VND"
    assert format_value(7.7, "%", "en") == "7.7%"
    assert format_value(12, "doanh nghiệp", "en") == "12 enterprises"
    assert display_unit("VND", [3e9], "en") == (1e9, "billion VND") and display_unit("VND", [3e9]) == (1e9, "tỷ đồng")
    assert format_date("2021-07", "en") == "2021-07" and format_date(None, "en") == "—"
