"""Round 43, plan43 (issue 10): a budget estimate or capital plan for a later period than the one reviewed is a goal,
role ``target``; this period's plan, against which attainment is measured, stays as it is (extract/plans.py, cues
roles.later_plan_*)."""

from __future__ import annotations

from _sentences import facts, one, one_of

REVIEW = "Năm 2025, tổng thu ngân sách nhà nước trên địa bàn xã đạt 38,4 tỷ đồng, bằng 112% dự toán huyện giao. "


def test_next_years_estimate_adopted_by_the_session_is_a_target() -> None:
    text = REVIEW + "Kỳ họp đã quyết định dự toán thu ngân sách nhà nước năm 2026 là 41 tỷ đồng và tổng chi ngân sách xã " \
                    "năm 2026 là 66,2 tỷ đồng."
    found = facts(text)
    assert one_of(found, "38,4 tỷ đồng").role == "amount"
    assert one_of(found, "41 tỷ đồng").role == "target"
    assert one_of(found, "66,2 tỷ đồng").role == "target"  # the same head's clause goes on past "và"


def test_the_reviewed_years_estimate_stays_an_amount() -> None:
    text = "Năm 2025, HĐND xã thông qua nghị quyết điều chỉnh dự toán ngân sách năm 2025. Sau điều chỉnh, dự toán " \
           "thu ngân sách năm 2025 của xã là 52,7 tỷ đồng."
    assert one(text, "52,7 tỷ đồng").role == "amount"


def test_capital_plan_of_a_later_year_with_its_projects() -> None:
    text = REVIEW + "Năm 2026, kế hoạch vốn đầu tư công của xã dự kiến phân bổ 24,6 tỷ đồng cho 9 công trình."
    found = facts(text)
    assert one_of(found, "24,6 tỷ đồng").role == "target"
    assert one_of(found, "9 công trình").role == "target"  # who receives the planned sum


def test_the_time_of_the_clause_before_carries_past_a_semicolon() -> None:
    text = REVIEW + "Theo nghị quyết, dự toán thu ngân sách trên địa bàn năm tới là 43 tỷ đồng; dự toán chi ngân sách " \
                    "xã 70,5 tỷ đồng."
    found = facts(text)
    assert one_of(found, "43 tỷ đồng").role == "target"
    assert one_of(found, "70,5 tỷ đồng").role == "target"


def test_a_later_plans_result_stays_a_result() -> None:
    text = REVIEW + "Kế hoạch vốn năm 2026 được giao sớm, đến ngày 31/12 xã đã giải ngân 2,1 tỷ đồng."
    assert one(text, "2,1 tỷ đồng").role == "amount"


def test_votes_on_a_later_estimate_are_no_plan() -> None:
    text = REVIEW + "Nghị quyết về dự toán ngân sách năm 2026 được 25/25 đại biểu có mặt tán thành."
    assert one(text, "25/25 đại biểu").role == "amount"


def test_resolutions_counted_before_the_head_stay_amounts() -> None:
    text = REVIEW + "Kỳ họp thông qua 11 nghị quyết, trong đó có nghị quyết về dự toán thu ngân sách năm 2026 là 40 " \
                    "tỷ đồng."
    found = facts(text)
    assert one_of(found, "11 nghị quyết").role == "amount"
    assert one_of(found, "40 tỷ đồng").role == "target"


def test_a_misspelt_budget_head_of_next_year_still_states_a_goal() -> None:
    # "tự toán" for "dự toán" (cues repair.misspelt_plans): the same later year's plan
    text = ("Năm 2025, xã thu ngân sách đạt 41 tỷ đồng, tăng 6% so với cùng kỳ. "
            "HĐND xã thông qua tự toán thu ngân sách năm 2026 là 44 tỷ đồng.")
    assert one(text, "44 tỷ đồng").role == "target"
