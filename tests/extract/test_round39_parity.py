"""Round 39's parity gaps (parity39): a report read the same whatever form its copy takes, rules of the genre. In a
hard-wrapped copy (a PDF's or an e-mail's, with or without a blank line between its lines), a line opened by a figure
goes on the sentence the line above left open; a page's stamp stays a line of its own whatever follows the day (its
weekday, its clock and time zone, fields after a bar); a headline stays over a lead opened by its day; a name cut
after its honorific and family name, or by a copy wrapped again, is joined; a line of a page's items apart by
separators (a menu, breadcrumbs, a byline's fields) and a line of words never run into each other; the next item of a
bulleted list stays on its line. A name cut by a CR LF copy's line end, or by an indented Word copy's, is one name.
Sentences and pages invented for these tests (a commune "Ea Tul", a district "Mường Lát"), no document's words."""

from __future__ import annotations

import html
import sys

from _paths import ROOT
from _sentences import PARA, kept_line, wrapped_copy
from soket.extract import extract_document, extract_text
from soket.extract.people import _names
from soket.ingest.html import html_to_document
from soket.ingest.typography import unwrap_lines

sys.path.insert(0, str(ROOT / "bench"))
import byline_parity

# -- a line opened by a figure goes on the sentence ---------------------------------------------------------------------


def test_a_line_opened_by_a_figure_goes_on_the_sentence_left_open() -> None:
    text = wrapped_copy("Lúa Xuân sinh trưởng tốt, không có sâu bệnh lớn trên diện rộng, năng suất ước đạt",
                 "68,4 tạ/ha, sản lượng ước 14.210 tấn.")
    assert not kept_line(text, "68,4 tạ/ha")
    got = [f for f in extract_text(unwrap_lines(text)).facts if f.raw == "68,4 tạ/ha"]
    assert len(got) == 1 and got[0].estimated and "năng suất" in (got[0].subject or "")


def test_a_line_with_no_stop_over_a_figure_is_no_heading() -> None:
    # a line opening its paragraph with no stop over a line opened by a figure is the sentence's, not a heading
    text = wrapped_copy("Bộ phận một cửa của xã Ea Tul tiếp nhận 3.410 hồ sơ, đã trả kết quả đúng hạn",
                 "3.388 hồ sơ, đạt 99,3%.")
    assert not kept_line(text, "3.388 hồ sơ")
    raws = [f.raw for f in extract_text(unwrap_lines(text)).facts]
    assert "3.410 hồ sơ" in raws and "3.388 hồ sơ" in raws


def test_a_table_row_opened_by_its_number_keeps_its_break() -> None:
    # near-miss: a text table's row opened by its number after a row closed by a figure is a row of its own
    text = wrapped_copy("2 | Khách du lịch đến các di tích | Lượt khách | 24.000 | 77,9",
                 "3 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 94,5 | 93,8")
    assert kept_line(text, "3 | Tỷ lệ dân số")


def test_a_list_items_number_after_a_line_with_no_stop_keeps_its_break() -> None:
    # near-miss: a list item's number opens a line of its own, whatever the line above
    # (a line long enough to run on, short of the copy's width)
    text = wrapped_copy("II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026 CỦA XÃ EA TUL", "1. Sản xuất nông nghiệp")
    assert kept_line(text, "1. Sản xuất nông nghiệp")


# -- a page's stamp -----------------------------------------------------------------------------------------------------


def test_a_stamp_with_its_time_zone_or_fields_stays_under_a_headline() -> None:
    for stamp in ("14/07/2026 09:20 GMT+7", "14/07/2026 09:20 | Lượt xem: 215", "Thứ ba - 14/07/2026 09:20",
                  "Thứ Ba, 14/07/2026, 09:20 (GMT+7)"):
        spaced = wrapped_copy("Xã Ea Tul: Thu ngân sách 6 tháng đạt hơn 60% dự toán năm", stamp, sep="\n\n")
        assert kept_line(spaced, stamp), stamp
        assert kept_line(wrapped_copy("Hội đồng nhân dân xã Ea Tul tổ chức kỳ họp thứ năm, khóa I, nhiệm kỳ", "2026 - 2031",
                           stamp), stamp), stamp


