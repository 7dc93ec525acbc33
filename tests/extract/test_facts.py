"""extract/facts.py: the facts of one sentence, each grounded in it."""

from __future__ import annotations

import pytest

from soket.extract import extract_text
from soket.extract.facts import sentence_facts
from soket.extract.sentences import split_sentences

TEXT = ("Giá trị sản xuất công nghiệp ước đạt 1.450 tỷ đồng, bằng 52,3% kế hoạch năm, "
        "tăng 8,6% so với cùng kỳ.")


def _facts(text: str):
    return [f for s in split_sentences(text) for f in sentence_facts(s, [])]


def test_an_amount_and_the_percentages_that_qualify_it_share_the_subject():
    got = {f.raw: f for f in _facts(TEXT)}
    assert set(got) == {"1.450 tỷ đồng", "52,3%", "8,6%"}
    assert {f.subject for f in got.values()} == {"Giá trị sản xuất công nghiệp"}
    assert (got["52,3%"].role, got["52,3%"].basis) == ("plan_pct", "kế hoạch năm")
    assert (got["8,6%"].role, got["8,6%"].value) == ("change_pct", pytest.approx(8.6))
    assert all(f.estimated for f in got.values())   # "ước đạt" covers the sentence


def test_every_fact_is_grounded_in_its_sentence():
    for f in _facts(TEXT):
        assert TEXT[f.span[0]:f.span[1]] == f.raw
        assert f.evidence_span is not None
        assert TEXT[f.evidence_span[0]:f.evidence_span[1]] == f.evidence


def test_a_count_takes_its_event_verb_as_subject():
    (f,) = _facts("Trong 6 tháng, toàn Đảng bộ kết nạp 37 đảng viên mới.")
    assert (f.value, f.unit) == (37, "đảng viên")
    assert "kết nạp" in (f.subject or "")


def test_a_sentence_without_figures_has_no_facts():
    assert _facts("Hội nghị đã thảo luận, thống nhất các giải pháp trọng tâm.") == []


def test_a_share_takes_its_subject_from_the_left():
    """'chiếm X% tổng ...': the share belongs to what stands before it, not to the total after."""
    text = "Thu nội địa chiếm 52% tổng thu ngân sách của huyện."
    (f,) = sentence_facts(split_sentences(text)[0], [])
    assert (f.raw, f.role, f.subject) == ("52%", "percent", "Thu nội địa")


def test_a_cumulative_figure_keeps_the_subject_before_it():
    """'lũy kế từ đầu năm 210 tỷ đồng' after a figure: the running total of the same subject."""
    text = "Vốn đầu tư công giải ngân 35 tỷ đồng, lũy kế từ đầu năm 210 tỷ đồng."
    facts = sentence_facts(split_sentences(text)[0], [])
    assert [(f.raw, f.subject) for f in facts] == [("35 tỷ đồng", "Vốn đầu tư công giải ngân"),
                                                   ("210 tỷ đồng", "Vốn đầu tư công giải ngân")]


def test_the_span_a_cumulative_figure_runs_over_is_no_subject():
    """'lũy kế từ ngày 1/7 đến nay': the dates the sum runs over name nothing; the measure is the one before or after."""
    got = _subjects("Thuế phí trong tháng đạt 2,2 tỷ đồng; lũy kế từ ngày 01/7 đến nay đạt 9,5 tỷ đồng, "
                    "bằng 61% dự toán.")
    assert got["9,5 tỷ đồng"] == got["61%"] == "lũy kế Thuế phí trong tháng"
    got = _subjects("Trong tháng, xã thu được 1,3 tỷ đồng; lũy kế từ đầu năm đến nay thu tiền sử dụng đất 7,1 tỷ đồng.")
    assert got["7,1 tỷ đồng"] == "lũy kế thu tiền sử dụng đất"


def test_a_share_after_a_count_has_the_counts_subject():
    facts = sentence_facts(split_sentences(
        "Đến nay, phường đã cấp căn cước cho 18.240/18.900 người từ 14 tuổi trở lên, đạt 96,5%.")[0], [], None)
    share = next(f for f in facts if f.raw == "96,5%")
    assert share.subject and share.subject.startswith("cấp căn cước")


def _subjects(text: str) -> dict[str, str | None]:
    return {f.raw: f.subject for f in _facts(text)}


def test_a_total_carried_to_a_new_level_is_the_subject_not_the_counted_noun_alone():
    got = _subjects("Năm nay có thêm 4 thôn đạt chuẩn văn hóa, nâng tổng số thôn đạt chuẩn của xã lên 15 thôn.")
    assert got["15 thôn"] == "tổng số thôn đạt chuẩn của xã"


