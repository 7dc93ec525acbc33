"""The checks together (soket.check, through the service): extraction does not check, the service
does; correct figures (the examples, the shared seeds) are not flagged; the dashboard marks a
flagged figure. Each check's own tests are in test_rules.py and test_history.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from _paths import EXAMPLES, SHARED
from _require import missing
from _store import ingest_texts, read
from soket.check import check_record
from soket.extract import extract_document
from soket.extract.pipeline import extract_text
from soket.ingest import load_path, load_text
from soket.service import extract_checked

from . import texts as T


def test_the_service_attaches_issues() -> None:
    assert extract_text(T.MALFORMED, "t").issues == []  # extraction does not check
    assert [i.code for i in extract_checked(load_text(T.MALFORMED, doc="t")).issues] == ["malformed_number"]


def _reports(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".html"))


SEEDS = SHARED / "seeds"


@pytest.mark.parametrize("name", [p.name for p in _reports(SEEDS)] if SEEDS.exists() else ["absent"])
def test_seeds_correct_figures_are_not_flagged(name: str) -> None:
    if not SEEDS.exists():
        missing("shared", "../shared/seeds is absent")
    rec = extract_document(load_path(SEEDS / name))
    got = [(i.code, rec_text(SEEDS / name)[i.span[0]:i.span[1]]) for i in check_record(rec)]
    expected = [("malformed_number", "60,6,2%")] if name.startswith("004_") else []
    assert got == expected


@pytest.mark.parametrize("name", [p.name for p in _reports(EXAMPLES)])
def test_examples_only_malformed(name: str) -> None:
    rec = extract_document(load_path(EXAMPLES / name))
    assert {i.code for i in check_record(rec)} <= {"malformed_number"}


def rec_text(path: Path) -> str:
    return load_path(path).text


def test_dashboard_marks_flagged_figures(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from soket.api import create_app
    from soket.store.queries import list_documents

    url = ingest_texts(tmp_path, {"m": T.MALFORMED})
    with read(url) as s:
        _, docs = list_documents(s)
    html = TestClient(create_app(url)).get(f"/document/{docs[0].id}").text
    assert len(re.findall(r'class="flagged[ "]', html)) == 1
    assert 'title="Số viết sai định dạng: “60,6,2%”' in html
