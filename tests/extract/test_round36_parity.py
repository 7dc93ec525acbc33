"""Round 36 (parity36): a report read the same whatever form its copy takes. A copy out of a PDF pasted into a page
with its lines kept (<br>), the same copy wrapped again at a narrower width or with a blank line after every line, a
written report's header block and text table pasted into a page with its tabs and runs of blanks kept. Reports and
pages invented for these tests (a commune "Hòa Phong" and a district "Tân Lộc", no document's words)."""

from __future__ import annotations

import html

from _sentences import wrap
from soket.extract import extract_document, extract_text
from soket.extract.structure import parse_official
from soket.ingest import load_bytes
from soket.ingest.html import _cells_line, _wrapped_breaks_joined
from soket.ingest.typography import unwrap_lines

# -- a PDF copy's lines: the report as its copy is hard-wrapped at 84 characters ---------------------------------------

_COPY = """Thực hiện Nghị quyết của Hội đồng nhân dân huyện về nhiệm vụ năm 2025, Ủy ban nhân dân
huyện Tân Lộc báo cáo kết quả thực hiện 6 tháng đầu năm 2025 như sau:
Tổng diện tích gieo trồng vụ Đông Xuân đạt 12.400 ha, bằng 100,8% kế hoạch, năng suất
bình quân ước 6,3 tấn/ha. Tổng đàn lợn hiện có 41.200 con, tăng 2,6% so với cùng kỳ năm
trước; không để xảy ra dịch bệnh lớn trên đàn gia súc, gia cầm trên địa bàn huyện.
Giá trị sản xuất công nghiệp ước đạt 1.312 tỷ đồng, đạt 48,5% kế hoạch, tăng 7,9% so với
cùng kỳ. Tổng thu ngân sách nhà nước trên địa bàn ước đạt 96,2 tỷ đồng, đạt 55,1% dự toán
tỉnh giao. Vốn đầu tư công năm 2025 huyện quản lý đã giải ngân 88,4 tỷ đồng/174,6 tỷ
đồng, đạt 50,6%; một số công trình trọng điểm đang được đẩy nhanh tiến độ thi công.
Giải quyết việc làm cho 640 lao động, đạt 53% kế hoạch năm; tỷ lệ hộ nghèo giảm còn 1,12%."""


def _rewrapped(text: str, width: int) -> str:
    """Each line of ``text`` cut again at a space before ``width`` characters (an e-mail forwarding a wrapped copy)."""
    return "\n".join(wrap(line, width) for line in text.split("\n"))


def _facts(text: str) -> set[tuple[str, str]]:
    return {(f.raw, f.role) for f in extract_text(text).facts}


def test_a_copy_wrapped_again_at_a_narrower_width_reads_as_the_copy() -> None:
    """Lines of 84 characters cut again at 72 leave a full line then a short remainder ("tỷ" / "đồng, đạt 50,6%"); the
    break after the remainder is the first copy's, inside its sentence: joined as the copy's own breaks are."""
    again = _rewrapped(_COPY, 72)
    assert "\nđồng, đạt 50,6%" in again  # the figure's unit on a line of its own
    assert _facts(again) == _facts(_COPY)
    assert "88,4 tỷ đồng/174,6 tỷ đồng" in {f.raw for f in extract_text(again).facts}
    joined = unwrap_lines(again)
    assert "năng suất bình quân ước 6,3 tấn/ha" in joined
    assert len(joined) == len(again)  # one character for one: offsets hold


def test_a_remainder_before_a_heading_a_list_item_or_a_new_sentence_keeps_its_break() -> None:
    """The remainder closes on a stop, or the next line opens a list item or a capital: the break is a paragraph's."""
    text = _rewrapped(_COPY, 72) + "\n" + "\n".join([
        "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025",
        "- Tập trung chỉ đạo thu hoạch vụ Hè Thu, chuẩn bị tốt các điều kiện cho sản xuất cây",
        "vụ Đông.",
        "- Phấn đấu tổng thu ngân sách cả năm đạt và vượt dự toán tỉnh giao, giải ngân trên 95%",
        "kế hoạch vốn đầu tư công."])
    joined = unwrap_lines(_rewrapped(text, 72))
    assert "\nII. NHIỆM VỤ TRỌNG TÂM" in joined
    assert "\n- Phấn đấu tổng thu" in joined
    assert "sản xuất cây vụ Đông." in joined and "trên 95% kế hoạch vốn" in joined


