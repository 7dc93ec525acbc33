"""Round 43's fact rules (facts43): a market board's line run together without separators is page chrome; a goal the
news lead announces and the body's closing goals state again is one fact; a request addressed to a list of those asked
states goals; a full count before a share names the standard the share reaches; the units members belong to, counted
after "sinh hoạt tại", are what is counted; a share of "số ..." attained right after a count is that count's share; a
promise to complete a task is a goal. Sentences invented."""

from __future__ import annotations

from _sentences import facts, one, one_of
from soket.ingest.chrome import find_chrome


def _chrome(text: str) -> list[str]:
    return [text[a:b] for a, b in find_chrome(text)]


# -- a market board's line without separators ----------------------------------------------------------------------------

def test_market_quotes_run_together_are_chrome() -> None:
    line = "VN-Index 1.302,5 -4,12 HNX-Index 231,8 +0,6 Vàng SJC 88,2 - 90,1 triệu đồng/lượng USD/VND 25.120"
    text = f"Huyện Ea Kar tổng kết năm\n\n{line}\n\nThu ngân sách trên địa bàn đạt 612 tỷ đồng, vượt 8% dự toán."
    assert _chrome(text) == [line]
    assert [f.raw for f in facts(text)] == ["612 tỷ đồng", "8%"]


def test_market_quote_unit_is_no_item_of_its_own() -> None:
    line = "Dầu thô 81,4 USD/thùng Vàng nhẫn 76,5 triệu Tỷ giá 25.300"
    assert _chrome(f"{line}\n\nToàn xã có 12 hợp tác xã.") == [line]


def test_prices_said_with_their_verbs_stay_text() -> None:  # near-miss: a sentence about prices has its verbs
    text = "Giá vàng SJC tăng 2 triệu đồng/lượng USD giảm 40 đồng Giá xăng RON 95 tăng 300 đồng\n\nX có 3 xã."
    assert _chrome(text) == []


def test_two_quotes_run_together_are_too_few() -> None:  # near-miss: two labels are no board
    assert _chrome("Vàng SJC 88,2 triệu đồng/lượng USD 25.120\n\nX có 3 xã.") == []


# -- a goal the lead announces, the body's goals restating it --------------------------------------------------------------

_GOAL_LEAD = ("Bình Phước: Thu ngân sách năm 2025 vượt dự toán\n\n"
              "Thu ngân sách năm 2025 của huyện đạt 845 tỷ đồng; huyện đặt mục tiêu tăng trưởng năm 2026 từ 9% trở lên.\n\n"
              "Chiều 28/12, UBND huyện tổ chức hội nghị tổng kết năm 2025.\n\n"
              "Theo báo cáo, thu ngân sách đạt 845 tỷ đồng, bằng 112% dự toán.\n\n"
              "Giá trị sản xuất nông nghiệp tăng 3,2%; có thêm 2 xã đạt chuẩn nông thôn mới.\n\n"
              "Công tác cải cách hành chính có chuyển biến; 98% hồ sơ được giải quyết đúng hạn.\n\n"
              "Tình hình an ninh chính trị ổn định; tai nạn giao thông giảm cả 3 tiêu chí.\n\n"
              "Năm 2026, huyện phấn đấu tăng trưởng từ 9% trở lên, thu ngân sách đạt 900 tỷ đồng.\n")


def test_lead_goal_restated_by_the_closing_goals_is_one_fact() -> None:
    got = [f for f in facts(_GOAL_LEAD) if f.raw == "9%"]
    assert len(got) == 1 and got[0].role == "target"


def test_lead_goal_of_another_measure_stays() -> None:  # near-miss: the lead's goal names another measure
    text = _GOAL_LEAD.replace("huyện đặt mục tiêu tăng trưởng năm 2026", "huyện đặt mục tiêu giảm nghèo năm 2026")
    assert [f.raw for f in facts(text)].count("9%") == 2


# -- a request addressed to those asked --------------------------------------------------------------------------------------

def test_request_to_listed_bodies_states_a_goal() -> None:
    f = one("Chủ tịch UBND huyện yêu cầu các phòng, ban, địa phương giải ngân 100% kế hoạch vốn đầu tư công năm 2026.",
            "100%")
    assert f.role == "target" and "giải ngân" in (f.subject or "")


