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
