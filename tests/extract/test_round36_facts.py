"""Round 36 (issue 10): fact roles, values and subjects missed on the held-out reports ex661-ex684, as rules of the
genre. Invented sentences of the genre, near-misses beside each rule."""

from __future__ import annotations

from _sentences import facts as _facts
from _sentences import one as _one


def test_a_floor_right_before_a_figure_is_a_goal() -> None:
    f = _one("Năm 2027, mỗi chi bộ kết nạp ít nhất 3 đảng viên mới.", "3 đảng viên")
    assert (f.role, f.value) == ("target", 3)
    assert "kết nạp" in f.subject
    assert _one("- Kết nạp ít nhất 60 đảng viên mới.", "60 đảng viên").role == "target"
    f = _one("Bí thư Huyện ủy đề nghị UBND huyện chỉ đạo giải ngân tối thiểu 90% kế hoạch vốn được giao.", "90%")
    assert f.role == "target"
    # after a level's noun the floor names the level, no goal
    assert _one("Xã hỗ trợ mỗi thôn với mức thưởng tối thiểu 150 triệu đồng.", "150 triệu đồng").role == "amount"
    assert _one("Công ty trả lương tối thiểu 5,5 triệu đồng cho người lao động.", "5,5 triệu đồng").role == "amount"
    # no floor: a result stays a result
    assert _one("Trong năm, Đảng bộ kết nạp 64 đảng viên mới.", "64 đảng viên").role == "amount"


def test_the_executive_submitting_goals_to_the_council_announces_them() -> None:
    text = ("Năm 2027, UBND huyện trình HĐND huyện các chỉ tiêu chủ yếu: thu ngân sách trên địa bàn 410 tỷ đồng; "
            "kim ngạch xuất khẩu 120 triệu USD; tỷ lệ che phủ rừng 46%; có thêm 2 xã đạt chuẩn nông thôn mới.")
    got = {f.raw: f.role for f in _facts(text)}
    assert got == {"410 tỷ đồng": "target", "120 triệu USD": "target", "46%": "target", "2 xã": "target"}
    assert _one("Ủy ban nhân dân xã trình Hội đồng nhân dân xã các chỉ tiêu năm 2027: sản lượng lúa 5.200 tấn.",
                "5.200 tấn").role == "target"
    # what it submits as results stays results
    assert _one("UBND huyện trình HĐND huyện kết quả thực hiện các chỉ tiêu năm 2026: thu ngân sách đạt 380 tỷ đồng.",
                "380 tỷ đồng").role == "amount"
    # a council's papers counted are no goal
    assert _one("UBND huyện đã trình HĐND huyện 9 tờ trình tại kỳ họp.", "9 tờ trình").role == "amount"


def test_a_headline_goal_floor_is_the_body_span_it_opens() -> None:
    text = ("Phấn đấu tăng trưởng kinh tế năm 2027 từ 9% trở lên\n\n"
            "Sáng 5/12, HĐND tỉnh khai mạc kỳ họp thứ 6. Năm 2027, UBND tỉnh trình HĐND tỉnh các chỉ tiêu chủ yếu: "
            "tốc độ tăng trưởng GRDP từ 9 - 9,5%; thu ngân sách 21.000 tỷ đồng.")
    spans = [(f.value, f.range_upper) for f in _facts(text) if f.unit == "%"]
    assert spans == [(9, 9.5)]
    # another floor than the span's is a goal of its own
    text = ("Phấn đấu tăng trưởng kinh tế năm 2027 từ 8% trở lên\n\n"
            "Sáng 5/12, HĐND tỉnh khai mạc kỳ họp thứ 6. Năm 2027, UBND tỉnh trình HĐND tỉnh các chỉ tiêu chủ yếu: "
            "tốc độ tăng trưởng GRDP từ 9 - 9,5%; thu ngân sách 21.000 tỷ đồng.")
    assert len([f for f in _facts(text) if f.unit == "%"]) == 2


