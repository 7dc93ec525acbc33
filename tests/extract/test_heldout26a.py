"""Constructions of the genre met in the held-out reports ex439-ex444 (session heldout26a), each shown in
sentences written for the test: ordinals and land kinds that count nothing, a goal's floor, a rate's spaced
slash, an earlier period's actual result, goals counted then listed, a titled person acting, a period whose
only year is its tasks', a caption paragraph, and a commune settled by the units merged into it."""

from __future__ import annotations

from soket.extract import extract_document, extract_text
from soket.ingest import load_bytes
from soket.model import Fact


def _facts(text: str) -> list[Fact]:
    return extract_text(text).facts


def _raws(text: str) -> list[str]:
    return [f.raw for f in _facts(text)]


def _fact(text: str, raw: str) -> Fact:
    got = [f for f in _facts(text) if f.raw == raw]
    assert got, (raw, _raws(text))
    return got[0]


def test_a_round_number_after_dot_is_an_ordinal() -> None:
    text = "Đợt 3 tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò hoàn thành, đạt tỷ lệ 92%."
    assert not any(r.startswith("3") for r in _raws(text))
    assert "92%" in _raws(text)


def test_land_named_by_its_crops_counts_nothing() -> None:
    text = "Toàn xã trồng được 64 ha cây vụ đông, trong đó ngô trên đất 2 lúa là 21,5 ha."
    raws = _raws(text)
    assert "21,5 ha" in raws and "64 ha" in raws
    assert not any("lúa" in r for r in raws)


def test_a_goal_sets_a_floor_to_a_measure() -> None:
    f = _fact("Năm tới, huyện phấn đấu sản lượng lương thực đạt từ 42.000 tấn trở lên.", "42.000 tấn")
    assert f.role == "target" and f.value == 42000
    # without a verb before the bound, the bound names a class of things: no figure
    assert _raws("Toàn huyện có 9 sản phẩm đạt chuẩn OCOP từ 4 sao trở lên.") == ["9 sản phẩm"]


def test_a_rate_written_with_a_space_after_its_slash() -> None:
    text = "Thu nhập bình quân ước đạt 61 triệu đồng/ người tăng 4 triệu đồng so với năm trước."
    f = _fact(text, "4 triệu đồng")
    assert f.role == "change" and f.estimated
    assert f.subject and "thu nhập" in f.subject.lower()


def test_compared_with_the_earlier_years_actual_result() -> None:
    f = _fact("Năm 2022, giá trị sản xuất nông nghiệp ước đạt 1.240 tỷ đồng, bằng 104,6% so với thực hiện năm 2021.",
              "104,6%")
    assert f.role == "prior_pct" and f.basis == "thực hiện năm 2021"


def test_goals_counted_then_listed_after_nhu() -> None:
    text = ("Năm 2027, Đảng bộ phường đề ra 21 chỉ tiêu và 4 khâu đột phá; trong đó có 15 chỉ tiêu về kinh tế "
            "- xã hội, 6 chỉ tiêu về xây dựng Đảng, như: thu ngân sách đạt 95 tỷ đồng, tỷ lệ hộ nghèo dưới 0,5%.")
    assert _fact(text, "95 tỷ đồng").role == "target"
    assert _fact(text, "dưới 0,5%").role == "target"
    assert _fact(text, "21 chỉ tiêu").role == "amount"


def test_a_titled_person_acting_is_no_part_of_the_subject() -> None:
    f = _fact("Nhân dịp này, Phó Chủ tịch UBND tỉnh Trần Quốc Bảo trao Bằng khen của UBND tỉnh cho 6 tập thể.",
              "6 tập thể")
    assert f.subject and "Trần Quốc Bảo" not in f.subject and "Bằng khen" in f.subject


def test_a_period_whose_only_year_is_its_tasks() -> None:
    text = ("Sáng 12-7, Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14. Sáu tháng đầu năm, thu "
            "ngân sách ước đạt 96 tỷ đồng, bằng 55% kế hoạch. Hội nghị đề ra nhiệm vụ trọng tâm những tháng cuối "
            "năm 2018.")
    rec = extract_text(text)
    assert rec.period and (rec.period.year, rec.period.start_month, rec.period.end_month) == (2018, 1, 6)
    # two years named: none of them is taken for the period's
    two = text.replace("Sáu tháng đầu năm,", "Sáu tháng đầu năm, so với năm 2016,")
    assert extract_text(two).period.year != 2016


_PAGE = """<html><head><title>Kỳ họp thứ ba HĐND xã Bình Minh</title></head><body>
<h1>Kỳ họp thứ ba HĐND xã Bình Minh</h1>
<p>Ngày 20/12/2025, HĐND xã Bình Minh tổ chức kỳ họp thứ ba, đánh giá kết quả thực hiện nhiệm vụ năm 2025.
Năm 2025, thu ngân sách trên địa bàn xã ước đạt 41 tỷ đồng, bằng 128% dự toán.</p>
<p class="img-caption">Bí thư Đảng ủy, Chủ tịch HĐND xã Bình Minh Lê Hữu Nghĩa phát biểu khai mạc kỳ họp</p>
<p>Kỳ họp đã thông qua 9 nghị quyết quan trọng.</p>
</body></html>"""


def test_a_paragraph_of_a_caption_class_is_read() -> None:
    rec = extract_document(load_bytes(_PAGE.encode("utf-8"), name="binhminh.html"))
    assert "Lê Hữu Nghĩa" in [p.name for p in rec.people]


def test_a_commune_of_two_provinces_settled_by_the_units_merged_into_it() -> None:
    # "Quảng Ninh" names communes in two provinces after July 2025; those merged into this one were of Quảng Bình,
    # whose successor is Quảng Trị
    text = ("Ngày 15/8/2025, HĐND xã Quảng Ninh tổ chức kỳ họp thứ hai. Xã Quảng Ninh được thành lập trên cơ sở "
            "sáp nhập các xã Võ Ninh, Hàm Ninh và thị trấn Quán Hàu. Sáu tháng đầu năm, thu ngân sách đạt 12 tỷ đồng.")
    m = extract_text(text).meeting
    assert (m.locality, m.province) == ("Quảng Ninh", "Quảng Trị")
