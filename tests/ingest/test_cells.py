"""ingest/cells.py: a row of '|'-separated cells, the one parser of a page's table rows (ingest/html) and of the
'|' rows of a table copied as text (extract/texttables)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.ingest.cells import pipe_row
from soket.model import Cell


def test_cells_with_their_offsets() -> None:
    text = "x\n| Chỉ tiêu | ĐVT |  Kế hoạch |\n"
    cells = pipe_row("| Chỉ tiêu | ĐVT |  Kế hoạch |", 2)
    assert [c.text for c in cells or []] == ["Chỉ tiêu", "ĐVT", "Kế hoạch"]
    assert all(text[c.start:c.end] == c.text for c in cells or [])


def test_an_empty_cell_between_marks_is_a_cell_the_outer_marks_none() -> None:
    assert [c.text for c in pipe_row("| a | | b |", 0) or []] == ["a", "", "b"]
    assert [c.text for c in pipe_row("a | b | c", 0) or []] == ["a", "b", "c"]


def test_a_rule_line_is_no_row() -> None:
    assert pipe_row("|---|:---:|", 0) is None
    assert pipe_row("| --- | --- |  ", 0) is None


# the two parsers it replaced, as they were written: a page's rows (lines opening and closing with '|') and a text
# table's '|' rows (two marks at least)
def _page_row(line: str, start: int) -> list[Cell] | None:
    if re.fullmatch(r"\|(?:\s*:?-{3,}:?\s*\|)+\s*", line):
        return None
    cells, pos = [], start + 1
    for part in line.rstrip()[1:-1].split("|"):
        lead, content = len(part) - len(part.lstrip()), part.strip()
        cells.append(Cell(text=content, start=pos + lead, end=pos + lead + len(content)))
        pos += len(part) + 1
    return cells


def _text_row(line: str, start: int) -> list[Cell]:
    if re.fullmatch(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*\s*", line.strip()):
        return []
    parts = line.split("|")
    cells, pos = [], start
    for k, part in enumerate(parts):
        if k in (0, len(parts) - 1) and not part.strip():
            pos += len(part) + 1
            continue
        lead, content = len(part) - len(part.lstrip()), part.strip()
        cells.append(Cell(text=content, start=pos + lead, end=pos + lead + len(content)))
        pos += len(part) + 1
    return cells


_lines = st.lists(st.sampled_from(["|", " ", "-", "---", ":", "a", "Bc", "\t", "1,5", "\u00a0"]), max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(_lines, st.integers(0, 50))
def test_the_same_cells_as_both_parsers_it_replaced(line: str, start: int) -> None:
    got = pipe_row(line, start)
    if re.match(r"^\|.*\|[ \t]*$", line):
        assert got == _page_row(line, start)
    if line.strip().count("|") >= 2 and line.strip() != "|":
        assert (got or []) == _text_row(line, start)
