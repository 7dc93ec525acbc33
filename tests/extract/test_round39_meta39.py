"""Round 39 (meta39): a page's chrome, figures restated, and the meeting's date, chairs and people. A news site's market
board, weather box and epidemic counter copied with the page are no facts of the report; a rank among peers ("thứ 3
trong 6 tỉnh") counts no one; a lead's rounded figure over several sentences, a long sapo's, and a headline's margin
rounded by its qualifier restate the body's; "vượt dự toán cả năm X%" is a plan beaten, no goal; a session written
"từ ngày 10 đến ngày 12/7" is dated by its first day; "Cùng tham gia điều hành có ..." names chairs; an agency's name
ending in lowercase words ("Phát triển nông thôn") gives its head's role. Every sentence is invented; each rule has a
near miss that must not change."""

from __future__ import annotations

from _sentences import facts
from soket.extract.pipeline import extract_text
from soket.ingest.chrome import find_chrome


def _marked(page: str, part: str) -> bool:
    i = page.index(part)
    return any(a <= i and i + len(part) <= b for a, b in find_chrome(page))


def _touched(page: str, part: str) -> bool:
    i = page.index(part)
    return any(a < i + len(part) and i < b for a, b in find_chrome(page))


def _raws(text: str) -> list[str]:
    return [f.raw for f in facts(text)]


BODY = ("Sáng 6/4, UBND huyện Tân Hòa họp phiên thường kỳ tháng 3. Tổng thu ngân sách trên địa bàn quý I ước đạt "
        "58,4 tỷ đồng, bằng 26,3% dự toán năm.")


# --- a market board, a weather box, an epidemic counter ----------------------------------------------------------


def test_market_board_line_is_chrome_and_gives_no_fact():
    board = "Vàng SJC: 74,1 - 76,3 triệu đồng/lượng ▲ 200.000 · VN-Index 1.187,6 (+5,02) · Xăng RON95-III: 23.870 đồng/lít"
    page = "Huyện Tân Hòa: thu ngân sách quý I đạt hơn 26% dự toán\n\n" + board + "\n\n" + BODY
    assert _marked(page, board)
    raws = _raws(page)
    assert "74,1 - 76,3 triệu đồng/lượng" not in raws and "23.870 đồng/lít" not in raws
    assert "58,4 tỷ đồng" in raws


def test_weather_and_market_items_apart_at_bars():
    line = "Rạch Giá 25°C - 32°C | Vàng SJC 121,4 - 123,4 triệu đồng/lượng | USD 26.180"
    page = line + "\n\n" + BODY
    assert _marked(page, line)
    assert "121,4 - 123,4 triệu đồng/lượng" not in _raws(page)


def test_epidemic_counter_alone_on_its_line():
    line = "Covid-19 hôm nay: 8.215 ca mắc mới, 97 ca tử vong"
    page = line + "\n\n" + BODY
    assert _marked(page, line)
    assert "8.215 ca" not in " ".join(_raws(page))


def test_report_sentence_about_prices_is_no_board():
    """Near miss: a report's sentence on petrol or gold has its verb; a bar-split line with an item of prose is no board;
    a table row of an exchange rate is a table."""
    said = "Giá xăng RON95 tăng 600 đồng/lít, huyện kiểm tra 18 cửa hàng xăng dầu."
    page = said + "\n\n" + BODY
    assert not _touched(page, said)
    assert "18 cửa hàng" in " ".join(_raws(page))
    mixed = "Giá vàng SJC 74,1 triệu đồng/lượng | Toàn huyện thu ngân sách đạt 58,4 tỷ đồng trong quý I"
    assert not _touched(mixed + "\n\n" + BODY, mixed)
    row = "| Tỷ giá USD | 24.250 | 24.310 |"
    assert not _touched(row + "\n\n" + BODY, row)


def test_epidemic_line_of_the_report_is_kept():
    """Near miss: the report's own count of cases, a sentence, stays a fact."""
    text = BODY + " Trong tháng, toàn huyện ghi nhận 146 ca mắc Covid-19."
    assert "146 ca" in " ".join(_raws(text))


# --- a rank among peers -------------------------------------------------------------------------------------------


def test_rank_among_peers_counts_no_one():
    text = "Tăng trưởng GRDP quý I ước đạt 7,4%, xếp thứ 2 trong 5 tỉnh Tây Nguyên."
    raws = _raws(text)
    assert "7,4%" in raws and not any(r.startswith("5 tỉnh") for r in raws)
    text = "Thu ngân sách đạt 58,4 tỷ đồng, đứng thứ 3 trong số 12 huyện, thị xã."
    assert not any(r.startswith("12 huyện") for r in _raws(text))


def test_count_after_trong_without_a_rank_stays():
    """Near miss: "trong 6 xã" with no rank before it is the report's count."""
    text = "Huyện có 7 xã đạt chuẩn nông thôn mới, trong đó 3 xã đạt chuẩn nâng cao."
    raws = " ".join(_raws(text))
    assert "7 xã" in raws and "3 xã" in raws


