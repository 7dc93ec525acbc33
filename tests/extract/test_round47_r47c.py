"""Round 47 (r47c): written reports' small tables and a report that records a session."""

from __future__ import annotations

from _sentences import facts
from soket.extract.pipeline import extract_text

HEAD = ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN TÂN LẬP\nTHƯỜNG TRỰC\nSố: 41/BC-HĐND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Lập, ngày 15 tháng 7 năm 2024\n"
        "BÁO CÁO\n")


def test_report_of_a_session_results_dated_by_the_session() -> None:
    text = HEAD + ("Kết quả Kỳ họp thứ mười, Hội đồng nhân dân huyện khóa XX, nhiệm kỳ 2021 - 2026\n\n"
                   "Kỳ họp thứ mười được tổ chức trong 02 ngày, từ ngày 10 đến ngày 11/7/2024 tại Hội trường huyện.\n")
    assert extract_text(text).meeting.date == "2024-07-10"


def test_report_on_the_period_keeps_its_own_date() -> None:
    text = HEAD + ("Tình hình hoạt động 6 tháng đầu năm 2024 của Thường trực HĐND huyện\n\n"
                   "Ngày 10/7/2024, Thường trực HĐND huyện họp đánh giá kết quả 6 tháng đầu năm.\n")
    assert extract_text(text).meeting.date == "2024-07-15"


TABLE_ROWS = ("| Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 6 tháng | So sánh (%) |\n"
              "| Thu ngân sách trên địa bàn | 48,0 | 20,5 | 42,7 |\n"
              "| Trồng cây phân tán | 2.400 | 1.300 | 54,2 |\n"
              "| Giao quân | 95 | 95 | 100 |\n")


def _row(found: list, raw: str, role: str):
    got = [f for f in found if f.raw == raw and f.role == role and f.origin == "table"]
    assert len(got) == 1, [(f.raw, f.role, f.unit, f.origin) for f in found]
    return got[0]


def test_caption_listing_one_unit_per_row() -> None:
    text = ("Sáu tháng đầu năm 2024, huyện Tân Lập thu ngân sách được 20,5 tỷ đồng.\n\n"
            "Đơn vị tính: tỷ đồng, cây, người\n\n" + TABLE_ROWS)
    found = facts(text)
    assert (_row(found, "48,0", "target").unit, _row(found, "48,0", "target").value) == ("VND", 48_000_000_000)
    assert _row(found, "2.400", "target").unit == "cây"
    assert _row(found, "95", "target").unit == "người"


def test_row_unit_in_brackets_a_counted_noun() -> None:
    text = ("Đơn vị tính: tỷ đồng, ha, đảng viên\n\n"
            "| TT | Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 6 tháng | So sánh (%) |\n"
            "| 1 | Thu ngân sách (tỷ đồng) | 60,5 | 30,1 | 49,8 |\n"
            "| 2 | Kết nạp đảng viên mới (đảng viên) | 45 | 21 | 46,7 |\n")
    found = facts(text)
    assert _row(found, "45", "target").unit == "đảng viên"
    assert _row(found, "60,5", "target").unit == "VND"


def test_count_table_cut_by_a_page_break_keeps_its_caption() -> None:
    text = ("Kết quả hoạt động trong nhiệm kỳ (đơn vị: kỳ họp, nghị quyết, cuộc):\n\n"
            "| TT | Nội dung | Số lượng | Ghi chú |\n| 1 | Kỳ họp thường lệ | 11 |  |\n\n"
            "Thường trực HĐND huyện Tân Lập\n\nTrang 1/2\n\n"
            "| TT | Nội dung | Số lượng | Ghi chú |\n| 2 | Nghị quyết ban hành | 184 |  |\n"
            "| 3 | Cuộc giám sát chuyên đề | 27 |  |\n| 4 | Phiên chất vấn tại kỳ họp | 8 |  |\n")
    found = facts(text)
    assert _row(found, "11", "amount").unit == "kỳ họp"
    assert _row(found, "184", "amount").unit == "nghị quyết"
    assert _row(found, "27", "amount").unit == "cuộc"
    assert _row(found, "8", "amount").unit == "phiên"


def test_row_restating_one_sentence_under_another_noun_is_the_sentence() -> None:
    text = ("Sáu tháng đầu năm 2024, toàn huyện hoàn thành giao quân đạt 100% chỉ tiêu với 95 thanh niên nhập ngũ.\n\n"
            "Đơn vị tính: tỷ đồng, cây, người\n\n" + TABLE_ROWS)
    found = facts(text)
    assert not [f for f in found if f.raw == "95" and f.role == "amount"]
    assert _row(found, "95", "target").unit == "người"


