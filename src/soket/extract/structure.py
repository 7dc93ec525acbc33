"""The parts of an official document: who issued it, its number, place and date, its type and
title with the period under review, and its numbered sections.

Pure: text in (``Document.text`` of a .docx/.pdf/.txt), an :class:`OfficialHeader` or None out.
It reads the header block as the readers write it, one line per paragraph ("UBND HUYỆN LẬP
THẠCH", "Số: 215/BC-UBND", "Lập Thạch, ngày 18 tháng 6 năm 2021"), and also when columns were
run together on one line ("UBND HUYỆN X CỘNG HÒA XÃ HỘI ..."). Phrases are in
``lexicon/report_structure.yaml``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

from soket import rx as re
from soket.extract.bounded import bounded_re
from soket.extract.textutil import NOTHING, YEAR
from soket.lexicon import get
from soket.lexicon.schema import BodiesLexicon, PeriodsLexicon, ReportStructure
from soket.text import new_spelling

HEAD_CHARS = 4000   # the header block and title sit in the first characters


@dataclass(slots=True)
class Section:
    """A numbered part of the document: "I.", "1.", "a)", "Điều 1.", "Phần thứ nhất"."""

    number: str
    level: int            # 0 part/article, 1 roman, 2 arabic, 3 dotted (1.1), 4 letter
    title: str
    kind: str             # results | limitations | tasks | other
    start: int            # [start, end) in the text: the heading line to the next section at its level
    end: int


@dataclass(slots=True)
class OfficialHeader:
    body: str | None = None
    body_type: str | None = None          # a meeting body kind: peoples_committee | peoples_council | executive_committee | other
    parent_body: str | None = None        # "ĐẢNG BỘ TỈNH BẮC GIANG" above "HUYỆN ỦY LẠNG GIANG"
    locality: str | None = None           # "Lập Thạch" (from the body, spelt as the place line has it)
    locality_kind: str | None = None      # "huyện", "xã", ...
    number: str | None = None             # "215/BC-UBND"
    number_span: tuple[int, int] | None = None
    place: str | None = None
    date: str | None = None               # ISO; "YYYY-MM" when the day is left blank
    date_span: tuple[int, int] | None = None
    doc_type: str | None = None           # "BÁO CÁO", "NGHỊ QUYẾT"
    title: str | None = None
    title_span: tuple[int, int] | None = None
    year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    period_label: str | None = None       # "6 tháng đầu năm 2021"
    sections: list[Section] = field(default_factory=list)
    signed_for: str | None = None         # the kind of body it is signed on behalf of: "T/M BAN THƯỜNG VỤ"


@dataclass(slots=True)
class _Line:
    text: str
    start: int
    row: int = 0  # the line's number in the text (blank lines counted)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def parse_official(text: str) -> OfficialHeader | None:
    """The header and sections of an official document; None when ``text`` does not read as one."""
    lines = _lines(text)
    h = OfficialHeader()
    type_i = _doc_type_line(lines)
    head_end = lines[type_i].start if type_i is not None else min(len(text), HEAD_CHARS)
    head = [ln for ln in lines if ln.start < head_end]
    _number(text[:head_end] if type_i is not None else text[:HEAD_CHARS], h)
    _date(text[:HEAD_CHARS], h)
    _bodies(head, h)
    body_from = 0
    if type_i is not None:
        body_from = _title(lines, type_i, h)
    found = sum(x is not None for x in (h.body, h.number, h.date, h.doc_type))
    if found < 2:
        return None
    _period(h)
    h.sections = _sections(text, [ln for ln in lines if ln.start >= body_from])
    h.signed_for = _signed_for(lines)
    return h


def _signed_for(lines: list[_Line]) -> str | None:
    """The kind of body (bodies.yaml ``kinds``) the document is signed on behalf of: the signature block's mark and
    the body in capitals ("T/M BAN THƯỜNG VỤ", "TM. BAN CHẤP HÀNH") on a line after the last list of recipients, or
    run onto its lines by a copy that reads the columns across ("Nơi nhận: T/M BAN THƯỜNG VỤ"); None without one."""
    cues = tuple(_lex().end_cues)
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].text.startswith(cues)), None)
    if last is None:
        return None
    for ln in lines[last:last + SIGNED_FOR_LINES]:
        m = _signed_for_re().search(ln.text)
        if m is None or not m.group("body").isupper():
            continue
        body = new_spelling(m.group("body").lower())
        for kind, words in get(BodiesLexicon).kinds.items():
            if any(body == w or body.startswith(w + " ") for w in words):
                return kind
    return None


#: the lines from the recipients' cue on read for the signature block's mark
SIGNED_FOR_LINES = 8


@cache
def _signed_for_re() -> re.Pattern[str]:
    """The mark (report_structure.yaml ``signed_for``) and the body's name after it, to the line's end."""
    marks = "|".join(re.escape(m) for m in sorted(_lex().signed_for, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{marks})(?!\w)[ \t]*(?P<body>[^\W\d_][^\n:;()]{{1,40}})$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# lines


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for row, raw in enumerate(text.split("\n")):
        s = raw.strip()
        if s:
            out.append(_Line(s, pos + raw.index(s), row))
        pos += len(raw) + 1
    return out


def _doc_type_line(lines: list[_Line]) -> int | None:
    types = _lex().doc_types
    opens = tuple(types)
    for i, ln in enumerate(lines):
        if ln.start > HEAD_CHARS:
            break
        if ln.text.startswith("|") or not ln.text.startswith(opens):
            continue  # (each test below asks the line to open with a type)
        for t in types:
            if ln.text == t or (ln.text.startswith(t + " ") and not ln.text[len(t) + 1:len(t) + 2].islower()
                                and ln.text[len(t):].strip().isupper()):
                return i
    return None


# ---------------------------------------------------------------------------------------------
# number, date, body


def _number(head: str, h: OfficialHeader) -> None:
    rx = _patterns()
    m = rx.number.search(head) if any(w in head for w in _lex().words.number) else None
    if m:
        num = re.sub(r"\s+", "", m.group("num")).rstrip(".-/")
        h.number = num
        h.number_span = (m.start("num"), m.start("num") + len(m.group("num").rstrip(".-/")))


def _date(head: str, h: OfficialHeader) -> None:
    for m in _patterns().date.finditer(head):
        line_start = max(head.rfind("\n", 0, m.start()), head.rfind("|", 0, m.start())) + 1
        place = _trailing_capitalised(head[line_start:m.start()])
        if not place:
            continue
        y, mo, d = int(m.group("y")), m.group("m"), m.group("d")
        if (mo and not 1 <= int(mo) <= 12) or (d and not 1 <= int(d) <= 31):
            continue
        h.place = place
        h.date = f"{y:04d}-{int(mo):02d}-{int(d):02d}" if mo and d else f"{y:04d}-{int(mo):02d}" if mo else f"{y:04d}"
        seg = head[line_start:m.start()].rstrip()
        h.date_span = (line_start + len(seg) - len(place), m.end())
        return


def _trailing_capitalised(s: str) -> str | None:
    words = s.strip().split()
    out: list[str] = []
    if len(words) >= 2 and words[-1].isdigit() and len(words[-1]) <= 2 and words[-2][:1].isupper():
        out.append(words.pop())  # a numbered district or ward: "Quận 11, ngày 26 tháng 12 năm 2011"
    for w in reversed(words):
        if len(out) >= 6 or not (w[0].isupper() and (w[:2] != w[:2].upper() or len(w) <= 3 or w.endswith("."))):
            break
        out.append(w)
    return " ".join(reversed(out)) or None


def _bodies(head: list[_Line], h: OfficialHeader) -> None:
    lex = _lex()
    organs = sorted(lex.bodies, key=len, reverse=True)
    units = sorted(lex.unit_words, key=len, reverse=True)
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(head):
        if _cased_before_cut(head[i].text):
            i += 1
            continue  # a small letter before any cut: no body (the same answer as the test below, on a prefix)
        s = _cut(head[i].text)
        if s != s.upper():  # an issuing body is written in capitals
            i += 1
            continue
        key = new_spelling(s)  # lexicon phrases are in the new tone placement and spelling; same length
        organ = next((o for o in organs if key == o or key.startswith(o + " ")), None)
        if organ is None:
            i += 1
            continue
        if key == organ and i + 1 < len(head):  # ("UỶ BAN NHÂN DÂN" in the old tone placement: the organ alone too)
            nxt = _cut(head[i + 1].text)
            if nxt == nxt.upper() and any(new_spelling(nxt).startswith(u + " ") for u in units):
                s = f"{s} {nxt}"
                i += 1
        found.append((s, lex.bodies[organ]))
        i += 1
    if not found:
        return
    h.body, h.body_type = found[-1]
    if len(found) > 1:
        h.parent_body = found[-2][0]
    body = new_spelling(h.body)
    organ = next(o for o in organs if body == o or body.startswith(o + " "))
    rest = h.body[len(organ):].strip()
    kind: str | None = _organ_units().get(organ)
    name = rest
    for u in units:
        if rest.startswith(u + " "):
            kind, name = lex.unit_kinds.get(u, u.rstrip(".").lower()), rest[len(u):].strip()
            break
    if kind and name:
        h.locality_kind = kind
        h.locality = h.place if h.place and h.place.upper() == name.upper() else name.title()


#: a Latin letter that changes in capitals (Vietnamese's among them; a subset of those for which ``c.upper() != c``:
#: a letter missed here only leaves the full test to decide)
_SMALL = re.compile("[" + "".join(re.escape(chr(c)) for c in [*range(0x250), *range(0x1E00, 0x1F00)]
                                  if chr(c).upper() != chr(c)) + "]")


def _cased_before_cut(line: str) -> bool:
    """``_cut(line) != _cut(line).upper()`` read on the line's opening only: a small letter stands before the first
    cut phrase (the cut then keeps it). False where that cannot be told so (the full test decides)."""
    m = _SMALL.search(line)
    if m is None:
        return False
    p = m.start()
    cuts, longest = _cut_phrases()
    w = p + longest
    while w < len(line) and not line[w].isspace():
        w += 1  # a word boundary: the respelling of the prefix is the prefix of the respelling
    key = new_spelling(line[:w])
    for c in cuts:
        if 0 < key.find(c) <= p:
            return False
    return True


@cache
def _cut_phrases() -> tuple[tuple[str, ...], int]:
    """The cut phrases and the longest one's length."""
    cuts = tuple(_lex().cut_at)
    return cuts, max(map(len, cuts), default=0)


