"""Tables of figures written as text: a report copied as text keeps its table of results as lines of cells.

Pure: a text in, :class:`~soket.model.Table` objects out, each cell with its offsets in the text, so that the one
table reader (:mod:`soket.extract.tables`) reads them as it reads a .docx's or a page's tables. The forms:

- tab-separated cells, one row a line ("Cây trồng<TAB>Diện tích (ha)<TAB>..."; two tabs enclose an empty cell);
- cells aligned by runs of two or more spaces, one row a line, the header's columns giving each cell its column
  (a row may leave a cell blank);
- a line of '|'-separated cells ("| Chỉ tiêu | ĐVT | Kế hoạch |"), the form a page's table takes in the text;
- one cell a line, cells separated by lines holding only '|', rows by two such lines with nothing between (a
  page's table flattened by a copy): the header's cells may follow the paragraph before with no row break, the
  last row's cells the paragraph after;
- one cell a line with nothing between (a PDF's table copied as loose lines): a row-number header ("TT", "STT") on
  a line of its own, the other headers below it (one wrapped over lines goes on with a lowercase word, a digit or
  a bracket: "Kế hoạch" / "năm 2025"; a comparison group's header, "So sánh (%)", over its columns' short ones, "KH",
  "CK": table_headers.yaml comparison_groups), then rows each opened by its number ("1", "2", ...), its name (over one line or more), its unit where the
  header has a unit column, and its figures. Rebuilt only where the count is certain: each row as many figures as
  the header has figure columns, a row of another shape or a blank line ends the table.

A block of such lines is a table only when the table reader finds a header with a column of row names and a
column of figures, and a figure in a row below it: a letterhead set in two columns, a signature block, a list of
names and dates or a table of contents has no such header, and stays text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from soket import rx as re
from soket.extract.tables import group_lead, parse_cell, table_facts, unit_like
from soket.ingest.cells import PIPE_RULE, pipe_row
from soket.lexicon import get
from soket.lexicon.schema import TableHeaders
from soket.model import Cell, Table
from soket.text import norm_phrase

Span = tuple[int, int]

#: a '|'-line cell or a row of the other forms longer than this is prose, not a cell
CELL_CHARS = 160
CELL_LINES = 3

_ALIGN_SPLIT = re.compile(r" {2,}|\t")
#: the column rules of a table drawn with box-drawing characters (a PDF's or a Word file's copy) read as '|'
_BARS = str.maketrans({"\u2502": "|", "\u2503": "|", "\u2551": "|"})
_BOX_BARS = frozenset(map(chr, _BARS))
#: what makes a line one that may be a row: a tab, a '|' (or a box-drawing one) or a run of spaces
_MARK = re.compile("[\t|\u2502\u2503\u2551]|  ")
#: a rule line drawn between a table's rows ("-----", "+----+----+", "├────┼────┤", "|---|---|"): no row, and no
#: end of the table (a line of '_' is a title's underline, never a rule of a table)
_RULE_CHARS = re.compile("[-=+|: \t\u2500-\u257f]+")
_RULE_STROKE = re.compile("[-=\u2500\u2501\u2550]")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def text_tables(text: str, first: int = 0, taken: Sequence[Span] = ()) -> list[Table]:
    """The tables of figures written in ``text`` as text, numbered from ``first``; none overlapping ``taken``
    (the tables a reader already found: a page's)."""
    loose = _loose_heads(text)
    if "\t" not in text and "  " not in text and "|" not in text and not _BOX_BARS.intersection(text) and not loose:
        return []
    found: list[list[list[Cell]]] = []
    found.extend(_line_blocks(_candidate_lines(text), text))
    if "\n|\n" in text:
        found.extend(_pipe_line_tables(_lines(text)))
    if loose:
        found.extend(_loose_tables(_lines(text)))
    out: list[Table] = []
    for rows in sorted(found, key=lambda rs: _first_start(rs)):
        start, end = _first_start(rows), _line_close(text, max(c.end for r in rows for c in r if c.text))
        if any(a < end and start < b for a, b in taken) or any(t.start < end and start < t.end for t in out):
            continue
        table = Table(index=first + len(out), rows=rows, start=start, end=end)
        if table_facts(table, text):
            out.append(table)
    return out


def _line_close(text: str, end: int) -> int:
    """A table's end past its last cell's closing bars ("| Kết nạp đảng viên mới | 2.400 đảng viên |"): the line's
    end where nothing but bars and blanks follow the cell, so that the row is no sentence of the prose."""
    nl = text.find("\n", end)
    stop = len(text) if nl < 0 else nl
    return stop if not text[end:stop].strip(" \t|") else end


def _first_start(rows: list[list[Cell]]) -> int:
    return min(c.start for r in rows for c in r if c.text)


def _candidate_lines(text: str) -> list[_Line]:
    """The lines that may be rows, in order: one search from each such line's end to the next mark."""
    out: list[_Line] = []
    pos = 0
    while (m := _MARK.search(text, pos)) is not None:
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        out.append(_Line(a, b, text[a:b]))
        pos = b + 1
    return out


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for part in text.split("\n"):
        out.append(_Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return out


# --- one row a line: tabs, aligned spaces, '|'-joined cells ------------------------------------------------------


def _line_blocks(lines: list[_Line], text: str) -> list[list[list[Cell]]]:
    """Runs of consecutive lines in one form (a blank line or a line in no form ends a run; rule lines between
    rows do not, nor a blank line between rows of as many cells), as rows of cells; ``lines``: the text's lines that may be rows, in order."""
    out: list[list[list[Cell]]] = []
    run: list[_Line] = []
    kind = ""
    for ln in [*lines, _Line(0, 0, "")]:
        if _is_rule(ln.text) and not PIPE_RULE.fullmatch(ln.text.strip()):
            continue  # a rule line: the run goes on past it
        k = _form(ln.text)
        if k and k == kind and _next_to(text, run[-1].end, ln.start, k != "space" and (
                _width(ln) == _width(run[-1]) or (len(run) == 1 and k == "pipe" and _bordered(run[0]) and _bordered(ln)))):
            run.append(ln)
            continue
        if not k and kind == "space" and ln.start == run[-1].end + 1 and _tail(ln.text):
            run.append(ln)  # a header's or a row name's second line under its column ("KH năm" / "2026")
            continue
        if len(run) >= 2:
            if kind == "space":
                rows = _aligned_rows(run)
            else:
                border = kind == "pipe" and 2 * sum(1 for r in run if r.text.translate(_BARS).lstrip()
                                                    .startswith("|")) > len(run)
                rows = [_split(ln2, kind, border) for ln2 in run]
                if kind == "tab":
                    rows = _indents_dropped(run, rows)
            if rows:
                out.append(rows)
        run, kind = ([ln], k) if k else ([], "")
    return out


def _bordered(ln: _Line) -> bool:
    """A '|' row opened and closed by a bar: a table's row as a page or a document draws it. A header's first row
    over its second, the cells of a merged header more or fewer ("| STT | Chỉ tiêu | So sánh (%) |" over
    "|  |  | KH | CK |"), goes on to it across a copy's blank line as rows of as many cells do."""
    t = ln.text.translate(_BARS).strip()
    return len(t) > 1 and t[0] == "|" and t[-1] == "|"


def _indents_dropped(run: list[_Line], rows: list[list[Cell]]) -> list[list[Cell]]:
    """A tab table's rows with a paragraph's indent taken off the lines a copy opened by a tab (a Word copy indents
    every other paragraph by a tab, the others by spaces): the empty cells before a row's first are dropped when
    the row, without them, has as many tabs as the rows not opened by a tab; a header's empty corner cell, its row
    as wide as the others, stays."""
    lead = [ln.text[:len(ln.text) - len(ln.text.lstrip())].count("\t") for ln in run]
    plain = {_width(ln) for ln, n in zip(run, lead, strict=True) if not n}
    if not plain or not any(lead):
        return rows
    return [r[n:] if n and _width(ln) not in plain and _width(ln) - n in plain and all(not c.text for c in r[:n])
            else r for ln, n, r in zip(run, lead, rows, strict=True)]


def _next_to(text: str, end: int, start: int, same_width: bool = False) -> bool:
    """Nothing but rule lines between a row ending at ``end`` and the line starting at ``start``; or, between rows
    of as many cells (``same_width``), blank lines as well, one at a time (a copy that sets a blank line after each
    of its lines: "1<TAB>A<TAB>5", "", "2<TAB>B<TAB>7")."""
    if start == end + 1:
        return True
    if start <= end:
        return False
    gap = text[end + 1:start - 1].split("\n")
    if same_width and all(not g.strip() or _is_rule(g) for g in gap) \
            and not any(not g.strip() and not h.strip() for g, h in pairwise(gap)):
        return True
    return all(_is_rule(g) for g in gap)


def _width(ln: _Line) -> int:
    """How many tabs or bars part a row's cells."""
    t = ln.text.translate(_BARS)
    return t.count("\t") if "\t" in t else t.count("|")


def _is_rule(line: str) -> bool:
    """A rule line: only strokes, corners and bars, three strokes at least."""
    return _RULE_CHARS.fullmatch(line) is not None and len(_RULE_STROKE.findall(line)) >= 3


def _form(line: str) -> str:
    """The form a line's cells take: "tab", "pipe", "space", or "" (no row of cells)."""
    s = line.strip()
    if not s or len(line) > 600:
        return ""
    if "\t" in s:
        return "tab"
    s = s.translate(_BARS)
    if s.count("|") >= 2 and s != "|":
        return "pipe"
    if len(_ALIGN_SPLIT.split(s)) >= 3:
        return "space"
    return ""


def _split(ln: _Line, kind: str, border: bool = True) -> list[Cell]:
    """A line's cells, by tabs or by '|' (a rule line "|---|---|" gives none); ``border``: the table's rows open
    with a '|' (else an opening '|' follows an empty first cell: a row name's second line, "   | doanh thu |")."""
    text = ln.text.translate(_BARS)
    if kind == "pipe":
        return pipe_row(text, ln.start, border=border) or []
    cells: list[Cell] = []
    pos = ln.start
    for part in text.split("\t"):
        cells.append(_cell(part, pos))
        pos += len(part) + 1
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def _cell(part: str, pos: int) -> Cell:
    lead = len(part) - len(part.lstrip())
    content = part.strip()
    return Cell(text=content, start=pos + lead, end=pos + lead + len(content))


def _aligned_rows(run: list[_Line]) -> list[list[Cell]]:
    """Rows of space-aligned cells: the first line's cells set the columns; each cell of a line below goes to the
    column its text overlaps most (a blank cell leaves its column empty)."""
    pieces = [_pieces(ln) for ln in run]
    head = _numbered_head(pieces, run)
    bounds = [(a - run[0].start, b - run[0].start) for a, b, _ in head]
    cols = [(a, bounds[i + 1][0] if i + 1 < len(bounds) else 1 << 30) for i, (a, _) in enumerate(bounds)]
    rows: list[list[Cell]] = []
    for j, (ln, ps) in enumerate(zip(run, pieces, strict=True)):
        if j == 0:
            ps = head
        row = [Cell(text="", start=ln.end, end=ln.end) for _ in cols]
        if j == 1 and not _form(ln.text):  # the header's second line: each piece goes on with its column's header
            for a, b, t in ps:
                best = _column_of(cols, a - ln.start, b - ln.start)
                above = rows[0][best]
                if not above.text:
                    return []
                rows[0][best] = Cell(text=f"{above.text} {t}", start=above.start, end=above.end)
            continue
        for a, b, t in _squeezed(ps, cols, ln.start):
            best = _column_of(cols, a - ln.start, b - ln.start)
            if row[best].text:
                return []  # two cells in one column: not aligned as a table
            row[best] = Cell(text=t, start=a, end=b)
        rows.append(row)
    return rows


def _squeezed(ps: list[tuple[int, int, str]], cols: list[tuple[int, int]], at: int) -> list[tuple[int, int, str]]:
    """A row's pieces with a piece that runs into the next column by one space split there: a cell as wide as its
    column leaves a single space before the next ("triệu đồng 12.800" under "Đơn vị     Kế hoạch", the figure
    starting where its column's header starts): a figure starting at a later column's start opens that column's
    cell (a name's word there goes on with the name)."""
    out: list[tuple[int, int, str]] = []
    starts = {c[0] for c in cols[1:]}
    for a, b, t in ps:
        cut = 0
        for m in re.finditer(" ", t):
            if m.end() > cut and a - at + m.end() in starts and t[m.end():m.end() + 1].isdigit():
                out.append((a + cut, a + m.start(), t[cut:m.start()]))
                cut = m.end()
        out.append((a + cut, b, t[cut:]))
    return out


def _column_of(cols: list[tuple[int, int]], a: int, b: int) -> int:
    """The column (its start and end within its line) that a piece from ``a`` to ``b`` within its line overlaps most,
    the first of a tie."""
    return max(range(len(cols)), key=lambda i: (min(b, cols[i][1]) - max(a, cols[i][0]), -i))


def _tail(line: str) -> bool:
    """A line that may go on with a row of space-aligned cells above it: set in (two spaces at least) under a
    column, one piece of words with no run of spaces, short ("                KH năm" / "          2026",
    "   Giá trị sản xuất" / "   (ước)"); a line of prose starts at the margin, a rule ("   ______") is none."""
    s = line.strip()
    return bool(s) and line.startswith("  ") and len(s) <= 40 and "  " not in s and any(c.isalnum() for c in s)


def _numbered_head(pieces: list[list[tuple[int, int, str]]], run: list[_Line]) -> list[tuple[int, int, str]]:
    """The header's pieces with a row number's header written one space from the next ("TT Chỉ tiêu") made two
    pieces, where the rows below set their numbers apart from their names ("1   Tổng thu ...")."""
    head = pieces[0]
    if not head or len(run) < 2:
        return head
    a, b, t = head[0]
    word, _, rest = t.partition(" ")
    if not rest or norm_phrase(word) not in _number_headers():
        return head
    split = a + len(word) + 1 - run[0].start
    if not any(len(ps) >= 2 and ps[0][1] - ln.start <= split and ps[1][0] - ln.start >= split - 1
               for ln, ps in zip(run[1:], pieces[1:], strict=True)):
        return head
    return [(a, a + len(word), word), (a + len(word) + 1, b, rest), *head[1:]]


@cache
def _number_headers() -> frozenset[str]:
    """The headers of a row-number column ("STT", "TT"): ``table_headers.yaml``'s ``number`` kind."""
    return frozenset(x for rule in get(TableHeaders).columns if rule.kind == "number" for x in rule.exact)


def _pieces(ln: _Line) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in re.finditer(r"\S+(?: \S+)*", ln.text):
        out.append((ln.start + m.start(), ln.start + m.end(), m.group()))
    return out


# --- one cell a line, '|' lines between ----------------------------------------------------------------------------


def _pipe_line_tables(lines: list[_Line]) -> list[list[list[Cell]]]:
    """Tables of cells separated by lines holding only '|' (rows by two such lines with nothing between)."""
    groups: list[list[Cell]] = [[]]  # the cells between row breaks
    seg: list[_Line] = []
    seps = 0
    for ln in lines:
        if ln.text.strip() == "|":
            seps += 1
            if seg:
                groups[-1].append(_segment(seg))
                seg = []
            else:
                groups.append([])  # '|' right after '|': a row break
            continue
        if ln.text.strip() or seg:
            seg.append(ln)
    if seg:
        groups[-1].append(_segment(seg))
    if seps < 4:
        return []
    out: list[list[list[Cell]]] = []
    i = 0
    while i < len(groups):
        g = groups[i]
        if not _clean(g) or len(g) < 2:
            i += 1
            continue
        width = len(g)
        j = i
        while j + 1 < len(groups) and len(groups[j + 1]) == width and _clean(groups[j + 1]):
            j += 1
        rows = [list(groups[k]) for k in range(i, j + 1)]
        if not _has_figure(rows[0]) and len(rows) > 1:
            pass  # the header stands in a row of its own
        elif i > 0 and len(groups[i - 1]) >= width and _clean(groups[i - 1][-width:]) \
                and not _has_figure(groups[i - 1][-width:]):
            rows.insert(0, groups[i - 1][-width:])  # the header after the paragraph before it, no row break
        if j + 1 < len(groups) and len(groups[j + 1]) > width and _clean(groups[j + 1][:width]) \
                and _has_figure(groups[j + 1][:width]):
            rows.append(groups[j + 1][:width])  # the last row, the paragraph after it with no row break
        if len(rows) >= 2:
            out.append(rows)
        i = j + 1
    return out


def _segment(seg: list[_Line]) -> Cell:
    while seg and not seg[-1].text.strip():
        seg = seg[:-1]
    start = seg[0].start + len(seg[0].text) - len(seg[0].text.lstrip())
    end = seg[-1].start + len(seg[-1].text.rstrip())
    text = "\n".join(ln.text for ln in seg).strip()
    return Cell(text=text, start=start, end=end)


def _clean(cells: list[Cell]) -> bool:
    """Cells all short enough to be a table's (a paragraph of prose is none)."""
    return bool(cells) and all(len(c.text) <= CELL_CHARS and c.text.count("\n") < CELL_LINES for c in cells)


def _has_figure(cells: list[Cell]) -> bool:
    return any(parse_cell(c.text) is not None for c in cells)


# --- one cell a line, nothing between -----------------------------------------------------------------------------

#: the most header lines under a row-number header, and the most lines of one row
_LOOSE_HEAD_LINES = 24
_LOOSE_ROW_LINES = 24
#: a comparison group's columns' own headers are short ("KH", "CK", "% KH")
_SUB_HEAD_CHARS = 8
#: a cell left empty in a figure column ("-", "x", "...")
_EMPTY_CELLS = frozenset({"-", "\u2013", "\u2014", "x", "X", "...", "\u2026"})


def _loose_heads(text: str) -> bool:
    """Some line is a row-number header alone ("TT", "STT"): the one mark of a table copied as loose lines; blanks
    around it allowed (a CR LF copy's line ends read as a blank, a Word copy's indent)."""
    return _loose_head_re().search(text) is not None


@cache
def _loose_head_re() -> re.Pattern[str]:
    return re.compile(rf"(?im)^[ \t]*(?:{'|'.join(re.escape(h) for h in sorted(_number_headers(), key=lambda w: (-len(w), w)))})[ \t]*$")


def _loose_tables(lines: list[_Line]) -> list[list[list[Cell]]]:
    out: list[list[list[Cell]]] = []
    i = 0
    while i < len(lines):
        if norm_phrase(lines[i].text.strip()) in _number_headers():
            rows, i = _loose_table(lines, i)
            if rows:
                out.append(rows)
        i += 1
    return out


def _loose_table(lines: list[_Line], at: int) -> tuple[list[list[Cell]], int]:
    """The table whose row-number header stands on line ``at``: its rows of cells ([] where its shape is not
    certain), and the last line it takes. A copy that sets a blank line after each line (a page's paragraphs) is read
    past its single blank lines, two ending it; any other copy ends at a blank line."""
    seq, last = _loose_lines(lines, at)
    j = 0
    while j < len(seq) and j < _LOOSE_HEAD_LINES and seq[j].text.strip() != "1":
        j += 1
    if j == 0 or j >= len(seq) or seq[j].text.strip() != "1":
        return [], at
    heads = _joined_heads(seq[:j])
    segments: list[list[_Line]] = []
    numbers = [seq[j]]
    n = 1
    cur: list[_Line] = []
    for ln in seq[j + 1:]:
        if ln.text.strip() == str(n + 1):
            segments.append(cur)
            numbers.append(ln)
            cur, n = [], n + 1
        elif len(cur) >= _LOOSE_ROW_LINES:
            break
        else:
            cur.append(ln)
    segments.append(cur)
    return _loose_rows(lines[at], heads, segments, numbers), last


def _loose_lines(lines: list[_Line], at: int) -> tuple[list[_Line], int]:
    """The short lines after line ``at`` that may be a loose table's, and the index of the last line read."""
    spaced = at + 2 < len(lines) and not lines[at + 1].text.strip() and bool(lines[at + 2].text.strip())
    seq: list[_Line] = []
    k = at + 1
    while k < len(lines):
        t = lines[k].text.strip()
        if not t:
            if not spaced or (k + 1 < len(lines) and not lines[k + 1].text.strip()):
                break
        elif len(t) > CELL_CHARS:
            break
        else:
            seq.append(lines[k])
        k += 1
    return seq, k - 1


def _joined_heads(head: list[_Line]) -> list[Cell]:
    """A header's lines as its cells: a line that opens with a lowercase word, a digit or a bracket goes on with the
    header above it ("Kế hoạch" / "năm 2025", "Ước TH" / "6 tháng")."""
    cells: list[Cell] = []
    for ln in head:
        c = _cell(ln.text, ln.start)
        first = c.text[:1]
        if cells and (first.islower() or first.isdigit() or first == "("):
            last = cells[-1]
            cells[-1] = Cell(text=f"{last.text} {c.text}", start=last.start, end=c.end)
        else:
            cells.append(c)
    return cells


def _figure_line(t: str) -> bool:
    return t in _EMPTY_CELLS or parse_cell(t) is not None


def _loose_rows(number_head: _Line, heads: list[Cell], segments: list[list[_Line]],
                numbers: list[_Line]) -> list[list[Cell]]:
    """The rows of a loose-line table, its header one or two rows, where the figures' count is certain: every row
    ends in the same number of figure lines, and the header has as many figure columns (a name column, a unit
    column where a row's line before its figures reads as a unit)."""
    if len(segments) < 2 and not segments[0]:
        return []
    segments[-1] = _first_shape(segments[-1], _trailing_figures(segments[0]) if len(segments) > 1 else 0)
    runs = []
    for seg in segments:
        r = 0
        while r < len(seg) and _figure_line(seg[len(seg) - 1 - r].text.strip()):
            r += 1
        runs.append(r)
    width = runs[0]
    if width == 0:
        return []
    kept = 0
    while kept < len(segments) and runs[kept] == width:
        kept += 1  # a row of another shape ends the table (a cell left blank, the paragraph after it)
    segments = segments[:kept]
    # a comparison group's header over the last columns: "So sánh (%)" / "KH" / "CK"
    subs = 0
    while subs < len(heads) and len(heads[len(heads) - 1 - subs].text) <= _SUB_HEAD_CHARS:
        subs += 1
    group = None
    if subs >= 2 and len(heads) - 1 in (width + 2, width + 1) and len(heads) - subs - 1 >= 1 \
            and group_lead([heads[len(heads) - subs - 1].text]):  # a comparison's group, table_headers' own
        group = heads[len(heads) - subs - 1]
        names = [*heads[:len(heads) - subs - 1], *heads[len(heads) - subs:]]
    else:
        names = heads
    if len(names) not in (width + 2, width + 1):
        return []
    has_unit = len(names) == width + 2
    body: list[list[Cell]] = []
    for seg, num in zip(segments, numbers, strict=False):
        figs = seg[len(seg) - width:]
        rest = seg[:len(seg) - width]
        unit: list[Cell] = []
        if has_unit:
            if len(rest) < 2 or not unit_like(rest[-1].text):
                return _with_header(body, number_head, names, group, subs)
            unit = [_cell(rest[-1].text, rest[-1].start)]
            rest = rest[:-1]
        if not rest or any(_figure_line(ln.text.strip()) for ln in rest[:1]):
            return _with_header(body, number_head, names, group, subs)
        first, last = _cell(rest[0].text, rest[0].start), _cell(rest[-1].text, rest[-1].start)
        label = Cell(text=" ".join(ln.text.strip() for ln in rest), start=first.start, end=last.end)
        body.append([_cell(num.text, num.start), label, *unit, *(_cell(ln.text, ln.start) for ln in figs)])
    return _with_header(body, number_head, names, group, subs)


def _trailing_figures(seg: list[_Line]) -> int:
    r = 0
    while r < len(seg) and _figure_line(seg[len(seg) - 1 - r].text.strip()):
        r += 1
    return r


def _first_shape(seg: list[_Line], width: int) -> list[_Line]:
    """The last row's lines up to its first ``width`` figure lines after a line of words (what follows the table with
    no blank line before it, a page number or the next heading, is no part of it); ``seg`` when there are none."""
    if width == 0:
        return seg
    run = 0
    for i, ln in enumerate(seg):
        if _figure_line(ln.text.strip()):
            run += 1
            if run == width and i + 1 - width >= 1:
                return seg[:i + 1]
        else:
            run = 0
    return seg


def _with_header(body: list[list[Cell]], number_head: _Line, names: list[Cell], group: Cell | None,
                 subs: int) -> list[list[Cell]]:
    """The table's rows, its header first: ``names`` the columns' own headers after the row number's; ``group``
    a header set over the last ``subs`` columns (then two header rows, the other headers standing in both)."""
    if not body:
        return []
    top = [_cell(number_head.text, number_head.start), *names]
    if group is None:
        return [top, *body]
    first = [*top[:len(top) - subs], *([group] * subs)]
    return [first, top, *body]
