"""Round 25 (heldout25b): forms of the genre that the first sight of ex427-ex432 showed unread, each in sentences
written for this test: a period written without its year, dated by its comparisons ("so với cùng kỳ năm 2020"); a
monthly meeting whose lead reviews "trong tháng" while the body recalls a quarter; a deputy board head written short
and lowercase ("phó ban"); a photo caption's own figure, near a body figure, is no headline repeat."""

from __future__ import annotations

from pathlib import Path

import pytest

from soket.extract import extract_text
from soket.extract.pipeline import extract_document
from soket.ingest import load_path

PARTY = ("(GLO)- Ngày 12-7, Ban Chấp hành Đảng bộ huyện Đak Rơ khóa XVIII, nhiệm kỳ 2020-2025 tổ chức hội nghị lần thứ 7 "
         "để đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm.\n\n")


@pytest.mark.parametrize(("body", "year"), [
    ("Tổng thu ngân sách đạt 52 tỷ đồng, tăng 18% so với cùng kỳ năm 2021.", 2022),
    ("Giá trị sản xuất công nghiệp đạt 610 tỷ đồng, tăng 3,5% so với cùng kỳ 2018.", 2019),
    ("Kết nạp 40 đảng viên, bằng 95% so cùng kỳ năm 2016; thu ngân sách tăng 7% so với cùng kỳ năm 2016.", 2017),
])
def test_year_of_a_period_from_its_comparisons(body: str, year: int) -> None:
    r = extract_text(PARTY + body)
    assert (r.period.year, r.period.start_month, r.period.end_month) == (year, 1, 6)
    assert r.meeting.date == f"{year}-07-12"


def test_comparisons_naming_two_years_give_none() -> None:
    r = extract_text(PARTY + "Thu ngân sách tăng 9% so với cùng kỳ năm 2020 và tăng 30% so với cùng kỳ năm 2019.")
    assert r.period.year is None and r.meeting.date is None


def test_a_year_written_in_the_lead_wins_over_comparisons() -> None:
    r = extract_text(PARTY.replace("6 tháng đầu năm", "6 tháng đầu năm 2024")
                     + "Thu ngân sách tăng 9% so với cùng kỳ năm 2019.")
    assert r.period.year == 2024


MONTHLY = ("UBND huyện Krông Hra họp thường kỳ tháng 8 năm 2019\n\n"
           "Sáng ngày 5/9/2019, UBND huyện Krông Hra tổ chức phiên họp thường kỳ tháng 8 {cue} và triển khai nhiệm vụ "
           "tháng 9. Đồng chí Y Phin Mlô, Chủ tịch UBND huyện chủ trì.\n\n"
           "Tổng thu ngân sách đạt hơn 7 tỷ đồng. Hội nghị cũng nghe báo cáo giải ngân vốn đầu tư quý II/2019: "
           "giải ngân 12 tỷ đồng, đạt 40% kế hoạch.")


@pytest.mark.parametrize("cue", [
    "nhằm đánh giá kết quả thực hiện nhiệm vụ trong tháng",
    "để kiểm điểm công tác chỉ đạo, điều hành trong tháng",
    "báo cáo tình hình trong tháng",
])
def test_monthly_meeting_reviewing_its_own_month(cue: str) -> None:
    r = extract_text(MONTHLY.format(cue=cue))
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2019, 8, 8)


def test_a_figure_span_in_the_month_is_no_review_of_it() -> None:
    # "trong tháng" not after a review cue: the quarter the lead reviews stands
    r = extract_text("Sáng 8/7/2019, UBND huyện Krông Hra họp thường kỳ tháng 6 để đánh giá tình hình quý II/2019. "
                     "Trong tháng, thu ngân sách đạt 3 tỷ đồng.")
    assert (r.period.start_month, r.period.end_month) == (4, 6)


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Dự kỳ họp có đ/c Lê Thị Hoa, phó ban Tuyên giáo Tỉnh ủy; đ/c Trần Văn Sáu, Bí thư Huyện ủy.",
     "Lê Thị Hoa", "phó ban Tuyên giáo Tỉnh ủy"),
    ("Tham dự có ông Đinh Văn Tám, Phó ban Kinh tế - Xã hội HĐND huyện.",
     "Đinh Văn Tám", "Phó ban Kinh tế - Xã hội HĐND huyện"),
])
def test_deputy_board_head_written_short(sentence: str, name: str, role: str) -> None:
    r = extract_text("Sáng 20/12/2018, HĐND huyện Sa Thầy khai mạc kỳ họp thứ 7. " + sentence)
    got = {p.name: p.roles for p in r.people}
    assert name in got and got[name][0] == role


PAGE = """<html><head><title>Tỉnh Kon Rẫy họp thường kỳ</title></head><body><article>
<h1>Tỉnh Kon Rẫy họp thường kỳ tháng 9</h1>
<p>Ngày 15-10, UBND tỉnh Kon Rẫy họp thường kỳ tháng 9 đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm 2025.</p>
<p>Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 8,32% so với cùng kỳ năm trước.</p>
<figure><img src="a.jpg"><figcaption>9 tháng năm 2025, giá trị sản xuất nông nghiệp tăng 8% so với cùng kỳ</figcaption></figure>
<p>Thu ngân sách đạt 4.100 tỷ đồng.</p>
</article></body></html>"""


def test_a_caption_figure_near_a_body_figure_stays(tmp_path: Path) -> None:
    page = tmp_path / "kon_ray.html"
    page.write_text(PAGE, encoding="utf-8")
    rec = extract_document(load_path(page))
    values = sorted(f.value for f in rec.facts if f.role == "change_pct")
    assert values == [8, 8.32]