def _cut(s: str) -> str:
    key = new_spelling(s)
    cuts = [i for c in _lex().cut_at if (i := key.find(c)) > 0]
    # the left column's words without the gap to the right one, spaces, a '|' or tabs ("ỦY BAN NHÂN DÂN\t\tCỘNG HÒA")
    return s[: min(cuts)].strip(" \t|") if cuts else s.strip(" \t|")


# ---------------------------------------------------------------------------------------------
# title and period


#: the most rows from one line of the title to the next (two blank lines between)
TITLE_GAP_ROWS = 3


def _title(lines: list[_Line], i: int, h: OfficialHeader) -> int:
    """Title from the type line on; returns where the body starts."""
    lex = _lex()
    t = lines[i].text
    dtype = next(x for x in lex.doc_types if t.startswith(x))
    h.doc_type = dtype
    rest = t[len(dtype):].strip()
    parts: list[_Line] = []
    if rest:
        parts.append(_Line(rest, lines[i].start + t.index(rest, len(dtype)), lines[i].row))
    j = i + 1
    # the title's lines follow the type line with at most TITLE_GAP_ROWS - 1 blank lines between (a text copy of a
    # printed report centres them with spaces: the gap is counted in lines, not characters)
    while j < len(lines) and len(parts) < 3 and lines[j].row - (parts[-1].row if parts else lines[i].row) <= TITLE_GAP_ROWS:
        s = lines[j].text
        if s.startswith("|") or s.startswith(tuple(lex.title_stops)) or s.startswith("(") or \
                re.match(r"^[-_*=.]{3,}$", s) or new_spelling(s) in lex.mottos:
            if s.startswith("(") or re.match(r"^[-_*=.]{3,}$", s):
                j += 1
                continue
            break
        if parts and not (s[0].islower() or (_period_in(s) and len(s) < 80)):
            break
        parts.append(lines[j])
        j += 1
    if parts:
        h.title = " ".join(p.text for p in parts)
        h.title_span = (parts[0].start, parts[-1].end)
        return parts[-1].end
    return lines[i].end


