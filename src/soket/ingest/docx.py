"""Word (.docx) reports to one clean NFC text, tables included.

The body is read in order: paragraphs (content controls and text boxes included, deleted
revisions left out) and tables. ``Document.text`` holds the paragraphs separated by blank lines;
each table is rendered as lines ``| cell | cell |`` (one line per row, a cell's paragraphs joined
by a space), so every :class:`~soket.model.Cell` has exact offsets into the text.

``Table.rows`` is the table's grid: a cell merged across columns (``gridSpan``) or rows
(``vMerge``) is written once in the text and appears, as the same :class:`Cell`, at every grid
position it covers. Tables without any border of at most 4 rows and 3 columns are layout tables
(the header block "UBND HUYỆN ... | CỘNG HÒA ...", the signature block): their cells are read
as paragraphs, left column first, and they are not in ``Document.tables``.

Before parsing, the zip is checked: too many entries, too many unpacked bytes, or a member
unpacking at a bomb's ratio raise :class:`LimitExceededError`; zipfile itself stops a member at
its declared size, so the check cannot be lied to.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from soket import rx as re
from soket.errors import InputError, LimitExceededError
from soket.ingest import budget
from soket.lexicon import get
from soket.lexicon.schema import TableHeaders
from soket.model import Cell, Document, Table

_El = Any  # an lxml element (python-docx and lxml ship no types)

MAX_ENTRIES = 2_000
MAX_UNPACKED = 256 * 1024 * 1024   # all members together
MAX_XML = 64 * 1024 * 1024         # the XML parts python-docx parses
MAX_RATIO = 150                    # unpacked / packed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 4 * 1024 * 1024

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_VISIBLE = re.compile(r"^(?!nil$|none$)")


def docx_to_document(data: bytes) -> Document:
    """Read a .docx from its bytes. Raises InputError (not a .docx) or LimitExceededError (bomb)."""
    names = check_zip(data)
    if "word/document.xml" not in names:
        raise InputError("not a valid .docx file: the archive has no word/document.xml")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        d = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError, EOFError) as e:
        raise InputError(f"not a valid .docx file ({type(e).__name__}: {e})") from e
    except Exception as e:  # lxml syntax errors and the like
        if type(e).__name__ == "XMLSyntaxError":
            raise InputError(f"not a valid .docx file (broken XML: {e})") from e
        raise
    budget.charge("xml_nodes", sum(1 for _ in d.element.iter()), "in the .docx body")
    out = TextBuilder()
    pending: list[list[GridCell]] | None = None  # a table that may go on in the next one

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            out.table(pending)
        pending = None

    for el in _body_blocks(d.element.body):
        budget.tick("reading the .docx")
        if el.tag == W + "tbl":
            grid = _grid(el)
            if _is_layout(el, d, grid):
                flush()
                for row in grid:
                    for tc in _unique(row):
                        for p in tc.paragraphs:
                            out.para(p)
            elif pending is not None and continues(pending, grid):
                pending.extend(drop_repeated_header(pending, grid))
            else:
                flush()
                pending = grid
        else:
            text = _para_text(el, tabs=True)
            boxes = _text_boxes(el)
            if text or boxes:
                flush()
            out.para(text)
            for box in boxes:
                for p in box.iter(W + "p"):
                    out.para(_para_text(p))
    flush()
    title = (d.core_properties.title or "").strip() or None
    return Document(text=out.text(), format="docx", tables=out.tables, title=title)


def check_zip(data: bytes) -> set[str]:
    """The member names, after the limits are checked."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as e:
        raise InputError(f"not a valid .docx file (the zip archive is damaged or cut short: {e})") from e
    if len(infos) > MAX_ENTRIES:
        raise LimitExceededError(f".docx archive has {len(infos)} entries, over the limit of {MAX_ENTRIES}")
    for i in infos:
        if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise LimitExceededError(
                f".docx member {i.filename} unpacks {i.file_size // max(i.compress_size, 1)} times its "
                f"packed size ({_mb(i.file_size)}), over the ratio limit of {MAX_RATIO} (a zip bomb?); "
                "refused before parsing")
    total = sum(i.file_size for i in infos)
    budget.charge("decompressed_bytes", sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels"))),
                  "of .docx XML")
    if total > MAX_UNPACKED:
        raise LimitExceededError(f".docx unpacks to {_mb(total)}, over the limit of {_mb(MAX_UNPACKED)} "
                                 "(a zip bomb?); refused before parsing")
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    if xml > MAX_XML:
        raise LimitExceededError(f".docx holds {_mb(xml)} of XML, over the limit of {_mb(MAX_XML)} "
                                 "(a zip bomb?); refused before parsing")
    return {i.filename for i in infos}


