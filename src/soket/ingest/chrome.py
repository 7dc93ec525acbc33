"""Find page chrome (ratings, counters, share buttons, captcha, comment boxes, related links).

Chrome stays in the text so offsets hold; its [start, end) ranges are returned so extraction
skips them. The cues and the rules that use them are data: ``lexicon/chrome.yaml`` (its header
explains each rule). Real report sentences are protected three ways: line cues apply to short lines
only, a line with a number followed by a measure word (``fact_units``) is never chrome by a line
cue, and the tail rule stops at long paragraphs.

Cost: one regex search with a literal ``\\n`` prefix finds the candidate lines (fast even on tens of
megabytes), then each candidate is classified; the inline patterns are searched once each.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from soket import rx as re
from soket.lexicon import get
from soket.lexicon.schema import ChromeLexicon
from soket.text import new_spelling

_FLAGS = re.IGNORECASE | re.MULTILINE
_STRIP = " \t\u00a0\u200b\r\f\v"


@dataclass(frozen=True, slots=True)
class _Rules:
    cand: re.Pattern[str]
    line: re.Pattern[str]
    counter_line: re.Pattern[str]
    unit_line: re.Pattern[str]
    block: re.Pattern[str]
    tail: re.Pattern[str]
    facty: re.Pattern[str]
    inline: tuple[re.Pattern[str], ...]
    max_line: int
    short_counter: int
    tail_max: int
    menu: re.Pattern[str]
    menu_sep: re.Pattern[str]
    menu_min: int
    menu_item_max: int
    read_more: re.Pattern[str]
    tabs: re.Pattern[str]
    ticker: re.Pattern[str]
    jump: re.Pattern[str]
    resume: re.Pattern[str]
    issue: re.Pattern[str]
    market: re.Pattern[str]
    market_item: re.Pattern[str]
    market_single: re.Pattern[str]


def _alts(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"


def _first_letter_alts(words: list[str]) -> str:
    """:func:`_alts` of ``words`` grouped by their first character, each group opened by that character and then
    the lookbehind that no word character or hyphen stands before it (``(?<![\\w-])`` before the word): the search
    skips to the characters that open a word, where a lookbehind first is tried at every position."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(rf"{re.escape(c)}(?<![\w-]{re.escape(c)})(?:{'|'.join(re.escape(r) for r in rest)})"
                    for c, rest in groups.items()) or "(?!)"


