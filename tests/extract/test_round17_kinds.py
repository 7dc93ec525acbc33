"""Kinds of construction missed on held-out reports (round 17), one rule a test, with sentences of
the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_text

from . import fact_with_raw as _fact


def test_a_qualifier_of_beating_a_plan_beats_the_plan_it_names():
    text = "Tổng vốn đầu tư toàn xã hội đạt 820 tỷ đồng, vượt trên 12% kế hoạch năm."
    f = _fact(text, "vượt trên 12%")
    assert (f.role, f.value, f.qualifier, f.basis) == ("plan_diff_pct", 12, "over", "kế hoạch năm")
    # with no plan named it stays what it was
    assert _fact("Tốc độ tăng trưởng kinh tế vượt trên 8%.", "vượt trên 8%").role != "plan_diff_pct"


def test_an_equivalence_cue_is_no_subject():
    text = "Thu ngân sách trên địa bàn xã được 14,2 tỷ đồng, tương đương 96% dự toán huyện giao."
    f = _fact(text, "96%")
    assert (f.role, f.subject) == ("plan_pct", "Thu ngân sách trên địa bàn xã")
    g = _fact("Diện tích gieo cấy vụ mùa 3.150 ha, tương đương với 101% kế hoạch.", "101%")
    assert g.subject == "Diện tích gieo cấy vụ mùa"
    h = _fact("Thu ngân sách xã được 7,6 tỷ đồng, tương ứng 112% dự toán.", "112%")
    assert h.subject == "Thu ngân sách xã"


def test_a_thing_measured_before_a_tense_auxiliary_keeps_the_subject():
    text = "Tiền đền bù, hỗ trợ tái định cư đã chi trả lũy kế 38 tỷ đồng, đạt 71% kế hoạch."
    for raw in ("38 tỷ đồng", "71%"):
        assert _fact(text, raw).subject == "Tiền đền bù, hỗ trợ tái định cư đã chi trả"
    assert _fact("Sản lượng lúa đã thu hoạch 12.400 tấn.", "12.400 tấn").subject == "Sản lượng lúa đã thu hoạch"
    # an actor before the auxiliary is no part of what is measured
    assert _fact("Huyện đã giải ngân 120 tỷ đồng vốn đầu tư công.", "120 tỷ đồng").subject != "Huyện đã giải ngân"
    assert _fact("Các chi bộ đã kết nạp 14 đảng viên.", "14 đảng viên").subject == "kết nạp đảng viên"
    # an adverb of totalling is no measured head
    assert _fact("Tổng cộng các xã đã trồng 260 ha rừng.", "260 ha").subject == "trồng rừng"


def test_a_cumulative_word_after_the_measure_is_no_part_of_it():
    text = "Diện tích đất thu hồi lũy kế 12,6 ha, đạt 88% kế hoạch."
    assert _fact(text, "12,6 ha").subject == "Diện tích đất thu hồi"
    assert _fact(text, "88%").subject == "Diện tích đất thu hồi"


def test_a_bracket_listing_the_parts_is_no_subject():
    text = "Diện tích cà phê đang kinh doanh (gồm trồng tái canh và ghép cải tạo) 2.310 ha, bằng 98% cùng kỳ."
    for raw in ("2.310 ha", "98%"):
        assert _fact(text, raw).subject == "Diện tích cà phê đang kinh doanh"
    g = _fact("Tổng đàn gia cầm (bao gồm gà, vịt, ngan) ước 215.000 con.", "215.000 con")
    assert g.subject == "Tổng đàn gia cầm"


def test_measures_listed_before_one_figure_share_it():
    text = "Kim ngạch xuất khẩu và tổng mức bán lẻ, doanh thu dịch vụ tiêu dùng ước đạt 2.150 tỷ đồng."
    assert _fact(text, "2.150 tỷ đồng").subject == "Kim ngạch xuất khẩu và tổng mức bán lẻ, doanh thu dịch vụ tiêu dùng"
    # a clause of its own before the measure does not join it
    text2 = "Thương mại tiếp tục phát triển, doanh thu dịch vụ đạt 640 tỷ đồng."
    assert _fact(text2, "640 tỷ đồng").subject == "doanh thu dịch vụ"
    text3 = "Chất lượng dịch vụ cải thiện rõ rệt, doanh thu dịch vụ đạt 640 tỷ đồng."
    assert _fact(text3, "640 tỷ đồng").subject == "doanh thu dịch vụ"


def test_the_meeting_reaching_the_places_counted_is_no_subject():
    text = "Sáng 3-7, UBND tỉnh tổ chức hội nghị trực tuyến tới 102 xã, phường, đặc khu."
    f = _fact(text, "102 xã, phường, đặc khu")
    assert not f.subject.lower().startswith("hội nghị")
    g = _fact("Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến đến 58 điểm cầu.", "58 điểm cầu")
    assert g.subject == "điểm cầu"


def test_a_degree_of_loss_bounded_is_no_figure():
    text = "Đợt rét làm 420 ha mạ bị thiệt hại, trong đó 150 ha chết (thiệt hại trên 70%), tập trung ở vùng trũng."
    raws = [f.raw for f in extract_text(text).facts]
    assert "420 ha" in raws and "150 ha" in raws and not any("70%" in r for r in raws)
    # a rate of loss is a figure
    assert _fact("Tỷ lệ thiệt hại trên 70%.", "trên 70%").role == "percent"
