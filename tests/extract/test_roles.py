"""extract/roles.py: what a figure is to its subject (amount, change, share of a plan, target)."""

from __future__ import annotations

import pytest

from soket.extract import extract_text
from soket.extract.goals import goal_start
from soket.extract.quantities import find_quantities
from soket.extract.roles import decide_role, has_growth
from soket.text import lower_keep_len


def _roles(s: str) -> dict[str, tuple[str, int, str | None]]:
    low = lower_keep_len(s)
    out = {}
    for q in find_quantities(s):
        d = decide_role(s, low, q, 0, goal_start(low))
        out[s[q.start:q.end]] = (d.role, d.sign, d.basis)
    return out


@pytest.mark.parametrize(("s", "raw", "role", "sign", "basis"), [
    ("Số doanh nghiệp thành lập mới là 45 doanh nghiệp, tăng 7,1% so với cùng kỳ.",
     "7,1%", "change_pct", 1, "cùng kỳ"),
    ("Sản lượng thủy sản giảm 2,3% so với năm trước.", "2,3%", "change_pct", -1, "năm trước"),
    ("Thu cân đối ngân sách đạt 74,8% dự toán tỉnh giao.", "74,8%", "plan_pct", 1, "dự toán tỉnh giao"),
    ("Giá trị xuất khẩu bằng 103% so với cùng kỳ.", "103%", "prior_pct", 1, "cùng kỳ"),
    ("Thu ngân sách xã vượt 8% kế hoạch.", "8%", "plan_diff_pct", 1, "kế hoạch"),
    ("Số doanh nghiệp thành lập mới là 45 doanh nghiệp.", "45 doanh nghiệp", "amount", 1, None),
    ("Số hợp tác xã giải thể giảm 5 doanh nghiệp so với cùng kỳ.", "5 doanh nghiệp", "change", -1, "cùng kỳ"),
    ("Số hộ nghèo toàn xã giảm được 37 hộ.", "37 hộ", "change", -1, None),
])
def test_role_sign_and_basis(s, raw, role, sign, basis):
    assert _roles(s)[raw] == (role, sign, basis)


def test_a_goal_opens_a_target():
    s = "Phấn đấu năm 2025 thu ngân sách đạt 600 tỷ đồng."
    assert goal_start(lower_keep_len(s)) == 0
    assert _roles(s)["600 tỷ đồng"][0] == "target"


def test_growth_words():
    assert has_growth("tốc độ tăng trưởng kinh tế")
    assert not has_growth("thu ngân sách trên địa bàn")


def test_the_plan_or_the_comparison_named_in_an_opener():
    (f,) = extract_text("So với kế hoạch năm, giá trị sản xuất thủy sản đạt 78%.").facts
    assert (f.role, f.basis, f.subject) == ("plan_pct", "kế hoạch năm", "giá trị sản xuất thủy sản")
    (f,) = extract_text("So với cùng kỳ, số doanh nghiệp thành lập mới tăng 12,5%.").facts
    assert (f.role, f.basis) == ("change_pct", "cùng kỳ")
    (f,) = extract_text("So với năm 2022, diện tích lúa giảm 3,2%.").facts
    assert (f.role, f.basis, f.value) == ("change_pct", "năm 2022", -3.2)


def test_a_goal_set_before_the_verb_makes_its_figures_targets():
    (f,) = extract_text("Cho năm tới, Ban Thường vụ Huyện ủy đề ra mục tiêu thu nhập bình quân đầu người đạt "
                        "62 triệu đồng.").facts
    assert (f.role, f.subject) == ("target", "thu nhập bình quân đầu người")
    (f,) = extract_text("HĐND xã xác định chỉ tiêu tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%.").facts
    assert f.role == "target"
    # a goal named after the figure is a plan it is measured against, no goal set
    roles = [f.role for f in extract_text("Thu ngân sách đạt 3,6 tỷ đồng, bằng 61% mục tiêu đề ra.").facts]
    assert roles == ["amount", "plan_pct"]