# --- a rounded figure restated ----------------------------------------------------------------------------------


def test_lead_of_two_sentences_rounds_the_body_figure():
    text = ("Phường Hòa An: thu ngân sách 9 tháng vượt dự toán năm\n\n"
            "Chiều 2/10, UBND phường Hòa An họp phiên thường kỳ tháng 9. Theo báo cáo, thu ngân sách trên địa bàn phường "
            "ước đạt hơn 842 tỷ đồng, vượt dự toán cả năm.\n\n"
            "Ông Lê Văn Tài, Chủ tịch UBND phường chủ trì phiên họp.\n\n"
            "Theo báo cáo, tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 842,6 tỷ đồng, bằng 103,1% dự toán "
            "năm.")
    raws = _raws(text)
    assert "842,6 tỷ đồng" in raws and "hơn 842 tỷ đồng" not in raws


def test_lead_rounded_figure_of_another_thing_stays():
    """Near miss: the lead's rounded sum names another thing than the body's sum of the same size."""
    text = ("Phường Hòa An: thu hút đầu tư tăng mạnh\n\n"
            "Chiều 2/10, UBND phường Hòa An họp phiên thường kỳ tháng 9. Theo báo cáo, vốn đăng ký của doanh nghiệp "
            "mới ước đạt hơn 842 tỷ đồng.\n\n"
            "Ông Lê Văn Tài, Chủ tịch UBND phường chủ trì phiên họp.\n\n"
            "Theo báo cáo, tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 842,6 tỷ đồng, bằng 103,1% dự toán "
            "năm.")
    raws = _raws(text)
    assert "842,6 tỷ đồng" in raws and "hơn 842 tỷ đồng" in raws


def test_long_sapo_and_headline_margin_restate_the_body():
    text = ("Quảng Hà: Thu ngân sách 11 tháng vượt dự toán cả năm gần 18%\n\n"
            "Thu ngân sách nhà nước trên địa bàn tỉnh Quảng Hà 11 tháng năm 2026 ước đạt hơn 12.400 tỷ đồng, vượt xa dự "
            "toán; tuy nhiên tiến độ giải ngân vốn đầu tư công và thu hút đầu tư nước ngoài vẫn còn chậm so với yêu cầu.\n\n"
            "Chiều 28/11, UBND tỉnh Quảng Hà họp phiên thường kỳ tháng 11.\n\n"
            "Thu ngân sách nhà nước trên địa bàn 11 tháng ước đạt 12.460 tỷ đồng, bằng 117,8% dự toán năm, tăng 9,2% so "
            "với cùng kỳ.")
    raws = _raws(text)
    assert "12.460 tỷ đồng" in raws and "117,8%" in raws
    assert "hơn 12.400 tỷ đồng" not in raws and "gần 18%" not in raws


def test_headline_margin_off_by_more_than_its_rounding_stays():
    """Near miss: "gần 15%" is no rounding of 117,8% (a margin of 17,8)."""
    text = ("Quảng Hà: Thu ngân sách vượt dự toán cả năm gần 15%\n\n"
            "Chiều 28/11, UBND tỉnh Quảng Hà họp phiên thường kỳ tháng 11.\n\n"
            "Thu ngân sách nhà nước trên địa bàn 11 tháng ước đạt 12.460 tỷ đồng, bằng 117,8% dự toán năm.")
    assert "gần 15%" in _raws(text)


def test_plan_beaten_for_the_whole_year_is_no_goal():
    f = next(f for f in facts("Thu ngân sách của huyện vượt dự toán cả năm 12%.") if f.raw == "12%")
    assert f.role == "plan_diff_pct" and f.basis == "dự toán cả năm"


def test_whole_year_plan_opening_a_sentence_is_the_goal():
    """Near miss: "Dự toán cả năm ..." opening its sentence sets the goal."""
    f = next(f for f in facts("Dự toán cả năm thu ngân sách huyện 310 tỷ đồng.") if f.raw == "310 tỷ đồng")
    assert f.role == "target"


# --- the meeting's date, chairs, people ------------------------------------------------------------------------


def test_session_over_days_with_the_day_word_twice_is_dated_by_its_first():
    text = ("Chiều 9/12, Kỳ họp thứ 11, HĐND tỉnh Quảng Hà khóa XVII đánh giá kết quả năm 2026 đã bế mạc. Kỳ họp diễn "
            "ra từ ngày 7 đến ngày 9/12/2026 tại Hội trường tỉnh.")
    assert extract_text(text).meeting.date == "2026-12-07"


def test_span_of_other_business_does_not_date_the_session():
    """Near miss: a span of days closing before the day read (voters' meetings before the session) is another's."""
    text = ("Chiều 9/12, Kỳ họp thứ 11, HĐND tỉnh Quảng Hà khóa XVII đánh giá kết quả năm 2026 đã bế mạc. Trước kỳ "
            "họp, các tổ đại biểu tiếp xúc cử tri từ ngày 3 đến ngày 5/12/2026 tại 40 điểm.")
    assert extract_text(text).meeting.date == "2026-12-09"


