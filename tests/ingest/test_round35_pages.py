"""Pages of round 35 (meta35) read as their readers would: an old portal set in one big layout table, a byline element
whose name stands in bold, a headline printed in two parts over a lead the extractor leaves out, a ticker line, a
page's buttons in brackets, a PDF copy's running footer. Pages invented for these tests."""

from __future__ import annotations

from soket.extract import extract_document
from soket.ingest import load_bytes
from soket.ingest.chrome import find_chrome
from soket.ingest.html import _layout_tables_unwrapped


def _chrome(text: str) -> list[str]:
    return [text[a:b] for a, b in find_chrome(text)]


# -- an old portal laid out in one big table: the article's own table in its centre cell -------------------------

_LEAD = ("Ngày 18/12, Ban Chấp hành Đảng bộ huyện Tân Lạc khóa XX tổ chức Hội nghị lần thứ 11 tổng kết công tác năm "
         "2019, triển khai nhiệm vụ năm 2020.")
_CHAIR = ("Đồng chí Bùi Văn Tâm, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Ủy viên "
          "Ban Chấp hành Đảng bộ huyện và lãnh đạo các ban, ngành.")
_BODY = ("Năm 2019, tổng giá trị sản xuất trên địa bàn ước đạt 4.120 tỷ đồng, tăng 8,6% so với năm 2018. Tổng thu "
         "ngân sách trên địa bàn đạt 96,5 tỷ đồng, bằng 121% dự toán tỉnh giao. Toàn huyện có thêm 3 xã đạt chuẩn "
         "nông thôn mới.")
_LIMITS = ("Hội nghị cũng chỉ ra những hạn chế: tiến độ giải phóng mặt bằng một số dự án còn chậm; chất lượng sinh "
           "hoạt chi bộ ở một số nơi chưa cao; tình trạng khai thác khoáng sản trái phép chưa được xử lý dứt điểm.")
_TASK = ("Năm 2020, huyện phấn đấu tổng giá trị sản xuất tăng từ 9% trở lên; thu ngân sách trên địa bàn đạt 100 tỷ "
         "đồng; giữ vững quốc phòng, an ninh.")
_BIG_TABLE = f"""<html><head><meta charset="utf-8"><title>Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 11</title></head>
<body><table width="1000" class="main">
<tr><td colspan="3"><img src="/banner.jpg" alt="CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN LẠC"></td></tr>
<tr><td colspan="3" class="menu"><a href="/">TRANG CHỦ</a> | <a href="/gt">GIỚI THIỆU</a> | <a href="/tt">TIN TỨC</a></td></tr>
<tr><td width="200" class="left"><table width="100%">
<tr><td class="titlebox">DANH MỤC</td></tr>
<tr><td class="linkbox">» <a href="/ct">Chính trị</a><br>» <a href="/kt">Kinh tế</a></td></tr></table></td>
<td width="600" class="center"><div class="path">Trang chủ » Tin tức » Chính trị</div>
<table width="100%">
<tr><td class="newstitle">Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 11</td></tr>
<tr><td class="newsdate">Cập nhật: 19/12/2019 08:30 | Lượt xem: 512</td></tr>
<tr><td class="newscontent"><p><b>{_LEAD}</b></p><p>{_CHAIR}</p><p>{_BODY}</p><p>{_LIMITS}</p><p>{_TASK}</p>
<p align="right"><b>Thu Trang</b></p></td></tr></table>
<table width="100%" class="othernews"><tr><td class="titlebox">CÁC TIN KHÁC</td></tr>
<tr><td>» <a href="#">Huyện Tân Lạc trao 250 suất quà Tết cho hộ nghèo</a> (17/12/2019)<br>
» <a href="#">Khánh thành cầu treo bản Chiềng, vốn 4 tỷ đồng</a> (15/12/2019)</td></tr></table></td>
<td width="200" class="right"><table width="100%"><tr><td class="titlebox">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td>Đang truy cập: 21<br>Tổng số: 402.118</td></tr></table></td></tr>
<tr><td colspan="3" class="footer">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN LẠC</td></tr>
</table></body></html>"""


def test_a_page_set_in_one_big_table_reads_its_article_as_paragraphs() -> None:
    """The page's columns are cells of one table whose centre cell holds the article's own table: the article's table
    lays out the page (paragraphs in a cell), so the table holding it does too; the page is read as blocks."""
    doc = load_bytes(_BIG_TABLE.encode("utf-8"), name="trang.html")
    paras = doc.text.split("\n\n")
    for p in (_LEAD, _CHAIR, _BODY, _LIMITS, _TASK):
        assert p in paras
    assert not any(_LEAD in c.text for t in doc.tables for row in t.rows for c in row)
    rec = extract_document(doc)
    assert (rec.meeting.body_kind, rec.meeting.session, rec.meeting.date) == ("executive_committee", 11, "2019-12-18")
    assert rec.meeting.chairs == ["Bùi Văn Tâm"]
    assert rec.authors == ["Thu Trang"]  # the byline over the side box "CÁC TIN KHÁC", read as a block
    assert not any(f.raw == "250 suất" or f.raw == "4 tỷ đồng" for f in rec.facts)  # other news: chrome