def test_a_plan_runs_on_to_the_verb_that_gives_it_and_a_comparison_stops_at_its_cause():
    facts = {f.raw: f for f in extract_text(
        "Thu ngân sách phường đạt 7,1 tỷ đồng, bằng 118% dự toán thành phố và HĐND phường giao.").facts}
    assert facts["118%"].basis == "dự toán thành phố và HĐND phường giao"
    (f,) = extract_text("Vốn đầu tư công giải ngân đạt 38,5% kế hoạch vốn Bộ Tài chính thông báo bổ sung giao.").facts
    assert f.basis == "kế hoạch vốn Bộ Tài chính thông báo bổ sung giao"
    # a word that only looks like a giver leaves the plan as it was read
    (f,) = extract_text("Huyện hoàn thành 100% chỉ tiêu giao quân năm 2025.").facts
    assert f.basis == "chỉ tiêu giao quân năm 2025"
    (f,) = extract_text("Lượng khách quốc tế giảm 23% so với cùng kỳ do ảnh hưởng của dịch bệnh.").facts
    assert f.basis == "cùng kỳ"


def test_a_level_raised_in_a_task_asked_for_is_a_target():
    facts = {f.raw: f for f in extract_text(
        "Chủ tịch UBND xã đề nghị các ngành tập trung thu ngân sách; nâng tỷ lệ thanh toán không dùng tiền mặt "
        "lên 80%; bảo đảm an ninh trật tự.").facts}
    assert facts["80%"].role == "target"
    # a level raised as a result stays a result
    facts = {f.raw: f for f in extract_text("Năm nay có thêm 2 xã đạt chuẩn, nâng tổng số lên 9 xã.").facts}
    assert facts["9 xã"].role == "amount"


def test_growth_against_the_same_period_is_a_change_unless_its_verb_says_a_level():
    got = _roles("Tốc độ tăng trưởng giá trị sản xuất nông nghiệp ước đạt 3,1% so với cùng kỳ.")
    assert got["3,1%"] == ("change_pct", 1, "cùng kỳ")
    assert _roles("Tăng trưởng kinh tế 9 tháng bằng 105,3% so với cùng kỳ.")["105,3%"] == ("prior_pct", 1, "cùng kỳ")


def test_a_count_added_since_a_time_it_is_compared_with_is_a_change():
    got = _roles("Toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới so với cuối năm 2022.")
    assert got["3 xã"] == ("change", 1, "cuối năm 2022")
    assert _roles("Toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới.")["9 xã"] == ("amount", 1, None)


def test_attainment_with_the_plan_as_the_clauses_topic_is_of_that_plan():
    got = _roles("Kế hoạch vốn đầu tư công năm 2023 đã giải ngân 120,5 tỷ đồng, đạt 61,2%, cao hơn bình quân của tỉnh.")
    assert got["61,2%"] == ("plan_pct", 1, "Kế hoạch vốn đầu tư công năm 2023")
    assert _roles("Số hộ nghèo đã giảm 120 hộ, đạt 30%.")["30%"][0] == "percent"


def test_a_comparative_with_an_earlier_period_before_an_amount_is_a_change():
    got = _roles("Năng suất lúa bình quân đạt 66,2 tạ/ha, cao hơn vụ trước gần 2 tạ/ha.")
    assert got["gần 2 tạ/ha"] == ("change", 1, "vụ trước")
    assert _roles("Thu ngân sách xã đạt 40 tỷ đồng, thấp hơn cùng kỳ 3 tỷ đồng.")["3 tỷ đồng"] == ("change", -1, "cùng kỳ")


def test_a_sentence_opened_by_a_goal_head_and_a_colon_lists_targets():
    """'Các chỉ tiêu chủ yếu năm 2024: ...' with no result word: each figure is a goal; with one, the figures are results."""
    from soket.extract import extract_text

    got = {f.raw: f.role for f in extract_text(
        "Các chỉ tiêu chủ yếu năm 2024: tốc độ tăng trưởng kinh tế từ 6,8% trở lên; thu ngân sách 720 tỷ đồng; "
        "kết nạp 90 đảng viên mới.").facts}
    assert got == {"6,8%": "target", "720 tỷ đồng": "target", "90 đảng viên": "target"}
    got = {f.raw: f.role for f in extract_text(
        "Các chỉ tiêu chủ yếu năm 2023: thu ngân sách đạt 700 tỷ đồng; kết nạp 88 đảng viên mới.").facts}
    assert got == {"700 tỷ đồng": "amount", "88 đảng viên": "amount"}


