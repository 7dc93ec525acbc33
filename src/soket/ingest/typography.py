"""Typography that is not the text: the spaces and invisible marks copies of a report carry.

A report re-typed in a word processor or copied from a page or a PDF reaches us with no-break and thin
spaces between a number and its unit ("1.200\u00a0tỷ đồng", "ngày\u202f26/6"), zero-width spaces and
joiners, soft hyphens and a byte-order mark inside the text. None is a word or a mark of the language:
every Unicode space becomes a plain space (one character for one), the invisible marks are removed,
a CR LF line end is a space and a line end, and a line of spaces only a blank line (one for one).

A copy made from a PDF or sent by e-mail breaks its paragraphs into lines of a fixed width (hard
line breaks, paragraphs apart by a blank line): the break is the copy's layout, not the text's, and
splits a sentence, a name or a number from its unit. :func:`unwrap_lines` finds such a text (its
lines of some length all within a width, none of a written paragraph's length, a third of them
cutting a sentence before a word in lowercase) and writes the
breaks inside its paragraphs as spaces (one character for one, so offsets hold): a break is the
copy's where the line was full (the next line's first word would not have fitted on it), or where
the line runs on (it is long, ends on no stop and the next line opens in lowercase); a break stays
before a list item's mark after a stop, before a short line with no stop of its own after a
sentence's end (a byline, a heading), after a line that opens its paragraph with no stop of its own when the next
line's first word would have fitted on it within the copy's longest line (a heading filling most of the line), before a
crawler's "date 2023-12" opening a line (the page's date, which
its reader takes at a line's start only), and before a page's related-news heading alone on its line ("Tin cùng chủ
đề" after a source's link: the chrome lexicon's block cues), whatever the line before; and a page's own lines however
full the line before: related headlines each closed by its date in brackets, a ticker's first line opened by its label,
the line after a photo's caption closed by its credit, a short line of buttons under a sentence's end, a line of
a page's items apart by separators (a menu, breadcrumbs, a byline's fields) next to a line of words
(:func:`_page_lines`), a page's stamp with its weekday, time zone or fields after a bar, a headline over a lead opened
by its day, the next item of a bulleted list. A line opened by a figure goes on a sentence left open as one in
lowercase does, and a name cut after its honorific and family name (or by a copy wrapped again) is joined, across
a copy's blank line too.
"""

from __future__ import annotations

from functools import cache

from soket import rx as re
from soket.ingest.chrome import button_line, dated_headline, ticker_opening
from soket.ingest.pages import is_page_number
from soket.lexicon import get
from soket.lexicon.schema import ChromeLexicon, PeriodsLexicon, TitlesLexicon

__all__ = ["plain_typography", "unwrap_lines"]

