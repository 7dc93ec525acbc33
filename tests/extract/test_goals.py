"""``extract.goals``: the goal spans of a report read over its lines (the extraction of whole reports is tabled in
``test_goal_forms.py``). Sentences written for this test."""

from __future__ import annotations

from soket.extract.goals import adopts_goals, announce, goal_sentences
from soket.extract.sentences import split_sentences
from soket.extract.textutil import lower_keep_len


def _spans(text: str) -> tuple[list[str], list[str]]:
    sents = split_sentences(text)
    spans = goal_sentences(text, sents)
    return [sents[i].text for i in sorted(spans.inside)], [sents[i].text for i in sorted(spans.closed)]


def test_a_clause_announcing_goals_begins_them_after_its_colon() -> None:
    low = lower_keep_len("Kế hoạch năm 2026 đặt ra các chỉ tiêu chủ yếu: thu ngân sách 95 tỷ đồng; 3 xã về đích.")
    at = announce(low)
    assert at is not None and low[at:].lstrip().startswith("thu ngân sách")


def test_results_before_a_colon_announce_no_goals() -> None:
    assert announce(lower_keep_len("Kết quả thực hiện các chỉ tiêu năm 2025: thu ngân sách đạt 98 tỷ đồng.")) is None
    assert announce(lower_keep_len("Một số chỉ tiêu chủ yếu: thu ngân sách đạt 611 tỷ đồng; 5 xã đạt chuẩn.")) is None


def test_a_plan_adopted_opens_its_goals_but_a_result_does_not() -> None:
    assert adopts_goals("Kỳ họp đã thông qua Nghị quyết về các chỉ tiêu chủ yếu của kế hoạch năm 2026.")
    assert not adopts_goals("Năm 2025, xã đã hoàn thành và vượt 18/19 chỉ tiêu Nghị quyết đề ra.")


def test_items_under_an_announcing_line_are_goals_until_a_line_that_is_no_item() -> None:
    text = ("Năm 2025, thu ngân sách đạt 120 tỷ đồng.\n\nNăm 2026, xã phấn đấu hoàn thành các chỉ tiêu sau:\n"
            "- Thu ngân sách 130 tỷ đồng;\n- Giải quyết việc làm cho 900 lao động.\n\n"
            "Hội nghị cũng khen thưởng 12 tập thể.\n")
    inside, closed = _spans(text)
    assert inside == ["- Thu ngân sách 130 tỷ đồng;", "- Giải quyết việc làm cho 900 lao động."]
    assert closed == ["Hội nghị cũng khen thưởng 12 tập thể."]


def test_a_heading_of_the_coming_year_opens_a_section_that_a_result_sentence_leaves() -> None:
    text = ("Huyện An Lạc tổng kết năm 2025\n\nNăm 2025, tổng thu ngân sách đạt 340 tỷ đồng.\n\n"
            "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n\nTốc độ tăng trưởng kinh tế 8%.\n\n"
            "Năm 2025 đã có 2 xã đạt chuẩn nông thôn mới.\n")
    inside, _ = _spans(text)
    assert "Tốc độ tăng trưởng kinh tế 8%." in inside
    assert not any("340 tỷ" in s or "2 xã" in s for s in inside)


def test_the_first_line_is_no_heading() -> None:
    text = "Nhiệm vụ năm 2026 của huyện Bình Minh\n\nNăm 2025, huyện thu ngân sách 210 tỷ đồng.\n"
    inside, _ = _spans(text)
    assert inside == []
