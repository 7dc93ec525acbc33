"""Facts from indicator tables ("Biểu chỉ tiêu"): indicator | unit | plan | result | % plan | % prior.

Pure: a :class:`~soket.model.Document` in (its ``tables``), facts out. The header row(s) say
which column is which (``lexicon/table_headers.yaml``); merged and two-level headers are read
through the grid, where a merged cell stands at every position it covers, so a column's header is
the path of distinct cells above it ("Năm 2021 / Kế hoạch", "So sánh (%) / So cùng kỳ").

Per data row, the indicator names the subject and the unit cell scales the figures ("Tỷ đồng" is
VND × 10^9, "Triệu USD" USD × 10^6, "Ha" is "ha"). The plan column gives a ``target``, the result
column an ``amount`` (``estimated`` when its header says "Ước"), or for a "%" row a ``percent``
(``change_pct`` for a growth rate); "% of plan" columns give ``plan_pct``, "so cùng kỳ" columns
``prior_pct``, "tăng, giảm (%)" columns ``change_pct``. Last year's absolute values are skipped.
Each fact's ``raw`` is the cell's text and ``span`` the cell's offsets; ``table`` says where it
sits (``{"index", "row", "column", "header"}``) and ``evidence`` says so for people: "Bảng 1, dòng 5
(Kim ngạch xuất khẩu), cột Năm 2021 / Kế hoạch"; ``evidence_span`` is the table line of the cell.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from soket import rx as re
from soket.extract.bounded import has_any
from soket.extract.numbers import parse_value
from soket.extract.repair import repair
from soket.extract.textutil import phrase_alt, word_alt
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon, LabelsLexicon, TableHeaders, UnitsLexicon
from soket.model import Cell, Document, Fact, Table, TableRef
from soket.text import nfc, norm_phrase

PCT_KINDS = ("plan_pct", "plan_diff_pct", "prior_pct", "change_pct")
VALUE_KINDS = ("target", "amount", "change", *PCT_KINDS)

_CODE_RE = re.compile(r"^\(?[A-Za-z]?\d{0,2}[A-Za-z]?\)?(?:\s*=\s*.*)?$")
_SPACE_RE = re.compile(r"\s+")
_SLASH_RE = re.compile(r"[ \t]*/[ \t]*")
_DIGIT_RE = re.compile(r"\d")
#: the most lines a row's name is wrapped onto below its figures
CONTINUED_ROWS = 3


@dataclass(frozen=True, slots=True)
class Column:
    """What one column of an indicator table holds."""

    index: int
    kind: str | None
    header: str            # its header path, " / " between levels
    estimated: bool = False
    basis: str | None = None
    unit: str = ""         # the unit its header names in brackets: "Sản lượng (tấn)", "Dự toán (triệu đồng)"
    name: str = ""         # its header without that unit: "Sản lượng"
    measure: bool = False  # a quantity named by its header with a unit, no role word: "Diện tích (ha)"


def extract_table_facts(doc: Document) -> list[Fact]:
    """Facts of every indicator table in ``doc``, in table, row, column order."""
    facts: list[Fact] = []
    for table in doc.tables:
        facts.extend(table_facts(table, doc.text))
    return facts


def table_facts(table: Table, text: str = "", *, coming: bool = False) -> list[Fact]:
    """Facts of one table (``text``: the document's text, for the evidence); [] when it is not
    an indicator table. ``coming``: the table stands in a section on the coming period, so that a
    table with no plan column gives its figures as goals ("Chỉ tiêu | ĐVT | Năm 2026")."""
    layout = read_header(table)
    if layout is None:
        return []
    columns, first = layout
    if coming and not any(c.kind == "target" for c in columns):
        columns = [replace(c, kind="target", estimated=False) if c.kind == "amount" and not c.estimated else c
                   for c in columns]
    by_kind = {c.kind: c for c in columns if c.kind}
    subj = by_kind.get("indicator")
    if subj is None or not any(k in by_kind for k in VALUE_KINDS):
        return []
    unit_col = by_kind.get("unit")
    notes = [c for c in columns if c.kind == "note"]
    named = sum(1 for c in columns if c.measure) >= 2  # "Diện tích (ha) | Năng suất (tạ/ha)": the header names it
    captioned = caption_unit(text, table.start)  # "Đơn vị tính: triệu đồng" above it: every cell's unit but its row's own
    listed = caption_units(text, table.start)  # "Đơn vị tính: tỷ đồng, ha, người": one unit per row, none for all
    labels = _row_labels(table, first, subj.index)
    facts: list[Fact] = []
    for r in range(first, len(table.rows)):
        row = table.rows[r]
        if _is_code_row(row):
            continue
        ind = row[subj.index] if subj.index < len(row) else None
        subject = _gloss_dropped(_subject(ind.text)) if ind is not None else ""
        if not subject:
            continue
        subject = " ".join([*_opened_above(table.rows, r, subj.index, first), subject,
                            *_continued(table.rows, r, subj.index)])
        unit_text = row[unit_col.index].text if unit_col is not None and unit_col.index < len(row) else ""
        if unit_col is None:
            subject, unit_text = _unit_in_subject(subject)
        row_unit = parse_unit(unit_text)
        if listed and row_unit[0] is None:
            row_unit = _listed_unit(listed, labels, r, subject)
        counted = _label_counted(subject) if unit_col is None and captioned[0] is None and not unit_text else None
        note = " ".join(norm_phrase(row[c.index].text) for c in notes if c.index < len(row))
        for col in columns:
            if col.kind not in VALUE_KINDS or col.index >= len(row):
                continue
            cell = row[col.index]
            if cell is ind or (unit_col is not None and cell is row[unit_col.index]):
                continue
            unit, mult = row_unit
            if col.kind not in PCT_KINDS and col.unit and (unit is None or col.measure):
                unit, mult = parse_unit(col.unit)  # no unit cell: the column's own, "Dự toán (triệu đồng)"
            elif unit is None and captioned[0] is not None:
                unit, mult = captioned
            if note and not col.estimated and _noted_estimate(note, col, notes, columns):
                col = replace(col, estimated=True)  # "Ghi chú: Năng suất, sản lượng ước"
            own = f"{_lead_lower(col.name)} {_lead_lower(subject)}" if named and col.measure and col.name else subject
            if unit is None and counted and col.kind in _COUNT_KINDS and _WHOLE_CELL.fullmatch(cell.text.strip()):
                unit = counted  # "Kết nạp đảng viên mới | 120 | 86": the row counts the noun its label names
            fact = _cell_fact(text, table, r, col, cell, own, unit, mult)
            if fact is not None:
                facts.append(fact)
    return facts


#: how far above a table its unit line may stand (the title's end, or the line under it)
CAPTION_REACH = 300
#: the lines above a table read for its unit
CAPTION_LINES = 2


def _caption_lines(text: str, start: int) -> list[str]:
    """The lines read for a table's unit: the last :data:`CAPTION_LINES` within :data:`CAPTION_REACH` before
    ``start``; for the second part of a table cut by a page break (its header line repeated, within that reach after
    the first part, a page's foot and head between), those above its first part."""
    lines = [ln for ln in text[max(0, start - CAPTION_REACH):start].split("\n") if ln.strip()][-CAPTION_LINES:]
    if any(_unit_line_re().search(ln) for ln in lines):
        return lines
    begin, nl = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    header = text[begin:nl if nl >= 0 else len(text)]
    if "|" in header and (at := text.rfind(header, max(0, begin - 2 * CAPTION_REACH), begin)) >= 0 \
            and (at == 0 or text[at - 1] == "\n") and begin - at <= 2 * CAPTION_REACH:
        return [ln for ln in text[max(0, at - CAPTION_REACH):at].split("\n") if ln.strip()][-CAPTION_LINES:]
    return lines


def caption_units(text: str, start: int) -> list[tuple[str, Decimal]]:
    """The units a line above a table lists, one for each kind of row ("Đơn vị tính: tỷ đồng, ha, người",
    "(đơn vị: kỳ họp, nghị quyết, cuộc)"): each a known unit; [] when the line gives one unit or none."""
    if not text or start <= 0:
        return []
    for line in reversed(_caption_lines(text, start)):
        if (m := _unit_line_re().search(line)) is None:
            continue
        rest = re.split(r"[():\n|]", line[m.start("unit"):], maxsplit=1)[0]
        parts = [p.strip() for p in re.split(r"[,;]", rest) if p.strip()]
        units = [parse_unit(p) for p in parts]
        known = sum(1 for u, _ in units if u is not None and _known_unit(u))
        # each a unit: a known one, or a short noun beside known ones ("cuộc" after "kỳ họp, nghị quyết")
        if len(units) < 2 or known * 2 < len(units) \
                or any(u is None or len(u.split()) > 3 or not u.replace(" ", "").isalpha() for u, _ in units
                       if not (u and _known_unit(u))):
            return []
        return [(u, mult) for u, mult in units if u is not None]
    return []


def _row_labels(table: Table, first: int, label: int) -> list[tuple[int, str]]:
    """The data rows of a table with their labels, lowercased, in order (for the units a caption lists)."""
    out: list[tuple[int, str]] = []
    for r in range(first, len(table.rows)):
        row = table.rows[r]
        if _is_code_row(row) or label >= len(row):
            continue
        name = norm_phrase(_subject(row[label].text))
        if name and any(_number_like(c.text) for i, c in enumerate(row) if i != label):
            out.append((r, name))
    return out


def _listed_unit(listed: list[tuple[str, Decimal]], labels: list[tuple[int, str]], r: int,
                 subject: str) -> tuple[str | None, Decimal]:
    """The unit of row ``r`` among those its caption lists: the one its label opens with ("Kỳ họp thường lệ" under
    "đơn vị: kỳ họp, nghị quyết, cuộc"); in a table whose rows open with their counted nouns, another row's own
    opening noun ("Phiên chất vấn tại kỳ họp": phiên); else, one unit listed per row, the row's place in the list
    ("Đơn vị tính: tỷ đồng, ha, người" over three rows); (None, 1) when none holds."""
    low = norm_phrase(subject)
    for unit, mult in listed:
        if low == unit or low.startswith(unit + " "):
            return unit, mult
    opening = sum(1 for _, name in labels if any(name == u or name.startswith(u + " ") for u, _ in listed))
    if opening * 2 > len(labels) and (head := low.split(" ", 1)[0]) and head.isalpha():
        return head, Decimal(1)
    if len(labels) == len(listed) and opening == 0:
        for (row, _), pair in zip(labels, listed, strict=True):
            if row == r:
                return pair
    return None, Decimal(1)


def caption_unit(text: str, start: int) -> tuple[str | None, Decimal]:
    """The unit a line just above a table gives all its cells (table_headers.yaml ``unit_lines``): "Đơn vị tính: triệu
    đồng" → ("VND", 10^6), the end of a title "Bảng tổng hợp thu, chi ngân sách (ĐVT: tỷ đồng)" → ("VND", 10^9); one of
    the last two lines within ``CAPTION_REACH`` characters before ``start``; (None, 1) when none names a known unit
    ("Đơn vị: UBND xã" names an office)."""
    if not text or start <= 0:
        return None, Decimal(1)
    if caption_units(text, start):
        return None, Decimal(1)  # several units listed: each row has its own
    for line in reversed(_caption_lines(text, start)):
        if (m := _unit_line_re().search(line)) is not None:
            unit, mult = parse_unit(m.group("unit"))
            if unit is not None and _known_unit(unit):
                return unit, mult
    return None, Decimal(1)


@cache
def _unit_line_re() -> re.Pattern[str]:
    """A unit line's lead, its colon and the unit up to a bracket, a stop or the line's end."""
    return re.compile(rf"(?<!\w)(?:{_longest_first(_lex().unit_lines)})[ \t]*:[ \t]*(?P<unit>[^():;,\n|]{{1,30}})",
                      re.IGNORECASE)


def _continued(rows: list[list[Cell]], r: int, label: int) -> list[str]:
    """The second (third) line of row ``r``'s name, wrapped onto rows of their own whose other cells are all
    empty, in a table copied as text: "1 | Tổng mức bán lẻ hàng hóa và | Tỷ đồng | 168.500" then
    "  | doanh thu dịch vụ |  |". A wrapped line goes on mid-phrase (a lowercase word or a bracket); a row of its own
    naming a group ("Văn hóa - xã hội") opens with a capital."""
    out: list[str] = []
    for nxt in rows[r + 1:r + 1 + CONTINUED_ROWS]:
        cell = nxt[label].text.strip() if label < len(nxt) else ""
        if not cell or not (cell[0].islower() or cell[0] == "(") \
                or any(c.text.strip() for i, c in enumerate(nxt) if i != label):
            break
        out.append(_SPACE_RE.sub(" ", cell))
    return out


def _opened_above(rows: list[list[Cell]], r: int, label: int, first: int) -> list[str]:
    """The first line of row ``r``'s name on a row of its own above it, the figures set on the name's second line
    (a copy that centres a row's figures on its wrapped name): "   | Tổng mức bán lẻ hàng hóa |   |" then
    "1 | và doanh thu dịch vụ | Tỷ đồng | 168.500". Only when row ``r``'s name goes on mid-phrase (a lowercase word)
    and the line above opens a name (a capital; none of its other cells filled, no lead "Trong đó:")."""
    own = rows[r][label].text.strip() if label < len(rows[r]) else ""
    if r - 1 < first or not own[:1].islower():
        return []
    above = rows[r - 1]
    cell = above[label].text.strip() if label < len(above) else ""
    if not cell[:1].isupper() or cell.endswith(":") \
            or any(c.text.strip() for i, c in enumerate(above) if i != label):
        return []
    return [_subject(cell)]


def note_cells(table: Table) -> list[tuple[Cell, str]]:
    """The cells of a table's note column ("Ghi chú") that hold figures, each with its row's subject: the words of
    a note are read as a sentence ("Tăng 120% so cùng kỳ"), about the row."""
    layout = read_header(table)
    if layout is None:
        return []
    columns, first = layout
    subj = next((c for c in columns if c.kind == "indicator"), None)
    notes = [c.index for c in columns if c.kind == "note"]
    out: list[tuple[Cell, str]] = []
    if subj is None or not notes:
        return out
    for row in table.rows[first:]:
        subject = _gloss_dropped(_subject(row[subj.index].text)) if subj.index < len(row) else ""
        for i in notes:
            if subject and i < len(row) and _DIGIT_RE.search(row[i].text):
                out.append((row[i], _unit_in_subject(subject)[0]))
    return out


def _noted_estimate(note: str, col: Column, notes: list[Column], columns: list[Column]) -> bool:
    """A row's note says its figures are estimates ("ước"): those of the columns it names, or all when it names
    none."""
    if not has_any(note, _lex().estimated):
        return False
    names = [norm_phrase(c.name) for c in columns if c.kind in VALUE_KINDS and c.name and c not in notes]
    said = [n for n in names if _has(note, n)]
    return not said or norm_phrase(col.name) in said


def _lead_lower(s: str) -> str:
    """A name's first letter lowered unless the word is an abbreviation ("Năng suất" → "năng suất", "GRDP" kept)."""
    return s[:1].lower() + s[1:] if len(s) > 1 and s[1:2].islower() else s


# ---------------------------------------------------------------------------------------------
# the header


def read_header(table: Table) -> tuple[list[Column], int] | None:
    """The columns of an indicator table and the index of its first data row; None when the
    table has no recognisable header."""
    rows = table.rows
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    nhead = 0
    while nhead < len(rows) and _is_header_row(rows[nhead], rows[nhead - 1] if nhead else None):
        nhead += 1
    if nhead == 0:
        return None
    first = nhead
    while first < len(rows) and _is_code_row(rows[first]):
        first += 1
    lex = _lex()
    columns: list[Column] = []
    for c in range(width):
        path: list[Cell] = []
        for r in range(nhead):
            if c < len(rows[r]) and rows[r][c].text and (not path or rows[r][c] is not path[-1]):
                path.append(rows[r][c])
        texts = [_SPACE_RE.sub(" ", p.text) for p in path]
        header = " / ".join(texts)
        kind = _classify(texts[-1], texts) if texts else None
        if len(texts) > 1 and (lead := group_lead(texts[:-1])):
            kind = _classify(f"{lead} {texts[-1]}", texts) or kind  # "So sánh (%) / KH": "so KH"
        if kind is None and len(texts) > 1:
            kind = _classify(" ".join(texts), texts)
        name, unit = _header_unit(texts[-1]) if texts else ("", "")
        measure = False
        if kind is None and unit:
            kind, measure = "amount", True  # "Diện tích (ha)", "Sản lượng (tấn)": a quantity of each row
        low = norm_phrase(" ".join(texts))
        est = kind in ("amount", *PCT_KINDS) and has_any(low, lex.estimated)
        columns.append(Column(c, kind, header, est, _basis(kind, low), unit, name, measure))
    if not any(c.kind == "indicator" for c in columns):
        # a header that reads as a plan's ("Chỉ tiêu đạt thấp so với tiến độ") over cells of names, no figures: the
        # column names the rows (a plan column holds figures)
        columns = [replace(c, kind=None, measure=False) if c.kind in VALUE_KINDS and _words_column(rows[first:], c.index)
                   else c for c in columns]
    kinds = {c.kind for c in columns}
    if "target" in kinds and "amount" in kinds:  # "Kế hoạch | Thực hiện | Tỷ lệ (%)": the share is of the plan
        columns = [replace(c, kind="plan_pct", measure=False, unit="") if _planned_share(c) else c for c in columns]
    columns = [replace(c, basis=_plan_basis(c, columns)) if c.kind in _PLAN_KINDS else c for c in columns]
    # a percentage column reports on the result column: estimated when the result is
    if any(c.kind == "amount" and c.estimated and not c.measure for c in columns):
        columns = [replace(c, estimated=True) if c.kind in PCT_KINDS else c for c in columns]
    if sum(1 for c in columns if c.kind == "indicator") == 0:
        label = _label_column(rows[first:], columns)
        if label is not None:
            columns[label] = replace(columns[label], kind="indicator")
    if sum(1 for c in columns if c.kind == "indicator") != 1:
        return None
    return columns, first


def group_lead(parents: list[str]) -> str:
    """The word a comparison group's header lends each of its columns' own headers ("So sánh (%)" over "KH" and
    "CK" reads "so KH", "so CK": table_headers.yaml ``comparison_groups``); "" under any other header."""
    for text in parents:
        low = norm_phrase(text).strip(" :.*")
        for group, lead in _lex().comparison_groups.items():
            if low == group or low.startswith((group + " ", group + "(")):
                return lead
    return ""


def _planned_share(col: Column) -> bool:
    """A share column beside a plan and a result: "Tỷ lệ (%)", "Đạt (%)", "%", "Tỷ lệ %", "% đạt"."""
    if col.kind is not None and not (col.measure and col.unit == "%"):
        return False
    words = norm_phrase(col.header.replace("%", " ")).strip(" ()/:")
    return words in _lex().planned_shares or (not words and "%" in col.header)


def _label_column(body: list[list[Cell]], columns: list[Column]) -> int | None:
    """A table whose first column's header is no indicator word ("Cây trồng", "Đơn vị"): the first unnamed column
    before the figures whose cells are words in most rows names the rows."""
    values = [c.index for c in columns if c.kind in VALUE_KINDS]
    if not values or not body:
        return None
    for col in columns:
        if col.index >= min(values):
            return None
        if col.kind is not None:
            continue
        if _words_column(body, col.index):
            return col.index
    return None


def _words_column(body: list[list[Cell]], index: int) -> bool:
    """The cells of column ``index`` are words (no figure, some letter) in most rows of ``body``."""
    cells = [r[index].text for r in body if index < len(r) and r[index].text.strip()]
    words = [t for t in cells if not _number_like(t) and any(ch.isalpha() for ch in t)]
    return len(words) * 2 > len(body)


_HEADER_UNIT = re.compile(r"\(([^()]{1,24})\)\s*$")


def _header_unit(text: str) -> tuple[str, str]:
    """A header's name and the unit it gives in brackets at its end: "Sản lượng (tấn)" → ("Sản lượng", "tấn"),
    "Năng suất (tạ/ha)" → ("Năng suất", "tạ/ha"); ("…", "") when the brackets hold no known unit."""
    t = _SPACE_RE.sub(" ", text).strip()
    m = _HEADER_UNIT.search(t)
    if m is None:
        if (pct := _PCT_INSIDE.search(t)) is not None:
            return t[:pct.start()].strip(), "%"  # "Tỷ lệ (%) so với tổng số đại biểu": a share of each row
        return t, _counted(t)
    unit, _ = parse_unit(m.group(1))
    if unit is None or not _known_unit(unit):
        return t, ""
    return t[: m.start()].strip(), m.group(1).strip()


#: "(%)" inside a header, words after it ("Tỷ lệ (%) so với tổng số đại biểu")
_PCT_INSIDE = re.compile(r"\([ \t]*%[ \t]*\)")


def _counted(header: str) -> str:
    """The counted noun a header names after a count's lead ("Số đại biểu tán thành/có mặt" → "đại biểu": table_headers'
    ``count_leads``, units' ``counted_nouns``); "" for any other header."""
    low = norm_phrase(header)
    for lead in _lex().count_leads:
        if low.startswith(lead + " "):
            rest = low[len(lead) + 1:]
            nouns = [n for n in _units().counted_nouns if rest == n or rest.startswith((n + " ", n + "/"))]
            if nouns:
                return max(nouns, key=len)
    return ""


#: the column kinds whose bare whole numbers count a row's noun; a bare whole number
_COUNT_KINDS = frozenset({"amount", "target"})
_WHOLE_CELL = re.compile(r"\d{1,3}(?:\.\d{3})*")


def _label_counted(label: str) -> str | None:
    """The counted noun (units' ``counted_nouns``) a row's label names, the first, the longest there: "Kết nạp đảng
    viên mới" → "đảng viên", "Kiểm tra tổ chức đảng có dấu hiệu vi phạm" → "tổ chức đảng"; None for a label that
    opens as a share does (table_headers' ``percent_leads``: "Tỷ lệ ...") or names no counted noun."""
    low = norm_phrase(label)
    if low.startswith(tuple(_lex().percent_leads)):
        return None
    m = _counted_re().search(low)
    return m.group(1) if m else None


@cache
def _counted_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({phrase_alt(_units().counted_nouns)})(?!\w)")


def _known_unit(unit: str) -> bool:
    units = _units()
    return unit in ("VND", "USD", "%") or unit in units.measures.values() or unit in _lex().units.values() \
        or unit in units.abbreviations.values() or unit in units.counted_nouns


def _is_header_row(row: list[Cell], above: list[Cell] | None) -> bool:
    """A header row has no figure, and some cell of its own that reads as a column header."""
    own = [c for i, c in enumerate(row) if c.text and (above is None or i >= len(above) or c is not above[i])]
    if not own or any(_number_like(c.text) or unit_cell(c.text) is not None for c in own):
        return False  # a figure, bare or with its own unit ("86 triệu đồng"), makes a data row
    return any(_classify(c.text, [c.text]) is not None or _header_unit(c.text)[1] for c in own)


def _is_code_row(row: list[Cell]) -> bool:
    """The column-numbering row under a header: "A | B | C | 1 | 2 | 3=2/1 | 4"."""
    texts = [c.text for c in row if c.text]
    return len(texts) >= 2 and all(len(t) <= 12 and _CODE_RE.match(t) for t in texts) and \
        not any(len(t) > 2 and t.isalpha() for t in texts)


def _classify(text: str, path: list[str]) -> str | None:
    # a header's typo is read as a sentence's ("tự toán"); a ratio's slash with or without spaces ("ƯTH/ KH")
    t = _SLASH_RE.sub("/", norm_phrase(repair(text).text)).strip(" :.*")
    full = norm_phrase(repair(" ".join(path)).text)
    for rule in _lex().columns:
        hit = (t in rule.exact
               or any(t.startswith(p) for p in rule.prefix)
               or has_any(t, rule.contains))
        if not hit:
            continue
        if rule.percent and not ("%" in full or t.startswith(tuple(_lex().percent_leads))):
            continue
        return rule.kind
    return None


_PLAN_KINDS = ("plan_pct", "plan_diff_pct")


def _basis(kind: str | None, low: str) -> str | None:
    """A comparison column's basis from its header's words (a plan column's: :func:`_plan_basis`)."""
    lex = _lex()
    if kind in ("prior_pct", "change_pct", "change"):
        found = next((b for p, b in lex.comparison_bases.items() if _has(low, p)), None)
        if found is None and (year := _compared_year().search(low)) is not None:
            found = " ".join(year.group().split()[-2:])  # "So với năm 2024 (%)": the year named, "năm 2024"
        return found or (lex.default_prior_basis if kind == "prior_pct" else None)
    return None


@cache
def _plan_word_re() -> re.Pattern[str]:
    """A plan's word in a header as written ("KH", "Dự toán": table_headers.yaml ``plan_words``)."""
    return re.compile(rf"(?<!\w)(?:{_longest_first(_lex().plan_words)})(?!\w)", re.IGNORECASE)


def _longest_first(words: list[str]) -> str:
    """A regex alternation of ``words`` as written, longest first (nothing matched for no word)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _leaf(col: Column) -> str:
    """The column's own header, the last level of a header of several rows ("Năm 2026 / % KH": "% KH")."""
    return col.header.rsplit(" / ", 1)[-1]


def _plan_basis(col: Column, columns: list[Column]) -> str:
    """The plan a % -of-plan column is taken of, as written: the header of the table's plan column ("KH 2026 | Ước
    TH 9T | % KH": "KH 2026"), the one the percentage's words name where there are several, else the nearest one
    before it; with no plan column, the percentage column's own words from its first plan word on ("So KH năm (%)":
    "KH năm"); else the lexicon's default."""
    leaf = _leaf(col)
    m = _plan_word_re().search(leaf)
    own = _SPACE_RE.sub(" ", leaf[m.start():].replace("%", " ")).strip(" ()/:") if m else ""
    plans = [c for c in columns if c.kind == "target"]
    if plans:
        own_low = norm_phrase(own)
        named = [c for c in plans if own and own_low in norm_phrase(c.header)]
        before = [c for c in plans if c.index < col.index]
        plan = (named or before[-1:] or plans)[0]
        plan_head = plan.name or _leaf(plan)  # its unit in brackets dropped: "Dự toán năm 2026 (triệu đồng)"
        return plan_head if _classify(plan_head, [plan_head]) == "target" else plan.header.replace(" / ", " ")
    return own or _lex().default_plan_basis


# ---------------------------------------------------------------------------------------------
# a data cell


def _cell_fact(text: str, table: Table, r: int, col: Column, cell: Cell, subject: str,
               unit: str | None, mult: Decimal) -> Fact | None:
    of: float | None = None
    frac = _FRACTION_CELL.fullmatch(cell.text.strip())
    if frac is not None and unit and unit != "%" and (col.kind or "amount") == "amount":
        parsed: tuple[float | None, str | None, bool] | None = (float(frac.group(1)), None, False)
        of = float(frac.group(2))  # "33/33" in a count column: 33 of 33
    else:
        parsed = parse_cell(cell.text)
    if parsed is None and unit is None and (own := unit_cell(cell.text)) is not None:
        parsed, (unit, mult) = own[0], own[1:]  # "86 triệu đồng", "7,5 - 8%": a figure that writes its own unit
    if parsed is None:
        return None
    value, qualifier, pct_sign = parsed
    role = col.kind or "amount"
    basis = col.basis
    if role in PCT_KINDS:
        out_unit: str | None = "%"
    elif unit == "%" or (pct_sign and unit is None):
        out_unit = "%"
        if role == "amount":
            role = "change_pct" if _growth(subject) else "percent"
            basis = None
    else:
        out_unit = unit
        if value is not None and mult != 1:
            value = float(Decimal(repr(value)) * mult)
    if role == "target":
        basis = None
    header = col.header
    label = get(LabelsLexicon).record_notes["table_cell"].vi.format(table=table.index + 1, row=r + 1, subject=subject,
                                                                     header=header)
    ev_start, ev_end = _row_line(text, cell)
    return Fact(
        subject=subject, value=value, unit=out_unit, role=role, raw=cell.text, span=(cell.start, cell.end),
        evidence=label, evidence_span=(ev_start, ev_end), qualifier=qualifier,
        estimated=col.estimated and role != "target", basis=basis, malformed=value is None, of=of,
        origin="table",
        table=TableRef(index=table.index, row=r, column=col.index, header=header),
    )


def _row_line(text: str, cell: Cell) -> tuple[int, int]:
    """The table line the cell is on: the fact's evidence span (its evidence names the cell)."""
    if not text:
        return cell.start, cell.end
    start = text.rfind("\n", 0, cell.start) + 1
    end = text.find("\n", cell.end)
    return start, len(text) if end < 0 else end


#: a count of a whole in a cell: "33/33", "31 / 33"
_FRACTION_CELL = re.compile(r"(\d{1,6})[ \t]*/[ \t]*(\d{1,6})")

_CELL_RE = re.compile(
    r"^(?P<q>[^\d\s+\-−–(]*?)\s*"          # a qualifier: "trên", "≥", "khoảng"
    r"(?P<sign>[+\-−–])?\s*"                 # a sign
    r"(?P<num>\d[\d.,]*)\s*"                 # the number
    r"(?P<pct>%)?\s*$")


def parse_cell(text: str) -> tuple[float | None, str | None, bool] | None:
    """A figure cell: (value, qualifier, had a % sign); None when the cell holds no figure.
    A malformed number ("60,6,2") gives value None."""
    t = nfc(text).strip().rstrip("*").strip()
    m = _CELL_RE.match(t)
    if m is None:
        return None
    q = m.group("q").strip().lower()
    qualifier = None
    if q:
        qualifier = _lex().qualifiers.get(q)
        if qualifier is None:
            return None
    num = m.group("num").rstrip(".,")
    value = _number(num)
    if value is not None and m.group("sign") in ("-", "−", "–"):
        value = -value
    return value, qualifier, bool(m.group("pct"))


#: a figure cell that writes its unit after its number, a range read by its floor: "86 triệu đồng", "3.000 đảng
#: viên", "7,5 - 8%" (annotating.md: a range is read by its lower bound)
_UNIT_CELL_RE = re.compile(
    r"^(?P<q>[^\d\s+\-−–(]*?)[ \t]*(?P<num>\d[\d.,]*)(?:[ \t]*[-–][ \t]*\d[\d.,]*)?[ \t]*"
    r"(?P<unit>%|[^\W\d_][^\d()/|%]{0,30})$")


def unit_cell(text: str) -> tuple[tuple[float | None, str | None, bool], str, Decimal] | None:
    """A figure cell with its own unit ("86 triệu đồng" → ((86.0, None, False), "VND", 10^6), "7,5 - 8%" → ((7.5,
    None, True), "%", 1)): the figure as :func:`parse_cell` gives it, the unit and its multiplier; None when the cell
    holds no figure with a known unit (a time, "6 tháng đầu năm", names none)."""
    t = _SPACE_RE.sub(" ", nfc(text)).strip().rstrip("*").strip()
    m = _UNIT_CELL_RE.match(t)
    if m is None:
        return None
    q = m.group("q").strip().lower()
    qualifier = _lex().qualifiers.get(q) if q else None
    if q and qualifier is None:
        return None
    unit, mult = ("%", Decimal(1)) if m.group("unit") == "%" else parse_unit(m.group("unit"))
    if unit is None or not _known_unit(unit):
        return None
    figure: tuple[float | None, str | None, bool] = (_number(m.group("num").rstrip(".,")), qualifier, unit == "%")
    return figure, unit, mult


def _number(s: str) -> float | None:
    return parse_value(s)


def _local_number(s: str) -> float | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        try:
            return float(Decimal(s.replace(".", "").replace(",", ".")))
        except InvalidOperation:
            return None
    return None


# ---------------------------------------------------------------------------------------------
# units and subjects


def parse_unit(text: str) -> tuple[str | None, Decimal]:
    """A unit cell → (unit as stored, multiplier): "Tỷ đồng" → ("VND", 10^9), "Ha" → ("ha", 1),
    "Triệu đồng/người/năm" → ("VND", 10^6), "DN" → ("doanh nghiệp", 1), "" → (None, 1)."""
    s = norm_phrase(text).strip(" .:()")
    if not s:
        return None, Decimal(1)
    own = _lex().units
    if s in own:
        return own[s], Decimal(1)
    units = _units()
    head = re.sub(r"\s*/\s*", "/", s).split("/")[0].strip()
    money = _money(head, units)
    if money is not None:
        return money
    if s in units.measures:
        return units.measures[s], Decimal(1)
    if s in units.abbreviations:
        return units.abbreviations[s], Decimal(1)
    if head != s and head in units.measures:
        return units.measures[head], Decimal(1)  # a rate keeps its measure: "tạ/ha" → "tạ", "kg/người/năm" → "kg"
    for scale in _scales_longest_first():
        if s.startswith(scale + " ") and (rest := s[len(scale):].strip()):
            unit, mult = parse_unit(rest)  # a scale before a measure or a counted noun, as a sentence reads it:
            return unit, mult * Decimal(units.scales[scale])  # "Nghìn lượt" → lượt × 1000, "Nghìn tấn" → tấn × 1000
    return re.sub(r"\s*/\s*", "/", s), Decimal(1)


def unit_like(text: str) -> bool:
    """A cell that reads as a unit: a known one ("Tỷ đồng", "Ha", "%", "Lao động"), or a short name that opens with a
    capital and holds no figure ("Suất", "Lượt khách"); a wrapped name's second line ("doanh thu dịch vụ") is none."""
    t = _SPACE_RE.sub(" ", text).strip()
    if not t or _DIGIT_RE.search(t) or len(t) > 24:
        return False
    unit, _ = parse_unit(t)
    if unit is not None and _known_unit(unit):
        return True
    return t[0].isupper() and len(t.split()) <= 3


def _money(s: str, units: UnitsLexicon) -> tuple[str, Decimal] | None:
    currencies = units.currencies
    scales = units.scales
    for cur in sorted(currencies, key=len, reverse=True):
        if s == cur or s.endswith(" " + cur):
            rest = s[: len(s) - len(cur)].strip()
            if not rest:
                return currencies[cur], Decimal(1)
            if rest in scales:
                return currencies[cur], Decimal(scales[rest])
            n = _local_number(rest)
            if n is not None and n > 0:
                return currencies[cur], Decimal(repr(n))
            return None
    return None


def _subject(text: str) -> str:
    s = _SPACE_RE.sub(" ", text).strip()
    changed = True
    while changed and s:
        changed = False
        for p in _lex().subject_prefixes:
            if s.lower().startswith(p):
                s = s[len(p):].strip()
                changed = True
    s = re.sub(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+", "", s)
    return s.strip(" :;,")


_UNIT_IN_NAME = re.compile(r"\s*\(([^()]{1,30})\)\s*$")


_GLOSS = re.compile(r"[ \t]*\(([^()\n]+)\)[ \t]*$")
#: a list inside a bracket: its parts apart by a comma, a semicolon or "và"
#: the fewest words of a row label's closing bracket that lists what the row comprises ("Thu thuế (thuế sử dụng đất
#: phi nông nghiệp, thuế hộ kinh doanh)")
GLOSS_WORDS = 3


@cache
def _listed() -> re.Pattern[str]:
    """A list inside a bracket: its parts apart by a comma, a semicolon or a join (roles.work_joins: "và")."""
    return re.compile(rf"[,;]|{word_alt(get(CuesLexicon).roles.work_joins)}(?!\w)")


def _gloss_dropped(label: str) -> str:
    """A row's label without the bracket that closes it listing the row's parts (as the prose's "(gồm ...)" is no part
    of a subject): the row measures what the words before the bracket name. A bracket of one remark ("(giá so sánh
    2010)", "(theo chuẩn nghèo đa chiều)") or a unit ("(tỷ đồng)", read for the unit) stays."""
    m = _GLOSS.search(label)
    if m is None or len(m.group(1).split()) < GLOSS_WORDS or not _listed().search(m.group(1)) \
            or not label[:m.start()].strip() or _is_unit(m.group(1)):
        return label
    return label[:m.start()].rstrip()


def _is_unit(text: str) -> bool:
    unit, _ = parse_unit(text)
    return unit in ("VND", "USD", "%") or unit in _units().measures.values()


def _unit_in_subject(subject: str) -> tuple[str, str]:
    """No unit column: "Thu ngân sách (tỷ đồng)" → ("Thu ngân sách", "tỷ đồng")."""
    m = _UNIT_IN_NAME.search(subject)
    if m and (_is_unit(m.group(1)) or parse_unit(m.group(1))[0] in _units().counted_nouns):  # "(đảng viên)"
        return subject[: m.start()].strip(), m.group(1)
    return subject, ""


def _growth(subject: str) -> bool:
    low = norm_phrase(subject)
    return has_any(low, _lex().growth_subjects)


def _has(text: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def _number_like(text: str) -> bool:
    t = text.strip()
    return parse_cell(t) is not None and not re.fullmatch(r"(?:19|20)\d\d", t)


@cache
def _compared_year() -> re.Pattern[str]:
    """The year a comparison column names ("so với năm 2024"): table_headers.yaml ``comparison_years``, then the year."""
    return re.compile(rf"(?<!\w)(?:{_longest_first(_lex().comparison_years)}) (?:19|20)\d\d(?!\d)")


@cache
def _lex() -> TableHeaders:
    return get(TableHeaders)


def _units() -> UnitsLexicon:
    return get(UnitsLexicon)


@cache
def _scales_longest_first() -> tuple[str, ...]:
    """The scale words of units.yaml ("nghìn", "triệu"), longest first: the one a unit cell opens with."""
    return tuple(sorted(_units().scales, key=len, reverse=True))
