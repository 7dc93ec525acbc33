"""Round 40 (meta40): the people and the meeting's metadata of monthly UBND meetings, council sessions and a Standing
Board's notice of conclusions. The head of a statistics office since 2025 ("Trưởng Thống kê tỉnh") is a title; bare
names listed by commas share the role after the last; a vote count in brackets stands between names that share a
seat elected to; the role after "ủy quyền của" is the delegator's; "tính chung N tháng" at a monthly meeting sums the
months from January; a closing day's report dates its session by the day it opened ("khai mạc từ sáng 20/12"); a
notice opening on the report its Standing Board heard names the meeting; an official resolution dated in December on
the next year's tasks reviews the year it assesses. Every sentence is invented; each rule has a near miss that must
not change."""

from __future__ import annotations

from soket.extract.pipeline import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract_text(text).people}


UBND = "Sáng 6/12/2025, UBND tỉnh Tân Hòa họp phiên thường kỳ tháng 11. "


# --- the head of a statistics office ------------------------------------------------------------------------------


def test_head_of_statistics_office_is_a_person_with_a_role():
    got = _people(UBND + "Đồng chí Phạm Văn Hùng, Trưởng Thống kê tỉnh Tân Hòa đánh giá, quý IV phải tăng trưởng 9%.")
    assert got.get("Phạm Văn Hùng") == ["Trưởng Thống kê tỉnh Tân Hòa"]


def test_deputy_head_of_statistics_office_with_an_aside():
    got = _people(UBND + "Ông Lê Văn Tâm, Phó Trưởng Thống kê thành phố (thuộc Cục Thống kê, Bộ Tài chính) lưu ý thêm.")
    assert got.get("Lê Văn Tâm") == ["Phó Trưởng Thống kê thành phố"]


def test_statistics_word_without_its_head_names_no_one():
    got = _people(UBND + "Theo số liệu của Thống kê tỉnh, ông Lê Văn Tâm cho biết sản lượng tăng 5%.")
    assert "Lê Văn Tâm" not in got


# --- names listed by commas share the role after the last ---------------------------------------------------------


def test_bare_names_listed_by_commas_share_the_role_after_them():
    got = _people(UBND + "Cùng dự có các đồng chí: Nguyễn Hữu Bình, Lê Thị Hoa, Phó Chủ tịch UBND tỉnh; Trịnh Văn "
                  "Hòa, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh.")
    assert got.get("Nguyễn Hữu Bình") == ["Phó Chủ tịch UBND tỉnh"]
    assert got.get("Lê Thị Hoa") == ["Phó Chủ tịch UBND tỉnh"]
    assert got.get("Trịnh Văn Hòa") == ["Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"]


def test_three_bare_names_share_the_role():
    got = _people(UBND + "Dự phiên họp có các ông Đỗ Văn An, Cao Minh Sơn, Vũ Thị Lan, Phó Chủ tịch UBND tỉnh.")
    assert all(got.get(n) == ["Phó Chủ tịch UBND tỉnh"] for n in ("Đỗ Văn An", "Cao Minh Sơn", "Vũ Thị Lan"))


def test_near_miss_a_name_with_its_own_role_does_not_take_the_next_one():
    got = _people(UBND + "Dự có đồng chí Nguyễn Hữu Bình, Phó Chủ tịch UBND tỉnh, Lê Thị Hoa, Giám đốc Sở Tài chính.")
    assert got.get("Nguyễn Hữu Bình") == ["Phó Chủ tịch UBND tỉnh"]
    assert got.get("Lê Thị Hoa") == ["Giám đốc Sở Tài chính"]


# --- a vote count between names that share a seat -----------------------------------------------------------------


COUNCIL = "Ngày 5/1/2026, HĐND phường Tân Hòa tổ chức kỳ họp thứ nhất. "


