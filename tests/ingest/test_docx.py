"""The .docx reader's tables are laid out in linear work: a table of 2,000 rows × 20 cells (plain,
or with a column merged down every row and cells spanning two columns) costs four times what 500 rows
cost, counted in Python calls (sys.setprofile), not timed. A running line offset replaced a sum over
the earlier lines per row, which made a 17 KB table of 30k rows take 25 s."""

from __future__ import annotations

import sys

from _paths import ROOT
from soket.ingest.docx import docx_to_document
from soket.model import Document

sys.path.insert(0, str(ROOT / "bench"))
import fuzz


def _table(rows: int, cols: int, *, merged: bool) -> bytes:
    out = []
    for r in range(rows):
        cells = []
        c = 0
        while c < cols:
            pr = ""
            if merged and c == 0:  # the first column one cell merged down the whole table
                pr = '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' if r == 0 else "<w:tcPr><w:vMerge/></w:tcPr>"
            elif merged and c == cols - 2:  # the last two columns one cell
                pr = '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
            cells.append(f"<w:tc>{pr}<w:p><w:r><w:t>Thu {r}.{c}: 6,{c}%</w:t></w:r></w:p></w:tc>")
            c += 2 if merged and c == cols - 2 else 1
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    return fuzz._docx("<w:tbl>" + "".join(out) + "</w:tbl>")


def _calls(data: bytes) -> tuple[int, Document]:
    n = 0

    def count(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal n
        n += 1

    sys.setprofile(count)
    try:
        doc = docx_to_document(data)
    finally:
        sys.setprofile(None)
    return n, doc


def _check_offsets(doc: Document, rows: int) -> None:
    (table,) = doc.tables
    assert len(table.rows) == rows
    for row in (table.rows[0], table.rows[rows // 2], table.rows[-1]):
        for cell in row:
            assert doc.text[cell.start:cell.end] == cell.text


def test_docx_table_of_2000_rows_by_20_cells_is_read_in_linear_work() -> None:
    small, doc1 = _calls(_table(500, 20, merged=False))
    large, doc2 = _calls(_table(2_000, 20, merged=False))
    _check_offsets(doc2, 2_000)
    assert doc2.text.count("\n") >= 4 * doc1.text.count("\n") - 4
    assert large <= 4.3 * small, (small, large)  # quadratic work would be 16 times


def test_docx_table_with_merged_and_spanning_cells_is_read_in_linear_work() -> None:
    small, _ = _calls(_table(500, 20, merged=True))
    large, doc = _calls(_table(2_000, 20, merged=True))
    _check_offsets(doc, 2_000)
    rows = doc.tables[0].rows
    assert {r[0].text for r in rows} == {"Thu 0.0: 6,0%"}  # merged down: one cell at every row
    assert rows[-1][18].text == rows[-1][19].text == "Thu 1999.18: 6,18%"  # spans two columns
    assert large <= 4.3 * small, (small, large)
