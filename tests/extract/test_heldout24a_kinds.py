"""Kinds found on held-out reports ex397-ex404 (issue 10, the North: 2017-2020 district reports and units after
July 2025). Sentences written for these tests."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.people import sentence_people


def _facts(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [(f.subject, f.role, f.value, f.unit) for f in extract_text(text).facts]


# --- roles listed by commas before ", ông NAME" ---------------------------------------------------------------


def test_two_roles_listed_before_an_honorific_are_the_names():
    got = sentence_people("Kết luận hội nghị, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Thái Bình, ông Trần Văn Hải "
                          "yêu cầu các ngành tập trung hoàn thành kế hoạch.")
    assert got == [("Trần Văn Hải", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Thái Bình"])]


def test_one_role_before_an_honorific_is_still_the_names():
    got = sentence_people("Phát biểu chỉ đạo, Chủ tịch UBND huyện, bà Lê Thị Mai đề nghị các xã đẩy nhanh tiến độ.")
    assert got == [("Lê Thị Mai", ["Chủ tịch UBND huyện"])]


def test_a_name_already_waiting_keeps_its_roles_apart():
    got = dict(sentence_people("Dự hội nghị có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh; Giám đốc Sở Tài chính, "
                               "ông Hoàng Văn Bình báo cáo."))
    assert got["Nguyễn Văn An"] == ["Phó Chủ tịch UBND tỉnh"] and got["Hoàng Văn Bình"] == ["Giám đốc Sở Tài chính"]


# --- unit words listed by a comma name one set of places -------------------------------------------------------


def test_unit_words_listed_by_a_comma_stay_one_subject():
    """The unit words listed stay one subject. Since round 45 (real45) a share of units reaching a standard is named
    with the standard, as the golds' first subject is ("xã, phường đạt chuẩn quốc gia về y tế", ex404): the standard
    whole, its field ("về y tế") with it, never cut at "quốc gia"."""
    got = _facts("Hết năm 2019, 92% xã, thị trấn đạt chuẩn quốc gia về y tế.")
    assert got[0][0] == "xã, thị trấn đạt chuẩn quốc gia về y tế" and got[0][2] == 92


def test_three_unit_words_listed_stay_one_subject():
    got = _facts("Có 100% xã, phường, thị trấn có nhà văn hóa.")
    assert got[0][0] is not None and got[0][0].startswith("xã, phường, thị trấn")


def test_a_comma_after_another_noun_still_ends_the_subject():
    got = _facts("Trên 90% hộ gia đình, cơ quan đạt chuẩn văn hóa.")
    assert got[0][0] == "hộ gia đình"


# --- a figure after an example ("như") is the example's --------------------------------------------------------


def test_a_figure_after_an_example_is_the_examples():
    got = _facts("Huyện đưa vào trồng thử một số giống mới như cây sâm với 6 ha.")
    assert got[0][0] == "cây sâm" and got[0][2] == 6


# --- a sum by which a result beats or misses its plan ----------------------------------------------------------


def test_a_sum_beating_the_plan_after_the_result_is_a_change():
    got = _facts("Năm 2017, thu nhập bình quân đầu người ước đạt 38 triệu đồng/người/năm, vượt 3 triệu đồng.")
    assert [(r, v) for _, r, v, _ in got] == [("amount", 38000000), ("change", 3000000)]


def test_a_sum_missing_the_plan_is_a_negative_change():
    got = _facts("Sản lượng lương thực đạt 41.500 tấn, thấp hơn kế hoạch 800 tấn.")
    assert ("change", -800) in [(r, v) for _, r, v, _ in got]


def test_a_sum_after_the_word_with_no_result_before_it_is_a_level():
    got = _facts("Năm nay doanh thu từ du lịch vượt 500 tỷ đồng.")
    assert [r for _, r, _, _ in got] == ["amount"]


# --- a congress greeted by a page that names no meeting -----------------------------------------------------------

_GREETED = ("Chào mừng Đại hội đại biểu Đảng bộ huyện Văn Bàn lần thứ XXIII, nhiệm kỳ 2020-2025\n\n"
            "Kết quả nổi bật nhiệm kỳ 2015-2020\n\n"
            "* Tốc độ tăng giá trị sản xuất bình quân 11,2%/năm.\n\n"
            "* Tỷ lệ hộ nghèo năm 2020 giảm còn 9,4%.\n")


def test_a_congress_greeted_with_no_meeting_is_the_pages_event():
    r = extract_text(_GREETED).to_dict()
    assert r["meeting"]["body_kind"] == "other" and r["meeting"]["session"] == 23
    assert r["meeting"]["locality"] == "Văn Bàn"


def test_a_congress_reviews_a_term_no_year_of_it():
    assert extract_text(_GREETED).to_dict()["period"]["year"] is None


def test_a_meeting_sentence_keeps_its_body_under_a_greeting():
    r = extract_text("Chào mừng Đại hội Đảng bộ huyện lần thứ XXIII, ngày 12/6, UBND huyện Văn Bàn họp "
                     "đánh giá tình hình 5 tháng, thu ngân sách đạt 210 tỷ đồng.").to_dict()
    assert r["meeting"]["body_kind"] == "peoples_committee" and r["meeting"]["session"] is None


# --- a report that names no meeting ------------------------------------------------------------------------------


def test_a_report_naming_no_meeting_is_no_bodys_meeting():
    r = extract_text("Huyện Kiến Xương: Giá trị sản xuất quý 1/2018 ước đạt 3.105 tỷ đồng\n\n"
                     "Quý 1/2018, giá trị sản xuất toàn huyện Kiến Xương ước đạt 3.105 tỷ đồng, tăng 7,9% so với "
                     "cùng kỳ.\n").to_dict()
    assert r["meeting"]["body_kind"] == "other" and r["meeting"]["session"] is None


def test_a_meeting_named_keeps_its_body():
    r = extract_text("Ngày 10/4, UBND huyện Kiến Xương họp đánh giá quý I, giá trị sản xuất đạt 3.105 tỷ đồng.").to_dict()
    assert r["meeting"]["body_kind"] == "peoples_committee"


# --- a page's font-size control between the byline and the lead (a text copy of a page) ------------------------

_SIZED = ("Thái Bình đẩy nhanh giải ngân vốn đầu tư công\n"
          "Thời sự\n"
          "12/06/2019 10:20\n"
          "Minh Quân\n"
          "{control}\n"
          "Ngày 11/6, UBND tỉnh Thái Bình họp phiên thường kỳ tháng 6, đánh giá tình hình kinh tế - xã hội 5 tháng "
          "đầu năm và bàn nhiệm vụ trọng tâm những tháng còn lại.\n"
          "Quang cảnh phiên họp.\n"
          "Tổng thu ngân sách 5 tháng đạt 2.150 tỷ đồng.\n")


def test_a_font_size_control_under_the_byline_keeps_it():
    for control in ("aa", "A- A+", "A A A"):
        assert extract_text(_SIZED.format(control=control)).authors == ["Minh Quân"], control


def test_a_word_under_the_name_is_no_control():
    assert extract_text(_SIZED.format(control="Ảnh minh họa")).authors == []


def test_a_congress_greeted_under_a_long_page_head_is_still_the_event():
    head = "".join(f"Mục {k} | Tin tức | Liên hệ\n" for k in range(30))
    r = extract_text(head + _GREETED).to_dict()
    assert (r["meeting"]["body_kind"], r["meeting"]["session"]) == ("other", 23)
    assert (r["meeting"]["locality"], r["meeting"]["locality_kind"]) == ("Văn Bàn", "huyện")
    assert r["period"]["year"] is None


def test_a_sum_beating_the_plan_in_another_scale_of_the_same_money_is_a_change():
    got = _facts("Thu ngân sách xã đạt 1,2 tỷ đồng, vượt 200 triệu đồng so với dự toán.")
    assert [(r, v) for _, r, v, _ in got] == [("amount", 1200000000), ("change", 200000000)]