def test_a_day_going_on_a_sentence_across_a_blank_line_is_joined() -> None:
    # near-miss: a day inside a sentence, the copy's blank line before it, is the sentence's ("ban hành ngày" / "" /
    # "14/07/2026 của ...")
    text = wrapped_copy("Thực hiện Kế hoạch của Ủy ban nhân dân xã Ea Tul ban hành ngày",
                 "14/07/2026 của Ủy ban nhân dân xã về chuyển đổi số.", sep="\n\n")
    assert not kept_line(text, "14/07/2026 của")


def test_a_figure_after_a_figure_across_a_blank_line_is_two_lines() -> None:
    text = wrapped_copy("Thích 96", "7 bình luận 3 lượt chia sẻ", sep="\n\n")
    assert kept_line(text, "7 bình luận")
    # near-miss: a count going on a sentence after a word is the sentence's
    assert not kept_line(wrapped_copy("Trong quý, toàn xã đã hỗ trợ sửa chữa nhà ở cho", "46 hộ nghèo và cận nghèo.",
                           sep="\n\n"), "46 hộ nghèo")


# -- a headline over a lead opened by its day -------------------------------------------------------------------------


def test_a_full_headline_stays_over_a_lead_opened_by_its_day() -> None:
    head = "Xã Ea Tul: 6 tháng thu ngân sách đạt 58,6% dự toán, giải ngân vốn công"
    text = wrapped_copy("Trang chủ » Chính trị » Chính quyền", head,
                 "Sáng 14/7, UBND xã Ea Tul tổ chức hội nghị sơ kết 6 tháng đầu năm 2026.")
    assert kept_line(text, "Sáng 14/7, UBND xã Ea Tul")
    assert kept_line(wrapped_copy(head, "Ngày 14-7, UBND xã Ea Tul tổ chức hội nghị sơ kết 6 tháng đầu năm 2026."),
                 "Ngày 14-7, UBND")


def test_a_day_in_lowercase_goes_on_the_sentence() -> None:
    # near-miss: the day word in lowercase goes on a sentence cut before it
    text = wrapped_copy("Ủy ban nhân dân xã Ea Tul đã tổ chức hội nghị sơ kết công tác 6 tháng đầu năm vào",
                 "ngày 14/7, với sự tham dự của lãnh đạo các thôn, buôn.")
    assert not kept_line(text, "ngày 14/7, với")


# -- a name cut by the copy's break ----------------------------------------------------------------------------------


def test_a_name_cut_after_its_honorific_and_family_name_is_joined() -> None:
    # a copy wrapped again: the earlier copy's remainder "Đồng chí Phan" on a short line, the given names below
    lead = ("Sáng 14/7, UBND xã Ea Tul tổ chức hội nghị sơ kết 6 tháng đầu năm 2026. Đồng chí",
            "Phan", "Quốc Bảo - Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì hội nghị.")
    for sep in ("\n", "\n\n"):
        text = wrapped_copy(*lead, sep=sep)
        assert not kept_line(text, "Quốc Bảo"), sep
        assert extract_text(unwrap_lines(text)).meeting.chairs == ["Phan Quốc Bảo"], sep
    short = wrapped_copy("Sáng 14/7, UBND xã Ea Tul tổ chức hội nghị sơ kết 6 tháng. Đồng chí Phan",
                  "Quốc Bảo - Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì hội nghị.")
    assert not kept_line(short, "Quốc Bảo")


def test_a_related_heading_under_a_source_link_stays_across_a_blank_line() -> None:
    # near-miss: a full line (a link's, no space in it) over a page's related heading, a blank line between: two lines
    text = wrapped_copy("Nguồn Đài Mường Lát:", "https://muonglat.example.vn/video/so-ket-6-thang-dau-nam-2026-150726.htm",
                 "Tin cùng chủ đề", sep="\n\n")
    assert kept_line(text, "Tin cùng chủ đề")


def test_a_heading_ending_on_a_capital_stays_over_its_paragraph() -> None:
    # near-miss: a heading's last word capitalised, no honorific and family name before it: the paragraph opens
    text = wrapped_copy("3. Văn hóa - xã hội tại xã Ea Tul", "Trường Tiểu học đạt chuẩn quốc gia mức độ 1.")
    assert kept_line(text, "Trường Tiểu học")
    spaced = wrapped_copy("Kết quả nổi bật của xã Ea Tul", "Thu ngân sách trên địa bàn đạt 12,4 tỷ đồng.", sep="\n\n")
    assert kept_line(spaced, "Thu ngân sách")


