"""Goals adopted in one sentence and listed in the next, time frames and scopes opening a subject, and a measure
named after a nominal verb whose name holds a comma (sentences of the genre, written for these tests)."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.goals import adopts_goals
from soket.extract.subjects import left_subject

HEAD = "Kỳ họp thứ 9 HĐND huyện Krông Bông\n\nNgày 18/12/2019, HĐND huyện Krông Bông tổ chức kỳ họp thứ 9.\n\n"


def _facts(body: str) -> dict[str, tuple[str | None, str | None]]:
    rec = extract_text(HEAD + body + "\n")
    return {f.raw: (f.role, f.subject) for f in rec.facts}


def test_goals_adopted_then_listed_after_theo_do_are_targets():
    got = _facts("Kỳ họp đã thông qua Nghị quyết về các chỉ tiêu chủ yếu của kế hoạch phát triển kinh tế - xã hội "
                 "năm 2020. Theo đó, tổng thu ngân sách trên địa bàn dự kiến khoảng 61 tỷ đồng, giảm gần 8% so với "
                 "năm 2019; số lao động được giải quyết việc làm khoảng 1.800 lao động; tỷ lệ hộ nghèo giảm còn 9,2%.")
    assert got["khoảng 61 tỷ đồng"][0] == "target"
    assert got["gần 8%"][0] == "target"
    assert got["khoảng 1.800 lao động"][0] == "target"
    assert got["9,2%"][0] == "target"


def test_a_review_of_goals_is_no_adoption():
    assert adopts_goals("Kỳ họp thông qua Nghị quyết về các chỉ tiêu chủ yếu năm 2020.")
    assert not adopts_goals("Hội nghị thông qua báo cáo kết quả thực hiện các chỉ tiêu năm 2019.")
    assert not adopts_goals("Huyện có nhiều chỉ tiêu khó.")  # no adopting verb
    got = _facts("Hội nghị thông qua báo cáo kết quả thực hiện các chỉ tiêu năm 2019. Theo đó, tổng thu ngân sách "
                 "là 58 tỷ đồng.")
    assert got["58 tỷ đồng"][0] == "amount"


def test_a_result_after_theo_do_stays_a_result():
    got = _facts("Kỳ họp thông qua Nghị quyết về các chỉ tiêu năm 2020. Theo đó, năm 2019 huyện đã thu ngân sách "
                 "52 tỷ đồng.")
    assert got["52 tỷ đồng"][0] == "amount"


def test_theo_do_without_adopted_goals_is_no_goal():
    got = _facts("Năm 2019, huyện đạt nhiều kết quả. Theo đó, tổng thu ngân sách là 52 tỷ đồng.")
    assert got["52 tỷ đồng"][0] == "amount"


def test_a_year_end_time_and_a_scope_open_no_subject():
    got = _facts("Sau rà soát, cuối năm 2019 toàn huyện còn 2.310 hộ nghèo, chiếm 7,4%.")
    assert got["2.310 hộ nghèo"][1] == "hộ nghèo"
    assert got["7,4%"][1] == "hộ nghèo"
    assert left_subject("Đầu năm 2020, tỷ lệ trẻ em suy dinh dưỡng còn ")[0] == "tỷ lệ trẻ em suy dinh dưỡng"


def test_an_estimated_cut_off_day_opens_no_subject():
    got = _facts("Ước đến ngày 31/01/2020 giải ngân đạt 93,4% kế hoạch vốn.")
    assert got["93,4%"] == ("plan_pct", "giải ngân")


def test_a_measure_named_after_a_nominal_verb_runs_past_its_comma():
    got = _facts("Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp của huyện đạt 86,7 điểm.")
    assert got["86,7 điểm"][1] == "chỉ số phục vụ người dân, doanh nghiệp của huyện"
    got = _facts("Số liệu thống kê đến ngày 15-12-2019 cho thấy kết quả đánh giá Bộ chỉ số phục vụ người dân, "
                 "doanh nghiệp của huyện Krông Bông đạt 86,7 điểm, xếp loại tốt.")
    assert got["86,7 điểm"][1] == "chỉ số phục vụ người dân, doanh nghiệp của huyện Krông Bông"


def test_a_body_assessing_two_measures_keeps_the_nearest():
    got = _facts("Hội nghị đánh giá tổng thu ngân sách, thu nội địa đạt 12 tỷ đồng.")
    assert got["12 tỷ đồng"][1] == "thu nội địa"
    got = _facts("Báo cáo cho thấy tỷ lệ hộ nghèo giảm, hộ cận nghèo còn 3,2%.")
    assert got["3,2%"][1] == "hộ cận nghèo"


def test_goals_listed_after_cu_the_or_inside_the_adopting_sentence():
    got = _facts("Kỳ họp đã biểu quyết thông qua các chỉ tiêu chủ yếu năm 2020. Cụ thể, tổng thu ngân sách 61 tỷ đồng; "
                 "tỷ lệ hộ nghèo giảm còn 9%.")
    assert got["61 tỷ đồng"][0] == got["9%"][0] == "target"
    got = _facts("HĐND huyện thông qua Nghị quyết về các chỉ tiêu năm 2020, theo đó tổng thu ngân sách 61 tỷ đồng, "
                 "tỷ lệ hộ nghèo giảm còn 9%.")
    assert got["61 tỷ đồng"][0] == got["9%"][0] == "target"
    got = _facts("Hội nghị đánh giá kết quả thực hiện các chỉ tiêu năm 2019, theo đó tổng thu ngân sách đạt 52 tỷ đồng.")
    assert got["52 tỷ đồng"][0] == "amount"


def test_an_adopting_sentence_may_count_its_goals():
    got = _facts("Kỳ họp đã thông qua 12 chỉ tiêu chủ yếu năm 2020. Theo đó, tổng thu ngân sách 61 tỷ đồng.")
    assert got["12 chỉ tiêu"][0] == "amount"
    assert got["61 tỷ đồng"][0] == "target"
