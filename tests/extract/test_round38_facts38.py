"""Round 38 (issue 10, facts38): subjects, roles and units missed on the held-out reports ex709-ex740, as rules of the
genre. Invented sentences of the genre, a near-miss beside each rule."""

from __future__ import annotations

from _sentences import facts as _facts
from _sentences import one as _one
from soket.extract.pipeline import extract_text
from soket.ingest.chrome import find_chrome


def test_a_share_of_a_total_is_of_the_words_before_it() -> None:
    # "tổng <noun>" after a share is the base: the share measures what the words before the verb name
    assert _one("Đợt tiêm phòng vụ thu cho đàn lợn đạt 91,5% tổng đàn.", "91,5%").subject == "Đợt tiêm phòng vụ thu cho đàn lợn"
    f = _one("Riêng lĩnh vực y tế được bố trí 18,6% tổng vốn.", "18,6%")
    assert f.subject and "y tế" in f.subject and "tổng vốn" not in f.subject
    # a share right after a count, no words of its own before it: the count's
    f = _one("Toàn xã có 2.310 hộ đăng ký tham gia, đạt 96,4% tổng số hộ trên địa bàn.", "96,4%")
    assert f.subject == "hộ đăng ký tham gia"
    # near-miss: a share of a bare measure keeps the measure with the verb; a share with its own noun names it
    assert _one("Đến nay xã đã gieo sạ được 80% tổng diện tích.", "80%").subject == "tổng diện tích gieo sạ"
    assert "hộ dân" in (_one("Toàn huyện có 98% hộ dân dùng nước sạch.", "98%").subject or "")
    # near-miss: a share of a total allotted to a purpose is the total's, as allotted
    assert (_one("Tỉnh dành khoảng 35% tổng vốn trung hạn cho các công trình thủy lợi.", "khoảng 35%").subject or "") \
        .startswith("tổng vốn")


def test_the_praise_a_copula_gives_is_no_subject() -> None:
    found = _facts("Giải quyết việc làm tiếp tục là điểm sáng với 412 người, đạt 58% kế hoạch năm.")
    assert [f.subject for f in found] == ["Giải quyết việc làm", "Giải quyết việc làm"]
    assert _one("Ngành dịch vụ là điểm sáng với mức tăng 9,4% so với cùng kỳ.", "9,4%").subject == "Ngành dịch vụ"
    # near-miss: a figure with its own noun after it names itself
    assert _one("Cây cam tiếp tục là thế mạnh với 215 ha cam trồng mới.", "215 ha").subject == "cam trồng mới"
    assert "lượt khách" in (_one("Du lịch là điểm sáng với 12.500 lượt khách.", "12.500 lượt khách").subject or "")


def test_words_of_when_alone_leave_the_subject_to_the_clause_before() -> None:
    f = _one("Giá tiêu tăng mạnh, có thời điểm lên 152.000 đồng/kg.", "152.000 đồng/kg")
    assert f.subject and f.subject.lower().startswith("giá tiêu")
    # near-miss: a verb with the thing measured before the figure keeps it
    assert _one("Giá tiêu có mức 152.000 đồng/kg.", "152.000 đồng/kg").subject != "có thời điểm"


def test_a_bounded_rate_of_the_votes_is_a_result() -> None:
    f = _one("Các nghị quyết được thông qua với tỷ lệ tán thành từ 95,2% trở lên.", "95,2%")
    assert f.role == "percent"
    # near-miss: a bounded rate with no vote is a goal
    assert _one("Năm 2027, huyện phấn đấu tăng trưởng kinh tế đạt 9% trở lên.", "9%").role == "target"


def test_behind_the_schedule_set_is_a_signed_gap_to_a_plan() -> None:
    f = _one("Giải ngân vốn đầu tư công đạt 48% kế hoạch, thấp hơn tiến độ đề ra khoảng 9%.", "khoảng 9%")
    assert (f.role, f.value, f.basis, f.qualifier) == ("plan_diff_pct", -9, "tiến độ đề ra", "about")
    # near-miss: the schedule with no plan word set is no plan
    assert _one("Tiến độ thi công đạt khoảng 9%.", "khoảng 9%").role == "percent"


def test_million_dong_abbreviated() -> None:
    f = _one("Thu nhập bình quân đầu người năm 2011 ước đạt 24,6 tr.đ/người/năm.", "24,6 tr.đ/người/năm")
    assert (f.unit, f.value, f.role) == ("VND", 24_600_000, "amount")
    assert _one("Tổng kinh phí hỗ trợ là 1.250 trđ.", "1.250 trđ").value == 1_250_000_000
    # near-miss: "tr." before a number is a page, no money
    assert not [f for f in _facts("Xem thêm tr. 12 của báo cáo.") if f.unit == "VND"]


