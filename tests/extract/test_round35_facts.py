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
