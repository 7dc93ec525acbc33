"""The rules a Vietnamese reader states, one sentence each (sentences written for the tests)."""

from __future__ import annotations

import pytest

from soket.extract import extract_text
from soket.text import lower_keep_len

# (sentence, raw, role, value, unit, words the subject must contain, basis)
CASES = [
    ("Thu ngân sách huyện ước đạt 412,5 tỷ đồng, đạt 61,2% dự toán năm.",
     "61,2%", "plan_pct", 61.2, "%", "thu ngân sách", "dự toán năm"),
    ("Giá trị sản xuất nông nghiệp giảm 3,4% so với cùng kỳ năm 2022.",
     "3,4%", "change_pct", -3.4, "%", "giá trị sản xuất nông nghiệp", "cùng kỳ năm 2022"),
    ("Kim ngạch xuất khẩu đạt 1,2 tỷ USD, bằng 96,5% so với cùng kỳ.",
     "96,5%", "prior_pct", 96.5, "%", "kim ngạch xuất khẩu", "cùng kỳ"),
    ("Thu nội địa vượt 12,3% dự toán tỉnh giao.",
     "12,3%", "plan_diff_pct", 12.3, "%", "thu nội địa", "dự toán tỉnh giao"),
    ("Tổng vốn đầu tư thấp hơn kế hoạch gần 2%.",
     "gần 2%", "plan_diff_pct", -2, "%", "tổng vốn đầu tư", "kế hoạch"),
    ("Năm 2024, huyện phấn đấu thu ngân sách đạt 500 tỷ đồng.",
     "500 tỷ đồng", "target", 500e9, "VND", "thu ngân sách", None),
    ("Toàn Đảng bộ đã kết nạp được 64 đảng viên mới, đạt 80% chỉ tiêu.",
     "64 đảng viên", "amount", 64, "đảng viên", "kết nạp", None),
    ("Thành lập mới 31 doanh nghiệp (tăng 05 DN so với cùng kỳ).",
     "05 DN", "change", 5, "doanh nghiệp", "thành lập mới", "cùng kỳ"),
    ("Đến nay, 98% hộ dân sử dụng nước sạch.",
     "98%", "percent", 98, "%", "hộ dân sử dụng nước sạch", None),
    ("Có 14/18 xã đạt chuẩn nông thôn mới.",
     "14/18 xã", "amount", 14, "xã", "xã đạt chuẩn nông thôn mới", None),
    ("Tổng thu ngân sách đạt 31 tỷ 500 triệu đồng.",
     "31 tỷ 500 triệu đồng", "amount", 31.5e9, "VND", "tổng thu ngân sách", None),
    ("Vốn đầu tư toàn xã hội khoảng một nghìn tỷ đồng.",
     "khoảng một nghìn tỷ đồng", "amount", 1e12, "VND", "vốn đầu tư toàn xã hội", None),
    ("Tỷ lệ hộ nghèo giảm còn 2,1%.",
     "2,1%", "percent", 2.1, "%", "tỷ lệ hộ nghèo", None),
    ("Thu ngân sách đạt 120 tỷ đồng, lũy kế 9 tháng đạt 980 tỷ đồng.",
     "980 tỷ đồng", "amount", 980e9, "VND", "thu ngân sách", None),
]


@pytest.mark.parametrize(("text", "raw", "role", "value", "unit", "subject", "basis"), CASES,
                         ids=[c[1] for c in CASES])
def test_rule(text, raw, role, value, unit, subject, basis):
    rec = extract_text(text)
    (f,) = [f for f in rec.facts if f.raw == raw]
    assert (f.role, f.unit) == (role, unit)
    assert f.value == pytest.approx(value)
    assert subject in lower_keep_len(f.subject or "")
    assert f.basis == basis


def test_qualifiers_and_estimates():
    rec = extract_text("Tổng giá trị sản xuất ước đạt trên 2.100 tỷ đồng; thu ngân sách gần 90 tỷ đồng, "
                       "xuất khẩu xấp xỉ 12 triệu USD, tỷ lệ hộ nghèo dưới 3%.")
    got = {f.raw: (f.qualifier, f.estimated) for f in rec.facts}
    assert got["trên 2.100 tỷ đồng"] == ("over", True)
    assert got["gần 90 tỷ đồng"] == ("nearly", False)
    assert got["xấp xỉ 12 triệu USD"] == ("about", False)
    assert got["dưới 3%"] == ("under", False)



