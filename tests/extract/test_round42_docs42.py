"""Round 42 (docs42): written reports (.docx, .pdf, and text copied out of a PDF). A unit line above a table
("Đơn vị tính: triệu đồng", "(ĐVT: tỷ đồng)" closing its title) scales every cell with no unit of its own; an
estimate over the plan ("So sánh ƯTH/ KH (%)") is a % of plan column; a table row that repeats one sentence of the
prose under another name (its count and its percentage both the sentence's) is the prose's; the signer of a report
whose closing columns a copy runs together with one space ("Nơi nhận: TM. ỦY BAN NHÂN DÂN" / "- UBND tỉnh (b/c);
KT. CHỦ TỊCH" / ... / "- Lưu Văn phòng Huyện ủy. Nguyễn Văn A"), and a signer whose family name the list lacks
before a middle name; a Party committee's report signed "T/M BAN THƯỜNG VỤ" is its Ban Thường vụ's; a goal that
aims to beat a plan ("phấn đấu thu vượt dự toán") keeps a goal section open; subjects: a scope of a town
("toàn thị xã") after a season, a change clause that names its own subject after the chain's first, an estimate word
alone before a change, a count's verb joined by "và" to another clause, the units counted named in brackets, the
beneficiary before a plan's percentage, a value's head before the next figure. Every sentence is invented; each
rule has a near miss that must not change."""

from __future__ import annotations

from official.helpers import table_document
from soket.extract import extract_document
from soket.extract.people import signature
from soket.extract.pipeline import extract_text
from soket.extract.structure import parse_official
from soket.extract.tables import caption_unit, extract_table_facts
from soket.model import Fact


def _facts(text: str) -> list[Fact]:
    return extract_text(text).facts


def _one(facts: list[Fact], raw: str) -> Fact:
    got = [f for f in facts if f.raw == raw]
    assert got, f"no fact {raw!r}: {[f.raw for f in facts]}"
    return got[0]


# --- a table's unit line ------------------------------------------------------------------------------------------

ROWS = [["STT", "Nội dung", "Dự toán năm 2027", "Thực hiện 9 tháng", "So với dự toán (%)"],
        ["1", "Thu phí, lệ phí", "8.400", "6.132", "73,0"]]


def test_a_unit_line_above_a_table_scales_its_cells():
    facts = {f.raw: f for f in extract_table_facts(table_document(ROWS, before="Đơn vị tính: triệu đồng"))}
    assert facts["6.132"].unit == "VND" and facts["6.132"].value == 6_132_000_000
    assert facts["8.400"].role == "target" and facts["8.400"].value == 8_400_000_000
    assert facts["73,0"].unit == "%" and facts["73,0"].value == 73.0  # a percentage column is never scaled


def test_a_unit_at_the_end_of_the_tables_title_scales_its_cells():
    doc = table_document(ROWS, before="Bảng tổng hợp thu ngân sách 9 tháng năm 2027 (ĐVT: tỷ đồng)")
    facts = {f.raw: f for f in extract_table_facts(doc)}
    assert facts["6.132"].value == 6_132_000_000_000 and facts["6.132"].unit == "VND"