def test_a_clause_opened_by_a_goal_head_and_its_year_states_goals() -> None:
    text = "- Trồng mới cây sâm: năm 2026 được 42 ha, vượt 5% kế hoạch; chỉ tiêu năm 2027 trồng mới 50 ha."
    got = {f.raw: f.role for f in _facts(text)}
    assert got == {"42 ha": "amount", "5%": "plan_diff_pct", "50 ha": "target"}
    assert "chỉ tiêu" not in _one(text, "50 ha").subject
    text = "- Tỷ lệ hộ nghèo: cuối năm 2026 còn 18,4%; chỉ tiêu năm 2027 giảm từ 3 - 4%."
    f = _one(text, "từ 3 - 4%")
    assert (f.role, f.value, f.range_upper) == ("target", 3, 4)
    assert _one("- Số thôn đạt chuẩn: năm 2026 có 4 thôn; chỉ tiêu năm 2027 thêm 3 thôn.", "3 thôn").role == "target"
    # a goal head and its year saying a result are results
    assert _one("Chỉ tiêu năm 2026 đạt 100% kế hoạch; trồng mới 40 ha rừng.", "40 ha").role == "amount"
    assert _one("Xã hoàn thành 18/21 chỉ tiêu năm 2026; trồng mới 35 ha quế.", "35 ha").role == "amount"


def test_a_list_item_label_names_the_figures_nothing_else_names() -> None:
    assert _one("- Tỷ lệ che phủ rừng: năm 2026 đạt 61,3%.", "61,3%").subject == "Tỷ lệ che phủ rừng"
    text = "- Diện tích trồng mới cây dược liệu: năm 2026 được 48 ha, vượt 6% kế hoạch."
    assert _one(text, "48 ha").subject == "Diện tích trồng mới cây dược liệu"
    text = "- Số thôn đạt chuẩn nông thôn mới: năm 2026 có thêm 2 thôn, lũy kế 9/17 thôn."
    assert {f.subject for f in _facts(text)} == {"Số thôn đạt chuẩn nông thôn mới"}
    # words after the colon that name the figure are its subject
    f = _one("Nông nghiệp phát triển khá: toàn xã duy trì 320 ha chè chất lượng cao.", "320 ha")
    assert "chè" in f.subject
    f = _one("Tăng trưởng có xu hướng cải thiện: quý I tăng 3,1%, sang quý II tăng 5,2%.", "3,1%")
    assert "xu hướng" not in (f.subject or "")


def test_a_price_change_as_a_band_per_unit_in_words_reads_its_floor() -> None:
    f = _one("Giá cà phê nhân giảm 3.000 - 4.000 đồng mỗi kg so với tháng trước.", "3.000 - 4.000 đồng")
    assert (f.role, f.value, f.range_upper) == ("change", -3000, -4000) or (f.role, f.value) == ("change", -3000)
    f = _one("Giá heo hơi tăng 2.000 - 3.000 đồng mỗi kg so với quý trước.", "2.000 - 3.000 đồng")
    assert (f.role, f.value) == ("change", 2000)
    # a band of sums that is per nothing still gives none
    assert _facts("Mức hỗ trợ mỗi hộ từ 3 - 5 triệu đồng tùy mức độ thiệt hại.") == []


def test_a_shorter_period_singled_out_names_the_measure_in_that_period() -> None:
    text = "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng 6,8% so với cùng kỳ, riêng quý III ước tăng 7,4%."
    assert _one(text, "7,4%").subject == "GRDP quý III"
    text = "Chỉ số sản xuất công nghiệp 10 tháng tăng 8,2%, trong đó tháng 10 tăng 11,5%."
    assert _one(text, "11,5%").subject == "Chỉ số sản xuất công nghiệp tháng 10"
    # a part that is no period keeps its own name
    assert _one("GRDP 6 tháng tăng 6,2%, trong đó khu vực công nghiệp tăng 9,1%.", "9,1%").subject == "khu vực công nghiệp"


def test_an_adjustment_asked_for_moves_money_to_its_recipients_no_goal() -> None:
    text = ("UBND tỉnh đề nghị điều chỉnh giảm 310 tỷ đồng của 22 dự án chậm giải ngân để bổ sung cho 9 dự án trọng "
            "điểm. Đồng thời, bổ sung dự toán chi đầu tư phát triển 600 tỷ đồng từ nguồn tăng thu.")
    assert {f.raw: f.role for f in _facts(text)} == {"310 tỷ đồng": "amount", "22 dự án": "amount",
                                                     "9 dự án": "amount", "600 tỷ đồng": "amount"}
    # a purpose that is a level to reach stays a goal, an adjustment asked for or not
    text = "HĐND tỉnh đề nghị UBND tỉnh chỉ đạo điều chỉnh kế hoạch vốn để đến cuối năm giải ngân đạt 95%."
    assert _one(text, "95%").role == "target"
    assert _one("Chủ tịch UBND huyện đề nghị các xã tập trung để giải ngân đạt trên 90% kế hoạch vốn.",
                "trên 90%").role == "target"


