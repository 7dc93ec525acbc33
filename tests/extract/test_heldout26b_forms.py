"""Round 26 (heldout26b): forms of the genre that the first sight of ex445-ex450 showed unread, each in sentences
written for this test (none copied from the held-out reports): a span "từ 7 đến 10 tiêu chí" gives no figure for its
upper bound."""

from __future__ import annotations

import pytest

from soket.extract import extract_text

LEAD = ("Ngày 14/12, HĐND huyện Krông Bông khóa XI tổ chức kỳ họp thứ 8 đánh giá tình hình kinh tế - xã hội "
        "năm 2018.\n\n")


@pytest.mark.parametrize("clause", [
    "các xã còn lại đạt từ 9 đến 14 tiêu chí",
    "năng suất cà phê đạt từ 28 tới 32 tạ/ha",
    "mỗi hộ được hỗ trợ từ 5 - 8 triệu đồng",
])
def test_a_span_upper_bound_is_no_figure(clause: str) -> None:
    r = extract_text(LEAD + f"Toàn huyện có 4 xã đạt chuẩn nông thôn mới; {clause}.")
    assert [f.raw for f in r.facts] == ["4 xã"]


def test_counts_at_both_ends_of_a_span_of_places_stay() -> None:
    r = extract_text(LEAD + "Hội nghị được truyền trực tuyến từ 2 điểm cầu của tỉnh đến 12 điểm cầu các xã.")
    assert [f.raw for f in r.facts] == ["2 điểm cầu", "12 điểm cầu"]


def test_a_change_from_one_level_to_another_keeps_both() -> None:
    r = extract_text(LEAD + "Tỷ lệ hộ nghèo giảm từ 6,2% xuống còn 4,1%.")
    assert "4,1%" in [f.raw for f in r.facts]


RANKED = ("Phú Yên: Sơ kết kinh tế - xã hội quý I năm 2019\n\n"
          "Chiều 4/4, Chủ tịch UBND tỉnh Trần Hữu Thế chủ trì hội nghị sơ kết tình hình kinh tế - xã hội quý I năm 2019. "
          "Tổng sản phẩm trên địa bàn tăng 7,1% so với cùng kỳ, đứng thứ 4/14 tỉnh Vùng duyên hải miền Trung và "
          "thứ 2/5 tỉnh Khu vực Nam Trung Bộ.")


def test_a_region_after_the_word_for_province_is_no_province() -> None:
    r = extract_text(RANKED)
    assert r.meeting.locality == "Phú Yên"
    assert r.meeting.locality_kind == "tỉnh"


def test_a_province_the_gazetteer_knows_is_still_read() -> None:
    r = extract_text(RANKED.replace("Chủ tịch UBND tỉnh Trần Hữu Thế", "UBND tỉnh Phú Yên"))
    assert r.meeting.locality == "Phú Yên"


def test_a_byline_above_a_blog_reply_form_is_read() -> None:
    page = ("Họp HĐND huyện Sa Thầy\n\n(kontumtv.vn) – Ngày 11/12, HĐND huyện Sa Thầy khai mạc kỳ họp thứ 9, khóa XI. "
            "Năm 2019, tổng thu ngân sách ước đạt 215 tỷ đồng, vượt 12% dự toán huyện giao; toàn huyện có 2 xã đạt "
            "chuẩn nông thôn mới.\n\nCTV Minh Phương – Quốc Bảo\n\nTrả lời\n\n"
            "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *\n\nBình luận *\n\nTên *")
    r = extract_text(page)
    assert r.authors == ["Minh Phương", "Quốc Bảo"]
    assert [f.raw for f in r.facts] == ["215 tỷ đồng", "12%", "2 xã"]


def test_a_line_opening_with_the_reply_word_in_the_body_is_kept() -> None:
    page = (LEAD + "Trả lời ý kiến cử tri về đường giao thông liên xã, lãnh đạo UBND huyện cho biết năm 2019 đã bố trí "
            "35 tỷ đồng để nâng cấp 12 km đường.\n\nThu ngân sách đạt 120% dự toán.")
    assert "35 tỷ đồng" in [f.raw for f in extract_text(page).facts]
