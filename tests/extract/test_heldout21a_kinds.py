"""Kinds found on held-out reports ex331-ex340 (issue 10, the North): a figure whose clause opens on the body
acting after a frame, and a mid-year session of a unit formed at mid-year that only decides the closing half.
Sentences written for these tests."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.dates import publication_date

# --- a frame, then the body's own clause ------------------------------------------------------------------


def _subject(text: str) -> str:
    facts = extract_text(text).facts
    assert len(facts) == 1
    return facts[0].subject or ""


def test_a_frame_before_the_council_acting_is_no_part_of_the_subject():
    s = _subject("Với nghị quyết về chủ trương chuyển mục đích sử dụng đất, Hội đồng nhân dân tỉnh đồng ý chuyển "
                 "mục đích sử dụng 12,6 ha đất trồng lúa.")
    # (the council's decision verb may open it or not: facts43b's subjects.leading_decisions drops it)
    assert s.startswith(("đồng ý chuyển mục đích sử dụng", "chuyển mục đích sử dụng"))
    assert "nghị quyết" not in s.lower() and "hội đồng" not in s.lower()


def test_a_frame_before_the_committee_acting_is_no_part_of_the_subject():
    s = _subject("Đối với tờ trình về bảng giá đất, Ủy ban nhân dân thành phố đề nghị điều chỉnh 36 vị trí đất ở đô thị.")
    assert s == "đề nghị điều chỉnh vị trí đất ở đô thị"


def test_the_body_acting_with_its_name_goes_with_it():
    s = _subject("Sau khi thảo luận, Hội đồng nhân dân huyện Yên Lập thống nhất bổ sung 4,5 tỷ đồng cho trường học.")
    assert s == "thống nhất bổ sung"


def test_a_clause_without_a_frame_is_read_as_before():
    s = _subject("Hội đồng nhân dân xã thông qua 8 nghị quyết.")
    assert s == "thông qua nghị quyết"


def test_a_subject_before_a_comma_that_names_no_body_is_kept():
    s = _subject("Về thu ngân sách, tổng thu trên địa bàn huyện đạt 312 tỷ đồng.")
    assert "tổng thu" in s


# --- a mid-year session that only decides the closing half ----------------------------------------------


def test_a_mid_year_session_deciding_only_the_closing_half_is_of_those_months():
    rec = extract_text("Ngày 23/7/2025, HĐND phường Hà Lầm tổ chức kỳ họp thường lệ giữa năm 2025. Kỳ họp thông qua "
                       "5 nghị quyết, gồm nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025 và "
                       "chương trình giám sát năm 2026.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 7, 12)


def test_a_mid_year_session_that_reviews_the_first_months_keeps_the_first_half():
    rec = extract_text("Ngày 23/7/2025, HĐND phường Hà Lầm tổ chức kỳ họp thường lệ giữa năm 2025, đánh giá kết quả "
                       "những tháng đầu năm, quyết định nhiệm vụ 6 tháng cuối năm 2025.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 1, 6)


def test_a_mid_year_session_naming_no_half_keeps_the_first_half():
    rec = extract_text("Ngày 11/7/2024, HĐND huyện Yên Lập tổ chức kỳ họp thường lệ giữa năm 2024, thông qua 9 nghị quyết.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 6)


# --- a page's date line with its clock, time zone and share button (a text copy of a page) ------------------


def test_a_date_line_with_clock_zone_and_share_button_dates_the_page():
    text = ("Tuần Giáo hoàn thành gieo cấy lúa mùa\n"
            "Chủ nhật, 28/07/2024 20:15 GMT+7   Chia sẻ\n"
            "UBND huyện Tuần Giáo vừa tổ chức phiên họp thường kỳ tháng 7 để đánh giá tình hình kinh tế - xã hội "
            "trong tháng và triển khai nhiệm vụ tháng 8. Toàn huyện gieo cấy được 2.410 ha lúa mùa.")
    assert extract_text(text).meeting.date == "2024-07"


def test_a_sentence_with_a_date_and_a_clock_is_no_date_line():
    text = ("Tuần Giáo hoàn thành gieo cấy lúa mùa\n"
            "Đến 17:00 ngày 20/06/2023, các xã đã báo cáo tiến độ gieo cấy và chăm sóc lúa cho Ủy ban nhân dân huyện\n"
            "UBND huyện Tuần Giáo vừa tổ chức phiên họp thường kỳ tháng 7.")
    assert publication_date(text) is None


def test_a_date_line_keeps_its_clock_out_of_its_length():
    d = publication_date("Tin địa phương\nThứ hai, 29/07/2024 19:59 (GMT+7)   Chia sẻ\nNội dung bài viết.")
    assert d is not None and (d.year, d.month, d.day) == (2024, 7, 29)


# --- a counted noun's abbreviation spelt out ------------------------------------------------------------------


def test_an_abbreviation_after_the_counted_head_is_spelt_out():
    facts = extract_text("Năm 2023, xã cấp 610 thẻ BHYT cho trẻ em dưới 6 tuổi và 45 sổ BHXH cho người lao động.").facts
    assert [(f.value, f.unit) for f in facts] == [(610, "thẻ bảo hiểm y tế"), (45, "sổ bảo hiểm xã hội")]


def test_a_counted_noun_without_abbreviations_is_as_written():
    facts = extract_text("Năm 2023, xã cấp 610 thẻ khuyết tật cho người dân.").facts
    assert [(f.value, f.unit) for f in facts] == [(610, "thẻ khuyết tật")]