def test_a_change_of_a_count_is_of_what_the_clause_names_or_of_the_count_of_its_noun():
    got = _subjects("Trên địa bàn xảy ra 8 vụ cháy rừng; số vụ cháy nhà giảm 2 vụ so với cùng kỳ.")
    assert got["2 vụ"] == "số vụ cháy nhà"
    facts = {f.raw: f for f in _facts("Trong quý, xảy ra 9 vụ tai nạn lao động, làm bị thương 4 người, giảm 3 vụ so "
                                     "với cùng kỳ.")}
    assert facts["3 vụ"].role == "change"
    assert facts["3 vụ"].subject == facts["9 vụ"].subject


def test_a_goal_to_complete_a_plan_names_the_plan():
    got = _subjects("Quý IV, xã phấn đấu hoàn thành 100% kế hoạch thu ngân sách.")
    assert got["100%"] == "hoàn thành kế hoạch thu ngân sách"


def test_a_bound_after_a_figure_is_no_part_of_the_next_subject():
    got = _subjects("Năm 2026, xã phấn đấu thu ngân sách đạt 5 tỷ đồng trở lên, tỷ lệ tham gia bảo hiểm y tế đạt 95%, "
                    "giảm 30% số hộ cận nghèo.")
    assert got["95%"] == "tỷ lệ tham gia bảo hiểm y tế"
    assert got["30%"] == "hộ cận nghèo"


def test_a_subject_left_empty_falls_back_to_the_clause_before_or_the_growth_named():
    got = _subjects("UBND xã yêu cầu đẩy nhanh giải ngân vốn sự nghiệp, phấn đấu đến ngày 31/10 đạt trên 75% kế hoạch.")
    assert got["trên 75%"] and "giải ngân" in got["trên 75%"]
    got = _subjects("Hội nghị thống nhất phấn đấu quý III tăng trưởng đạt 8% trở lên.")
    assert got["8%"] == "tăng trưởng"


def test_a_count_that_opens_its_clause_or_follows_a_listed_noun_names_itself():
    got = _subjects("Theo đánh giá, kinh tế của huyện phục hồi khá, 9/12 chỉ tiêu chủ yếu đạt và vượt kế hoạch.")
    assert got["9/12 chỉ tiêu"].startswith("chỉ tiêu chủ yếu")
    got = _subjects("Dự hội nghị có lãnh đạo các ban, ngành của huyện cùng 45 bí thư chi bộ thôn.")
    assert got["45 bí thư chi bộ"].startswith("bí thư chi bộ")


def test_a_count_in_the_name_of_a_rate_is_no_figure_of_its_own():
    facts = _facts("Tỷ lệ trẻ em dưới 1 tuổi được tiêm đủ 8 loại vắc xin đạt 96,2%.")
    assert [f.raw for f in facts] == ["96,2%"]
    assert facts[0].subject and "8 loại vắc xin" in facts[0].subject
    # a count of its own before a share is read
    assert [f.raw for f in _facts("Toàn xã có 12 thôn, đạt 100% thôn có nhà văn hóa.")] == ["12 thôn", "100%"]


def test_an_edging_up_is_a_change():
    (f,) = [f for f in _facts("Thu ngân sách đạt 1.250 tỷ đồng, nhích 0,4% so với cùng kỳ.") if f.raw == "0,4%"]
    assert (f.role, f.subject) == ("change_pct", "Thu ngân sách")


def test_an_estimate_reaches_a_count_by_its_own_verb_after_it_or_by_the_verbs_joined():
    (f,) = _facts("Năm 2025, xã có 14/16 chỉ tiêu ước đạt và vượt kế hoạch.")
    assert f.estimated
    facts = {f.raw: f for f in _facts("Phiên họp dự kiến thảo luận 6 báo cáo và thông qua 4 nghị quyết.")}
    assert facts["6 báo cáo"].estimated and facts["4 nghị quyết"].estimated
    facts = {f.raw: f for f in _facts("Năm nay ước kết nạp 30 đảng viên; Đảng ủy đã khen thưởng 12 tập thể.")}
    assert not facts["12 tập thể"].estimated


def test_a_plan_of_a_number_of_months_is_a_basis():
    facts = {f.raw: f for f in extract_text(
        "Thu ngân sách phường trong tháng đạt 3,1 tỷ đồng; lũy kế từ ngày 1/7 đạt 6,4 tỷ đồng, bằng 41,5% dự toán "
        "6 tháng cuối năm.").facts}
    assert (facts["41,5%"].role, facts["41,5%"].basis) == ("plan_pct", "dự toán 6 tháng cuối năm")
    # the cumulative figure of a new clause is the same measure summed
    assert facts["6,4 tỷ đồng"].subject.startswith("lũy kế Thu ngân sách phường")


