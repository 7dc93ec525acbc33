"""The pre-filter keeps review reports and skips general news, at filter speed."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from _growth import growth
from soket.batch.prefilter import BatchFilterLexicon, is_candidate, lexicon, missing_group

from .conftest import ROOT, bench


def test_lexicon_examples():
    lex = lexicon()
    assert set(lex.groups) == {"meeting", "indicator"}
    for s in lex.examples.keep:
        assert is_candidate(s), s
    for s in lex.examples.skip:
        assert not is_candidate(s), s


@pytest.mark.parametrize("bad", [{"groups": {}}, {"groups": {"a": []}}, {"groups": {"a": [" "]}},
                                 {"groups": {"a": ["x"]}, "extra": 1}, {"groups": {"a": "x"}}])
def test_lexicon_schema_rejects(bad):
    with pytest.raises(ValidationError):
        BatchFilterLexicon.model_validate(bad)


def test_every_example_report_passes():
    reports = [p for p in (ROOT / "examples").glob("*.txt")]
    seeds = list((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    assert reports or seeds
    for p in [*reports, *seeds]:
        assert is_candidate(p.read_text(encoding="utf-8")), p.name


def test_news_is_skipped():
    for para in bench.NEWS:
        assert not is_candidate(para), para
    assert missing_group("Giá vàng hôm nay tăng 2%.") == "meeting"
    assert missing_group("UBND xã tổ chức hội nghị.") == "indicator"


def test_cues_are_whole_words_and_case_blind():
    assert is_candidate("KỲ HỌP THỨ 8 HĐND: thu ngân sách đạt 52% DỰ TOÁN")
    assert not is_candidate("xUBNDx họp, đạt 5%")  # inside a longer word
    assert is_candidate("Uỷ ban nhân dân tỉnh: tăng 5%")  # NFD input is normalized
    import unicodedata

    assert is_candidate(unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh: tăng 5%"))


def test_filter_speed():
    """The filter costs a small part of the extraction it spares: under a tenth of its CPU on the same articles
    (~1/150 here). Compared, not timed (issue 12): the two measured in turn, the best of three, again before a
    failure is believed."""
    from soket.extract import extract_text

    rng = bench.random.Random(1)
    texts = [bench.news(rng) for _ in range(2000)]
    kept = sum(is_candidate(t) for t in texts)
    assert kept < len(texts) * 0.3
    few = texts[:100]
    seen = []
    for _ in range(3):
        t_filter, t_extract = growth(lambda job: [job[0](t) for t in job[1]], (is_candidate, texts), (extract_text, few))
        per_filter, per_extract = t_filter / len(texts), t_extract / len(few)
        seen.append((round(per_filter * 1e6), round(per_extract * 1e6)))
        if per_filter < per_extract / 10:
            return
    raise AssertionError(f"the filter cost a tenth of extraction or more (µs per article, filter and extraction: {seen})")


def test_batch_skips_news_and_counts_it(tmp_path):
    from soket.batch import BatchOptions, run_batch

    src = tmp_path / "news.jsonl.gz"
    bench.write_jsonl_gz(src, bench.iter_articles(200, seed=2, report_share=0.0, root=ROOT))
    s = run_batch(BatchOptions([str(src)], str(tmp_path / "o"), workers=1, shard_size=100))
    assert s["articles"] == 200 and s["skipped"] >= 150
    assert s["skipped"] + s["extracted"] == 200
    assert set(s["skipped_by"]) <= {"no_meeting_cue", "no_indicator_cue"}
    off = run_batch(BatchOptions([str(src)], str(tmp_path / "off"), workers=1, shard_size=100, prefilter=False))
    assert off["skipped"] == 0 and off["extracted"] == 200