def test_request_to_listed_units_counts_goals() -> None:
    f = one("Ban Thường vụ yêu cầu các chi bộ trực thuộc kết nạp 25 đảng viên trong năm.", "25 đảng viên")
    assert f.role == "target"


def test_request_reported_as_made_keeps_the_result() -> None:  # near-miss: "đã yêu cầu": the task reported done
    f = one("UBND huyện đã yêu cầu các xã thu hoạch 3.200 ha lúa hè thu trước mùa mưa.", "3.200 ha")
    assert f.role == "amount"


def test_request_to_account_for_a_result_keeps_it() -> None:  # near-miss: asked to explain a result
    f = one("Ban Kinh tế - Ngân sách yêu cầu UBND huyện làm rõ nguyên nhân giải ngân vốn đầu tư công mới đạt 61,2% "
            "kế hoạch.", "61,2%")
    assert f.role == "plan_pct"


# -- a full count before a share ------------------------------------------------------------------------------------------------

def test_full_doses_before_a_share_are_no_figure() -> None:
    found = facts("Trẻ từ 5 đến 11 tuổi đã tiêm đủ 2 mũi đạt 91,3%.")
    assert [f.raw for f in found] == ["91,3%"]


def test_full_doses_in_a_goal_are_no_figure() -> None:
    found = facts("Phấn đấu tiêm đủ 3 mũi vắc xin cho 100% người dân từ 18 tuổi trở lên trong quý IV.")
    assert [(f.raw, f.role) for f in found] == [("100%", "target")]


def test_full_count_with_its_plan_met_stays() -> None:  # near-miss: the share after it is the plan met
    found = facts("Năm 2025, Đảng bộ kết nạp đủ 60 đảng viên đạt 100% chỉ tiêu.")
    assert one_of(found, "60 đảng viên").role == "amount"
    assert one_of(found, "100%").role == "plan_pct"


# -- the units members belong to -----------------------------------------------------------------------------------------------

def test_units_members_belong_to_are_counted() -> None:
    f = one("Toàn Đảng bộ có 2.415 đảng viên, sinh hoạt tại 48 tổ chức cơ sở đảng.", "48 tổ chức cơ sở đảng")
    assert (f.subject or "").lower() == "tổ chức cơ sở đảng"


def test_work_done_at_places_keeps_its_verb() -> None:  # near-miss: another verb before the locative
    f = one("Các tổ đại biểu đã tiếp xúc cử tri tại 18 điểm, tiếp nhận 40 ý kiến.", "18 điểm")
    assert (f.subject or "") == "tiếp xúc cử tri"


# -- a share of "số ..." after a count -----------------------------------------------------------------------------------------

def test_vote_share_after_the_count_is_the_counts() -> None:
    found = facts("Đồng chí Nguyễn Văn Hùng trúng cử với 27/29 phiếu bầu, đạt 93,1% số đại biểu có mặt.")
    assert one_of(found, "93,1%").subject == one_of(found, "27/29 phiếu").subject == "phiếu bầu"


def test_vote_share_after_a_bare_count_keeps_its_whole() -> None:  # near-miss: the count names its unit alone
    f = one("Đồng chí Lê Thị Hoa được bầu giữ chức Chủ tịch HĐND xã với 25/25 phiếu, đạt 100% số đại biểu có mặt.",
            "100%")
    assert f.subject == "đại biểu có mặt"


# -- a promise --------------------------------------------------------------------------------------------------------------------

def test_promise_to_complete_a_task_is_a_goal() -> None:
    f = one("Chủ tịch UBND xã đã giải trình, đồng thời cam kết hoàn thành nạo vét 9 tuyến kênh trước mùa lũ.", "9 tuyến kênh")
    assert f.role == "target"


def test_investment_pledged_is_no_goal() -> None:  # near-miss: "vốn cam kết" is a sum pledged
    f = one("Trong năm, tỉnh thu hút 14 dự án với tổng vốn cam kết 2.300 tỷ đồng.", "2.300 tỷ đồng")
    assert f.role == "amount"


# -- a subject's dangling preposition; a price's span verb ----------------------------------------------------------------------

def test_award_subject_drops_a_dangling_preposition() -> None:
    found = facts("Nhân dịp này, UBND xã tặng giấy khen cho 9 tập thể và 21 cá nhân có thành tích xuất sắc trong "
                  "phong trào thi đua năm 2025.")
    s = (one_of(found, "21 cá nhân").subject or "").lower()
    assert not s.endswith(" trong") and "cá nhân" in s