def test_a_total_raised_with_no_noun_of_its_own_is_the_total_of_the_clause_before():
    facts = {f.raw: f for f in extract_text(
        "Trong năm có thêm 3 thôn đạt chuẩn nông thôn mới kiểu mẫu, nâng tổng số lên 12/20 thôn.").facts}
    assert facts["12/20 thôn"].subject == "tổng số thôn đạt chuẩn nông thôn mới kiểu mẫu"
    # no clause before names the counted thing: the words as they are
    facts = {f.raw: f for f in extract_text("Huyện nâng tổng số lên 12 thôn.").facts}
    assert "tổng số" not in (facts["12 thôn"].subject or "")


def test_a_body_of_the_locality_acting_is_no_part_of_a_count():
    f = extract_text("Ban Chỉ huy Quân sự thị trấn tổ chức giao 35 tân binh cho đơn vị.").facts[0]
    assert "chỉ huy" not in f.subject.lower() and "giao" in f.subject


def test_a_measure_had_is_the_subject_not_what_has_it():
    facts = {f.raw: f for f in extract_text(
        "Phường mới là đô thị trung tâm của tỉnh, có diện tích tự nhiên 18,4 km2, dân số 61.300 người.").facts}
    assert facts["18,4 km2"].subject == "diện tích tự nhiên"
    assert facts["61.300 người"].value == 61300 and "dân số" in facts["61.300 người"].subject


def test_the_parts_of_an_estimate_are_estimates():
    facts = {f.raw: f for f in extract_text(
        "Ước cả năm tổng thu ngân sách trên địa bàn đạt 980 tỷ đồng, trong đó thu nội địa 610 tỷ đồng, "
        "thu từ đất 240 tỷ đồng.").facts}
    assert facts["610 tỷ đồng"].estimated and facts["240 tỷ đồng"].estimated
    # the parts of a result are results
    facts = {f.raw: f for f in extract_text(
        "Tổng thu ngân sách trên địa bàn đạt 980 tỷ đồng, trong đó thu nội địa 610 tỷ đồng.").facts}
    assert not facts["610 tỷ đồng"].estimated


def test_a_figure_in_brackets_after_the_plan_compared_with_is_the_plans():
    facts = {f.raw: f for f in extract_text(
        "Tổng thu ngân sách xã năm 2025 ước đạt 38 tỷ đồng, gấp 2 lần so với dự toán giao đầu năm (khoảng 19 tỷ đồng).").facts}
    assert facts["khoảng 19 tỷ đồng"].subject == "dự toán giao đầu năm"
    assert facts["38 tỷ đồng"].subject == "Tổng thu ngân sách xã"


def test_the_band_a_count_falls_in_is_no_fact():
    raws = [f.raw for f in extract_text(
        "Trong 30 chỉ tiêu chủ yếu, có 4 chỉ tiêu đạt trên 110%; 20 chỉ tiêu đạt 80 - 100% và 6 chỉ tiêu dưới 80%.").facts]
    assert "trên 110%" not in raws and "dưới 80%" not in raws and "4 chỉ tiêu" in raws
    # a percentage of a plan after a count says how far the count got
    assert "trên 80%" in [f.raw for f in extract_text("Có 12 xã đạt trên 80% kế hoạch.").facts]


def test_a_thing_that_occurred_counted_by_its_places_is_the_subject():
    f = next(x for x in extract_text("Trong quý, dịch cúm gia cầm đã xuất hiện tại 5 xã, thị trấn.").facts
             if x.raw == "5 xã, thị trấn")
    assert f.subject.startswith("dịch cúm gia cầm xuất hiện")


def test_a_figure_with_no_verb_of_its_own_shares_the_estimate_before_it():
    got = {f.raw: f.estimated for f in _facts("Năng suất lúa ước đạt 62 tạ/ha, sản lượng khoảng 18.000 tấn.")}
    assert got == {"62 tạ/ha": True, "khoảng 18.000 tấn": True}
    got = {f.raw: f.estimated for f in _facts("Năng suất lúa đạt 62 tạ/ha, sản lượng khoảng 18.000 tấn.")}
    assert got == {"62 tạ/ha": False, "khoảng 18.000 tấn": False}


def test_a_counts_own_estimate_after_it_is_not_shared_by_the_next_count():
    got = {f.raw: f.estimated for f in _facts(
        "Toàn xã có 15/17 chỉ tiêu ước đạt kế hoạch, 2 chỉ tiêu còn khó khăn là thu ngân sách và giải ngân.")}
    assert got == {"15/17 chỉ tiêu": True, "2 chỉ tiêu": False}


