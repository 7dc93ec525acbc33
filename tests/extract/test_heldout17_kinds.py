"""Failure kinds found by the first sight of ex263-ex274 (round heldout17), one rule a test, in sentences of
the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_text


def _fact(text: str, raw: str):
    rec = extract_text(text)
    got = [f for f in rec.facts if f.raw == raw]
    assert got, f"no fact {raw!r} in {[f.raw for f in rec.facts]}"
    return got[0]


def test_a_bare_plan_word_before_its_figure_in_brackets_gives_the_figure_before_its_subject():
    """"đạt 48,2% so với nghị quyết đề ra (9.400 tỷ đồng)": "nghị quyết đề ra" names no measure; the plan's figure
    is of what the figure before measures. A plan named by its own noun keeps it ("dự toán giao ban đầu")."""
    f = _fact("Tổng thu ngân sách nhà nước 6 tháng là 4.530 tỷ đồng, đạt 48,2% so với nghị quyết đề ra "
              "(9.400 tỷ đồng).", "9.400 tỷ đồng")
    assert f.subject == "Tổng thu ngân sách nhà nước"
    f = _fact("Thu ngân sách phường đạt 61 tỷ đồng, tăng 3 lần so với dự toán giao ban đầu (hơn 20 tỷ đồng).",
              "hơn 20 tỷ đồng")
    assert f.subject == "dự toán giao ban đầu"