def test_names_elected_with_their_vote_counts_share_the_seat():
    got = _people(COUNCIL + "Kỳ họp đã bầu 2 Phó Chủ tịch HĐND phường là đồng chí Lê Thị Hoa (30/31 phiếu) và đồng "
                  "chí Đặng Văn Minh (29/31 phiếu).")
    assert got.get("Lê Thị Hoa") == ["Phó Chủ tịch HĐND phường"]
    assert got.get("Đặng Văn Minh") == ["Phó Chủ tịch HĐND phường"]


def test_near_miss_the_second_elected_with_a_role_of_his_own():
    got = _people(COUNCIL + "Kỳ họp đã bầu Phó Chủ tịch HĐND phường là đồng chí Lê Thị Hoa (30/31 phiếu) và đồng chí "
                  "Đặng Văn Minh, Trưởng Công an phường.")
    assert got.get("Lê Thị Hoa") == ["Phó Chủ tịch HĐND phường"]
    assert got.get("Đặng Văn Minh") == ["Trưởng Công an phường"]


# --- the delegator's role -----------------------------------------------------------------------------------------


def test_role_after_delegation_is_the_delegators():
    rec = extract_text("Sáng 5/8/2025, UBND tỉnh Tân Lập họp phiên thường kỳ tháng 7. Được sự ủy quyền của Chủ tịch "
                       "UBND tỉnh, đồng chí Hồ Văn Tài, Phó Chủ tịch UBND tỉnh chủ trì phiên họp.")
    assert {p.name: p.roles for p in rec.people}.get("Hồ Văn Tài") == ["Phó Chủ tịch UBND tỉnh"]
    assert rec.meeting.chairs == ["Hồ Văn Tài"]


def test_delegation_without_of_and_the_acting_prefix():
    got = _people("Sáng 5/8/2025, Sở Tài chính tỉnh Tân Lập họp sơ kết 6 tháng. Thừa ủy quyền Giám đốc Sở Tài chính, "
                  "ông Lê Văn Kiên, Phó Giám đốc Sở Tài chính chủ trì hội nghị.")
    assert got.get("Lê Văn Kiên") == ["Phó Giám đốc Sở Tài chính"]


def test_near_miss_a_role_before_its_holder_is_still_his():
    got = _people("Sáng 5/8/2025, UBND tỉnh Tân Lập họp phiên thường kỳ tháng 7. Chủ tịch UBND tỉnh, đồng chí Hồ Văn "
                  "Tài chủ trì phiên họp.")
    assert got.get("Hồ Văn Tài") == ["Chủ tịch UBND tỉnh"]


def test_near_miss_an_acting_head_keeps_the_prefix():
    got = _people("Sáng 5/8/2025, Sở Tài chính tỉnh Tân Lập họp sơ kết 6 tháng. Ông Lê Văn Kiên, Quyền Giám đốc Sở Tài "
                  "chính chủ trì hội nghị.")
    assert got.get("Lê Văn Kiên") == ["Quyền Giám đốc Sở Tài chính"]


# --- "tính chung N tháng" at a monthly meeting --------------------------------------------------------------------


MONTHLY = "Chiều 5/9/2024, UBND tỉnh Tân Lập họp phiên thường kỳ tháng 8. "