def test_a_row_with_its_own_unit_keeps_it_under_a_unit_line():
    rows = [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"], ["1", "Trồng rừng tập trung", "Ha", "350", "362"]]
    facts = {f.raw: f for f in extract_table_facts(table_document(rows, before="Đơn vị tính: triệu đồng"))}
    assert facts["362"].unit == "ha" and facts["362"].value == 362


def test_an_office_after_the_unit_word_is_no_unit():
    # near miss: "Đơn vị: UBND xã ..." names who reports, not a unit
    assert caption_unit("Đơn vị: UBND xã Tân Mỹ\n", len("Đơn vị: UBND xã Tân Mỹ\n"))[0] is None
    facts = {f.raw: f for f in extract_table_facts(table_document(ROWS, before="Đơn vị: UBND xã Tân Mỹ"))}
    assert facts["6.132"].unit is None and facts["6.132"].value == 6132


def test_a_unit_line_far_above_the_table_is_not_its_own():
    # near miss: a unit line three paragraphs up belongs to something else
    text = "Đơn vị tính: triệu đồng\nA.\nB.\nC.\n"
    assert caption_unit(text, len(text))[0] is None


def test_the_prose_figure_a_scaled_row_repeats_is_one_fact():
    doc = table_document(ROWS, before="Thu phí, lệ phí 9 tháng đạt 6,132 tỷ đồng, bằng 73,0% dự toán.\n\n"
                                      "Đơn vị tính: triệu đồng")
    facts = extract_document(doc).facts
    assert [f.origin for f in facts if f.value == 6_132_000_000] == ["text"]
    assert [f.origin for f in facts if f.value == 73.0] == ["text"]
    assert _one(facts, "8.400").role == "target" and _one(facts, "8.400").origin == "table"


# --- an estimate over the plan -------------------------------------------------------------------------------------

def test_an_estimate_over_the_plan_column_is_a_plan_percentage():
    rows = [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2027", "Ước thực hiện năm 2027", "So sánh ƯTH/ KH (%)",
             "Kế hoạch năm 2028"],
            ["1", "Sản lượng chè búp tươi", "Tấn", "12.000", "12.480", "104,0", "12.600"]]
    facts = {f.raw: f for f in extract_table_facts(table_document(rows))}
    assert facts["104,0"].role == "plan_pct" and facts["104,0"].basis == "Kế hoạch năm 2027"
    assert facts["104,0"].estimated


def test_a_share_column_with_no_plan_ratio_stays_a_percentage():
    # near miss: "So sánh (%)" alone beside no plan column names no plan
    rows = [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2027", "So sánh cơ cấu (%)"],
            ["1", "Sản lượng chè búp tươi", "Tấn", "12.480", "41,5"]]
    facts = {f.raw: f for f in extract_table_facts(table_document(rows))}
    assert facts["41,5"].role != "plan_pct"


# --- a row repeating one sentence ----------------------------------------------------------------------------------

def test_a_row_repeating_a_sentences_count_and_percentage_is_the_prose():
    rows = [["STT", "Chỉ tiêu", "ĐVT", "KH năm 2027", "Ước TH 6 tháng", "So với KH (%)"],
            ["1", "Tuyển quân", "Thanh niên", "142", "142", "100,0"]]
    doc = table_document(rows, before="Hoàn thành giao 142 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu.")
    facts = extract_document(doc).facts
    assert [f.origin for f in facts if f.value == 142 and f.role == "amount"] == ["text"]
    assert [f.origin for f in facts if f.value == 100 and f.role == "plan_pct"] == ["text"]
    assert [f.role for f in facts if f.origin == "table"] == ["target"]  # the plan's cell the prose does not state


def test_a_row_sharing_one_figure_with_a_sentence_stays():
    # near miss: the percentage alone is the same; the row's count is another
    rows = [["STT", "Chỉ tiêu", "ĐVT", "KH năm 2027", "Ước TH 6 tháng", "So với KH (%)"],
            ["1", "Tuyển quân", "Thanh niên", "142", "142", "100,0"]]
    doc = table_document(rows, before="Hoàn thành giao 97 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu.")
    facts = extract_document(doc).facts
    assert sorted(f.raw for f in facts if f.origin == "table") == ["100,0", "142", "142"]


# --- the signer -----------------------------------------------------------------------------------------------------

def test_a_signer_whose_family_name_the_list_lacks():
    assert signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Khà Văn Thuận"]) == \
        ("Khà Văn Thuận", "Phó Chủ tịch")


def test_a_signers_line_with_no_middle_name_and_no_listed_family_name_is_no_name():
    # near miss: a capitalised line under a title that reads as no person
    assert signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Khà Thuận Lợi"]) is None


GLUED = ("UBND HUYỆN ĐĂK MIL\nSố: 312/BC-UBND\nĐăk Mil, ngày 25 tháng 9 năm 2027\nBÁO CÁO\n"
         "Tình hình kinh tế - xã hội 9 tháng năm 2027\nThu ngân sách trên địa bàn đạt 212 tỷ đồng.\n")


def test_a_signature_run_onto_the_recipients_lines_with_one_space():
    text = GLUED + ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND tỉnh (b/c); KT. CHỦ TỊCH\n- TT Huyện ủy; PHÓ CHỦ TỊCH\n"
                    "- Các xã, thị trấn; (Đã ký)\n- Lưu: VT, TCKH.\nLê Đức Thọ\n")
    rec = extract_text(text)
    assert [(p.name, p.roles) for p in rec.people] == [("Lê Đức Thọ", ["Phó Chủ tịch"])]