def test_what_a_plan_was_met_with_is_no_part_of_its_basis():
    """'hoàn thành 100% chỉ tiêu với 140 thanh niên nhập ngũ': the plan is 'chỉ tiêu'; the count after 'với' is a fact of its own."""
    got = {f.raw: (f.role, f.basis) for f in extract_text(
        "Huyện hoàn thành 100% chỉ tiêu với 140 thanh niên lên đường nhập ngũ.").facts}
    assert got["100%"] == ("plan_pct", "chỉ tiêu")
    assert got["140 thanh niên"][0] == "amount"


def test_an_adjustment_decided_is_the_amount_adjusted_not_a_change():
    """'điều chỉnh tăng 45 tỷ đồng kế hoạch vốn': no earlier period compared, the sum the decision moves."""
    f = extract_text("HĐND huyện thống nhất điều chỉnh tăng 45 tỷ đồng kế hoạch vốn cho 3 dự án trọng điểm.").facts[0]
    assert (f.raw, f.role, f.value, f.subject) == ("45 tỷ đồng", "amount", 45e9, "điều chỉnh tăng")
    # with the earlier period compared it stays a change
    f = extract_text("Vốn đầu tư công điều chỉnh tăng 45 tỷ đồng so với năm trước.").facts[0]
    assert f.role == "change"


def test_what_a_directive_asks_to_ensure_is_a_target():
    """'yêu cầu đẩy nhanh giải ngân ..., bảo đảm đến cuối năm đạt trên 92% kế hoạch': a goal, not a result."""
    f = extract_text("Chủ tịch UBND tỉnh yêu cầu đẩy nhanh giải ngân vốn đầu tư công, bảo đảm đến cuối năm "
                     "đạt trên 92% kế hoạch.").facts[0]
    assert (f.raw, f.role) == ("trên 92%", "target")


def test_a_task_to_complete_in_a_directive_is_a_target_of_what_it_completes():
    """'yêu cầu ...; hoàn thành 100% số nhà tạm trước ngày 20/12': a goal, named by what is to be completed."""
    f = extract_text("Chủ tịch UBND xã yêu cầu các bộ phận thu hoạch lúa mùa; hoàn thành 100% số nhà tạm "
                     "trước ngày 20/12.").facts[0]
    assert (f.raw, f.role) == ("100%", "target")
    assert f.subject is not None and "nhà tạm" in f.subject


def test_a_bracket_with_its_own_verb_decides_the_role_of_its_figure():
    """'vượt kế hoạch (đạt 108,2% kế hoạch)': the attainment written out, not by how much it beats the plan."""
    got = _roles("Diện tích ngô đạt 2.140 ha, vượt kế hoạch (đạt 108,2% kế hoạch năm).")
    assert got["108,2%"][0] == "plan_pct"


def test_growth_wording_does_not_reach_past_a_semicolon():
    """'tăng trưởng ... chậm lại; tỷ lệ hộ nghèo còn 4,12%': the rate after the semicolon is a statement of
    its own, a level; growth wording in its own statement still makes a change."""
    got = _roles("Hạn chế: tốc độ tăng trưởng ngành dịch vụ chậm lại; tỷ lệ hộ nghèo cuối năm còn 4,12%.")
    assert got["4,12%"][0] == "percent"
    got = _roles("Hạn chế: thu hút đầu tư chưa đạt kỳ vọng; tăng trưởng ngành dịch vụ chỉ còn 4,12%.")
    assert got["4,12%"][0] == "change_pct"


def test_the_meetings_own_business_after_a_goal_is_a_result():
    """'phấn đấu thu ... đạt 31 tỷ đồng và biểu quyết thông qua 9 nghị quyết': the resolutions were
    passed at the meeting, not aimed at; 'thông qua đó' (thereby) keeps the goal going."""
    facts = {f.raw: f.role for f in extract_text(
        "Kỳ họp thống nhất phấn đấu thu ngân sách cả năm đạt 31 tỷ đồng và biểu quyết thông qua 9 nghị quyết.").facts}
    assert facts == {"31 tỷ đồng": "target", "9 nghị quyết": "amount"}
    facts = {f.raw: f.role for f in extract_text(
        "Xã phấn đấu hoàn thành 100% kế hoạch vốn, thông qua đó nâng tỷ lệ đường bê tông lên 85%.").facts}
    assert facts == {"100%": "target", "85%": "target"}


