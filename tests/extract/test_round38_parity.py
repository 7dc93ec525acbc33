"""Round 38's parity gaps (parity38): a report read the same whatever form its copy takes, rules of the genre. In a
copy hard-wrapped with no blank line between paragraphs (a PDF's or an e-mail's copy), a page's own lines are never
run into the line above, however full it is: a line of share buttons under the lead's last sentence, related
headlines each closed by its date in brackets, a ticker's first line opened by its label, the line after a photo's
caption closed by its credit. A month's or a year's word after a unit's word in a headline in capitals names no place
("UBND HUYỆN THÁNG 10"). Sentences and pages invented for these tests (a commune "Ea Hleo", a district "Kim Sơn"), no
document's words."""

from __future__ import annotations

from _sentences import PARA, one, wrap
from soket.extract import extract_text
from soket.ingest import load_text
from soket.ingest.typography import unwrap_lines

#: a paragraph of prose hard-wrapped at 72 characters: what makes the copy read as wrapped
_PROSE = wrap(f"{PARA} {PARA}", 72)
#: a lead whose last line is full and closes its sentence
_LEAD = ("Ban Thường vụ Đảng ủy xã Ea Hleo họp đánh giá quý I năm 2026. Xã có thêm\n"
         "3 thôn đạt chuẩn văn hóa kiểu mẫu, thu ngân sách vượt dự toán giao năm.")


def _copy(*lines: str) -> str:
    """A hard-wrapped copy, no blank line anywhere: prose, the lines given, prose."""
    return "\n".join([_PROSE, *lines, _PROSE]) + "\n"


def _kept(text: str, line: str) -> bool:
    """Whether ``line`` stands on a line of its own in the unwrapped copy (the break before it kept)."""
    out = unwrap_lines(text)
    assert len(out) == len(text)  # one character for one: offsets hold
    assert "\n" not in out[:len(_PROSE)].rstrip("\n")  # the copy is read as wrapped: the prose's breaks are spaces
    return f"\n{line}" in out


# -- a line of share buttons under the lead's last sentence ---------------------------------------------------------------


def test_a_share_bar_under_a_full_line_closing_the_lead_is_a_line_of_its_own() -> None:
    text = _copy(_LEAD, "Chia sẻ: Facebook | Zalo | Sao chép liên kết", "Dưới sự chủ trì của đồng chí Bí thư, hội nghị")
    assert _kept(text, "Chia sẻ: Facebook | Zalo | Sao chép liên kết")
    doc = load_text(text)
    at = doc.text.index("Chia sẻ:")
    assert any(a <= at < b for a, b in doc.chrome)  # the bar is chrome again, the lead a paragraph of its own


def test_a_sentence_opened_by_the_same_word_still_runs_on() -> None:
    # near-miss: "Chia sẻ ..." opening a sentence that fills its line and runs on is the paragraph's prose
    text = _copy(_LEAD, "Chia sẻ tại hội nghị, đồng chí Bí thư Đảng ủy xã đề nghị các thôn tiếp tục",
                 "duy trì phong trào và nhân rộng các mô hình hay trong thời gian tới.")
    assert not _kept(text, "Chia sẻ tại hội nghị")


def test_the_lead_restated_in_the_body_is_one_fact_in_the_wrapped_copy() -> None:
    head = "Ea Hleo: Thêm 3 thôn đạt chuẩn văn hóa kiểu mẫu"
    body = ("Tính đến hết quý I, toàn xã có thêm 3 thôn đạt chuẩn văn hóa kiểu mẫu, nâng tổng số lên 9/14 thôn. "
            "Thu ngân sách trên địa bàn ước đạt 21,4 tỷ đồng, bằng 52% dự toán năm.")
    lead = ("Chiều 12/3, Ban Thường vụ Đảng ủy xã Ea Hleo họp đánh giá kết quả quý I năm 2026. Trong quý, xã có thêm "
            "3 thôn đạt chuẩn văn hóa kiểu mẫu.")
    text = f"{head}\n\n{lead}\n\nChia sẻ | Facebook | Zalo | Bình luận\n\n{body}\n\n{PARA}\n"
    wrapped = "\n".join(wrap(p, 76) for p in text.split("\n\n")) + "\n"  # the copy with no blank line kept
    assert len([f for f in extract_text(text).facts if f.raw == "3 thôn"]) == 1
    assert len([f for f in extract_text(wrapped).facts if f.raw == "3 thôn"]) == 1


# -- related headlines closed by their dates --------------------------------------------------------------------------


def test_related_headlines_closed_by_their_dates_stay_one_a_line() -> None:
    text = _copy("Những tin cũ hơn", "Ea Hleo: Ra quân làm đường giao thông nông thôn đợt một (14/03/2026)",
                 "Tiếp nhận 500 tấn xi măng hỗ trợ xây dựng nông thôn mới (09/03/2026)")
    assert _kept(text, "Tiếp nhận 500 tấn xi măng")
    doc = load_text(text)
    at = doc.text.index("500 tấn")
    assert any(a <= at < b for a, b in doc.chrome)  # a related headline, no fact of the report


def test_a_sentence_going_on_after_a_bracketed_date_is_joined() -> None:
    # near-miss: a decision's date in brackets inside a sentence that runs on in lowercase
    text = _copy("Thực hiện Kế hoạch của Ủy ban nhân dân xã về chuyển đổi số (14/03/2026)",
                 "các thôn đã hoàn thành việc cập nhật dữ liệu dân cư trên hệ thống.")
    assert not _kept(text, "các thôn đã hoàn thành")


# -- a ticker in the page's head ------------------------------------------------------------------------------------------


