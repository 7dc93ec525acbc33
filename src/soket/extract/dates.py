"""Dates: the page's publication date (a crawler's "date YYYY-MM" line, a dateline) and the
meeting's day ("Chiều 21/7", "Sáng ngày 01/7", "Ngày 22-1", "Trong 2 ngày 13 và 14-7")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from soket import rx as re
from soket.extract.prefilter import skipping
from soket.extract.textutil import lower_keep_len, phrase_alt, word_alt
from soket.lexicon import get
from soket.lexicon.schema import PeriodsLexicon

_MARKER = re.compile(r"(?:\A|\n)[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)")
# "12/10/2023", and the dashed or dotted "13-05-2022", "13.05.2022" ("Chính trị 13-05-2022" under a headline)
# (the look-behind after the first digit: a search skips along to the digits)
_DATELINE = re.compile(r"(\d(?<![\d/.-]\d)\d?)([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-])")
# "2024-07-08 10:15", "2024-07-08T10:15": a stamp year first, standing alone (no address around it)
_ISO_DATELINE = skipping(re.compile(r"(?<![^\s(|])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[\sT)|]|$)"))


@cache
def _doc_ref() -> re.Pattern[str]:
    """A document number just before a day: "số 45/KH-UBND ngày", "Nghị quyết 05-NQ/TU ngày", "số 12 ngày"."""
    number = re.escape(get(PeriodsLexicon).grammar.number)
    return re.compile(rf"(?:(?<!\w){number}[ \t]+[\w./-]*\d[\w./-]*|\d+[ \t]*[/-][ \t]*[A-ZĐ][\w./-]*)[ \t]*,?[ \t]*$")


@cache
def _day_re() -> re.Pattern[str]:
    p = get(PeriodsLexicon)
    g = p.grammar
    day, joint, month, year = (re.escape(w) for w in (g.day, g.joint, g.month, g.year))
    not_after = "".join(f"(?<!{re.escape(w)} )" for w in p.not_day_after)
    cues, words, rel = phrase_alt(p.day_cues), phrase_alt(p.day_words), phrase_alt(p.day_relative)
    weekday = rf"(?:[ \t]+(?:{phrase_alt(p.weekdays)})(?!\w),?)?" if p.weekdays else ""
    # "Sáng mồng 2/10", "ngày mùng 5-9": the ordinal word of the first ten days of a month
    ordinal = rf"(?:[ \t]+(?:{phrase_alt(p.day_ordinals)})(?!\w))?" if p.day_ordinals else ""
    return skipping(re.compile(
        # "Sáng thứ Tư (26/6)", "Hôm thứ Tư (26/6)", "Ngày thứ Tư, 26/6": a weekday after the part of the day or the day's word
        # "Sáng nay - 7/7", "Chiều qua, 11/12": the relative day's word, a dash or a comma, then its date
        rf"(?<!\w){not_after}(?:(?:{cues})(?:[ \t]+(?:{rel})(?:[ \t]*[-–,](?=[ \t]))?)?{weekday}(?:[ \t]+{day})?"
        rf"|(?:{words})(?:[ \t]+(?:{rel}))?{weekday}){ordinal}[ \t]+\(?"
        # "21/7", "22-1", "13 và 14-7", "6, 7 và 8-12" (the first of the days), the official "26 tháng 6 năm 2020"
        # "Trong 2 ngày 27, 28 tháng 12": the days listed with commas only, the month after the last
        rf"(?:(\d{{1,2}})(?:(?:[ \t]*,[ \t]*\d{{1,2}}){{0,4}}[ \t]+{joint}[ \t]+\d{{1,2}}|(?:[ \t]*,[ \t]*\d{{1,2}}){{1,4}}"
        rf"(?=[ \t]*[/.-][ \t]*\d|[ \t]+{month}[ \t]+\d))|(\d{{1,2}}))(?:[ \t]*[/.-][ \t]*|[ \t]+–[ \t]+|[ \t]+{month}[ \t]+)(\d{{1,2}})"
        # no year: the month ends the date ("1-2/10" is no 1 February: days 1 and 2 of October, :func:`_span_re`)
        # "Ngày 17 – 9": an en dash between spaces, as a page typesets the hyphen
        rf"(?:(?:[ \t]*[/.-][ \t]*|[ \t]+–[ \t]+|,?[ \t]+{year}[ \t]+)((?:19|20)\d{{2}})(?!\d)|(?!\d|[ \t]*[/.][ \t]*\d))",
        re.IGNORECASE,
    ))


@dataclass(frozen=True, slots=True)
class PubDate:
    year: int
    month: int | None
    day: int | None
    span: tuple[int, int]


@lru_cache(maxsize=2)  # asked by the pipeline and by the meeting's date: read once a document
def publication_date(text: str, published: str | None = None) -> PubDate | None:
    """The page's own date: a leading "date 2021-07" line, else the first dd/mm/yyyy near the top
    on a line of its own (or in a field of its own of a line of "|"-separated fields: "Thứ Năm,
    10/07/2025 - 16:05 | Lượt xem: 1.532"), else ``published`` (the page's metadata, ISO "2023-07-15")."""
    m = _MARKER.search(text) if "date" in text else None  # the substring test spares a regex pass
    if m:
        return PubDate(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None, m.span())
    head = _head_chars(text)
    for m in _DATELINE.finditer(text, 0, head):
        if len(_CLOCK.sub("", _field_around(text, m.start(), m.end())).strip()) > 40 and not _stamp_opens(text, m):
            continue  # a date inside a sentence, not the page's dateline (its clock and time zone not counted)
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return PubDate(y, mo, d, m.span())
    for m in _ISO_DATELINE.finditer(text, 0, head):  # a site's stamp written year first: "2024-07-08 10:15"
        if len(_CLOCK.sub("", _field_around(text, m.start(), m.end())).strip()) > 40:
            continue
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return PubDate(y, mo, d, m.span())
    iso = re.match(r"((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?", published or "")
    if iso:
        return PubDate(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)) if iso.group(3) else None, (0, 0))
    if (a := _ADDRESS_MONTH.match(text)) is not None:
        return PubDate(int(a.group(1)), int(a.group(2)), None, (0, 0))  # ".../video/201807/khai-mac-...": the page's month
    return None