def _lowered(text: str) -> str:
    """``text`` lowercased, one character for one (offsets hold)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)


def _cue_alts(cues: list[str]) -> str:
    out = []
    for c in sorted(set(cues), key=lambda w: (-len(w), w)):
        if c.endswith("$"):
            out.append(re.escape(c[:-1]) + r"[ \t]*[:>»›]?[ \t]*$")
        else:
            out.append(re.escape(c))
    return "|".join(out) or "(?!)"


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    lex = get(ChromeLexicon)
    labels = _alts(lex.counter_labels)
    det = rf"(?:(?:{_alts(lex.cue_determiners)})[ \t]+)?"  # "Những tin mới hơn": the line cue "Tin mới hơn"
    units = _alts(lex.counter_units)
    blocks = lex.related_headings()
    starts = "|".join(x for x in (
        _alts(lex.read_more_cues), f"{det}(?:{_alts([c.rstrip('$') for c in lex.line_cues])})", labels, _alts(blocks),
        _alts([c.rstrip("$") for c in lex.tail_cues]),
        rf"\(?\d[\d.,]{{0,24}}[ \t]*(?:{units})",
    ) if x != "(?!)")
    number = r"\d[\d.,]{0,24}"
    group = rf"(?:{labels})[ \t]*[:：]?[ \t]*{number}"
    sep = r"(?:[ \t]*[|•·;/,–-][ \t]*|[ \t]+)"
    return _Rules(
        cand=re.compile(rf"\n[{_STRIP}]*(?:{starts})", _FLAGS),
        line=re.compile(rf"{det}(?:{_cue_alts(lex.line_cues)})", _FLAGS),
        counter_line=re.compile(rf"{group}(?:{sep}{group})*[ \t.]*", _FLAGS),
        unit_line=re.compile(rf"\(?{number}[ \t]*(?:{units})\b", _FLAGS),
        block=re.compile(rf"(?:{_alts(blocks)})", _FLAGS),
        tail=re.compile(rf"(?:{_cue_alts(lex.tail_cues + blocks)})", _FLAGS),  # a block cue ends a page too
        facty=re.compile(rf"\d[ \t]*(?:{_alts(lex.fact_units)})(?!\w)", _FLAGS),
        inline=tuple(re.compile(p, re.MULTILINE) for p in lex.inline_patterns),
        max_line=lex.max_line_chars,
        short_counter=lex.short_counter_chars,
        tail_max=lex.tail_max_line_chars,
        # a line of short items joined by bars or dots (a site's navigation bar); it opens with an item, not
        # a bar (a table row "| a | b |" does), and each item holds no bar and no line end, so a match is linear
        # (spaces before a bar belong to the item, those after it to the bar: one way to match each line)
        menu=re.compile(rf"^[{_STRIP}]*[^\s|•·][^\n|•·]{{0,{lex.menu_item_max_chars}}}"
                        rf"(?:[|•·][ \t]*[^\s|•·][^\n|•·]{{0,{lex.menu_item_max_chars}}}){{{lex.menu_min_items - 1},}}$",
                        re.MULTILINE),
        menu_sep=re.compile(r"[ \t]*[|•·][ \t]*"),
        menu_min=lex.menu_min_items,
        menu_item_max=lex.menu_item_max_chars,
        read_more=re.compile(rf"(?:{_alts(lex.read_more_cues)})[ \t]*[:：][ \t]*\S", _FLAGS),
        # "Nổi bật | Mới nhất": a line of a headline box's tab labels only, from the line's start (a search tries
        # the labels at line starts only: unanchored, it tried them at every character of the text)
        tabs=re.compile(rf"^[{_STRIP}]*(?:{_alts(lex.list_tabs)})(?:[ \t]*[|/•·][ \t]*(?:{_alts(lex.list_tabs)}))*[ \t]*", _FLAGS),
        # "Thông báo: <headline> | <headline>": a ticker's label, its colon or bar, then two headlines or more
        # (from a line's end, a literal the search skips to: not tried at every character of a long text)
        ticker=re.compile(rf"(?:\A|\n)[{_STRIP}]*(?:{_alts(lex.ticker_labels)})(?=[ \t]*[|:•·])", _FLAGS),
        jump=_page_line(lex.page_jump_cues),
        resume=_page_line(lex.page_resume_cues),
        issue=re.compile(rf"\d[\d.,]{{0,12}}[ \t]*[-–][ \t]*(?:{_alts(lex.issue_cues)})[ \t]+\d", _FLAGS),
        # a market board's label (the search finds each; its line is then read whole, once) or a temperature, searched
        # in the text lowered (:func:`_lowered`): each label opens on its first letter, the lookbehind after it, so
        # the engine skips to the labels' first letters (ignoring case, or opening on the lookbehind, it tried the
        # whole alternation at every character: 0.3-0.5 s of a 5 MB text)
        market=re.compile(rf"(?:{_first_letter_alts([w.lower() for w in lex.market_labels])})(?!\w)|°[ \t]?c"),
        # an item: its label, a few words ("SJC", "(Vietcombank)", "RON 95-III", ": VN-Index") and its colon, then the quote
        market_item=re.compile(rf"(?:{_alts(lex.market_labels)})(?![\w])[^\n|•·\d]{{0,{MARKET_LABEL_CHARS}}}?"
                               rf"[+\-−]?\d", re.IGNORECASE),
        # an item alone on its line: its label's colon, then the quote
        market_single=re.compile(rf"(?:{_alts(lex.market_labels)})(?![\w])[^\n|•·:\d]{{0,{MARKET_LABEL_CHARS}}}"
                                 rf"[:：][ \t]*[+\-−]?\d", re.IGNORECASE),
    )


def _page_line(cues: list[str]) -> re.Pattern[str]:
    """A line that is a cue and a page's number alone, in brackets or not ("(Xem tiếp trang 2)")."""
    return re.compile(rf"^[{_STRIP}]*\(?[ \t]*(?:{_alts(cues)})[ \t]+\d{{1,3}}[ \t]*\)?[ \t.]*$", _FLAGS)