def test_a_name_run_onto_the_last_recipient():
    text = GLUED.replace("UBND HUYỆN", "ĐẢNG BỘ TỈNH ĐẮK NÔNG\nHUYỆN ỦY") + (
        "Nơi nhận: T/M BAN THƯỜNG VỤ\n- Tỉnh ủy (b/c), BÍ THƯ\n- Các chi, đảng bộ trực thuộc,\n"
        "- Lưu Văn phòng Huyện ủy. Trần Quốc Bảo\n")
    rec = extract_text(text)
    assert [(p.name, p.roles) for p in rec.people] == [("Trần Quốc Bảo", ["Bí thư"])]


def test_an_office_code_closing_a_recipient_is_no_title():
    # near miss: "- Lưu: VT, TCKH." ends in capitals that are no signer's title; with no title no signer is read
    text = GLUED + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND tỉnh (b/c);\n- Lưu: VT, TCKH.\nLê Đức Thọ\n"
    assert extract_text(text).people == []


# --- the body a report is signed for ------------------------------------------------------------------------------

PARTY = ("ĐẢNG BỘ TỈNH LÀO CAI\nHUYỆN ỦY BẢO THẮNG\nSố 402-BC/HU\nBảo Thắng, ngày 26 tháng 6 năm 2027\nBÁO CÁO\n"
         "Kết quả lãnh đạo thực hiện nhiệm vụ 6 tháng đầu năm 2027\nI. KẾT QUẢ\n"
         "Toàn huyện kết nạp 86 đảng viên mới.\nNơi nhận:\n- Tỉnh ủy (b/c);\n- Lưu VP.\n")


