"""Round 45 (facts45b): text and HTML reports written blind. A line wholly in square brackets is a linked item set in
the page (a related headline, a video), no sentence of the report; "vị" is a classifier of persons ("30/30 vị đại
biểu": "đại biểu"); a counter of a unit of any kind ("đơn vị") after a verb of having names nothing, what it counts is
named before the verb; a clause after ";" that opens on its time alone ("10 tháng xảy ra 84 vụ") has the cases of the
clause before; a word of effort before a verb of completion ("tập trung hoàn thành") is no part of the subject, a
directive by "đồng chí" alone is a person's; a hard-wrapped line opened by a whole number and its unit goes on the
sentence; "Một số chỉ tiêu chủ yếu quý I/2024:" over a table in a review of that quarter opens no goals, and a row's
"So cùng kỳ (%)" 112,4 is the prose's "tăng 12,4%". Every sentence is invented; each rule has a near miss that must not change."""

from __future__ import annotations

from _sentences import facts as _facts
from _sentences import one as _one
from soket.extract import extract_document
from soket.ingest import load_bytes
from soket.ingest.chrome import find_chrome
from soket.ingest.typography import unwrap_lines
from soket.model import Fact

# --- a bracketed line is a linked item -----------------------------------------------------------------------------


def test_a_line_wholly_in_square_brackets_is_chrome() -> None:
    text = ("Kỳ họp đã bầu bổ sung các chức danh của Ủy ban nhân dân tỉnh.\n\n"
            "[Bộ Nội vụ phê chuẩn kết quả bầu 3 Ủy viên UBND tỉnh Lai Châu]\n\n"
            "Kỳ họp thông qua 12 nghị quyết quan trọng.\n")
    ranges = find_chrome(text)
    line = "[Bộ Nội vụ phê chuẩn kết quả bầu 3 Ủy viên UBND tỉnh Lai Châu]"
    at = text.index(line)
    assert (at, at + len(line)) in ranges
    got = [f.raw for f in _facts(text)]
    assert "12 nghị quyết" in got
    assert not any(r.startswith("3 ") for r in got)


def test_a_bracket_inside_a_sentence_is_no_chrome() -> None:
    text = "Kỳ họp thông qua 12 nghị quyết [trong đó có 3 nghị quyết về đầu tư công] và 2 đề án.\n"
    assert find_chrome(text) == []
    assert "3 nghị quyết" in [f.raw for f in _facts(text)]


# --- "vị" before persons --------------------------------------------------------------------------------------------


def test_vi_is_a_classifier_of_persons() -> None:
    f = _one("Kỳ họp có 29/31 vị đại biểu HĐND huyện có mặt.", "29/31 vị đại biểu")
    assert f.unit == "đại biểu" and f.value == 29


def test_vi_tri_is_a_noun_of_its_own() -> None:
    f = _one("Trong năm, huyện tuyển dụng 9 vị trí việc làm còn thiếu.", "9 vị trí")
    assert f.unit == "vị trí"


# --- a unit of any kind counted after "có" ----------------------------------------------------------------------------


def test_a_bare_don_vi_counts_what_the_words_before_the_verb_name() -> None:
    text = "Kinh tế tập thể phát triển. Hợp tác xã thành lập mới có 31 đơn vị, tăng 40% so với cùng kỳ."
    f = _one(text, "31 đơn vị")
    assert f.subject == "Hợp tác xã thành lập mới"
    assert _one(text, "40%").subject == "Hợp tác xã thành lập mới"


def test_a_place_having_units_stays_the_agent() -> None:
    f = _one("Kinh tế phục hồi. Toàn huyện có 45 đơn vị.", "45 đơn vị")
    assert f.subject != "Toàn huyện"


# --- a clause opening on its time alone -----------------------------------------------------------------------------


def test_cases_after_a_time_only_clause_are_the_topic_befores() -> None:
    text = ("Cháy rừng giảm cả số vụ và diện tích thiệt hại; 9 tháng xảy ra 14 vụ, thiệt hại 6 ha, "
            "giảm 5 vụ so với cùng kỳ.")
    assert _one(text, "14 vụ").subject == "Cháy rừng"
    assert _one(text, "5 vụ").subject == "Cháy rừng"


def test_cases_after_a_named_thing_keep_it() -> None:
    text = "Cháy rừng giảm mạnh; tai nạn giao thông xảy ra 14 vụ, làm chết 9 người."
    assert _one(text, "14 vụ").subject == "tai nạn giao thông"


# --- a share's bound before its phrase ------------------------------------------------------------------------------


def test_a_shares_bound_before_its_phrase_is_skipped() -> None:
    text = ("Năm 2026, xã đặt mục tiêu kết nạp 25 đảng viên mới; phấn đấu 85% trở lên chi bộ được xếp loại "
            "hoàn thành tốt nhiệm vụ.")
    assert _one(text, "85%").subject.startswith("chi bộ được xếp loại")