def button_line(line: str) -> bool:
    """Whether ``line`` alone is a page's line of buttons or links by a line cue ("Chia sẻ: Facebook | Zalo", "In
    bài"): a short line opened by one of the lexicon's ``line_cues``, with no figure of a measure (as
    :func:`find_chrome` reads such a line)."""
    r = _rules()
    line = new_spelling(line.strip(_STRIP))
    return 0 < len(line) <= r.max_line and r.line.match(line) is not None and r.facty.search(line) is None


def ticker_opening(line: str) -> bool:
    """Whether ``line`` opens a ticker a ``ticker_labels`` label names ("Nóng: <headline> | <headline>"): the label
    at its start, then its colon or bar, and a bar or a bullet between two of its headlines (as :func:`_tickers`
    reads the whole line)."""
    line = new_spelling(line.strip(_STRIP))
    return _rules().ticker.match(line) is not None and _TICKER_SEP.search(line) is not None


def find_chrome(text: str) -> list[tuple[int, int]]:
    """Sorted, merged [start, end) ranges of chrome in ``text`` (see the module doc)."""
    text = new_spelling(text)  # cues are written the new way (lexicon.normalise); offsets hold
    r = _rules()
    n = len(text)
    ranges: list[tuple[int, int]] = []
    tail_at = -1
    block_until = -1
    for m in r.cand.finditer("\n" + text):
        ls = m.start()  # "\n" + text shifts by one: the line starts at m.start() in text
        if ls < block_until:
            continue
        le = text.find("\n", ls)
        if le < 0:
            le = n
        s, e = _strip(text, ls, le)
        if s >= e:
            continue
        line = text[s:e]
        size = e - s
        if r.counter_line.fullmatch(line):
            ranges.append((s, e))
            continue
        if size <= r.max_line and r.read_more.match(line):  # "Xem thêm: <title>": a link in the text, one line
            ranges.append((s, e))
            continue
        if size <= r.max_line and tail_at < 0 and ls > n // 2 and r.tail.match(line) and _tail_ok(text, le, r):
            tail_at = s
            break
        if size <= r.max_line and r.block.match(line):
            bend = _block_end(text, le, r)
            ranges.append((s, bend))
            block_until = bend
            continue
        if r.facty.search(line):
            continue
        if (size <= r.max_line and r.line.match(line)) or (size <= r.short_counter and r.unit_line.match(line)):
            ranges.append((s, e))
    if tail_at >= 0:
        ranges.append((tail_at, n))
    for m in r.menu.finditer(text):  # a navigation bar: short items, at most one with a number
        items = r.menu_sep.split(m.group().strip(_STRIP))
        if len(items) >= r.menu_min and sum(any(ch.isdigit() for ch in it) for it in items) <= 1:
            ranges.append(_strip(text, m.start(), m.end()))
    ranges.extend(_dated_headlines(text, r.max_line))
    ranges.extend(_bracketed_lines(text, r.max_line))
    ranges.extend(_column_menus(text, r))
    ranges += _menu_list(text, r)
    ranges += _ticker_lines(text, r.max_line)
    ranges += _tabbed_lists(text, r)
    ranges += _tickers(text, r)
    ranges += _printed_issue(text, r)
    ranges += _market_lines(text, r)
    for pat in r.inline:
        for m in pat.finditer(text):
            s, e = m.span("c") if "c" in pat.groupindex and m.group("c") is not None else m.span()
            while s > 0 and text[s - 1].isalpha():
                s -= 1
            while e < n and text[e].isalnum():
                e += 1
            ranges.append((s, e))
    return _merge(ranges)


