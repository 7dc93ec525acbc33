"""HTML: main content, title, date, byline, tables with offsets; hostile pages fall back linearly."""

from __future__ import annotations

import pytest

from _growth import assert_linear
from soket.errors import InputError
from soket.ingest import legacy, load_bytes
from soket.ingest.html import (
    FORM_WRAPPER_CHARS,
    _headline_end,
    _scrape,
    html_to_document,
    nesting_depth,
    scrape,
)

from .helpers import SAMPLE, to_cp1258

P1 = ("Sáng ngày 06/7, Ban Chấp hành Đảng bộ huyện Hàm Yên khóa XX đã họp hội nghị lần thứ 13, đánh giá tình "
      "hình thực hiện nhiệm vụ 6 tháng đầu năm 2018.")
P2 = ("Thu ngân sách đạt 316,7 tỷ đồng, bằng 56,4% dự toán, tăng 12% so với cùng kỳ năm trước. Tổng vốn đầu tư "
      "toàn xã hội đạt 1.200 tỷ đồng; giá trị sản xuất công nghiệp tăng 7,2%.")

PAGE = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị BCH Đảng bộ huyện lần thứ 13 - Cổng thông tin điện tử</title>
<meta property="article:published_time" content="2018-07-06T09:15:00+07:00">
<meta name="author" content="Thu Hà">
</head><body>
<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li>
<li><a href="/gt">Giới thiệu</a></li></ul></nav></header>
<div class="sidebar"><h3>Thống kê truy cập</h3><p>Online: 34</p><p>Tổng: 1.340.281</p></div>
<article>
<h1>Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 13</h1>
<p>{P1}</p>
<h2>Kết quả nổi bật</h2>
<p>{P2}</p>
<table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>
<tr><td>Thu ngân sách</td><td>316,7 tỷ đồng</td></tr>
<tr><td>Vốn đầu tư</td><td>1.200 tỷ đồng</td></tr></table>
<p>Lượt xem: 1.234</p>
</article>
<footer><p>Bản quyền © 2018 Huyện ủy Hàm Yên. Giấy phép số 12/GP-STTTT.</p></footer>
<script>var x = "<p>không phải nội dung 999</p>";</script>
</body></html>"""


def test_main_content_title_date_byline() -> None:
    doc = load_bytes(PAGE.encode(), name="trang.html")
    assert doc.format == "html" and doc.encoding == "utf-8"
    assert doc.title == "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 13"
    assert doc.published == "2018-07-06"
    assert doc.meta["byline"] == "Thu Hà"
    assert doc.text.startswith("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 13\n\n" + P1 + "\n\nKết quả nổi bật\n\n"
                               + P2 + "\n\n")
    for junk in ("Giới thiệu", "1.340.281", "Giấy phép", "999", "<"):
        assert junk not in doc.text


def test_chrome_left_inside_is_marked() -> None:
    doc = load_bytes(PAGE.encode(), name="trang.html")
    assert [doc.text[s:e] for s, e in doc.chrome] == ["Lượt xem: 1.234"]


def test_tables_carry_offsets_into_the_text() -> None:
    doc = load_bytes(PAGE.encode(), name="trang.html")
    (table,) = doc.tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["Chỉ tiêu", "Kết quả"], ["Thu ngân sách", "316,7 tỷ đồng"], ["Vốn đầu tư", "1.200 tỷ đồng"]]
    for row in table.rows:
        for cell in row:
            assert doc.text[cell.start:cell.end] == cell.text
    assert doc.text[table.start:table.end].startswith("| Chỉ tiêu | Kết quả |")


def _nested(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + f"<p>{P2}</p>" + "</div>" * depth + "</body></html>").encode()


def test_ten_thousand_nested_divs_fall_back_in_linear_time() -> None:
    """Past MAX_DEPTH no HTML parser is tried: 4 times the nesting costs about 4 times the CPU (compared, not
    timed: tests/_growth.py)."""
    page = _nested(10_000)
    doc = load_bytes(page, name="sau.html")
    assert doc.text == P2
    assert doc.meta["notes"] == ["HTML nested 10003 elements deep: text scraped without an HTML parser"]
    assert nesting_depth(page.decode()) == 10_003
    assert_linear(lambda data: load_bytes(data, name="sau.html"), _nested, 10_000)


def test_deep_inline_nesting_and_unclosed_tags() -> None:
    page = "<html><body><div>" + "<b><i>" * 5000 + P2 + "<p>" * 3000 + "</body>"
    doc = load_bytes(page.encode(), name="x.html")
    assert doc.text == P2


def test_broken_html() -> None:
    page = (f"<html><head><title>Tin tức<body><div class=a><p>{P1}<p>{P2}<div><span>Kết luận hội nghị "
            "<b>ngày 6/7<table><tr><td>Thu ngân sách<td>316,7 tỷ đồng")
    doc = load_bytes(page.encode(), name="hong.html")
    assert P1 in doc.text and P2 in doc.text
    assert "<" not in doc.text


def _brackets(n: int) -> str:
    return "<" * n + "<script" * 1000 + "a < b"


def test_scrape_is_linear_on_many_unclosed_angle_brackets() -> None:
    """Counted and compared, not timed: the close tags are looked for over at most twice the page, and 4 times the
    brackets cost about 4 times the CPU."""
    page = _brackets(200_000)
    out, scanned = _scrape(page)
    assert out.endswith("<" * 200_000) or "a < b" not in out
    assert scanned <= 2 * len(page)
    assert_linear(scrape, _brackets, 100_000)


def test_scrape_drops_scripts_styles_navigation_and_comments() -> None:
    page = ("<nav>Trang chủ | Tin tức</nav><style>p{color:red}</style><!-- 12% --><p>Một &amp; hai</p>"
            "<script>var a=1;</script><ul><li>Ba</li><li>Bốn</li></ul><footer>Online: 3</footer>")
    assert scrape(page) == "Một & hai\n\nBa\n\nBốn"


def test_declared_charset_windows_1258() -> None:
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>' \
           f'<body><article><p>{P1}</p><p>{P2}</p></article></body></html>'
    doc = load_bytes(to_cp1258(page), name="cu.html")
    assert doc.encoding == "cp1258"
    assert P1 in doc.text and P2 in doc.text


@pytest.mark.parametrize("enc", ["tcvn3", "vni"])
def test_legacy_font_page(enc: str) -> None:
    body = legacy.from_unicode(SAMPLE, enc)
    page = f'<html><head><meta charset="windows-1252"></head><body><article><p>{body}</p></article></body></html>'
    doc = load_bytes(page.encode("cp1252"), name="cu.htm")
    assert doc.encoding == enc
    assert "Tổng giá trị sản xuất của các ngành kinh tế ước gần 6.900 tỷ đồng" in doc.text


def test_page_without_text() -> None:
    with pytest.raises(InputError) as ei:
        load_bytes(b"<html><body><script>1</script><img src=a.png></body></html>", name="rong.html")
    assert str(ei.value) == "rong.html: no text found in the HTML page"


@pytest.mark.parametrize("charset", ["windows-1258", "koi8-r", "utf-16", "base64", "x-no-such-charset"])
def test_utf8_bytes_win_over_a_wrong_declared_charset(charset: str) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body><article><p>{P2}</p></article></body></html>'
    doc = load_bytes(page.encode("utf-8"), name="sai.html")
    assert doc.encoding == "utf-8"
    assert P2 in doc.text


def test_a_byline_of_two_names_is_kept_whole() -> None:
    page = PAGE.replace('<meta name="author" content="Thu Hà">', "").replace(
        "<p>Lượt xem: 1.234</p>", '<p class="author">Minh Thu - Quốc Tuấn</p>')
    doc = load_bytes(page.encode(), name="trang.html")
    assert doc.meta["byline"] == "Minh Thu - Quốc Tuấn"


def test_the_pages_own_byline_element_is_read_as_printed() -> None:
    page = PAGE.replace('<meta name="author" content="Thu Hà">', "").replace(
        "<p>Lượt xem: 1.234</p>", '<p class="tacgia"><strong>Tin, ảnh: HOÀNG YẾN</strong></p>')
    doc = load_bytes(page.encode(), name="trang.html")
    assert doc.meta["byline"] == "Tin, ảnh: HOÀNG YẾN"


def test_a_byline_element_whose_name_is_a_link_keeps_it() -> None:
    """"Bởi <a href="/author/...">Name</a>" (a blog template's byline): the linked name is the byline's."""
    page = PAGE.replace('<meta name="author" content="Thu Hà">', "").replace(
        "<p>Lượt xem: 1.234</p>", '<span class="post-author-name">Bởi <a href="/author/lan-anh">Lan Anh</a></span>')
    doc = load_bytes(page.encode(), name="trang.html")
    assert doc.meta["byline"] == "Bởi Lan Anh"


_LEAD_PAGE = """<html><head><title>Xã Tân Hòa: 12/14 chỉ tiêu đạt | Báo Tỉnh</title></head><body>
<header><a href="/">BÁO TỈNH</a></header><main><article>
<h1>Xã Tân Hòa: 12/14 chỉ tiêu đạt</h1>
<div class="meta"><span>05/01/2026 09:15</span> <a href="#">Chia sẻ</a></div>
<p class="lead">Ngày 4-1, Đảng ủy xã Tân Hòa tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4, đánh giá kết quả năm 2025.</p>
<div class="article-body">
<p>Đồng chí Lê Văn Sơn, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị. Năm 2025, tổng thu ngân sách trên địa bàn đạt 5,2 tỷ đồng, bằng 118% dự toán; toàn xã trồng mới 35 ha cây ăn quả.</p>
<p>Đảng bộ xã kết nạp 11 đảng viên mới, đạt 110% chỉ tiêu; tỷ lệ hộ nghèo giảm còn 1,4%. Xã hoàn thành xóa 9 căn nhà tạm cho hộ khó khăn.</p>
<p>Năm 2026, xã phấn đấu thu ngân sách đạt 6 tỷ đồng trở lên và giảm 30% số hộ nghèo so với đầu năm.</p>
</div></article></main></body></html>"""


def test_a_lead_printed_beside_the_body_is_put_back_after_the_title() -> None:
    # the article extractor takes the body's container (class article-body) alone
    doc = load_bytes(_LEAD_PAGE.encode(), name="trang.html")
    title, lead, first = doc.text.split("\n\n")[:3]
    assert title == "Xã Tân Hòa: 12/14 chỉ tiêu đạt"
    assert lead.startswith("Ngày 4-1, Đảng ủy xã Tân Hòa tổ chức Hội nghị")
    assert first.startswith("Đồng chí Lê Văn Sơn")
    assert "05/01/2026 09:15" not in doc.text  # the dateline between them is no lead
    # a lead the extractor kept is not added twice
    kept = _LEAD_PAGE.replace('<p class="lead">', '<div class="article-body"><p>').replace(
        'năm 2025.</p>\n<div class="article-body">', "năm 2025.</p>")
    assert load_bytes(kept.encode(), name="trang.html").text.count("Ngày 4-1, Đảng ủy xã") == 1


_SIDEBAR = '<aside><h3>Tin mới</h3><ul>' + "".join(
    f'<li><a href="/tin/{i}.aspx">Xã số {i} ra quân làm đường giao thông nông thôn dịp đầu năm</a></li>'
    for i in range(40)) + "</ul></aside>"


def test_a_form_that_wraps_the_page_keeps_its_content() -> None:
    """ASP.NET pages put the whole body in one <form>: its text stays (and the lead beside the body's
    container is found in it), while a search box or a comment form is still dropped."""
    body_at = _LEAD_PAGE.index("<body>") + len("<body>")
    page = (_LEAD_PAGE[:body_at] + '<form method="post" action="./tin-tuc.aspx" id="form1">'
            + _LEAD_PAGE[body_at:].replace("</body>", _SIDEBAR + "</form></body>"))
    assert len(page) > FORM_WRAPPER_CHARS  # the wrapper is longer than a form of controls
    text = scrape(page)
    assert "Ngày 4-1, Đảng ủy xã Tân Hòa tổ chức Hội nghị" in text and "11 đảng viên mới" in text
    doc = load_bytes(page.encode(), name="trang.aspx.html")
    assert doc.text.split("\n\n")[1].startswith("Ngày 4-1, Đảng ủy xã Tân Hòa tổ chức Hội nghị")
    search = '<form action="/tim-kiem"><input name="q"><button>Tìm kiếm</button> Nhập từ khóa</form>'
    comment = '<form class="binh-luan"><label>Họ tên</label><textarea></textarea>Gửi bình luận</form>'
    text = scrape(_LEAD_PAGE.replace("<main>", search + "<main>").replace("</main>", "</main>" + comment))
    assert "11 đảng viên mới" in text
    assert "Nhập từ khóa" not in text and "Gửi bình luận" not in text


@pytest.mark.parametrize("opener", ["<form>", "<nav>", "<head>"])
def test_scrape_scans_linearly_however_many_opens_share_one_close(opener: str) -> None:
    """Counted, not timed: the characters scanned for close tags stay within a few times the page's
    length whether the opens share one far close, or have none."""
    for tail in ("", "</" + opener[1:]):
        page = (opener + "<p>đoạn văn</p>" * 300) * 2000 + tail
        _, scanned = _scrape(page)
        assert scanned <= 2 * len(page)


def test_the_lead_is_put_back_when_the_title_carries_the_sites_name() -> None:
    for title in ("Xã Tân Hòa: 12/14 chỉ tiêu đạt - Báo Tỉnh", "Báo Tỉnh | Xã Tân Hòa: 12/14 chỉ tiêu đạt"):
        page = _LEAD_PAGE.replace("<title>Xã Tân Hòa: 12/14 chỉ tiêu đạt | Báo Tỉnh</title>",
                                  f'<title>{title}</title><meta property="og:title" content="{title}">')
        doc = load_bytes(page.encode(), name="trang.html")
        assert doc.title == title
        assert "Ngày 4-1, Đảng ủy xã Tân Hòa tổ chức Hội nghị" in doc.text.split("\n\n")[1]


def test_the_pages_declared_author_is_kept_beside_a_byline_element() -> None:
    page = PAGE.replace('<meta name="author" content="Thu Hà">', '<meta property="article:author" content="Diệu Linh">').replace(
        "<p>Lượt xem: 1.234</p>", '<p class="date-author">Ngày đăng: 02/03/2024 | Lượt xem: 31</p>')
    doc = load_bytes(page.encode(), name="trang.html")
    assert doc.meta["byline"] == "Ngày đăng: 02/03/2024 | Lượt xem: 31"
    assert doc.meta["author"] == "Diệu Linh"


def test_captions_the_article_extractor_would_leave_out_are_read_where_they_stand() -> None:
    """A photo caption is the report's text as in a page copy (its people and figures count): written as
    a paragraph in place, not kept beside the text."""
    page = PAGE.replace("<p>Lượt xem: 1.234</p>", '<figure><img src="a.jpg"><figcaption>Bà <b>Lê Thị Hoa</b>, Giám đốc '
                        'Sở Y tế báo cáo.<br>Ảnh: MINH KHOA</figcaption></figure>')
    doc = load_bytes(page.encode(), name="trang.html")
    assert "Bà Lê Thị Hoa, Giám đốc Sở Y tế báo cáo." in doc.text
    assert "captions" not in doc.meta
    # a caption the text holds is not kept twice
    assert "captions" not in load_bytes(PAGE.encode(), name="trang.html").meta


def test_a_caption_outside_the_article_is_another_storys() -> None:
    page = ('<html><head><title>Hội nghị Ban Chấp hành Đảng bộ huyện</title></head><body><main><article>'
            f'<h1>Hội nghị Ban Chấp hành Đảng bộ huyện</h1><p>{P1}</p><p>{P2}</p>'
            '<figure><img src="a.jpg"><figcaption>Bà Lê Thị Hoa, Giám đốc Sở Y tế báo cáo.</figcaption></figure>'
            '</article><aside><figure><img src="b.jpg"><figcaption>Ông Trần Văn Bình, Chủ tịch UBND tỉnh thăm '
            'công trình.</figcaption></figure></aside></main></body></html>')
    caps = load_bytes(page.encode(), name="trang.html").meta.get("captions") or []
    assert not any("Trần Văn Bình" in c for c in caps)


def test_the_declared_author_is_read_with_its_attributes_in_either_order() -> None:
    page = PAGE.replace('<meta name="author" content="Thu Hà">', '<meta content="Diệu Linh" name="author">')
    assert load_bytes(page.encode(), name="trang.html").meta["byline"] == "Diệu Linh"


def test_a_related_news_heading_outside_the_article_marks_its_headlines_as_chrome() -> None:
    """The article extractor drops an '<h3>Tin liên quan</h3>' outside the article but may keep the
    list under it; the heading is kept as a line, so the headlines (and their figures) are chrome."""
    from soket.extract import extract_document

    body = "".join(f"<p>{p}</p>" for p in [
        "Chiều 26/11, UBND xã Tân Lập họp phiên thường kỳ tháng 11 năm 2025 do Chủ tịch UBND xã Lê Văn Tâm chủ trì.",
        "Trong tháng, thu ngân sách xã ước đạt 12,4 tỷ đồng; lũy kế 11 tháng đạt 98,6 tỷ đồng, bằng 104% dự toán giao.",
        "Xã đã tư vấn việc làm cho 52 lao động và hỗ trợ sửa chữa 4 nhà ở cho hộ nghèo."])
    page = (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>UBND xã Tân Lập họp phiên thường kỳ "
            f"tháng 11</title></head><body><div class='header'>ỦY BAN NHÂN DÂN XÃ TÂN LẬP</div>\n"
            f"<div class='news-detail'>\n<h2 class='title'>UBND xã Tân Lập họp phiên thường kỳ tháng 11</h2>\n"
            f"<div class='info'>Ngày đăng: 27/11/2025 16:05 | Lượt xem: 356</div>\n{body}\n"
            f"<p class='author' style='text-align:right'><b>Minh Hà - Văn phòng HĐND và UBND xã</b></p>\n</div>\n"
            f"<div class='other-news'><h3>Tin liên quan</h3>\n<ul><li>Xã Tân Lập ra quân tổng vệ sinh môi trường</li>"
            f"<li>Thu ngân sách 10 tháng đạt 86,2 tỷ đồng</li><li>Trao 20 suất học bổng cho học sinh nghèo</li></ul></div>\n"
            f"<div class='footer'>Cơ quan chủ quản: UBND xã Tân Lập. Điện thoại: 0211.3865.104</div>\n</body></html>").encode()
    doc = load_bytes(page, name="page.html")
    rec = extract_document(doc)
    raws = {f.raw for f in rec.facts}
    assert "12,4 tỷ đồng" in raws and "52 lao động" in raws
    assert "86,2 tỷ đồng" not in raws and "20 suất học bổng" not in raws
def test_the_lead_is_put_back_under_a_headline_longer_than_the_pages_title() -> None:
    # the page's title (and og:title) is the headline without its tail after a colon
    short = "Xã Tân Hòa: 12/14 chỉ tiêu đạt"
    page = _LEAD_PAGE.replace(f"<title>{short} | Báo Tỉnh</title>",
                              '<title>Đảng ủy xã Tân Hòa tổng kết năm 2025</title>'
                              '<meta property="og:title" content="Đảng ủy xã Tân Hòa tổng kết năm 2025">').replace(
        f"<h1>{short}</h1>", "<h1>Đảng ủy xã Tân Hòa tổng kết năm 2025: 12/14 chỉ tiêu đạt và vượt</h1>")
    doc = load_bytes(page.encode(), name="trang.html")
    assert "Ngày 4-1, Đảng ủy xã Tân Hòa tổ chức Hội nghị" in doc.text.split("\n\n")[1]
    # a headline that merely starts with the same letters, not at a word's end, is another line
    other = page.replace("tổng kết năm 2025: 12/14", "tổng kết năm 20251 12/14")
    assert "Ngày 4-1" not in load_bytes(other.encode(), name="trang.html").text


def test_a_page_of_thousands_of_short_paragraphs_skips_the_quadratic_fallback(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """justext (the article extractor's fallback) walks neighbours paragraph by paragraph; past
    MAX_FALLBACK_BLOCKS block elements the page is read without it, and loses none of its lines."""
    import trafilatura.external as ext

    from soket.ingest.html import MAX_FALLBACK_BLOCKS

    calls = [0]
    real = ext.try_justext

    def counting(*a, **k):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(*a, **k)

    monkeypatch.setattr(ext, "try_justext", counting)
    n = MAX_FALLBACK_BLOCKS + 500
    page = "<html><body><form method='post'>" + "".join(f"<p>Xã {i} đạt 5%</p>" for i in range(n)) + "</form></body></html>"
    doc = load_bytes(page.encode(), name="nhieu.html")
    assert calls[0] == 0
    assert all(f"Xã {i} đạt 5%" in doc.text for i in (0, n // 2, n - 1))


LAYOUT_P1 = ("Ngày 14/7/2021, UBND huyện tổ chức hội nghị sơ kết ngành Nông nghiệp 6 tháng đầu năm. Hội nghị do "
             "ông Trần Văn Hải, Phó Chủ tịch UBND huyện chủ trì.")
LAYOUT_P2 = ("Vụ Đông Xuân, toàn huyện gieo trồng 5.120 ha, đạt 100,4% kế hoạch; sản lượng lương thực 31.600 tấn, "
             "tăng 2,1% so với cùng kỳ.")
LAYOUT_P3 = "Hội nghị đề nghị ngành nông nghiệp chủ động phòng, chống thiên tai, theo dõi sát dịch bệnh trên đàn vật nuôi."
LAYOUT_PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sơ kết ngành Nông nghiệp 6 tháng</title></head>
<body><form method="post" action="/tin.aspx" id="Form"><input type="hidden" name="__VIEWSTATE" value="abc">
<table width="100%"><tr><td class="menu"><a href="/">TRANG CHỦ</a> | <a href="/kt">KINH TẾ</a></td></tr></table>
<table width="100%"><tr>
<td class="left" valign="top"><div>THỐNG KÊ TRUY CẬP</div><div>Đang truy cập: 12</div></td>
<td class="center" valign="top"><div class="path">Trang chủ &gt;&gt; Kinh tế</div>
<h2 class="title">Sơ kết ngành Nông nghiệp 6 tháng đầu năm 2021</h2>
<div class="date">Cập nhật lúc: 09:10 15/07/2021</div>
<p>{LAYOUT_P1}</p><p>{LAYOUT_P2}</p><p>{LAYOUT_P3}</p>
<table border="1"><tr><td><p>Cây trồng</p></td><td><p>Diện tích (ha)</p></td></tr>
<tr><td><p>Lúa</p></td><td><p>3.900</p></td></tr><tr><td><p>Ngô</p></td><td><p>1.220</p></td></tr></table>
</td></tr></table></form></body></html>"""


def test_layout_table_of_an_old_portal_read_as_blocks() -> None:
    """A table whose cell holds the article (a heading, paragraphs) lays the page out: the article's
    paragraphs come out as paragraphs, not as one table row; a data table inside it stays a table."""
    doc = load_bytes(LAYOUT_PAGE.encode("utf-8"), name="bai.html")
    paras = doc.text.split("\n\n")
    for p in (LAYOUT_P1, LAYOUT_P2, LAYOUT_P3):
        assert p in paras
    assert not any(LAYOUT_P1 in c.text for t in doc.tables for row in t.rows for c in row)
    assert any(c.text == "3.900" for t in doc.tables for row in t.rows for c in row)


def test_a_data_table_with_a_few_short_paragraphs_per_cell_stays_a_table() -> None:
    """A report's table whose cells hold a few short paragraphs (Word's export) tabulates: it is not unwrapped."""
    cell = "<p>Thu ngân sách</p><p>(tỷ đồng)</p><p>ước thực hiện</p>"
    page = (f"<html><head><meta charset='utf-8'><title>Báo cáo</title></head><body><article><h1>Báo cáo</h1>"
            f"<p>{LAYOUT_P2}</p><table><tr><td>{cell}</td><td><p>316,7</p></td></tr>"
            f"<tr><td>{cell}</td><td><p>320,1</p></td></tr></table></article></body></html>")
    doc = load_bytes(page.encode("utf-8"), name="bc.html")
    assert any(c.text == "316,7" for t in doc.tables for row in t.rows for c in row)


def test_layout_table_read_as_blocks_by_the_fallback_scraper_too() -> None:
    """A page too deep for the article extractor is scraped; its layout table's cell marks leave no stray "|"
    paragraph between the side box and the article."""
    page = LAYOUT_PAGE.replace('<form method="post" action="/tin.aspx" id="Form">', "").replace("</form>", "")
    deep = page.replace("<body>", "<body>" + "<div>" * 310).replace("</body>", "</div>" * 310 + "</body>")
    doc = load_bytes(deep.encode("utf-8"), name="sau.html")
    paras = doc.text.split("\n\n")
    assert LAYOUT_P2 in paras
    assert "|" not in paras[:paras.index(LAYOUT_P2)]


def test_a_figure_in_a_caption_is_a_fact_of_the_report() -> None:
    from soket.extract import extract_document
    page = PAGE.replace("<p>Lượt xem: 1.234</p>", '<figure><img src="b.jpg"><figcaption>Ban Thường vụ Huyện ủy tặng giấy '
                        'khen cho 12 chi bộ đạt trong sạch, vững mạnh tiêu biểu.</figcaption></figure>')
    rec = extract_document(load_bytes(page.encode(), name="trang.html"))
    assert any(f.raw == "12 chi bộ" for f in rec.facts)


def test_a_figure_a_caption_restates_is_the_bodys_once() -> None:
    from soket.extract import extract_document
    page = PAGE.replace("<p>Lượt xem: 1.234</p>", '<figure><img src="b.jpg"><figcaption>Huyện ủy tặng giấy khen cho 12 chi '
                        'bộ tiêu biểu.</figcaption></figure><p>Dịp này, Huyện ủy tặng giấy khen cho 12 chi bộ tiêu biểu.</p>')
    rec = extract_document(load_bytes(page.encode(), name="trang.html"))
    assert [f.raw for f in rec.facts].count("12 chi bộ") == 1



_KICKER_BODY = [
 "Các đồng chí: Trần Văn Nam - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và Lê Minh Khoa - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cùng chủ trì Hội nghị.",
 "Cùng dự có các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh, lãnh đạo các sở, ngành và bí thư các huyện ủy, thành ủy trực thuộc.",
 "Báo cáo tại Hội nghị cho thấy, ba tháng đầu năm, kinh tế của tỉnh giữ được đà tăng trưởng. Tổng sản phẩm trên địa bàn quý I ước tăng 6,8% so với cùng kỳ; khu vực công nghiệp và xây dựng tăng 9,1%, khu vực dịch vụ tăng 6,2%.",
 "Kim ngạch xuất khẩu đạt 312,5 triệu USD, tăng 7,4% so với cùng kỳ. Tổng thu ngân sách nhà nước trên địa bàn đạt 3.120 tỷ đồng, bằng 24,6% dự toán năm. Giải ngân vốn đầu tư công đạt 960 tỷ đồng, bằng 13,8% kế hoạch.",
 "Trong quý I, toàn Đảng bộ kết nạp 356 đảng viên; Ủy ban Kiểm tra các cấp thi hành kỷ luật 12 đảng viên vi phạm.",
 "Kết luận Hội nghị, đồng chí Trần Văn Nam đề nghị các cấp ủy bám sát mục tiêu, phấn đấu tăng trưởng cả năm 2025 đạt từ 9% trở lên.",
]
_KICKER_PAGE = ("""<html><head><title>Hội nghị Tỉnh ủy lần thứ 14 - Trang thông tin điện tử Đảng bộ tỉnh</title></head><body>
<header><span class="current-date">Thứ tư, 09/04/2025</span><nav><ul><li><a href="/">Trang chủ</a></li></ul></nav></header>
<section id="content"><div class="row"><div class="col-md-8"><div class="portlet-body view-content">
<h3 class="category-name">Xây dựng Đảng</h3>
<h1 class="title-content">Hội nghị Tỉnh ủy lần thứ 14</h1>
<div class="date-content">Thứ tư 09/04/2025 10:20</div>
<div class="tools"><a href="#">A-</a> <a href="#">A+</a> | <a href="#">In</a></div>
<div class="sapo-content"><strong>Sáng 09/4, Ban Thường vụ Tỉnh ủy triệu tập Hội nghị Tỉnh ủy lần thứ 14 để kiểm điểm kết quả lãnh đạo thực hiện nhiệm vụ quý I, xác định nhiệm vụ trọng tâm quý II năm 2025.</strong></div>
<div class="body-content">""" + "".join(f"<p>{p}</p>" for p in _KICKER_BODY) + """
<p style="text-align:right"><strong>THU HÀ</strong></p></div>
<div class="other-news"><h4>Tin khác</h4><ul><li><a href="/a">Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3</a> (01/04/2025)</li></ul></div>
</div></div></div></section></body></html>""")


def test_the_lead_is_put_back_under_a_section_name_kept_above_the_headline() -> None:
    """A party portal prints its section's name ("Xây dựng Đảng") above the headline and the lead in a
    container of its own: the extractor keeps the section's name and the headline, not the lead; the
    lead (with the meeting's day, "Sáng 09/4") still goes back under the headline."""
    paras = load_bytes(_KICKER_PAGE.encode(), name="trang.html").text.split("\n\n")
    assert paras[:3] == ["Xây dựng Đảng", "Hội nghị Tỉnh ủy lần thứ 14", paras[2]]
    assert paras[2].startswith("Sáng 09/4, Ban Thường vụ Tỉnh ủy triệu tập")
    assert paras[3].startswith("Các đồng chí: Trần Văn Nam")
    # a long line above the headline is no section's name, nor are three short ones
    assert _headline_end("Tin tức các xã, phường trong tỉnh tuần này và tuần trước\n\nTiêu đề\n\nThân", "Tiêu đề") == 0
    assert _headline_end("Tin\n\nMới\n\nĐảng\n\nTiêu đề\n\nThân", "Tiêu đề") == 0
    assert _headline_end("Chính trị\n\nTiêu đề\n\nThân", "Tiêu đề") == len("Chính trị\n\nTiêu đề")


def test_a_live_pages_items_get_their_time_stamps_and_reporters_back_as_lines() -> None:
    """A live page (round 34): each item's stamp above its heading and its reporter under its last paragraph, which
    the article extractor drops; the first item's reporter is no byline of the page."""
    items = "".join(
        f'<div class="live-item"><div class="live-time">{t}</div><h2>{h}</h2><p>{p}</p>'
        f'<p class="live-author"><strong>{a}</strong></p></div>'
        for t, h, p, a in (
            ("16:40", "Phú Yên: Thả 20.000 con giống tôm hùm", "Chiều 2.8, ngư dân thị xã thả 20.000 con giống tôm "
             "hùm xuống vùng biển ven bờ theo chương trình tái tạo nguồn lợi thủy sản của tỉnh.", "Ngọc Hòa"),
            ("10:05", "Bến Tre: Huyện Tân Lập thu ngân sách 7 tháng đạt 62%", "Ngày 1.8, Ban Thường vụ Huyện ủy Tân "
             "Lập tổ chức hội nghị đánh giá tình hình 7 tháng đầu năm, thu ngân sách đạt 62% dự toán.", "Trúc Linh"),
        ))
    page = ("<html><body><article><h1>Tin tức địa phương ngày 2.8</h1><p>Báo cập nhật liên tục những tin tức nổi "
            f"bật từ các địa phương trong ngày 2.8.2022, từng giờ một.</p><div class=\"live-list\">{items}</div>"
            "</article></body></html>")
    doc = html_to_document(page.encode())
    text = doc.text
    assert text.index("16:40") < text.index("Phú Yên: Thả") < text.index("Ngọc Hòa") < text.index("10:05") \
        < text.index("Bến Tre:") < text.index("Trúc Linh")
    assert doc.meta.get("byline") is None