def test_a_price_board_quote_is_chrome() -> None:
    page = ("Giá vàng SJC: Mua 38,10 - Bán 38,25 tr.đ/lượng | USD (VCB): 20.800 - 20.830 | Dầu thô: 92,4 USD/thùng\n"
            "Thu ngân sách đạt 1.250 tỷ đồng.")
    ranges = find_chrome(page)
    at = page.index("Mua")
    assert any(a <= at and page.index("thùng") < b for a, b in ranges)
    assert [f.raw for f in extract_text(page).facts] == ["1.250 tỷ đồng"]
    # near-miss: a report's price with its verb stays
    assert [f.raw for f in extract_text("Giá mua lúa tươi tăng lên 7.200 đồng/kg.").facts] == ["7.200 đồng/kg"]


def test_the_lead_under_a_date_line_restates_the_body() -> None:
    text = ("Sơn La: thu ngân sách 9 tháng đạt hơn 2.000 tỷ đồng\n\n21/10/2011 | 09:12\n\n"
            "SLTV.vn - Quý III/2011, GRDP tỉnh ước tăng 9,2%; kim ngạch xuất khẩu tăng hơn 18%.\n\n"
            "Theo báo cáo của UBND tỉnh, tốc độ tăng trưởng kinh tế (GRDP) 9 tháng ước đạt 9,2%. "
            "Kim ngạch xuất khẩu ước đạt 65 triệu USD, tăng 18,4% so với cùng kỳ.\n")
    raws = [f.raw for f in extract_text(text).facts]
    assert raws.count("9,2%") == 1 and "hơn 18%" not in raws and "18,4%" in raws
    # near-miss: a lead figure the body does not restate stays
    text2 = text.replace("tăng hơn 18%", "tăng hơn 30%")
    assert "hơn 30%" in [f.raw for f in extract_text(text2).facts]


def test_a_rate_the_lead_restates_to_its_decimals_is_the_body_s() -> None:
    text = ("Hà Nam: GDP năm 2010 ước tăng 11,8%\n\n20/12/2010 | 10:05:12\n\n"
            "Năm 2010, tổng sản phẩm trong tỉnh (GDP) ước tăng 11,8% so với năm trước.\n\n"
            "Ngày 19/12, HĐND tỉnh khai mạc kỳ họp thứ 18. GDP (giá so sánh 1994) ước tăng 11,8% so với năm 2009; "
            "thu ngân sách trên địa bàn đạt 1.460 tỷ đồng.\n")
    found = extract_text(text).facts
    assert [f.basis for f in found if f.raw == "11,8%"] == ["năm 2009"]
    # near-miss: another measure at the same rate stays
    other = text.replace("Năm 2010, tổng sản phẩm trong tỉnh (GDP)", "Năm 2010, giá trị sản xuất công nghiệp")
    assert len([f for f in extract_text(other).facts if f.raw == "11,8%"]) == 2


def test_a_size_after_the_work_steered_is_the_work_s() -> None:
    f = _one("Huyện yêu cầu 3 tháng cuối năm tập trung chỉ đạo gieo trồng vụ Đông với diện tích 1.200 ha.", "1.200 ha")
    assert f.subject == "gieo trồng vụ Đông"
    # near-miss: the size of what a count before it counts stays the size's
    assert _one("Toàn huyện có 09 dự án với diện tích 28 ha.", "28 ha").subject == "diện tích"


def test_what_a_figure_brings_about_is_no_part_of_its_subject() -> None:
    f = _one("Giá cà phê nhân duy trì trên 95.000 đồng/kg giúp người trồng có thu nhập ổn định.", "trên 95.000 đồng/kg")
    assert f.subject == "Giá cà phê nhân"
    # near-miss: a body counted named by what it helps with keeps the words
    assert "giúp việc" in (_one("Đảng ủy xã thành lập 4 tiểu ban giúp việc.", "4 tiểu ban").subject or "")


def test_a_share_joined_with_its_own_verb_names_its_set_after_it() -> None:
    text = "Năm 2027, xã đặt chỉ tiêu thu ngân sách 12 tỷ đồng, tỷ lệ che phủ rừng trên 60% và giảm 30% số hộ nghèo."
    assert _one(text, "30%").subject == "hộ nghèo"
    # near-miss: a rate of change with nothing after it is the figure's before
    assert _one("Thu ngân sách đạt 500 tỷ đồng và tăng 12% so với cùng kỳ.", "12%").subject == "Thu ngân sách"
