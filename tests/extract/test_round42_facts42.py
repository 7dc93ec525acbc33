"""Round 42's fact rules (facts42): a milestone passed ("vượt mốc") bounds its figure from below; a news lead's rate or
precise sum that the body states again to the last digit, its measure named with the same first words, is the body's.
Sentences invented."""

from __future__ import annotations

from soket.extract import extract_text


def _fact(text: str, raw: str):  # type: ignore[no-untyped-def]
    rec = extract_text(text)
    got = [f for f in rec.facts if f.raw == raw]
    assert got, [f.raw for f in rec.facts]
    return got[0]


def _raws(text: str) -> list[str]:
    return [f.raw for f in extract_text(text).facts]


def _subject(text: str, raw: str) -> str:
    return (_fact(text, raw).subject or "").lower()


# -- a milestone passed --------------------------------------------------------------------------------------------------

def test_milestone_passed_is_over_its_figure() -> None:
    f = _fact("Năm 2025, doanh thu từ du lịch của huyện lần đầu vượt mốc 500 tỷ đồng.", "vượt mốc 500 tỷ đồng")
    assert f.qualifier == "over" and f.value == 500_000_000_000 and f.role == "amount"
    assert "vượt mốc" not in (f.subject or "")


def test_beating_a_plan_is_no_milestone() -> None:  # near-miss: "vượt" before a plan stays a margin
    f = _fact("Thu ngân sách trên địa bàn đạt 320 tỷ đồng, vượt 12% dự toán năm.", "12%")
    assert f.role == "plan_diff_pct" and f.qualifier is None


# -- a news lead restated by the body --------------------------------------------------------------------------------------

_HEAD = "Hà Tĩnh: Xuất khẩu 6 tháng tăng mạnh\n\n"
_BODY = ("\n\nSáng 5/7, UBND tỉnh họp phiên thường kỳ tháng 6 để đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm.\n\n"
         "Theo báo cáo, kim ngạch xuất khẩu 6 tháng đạt 1,37 tỷ USD, vượt 18,4% kế hoạch; thu ngân sách đạt 8 tỷ "
         "đồng từ nguồn xã hội hóa.\n")


def test_lead_rate_restated_with_other_words_after_its_measure_is_one_fact() -> None:
    text = _HEAD + "Kim ngạch xuất khẩu của tỉnh Hà Tĩnh 6 tháng đạt 1,37 tỷ USD, vượt 18,4% kế hoạch." + _BODY
    raws = _raws(text)
    assert raws.count("18,4%") == 1 and raws.count("1,37 tỷ USD") == 1


def test_lead_round_sum_stays_beside_the_body() -> None:  # near-miss: a round sum may be two figures
    text = _HEAD + "Tỉnh huy động được 8 tỷ đồng cho quỹ vì người nghèo trong 6 tháng đầu năm." + _BODY
    assert _raws(text).count("8 tỷ đồng") == 2


def test_lead_rate_of_another_measure_stays() -> None:  # near-miss: the first words differ, two measures
    text = _HEAD + "Giá trị sản xuất công nghiệp 6 tháng vượt 18,4% kế hoạch." + _BODY
    assert _raws(text).count("18,4%") == 2


# -- a directive's addressees ----------------------------------------------------------------------------------------------

def test_directive_addressees_are_no_part_of_the_goal() -> None:
    s = _subject("Kết luận hội nghị, Chủ tịch UBND huyện yêu cầu các phòng, ban, địa phương tập trung thu hoạch lúa mùa, "
                 "mở rộng diện tích cây vụ đông, phấn đấu đạt trên 4.200 ha.", "trên 4.200 ha")
    assert s == "mở rộng diện tích cây vụ đông"


def test_directive_with_steering_words_keeps_the_goal_named() -> None:
    text = ("Phát biểu chỉ đạo, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy, chính quyền các cấp quyết tâm hoàn thành "
            "mục tiêu tăng trưởng kinh tế cả năm từ 9% trở lên.")
    f = _fact(text, "9%")
    assert f.role == "target"
    s = (f.subject or "").lower()
    assert "tăng trưởng kinh tế" in s and "bí thư" not in s and "cấp ủy" not in s