#: the page's own address on the text's first line with its month as a folder ("https://baotinh.vn/video/201807/...",
#: "/channel/2025/202111/..."), a paper's way of filing its pages
_ADDRESS_MONTH = re.compile(r"[ \t]*https?://[^\s/]+(?:/[^\s/]*)*?/((?:19|20)\d{2})(0[1-9]|1[0-2])/\S*[ \t]*(?:\n|\Z)")


#: a dateline's clock and time zone ("19:59 GMT+7", "(GMT+7)"): no words of a sentence, not counted in its length
_CLOCK = re.compile(r"\(?GMT[ \t]*[+-][ \t]*\d{1,2}(?::?\d{2})?\)?|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")

#: how far into the text a page's stamp is looked for
STAMP_WITHIN = 1500

#: how far into the text a page's dateline is looked for: ``DATELINE_WITHIN`` characters, or to the first line of
#: prose (``PROSE_LINE_CHARS`` long) when a page's head of short lines above it is longer, up to ``DATELINE_HEAD_MAX``
DATELINE_WITHIN = 600
DATELINE_HEAD_MAX = 3000
PROSE_LINE_CHARS = 100
_PROSE_LINE = re.compile(rf"^[^\n]{{{PROSE_LINE_CHARS}}}", re.M)


#: a line that long made of items joined by bars or bullets is a site's menu, not prose
MENU_BARS = 3
#: the prose lines a page's head may hold above its dateline (a sapo printed above the source and the date)
HEAD_PROSE_LINES = 2