def test_a_change_after_a_semicolon_with_no_subject_goes_with_the_count_of_its_noun():
    got = {f.raw: f for f in _facts("Lực lượng kiểm lâm phát hiện 12 vụ phá rừng trái pháp luật, diện tích thiệt hại 4,5 ha; "
                                     "so với cùng kỳ giảm 3 vụ.")}
    assert (got["3 vụ"].role, got["3 vụ"].value) == ("change", -3)
    assert got["3 vụ"].subject == got["12 vụ"].subject


def test_a_total_named_with_its_noun_and_carried_to_a_new_level_is_the_subject_whole():
    got = _subjects("Huyện thu hút thêm 5 dự án, nâng tổng số doanh nghiệp đang hoạt động trên địa bàn lên 412 DN.")
    assert got["412 DN"] == "tổng số doanh nghiệp đang hoạt động trên địa bàn"


def test_a_national_word_inside_a_name_does_not_make_the_figure_another_places():
    got = _subjects("Các chi bộ quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đến 100% đảng viên.")
    assert got == {"100%": "đảng viên"}


def test_a_count_in_a_list_named_is_named_by_its_own_noun():
    """'thông qua danh mục 31 dự án cần thu hồi đất': the list holds the count; the projects are what is counted."""
    got = {f.raw: f.subject for f in extract_text("Kỳ họp thông qua danh mục 31 dự án cần thu hồi đất.").facts}
    assert got == {"31 dự án": "dự án cần thu hồi đất"}


def test_works_listed_together_are_one_count():
    """'64 công trình, dự án cần thu hồi đất': the works listed are one unit, the clause after them the subject's."""
    f = extract_text("HĐND tỉnh thông qua danh mục 64 công trình, dự án cần thu hồi đất với diện tích 120 ha.").facts[0]
    assert (f.raw, f.unit) == ("64 công trình, dự án", "công trình, dự án")
    assert f.subject is not None and f.subject.startswith("công trình, dự án cần thu hồi đất")


def test_the_head_of_the_units_counted_is_the_subject_with_their_noun():
    """'lãnh đạo các phòng và trưởng 22 thôn': the heads of the villages are counted, not who else came."""
    got = _subjects("Dự họp có lãnh đạo các phòng chuyên môn và trưởng 22 thôn.")
    assert got["22 thôn"] == "trưởng thôn"


def test_a_measure_named_after_the_rest_of_a_count_is_the_percentages_own():
    """'tiếp nhận 940 hồ sơ từ ngày 1/7 đến nay, tỷ lệ giải quyết đúng hạn đạt 98,6%': the rate is named, not the count's."""
    got = _subjects("Bộ phận một cửa tiếp nhận 940 hồ sơ từ ngày 1/7 đến nay, tỷ lệ giải quyết đúng hạn đạt 98,6%.")
    assert got["98,6%"] == "tỷ lệ giải quyết đúng hạn"


def test_a_clause_steering_a_field_names_the_indicator_it_steers():
    """'các phòng tập trung chỉ đạo quyết liệt công tác thu ngân sách, phấn đấu ... vượt 8%': the revenue is measured,
    not the offices steering it."""
    got = _subjects("Chủ tịch UBND huyện yêu cầu các phòng, ban tập trung chỉ đạo quyết liệt công tác thu ngân sách, "
                    "phấn đấu cả năm vượt 8% dự toán.")
    assert got == {"8%": "thu ngân sách"}


def test_a_percentage_after_a_verb_of_ensuring_is_the_share_of_what_follows():
    """'yêu cầu các bộ phận bảo đảm 100% hộ nghèo được nhận quà': the poor households are measured, not who ensures it."""
    got = _subjects("Chủ tịch UBND xã yêu cầu các bộ phận bảo đảm 100% hộ nghèo được nhận quà trước Tết.")
    assert got == {"100%": "hộ nghèo được nhận quà trước Tết"}


def test_a_place_alone_before_the_verb_is_the_actor_not_what_is_measured():
    """'thị xã giảm 96 hộ nghèo': the poor households fell; the town is who acted."""
    assert _subjects("Trong quý I, thị xã giảm 96 hộ nghèo.") == {"96 hộ nghèo": "hộ nghèo"}
    assert _subjects("Trong tháng 10, phường thu được 3,2 tỷ đồng.") == {"3,2 tỷ đồng": "thu"}


def test_a_share_with_no_subject_of_its_own_is_the_share_of_the_part_before_it():
    """'còn 86 hộ nghèo, chiếm 3,2% tổng số hộ dân': the poor households are the share, the households the whole."""
    got = _subjects("Cuối năm, toàn xã còn 86 hộ nghèo, chiếm 3,2% tổng số hộ dân.")
    assert got["3,2%"] == got["86 hộ nghèo"] == "hộ nghèo"


