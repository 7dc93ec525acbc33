"""Round 37 (issue 10): fact roles, values, numbers in words and subjects missed on the held-out reports ex685-ex708,
as rules of the genre. Invented sentences of the genre, near-misses beside each rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _sentences import facts as _facts
from _sentences import one as _one
from soket.extract.numbers import words_to_int

_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _group(n: int, full: bool, variant: int) -> list[str]:
    """A number below a thousand in words, as reports write it (``full``: its hundreds said even when zero, as after
    a thousands word); ``variant`` picks among the spellings in use (linh/lẻ, tư/bốn, lăm/năm, mốt/một)."""
    h, t, u = n // 100, n // 10 % 10, n % 10
    out: list[str] = []
    if h or full:
        out += [_DIGITS[h], "trăm"]
    if t == 0:
        if u:
            out += ([["linh", "lẻ"][variant % 2]] if (h or full) else []) + [_DIGITS[u]]
        return out
    if t == 1:
        out.append("mười")
        if u:
            out.append(["lăm", "năm"][variant % 2] if u == 5 else _DIGITS[u])
        return out
    out += [_DIGITS[t], "mươi"]
    if u == 1:
        out.append(["mốt", "một"][variant % 2])
    elif u == 4:
        out.append(["tư", "bốn"][variant % 2])
    elif u == 5:
        out.append(["lăm", "năm"][variant % 2])
    elif u:
        out.append(_DIGITS[u])
    return out


def _words(n: int, variant: int) -> list[str]:
    thousands, rest = divmod(n, 1000)
    if not thousands:
        return _group(rest, False, variant)
    out = [*_group(thousands, False, variant), ["nghìn", "ngàn"][variant // 2 % 2]]
    return out + (_group(rest, True, variant) if rest else [])


@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=3))
def test_any_number_written_in_words_reads_back(n: int, variant: int) -> None:
    assert words_to_int(_words(n, variant)) == n


def test_numbers_in_words_read_as_written() -> None:
    for text, n in [("hai mươi mốt", 21), ("mười lăm", 15), ("ba mươi tư", 34), ("một trăm linh năm", 105),
                    ("hai trăm lẻ tám", 208), ("một nghìn không trăm hai mươi", 1020), ("ba trăm nghìn", 300_000),
                    ("một triệu hai trăm nghìn", 1_200_000), ("1 nghìn 120", 1120), ("mười một", 11)]:
        assert words_to_int(text.split()) == n, text
    # what is no number: a digit only said after a ten opens none, two digits in a row, scales rising, a group left
    # without its ten after hundreds (205 or 250, or two hundred years), the ten's one spelt as after tens
    for text in ["tư", "mốt", "lăm", "hai ba", "hai nghìn ba nghìn", "hai trăm năm", "mười mốt", "linh năm"]:
        assert words_to_int(text.split()) is None, text


def test_a_figure_in_words_counts_its_noun() -> None:
    f = _one("Năm 2026, toàn huyện có thêm hai mươi mốt thôn đạt chuẩn khu dân cư kiểu mẫu.", "hai mươi mốt thôn")
    assert (f.role, f.value, f.unit) == ("amount", 21, "thôn")
    assert _one("Đảng bộ phường kết nạp mười bảy đảng viên mới.", "mười bảy đảng viên").value == 17
    assert _one("Tỉnh thu hút ba mươi lăm dự án đầu tư trong nước.", "ba mươi lăm dự án").value == 35
    assert _one("Đã có một trăm linh tám hộ thoát nghèo.", "một trăm linh tám hộ").value == 108
    assert _one("Toàn xã có hai nghìn ba trăm hộ tham gia bảo hiểm.", "hai nghìn ba trăm hộ").value == 2300
    # with a scale it is money, the scale the figure's
    f = _one("Thu ngân sách đạt hai mươi mốt tỷ đồng.", "hai mươi mốt tỷ đồng")
    assert (f.unit, f.value) == ("VND", 21e9)
    assert _one("Tổng vốn đạt một tỷ hai trăm triệu đồng.", "một tỷ hai trăm triệu đồng").value == 1.2e9
    # digits before a thousands word and its hundreds: one figure
    assert _one("Huyện đã xây 1 nghìn 120 căn hộ cho công nhân.", "1 nghìn 120 căn hộ").value == 1120


def test_a_lone_digit_in_words_counts_only_after_an_act() -> None:
    assert _one("Thường trực HĐND xã thành lập hai đoàn giám sát chuyên đề.", "hai đoàn giám sát").value == 2
    assert _one("Chi bộ kết nạp ba đảng viên mới.", "ba đảng viên").value == 3
    # a set the text names or speaks of again, the seasons of a crop, the whole of a set: no count
    assert _facts("Hai người được giới thiệu là ông Lê Văn An và bà Trần Thị Bình.") == []
    assert _facts("Khi hoàn thành, hai dự án sẽ tạo quỹ đất sạch cho tỉnh.") == []
    assert _facts("Ba xã cũ Tân An, Tân Bình, Tân Hòa đã sáp nhập thành một xã.") == []
    assert _facts("Huyện chỉ đạo thâm canh lúa hai vụ trên diện tích chủ động nước.") == []
    assert _facts("Tai nạn giao thông giảm trên cả ba tiêu chí.") == []
    assert _facts("Tất cả mười hai xã đều đạt chuẩn.") == []


def test_words_that_are_no_figures() -> None:
    # a name, a weekday, an ordinal, the year, an article, "some", "once more", a fraction, "double-digit"
    assert _facts("Huyện Năm Căn có nhiều hộ nuôi tôm.") == []
    assert _facts("Sáng thứ Năm, đoàn công tác làm việc tại xã.") == []
    assert _facts("Hội nghị lần thứ hai mươi mốt của Ban Chấp hành được tổ chức tại huyện.") == []
    assert _facts("Trong năm xã đã tổ chức tốt các hoạt động văn hóa.") == []
    assert _facts("Huyện đang triển khai một dự án trọng điểm.") == []
    assert _facts("Một số xã còn chậm giải ngân vốn đầu tư công.") == []
    assert _facts("Một lần nữa, đại biểu đề nghị làm rõ trách nhiệm của các xã.") == []
    assert _facts("Khoảng ba phần tư số xã đã hoàn thành kế hoạch.") == []
    assert _facts("Tỉnh phấn đấu tăng trưởng kinh tế hai con số.") == []
    assert _facts("Ngành đầu tư tư nhân tăng mạnh trong năm.") == []


def test_a_change_against_a_season_of_the_year_before() -> None:
    text = "Năng suất lúa vụ Mùa đạt 57,2 tạ/ha, cao hơn vụ Mùa năm trước 0,9 tạ/ha."
    f = _one(text, "0,9 tạ/ha")
    assert (f.role, f.value, f.basis) == ("change", 0.9, "vụ Mùa năm trước")
    assert _one(text, "57,2 tạ/ha").role == "amount"
    f = _one("Năng suất lúa đạt 61 tạ/ha, thấp hơn vụ Đông Xuân năm trước 1,3 tạ/ha.", "1,3 tạ/ha")
    assert (f.role, f.value) == ("change", -1.3)
    # a season named with no comparative before the figure stays its amount
    assert _one("Diện tích lúa vụ Xuân đạt 3.200 ha.", "3.200 ha").role == "amount"


def test_a_slight_change_after_a_comma_is_a_change() -> None:
    f = _one("Số lượt khách quý III chỉ tăng nhẹ, khoảng 2% so với quý II.", "khoảng 2%")
    assert (f.role, f.value) == ("change_pct", 2)
    f = _one("Sản lượng khai thác chỉ giảm nhẹ, khoảng 3,5% so với cùng kỳ.", "khoảng 3,5%")
    assert (f.role, f.value) == ("change_pct", -3.5)
    # a comma with no degree before it keeps the figure to its own clause
    assert _one("Doanh thu du lịch giảm, tỷ lệ lấp đầy phòng đạt 45%.", "45%").role == "percent"


def test_one_of_the_indicators_counted_is_no_goal() -> None:
    text = "Có 14/15 chỉ tiêu đạt kế hoạch; 01 chỉ tiêu là tỷ lệ hộ dùng nước sạch mới đạt 88%, thấp hơn kế hoạch 2%."
    assert _one(text, "88%").role == "percent"
    f = _one(text, "2%")
    assert (f.role, f.value) == ("plan_diff_pct", -2)
    # the goal noun and its copula with no count before it still open a goal
    assert _one("Chỉ tiêu là tỷ lệ hộ dùng nước sạch đạt 95% vào cuối năm.", "95%").role == "target"


def test_storms_counted_and_metres_glued() -> None:
    f = _one("Năm qua, huyện chịu ảnh hưởng của 2 cơn bão và 1 đợt lũ.", "2 cơn bão")
    assert (f.unit, f.value) == ("bão", 2)
    f = _one("Mưa lớn làm bờ kè bị sạt lở khoảng 80m.", "khoảng 80m")
    assert (f.unit, f.value, f.qualifier) == ("m", 80, "about")
    assert _one("Xã làm mới 1.500 m đường bê tông.", "1.500 m").unit == "m"


def test_a_halted_service_days_are_a_duration_a_meetings_sessions_none() -> None:
    f = _one("Do thời tiết xấu, tuyến tàu ra đảo phải tạm dừng 27 ngày.", "27 ngày")
    assert (f.role, f.unit, f.value) == ("amount", "ngày", 27)
    # days that date or span a time are no figure
    assert _facts("Kỳ họp diễn ra trong 2 ngày.") == []
    assert _facts("Kỳ họp dành 1 buổi để thảo luận tại tổ.") == []
    assert [x.raw for x in _facts("Trong thời gian 01 buổi làm việc, kỳ họp thông qua 7 nghị quyết.")] == ["7 nghị quyết"]
    # sessions held are counted
    assert _one("Hội Nông dân tổ chức 15 buổi tập huấn kỹ thuật.", "15 buổi").value == 15


def test_a_count_naming_whose_total_is_no_count() -> None:
    text = "Kim ngạch xuất khẩu của 4 mặt hàng chủ lực ước đạt 2,3 tỷ USD, tăng 8% so với cùng kỳ."
    assert [x.raw for x in _facts(text)] == ["2,3 tỷ USD", "8%"]
    assert [x.raw for x in _facts("Doanh thu 15 hợp tác xã đạt 38 tỷ đồng.")] == ["38 tỷ đồng"]
    # a count of its own, or a total's noun with no figure after the count in the clause, stays a count
    assert _one("Toàn tỉnh có 5 ngành hàng đạt kim ngạch trên 1 tỷ USD.", "5 ngành hàng").value == 5
    assert _one("Ngành thuế thu doanh thu từ 120 hộ kinh doanh.", "120 hộ kinh doanh").value == 120


def test_a_rate_named_before_its_share_and_base_is_the_subject() -> None:
    f = _one("Kỳ họp thông qua 9 nghị quyết với tỷ lệ tán thành 100% đại biểu có mặt.", "100%")
    assert "tán thành" in f.subject.lower()
    assert "hộ dùng nước sạch" in _one("Tỷ lệ hộ dùng nước sạch đạt 98% số hộ.", "98%").subject.lower()
    # a share with no rate named before it is the share of the noun after it
    assert "trường học" in _one("Có 100% trường học đạt chuẩn quốc gia.", "100%").subject.lower()


def test_a_crop_season_and_its_years_is_a_time() -> None:
    f = _one("Sản lượng niên vụ 2025 - 2026 ước khoảng 41.000 tấn nhân.", "khoảng 41.000 tấn")
    assert "niên vụ" not in f.subject.lower() and "sản lượng" in f.subject.lower()
    assert "vụ" not in _one("Sản lượng vụ 2026 ước đạt 8.500 tấn.", "8.500 tấn").subject.lower().split()
    # a season named by its crop stays in the subject
    assert "vụ mùa" in _one("Diện tích gieo cấy lúa vụ Mùa đạt 3.200 ha.", "3.200 ha").subject.lower()
