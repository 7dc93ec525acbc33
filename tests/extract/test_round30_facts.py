"""Roles, subjects, units and spans missed on round 30's held-out reports (branch facts30), one rule a test, with
sentences of the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_text

from . import fact_with_raw as _fact


def test_the_parts_of_a_growth_rate_named_by_a_list_of_sectors_are_growth_rates():
    text = ("Tốc độ tăng giá trị sản xuất bình quân ước đạt 10,8%, trong đó nông, lâm nghiệp và thủy sản 4,2%, "
            "công nghiệp - xây dựng 13,1%, dịch vụ 11,5%.")
    for raw, subject in (("4,2%", "nông, lâm nghiệp và thủy sản"), ("13,1%", "công nghiệp - xây dựng"), ("11,5%", "dịch vụ")):
        f = _fact(text, raw)
        assert (f.role, f.subject) == ("change_pct", subject)
    # the parts of a level stay levels; a part's share of a structure stays a share
    assert _fact("Tỷ lệ hộ nghèo còn 3,1%, trong đó hộ nghèo, hộ cận nghèo dân tộc thiểu số 1,2%.", "1,2%").role == "percent"
    share = "Tăng trưởng kinh tế đạt 8,2%, trong đó nông, lâm nghiệp và thủy sản chiếm 24,5% trong cơ cấu kinh tế."
    assert _fact(share, "24,5%").role == "percent"


def test_higher_than_a_year_written_whole_is_a_change_against_it():
    f = _fact("Thu nhập bình quân đầu người đạt 61 triệu đồng, cao hơn năm 2022 là 4,5 triệu đồng.", "4,5 triệu đồng")
    assert (f.role, f.value, f.basis) == ("change", 4500000, "năm 2022")
    g = _fact("Năng suất lúa đạt 62 tạ/ha, thấp hơn năm 2023 là 1,5 tạ/ha.", "1,5 tạ/ha")
    assert (g.role, g.value, g.basis) == ("change", -1.5, "năm 2023")
    # a comparison with a place's level is no change against a period
    other = "Thu nhập bình quân đầu người đạt 61 triệu đồng, cao hơn bình quân chung của tỉnh là 5 triệu đồng."
    assert all(x.role != "change" for x in extract_text(other).facts)


def test_an_adverb_after_the_unit_acting_is_no_part_of_the_act():
    assert _fact("Bên cạnh đó, huyện cũng hỗ trợ 320 hộ nghèo sửa chữa nhà ở.", "320 hộ nghèo").subject \
        == "hỗ trợ hộ nghèo sửa chữa nhà ở"
    assert _fact("Dù khó khăn, xã vẫn hỗ trợ 60 hộ nghèo làm nhà mới.", "60 hộ nghèo").subject == "hỗ trợ hộ nghèo làm nhà mới"


def test_kinds_listed_after_a_counts_copula_are_in_apposition():
    text = "Năm qua, huyện đã thăm hỏi 860 trường hợp là thân nhân liệt sĩ, thương binh, bệnh binh."
    assert _fact(text, "860 trường hợp").subject == "thăm hỏi trường hợp"
    # a class that closes the clause or a bracket is the phrase's own
    women = "Kết quả có 12/30 đại biểu là nữ (chiếm tỷ lệ 40%), 5/30 đại biểu là người dân tộc thiểu số."
    assert "nữ" in (_fact(women, "12/30 đại biểu").subject or "")
    # names after the copula still stand for the noun
    names = "Đến nay toàn huyện đã có 3 xã là Quảng Phú, Quảng Kim và Quảng Hợp về đích nông thôn mới."
    assert _fact(names, "3 xã").subject == "xã về đích nông thôn mới"


def test_a_goal_named_right_before_its_figure_is_a_target():
    f = _fact("Mưa bão kéo dài khiến tăng trưởng kinh tế của tỉnh khó đạt mục tiêu 8,5% đề ra.", "8,5%")
    assert (f.role, f.subject) == ("target", "tăng trưởng kinh tế của tỉnh")
    g = _fact("Dịch bệnh làm cho thu ngân sách của xã không thể đạt mục tiêu 12 tỷ đồng.", "12 tỷ đồng")
    assert (g.role, g.subject) == ("target", "thu ngân sách của xã")
    h = _fact("Ngành y tế xã nỗ lực hướng tới mục tiêu 95% dân số tham gia bảo hiểm y tế.", "95%")
    assert (h.role, h.subject) == ("target", "dân số tham gia bảo hiểm y tế")
    # beating a goal, or meeting a share of it, is no goal
    assert _fact("Tỷ lệ hộ nghèo giảm 2,1%, vượt mục tiêu 0,3%.", "0,3%").role == "plan_diff_pct"
    assert _fact("Trồng rừng đạt 81% mục tiêu.", "81%").role == "plan_pct"


def test_a_goals_share_kept_or_had_names_what_follows_it():
    assert _fact("Năm tới, xã đặt mục tiêu giữ vững 100% ấp đạt chuẩn văn hóa.", "100%").subject == "ấp đạt chuẩn văn hóa"
    text = "Năm 2027, Đảng bộ xã phấn đấu có 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ."
    f = _fact(text, "95%")
    assert (f.role, f.subject) == ("target", "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ")


def test_a_destination_after_the_travellers_is_part_of_their_count():
    f = _fact("Số lượt khách đến với các điểm du lịch của huyện ước đạt 320.000 lượt.", "320.000 lượt")
    assert f.subject == "Số lượt khách đến với các điểm du lịch của huyện"


def test_a_classifier_that_is_a_noun_too_is_dropped_only_before_the_nouns_it_classifies():
    assert _fact("Trong năm, huyện đã xây dựng mới 4 cây cầu và 12 km đường giao thông nông thôn.", "4 cây cầu").unit == "cầu"
    assert _fact("Nhân dân đã trồng mới 5.000 cây keo.", "5.000 cây keo").unit == "cây keo"
    assert _fact("Đoàn viên thanh niên trồng 1.200 cây xanh.", "1.200 cây xanh").unit == "cây xanh"


def test_a_goals_span_of_a_count_is_read_by_its_floor_and_marked():
    f = _fact("Năm 2027, Đảng bộ xã phấn đấu kết nạp từ 8-10 đảng viên mới.", "từ 8-10 đảng viên")
    assert (f.role, f.value, f.unit, f.range_upper) == ("target", 8, "đảng viên", 10)
    assert f.subject is not None and f.subject.startswith("kết nạp")
    # a span outside a goal gives no fact; a goal's span of a measure is read so too (round 31: every unit)
    assert extract_text("Năm qua, Đảng bộ xã kết nạp từ 8-10 đảng viên mới.").facts == []
    g = _fact("Năm 2027, phấn đấu năng suất lúa đạt từ 60-62 tạ/ha.", "từ 60-62 tạ/ha")
    assert (g.role, g.value, g.range_upper) == ("target", 60, 62)
    # every other figure has no upper bound
    assert _fact("Năm 2027, phấn đấu kết nạp 12 đảng viên mới.", "12 đảng viên").range_upper is None