def test_a_bound_after_a_count_and_its_rate_names_the_class() -> None:
    text = "Còn 38 dự án có tỷ lệ giải ngân dưới 30%, chủ yếu do vướng mặt bằng."
    assert [f.raw for f in _facts(text)] == ["38 dự án"]
    # a count that attains a share says how far it got
    assert _one("Có 12 xã giải ngân đạt 80% kế hoạch vốn.", "80%").role == "plan_pct"


def test_a_size_grade_and_a_unit_of_sale_are_no_counts() -> None:
    text = "Giá tôm thẻ chân trắng cỡ 80 con/kg khoảng 105.000 đồng/kg, tôm sú cỡ 25 con/kg từ 230.000 đồng/kg."
    assert [f.raw for f in _facts(text)] == ["khoảng 105.000 đồng/kg", "230.000 đồng/kg"]
    assert [f.raw for f in _facts("Giá bưởi da xanh 480.000 đồng/chục (12 trái), tăng 40.000 đồng.")] == \
        ["480.000 đồng/chục", "40.000 đồng"]
    # a count in brackets after a sum that is per nothing stays
    assert _one("Xã hỗ trợ 120 triệu đồng (12 hộ) cho bà con vùng lũ.", "12 hộ").value == 12


def test_the_sites_a_meeting_is_linked_to_are_named_by_their_noun() -> None:
    text = "Chủ tịch UBND tỉnh chủ trì phiên họp, được kết nối trực tuyến đến 72 xã, phường."
    assert _one(text, "72 xã, phường").subject == "xã, phường"


def test_a_rate_signed_with_a_plus_is_a_rise() -> None:
    f = _one("Kim ngạch xuất khẩu: 28,4 tỷ USD (+9,6%)", "9,6%")
    assert (f.role, f.value) == ("change_pct", 9.6)
    assert _one("Doanh thu du lịch 1.200 tỷ đồng, +8,5% so với cùng kỳ.", "8,5%").role == "change_pct"
    # a list's "+" mark before a clause is no sign
    assert _one("+ Trong đó thu nội địa 1.712 tỷ đồng, chiếm 92%.", "92%").role == "percent"


def test_headline_like_lines_stating_the_same_figure_are_one_fact() -> None:
    text = ("Tỉnh năm 2025: Xuất khẩu 28,4 tỷ USD, thu hút hơn 1,8 tỷ USD vốn ngoại\n\n"
            "MỘT SỐ CHỈ TIÊU NỔI BẬT NĂM 2025\nKim ngạch xuất khẩu: 28,4 tỷ USD (+9,6%)\nThu hút vốn FDI: trên 1,8 tỷ USD\n\n"
            "Chiều 26/12, UBND tỉnh tổ chức hội nghị tổng kết năm 2025. Kim ngạch nhập khẩu đạt 20,1 tỷ USD, tăng 9,2%.")
    got = [(f.value, f.unit, f.role) for f in _facts(text)]
    assert got.count((28.4e9, "USD", "amount")) == 1
    assert got.count((1.8e9, "USD", "amount")) == 1
    # a rate to its decimals is no rounding of another ("+9,6%" beside the body's "9,2%")
    assert (9.6, "%", "change_pct") in got


def test_a_planned_figure_whose_parts_are_goals_is_a_goal() -> None:
    text = "Vụ Hè Thu tới, huyện dự kiến xuống giống 18.000 ha, trong đó phấn đấu 35% diện tích dùng giống xác nhận."
    assert _one(text, "18.000 ha").role == "target"
    # an estimate whose parts are results stays an estimate
    text = "Cả năm dự kiến thu ngân sách đạt 1.200 tỷ đồng, trong đó thu nội địa 900 tỷ đồng."
    assert _one(text, "1.200 tỷ đồng").role == "amount"


def test_how_long_a_meeting_sat_is_no_figure() -> None:
    text = "Sau 2 buổi làm việc, kỳ họp đã thông qua 17 nghị quyết."
    assert [f.raw for f in _facts(text)] == ["17 nghị quyết"]
    assert [f.raw for f in _facts("Qua 3 phiên làm việc, hội nghị thống nhất 9 nội dung.")] == ["9 nội dung"]
    # sittings held as work done stay a count
    assert _one("Trong quý, xã tổ chức 12 buổi làm việc với các hộ dân.", "12 buổi").value == 12