def test_a_bound_a_count_falls_in_is_no_fact_of_its_own():
    """'11/15 chỉ tiêu chủ yếu đạt từ 90% kế hoạch trở lên': the bound of a band of the count, no measure."""
    got = _subjects("Năm 2024, có 11/15 chỉ tiêu chủ yếu đạt từ 90% kế hoạch trở lên.")
    assert set(got) == {"11/15 chỉ tiêu"}
    got = _subjects("Cả 12/12 xã đều đạt trên 30%; trong đó 5 xã đạt trên 40%.")
    assert set(got) == {"12/12 xã", "5 xã"}


def test_a_norm_set_after_an_estimate_shares_no_estimate():
    """'dự kiến chi 450 triệu đồng, mức hỗ trợ 2 triệu đồng/hộ': the spending is forecast, the level per household set."""
    got = {f.raw: f.estimated for f in _facts("Xã dự kiến chi 450 triệu đồng, mức hỗ trợ 2 triệu đồng/hộ.")}
    assert got == {"450 triệu đồng": True, "2 triệu đồng/hộ": False}


def test_what_a_forecast_event_has_shares_its_estimate():
    """'dự kiến trao 900 suất quà ... với tổng kinh phí 450 triệu đồng': the cost of the forecast gifts is forecast too."""
    got = {f.raw: f.estimated for f in _facts("Xã dự kiến trao 900 suất quà cho hộ nghèo với tổng kinh phí 450 triệu đồng.")}
    assert got == {"900 suất quà": True, "450 triệu đồng": True}


def test_the_level_an_adjusted_measure_reaches_is_that_measures():
    """'tổng nguồn vốn ... được điều chỉnh tăng 85 tỷ đồng, lên 1.920 tỷ đồng': the new total is of the capital."""
    got = _subjects("Theo đó, tổng nguồn vốn của huyện được điều chỉnh tăng 85 tỷ đồng, lên 1.920 tỷ đồng.")
    assert got == {"85 tỷ đồng": "điều chỉnh tăng", "1.920 tỷ đồng": "tổng nguồn vốn của huyện"}


def test_a_season_and_a_scope_before_the_verb_are_no_part_of_the_subject():
    facts = {f.raw: f for f in extract_text("Vụ Mùa năm 2022 toàn huyện gieo cấy 3.870 ha lúa, đạt 101,2% kế hoạch.").facts}
    assert facts["3.870 ha"].subject == "gieo cấy lúa"


def test_a_percentage_after_the_parts_in_brackets_is_of_the_whole_before_them():
    facts = {f.raw: f for f in extract_text(
        "Diện tích rừng trồng mới đạt 1.250 ha (keo 900 ha, thông 350 ha), tăng 4,5% so với cùng kỳ, đạt 104% kế hoạch.").facts}
    assert facts["4,5%"].subject == facts["1.250 ha"].subject == facts["104%"].subject


def test_the_examples_listed_after_a_count_are_no_part_of_its_subject():
    f = next(f for f in extract_text("Cử tri kiến nghị 15 vấn đề như đất đai, môi trường và giao thông nông thôn.").facts
             if f.raw == "15 vấn đề")
    assert f.subject is not None and "đất đai" not in f.subject


def test_a_count_in_brackets_right_after_a_count_is_named_by_its_own_noun():
    f = next(f for f in extract_text("Năm 2024, huyện thu hút 15 dự án (4 dự án ngoài ngân sách), tổng vốn 900 tỷ đồng.").facts
             if f.raw.startswith("4 dự án"))
    assert f.subject == "dự án ngoài ngân sách"


def test_a_share_keeps_its_whole_and_the_next_share_starts_after_it():
    """'công nghiệp chiếm tỷ trọng 58,4% trong GRDP, dịch vụ chiếm tỷ trọng 29,3% trong GRDP': each share's
    subject is the sector before it; the whole after a share ('trong GRDP') is the share's, not the next
    subject's words."""
    from soket.extract import extract_text

    got = {f.raw: (f.role, f.subject) for f in extract_text(
        "Cơ cấu kinh tế: công nghiệp chiếm tỷ trọng 58,4% trong GRDP, dịch vụ chiếm tỷ trọng 29,3% trong GRDP.").facts}
    assert got == {"58,4%": ("percent", "công nghiệp"), "29,3%": ("percent", "dịch vụ")}
    got = {f.raw: f.subject for f in extract_text("Nông nghiệp chiếm 18,2% GRDP, thương mại chiếm 22,5% GRDP.").facts}
    assert got == {"18,2%": "Nông nghiệp", "22,5%": "thương mại"}


