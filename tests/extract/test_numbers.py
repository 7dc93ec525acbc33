"""The number grammar: round trips of formatted numbers, malformed numbers reported, never a crash,
linear time on hostile input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from _growth import assert_linear
from soket.extract.numbers import NUMBER_RE, parse_number, words_to_int
from soket.extract.quantities import find_quantities
from soket.fmt import format_number


@given(st.integers(min_value=0, max_value=10**15))
def test_integers_round_trip(n):
    assert parse_number(format_number(n)).value == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=3))
def test_decimals_round_trip(n, decimals):
    x = n / 10**decimals
    s = format_number(x, decimals)
    assert abs(parse_number(s).value - x) < 10 ** -(decimals + 1)


def test_known_forms():
    assert parse_number("6.900").value == 6900
    assert parse_number("316,7").value == 316.7
    assert parse_number("1.340.281").value == 1340281
    assert parse_number("54.103,79").value == 54103.79
    assert parse_number("60,6,2").malformed
    assert parse_number("1.34.5").malformed


def test_quantities_with_scales_and_units():
    got = {(round(q.value or -1, 2), q.unit, q.kind) for q in find_quantities(
        "đạt 42.200 tỷ đồng, 942 triệu USD, 1,5 nghìn tỷ đồng, 31 tỷ 500 triệu đồng, một nghìn tỷ đồng, "
        "đạt13,04% và 50,07 %, 16/64 công trình, 28 doanh nghiệp")}
    assert (42200e9, "VND", "money") in got
    assert (942e6, "USD", "money") in got
    assert (1.5e12, "VND", "money") in got
    assert (31.5e9, "VND", "money") in got
    assert (1e12, "VND", "money") in got
    assert (13.04, "%", "pct") in got
    assert (50.07, "%", "pct") in got
    assert (16, "công trình", "count") in got
    assert (28, "doanh nghiệp", "count") in got


def test_malformed_number_is_reported_not_guessed():
    (q,) = find_quantities("bằng 60,6,2% kế hoạch năm")
    assert q.value is None and q.malformed and q.unit == "%"


def test_not_facts():
    text = ("Chiều 21/7, hội nghị lần thứ 6, nhiệm kỳ 2020-2025, Nghị quyết số 05, mức độ 3, Covid-19, "
            "H5N1, lúc 14:55 ngày 13/07/2015, đô thị loại II, 6 tháng đầu năm")
    assert find_quantities(text) == []


def test_number_words():
    assert words_to_int("hai trăm năm mươi".split()) == 250
    assert words_to_int("mười hai".split()) == 12


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789.,% tỷđồngtriệuUSDhakết nạp/-", max_size=400))
def test_never_crashes_and_stays_grounded(s):
    for q in find_quantities(s):
        assert 0 <= q.start < q.end <= len(s)


def _read(s: str) -> None:
    find_quantities(s)
    list(NUMBER_RE.finditer(s))


def test_linear_time_on_a_megabyte_of_digits_and_dots():
    """Compared, not timed: 4 times the text costs about 4 times the CPU (from a megabyte: below it the heap's
    growth, not the reading, sets the cost)."""
    assert_linear(_read, lambda n: "1." * n, 500_000)
    assert_linear(_read, lambda n: "9" * n + "%", 1_000_000)