def test_a_shares_bound_at_the_end_keeps_the_subject_before() -> None:
    assert _one("Tỷ lệ hộ dùng nước sạch đạt 97% trở lên.", "97%").subject == "Tỷ lệ hộ dùng nước sạch"


# --- a total raised in a result clause after a directive -------------------------------------------------------------


def test_a_total_raised_after_a_result_clause_is_no_directives_goal() -> None:
    text = ("Huyện tiếp tục chỉ đạo các xã hoàn thiện tiêu chí nông thôn mới kiểu mẫu; đến nay có thêm 3 xã đạt "
            "chuẩn nông thôn mới nâng cao, nâng tổng số lên 8 xã.")
    f = _one(text, "8 xã")
    assert f.role == "amount"
    assert f.subject == "tổng số xã đạt chuẩn nông thôn mới nâng cao"


def test_a_level_raised_right_after_a_directives_semicolon_stays_a_goal() -> None:
    text = "UBND tỉnh đề nghị các sở đẩy mạnh chuyển đổi số; nâng tỷ lệ hồ sơ trực tuyến lên trên 75%."
    assert _one(text, "trên 75%").role == "target"


# --- a clause after the first figure after a colon --------------------------------------------------------------------


def test_a_clause_naming_nothing_after_a_colon_goes_on_with_the_figure_before() -> None:
    text = ("Báo cáo cho thấy, 9 tháng qua công nghiệp tiếp tục là động lực tăng trưởng: chỉ số sản xuất công nghiệp "
            "tăng 7,4% so với cùng kỳ; riêng tháng 9 tăng 3,1% so với tháng trước.")
    assert _one(text, "3,1%").subject == "chỉ số sản xuất công nghiệp tháng 9"


def test_an_items_label_still_names_its_figures() -> None:
    text = "- Tỷ lệ che phủ rừng: năm 2026 đạt 61,2%; chỉ tiêu năm 2027 là trên 61,5%."
    assert _one(text, "61,2%").subject == "Tỷ lệ che phủ rừng"
    assert _one(text, "trên 61,5%").subject == "Tỷ lệ che phủ rừng"


def test_the_same_time_a_year_before_is_a_prior_basis() -> None:
    f = _one("Đến ngày 15/9, toàn huyện gieo cấy 7.310 ha lúa mùa, bằng 96,4% cùng thời điểm.", "96,4%")
    assert f.role == "prior_pct" and f.basis == "cùng thời điểm"


# --- a word of effort before a verb of completion, a directive by "đồng chí" alone -------------------------------------


def test_an_effort_word_is_no_part_of_a_goals_subject() -> None:
    text = ("Về nhiệm vụ quý IV, đồng chí đề nghị xã tập trung hoàn thành 100% dự toán thu ngân sách; đẩy mạnh "
            "chuyển đổi số.")
    f = _one(text, "100%")
    assert f.role == "target"
    assert f.subject == "hoàn thành dự toán thu ngân sách"


def test_a_plan_met_reported_keeps_its_role() -> None:
    f = _one("Năm 2025, xã tập trung thu ngân sách, đạt 104% dự toán huyện giao.", "104%")
    assert f.role == "plan_pct"


# --- a hard-wrapped copy's line opened by a count -------------------------------------------------------------------


def test_a_line_opened_by_a_whole_number_and_its_unit_goes_on_the_sentence() -> None:
    para = ("     Ban Thường vụ Huyện ủy thống nhất các chỉ tiêu chủ yếu năm 2026: tổng giá trị\n"
            "sản xuất tăng từ 8% trở lên; thu ngân sách nhà nước trên địa bàn đạt\n"
            "212 tỷ đồng; kết nạp 150 đảng viên mới. Hội nghị thống nhất bổ sung vào\n"
            "dự thảo nhiệm vụ chuẩn bị tổ chức thành công đại hội đảng bộ các cấp.\n")
    text = (para * 4)
    out = unwrap_lines(text)
    assert "đạt 212 tỷ đồng" in out


def test_a_numbered_line_in_capitals_stays_its_own() -> None:
    text = ("Hội nghị đánh giá kết quả thực hiện nhiệm vụ trong quý và bàn giải pháp cho những tháng cuối năm\n"
            "2 Nhiệm vụ trọng tâm quý IV\n")
    assert "\n2 Nhiệm vụ" in unwrap_lines(text)


# --- a table of the period reviewed's indicators ---------------------------------------------------------------------