# no-break, en/em/thin/hair/figure/punctuation spaces, narrow no-break, medium mathematical, ideographic
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# zero-width space, non-joiner, joiner, word joiner, byte-order mark (zero-width no-break), soft hyphen
_WHITE_LINE = re.compile(r"(?m)^[ \t]+$")  # a line of spaces only: a blank line that reads as none
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def plain_typography(text: str) -> str:
    """``text`` with Unicode spaces written as plain spaces, invisible marks removed, CR LF written as a space
    and LF, the spaces of a line of spaces only as line ends."""
    if text.isascii():
        return _blank_lines(text)
    if _SPACES.search(text):
        text = _SPACES.sub(" ", text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return _blank_lines(text)


def _blank_lines(text: str) -> str:
    """CR LF written as a space and LF, and a line of only spaces as that many line ends: a blank line (one for one)."""
    if "\r" in text:
        text = text.replace("\r\n", " \n")
    if "\n " in text or "\n\t" in text:
        text = _WHITE_LINE.sub(lambda m: "\n" * len(m.group()), text)
    return text


_MIN_LINE = 40  # a line this long is prose, a line of the copy's width or a paragraph
_MIN_LINES = 6  # prose lines a wrapped copy has at least
_MAX_WIDTH = 100  # a copy's width is at most this: a written paragraph's line is longer
_SLACK = 4  # a proportional font's full line falls short of the width by a few characters
_ITEM = re.compile(r"[-+*•–]\s|\d{1,2}[.)]\s|[a-zđ]\)\s")  # a list item's mark opens a line of its own
_STOP = ".:;!?"
#: a row of a table written as text: cells apart by a tab or a run of three spaces; never a wrapped line's
_CELLS = re.compile(r"\S(?:\t| {3,})\S")
#: a rule across the page ("-----", "=====", "_____"): a line of its own, never a wrapped line's part (a printed page's
#: panels and columns apart, a footnote's rule)
_RULE = re.compile(r"([-=_*~])\1{2,}")


def _alternation(words: list[str]) -> str:
    """A regex alternation of a lexicon's ``words`` as written (escaped), the longer first; one that matches nowhere
    for none."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"


#: a day in full, maybe its time of day after it ("26/12/2025 16:05"): a page's stamp when alone on its line
_DAY_TIME = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:[ \t]*[-|,]?[ \t]*\d{1,2}[:h]\d{2})?"


@cache
def _stamp() -> re.Pattern[str]:
    """A line that is a page's stamp (matched whole): a day in full and maybe its time of day, opened or not by its
    weekday ("Thứ hai - 29/12/2025 08:47": periods.yaml ``weekdays``), closed or not by a time zone ("15:22 GMT+7")
    and by fields after a bar ("16/12/2021 09:14 | Lượt xem: 96"); never a sentence's words (no bar in prose)."""
    week = f"(?i:{_alternation(get(PeriodsLexicon).weekdays)})"
    return re.compile(rf"(?:{week}[ \t]*[,–-][ \t]*)?{_DAY_TIME}(?:[ \t]*\(?GMT[ \t]*[+-][ \t]*\d{{1,2}}\)?)?"
                      r"(?:[ \t]*\|[^|\n]*)*")


#: a crawler's "date 2023-12" opening a line (the page's date, read at a line's start: extract.dates): its line's own
_CRAWL_DATE = re.compile(r"date[ \t]+\d{4}-\d{2}(?!\d)")


def _width(lines: list[str]) -> int:
    """The copy's line width: 0 unless the text's prose lines all fit within :data:`_MAX_WIDTH` (bar one in ten)."""
    prose = sorted(len(x) for x in lines if len(x) >= _MIN_LINE)
    if len(prose) < _MIN_LINES:
        return 0
    w = prose[(len(prose) * 9) // 10 - (len(prose) % 10 == 0)]  # the ninetieth percentile
    return w if w <= _MAX_WIDTH else 0


def _breaks_sentences(lines: list[str]) -> bool:
    """Whether a third of the prose lines that a line follows break a sentence: end on no stop before a line in
    lowercase (a text of one sentence a line, however short its lines, is not a wrapped copy)."""
    breaks = cut = 0
    last = len(lines) - 1
    for i in range(last):
        cur = lines[i]
        if len(cur) < _MIN_LINE:
            continue
        nxt = lines[i + 1].lstrip()
        if not nxt and i + 2 <= last and _spaced_in_sentence(cur, after := lines[i + 2].lstrip()):
            nxt = after  # a copy with a blank line after every line breaks its sentences across it
        if nxt:
            breaks += 1
            cut += cur[-1] not in _STOP and (nxt[0].islower() or nxt[0].isdigit())
    return breaks > 0 and 3 * cut >= breaks


@cache
def _related_heading() -> re.Pattern[str]:
    """A page's related-news heading alone on a line ("Tin cùng chủ đề", "Bài viết liên quan:")."""
    return re.compile(rf"(?:{_alternation(get(ChromeLexicon).related_headings())})[ \t]*:?", re.IGNORECASE)


def _own_line(cur: str, nxt: str, w: int, head: str = "") -> bool:
    """Whether ``nxt`` is a line of its own after the full line ``cur``: a list item's (its mark after a line
    closed by a stop, or the next item of a list whose items open on the same mark and a capital, ``head`` the line
    that opened the paragraph: "• H. Đạ Huoai: ..." / "• TP Bảo Lộc: ..."; "- xã hội" after "kinh tế" is a line cut
    inside its words), a short line with no stop of its own after a sentence's end (a byline, a heading), a photo's
    caption closed by its credit or a byline with its workplace after a sentence's end (:func:`_captioned`,
    :func:`_signed`), or a page's related-news heading after any line (a link's line is full however it ends)."""
    if m := _ITEM.match(nxt):
        return cur[-1] in _STOP or (not nxt[0].isalnum() and head.lstrip().startswith(m.group())
                                    and nxt[m.end():m.end() + 1].isupper())
    if cur[-1] in _STOP and nxt.isupper() and len(nxt.split()) > 1:
        return True  # a heading in capitals after a sentence's end ("III. NHIỆM VỤ TRỌNG TÂM ..."), however long
    if cur.isupper() and len(cur.split()) > 1 and nxt[0].isupper() and not nxt.isupper():
        # "BÁO NINH THUẬN - CƠ QUAN CỦA ĐẢNG BỘ ..." / "Giấy phép hoạt động ...": a line in capitals is a heading or a
        # masthead, however full; a line opened by a capital in mixed case under it starts anew
        return True
    if _stamp().fullmatch(nxt) or _CRAWL_DATE.match(nxt):
        return True  # "26/12/2025 16:05" under a headline: the page's date stamp, never a sentence's words
    if len(nxt) < w // 2 and _related_heading().fullmatch(nxt):
        return True  # "Nguồn: https://...270224.htm" then "Tin cùng chủ đề": the list under the article, no words of it
    if cur[-1] in ".!?" and nxt[0].isupper() and _captioned(nxt):
        return True  # "... còn chậm." / "Quang cảnh hội nghị. Ảnh: Minh Tuấn": a photo's caption, its own paragraph
    if cur[-1] in ".!?" and _signed(nxt):
        return True  # "... các làng nghề." / "Minh Hiền - Trung tâm Thông tin, Văn phòng UBND thành phố", however long
    if cur[-1] in ".!?" and _credit_lead().match(nxt):
        return True  # "... năm 2020." / "CTV: Hoàng Thu Trang (Trung tâm ...)": a byline by its lead, however long
    return cur[-1] in ".!?" and nxt[0].isupper() and len(nxt) < w // 2 and nxt[-1] not in _STOP


#: a byline's name before the dash of its workplace: two to four capitalised words
_SIGNED = re.compile(r"((?:\w+[ \t]+){1,3}\w+)[ \t]+[-–][ \t]+(?=\w)")


@cache
def _affiliation() -> re.Pattern[str]:
    """A byline's workplace after its name's dash (titles.yaml ``byline_affiliations``: "Văn phòng ...", "Trung tâm
    ...", "UBND xã ...")."""
    words = "|".join(re.escape(a) for a in sorted(get(TitlesLexicon).byline_affiliations, key=len, reverse=True))
    return re.compile(rf"(?i:{words})(?!\w)")


@cache
def _credit_lead() -> re.Pattern[str]:
    """A byline's lead and its colon opening a line (titles.yaml ``byline_leads``: "CTV:", "PV:", "Tin, ảnh:")."""
    return re.compile(rf"(?i:{_alternation(get(TitlesLexicon).byline_leads)})[ \t]*:")


def _signed(nxt: str) -> bool:
    """Whether ``nxt`` is a byline with its writer's workplace after a dash ("Minh Hiền - Trung tâm Thông tin, Văn
    phòng UBND thành phố"): the name's words capitalised, none in capitals (a place's pair "HÒA BÌNH - SƠN LA" is a
    heading's), the workplace one a byline names."""
    m = _SIGNED.match(nxt)
    return m is not None and all(_titled(x) for x in m.group(1).split()) \
        and _affiliation().match(nxt, m.end()) is not None


def _page_lines(cur: str, nxt: str, after: str, w: int) -> bool:
    """Whether the break between ``cur`` and ``nxt`` is a page's, kept however full ``cur`` is: a list of related
    headlines each closed by its date in brackets, one a line (``chrome.dated_headline``: "Tiếp nhận 2.000 liều vắc
    xin (12/05/2021)"; the next opens with a capital), a ticker's first line opened by its label ("Nóng: <headline> |
    <headline> ...", ``chrome.ticker_opening``), a photo's caption closed by its credit over a line of prose
    (:func:`_credit_closes`), a line of separated items beside one of plain words (:func:`_bars_apart`),
    or a line of buttons (``chrome.button_line``: "Chia sẻ: Facebook | Zalo | ...") under a
    sentence's end, itself short of the copy's width (the line after it would not have fitted on it: a sentence
    opened by the same word runs on to the next line)."""
    if nxt[0].isupper() and (dated_headline(cur) or ticker_opening(nxt) or _credit_closes(cur, nxt)
                             or _bars_apart(cur, nxt)):
        return True
    return cur[-1] in ".!?" and button_line(nxt) \
        and not (after and len(nxt) + 1 + len(after.split(" ", 1)[0]) > w - _SLACK)


#: a separator between a page's items on one line, spaced: menu items and breadcrumbs ("Trang chủ | Thời sự",
#: "Thời sự › Xây dựng Đảng", "Du lịch > Tin tức"), a byline's fields ("Thanh Lê • 28/11/2025 • 3 phút đọc")
_BAR = re.compile(r"[ \t][|›»•●>][ \t]")


def _bars_apart(cur: str, nxt: str) -> bool:
    """Whether one of ``cur`` and ``nxt`` is a line of a page's items apart by separators (two or more: a menu, a
    breadcrumb, a byline's fields) and the other holds none (a masthead, a headline, a section's name), so that neither
    runs on into the other: a menu's items wrapped onto the next line carry their separators with them. A line
    opened or closed by a bar holds one: a table's row cut by the copy's width ("| 4 | Tổng đàn | Con | 18.000 |" /
    "Trâu, bò |") goes on as a row's cells."""
    a, b = len(_BAR.findall(cur)) + _edge_bar(cur), len(_BAR.findall(nxt)) + _edge_bar(nxt)
    return (a >= 2 and not b) or (b >= 2 and not a)


def _edge_bar(line: str) -> bool:
    """Whether ``line`` opens or closes on a bar apart from its words ("| 4 | ...", "... dê |"): a table row's edge."""
    s = line.strip()
    return s.startswith("| ") or s.endswith(" |")


@cache
def _credit_end() -> re.Pattern[str]:
    """A photo's credit closing a caption's line after its sentence's stop (". Ảnh: Minh Luân": titles.yaml
    ``photo_leads``), the credit's name as the group."""
    return re.compile(rf"[.!?][ \t]+(?:{_alternation(get(TitlesLexicon).photo_leads)})[ \t]*:[ \t]*([^\n:]{{1,40}})$",
                      re.IGNORECASE)


def _credit_closes(cur: str, nxt: str) -> bool:
    """Whether ``cur`` ends a photo's caption with its credit ("Quang cảnh kỳ họp. Ảnh: Minh Luân") and ``nxt``, a line
    of prose or a subheading (its second word not capitalised), opens the next paragraph: the credit's name whole (two
    capitalised words or more, or one in capitals: "TTXVN"), no name cut across the break ("Ảnh: Minh" / "Luân")."""
    words = nxt.split()
    return _captioned(cur) and len(words) >= 2 and not words[1][0].isupper()


def _captioned(line: str) -> bool:
    """Whether ``line`` closes a photo's caption with its credit's whole name (:func:`_credit_end`; two capitalised
    words or more, or one in capitals: "TTXVN")."""
    m = _credit_end().search(line)
    if m is None:
        return False
    name = m.group(1).split()
    return (1 < len(name) <= 5 and all(w[0].isupper() for w in name)) or (len(name) == 1 and len(name[0]) >= 3
                                                                          and name[0].isupper())


#: a sentence's end inside a line ("... thẳng thắn. Chủ tọa"): no heading's
_STOP_INSIDE = re.compile(r"[.!?][ \t]")


def _heading_over(cur: str, nxt: str, top: int) -> bool:
    """Whether ``cur``, a line that opens its paragraph, is a heading over the line ``nxt``, not a sentence's line
    running on to a name: it holds no stop of its own, and the next line's first word, not in lowercase, would have
    fitted on it within the copy's longest line ``top`` (a subheading filling most of the copy's line: "Sôi nổi phiên
    chất vấn: Hơn 16 vấn đề ... quan tâm" over "Phiên chất vấn ..."; only the slack allowed a proportional font made
    it look full)."""
    first = nxt.split(" ", 1)[0]
    return not _goes_on(nxt) and cur[-1] not in _STOP and not _STOP_INSIDE.search(cur) \
        and len(cur) + 1 + len(first) <= top


#: a bracket opened on a word (of two letters at least, a space or a comma after it: "(tỉnh Đồng Nai) được ...",
#: never a list's mark "(a)", "(ii)")
_BRACKET_WORD = re.compile(r"\((\w{2,})[ ,]")


def _low(nxt: str) -> bool:
    """Whether ``nxt`` opens in lowercase, or with a bracket opened on a word in lowercase ("phường Phước Long" /
    "(tỉnh Đồng Nai) được thành lập ...": an aside inside the sentence, never a paragraph's first words)."""
    return nxt[0].islower() or ((m := _BRACKET_WORD.match(nxt)) is not None and m.group(1).islower())


def _goes_on(nxt: str) -> bool:
    """Whether ``nxt`` goes on a sentence the line above left open: it opens in lowercase (:func:`_low`), or with a
    figure that is no list item's mark nor a table's row ("... năng suất ước đạt" / "71,3 tạ/ha, ...": a measure never
    opens a paragraph of the genre; "3 | Tỷ lệ ... | 94,5" is a row of its own, a date stamp or a page's number a
    page's furniture)."""
    return _low(nxt) or (nxt[0].isdigit() and not _table_line(nxt) and not _stamp().fullmatch(nxt)
                         and not is_page_number(nxt)
                         and ((not _ITEM.match(nxt) and (_FIGURE_ON.match(nxt) is not None or _counted_on(nxt)))
                              or _SPACED_THOUSANDS_ON.match(nxt) is not None))


#: a figure in thousands whose separator a PDF's copy typed with a blank after it, then its unit in lowercase, opening
#: a line ("... ước đạt" / "12. 968 tỷ đồng, tăng ..."): the figure going on the sentence the line above left open (on
#: a word, no stop), no list item's "12." (an item's words open in capitals; an item opening on a count of three digits
#: after a line left open is the same words, and the sentence's figure is the genre's reading)
_SPACED_THOUSANDS_ON = re.compile(r"\d{1,3}\.[ \t]\d{3}(?![\d.])(?:,\d{1,3})?[ \t]+[a-zđà-ỹ]")


#: a whole number opening a line, then a space and its word ("145 tỷ đồng; ...", "12 xã đạt chuẩn ...")
_NUMBER_WORD = re.compile(r"\d+[ \t]+([^\W\d_]+)")


def _counted_on(nxt: str) -> bool:
    """Whether ``nxt`` opens with a whole number and a word in lowercase after it: a count or a sum whose unit goes on
    the sentence ("... trên địa bàn đạt" / "145 tỷ đồng; kết nạp ..."), no list item's number (a capital after it)."""
    m = _NUMBER_WORD.match(nxt)
    return m is not None and m.group(1).islower()


@cache
def _lead_day() -> re.Pattern[str]:
    """A news lead's opening day, capitalised, its comma after it ("Ngày 3-10, UBND ...", "Chiều ngày 12/3, ...",
    "Sáng 28/11/2025, ..."; periods.yaml ``day_cues``, ``day_words``): a sentence's first words, never a line a
    sentence runs on to."""
    p = get(PeriodsLexicon)
    cues, words = _alternation(p.day_cues), _alternation(p.day_words)
    return re.compile(rf"(?i:(?:{cues})[ \t]+(?:(?:{words})[ \t]+)?|(?:{words})[ \t]+)"
                      r"\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}(?:[ \t]*[/.-][ \t]*\d{4})?[ \t]*,")


def _over_lead(cur: str, nxt: str) -> bool:
    """Whether ``cur`` is a headline's (last) line over a news lead opened by its day (:func:`_lead_day`), however full
    the line: it holds no stop of its own ("Phường X: Quý III thu ngân sách đạt 31,2%
    dự toán" / "Ngày 3-10, UBND phường ..."; a sentence never runs on to a capitalised day and its comma)."""
    return nxt[0].isupper() and cur[-1] not in _STOP and not _STOP_INSIDE.search(cur) \
        and _lead_day().match(nxt) is not None


def _remainder(prev: str, cur: str, nxt: str) -> bool:
    """Whether ``cur``, a line run on from the full line ``prev``, is what a copy wrapped again at a narrower width cut
    off an earlier copy's line (the two fit within :data:`_MAX_WIDTH`), so that the break after it is the earlier
    copy's, inside its sentence: it ends on no stop and ``nxt`` goes on in lowercase or with a figure ("... tổng kinh
    phí 2,04 tỷ" / "đồng," / "đạt 68,9% ..." from a line of 86 characters cut again at 76)."""
    return len(prev.lstrip()) + 1 + len(cur.strip()) <= _MAX_WIDTH and cur[-1] not in _STOP \
        and (_low(nxt) or nxt[0].isdigit())


def _spaced_in_sentence(cur: str, nxt: str) -> bool:
    """Whether a blank line between ``cur`` and ``nxt`` in a hard-wrapped copy is the copy's spacing inside a sentence,
    no paragraph's end (a copy that puts a blank line after every line, "... thu hoạch dứt" / "" / "điểm, năng suất
    ..."): ``cur`` ends on a word, a figure, "%", a comma, a dash or a bracket, and ``nxt`` goes on in lowercase or with a figure, no
    list item's mark (a figure after a figure is two lines' words: "👍 128" / "" / "12 bình luận"); neither a table's row nor a rule (a table's rows apart by blank lines: "Tỷ lệ (%)" / "" /
    "1<TAB>Tổng thu<TAB>..."), nor a line in capitals (a written report's kind over its subject: "THÔNG BÁO" / "" /
    "kết luận của Ban Thường vụ ...")."""
    return bool(nxt) and (cur[-1].isalnum() or cur[-1] in ",-–%)”") and (_low(nxt) or nxt[0].isdigit()) \
        and not (cur[-1].isdigit() and nxt[0].isdigit()) and not cur.isupper() \
        and not _ITEM.match(nxt) and not _stamp().fullmatch(nxt) and not _CRAWL_DATE.match(nxt) \
        and not _table_line(cur) and not _table_line(nxt)


def _short(cur: str, nxt: str, w: int) -> bool:
    """Whether ``cur``, a line that opens its paragraph, is a name alone (every word capitalised: a byline) short of
    the copy's width ``w``, the next line's first word would have fitted on it: it ends its paragraph ("Khánh Thùy" /
    "" / "aa": a byline over a stray word; a sentence's first line, short or not, holds words in lowercase)."""
    return len(cur.strip()) + 1 + len(nxt.split(" ", 1)[0]) <= w - _SLACK \
        and all(x[0].isupper() or not x[0].isalpha() for x in cur.split())


def _spaced_cut(prev: str, cur: str, nxt: str, w: int) -> bool:
    """Whether a blank line between ``cur``, a line that goes on a paragraph begun above it (the break before it was
    the copy's), and ``nxt``, opened by a capital, is the copy's spacing inside a sentence: ``cur`` ends on a word and
    is full (the next line's first word would not have fitted on it), or is a name's part cut off the line ``prev``
    (:func:`_name_remainder`): "... tỉnh Bình" / "Phước" / "" / "Lư ...". A heading opens its
    paragraph, a paragraph's last line ends on a stop: neither is such a line, nor a link's (no space in it), nor a line
    before one of a page's own (:func:`_own_line`, :func:`_page_lines`: "Tin cùng chủ đề" under a source's link)."""
    full = len(cur) + 1 + len(nxt.split(" ", 1)[0]) > w - _SLACK and cur[-1].isalnum() and " " in cur.strip()
    return bool(nxt) and nxt[0].isupper() and (full or _name_remainder(prev, cur, nxt, w)) and not _ITEM.match(nxt) \
        and not _own_line(cur, nxt, w) and not _page_lines(cur, nxt, "", w) \
        and not _stamp().fullmatch(nxt) and not _table_line(cur) and not _table_line(nxt) and not _lead_day().match(nxt)


def _titled(word: str) -> bool:
    """A word of a name or a place as printed: a capital, then lowercase ("Nguyễn", "Hoa"; not "NĂM", "khác")."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _name_remainder(prev: str, cur: str, nxt: str, w: int) -> bool:
    """Whether ``cur`` is what a copy wrapped again cut off the full line ``prev`` (the two fit within
    :data:`_MAX_WIDTH`, :func:`_remainder`'s measure) and ends on a name's or a place's word, no stop after it, that
    the next line goes on ("... năm 2020. Đồng chí" / "Nguyễn" / "Văn Hùng - Phó Bí thư ...": both words capitalised,
    neither in capitals: a heading's last word is lowercase or in capitals)."""
    words = cur.split()
    return bool(words) and cur[-1].isalnum() and _titled(words[-1]) and _titled(nxt.split(" ", 1)[0].rstrip(",.;:")) \
        and len(prev.lstrip()) + 1 + len(cur.strip()) <= _MAX_WIDTH and len(prev) + 1 + len(words[0]) > w - _SLACK \
        and not _ITEM.match(nxt)


@cache
def _honorific_surname() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line's end on an honorific, and on an honorific and a family name ("... Đồng chí", "... ông Trần"; titles.yaml
    ``honorifics``, ``surnames``), and a line's start on a family name: a name begun on one line and going on below."""
    t = get(TitlesLexicon)
    hon, sur = _alternation(t.honorifics), _alternation(t.surnames)
    return re.compile(rf"(?<!\w)(?i:{hon})(?:[ \t]+(?P<sur>{sur}))?$"), re.compile(rf"(?:{sur})(?!\w)")


def _name_cut(cur: str, nxt: str) -> bool:
    """Whether the break between ``cur`` (with the line above it where the two are joined) and ``nxt`` cuts a name,
    however short ``cur`` is: it ends on an honorific and
    a family name and ``nxt`` opens on a name's word ("... năm 2020. Đồng chí Nguyễn" / "Văn Hùng - Phó Bí thư ..."), or
    it ends on an honorific and ``nxt`` opens on a family name ("... Đồng chí" / "Nguyễn Văn Hùng ...")."""
    first = nxt.split(" ", 1)[0].rstrip(",.;:")
    if not _titled(first):
        return False
    end, starts = _honorific_surname()
    m = end.search(cur)
    return m is not None and (m.group("sur") is not None or starts.match(first) is not None)


def _table_line(line: str) -> bool:
    """A table's row written as text (cells apart by a tab, a run of spaces, or bars: "1 | Khách du lịch | 2.400") or
    a rule across it: a line of its own, blank lines about it or not."""
    s = line.strip()
    return _CELLS.search(s) is not None or s.count("|") >= 2 or _RULE.fullmatch(s) is not None


def unwrap_lines(text: str) -> str:
    """``text`` with a hard-wrapped copy's breaks inside paragraphs written as spaces (one for one; ``\\r\\n``
    as two); a text not so wrapped as is."""
    lines = text.split("\n")
    bare = [x.rstrip("\r ") for x in lines]
    w = _width(bare)
    if not w or not _breaks_sentences(bare):
        return text
    # the copy's longest line of words, within the slack of its width (a link or a line of one word is longer)
    top = max((len(x) for x in bare if " " in x and len(x) <= w + _SLACK), default=w)
    furniture, bridged = _page_breaks(bare, w)
    out: list[str] = []
    opens = True  # the line opens its paragraph: the break before it was kept
    head = lines[0].strip()  # the line that opened the paragraph
    spaced = False  # the line is a blank line inside a sentence: the copy's spacing
    for i, line in enumerate(lines[:-1]):
        if i in furniture or i in bridged:
            body = " " * len(line) if i in furniture else line.removesuffix("\r")
            out.append(body + (" " if line.endswith("\r") else "") + (" " if i in bridged else "\n"))
            opens, spaced = i not in bridged, False
            continue
        if spaced:
            out.append(" " * len(line) + " ")
            spaced = False
            continue
        cur, nxt = bare[i], bare[i + 1].lstrip()
        above = bare[i - 1] or bare[i - 2] if i >= 2 else bare[i - 1] if i else ""  # the line above, a copy's blank skipped
        if cur and not nxt and i + 2 < len(lines) and ((_spaced_in_sentence(cur, after := bare[i + 2].lstrip())
                                                        and not (opens and _short(cur, after, w)))
                                                       or (bool(after) and _name_cut(cur if opens else f"{above} {cur}", after))
                                                       or (not opens and _spaced_cut(above, cur, after, w))):
            spaced, opens = True, False
            out.append((line[:-1] + "  ") if line.endswith("\r") else line + " ")
            continue
        join = bool(cur) and bool(nxt)
        if join:
            first = nxt.split(" ", 1)[0]
            full = len(cur) + 1 + len(first) > w - _SLACK
            runs_on = len(cur) >= w * 2 // 3 and cur[-1] not in _STOP and _goes_on(nxt)
            # a photo's caption closed by its credit's whole name ("... kỳ họp. Ảnh: XUÂN THÀNH" / "THÙY DƯƠNG") ends
            # its line where the next line's first word would have fitted within the copy's longest line: only the
            # slack a proportional font is allowed made it look full
            join = (full or runs_on or _name_cut(cur if opens else f"{above} {cur}", nxt) or (not opens and (_remainder(bare[i - 1], cur, nxt)
                                                       or _name_remainder(bare[i - 1], cur, nxt, w)))) \
                and not _own_line(cur, nxt, w, head) and not (opens and _heading_over(cur, nxt, top)) and not _over_lead(cur, nxt) \
                and not (_captioned(cur) and len(cur) + 1 + len(first) <= top) \
                and not _page_lines(cur, nxt, bare[i + 2].lstrip() if i + 2 < len(bare) else "", w) \
                and not _CELLS.search(cur.strip()) and not _CELLS.search(nxt) \
                and not _RULE.fullmatch(nxt) and not _RULE.fullmatch(cur.strip())
        opens = not join
        head = nxt if opens else head
        if join and line.endswith("\r"):
            out.append(line[:-1] + "  ")
        else:
            out.append(line + (" " if join else "\n"))
    out.append(" " * len(lines[-1]) if len(lines) - 1 in furniture else lines[-1])
    return "".join(out)


#: a figure opening a line: a wrapped sentence's number ("14.870 ha", "71,3 tạ/ha"), no list item's mark ("1. ", "2) ");
#: a percentage after a space ("100 %") and a number glued to its word by a no-break or thin space ("12\u00a0tỷ") are
#: figures too, no mark
_FIGURE_ON = re.compile(r"\d+(?:[.,]\d+)*(?:[ \t\u00a0\u2009\u202f]?%|(?![.)]?[ \t\r\n\f\v])(?!\d))|\d+(?:[.,]\d+)+")


def _page_breaks(bare: list[str], w: int) -> tuple[set[int], set[int]]:
    """A copy of a printed document's page furniture: the lines that are a page number alone between blank lines
    ("1", "- 2 -", "Trang 1/2"), and the breaks a sentence cut by the page goes on across (the lines whose break is
    a space). Where the line before the page number ends on no stop and the text goes on in lowercase or with a
    figure after it, the page's running header (a line shorter than the copy's width with no stop of its own, right
    after the page number and its blank lines) is furniture too, and the sentence runs on over all of it ("... trẻ em
    dưới 1" / "" / "1" / "" / "Báo cáo KT-XH 6 tháng ... - UBND xã X" / "tuổi được tiêm chủng ..."). The furniture's
    lines are written as spaces, one for one, so offsets hold."""
    furniture: set[int] = set()
    bridged: set[int] = set()
    last = len(bare) - 1
    for i, line in enumerate(bare):
        s = line.strip()
        if not s or not is_page_number(s) or (i > 0 and bare[i - 1].strip()) \
                or (i < last and bare[i + 1].strip()):
            continue
        furniture.add(i)
        p = i - 1
        while p >= 0 and not bare[p].strip():
            p -= 1
        n = i + 1
        while n <= last and not bare[n].strip():
            n += 1
        if p < 0 or n > last or bare[p][-1] in _STOP:
            continue
        head = bare[n].strip()
        if n < last and not _goes_on(head) and len(head) < w and head[-1] not in _STOP \
                and bare[n + 1].strip() and _goes_on(bare[n + 1].lstrip()):
            furniture.add(n)
            n += 1
        if _goes_on(bare[n].lstrip()):
            bridged.update(range(p, n))
    return furniture, bridged
