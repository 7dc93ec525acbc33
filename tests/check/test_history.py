"""soket.check.history: a record's figures against the stored history of its locality (a growth
that disagrees with last year's amount, a plan that disagrees with an earlier period's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _paths import EXAMPLES
from _store import ingest, ingest_texts, read
from soket.check.history import (
    HistoryFilter,
    _against_last_year,
    check_history,
    growth_pairs,
    history_filter,
    record_pairs,
)
from soket.check.rules import implied_plans
from soket.extract.pipeline import extract_text
from soket.service import history_issues

from . import texts as T


def _history_codes(url: str, text: str) -> list[str]:
    with read(url) as s:
        return [i.code for i in history_issues(s, extract_text(text, "t"))]


@pytest.mark.parametrize(("basis", "year", "against"), [
    ("cùng kỳ năm trước", 2023, True), ("năm 2022", 2023, True), ("năm ngoái", 2023, True),
    ("năm 2021", 2023, False), ("kế hoạch", 2023, False), (None, 2023, False)])
def test_against_last_year_reads_the_basis(basis: str | None, year: int, against: bool) -> None:
    assert _against_last_year(basis, year) is against


def test_history_filter_names_only_what_the_checks_read() -> None:
    rec = extract_text(T.GROWTH_WRONG, "t")
    assert [(a.raw, c.raw) for a, c in growth_pairs(rec.facts)] == [("316,7 tỷ đồng", "20%")]
    assert history_filter(rec) == HistoryFilter("Phúc Yên", "Vĩnh Phúc", (2020, 2021), ("budget_revenue",), ())
    assert history_filter(extract_text(T.MALFORMED, "t")) is None  # no growth, no plan: nothing to read
    assert check_history(rec, []) == []  # no history, nothing to disagree with


@pytest.mark.parametrize("text", [T.GROWTH_WRONG, T.PLAN_CONFLICT, T.MALFORMED, T.SECTORS, T.DUPLICATE])
def test_record_pairs_are_the_growth_and_plan_pairs_of_one_scan(text: str) -> None:
    """The recheck's one scan of a record gives what the two scans gave, and the filter and the
    checks given it answer as without it."""
    rec = extract_text(text, "t")
    pairs = record_pairs(rec)
    assert pairs.growth == growth_pairs(rec.facts)
    assert [(x.amount, x.pct, x.value) for x in pairs.plans] == [(x.amount, x.pct, x.value)
                                                                 for x in implied_plans(rec.facts)]
    assert history_filter(rec, pairs) == history_filter(rec)
    assert check_history(rec, [], None, pairs) == check_history(rec, [])


def test_growth_mismatch(tmp_path: Path) -> None:
    url = ingest_texts(tmp_path, {"a2020": T.BUDGET_2020})
    assert _history_codes(url, T.GROWTH_WRONG) == ["growth_mismatch"]
    assert _history_codes(url, T.GROWTH_RIGHT) == []  # 316,7 / 300 is +5,6 %


def test_implied_plan_history(tmp_path: Path) -> None:
    url = ingest_texts(tmp_path, {"q1": T.Q1_2021})  # 150 tỷ at 25 % implies 600 tỷ
    assert _history_codes(url, T.H1_PLAN) == ["implied_plan_conflict"]  # implies 561,5 tỷ
    assert _history_codes(url, T.H1_PLAN_SAME) == []  # 330 / 55 % is 600 tỷ


def test_history_issues_are_stored_on_ingest(tmp_path: Path) -> None:
    from soket.store.queries import get_document, list_documents

    url = ingest_texts(tmp_path, {"a2020": T.BUDGET_2020})
    ingest_texts(tmp_path, {"b2021": T.GROWTH_WRONG})
    with read(url) as s:
        _, docs = list_documents(s)
        d = get_document(s, next(x.id for x in docs if x.doc == "b2021"))
    assert d is not None and [i.code for i in d.issues] == ["growth_mismatch"]
    assert d.issues[0].span is not None
    a, b = d.issues[0].span
    assert d.text[a:b] == "20%"


def test_whole_example_store_has_no_false_history_alarms(tmp_path: Path) -> None:
    from sqlalchemy import select

    from soket.store.models import IssueRow

    url = f"sqlite:///{tmp_path / 'ex.db'}"
    ingest(url, _reports(EXAMPLES))
    with read(url) as s:
        assert set(s.scalars(select(IssueRow.code))) <= {"malformed_number"}


def _reports(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".html"))
