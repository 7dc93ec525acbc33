"""Round 43 (docs43): written reports (.docx, .pdf). A table's column rounds the prose's percentage ("91,36%" in the
prose, "91,4" in the row): one fact, the prose's; a "%" row's result is the prose's percentage of the plan; a row named
after the noun the prose counts with its quality ("9 quần chúng ưu tú" over the row "Quần chúng ... | người") is the
prose's count; a header that reads as a plan's over cells of names names the rows; a percentage whose decimals were
lost ("8,%") is a malformed figure. Every sentence is invented; each rule has a near miss that must not change."""

from __future__ import annotations

from _sentences import facts, one
from official.helpers import table_document
from soket.extract.tables import extract_table_facts

BUDGET = "Thu ngân sách trên địa bàn ước đạt 64,2 tỷ đồng, bằng 91,36% dự toán năm, tăng 5,4% so với cùng kỳ.\n\n"
HEAD = "| TT | Chỉ tiêu | ĐVT | KH năm | TH 9 tháng | So sánh (%) |\n"


def _table(found, raw):
    return [f for f in found if f.origin == "table" and f.raw == raw]


# --- a column rounding the prose's percentage ----------------------------------------------------------------------

def test_a_row_rounding_the_prose_percentage_is_the_prose_fact():
    text = BUDGET + HEAD + "| 1 | Thu ngân sách trên địa bàn | triệu đồng | 70.270 | 64.200 | 91,4 |\n"
    found = facts(text)
    assert not _table(found, "91,4")
    assert one(text, "91,36%").role == "plan_pct"
    assert _table(found, "70.270")[0].role == "target"


def test_a_row_percentage_that_rounds_no_prose_figure_stays():
    # near misses: 91,5 is no rounding of 91,36; another row's 91,4 shares no subject with the prose
    text = BUDGET + HEAD + ("| 1 | Thu ngân sách trên địa bàn | triệu đồng | 70.270 | 64.200 | 91,5 |\n"
                            "| 2 | Sản lượng lúa cả năm | tấn | 12.000 | 10.970 | 91,4 |\n")
    found = facts(text)
    assert _table(found, "91,5")[0].role == "plan_pct"
    assert _table(found, "91,4")[0].subject == "Sản lượng lúa cả năm"


# --- a "%" row's result said in the prose as a percentage of the plan ----------------------------------------------

RATE = "Tỷ lệ giải ngân vốn đầu tư công đến ngày 30/11 đạt 92,5% kế hoạch vốn được giao.\n\n"
RATE_HEAD = "| TT | Chỉ tiêu | ĐVT | KH năm 2027 | TH năm 2027 |\n"


def test_a_rate_row_repeating_the_prose_percentage_of_plan_is_the_prose_fact():
    text = RATE + RATE_HEAD + "| 1 | Tỷ lệ giải ngân vốn đầu tư công | % | 90 | 92,5 |\n"
    found = facts(text)
    assert not _table(found, "92,5")
    assert one(text, "92,5%").role == "plan_pct"
    assert _table(found, "90")[0].role == "target"


def test_a_rate_row_of_another_measure_stays():
    text = RATE + RATE_HEAD + "| 1 | Tỷ lệ hộ dân dùng nước sạch | % | 90 | 92,5 |\n"
    assert _table(facts(text), "92,5")[0].role == "percent"


# --- a row named after the noun the prose counts --------------------------------------------------------------------

PARTY = "Đảng ủy cử 9 quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng, đạt kế hoạch đề ra.\n\n"
PARTY_HEAD = "| TT | Nội dung | ĐVT | KH năm 2027 | TH 6 tháng | So sánh (%) |\n"


def test_a_row_counting_the_prose_noun_by_its_head_is_the_prose_count():
    text = PARTY + PARTY_HEAD + "| 1 | Quần chúng học lớp nhận thức về Đảng | người | 12 | 9 | 75 |\n"
    found = facts(text)
    assert not _table(found, "9")
    assert one(text, "9 quần chúng ưu tú").origin == "text"
    assert _table(found, "75")[0].role == "plan_pct"


def test_a_row_counting_other_people_stays():
    text = PARTY + PARTY_HEAD + "| 1 | Đảng viên được khen thưởng | người | 12 | 9 | 75 |\n"
    assert _table(facts(text), "9")[0].unit == "người"


# --- a header that reads as a plan's over the rows' names ----------------------------------------------------------

def test_a_plan_like_header_over_names_names_the_rows():
    doc = table_document([["TT", "Chỉ tiêu đạt thấp so với tiến độ", "KH năm 2027", "TH 6 tháng", "Tỷ lệ (%)"],
                          ["1", "Giá trị sản xuất ngành nông nghiệp", "2.140,5", "980", "45,78"],
                          ["2", "Thu tiền sử dụng đất", "150,0", "61,2", "40,8"]],
                         before="Đơn vị tính: tỷ đồng")
    got = {f.raw: f for f in extract_table_facts(doc)}
    assert got["2.140,5"].role == "target" and got["2.140,5"].value == 2_140_500_000_000
    assert got["2.140,5"].subject == "Giá trị sản xuất ngành nông nghiệp"
    assert got["61,2"].role == "amount" and got["40,8"].role == "plan_pct"