# a headline listed with its date in brackets at the line's end, as related-news lists print them ("HĐND xã ...
# thông qua 11 nghị quyết (18/12/2025)", the date's parts apart by dashes or dots as well: "(18-12-2025)"): found from
# the bracket, the line then read back to its start
_DATED_HEADLINE = re.compile(r"\((?<=[^\s(][ \t]\()\d{1,2}([/.-])\d{1,2}\1\d{4}\)[ \t]*$", re.MULTILINE)


def dated_headline(line: str) -> bool:
    """Whether ``line`` ends on a related headline's date in brackets ("... thông qua 11 nghị quyết (18/12/2025)"), as
    :func:`find_chrome` finds one."""
    return _DATED_HEADLINE.search(line) is not None


def _dated_headlines(text: str, max_line: int) -> list[tuple[int, int]]:
    """Short lines ending on a bracketed date, with no full stop inside: related headlines."""
    out = []
    for m in _DATED_HEADLINE.finditer(text):
        s, e = _strip(text, text.rfind("\n", 0, m.start()) + 1, m.end())
        if e - s <= max_line and ". " not in text[s:e]:
            out.append((s, e))
    return out


# a short line wholly in square brackets, a letter first inside: what a page's reader prints for an item set between the
# paragraphs and linked elsewhere (a related article's headline "[Thủ tướng phê chuẩn kết quả bầu 2 Phó Chủ tịch ...]",
# "[Video: ...]", "[Ảnh: ...]"); a report writes no sentence of its own so
_BRACKETED_LINE = re.compile(r"^[ \t]*\[(?=[^\W\d_])[^\[\]\n]+\][ \t]*$", re.MULTILINE)


def _bracketed_lines(text: str, max_line: int) -> list[tuple[int, int]]:
    """Short lines wholly in square brackets: linked items set in the text (a related headline, a video, a photo)."""
    out = []
    for m in _BRACKETED_LINE.finditer(text):
        s, e = _strip(text, m.start(), m.end())
        if e - s <= max_line:
            out.append((s, e))
    return out


#: a page's header ends at its first line this long (the lead)
HEADER_ENDS_AT = 120
_ITEM_END = re.compile(r"[.:;,!?…]$")
#: the most lines of a page's header read for a menu
HEADER_LINES = 80
#: the most words of a menu's item ("Khoa học - Công nghệ"); a headline has more
MENU_ITEM_WORDS = 5


