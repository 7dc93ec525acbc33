"""extract/quantities.py: numbers with their scale, unit, qualifier and counted noun."""

from __future__ import annotations

import pytest

from soket.extract.quantities import find_quantities

S = ("Tổng thu ngân sách ước đạt 316,7 tỷ đồng, tăng 12,5% so với cùng kỳ; kết nạp 28 đảng viên; "
     "88/110 công trình; gần 1.200 ha lúa, 31 tỷ 500 triệu đồng.")


def _by_raw(s: str) -> dict[str, object]:
    return {s[q.start:q.end]: q for q in find_quantities(s)}


def test_money_percent_counts_fractions_measures_compounds():
    qs = _by_raw(S)
    money = qs["316,7 tỷ đồng"]
    assert (money.value, money.unit, money.kind) == (pytest.approx(316.7e9), "VND", "money")
    assert (qs["12,5%"].value, qs["12,5%"].unit) == (12.5, "%")
    party = qs["28 đảng viên"]
    assert (party.value, party.unit, party.kind) == (28, "đảng viên", "count")
    frac = qs["88/110 công trình"]
    assert (frac.value, frac.of, frac.unit) == (88, 110, "công trình")
    rice = qs["gần 1.200 ha"]
    assert (rice.value, rice.unit, rice.qualifier) == (1200, "ha", "nearly")
    assert qs["31 tỷ 500 triệu đồng"].value == pytest.approx(31.5e9)


def test_abbreviated_counted_noun_is_spelt_out():
    (q,) = find_quantities("Thành lập mới 07 DN trong quý.")
    assert (q.value, q.unit) == (7, "doanh nghiệp")


@pytest.mark.parametrize("s", [
    "Ngày 20/12/2023 hội nghị khai mạc.",
    "Nghị quyết số 15-NQ/TU của Ban Thường vụ.",
    "Trong năm 2024, huyện tập trung chỉ đạo.",
    "Nhiệm kỳ 2020 - 2025 đã đi được nửa chặng đường.",
])
def test_dates_document_numbers_years_and_terms_are_no_quantities(s):
    assert find_quantities(s) == []


def test_a_malformed_number_is_flagged_not_guessed():
    (q,) = find_quantities("Tỷ lệ đạt 60,6,2% kế hoạch.")
    assert q.malformed
    assert q.value is None


def test_a_scaled_figure_without_its_currency_word_is_money():
    (q,) = find_quantities("Thu ngân sách trên địa bàn huyện đạt 500 tỷ, vượt dự toán.")
    assert (q.kind, q.unit, q.value) == ("money", "VND", 500e9)
    (q,) = find_quantities("Sản lượng lúa đạt 1,2 triệu tấn.")
    assert (q.kind, q.unit, q.value) == ("measure", "tấn", 1.2e6)
