"""Kinds found on held-out reports ex323-ex330 (issue 10): goals counted and listed after a colon, and a
Party congress's number. Sentences written for these tests."""

from __future__ import annotations

from soket.extract import extract_text

# --- goals counted, then listed --------------------------------------------------------------------------


def test_goals_counted_and_listed_after_a_colon_are_targets():
    text = ("Nghị quyết về nhiệm vụ năm 2026 xác định 15 chỉ tiêu chủ yếu, trong đó: thu ngân sách đạt 40 tỷ đồng; "
            "tỷ lệ hộ nghèo giảm còn 1,5%; giải quyết việc làm cho 320 lao động.")
    facts = extract_text(text).facts
    assert [(f.role, f.value) for f in facts] == [("amount", 15), ("target", 40e9), ("target", 1.5), ("target", 320)]


def test_goals_counted_without_a_list_leave_the_results_after_them():
    text = "Năm 2025, xã được giao 12 chỉ tiêu, đến nay đạt 10 chỉ tiêu; thu ngân sách đạt 35 tỷ đồng."
    facts = extract_text(text).facts
    assert [f.role for f in facts] == ["amount", "amount", "amount"]


# --- a congress's number ------------------------------------------------------------------------------


def test_a_congress_held_is_numbered_like_a_session():
    rec = extract_text("Ngày 14/8/2025, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, "
                       "với 120 đại biểu dự.")
    assert rec.meeting.body_kind == "other"
    assert rec.meeting.session == 1


def test_a_congress_written_with_digits_is_numbered_too():
    rec = extract_text("Sáng 9/8/2025, Đại hội Đảng bộ phường Hòa An lần thứ 2, nhiệm kỳ 2025 - 2030 khai mạc.")
    assert rec.meeting.session == 2


def test_a_congress_being_prepared_gives_no_number():
    rec = extract_text("Ngày 3/7/2025, Ban Thường vụ Đảng ủy xã Hòa Bình họp chuẩn bị Đại hội đại biểu Đảng bộ xã lần "
                       "thứ I, nhiệm kỳ 2025 - 2030.")
    assert rec.meeting.session is None