def test_a_party_report_signed_for_its_standing_committee_is_that_organs():
    rec = extract_text(PARTY + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nPhạm Văn Hòa\n")
    assert parse_official(PARTY + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nPhạm Văn Hòa\n").signed_for == "standing_committee"
    assert rec.meeting.body_kind == "standing_committee"


def test_a_party_report_signed_for_its_executive_committee_stays_the_committees():
    # near miss: "TM. BAN CHẤP HÀNH": the committee itself
    rec = extract_text(PARTY + "TM. BAN CHẤP HÀNH\nBÍ THƯ\nPhạm Văn Hòa\n")
    assert rec.meeting.body_kind == "executive_committee"


def test_a_state_report_signed_for_its_committee_keeps_its_kind():
    # near miss: a People's Committee's report names no Party organ
    text = GLUED + "Nơi nhận:\n- UBND tỉnh;\n- Lưu VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Đức Thọ\n"
    assert extract_text(text).meeting.body_kind == "peoples_committee"


# --- a goal to beat a plan keeps the goal section open -------------------------------------------------------------

TASKS = ("BÁO CÁO\nKết quả quý III năm 2027\nI. KẾT QUẢ\nThu ngân sách đạt 95 tỷ đồng.\n"
         "II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2027\n1. Tăng cường thu ngân sách, phấn đấu thu vượt dự toán năm.\n")


def test_a_goal_to_beat_the_plan_is_no_result_in_a_goal_section():
    rec = extract_text(TASKS + "2. Hoàn thiện hồ sơ công nhận 03 xã đạt chuẩn nông thôn mới.\n")
    assert _one(rec.facts, "03 xã").role == "target"


def test_a_plan_beaten_in_a_goal_section_reports_a_result():
    # near miss: "thu vượt dự toán" with no goal word before it is a result: the section closes
    text = TASKS.replace("phấn đấu thu vượt", "thu vượt") + "2. Toàn huyện có 03 xã đạt chuẩn nông thôn mới.\n"
    assert _one(extract_text(text).facts, "03 xã").role == "amount"


# --- subjects ------------------------------------------------------------------------------------------------------

def test_a_season_and_a_towns_scope_before_a_sowing():
    f = _one(_facts("Vụ Hè Thu 2027 toàn thị xã gieo sạ 3.250 ha lúa."), "3.250 ha")
    assert f.subject == "gieo sạ lúa"


def test_a_change_clause_naming_its_own_subject_after_a_chain():
    facts = _facts("Tai nạn giao thông giảm trên cả 3 tiêu chí, trong đó số vụ giảm 4 vụ, số người bị thương giảm "
                   "6 người so với cùng kỳ.")
    assert _one(facts, "4 vụ").subject == "số vụ"
    assert _one(facts, "6 người").subject == "số người bị thương"


def test_a_change_with_no_subject_of_its_own_takes_the_chains():
    # near miss: "..., giảm 4 vụ" names nothing before its verb: the count before is what changed
    facts = _facts("Xảy ra 3 vụ cháy, giảm 4 vụ so với cùng kỳ.")
    assert _one(facts, "4 vụ").subject == _one(facts, "3 vụ").subject


def test_an_estimate_word_alone_before_a_change_leaves_the_noun_counted():
    f = _one(_facts("Ước đến cuối năm giảm 640 hộ nghèo, tỷ lệ hộ nghèo còn 9,2%."), "640 hộ nghèo")
    assert f.subject == "hộ nghèo" and not f.subject_unresolved and f.estimated


def test_a_count_joined_by_and_to_another_clause():
    f = _one(_facts("Đến nay xã đã hoàn thành quy hoạch chung và đạt 12/19 tiêu chí."), "12/19 tiêu chí")
    assert f.subject == "tiêu chí"


def test_a_count_whose_own_verb_follows_and():
    # near miss: "và thông qua 4 đề án": the verb after "và" is the count's own, kept
    f = _one(_facts("Hội nghị nghe báo cáo tình hình quý III và thông qua 4 đề án quan trọng."), "4 đề án")
    assert f.subject is not None and f.subject.startswith("thông qua")


def test_units_named_in_brackets_after_a_count():
    f = _one(_facts("Toàn huyện có 03 xã (Phú Lâm, Đồng Tiến) đang hoàn thiện hồ sơ đề nghị công nhận."), "03 xã")
    assert f.subject is not None and f.subject.startswith("xã đang hoàn thiện hồ sơ")


def test_a_bracket_that_is_no_list_of_names():
    # near miss: "(tăng 2 xã)" is a figure's bracket: the phrase is not read past it
    f = _one(_facts("Toàn huyện có 5 xã (tăng 2 xã) đạt chuẩn nông thôn mới."), "5 xã")
    assert f.subject == "xã"


def test_a_plans_percentage_after_the_counts_beneficiary():
    facts = _facts("Cấp 842 giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân, đạt 70,2% kế hoạch.")
    assert _one(facts, "70,2%").subject == _one(facts, "842 giấy chứng nhận").subject


def test_a_plans_percentage_after_a_clause_of_its_own():
    # near miss: ", cho vay hộ nghèo đạt ...": a clause after a comma names its own measure
    f = _one(_facts("Giải ngân 35 tỷ đồng, cho vay hộ nghèo đạt 60% kế hoạch."), "60%")
    assert f.subject == "cho vay hộ nghèo"


def test_a_value_head_before_the_next_figure_is_that_figures():
    facts = _facts("Dịp Tết tặng 1.250 suất quà trị giá 625 triệu đồng.")
    assert "trị giá" not in (_one(facts, "1.250 suất quà").subject or "")
    assert _one(facts, "625 triệu đồng").subject == "trị giá"


def test_a_head_word_ending_a_phrase_with_no_figure_after_it():
    # near miss: "tổng" closing a phrase with words after, not a figure: kept to the phrase's reading
    f = _one(_facts("Năm 2027 thành lập mới 42 doanh nghiệp tổng hợp."), "42 doanh nghiệp")
    assert f.subject is not None and "tổng hợp" in f.subject


# --- a curb on all of a few criteria ------------------------------------------------------------------------------

def test_a_curb_on_all_criteria_counts_no_figure():
    assert _facts("Quý IV tiếp tục kiềm chế tai nạn giao thông trên cả 3 tiêu chí.") == []


def test_criteria_left_to_reach_are_a_count():
    # near miss: the criteria a commune still lacks are counted
    assert _one(_facts("Xã Tân Phú còn 3 tiêu chí chưa đạt."), "3 tiêu chí").value == 3