def test_higher_or_lower_than_the_same_period_is_a_change_not_a_qualified_level():
    """'cao hơn 2,4% so với cùng kỳ' / 'thấp hơn 4,2% so với cùng kỳ': "hơn" is the comparison's, not the
    qualifier "over"; the figure is a change against the period compared, its sign from the comparison."""
    facts = {f.raw: f for f in extract_text(
        "Toàn huyện đã gieo trồng 41.300 ha, đạt 98,7% kế hoạch, cao hơn 2,4% so với cùng kỳ năm 2021. "
        "Tổng thu ngân sách đạt 21,6 tỷ đồng, thấp hơn 4,2% so với cùng kỳ.").facts}
    up, down = facts["2,4%"], facts["4,2%"]
    assert (up.role, up.value, up.qualifier, up.basis) == ("change_pct", 2.4, None, "cùng kỳ năm 2021")
    assert (down.role, down.value, down.qualifier, down.basis) == ("change_pct", -4.2, None, "cùng kỳ")
    assert up.subject == "gieo trồng" and down.subject == "Tổng thu ngân sách"


def test_a_second_plan_joined_to_the_first_is_part_of_the_basis():
    """'đạt 70,1% dự toán tỉnh giao và nghị quyết HĐND thị xã, tăng 12,4% ...': the resolution is a second
    plan the figure is measured against, so the change that follows is still the revenue's."""
    facts = {f.raw: f for f in extract_text(
        "Lũy kế 8 tháng, tổng thu ngân sách 1.385 tỷ đồng, đạt 70,1% dự toán tỉnh giao và nghị quyết HĐND "
        "thị xã, tăng 12,4% so với cùng kỳ.").facts}
    assert facts["70,1%"].basis == "dự toán tỉnh giao và nghị quyết HĐND thị xã"
    assert (facts["12,4%"].role, facts["12,4%"].subject) == ("change_pct", "tổng thu ngân sách")


def test_agreeing_on_goals_sets_them():
    """'HĐND thị xã thống nhất mục tiêu ... tăng từ 10% trở lên; thu ngân sách ... 3.520 tỷ đồng': the
    council agrees the year's goals, each a target."""
    facts = {f.raw: f.role for f in extract_text(
        "Năm 2020, HĐND thị xã thống nhất mục tiêu giá trị sản xuất công nghiệp tăng từ 10% trở lên; thu "
        "ngân sách nhà nước 3.520 tỷ đồng.").facts}
    assert facts == {"10%": "target", "3.520 tỷ đồng": "target"}
def test_a_yearly_average_change_is_a_change_named_without_its_average_words():
    """'tăng bình quân 9,6%/năm', 'giảm bình quân hằng năm 2,1%': a change on average, the subject before the verb."""
    f = extract_text("Giai đoạn 2016-2020, doanh thu du lịch toàn tỉnh tăng bình quân 9,6%/năm.").facts[0]
    assert (f.raw, f.role, f.value, f.subject) == ("9,6%", "change_pct", 9.6, "doanh thu du lịch toàn tỉnh")
    f = extract_text("Tỷ lệ trẻ em suy dinh dưỡng giảm bình quân hằng năm 2,1%.").facts[0]
    assert (f.raw, f.role, f.value, f.subject) == ("2,1%", "change_pct", -2.1, "Tỷ lệ trẻ em suy dinh dưỡng")