def test_a_name_across_a_cr_lf_or_an_indented_line_end_is_one_name() -> None:
    crlf = "Đồng chí Phan  Quốc Bảo - Chủ tịch UBND xã chủ trì hội nghị."  # "Phan\r\nQuốc" joined: two spaces
    assert [e.text for e in _names(crlf) if e.kind == "name"] == ["Phan Quốc Bảo"]
    indented = "Đồng chí Phan  \tQuốc Bảo - Chủ tịch UBND xã chủ trì hội nghị."
    assert [e.text for e in _names(indented) if e.kind == "name"] == ["Phan Quốc Bảo"]
    # near-miss: a table's cells apart by a tab or three spaces are two names
    assert [e.text for e in _names("Phan Quốc Bảo\tLê Thị Hạnh") if e.kind == "name"] != ["Phan Quốc Bảo Lê Thị Hạnh"]
    assert "Phan Quốc Bảo" in [e.text for e in _names("Phan Quốc Bảo   Lê Thị Hạnh") if e.kind == "name"]


# -- a page's items apart by separators ------------------------------------------------------------------------------


def test_breadcrumbs_and_a_byline_of_fields_stay_off_the_lines_about_them() -> None:
    text = wrapped_copy("BÁO ĐIỆN TỬ MƯỜNG LÁT - Cơ quan của Đảng bộ, chính quyền và Nhân dân huyện",
                 "Trang chủ › Chính trị › Xây dựng Đảng",
                 "Mường Lát: 6 tháng đầu năm kết nạp 86 đảng viên, thu ngân sách đạt 61%",
                 "Hà Linh • 14/07/2026 • 4 phút đọc")
    assert kept_line(text, "Trang chủ › Chính trị")
    assert kept_line(text, "Hà Linh • 14/07/2026")
    menu = wrapped_copy("Trang chủ | Giới thiệu | Tin tức | Hoạt động HĐND | Văn bản | Liên hệ | Sơ đồ",
                 "Tin tức HĐND cấp huyện, cấp xã")
    assert kept_line(menu, "Tin tức HĐND cấp huyện")


def test_a_menu_wrapped_onto_the_next_line_is_joined() -> None:
    # near-miss: the menu's items going on to the next line carry their bars: one line
    text = wrapped_copy("Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Quốc phòng -",
                 "An ninh | Thể thao | Video")
    assert not kept_line(text, "An ninh | Thể thao")


def test_the_next_item_of_a_bulleted_list_stays_on_its_line() -> None:
    text = wrapped_copy("• Mường Lát: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ sáu thành công",
                 "• Xã Tam Chung: Khai giảng lớp bồi dưỡng nhận thức về Đảng")
    assert kept_line(text, "• Xã Tam Chung")
    # near-miss: "kinh tế - xã hội" cut before its dash: the dash's words in lowercase go on the sentence
    cut = wrapped_copy("Hội nghị thống nhất các giải pháp chủ yếu nhằm thúc đẩy phát triển kinh tế",
                "- xã hội 6 tháng cuối năm của huyện.")
    assert not kept_line(cut, "- xã hội 6 tháng")


def test_a_page_declaring_an_author_with_an_apostrophe_gives_the_name() -> None:
    # the byline bench's page form writes the author's name escaped in its attribute, as a page does ("H'Mai")
    meta = byline_parity.PAGE_FORMS["page_meta_only"][2](["H'Mai"])
    assert html.escape("H'Mai") in meta
    page = (f"<html><head>{meta}<title>Ea Tul sơ kết 6 tháng</title></head><body><article><h1>Ea Tul sơ kết 6 tháng"
            f"</h1><p>Sáng 14/7, UBND xã Ea Tul tổ chức hội nghị sơ kết 6 tháng đầu năm 2026.</p><p>{PARA}</p>"
            "</article></body></html>")
    assert extract_document(html_to_document(page.encode("utf-8"))).authors == ["H'Mai"]