def test_a_bare_plan_completed_is_of_the_work_the_clause_before_names():
    """'gieo trồng cây vụ Đông ..., phấn đấu hoàn thành 100% kế hoạch': the plan is the sowing's; a plan
    that names its own measure keeps it ('... 100% chỉ tiêu kết nạp đảng viên')."""
    from soket.extract import extract_text

    f = extract_text("- Vận động nhân dân gieo trồng cây vụ Đông đúng khung thời vụ, phấn đấu hoàn thành 100% kế "
                     "hoạch.").facts[0]
    assert f.role == "target" and f.subject is not None and "gieo trồng cây vụ Đông" in f.subject
    f = extract_text("Làm tốt công tác phát triển đảng viên, phấn đấu hoàn thành 100% chỉ tiêu kết nạp đảng viên.").facts[0]
    assert f.subject is not None and "kết nạp đảng viên" in f.subject
def test_the_parts_of_a_growth_rate_are_growth_rates():
    """'tăng trưởng ... đạt 8,1%, trong đó năm 2017 đạt 7,6%, năm 2018 ước đạt 8,4%': each year's (or sector's)
    figure in the breakdown is itself a growth rate; a share in the breakdown ('chiếm') stays a share."""
    got = {f.raw: (f.role, f.estimated) for f in extract_text(
        "Tốc độ tăng trưởng GRDP bình quân giai đoạn 2016-2018 đạt 8,1%, trong đó năm 2017 đạt 7,6%, "
        "năm 2018 ước đạt 8,4%.").facts}
    assert got == {"8,1%": ("change_pct", False), "7,6%": ("change_pct", False), "8,4%": ("change_pct", True)}
    got = {f.raw: f.role for f in extract_text(
        "Giá trị sản xuất tăng 9,2%, trong đó ngành chăn nuôi đạt 5,7%; dịch vụ chiếm 41%.").facts}
    assert got == {"9,2%": "change_pct", "5,7%": "change_pct", "41%": "percent"}


def test_a_count_and_the_area_it_has_are_of_one_activity():
    """'N hộ <activity> với diện tích M ha' and 'N hộ với diện tích M ha <activity>': both name the activity."""
    got = {f.raw: f.subject for f in extract_text(
        "Toàn xã có 64 hộ tham gia mô hình trồng cam sành hữu cơ với diện tích gần 41 ha.").facts}
    assert got == {"64 hộ": "hộ tham gia mô hình trồng cam sành hữu cơ",
                   "gần 41 ha": "diện tích tham gia mô hình trồng cam sành hữu cơ"}
    got = {f.raw: f.subject for f in extract_text("Xã có 38 hộ với diện tích 27 ha nuôi cá nước ngọt.").facts}
    assert got == {"38 hộ": "hộ nuôi cá nước ngọt", "27 ha": "diện tích nuôi cá nước ngọt"}


def test_a_count_after_a_measure_named_by_luong_takes_the_whole_measure():
    """'Lượng khách đến tham quan, mua sắm ... ước đạt N lượt người': 'lượng' names a measure, so the words before the
    verb are its subject, commas included, not the agent of a count."""
    f = extract_text("Lượng khách đến tham quan, mua sắm tại chợ đêm ước đạt 15.000 lượt người.").facts[0]
    assert (f.raw, f.subject) == ("15.000 lượt người", "Lượng khách đến tham quan, mua sắm")


def test_a_sum_after_a_count_whose_phrase_lists_on_is_named_by_its_own_last_piece():
    """'xử lý 30 vụ vi phạm về lâm sản, khoáng sản, thu nộp ngân sách 250 triệu đồng': the pieces before the last comma
    go on listing the count's kinds; the sum is named by the words after it."""
    got = {f.raw: f.subject for f in extract_text(
        "Hạt kiểm lâm xử lý 30 vụ vi phạm về lâm sản, khoáng sản, thu nộp ngân sách 250 triệu đồng.").facts}
    assert got["250 triệu đồng"] == "thu nộp ngân sách"


def test_a_share_chiem_ty_trong_is_named_on_its_left_and_takes_the_whole_after_it():
    """'nông nghiệp chiếm tỷ trọng 22,5% trong GRDP, công nghiệp chiếm tỷ trọng 31,8% trong GRDP': each share is the
    sector's; the whole after a share ('trong GRDP') is no part of the next subject."""
    got = {f.raw: (f.role, f.subject) for f in extract_text(
        "Cơ cấu kinh tế: nông nghiệp chiếm tỷ trọng 22,5% trong GRDP, công nghiệp - xây dựng chiếm tỷ trọng 31,8% "
        "trong GRDP.").facts}
    assert got == {"22,5%": ("percent", "nông nghiệp"), "31,8%": ("percent", "công nghiệp - xây dựng")}


