"""What the page-by-page readers share: tables cut by a page break joined into one, and page
numbers told from text. Both :mod:`soket.ingest.pdf` (a text layer) and :mod:`soket.ingest.ocr`
(scans) lay a document out from pages with these, so a report gives the same tables either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from soket import rx as re
from soket.ingest.docx import GridCell

PAGE_NUMBER = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?$", re.I)


def is_page_number(text: str) -> bool:
    """``"3"``, ``"- 3 -"``, ``"Trang 3/12"``: a page number, not text of the report."""
    return bool(PAGE_NUMBER.match(text.strip()))


@dataclass
class PageTable:
    """A table found on one page: its vertical extent and its grid (a merged cell stands at every
    position it covers), the cells' texts kept for comparing header rows."""

    page: int
    top: float
    bottom: float
    grid: list[list[GridCell]]
    texts: list[list[str]] = field(default_factory=list)
    #: a header row alone at a page's foot, its body on the next page: the page's lines it holds, read as lines
    #: where no table goes on with it
    alone: list[object] | None = None


def join_next_page(pending: PageTable | None, table: PageTable) -> bool:
    """Join ``table`` to ``pending`` when it goes on with it on the next page (same number of
    columns, nothing between): its rows are added, header rows repeated from ``pending`` dropped.
    True when joined; ``pending`` then stands for both."""
    if pending is None or table.page != pending.page + 1:
        return False
    if not (pending.grid and table.grid) or len(pending.grid[0]) != len(table.grid[0]):
        return False
    k = 0
    while k < len(table.texts) and k < len(pending.texts) and table.texts[k] == pending.texts[k]:
        k += 1
    pending.grid.extend(table.grid[k:])
    pending.texts = [[c.text for c in row] for row in pending.grid]
    pending.page = table.page
    return True