def test_directive_to_a_body_and_its_places() -> None:
    s = _subject("Đồng chí Trưởng ban yêu cầu UBND các xã, thị trấn và các đoàn thể vận động 60 hộ hiến đất làm đường.",
                 "60 hộ")
    assert "xã" not in s and "đoàn thể" not in s and "vận động" in s


def test_superior_level_is_no_addressee() -> None:  # near-miss: "cấp trên" asked to award is the proposal itself
    s = _subject("Chi bộ đề nghị cấp trên trao Huy hiệu Đảng cho 5 đảng viên.", "5 đảng viên")
    assert "đề nghị cấp trên trao" in s


def test_a_duty_with_its_time_keeps_the_duty_rule() -> None:  # near-miss: a time before the modal, the duty rule's
    s = _subject("Chủ tịch UBND huyện giao các chủ đầu tư đến ngày 30/9 phải giải ngân trên 70% kế hoạch vốn.", "trên 70%")
    assert s == "giải ngân"


# -- the seasons of a sown area -----------------------------------------------------------------------------------------------

def test_seasons_of_a_sown_area_are_no_count() -> None:
    raws = _raws("Từ đầu năm, toàn huyện gieo cấy 2 vụ lúa được 18.450 ha, đạt 101,2% kế hoạch.")
    assert "2 vụ" not in raws and "18.450 ha" in raws


def test_cases_counted_stay_a_count() -> None:  # near-miss: "vụ" of events, no crop after it
    f = _fact("Trong tháng, trên địa bàn xảy ra 3 vụ cháy rừng, thiệt hại 12 ha.", "3 vụ")
    assert f.value == 3 and f.role == "amount"


# -- growth shown by a volume ------------------------------------------------------------------------------------------------

def test_growth_with_a_volume_is_the_volume() -> None:
    f = _fact("Ngành du lịch tiếp tục tăng trưởng khá với 2,3 triệu lượt khách, tăng 8,1% so với cùng kỳ.",
              "2,3 triệu lượt khách")
    assert f.role == "amount" and f.value == 2_300_000


def test_change_by_a_count_stays_a_change() -> None:  # near-miss: no "với", the count is the change
    f = _fact("Lượng khách du lịch tăng 120.000 lượt khách so với cùng kỳ.", "120.000 lượt khách")
    assert f.role == "change" and f.value == 120_000


def test_rate_with_its_degree_stays_a_change() -> None:  # near-miss: a rate after "với" is the change itself
    f = _fact("Ngành công nghiệp tăng mạnh nhất với 11,4%.", "11,4%")
    assert f.role == "change_pct"


# -- an aside between dashes -------------------------------------------------------------------------------------------------

def test_aside_between_dashes_is_no_subject() -> None:
    text = ("Nguồn thu tiền sử dụng đất - nguồn thu lớn nhất để chi cho đầu tư phát triển - đến nay mới đạt 52 tỷ đồng, "
            "bằng 30% dự toán.")
    for raw in ("52 tỷ đồng", "30%"):
        s = _subject(text, raw)
        assert s.startswith("nguồn thu tiền sử dụng đất") and "đầu tư" not in s


def test_name_in_dashed_parts_stays_whole() -> None:  # near-miss: a short part between dashes is a name's
    s = _subject("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp - xây dựng đạt 520 tỷ đồng.", "520 tỷ đồng")
    assert "tiểu thủ công nghiệp" in s and "xây dựng" in s


# -- the capital, the circumstances ----------------------------------------------------------------------------------------

def test_capital_keeps_its_last_syllable() -> None:
    s = _subject("Trong bối cảnh kinh tế thế giới còn nhiều khó khăn, GRDP của Thủ đô 9 tháng ước tăng 6,9%.", "6,9%")
    assert s == "grdp của thủ đô"


def test_unit_word_after_a_measure_is_still_dropped() -> None:  # near-miss: "đô" alone is a unit, dropped
    f = _fact("Kim ngạch xuất khẩu đô đạt 12 triệu USD.", "12 triệu USD")
    assert not (f.subject or "").lower().endswith(" đô")