def test_a_copy_with_a_blank_line_after_every_line_reads_as_the_copy() -> None:
    """A copy putting a blank line after every line: a blank line between a line that ends on a word, a figure or a
    comma and one going on in lowercase or with a figure is the copy's spacing, not a paragraph's end."""
    spaced = "\n\n".join(_COPY.split("\n"))
    assert {(r.replace("  ", " "), role) for r, role in _facts(spaced)} == _facts(_COPY)  # "tỷ  đồng": one for one
    joined = unwrap_lines(spaced)
    assert "giải ngân 88,4 tỷ đồng/174,6 tỷ  đồng, đạt 50,6%" in joined
    assert len(joined) == len(spaced)


def test_a_blank_line_after_a_stop_or_before_a_list_item_stays_a_paragraph_break() -> None:
    spaced = "\n\n".join([*_COPY.split("\n"), "a) Nông nghiệp", "Vụ Hè Thu xuống giống 11.900 ha, đạt 98,2% kế",
                          "hoạch; tiến độ thu hoạch đạt khoảng 40% diện tích gieo trồng toàn huyện."])
    joined = unwrap_lines(spaced)
    assert "còn 1,12%.\n\na) Nông nghiệp\n\nVụ Hè Thu" in joined
    assert "đạt 98,2% kế  hoạch;" in joined


def test_paragraphs_of_short_lines_apart_by_blank_lines_are_no_wrapped_copy() -> None:
    """Short lines apart by blank lines (a list of names, a programme): no copy's width, nothing joined."""
    text = "\n\n".join(["Chương trình kỳ họp", "khai mạc lúc 7 giờ 30", "báo cáo của Ủy ban nhân dân",
                        "thảo luận tại tổ", "bế mạc"] * 3)
    assert unwrap_lines(text) == text


# -- the PDF copy pasted into a page with its lines kept as <br> ------------------------------------------------------

def _page(body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>Huyện Tân Lộc: kinh tế - xã hội 6 tháng đầu năm 2025</title>"
            f"</head><body><article><h1>Huyện Tân Lộc: kinh tế - xã hội 6 tháng đầu năm 2025</h1>{body}</article>"
            f"</body></html>").encode()


def test_a_pdf_copy_pasted_with_its_line_breaks_reads_as_the_copy() -> None:
    """A <p> whose lines apart by <br> are a hard-wrapped copy's is the same hard-wrapped text: its breaks inside a
    sentence are spaces, so a sum broken over two lines ("174,6 tỷ" / "đồng") is read whole."""
    body = "<p>" + "<br>\n".join(html.escape(x) for x in _COPY.split("\n")) + "</p>"
    doc = load_bytes(_page(body), name="trang.html")
    assert "giải ngân 88,4 tỷ đồng/174,6 tỷ đồng, đạt 50,6%" in doc.text
    page = {(f.raw, f.role) for f in extract_document(doc).facts}
    assert page == _facts(_COPY)


def test_lines_apart_by_br_that_are_no_wrapped_copy_keep_their_breaks() -> None:
    """An address block and a programme as <br> lines (short lines, none cut in a sentence) are left as they are."""
    body = ("<p>Ủy ban nhân dân xã Hòa Phong<br>Địa chỉ: thôn Đông, xã Hòa Phong<br>Điện thoại: 0235.3861.234<br>"
            "Email: ubnd@example.gov.vn<br>Giờ làm việc: sáng 7 giờ 30, chiều 13 giờ 30<br>Thứ Hai đến Thứ Sáu</p>"
            "<p>Chương trình: khai mạc<br>báo cáo tình hình kinh tế - xã hội<br>thảo luận<br>bế mạc<br>chụp ảnh<br>"
            "kết thúc</p>")
    page = _page(body).decode("utf-8")
    assert _wrapped_breaks_joined(page) == page


