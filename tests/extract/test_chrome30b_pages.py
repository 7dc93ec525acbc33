"""How sites build pages (issue 10, chrome30b), in invented page snippets:

- a date printed only as an item's date in a list of dated links (a ward portal's "Văn bản mới" sidebar, a list of
  other news) dates that item, not the page: a page without a stamp of its own has no publication date from it;
- the lead photo's caption, closed by its credit, set between the byline and the lead hides no byline;
- a photo credit's pen name ("Ảnh: Minh Châu", some communes' name too) is no witness of a place's province.
"""

from __future__ import annotations

from soket.extract import extract_document
from soket.extract.places import credits_blanked
from soket.ingest import load_text
from soket.ingest.html import html_to_document

LEAD = ("Ngày 10/7, Ban Thường vụ Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024, triển khai "
        "nhiệm vụ 6 tháng cuối năm. Thu ngân sách trên địa bàn đạt 48,5 tỷ đồng, bằng 52% dự toán.")
BODY = ("Trong 6 tháng, toàn huyện kết nạp 86 đảng viên mới, đạt 57% chỉ tiêu Nghị quyết; giải quyết việc làm "
        "cho 1.250 lao động.")


def _page(article: str, sidebar: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Sơ kết 6 tháng</title></head><body>
<div class="header"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<div class="row"><div class="col-8"><div class="article-detail"><h1>Huyện ủy Tân Lập sơ kết 6 tháng đầu năm</h1>
{article}<p>{LEAD}</p><p>{BODY}</p></div></div>
<div class="col-4">{sidebar}</div></div><div class="footer">Bản quyền thuộc về Huyện ủy.</div></body></html>""".encode()


_DOCS = """<div class="box-vanban"><h2>Văn bản mới</h2><ul class="list-vb">
<li><a href="/vb/1">Quyết định số 25/QĐ-UBND</a><span class="date">Ngày ban hành: 07/07/2025</span><p>Về việc kiện toàn Ban Chỉ đạo</p></li>
<li><a href="/vb/2">Kế hoạch số 18/KH-UBND</a><span class="date">Ngày ban hành: 01/07/2025</span><p>Triển khai nhiệm vụ quý III</p></li>
<li><a href="/vb/3">Thông báo số 09/TB-UBND</a><span class="date">Ngày ban hành: 30/06/2025</span><p>Lịch tiếp công dân</p></li>
</ul></div>"""

_NEWS = """<div class="other-news"><h3>Tin khác</h3>
<div class="item"><a href="/t/1">Trao 25 suất quà cho hộ nghèo</a><div class="time">08/07/2025</div></div>
<div class="item"><a href="/t/2">Ra mắt mô hình tổ dân phố an toàn</a><div class="time">03/07/2025</div></div></div>"""


def test_a_sidebar_documents_issue_date_is_no_publication_date():
    doc = html_to_document(_page("", _DOCS))
    assert doc.published is None
    rec = extract_document(doc).to_dict()
    assert rec["meeting"]["date"] == "2024-07-10"  # the report's "Ngày 10/7" with its own year, not 2025's


def test_a_list_of_other_news_dates_its_items_not_the_page():
    assert html_to_document(_page("", _NEWS)).published is None


def test_the_pages_own_stamp_stays_its_date():
    stamp = "<div class='meta'><span class='date'>12/07/2024 08:30</span> <span class='author'>Minh Anh</span></div>"
    assert html_to_document(_page(stamp, _DOCS)).published == "2024-07-12"
    # the page's day is a sidebar document's day too: printed once outside the list, it stays the page's
    same = "<div class='meta'><span class='date'>07/07/2025 08:30</span></div>"
    assert html_to_document(_page(same, _DOCS)).published == "2025-07-07"
    # a line of fields as list items, one of them dated: no list of dated items
    fields = ("<ul class='meta'><li><span class='date'>12/07/2024</span></li><li><a href='/tac-gia/1'>Minh Anh</a></li>"
              "<li>Lượt xem: 120</li></ul>")
    assert html_to_document(_page(fields, _DOCS)).published == "2024-07-12"


_CAPTION = ("<table class='image'><tbody><tr><td><img src='/a.jpg' alt=''></td></tr><tr><td class='image_desc'><em>"
            "Quang cảnh hội nghị. Ảnh: Thu Hà</em></td></tr></tbody></table>")


def test_a_caption_with_its_credit_under_the_byline_hides_no_byline():
    page = _page(f"<p>Cập nhật ngày: 11/07/2024 - 08:40<br>Minh Anh</p>{_CAPTION}", "")
    assert extract_document(html_to_document(page)).to_dict()["authors"] == ["Minh Anh"]
    title = "Huyện ủy Tân Lập sơ kết 6 tháng đầu năm"
    for cap in ("Quang cảnh hội nghị. Ảnh: Thu Hà", "| Quang cảnh hội nghị. Ảnh: Thu Hà |",
                "Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị (Ảnh: TTXVN)."):
        text = f"{title}\nMinh Anh\n11/07/2024 08:40\n\n{cap}\n\n{LEAD}\n\n{BODY}\n"
        assert extract_document(load_text(text)).to_dict()["authors"] == ["Minh Anh"], cap


def test_a_caption_under_the_title_hides_no_byline():
    """review33 (people._photo_caption, one test of a caption line): under the title, above the byline, a caption is
    one by its shape ("Quang cảnh hội nghị": a few words, no stop) or by its credit ("(Ảnh: TTXVN)", which its closing
    bracket kept from the shape)."""
    title = "Huyện ủy Tân Lập sơ kết 6 tháng đầu năm"
    for cap in ("Quang cảnh hội nghị", "Ảnh: Thu Hà", "(Ảnh: TTXVN)"):
        text = f"{title}\n{cap}\nMinh Anh\n11/07/2024 08:40\n\n{LEAD}\n\n{BODY}\n"
        assert extract_document(load_text(text)).to_dict()["authors"] == ["Minh Anh"], cap


def test_a_caption_without_a_credit_is_no_caption_line():
    # a line of prose between the names and the lead: the names stand over no lead
    text = f"Huyện ủy Tân Lập sơ kết 6 tháng đầu năm\nMinh Anh\n\nHội nghị diễn ra trong một ngày\n\n{LEAD}\n"
    assert extract_document(load_text(text)).to_dict()["authors"] == []


def test_a_photo_credits_pen_name_is_no_witness_of_a_province():
    base = ("HĐND xã Thanh Hà họp kỳ họp thứ 7\n\n{cap}Ngày 10/7/2024, HĐND xã Thanh Hà khóa XX, nhiệm kỳ 2021-2026 tổ "
            "chức kỳ họp thứ 7 đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2024. Thu ngân sách trên địa bàn "
            "đạt 5 tỷ đồng.\n")
    plain = extract_document(load_text(base.format(cap=""))).to_dict()["meeting"]["province"]
    for cap in ("Quang cảnh kỳ họp. Ảnh: Minh Châu\n\n", "Quang cảnh kỳ họp (Ảnh: Minh Châu)\n\n"):
        # "Minh Châu": communes of Hà Nội, Hưng Yên, Nghệ An and Quảng Ninh; "xã Thanh Hà": of Hà Nam, Nghệ An, Phú Thọ
        assert extract_document(load_text(base.format(cap=cap))).to_dict()["meeting"]["province"] == plain, cap


def test_credits_blanked():
    assert credits_blanked("Quang cảnh. Ảnh: Minh Châu") == "Quang cảnh. Ảnh: " + " " * len("Minh Châu")
    assert credits_blanked("(Ảnh: Văn Nghị).") == "(Ảnh: " + " " * len("Văn Nghị") + ")."
    assert credits_blanked("Nguồn: Báo Bắc Kạn") == "Nguồn: Báo Bắc Kạn"  # a source names an outlet and its place
    caption = "Ảnh minh họa: Quang cảnh hội nghị xã Hòa Bình"  # a caption after the lead, no credit
    assert credits_blanked(caption) == caption
