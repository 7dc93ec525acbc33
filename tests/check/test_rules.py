"""soket.check.rules: each document-internal check fires on a report written to trigger it and
stays silent on its control text; the helpers the checks share."""

from __future__ import annotations

import pytest

from soket.check import check_record
from soket.check.rules import CODES, approx_value, issue, rel_diff, subject_key
from soket.extract.pipeline import extract_text

from . import texts as T


def codes(text: str) -> list[str]:
    return [i.code for i in check_record(extract_text(text, "t"))]


def test_issue_says_it_in_both_languages_and_knows_its_codes() -> None:
    i = issue("implausible_percent", "Tỷ lệ bất thường", "implausible", (3, 7))
    assert i.message == "Tỷ lệ bất thường — implausible" and i.span == (3, 7) and i.severity == "warning"
    assert issue("malformed_number", "a", "b", None, "error").span is None
    with pytest.raises(ValueError, match=r"not in check\.rules\.CODES"):
        issue("no_such_code", "a", "b", None)
    assert "growth_mismatch" in CODES  # history's code is known here too


def test_rel_diff_is_relative_to_the_larger_and_symmetric() -> None:
    assert rel_diff(100.0, 98.0) == pytest.approx(0.02)
    assert rel_diff(98.0, 100.0) == rel_diff(100.0, 98.0)
    assert rel_diff(0.0, 0.0) == 0.0


def test_approx_value_rounds_to_the_unit_it_is_written_in() -> None:
    assert approx_value(561_538_461_538.0, "VND") == "561,5 tỷ đồng"
    assert approx_value(12.345, "%") == "12,3%"


def test_subject_key_folds_case_and_accents() -> None:
    assert subject_key("Thu ngân sách") == subject_key("thu  NGÂN sách") != subject_key("chi ngân sách")
    assert subject_key(None) == ""


def test_malformed_number() -> None:
    rec = extract_text(T.MALFORMED, "t")
    [i] = check_record(rec)
    assert i.code == "malformed_number" and i.severity == "error"
    assert T.MALFORMED[i.span[0]:i.span[1]] == "60,6,2%"
    assert "Số viết sai" in i.message and "malformed" in i.message


def test_implied_plan_conflict() -> None:
    rec = extract_text(T.PLAN_CONFLICT, "t")
    [i] = check_record(rec)
    assert i.code == "implied_plan_conflict"
    assert T.PLAN_CONFLICT[i.span[0]:i.span[1]] == "56,4%"
    assert "561,5 tỷ đồng" in i.message and "700 tỷ đồng" in i.message
    assert codes(T.PLAN_AGREES) == []
    assert codes(T.PLAN_NEXT_YEAR) == []  # next year's goal is no plan of this year


def test_sector_sum_exceeds_total() -> None:
    assert codes(T.SECTORS) == ["sector_sum_exceeds_total"]
    assert "7.500 tỷ đồng" in check_record(extract_text(T.SECTORS, "t"))[0].message
    assert codes(T.SECTORS_OK) == []


def test_implausible_percent() -> None:
    rec = extract_text(T.PERCENTS, "t")
    got = check_record(rec)
    assert [i.code for i in got] == ["implausible_percent"] * 3
    assert [T.PERCENTS[i.span[0]:i.span[1]] for i in got] == ["1.500%", "650%", "120%"]
    assert codes(T.PERCENTS_OK) == []


def test_duplicate_indicator_conflict() -> None:
    rec = extract_text(T.DUPLICATE, "t")
    [i] = check_record(rec)
    assert i.code == "duplicate_indicator_conflict"
    assert T.DUPLICATE[i.span[0]:i.span[1]] == "350 tỷ đồng"
    assert codes(T.DUPLICATE_OK) == []