def test_a_comparative_before_a_figure_with_an_earlier_period_after_it_is_a_change():
    """'cao hơn 3,2% so với cùng kỳ', 'thấp hơn 5% so với năm trước', 'ít hơn 4 vụ so với cùng kỳ': the figure is the
    difference against the earlier period, signed by the comparative; 'hơn' is the comparative's, no qualifier."""
    got = {f.raw: (f.role, f.value, f.qualifier, f.basis) for f in extract_text(
        "Sản lượng thủy sản đạt 4.150 tấn, cao hơn 3,2% so với cùng kỳ. Doanh thu dịch vụ đạt 20 tỷ đồng, thấp hơn 5% "
        "so với năm trước. Trên địa bàn xảy ra 9 vụ cháy, ít hơn 4 vụ so với cùng kỳ.").facts}
    assert got["3,2%"] == ("change_pct", 3.2, None, "cùng kỳ")
    assert got["5%"] == ("change_pct", -5, None, "năm trước")
    assert got["4 vụ"] == ("change", -4, None, "cùng kỳ")


def test_a_second_plan_joined_by_va_is_part_of_the_basis_not_the_next_subject():
    """'đạt 64,5% dự toán tỉnh giao và nghị quyết HĐND huyện, tăng 8,2%': the second plan belongs to the attainment;
    the change after it is still the revenue's."""
    got = {f.raw: (f.role, f.subject, f.basis) for f in extract_text(
        "Thu ngân sách trên địa bàn 512 tỷ đồng, đạt 64,5% dự toán tỉnh giao và nghị quyết HĐND huyện, "
        "tăng 8,2% so với cùng kỳ.").facts}
    assert got["64,5%"] == ("plan_pct", "Thu ngân sách trên địa bàn", "dự toán tỉnh giao và nghị quyết HĐND huyện")
    assert got["8,2%"] == ("change_pct", "Thu ngân sách trên địa bàn", "cùng kỳ")


def test_a_goal_head_and_its_copula_before_a_figure_state_a_target():
    """'được giao chỉ tiêu thu ngân sách là 3,6 tỷ đồng' (GUIDELINES: 'chỉ tiêu ... là ...'); a count of goals met
    ('số chỉ tiêu đạt và vượt kế hoạch là 16') and a plan's size ('kế hoạch vốn ... là') are no targets."""
    got = {f.raw: f.role for f in extract_text(
        "Năm 2023, phường được thành phố giao chỉ tiêu thu ngân sách là 3,6 tỷ đồng. Số chỉ tiêu đạt và vượt kế hoạch "
        "là 16 chỉ tiêu. Kế hoạch vốn đầu tư công năm 2023 của phường là 12 tỷ đồng.").facts}
    assert got == {"3,6 tỷ đồng": "target", "16 chỉ tiêu": "amount", "12 tỷ đồng": "amount"}


def test_a_purpose_word_after_deu_or_da_reports_a_result_not_a_goal():
    """'đã chỉ đạo ..., các chỉ tiêu đều đảm bảo và vượt kế hoạch: ... đạt 1.080 ha' reports results; 'yêu cầu ...,
    bảo đảm giải ngân 100%' still asks for a goal."""
    got = {f.raw: f.role for f in extract_text(
        "Năm 2020, UBND xã đã chỉ đạo các thôn thực hiện các mục tiêu kinh tế - xã hội đều đảm bảo và vượt so với kế "
        "hoạch, kinh tế chuyển biến tích cực: diện tích gieo trồng cả năm đạt 1.080 ha.").facts}
    assert got == {"1.080 ha": "amount"}
    got = {f.raw: f.role for f in extract_text(
        "Chủ tịch UBND huyện yêu cầu các xã đẩy nhanh tiến độ, bảo đảm giải ngân 100% kế hoạch vốn.").facts}
    assert got == {"100%": "target"}


@pytest.mark.parametrize(("s", "raw", "basis"), [
    ("Kế hoạch gieo cấy vụ mùa hoàn thành 101,6% (tăng 1,2% so với cùng kỳ).", "101,6%", "Kế hoạch gieo cấy vụ mùa"),
    ("Dự toán thu ngân sách năm nay đạt 96,3%.", "96,3%", "Dự toán thu ngân sách năm nay"),
    ("Đàn trâu bò hiện có 8.240 con, vượt kế hoạch, đạt trên 103%.", "trên 103%", "kế hoạch"),
    ("Huyện trồng được 455 ha rừng, hoàn thành chỉ tiêu, đạt 100,8%.", "100,8%", "chỉ tiêu"),
])
def test_a_plan_named_before_the_figures_verb_makes_it_attainment(s: str, raw: str, basis: str) -> None:
    """The plan is the clause's topic ("Kế hoạch ... hoàn thành X%") or is named as met in the clause before
    ("..., vượt kế hoạch, đạt X%"): the figure is the plan's attainment."""
    role, _, got = next(v for k, v in _roles(s).items() if raw.endswith(k) or k.endswith(raw.split()[-1]))
    assert (role, got) == ("plan_pct", basis)


