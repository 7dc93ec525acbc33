"""Kinds of error read on real published report pages at first sight (round 39, real39): one rule of the genre a test,
in sentences written for these tests (never copied from the pages), each with a near miss that must not change."""

from __future__ import annotations

from _sentences import one
from soket.extract import extract_document
from soket.ingest import load_bytes


def _record(text: str, name: str = "bai.txt"):  # type: ignore[no-untyped-def]
    return extract_document(load_bytes(text.encode("utf-8"), name=name))


def _raws(text: str) -> list[str]:
    return [f.raw for f in _record(text).facts]


# -- a web address copied with a page is the page's: no figure read inside it ------------------------------------

def test_a_page_address_gives_no_figures() -> None:
    text = ("https://baotinh.vn/tim-kiem/%C4%90%E1%BA%A1i%20bi%E1%BB%83u?page=34&id=2023\n\n"
            "Sáng 5/7, HĐND xã Tân Lạc tổ chức kỳ họp thứ 8. Thu ngân sách đạt 12 tỷ đồng, bằng 60% dự toán.\n\n"
            "(http://www.nguonbai.com.vn/tin/20230705-1234)")
    assert _raws(text) == ["12 tỷ đồng", "60%"]


def test_a_site_named_in_a_sentence_keeps_its_figures() -> None:
    # near miss: a portal named in words, no address: its count is a figure
    text = "Năm 2024, cổng thông tin điện tử của xã Tân Lạc đăng 120 tin bài về kỳ họp."
    assert one(text, "120 tin bài").value == 120


# -- the page's own address on top names its publisher, however long; a provincial department's host -------------

def test_the_address_line_on_top_places_a_body_named_by_its_unit_word() -> None:
    text = ("https://www.laichau.gov.vn/pages/detail/90417/Hoi-dong-nhan-dan-tinh-khai-mac-ky-hop-giua-nam-"
            "xem-xet-nhieu-noi-dung-quan-trong-cua-dia-phuong.html\n\n"
            "Sáng 10/7/2024, HĐND tỉnh khóa XV khai mạc kỳ họp thứ 9, xem xét tình hình 6 tháng đầu năm.")
    m = _record(text).meeting
    assert (m.locality, m.locality_kind) == ("Lai Châu", "tỉnh")


def test_an_address_at_the_foot_places_nothing() -> None:
    # near miss: a long address under the text is another page's (a source line), not the page's own
    text = ("Sáng 10/7/2024, HĐND tỉnh khóa XV khai mạc kỳ họp thứ 9, xem xét tình hình 6 tháng đầu năm.\n\n"
            "https://www.laichau.gov.vn/pages/detail/90417/Hoi-dong-nhan-dan-tinh-khai-mac-ky-hop-giua-nam-"
            "xem-xet-nhieu-noi-dung-quan-trong-cua-dia-phuong.html")
    assert _record(text).meeting.locality is None


def test_a_department_host_names_its_province() -> None:
    text = ("http://tnmtlaichau.gov.vn/tin-tuc/chinh-tri/trang-12.html\n\n"
            "Chiều 11-12, HĐND tỉnh khóa XIV bế mạc kỳ họp thứ 8 sau ba ngày làm việc.")
    m = _record(text).meeting
    assert (m.locality, m.locality_kind) == ("Lai Châu", "tỉnh")


def test_the_huế_paper_code_places_the_city() -> None:
    text = "HNN.VN - Sáng 12/10, HĐND thành phố họp phiên chuyên đề, quyết định kế hoạch đầu tư công năm 2026."
    m = _record(text).meeting
    assert (m.locality, m.locality_kind, m.province) == ("Huế", "thành phố", None)


# -- "HĐND Thành phố" on a province's paper, no place named: the province's town of its name --------------------

def test_the_bare_city_on_a_province_paper_is_the_provincial_town() -> None:
    text = ("Báo Lai Châu\n\nNgày 8/7, HĐND Thành phố khóa XXI tổ chức Kỳ họp thứ 10 đánh giá tình hình 6 tháng đầu "
            "năm 2021. Thu ngân sách trên địa bàn ước đạt 160 tỷ đồng.")
    m = _record(text).meeting
    assert (m.locality, m.locality_kind, m.province) == ("Lai Châu", "thành phố", "Lai Châu")


def test_a_city_named_elsewhere_wins_over_the_provincial_town() -> None:
    # near miss: the text names its city ("thành phố Cẩm Phả") on the province's paper: that one
    text = ("Báo Quảng Ninh\n\nNgày 8/7, HĐND Thành phố khóa XXI tổ chức Kỳ họp thứ 10. Chủ tịch UBND thành phố "
            "Cẩm Phả báo cáo kết quả 6 tháng đầu năm 2021.")
    assert _record(text).meeting.locality == "Cẩm Phả"


def test_no_town_of_the_province_name_places_nothing() -> None:
    # near miss: Quảng Ninh has no town called Quảng Ninh: no guess
    text = "Báo Quảng Ninh\n\nNgày 8/7, HĐND Thành phố khóa XXI tổ chức Kỳ họp thứ 10 đánh giá tình hình 6 tháng."
    assert _record(text).meeting.locality is None