def test_a_figure_of_an_estimate_pointed_back_to_is_estimated():
    rec = extract_text("Vốn đầu tư công của huyện ước đạt 215 tỷ đồng, tăng 8% so với cùng kỳ; "
                       "số vốn này mới bằng 48,2% kế hoạch năm.")
    got = {f.raw: (f.subject, f.estimated) for f in rec.facts}
    assert got["215 tỷ đồng"][1] and got["8%"][1]
    assert got["48,2%"] == (got["215 tỷ đồng"][0], True)
    rec = extract_text("Vốn đầu tư công của huyện đạt 215 tỷ đồng; số vốn này mới bằng 48,2% kế hoạch năm.")
    assert [f.estimated for f in rec.facts] == [False, False]

def test_not_facts():
    rec = extract_text("Sáng 12/7, Ban Chấp hành Đảng bộ huyện khóa XX, nhiệm kỳ 2020 - 2025 tổ chức hội nghị lần thứ 9 "
                       "quán triệt Nghị quyết số 05 và Chỉ thị số 30 ngày 18/12/1998, dịch vụ công mức độ 4, "
                       "phòng chống Covid-19, đô thị loại II.")
    assert rec.facts == []


def test_meeting_old_tone_spelling_and_person_roles():
    rec = extract_text("Chiều 5-7-2023, Ban Thường vụ Tỉnh uỷ Khánh Hoà họp đánh giá tình hình 6 tháng đầu năm. "
                       "Đồng chí Nguyễn Văn An-Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ chủ trì cuộc họp.")
    m = rec.meeting
    assert (m.body_kind, m.locality_kind, m.date) == ("standing_committee", "tỉnh", "2023-07-05")
    assert lower_keep_len(m.locality) == "khánh hòa"
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2023, 1, 6)
    assert m.chairs == ["Nguyễn Văn An"]
    assert rec.people[0].roles == ["Uỷ viên Trung ương Đảng", "Bí thư Tỉnh uỷ"]


def test_post_2025_commune_resolves_to_its_new_province():
    rec = extract_text("Ngày 20/12/2025, HĐND xã Thanh Ba khóa I tổ chức kỳ họp thứ Ba, đánh giá kết quả năm 2025.")
    m = rec.meeting
    assert (m.body_kind, m.locality, m.locality_kind, m.province, m.session) == (
        "peoples_council", "Thanh Ba", "xã", "Phú Thọ", 3)


def test_headline_figure_repeated_in_body_is_one_fact():
    rec = extract_text("Thu ngân sách vượt 17%\n\nThu ngân sách ước đạt 26,7 tỷ đồng, vượt 17,2% dự toán.")
    assert [f.raw for f in rec.facts if f.unit == "%"] == ["17,2%"]


def test_a_headline_figure_whose_counted_noun_the_body_shortens_is_one_fact():
    """'1,2 triệu lượt khách' in a headline, '1,2 triệu lượt' in the body: the same figure, kept once (the body's)."""
    rec = extract_text("Sầm Sơn đón 1,2 triệu lượt khách\n\nĐến hết tháng 6, lượng khách đến thành phố ước đạt "
                       "1,2 triệu lượt, tăng 8% so với cùng kỳ.")
    got = [(f.raw, f.estimated) for f in rec.facts if f.unit and f.unit.startswith("lượt")]
    assert got == [("1,2 triệu lượt", True)]


def test_a_name_in_two_provinces_is_settled_by_the_other_places():
    text = ("Ngày 20/12/2016, Huyện ủy Vĩnh Thạnh tổ chức hội nghị tổng kết năm 2016. "
            "Huyện phối hợp với thị xã An Nhơn và huyện Tây Sơn.")
    assert extract_text(text).meeting.province == "Bình Định"
    alone = "Ngày 20/12/2016, Huyện ủy Vĩnh Thạnh tổ chức hội nghị tổng kết năm 2016."
    assert extract_text(alone).meeting.province is None  # Bình Định or Cần Thơ: the text doesn't tell


def test_a_rounded_figure_of_the_lead_under_the_headline_restates_the_body():
    """'đạt hơn 60% dự toán năm' in the one-sentence lead is the body's '60,8% dự toán năm', said once."""
    text = ("HĐND huyện Yên Lạc đánh giá kết quả 6 tháng\n\n"
            "Trong 6 tháng, thu ngân sách trên địa bàn huyện đạt hơn 60% dự toán năm, nhưng giải ngân vốn còn chậm.\n\n"
            "Ngày 10/7/2021, HĐND huyện Yên Lạc tổ chức kỳ họp thứ 2. Thu ngân sách trên địa bàn đạt 185,6 tỷ đồng, "
            "bằng 60,8% dự toán năm.\n")
    raws = [f.raw for f in extract_text(text).facts]
    assert "hơn 60%" not in raws and "60,8%" in raws
