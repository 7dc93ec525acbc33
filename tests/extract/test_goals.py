"""``extract.goals``: the goal spans of a report read over its lines (the extraction of whole reports is tabled in
``test_goal_forms.py``). Sentences written for this test."""

from __future__ import annotations

from soket.extract.goals import (
    NO_CARRY,
    adopts_goals,
    announce,
    carry_after,
    goal_sentences,
    goal_start,
    sentence_goal,
)
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


def test_every_form_that_opens_a_goal_inside_its_sentence_is_read_in_one_place() -> None:
    for s, at in [("Năm 2026, phường phấn đấu thu ngân sách 40 tỷ đồng.", "phấn đấu"),
                  ("Hội nghị xác định nhiệm vụ năm 2026 với các chỉ tiêu chủ yếu, trong đó: thu ngân sách 40 tỷ đồng.",
                   " trong đó"),
                  ("Đại hội đề ra 15 chỉ tiêu, 4 nhiệm vụ; trong đó có 10 chỉ tiêu kinh tế, như: thu ngân sách 40 tỷ đồng.",
                   " thu ngân sách"),
                  ("Xã bàn các nhiệm vụ trọng tâm quý IV như: giải ngân 95% vốn đầu tư công.", " giải ngân"),
                  ("Các chỉ tiêu chủ yếu năm 2026: thu ngân sách 40 tỷ đồng.", " thu ngân sách")]:
        low = lower_keep_len(s)
        i = goal_start(low)
        assert i is not None and low[i:].startswith(lower_keep_len(at)), s
    assert goal_start(lower_keep_len("Năm 2025, xã thu ngân sách 38 tỷ đồng.")) is None


def _goals_of(text: str) -> list[int | None]:
    """Where each sentence's goal opens, the sentences read in order with what each leaves open (no figures read)."""
    carry, out = NO_CARRY, []
    for s in split_sentences(text):
        out.append(sentence_goal(s.text, lower_keep_len(s.text), carry, False))
        carry = carry_after(s.text, [])
    return out


def test_a_goal_sentence_with_no_figure_gives_its_figures_to_the_trong_do_or_theo_do_sentence_after() -> None:
    assert _goals_of("Năm 2026, xã phấn đấu hoàn thành và vượt các chỉ tiêu đề ra. Trong đó, thu ngân sách 34 tỷ "
                     "đồng.")[1] == 0
    assert _goals_of("Năm 2026, xã phấn đấu thực hiện tốt kế hoạch năm. Theo đó, trồng mới 120 ha rừng.")[1] == 0


def test_a_result_sentence_or_a_result_word_carries_no_goal() -> None:
    assert _goals_of("Năm 2025, xã đã hoàn thành các chỉ tiêu đề ra. Trong đó, thu ngân sách 34 tỷ đồng.")[1] is None
    assert _goals_of("Năm 2025, xã phấn đấu hoàn thành các chỉ tiêu. Trong đó, thu ngân sách ước đạt 31 tỷ "
                     "đồng.")[1] is None


def test_a_clause_naming_the_coming_years_plan_before_its_colon_lists_goals() -> None:
    text = "Năm 2025, xã thu ngân sách 31 tỷ đồng.\nKế hoạch năm 2026: thu ngân sách 34 tỷ đồng; trồng mới 120 ha rừng.\n"
    assert _spans(text)[0] == ["Kế hoạch năm 2026: thu ngân sách 34 tỷ đồng; trồng mới 120 ha rừng."]
    same_year = "Năm 2025, xã thu ngân sách 31 tỷ đồng.\nKế hoạch năm 2025: thu ngân sách 30 tỷ đồng.\n"
    assert _spans(same_year)[0] == []


def test_the_goal_carried_is_read_only_when_the_sentence_after_asks(monkeypatch) -> None:
    """Issue 12: most sentences open no carry; what it needs a pattern for is read when a "Theo đó," sentence asks."""
    import soket.extract.goals as goals

    calls: list[str] = []
    real = goals.adopts_goals
    monkeypatch.setattr(goals, "adopts_goals", lambda text: calls.append(text) or real(text))
    text = ("Kỳ họp đã thông qua Nghị quyết về các chỉ tiêu chủ yếu của kế hoạch năm 2026. Tổ chức tốt lễ hội. "
            "Theo đó, thu ngân sách 61 tỷ đồng.")
    sents = split_sentences(text)
    carries = [carry_after(s.text, []) for s in sents]
    assert calls == []  # nothing read as each sentence goes by
    assert carries[0].adopted and not carries[1].adopted and len(calls) == 2
    assert _goals_of(text)[2] is None and _goals_of(text.replace(" Tổ chức tốt lễ hội.", ""))[1] == 0