def _column_menus(text: str, r: _Rules) -> list[tuple[int, int]]:
    """A navigation bar copied one item a line ("Chính trị" / "Xã hội" / "Pháp luật" / ...) in the page's header (above
    its first long line): a run of at least ``menu_min_items`` short lines, no figure, no sentence's end, is chrome."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n", HEADER_LINES)[:HEADER_LINES]:
        s, e = _strip(text, pos, pos + len(line))
        pos += len(line) + 1
        if s >= e:
            continue  # a blank line goes on with the run (an item a paragraph)
        item = text[s:e]
        if e - s > HEADER_ENDS_AT:
            break
        if e - s <= r.menu_item_max and len(item.split()) <= MENU_ITEM_WORDS and not any(ch.isdigit() for ch in item) \
                and not _ITEM_END.search(item) and item[:1].isupper():
            run.append((s, e))
            continue
        if len(run) >= r.menu_min:
            out.append((run[0][0], run[-1][1]))
        run = []
    if len(run) >= r.menu_min:
        out.append((run[0][0], run[-1][1]))
    return out


#: the most lines a page's head holds above its first long line (masthead, menus, stamps, title)
HEAD_MAX_LINES = 80
#: what opens a list item as a page's reader writes it ("- Giới thiệu chung", "• Hỏi đáp")
_BULLETS = "-•*+–·"
#: what a menu's link label never holds: a figure, a sentence's or a clause's punctuation
_NOT_LABEL = frozenset("0123456789.,;:!?()\"“”")


def _menu_list(text: str, r: _Rules) -> list[tuple[int, int]]:
    """The head of a page's menus written one item a line (an old portal's menu cell, its items plain
    text, which a page's reader keeps as a list): runs of at least ``menu_min_items`` consecutive short
    lines (blank lines between them allowed), each a link label (no figure, no punctuation) opened by the
    same bullet or by none, above the first line longer than ``max_line`` (the page's head: a report's
    own short lists stand below its lead). One pass over the head's lines, at most ``HEAD_MAX_LINES``."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    mark: str | None = None
    pos, n, seen = 0, len(text), 0
    while pos <= n:
        le = text.find("\n", pos)
        if le < 0:
            le = n
        s, e = _strip(text, pos, le)
        pos = le + 1
        if s >= e:
            continue
        seen += 1
        if e - s > r.max_line or seen > HEAD_MAX_LINES:
            break
        bullet = text[s] if text[s] in _BULLETS and e - s > 1 and text[s + 1] in " \t" else ""
        label = text[s + len(bullet):e].strip(_STRIP)
        ok = 0 < len(label) <= r.menu_item_max and not _NOT_LABEL.intersection(label)
        if ok and (not run or bullet == mark):
            run.append((s, e))
            mark = bullet
            continue
        if len(run) >= r.menu_min:
            out.append((run[0][0], run[-1][1]))
        run, mark = ([(s, e)], bullet) if ok else ([], None)
    if len(run) >= r.menu_min:
        out.append((run[0][0], run[-1][1]))
    return out


#: a ticker's item as a page's reader prints it: a headline between dashes ("- <headline> -")
_TICKER_ITEM = re.compile(r"[-–][ \t]+\S[^\n]*\S[ \t]+[-–]")
#: the fewest such lines in a run
TICKER_MIN_ITEMS = 2


