"""Evidence is bounded: a window of at most 300 characters of the sentence around the figure, cut
at word boundaries, exact offsets, flagged when cut; sentences have a hard cap; output grows
linearly with the input."""

from __future__ import annotations

import json

from soket.extract import extract_text
from soket.extract.sentences import EVIDENCE_MAX, MAX_SENTENCE, split_sentences

LINE = "thu ngân sách đạt 6.900 tỷ đồng tăng 12,5% "


def _out(text: str) -> tuple[int, list]:
    rec = extract_text(text, doc="x")
    return len(json.dumps(rec.to_dict(), ensure_ascii=False)), rec.facts


def test_one_line_of_60_kb_gives_output_proportional_to_input() -> None:
    small, large = LINE * 350, LINE * 1400  # 15 KB and 60 KB, one line
    n1, f1 = _out(small)
    n4, f4 = _out(large)
    assert len(f4) >= 3.5 * len(f1)
    assert n4 <= 4.5 * n1, (n1, n4)  # the square would be 16×
    assert n4 <= 40 * len(large)


def test_evidence_is_an_exact_window_cut_at_words_and_flagged() -> None:
    text = LINE * 100
    _, facts = _out(text)
    for f in facts:
        a, b = f.evidence_span
        assert text[a:b] == f.evidence
        assert b - a <= EVIDENCE_MAX
        assert a <= f.span[0] and f.span[1] <= b
        assert f.evidence_cut
        assert a == 0 or text[a - 1] == " "  # starts at a word
        assert b == len(text) or text[b] == " "  # ends after a word
        s, e = f.sentence_span
        assert s <= a and b <= e and e - s <= MAX_SENTENCE


def test_short_sentence_evidence_is_the_whole_sentence_not_cut() -> None:
    text = "Thu ngân sách ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm.\n"
    _, facts = _out(text)
    assert facts and all(f.evidence == text.strip() and not f.evidence_cut for f in facts)
    assert all(f.evidence_span == f.sentence_span for f in facts)


def test_splitter_caps_sentence_length_at_a_clause_boundary() -> None:
    text = ("Giá trị sản xuất tăng 5%, " * 200).strip()
    sents = split_sentences(text)
    assert len(sents) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in sents)
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert all(s.text.endswith(",") for s in sents[:-1])


def test_splitter_caps_a_run_without_spaces() -> None:
    text = "x" * (3 * MAX_SENTENCE + 5)
    sents = split_sentences(text)
    assert [len(s.text) for s in sents] == [MAX_SENTENCE] * 3 + [5]


def test_cli_extract_of_a_233_kb_line_ends_with_json_linear_in_the_input(tmp_path) -> None:
    from typer.testing import CliRunner

    from soket.cli import app

    p = tmp_path / "l.txt"
    p.write_text(LINE * 5300, encoding="utf-8")  # 233 KB on one line: once > 3.4 GB and a MemoryError
    result = CliRunner().invoke(app, ["extract", str(p)])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output[-500:]
    rec = json.loads(result.output)
    assert len(rec["facts"]) >= 5300
    assert len(result.output) <= 40 * p.stat().st_size  # linear: the square would be ~10,000 times
