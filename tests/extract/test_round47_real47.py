"""Kinds of error read on real published report pages at first sight (round 47, real47): one rule of the genre a test,
in sentences written for these tests (never copied from the pages), each with a near miss that must not change."""

from __future__ import annotations

from soket.extract import extract_document
from soket.ingest import load_bytes


def _record(text: str, name: str = "bai.txt"):  # type: ignore[no-untyped-def]
    return extract_document(load_bytes(text.encode("utf-8"), name=name))


def _fact(text: str, raw: str):  # type: ignore[no-untyped-def]
    got = [f for f in _record(text).facts if f.raw == raw]
    assert len(got) == 1, [(f.raw, f.role, f.subject) for f in _record(text).facts]
    return got[0]


# -- a year that names no period: a point in time, a list of years, a law's name -----------------------------------

def test_a_year_something_is_due_by_is_no_period() -> None:
    rec = _record("HĐND huyện Tân Lập khóa V tổ chức kỳ họp thứ 9. Kỳ họp thông qua 4 nghị quyết, trong đó có nghị "
                  "quyết xây dựng xã Phú Hòa đạt chuẩn nông thôn mới vào năm 2028.")
    assert rec.period.year is None and rec.meeting.date is None


def test_a_list_of_past_years_is_no_period() -> None:
    rec = _record("Đảng bộ tỉnh Tân Lập khai mạc Đại hội đại biểu lần thứ XII. Nhiệm kỳ qua, tỉnh chịu thiệt hại nặng "
                  "do hạn mặn các năm 2019, 2023 nhưng kinh tế vẫn giữ được đà tăng trưởng.")
    assert rec.period.year is None and rec.meeting.date is None


def test_a_laws_year_is_no_period() -> None:
    rec = _record("Sáng 3/7/2021, HĐND xã Tân Lập khóa X tổ chức kỳ họp thứ nhất. Căn cứ Luật Tổ chức chính quyền "
                  "địa phương năm 2015, kỳ họp bầu Chủ tịch, Phó Chủ tịch HĐND xã.")
    assert rec.meeting.date == "2021-07-03"
    assert rec.period.year is None and rec.period.start_month is None


