"""Round 28 (heldout28c): forms of the genre that the first sight of ex487-ex492 showed unread, each in sentences
written for this test (none copied from the held-out reports): a comma piece holding only a time or an opener before
the figure ("..., tính cả năm chỉ khoảng N") leaves the measure to the clause before it; a paper's long note on its
readers' comments under the byline ("LƯU Ý: ... ý kiến của bạn đọc ...") is chrome, so the byline above it is read; a
span of days after "từ" with no "ngày" and no year ("từ 13 - 14.7", "từ 5 đến 7.12") dates the meeting by its first day, a range of
figures ("từ 5 - 6.5 tấn/ha") does not; a share of the session's time ("1/3 thời gian kỳ họp") is no fact."""

from __future__ import annotations

from soket.extract import extract_text

LEAD = ("Ngày 8/12/2016, Ban Chấp hành Đảng bộ huyện Mộc Hóa tổ chức hội nghị lần thứ 6 đánh giá kết quả thực hiện "
        "nghị quyết năm 2016.\n\n")


def _subjects(text: str) -> dict[str, str | None]:
    return {f.raw: f.subject for f in extract_text(LEAD + text).facts}


def test_a_time_alone_after_a_comma_leaves_the_clause_measure() -> None:
    got = _subjects("Giá dưa hấu bấp bênh nên thu nhập của người trồng không cao, tính cả năm chỉ khoảng 45 triệu "
                    "đồng/ha, giảm gần 5 triệu đồng/ha so với năm 2015.")
    assert got["khoảng 45 triệu đồng/ha"] is not None and got["khoảng 45 triệu đồng/ha"].startswith("thu nhập")
    assert got["gần 5 triệu đồng/ha"] is not None and got["gần 5 triệu đồng/ha"].startswith("thu nhập")


def test_a_bare_time_opener_after_a_comma_too() -> None:
    got = _subjects("Mưa trái mùa kéo dài nên sản lượng muối giảm mạnh, cả năm chỉ đạt 3.200 tấn.")
    assert got["3.200 tấn"] is not None and got["3.200 tấn"].startswith("sản lượng muối")


def test_a_note_on_readers_comments_under_the_byline_is_chrome() -> None:
    text = ("UBND TX.Tân Uyên họp thông qua báo cáo quý I-2017\n\nSáng 30-3, UBND TX.Tân Uyên tổ chức hội nghị thông "
            "qua báo cáo tình hình kinh tế - xã hội quý I. Trong quý, tổng thu ngân sách đạt 412 tỷ đồng, bằng 28% "
            "dự toán.\n\nTHANH HẰNG - BẢO NGỌC\n\nChia sẻ bài viết\n\nLƯU Ý: Tòa soạn sẽ biên tập ý kiến của bạn đọc "
            "trước khi đăng, hoan nghênh những ý kiến khách quan, mang tính xây dựng và có quyền không đăng những ý "
            "kiến không phù hợp với quy định.\n")
    assert extract_text(text).authors == ["Thanh Hằng", "Bảo Ngọc"]


def test_a_span_of_days_with_no_day_word_dates_the_meeting() -> None:
    r = extract_text("HĐND tỉnh Hậu Giang khai mạc kỳ họp giữa năm\n\nKỳ họp diễn ra trong ba ngày, từ 10 - 12.7. "
                     "Báo cáo cho biết 6 tháng đầu năm 2018 tăng trưởng GRDP 6,8%.")
    assert r.meeting.date == "2018-07-10"
    r = extract_text("HĐND tỉnh Hậu Giang khai mạc kỳ họp cuối năm\n\nKỳ họp diễn ra từ 5 đến 7.12, tại hội trường "
                     "tỉnh. Báo cáo cho biết năm 2018 tăng trưởng GRDP 7,1%.")
    assert r.meeting.date == "2018-12-05"


def test_a_range_of_figures_after_tu_is_no_day() -> None:
    r = extract_text("HĐND huyện Phụng Hiệp khai mạc kỳ họp giữa năm 2018\n\nNăng suất lúa Hè Thu tăng từ 5 - 6.5 "
                     "tấn/ha, thu ngân sách đạt 61% dự toán.")
    assert r.meeting.date == "2018"


def test_a_share_of_the_session_time_is_no_fact() -> None:
    r = extract_text("HĐND huyện Long Mỹ khai mạc kỳ họp thứ 6\n\nThường trực HĐND dành trọn một buổi, bằng 1/3 thời "
                     "gian kỳ họp, cho chất vấn và trả lời chất vấn; kỳ họp xem xét 12 tờ trình.")
    raws = {f.raw for f in r.facts}
    assert "12 tờ trình" in raws and not any("1/3" in x for x in raws)
