"""Kinds of construction found by the held-out reports ex421-ex426 (the North and the North Centre: Bắc Ninh,
Cao Bằng, Thanh Hóa, Tuyên Quang, Lạng Sơn), each written as sentences of the genre of our own, not copied
from the reports."""

from __future__ import annotations

from soket.extract import extract_document, extract_text
from soket.ingest.html import html_to_document


def _facts(text: str) -> dict[str, dict[str, object]]:
    return {str(f["raw"]): f for f in extract_text(text).to_dict()["facts"]}


def _page(url: str) -> str:
    return (f"<html><head><meta property='og:url' content='{url}'>"
            "<title>Hội nghị Ban Chấp hành Đảng bộ huyện Lâm Bình lần thứ 9</title></head><body>"
            "<h1>Hội nghị Ban Chấp hành Đảng bộ huyện Lâm Bình lần thứ 9</h1>"
            "<p>Huyện ủy Lâm Bình vừa tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9, đánh giá kết quả "
            "6 tháng đầu năm. Thu ngân sách trên địa bàn đạt 9,2 tỷ đồng.</p></body></html>")


def test_a_news_sites_month_folder_dates_the_page() -> None:
    doc = html_to_document(_page("https://truyenhinh.vn/thoi-su/tin-dia-phuong/202107/hoi-nghi-bch-lam-binh-1234/").encode())
    assert doc.published == "2021-07"
    # the meeting held 'vừa' (just now) is dated by the page's month
    assert extract_document(doc).to_dict()["meeting"]["date"] == "2021-07"
    day = html_to_document(_page("https://baodientu.vn/chinh-tri/20210716/hoi-nghi-bch-lam-binh.html").encode())
    assert day.published == "2021-07-16"


def test_six_digits_that_are_no_month_do_not_date_the_page() -> None:
    for url in ("https://baodientu.vn/tin-tuc/201934/hoi-nghi.html",  # no 34th month
                "https://baodientu.vn/tin-tuc/123456/hoi-nghi.html",  # an article number
                "https://baodientu.vn/tin-tuc/hoi-nghi-202107.html"):  # digits in the slug, no folder
        assert html_to_document(_page(url).encode()).published is None


def test_places_counted_after_a_locative_with_the_standard_they_reach() -> None:
    facts = _facts("Huyện tiếp tục nâng cao chất lượng các tiêu chí tại 3 xã đạt chuẩn nông thôn mới.")
    assert facts["3 xã"]["subject"] == "xã đạt chuẩn nông thôn mới"
    facts = _facts("Các đoàn thể duy trì hoạt động ở 15 khu dân cư được công nhận khu dân cư kiểu mẫu.")
    assert str(facts["15 khu dân cư"]["subject"]).startswith("khu dân cư được công nhận")
    # a thing that occurred at the places keeps its own subject
    facts = _facts("Dịch tả lợn châu Phi đã xuất hiện tại 4 xã đạt chuẩn nông thôn mới.")
    assert str(facts["4 xã"]["subject"]).startswith("Dịch tả lợn châu Phi")
    # places after a locative with no standard reached: the work done there is the subject
    facts = _facts("Huyện mở lớp tập huấn kỹ thuật tại 6 xã vùng cao.")
    assert "xã vùng cao" != facts["6 xã"]["subject"]


def test_the_standard_reached_after_a_tense_word() -> None:
    facts = _facts("Xã tiếp tục củng cố các tiêu chí ở 6 thôn đã đạt chuẩn nông thôn mới.")
    assert str(facts["6 thôn"]["subject"]).startswith("thôn đã đạt chuẩn nông thôn mới")


def test_places_that_reach_the_finish_of_a_programme() -> None:
    # "về đích" (reached the finish) is the places' state, not what they are about
    assert _facts("Toàn huyện có 17 xã về đích nông thôn mới.")["17 xã"]["subject"] == "xã về đích nông thôn mới"
    assert _facts("Năm nay có thêm 2 xã về đích nông thôn mới nâng cao.")["2 xã"]["subject"] \
        == "xã về đích nông thôn mới nâng cao"
    # what resolutions are about still ends their noun phrase
    assert "kế hoạch" not in str(_facts("Kỳ họp thông qua 7 nghị quyết về kế hoạch đầu tư công.")["7 nghị quyết"]["subject"])
