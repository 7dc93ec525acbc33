"""Round 47 (issue 10), share r47b: UBND meetings and Party committees of ex1019-ex1041 and the bylines of ex1008 and
ex1041, as rules of the genre. Invented sentences and pages of the genre, a near-miss beside each rule."""

from __future__ import annotations

from soket.extract.pipeline import extract_text

_BODY = ("Chiều 2/10, Ban Thường vụ Thị ủy Ba Đồn tổ chức hội nghị đánh giá kết quả 9 tháng. Chín tháng qua, tổng giá trị "
         "sản xuất ước đạt 1.240 tỷ đồng, bằng 72,4% kế hoạch năm.\n\nToàn thị xã kết nạp 41 đảng viên mới, đạt 82% "
         "chỉ tiêu.\n\n")


def test_a_byline_above_a_comment_forms_labels_is_read() -> None:
    page = _BODY + "Minh Hằng\n\nHọ và tên *    Email *    Nội dung bình luận *    Gửi bình luận\n"
    assert extract_text(page).authors == ["Minh Hằng"]
    # near-miss: a line of the body with a star in it is no form, and no byline lies above it
    page = _BODY + "Số liệu có dấu * là số ước thực hiện của các xã, phường trong thị xã.\n"
    assert extract_text(page).authors == []


def test_a_byline_above_the_list_of_articles_run_before_is_read() -> None:
    page = _BODY + ("Hoàng Yến\n\nCÁC TIN, BÀI ĐÃ ĐƯA\n» Lệ Thủy: 9 tháng kết nạp 160 đảng viên (03/10/2018)\n"
                    "» Quảng Trạch tổ chức hội nghị Ban Chấp hành lần thứ 12 (02/10/2018)\n")
    rec = extract_text(page)
    assert rec.authors == ["Hoàng Yến"]
    assert not any(f.raw == "160 đảng viên" for f in rec.facts)  # the list is chrome