def _head_chars(text: str) -> int:
    """The end of the text's head for its dateline: the first ``DATELINE_WITHIN`` characters, or the head of short
    lines to the second line of prose (a site's masthead, menus and stamps above a text copy's own: counted to
    the lead, not from the top; the title's sapo may stand above the source's name and date). A long line of
    items joined by bars or bullets ("Thời sự | Chính trị | ...") is a menu, no prose."""
    end = min(len(text), DATELINE_WITHIN)
    limit = min(len(text), DATELINE_HEAD_MAX)
    seen, at = 0, None
    for m in _PROSE_LINE.finditer(text, 0, limit):
        le = text.find("\n", m.start())
        line = text[m.start():le if le >= 0 else len(text)]
        if line.count("|") + line.count("•") >= MENU_BARS:
            continue
        seen += 1
        at = m.start()
        if seen >= HEAD_PROSE_LINES:
            break
    return max(end, at) if at is not None else end


#: the most characters of a page's stamp line, its clock not counted ("Đăng ngày 26/07/2022 bởi quantri")
STAMP_LINE_CHARS = 40


def stamp_line(sentence: str) -> bool:
    """``sentence`` is a page's stamp: a short line (at most :data:`STAMP_LINE_CHARS` characters less its clock) that
    holds a full date ("Đăng ngày 26/07/2022 bởi quantri", "Cập nhật 10:15 25/07/2022"). It dates the page or its
    update, never the meeting, whichever stamp the page's date was read from."""
    return len(_CLOCK.sub("", sentence).strip()) <= STAMP_LINE_CHARS and _DATELINE.search(sentence) is not None


def year_of_day(text: str, day: int, month: int) -> int | None:
    """The year of the first full date near the top of the text that is the same day ("12/10/2023 18:20",
    a page's stamp inside its headline line): a day written without its year ("Ngày 12-10, HĐND tỉnh ...")."""
    for m in _DATELINE.finditer(text, 0, min(len(text), STAMP_WITHIN)):
        if int(m.group(1)) == day and int(m.group(3)) == month:
            return int(m.group(4))
    return None


def _stamp_opens(text: str, m: re.Match[str]) -> bool:
    """The date opens its line as a page's stamp, its clock beside it, the lead run on after it ("10:56 03/07/2018
    Sáng 3-7, HĐND quận ...", "03/07/2018 10:56 Sáng 3-7, ..."): a page flattened to text joins its stamp to the
    lead, where no sentence opens with a bare clock."""
    before = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
    if before:
        return _CLOCK.fullmatch(before) is not None
    return _CLOCK.match(text[m.end():].lstrip(" \t")) is not None


def _field_around(text: str, start: int, end: int) -> str:
    """The line around ``text[start:end]``, or its field where "|" divides the line into fields
    (looked for within ``_FIELD_REACH`` characters: a longer field is no dateline anyway)."""
    lo, hi = max(0, start - _FIELD_REACH), min(len(text), end + _FIELD_REACH)
    a = max(text.rfind("\n", lo, start), text.rfind("|", lo, start))
    ends = [i for i in (text.find("\n", end, hi), text.find("|", end, hi)) if i >= 0]
    return text[a + 1 if a >= 0 else lo:min(ends) if ends else hi]


_FIELD_REACH = 80


@cache
def _span_re() -> re.Pattern[str]:
    """A meeting over several days: "Từ ngày 18 - 20/7/2016", "Ngày 9 đến 11/12/2020", "từ ngày 17 đến ngày
    18/12/2020" (the day word again after "đến"), "Trong 2 ngày (1-2/10)" (the first day, the month, the year)."""
    p = get(PeriodsLexicon)
    g = p.grammar
    since, day, year = re.escape(g.since), re.escape(g.day), re.escape(g.year)
    return skipping(re.compile(
        rf"(?<!\w)(?:{since}[ \t]+)?{day}[ \t]+\(?(\d{{1,2}})[ \t]*(?:[-–]|(?:{phrase_alt(p.day_span_until)})(?!\w)"
        rf"(?:[ \t]+{day}(?!\w))?)[ \t]*"
        # "họp từ ngày 10 đến ngày 12 tháng 7 năm 2019": the month's word after the last day too
        rf"\d{{1,2}}(?:[ \t]*[/.-][ \t]*|[ \t]+{re.escape(g.month)}[ \t]+)(\d{{1,2}})"
        rf"(?:(?:[ \t]*[/.-][ \t]*|,?[ \t]+{year}[ \t]+)((?:19|20)\d{{2}}))?(?!\d)",
        re.IGNORECASE,
    ))