def test_an_earlier_years_figure_does_not_share_the_estimate_of_this_years():
    """'năm 2024 ước đạt 88 tỷ đồng (năm 2022 đạt 70 tỷ đồng; năm 2023 đạt 79 tỷ đồng)': the earlier years are actuals;
    a base year of prices ('giá so sánh 2010') is no year of its own."""
    got = {f.raw: f.estimated for f in extract_text(
        "Thu ngân sách trên địa bàn năm 2024 ước đạt 88 tỷ đồng (năm 2022 đạt 70 tỷ đồng; năm 2023 đạt 79 tỷ đồng).").facts}
    assert got == {"88 tỷ đồng": True, "70 tỷ đồng": False, "79 tỷ đồng": False}
    got = {f.raw: f.estimated for f in extract_text(
        "Năm 2019, GRDP ước đạt 5.120 tỷ đồng (giá so sánh 2010), tăng 8,2% so với cùng kỳ.").facts}
    assert got == {"5.120 tỷ đồng": True, "8,2%": True}


def test_earlier_years_in_brackets_after_a_remark_are_of_the_figure_before_the_remark():
    """'ước đạt 7,4%, cao nhất từ trước đến nay (năm 2022 tăng 6,1%; năm 2023 tăng 6,9%)': the bracket lists earlier
    years of the same measure, not of the remark before it."""
    got = {f.raw: f.subject for f in extract_text(
        "Tốc độ tăng trưởng GRDP năm 2024 ước đạt 7,4%, cao nhất từ trước đến nay (năm 2022 tăng 6,1%; năm 2023 "
        "tăng 6,9%).").facts}
    assert got == {"7,4%": "Tốc độ tăng trưởng GRDP", "6,1%": "Tốc độ tăng trưởng GRDP", "6,9%": "Tốc độ tăng trưởng GRDP"}


def test_short_bare_items_after_a_goal_go_on_listing_goals():
    """'Năm 2025, xã phấn đấu ... đạt 3.900 tấn. Thu ngân sách đạt 2,1 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 2,8%.': each
    short item with no result word nor time of its own goes on listing the goals; one with its own time does not."""
    got = {f.raw: f.role for f in extract_text(
        "Năm 2025, xã phấn đấu tổng sản lượng lương thực đạt 3.900 tấn. Thu ngân sách đạt 2,1 tỷ đồng. "
        "Tỷ lệ hộ nghèo giảm còn 2,8%.").facts}
    assert got == {"3.900 tấn": "target", "2,1 tỷ đồng": "target", "2,8%": "target"}
    got = {f.raw: f.role for f in extract_text(
        "Năm 2025, huyện phấn đấu thu ngân sách đạt 40 tỷ đồng. Thu ngân sách 6 tháng đạt 17 tỷ đồng.").facts}
    assert got == {"40 tỷ đồng": "target", "17 tỷ đồng": "amount"}


def test_a_count_of_a_list_of_nouns_keeps_the_whole_list_in_its_subject():
    """'cho ý kiến vào 31 báo cáo, tờ trình': the list is the unit as written, and the subject names it whole."""
    f = extract_text("Tại kỳ họp, HĐND huyện cho ý kiến vào 31 báo cáo, tờ trình quan trọng.").facts[0]
    assert (f.unit, f.subject) == ("báo cáo, tờ trình", "cho ý kiến vào báo cáo, tờ trình")


def test_the_parts_in_a_bracket_after_an_estimate_are_estimates():
    """'ước đạt 11,2% (nông, lâm, thủy sản tăng 3,1%; công nghiệp - xây dựng tăng 15,6%)': the bracket breaks
    the estimate down; a plan in brackets ('(kế hoạch 9,5%)') and an earlier year's figure are no estimates."""
    from soket.extract import extract_text

    got = {f.raw: f.estimated for f in extract_text(
        "Tốc độ tăng trưởng kinh tế ước đạt 10,8% (nông, lâm, thủy sản tăng 3,4%; công nghiệp - xây dựng tăng 14,9%); "
        "GDP bình quân đầu người đạt 1.240 USD. Giá trị sản xuất công nghiệp ước đạt 1.420 tỷ đồng, tăng 9,86% "
        "(kế hoạch 9,5%). Thu ngân sách năm 2018 ước đạt 95 tỷ đồng (năm 2016 đạt 71 tỷ đồng).").facts}
    assert got["3,4%"] and got["14,9%"] and not got["1.240 USD"]
    assert not got["9,5%"] and not got["71 tỷ đồng"]


