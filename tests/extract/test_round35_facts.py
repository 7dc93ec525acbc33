"""Round 35 (issue 10): fact roles, values and subjects missed on the held-out reports ex637-ex660, as rules of the
genre. Invented sentences of the genre, near-misses beside each rule."""

from __future__ import annotations

from _sentences import facts as _facts
from _sentences import one as _one


def test_a_price_quoted_as_a_band_reads_its_floor() -> None:
    f = _one("Giá lúa tươi tại ruộng thời điểm này chỉ ở mức 5.200 - 5.600 đồng/kg, nông dân có lãi thấp.",
             "5.200 - 5.600 đồng/kg")
    assert (f.role, f.value, f.unit, f.range_upper) == ("amount", 5200, "VND", 5600)
    assert "giá lúa tươi" in f.subject.lower()
    f = _one("Giá heo hơi trong quý dao động từ 52 - 56 nghìn đồng/kg.", "từ 52 - 56 nghìn đồng/kg")
    assert (f.value, f.range_upper) == (52000, 56000)
    # a band of sums that is no price per unit states no figure (the span reads as ranges do)
    assert _facts("Mức hỗ trợ mỗi hộ từ 3 - 5 triệu đồng tùy mức độ thiệt hại.") == []
    assert _facts("Chi phí đầu tư mỗi công trình khoảng 2 - 4 tỷ đồng.") == []


def test_a_season_or_a_programme_numbered_is_no_count() -> None:
    assert _facts("Huyện hướng dẫn bà con thả nuôi tôm vụ 2 đúng lịch khuyến cáo của ngành chuyên môn.") == []
    f = _one("Xã phối hợp nguồn vốn Chương trình 135 làm mới 1,8 km đường bê tông nội đồng.", "1,8 km")
    assert f.unit == "km"
    assert [x.raw for x in _facts("Xã phối hợp nguồn vốn Chương trình 135 làm mới 1,8 km đường bê tông.")] == ["1,8 km"]
    # a word ending in the season's syllable is no season: its count stays
    assert _one("Trung tâm văn hóa đã phục vụ 315 đoàn khách trong quý.", "315 đoàn khách").value == 315
    assert _one("Số hộ kinh doanh dịch vụ: 2.104 hộ, tăng 58 hộ.", "2.104 hộ").role == "amount"
    # a count of seasons after its number stays ("3 vụ"), and so do sums and measures after a programme's noun
    assert _one("Năm 2025 xảy ra 7 vụ cháy rừng, giảm 2 vụ so với cùng kỳ.", "7 vụ").unit == "vụ"
    assert _one("Đề án 1 triệu ha lúa chất lượng cao được triển khai trên 2.100 ha.", "trên 2.100 ha").value == 2100


def test_the_level_left_after_a_change_is_no_change() -> None:
    text = "Công tác giảm nghèo đạt kết quả, tỷ lệ hộ nghèo giảm 3,12%, còn 18,6%."
    assert _one(text, "3,12%").role == "change_pct"
    f = _one(text, "18,6%")
    assert (f.role, f.value) == ("percent", 18.6)
    # a list leaving its verb out stays a list of changes
    text = "Tỷ lệ hộ nghèo giảm 1,4%, hộ cận nghèo 0,9%."
    assert (_one(text, "0,9%").role, _one(text, "0,9%").value) == ("change_pct", -0.9)


def test_a_change_and_its_degree_before_a_comma_give_the_figure_after() -> None:
    text = "Nông nghiệp tăng 1,9%; công nghiệp tăng 6,2%; thương mại - dịch vụ tăng nhanh nhất, 8,35%."
    f = _one(text, "8,35%")
    assert (f.role, f.value) == ("change_pct", 8.35)
    assert _one("Kim ngạch nhập khẩu giảm sâu, 14,2%.", "14,2%").value == -14.2
    # no degree: a verb then a comma ends its clause; a share after it stays a share
    assert _one("Du lịch tăng mạnh, chiếm 41% cơ cấu kinh tế.", "41%").role == "percent"
    assert _one("Ngành du lịch phục hồi mạnh, 70% cơ sở lưu trú hoạt động trở lại.", "70%").role == "percent"