def _ticker_lines(text: str, max_line: int) -> list[tuple[int, int]]:
    """Runs of at least ``TICKER_MIN_ITEMS`` short lines (blank lines between allowed), each a headline written
    between dashes: a ticker's or a related box's items, chrome wherever they stand."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos <= n:
        le = text.find("\n", pos)
        if le < 0:
            le = n
        s, e = _strip(text, pos, le)
        pos = le + 1
        if s >= e:
            continue
        if e - s <= max_line and _TICKER_ITEM.fullmatch(text, s, e):
            run.append((s, e))
            continue
        if len(run) >= TICKER_MIN_ITEMS:
            out.append((run[0][0], run[-1][1]))
        run = []
    if len(run) >= TICKER_MIN_ITEMS:
        out.append((run[0][0], run[-1][1]))
    return out


#: the rest of a line a box's tab label opens when it is a ticker: a bar, a colon or a bullet, then two headlines or
#: more apart at bars or bullets ("TIN NÓNG | Hà Nội mưa lớn ... | Giá vàng tăng ...")
_TICKER_REST = re.compile(r"[ \t]*[|:•·][ \t]*[^\s|•·][^\n|•·]*[|•·][ \t]*\S")


def _tabbed_lists(text: str, r: _Rules) -> list[tuple[int, int]]:
    """A headline box under its tabs ("Nổi bật | Mới nhất" / "• <headline>" ...): a line of tab labels only
    (``list_tabs``) whose next line (past blank lines) opens with a list mark. In the text's second half with no
    long paragraph after it, it and all after it (the page's footer) are chrome, as a tail cue's; elsewhere its
    items (blank lines between allowed) and the short lines right after the last (:func:`_block_end`). A line the
    labels open with two headlines or more after them, apart at bars or bullets, is a ticker: that line is chrome."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in r.tabs.finditer(text):
        s, e = _strip(text, m.start(), m.end())
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        if text[ls:s].strip(_STRIP):
            continue
        if text[e:n if le < 0 else le].strip(_STRIP):
            if _TICKER_REST.match(text, e, n if le < 0 else le):
                out.append(_strip(text, s, n if le < 0 else le))  # "TIN NÓNG | <headline> | <headline>": a ticker
            continue  # (the labels alone on their line open a box of headlines under them)
        if le < 0:
            continue
        end, pos = -1, le + 1
        while pos <= n:
            nl = text.find("\n", pos)
            nl = n if nl < 0 else nl
            ns, ne = _strip(text, pos, nl)
            pos = nl + 1
            if ns >= ne:
                continue
            if ne - ns > r.max_line or text[ns] not in _BULLETS or ne - ns < 2 or text[ns + 1] not in " \t":
                break
            end = nl
        if end < 0:
            continue  # no list under the labels
        out.append((s, n) if s > n // 2 and _tail_ok(text, le, r) else (s, _block_end(text, end, r)))
    return out


#: a ticker's items apart: a bar or a bullet between spaces ("A | B", "A • B"; not "TP.HCM", "1·2")
_TICKER_SEP = re.compile(r"[ \t]+[|•·][ \t]+")
#: a label opening a line, up to its colon ("Bình Dương 24h: ", "TIN NÓNG: "): at most this many words and characters
TICKER_LABEL_WORDS = 4
TICKER_LABEL_CHARS = 30
#: the fewest headlines of a ticker its label does not name (``ticker_labels`` names it: two), and the fewest words
#: of each (a headline says what happened; a field's value, "15/12/2025", "In bài", does not)
TICKER_MIN_HEADLINES = 3
HEADLINE_MIN_WORDS = 3


def _tickers(text: str, r: _Rules) -> list[tuple[int, int]]:
    """A ticker's line: a short label and its colon, then headlines apart at bars or bullets ("Tin 24h: Cần Thơ
    đón 2 triệu lượt khách • Giá lúa tăng 300 đồng/kg • 8 tỉnh nghỉ học tránh bão"), other articles' news. A label
    ``ticker_labels`` names opens one wherever it stands, with two headlines or more; any other label in the page's
    head (above its first line of prose: long, closed by a stop, no bars), with ``TICKER_MIN_HEADLINES`` or more."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in r.ticker.finditer(text):
        le = text.find("\n", m.end())
        s, e = _strip(text, m.start() + (text[m.start():m.start() + 1] == "\n"), n if le < 0 else le)
        if _TICKER_REST.match(text, m.end(), e) and _headlines(text[m.end():e].lstrip(" \t|:•·"), 2):
            out.append((s, e))
    pos, seen = 0, 0
    while pos < n and seen < HEAD_MAX_LINES:
        le = text.find("\n", pos)
        le = n if le < 0 else le
        s, e = _strip(text, pos, le)
        pos = le + 1
        if s >= e:
            continue
        seen += 1
        line = text[s:e]
        if e - s > r.max_line and text[e - 1] in ".…" and len(_TICKER_SEP.findall(line)) < 2:
            break  # the lead: the page's head ends above it
        colon = line.find(":")
        label = line[:colon].strip()
        if 0 < colon <= TICKER_LABEL_CHARS and label and len(label.split()) <= TICKER_LABEL_WORDS \
                and _headlines(line[colon + 1:], TICKER_MIN_HEADLINES):
            out.append((s, e))
    return out


#: what a page's field holds and a headline does not: a date, a time of day, a label's colon before a number
_FIELD_VALUE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}|:[ \t]*\d")


def _headlines(rest: str, fewest: int) -> bool:
    """Whether ``rest`` is ``fewest`` headlines or more apart at bars or bullets: each of ``HEADLINE_MIN_WORDS`` words
    or more, one of them in small letters (a headline's verb or noun; a byline's name is capitalised throughout), no
    field's value in it ("Tác giả: Nguyễn Văn An | Thứ Tư, 10/07/2024 - 08:15 | Lượt xem: 318" is a page's fields)."""
    items = _TICKER_SEP.split(rest.strip())
    return len(items) >= fewest and all(
        len(words := it.split()) >= HEADLINE_MIN_WORDS and any(w[:1].islower() for w in words)
        and not _FIELD_VALUE.search(it) for it in items)


#: how many characters may stand between a market item's label and its quote ("Giá xăng RON 95-III: 25.240")
MARKET_LABEL_CHARS = 24
#: a place's temperatures, a weather box's item ("Hà Nội 25°C - 33°C", "Cần Thơ 24 - 31°C"): a place of a few words
_WEATHER_ITEM = re.compile(r"[^\d\n|•·:]{1,30}?[ \t]\d{1,2}(?:[ \t]?°[ \t]?C)?[ \t]*[-–][ \t]*\d{1,2}[ \t]?°[ \t]?C")


def _market_lines(text: str, r: _Rules) -> list[tuple[int, int]]:
    """A market board's or a weather box's line (``market_labels``): items apart at bars or middle dots between
    spaces, two or more, each a market label then its quote or a place's temperatures ("Giá vàng SJC: 83,5 - 85,8
    triệu đồng/lượng · VN-Index 1.221,04 (+11,19)", "Cần Thơ 24°C - 31°C | USD 25.420"), one a label at least; or one
    item alone on its short line with its label's colon ("Covid-19 hôm nay: 14.149 ca mắc mới"). Each line holding a
    label is read once: linear."""
    out: list[tuple[int, int]] = []
    n = len(text)
    done = -1
    for m in r.market.finditer(_lowered(text)):
        if m.start() < done:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = n if le < 0 else le
        done = le
        s, e = _strip(text, ls, le)
        if s >= e or e - s > r.tail_max:
            continue
        items = _TICKER_SEP.split(text[s:e])
        if len(items) == 1:
            if e - s <= r.max_line and (r.market_single.match(items[0]) or _unseparated_quotes(text, s, e, r)):
                out.append((s, e))
            continue
        quotes = [r.market_item.match(it) is not None for it in items]
        if any(quotes) and all(q or _WEATHER_ITEM.fullmatch(it.strip()) for q, it in zip(quotes, items, strict=True)):
            out.append((s, e))
    return out


#: the fewest labelled quotes a line run together without separators holds to be a market board's
MARKET_RUN_MIN = 3
_BRACKETED = re.compile(r"\([^()\n]*\)")


def _unseparated_quotes(text: str, s: int, e: int, r: _Rules) -> bool:
    """A market board's line copied with its separators lost ("VN-Index 1.251,34 +3,18 (+0,25%) HNX-Index 224,07
    -0,41 Vàng SJC 84,5 - 86,5 triệu đồng/lượng USD/VND 25.450"): opened by a market label, ``MARKET_RUN_MIN`` labels
    or more each right before its quote, with no word in lower case between (a brand, "SJC", "RON 95" may stand there:
    "Giá vàng tăng 2 triệu đồng" has its verb), closed by no stop. A label with no quote after it is a quote's unit
    ("78,2 USD/thùng"), no item of its own. Linear: the line's labels are found once."""
    line = text[s:e]
    if line.rstrip()[-1:] in ".!?;":
        return False
    low = _lowered(line)
    labels = [m for m in r.market.finditer(low) if not m.group().startswith("°")]
    if len(labels) < MARKET_RUN_MIN or labels[0].start() != 0:
        return False
    items = 0
    for m, nxt in zip(labels, [*(x.start() for x in labels[1:]), len(line)], strict=True):
        item = r.market_item.match(line, m.start(), nxt)
        if item is None:
            if not items:
                return False
            continue  # "78,2 USD/thùng": the quote's unit
        if any(ch.islower() for ch in _BRACKETED.sub("", line[m.end():item.end() - 1])):
            return False
        items += 1
    return items >= MARKET_RUN_MIN


#: a rule line of a printed page's text copy, between its panels ("-----", "=====", at least twenty marks)
_RULE_LINE = re.compile(r"^[ \t]*([-=_*~─━═])\1{19,}[ \t]*$", re.MULTILINE)


def _printed_issue(text: str, r: _Rules) -> list[tuple[int, int]]:
    """A printed newspaper's page copied as text: from each jump line ("(Xem tiếp trang 2)") to the first resume
    line after it ("(Tiếp theo trang 1)"), both included, what the pages print between the story's parts; and, on a
    copy with a jump line or a masthead's issue line in its head, the masthead's panel: the lines above the first
    rule line when none is a line of prose, or (with no rule line) the issue line's block of short lines."""
    out: list[tuple[int, int]] = []
    at = 0
    while (j := r.jump.search(text, at)) is not None:
        k = r.resume.search(text, j.end())
        out.append(_strip(text, j.start(), k.end() if k else j.end()))
        at = k.end() if k else j.end()
    rule = _RULE_LINE.search(text)
    head_end = rule.start() if rule else min(len(text), _line_starts(text, HEAD_MAX_LINES))
    issue = r.issue.search(text, 0, head_end)
    if not out and issue is None:
        return out
    if rule is not None:
        head = _lines(text, 0, rule.start())
    elif issue is not None:
        s, e = text.rfind("\n\n", 0, issue.start()), text.find("\n\n", issue.end())
        head = _lines(text, max(s, 0), len(text) if e < 0 else e)
    else:
        head = []
    if head and not any(e - s > r.max_line for s, e in head):
        out.append((head[0][0], head[-1][1]))
    return out


def _line_starts(text: str, k: int) -> int:
    """Where the text's ``k``-th line ends (the text's length when it has fewer)."""
    pos = 0
    for _ in range(k):
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return len(text)
    return pos


def _lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The stripped lines of ``text[s:e]``, as [start, end) ranges (blank ones left out)."""
    out = []
    while s < e:
        le = text.find("\n", s, e)
        le = e if le < 0 else le
        ls, lend = _strip(text, s, le)
        if ls < lend:
            out.append((ls, lend))
        s = le + 1
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _STRIP:
        s += 1
    while e > s and text[e - 1] in _STRIP:
        e -= 1
    return s, e


def _tail_ok(text: str, pos: int, r: _Rules) -> bool:
    """No long paragraph after ``pos``: what follows is furniture, not the report."""
    n = len(text)
    while pos < n:
        nxt = text.find("\n", pos + 1)
        if nxt < 0:
            nxt = n
        if nxt - pos - 1 > r.tail_max and len(text[pos:nxt].strip()) > r.tail_max:
            return False
        pos = nxt
    return True


def _block_end(text: str, pos: int, r: _Rules) -> int:
    """End of a related-links block: the following short lines up to a blank line or a line of prose."""
    n = len(text)
    end = pos
    while pos < n:
        nxt = text.find("\n", pos + 1)
        if nxt < 0:
            nxt = n
        s, e = _strip(text, pos + 1 if text[pos] == "\n" else pos, nxt)
        if s >= e or e - s > r.tail_max or _prose(text, s, e, r):
            break
        end = e
        pos = nxt
    return end


def _prose(text: str, s: int, e: int, r: _Rules) -> bool:
    """Whether the line [s, e) is a report's sentence, not a listed headline: longer than a line cue's line
    and closed by a full stop (a text copy with no blank lines: the lead under a sidebar's list of news)."""
    return e - s > r.max_line and text[e - 1] in ".…"


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