# -- a written report's header block and text table pasted into a page with its gaps kept ------------------------

_HEAD = ["ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ HÒA PHONG\t\t\tĐộc lập - Tự do - Hạnh phúc",
         "-------\t\t\t---------------", "Số: 41/BC-UBND\t\t\tHòa Phong, ngày 25 tháng 6 năm 2025"]


def test_a_header_block_in_two_columns_apart_by_tabs_names_its_issuer() -> None:
    """The left column closed by tabs before the motto's column is the issuing body ("ỦY BAN NHÂN DÂN" over "XÃ HÒA
    PHONG"), as with spaces or '|' between the columns."""
    h = parse_official("\n".join([*_HEAD, "", "BÁO CÁO", "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025", "",
                                  "Tổng thu ngân sách xã đạt 3,2 tỷ đồng."]))
    assert h is not None and h.body_type == "peoples_committee"
    assert (h.locality_kind, h.locality) == ("xã", "Hòa Phong")


_TABLE = ["Chỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tSo KH (%)", "Diện tích lúa\tha\t420\t431\t102,6",
          "Sản lượng lương thực\ttấn\t2.650\t2.702\t102,0"]


def test_a_pages_tabs_and_runs_of_blanks_between_cells_are_kept() -> None:
    assert _cells_line("Diện tích lúa\tha\t420\t\t102,6 ") == "Diện tích lúa\tha\t420\t\t102,6"
    assert _cells_line("Chỉ tiêu&nbsp;".replace("&nbsp;", "\u00a0") + "\u00a0\u00a0 Đơn vị") == "Chỉ tiêu    Đơn vị"
    assert _cells_line("Thu  ngân sách\u00a0đạt 3,2 tỷ đồng") == "Thu  ngân sách đạt 3,2 tỷ đồng"
    assert _cells_line("Thu ngân sách\u00a0đạt 3,2\u00a0tỷ đồng") == "Thu ngân sách đạt 3,2 tỷ đồng"  # one blank: a space


def test_a_text_table_pasted_into_a_page_reads_as_in_the_text() -> None:
    """The page keeps the table's rows as <br> lines of one <p> and the tabs between cells: the rows stay together and
    their cells apart, so the table's figures are read as the text's."""
    text = "\n".join([*_HEAD, "", "BÁO CÁO", "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025", "",
                      "Kết quả một số chỉ tiêu chủ yếu như sau:", "", *_TABLE, "",
                      "Tổng thu ngân sách xã đạt 3,2 tỷ đồng, bằng 61,5% dự toán huyện giao."])
    blocks = [b for b in text.split("\n\n") if b]
    body = "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)
    doc = load_bytes(_page(body), name="trang.html")
    assert "\n".join(_TABLE) in doc.text
    txt = extract_text(text)
    page = extract_document(doc)
    assert sorted((f.raw, f.role) for f in page.facts) == sorted((f.raw, f.role) for f in txt.facts)
    assert page.meeting.body_kind == txt.meeting.body_kind == "peoples_committee"


def test_a_sum_and_its_unit_two_blanks_apart_is_one_figure() -> None:
    """A copy's line break joined as a blank beside another ("174,6 tỷ  đồng") leaves the sum whole."""
    raws = {f.raw for f in extract_text("Huyện đã giải ngân 88,4 tỷ đồng/174,6 tỷ  đồng, đạt 50,6%.").facts}
    assert "88,4 tỷ đồng/174,6 tỷ  đồng" in raws
    raws = {f.raw for f in extract_text("Thu ngân sách đạt 96,2  tỷ đồng, bằng 55,1% dự toán.").facts}
    assert "96,2  tỷ đồng" in raws