def test_a_goal_stated_with_a_copula_is_no_attainment():
    """"Mục tiêu ... là 8%" states a goal, not how far a plan was met."""
    rec = extract_text("Ngày 5/1/2024, UBND huyện Tam Nông tổng kết năm 2023. Mục tiêu tăng trưởng năm 2024 là 8%.")
    assert all(f.role != "plan_pct" for f in rec.facts)


def test_a_task_set_with_its_goals_listed_after_makes_targets_a_result_does_not() -> None:
    goals = ("HĐND xã xác định nhiệm vụ năm 2026 với các chỉ tiêu cơ bản, trong đó bao gồm: giá trị sản xuất "
             "tăng 9,2%; thu ngân sách tăng 6%; phấn đấu giảm tỷ lệ hộ nghèo còn 1,5%.")
    assert {f.raw: f.role for f in extract_text(goals).facts} == {"9,2%": "target", "6%": "target", "1,5%": "target"}
    result = "Hội nghị thống nhất đánh giá năm 2025 với các chỉ tiêu đạt kế hoạch, trong đó thu ngân sách đạt 80 tỷ đồng."
    assert [f.role for f in extract_text(result).facts] == ["amount"]


def test_a_goal_assigned_is_a_target_attainment_of_it_is_a_plan_percentage() -> None:
    got = {f.raw: f.role for f in extract_text("Xã được giao chỉ tiêu trồng mới 40 ha rừng. Đến nay, xã đạt 104% chỉ tiêu được giao.").facts}
    assert got == {"40 ha": "target", "104%": "plan_pct"}


def test_the_result_so_far_after_a_goal_is_no_goal() -> None:
    s = "Năm nay huyện phấn đấu xây mới 12 trường học; đến nay đã khởi công 7 trường học, đạt 58% kế hoạch."
    got = {f.raw: f.role for f in extract_text(s).facts}
    assert got == {"12 trường học": "target", "7 trường học": "amount", "58%": "plan_pct"}


def test_a_change_with_its_comparison_before_the_copula_is_a_change() -> None:
    s = "Doanh thu du lịch đạt 86 tỷ đồng, tăng hơn so với cùng kỳ năm trước là 9 tỷ đồng."
    got = {f.raw: (f.role, f.value, f.basis) for f in extract_text(s).facts}
    assert got["9 tỷ đồng"] == ("change", 9e9, "cùng kỳ năm trước")
    assert got["86 tỷ đồng"][0] == "amount"


@pytest.mark.parametrize(("s", "raw", "role"), [
    # the sum a plan names, in brackets right after the plan, the result stated before: the goal set (as "dự toán cả
    # năm là ..." is)
    ("Thu ngân sách quý I được 310 tỷ đồng, đạt 27% so với dự toán tỉnh giao (1.150 tỷ đồng).",
     "1.150 tỷ đồng", "target"),
    ("Tổng chi ngân sách năm là 95 tỷ đồng, gấp đôi kế hoạch ban đầu (khoảng 47 tỷ đồng).",
     "khoảng 47 tỷ đồng", "target"),
    # a bracket after anything else, or a count after a plan word, is no plan's sum
    ("Thu ngân sách đạt 420 tỷ đồng, tăng 12% so với cùng kỳ (375 tỷ đồng).", "375 tỷ đồng", "amount"),
    ("Kỳ họp thông qua các nghị quyết (8 nghị quyết) về kinh tế - xã hội.", "8 nghị quyết", "amount"),
])
def test_a_plans_sum_in_brackets_after_the_plan_is_a_target(s, raw, role):
    roles = {x.raw: x.role for x in extract_text(s).facts}
    assert roles[raw] == role