_TABLE_PAGE = """<html><head><title>Hội nghị Ban Chấp hành Đảng bộ tỉnh quý III/2024</title></head><body><article>
<h1>Ban Chấp hành Đảng bộ tỉnh đánh giá nhiệm vụ quý III/2024</h1>
<p>Ngày 4/10, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ quý III/2024.</p>
<p>Theo báo cáo, trong quý III/2024, giá trị sản xuất công nghiệp ước đạt 21.310 tỷ đồng, tăng 9,6% so với cùng kỳ.
Kim ngạch xuất khẩu ước đạt 0,74 tỷ USD, tăng 11,2%.</p>
<p>Một số chỉ tiêu chủ yếu quý III/2024:</p>
<table><tr><th>Chỉ tiêu</th><th>Đơn vị</th><th>Quý III/2024</th><th>So cùng kỳ (%)</th></tr>
<tr><td>Giá trị sản xuất công nghiệp</td><td>Tỷ đồng</td><td>21.310</td><td>109,6</td></tr>
<tr><td>Tổng mức bán lẻ hàng hóa</td><td>Tỷ đồng</td><td>6.415</td><td>108,1</td></tr>
</table>
<p>Hội nghị chỉ ra một số hạn chế cần khắc phục trong thời gian tới.</p>
</article></body></html>"""


def _page_facts() -> list[Fact]:
    return extract_document(load_bytes(_TABLE_PAGE.encode("utf-8"), name="page.html")).facts


def test_indicators_of_the_quarter_reviewed_are_results() -> None:
    got = _page_facts()
    retail = [f for f in got if f.value == 6415e9]
    assert retail and all(f.role == "amount" for f in retail)


def test_a_rows_level_against_the_same_period_is_the_proses_growth() -> None:
    got = _page_facts()
    assert not any(f.role == "prior_pct" and f.value == 109.6 for f in got)
    assert any(f.role == "prior_pct" and f.value == 108.1 for f in got)
    assert len([f for f in got if f.value == 21310e9]) == 1


# --- a byline over the date line and the paper's code ------------------------------------------------------------------

_BYLINE_PAGE = """Xã Tân Phú: Nhiều chỉ tiêu kinh tế - xã hội vượt kế hoạch năm 2025

MINH KHOA
Thứ Hai, 29/12/2025 - 10:15

SGGPO
Năm 2025, xã Tân Phú đạt tổng doanh thu thương mại - dịch vụ hơn 520 tỷ đồng, thu ngân sách khoảng 96 tỷ đồng.

Ngày 28-12, Đảng ủy xã Tân Phú tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 12 tổng kết công tác năm 2025.
"""


def test_a_byline_over_the_date_line_and_the_papers_code() -> None:
    rec = extract_document(load_bytes(_BYLINE_PAGE.encode("utf-8"), name="page.txt"))
    assert rec.authors == ["Minh Khoa"]


_CODE_OVER_BYLINE = _BYLINE_PAGE.replace("MINH KHOA\n", "").replace("SGGPO\n", "SGGPO\nMinh Khoa\n10/07/2024 08:15\n")


def test_a_byline_under_the_papers_code_and_over_a_stamp() -> None:
    """The names may stand under the paper's code ("SGGPO"), with their own stamp under them, above the lead."""
    assert "SGGPO\nMinh Khoa\n10/07" in _CODE_OVER_BYLINE and "MINH KHOA" not in _CODE_OVER_BYLINE
    rec = extract_document(load_bytes(_CODE_OVER_BYLINE.encode("utf-8"), name="page.txt"))
    assert rec.authors == ["Minh Khoa"]


# --- a plan's months at an extraordinary session -----------------------------------------------------------------------


def test_a_plans_months_at_an_extraordinary_session_are_no_period() -> None:
    from soket.extract.pipeline import extract_text
    rec = extract_text("Ngày 29/5/2024, HĐND huyện Tân Phú tổ chức kỳ họp thứ 12 (kỳ họp bất thường), điều chỉnh danh "
                       "mục kế hoạch vốn đầu tư 5 tháng đầu năm 2024 với tổng số vốn 18 tỷ đồng.")
    assert rec.period is None or rec.period.start_month is None


def test_a_review_sessions_months_stay_its_period() -> None:
    from soket.extract.pipeline import extract_text
    rec = extract_text("Ngày 10/7/2024, HĐND huyện Tân Phú tổ chức kỳ họp thứ 13 đánh giá tình hình kinh tế - xã hội "
                       "6 tháng đầu năm 2024; thu ngân sách đạt 98 tỷ đồng.")
    assert rec.period is not None and (rec.period.start_month, rec.period.end_month) == (1, 6)


# --- a comparison named once after the last item of a list -----------------------------------------------------------


def test_a_bare_level_shares_the_period_the_last_item_names() -> None:
    text = "Trong đó, lúa mùa 18.140 ha, bằng 97,3%; ngô 920 ha, tăng 2,1%; rau các loại 1.210 ha, bằng 101,4% cùng kỳ."
    assert _one(text, "97,3%").role == "prior_pct"
    assert _one(text, "101,4%").basis == "cùng kỳ"


def test_a_level_of_a_named_whole_stays_a_share() -> None:
    text = "Lúa mùa 18.140 ha, bằng 97,3% diện tích gieo cấy; rau các loại 1.210 ha, bằng 101,4% cùng kỳ."
    assert _one(text, "97,3%").role == "percent"

