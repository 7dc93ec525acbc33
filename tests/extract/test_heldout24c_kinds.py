"""Kinds of construction found by the held-out reports ex413-ex420 (the South: Bình Phước, Kiên Giang, Ninh
Thuận, Sóc Trăng, Đồng Nai, Vĩnh Long, An Giang, Cần Thơ), each written as sentences of the genre of our own,
not copied from the reports."""

from __future__ import annotations

from soket.extract import extract_text
from soket.ingest.html import html_to_document


def _facts(text: str) -> dict[str, dict[str, object]]:
    return {str(f["raw"]): f for f in extract_text(text).to_dict()["facts"]}


def _period(text: str) -> tuple[object, object, object]:
    p = extract_text(text).to_dict()["period"]
    return p["year"], p["start_month"], p["end_month"]


def test_a_change_with_its_degree_and_voi_before_the_figure() -> None:
    facts = _facts("Sáu tháng đầu năm, GRDP của tỉnh tăng 6,9%; trong đó khu vực dịch vụ tăng nhanh nhất với 9,4%, "
                   "nông nghiệp giảm sâu với mức 1,2%.")
    assert facts["9,4%"]["role"] == "change_pct" and facts["9,4%"]["subject"] == "khu vực dịch vụ"
    assert facts["1,2%"]["role"] == "change_pct" and facts["1,2%"]["value"] == -1.2
    assert facts["1,2%"]["subject"] == "nông nghiệp"


def test_works_listed_with_their_figures_in_brackets_are_all_works() -> None:
    facts = _facts("Huyện đang triển khai các dự án nâng cấp đường tỉnh 954 (310 tỷ đồng), Trường THPT Bình Long "
                   "(85 tỷ đồng) và Bệnh viện Đa khoa Châu Phú (120 tỷ đồng).")
    assert set(facts) == {"310 tỷ đồng", "85 tỷ đồng", "120 tỷ đồng"}
    assert facts["85 tỷ đồng"]["subject"] == "Trường THPT Bình Long"


def test_a_figure_in_brackets_after_another_place_is_still_no_fact() -> None:
    facts = _facts("Thu nhập bình quân đầu người của huyện đạt 62 triệu đồng, đứng sau thành phố Long Xuyên "
                   "(85 triệu đồng) và thị xã Tân Châu (70 triệu đồng).")
    assert set(facts) == {"62 triệu đồng"}


def test_a_meeting_named_by_its_week_reviews_no_months() -> None:
    rec = extract_text("Ban Thường vụ Đảng ủy xã Long Kiến giao ban tuần 9 năm 2026\n\n"
                       "Ban Thường vụ Đảng ủy xã Long Kiến tổ chức giao ban tuần 9 năm 2026. Trong tuần, xã hoàn thành "
                       "tổng kết công tác năm 2025 và trao 120 phần quà cho hộ nghèo.").to_dict()
    assert rec["period"]["start_month"] is None and rec["period"]["year"] is None
    assert rec["meeting"]["date"] == "2026"  # the week's year dates the meeting


def test_a_festivals_year_is_no_period() -> None:
    assert _period("Ngày 5-2, Đảng ủy, HĐND, UBND xã Phú Tân họp mặt mừng Xuân Bính Ngọ năm 2026. Năm 2025, "
                   "Đảng bộ xã lãnh đạo hoàn thành 16/16 chỉ tiêu nghị quyết.") == (2025, 1, 12)


def test_a_congress_reviews_its_term_no_period() -> None:
    assert _period("Sáng 12/6/2020, Đảng bộ xã Tân Mỹ tổ chức Đại hội đại biểu nhiệm kỳ 2020 - 2025 với 120 đại "
                   "biểu. Năm 2019, Đảng bộ xã được công nhận hoàn thành xuất sắc nhiệm vụ.") == (None, None, None)


def test_a_byline_above_the_pages_text_size_buttons() -> None:
    text = ("Hà Nội 24 °C\nTP Hồ Chí Minh 31 °C\n\nUBND tỉnh Bạc Liêu họp thường kỳ tháng 5\n\nThời sự\n"
            "28/05/2024 17:40\nMinh Khôi\naa\n"
            "Chiều 28/5, UBND tỉnh Bạc Liêu họp thường kỳ tháng 5 để đánh giá tình hình kinh tế - xã hội và bàn "
            "nhiệm vụ tháng 6. Thu ngân sách 5 tháng đạt 2.150 tỷ đồng.\n")
    assert extract_text(text).to_dict()["authors"] == ["Minh Khôi"]


def test_a_blogs_address_dates_the_page() -> None:
    page = ("<html><head><meta property='og:url' content='https://tinxa.blogspot.com/2018/12/hdnd-huyen.html'>"
            "<title>HĐND huyện Cù Lao Dung khai mạc kỳ họp thứ 8</title></head><body>"
            "<h2 class='date-header'><span>Thứ Năm, 13 tháng 12, 2018</span></h2><div class='post-body'>"
            "<p>Ngày 13/12, HĐND huyện Cù Lao Dung khai mạc kỳ họp thứ 8 đánh giá tình hình kinh tế - xã hội "
            "năm 2018. Tổng thu ngân sách trên địa bàn đạt 95 tỷ đồng.</p></div></body></html>")
    doc = html_to_document(page.encode())
    assert doc.published == "2018-12"


def test_a_sector_in_a_state_after_an_auxiliary_is_what_reached_the_figure() -> None:
    facts = _facts("Kim ngạch nhập khẩu tiếp tục phục hồi, đạt 215 triệu USD, tăng 8,3%.")
    assert facts["215 triệu USD"]["subject"] == "Kim ngạch nhập khẩu"
    assert facts["8,3%"]["subject"] == "Kim ngạch nhập khẩu"
    # a verb with its object after the auxiliary keeps the object as the measure
    assert _facts("Các hợp tác xã tiếp tục huy động vốn góp 14 tỷ đồng.")["14 tỷ đồng"]["subject"] == "huy động vốn góp"


def test_what_goes_along_with_a_count_is_no_part_of_its_noun() -> None:
    facts = _facts("Năm 2025, xã làm mới 3 cây cầu bê tông, láng nhựa hơn 8km đường nội ấp cùng nhiều công trình khác.")
    assert "công trình" not in str(facts["hơn 8km"]["subject"])
