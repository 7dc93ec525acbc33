"""Meeting metadata, authors and page chrome missed on held-out reports (round 31, meta31): one rule a test, with
sentences and page pieces of the genre written for these tests."""

from __future__ import annotations

import pytest

from soket.extract import extract_text
from soket.ingest.chrome import find_chrome


def _period(text: str) -> tuple[int | None, int | None, int | None]:
    p = extract_text(text).period
    return p.year, p.start_month, p.end_month


def _chrome(page: str) -> list[str]:
    return [page[s:e] for s, e in find_chrome(page)]


# -- a lead that opens with its full date dates the meeting, under a later copy's page stamp --------------------

STAMP = "BÁO TÂN PHÚ\nThứ hai, 15/04/2024\nChính trị\n\n"


@pytest.mark.parametrize("lead, date", [
    ("TP-Trong 2 ngày 12 và 13/4/2011, Đảng bộ xã Tân Lập đã tiến hành Đại hội đại biểu lần thứ V, nhiệm kỳ "
     "2011-2016.", "2011-04-12"),
    ("Trong 2 ngày 12-13/4/2011, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2011-2016.",
     "2011-04-12"),
    ("Ngày 20/12/2012, HĐND huyện Tân Lập khai mạc kỳ họp thứ 6, đánh giá tình hình kinh tế - xã hội năm 2012.",
     "2012-12-20"),
])
def test_a_leads_full_date_beats_a_later_copys_page_stamp(lead, date):
    assert extract_text(STAMP + lead).meeting.date == date


@pytest.mark.parametrize("lead, date", [
    # the lead's day without its year: the page's year, as before
    ("Sáng 12/4, HĐND huyện Tân Lập khai mạc kỳ họp thứ 6.", "2024-04-12"),
    # an old date later in the lead is a document's or another day's, not the meeting's: the page's month
    ("HĐND huyện Tân Lập vừa khai mạc kỳ họp thứ 6, đánh giá việc thực hiện các nội dung từ ngày 20/12/2012.",
     "2024-04"),
])
def test_near_neighbours_of_the_leads_full_date(lead, date):
    assert extract_text(STAMP + lead).meeting.date == date


# -- a monthly briefing reviews its month: its topic may stand before the month; "nhìn lại" reviews ---------------


@pytest.mark.parametrize("text", [
    "Giao ban tình hình kinh tế - xã hội tháng 8 năm 2023\n\nNgày 5/9/2023, UBND huyện Tân Phú họp giao ban với các "
    "phòng, ban, ngành và UBND các xã.",
    "Ngày 5/9/2023, UBND huyện Tân Phú họp giao ban tình hình kinh tế - xã hội tháng 8 năm 2023 với các xã.",
    "Ngày 5/9/2023, UBND huyện Tân Phú họp giao ban nhằm nhìn lại tình hình kinh tế - xã hội tháng 8, đồng thời bàn "
    "phương hướng, nhiệm vụ tháng 9 năm 2023.",
])
def test_a_monthly_briefing_reviews_its_month(text):
    assert _period(text) == (2023, 8, 8)


@pytest.mark.parametrize("text, period", [
    # the briefing's report gives the months from January: the running total wins, as before
    ("Ngày 5/9/2023, UBND huyện Tân Phú họp giao ban. Tình hình kinh tế - xã hội 8 tháng đầu năm 2023 có nhiều "
     "chuyển biến.", (2023, 1, 8)),
    # the month to come after "bàn" is planned, not reviewed
    ("Ngày 5/9/2023, UBND huyện Tân Phú họp nhìn lại công tác tháng 8 và bàn nhiệm vụ tháng 9.", (2023, 8, 8)),
])
def test_near_neighbours_of_the_monthly_briefing(text, period):
    assert _period(text) == period


# -- the body's term between the meeting's noun and its number ---------------------------------------------------