def test_bare_rates_in_a_bracket_after_a_growth_rate_are_its_parts_growth():
    """"công nghiệp - xây dựng tăng 9,4% (công nghiệp 10,2%, xây dựng 6,1%)": the bracket lists the parts' growth;
    a share with a verb of its own in such a bracket stays a share."""
    rec = extract_text("Ngày 6/7/2024, UBND tỉnh Phú Yên họp. Khu vực công nghiệp - xây dựng tăng 9,4% (công nghiệp "
                       "10,2%, xây dựng 6,1%); dịch vụ tăng 6,8% (chiếm 41,5% GRDP).")
    roles = {f.raw: f.role for f in rec.facts}
    assert roles["10,2%"] == roles["6,1%"] == "change_pct"
    assert roles["41,5%"] == "percent"


def test_a_place_meeting_a_plan_is_measured_by_what_the_plan_names():
    """"phường hoàn thành 100% chỉ tiêu giao quân": the ward acts; what was met is the conscription quota's
    "giao quân". A plan that names only its time or giver ("kế hoạch năm") gives no subject."""
    rec = extract_text("Năm 2023, thị trấn hoàn thành 100% chỉ tiêu giao quân. Xã hoàn thành 100% kế hoạch năm.")
    subj = [f.subject for f in rec.facts]
    assert subj[0] == "giao quân"
    assert subj[1] != "năm"


def test_a_share_followed_by_its_whole_keeps_the_part_before_as_subject():
    """"nông nghiệp còn 9,6% trong cơ cấu GRDP": the words after the figure name the whole, the part is before it."""
    rec = extract_text("Ngày 2/10/2023, Thành ủy Vị Thanh họp. Thương mại - dịch vụ chiếm 61,3%, nông nghiệp còn 14,2% "
                       "trong cơ cấu kinh tế.")
    assert [f.subject for f in rec.facts] == ["Thương mại - dịch vụ", "nông nghiệp"]


def test_a_rate_raised_by_the_figure_before_is_the_same_measure():
    """"GRDP quý II ước tăng 9,8%, đưa mức tăng trưởng 6 tháng lên 7,1%": the raised rate is GRDP's too."""
    rec = extract_text("Ngày 6/7/2024, UBND tỉnh Bắc Ninh họp. GRDP quý II ước tăng 9,8%, đưa mức tăng trưởng 6 tháng "
                       "lên 7,1%. Chi phí sản xuất tăng 3%, đưa mức tăng chung lên 5,5%.")
    subj = {f.raw: f.subject for f in rec.facts}
    assert subj["7,1%"] == "GRDP"
    assert subj["5,5%"] == "Chi phí sản xuất"
    est = {f.raw: f.estimated for f in rec.facts}
    assert est["7,1%"] and not est["5,5%"]  # the rate an estimate raises is an estimate



def test_goals_set_are_counted_by_their_own_noun():
    """"xã đề ra 18 chỉ tiêu trên các lĩnh vực": the count is of goals; the place setting them and where they
    apply are no part of the subject."""
    rec = extract_text("Ngày 20/12/2025, HĐND xã Tam Đảo họp. Năm 2026, xã đề ra 17 chỉ tiêu trên các lĩnh vực.")
    assert [f.subject for f in rec.facts] == ["chỉ tiêu"]


def test_a_plan_figure_after_the_results_slash_is_the_target_of_the_same_subject() -> None:
    s = "Sản lượng cá nuôi đạt 3.250 tấn/KH 3.400 tấn, bằng 95,6% KH; năng suất lúa bình quân 61 tạ/ha."
    got = {f.raw: (f.role, f.subject) for f in extract_text(s).facts}
    assert got["3.250 tấn"] == ("amount", "Sản lượng cá nuôi")
    assert got["3.400 tấn"] == ("target", "Sản lượng cá nuôi")
    assert got["61 tạ/ha"][0] == "amount"


@pytest.mark.parametrize(("text", "raw", "subject"), [
    # an office heads the places it is of, not the people listed after them
    ("Dự hội nghị có Thường trực Đảng ủy 15 xã, 2 thị trấn và 120 bí thư chi bộ.", "120 bí thư chi bộ", "bí thư chi bộ"),
    ("Dự kỳ họp có lãnh đạo các phòng, Thường trực HĐND, UBND 21 xã, thị trấn và 38/40 đại biểu HĐND huyện.",
     "38/40 đại biểu", "đại biểu HĐND huyện"),
    # ... while a place listed after it shares it, and an event verb is shared by any noun
    ("Dự hội nghị có Thường trực Đảng ủy 15 xã, 2 thị trấn và 120 bí thư chi bộ.", "2 thị trấn", "Dự hội nghị có Thường trực Đảng ủy thị trấn"),
    ("Hỗ trợ 15 xã, 2 thị trấn và 300 hộ gia đình.", "300 hộ gia đình", "Hỗ trợ hộ gia đình"),
])
def test_an_office_before_a_count_of_places_heads_no_other_noun_listed(text, raw, subject):
    assert _subjects(text)[raw] == subject