def test_summed_running_months_are_the_period_reviewed():
    rec = extract_text(MONTHLY + "Trong tháng 8, mưa lớn làm ngập 300 ha lúa. Tính chung 8 tháng, thu ngân sách đạt "
                       "4.120 tỷ đồng.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 8)


def test_summed_months_after_a_report_naming_the_month():
    rec = extract_text(MONTHLY + "Theo báo cáo của Sở Tài chính, tháng 8, mưa lớn làm ngập 300 ha lúa. Dù vậy, tính "
                       "chung 8 tháng, chỉ số sản xuất công nghiệp tăng 7,1%.")
    assert (rec.period.start_month, rec.period.end_month) == (1, 8)


def test_near_miss_running_total_beside_the_month_stays_the_month():
    rec = extract_text(MONTHLY + "Trong tháng 8, mưa lớn làm ngập 300 ha lúa. Lũy kế 8 tháng, thu ngân sách đạt 4.120 "
                       "tỷ đồng.")
    assert (rec.period.start_month, rec.period.end_month) == (8, 8)


# --- a session dated by the day it opened -------------------------------------------------------------------------


def test_closing_report_dates_the_session_by_its_opening_day():
    rec = extract_text("Chiều 15/12/2025, sau 2 ngày làm việc, HĐND huyện Tân Lập bế mạc kỳ họp thứ 9. Kỳ họp khai "
                       "mạc từ sáng 14/12, thông qua 12 nghị quyết.")
    assert rec.meeting.date == "2025-12-14"


def test_opening_day_with_vao():
    rec = extract_text("Chiều 15/12/2025, HĐND huyện Tân Lập bế mạc kỳ họp thứ 9. Kỳ họp khai mạc vào sáng 13/12.")
    assert rec.meeting.date == "2025-12-13"


def test_near_miss_an_earlier_session_opened_months_before():
    rec = extract_text("Chiều 15/12/2025, HĐND huyện Tân Lập bế mạc kỳ họp thứ 9. Kỳ họp thứ 8 khai mạc ngày 3/7, "
                       "thông qua 12 nghị quyết.")
    assert rec.meeting.date == "2025-12-15"


def test_near_miss_opened_on_the_same_day():
    rec = extract_text("Sáng 15/12/2025, HĐND huyện Tân Lập khai mạc kỳ họp thứ 9. Kỳ họp khai mạc từ sáng 15/12.")
    assert rec.meeting.date == "2025-12-15"


# --- a notice opening on the report its Standing Board heard ------------------------------------------------------


def test_standing_board_heard_a_report_is_its_meeting():
    rec = extract_text("Ngày 04/4/2025, dưới sự chủ trì của đồng chí Hoàng Văn Đức, Bí thư Huyện ủy, Ban Thường vụ "
                       "Huyện ủy Tân Lập đã nghe Ban cán sự đảng UBND huyện báo cáo tình hình kinh tế - xã hội quý I "
                       "năm 2025. Sau khi thảo luận, Ban Thường vụ Huyện ủy kết luận.")
    assert rec.meeting.body_kind == "standing_committee"
    assert rec.meeting.date == "2025-04-04"


def test_near_miss_bodies_listed_by_commas_still_meet_jointly():
    rec = extract_text("Ngày 04/4/2025, Huyện ủy, HĐND, UBND huyện Tân Lập tổ chức hội nghị sơ kết quý I năm 2025.")
    assert rec.meeting.body_kind == "other"


def test_near_miss_the_reporting_organ_is_not_the_body_that_met():
    rec = extract_text("Sáng 11/7/2024, Ban Thường vụ Huyện ủy Tân Lập họp nghe Ban cán sự đảng UBND huyện báo cáo "
                       "tình hình 6 tháng đầu năm 2024.")
    assert rec.meeting.body_kind == "standing_committee"


# --- an official resolution on next year's tasks, dated in December -----------------------------------------------


RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
XÃ TÂN LẬP
________
Số: 21/NQ-HĐND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
______________________
Tân Lập, ngày 18 tháng 12 năm 2025

NGHỊ QUYẾT

Về nhiệm vụ phát triển kinh tế - xã hội năm 2026

HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP

QUYẾT NGHỊ:

Điều 1. {review}

Hội đồng nhân dân xã thống nhất đánh giá: tổng giá trị sản xuất ước đạt 920 tỷ đồng, tăng 7,1%.

Điều 2. Các chỉ tiêu chủ yếu năm 2026

Tổng thu ngân sách trên địa bàn đạt 41 tỷ đồng.
"""


def test_resolution_on_next_year_reviews_the_year_it_assesses():
    rec = extract_text(RESOLUTION.format(review="Đánh giá tình hình thực hiện nhiệm vụ năm 2025"))
    assert rec.meeting.date == "2025-12-18"
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 1, 12)


def test_near_miss_resolution_naming_no_year_reviewed_keeps_its_title():
    rec = extract_text(RESOLUTION.format(review="Đánh giá tình hình thực hiện nhiệm vụ"))
    assert rec.period.year == 2026


def test_near_miss_names_each_addressed_keep_apart():
    got = _people(UBND + "Tham dự có đồng chí Nguyễn Hữu Bình, đồng chí Lê Thị Hoa - Phó Chủ tịch UBND tỉnh.")
    assert "Nguyễn Hữu Bình" not in got
    assert got.get("Lê Thị Hoa") == ["Phó Chủ tịch UBND tỉnh"]


# --- real39's leftovers: "Sáng nay - D/M", a rarer family name after a title --------------------------------------


def test_relative_day_then_a_dash_and_its_date():
    rec = extract_text("Sáng nay - 7/7, HĐND tỉnh Tân Lập khai mạc kỳ họp thứ 12 (kỳ họp giữa năm 2023).")
    assert rec.meeting.date == "2023-07-07"


def test_relative_day_then_a_comma_and_its_date():
    rec = extract_text("Chiều qua, 11/12, HĐND tỉnh Tân Lập bế mạc kỳ họp thứ 12 (kỳ họp cuối năm 2023).")
    assert rec.meeting.date == "2023-12-11"


def test_near_miss_relative_day_then_a_count_is_no_date():
    rec = extract_text("Sáng nay, 12 đại biểu HĐND tỉnh Tân Lập dự kỳ họp thứ 12 (kỳ họp giữa năm 2023).")
    assert rec.meeting.date == "2023"  # no day read from the count


def test_title_before_a_name_of_a_rarer_family():
    got = _people("Sáng 13-12-2025, HĐND tỉnh Tân Lập khai mạc kỳ họp thứ 3. Phó Chủ tịch Quốc hội Uông Minh Đạo dự "
                  "và phát biểu chỉ đạo.")
    assert got.get("Uông Minh Đạo") == ["Phó Chủ tịch Quốc hội"]


def test_titles_right_after_names_without_commas_chair_together():
    rec = extract_text("Ngày 24/2/2017, Huyện ủy Tân Lập tổ chức hội nghị giao ban quý I. Các đồng chí Đồng Văn Hải "
                       "Tỉnh ủy viên, Bí thư Huyện ủy, Lê Thanh Hà Phó Bí thư TT Huyện ủy, Chủ tịch HĐND huyện, Nông "
                       "Quốc Việt Phó Bí thư Huyện ủy, Chủ tịch UBND huyện đồng chủ trì hội nghị.")
    got = {p.name: p.roles for p in rec.people}
    assert got.get("Đồng Văn Hải") == ["Tỉnh ủy viên", "Bí thư Huyện ủy"]
    assert got.get("Lê Thanh Hà") == ["Phó Bí thư TT Huyện ủy", "Chủ tịch HĐND huyện"]
    assert got.get("Nông Quốc Việt") == ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"]
    assert rec.meeting.chairs == ["Đồng Văn Hải", "Lê Thanh Hà", "Nông Quốc Việt"]


def test_near_miss_a_presidium_is_no_name():
    got = _people("Ngày 8/12/2025, HĐND tỉnh Tân Lập khai mạc kỳ họp thứ 9. Đoàn Chủ tịch điều hành kỳ họp.")
    assert got == {}


PORTAL = "HĐND xã Tân Lập tổ chức kỳ họp thứ 5\n\n{line}\n\nSáng 30/6/2022, HĐND xã Tân Lập tổ chức kỳ họp thứ 5.\n"


def test_byline_among_fields_apart_at_spaced_dots():
    line = "Tác giả: Văn Hòa .Ngày đăng: 01/07/2022 .Lượt xem: 473 lượt."
    assert extract_text(PORTAL.format(line=line)).authors == ["Văn Hòa"]


def test_near_miss_an_initial_with_its_dot_stays_in_the_name():
    assert extract_text(PORTAL.format(line="Tác giả: Văn Hòa")).authors == ["Văn Hòa"]
