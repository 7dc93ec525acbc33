"""A page's title the article extractor cut at a dash, as if a site's name followed, is read whole when
the page prints it whole as a heading (issue 10: a headline or a masthead holding a dash)."""

from __future__ import annotations

from soket.ingest.html import html_to_document

LEAD = ("Sáng 7/2, UBND tỉnh tổ chức phiên họp thường kỳ tháng 1 để đánh giá tình hình kinh tế - xã hội. "
        "Thu ngân sách trên địa bàn ước đạt 2.150 tỷ đồng, bằng 9,1% dự toán năm.")


def _page(title: str, heading: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><div class='top'>Trang chủ</div>"
            f"<div class='main'><h2>{heading}</h2><p>{LEAD}</p><p>{LEAD}</p></div></body></html>").encode()


def test_a_headline_with_a_dash_printed_whole_is_the_title() -> None:
    doc = html_to_document(_page("Kinh tế - xã hội tháng 1 tăng trưởng khá", "Kinh tế - xã hội tháng 1 tăng trưởng khá"))
    assert doc.title == "Kinh tế - xã hội tháng 1 tăng trưởng khá"
    assert doc.text.startswith("Kinh tế - xã hội tháng 1 tăng trưởng khá")


def test_a_title_of_headline_and_site_name_keeps_the_headline() -> None:
    doc = html_to_document(_page("Kinh tế tháng 1 tăng trưởng khá - Báo Tin Địa Phương", "Kinh tế tháng 1 tăng trưởng khá"))
    assert doc.title == "Kinh tế tháng 1 tăng trưởng khá"
