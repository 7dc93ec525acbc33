"""A report whose page opens on chrome reads as it does without it (issue 10): an old portal's menu
written one item a line (plain text, no links, kept by the page's reader as a list) is chrome, so the
title and the lead stay the opening sentences the period, the session and the people are read from."""

from __future__ import annotations

from soket.extract import extract_document, period
from soket.extract.sentences import split_sentences
from soket.ingest import load_text
from soket.ingest.chrome import find_chrome
from soket.ingest.html import html_to_document

MENU = ["Giới thiệu", "Tổ chức bộ máy", "Tin hoạt động", "Văn bản pháp quy", "Công khai ngân sách",
        "Góp ý dự thảo", "Liên hệ"]
TITLE = "HĐND xã Minh Tân họp chuyên đề về đầu tư công"
LEAD = ("Ngày 12/9/2023, HĐND xã Minh Tân khóa XXI tổ chức kỳ họp thứ 9 (kỳ họp chuyên đề) để xem xét "
        "điều chỉnh kế hoạch đầu tư công trung hạn.")
BODY = ("Kỳ họp thông qua việc điều chỉnh tăng vốn đầu tư công từ 41,5 tỷ đồng lên 46,2 tỷ đồng. "
        "Các đại biểu đề nghị ưu tiên vốn cho các công trình chuyển tiếp. "
        "Kỳ họp cũng thông qua danh mục công trình cần thu hồi đất bổ sung. "
        "Trong 8 tháng, xã đã giải ngân 19,8 tỷ đồng, đạt 47,7% kế hoạch vốn.")


def _marked(text: str, part: str) -> bool:
    s = text.index(part)
    return any(a <= s and s + len(part) <= b for a, b in find_chrome(text))


def test_a_menu_one_item_a_line_above_the_lead_is_chrome() -> None:
    text = "\n\n".join([TITLE, *(f"- {m}" for m in MENU), LEAD, BODY])
    assert _marked(text, "- Giới thiệu") and _marked(text, "- Liên hệ")
    assert not _marked(text, TITLE) and not _marked(text, LEAD)


def test_a_menu_without_bullets_is_chrome_and_a_titled_block_is_not() -> None:
    text = "\n".join(["CỔNG THÔNG TIN XÃ MINH TÂN", *MENU, TITLE, LEAD, BODY])
    assert _marked(text, MENU[0]) and _marked(text, MENU[-1])
    assert not _marked(text, TITLE)


def test_a_reports_own_short_list_below_its_lead_is_kept() -> None:
    """A list of tasks below the lead is the report's: the rule reads only the page's head."""
    tasks = ["- Chuyển đổi số", "- Cải cách hành chính", "- Xây dựng nông thôn mới", "- Bảo vệ môi trường",
             "- Quốc phòng an ninh", "- Phòng chống thiên tai"]
    text = "\n".join([TITLE, LEAD, "Nhiệm vụ trọng tâm:", *tasks, BODY])
    assert not any(_marked(text, t) for t in tasks)


def test_short_items_with_figures_or_punctuation_or_mixed_bullets_are_no_menu() -> None:
    for items in (["- Năm 2023", "- Năm 2024", "- Quý I", "- Quý II", "- Quý III", "- Quý IV"],
                  [f"- {m}," for m in MENU],
                  [f"{'- ' if i % 2 else '+ '}{m}" for i, m in enumerate(MENU)]):
        text = "\n".join([TITLE, *items, LEAD])
        assert not any(_marked(text, t) for t in items), items


def test_a_thematic_session_under_an_unlinked_menu_reads_as_its_text() -> None:
    """The lead names the thematic session: below six menu lines it still does."""
    text = "\n\n".join([TITLE, LEAD, BODY])
    menu = "".join(f"<li>{m}</li>" for m in MENU)
    page = (f"<html><head><title>{TITLE}</title></head><body><div>TRANG THÔNG TIN ĐIỆN TỬ</div>"
            f"<table><tr><td><ul>{menu}</ul></td><td><h2>{TITLE}</h2><p>{LEAD}</p><p>{BODY}</p></td></tr>"
            "</table></body></html>")
    want = extract_document(load_text(text, doc="t")).to_dict()
    got = extract_document(html_to_document(page.encode())).to_dict()
    assert want["period"]["start_month"] is None  # a thematic session reviews no months: its "8 tháng" is a figure's
    assert (got["period"], got["meeting"]) == (want["period"], want["meeting"])