def test_a_side_box_of_one_column_inside_a_layout_table_is_read_as_blocks() -> None:
    """A one-column table inside a layout table (a box: its title over its links) is one of the page's parts."""
    out = _layout_tables_unwrapped(_BIG_TABLE)
    assert "<table" not in out and "<td" not in out


def test_a_data_table_in_the_article_cell_stays_a_table() -> None:
    """A table of figures (two columns, short cells) inside the article's cell is data: it stays a table."""
    data = ("<table border='1'><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>Thu ngân sách (tỷ đồng)</td>"
            "<td>96,5</td></tr><tr><td>Xã đạt chuẩn nông thôn mới</td><td>3</td></tr></table>")
    page = _BIG_TABLE.replace(f"<p>{_TASK}</p>", f"<p>{_TASK}</p>{data}")
    doc = load_bytes(page.encode("utf-8"), name="trang.html")
    assert any(c.text == "96,5" for t in doc.tables for row in t.rows for c in row)
    assert _BODY in doc.text.split("\n\n")


def test_a_table_of_short_cells_alone_on_a_page_is_no_layout() -> None:
    """A page whose only table is a one-column list of short cells, inside no layout table, keeps it a table."""
    page = ("<html><head><meta charset='utf-8'><title>Báo cáo</title></head><body><article><h1>Báo cáo</h1>"
            f"<p>{_BODY}</p><table><tr><td>Thu ngân sách</td></tr><tr><td>96,5 tỷ đồng</td></tr></table>"
            "</article></body></html>")
    assert _layout_tables_unwrapped(page) == page


# -- a byline element whose name stands in bold or in a link after the credit's words ------------------------------

_ARTICLE = ("<p>Chiều 9/7, HĐND xã Đăk Rve khóa I tổ chức kỳ họp thứ hai đánh giá tình hình kinh tế - xã hội 6 tháng "
            "đầu năm 2025. Đồng chí A Tâm, Chủ tịch HĐND xã chủ trì kỳ họp.</p><p>Thu ngân sách trên địa bàn 6 tháng "
            "đạt 4,2 tỷ đồng, bằng 58% dự toán năm. Kỳ họp thông qua 7 nghị quyết.</p>")


def _byline_page(byline: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>Kỳ họp thứ hai HĐND xã Đăk Rve</title></head><body><article>"
            f"<h1>Kỳ họp thứ hai HĐND xã Đăk Rve</h1><div class=\"detail-author\">{byline}</div>"
            f"<div class=\"detail-content\">{_ARTICLE}</div></article></body></html>").encode()


def test_a_byline_element_with_the_name_in_bold_after_the_credit_words() -> None:
    rec = extract_document(load_bytes(_byline_page("Bài, ảnh: <strong>HỒNG NHUNG</strong>"), name="a.html"))
    assert rec.authors == ["Hồng Nhung"]


def test_a_byline_element_with_the_name_in_a_span_or_a_link() -> None:
    for byline in ("Tin: <span>Minh Quân</span>", "Tin, ảnh: <a href='/tac-gia/minh-quan'>Minh Quân</a>"):
        rec = extract_document(load_bytes(_byline_page(byline), name="a.html"))
        assert rec.authors == ["Minh Quân"], byline


# -- a headline printed in two parts (a kicker line over the h1), the lead between it and the body -----------------

_TWO_PART = """<html><head><meta charset="utf-8"><title>Kỳ họp thứ 7 HĐND huyện Tân Phước: 18/20 chỉ tiêu đạt - Báo Tiền Phong Nam</title>
<meta property="og:title" content="Kỳ họp thứ 7 HĐND huyện Tân Phước: 18/20 chỉ tiêu đạt"></head><body>
<div class="path"><a href="/">Trang chủ</a> &gt; <a href="/ct">Chính trị</a></div>
<div class="detail"><div class="detail-subtitle">Kỳ họp thứ 7 HĐND huyện Tân Phước:</div>
<h1 class="detail-title">18/20 chỉ tiêu kinh tế - xã hội năm 2023 đạt kế hoạch</h1>
<div class="detail-date">Cập nhật: 09:40, 14/12/2023</div>
<div class="detail-sapo">(TPN) Sáng 13-12, HĐND huyện Tân Phước khóa XII khai mạc Kỳ họp thứ 7 đánh giá tình hình thực hiện nhiệm vụ năm 2023 và quyết định nhiệm vụ năm 2024.</div>
<div class="detail-content"><p>Đồng chí Lê Văn Hòa, Chủ tịch HĐND huyện chủ trì kỳ họp. Tham dự có lãnh đạo Huyện ủy, UBND huyện cùng 30 đại biểu HĐND huyện.</p>
<p>Tổng thu ngân sách nhà nước trên địa bàn ước đạt 165,2 tỷ đồng, đạt 108% dự toán, tăng 9,1% so với năm 2022. Giá trị sản xuất nông nghiệp tăng 3,2%.</p>
<p>Kỳ họp diễn ra trong 2 ngày, xem xét 14 tờ trình và dự thảo nghị quyết.</p></div></div></body></html>"""


