"""Page chrome missed on held-out reports (round 37, meta37): a ticker's headlines after its label, an old portal's
buttons in brackets, a Party paper's masthead line and address in its footer, a visitor counter written as a
sentence. Page pieces written for these tests (never copied from the reports)."""

from __future__ import annotations

import pytest

from soket.ingest.chrome import find_chrome

BODY = ("Sáng 5/12, UBND xã Tân Mỹ họp đánh giá kết quả 11 tháng năm 2026. Thu ngân sách ước đạt 14,2 tỷ đồng, bằng 96% "
        "dự toán năm; toàn xã có 1.240 ha cà phê, sản lượng ước đạt 4.100 tấn.")


def _marked(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in find_chrome(text)]


@pytest.mark.parametrize("ticker", [
    "ĐIỂM NÓNG: Lễ hội hoa đón 1,5 triệu lượt khách  |  Giá sầu riêng 65.000 đồng/kg  |  Đèo Ngoạn Mục thông xe",
    "Điểm nóng: Lễ hội hoa đón 1,5 triệu lượt khách | Giá sầu riêng 65.000 đồng/kg",
    "Tin mới: Khởi công cảng cá công suất 2 triệu tấn/năm ● Giá lúa ST25 ở mức 8.100 đồng/kg ● Hoàn thành 70% kè biển",
    "TIN NÓNG: Giá tiêu lên 150.000 đồng/kg | Mưa lớn gây sạt lở 12 điểm",
    "Tiêu điểm: Giá tiêu lên 150.000 đồng/kg • Mưa lớn gây sạt lở 12 điểm",
])
def test_a_tickers_headlines_after_its_label_are_chrome(ticker: str) -> None:
    text = f"Trang chủ\n{ticker}\n\n{BODY}\n"
    got = _marked(text)
    assert any(ticker in g for g in got)
    assert not any("14,2 tỷ đồng" in g for g in got)


@pytest.mark.parametrize("line", [
    # a report's line opening on the same words, no bar or bullet joining headlines: prose
    "Tiêu điểm: xã đã hoàn thành 70% kè biển, vượt 10% kế hoạch năm.",
    "Điểm nóng: tình trạng khai thác cát trái phép ở 3 thôn ven sông chưa được xử lý dứt điểm.",
])
def test_a_label_without_joined_headlines_is_prose(line: str) -> None:
    assert not any(line in g for g in _marked(f"{BODY}\n\n{line}\n\n{BODY}\n"))


@pytest.mark.parametrize("line", [
    "BÁO TÂN SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TÂN SƠN",
    "Báo Tân Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tân Sơn",
    "Báo Tân Sơn – Cơ quan ngôn luận của Đảng bộ tỉnh Tân Sơn",
    "Địa chỉ: 24 Trần Phú - TP Tân Sơn. Điện thoại: 0210.3812.456",
    "Bạn là người truy cập thứ: 00412375",
    "[ In trang ]  [ Gửi cho bạn ]  [ Quay lại ]",
    "[In bài] [Gửi email]",
])
def test_an_old_portals_footer_lines_are_chrome(line: str) -> None:
    assert line in _marked(f"{BODY}\n\nMinh Khoa\n\n{line}\n")


def test_a_report_line_with_an_office_after_a_dash_is_prose() -> None:
    line = "Sở Tài chính - cơ quan thường trực Ban chỉ đạo - đã thẩm định 14 dự án, tổng vốn 96 tỷ đồng."
    assert not any("14 dự án" in g for g in _marked(f"{BODY}\n\n{line}\n\n{BODY}\n"))


def test_bracketed_words_inside_a_sentence_are_prose() -> None:
    line = "Huyện đã cấp 120 [một trăm hai mươi] thẻ bảo hiểm y tế cho người nghèo."
    assert not any("120" in g for g in _marked(f"{BODY}\n\n{line}\n"))