def test_a_goal_named_with_who_set_it_is_a_target_whatever_the_verb() -> None:
    text = "Tăng trưởng GRDP năm 2025 ước đạt 7,3%, thấp hơn mục tiêu 8,2% mà HĐND tỉnh giao đầu năm."
    assert _one(text, "7,3%").role == "change_pct"
    assert _one(text, "8,2%").role == "target"
    f = _one("Tỷ lệ đô thị hóa chưa đạt mức 42% dân số như nghị quyết đại hội đã đề ra.", "42%")
    assert (f.role, f.subject) == ("target", "Tỷ lệ đô thị hóa")
    # after a comparison with the whole country, a contrast opens the figure's own clause
    text = ("Thu ngân sách đạt 620 tỷ đồng, thuộc nhóm cao của cả nước nhưng thấp hơn mục tiêu 650 tỷ đồng; GRDP "
            "tăng 6,9%, đứng thứ ba cả nước song thấp hơn mục tiêu 7,5% mà Đại hội đề ra.")
    assert _one(text, "7,5%").role == "target"
    # no one named setting it: beating or missing a goal by a margin
    assert _one("GRDP tăng 9,1%, vượt mục tiêu 0,6%.", "0,6%").role == "plan_diff_pct"
    assert _one("Thu ngân sách đạt 96%, thấp hơn kế hoạch 4%.", "4%").role == "plan_diff_pct"
    # a figure of the whole country stays none of the report's
    assert [f.raw for f in _facts("GRDP tăng 7%, cao hơn mức tăng 6,5% của cả nước.")] == ["7%"]


def test_a_time_after_a_level_is_no_noun_of_it() -> None:
    assert _one("Tỷ lệ hộ nghèo ước giảm còn 1,1% vào cuối năm.", "1,1%").subject == "Tỷ lệ hộ nghèo"
    assert _one("Tỷ lệ giải ngân đạt 57% vào thời điểm báo cáo.", "57%").subject == "Tỷ lệ giải ngân"
    # "vào" alone goes on: what the things counted go into
    assert "hoạt động" in _one("Trong năm có 9 dự án đi vào hoạt động.", "9 dự án").subject


def test_the_end_of_a_fiscal_year_is_a_time() -> None:
    text = "Công tác giải ngân vốn đầu tư công được quan tâm chỉ đạo, đến hết niên độ đạt 94,1% kế hoạch vốn."
    f = _one(text, "94,1%")
    assert (f.role, f.subject) == ("plan_pct", "vốn đầu tư công")
    # "độ" alone before a figure stays a qualifier ("độ 40 hộ": about 40)
    assert _one("Thôn còn độ 40 hộ chưa có điện lưới.", "độ 40 hộ").qualifier == "about"


def test_the_text_a_payment_follows_and_where_a_sum_comes_from_are_no_subject() -> None:
    f = _one("Quận đã chi trả cho 5.200 lao động với số tiền hơn 9 tỷ đồng theo Nghị quyết 68 của Chính phủ.",
             "hơn 9 tỷ đồng")
    assert f.subject == "số tiền"
    f = _one("Tỉnh dự kiến điều chuyển khoảng 1.200 tỷ đồng từ các dự án chậm sang các dự án có khả năng giải ngân.",
             "khoảng 1.200 tỷ đồng")
    assert f.subject == "điều chuyển"
    # a count keeps the text that set it; a share keeps where its people come from
    assert "nghị quyết" in _one("Có 16/16 chỉ tiêu theo Nghị quyết đều đạt.", "16/16 chỉ tiêu").subject.lower()
    assert "địa phương khác" in _one("Dân số phường tăng nhanh, khoảng 60% là người từ các địa phương khác đến sinh sống.",
                                     "khoảng 60%").subject


def test_a_bound_naming_the_class_counted_is_no_figure() -> None:
    text = "Thành phố có 18 chủ đầu tư được giao vốn trên 200 tỷ đồng; trong đó chỉ 5 chủ đầu tư giải ngân trên 60%."
    assert [(f.value, f.unit.split()[0]) for f in _facts(text)] == [(18, "chủ"), (5, "chủ")]
    # a sum named as such among the words is the count's sum
    assert _one("Toàn xã có 36 hộ tham gia với tổng số tiền trên 1,5 tỷ đồng.", "trên 1,5 tỷ đồng").role == "amount"
    assert _one("Huyện hỗ trợ 40 hộ làm nhà với kinh phí trên 1,6 tỷ đồng.", "trên 1,6 tỷ đồng").role == "amount"
    # no bound: the figure after a count stays ("12 xã giải ngân 80% kế hoạch": how far the count got)
    assert _one("Có 12 xã giải ngân đạt 80% kế hoạch vốn.", "80%").role == "plan_pct"