def _period_in(s: str) -> bool:
    return _patterns().period.search(new_spelling(s)) is not None


def _period(h: OfficialHeader) -> None:
    if not h.title:
        return
    lex = _lex()
    title = new_spelling(unicodedata.normalize("NFC", h.title))  # "quí II" read as the lexicon's "quý II"
    rx = _patterns()
    m = rx.period.search(title)
    if m is None:
        return
    after = title[m.end():]
    ym = rx.year_after.match(after)
    year = int(ym.group(1)) if ym else None
    label_end = m.end() + (ym.end() if ym else 0)
    if m.group("y"):
        start, end, year = 1, 12, int(m.group("y"))
    elif m.group("half"):
        key = re.sub(r"\s+", " ", m.group("half").lower())
        start, end = lex.halves.get(key, [1, 6])
    elif m.group("n"):
        n_txt = m.group("n").lower()
        n = int(n_txt) if n_txt.isdigit() else lex.months_words.get(n_txt)
        if not n or not 1 <= n <= 12:
            return
        start, end = 1, n
    elif m.group("q"):
        start, end = lex.quarters[m.group("q").upper()]
        if (run := _running_joined(title, m.end(), end)) is not None:  # "quý II và 6 tháng đầu năm": from January
            start, m, after = 1, run, title[run.end():]
            ym = rx.year_after.match(after)
            year = int(ym.group(1)) if ym else None
            label_end = m.end() + (ym.end() if ym else 0)
    else:
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            return
        start, end = mo, mo
        if (run := _running_joined(title, m.end(), end)) is not None:  # "tháng 02 và 2 tháng đầu năm": from January
            start, m, after = 1, run, title[run.end():]
            ym = rx.year_after.match(after)
            year = int(ym.group(1)) if ym else None
            label_end = m.end() + (ym.end() if ym else 0)
    if year is None:
        later = YEAR.search(after)
        year = int(later.group(1)) if later else int(h.date[:4]) if h.date else None
    h.year, h.start_month, h.end_month = year, start, end
    h.period_label = title[m.start():label_end].strip()