def test_housing_keeps_its_noun() -> None:  # near-miss: "nhà ở" ends in a word that is no preposition here
    f = one("Năm 2025, huyện hỗ trợ xây dựng 46 căn nhà ở cho hộ nghèo.", "46 căn nhà")
    assert "nhà" in (f.subject or "")


def test_price_span_verb_is_no_part_of_the_subject() -> None:
    f = one("Giá bán chanh leo tại vườn dao động 9.000 - 12.000 đồng/kg, người trồng có lãi.", "9.000 - 12.000 đồng/kg")
    assert "dao động" not in (f.subject or "") and (f.subject or "").lower().startswith("giá bán chanh leo")
    assert f.value == 9000 and not f.estimated


def test_price_after_an_estimate_in_another_clause_is_no_estimate() -> None:
    found = facts("Vụ vải năm nay cho sản lượng ước 6.800 tấn, giá bán tại vườn dao động 15.000 - 20.000 đồng/kg.")
    assert one_of(found, "6.800 tấn").estimated
    assert not one_of(found, "15.000 - 20.000 đồng/kg").estimated


# -- a body's head acting for it ---------------------------------------------------------------------------------------------

def test_titled_head_of_a_body_is_no_part_of_the_subject() -> None:
    found = facts("Nhân dịp này, Chủ tịch UBND huyện tặng giấy khen cho 11 tập thể và 26 cá nhân.")
    for raw in ("11 tập thể", "26 cá nhân"):
        s = (one_of(found, raw).subject or "").lower()
        assert s.startswith("tặng giấy khen") and "chủ tịch" not in s


# -- a sum passed ------------------------------------------------------------------------------------------------------------

def test_sum_passed_is_over_it() -> None:
    f = one("Năm 2025, thu ngân sách nhà nước trên địa bàn huyện vượt 860 tỷ đồng.", "vượt 860 tỷ đồng")
    assert f.qualifier == "over" and f.role == "amount" and f.value == 860_000_000_000


def test_sum_beating_a_plan_is_no_bound() -> None:  # near-miss: the plan after it: a margin
    found = facts("Thu ngân sách trên địa bàn vượt 45 tỷ đồng so với dự toán.")
    assert one_of(found, "45 tỷ đồng").qualifier is None


def test_margin_opening_its_clause_is_no_bound() -> None:  # near-miss: "..., vượt N" after the result
    found = facts("Thu nhập bình quân đầu người đạt 62 triệu đồng, vượt 4 triệu đồng.")
    assert one_of(found, "4 triệu đồng").qualifier is None


def test_reached_and_beaten_is_no_bound() -> None:  # near-miss: "đạt và vượt" a plan's figure
    f = one("Tổng sản lượng lương thực năm nay đạt và vượt 8.450 tấn.", "8.450 tấn")
    assert f.qualifier is None


# -- a crosshead naming a goal --------------------------------------------------------------------------------------------------

_CROSSHEAD = ("Quận Hải An tổng kết năm 2025\n\n"
              "Sáng 20/12, UBND quận tổ chức hội nghị tổng kết năm 2025. Thu ngân sách trên địa bàn đạt 2.140 tỷ đồng.\n\n"
              "Mục tiêu thu ngân sách 2.600 tỷ đồng\n\n"
              "Năm 2026, quận đặt chỉ tiêu thu ngân sách 2.600 tỷ đồng, giải ngân 100% kế hoạch vốn đầu tư công.\n")


def test_crosshead_goal_restated_by_the_body_is_one_fact() -> None:
    got = [f for f in facts(_CROSSHEAD) if f.raw == "2.600 tỷ đồng"]
    assert len(got) == 1 and got[0].role == "target"


def test_goal_heading_its_figure_is_a_target() -> None:
    assert one("Chỉ tiêu tỷ lệ hộ nghèo năm 2026 1,5%", "1,5%").role == "target"


def test_goal_head_with_a_result_verb_is_no_target() -> None:  # near-miss: "đạt" and a plan beaten after it
    found = facts("Mục tiêu thu ngân sách đạt 2.600 tỷ đồng, vượt 5% dự toán.")
    assert one_of(found, "2.600 tỷ đồng").role == "amount"
