"""extract/sections.py: tasks for the coming period and the limitations a report admits."""

from __future__ import annotations

from soket.extract.sections import extract_sections
from soket.extract.sentences import split_sentences


def test_tasks_after_their_heading():
    ss = split_sentences("Nhiệm vụ trọng tâm thời gian tới.\n\nTập trung đẩy nhanh tiến độ giải ngân vốn "
                         "đầu tư công. Tăng cường công tác phòng chống thiên tai, tìm kiếm cứu nạn.")
    tasks, limits = extract_sections(ss, set())
    assert tasks == ["Tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công",
                     "Tăng cường công tác phòng chống thiên tai, tìm kiếm cứu nạn"]
    assert limits == []


def test_limitations_split_at_semicolons():
    ss = split_sentences("Bên cạnh kết quả đạt được, còn một số hạn chế như: tiến độ giải ngân vốn đầu tư "
                         "công còn chậm; công tác cải cách hành chính có mặt chưa đạt yêu cầu.")
    tasks, limits = extract_sections(ss, set())
    assert tasks == []
    assert limits == ["tiến độ giải ngân vốn đầu tư công còn chậm",
                      "công tác cải cách hành chính có mặt chưa đạt yêu cầu"]


def test_a_sentence_that_states_figures_is_a_result_not_a_task():
    ss = split_sentences("Nhiệm vụ trọng tâm thời gian tới.\n\nTập trung thu ngân sách đạt 50 tỷ đồng.")
    tasks, _ = extract_sections(ss, {ss[1].start})
    assert tasks == []