@cache
def _quarter_join() -> re.Pattern[str]:
    """What joins a quarter to the running months ending with it (" và ", ", ")."""
    return re.compile(rf"[ \t]*(?:{'|'.join(re.escape(w) for w in get(PeriodsLexicon).quarter_and_running)})[ \t]+")


def _running_joined(title: str, at: int, end: int) -> re.Match[str] | None:
    """The running months joined after a quarter or a month ending at ``at`` that end with its last month ("quý II và
    6 tháng đầu năm", "tháng 02 và 2 tháng đầu năm": periods.yaml's ``quarter_and_running``), else None."""
    j = _quarter_join().match(title, at)
    n = _patterns().period.match(title, j.end()) if j else None
    if n is not None and n.group("half"):
        months = _lex().halves.get(re.sub(r"\s+", " ", n.group("half").lower()), [1, 6])
        return n if (months[0], months[1]) == (1, end) else None
    if n is None or not n.group("n"):
        return None
    txt = n.group("n").lower()
    return n if (int(txt) if txt.isdigit() else _lex().months_words.get(txt)) == end else None


# ---------------------------------------------------------------------------------------------
# sections


_HEADING_RES: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(r"^(?P<num>[IVX]{1,5}[.)])\s*(?=\w)")),
    (3, re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\w)")),
    (2, re.compile(r"^(?P<num>\d{1,2}[.)])\s+(?=[^\W\d])")),
    (4, re.compile(r"^(?P<num>[a-zđ]\))\s*(?=\w)")),
]


def _sections(text: str, lines: list[_Line]) -> list[Section]:
    lex = _lex()
    end_cues = tuple(lex.end_cues)
    stop = len(text)
    heads: list[tuple[int, str, str, _Line]] = []
    for k, ln in enumerate(lines):
        if ln.text.startswith(end_cues):
            stop = ln.start
            break
        if ln.text.startswith("|"):
            continue
        for level, rx in _patterns().headings:
            m = rx.match(ln.text)
            if m:
                title = ln.text[m.end():].strip()
                if not title and level == 0 and k + 1 < len(lines):
                    title = lines[k + 1].text
                heads.append((level, m.group("num").strip(), _short(title), ln))
                break
    out: list[Section] = []
    stack: list[Section] = []
    for idx, (level, num, title, ln) in enumerate(heads):
        end = stop
        for lv2, _, _, ln2 in heads[idx + 1:]:
            if lv2 <= level:
                end = ln2.start
                break
        end = min(end, stop)
        while end > ln.start and text[end - 1].isspace():
            end -= 1
        while stack and stack[-1].level >= level:
            stack.pop()
        kind = _kind(title) or (stack[-1].kind if stack else "other")
        sec = Section(num, level, title, kind, ln.start, max(end, ln.end))
        out.append(sec)
        stack.append(sec)
    return out


