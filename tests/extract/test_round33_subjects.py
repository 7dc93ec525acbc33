"""Subjects missed on round 33's held-out reports (branch subjects33), one rule a test, with sentences of the genre
written for these tests."""

from __future__ import annotations

from . import fact_with_raw as _fact


def test_a_fronted_field_opens_no_subject():
    text = "Trong sản xuất nông nghiệp, vụ lúa hè thu toàn xã xuống giống 4.120 ha, đạt 101% kế hoạch."
    assert _fact(text, "4.120 ha").subject == "xuống giống"
    assert _fact(text, "101%").subject == "xuống giống"
    assert _fact("Trong 15 chỉ tiêu chủ yếu, có 12/15 chỉ tiêu đạt và vượt kế hoạch.", "15 chỉ tiêu").subject \
        == "chỉ tiêu chủ yếu"


def test_an_adverb_of_time_or_completion_is_no_part_of_the_subject():
    assert _fact("Tổng diện tích cây ăn trái hiện trên 2.400 ha.", "trên 2.400 ha").subject == "Tổng diện tích cây ăn trái"
    assert _fact("Vụ đông xuân đã thu hoạch dứt điểm 9.300 ha.", "9.300 ha").subject == "thu hoạch"
    assert _fact("Toàn xã đã gieo cấy xong 620 ha lúa mùa.", "620 ha").subject == "gieo cấy lúa mùa"
    # a word that ends in the adverb's syllable stays whole
    assert _fact("Số vụ vi phạm được phát hiện là 14 vụ.", "14 vụ").subject.endswith("phát hiện")


def test_a_bare_completion_after_a_figure_meets_that_figures_plan():
    text = "Nuôi cá lồng tăng thêm 120 lồng, tổng diện tích mặt nước 85 ha, hoàn thành 96% kế hoạch."
    assert _fact(text, "96%").subject == "tổng diện tích mặt nước"
    assert _fact("Thu ngân sách xã đạt 4,2 tỷ đồng, hoàn thành 105% kế hoạch.", "105%").subject == "Thu ngân sách xã"


def test_a_measure_named_before_its_time_and_verb_is_the_subject():
    text = "Vốn đầu tư công năm 2025 do xã quản lý, tính đến ngày 30/6 đã giải ngân 8,4 tỷ đồng, đạt 52% kế hoạch."
    assert _fact(text, "8,4 tỷ đồng").subject == "Vốn đầu tư công giải ngân"
    assert _fact(text, "52%").subject == "Vốn đầu tư công giải ngân"
    # a clause of its own before the time keeps the verb alone
    assert _fact("Công tác giải phóng mặt bằng có chuyển biến, trong tháng bàn giao 18 ha.", "18 ha").subject == "bàn giao"


def test_what_a_figure_leaves_out_is_a_remark():
    text = "Thu nội địa (không kể thu tiền sử dụng đất, xổ số kiến thiết) đạt 640 tỷ đồng, tăng 18%."
    assert _fact(text, "640 tỷ đồng").subject == "Thu nội địa"
    assert _fact(text, "18%").subject == "Thu nội địa"


def test_the_one_who_tells_or_assigns_is_no_subject():
    assert _fact("Báo cáo chỉ rõ còn 2 chỉ tiêu không đạt là thu ngân sách và tỷ lệ che phủ rừng.", "2 chỉ tiêu").subject \
        == "chỉ tiêu không đạt"
    assert _fact("Chủ tịch UBND huyện giao các chủ đầu tư đến ngày 30/9 phải giải ngân trên 70% kế hoạch vốn.",
                 "trên 70%").subject == "giải ngân"
    assert _fact("Phòng Kinh tế phối hợp các xã đôn đốc thu ngân sách, phấn đấu quý I đạt 25% dự toán.", "25%").subject \
        == "thu ngân sách"


def test_a_count_after_a_clause_of_its_own_is_named_by_its_noun():
    assert _fact("Xã không còn hộ nghèo theo chuẩn mới, còn 23 hộ cận nghèo.", "23 hộ cận nghèo").subject == "hộ cận nghèo"
    # the verbs joined before the comma share the object: the subject keeps them
    assert _fact("Năm 2025, xã đã hoàn thành, vượt 18/20 chỉ tiêu chủ yếu.", "18/20 chỉ tiêu").subject \
        == "hoàn thành chỉ tiêu chủ yếu"


def test_the_places_receiving_visitors_are_no_part_of_the_visits():
    text = "Các làng nghề, khu sinh thái và các tuyến du lịch đồng quê đón 640.000 lượt khách, tăng 12% so với cùng kỳ."
    assert _fact(text, "640.000 lượt khách").subject == "đón lượt khách"
    assert _fact(text, "12%").subject == "đón lượt khách"


def test_a_standard_reached_is_named_whole():
    text = "Đến nay huyện đã có 6/12 xã được UBND tỉnh công nhận đạt chuẩn xã nông thôn mới kiểu mẫu năm 2025."
    # (subj36: the body acting after the participle is no part of what is counted)
    assert _fact(text, "6/12 xã").subject == "xã được công nhận đạt chuẩn xã nông thôn mới kiểu mẫu"


def test_a_crop_cared_for_ends_before_what_it_does_next():
    text = "Nông dân đang chăm sóc 1.800 ha hồ tiêu chuẩn bị vào vụ thu hoạch năm 2026 và duy trì khai thác mủ trên 950 ha cao su."
    assert _fact(text, "1.800 ha").subject == "chăm sóc hồ tiêu"
    assert "khai thác mủ cao su" in _fact(text, "trên 950 ha").subject
    assert _fact("Toàn phường còn 9 dự án đang chuẩn bị đầu tư.", "9 dự án").subject == "dự án đang chuẩn bị đầu tư"


def test_a_beneficiary_after_a_goal_is_no_agent():
    assert _fact("Huyện đặt mục tiêu giải quyết việc làm cho thêm 1.500 lao động.", "1.500 lao động").subject \
        == "giải quyết việc làm lao động"


def test_a_share_after_a_bare_count_is_of_the_set_named_before():
    text = "Trong tổng số 18 chỉ tiêu kinh tế - xã hội, có 11/18 chỉ tiêu vượt kế hoạch và 7/18 chỉ tiêu đạt 100% kế hoạch."
    assert _fact(text, "100%").subject == "chỉ tiêu kinh tế - xã hội"


def test_a_time_cut_off_by_its_number_ends_the_phrase_before_it():
    assert _fact("Phấn đấu kết nạp 25 đảng viên mới trong năm 2026.", "25 đảng viên").subject == "kết nạp đảng viên mới"
    assert _fact("Tổng sản phẩm trên địa bàn cả năm 2025 sẽ tăng 8,1%.", "8,1%").subject == "Tổng sản phẩm trên địa bàn"
