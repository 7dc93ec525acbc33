"""PDF reports with a text layer to one clean NFC text, tables included (pdfplumber).

Per page: ruled tables are found with ``page.find_tables()``; the words outside them are grouped
into lines, and the lines, in reading order, into paragraphs (a paragraph ends at a wider gap
than the page's usual line gap, or after a line that stops well short of the right margin).
Lines split by a wide horizontal gap (the two-column header block "UBND HUYỆN ... / CỘNG HÒA
...", the signature block) are read as columns: the left column's lines, then the right's, one
paragraph each. Page numbers in the top or bottom margin are dropped. A table that runs on to the
next page is joined to its first part, repeated header rows dropped.

Tables are rendered as in the .docx reader (``| cell | cell |``, see :mod:`soket.ingest.docx`),
merged cells found from the cells' boxes. A PDF without any text → :class:`NeedsOCRError`;
an encrypted or damaged one → :class:`InputError`.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from typing import Any

from soket import rx as re
from soket.errors import InputError, LimitExceededError, NeedsOCRError
from soket.ingest import budget, pdfguard
from soket.ingest.docx import GridCell, TextBuilder, clean
from soket.ingest.pages import PageTable, is_page_number, join_next_page
from soket.model import Document

MAX_PAGES = 1_000
COLUMN_GAP = 18.0        # points: a gap this wide between words on a line separates two columns
_ITEM_START = re.compile(r"^(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+*•]\s)")
_ITEM_MARK = re.compile(r"^(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+*•])(?:\s|$)")  # "59.835ha" is none
_CLOSERS = (".", ":", ";", "!", "?", "…", '"', "”", ")")


def pdf_to_document(data: bytes) -> Document:
    """Read a PDF from its bytes. Raises NeedsOCRError (no text layer) or InputError."""
    import pdfplumber

    pdfguard.install()  # bounded inflation, glyph and CPU budgets, pdfminer's warnings kept in logging
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except InputError:
        raise
    except Exception as e:
        raise budget.exceeded(e) or _open_error(e) from e
    with pdf:
        try:
            pages = pdf.pages
        except InputError:
            raise
        except Exception as e:
            raise budget.exceeded(e) or _open_error(e) from e
        if len(pages) > MAX_PAGES:
            raise LimitExceededError(f"PDF has {len(pages)} pages, over the limit of {MAX_PAGES}")
        items: list[_Line | PageTable] = []
        chars = 0
        for page in pages:
            budget.charge("pdf_pages", 1, "reading the PDF")
            budget.reset("pdf_page_glyphs")
            try:
                page_items, n = _read_page(page)
            except InputError:
                raise
            except Exception as e:
                if budget.exceeded(e):
                    raise budget.exceeded(e) from e  # type: ignore[misc]  # not None: just checked
                raise InputError(f"cannot read page {page.page_number} of the PDF "
                                 f"({type(e).__name__}: {e})") from e
            chars += n
            items.extend(page_items)
            page.close()
        title = (pdf.metadata or {}).get("Title")
    if chars == 0:
        raise NeedsOCRError(f"PDF document ({len(pages)} page{'s' if len(pages) != 1 else ''}) has no text "
                            "layer (scanned image?): needs OCR")
    out = TextBuilder()
    _assemble(items, out)
    title = clean(title) if isinstance(title, str) else None
    return Document(text=out.text(), format="pdf", tables=out.tables, title=title or None,
                    meta={"pages": len(pages)})


def _open_error(e: Exception) -> InputError:
    chain = [e, *(x for x in (e.__cause__, e.__context__, *getattr(e, "args", ())) if isinstance(x, BaseException))]
    names = " ".join(type(x).__name__ for x in chain) + " " + str(e)
    if re.search(r"Password|Encrypt", names, re.I):
        return InputError("PDF is encrypted (password protected): cannot read it; "
                          "save an unprotected copy")
    return InputError(f"not a valid PDF file (damaged or cut short: {type(e).__name__}: {e})")


# ---------------------------------------------------------------------------------------------
# one page


@dataclass
class _Seg:
    text: str
    x0: float
    x1: float


@dataclass
class _Line:
    page: int
    top: float
    bottom: float
    segs: list[_Seg]
    left: float = 0.0      # the page's text margins
    right: float = 0.0

    @property
    def x0(self) -> float:
        return self.segs[0].x0

    @property
    def x1(self) -> float:
        return self.segs[-1].x1

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segs)


_Box = tuple[float, float, float, float]  # x0, top, x1, bottom




def _read_page(page: Any) -> tuple[list[_Line | PageTable], int]:
    found = [t for t in page.find_tables() if len(t.rows[0].cells) >= 2]
    tables = [t for t in found if len(t.rows) >= 2]
    rest = page
    for t in tables:
        rest = rest.outside_bbox(t.bbox)
    words = rest.extract_words(keep_blank_chars=False, use_text_flow=False)
    lines = _lines(words, page.page_number)
    lines = [ln for ln in lines if not _furniture(ln, page.height)]
    # a table's header row alone at the page's foot, its rows on the next page: a table of its own, its lines kept
    # to be read as lines where no table goes on with it on the next page (:func:`_assemble`)
    foot = [t for t in found if len(t.rows) == 1 and not any(ln.top >= t.bbox[3] - 1 for ln in lines)]
    heads: list[PageTable] = []
    for t in foot[-1:]:
        inside = [ln for ln in lines if ln.top >= t.bbox[1] - 1 and ln.bottom <= t.bbox[3] + 1]
        if inside:
            head = _table(t, page.page_number)
            head.alone = list(inside)
            heads.append(head)
            lines = [ln for ln in lines if ln not in inside]
    if lines:
        left = min(ln.x0 for ln in lines)
        right = max(ln.x1 for ln in lines)
        for ln in lines:
            ln.left, ln.right = left, right
    items: list[_Line | PageTable] = [*lines, *(_table(t, page.page_number) for t in tables), *heads]
    items.sort(key=lambda it: it.top)
    n = sum(len(ln.text.strip()) for ln in lines) + sum(len(c.strip()) for it in items
                                                         if isinstance(it, PageTable) for r in it.texts for c in r)
    return items, n


def _lines(words: list[dict[str, Any]], page_no: int) -> list[_Line]:
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list[dict[str, Any]]] = []
    for w in words:
        for row in rows[-3:]:
            ref = row[0]
            overlap = min(ref["bottom"], w["bottom"]) - max(ref["top"], w["top"])
            if overlap > 0.5 * min(ref["bottom"] - ref["top"], w["bottom"] - w["top"]):
                row.append(w)
                break
        else:
            rows.append([w])
    out: list[_Line] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        segs: list[_Seg] = []
        for w in row:
            if segs and w["x0"] - segs[-1].x1 <= COLUMN_GAP:
                segs[-1].text += " " + w["text"]
                segs[-1].x1 = w["x1"]
            else:
                segs.append(_Seg(w["text"], w["x0"], w["x1"]))
        out.append(_Line(page_no, min(w["top"] for w in row), max(w["bottom"] for w in row), segs))
    out.sort(key=lambda ln: ln.top)
    return out


def _furniture(ln: _Line, height: float) -> bool:
    margin = ln.top < 0.08 * height or ln.bottom > 0.92 * height
    return margin and is_page_number(ln.text)


def _table(t: Any, page_no: int) -> PageTable:
    """The grid of a pdfplumber table: merged cells found from the cells' boxes."""
    texts = t.extract()
    cells = list(t.cells)
    grid: list[list[GridCell]] = []
    origin: dict[tuple[float, float, float, float], GridCell] = {}
    xs = sorted({c[0] for c in cells})
    for r, row in enumerate(t.rows):
        out: list[GridCell] = []
        top = next((c[1] for c in row.cells if c is not None), None)
        for j, box in enumerate(row.cells):
            if box is not None:
                txt = texts[r][j] if r < len(texts) and j < len(texts[r]) else ""
                gc = GridCell([clean(txt or "").replace("\n", " ")])
                origin[box] = gc
                out.append(gc)
                continue
            cover = _covering(cells, xs[j] if j < len(xs) else None, top)
            if cover is None or cover not in origin:
                out.append(GridCell([]))
            elif top is not None and abs(cover[1] - top) < 0.5:
                out.append(origin[cover])            # spans columns: the same cell again
            else:
                out.append(GridCell([], continuation=True, origin=origin[cover]))  # spans rows
        grid.append(out)
    _, top, _, bottom = t.bbox
    return PageTable(page_no, top, bottom, grid, [[c.text for c in row] for row in grid])


