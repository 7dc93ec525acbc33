"""Issue 12 (speed41): the repair's gates read every sentence as the full series of steps does; a clean sentence
runs no step. Operations are counted, never seconds (invented sentences of the genre)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract import repair as repair_mod
from soket.extract.repair import Repaired, repair


def _as_tuple(r: Repaired) -> tuple[object, ...]:
    return r.text, r.low, r.offsets, [(x.start, x.end, x.written, x.read) for x in r.repairs]


def _full(s: str, monkeypatch: pytest.MonkeyPatch) -> Repaired:
    """The sentence through every step, the gates never asked (the code as it was before them)."""
    with monkeypatch.context() as m:
        m.setattr(repair_mod, "_clean_away_from_percent", lambda s, low: False)
        return repair(s)


# pieces of the genre and of every slip the steps read, glued or spaced at random
_PIECES = ["tăng", "tặng", "giảm", "giám", "đạt", "đat", "dạt", "dat", "vượt", "vươt", "ước", "Ước", "chiếm", "bằng",
           "băng", "được", "nước", "trước", "công nghiệp", "thu", "dự toán", "tự toán", "dư toán", "kế hoạch", "kê hoạch",
           "so với", "so vói", "so vơi", "sovới", "cùng kỳ", "cung ky", "HĐND", "UBND", "tỉnh", "năm", "và", "km", "m",
           "3", "12,5", "46,7", "2025", "1.681", "%", " %", "tỷ", "triệu", "triêu", "tý", "đồng", "đòng", "USD", "ha",
           "hộ", "xã", ",", ";", ".", "(", ")", "/", ":", "T.Ư", "TP.", "31.1.2021", "ta\u0306ng", "Tăng", "ĐẠT", "Kế"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", " ", "  ", "\t"])), max_size=14))
def test_the_gated_repair_reads_every_sentence_as_the_full_steps(parts: list[tuple[str, str]]) -> None:
    s = "".join(p + sep for p, sep in parts)
    with pytest.MonkeyPatch.context() as mp:
        assert _as_tuple(repair(s)) == _as_tuple(_full(s, mp))


@pytest.mark.parametrize("s, written, read", [
    ("Doanh thu dịch vụđạt 120 tỷ đồng.", "vụđạt", "vụ đạt"),  # a cue glued to the word before
    ("Ướcthu ngân sách cả năm 2.150 tỷ đồng.", "Ướcthu", "Ước thu"),  # and to the word after
    ("Thu ngân sách đạt 98% dự toánHĐND huyện giao.", "toánHĐND", "toán HĐND"),  # glued to the capitals after it
    ("Diện tích gieo trồng tăng và9,7 ha.", "và", "và "),  # a word glued to the number after it ("và9")
    ("Kim ngạch xuất khẩu giãm 3% so với cùng kỳ.", "giãm", "giảm"),  # a change word a tone mark apart before a %
    ("Tổng vốn đầu tư 12,5 triêu đồng.", "triêu", "triệu"),  # a scale a tone mark apart before a currency
    ("Chi thường xuyên 126,5 triệu đòng, đạt yêu cầu.", "đòng", "đồng"),  # a currency after a scale
    ("So vói cùng kỳ, lượng khách tăng 12%.", "So vói", "So với"),  # a comparison garbled, opening the sentence
    ("Sản lượng lúa dạt 45 nghìn tấn.", "dạt", "đạt"),  # a barred d written plain before a figure
    ("Tổng thu tăng 4,2%sovới cùng kỳ.", "%sovới", "% sovới"),  # a percentage glued to the word after it
])
def test_each_slip_still_reaches_its_step(s: str, written: str, read: str, monkeypatch: pytest.MonkeyPatch) -> None:
    r = repair(s)
    assert (written, read) in [(x.written, x.read) for x in r.repairs]
    assert _as_tuple(r) == _as_tuple(_full(s, monkeypatch))


def _count_steps(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    calls: dict[str, int] = {}
    for name in ("_toneless", "_currency_after_scale", "_scale_before_currency", "_unspaced", "_garbled",
                 "_percent_steps", "_plan_after_pct", "_apply"):
        orig = getattr(repair_mod, name)

        def counted(*a: object, _orig: object = orig, _name: str = name) -> object:
            calls[_name] = calls.get(_name, 0) + 1
            return _orig(*a)  # type: ignore[operator]

        monkeypatch.setattr(repair_mod, name, counted)
    return calls


def test_a_clean_sentence_runs_no_step(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_steps(monkeypatch)
    s = "Năm 2025, toàn huyện có thêm 3 xã được công nhận đạt chuẩn nông thôn mới, nâng tổng số lên 12 xã."
    r = repair(s)
    assert (r.text, r.repairs) == (s, [])
    assert calls == {}


def test_a_clean_sentence_with_a_percentage_runs_only_the_percentage_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_steps(monkeypatch)
    s = "Tổng thu ngân sách trên địa bàn ước đạt 1.250 tỷ đồng, tăng 8,5% so với cùng kỳ, bằng 102% dự toán."
    r = repair(s)
    assert (r.text, r.repairs) == (s, [])
    assert set(calls) == {"_percent_steps", "_plan_after_pct", "_garbled"}
    assert calls["_percent_steps"] == 1


def test_near_miss_a_cue_inside_a_word_of_its_own_opens_no_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # "ước" ends "được", "nước", "trước" after consonants only: no syllable of its own, nothing glued
    calls = _count_steps(monkeypatch)
    s = "Nước sạch được cấp cho 1.200 hộ trước mùa khô, ước tính hơn 5 nghìn người hưởng lợi."
    assert repair(s).repairs == []
    assert calls == {}


def test_near_miss_a_word_folding_like_a_change_word_but_away_from_a_percentage_is_left(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "giám sát", "trao tặng": no percentage after them, no change word read
    s = "Đoàn giám sát đã trao tặng 25 suất quà, mỗi suất 500 nghìn đồng."
    r = repair(s)
    assert r.repairs == []
    assert _as_tuple(r) == _as_tuple(_full(s, monkeypatch))
