"""Rules written for the misses of held-out reports ex433-ex438 (round 25, South East and Mekong delta), each
tested on reports written for this test (invented places, names and figures): a session's goals listed after
"cùng các chỉ tiêu ..., trong đó:", a finance site's market quotes in the page's header, and the figures' own
spans (a quarter, bare running months) at a mid-year session, which reviews the first half."""

from __future__ import annotations

from soket.extract import extract_text


def _facts(text: str) -> dict[str, tuple[str, str]]:
    return {f.raw: (f.role, f.subject or "") for f in extract_text(text).facts}


def test_goals_set_with_cung_are_targets() -> None:
    text = ("Bế mạc kỳ họp thứ 7 HĐND huyện Tân Lập\n"
            "Ngày 20/12/2018, HĐND huyện Tân Lập khóa IV tổ chức kỳ họp thứ 7 đánh giá kết quả năm 2018. Năm 2018, "
            "tổng thu ngân sách trên địa bàn đạt 312 tỷ đồng, tăng 9,2% so với cùng kỳ.\n"
            "Kỳ họp đã xác định nhiệm vụ năm 2019 cùng các chỉ tiêu chủ yếu, trong đó: giá trị sản xuất công nghiệp "
            "tăng 10,5%; thu ngân sách nhà nước tăng 15,2% so với dự toán năm 2018; tỷ lệ hộ nghèo giảm còn 2,1%.\n")
    facts = _facts(text)
    assert facts["9,2%"][0] == "change_pct"  # the year's result before stays a result
    assert facts["10,5%"][0] == "target"
    assert facts["15,2%"][0] == "target"
    assert facts["2,1%"][0] == "target"


def test_market_quotes_in_a_header_give_no_fact() -> None:
    text = ("Kinh tế - Tài chính\nVN-INDEX 1.201,33 ▲ 4,56 (0,38%) | HNX 231,07 ▼ 0,82 (0,35%) | UPCOM 91,20 ▲ 0,11\n"
            "Tân Lập: thu ngân sách quý I tăng khá\n"
            "Ngày 5/4/2024, UBND huyện Tân Lập họp đánh giá tình hình kinh tế - xã hội quý I năm 2024. Thu ngân sách "
            "trên địa bàn đạt 88 tỷ đồng, bằng 31% dự toán, tăng 6,4% so với cùng kỳ.\n")
    raws = set(_facts(text))
    assert not raws & {"0,38%", "0,35%", "4,56", "0,82"}
    assert {"88 tỷ đồng", "31%", "6,4%"} <= raws


def _period(text: str) -> tuple[int | None, int | None, int | None]:
    p = extract_text(text).period
    return p.year, p.start_month, p.end_month


def test_mid_year_session_figures_own_spans_are_no_period() -> None:
    text = ("Tân Lập: Thu ngân sách 5 tháng đạt hơn 2.100 tỷ đồng\n"
            "Ngày 10/7/2024, HĐND tỉnh Tân Lập khóa X khai mạc kỳ họp thứ 19, kỳ họp thường lệ giữa năm 2024.\n"
            "Báo cáo tại kỳ họp cho biết, tổng sản phẩm trên địa bàn (GRDP) quý 1 ước tăng 6,8%. Sau 5 tháng, tổng "
            "thu ngân sách nhà nước đạt 2.134 tỷ đồng, bằng 48% dự toán.\n")
    assert _period(text) == (2024, 1, 6)


def test_quarterly_review_keeps_its_quarter() -> None:
    text = ("Ngày 5/4/2024, UBND huyện Tân Lập họp đánh giá tình hình kinh tế - xã hội quý 1 năm 2024. Thu ngân sách "
            "trên địa bàn đạt 88 tỷ đồng, bằng 31% dự toán.\n")
    assert _period(text) == (2024, 1, 3)


def test_a_count_named_before_and_a_level_word_leave_the_subject() -> None:
    facts = _facts("Đến cuối năm 2023, số hộ nghèo của xã giảm xuống còn 146 hộ, chiếm 1,8% tổng số hộ; phấn đấu năm "
                   "2024 đưa tỷ lệ hộ nghèo xuống dưới 1,2%.")
    assert facts["146 hộ"][1] == "số hộ nghèo của xã"  # not "... hộ": the noun counted is named before the figure
    assert facts["1,8%"][1] == "số hộ nghèo của xã"
    assert facts["dưới 1,2%"][1].endswith("tỷ lệ hộ nghèo")  # not "... xuống": where the rate goes, no part of it


def test_an_unmet_plans_verb_leaves_the_subject() -> None:
    facts = _facts("Do ảnh hưởng của hạn mặn, các chỉ tiêu về nông nghiệp, thủy sản của huyện Tân Lập chưa đạt được "
                   "45% kế hoạch năm.")
    assert not facts["45%"][1].endswith("chưa")


def test_a_goals_share_of_the_whole_is_the_parts() -> None:
    facts = _facts("Năm 2026, huyện phấn đấu giảm số hộ nghèo xuống còn 280 hộ, chiếm tỷ lệ 0,85% tổng số hộ toàn huyện.")
    assert facts["0,85%"] == ("target", facts["280 hộ"][1])  # the poor households', not "tổng số hộ toàn huyện"