@cache
def _held_span_re() -> re.Pattern[str]:
    """A meeting held over days written as two full dates after a verb of holding it (periods
    ``day_span_held_verbs``): "Đại hội ... họp từ ngày 08 tháng 7 năm 2015 đến ngày 10 tháng 7 năm 2015" (the first
    day, its month, its year); a span after no such verb ("Tính từ ngày 01/01 đến ngày 30/6") is the figures' time."""
    p = get(PeriodsLexicon)
    g = p.grammar
    if not p.day_span_held_verbs:
        return re.compile(r"(?!x)x")
    day, month, year = re.escape(g.day), re.escape(g.month), re.escape(g.year)
    return skipping(re.compile(
        rf"{word_alt(p.day_span_held_verbs)}[ \t]+{re.escape(g.since)}[ \t]+{day}[ \t]+(\d{{1,2}})"
        rf"(?:[ \t]*[/.-][ \t]*|[ \t]+{month}[ \t]+)(\d{{1,2}})(?:(?:[ \t]*[/.-][ \t]*|,?[ \t]+{year}[ \t]+)((?:19|20)\d{{2}}))?"
        rf"(?!\d)[ \t]+(?:{phrase_alt(p.day_span_until)})(?!\w)",
        re.IGNORECASE,
    ))


@cache
def _bare_span_re() -> re.Pattern[str]:
    """A span of days after "từ" without the word "ngày": "từ 19-20.12.2019", "từ 13 - 14.7" (the first day, the
    last, the month and the year, if written; with none, the span closes its clause: no "từ 5 - 6.5 tấn")."""
    p = get(PeriodsLexicon)
    g = p.grammar
    until = rf"(?:[-–]|(?:{phrase_alt(p.day_span_until)})(?!\w))"  # "từ 13 - 14.7", "từ 13 đến 14.7"
    return skipping(re.compile(
        rf"(?<!\w){re.escape(g.since)}[ \t]+(\d{{1,2}})[ \t]*{until}[ \t]*(\d{{1,2}})[ \t]*([/.-])[ \t]*(\d{{1,2}})"
        rf"(?:[ \t]*\3[ \t]*((?:19|20)\d{{2}})(?!\d)|(?=[ \t]*(?:[.,;:)]|$)(?![.,]\d)))", re.IGNORECASE | re.MULTILINE))


#: the most days a meeting runs over, for a span of days that writes no year ("từ 13 - 14.7": no range of figures)
SPAN_DAYS_MAX = 6


def _bare_span(sentence: str) -> tuple[int, int, int | None] | None:
    """(first day, month, year or None) of a span of days after "từ" with no "ngày" (:func:`_bare_span_re`); with no
    year written, only a span of a few days forward ("từ 13 - 14.7"), so no range of figures ("từ 1 - 2.5")."""
    m = _bare_span_re().search(sentence)
    if m is None or _day_re().search(sentence, 0, m.start()) is not None:
        return None
    first, last, month = int(m.group(1)), int(m.group(2)), int(m.group(4))
    if not (1 <= first <= 31 and 1 <= month <= 12):
        return None
    if m.group(5):
        return first, month, int(m.group(5))
    return (first, month, None) if 0 < last - first <= SPAN_DAYS_MAX and last <= 31 else None


@cache
def _days_re() -> re.Pattern[str]:
    """The days a meeting ran over, written with the day's word: "ngày 3 và 4/12", "ngày 2, 3 và 4-12", "ngày 3 -
    4/12", "ngày 3 đến 4/12", "ngày 10 đến ngày 12/7" (the first day, the last, the month)."""
    p = get(PeriodsLexicon)
    g = p.grammar
    until = rf"(?:[-–]|(?:{phrase_alt(p.day_span_until)})(?!\w))"
    return skipping(re.compile(
        rf"(?<!\w){re.escape(g.day)}[ \t]+\(?(\d{{1,2}})(?:[ \t]*,[ \t]*\d{{1,2}}){{0,4}}"
        rf"(?:[ \t]+{re.escape(g.joint)}[ \t]+|[ \t]*{until}[ \t]*(?:{re.escape(g.day)}[ \t]+)?)(\d{{1,2}})[ \t]*[/.-][ \t]*"
        rf"(\d{{1,2}})(?!\d)",
        re.IGNORECASE,
    ))