def test_near_miss_the_year_a_session_reviews_still_is_one() -> None:
    rec = _record("Sáng 20/12, HĐND huyện Tân Lập tổ chức kỳ họp thứ 9 đánh giá kết quả thực hiện nhiệm vụ năm 2024. "
                  "Tổng thu ngân sách đạt 310 tỷ đồng.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2024, 1, 12)
    rec = _record("HĐND huyện Tân Lập tổ chức kỳ họp thứ 9. Năm 2024, tổng thu ngân sách đạt 310 tỷ đồng, giải ngân "
                  "vốn theo Luật Đầu tư công.")
    assert rec.period.year == 2024


# -- a bare "đạt N%" in a clause shaped as its sibling's, whose plan figure other figures follow --------------------

def test_plan_elided_in_a_parallel_clause_after_a_semicolon() -> None:
    text = ("Trong 5 tháng, giá trị sản xuất nông nghiệp đạt trên 40% kế hoạch, tăng 2,5% so cùng kỳ; giá trị sản xuất "
            "công nghiệp đạt gần 37%, tăng 7,4% so cùng kỳ; tỷ lệ hộ nghèo còn 1,8%.")
    f = _fact(text, "gần 37%")
    assert f.role == "plan_pct" and f.basis == "kế hoạch"
    assert _fact(text, "7,4%").role == "change_pct"


def test_near_miss_a_rate_or_another_indicator_keeps_its_own_measure() -> None:
    text = ("Thu ngân sách đạt 45% dự toán, tăng 6% so cùng kỳ; tỷ lệ tiêm chủng đạt 97%; giải ngân vốn đầu tư công "
            "đạt 38%.")
    assert _fact(text, "97%").role == "percent"
    assert _fact(text, "38%").role == "percent"


# -- hamlet nouns listed as one counted noun: the share's subject runs over the comma --------------------------------

def test_a_share_of_listed_hamlets_keeps_the_whole_list() -> None:
    text = "Năm 2024, 100% xóm, tổ dân phố của xã có nhà văn hóa đạt chuẩn, tăng 4% so với năm trước."
    f = _fact(text, "100%")
    assert f.subject is not None and f.subject.startswith("xóm, tổ dân phố")
    assert _fact("Toàn phường có 7 khóm, khu phố đạt chuẩn văn minh đô thị.", "7 khóm, khu phố").unit == "khóm, khu phố"


def test_near_miss_a_noun_of_another_kind_ends_the_list() -> None:
    f = _fact("Xã có 12 xóm, trong đó 3 xóm đạt chuẩn nông thôn mới kiểu mẫu.", "12 xóm")
    assert f.unit == "xóm"


# -- a full stop glued to the next sentence's capitalised word ends the sentence --------------------------------------

def test_a_glued_full_stop_ends_the_sentence() -> None:
    text = 'Đại hội có chủ đề "Đoàn kết, đổi mới, phát triển bền vững".Có 312 đại biểu chính thức dự Đại hội.'
    assert (_fact(text, "312 đại biểu").subject or "").startswith("đại biểu chính thức")
    text = "Đại hội Đảng bộ huyện Tân Lập lần thứ XX khai mạc sáng nay.Có 245 đại biểu chính thức về dự."
    assert (_fact(text, "245 đại biểu").subject or "").startswith("đại biểu chính thức")


def test_near_miss_abbreviations_and_acronyms_stay_whole() -> None:
    rec = _record("Sáng 12/3, UBND TP.HCM họp thường kỳ tháng 2; Sở Tài chính Tp.Hồ Chí Minh báo cáo thu ngân sách "
                  "đạt 12.500 tỷ đồng.")
    assert [f.raw for f in rec.facts] == ["12.500 tỷ đồng"]


# -- a congress's secretariat and the hall it meets in -------------------------------------------------------------

def test_doan_thu_ky_is_no_chair() -> None:
    rec = _record("Chiều 14/10, Đại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ XVIII tiến hành phiên trù bị, bầu Đoàn "
                  "Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu.")
    assert rec.meeting.chairs == []
    rec = _record("Sáng 2/7, HĐND xã Tân Lập tổ chức kỳ họp thứ 3 do ông Đoàn Văn Thư, Chủ tịch HĐND xã chủ trì.")
    assert rec.meeting.chairs == ["Đoàn Văn Thư"]


def test_a_congress_held_at_the_conference_centre_is_a_congress() -> None:
    rec = _record("Sáng 15/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ XVIII, nhiệm "
                  "kỳ 2025 - 2030 tiến hành phiên trù bị.")
    assert (rec.meeting.body_kind, rec.meeting.session) == ("other", 18)
    rec = _record("Sáng 15/10, tại Trung tâm Hội nghị tỉnh, Ban Chấp hành Đảng bộ tỉnh Tân Lập tổ chức hội nghị lần thứ 9.")
    assert (rec.meeting.body_kind, rec.meeting.session) == ("executive_committee", 9)


# -- a price base's or a comparison's year is no year of the text's own ----------------------------------------------

def test_price_base_year_does_not_date_the_session() -> None:
    rec = _record("Ngày 10/7, HĐND tỉnh Tân Lập khai mạc kỳ họp thứ 7. Trong 6 tháng đầu năm, GRDP ước đạt 6.120 tỷ "
                  "đồng (giá so sánh năm 2010), tăng 8,1%.")
    assert rec.meeting.date is None and rec.period.year is None
    rec = _record("Ngày 10/7, HĐND tỉnh Tân Lập khai mạc kỳ họp thứ 7. Trong 6 tháng đầu năm, GRDP ước đạt 6.120 tỷ "
                  "đồng (giá so sánh năm 2010), tăng 8,1%. Tỉnh chuẩn bị tổ chức hội nghị xúc tiến đầu tư năm 2019.")
    assert rec.meeting.date == "2019-07-10" and rec.period.year == 2019


# -- an outlet's name before the page's date is no author; the byline's name is no place -----------------------------

def test_outlet_name_before_the_date_is_no_author() -> None:
    rec = _record("Tân Lập News 14/10/2020\nSáng 14/10, Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XX khai mạc.")
    assert rec.authors == []
    rec = _record("Minh Châu 14/10/2020\nSáng 14/10, Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XX khai mạc.")
    assert rec.authors == ["Minh Châu"]


def test_the_byline_name_is_no_locality() -> None:
    rec = _record("Tại kỳ họp, HĐND xã đã bầu ông Nguyễn Văn Tâm, Bí thư Đảng ủy xã, giữ chức Chủ tịch HĐND xã nhiệm "
                  "kỳ 2021 - 2026.\nQuang Minh.")
    assert rec.authors == ["Quang Minh"]
    assert rec.meeting.locality is None and rec.meeting.locality_kind == "xã"
    rec = _record("Sáng 2/7, HĐND xã Quang Minh tổ chức kỳ họp thứ nhất, bầu ông Nguyễn Văn Tâm giữ chức Chủ tịch HĐND "
                  "xã.\nQuang Minh.")
    assert rec.meeting.locality == "Quang Minh"


# -- a UBND meeting preparing what it submits to the council's session -----------------------------------------------

def test_matters_submitted_to_the_year_end_session_are_the_committees_meeting() -> None:
    rec = _record("Thống nhất các nội dung trình HĐND thành phố vào kỳ họp cuối năm\nNgày 29-10, UBND thành phố Tân "
                  "Lập họp phiên thường kỳ tháng 10, cho ý kiến các tờ trình để trình HĐND thành phố thông qua vào kỳ "
                  "họp cuối năm 2024.")
    assert rec.meeting.body_kind == "peoples_committee" and rec.meeting.session is None
    rec = _record("Ngày 10/12, HĐND thành phố Tân Lập khai mạc kỳ họp cuối năm 2024, thông qua 12 nghị quyết.")
    assert rec.meeting.body_kind == "peoples_council"