#: a page's head as an old portal prints it above the title: masthead, site line, stamps, breadcrumbs
HEAD = ["CỔNG THÔNG TIN ĐIỆN TỬ", "Cơ quan của Đảng bộ, chính quyền và Nhân dân xã", "Thứ Năm, 02/11/2023",
        "Chính trị > Chính quyền", "Cập nhật lúc 09:10 ngày 02/11/2023", "Tin tức - Sự kiện"]


def _read(lines: list[str]) -> dict:
    return extract_document(load_text("\n\n".join(lines), doc="t")).to_dict()


def test_a_monthly_meeting_named_in_the_lead_below_a_long_head() -> None:
    """The opening sentences are counted to the lead, not from the top: the lead's "phiên họp thường kỳ
    tháng 10" names the month reviewed below six head lines and a title as it does below none."""
    title = "Xã Minh Tân: thu ngân sách đạt hơn 80% dự toán"
    lead = ("Chiều 31/10/2023, UBND xã Minh Tân tổ chức phiên họp thường kỳ tháng 10 nhằm đánh giá kết quả thực hiện "
            "nhiệm vụ phát triển kinh tế - xã hội trong tháng.")
    body = "Thu ngân sách trên địa bàn đạt 6,4 tỷ đồng, bằng 81,3% dự toán năm."
    want = _read([title, lead, body])
    assert want["period"]["start_month"] == 10
    assert _read([*HEAD, title, "02/11/2023 - 10:12", lead, body])["period"] == want["period"]


def test_a_byline_under_a_long_head_is_the_author() -> None:
    title = "Đảng ủy xã Minh Tân tổng kết công tác xây dựng Đảng năm 2023"
    byline = "Tác giả: Thu Hà | Thứ Năm, 02/11/2023 - 08:15"
    lead = ("Chiều 1/11, Đảng ủy xã Minh Tân tổ chức hội nghị tổng kết công tác xây dựng Đảng, xây dựng hệ thống "
            "chính trị năm 2023.")
    body = "Đảng bộ xã hiện có 12 chi bộ trực thuộc với 486 đảng viên."
    assert _read([title, byline, lead, body])["authors"] == ["Thu Hà"]
    assert _read([*HEAD, title, byline, lead, body])["authors"] == ["Thu Hà"]


def test_a_signed_report_with_the_pages_source_line_under_its_signature_has_no_author() -> None:
    """A page prints its source ("Nguồn: ...") and a list of links under the report: the signer is still
    the signer, no byline."""
    report = ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2023",
              "Tổng thu ngân sách trên địa bàn 6 tháng đầu năm 2023 đạt 12,6 tỷ đồng, bằng 58,2% dự toán năm.",
              "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)", "Lê Văn Bình"]
    assert _read(report)["authors"] == []
    assert _read([*report, "Nguồn: Văn phòng HĐND và UBND", "- Cổng dịch vụ công quốc gia",
                  "- Hệ thống văn bản"])["authors"] == []


def test_a_teaser_lead_below_a_long_head_restates_the_body() -> None:
    """A teaser closed by an ellipsis near the top says what the body says in full: one fact each, however
    many head lines (closed by no stop) stand above it."""
    title = "Năm 2023, tổng giá trị sản xuất của xã đạt gần 900 tỷ đồng"
    teaser = "Tổng giá trị sản xuất của các ngành trên địa bàn đạt 103% kế hoạch, tăng 7,2% so với năm 2022…"
    lead = ("Ngày 8/12/2023, Ban Chấp hành Đảng bộ xã Minh Tân tổ chức hội nghị đánh giá kết quả thực hiện nghị "
            "quyết năm 2023. Tổng giá trị sản xuất của các ngành trên địa bàn đạt 103% kế hoạch, tăng 7,2% so với "
            "năm 2022.")
    want = len(_read([title, teaser, lead])["facts"])
    assert len(_read([*HEAD, "08/12/2023 - 15:55", title, teaser, lead])["facts"]) == want


