"""Issue 12 (cache39): the lowered-string memo (``soket.text._ByString``) holds a working set larger than its old
16,384 entries, keeps the strings every report uses across a turnover, and stays bounded; misses are counted,
never seconds. The extractor's facts hold the values and types validation gives (a guard for building them without
validation: ``Fact.model_construct`` was measured slower, 244 against 172 ms for 12,000 facts, pydantic's Python loop
over the defaults, and left); input from outside is validated (invented sentences and tables of the genre)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

import soket.text as text_mod
from soket.extract import extract_text
from soket.extract.tables import table_facts
from soket.model import Cell, Fact, Record, Table
from soket.text import _CACHE_CHARS, _CACHE_MAX_LEN, _CACHE_SIZE, _ByString, _lower, lower_keep_len


def _counting() -> tuple[_ByString, list[str]]:
    computed: list[str] = []

    def fn(s: str) -> str:
        computed.append(s)
        return _lower(s)

    return _ByString(fn), computed


def _words(n: int, tag: str = "") -> list[str]:
    return [f"Chỉ tiêu {tag}{i} đạt kế hoạch" for i in range(n)]


def test_a_working_set_past_the_old_size_is_computed_once_over_two_passes() -> None:
    memo, computed = _counting()
    words = _words(40_000)  # the old memo (16,384 entries, emptied when full) missed every one of them again
    for _ in range(2):
        for w in words:
            assert memo[w] == _lower(w)
    assert len(computed) == len(words)


def test_strings_asked_again_outlive_a_turnover_without_being_computed_again() -> None:
    memo, computed = _counting()
    common = ["tổng thu ngân sách", "tăng", "so với cùng kỳ", "Hoà Bình"]
    for w in common:
        memo[w]
    for w in _words(_CACHE_SIZE + 10, "x"):  # one turnover: the common words now in the old generation
        memo[w]
    before = len(computed)
    for w in common:
        assert memo[w] == _lower(w)
    assert len(computed) == before  # found in the old generation, not lowered again
    assert all(w in memo for w in common)  # and back in the new one


def test_near_miss_a_long_string_is_never_kept_and_is_computed_each_time() -> None:
    memo, computed = _counting()
    long = "Thu ngân sách nhà nước trên địa bàn tỉnh đạt kế hoạch. " * 20
    assert len(long) > _CACHE_MAX_LEN
    memo[long]
    memo[long]
    assert computed == [long, long]
    assert long not in memo and long not in memo.old


def test_near_miss_a_string_seen_two_turnovers_ago_is_computed_again() -> None:
    # two generations only: the memo forgets (bounded), it does not grow with what it met
    memo, computed = _counting()
    memo["kỳ họp thứ 9"]
    for _ in range(2):
        for w in _words(_CACHE_SIZE, f"{_}-"):
            memo[w]
    computed.clear()
    memo["kỳ họp thứ 9"]
    assert computed == ["kỳ họp thứ 9"]


@pytest.mark.parametrize("length", [8, 200, _CACHE_MAX_LEN])
def test_memory_stays_bounded_over_a_5_mb_text_of_distinct_strings(length: int) -> None:
    memo, _ = _counting()
    n = 5_000_000 // length
    for i in range(n):
        memo[(f"{i} Tổng sản phẩm trên địa bàn tăng " * (1 + length // 16))[:length]]
    assert len(memo) <= _CACHE_SIZE and len(memo.old) <= _CACHE_SIZE
    assert memo.chars <= _CACHE_CHARS
    assert sum(map(len, memo)) == memo.chars
    assert sum(map(len, memo.old)) <= _CACHE_CHARS


def test_clear_empties_both_generations() -> None:
    memo, _ = _counting()
    for w in _words(_CACHE_SIZE + 1):
        memo[w]
    assert memo.old
    memo.clear()
    assert not memo and not memo.old and memo.chars == 0


def test_a_report_read_again_lowers_no_string_again(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("BÁO CÁO tình hình kinh tế - xã hội 6 tháng đầu năm 2025 của huyện Đồng Xuân.\n"
            "Tổng thu ngân sách trên địa bàn đạt 412 tỷ đồng, tăng 8,5% so với cùng kỳ. "
            "Tỷ lệ hộ nghèo giảm còn 3,2%; giải quyết việc làm cho 1.250 lao động.\n")
    memo = lower_keep_len.__self__  # type: ignore[attr-defined]
    first = extract_text(text, doc="x")
    computed: list[str] = []
    fn = memo.fn

    def counting(s: str) -> str:
        computed.append(s)
        return fn(s)

    monkeypatch.setattr(memo, "fn", counting)
    again = extract_text(text, doc="x")
    assert [s for s in computed if len(s) <= _CACHE_MAX_LEN] == []
    assert again.to_dict() == first.to_dict()
    assert text_mod.lower_keep_len("Hoà") == "hòa"


# --- the facts' types as validation gives them (extract/facts.py and extract/tables.py build them) ------------------


def _same_as_validated(f: Fact) -> None:
    v = Fact.model_validate(f.model_dump())
    for k in Fact.model_fields:
        a, b = getattr(f, k), getattr(v, k)
        assert a == b and type(a) is type(b), (k, a, b)


_REPORT = ("BÁO CÁO kết quả thực hiện nhiệm vụ năm 2025 của UBND huyện Tân Phước.\n"
           "Tổng thu ngân sách trên địa bàn ước đạt 412,5 tỷ đồng, bằng 103% dự toán, tăng 8% so với cùng kỳ. "
           "Kết nạp mới 64 đảng viên, đạt 53,3% kế hoạch; giải quyết việc làm cho khoảng 1.250 lao động. "
           "Tỷ lệ hộ nghèo giảm 0,5% so với năm trước, còn 3,2% (kế hoạch từ 10-12 xã đạt chuẩn nông thôn mới).\n")


def test_facts_of_the_prose_hold_the_types_validation_gives() -> None:
    rec = extract_text(_REPORT, doc="x")
    assert len(rec.facts) >= 5
    for f in rec.facts:
        _same_as_validated(f)
    amount = next(f for f in rec.facts if f.raw.startswith("412,5"))
    assert (amount.value, amount.unit, amount.role, amount.estimated) == (pytest.approx(412.5e9), "VND", "amount", True)
    assert isinstance(amount.span, tuple) and isinstance(amount.estimated, bool)


def test_facts_of_a_table_hold_the_types_validation_gives() -> None:
    rows = [["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Ước thực hiện năm", "So với KH (%)"],
            ["Sản lượng lương thực", "Tấn", "52.000", "53.140", "102,2"],
            ["Trồng rừng tập trung", "ha", "850", "~ 900", "-"]]
    text, cells = "", []
    for row in rows:
        out = []
        for t in row:
            out.append(Cell(text=t, start=len(text), end=len(text) + len(t)))
            text += t + " | "
        cells.append(out)
        text += "\n"
    facts = table_facts(Table(index=0, rows=cells, start=0, end=len(text)), text)
    assert len(facts) >= 3
    for f in facts:
        _same_as_validated(f)
        assert f.origin == "table" and f.table is not None and text[f.span[0]:f.span[1]] == f.raw
    grain = next(f for f in facts if f.subject == "Sản lượng lương thực" and f.role == "amount")
    assert grain.value == 53140 and grain.unit == "tấn"


def test_near_miss_a_record_read_from_outside_is_still_validated() -> None:
    # the store's and the API's input goes through the model: a fact with a span that is no pair is refused
    good = extract_text(_REPORT, doc="x").to_dict()
    assert Record.model_validate(good).to_dict() == good
    bad = {**good, "facts": [{**good["facts"][0], "span": "12-18"}]}
    with pytest.raises(ValidationError):
        Record.model_validate(bad)
    with pytest.raises(ValidationError):
        Fact(subject=None, value="nhiều", unit=None, role="amount", raw="x", span=(0, 1))