def test_the_lead_under_a_headline_printed_in_two_parts_is_read() -> None:
    """The extractor keeps the h1 (worded unlike the og:title) and drops the lead printed under it: the lead is put
    back under the h1, and its day dates the meeting."""
    doc = load_bytes(_TWO_PART.encode("utf-8"), name="kh.html")
    assert "Sáng 13-12, HĐND huyện Tân Phước" in doc.text
    assert extract_document(doc).meeting.date == "2023-12-13"


# -- chrome: a ticker line opened by its label, a page's buttons in brackets, hashtags, a PDF copy's footer ---------

_S = "Thu ngân sách nhà nước trên địa bàn ước đạt 186,4 tỷ đồng, bằng 61,5% dự toán năm."


def test_a_ticker_line_opened_by_its_label_is_chrome() -> None:
    line = "TIN NÓNG | Mưa lớn, 14 tuyến phố ngập sâu | Giá vàng tăng 300.000 đồng/lượng | Lịch thi vào lớp 10"
    assert _chrome(f"{line}\n\n{_S}") == [line]
    line2 = "Tin mới: Xã Tân An khánh thành cầu 5 tỷ đồng • Huyện trao 200 suất quà"
    assert _chrome(f"{line2}\n\n{_S}") == [line2]


def test_a_label_opening_a_sentence_is_no_ticker() -> None:
    for line in ("Nổi bật, thu ngân sách 6 tháng đạt 120 tỷ đồng | tăng 12% so với cùng kỳ.",
                 "Nổi bật, thu ngân sách 6 tháng đạt 120 tỷ đồng, tăng 12% so với cùng kỳ."):
        assert _chrome(f"{line}\n\n{_S}") == []


def test_a_line_of_bracketed_buttons_is_chrome() -> None:
    text = f"{_S}\n\nHoài Thu - Văn phòng HĐND và UBND xã\n\n[In bài] [Gửi email] [Chia sẻ]\n"
    assert _chrome(text) == ["[In bài] [Gửi email] [Chia sẻ]"]
    rec = extract_document(load_bytes(text.encode(), name="a.txt"))
    assert rec.authors == ["Hoài Thu"]


def test_brackets_around_figures_or_one_label_are_no_buttons() -> None:
    """Figures in brackets and labels in brackets inside a sentence are no row of buttons. A line wholly in
    brackets, a letter first ("[Xem thêm]"), was kept here as one label, too few for a row of buttons; since round 45
    (facts45b, ingest/chrome.py ``_bracketed_lines``) such a line is a linked item set in the page (a related
    headline, "[Video: ...]", "[Infographic]"), no sentence of the report, and "Xem thêm" ("see more") is a link's own
    words: it is chrome now, by that rule, as one item of its own. No gold holds such a line as text."""
    for line in ("[1] [2] [3]", "Thu ngân sách [ước] đạt 12 tỷ đồng [tạm tính]"):
        assert _chrome(f"{_S}\n\n{line}\n\n{_S}") == [], line
    assert _chrome(f"{_S}\n\n[Xem thêm]\n\n{_S}") == ["[Xem thêm]"]


def test_a_line_of_hashtags_is_chrome() -> None:
    text = f"{_S}\n\n#XaTanAn #KyHopHDND #NongThonMoi\n"
    assert _chrome(text) == ["#XaTanAn #KyHopHDND #NongThonMoi"]


def test_a_hashtag_inside_a_sentence_is_no_chrome() -> None:
    text = f"Hưởng ứng chiến dịch #SongXanh, xã trồng 12.000 cây xanh trong 6 tháng.\n\n{_S}"
    assert _chrome(text) == []


def test_a_pdf_copys_running_footer_is_chrome() -> None:
    text = f"{_S}\n\n                                                  Trang 2/7\n\n{_S}\n"
    assert _chrome(text) == ["Trang 2/7"]
    assert _chrome(f"Kết quả được đăng ở Trang 2 của bản tin.\n\n{_S}") == []