def _short(title: str) -> str:
    if len(title) <= 200:
        return title
    cut = title.find(". ", 0, 200)
    return title[: cut + 1] if cut > 0 else title[:200].rsplit(" ", 1)[0]


def _kind(title: str) -> str | None:
    lex = _lex()
    low = unicodedata.normalize("NFC", title).lower()
    words = low.split()
    limit = len(" ".join(words[: lex.cue_within_words]))
    best: tuple[int, str] | None = None
    for kind, cues in lex.section_kinds.items():
        # the first place one of the kind's cues stands (one alternation: its leftmost match is the earliest cue's)
        m = bounded_re(tuple(cues)).search(low)
        if m and m.start() <= limit and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return best[1] if best else None


@cache
def _organ_units() -> dict[str, str]:
    """ "HUYỆN ỦY" → "huyện": the unit a Party committee governs (``bodies.yaml``, upper-cased)."""
    return {k.upper(): v for k, v in get(BodiesLexicon).committee_unit.items()}


@cache
def _lex() -> ReportStructure:
    return get(ReportStructure)


@dataclass(frozen=True, slots=True)
class _Patterns:
    number: re.Pattern[str]    # "Số: 215/BC-UBND"
    date: re.Pattern[str]      # ", ngày 5 tháng 7 năm 2021"
    period: re.Pattern[str]    # the period in a title
    year_after: re.Pattern[str]
    headings: list[tuple[int, re.Pattern[str]]]


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Longest first, so that a word is never cut by a shorter one it starts with; an empty list
    matches nothing."""
    if not words:
        return NOTHING
    return "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True))


@cache
def _patterns() -> _Patterns:
    """The header, period and heading patterns, built once from ``report_structure.yaml``."""
    lex = _lex()
    w = lex.words
    day, month, year = _alt(w.day), _alt(w.month), _alt(w.year)
    period = re.compile(
        rf"(?P<half>{_alt(list(lex.halves))})"
        rf"|(?P<n>\d{{1,2}}|{_alt(list(lex.months_words))}) (?:{month})(?: (?:{_alt(w.first)}))?(?: (?:{year}))?"
        rf"|(?:{_alt(w.quarter)}) (?P<q>{_alt(list(lex.quarters))})"
        rf"|(?:{month}) (?P<m>\d{{1,2}})(?! (?:{_alt(w.school_year)}))"
        rf"|(?:{year}) (?P<y>(?:19|20)\d\d)(?!\s*[-–]\s*(?:19|20)\d\d)", re.I)
    part = _alt([x for p in w.part for x in (p.upper(), p)])
    ordinal = _alt([x for p in w.ordinal for x in (p.upper(), p)])
    level0 = re.compile(rf"^(?P<num>(?:{part})\s+(?:{ordinal})\s+\w+|(?:{part})\s+[IVX]+\b"
                        rf"|(?:{_alt(w.article)})\s+\d+\.?)\s*[.:]?\s*")
    return _Patterns(
        number=re.compile(rf"(?<!\w)(?:{_alt(w.number)})\s*:?\s*"
                          r"(?P<num>\d{1,6}(?:\s*[/-]\s*[\dA-Za-zĐđ.]+)*\s*[/-]\s*[A-ZĐ][\dA-Za-zĐđ./-]*)"),
        date=re.compile(rf",\s*(?:{day})\s*(?P<d>\d{{1,2}})?\s*(?:{month})\s*(?P<m>\d{{1,2}})?\s*(?:{year})\s*(?P<y>\d{{4}})"),
        period=period,
        year_after=re.compile(rf"\s*(?:(?:{year})\s*)?((?:19|20)\d\d)", re.I),
        headings=[(0, level0), *_HEADING_RES],
    )
