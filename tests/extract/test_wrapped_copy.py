"""A report copied with hard line breaks and no blank line between paragraphs (a PDF's or an e-mail's copy, issue
10, ``bench/text_parity.py`` wrapped1): where a paragraph's last line is full, the copy cannot tell its end from a
sentence's, and the lead runs into the body. A first paragraph longer than a summary lead is then no headline and
no lead: its figures are the body's. Sentences written for these tests."""

from __future__ import annotations

from soket.extract import extract_text

_LEAD = "Ban Chấp hành Đảng bộ xã Tân Phú vừa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024."
_BODY = ("6 tháng đầu năm, tổng giá trị sản xuất trên địa bàn xã ước đạt 415 tỷ đồng, tăng 8,2% so với cùng kỳ; thu "
         "ngân sách đạt 6,4 tỷ đồng, bằng 58% dự toán. Công tác an sinh xã hội được quan tâm, đời sống Nhân dân ổn "
         "định. Văn hóa, giáo dục, y tế có nhiều chuyển biến; quốc phòng, an ninh được giữ vững. Công tác chỉ đạo sản "
         "xuất vụ Mùa được triển khai sớm, các công trình giao thông nông thôn được đẩy nhanh tiến độ. Cũng trong 6 tháng, "
         "Đảng bộ xã kết nạp 9 đảng viên mới, trao huy hiệu Đảng cho 14 đảng viên cao tuổi Đảng.")
_END = "Dịp này, Ban Chấp hành Đảng bộ xã khen thưởng 14 đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền."


def _fourteens(text: str) -> int:
    return sum(f.value == 14 and f.unit == "đảng viên" for f in extract_text(text).facts)


def test_a_count_of_the_lead_run_into_the_body_is_the_bodys():
    assert _fourteens(f"{_LEAD}\n\n{_BODY}\n\n{_END}\n") == 2  # (the lead apart: both counts stand)
    assert _fourteens(f"{_LEAD} {_BODY}\n{_END}\n") == 2  # the lead and the body one paragraph: both still
