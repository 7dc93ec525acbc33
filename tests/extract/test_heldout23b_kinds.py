"""Kinds of construction found by the held-out reports ex389-ex396 (South and Central Highlands), each
written as sentences of the genre of our own, not copied from the reports."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.people import byline_names


def test_a_byline_line_of_the_pages_date_stamp_and_a_name() -> None:
    assert byline_names("15/08/2019 | Thanh Hà") == ["Thanh Hà"]
    assert byline_names("Minh Quân | 08:30 21/11/2016") == ["Minh Quân"]
    assert byline_names("15/08/2019 | Lượt xem: 86") == []


def _facts(text: str) -> list[dict[str, object]]:
    return list(extract_text(text).to_dict()["facts"])


def test_a_rate_with_the_resolutions_own_rate_after_a_colon_in_brackets() -> None:
    facts = {f["raw"]: f for f in _facts(
        "Tỷ lệ chi bộ được xếp loại hoàn thành tốt nhiệm vụ đạt 93,5% (Nghị quyết: 80%).")}
    assert facts["93,5%"]["role"] == "percent"
    assert facts["80%"]["role"] == "target"


def test_a_share_of_a_plans_count_in_brackets_is_the_plan_reached() -> None:
    facts = {f["raw"]: f for f in _facts(
        "Từ đầu nhiệm kỳ, Đảng bộ huyện kết nạp 812 đảng viên, đạt 71,2% (Nghị quyết là 1.140 đảng viên).")}
    assert facts["71,2%"]["role"] == "plan_pct"
    assert facts["71,2%"]["basis"] == "Nghị quyết"
    assert facts["1.140 đảng viên"]["role"] == "target"


def test_the_plan_reviewed_is_no_month_to_come() -> None:
    p = extract_text("Chiều 28.9, UBND huyện Gò Dầu họp đánh giá tình hình thực hiện kế hoạch phát triển "
                     "kinh tế - xã hội tháng 9 và bàn nhiệm vụ tháng 10.2022.").to_dict()["period"]
    assert (p["year"], p["start_month"], p["end_month"]) == (2022, 9, 9)


def test_a_resolutions_year_beside_the_months_reviewed() -> None:
    p = extract_text("Ngày 8/7, Huyện ủy Cần Đước tổ chức hội nghị nhìn lại việc thực hiện Nghị quyết Huyện ủy "
                     "năm 2019 qua 6 tháng đầu năm 2019.").to_dict()["period"]
    assert (p["year"], p["start_month"], p["end_month"]) == (2019, 1, 6)


def test_a_settled_budgets_year_is_no_period_reviewed() -> None:
    p = extract_text("Kỳ họp thứ nhất HĐND huyện Bảo Lâm thông qua nghị quyết phê chuẩn tổng quyết toán ngân sách "
                     "năm 2015 và nghị quyết về nhiệm vụ 6 tháng cuối năm 2016.").to_dict()["period"]
    assert (p["year"], p["start_month"], p["end_month"]) == (2016, 7, 12)


def test_a_bare_fraction_after_the_noun_it_counts_closing_its_clause() -> None:
    facts = {f["raw"]: f for f in _facts(
        "Kỳ họp bầu 35 đại biểu; đại biểu nữ 11/35 (chiếm 31,4%), đại biểu người dân tộc thiểu số 6/35 (chiếm 17,1%).")}
    assert (facts["11/35"]["unit"], facts["11/35"]["value"], facts["11/35"]["of"]) == ("đại biểu", 11, 35)
    assert (facts["6/35"]["unit"], facts["6/35"]["value"], facts["6/35"]["of"]) == ("đại biểu", 6, 35)
    assert not any(f["raw"].startswith("12/2020") for f in _facts("Thực hiện Nghị quyết số 12/2020 của HĐND tỉnh."))


def test_the_sectors_among_which_one_grows_most_are_no_count() -> None:
    facts = _facts("Trong 3 ngành kinh tế, công nghiệp - xây dựng có mức tăng cao nhất, đạt 14,2%.")
    assert [f["raw"] for f in facts] == ["14,2%"]


def test_a_plans_count_in_brackets_is_of_the_result_before_it() -> None:
    facts = {f["raw"]: f for f in _facts(
        "Riêng các xã vùng sâu kết nạp mới 214 đảng viên, đạt 68,2% (Nghị quyết 314 đảng viên).")}
    assert facts["314 đảng viên"]["role"] == "target"
    assert facts["314 đảng viên"]["subject"] == facts["214 đảng viên"]["subject"]
