"""A row of '|'-separated cells ("| Chỉ tiêu | ĐVT | Kế hoạch |"), the one form both a page's table as the reader
writes it in the text (:mod:`soket.ingest.html`) and a table copied as text (:mod:`soket.extract.texttables`) take.

Pure: one line and where it starts in the text in, its cells with their offsets out."""

from __future__ import annotations

from soket import rx as re
from soket.model import Cell

#: a rule line under a header ("|---|:---:|", "---|---"): the one pattern of it, read by :func:`pipe_row` and by
#: :mod:`soket.extract.texttables` (a rule that ends no run of '|' rows)
PIPE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*\s*")


def pipe_row(line: str, start: int, border: bool = True) -> list[Cell] | None:
    """The cells of ``line`` (one line, no newline, at offset ``start`` of the text), split at each '|', each stripped
    with its offsets; the '|' that opens or closes the line opens or closes no cell (a blank part at either end is
    none); an empty cell between two '|' is a cell. None for a rule line ("|---|---|"). ``border``: the rows of the
    line's table open with a '|'; where they do not, a blank part before an opening '|' is an empty first cell (a row
    name's second line, "   | doanh thu |")."""
    if PIPE_RULE.fullmatch(line.strip()):
        return None
    parts = line.split("|")
    cells: list[Cell] = []
    pos = start
    last = len(parts) - 1
    for k, part in enumerate(parts):
        content = part.strip()
        if content or 0 < k < last or (k == 0 < last and not border):
            lead = len(part) - len(part.lstrip())
            cells.append(Cell(text=content, start=pos + lead, end=pos + lead + len(content)))
        pos += len(part) + 1
    return cells
