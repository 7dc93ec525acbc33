"""Round 30 (parity30): a plan given by its giver after a figure ("đạt 112% xã giao") ends at a join that opens the
next figure's plan named before its verb ("và so kế hoạch tỉnh giao đạt 240%"). Sentences written for this test."""

from __future__ import annotations

from soket.extract import extract_text


def _plans(text: str) -> dict[str, tuple[str, str | None]]:
    return {f.raw: (f.role, f.basis) for f in extract_text(text).facts}


def test_a_join_before_the_next_plan_named_before_its_verb_ends_the_plan() -> None:
    got = _plans("Thu ngân sách trên địa bàn xã đạt 112% huyện giao và so kế hoạch tỉnh giao đạt 240%.")
    assert got["112%"] == ("plan_pct", "huyện giao")
    assert got["240%"] == ("plan_pct", "kế hoạch tỉnh giao")


def test_givers_joined_still_give_one_plan() -> None:
    got = _plans("Thu ngân sách trên địa bàn xã đạt 112% dự toán tỉnh và HĐND xã giao.")
    assert got["112%"] == ("plan_pct", "dự toán tỉnh và HĐND xã giao")


def test_a_plan_named_before_the_verb_after_a_counts_phrase_is_the_counts() -> None:
    # as the bare ", đạt 64% kế hoạch năm" after the count's phrase: the words before the comma end the count's phrase
    text = "Toàn huyện đưa 118 người đi làm việc có thời hạn ở nước ngoài, so kế hoạch năm đạt 64%."
    got = {f.raw: f.subject for f in extract_text(text).facts}
    assert got["64%"] == got["118 người"]


def test_an_attainment_in_brackets_after_a_counts_phrase_is_the_counts() -> None:
    text = "Toàn huyện đưa 118 người đi làm việc có thời hạn ở nước ngoài (đạt 64% kế hoạch năm)."
    got = {f.raw: f.subject for f in extract_text(text).facts}
    assert got["64%"] == got["118 người"]
