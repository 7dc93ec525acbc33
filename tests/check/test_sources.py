"""The pure grouping and merging rules of one meeting's sources (soket.check.sources)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from soket.check.sources import (
    BANDS,
    SourceDoc,
    agree,
    band_hashes,
    decide,
    disagreements,
    jaccard,
    merge_facts,
    min_hash,
    printed_step,
    representatives,
    shingle_hash,
    shingles,
    signature,
)
from soket.model import Fact, Meeting, Period

TEXT = ("Ngày 14/7/2022, HĐND huyện Yên Lạc tổ chức kỳ họp thứ 9 để đánh giá tình hình kinh tế - xã hội "
        "6 tháng đầu năm. Thu ngân sách nhà nước trên địa bàn ước đạt 316,7 tỷ đồng; tổng giá trị sản xuất "
        "ước đạt 4.125 tỷ đồng; sản lượng lương thực ước đạt 38.450 tấn.")


def fact(raw: str, value: float, subject: str = "thu ngân sách", indicator: str | None = "budget_revenue",
         unit: str = "VND") -> Fact:
    return Fact(subject=subject, value=value, unit=unit, role="amount", raw=raw, span=(0, len(raw)),
                indicator=indicator, evidence=f"{subject} đạt {raw}")


def test_rounding_is_not_a_disagreement():
    assert agree(fact("316,7 tỷ đồng", 316.7e9), fact("317 tỷ đồng", 317e9))
    assert agree(fact("98,74 tỷ đồng", 98.74e9), fact("98,7 tỷ đồng", 98.7e9))
    assert agree(fact("1.245,8 tỷ đồng", 1245.8e9), fact("1.246 tỷ đồng", 1246e9))
    assert agree(fact("2,43 triệu lượt", 2.43e6), fact("2,4 triệu lượt", 2.4e6))


def test_changed_figures_disagree():
    assert not agree(fact("316,7 tỷ đồng", 316.7e9), fact("361,7 tỷ đồng", 361.7e9))
    assert not agree(fact("316,7 tỷ đồng", 316.7e9), fact("318 tỷ đồng", 318e9))
    assert not agree(fact("78.600 tấn", 78600, unit="tấn"), fact("87.600 tấn", 87600, unit="tấn"))
    assert printed_step(fact("78.600 tấn", 78600, unit="tấn")) == 1.0
    assert abs(printed_step(fact("316,7 tỷ đồng", 316.7e9)) - 1e8) < 1


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=9))
def test_a_value_agrees_with_itself_rounded_to_one_decimal_less(whole, tenth):
    v = whole + tenth / 10
    a = fact(f"{whole},{tenth} tấn", v, unit="tấn")
    b = fact(f"{round(v)} tấn", float(round(v)), unit="tấn")
    assert agree(a, b)


def test_signatures_estimate_overlap_and_band_the_same_text_alike():
    a, b = signature(TEXT), signature(TEXT + " Kỳ họp bế mạc.")
    c = signature("Một văn bản khác hẳn, về một việc khác: hội nghị tổng kết công tác thi đua khen thưởng.")
    assert jaccard(a, a) == 1.0
    assert jaccard(a, b) > 0.6
    assert jaccard(a, c) < 0.1
    assert len(band_hashes(a)) == BANDS
    assert set(band_hashes(a)) & set(band_hashes(b))
    assert not set(band_hashes(a)) & set(band_hashes(c))


def test_the_signature_is_the_min_hash_of_the_shingles():
    """The vectorised signature (every permutation of every shingle at once, from the words'
    hashes) is the MinHash of the set of shingles computed one at a time, texts of every length."""
    for text in (TEXT, TEXT * 3 + " 1 2 3", "một hai ba bốn năm", "một hai", "", "Đà Nẵng – «ĐÀ NẴNG» 2024"):
        assert signature(text) == min_hash([shingle_hash(sh) for sh in shingles(text)]), text[:20]


def test_the_signature_is_the_same_in_every_process():
    """Signatures are stored: their values are fixed (no per-process hash seed, no platform's),
    whatever the memo of words holds."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from soket.check import sources

    code = f"from soket.check.sources import signature; print(signature({TEXT!r}).hex())"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": "123",
                                "PYTHONPATH": str(Path(sources.__file__).parents[2])}).stdout.strip()
    sources._WORD_HASHES.clear()
    assert signature(TEXT).hex() == other
    assert shingle_hash("một hai ba bốn năm".encode()) == 5904550547587857144
    assert signature(TEXT)[:8].hex() == "1ff0100232ced203"  # pinned: a change needs a migration (0008)