def test_co_chairs_listed_after_taking_part_in_running_the_session():
    text = ("Sáng 8/12, HĐND tỉnh Quảng Hà khai mạc kỳ họp thứ 11. Ông Hà Văn Lộc, Chủ tịch HĐND tỉnh điều hành kỳ họp. "
            "Cùng tham gia điều hành có các đồng chí Phó Chủ tịch HĐND tỉnh: Lương Thị Mai, Tô Văn Quyết và Kha Văn "
            "Dũng.")
    assert extract_text(text).meeting.chairs == ["Hà Văn Lộc", "Lương Thị Mai", "Tô Văn Quyết", "Kha Văn Dũng"]


def test_taking_part_without_a_chairing_verb_names_no_chair():
    """Near miss: "Cùng tham gia có ..." lists guests."""
    text = ("Sáng 8/12, HĐND tỉnh Quảng Hà khai mạc kỳ họp thứ 11. Ông Hà Văn Lộc, Chủ tịch HĐND tỉnh điều hành kỳ họp. "
            "Cùng tham gia có các đồng chí Phó Chủ tịch UBND tỉnh: Lương Thị Mai, Tô Văn Quyết.")
    assert extract_text(text).meeting.chairs == ["Hà Văn Lộc"]


def test_agency_name_ending_in_lowercase_words_gives_the_role():
    text = ("Sáng 6/4, UBND tỉnh Quảng Hà họp phiên thường kỳ tháng 3. Theo Giám đốc Sở Nông nghiệp và Phát triển "
            "nông thôn Trương Văn Hiếu, toàn tỉnh có 2.100 ha lúa bị hạn.")
    people = {p.name: p.roles for p in extract_text(text).people}
    assert people.get("Trương Văn Hiếu") == ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn"]


def test_lowercase_words_after_a_role_outside_an_agency_end_it():
    """Near miss: the words after a unit's role ("... tỉnh cho biết nông thôn mới ...") are no part of it."""
    text = ("Sáng 6/4, UBND tỉnh Quảng Hà họp phiên thường kỳ tháng 3. Phó Chủ tịch UBND tỉnh Trương Văn Hiếu cho biết "
            "nông thôn mới có 14 xã đạt chuẩn.")
    people = {p.name: p.roles for p in extract_text(text).people}
    assert people.get("Trương Văn Hiếu") == ["Phó Chủ tịch UBND tỉnh"]


# --- round 38's leftovers: a closing foretold, the days a session ran, a quarter naming the meeting ----------------


def test_closing_day_foretold_is_no_meeting_day():
    text = ("Kỳ họp thứ 9 HĐND tỉnh Quảng Hà khai mạc\n\nHĐND tỉnh Quảng Hà khóa XVII khai mạc kỳ họp thứ 9 thường lệ "
            "giữa năm 2026. Kỳ họp dự kiến diễn ra trong 3 ngày và bế mạc ngày 16/7/2026.")
    assert extract_text(text).meeting.date == "2026-07-14"
    text = ("HĐND tỉnh Quảng Hà khóa XVII khai mạc kỳ họp thứ 9 thường lệ giữa năm 2026. Kỳ họp dự kiến bế mạc ngày "
            "16/7/2026.")
    assert extract_text(text).meeting.date != "2026-07-16"


def test_opening_day_with_a_closing_foretold_stays():
    """Near miss: the lead's own day (the opening) is kept; a closing reported done stays the day read."""
    text = ("Sáng 14/7/2026, HĐND tỉnh Quảng Hà khóa XVII khai mạc kỳ họp thứ 9. Theo chương trình, kỳ họp sẽ bế mạc "
            "ngày 16/7/2026.")
    assert extract_text(text).meeting.date == "2026-07-14"
    text = "Chiều 16/7/2026, kỳ họp thứ 9 HĐND tỉnh Quảng Hà khóa XVII đã bế mạc."
    assert extract_text(text).meeting.date == "2026-07-16"


def test_quarter_in_the_headline_names_the_meeting_the_lead_the_months_reviewed():
    text = ("UBND huyện Tân Hòa họp phiên thường kỳ Quý II năm 2026\n\nSáng 3/7, UBND huyện Tân Hòa họp phiên thường "
            "kỳ đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm.")
    p = extract_text(text).period
    assert (p.year, p.start_month, p.end_month) == (2026, 1, 6)


def test_quarter_in_the_headline_and_the_lead_stays():
    """Near miss: the lead reviews the quarter itself; the running months of a figure further down change nothing."""
    text = ("UBND huyện Tân Hòa họp phiên thường kỳ Quý III năm 2026\n\nSáng 3/10, UBND huyện Tân Hòa họp phiên "
            "thường kỳ đánh giá tình hình kinh tế - xã hội quý III năm 2026.\n\nTổng thu ngân sách quý III đạt 21 tỷ "
            "đồng.\n\nThu ngân sách 9 tháng đạt 61 tỷ đồng.")
    p = extract_text(text).period
    assert (p.year, p.start_month, p.end_month) == (2026, 7, 9)