def _covering(cells: list[_Box], x: float | None, y: float | None) -> _Box | None:
    if x is None or y is None:
        return None
    for c in cells:
        if c[0] - 0.5 <= x < c[2] - 0.5 and c[1] - 0.5 <= y < c[3] - 0.5:
            return c
    return None


# ---------------------------------------------------------------------------------------------
# pages to paragraphs and tables


def _assemble(items: list[_Line | PageTable], out: TextBuilder) -> None:
    gaps = _normal_gaps(items)
    para: list[str] = []
    prev: _Line | PageTable | None = None
    pending: PageTable | None = None
    i = 0
    while i < len(items):
        it = items[i]
        if isinstance(it, PageTable) and it.alone is not None:
            nxt = items[i + 1] if i + 1 < len(items) else None
            if not (isinstance(nxt, PageTable) and nxt.page == it.page + 1 and nxt.grid and it.grid
                    and len(nxt.grid[0]) == len(it.grid[0])):
                items[i:i + 1] = [ln for ln in it.alone if isinstance(ln, _Line)]  # no table goes on: its lines
                continue
        if isinstance(it, PageTable):
            out.para(clean(" ".join(para)))
            para = []
            if not join_next_page(pending, it):
                if pending is not None:
                    out.table(pending.grid)
                pending = it
            prev = it
            i += 1
            continue
        if pending is not None:
            out.table(pending.grid)
            pending = None
        if len(it.segs) > 1:  # a two-column block
            out.para(clean(" ".join(para)))
            para = []
            block = [it]
            for nxt in items[i + 1:]:
                if not (isinstance(nxt, _Line) and nxt.page == it.page and _in_block(nxt, block[-1])):
                    break
                block.append(nxt)
            _columns(block, out)
            prev = block[-1]
            i += len(block)
            continue
        if para and isinstance(prev, _Line) and _breaks(prev, it, gaps.get(it.page)):
            out.para(clean(" ".join(para)))
            para = []
        para.append(it.text)
        prev = it
        i += 1
    out.para(clean(" ".join(para)))
    if pending is not None:
        out.table(pending.grid)


