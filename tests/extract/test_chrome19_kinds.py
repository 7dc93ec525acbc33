"""A report under a long page head reads as its text (issue 10): the windows of the opening sentences are
counted from the lead, not from the top of the page, so a site's masthead, menus and date stamps above
a text copy's own masthead push nothing out of them."""

from __future__ import annotations

from soket.extract import extract_document
from soket.extract.period import head_shift, lead_at
from soket.extract.sentences import split_sentences
from soket.ingest import load_text
from soket.ingest.html import html_to_document

#: a site's head, as a text copy of its page opens on it (twelve lines)
SITE = ["CỔNG THÔNG TIN ĐIỆN TỬ", "Cơ quan của Đảng bộ, chính quyền và Nhân dân", "Tiếng Việt | English",
        "Thứ Hai, 23/12/2024", "Tin tức - Sự kiện > Chính trị", "Cập nhật lúc 09:10 ngày 23/12/2024",
        "Tin tức - Sự kiện", "Chính quyền", "Liên hệ - Góp ý", "Đường dây nóng: 0912.000.111", "Văn bản mới",
        "Lịch công tác"]


def _read(lines: list[str]) -> dict:
    return extract_document(load_text("\n\n".join(lines), doc="t")).to_dict()


def test_the_head_shift_counts_the_lines_above_the_lead() -> None:
    lead = "Sáng 5/1, Ban Thường vụ Huyện ủy Minh Tân tổ chức hội nghị cho ý kiến vào dự thảo chương trình công tác năm."
    sents = split_sentences("\n\n".join(["Tin huyện", lead]), [])
    assert (lead_at(sents, 24), head_shift(sents)) == (1, 0)
    sents = split_sentences("\n\n".join([*SITE, "Tin huyện", lead]), [])
    assert lead_at(sents, 24) == 13 and head_shift(sents) == 13 + 1 - 8


def test_a_year_end_session_naming_only_its_year_under_a_long_head() -> None:
    """The lead names the year-end session ("kỳ họp thường lệ cuối năm 2024") and no period phrase; the body
    sets next year's targets: the year is read in the opening sentences, counted from the lead."""
    page = ["BÁO TIN ĐỊA PHƯƠNG", "Thứ Hai, 23/12/2024 | 07:15", "Chính trị > Hoạt động HĐND",
            "Kỳ họp thứ 9, HĐND xã Minh Tân khóa XXII",
            "Ngày 20/12, kỳ họp thứ 9 (kỳ họp thường lệ cuối năm 2024) của HĐND xã Minh Tân khóa XXII đã diễn ra với "
            "sự tham dự của 27/29 đại biểu.",
            "Báo cáo tại kỳ họp cho biết, kinh tế của xã giữ nhịp tăng trưởng: tổng giá trị sản xuất ước tăng 8,4%.",
            "Thu ngân sách trên địa bàn ước thực hiện 61,3 tỷ đồng, đạt 112,5% dự toán.",
            "Giá trị sản xuất trên 1 ha đất canh tác đạt 152 triệu đồng.",
            "Tỷ lệ hộ nghèo giảm còn 1,2%.",
            "Xã có thêm 2 thôn đạt chuẩn nông thôn mới kiểu mẫu.",
            "Công tác quốc phòng, an ninh được giữ vững.",
            "Cho năm 2025, HĐND xã thống nhất 16 chỉ tiêu chủ yếu.",
            "Xã phấn đấu thu ngân sách trên địa bàn 65 tỷ đồng."]
    want = _read(page)["period"]
    assert (want["year"], want["start_month"], want["end_month"]) == (2024, 1, 12)
    assert _read([*SITE, *page])["period"] == want


def test_a_committee_named_in_the_title_is_placed_from_the_lead_and_the_masthead_under_a_long_head() -> None:
    """The title names the meeting ("Hội nghị Ban Thường vụ Tỉnh ủy") above the lead: the place is read to the
    lead, whose "Tỉnh ủy" gives the unit word the masthead's province answers, below a site's head as without."""
    page = ["Báo Khánh Hòa điện tử", "Hội nghị Ban Thường vụ Tỉnh ủy", "Cập nhật: 06/01/2024 | 10:20",
            "Sáng 5/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị để thảo luận, cho ý kiến vào dự thảo chương trình "
            "công tác năm 2024.",
            "Hội nghị thống nhất 12 nhiệm vụ trọng tâm của quý I."]
    want = _read(page)["meeting"]
    assert (want["locality"], want["locality_kind"]) == ("Khánh Hòa", "tỉnh")
    got = _read([*SITE, *page])["meeting"]
    assert (got["locality"], got["locality_kind"]) == (want["locality"], want["locality_kind"])


def _long_head(n: int) -> list[str]:
    """``n`` short head lines of a site (menus, links, stamps), as a text copy of a large portal opens on them."""
    items = ["Giới thiệu chung", "Cơ cấu tổ chức", "Thủ tục hành chính", "Hỏi đáp", "Tìm kiếm", "Đăng nhập",
             "Sơ đồ cổng", "Dịch vụ công trực tuyến", "Công khai ngân sách", "Góp ý dự thảo", "Thông báo", "Video"]
    return [f"{items[k % len(items)]} ({k + 1})" for k in range(n)]