# -- the goals a review assesses ("kết quả thực hiện các mục tiêu ... năm 2016") plan no year --------------------

def test_goals_assessed_name_the_year_reviewed() -> None:
    text = ("Sáng 9-12, HĐND tỉnh Lai Châu họp kỳ thứ 11 để xem xét kết quả thực hiện các chỉ tiêu về y tế, giáo dục "
            "năm 2019 và phương hướng, giải pháp năm 2020.")
    r = _record(text)
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2019, 1, 12)
    assert r.meeting.date == "2019-12-09"


def test_goals_to_carry_out_still_plan_their_year() -> None:
    # near miss: no review's word before "thực hiện": the goals of the year to come
    text = ("Xã Tân Lạc quyết tâm thực hiện mục tiêu năm 2026\n\nUBND xã Tân Lạc tổ chức hội nghị tổng kết công tác "
            "năm 2025, triển khai nhiệm vụ năm 2026. Thu ngân sách vượt 12% dự toán.")
    assert _record(text).period.year == 2025


# -- months listed after one "tháng" ("tháng 1,2 năm 2017"): the months from the first to the last ---------------

def test_months_listed_are_the_period() -> None:
    text = ("Huyện ủy Na Rì giao ban tháng 1,2 năm 2018\n\nNgày 23/2, Huyện ủy Na Rì họp giao ban, đánh giá kết quả "
            "sản xuất vụ xuân trong tháng 1,2; thu ngân sách đạt 9% dự toán.")
    r = _record(text)
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2018, 1, 2)
    assert r.meeting.date == "2018-02-23"


def test_a_count_after_a_month_is_no_month_listed() -> None:
    # near miss: "tháng 1, 2 xã ...": the number counts communes, the month reviewed is January alone
    text = "Ngày 24/2/2019, Huyện ủy Na Rì họp đánh giá tình hình tháng 1, 2 xã được công nhận đạt chuẩn nông thôn mới."
    r = _record(text)
    assert (r.period.start_month, r.period.end_month) == (1, 1)


# -- a resolution adopted with its goals' head, the first goal right after it and no colon: targets ---------------

def test_goals_listed_after_their_head_without_a_colon_are_targets() -> None:
    text = ("Chiều 18/12, Đảng ủy xã Cốc Lầu họp Ban Chấp hành lần thứ 6. Hội nghị thông qua Nghị quyết năm 2026 với các "
            "chỉ tiêu chủ yếu tổng sản lượng lương thực 21.000 tấn; trồng mới 120 ha rừng; kết nạp 35 đảng viên.")
    assert one(text, "21.000 tấn").role == "target"
    assert one(text, "120 ha").role == "target"


def test_results_after_the_goals_head_stay_results() -> None:
    # near miss: the head's words say a result ("đều đạt"): the figures are results
    text = ("Chiều 5/7, HĐND xã Tân Lạc tổ chức kỳ họp thứ 6. Kỳ họp thông qua Nghị quyết về nhiệm vụ năm 2025 với "
            "các chỉ tiêu chủ yếu đều đạt 100% kế hoạch; thu ngân sách đạt 12 tỷ đồng.")
    assert one(text, "12 tỷ đồng").role == "amount"
    assert one(text, "100%").role != "target"


# -- a meeting room's number names the room -----------------------------------------------------------------------

def test_a_meeting_rooms_number_is_no_figure() -> None:
    text = "Sáng 3/6, Ban Thường vụ Huyện ủy họp tại phòng họp 2 của Huyện ủy, cho ý kiến vào 4 dự thảo báo cáo."
    assert _raws(text) == ["4 dự thảo báo cáo"]  # a draft named by its paper is one counted noun (units draft_heads)


def test_vaccine_doses_after_tiêm_phòng_stay() -> None:
    # near miss: "phòng" of "tiêm phòng" (to vaccinate) and of "phòng học" names no room
    assert one("Lực lượng thú y đã tiêm phòng 5.120 liều vắc xin.", "5.120 liều vắc xin").value == 5120
    assert one("Trong năm, huyện xây mới 12 phòng học.", "12 phòng học").value == 12


# -- the session a standing body's meeting prepares for ("trước kỳ họp thứ 7") numbers no meeting of its own -------

def test_the_session_to_come_numbers_no_meeting() -> None:
    text = ("Ngày 2/12/2023, Thường trực HĐND huyện Mèo Vạc họp giám sát kết quả giải quyết đơn thư của công dân gửi "
            "trước kỳ họp thứ 12.")
    assert _record(text).meeting.session is None


def test_the_session_opened_keeps_its_number() -> None:
    # near miss: the session opened in the lead, "trước kỳ họp" said of it afterwards
    text = "Sáng 9/12, HĐND huyện Mèo Vạc khai mạc kỳ họp thứ 9; trước kỳ họp, các đại biểu đã tiếp xúc cử tri."
    assert _record(text).meeting.session == 9