def first_of_days(sentences: list[str], day: int, month: int) -> int | None:
    """The first day of the days a meeting ran over where one of ``sentences`` writes them and ``day`` of ``month`` is
    a later one of them ("Chiều 4-12, kỳ họp bế mạc ... Kỳ họp diễn ra trong 2 ngày 3 và 4/12": the 3rd), else None."""
    for t in sentences:
        for m in _days_re().finditer(t):
            first, last, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if mo == month and first < day <= last and last - first <= SPAN_DAYS_MAX:
                return first
        for o in _opened().finditer(t):
            # "Chiều 21/12, kỳ họp bế mạc ... Kỳ họp khai mạc từ sáng 20/12": the session opened a few days before
            # (read apart from the words before: "từ sáng 20/12" is the day opened on, not a span's start)
            if (d := _day_re().match(t[o.end():o.end() + OPEN_DAY_REACH])) is not None and d.group(4) is None:
                first, mo = int(d.group(1) or d.group(2)), int(d.group(3))
                if mo == month and first < day and day - first < SPAN_DAYS_MAX:
                    return first
            # "Kỳ họp khai mạc trong 2 ngày 8 và 9/7", "khai mạc từ ngày 8 - 9/7", "(8-9/7)": the days it sat after
            # the opening word, the first of them the day it opened, however the closing day falls after them
            if (s := _days_re().search(t, o.end(), o.end() + OPEN_DAY_REACH)) is not None:
                first, mo = int(s.group(1)), int(s.group(3))
                if mo == month and first < day and day - first < SPAN_DAYS_MAX:
                    return first
    return None


#: the longest day expression read after an opening word ("sáng thứ Tư (20/12)")
OPEN_DAY_REACH = 40


@cache
def _opened() -> re.Pattern[str]:
    """A session's opening word and the lead word of its day ("khai mạc từ "; periods ``open_words``,
    ``open_day_leads``), up to where the day's expression starts."""
    p = get(PeriodsLexicon)
    if not p.open_words:
        return re.compile(r"(?!)")
    leads = rf"(?:[ \t]+(?:{phrase_alt(p.open_day_leads)})(?!\w))?" if p.open_day_leads else ""
    return re.compile(rf"{word_alt(p.open_words)}(?!\w){leads}[ \t]+", re.IGNORECASE)


#: how far before a day a foretold closing's words may begin ("dự kiến diễn ra trong 3 ngày và bế mạc ngày ")
PLANNED_CLOSE_REACH = 60


@cache
def _planned_close() -> re.Pattern[str]:
    """A closing foretold right before a day: a plan's word, then within its clause a closing word and the day's word
    (periods ``planned_close_words``, ``close_words``), at the end of the searched window."""
    p = get(PeriodsLexicon)
    return re.compile(rf"{word_alt(p.planned_close_words)}(?!\w)[^,;.:]{{0,{PLANNED_CLOSE_REACH}}}?"
                      rf"{word_alt(p.close_words)}[ \t]+(?:{re.escape(p.grammar.day)}[ \t]+)?\Z",
                      re.IGNORECASE)


@cache
def _days_run() -> re.Pattern[str]:
    """How many days a session runs: "trong 3 ngày" (periods ``days_run_words``, the count, the day's word)."""
    p = get(PeriodsLexicon)
    return re.compile(rf"{word_alt(p.days_run_words)}[ \t]+(\d)[ \t]+{re.escape(p.grammar.day)}(?!\w)",
                      re.IGNORECASE)