def test_a_headline_restating_the_body_in_another_form_is_one_fact() -> None:
    text = ("Thu ngân sách năm 2025 vượt 18,4% dự toán\n\n"
            "Sáng 15/12, HĐND xã khai mạc kỳ họp thứ 6. Năm 2025, thu ngân sách nhà nước trên địa bàn đạt 9,4 tỷ "
            "đồng, bằng 118,4% dự toán huyện giao.")
    assert [(f.raw, f.role) for f in _facts(text)] == [("9,4 tỷ đồng", "amount"), ("118,4%", "plan_pct")]
    text = ("Phường mới giải ngân 34% vốn đầu tư công sau 9 tháng\n\n"
            "Chiều 10/10, UBND phường họp chuyên đề. Sau 9 tháng, phường mới giải ngân 6,1 tỷ đồng, đạt 34% kế hoạch "
            "vốn được giao.")
    assert [(f.raw, f.role) for f in _facts(text)] == [("6,1 tỷ đồng", "amount"), ("34%", "plan_pct")]
    # another margin than the body's attainment is a figure of its own
    text = ("Thu ngân sách năm 2025 vượt 12% dự toán\n\n"
            "Sáng 15/12, HĐND xã khai mạc kỳ họp thứ 6. Năm 2025, thu ngân sách đạt 9,4 tỷ đồng, bằng 118,4% dự toán.")
    assert "12%" in [f.raw for f in _facts(text)]


def test_a_share_of_a_bare_measure_is_of_what_the_verb_did() -> None:
    text = "Vụ mùa xuống giống 2.600 ha; đến nay đã thu hoạch được khoảng 70% diện tích, năng suất ước 5,8 tấn/ha."
    assert _one(text, "khoảng 70%").subject == "diện tích thu hoạch"
    # the measure named with what it measures stays as written
    assert _one("Toàn xã có 52% diện tích lúa được cơ giới hóa khâu thu hoạch.", "52%").subject.startswith("diện tích lúa")


def test_a_measure_opening_the_sentence_before_a_colon_names_the_figures_after_it() -> None:
    text = "Tăng trưởng có xu hướng cải thiện: quý I chỉ tăng 2,6%, sang quý II ước tăng 5,9%."
    # (the second in the quarter its piece names after the first's measure: round 36's rule, facts36)
    assert [f.subject for f in _facts(text)] == ["Tăng trưởng", "Tăng trưởng quý II"]
    text = "Thu ngân sách có mức tăng khá: trong tháng ước thu trên 520 tỷ đồng, lũy kế 7 tháng đạt 3.400 tỷ đồng."
    assert _one(text, "trên 520 tỷ đồng").subject == "Thu ngân sách"
    # the words after the colon that name their own measure keep it; the sector a sentence opens on is no measure
    text = "Kinh tế tiếp tục phát triển: tổng thu ngân sách đạt 340 tỷ đồng, bằng 104% dự toán."
    assert [f.subject for f in _facts(text)] == ["tổng thu ngân sách", "tổng thu ngân sách"]


def test_a_count_among_the_actors_of_a_verb_on_the_next_figure_is_named_by_its_noun() -> None:
    text = "Đội kiểm tra liên ngành của huyện và 11 xã đã xử lý 42 trường hợp lấn chiếm hành lang giao thông."
    assert _one(text, "11 xã").subject == "xã"
    assert _one(text, "42 trường hợp").subject.startswith("xử lý trường hợp")
    # a state the things counted are in, or a verb with no figure after it, stays theirs
    assert "sinh hoạt" in _one("Có 860 đảng viên đang sinh hoạt ở 31 chi bộ.", "860 đảng viên").subject
    assert "hoàn thành" in _one("Có 14 xã đã hoàn thành đại hội chi bộ.", "14 xã").subject
    # the count alone acting on the next figure keeps its verb
    assert _one("Về chuyển đổi số, 15 xã đã đạt 8 tiêu chí chính quyền số.", "15 xã").subject == "xã đã đạt"


def test_where_the_things_counted_are_is_no_part_of_them() -> None:
    text = "Toàn huyện vẫn còn khoảng 640 hộ ở các xã Tân Lập, Tân Hòa chưa được sử dụng nước sạch tập trung."
    assert _one(text, "khoảng 640 hộ").subject == "hộ chưa được sử dụng nước sạch tập trung"
    assert _one("Còn 21 hộ tại các thôn Đông Sơn và Tây Sơn chưa bàn giao mặt bằng.", "21 hộ").subject \
        == "hộ chưa bàn giao mặt bằng"
    # the place closing the clause stays with the count: nothing else names it
    assert "Đông" in _one("Có 12 hộ ở thôn Đông.", "12 hộ").subject


def test_a_directive_in_the_passive_reports_the_steering_done() -> None:
    text = "Sản xuất nông nghiệp được chỉ đạo bảo đảm khung thời vụ; toàn huyện duy trì tổng diện tích 3.150 ha chè."
    assert _one(text, "3.150 ha").role == "amount"
    # the directive given, and a plan assigned in the passive, still open goals
    assert _one("UBND huyện chỉ đạo các xã bảo đảm giải ngân 100% kế hoạch vốn.", "100%").role == "target"
    assert _one("Xã được giao chỉ tiêu thu ngân sách là 3,6 tỷ đồng.", "3,6 tỷ đồng").role == "target"