def test_a_hosts_name_opening_the_lead_below_a_long_head_places_the_page() -> None:
    """"Baophutho.vn - Ngày 23/12, ..." names the paper, and its province, below a page's head as below none."""
    title = "Kỳ họp thứ Tư, HĐND phường Tân Hòa"
    lead = ("Baophutho.vn - Ngày 23/12, HĐND phường Tân Hòa khóa X tổ chức kỳ họp thứ Tư để đánh giá việc thực "
            "hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025.")
    body = "Tổng thu ngân sách Nhà nước trên địa bàn đạt 9,8 tỷ đồng."
    want = _read([title, lead, body])["meeting"]
    assert want["province"] == "Phú Thọ"
    got = _read([title, *HEAD, *(f"- {m}" for m in MENU[:3]), lead, body])["meeting"]
    assert got["province"] == want["province"]


def test_the_title_below_a_long_head_is_read_as_the_title() -> None:
    """The title is a line above the lead that ends no sentence, however many head lines (eight of a
    page's, four of the old page's masthead) stand above it: counted from the lead, not from the top."""
    title = "UBND xã họp phiên tháng 9: Nỗ lực hoàn thành các chỉ tiêu năm 2023"
    lead = ("Ngày 28/9/2023, UBND xã Minh Tân tổ chức phiên họp thường kỳ tháng 9 để đánh giá tình hình "
            "kinh tế - xã hội và bàn nhiệm vụ 3 tháng cuối năm.")
    masthead = ["BÁO TIN ĐỊA PHƯƠNG ĐIỆN TỬ", "Cơ quan của Đảng bộ tỉnh", "Thời sự - Chính trị",
                "Thứ Sáu, 29/09/2023 - 07:46 | Lượt xem: 912"]
    extra = ["Tiếng Việt", "Thứ Sáu, 29/09/2023", "Chính quyền", "Đường dây nóng: 0912.000.111"]
    doc = load_text("\n\n".join([*HEAD, *extra, *masthead, title, lead]), doc="t")
    sents = split_sentences(doc.text, doc.chrome)
    k = next(i for i, s in enumerate(sents) if s.text == title)
    assert k >= period.HEADLINE_WITHIN and period._is_headline(sents, k)


def test_a_place_in_the_masthead_above_a_long_head_places_a_body_named_by_its_unit_word() -> None:
    """"HĐND thành phố" in the lead takes its place from the old page's masthead above it, however many
    head lines stand above that: the place is looked for in every line above the lead."""
    lead = ("Ngày 21/9/2023, HĐND thành phố khóa X, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 13 (kỳ họp chuyên đề) "
            "để xem xét chủ trương đầu tư các dự án.")
    page = ["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG", "Tin tức - Sự kiện > Hoạt động HĐND",
            "Cập nhật: 21/09/2023 16:20", "Kỳ họp chuyên đề thông qua chủ trương đầu tư 3 dự án", lead]
    want = _read(page)["meeting"]
    assert (want["locality"], want["locality_kind"]) == ("Đà Nẵng", "thành phố")
    got = _read([*HEAD, "Chính quyền", "Tiếng Việt", *page])["meeting"]
    assert (got["locality"], got["locality_kind"]) == (want["locality"], want["locality_kind"])


def test_the_old_pages_masthead_right_above_the_lead_places_the_body_under_a_longer_head() -> None:
    """A text copy's own masthead stands right above its title and lead, below a site's head of more than
    twelve lines: the lines right above the lead are read for the publisher's place too."""
    lead = ("Sáng 3/3, UBND tỉnh họp phiên thường kỳ tháng 2 năm 2026 đánh giá tình hình kinh tế - xã hội "
            "2 tháng đầu năm.")
    page = ["BÁO KHÁNH HÒA", "Thứ Ba, 03/03/2026", "Kinh tế - xã hội 2 tháng đầu năm tiếp tục khởi sắc", lead,
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 19.240 tỷ đồng."]
    want = _read(page)["meeting"]
    assert (want["locality"], want["locality_kind"]) == ("Khánh Hòa", "tỉnh")
    site = ["CỔNG THÔNG TIN ĐIỆN TỬ", "Cơ quan của Đảng bộ, chính quyền và Nhân dân", "Tiếng Việt | English",
            "Thứ Sáu, 07/02/2026", "Tin tức - Sự kiện > Chính trị", "Cập nhật lúc 09:10 ngày 07/02/2026",
            "Tin tức - Sự kiện", "Chính quyền", "Liên hệ - Góp ý", "Thứ Sáu, 07/02", "Đường dây nóng: 0912.000.111",
            "Văn bản mới"]
    got = _read([*site, *page])["meeting"]
    assert (got["locality"], got["locality_kind"]) == (want["locality"], want["locality_kind"])