def test_the_pages_dateline_below_a_long_head_dates_a_meeting_whose_lead_names_no_day() -> None:
    """A text copy's own dateline ("Cập nhật: Thứ Sáu 24/06/2022") stands more than 600 characters down, under a
    site's head of short lines: the head is read to the first line of prose (up to 3,000 characters), and the month
    is the page's."""
    page = ["BÁO TIN ĐỊA PHƯƠNG", "Cập nhật: Thứ Sáu 24/06/2022 - 15:27",
            "Huyện Minh Tân: giá trị sản xuất công nghiệp tăng gần 12%",
            "UBND huyện Minh Tân vừa tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã "
            "hội 6 tháng đầu năm 2022.",
            "Giá trị sản xuất ngành công nghiệp - xây dựng của huyện đạt 45,2% kế hoạch năm."]
    want = _read(page)["meeting"]["date"]
    assert want == "2022-06"
    for n in (36, 80):  # past 600 characters, past 1,500
        head = _long_head(n)
        assert len("\n\n".join(head)) > (600 if n == 36 else 1500)
        assert _read([*head, *page])["meeting"]["date"] == want, n


def test_a_host_opening_the_lead_under_more_than_24_head_paragraphs_names_the_province() -> None:
    """"Baokhanhhoa.vn - Ngày 23/12, ...": the publisher's host opens the lead, below a head of 30 short paragraphs
    (within its first 1,500 characters): the province is the host's, and the meeting (its body, session, date)
    is read from the lead, as in the text."""
    page = ["Kỳ họp thứ 9, HĐND tỉnh khóa VII",
            "Baokhanhhoa.vn - Ngày 23/12, HĐND tỉnh khóa VII khai mạc kỳ họp thứ 9 (kỳ họp thường lệ cuối năm 2025) "
            "để đánh giá việc thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025.",
            "Năm 2025, tổng thu ngân sách trên địa bàn tỉnh đạt 12.400 tỷ đồng."]
    want = _read(page)["meeting"]
    assert (want["locality"], want["locality_kind"], want["body_kind"]) == ("Khánh Hòa", "tỉnh", "peoples_council")
    assert _read([*_long_head(30), *page])["meeting"] == want


def test_a_byline_and_a_masthead_place_below_thirty_head_lines() -> None:
    """The byline under the title and the text copy's own masthead are read to the lead however many lines the
    site's head runs to above them (up to 64)."""
    page = ["BÁO KHÁNH HÒA", "Hội nghị Ban Thường vụ Tỉnh ủy tháng 10", "Tác giả: Thu Hà | Thứ Năm, 02/11/2023 - 08:15",
            "Chiều 1/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị thường kỳ tháng 10 để cho ý kiến vào dự thảo báo cáo "
            "kết quả công tác xây dựng Đảng năm 2023.",
            "Đảng bộ tỉnh hiện có 612 tổ chức cơ sở đảng."]
    want = _read(page)
    assert want["authors"] == ["Thu Hà"]
    assert (want["meeting"]["locality"], want["meeting"]["locality_kind"]) == ("Khánh Hòa", "tỉnh")
    got = _read([*_long_head(30), *page])
    assert got["authors"] == want["authors"] and got["meeting"] == want["meeting"]


def _page(head: list[str], title: str, paras: list[str], *, title_in_container: bool = True) -> dict:
    """A page printing ``head`` as plain paragraphs inside the article's container, the headline below them
    (or above the container, outside it), then the article."""
    inner = "".join(f"<p>{x}</p>" for x in head) + (f"<h3>{title}</h3>" if title_in_container else "") + \
        "".join(f"<p>{x}</p>" for x in paras)
    outer = "" if title_in_container else f"<h1>{title}</h1>"
    page = (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title></head><body>{outer}"
            f"<div id='content'>{inner}</div><div id='footer'>Bản quyền thuộc về cơ quan chủ quản.</div></body></html>")
    doc = html_to_document(page.encode("utf-8"))
    return {"text": doc.text, "record": extract_document(doc).to_dict()}


TITLE = "Xã Minh Tân thực hiện 15/16 chỉ tiêu chủ yếu đạt và vượt nghị quyết"
PARAS = ["Sáng 26/12, Đảng bộ xã Minh Tân tổ chức hội nghị Ban Chấp hành (mở rộng) tổng kết tình hình thực hiện "
         "nhiệm vụ chính trị năm 2025.",
         "Năm 2025, xã thực hiện 15/16 chỉ tiêu chủ yếu đạt và vượt nghị quyết; thu ngân sách đạt 21,4 tỷ đồng."]


def test_a_headline_below_a_long_head_inside_the_container_is_not_put_on_top_again() -> None:
    """The reader puts the page's title on top of the text when the text does not print it near the top: below
    forty head lines (more than 500 characters) the headline printed above the lead is the title, read once,
    and its figure, a repeat of the body's, one fact."""
    short = _page(_long_head(3), TITLE, PARAS)
    long = _page(_long_head(40), TITLE, PARAS)
    assert long["text"].count(TITLE) == short["text"].count(TITLE) == 1
    assert len(long["record"]["facts"]) == len(short["record"]["facts"])


def test_a_thematic_session_titled_above_a_long_head_reads_its_lead() -> None:
    """The headline stands outside the article's container (the reader puts it on top) and names the meeting; the
    container opens on thirty head lines, then the lead: the opening sentences are the title and the lead, and
    the thematic session (a decision, no period reviewed) reads as without the head."""
    title = "HĐND huyện Minh Tân họp chuyên đề, điều chỉnh kế hoạch đầu tư công"
    paras = ["Ngày 14/8/2018, HĐND huyện Minh Tân khóa XIX tổ chức kỳ họp thứ 8 - kỳ họp chuyên đề - nhằm xem xét, "
             "quyết định một số nội dung cấp bách thuộc thẩm quyền.",
             "Kỳ họp thông qua nghị quyết điều chỉnh kế hoạch đầu tư công năm 2018, tăng 12,5 tỷ đồng."]
    want = _page([], title, paras, title_in_container=False)["record"]
    got = _page(_long_head(30), title, paras, title_in_container=False)
    assert got["text"].startswith(title)
    assert got["record"]["period"] == want["period"] and got["record"]["meeting"] == want["meeting"]
