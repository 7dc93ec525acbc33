"""Subjects missed on round 31's held-out reports (branch subjects31), one rule a test, with sentences of the genre
written for these tests."""

from __future__ import annotations

from . import fact_with_raw as _fact


def test_a_sum_said_to_correspond_is_named_after_the_adverb():
    assert _fact("Năm 2024, chi cục đã thi hành xong 1.240 việc, tương ứng số tiền hơn 62 tỷ đồng.",
                 "hơn 62 tỷ đồng").subject == "số tiền"
    assert _fact("Toàn huyện đã giải ngân cho 320 hộ vay, tương ứng với số vốn 9,6 tỷ đồng.", "9,6 tỷ đồng").subject == "số vốn"


def test_what_changed_is_named_after_a_cause_clause_and_before_an_aside():
    f = _fact("Tăng trưởng kinh tế thấp hơn cùng kỳ, nguyên nhân chủ yếu do ngành xây dựng (chiếm 5,2% GRDP) giảm 1,5% so "
              "cùng kỳ.", "1,5%")
    assert (f.role, f.subject) == ("change_pct", "ngành xây dựng")
    assert _fact("Ngành công nghiệp (chiếm 40% GRDP) tăng 9,1% so với cùng kỳ.", "9,1%").subject == "Ngành công nghiệp"
    # an aside after a piece that names nothing leaves the subject as it was read
    assert _fact("Thu ngân sách đạt 120 tỷ đồng (tăng 12%), vượt 5% dự toán.", "5%").subject == "Thu ngân sách"


def test_verbs_listed_after_a_measures_participle_share_it():
    assert _fact("Năm 2024, tỷ lệ rác thải sinh hoạt ở nông thôn được thu gom, xử lý đạt 90%.", "90%").subject \
        == "tỷ lệ rác thải sinh hoạt ở nông thôn được thu gom, xử lý"
    # a clause of its own before the comma, no measure: the words after it stand alone
    assert _fact("Các tuyến đường được nâng cấp, thu ngân sách đạt 12 tỷ đồng.", "12 tỷ đồng").subject == "thu ngân sách"


def test_a_goal_after_a_directive_joined_by_a_conjunction_names_its_own_subject():
    text = ("Các đại biểu thảo luận giải pháp cho 6 tháng cuối năm, trong đó yêu cầu đẩy nhanh tiến độ các công trình và "
            "phấn đấu thu ngân sách vượt chỉ tiêu 10%.")
    assert _fact(text, "10%").subject == "thu ngân sách"
    # a part singled out keeps its words up to the verb
    assert _fact("Năm nay, riêng dự án kè hồ trung tâm đã giải ngân 12 tỷ đồng.", "12 tỷ đồng").subject.startswith("dự án kè hồ")


def test_a_place_in_brackets_is_no_subject():
    text = "Trong đó, Dự án khai thác đá tại mỏ B5 (xã An Phú) 2,15 ha; Dự án trang trại chăn nuôi tại xã Bình Minh 1,8 ha."
    assert _fact(text, "2,15 ha").subject == "Dự án khai thác đá"


def test_occasions_counted_with_a_work_are_the_works():
    text = "Công tác thanh tra, kiểm tra được triển khai đúng kế hoạch với 12/12 cuộc đã hoàn thành, bằng 100% kế hoạch."
    assert _fact(text, "12/12 cuộc").subject == "Công tác thanh tra, kiểm tra"
    assert _fact(text, "100%").subject == "Công tác thanh tra, kiểm tra"
    # a noun that names what is counted keeps it
    assert _fact("Công tác tuyển quân được thực hiện tốt với 120 thanh niên nhập ngũ.", "120 thanh niên").subject \
        == "thanh niên nhập ngũ"