def test_a_ticker_under_a_full_menu_line_opens_its_own_line() -> None:
    text = _copy("Trang chủ | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc",
                 "Nóng: Mưa lớn gây sạt lở 12 điểm trên tỉnh lộ | Xã đón 9.000 lượt khách",
                 "dịp lễ | Giá cà phê tăng 2.000 đồng/kg")
    assert _kept(text, "Nóng: Mưa lớn")
    doc = load_text(text)
    assert not [f for f in extract_text(doc.text).facts if f.raw in ("12 điểm", "9.000 lượt khách")]


def test_a_sentence_word_without_the_ticker_shape_is_joined() -> None:
    # near-miss: the label's word opening a line of prose (no colon or bar after it) goes on the sentence (under a
    # full line of prose: under a menu's line of bars it opens a line of its own since parity39, typography._bars_apart)
    text = _copy("Sau nhiều tháng nắng hạn kéo dài trên địa bàn xã, các hộ dân đã gieo sạ muộn và",
                 "Nóng lòng chờ mùa mưa, bà con các thôn đã chủ động nạo vét kênh mương.")
    assert not _kept(text, "Nóng lòng chờ")


# -- a photo's caption closed by its credit ---------------------------------------------------------------------------


def test_a_subheading_under_a_caption_closed_by_its_credit_is_a_line_of_its_own() -> None:
    text = _copy("Quang cảnh hội nghị Ban Thường vụ Đảng ủy xã Ea Hleo. Ảnh: Hồng Nhung",
                 "Dành 40% vốn đầu tư công cho giao thông kết nối các thôn")
    assert _kept(text, "Dành 40% vốn đầu tư công")


def test_a_credit_name_cut_across_the_break_is_joined() -> None:
    # near-miss: the credit's name cut by the copy's break ("Ảnh: Hồng" / "Nhung"): one name
    text = _copy("Quang cảnh hội nghị Ban Thường vụ Đảng ủy xã Ea Hleo mở rộng. Ảnh: Hồng",
                 "Nhung")
    assert not _kept(text, "Nhung")


# -- a time word after a unit's word in a headline in capitals ----------------------------------------------------------


def test_a_month_after_the_units_word_in_a_capitals_headline_is_no_place() -> None:
    lead = "\n\nChiều ngày 04/11/2026, UBND huyện tổ chức hội nghị thường kỳ tháng 10 năm 2026.\n"
    assert extract_text("HỘI NGHỊ THƯỜNG KỲ UBND HUYỆN THÁNG 10 NĂM 2026" + lead).meeting.locality is None
    assert extract_text("UBND XÃ NĂM 2026: TỔNG KẾT CÔNG TÁC" + lead).meeting.locality is None
    # near-miss: the district's name between the unit's word and the month is read
    m = extract_text("HỘI NGHỊ THƯỜNG KỲ UBND HUYỆN KIM SƠN THÁNG 10 NĂM 2026" + lead).meeting
    assert (m.locality, m.locality_kind) == ("Kim Sơn", "huyện")


# -- the news lead below a page's head --------------------------------------------------------------------------------

_HEAD = ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA HLEO\n\nCơ quan của Đảng bộ, chính quyền và Nhân dân\n\nTiếng Việt | English\n\n"
         "Thứ Năm, 02/04/2026\n\nTin tức - Sự kiện > Chính quyền\n\nEa Hleo thu ngân sách quý I hơn 21 tỷ đồng\n\n")
_BODY = ("\n\nChiều 1/4, UBND xã Ea Hleo tổ chức hội nghị đánh giá tình hình kinh tế - xã hội quý I năm 2026.\n\n"
         "Theo báo cáo, tổng thu ngân sách trên địa bàn quý I đạt 21,3 tỷ đồng, bằng 31,5% dự toán năm; giải ngân vốn "
         "đầu tư công đạt 48,2 tỷ đồng.\n")


def _raws(lead: str) -> list[str]:
    return [f.raw for f in extract_text(_HEAD + lead + _BODY).facts]


def test_a_rounded_figure_of_the_news_lead_below_a_pages_head_is_the_bodys() -> None:
    # the lead is the first paragraph closed by a stop, however many lines of the page's head stand above it
    got = _raws("Quý I, xã Ea Hleo thu ngân sách hơn 21 tỷ đồng, giải ngân vốn đầu tư công đạt 48,2 tỷ đồng.")
    assert "hơn 21 tỷ đồng" not in got and "21,3 tỷ đồng" in got


def test_an_exact_figure_of_the_lead_stays_its_own() -> None:
    # near-miss: a figure the lead states without a rounding word, another than the body's, is a fact of its own
    got = _raws("Quý I, xã Ea Hleo thu tiền sử dụng đất 18 tỷ đồng, giải ngân vốn đầu tư công đạt 48,2 tỷ đồng.")
    assert "18 tỷ đồng" in got and "21,3 tỷ đồng" in got


# -- the plan before its verb after a time's number ---------------------------------------------------------------------


def test_an_adverb_after_a_times_number_opens_the_plan_before_its_verb() -> None:
    f = one("Thu ngân sách trên địa bàn xã đến hết tháng 10 mới so kế hoạch đạt 64,2%.", "64,2%")
    assert (f.role, f.subject) == ("plan_pct", "Thu ngân sách trên địa bàn xã")
    # near-miss: "mới" ending a noun ("nông thôn mới") before the plan stays the subject's word
    g = one("Xã có thêm 2 thôn đạt chuẩn nông thôn mới so kế hoạch đạt 50%.", "50%")
    assert g.role == "plan_pct" and g.subject is not None and g.subject.endswith("nông thôn mới")