@cache
def _caption_re() -> re.Pattern[str]:
    cues = get(TableHeaders).caption_cues
    return re.compile(r"^(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.I)


def _mb(n: int) -> str:
    return f"{n / 1048576:.1f} MB"


# ---------------------------------------------------------------------------------------------
# text


def clean(s: str) -> str:
    """NFC; spaces of every kind to one space; soft hyphens and zero-width marks gone; lines trimmed."""
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = re.sub(r"[^\S\n]+", " ", s)
    s = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", s)
    return "\n".join(x.strip() for x in s.split("\n") if x.strip())


def _para_text(p: _El, tabs: bool = False) -> str:
    """A paragraph's visible text: runs, tabs as spaces, breaks as newlines; text boxes and the
    fallback copies of alternate content left out (they are read on their own). ``tabs``: a body
    paragraph's tabs kept as one tab each where it has TAB_ROW_TABS of them between its words (a
    row of a table typed with tab stops: "Kim ngạch xuất khẩu<TAB>Triệu USD<TAB>1.428<TAB>115,7",
    which the text's table reader reads as the report's text copy writes it)."""
    parts: list[str] = []
    for el in _walk(p):
        tag = el.tag
        if tag == W + "t":
            parts.append(el.text or "")
        elif tag in (W + "tab", W + "ptab"):
            parts.append("\t" if tabs else " ")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == W + "sym":
            ch = el.get(W + "char")
            if ch and re.fullmatch(r"[0-9A-Fa-f]{4}", ch) and not ch.upper().startswith("F0"):
                parts.append(chr(int(ch, 16)))
    text = "".join(parts)
    if tabs and "\t" in text:
        inner = [ln.strip() for ln in text.split("\n")]
        if all(len(re.findall(r"\S[ ]*\t[ \t]*(?=\S)", ln)) >= TAB_ROW_TABS for ln in inner if ln):
            return "\n".join("\t".join(c for c in (clean(x) for x in ln.split("\t")) if c) for ln in inner if ln)
    return clean(text.replace("\t", " "))


#: the fewest tabs between words that make a body paragraph a row of a table typed with tab stops
TAB_ROW_TABS = 2


def _walk(el: _El) -> Iterator[_El]:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in (W + "txbxContent", MC + "Fallback", W + "del", W + "tbl"):
            continue
        yield child
        yield from _walk(child)


def _text_boxes(p: _El) -> list[_El]:
    return [b for b in p.iter(W + "txbxContent")
            if not any(a.tag == MC + "Fallback" for a in b.iterancestors())]


def _body_blocks(body: _El) -> Iterator[_El]:
    """Paragraphs and tables of the body in order, content controls (``w:sdt``) opened."""
    for child in body:
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _body_blocks(content)
        elif child.tag in (W + "customXml", W + "ins"):
            yield from _body_blocks(child)


# ---------------------------------------------------------------------------------------------
# tables


@dataclass(eq=False)
class GridCell:
    """One cell of the XML (however many grid positions it covers)."""

    paragraphs: list[str]
    continuation: bool = False   # a vMerge continuation: renders empty, stands for the cell above
    origin: GridCell | None = None

    @property
    def text(self) -> str:
        return " ".join(x.replace("\n", " ") for x in self.paragraphs)


def continues(a: list[list[GridCell]], b: list[list[GridCell]]) -> bool:
    """Table ``b``, right after ``a`` with nothing but empty paragraphs (a page break) between,
    goes on with it when it has as many columns."""
    return bool(a and b) and max(map(len, a)) == max(map(len, b))


def drop_repeated_header(a: list[list[GridCell]], b: list[list[GridCell]]) -> list[list[GridCell]]:
    """``b``'s rows less the leading ones that repeat ``a``'s first rows (a header repeated on the
    next page)."""
    def texts(row: list[GridCell]) -> list[str]:
        return [c.text for c in row]

    k = 0
    while k < len(b) and k < len(a) and texts(b[k]) == texts(a[k]) and any(texts(b[k])):
        k += 1
    return b[k:]


def _grid(tbl: _El) -> list[list[GridCell]]:
    grid: list[list[GridCell]] = []
    for tr in tbl.iter(W + "tr"):
        if _parent_table(tr) is not tbl:
            continue
        budget.tick("reading a .docx table", every=256)
        row: list[GridCell] = []
        before = _int_val(tr.find(f"{W}trPr/{W}gridBefore"), 0)
        row.extend(GridCell([]) for _ in range(before))
        for tc in tr.findall(W + "tc") + [c for s in tr.findall(W + "sdt") for c in s.iter(W + "tc")]:
            span = max(1, min(_int_val(tc.find(f"{W}tcPr/{W}gridSpan"), 1), 64))
            vm = tc.find(f"{W}tcPr/{W}vMerge")
            cell = GridCell([t for t in (_cell_paragraphs(tc)) if t])
            if vm is not None and vm.get(W + "val") in (None, "continue"):
                col = len(row)
                above = grid[-1][col] if grid and col < len(grid[-1]) else None
                if above is not None:
                    cell = GridCell([], continuation=True, origin=above.origin or above)
            row.extend([cell] * span)
        grid.append(row)
    return grid


def _cell_paragraphs(tc: _El) -> list[str]:
    return [_para_text(p) for p in tc.iter(W + "p")
            if not any(a.tag in (W + "txbxContent", MC + "Fallback") for a in p.iterancestors())]


def _parent_table(tr: _El) -> _El | None:
    for a in tr.iterancestors():
        if a.tag == W + "tbl":
            return a
    return None


def _int_val(el: _El | None, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(W + "val", default))
    except ValueError:
        return default


def _unique(row: list[GridCell]) -> list[GridCell]:
    out: list[GridCell] = []
    for c in row:
        if not out or out[-1] is not c:
            out.append(c)
    return [c for c in out if not c.continuation]


def _is_layout(tbl: _El, d: Any, grid: list[list[GridCell]]) -> bool:
    """A borderless small table: page layout, not data."""
    ncols = max((len(r) for r in grid), default=0)
    if len(grid) > 4 or ncols > 3:
        return False
    return not _has_borders(tbl, d)


def _has_borders(tbl: _El, d: Any) -> bool:
    def visible(borders: _El | None) -> bool:
        return borders is not None and any(
            isinstance(b.tag, str) and _VISIBLE.match(b.get(W + "val", "single") or "") for b in borders)

    if visible(tbl.find(f"{W}tblPr/{W}tblBorders")):
        return True
    if any(visible(b) for b in tbl.iter(W + "tcBorders")):
        return True
    style = tbl.find(f"{W}tblPr/{W}tblStyle")
    seen: set[str] = set()
    sid = style.get(W + "val") if style is not None else None
    styles = d.styles.element
    while sid and sid not in seen:
        seen.add(sid)
        el = next((s for s in styles.findall(W + "style") if s.get(W + "styleId") == sid), None)
        if el is None:
            break
        if visible(el.find(f"{W}tblPr/{W}tblBorders")):
            return True
        based = el.find(W + "basedOn")
        sid = based.get(W + "val") if based is not None else None
    return False


# ---------------------------------------------------------------------------------------------
# the text, built block by block with offsets


class TextBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.tables: list[Table] = []
        self.last_para: str | None = None

    def _sep(self) -> None:
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2

    def para(self, s: str) -> None:
        if not s:
            return
        self._sep()
        self.parts.append(s)
        self.pos += len(s)
        self.last_para = s

    def table(self, grid: list[list[GridCell]]) -> None:
        grid = [r for r in grid if r]
        if not grid:
            return
        self._sep()
        start = self.pos
        width = max(len(r) for r in grid)
        cells: dict[int, Cell] = {}
        rows: list[list[Cell]] = []
        lines: list[str] = []
        line_start = self.pos
        for row in grid:
            budget.tick("laying out a .docx table", every=256)
            line = "|"
            out: list[Cell] = []
            for j, tc in enumerate(row):
                if j and row[j - 1] is tc:  # a horizontal span: the same cell again
                    out.append(out[-1])
                    continue
                if tc.continuation:  # a vertical merge: written empty, stands for the cell above
                    here = line_start + len(line) + 1
                    line += "  |"
                    out.append(cells.get(id(tc.origin), Cell(text="", start=here, end=here)))
                    continue
                text = tc.text
                s = line_start + len(line) + 1
                cell = Cell(text=text, start=s, end=s + len(text))
                cells[id(tc)] = cell
                line += f" {text} |"
                out.append(cell)
            end = line_start + len(line)
            out.extend(Cell(text="", start=end, end=end) for _ in range(width - len(out)))
            rows.append(out)
            lines.append(line)
            line_start += len(line) + 1  # the next line starts after this one and its newline
        body = "\n".join(lines)
        self.parts.append(body)
        self.pos += len(body)
        caption = self.last_para if self.last_para and len(self.last_para) < 250 and \
            _caption_re().match(self.last_para) else None
        self.tables.append(Table(index=len(self.tables), rows=rows, start=start, end=self.pos, caption=caption))
        self.last_para = None

    def text(self) -> str:
        return "".join(self.parts)