def _normal_gaps(items: list[_Line | PageTable]) -> dict[int, float]:
    """Per page, the usual gap between one line's bottom and the next line's top."""
    by_page: dict[int, list[float]] = {}
    lines = [x for x in items if isinstance(x, _Line)]
    for a, b in itertools.pairwise(lines):
        if a.page == b.page and b.top > a.bottom - 1:
            by_page.setdefault(a.page, []).append(b.top - a.bottom)
    # the lower quartile: most gaps are inside paragraphs, but pages of one-line paragraphs exist
    return {p: sorted(g)[len(g) // 4] for p, g in by_page.items() if g}


def _breaks(prev: _Line, ln: _Line, normal: float | None) -> bool:
    width = max(prev.right - prev.left, 1.0)
    short = prev.x1 < prev.right - 0.12 * width and not _runs_on(prev, ln)
    if ln.page != prev.page:
        return short
    gap = ln.top - prev.bottom
    if normal is not None and gap > normal + max(2.5, 0.25 * (ln.bottom - ln.top)):
        return True
    if short:
        return True
    return bool(_ITEM_START.match(ln.text)) and prev.text.rstrip().endswith((".", ":", ";"))


def _runs_on(prev: _Line, ln: _Line) -> bool:
    """A short line whose sentence goes on: it stops mid-clause (no closing punctuation) and the next line,
    at the left margin (no first-line indent, not centred), goes on in lower case or with a figure that is no
    item number ("Tổng diện tích gieo trồng" / "59.835ha/62.251ha, đạt ..."): the writer broke the line by hand
    or the figure did not fit, the paragraph goes on."""
    if ln.x0 > ln.left + 2.0 or prev.text.rstrip().endswith(_CLOSERS) or _ITEM_MARK.match(ln.text):
        return False
    first = ln.text[:1]
    return first.isdigit() or first.islower()


def _in_block(ln: _Line, prev: _Line) -> bool:
    """A line goes on with a column block: it has columns itself, or sits on one side of the page."""
    if ln.top - prev.bottom > 1.5 * (ln.bottom - ln.top):
        return False
    if len(ln.segs) > 1:
        return True
    mid = (ln.left + ln.right) / 2
    return ln.x1 < mid or ln.x0 > mid


def _columns(block: list[_Line], out: TextBuilder) -> None:
    mid = (block[0].left + block[0].right) / 2
    left: list[str] = []
    right: list[str] = []
    for ln in block:
        for s in ln.segs:
            (left if (s.x0 + s.x1) / 2 < mid else right).append(s.text)
    for t in (*left, *right):
        out.para(clean(t))
