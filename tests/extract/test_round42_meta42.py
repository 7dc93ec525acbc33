"""Round 42 (meta42): the people of council sessions. A deputy named by the bare word "Đại biểu" right before the
name (a question session's "Đại biểu A (tổ đại biểu ...) hỏi") holds the role "Đại biểu", unless a role of their own
is given; a person elected to "giữ chức danh này" takes the role the sentence named before; a council committee's
second field written in lowercase after the dash ("Ban Kinh tế - ngân sách") goes on the role. Every sentence is
invented; each rule has a near miss that must not change."""

from __future__ import annotations

from soket.extract.pipeline import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract_text(text).people}


HDND = "Chiều 11/7/2024, HĐND huyện Sơn Vân tổ chức phiên chất vấn tại kỳ họp thứ 12. "


# --- a deputy named by the bare word before the name ---------------------------------------------------------------


def test_bare_deputy_word_before_a_name_is_the_deputy_role():
    got = _people(HDND + "Đại biểu Lương Thị Xuân (tổ đại biểu xã Tân Hương) đặt câu hỏi về tiến độ cấp nước sạch.")
    assert got.get("Lương Thị Xuân") == ["Đại biểu"]


def test_bare_deputy_word_in_lowercase_mid_sentence():
    got = _people(HDND + "Trả lời đại biểu Hứa Văn Kiên, ông Ngô Đức Bảo, Trưởng phòng Tài chính huyện nhận trách nhiệm.")
    assert got.get("Hứa Văn Kiên") == ["Đại biểu"]
    assert got.get("Ngô Đức Bảo") == ["Trưởng phòng Tài chính huyện"]


def test_near_miss_deputy_with_a_role_of_their_own_keeps_only_it():
    got = _people(HDND + "Đại biểu Lương Thị Xuân, Bí thư Đảng ủy xã Tân Hương đề nghị huyện sớm cấp vốn.")
    assert got.get("Lương Thị Xuân") == ["Bí thư Đảng ủy xã Tân Hương"]


def test_near_miss_deputy_word_without_a_name_names_no_one():
    got = _people(HDND + "Có 100% đại biểu có mặt tán thành; đại biểu Ban Chấp hành Đảng bộ huyện theo dõi địa bàn.")
    assert got == {}


def test_near_miss_deputy_word_before_a_place_names_no_one():
    got = _people(HDND + "Tổ đại biểu Tân Hương đề nghị làm rõ nguyên nhân chậm giải ngân.")
    assert got == {}


def test_near_miss_full_council_title_is_kept_whole():
    got = _people(HDND + "Đại biểu HĐND huyện Lương Thị Xuân (tổ đại biểu xã Tân Hương) đặt câu hỏi.")
    assert got.get("Lương Thị Xuân") == ["Đại biểu HĐND huyện"]


# --- "giữ chức danh này": the role named before ---------------------------------------------------------------------


def test_elected_to_this_title_takes_the_role_named_before():
    got = _people(HDND + "Kỳ họp miễn nhiệm chức danh Phó Trưởng Ban Pháp chế HĐND huyện đối với ông Đàm Văn Lực do "
                  "nghỉ hưu, đồng thời bầu bổ sung bà Chu Thị Hằng giữ chức danh này với 30/31 đại biểu tán thành.")
    assert got.get("Đàm Văn Lực") == ["Phó Trưởng Ban Pháp chế HĐND huyện"]
    assert got.get("Chu Thị Hằng") == ["Phó Trưởng Ban Pháp chế HĐND huyện"]


def test_near_miss_this_title_with_no_role_before_names_none():
    got = _people(HDND + "Bà Chu Thị Hằng giữ chức danh này từ năm 2021 và được tín nhiệm cao.")
    assert "Chu Thị Hằng" not in got


def test_near_miss_the_phrase_away_from_the_name_hands_nothing():
    got = _people(HDND + "Kỳ họp miễn nhiệm chức danh Ủy viên UBND huyện đối với ông Đàm Văn Lực; bà Chu Thị Hằng "
                  "phát biểu rằng người giữ chức danh này cần sâu sát cơ sở.")
    assert "Chu Thị Hằng" not in got


# --- a committee's second field in lowercase ------------------------------------------------------------------------


def test_committee_second_field_in_lowercase_goes_on_the_role():
    got = _people(HDND + "Thẩm tra báo cáo, Trưởng ban Kinh tế - ngân sách HĐND huyện Tạ Văn Quý nêu ba tồn tại.")
    assert got.get("Tạ Văn Quý") == ["Trưởng ban Kinh tế - ngân sách HĐND huyện"]


def test_near_miss_budget_word_after_a_name_is_no_role():
    got = _people(HDND + "Ông Tạ Văn Quý, Chủ tịch UBND huyện cho biết ngân sách huyện thu đạt 52% dự toán.")
    assert got.get("Tạ Văn Quý") == ["Chủ tịch UBND huyện"]


# --- parity of rounds 41-42: the forms that read worse than the text -----------------------------------------------


def _facts(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.raw, f.role, f.subject) for f in extract_text(text).facts]


def test_a_day_written_with_a_dash_then_a_count_keeps_the_count():
    got = _facts(HDND + "Ở phiên chất vấn sáng 11-7, 14 đại biểu đã đặt câu hỏi với Giám đốc Sở Xây dựng.")
    assert ("14 đại biểu", "amount") in [(r, role) for r, role, _ in got]


def test_near_miss_a_span_with_a_spaced_decimal_before_a_rate_stays_one_span():
    got = _facts("Năm 2025, HĐND huyện Sơn Vân đặt mục tiêu tăng trưởng kinh tế từ 8-8, 5%.")
    assert [r for r, _, _ in got] == ["từ 8-8, 5%"]


