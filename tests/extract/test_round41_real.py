"""Kinds of error read on real published report pages at first sight (round 41, real41): one rule of the genre a test,
in sentences written for these tests (never copied from the pages), each with a near miss that must not change."""

from __future__ import annotations

from soket.extract import extract_document
from soket.ingest import load_bytes


def _record(text: str, name: str = "bai.txt"):  # type: ignore[no-untyped-def]
    return extract_document(load_bytes(text.encode("utf-8"), name=name))


def _fact(text: str, raw: str):  # type: ignore[no-untyped-def]
    return next(f for f in _record(text).facts if f.raw == raw)


# -- a verb of carrying out, reaching or raising before the measure's name is no part of the subject ---------------

def test_thuc_hien_before_revenue_is_dropped() -> None:
    f = _fact("Quý I, thực hiện thu ngân sách trên địa bàn được 12.500 triệu đồng, đạt 30% dự toán.", "12.500 triệu đồng")
    assert f.subject == "thu ngân sách trên địa bàn"
    assert _fact("Thực hiện chi ngân sách xã đạt 9 tỷ đồng.", "9 tỷ đồng").subject == "chi ngân sách xã"


def test_dat_and_nang_before_a_goal_measure_are_dropped() -> None:
    text = ("Năm 2027, huyện phấn đấu đạt tổng giá trị sản xuất gần 5.200 tỷ đồng; nâng giá trị sản xuất trồng trọt bình "
            "quân 180 triệu đồng/ha.")
    assert _fact(text, "gần 5.200 tỷ đồng").subject == "tổng giá trị sản xuất"
    assert _fact(text, "180 triệu đồng/ha").subject == "giá trị sản xuất trồng trọt bình quân"


def test_a_verb_before_no_measure_head_stays() -> None:
    # near miss: "thực hiện" before an activity that is no measure's name is what was done
    f = _fact("Năm 2026, xã thực hiện giải phóng mặt bằng 12 ha cho dự án cụm công nghiệp.", "12 ha")
    assert f.subject is not None and f.subject.lower().startswith("thực hiện giải phóng mặt bằng")


# -- a page printing its lead again as the body's opening states its figures once -----------------------------------

_LEAD = ("Sáng ngày 9/7, HĐND xã Tân Mỹ tổ chức kỳ họp thứ 9 khóa XX đánh giá tình hình 6 tháng đầu năm 2024. "
         "Về sản xuất nông nghiệp, tổng diện tích gieo trồng vụ xuân là 520 ha, đạt 101,5% kế hoạch.")


def test_a_lead_reprinted_as_the_body_opening_counts_once() -> None:
    text = f"HĐND xã Tân Mỹ họp kỳ thứ 9\n\n{_LEAD}\n\nSáng ngày 9/7, HĐND xã Tân Mỹ tổ chức kỳ họp thứ 9 khóa XX đánh giá " \
           "tình hình 6 tháng đầu năm 2024.\n\nVề sản xuất nông nghiệp, tổng diện tích gieo trồng vụ xuân là 520 ha, " \
           "đạt 101,5% kế hoạch.\n"
    assert [f.raw for f in _record(text).facts] == ["520 ha", "101,5%"]


def test_a_reprint_cut_off_mid_sentence_counts_once() -> None:
    text = f"{_LEAD}\n\nVề sản xuất nông nghiệp, tổng diện tích gieo trồng vụ xuân là 520 ha, đạt 101,5% kế"
    assert [f.raw for f in _record(text).facts] == ["520 ha", "101,5%"]


def test_a_sentence_with_another_figure_stays() -> None:
    # near miss: the next paragraph's sentence differs from the lead's by its figures: no reprint, both are read
    text = f"{_LEAD}\n\nVề sản xuất nông nghiệp, tổng diện tích gieo trồng vụ xuân là 525 ha, đạt 102,5% kế hoạch.\n"
    raws = [f.raw for f in _record(text).facts]
    assert "101,5%" in raws and "102,5%" in raws and "525 ha" in raws


# -- a counter after the figure is its unit, not the end of what the words before it name ---------------------------

def test_a_counter_after_a_part_is_no_part_of_its_subject() -> None:
    text = ("Sáu tháng đầu năm, toàn tỉnh kết nạp 580 đảng viên mới, trong đó đảng viên nữ 310 đồng chí, đảng viên người "
            "dân tộc thiểu số 16 đồng chí, đảng viên trong doanh nghiệp tư nhân 9 người.")
    assert _fact(text, "16 đồng chí").subject == "đảng viên người dân tộc thiểu số"
    assert _fact(text, "9 người").subject == "đảng viên trong doanh nghiệp tư nhân"


def test_a_counter_named_before_the_figure_stays() -> None:
    # near miss: the counter said before the figure is the noun the words name
    assert _fact("Năm 2024, tổng số người 45 người được hỗ trợ.", "45 người").subject.lower().startswith("tổng số người")


# -- publishers: a province's Party propaganda board, a city paper, a province's television station -----------------

def test_a_propaganda_board_host_places_the_provincial_committee() -> None:
    text = ("https://tuyengiaosonla.vn/tin-tuc/hoi-nghi\n\nSáng 23-10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến "
            "quán triệt nghị quyết với 180 điểm cầu.\n")
    m = _record(text).meeting
    assert (m.locality, m.locality_kind) == ("Sơn La", "tỉnh")


def test_a_national_propaganda_host_places_nothing() -> None:
    # near miss: the national board's site names no province
    text = ("https://tuyengiao.vn/tin-tuc/hoi-nghi\n\nSáng 23-10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến "
            "quán triệt nghị quyết với 180 điểm cầu.\n")
    assert _record(text).meeting.locality is None


def test_a_city_paper_and_a_tv_station_place_their_bodies() -> None:
    hn = "https://nguoihanoi.vn/bai-viet\n\nSáng 7/4, Ban Chấp hành Đảng bộ thành phố khai mạc hội nghị lần thứ chín.\n"
    bd = ("http://btv.org.vn/tin-tuc/bai-viet\n\nChiều 9/7, Ban Kinh tế - Ngân sách HĐND tỉnh họp thẩm tra các nội dung "
          "trình kỳ họp thường lệ giữa năm.\n")
    assert _record(hn).meeting.locality == "Hà Nội"
    assert _record(bd).meeting.locality == "Bình Dương"


# -- a resolution adopted by the delegates' vote "với các chỉ tiêu chủ yếu như:" lists targets -----------------------

def test_goals_of_a_resolution_voted_are_targets() -> None:
    text = ("Các đại biểu đã biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2027 với các chỉ tiêu chủ yếu như: thu nhập "
            "bình quân đầu người đạt 62 triệu đồng; giảm tỷ lệ hộ nghèo còn 2,1%; tỷ lệ tham gia BHYT đạt 95%.")
    assert [f.role for f in _record(text).facts] == ["target", "target", "target"]


def test_results_said_voted_stay_results() -> None:
    # near miss: goals voted before and said reached are results
    text = ("Năm 2026 các chỉ tiêu được biểu quyết thông qua đều đạt: thu nhập bình quân đầu người đạt 62 triệu đồng, "
            "tăng 5% so với cùng kỳ.")
    assert _fact(text, "62 triệu đồng").role == "amount"
