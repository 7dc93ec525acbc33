"""The same sentence in the forms copies write it (issue 10, ``bench/text_parity.py``): dates with dashes or dots,
a byline's date so written, a subject's time phrase with a dotted date."""

from __future__ import annotations

import pytest

from soket.extract import extract_text
from soket.extract.people import extract_authors
from soket.text import new_tone

_REVIEW = ("Ngày 29{s}12{s}2024, Đảng ủy xã Phú Lâm họp đánh giá kết quả lãnh đạo thực hiện nhiệm vụ "
           "từ ngày 1{s}7 đến 31{s}12{s}2024 và bàn phương hướng năm 2025.\n\n"
           "Thu ngân sách trên địa bàn đạt 21 tỷ đồng, bằng 104% dự toán.\n")


@pytest.mark.parametrize("sep", ["/", "-", "."])
def test_a_span_closed_on_a_day_is_the_period_whatever_the_date_separator(sep: str) -> None:
    rec = extract_text(_REVIEW.format(s=sep), doc="x").to_dict()
    assert {k: rec["period"][k] for k in ("year", "start_month", "end_month")} == \
        {"year": 2024, "start_month": 7, "end_month": 12}
    assert rec["meeting"]["date"] == "2024-12-29"


@pytest.mark.parametrize("date", ["14/3/2025", "14-3-2025", "14.3.2025"])
def test_a_top_byline_with_its_date_in_any_separator(date: str) -> None:
    text = f"Hồng Nhung | {date} 08:15\n\nSáng 13/3, UBND xã Tân Hòa tổ chức hội nghị giao ban tháng 3.\n"
    assert extract_authors(text, []) == ["Hồng Nhung"]
    assert extract_authors(f"Hồng Nhung {date} 08:15\n\nSáng 13/3, UBND xã Tân Hòa họp.\n", []) == ["Hồng Nhung"]


@pytest.mark.parametrize("date", ["30/6", "30-6", "30.6"])
def test_a_dotted_date_is_no_part_of_a_subject(date: str) -> None:
    text = ("Ngày 5/7/2024, UBND huyện Đông Sơn họp phiên thường kỳ tháng 6.\n\n"
            f"Tính đến ngày {date}, giải ngân vốn đầu tư công đạt 48% kế hoạch.\n")
    facts = extract_text(text, doc="x").to_dict()["facts"]
    assert [f["subject"] for f in facts if f["value"] == 48] == ["giải ngân vốn đầu tư công"]


def test_a_number_with_a_thousands_dot_after_from_is_no_date() -> None:
    text = ("Ngày 5/7/2024, UBND huyện Đông Sơn họp phiên thường kỳ tháng 6.\n\n"
            "Số hộ sử dụng nước sạch tăng từ 1.200 hộ lên 1.450 hộ.\n")
    raws = [f["raw"] for f in extract_text(text, doc="x").to_dict()["facts"]]
    assert "1.450 hộ" in raws


@pytest.mark.parametrize("sep", ["/", "-", "."])
def test_a_span_closed_on_a_day_at_the_end_of_its_sentence(sep: str) -> None:
    text = (f"Ngày 28{sep}11{sep}2025, UBND phường Bình Minh họp đánh giá kết quả hoạt động từ ngày 1{sep}7 "
            f"đến 30{sep}11{sep}2025. Thu ngân sách đạt 9 tỷ đồng.\n")
    rec = extract_text(text, doc="x").to_dict()
    assert (rec["period"]["year"], rec["period"]["start_month"], rec["period"]["end_month"]) == (2025, 7, 11)


def test_a_cumulative_figure_in_old_tone_placement_keeps_the_subject_before_it() -> None:
    new = ("Ngày 5/10/2024, UBND thị xã Nghi Sơn họp phiên thường kỳ tháng 9.\n\n"
           "Thu ngân sách trên địa bàn trong tháng đạt 212 tỷ đồng; lũy kế từ đầu năm 1.684 tỷ đồng, bằng 88% dự toán.\n")
    old = new.replace("lũy kế", "luỹ kế")
    subjects = [[new_tone(f["subject"] or "") for f in extract_text(t, doc="x").to_dict()["facts"]] for t in (new, old)]
    assert subjects[0] == subjects[1]


@pytest.mark.parametrize("mark", ["- ", "+ ", "• ", "* "])
def test_a_list_items_mark_is_no_word_of_its_subject(mark: str) -> None:
    text = ("Ngày 8/7/2024, UBND huyện Võ Nhai họp đánh giá tình hình 6 tháng đầu năm.\n\n2. Xã hội\n"
            f"{mark}Giải quyết việc làm cho 860 lao động, đạt 52,1% kế hoạch năm.\n\n3. Quốc phòng\n"
            f"{mark}Hoàn thành 100% chỉ tiêu giao quân.\n")
    subjects = [f["subject"] for f in extract_text(text, doc="x").to_dict()["facts"]]
    assert subjects == ["Giải quyết việc làm lao động"] * 2 + ["Hoàn thành chỉ tiêu giao quân"]


def test_a_headline_in_capitals_names_its_locality() -> None:
    body = ("\n\nNăm 2023, kinh tế của huyện tăng trưởng 9,2%; thu ngân sách đạt 101% dự toán. Hội nghị do "
            "Bí thư Huyện ủy chủ trì.\n")
    head = "Huyện ủy Vĩnh Thạnh: Đánh giá tình hình kinh tế - xã hội năm 2023"
    metas = [extract_text(h + body, doc="x").to_dict()["meeting"] for h in (head, head.upper())]
    assert [(m["locality"], m["locality_kind"]) for m in metas] == [("Vĩnh Thạnh", "huyện")] * 2