def test_goal_floor_alone_in_its_clause_is_a_target() -> None:
    found = facts("Năm 2025, Đảng ủy xã tiếp tục đổi mới sinh hoạt chi bộ; phấn đấu kết nạp từ 26 đảng viên trở lên; "
                  "tập trung chỉ đạo hoàn thành dự toán thu ngân sách.")
    got = [f for f in found if f.raw == "26 đảng viên"]
    assert len(got) == 1 and got[0].role == "target" and got[0].unit == "đảng viên"


def test_class_bound_a_category_not_a_count() -> None:
    assert not facts("Các doanh nghiệp có từ 10 lao động trở lên được hỗ trợ đào tạo nghề.")


def test_party_cell_abbreviation_spelt_out() -> None:
    found = facts("Đến nay Đảng bộ huyện có 2.104 đảng viên sinh hoạt tại 43 TCCSĐ.")
    assert [f.unit for f in found if f.raw == "43 TCCSĐ"] == ["tổ chức cơ sở đảng"]


def test_income_lines_of_a_poverty_programme_are_no_facts() -> None:
    found = facts("Trong năm có 615 hộ vượt chuẩn nghèo, thu nhập trên 14 triệu đồng/người/năm. Có 4/13 phường không "
                  "còn hộ nghèo có thu nhập dưới 11 triệu đồng/người/năm; Phường 6 hoàn thành chuẩn 14 triệu đồng/người. "
                  "Phấn đấu giảm 800 hộ nghèo theo chuẩn thu nhập 14 triệu đồng/người/năm.")
    assert not [f for f in found if f.unit == "VND"]
    assert {f.raw for f in found} >= {"615 hộ", "4/13 phường", "800 hộ nghèo"}


def test_income_of_the_people_stays_a_figure() -> None:
    found = facts("Thu nhập bình quân đầu người năm 2025 đạt 52 triệu đồng/người/năm, tăng 4 triệu đồng so với năm 2024.")
    assert [f.value for f in found if f.raw == "52 triệu đồng/người/năm"] == [52_000_000]


def test_numbered_district_dateline_dates_the_report() -> None:
    text = ("ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    QUẬN 8"
            "                               Độc lập - Tự do - Hạnh phúc\n"
            "Số: 210/BC-UBND                     Quận 8, ngày 20 tháng 12 năm 2012\n\n"
            "                                  BÁO CÁO\n      Sơ kết Chương trình giảm nghèo năm 2012\n\n"
            "Năm 2012, toàn quận giảm được 940 hộ nghèo, đạt 118% chỉ tiêu.\n")
    assert extract_text(text).meeting.date == "2012-12-20"


def test_party_committee_report_to_its_own_conference_numbers_it() -> None:
    text = ("ĐẢNG BỘ HUYỆN TÂN LẬP                 ĐẢNG CỘNG SẢN VIỆT NAM\n      ĐẢNG ỦY XÃ PHÚ MỸ\n"
            "        Số 52-BC/ĐU                     Phú Mỹ, ngày 15 tháng 12 năm 2025\n\n"
            "                                  BÁO CÁO\n"
            "           kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025\n"
            "         (Trình Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 6, khóa I)\n\n"
            "     Năm 2025, Đảng bộ xã kết nạp được 23 đảng viên, đạt 115% chỉ tiêu.\n")
    assert extract_text(text).meeting.session == 6


def test_space_aligned_figure_squeezed_against_its_unit() -> None:
    text = ("     Biểu: Một số chỉ tiêu chủ yếu năm 2025\n"
            " TT  Chỉ tiêu                             Đơn vị     Kế hoạch   Thực hiện   So KH (%)\n"
            " 1   Trồng rừng mới                       ha         900        950         105,6\n"
            " 2   Thu ngân sách nhà nước               triệu đồng 9.600      10.250      106,8\n\n"
            "     II. HẠN CHẾ, KHÓ KHĂN\n")
    found = facts(text)
    plan = [f for f in found if f.raw == "9.600"]
    assert len(plan) == 1 and plan[0].role == "target" and plan[0].unit == "VND" and plan[0].value == 9_600_000_000


def test_total_raised_by_an_increment_after_a_proposal_is_a_result() -> None:
    found = facts("Kỳ họp nghe Tờ trình của UBND huyện đề nghị phê chuẩn điều chỉnh dự toán năm 2024, theo đó bổ sung "
                  "3,8 tỷ đồng cho sự nghiệp giáo dục, nâng tổng chi sự nghiệp giáo dục lên 97,4 tỷ đồng.")
    assert [(f.raw, f.role) for f in found] == [("3,8 tỷ đồng", "amount"), ("97,4 tỷ đồng", "amount")]


def test_level_asked_for_after_a_directive_stays_a_goal() -> None:
    found = facts("UBND tỉnh đề nghị các sở, ngành đẩy mạnh cải cách hành chính; nâng tỷ lệ hồ sơ trực tuyến lên trên 75%.")
    assert [(f.raw, f.role) for f in found] == [("trên 75%", "target")]