@cache
def _days_past() -> re.Pattern[str]:
    """How many days a session has sat before its closing day: "Sau 04 ngày làm việc, " (periods ``days_past_words``,
    the count, the day's word), at the end of the searched window (the day's lead words allowed after the comma)."""
    p = get(PeriodsLexicon)
    return re.compile(rf"{word_alt(p.days_past_words)}[ \t]+0?(\d)[ \t]+{re.escape(p.grammar.day)}"
                      rf"(?!\w)[^,;.:\d]{{0,20}},[^,;.:\d]{{0,20}}\Z", re.IGNORECASE)


@cache
def _closed() -> re.Pattern[str]:
    """A closing word (periods ``close_words``: "bế mạc")."""
    return re.compile(rf"{word_alt(get(PeriodsLexicon).close_words)}(?!\w)", re.IGNORECASE)


#: how far before a day the count of the days sat may begin ("Sau 04 ngày làm việc, chiều ngày ")
DAYS_PAST_REACH = 60


def meeting_day(sentence: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of the first day expression in a sentence: a span of days gives its first."""
    if _DIGIT.search(sentence) is None:
        return None  # every day expression below is written in figures: a sentence with none is read once, not five times
    if (held := _held_span_re().search(sentence)) is not None and 1 <= int(held.group(1)) <= 31 \
            and 1 <= int(held.group(2)) <= 12:
        return int(held.group(1)), int(held.group(2)), int(held.group(3)) if held.group(3) else None
    span = _span_re().search(sentence)
    if span is None and (bare := _bare_span(sentence)) is not None:
        return bare
    if span and not (1 <= int(span.group(1)) <= 31 and 1 <= int(span.group(2)) <= 12):
        span = None
    for m in _day_re().finditer(sentence):
        if span and span.start() <= m.start():
            break
        if _doc_ref().search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "Kế hoạch số 45/KH-UBND ngày 10/1/2024": a document's date, not the meeting's
        d = int(m.group(1) or m.group(2))
        mo = int(m.group(3))
        if _planned_close().search(sentence, max(0, m.start() - PLANNED_CLOSE_REACH), m.start()):
            # "Kỳ họp dự kiến diễn ra trong 3 ngày và bế mạc ngày 12/7": the closing foretold; its first day counted
            # back where the sentence says how many days it runs, else no day it was held
            run = _days_run().search(sentence)
            if run is None or not 1 <= d - int(run.group(1)) + 1 <= 31 or not 1 <= int(run.group(1)) <= SPAN_DAYS_MAX:
                continue
            d = d - int(run.group(1)) + 1
        elif (past := _days_past().search(sentence, max(0, m.start() - DAYS_PAST_REACH), m.start())) is not None \
                and _closed().search(sentence, m.end()) is not None and 1 <= int(past.group(1)) <= SPAN_DAYS_MAX \
                and d - int(past.group(1)) + 1 >= 1:
            d = d - int(past.group(1)) + 1  # "Sau 04 ngày làm việc, chiều ngày 12-7, Kỳ họp ... đã bế mạc": sat from the 9th
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return d, mo, int(m.group(4)) if m.group(4) else None
    if span and not _doc_ref().search(sentence, max(0, span.start() - 40), span.start()):
        return int(span.group(1)), int(span.group(2)), int(span.group(3)) if span.group(3) else None
    if (bm := _BARE_OPENING_DAY.match(sentence)) is not None and 1 <= int(bm.group(1)) <= 31 and 1 <= int(bm.group(2)) <= 12:
        return int(bm.group(1)), int(bm.group(2)), int(bm.group(3)) if bm.group(3) else None
    return None


#: the longest opening phrase of a lead that holds its own day ("(LSO) - Trong 2 ngày 25 và 26/3/2010, ..."): the
#: paper's code, the words of its time and its date, before the first comma
LEAD_HEAD_MAX = 60


def lead_day(sentence: str) -> tuple[int, int, int] | None:
    """(day, month, year) of a full date standing in the lead's opening phrase, before its first comma ("Trong 2
    ngày 25 và 26/3/2010, Đảng bộ ... tiến hành Đại hội"): the text states its meeting's day, which a later
    copy's page stamp does not replace. None when the date has no year or stands later in the sentence."""
    found = meeting_day(sentence)
    comma = sentence.find(",")
    if found is None or found[2] is None or not 0 < comma <= LEAD_HEAD_MAX:
        return None
    d, mo, y = found[0], found[1], found[2]
    head = sentence[:comma]
    return (d, mo, y) if re.search(rf"(?<!\d){y}(?!\d)", head) and re.search(rf"(?<!\d)0?{d}(?!\d)", head) else None


#: a day with no word before it opening a lead, a comma after it ("28/6, UBND huyện tổ chức hội nghị ..."), maybe
#: after the paper's code ("(NĐO) - 28/6, ...")
#: a digit: what each of :func:`meeting_day`'s patterns needs
_DIGIT = re.compile(r"\d")
_BARE_OPENING_DAY = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*[-–][ \t]*)?(\d{1,2})[ \t]*[/.-][ \t]*(\d{1,2})"
                               r"(?:[ \t]*[/.-][ \t]*((?:19|20)\d{2}))?[ \t]*,")