def test_a_loose_table_copied_with_cr_lf_line_ends_is_read():
    rows = ["BIỂU CHỈ TIÊU CHỦ YẾU", "TT", "Chỉ tiêu", "ĐVT", "Thực hiện", "% KH", "1", "Diện tích gieo trồng", "ha",
            "12.345", "97,6", "2", "Tổng vốn đầu tư phát triển", "tỷ đồng", "1.234", "68,2"]
    text = "Ngày 28/9/2024, UBND huyện Sơn Vân báo cáo kết quả 9 tháng.\r\n" + "\r\n".join(rows) + "\r\n"
    got = extract_text(text.encode().decode()).facts
    assert ("1.234", "amount") in [(f.raw, f.role) for f in got]


def test_near_miss_a_word_tt_inside_a_line_opens_no_loose_table():
    text = "Ngày 28/9/2024, UBND huyện Sơn Vân họp.\nĐồng chí TT HĐND huyện dự họp\n1\nhộ\n12"
    assert [f.raw for f in extract_text(text).facts] == []


def test_plan_before_verb_after_the_months_elapsed_keeps_the_subject():
    got = _facts("Ngày 12/7/2024, HĐND huyện Sơn Vân họp kỳ họp thứ 12. Ban Kinh tế - Xã hội đề nghị đẩy nhanh giải "
                 "ngân vốn đầu tư công (6 tháng mới so kế hoạch đạt 31,2%).")
    assert [(r, role) for r, role, _ in got] == [("31,2%", "plan_pct")]
    assert "giải ngân vốn đầu tư công" in (got[0][2] or "")


def test_near_miss_new_countryside_before_the_plan_stays_a_noun():
    got = _facts("Ngày 12/7/2024, UBND huyện Sơn Vân họp. Xây dựng nông thôn mới so kế hoạch đạt 60%.")
    assert got[0][2] == "Xây dựng nông thôn mới"


def test_a_total_with_a_spaced_decimal_is_read_whole():
    got = _facts(HDND + "UBND huyện đề nghị giảm vốn của 5 dự án chậm tiến độ với tổng số 12, 6 tỷ đồng.")
    assert "12, 6 tỷ đồng" in [r for r, _, _ in got]


def test_near_miss_a_numbered_text_before_a_spaced_figure_is_no_total():
    got = _facts(HDND + "Theo Quyết định số 38, 2 tỷ đồng được bổ sung cho các xã.")
    assert "38, 2 tỷ đồng" not in [r for r, _, _ in got]


def test_session_opened_over_a_span_of_days_dates_by_its_first_day():
    text = ("Chiều 13/7/2024, sau ba ngày làm việc, kỳ họp thứ 12 HĐND huyện Sơn Vân đã bế mạc.\n\n"
            "Kỳ họp khai mạc trong 2 ngày 11 và 12/7 tại hội trường huyện.")
    assert extract_text(text).meeting.date == "2024-07-11"


def test_near_miss_a_span_of_days_without_the_opening_word_leaves_the_closing_day():
    text = ("Chiều 13/7/2024, sau ba ngày làm việc, kỳ họp thứ 12 HĐND huyện Sơn Vân đã bế mạc.\n\n"
            "Các tổ thảo luận trong 2 ngày 1 và 2/7 tại xã.")
    assert extract_text(text).meeting.date == "2024-07-13"


def test_chairs_listed_in_an_item_opened_by_a_mark():
    text = ("Sáng 9/12/2025, HĐND tỉnh Hòa Vân khai mạc kỳ họp thứ 5.\n\n- Đồng chí Lò Văn Sinh - Phó Bí thư Tỉnh ủy, "
            "Chủ tịch HĐND tỉnh; đồng chí Vi Thị Hằng - Phó Chủ tịch HĐND tỉnh chủ tọa kỳ họp.")
    assert sorted(extract_text(text).meeting.chairs) == ["Lò Văn Sinh", "Vi Thị Hằng"]


def test_near_miss_a_marked_item_whose_first_name_acts_otherwise_is_no_chair():
    text = ("Sáng 9/12/2025, HĐND tỉnh Hòa Vân khai mạc kỳ họp thứ 5.\n\n- Đồng chí Lò Văn Sinh - Bí thư Tỉnh ủy phát "
            "biểu chỉ đạo; đồng chí Vi Thị Hằng - Phó Chủ tịch HĐND tỉnh chủ tọa kỳ họp.")
    assert extract_text(text).meeting.chairs == ["Vi Thị Hằng"]


def _header(organ: str) -> str:
    return (f"UBND TỈNH BẮC NINH\n\n{organ}\n\nXÃ TÂN HƯƠNG\n\nSố: 21/BC-UBND\n\nTân Hương, ngày 25 tháng 9 năm 2026\n\n"
            "BÁO CÁO\n\nKết quả thực hiện nhiệm vụ 9 tháng năm 2026\n\nTổng thu ngân sách đạt 3,2 tỷ đồng.")


def test_organ_in_the_old_tone_placement_joins_its_unit_line():
    m = extract_text(_header("UỶ BAN NHÂN DÂN")).meeting
    assert (m.locality, m.locality_kind) == ("Tân Hương", "xã")


def test_near_miss_organ_in_the_new_tone_placement_reads_the_same():
    m = extract_text(_header("ỦY BAN NHÂN DÂN")).meeting
    assert (m.locality, m.locality_kind) == ("Tân Hương", "xã")