# -- a rule across a printed page's copy, rewrapped --------------------------------------------------------------------

def test_a_rule_across_the_page_is_a_line_of_its_own_in_a_wrapped_copy() -> None:
    """A rule ("-----", "=====") after a full line is no part of it: the byline above it and the panel below stay
    lines of their own."""
    text = _COPY + "\n" + "\n".join([
        "Huyện phấn đấu cả năm giải ngân trên 95% kế hoạch vốn đầu tư công được giao trong",
        "năm 2025, hoàn thành các chỉ tiêu chủ yếu Nghị quyết Hội đồng nhân dân huyện đề ra.",
        "MINH ANH - THU HÀ",
        "-" * 60,
        "TIN VẮN: Sáng 24-6, huyện tổ chức hội nghị sơ kết công tác cải cách hành chính.",
        "=" * 64])
    joined = unwrap_lines(text)
    assert "\nMINH ANH - THU HÀ\n" + "-" * 60 + "\nTIN VẮN" in joined
    assert "hành chính.\n" + "=" * 64 in joined
    assert "được giao trong năm 2025" in joined  # the lines of prose still joined


# -- an interview's byline led by a dash under its last line ---------------------------------------------------------

def test_a_dash_led_byline_under_an_interviews_thanks_is_the_byline() -> None:
    text = ("Huyện Tân Lộc: giữ nhịp tăng trưởng 6 tháng đầu năm\n\n"
            "PV: Thưa đồng chí, 6 tháng đầu năm 2025 huyện đạt được những kết quả nổi bật nào?\n\n"
            "Đồng chí Lê Văn Bình: Tổng thu ngân sách trên địa bàn ước đạt 96,2 tỷ đồng, bằng 55,1% dự toán tỉnh "
            "giao; toàn huyện giải quyết việc làm cho 640 lao động.\n\n"
            "PV: Xin cảm ơn đồng chí!\n– Minh Anh\n")
    assert extract_text(text).authors == ["Minh Anh"]
    # a dash-led line under a question is an item, not a byline
    assert extract_text(text.replace("PV: Xin cảm ơn đồng chí!", "PV: Huyện có kiến nghị gì?")).authors == []


# -- a plan named before its verb after an adverb opening the clause -------------------------------------------------

def test_an_adverb_opening_a_clause_before_a_plan_named_first_is_no_subject() -> None:
    f = {x.raw: x for x in extract_text("Diện tích trồng rừng tập trung đạt 210 ha, mới so kế hoạch đạt 42%.").facts}
    assert (f["42%"].role, f["42%"].subject) == ("plan_pct", "Diện tích trồng rừng tập trung")
    f = {x.raw: x for x in extract_text("Vốn đầu tư công đã giải ngân 64 tỷ đồng, chỉ so dự toán đạt 38%.").facts}
    assert (f["38%"].role, f["38%"].subject) == ("plan_pct", "Vốn đầu tư công đã giải ngân")
    # "mới" closing a noun ("nông thôn mới") before the plan is the noun's
    f = {x.raw: x for x in extract_text("Số xã đạt chuẩn nông thôn mới so kế hoạch đạt 80%.").facts}
    assert f["80%"].subject is not None and f["80%"].subject.endswith("nông thôn mới")


# -- a unit's budget before a figure typed with a spaced decimal comma -----------------------------------------------

def test_a_wards_budget_before_a_spaced_decimal_is_no_wards_number() -> None:
    f = {x.raw: x for x in extract_text("Năm 2026, tổng thu ngân sách phường 96, 2 tỉ đồng, tổng chi 90,5 tỉ đồng.").facts}
    assert f["96, 2 tỉ đồng"].value == 96_200_000_000
    # a numbered ward before a figure stays a ward's name ("phường 3", then "4 nghìn người")
    raws = {x.raw for x in extract_text("Dân số phường 3, 4 nghìn người, tăng 2% so với năm trước.").facts}
    assert "3, 4 nghìn người" not in raws
