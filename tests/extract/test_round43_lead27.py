"""Round 43, lead: a byline led by a typographic dash right under a report's task list whose items a hyphen leads."""

from __future__ import annotations

from soket.extract.pipeline import extract_text

REPORT = (
    "UBND huyện Tiên Lữ họp phiên thường kỳ tháng 8\n\n"
    "Ngày 30/8, UBND huyện Tiên Lữ họp phiên thường kỳ tháng 8 năm 2024 đánh giá tình hình kinh tế - xã hội 8 tháng. "
    "Thu ngân sách trên địa bàn ước đạt 212 tỷ đồng, bằng 71% dự toán năm.\n\n"
    "Nhiệm vụ tháng 9:\n"
    "- Đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n"
    "- Chuẩn bị tốt các điều kiện cho năm học mới 2024 - 2025.\n\n"
    "{byline}\n"
)


def test_a_dashed_byline_under_hyphen_items_is_the_byline() -> None:
    assert extract_text(REPORT.format(byline="– Hải Yến")).authors == ["Hải Yến"]


def test_a_hyphen_line_under_hyphen_items_stays_an_item() -> None:
    # the same mark as the items: the list's last item as far as the reader can tell (no byline)
    assert extract_text(REPORT.format(byline="- Hải Yến")).authors == []