def _doc(i: int, text: str, date: str = "2022-07-14", session: int | None = 9, locality: str = "Yên Lạc",
         year: int = 2022, end: int = 6, facts: tuple[tuple[str, str, float], ...] = ()) -> SourceDoc:
    return SourceDoc(i, Meeting(body_kind="peoples_council", locality=locality, province="Vĩnh Phúc", date=date,
                                session=session), Period(year=year, start_month=1, end_month=end),
                     signature(text), frozenset(facts))


def test_decide_copies_write_ups_and_other_meetings():
    shared = (("budget_revenue", "amount", 316.7e9), ("food_output", "amount", 38450.0))
    a = _doc(1, TEXT, facts=shared)
    assert decide(a, _doc(2, TEXT + " Kỳ họp bế mạc.", facts=shared)) == "duplicate"
    other_words = "Sáng 15/7 Hội đồng nhân dân huyện họp; thu ngân sách đạt 316,7 tỷ đồng, lương thực 38.450 tấn."
    assert decide(a, _doc(3, other_words, date="2022-07-15", facts=shared)) == "same_meeting"
    # same body and locality, another period: never one meeting, whatever the figures
    assert decide(a, _doc(4, other_words, date="2022-12-16", session=11, end=12, facts=shared)) is None
    # another locality
    assert decide(a, _doc(5, other_words, locality="Tam Dương", facts=shared)) is None
    # keys alike but nothing shared
    assert decide(a, _doc(6, "Một bài khác hẳn về thi đua khen thưởng năm nay.", facts=())) is None


def test_merge_counts_sources_and_reports_disagreements_with_both_quotes():
    d1 = [(11, fact("316,7 tỷ đồng", 316.7e9)), (12, fact("38.450 tấn", 38450, "lương thực", "food_output", "tấn"))]
    d2 = [(21, fact("316,7 tỷ đồng", 316.7e9)), (22, fact("38.450 tấn", 38450, "lương thực", "food_output", "tấn"))]
    d3 = [(31, fact("317 tỷ đồng", 317e9)), (32, fact("83.450 tấn", 83450, "lương thực", "food_output", "tấn"))]
    merged = merge_facts([(1, 1, d1), (2, 1, d2), (3, 3, d3)])  # 1 and 2 are one source (a copy)
    by = {m.indicator: m for m in merged}
    assert by["budget_revenue"].agreeing == 2 and not by["budget_revenue"].disagree
    assert by["food_output"].disagree and by["food_output"].value == 38450
    assert representatives(merged) == {11, 12}
    issues = disagreements(merged, {1: "news", 2: "news_copy", 3: "portal"})
    assert len(issues) == 1
    msg = issues[0].message
    assert issues[0].code == "sources_disagree" and issues[0].severity == "warning"
    assert "38.450 tấn" in msg and "83.450 tấn" in msg and "news" in msg and "portal" in msg


def _settled_pairwise(sources: list[tuple[int, Fact]]) -> tuple[object, int, bool]:
    """The agreed value as every pair of sources decides it (the rule's plain statement)."""
    best, best_n = sources[0][1], -1
    for _, f in sources:
        n = len({sid for sid, g in sources if agree(f, g)})
        if n > best_n:
            best, best_n = f, n
    return best.value, best_n, any(not agree(best, g) for _, g in sources)


_FIGURES = [("316,7 tỷ đồng", 316.7e9), ("317 tỷ đồng", 317e9), ("361,7 tỷ đồng", 361.7e9), ("316,72 tỷ đồng", 316.72e9),
            ("320 tỷ đồng", 320e9)]


@given(st.lists(st.tuples(st.integers(1, 6), st.sampled_from(_FIGURES)), min_size=1, max_size=30))
def test_the_agreed_value_is_the_one_most_sources_agree_with(picks):
    """Sources taken by their distinct figures settle a merged fact as every pair of sources would."""
    sources = [(sid, fact(raw, value)) for sid, (raw, value) in picks]
    (m,) = merge_facts([(k, sid, [(k, f)]) for k, (sid, f) in enumerate(sources)])
    assert (m.value, m.agreeing, m.disagree) == _settled_pairwise(sources)


def test_many_sources_of_few_figures_cost_the_figures_pairs(monkeypatch):
    """A meeting reported by 300 sources with two distinct figures compares those figures, not
    the 45,000 pairs of sources."""
    import soket.check.sources as cs

    calls = [0]

    def counted(a: Fact, b: Fact) -> bool:
        calls[0] += 1
        return agree(a, b)

    monkeypatch.setattr(cs, "agree", counted)
    docs = [(k, k, [(k, fact(*(_FIGURES[0] if k % 7 else _FIGURES[2])))]) for k in range(300)]
    (m,) = merge_facts(docs)
    assert m.value == 316.7e9 and m.disagree and m.agreeing == 257
    assert calls[0] <= 10