@pytest.mark.parametrize("text, n", [
    ("Chiều 20/12, Đảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành Đảng bộ xã khóa II, nhiệm kỳ 2025 - 2030 lần "
     "thứ 5 (mở rộng), tổng kết năm 2025.", 5),
    ("Chiều 20/12, Đảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành Đảng bộ xã khóa II, nhiệm kỳ 2025-2030 lần thứ "
     "7, tổng kết năm 2025.", 7),
    # the term without a comma, as before
    ("Chiều 20/12, Đảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành Đảng bộ xã khóa II lần thứ 4, tổng kết năm "
     "2025.", 4),
])
def test_the_bodys_term_stands_between_the_meeting_and_its_number(text, n):
    assert extract_text(text).meeting.session == n


def test_a_later_ordinal_after_the_term_is_no_session():
    text = ("Chiều 20/12, Đảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành Đảng bộ xã khóa II, nhiệm kỳ 2025-2030, "
            "tổng kết năm 2025; đây là lần thứ 2 xã về đích sớm.")
    assert extract_text(text).meeting.session is None


# -- lists of other articles' headlines are chrome: a ticker's items between dashes, a box under its tabs ----------


TICKER = ("Huyện Tân Phú: kinh tế nửa đầu năm tăng khá\n\n"
          "- Chủ tịch UBND tỉnh Trần Văn Bình chủ trì phiên họp thường kỳ tháng 6 -\n\n"
          "- Xuất khẩu cà phê 6 tháng đạt gần 2,1 tỷ USD -\n\n"
          "Sáng 8/7, HĐND huyện Tân Phú khai mạc kỳ họp thứ 9. Thu ngân sách 6 tháng đạt 120 tỷ đồng, bằng 55% dự "
          "toán.\n")


def test_a_tickers_headlines_between_dashes_are_chrome():
    r = extract_text(TICKER)
    assert r.meeting.chairs == []
    assert all("USD" not in f.raw for f in r.facts)
    assert any("120 tỷ đồng" in f.raw for f in r.facts)


@pytest.mark.parametrize("page, kept", [
    # a report's own list items open with a dash but close with their punctuation
    ("Kỳ họp đề ra các nhiệm vụ:\n- Thu ngân sách đạt 120 tỷ đồng;\n- Trồng mới 50 ha rừng -\n", "- Thu ngân sách"),
    # one line between dashes alone is no list
    ("Kỳ họp thông qua 5 nghị quyết.\n\n- Xuất khẩu cà phê đạt gần 2,1 tỷ USD -\n\nHuyện đạt 9 chỉ tiêu.",
     "- Xuất khẩu cà phê"),
])
def test_near_neighbours_of_the_ticker(page, kept):
    assert not any(kept in c for c in _chrome(page))


BOX = ("HĐND huyện Tân Phú vừa tiến hành kỳ họp thứ 9. Kỳ họp đã biểu quyết thông qua 5 nghị quyết, trong đó có nghị "
       "quyết về nhiệm vụ 6 tháng cuối năm.\n\nMinh Thu\n\nChia sẻ:  Facebook   Zalo\nNổi bật | Mới nhất\n"
       "• Huyện Tân Phú: kỳ họp thứ 9 thành công tốt đẹp\n• Xã Tân Lập dành 9 tỷ đồng làm đường giao thông nông thôn\n"
       "POWERED BY CMS\n")


def test_a_headline_box_under_its_tabs_is_chrome_and_the_byline_above_it_is_read():
    r = extract_text(BOX)
    assert all("9 tỷ" not in f.raw for f in r.facts)
    assert r.authors == ["Minh Thu"]


def test_a_report_line_opening_with_a_tabs_word_is_kept():
    page = "Kỳ họp thông qua 5 nghị quyết.\n\nNổi bật\n\nThu ngân sách đạt 120 tỷ đồng.\n• Trồng mới 50 ha rừng."
    assert not any("Thu ngân sách" in c or "Trồng mới" in c for c in _chrome(page))


def test_a_headline_box_printed_an_item_a_paragraph_with_a_footer_under_it_is_chrome():
    page = BOX.replace("\n•", "\n\n•").replace("\nPOWERED", "\n\nPOWERED")
    r = extract_text(page)
    assert all("9 tỷ" not in f.raw for f in r.facts)
    assert r.authors == ["Minh Thu"]