def test_a_plan_header_over_figures_stays_a_plan_column():
    doc = table_document([["TT", "Chỉ tiêu", "Chỉ tiêu năm 2027", "TH 6 tháng"],
                          ["1", "Thu tiền sử dụng đất", "150,0", "61,2"]],
                         before="Đơn vị tính: tỷ đồng")
    got = {f.raw: f for f in extract_table_facts(doc)}
    assert got["150,0"].role == "target" and got["150,0"].subject == "Thu tiền sử dụng đất"


# --- a percentage whose decimals were lost --------------------------------------------------------------------------

def test_a_percentage_with_its_decimals_lost_is_malformed():
    text = "Giá trị sản xuất công nghiệp đạt 2.195 tỷ đồng, tăng 8,% so với cùng kỳ năm 2026."
    f = one(text, "8,%")
    assert f.value is None and f.malformed and f.role == "change_pct" and f.unit == "%"
    assert f.basis == "cùng kỳ năm 2026"


def test_a_percentage_written_whole_keeps_its_value():
    f = one("Giá trị sản xuất công nghiệp tăng 8,4% so với cùng kỳ năm 2026.", "8,4%")
    assert f.value == 8.4 and not f.malformed


# --- a label's small number inside a subject ------------------------------------------------------------------------

def test_a_grade_number_inside_a_count_phrase_is_no_figure():
    text = "Năm học 2026 - 2027, 215 học sinh lớp 9 được xét công nhận tốt nghiệp THCS, đạt 99,5%."
    assert one(text, "215 học sinh").subject == "học sinh lớp 9 được xét công nhận tốt nghiệp THCS"
    assert one(text, "99,5%").subject == "học sinh lớp 9 được xét công nhận tốt nghiệp THCS"


def test_a_round_number_in_the_piece_before_leaves_the_subject_whole():
    text = "Tiêm phòng đợt 2 cho đàn trâu, bò, lợn đạt 88% tổng đàn thuộc diện tiêm."
    assert one(text, "88%").subject == "Tiêm phòng đợt 2 cho đàn trâu, bò, lợn"


def test_a_round_named_by_its_date_is_no_label():
    # near miss: "đợt 3-2" is a day, a date after the count, no part of what is counted
    text = "Đảng ủy trao Huy hiệu Đảng cho 26 đảng viên đợt 3-2."
    assert "đợt" not in one(text, "26 đảng viên").subject


# --- verbs listed before a count, a goal ensured -------------------------------------------------------------------

def test_verbs_listed_by_a_comma_before_a_count_share_it():
    text = "Năm 2027, xã hoàn thành xây mới, sửa chữa 23 nhà cho hộ nghèo, hộ khó khăn về nhà ở."
    assert one(text, "23 nhà").subject.startswith("xây mới, sửa chữa nhà")
    text = "Lực lượng chức năng kiểm tra 40 cơ sở; phát hiện, xử lý 12 trường hợp vi phạm."
    assert one(text, "12 trường hợp").subject.startswith("phát hiện, xử lý")


def test_a_place_before_the_count_verb_is_no_verb_listed():
    # near miss: a place alone before the comma, then the verb: the count is the verb's only
    assert one("Toàn xã, kết nạp 9 đảng viên mới.", "9 đảng viên").subject == "kết nạp đảng viên mới"


def test_a_goal_ensured_names_the_measure_after_its_verb():
    text = "Đẩy nhanh tiến độ các dự án, bảo đảm giải ngân 100% kế hoạch vốn năm 2027."
    assert one(text, "100%").subject == "giải ngân"


def test_a_budget_line_named_by_what_it_ensures_keeps_its_name():
    assert one("Chi bảo đảm xã hội năm 2027 đạt 45 tỷ đồng.", "45 tỷ đồng").subject == "Chi bảo đảm xã hội"


# --- the field of an offence counted ----------------------------------------------------------------------------

def test_an_offences_fields_are_part_of_what_is_counted():
    text = "Năm 2027, phường phát hiện, xử lý 41 trường hợp vi phạm về đất đai, trật tự xây dựng."
    assert one(text, "41 trường hợp").subject.endswith("trường hợp vi phạm về đất đai, trật tự xây dựng")


def test_the_fields_listed_stop_before_the_next_figures_clause():
    text = "Đoàn liên ngành xử lý 52 trường hợp vi phạm về giá cả, an toàn thực phẩm, phạt tiền trên 180 triệu đồng."
    assert one(text, "52 trường hợp").subject.endswith("vi phạm về giá cả, an toàn thực phẩm")
    assert one(text, "trên 180 triệu đồng").subject == "phạt tiền"


def test_a_visit_about_no_offence_stops_at_its_word():
    # near miss: "về" after no offence's noun ends the count's words ("về tham quan": where they came)
    assert "về" not in one("Khu di tích đón 3.200 lượt khách về tham quan.", "3.200 lượt khách").subject.split()