@cache
def _relative_re() -> re.Pattern[str]:
    p = get(PeriodsLexicon)
    return re.compile(rf"{word_alt(p.relative_day_cues)}[ \t]+(?P<rel>{phrase_alt(p.days_back)})(?!\w)"
                      r"(?![ \t]*\(?[ \t]*\d)")  # "Sáng nay (12/12)" names its day: meeting_day reads it


#: how far into its sentence a relative day may stand: after the paper's code ("(QBĐT) - Chiều nay, ...")
RELATIVE_OPENS_WITHIN = 40


def _opens(before: str) -> bool:
    """Nothing before the day but the paper's code and its dash: the day opens the lead ("kỳ họp hôm
    nay" in a speech is no dateline)."""
    before = before.strip()
    # (a bullet or a pictograph before the day: no words)
    return not before or (len(before) <= RELATIVE_OPENS_WITHIN and before.endswith(("-", "–", "—", ")", ":"))) \
        or (len(before) <= RELATIVE_SYMBOLS and not any(ch.isalnum() for ch in before))


#: the most characters of symbols alone (a bullet, a clock's pictograph) a relative day may stand after
RELATIVE_SYMBOLS = 4


def opens_with_relative_day(sentence: str) -> bool:
    """The sentence opens with a day named relative to the page's date ("Chiều qua, phiên khai mạc ...")."""
    m = _relative_re().search(lower_keep_len(sentence), 0, RELATIVE_OPENS_WITHIN + 40)
    return m is not None and _opens(sentence[:m.start()])


def relative_day(sentence: str, pub: PubDate | None) -> tuple[int, int, int] | None:
    """(day, month, year) of a day a sentence names only relative to the page's date ("Chiều nay,
    HĐND tỉnh khai mạc kỳ họp": the page's day; "Sáng qua": the day before), when the page is dated
    to the day."""
    if pub is None or pub.month is None or pub.day is None:
        return None
    m = _relative_re().search(lower_keep_len(sentence), 0, RELATIVE_OPENS_WITHIN + 40)
    if m is None or not _opens(sentence[:m.start()]):
        return None
    back = get(PeriodsLexicon).days_back.get(m.group("rel"))
    if back is None or not 1 <= pub.month <= 12 or not 1 <= pub.day <= _month_days(pub.year, pub.month):
        return None
    y, mo, d = pub.year, pub.month, pub.day
    for _ in range(min(back, 31)):  # a day at a time: the calendar without the clock (no datetime here)
        d -= 1
        if d == 0:
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
            d = _month_days(y, mo)
    return d, mo, y


def day_number(day: int, month: int, year: int) -> int | None:
    """The day's number counted from 1 March of year 0 (two days' numbers differ by the days between them), or None
    for no such day ("31/2"): the calendar without the clock."""
    if not 1 <= month <= 12 or not 1 <= day <= _month_days(year, month):
        return None
    y = year - (month <= 2)
    m = month + (9 if month <= 2 else -3)  # March is month 0: the leap day ends the counted year
    return 365 * y + y // 4 - y // 100 + y // 400 + (153 * m + 2) // 5 + day - 1


def _month_days(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
