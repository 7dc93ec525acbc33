"""The period under review: "6 tháng đầu năm 2021" → 2021, months 1..6; "9 tháng" → 1..9;
"quý III" → 7..9; "năm 2025" (tổng kết) → 1..12. The year, when the phrase has none, comes
from the rest of its sentence, then from the document."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from soket import rx as re
from soket.extract.prefilter import skipping
from soket.extract.sentences import Sentence
from soket.extract.textutil import YEAR, lower_keep_len, phrase_alt, word_alt, words_re
from soket.lexicon import get
from soket.lexicon.schema import BodiesLexicon, PeriodsLexicon
from soket.model import Period


@dataclass(frozen=True, slots=True)
class _Rx:
    phrase: re.Pattern[str]
    task: re.Pattern[str]
    quarters: dict[str, list[int]]
    month_words: dict[str, int]
    duration: re.Pattern[str]
    running: re.Pattern[str]
    month: re.Pattern[str]
    month_cue: re.Pattern[str]
    since: re.Pattern[str]
    mid_year: re.Pattern[str]
    no_review: re.Pattern[str]
    monthly: re.Pattern[str]
    meeting_noun: re.Pattern[str]
    last: str  # "cuối" of "6 tháng cuối năm"
    part_of_year: re.Pattern[str]
    review: re.Pattern[str]  # "đánh giá tình hình 10 tháng": the months reviewed, not a figure's running total
    remaining: re.Pattern[str]  # "2 tháng còn lại": the months left, no period reviewed
    operating: re.Pattern[str]  # "6 tháng vận hành": how long something has run, no period named
    year_only: re.Pattern[str]
    since_cue: re.Pattern[str]  # "đánh giá tình hình ... từ ngày 1/7 đến nay": the review word before a span
    plan_year: re.Pattern[str]  # "phân bổ dự toán ngân sách năm 2024": a plan's year, not one reviewed
    quarter_join: re.Pattern[str]  # "quý III và 9 tháng": what joins a quarter to the running months ending with it


#: the most words of a monthly meeting's topic before its month ("giao ban tình hình kinh tế - xã hội tháng 4")
MONTHLY_TOPIC_WORDS = 8


#: between a date's day, month and year: a slash (spaced or not), or a dash or a dot written close ("1/7", "1-7-2025",
#: "1.7.2025"; "18 - 20/7" is a span of days)
_DATE_SEP = r"(?:[ \t]*/[ \t]*|[.-])"


@cache
def _rx() -> _Rx:
    p = get(PeriodsLexicon)
    g = p.grammar
    day, month_w, year, first, last, since_w, lead = (
        re.escape(w) for w in (g.day, g.month, g.year, g.first, g.last, g.since, g.since_lead))
    mw = phrase_alt(p.month_words)
    q = phrase_alt(p.quarters)
    half = phrase_alt(p.half_year)
    phrase = skipping(re.compile(
        rf"(?<!\w)(?:(?P<half>{half})"
        # not the day and month of a date ("Sóc Trăng, ngày 6 tháng 1 năm 2025"), nor a date written without its
        # day word, the month's number right after (a social post's stamp "2 tháng 10 lúc 17:05", "8 tháng 7, 2019";
        # "9 tháng 20,8 tỷ đồng" is a span and its figure)
        rf"|(?<!{day}[ \t])(?P<n>\d{{1,2}}|{mw})[ \t]+{month_w}(?![ \t]+\d{{1,2}}[ \t]+{year}(?!\w))"
        rf"(?![ \t]+(?:0?[1-9]|1[0-2])(?![\d/]|[.,]\d))"
        rf"(?:[ \t]+(?P<side>{first}|{last}))?(?:[ \t]+{year})?"
        rf"|(?:{phrase_alt(p.quarter_words)})[ \t]+(?P<q>{q})(?!\w)"
        # (a year in brackets right after a figure is that figure's own: "giảm từ 10,6% (năm 2011) xuống còn 3,25%")
        rf"|{''.join(f'(?<!{re.escape(w)} )' for w in p.year_not_after)}(?<![\d%] \()(?<![\d%]\(){year})"
        rf"(?:[ \t.,/]*(?:{year}[ \t]+)?(?P<year>(?:19|20)\d{{2}})(?!\d))?"
    ))
    month = skipping(re.compile(rf"(?<![\w/])(?<!\d[ \t]){month_w}[ \t]+(?P<m>\d{{1,2}})(?!\d)"
                                rf"(?:[ \t]*[/.-][ \t]*(?P<y1>(?:19|20)\d{{2}})|[ \t]+{year}[ \t]+(?P<y2>(?:19|20)\d{{2}}))?(?![\d/])"))
    sep = _DATE_SEP
    since = skipping(re.compile(rf"(?<!\w)(?:{lead}[ \t]+)?{since_w}[ \t]+(?:{day}[ \t]+)?\d{{1,2}}{sep}(?P<m>\d{{1,2}})"
                                rf"(?:{sep}(?P<y>(?:19|20)\d{{2}}))?[ \t]+" + rf"(?:(?:{phrase_alt(p.since_until)})(?!\w)"
                                # "từ ngày 1/7 đến 31/12/2025": a span closed on a day
                                rf"|(?:{phrase_alt(p.day_span_until)})[ \t]+(?:{day}[ \t]+)?\d{{1,2}}{sep}(?P<m2>\d{{1,2}})"
                                rf"(?:{sep}(?P<y2>(?:19|20)\d{{2}}))?(?![\d/]|[.-]\d))"))
    mid_year = re.compile(rf"{word_alt(p.mid_year_sessions)}(?:[ \t]+(?P<year>(?:19|20)\d{{2}})(?!\d))?")
    return _Rx(phrase, words_re(p.task_cues), p.quarters, p.month_words,
               re.compile(rf"{word_alt(p.duration_before)}[ \t]*$"),
               re.compile(rf"{word_alt(p.running_total_before)}[ \t]*$"), month,
               words_re([*p.month_review_cues, *p.task_cues, *p.month_plan_cues]), since, mid_year, re.compile(
                   rf"{word_alt(get(BodiesLexicon).session_nouns)}(?:[ \t]+[^\s.,;:()]+){{0,5}}?[ \t]*[(–-]?[ \t]*"
                   rf"(?:{phrase_alt(p.no_review_sessions)})(?!\w)"),
               # "giao ban tháng 9", "giao ban tình hình kinh tế - xã hội tháng 4": the name, maybe its topic, then its month
               re.compile(rf"{word_alt(p.monthly_meetings)}[ \t]+" + (
                   rf"(?:(?:{phrase_alt(p.monthly_meeting_topics)})(?:[ \t]+(?:-|[^\s\d.,;:()]+)){{0,{MONTHLY_TOPIC_WORDS}}}?"
                   rf"[ \t]+(?={month_w}[ \t]+\d))?" if p.monthly_meeting_topics else "")),
               words_re(get(BodiesLexicon).meeting_nouns),
               g.last,
               # "giữa năm 2024", "cuối năm", "tháng 10 năm 2024": a part of the year, or a month's year
               # "những tháng còn lại của năm 2025": the rest of the year, planned (``remaining_year_before``)
               re.compile(rf"(?:{re.escape(g.mid)}|{last}|{first}|{month_w}[ \t]+\d{{1,2}}{_month_list(p)}"
                          rf"|{word_alt(p.remaining_year_before) if p.remaining_year_before else '(?!)'})[ \t]*$"),
               words_re(p.month_review_cues), re.compile(rf"[ \t]+{word_alt(p.remaining_after)}(?!\w)"),
               re.compile(rf"[ \t]+{word_alt(p.duration_after)}(?!\w)"),
               # "nhiệm vụ chính trị năm 2025", not the year of a month ("tháng 10 năm 2024")
               re.compile(rf"(?<!\w)(?<!{month_w} \d )(?<!{month_w} \d\d )"
                          rf"{''.join(f'(?<!{re.escape(w)} )' for w in p.year_not_after)}(?<![\d%] \()(?<![\d%]\()"
                          rf"{year}[ \t]+((?:19|20)\d{{2}})(?!\d)",
                          re.IGNORECASE),
               words_re([*p.since_review_cues, *p.task_cues, *p.month_plan_cues]),
               re.compile(rf"{word_alt(p.plan_year_nouns)}(?!\w)[^.;:]{{0,{PLAN_YEAR_WITHIN}}}$"
                          # "phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2022": a goal's year
                          + (rf"|{word_alt(p.goal_year_verbs)}(?!\w)[^.;:]{{0,{GOAL_YEAR_WITHIN}}}$"
                             if p.goal_year_verbs else "")),
               re.compile(rf"[ \t]*(?:{phrase_alt(p.quarter_and_running)})[ \t]+"))


def find_period(sents: list[Sentence], fallback_year: int | None, not_after: tuple[int, int] | None = None) -> Period:
    """The main period reviewed, from the first sentences that name one. A phrase without its year
    takes the year of its own sentence, else of the same phrase written with a year elsewhere ("6
    tháng đầu năm" ... "6 tháng đầu năm 2025"), else of the sentences after it. ``not_after``
    (year, month of the meeting): a period starting later is the next one planned, not the one reviewed."""
    rx = _rx()
    best: Period | None = None
    single: Period | None = None  # a single month or a span to the meeting, reviewed in a sentence naming no other period
    mid = _mid_year_session(sents, rx)
    thematic = _no_review_session(sents, rx)
    opening = len(_opening(sents, rx)) if thematic else 0
    thematic_year: int | None = None  # the year a thematic session names: it dates the meeting, reviews nothing
    monthly = _opening_month(sents, rx)
    named = _meeting_month(sents, rx)
    named_month = named.end_month if named is not None else None  # "họp thường kỳ tháng 10": a monthly meeting's
    if monthly is None and named_month is not None and _own_month_reviewed(sents, rx):
        monthly = named_month  # "... thường kỳ tháng 4 nhằm đánh giá kết quả ... trong tháng": April is reviewed
    top = head_shift(sents)  # the windows below are counted from the lead, not from the top of a page's head
    weekly, week_year = _week_meeting(_opening(sents, rx))  # "họp báo tuần 7 năm 2026": a week, no whole year
    year_end = None if thematic or weekly else _year_end_session(sents, rx)  # "kỳ họp thường lệ cuối năm 2025"
    # "sơ kết giữa nhiệm kỳ": a term's years, a body's whole year no period
    term = _sentences_naming(_opening(sents, rx), _term_review_re())
    # "tổng kết 5 năm thực hiện Nghị quyết": several years, none a period
    years = _sentences_naming(_opening(sents, rx), _years_review_re())
    for k, sent in enumerate(sents[:top + 40]):
        low = lower_keep_len(sent.text)
        found = [(m, _period_of(m, low, rx)) for m in rx.phrase.finditer(low)]  # read once: here and below
        if single is None and best is None:
            single = _single_month(low, rx, any(p is not None for _, p in found))
            if single is not None and single.year is None:
                single.year = _year_after(low, 0) or next(
                    (y for s in sents[k + 1:k + 4] if (y := _year_after(lower_keep_len(s.text), 0, near=False))), None)
        for m, p in found:
            if p is None or _is_basis(low, m) or (m.group("q") and _running_after(low, m, p, rx)):
                continue
            if mid is not None and _mid_year_figure_span(low, m, p, mid):
                continue  # "kỳ họp thường lệ giữa năm 2025" and "Thu ngân sách 5 tháng đạt ...": a figure's running total
            if year_end is not None and m.group("q") and p.end_month is not None and p.end_month < 12:
                continue  # "kỳ họp thường lệ cuối năm" and "giá phân bón tăng mạnh từ quý III": a year-end session
                # reviews its year, an earlier quarter is when one figure moved
            if thematic and k >= opening and m.group("n") and len(low[m.end("n"):m.end()].split()) == 1:
                continue  # a thematic session's bare "8 tháng" below its lead is a figure's span, no period named
            if monthly and named_month == monthly and p.end_month and p.end_month < monthly \
                    and (p.start_month, p.end_month) != (1, 12) and (at := _meeting_month_at(sents, rx)) and k > at[0]:
                continue  # "phiên họp thường kỳ tháng 7 ... tình hình tháng 7", then "Trước đó, 6 tháng đầu năm, ...": months
                # the monthly meeting's body recalls, its own month is the one reviewed
            if monthly and named_month == monthly and p.end_month and p.end_month > monthly \
                    and (p.start_month, p.end_month) != (1, 12) and (at := _meeting_month_at(sents, rx)) and k > at[0]:
                continue  # "họp thường kỳ tháng 1 ... đánh giá tình hình tháng 1", then "chương trình công tác quý I": a
                # period not over when the month closes is one the meeting plans for
            if monthly and m.group("n") and p.end_month == monthly and len(low[m.end("n"):m.end()].split()) == 1 \
                    and not _month_joined(low, m, p) and not _summed(low, m):
                continue  # "10 tháng đón 612.000 lượt khách" at a meeting on October: the running total to its month
            if named_month and m.group("n") and p.end_month == named_month \
                    and len(low[m.end("n"):m.end()].split()) == 1 and not rx.review.search(low, max(0, m.start() - REVIEW_CUE_WITHIN), m.start()) \
                    and not _month_joined(low, m, p) and not _summed(low, m):
                continue  # "Thu ngân sách 10 tháng giảm" at a "họp thường kỳ tháng 10": a figure's running total
            if single is not None and single.start_month and single.end_month and m.group("n") \
                    and len(low[m.end("n"):m.end()].split()) == 1 \
                    and p.end_month == single.end_month - single.start_month + 1:
                return _with_year(single, sents, fallback_year)  # "từ 1/7 đến 31/12/2025" ... "Trong 6 tháng, ...": that span
            if p.year is None:
                p.year = _year_after(low, m.end()) or _year_after(low, 0) or _same_phrase_year(sents, p, rx) or next(
                    (y for s in sents[k + 1:k + 4] if (y := _year_after(lower_keep_len(s.text), 0, near=False))), None)
            if p.start_month == 1 and p.end_month == 12 and m.group("year") is None:
                continue  # a bare "năm" is no period
            if (p.start_month, p.end_month) == (1, 12) \
                    and _document_year().search(low, max(0, m.start("year") - NOT_A_PERIOD_YEAR_WITHIN), m.start("year")):
                continue  # "theo Luật Tổ chức chính quyền địa phương năm 2015": a law's year
            if (p.start_month, p.end_month) == (1, 12) and year_end is not None and year_end.year and p.year \
                    and p.year > year_end.year:
                continue  # "kỳ họp thường lệ cuối năm 2025" ... "nền tảng cho năm 2026": the year it plans, not its own
            if (p.start_month, p.end_month) == (1, 12) and (weekly or _occasion_before(low, m.start())):
                continue  # a weekly meeting's "tổng kết năm 2025", a festival's "mừng Xuân Bính Ngọ năm 2026": no period
            if term and (p.start_month, p.end_month) == (1, 12) and k not in term:
                continue  # a mid-term review's "năm 2022 đạt ...", beside no review cue: one figure's year
            if term and k not in term and m.group("n") \
                    and not rx.review.search(low, max(0, m.start() - REVIEW_CUE_WITHIN), m.start()):
                continue  # "..., năm 2012 tăng 8,37%, 6 tháng đầu năm 2013 tăng 8,05%" in a mid-term review: one figure's span
            if years and (p.start_month, p.end_month) == (1, 12) and k not in years:
                continue  # a review of five years' work, and "Riêng năm 2025 đón ..." beside no review cue: one figure's year
            if thematic and (p.start_month, p.end_month) == (1, 12):
                if not _not_a_period_year().search(low, max(0, m.start() - NOT_A_PERIOD_YEAR_WITHIN), m.start()):
                    thematic_year = thematic_year or p.year  # (not a settled budget's year)
                continue  # a thematic session's "năm 2025" is the year of what it decides on, not one reviewed
            if not_after and p.year and p.start_month and (p.year, p.start_month) > not_after:
                continue
            if (p.start_month, p.end_month) == (1, 12) and _resolution_year(low, m, found):
                continue  # "thực hiện Nghị quyết năm 2017 qua 6 tháng đầu năm 2017": the months named beside it
            if ((p.start_month, p.end_month) == (1, 12) or thematic) \
                    and rx.plan_year.search(low, max(0, m.start() - GOAL_YEAR_WITHIN - 25), m.start()):
                continue  # "chương trình công tác năm 2024", "điều chỉnh kế hoạch đầu tư công năm 2025": a plan's year,
                # what a meeting decides on, reviews no period (a meeting naming no other reviews none); at a thematic
                # or extraordinary session, a plan's months too ("điều chỉnh danh mục kế hoạch vốn đầu tư 5 tháng đầu
                # năm 2019")
            if best is None:
                best = p
            if p.end_month != 12 or m.group("year"):
                if p.year is None:
                    p.year = _opening_year(sents) or _compared_year(sents) or fallback_year
                if (p.start_month, p.end_month) == (1, 12) and mid is not None:
                    if not thematic and (half := _decided_half(sents[:top + 15], rx, mid, named_month)) is not None:
                        return half
                    return _with_year(mid, sents, p.year or fallback_year)
                if (p.start_month, p.end_month) == (1, 12) and k >= len(_opening(sents, rx)) and not thematic \
                        and (half := _closing_half(_opening(sents, rx), rx, named_month)) is not None and half.year == p.year:
                    # "bàn phương hướng, nhiệm vụ 6 tháng cuối năm 2025" in the lead, then "biên chế ... năm 2025" in the
                    # body: the year of what is decided, not a review of it; the lead names the months the meeting is for
                    return half
                if (p.start_month, p.end_month) == (1, 12) and single is not None:
                    return _with_year(single, sents, fallback_year)
                if (p.start_month, p.end_month) == (1, 12) and (at := _meeting_month_at(sents, rx)) and at[0] < k \
                        and (at[1].end_month or 12) < YEAR_END_FROM:
                    # "phiên họp thường kỳ tháng 10" reviews its month: a whole year a later sentence names
                    # ("Công tác thu ngân sách năm 2023 đạt 85% dự toán") is under way, reviewed only at its end
                    return _with_year(_to_date(at[1], sents, rx), sents, p.year)
                if (p.start_month, p.end_month) == (1, 12) and _is_headline(sents, k) and \
                        (lead := _lead_months(sents[k + 1:max(k + 3, len(_opening(sents, rx)))], rx, p.year,
                                              year_end is not None)):
                    return lead
                if m.group("q") and (run := _joined_later(sents[k + 1:k + 1 + JOINED_WITHIN], p, rx)) is not None:
                    return run  # "... công tác quý III", then "Theo đánh giá, quý III và 9 tháng đầu năm 2017, ...": 1..9
                if m.group("q") and _is_headline(sents, k) \
                        and (run := _running_later(sents[k + 1:k + 1 + JOINED_WITHIN], p, rx)) is not None:
                    return run  # "UBND huyện họp phiên thường kỳ Quý II" over "đánh giá tình hình 6 tháng đầu năm": 1..6
                return p
    if mid is not None and (best is None or (best.start_month, best.end_month) == (1, 12)):
        if not thematic and (half := _decided_half(sents[:top + 15], rx, mid, named_month)) is not None:
            return half
        return _with_year(mid, sents, best.year if best is not None and best.year else fallback_year)
    if best is not None and best.year is None:
        best.year = _opening_year(sents) or _compared_year(sents) or fallback_year
    if single is not None and (best is None or (best.start_month, best.end_month) == (1, 12)):
        return _with_year(single, sents, fallback_year)
    if best is None:
        # the period the meeting decides on, when it names no other: "nhiệm vụ 6 tháng cuối năm 2025"
        # (not a thematic session's "dự toán 6 tháng cuối năm 2025", what it decides on)
        if not thematic and (half := _closing_half(sents[:top + 15], rx, named_month)) is not None:
            return half
        # a monthly meeting that names no other period reviews its month ("phiên họp thường kỳ tháng 9/2023")
        if (own := _meeting_month(sents, rx)) is not None:
            if own.year is None and own.start_month:
                own.year = _same_month_year(sents, own.start_month, rx)
            return _with_year(_to_date(own, sents, rx), sents, fallback_year)
        if (clause := _clause_month(sents[:top + 15], rx, not_after)) is not None:
            return clause  # "Trong tháng 1/2026, kinh tế - xã hội ...": the month the body's results are of
        if (end := year_end) is not None:
            if end.year is None and not_after is not None:  # "kỳ họp thường lệ cuối năm" on 10/12/2025: that year
                return Period(year=not_after[0], start_month=1, end_month=12, label=end.label)
            return end  # "kỳ họp thứ 12 (kỳ họp thường lệ cuối năm)": the year it ends (its year, else the page's)
        if term or years:
            # a term's first half reviewed, several years of a resolution: no period
            return Period(year=None, start_month=None, end_month=None)
        # no period phrase: a review that names only its year ("nhiệm vụ chính trị năm 2025"), not a plan's nor a goal's
        for sent in sents[:0 if thematic or weekly else top + 15]:
            # not the year of a month ("tháng 10 năm 2024"), nor a comparison's ("so với cùng kỳ năm 2021"), nor a
            # festival's ("Tết Nguyên đán năm 2026")
            low = lower_keep_len(sent.text)
            # (nor the year of a task: "triển khai nhiệm vụ năm 2025", as a phrase's year, :func:`_period_of`)
            ym = next((y for y in rx.year_only.finditer(sent.text) if not _is_basis(low, y) and not _planned(low, y, rx)
                       and not _occasion_before(low, y.start())
                       and not rx.plan_year.search(low, max(0, y.start() - GOAL_YEAR_WITHIN - 25), y.start())
                       and not _task_cue_in(low, y.start() - TASK_YEAR_WITHIN, y.start(), rx)
                       and not _task_clause_before(low, y.start(), rx)
                       and not _document_year().search(low, max(0, y.start(1) - NOT_A_PERIOD_YEAR_WITHIN), y.start(1))), None)
            if ym and not (not_after and (int(ym.group(1)), 1) > not_after):
                return Period(year=int(ym.group(1)), start_month=1, end_month=12, label=ym.group())
    return best or Period(year=thematic_year or week_year or fallback_year, start_month=None, end_month=None)


@cache
def _week_re() -> re.Pattern[str]:
    """A week named by its number ("tuần 7", "tuần 12"): a weekly meeting's name."""
    p = get(PeriodsLexicon)
    return skipping(re.compile(rf"{word_alt(p.week_words)}[ \t]+\d{{1,2}}(?!\d)")) \
        if p.week_words else re.compile(r"(?!x)x")


def _week_meeting(opening: list[Sentence]) -> tuple[bool, int | None]:
    """Whether the title or the lead names the meeting by its week ("họp báo Đảng ủy tuần 7 năm 2026"), and the
    week's year where written after it (it dates the meeting, no period reviewed)."""
    rx = _week_re()
    for s in opening:
        low = lower_keep_len(s.text)
        if (m := rx.search(low)) is not None:
            return True, _year_after(low, m.end())
    return False, None


#: how far before a year a festival's name may stand ("mừng Xuân Bính Ngọ năm 2026": its year-name between)
OCCASION_WITHIN = 32


@cache
def _occasion_re() -> re.Pattern[str]:
    words = get(PeriodsLexicon).occasion_words
    return re.compile(rf"{word_alt(words)}(?!\w)[^,;.:()\d]{{0,{OCCASION_WITHIN}}}$") if words \
        else re.compile(r"(?!x)x")


def _occasion_before(low: str, start: int) -> bool:
    """Whether a festival's name stands just before the year at ``start`` ("Tết Nguyên đán năm 2026")."""
    return _occasion_re().search(low, max(0, start - OCCASION_WITHIN - 8), start) is not None


#: months of a meeting that reviews the year before by "năm qua", and of one that reviews its own
PAST_YEAR_BEFORE_MONTH = 2
PAST_YEAR_OWN_FROM_MONTH = 11


@cache
def _past_year_re() -> re.Pattern[str]:
    p = get(PeriodsLexicon)
    # not a count of years ("5 năm qua", "trong những năm qua"): a bare "năm qua" names the one year just past
    many = "".join(f"(?<!{re.escape(w)} )" for w in p.past_years_many)
    return re.compile(rf"(?<!\d[ \t]){many}{word_alt(p.past_year_words)}(?!\w)") if p.past_year_words \
        else re.compile(r"(?!x)x")


@cache
def _year_review_bare_re() -> re.Pattern[str]:
    """A year-end review named by no number ("tổng kết năm, triển khai ...", "tổng kết công tác năm và ..."): the
    word "năm" closes its clause or comes before a join (periods.year_review_bare)."""
    p = get(PeriodsLexicon)
    joins = rf"|[ \t]+(?:{phrase_alt(p.year_review_bare_joins)})(?!\w)" if p.year_review_bare_joins else ""
    return re.compile(rf"{word_alt(p.year_review_bare)}(?=[ \t]*(?:[,.;:]|$){joins})") \
        if p.year_review_bare else re.compile(r"(?!x)x")


def past_year(sents: list[Sentence], met_year: int, met_month: int) -> Period | None:
    """The year a meeting reviews as "năm qua" ("Sáng 15/1, Huyện ủy tổng kết công tác năm qua") or by a bare year-end
    review ("tổng kết năm, triển khai nhiệm vụ năm 2026"), where its lead names
    no months: at a meeting of January or February the year before, of November or December its own; None
    otherwise, and for a thematic session or a weekly meeting (they review no year)."""
    if PAST_YEAR_BEFORE_MONTH < met_month < PAST_YEAR_OWN_FROM_MONTH:
        return None
    rx = _rx()
    if _no_review_session(sents, rx) or _week_meeting(_opening(sents, rx))[0]:
        return None
    top = head_shift(sents)
    for s in sents[:top + 6]:
        low = lower_keep_len(s.text)
        m = _past_year_re().search(low) or _year_review_bare_re().search(low)
        if m is not None:
            year = met_year - 1 if met_month <= PAST_YEAR_BEFORE_MONTH else met_year
            return Period(year=year, start_month=1, end_month=12, label=m.group())
    return None


#: how far after a plan's review head ("kết quả thực hiện") its year may stand, the plan's name between
PLAN_REVIEW_WITHIN = 120


@cache
def _plan_review_re() -> re.Pattern[str]:
    """A plan's review head, then its clause's words (no full stop), then the first year ("kết quả thực hiện kế hoạch
    phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2020")."""
    p = get(PeriodsLexicon)
    if not p.plan_review_heads:
        return re.compile(r"(?!x)x")
    return re.compile(rf"{word_alt(p.plan_review_heads)}(?!\w)[^.;:!?()\n\d]{{0,{PLAN_REVIEW_WITHIN}}}?"
                      rf"(?<!\w){re.escape(p.grammar.year)}[ \t]+((?:19|20)\d{{2}})(?![\d/.-]\d)")


def plan_year_reviewed(sents: list[Sentence], met_year: int, met_month: int) -> Period | None:
    """The year a year-end meeting reviews by the report on carrying out its plan ("nghe báo cáo kết quả thực hiện kế
    hoạch phát triển kinh tế - xã hội năm 2020" at a session of December 2020; of January 2021 too), where its page
    names no months reviewed: that whole year. None at a meeting mid-year, for another year (the plan for the year
    to come), and for a thematic session or a weekly meeting."""
    if PAST_YEAR_BEFORE_MONTH < met_month < PAST_YEAR_OWN_FROM_MONTH:
        return None
    rx = _rx()
    if _no_review_session(sents, rx) or _week_meeting(_opening(sents, rx))[0]:
        return None
    closed = met_year - 1 if met_month <= PAST_YEAR_BEFORE_MONTH else met_year
    for s in sents[:head_shift(sents) + PLAN_REVIEW_SENTENCES]:
        low = lower_keep_len(s.text)
        for m in _plan_review_re().finditer(low):
            if int(m.group(1)) == closed:
                return Period(year=closed, start_month=1, end_month=12, label=low[m.start(1) - 4:m.end(1)])
    return None


#: the sentences below the page's head a plan's review is looked for in
PLAN_REVIEW_SENTENCES = 15


#: how far before a year a task's word makes it the year planned ("triển khai nhiệm vụ năm 2025")
TASK_YEAR_WITHIN = 25


#: how far before a year a task's word may stand when nothing but words are between: its object named in full
#: ("TRIỂN KHAI CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2018" over a lead's "tổng kết công tác ... năm 2017")
TASK_CLAUSE_WITHIN = 50
_CLAUSE_MARK = re.compile(r"[.;:!?()\n]")


def _month_more(p: PeriodsLexicon) -> str:
    """What opens one more month of a list after a month's number: a comma or a joining word (periods.yaml
    ``month_joins``), the month's word again or not ("tháng 1, 2", "tháng 1 và tháng 2"); a regex of no group."""
    return rf"[ \t]*(?:{phrase_alt([',', *p.month_joins])})[ \t]*(?:{re.escape(p.grammar.month)}[ \t]+)?"


def _month_list(p: PeriodsLexicon) -> str:
    """The months listed after a month's number ("tháng 1,2", "tháng 1, 2 và 3", "tháng 1 và tháng 2"), a regex of
    no group (:func:`_month_more`, each a number)."""
    return rf"(?:{_month_more(p)}\d{{1,2}}(?![\d.,]\d))*"


@cache
def _month_list_after() -> re.Pattern[str]:
    """The months listed right after a month's number (:func:`_month_list`), their last number in group "last"."""
    p = get(PeriodsLexicon)
    return re.compile(rf"{_month_list(p)}{_month_more(p)}(?P<last>\d{{1,2}})(?![\d.,]\d)"
                      # the list ends its phrase: no noun counted after it ("trong tháng 1, 2 xã đạt chuẩn")
                      rf"(?![ \t]+(?!(?:{phrase_alt([*p.month_joins, p.grammar.year])})(?!\w))[^\W\d_])")


def _task_clause_before(low: str, start: int, rx: _Rx) -> bool:
    """A task's word opens the clause's words before the year ("triển khai công tác kiểm tra, giám sát năm 2018"): the
    year planned. Only words and commas between; a bounded window, one search. A goal the review assesses ("đánh giá
    kết quả thực hiện các mục tiêu kinh tế - xã hội năm 2016", :func:`_plan_reviewed`) plans nothing."""
    a = max(0, start - TASK_CLAUSE_WITHIN)
    m = next((c for c in rx.task.finditer(low, a, start) if not _plan_reviewed(low, c, year=True)), None)
    return m is not None and _CLAUSE_MARK.search(low, m.end(), start) is None


def _task_cue_in(low: str, a: int, b: int, rx: _Rx) -> bool:
    """A task's word between ``a`` and ``b`` that is no goal the review assesses (:func:`_plan_reviewed`)."""
    return any(not _plan_reviewed(low, c, year=True) for c in rx.task.finditer(low, max(0, a), b))


#: how far before "năm 2024" a plan's noun may stand ("Kế hoạch phát triển kinh tế - xã hội năm 2027", "kế hoạch đầu tư công
#: trung hạn giai đoạn 2021-2025 và năm 2025"), commas of the plan's name between ("dự toán thu ngân sách, chi ngân sách năm 2025")
PLAN_YEAR_WITHIN = 70


#: how far before "năm 2022" a goal's verb may stand, its object between ("phấn đấu hoàn thành vượt mức các chỉ tiêu
#: kinh tế - xã hội năm 2022")
GOAL_YEAR_WITHIN = 70


#: the first month of a year-end meeting: before it, a whole year is still under way
YEAR_END_FROM = 11


#: a headline stands within the first lines (mastheads, datelines and menus above it)
HEADLINE_WITHIN = 8


def _running_after(low: str, m: re.Match[str], p: Period, rx: _Rx) -> bool:
    """The quarter ``m`` is joined to the running months that end with it ("quý III và 9 tháng năm
    2025", "quý II và lũy kế 6 tháng"): those months, from January, are the period reviewed."""
    return _running_joined(low, m, p, rx) is not None


def _running_joined(low: str, m: re.Match[str], p: Period, rx: _Rx) -> Period | None:
    """The running months the quarter ``m`` (read as ``p``) is joined to (:func:`_running_after`), else None."""
    j = rx.quarter_join.match(low, m.end())
    n = rx.phrase.match(low, j.end()) if j else None
    if n is None or not n.group("n"):
        return None
    q = _period_of(n, low, rx)
    return q if q is not None and q.start_month == 1 and q.end_month == p.end_month else None


#: the sentences after a quarter's where the report may write it again joined to the running months ending with it
JOINED_WITHIN = 3
#: how far before running months a review's word makes them the period reviewed ("đánh giá tình hình kinh tế - xã hội
#: 6 tháng đầu năm"), not one figure's running total
REVIEW_CUE_WITHIN = 90


def _joined_later(after: list[Sentence], p: Period, rx: _Rx) -> Period | None:
    """The quarter ``p`` written again in one of the sentences ``after`` it, joined to the running months that end
    with it ("Theo đánh giá, quý III và 9 tháng đầu năm 2017, ..." below a lead's "công tác quý III"): the review
    reports both, and the running months from January, the larger period, are the one reviewed (as where the lead
    joins them itself, :func:`_running_after`); their year, else the quarter's. None where no sentence does."""
    for sent in after:
        low = lower_keep_len(sent.text)
        for m in rx.phrase.finditer(low):
            if m.group("q") and rx.quarters[m.group("q")] == [p.start_month, p.end_month] \
                    and (q := _running_joined(low, m, p, rx)) is not None:
                q.year = q.year or p.year
                return q
    return None


def _running_later(after: list[Sentence], p: Period, rx: _Rx) -> Period | None:
    """The running months from January that end with the headline's quarter ``p``, named in one of the sentences
    ``after`` it (the lead: "UBND huyện họp phiên thường kỳ Quý II" over "... đánh giá tình hình kinh tế - xã hội 6
    tháng đầu năm 2026", after a review cue): the quarter names the meeting, the lead what it reviews; their year, else
    the quarter's. None where no sentence does (a lead on the quarter alone keeps it; a figure's running months too)."""
    for sent in after:
        low = lower_keep_len(sent.text)
        for m in rx.phrase.finditer(low):
            if m.group("n") and rx.review.search(low, max(0, m.start() - REVIEW_CUE_WITHIN), m.start()) \
                    and (q := _period_of(m, low, rx)) is not None and q.start_month == 1 \
                    and q.end_month == p.end_month and q.end_month != p.start_month:
                q.year = q.year or p.year
                return q
    return None


def _mid_year_figure_span(low: str, m: re.Match[str], p: Period, mid: Period) -> bool:
    """At a mid-year session, which reviews the first half, a shorter span inside it, a quarter or bare running
    months ("GRDP quý 1 ước tăng 7,2%", "Thu ngân sách 5 tháng đạt 17.287 tỷ đồng"), is the span of one figure (what
    was counted by then), no period."""
    shorter = p.end_month is not None and mid.end_month is not None and p.end_month < mid.end_month
    bare = bool(m.group("n")) and len(low[m.end("n"):m.end()].split()) == 1
    return shorter and (bare or bool(m.group("q")))


def _is_headline(sents: list[Sentence], k: int) -> bool:
    """Sentence ``k`` is the title: the first sentence, or a line near the top (in the page's head,
    :func:`_head_end`) that ends no sentence ("Quảng Trị: bàn giải pháp về đích năm 2025" under the paper's
    masthead and menu)."""
    if k == 0:
        return True
    t = sents[k].text.rstrip()
    return k < _head_end(sents) and len(t) <= 200 and not t.endswith((".", ";", ":", "!", "?", ","))


#: the sentences a mid-year session is looked for in: the title and the lead
MID_YEAR_WITHIN = 4


@cache
def _term_review_re() -> re.Pattern[str]:
    """A review of a term's first half ("sơ kết giữa nhiệm kỳ", periods.term_reviews): a whole year in a sentence that
    names none is one figure's, not a period reviewed."""
    terms = get(PeriodsLexicon).term_reviews
    return skipping(re.compile(rf"{word_alt(terms)}(?!\w)")) if terms else re.compile(r"(?!x)x")


@cache
def _years_review_re() -> re.Pattern[str]:
    """"tổng kết 5 năm thực hiện", "sơ kết ba năm triển khai": a review of several years (periods.years_review_*): a
    whole year in a sentence that names none is one figure's, and with no other period named the meeting reviews none
    a record holds."""
    p = get(PeriodsLexicon)
    if not p.years_review_leads or not p.years_review_nouns:
        return re.compile(r"(?!x)x")
    count = rf"(?:0?[2-9]|[1-9]\d|{phrase_alt([w for w, n in p.month_words.items() if n >= 2])})"
    return skipping(re.compile(rf"{word_alt(p.years_review_leads)}[ \t]+{count}[ \t]+"
                               rf"{re.escape(p.grammar.year)}[ \t]+(?:{phrase_alt(p.years_review_nouns)})(?!\w)"))


def _sentences_naming(opening: list[Sentence], review: re.Pattern[str]) -> frozenset[int]:
    """The sentences of the title and the lead (``opening``) that name a review ``review`` finds (a term's first half:
    :func:`_term_review_re`; several years: :func:`_years_review_re`), by their index."""
    return frozenset(k for k, s in enumerate(opening) if review.search(lower_keep_len(s.text)))


@cache
def _term_closed_re() -> re.Pattern[str]:
    """A term closed and its years: "tổng kết nhiệm kỳ 2016 - 2021", "tổng kết hoạt động nhiệm kỳ 2011-2016" (at
    most ``TERM_CLOSED_GAP`` words between the verb and the term's noun)."""
    p = get(PeriodsLexicon)
    if not p.term_closings or not p.term_nouns:
        return re.compile(r"(?!x)x")
    return re.compile(rf"{word_alt(p.term_closings)}(?:[ \t]+[^\W\d_]+){{0,{TERM_CLOSED_GAP}}}?[ \t]+"
                      rf"(?:{phrase_alt(p.term_nouns)})[ \t]+(?:19|20)\d{{2}}[ \t]*[-–][ \t]*((?:19|20)\d{{2}})(?!\d)")


#: the most words between a term's closing verb and its noun ("tổng kết hoạt động của HĐND nhiệm kỳ ...")
TERM_CLOSED_GAP = 4


def term_closed_year(sents: list[Sentence]) -> int | None:
    """The last year of the term the title or the lead says the meeting closes ("Kỳ họp thứ 21 tổng kết nhiệm kỳ
    2016 - 2021"): a term's closing session is held in its last year, so a day written without its year ("ngày
    29.4") is of that year."""
    rx = _term_closed_re()
    for s in _opening(sents, _rx()):
        m = rx.search(lower_keep_len(s.text))
        if m:
            return int(m.group(1))
    return None


@cache
def _term_opened_re() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A term's first session or its congress (periods ``term_openings``), the term's noun and its first year
    anywhere in the same sentence, and a word that prepares for the congress right before it
    (``term_opening_not_after``: "trình Đại hội ...", no congress held)."""
    p = get(PeriodsLexicon)
    none = re.compile(r"(?!x)x")
    if not p.term_openings or not p.term_nouns:
        return none, none, none
    return (re.compile(rf"{word_alt(p.term_openings)}(?!\w)"),
            re.compile(rf"{word_alt(p.term_nouns)}[ \t]+((?:19|20)\d{{2}})[ \t]*[-–][ \t]*(?:19|20)\d{{2}}(?!\d)"),
            re.compile(rf"{word_alt(p.term_opening_not_after)}[ \t]+\Z") if p.term_opening_not_after else none)


def term_opened_year(sents: list[Sentence]) -> int | None:
    """The first year of the term whose first session or congress the title or the lead names ("HĐND phường ...,
    nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất"; "Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030"): held in the
    term's first year, so a day written without its year is of that year."""
    opened, term, not_after = _term_opened_re()
    for s in _opening(sents, _rx()):
        low = lower_keep_len(s.text)
        if any(not not_after.search(low, max(0, o.start() - TERM_OPENING_REACH), o.start()) for o in opened.finditer(low)) \
                and (m := term.search(low)):
            return int(m.group(1))
    return None


#: how far before a term's opening a word that prepares for it may stand ("thông qua dự thảo trình Đại hội ...")
TERM_OPENING_REACH = 24


#: the last document's opening (:func:`_opening`, asked about eight times a document): its sentences, their count, the
#: patterns, the opening
_last_opening: list[tuple[list[Sentence], int, _Rx, list[Sentence]]] = []


def _opening(sents: list[Sentence], rx: _Rx) -> list[Sentence]:
    """The title and the lead: the first ``MID_YEAR_WITHIN`` sentences, counted from the first that
    names a meeting when a page's masthead, menu and dateline come before it (within
    ``HEADLINE_WITHIN`` sentences). Read once a document (callers do not change the list)."""
    if _last_opening:
        got, n, r, opening = _last_opening[0]
        if got is sents and n == len(sents) and r is rx:
            return opening
    opening = _read_opening(sents, rx)
    _last_opening[:] = [(sents, len(sents), rx, opening)]
    return opening


def _read_opening(sents: list[Sentence], rx: _Rx) -> list[Sentence]:
    end = _meeting_named_at(tuple(s.text for s in sents[:_head_end(sents)])) + MID_YEAR_WITHIN
    lead = lead_at(sents, HEAD_MAX)
    # a title above the page's head (the reader prints it first) names the meeting: the lead below the head is opening
    return sents[:lead + MID_YEAR_WITHIN - 1 if lead is not None and lead >= end else end]


#: the shortest lead: a sentence this long, closed by a stop, ends a page's head (masthead, menus, stamps, title)
LEAD_MIN_CHARS = 100


def _head_end(sents: list[Sentence]) -> int:
    """How many sentences a meeting is looked for in: ``HEADLINE_WITHIN``, or to the lead (the first long
    sentence closed by a stop) when a page's masthead, menus and stamps above it are more, up to ``HEAD_MAX``:
    the head's lines are counted from the lead, not from the top."""
    return max(HEADLINE_WITHIN, (lead_at(sents, HEAD_MAX) or 0) + 1)


#: the most sentences a page's head (masthead, menus, stamps, a text copy's own head below a site's) runs to
HEAD_MAX = 64


#: the last answers of :func:`lead_at` (asked five or six times a document, by :func:`head_shift` above all): the
#: sentences, their count, their last, ``within``, the answer
_last_lead: list[tuple[list[Sentence], int, Sentence | None, int, int | None]] = []
#: the most windows of one document kept (two are asked: ``HEAD_MAX`` and the places' head)
LEAD_MEMO_WINDOWS = 4


def lead_at(sents: list[Sentence], within: int) -> int | None:
    """The index of the lead, the first sentence of ``within`` at least ``LEAD_MIN_CHARS`` long and closed by a stop
    (what stands above it is the page's head: masthead, menus, stamps, title), else None. Read once a document for
    each ``within`` (issue 12; callers do not change the list)."""
    last = sents[-1] if sents else None
    memo = _last_lead[:]  # read and replaced whole (one step each: a thread beside sees one or the other)
    for got, n, tail, w, at in memo:
        if got is sents and n == len(sents) and tail is last and w == within:
            return at
    at = next((k for k, s in enumerate(sents[:within])
               if len(s.text) >= LEAD_MIN_CHARS and s.text.rstrip()[-1:] in ".!?…"), None)
    # another document's answers dropped (and a document's beyond a few windows)
    _last_lead[:] = [*[e for e in memo if e[0] is sents][:LEAD_MEMO_WINDOWS - 1], (sents, len(sents), last, within, at)]
    return at


def head_shift(sents: list[Sentence]) -> int:
    """How many sentences a page's head above the lead runs past ``HEADLINE_WITHIN`` (0 for a text that opens
    on its title and lead): windows of the first sentences are shifted by it, so that they count from the lead."""
    return _head_end(sents) - HEADLINE_WITHIN


@lru_cache(maxsize=8)
def _meeting_named_at(texts: tuple[str, ...]) -> int:
    """The index of the first of ``texts`` that names a meeting, else 0 (asked five times of a document's
    first sentences: read once)."""
    rx = _rx()
    return next((i for i, t in enumerate(texts) if rx.meeting_noun.search(lower_keep_len(t))), 0)


def _closing_half(sents: list[Sentence], rx: _Rx, named_month: int | None) -> Period | None:
    """The closing months of a year with their year ("nhiệm vụ 6 tháng cuối năm 2025") in ``sents``; not the months
    after a monthly meeting's own (it plans them)."""
    for sent in sents:
        low = lower_keep_len(sent.text)
        for m in rx.phrase.finditer(low):
            if m.group("side") == rx.last and m.group("year") and (n := _month_count(m.group("n"), rx)) \
                    and named_month != 12 - n:
                return Period(year=int(m.group("year")), start_month=13 - n, end_month=12, label=m.group())
    return None


def _decided_half(sents: list[Sentence], rx: _Rx, mid: Period, named_month: int | None) -> Period | None:
    """The closing half a mid-year session decides on ("nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025"),
    when its text names no months reviewed (a unit formed at mid-year has no first half of its own): those months."""
    half = _closing_half(sents, rx, named_month)
    if half is None or mid.year not in (None, half.year):
        return None
    opening = _opening_half()  # "những tháng đầu năm": the first months are reviewed after all
    if any(opening.search(lower_keep_len(s.text)) for s in sents):
        return None
    # ... or the half reviewed named in other words ("tình hình 6 tháng và nhiệm vụ 6 tháng cuối năm", "6 tháng năm
    # 2022 tốc độ tăng trưởng ..."): the running months the session reviews, no "đầu năm" written
    for s in sents:
        low = lower_keep_len(s.text)
        for m in rx.phrase.finditer(low):
            if m.group("n") and m.group("side") != rx.last and (p := _period_of(m, low, rx)) is not None \
                    and (p.start_month, p.end_month) == (mid.start_month, mid.end_month):
                return None
    return half


@cache
def _opening_half() -> re.Pattern[str]:
    """The first months of a year named in any words ("6 tháng đầu năm", "những tháng đầu năm")."""
    g = get(PeriodsLexicon).grammar
    return re.compile(rf"(?<!\w){re.escape(g.first)}[ \t]+{re.escape(g.year)}(?!\w)")


def submitted_to_source() -> str:
    """The pattern (ending where it is searched to) of a verb of submitting before a people's council, its unit and
    place (two words at most) and maybe its verb ("trình HĐND thành phố thông qua vào "), and the session's
    preposition: "trình HĐND tỉnh tại " (bodies ``submitted_to``,
    ``council_bodies``, ``submitted_at``)."""
    b = get(BodiesLexicon)
    return (rf"{word_alt(b.submitted_to)}[ \t]+(?:{phrase_alt(b.council_bodies)})(?:[ \t]+[^\W\d_]+){{0,4}}?"
            rf"[ \t,]+(?:(?:{phrase_alt(b.submitted_at) or '(?!)'})[ \t]+)?$")


@cache
def _to_come_re() -> re.Pattern[str]:
    """What a session named next is not the meeting reported after (bodies ``session_not_after``: "chuẩn bị cho kỳ họp
    ..."; ``submitted_to``: "trình HĐND tỉnh tại kỳ họp giữa năm"): the session a body prepares for or submits to."""
    b = get(BodiesLexicon)
    alts = [rf"{word_alt(b.session_not_after)}[ \t]+$"] if b.session_not_after else []
    if b.submitted_to:
        alts.append(submitted_to_source())
    return re.compile("|".join(alts)) if alts else re.compile(r"(?!)")


#: how far before a session's name its preparing or submitting words are looked for
TO_COME_WINDOW = 48


def _to_come(low: str, start: int) -> bool:
    """The session named at ``start`` is one prepared for or submitted to, not the meeting reported."""
    return _to_come_re().search(low, max(0, start - TO_COME_WINDOW), start) is not None


def _mid_year_session(sents: list[Sentence], rx: _Rx) -> Period | None:
    """"kỳ họp thường lệ giữa năm 2024" in the opening sentences: the first half of that year (not a session to come,
    "UBND tỉnh thảo luận các nội dung trình HĐND tỉnh tại kỳ họp giữa năm": no months reviewed)."""
    for sent in _opening(sents, rx):
        low = lower_keep_len(sent.text)
        m = next((x for x in rx.mid_year.finditer(low) if not _to_come(low, x.start())), None)
        if m:
            return Period(year=int(m.group("year")) if m.group("year") else None, start_month=1, end_month=6,
                          label=m.group())
    return None


@cache
def _year_end_re() -> re.Pattern[str]:
    words = get(PeriodsLexicon).year_end_sessions
    return re.compile(rf"{word_alt(words)}(?:[ \t]+(?P<year>(?:19|20)\d{{2}})(?!\d))?" if words else "(?!)")


def _year_end_session(sents: list[Sentence], rx: _Rx) -> Period | None:
    """"kỳ họp thường lệ cuối năm 2024" in the opening sentences: the whole year (its year None when not written)."""
    for sent in _opening(sents, rx):
        low = lower_keep_len(sent.text)
        m = next((x for x in _year_end_re().finditer(low) if not _to_come(low, x.start())), None)
        if m:
            return Period(year=int(m.group("year")) if m.group("year") else None, start_month=1, end_month=12,
                          label=m.group())
    return None


def _meeting_month(sents: list[Sentence], rx: _Rx) -> Period | None:
    """The month in a monthly meeting's name in the title or the lead ("giao ban tháng 9/2023", "phiên họp
    thường kỳ tháng 9 năm 2023"): its year, when written, is the month's."""
    at = _meeting_month_at(sents, rx)
    return at[1] if at else None


def _meeting_month_at(sents: list[Sentence], rx: _Rx) -> tuple[int, Period] | None:
    """:func:`_meeting_month` and the index of the sentence naming it."""
    for k, sent in enumerate(_opening(sents, rx)):
        if (m := _monthly_named(lower_keep_len(sent.text), rx)) is not None:
            y = m.group("y1") or m.group("y2")
            return k, Period(year=int(y) if y else None, start_month=int(m.group("m")),
                             end_month=int(m.group("m")), label=m.group())
    return None


def _monthly_named(low: str, rx: _Rx) -> re.Match[str] | None:
    """The month (and its year) after the first monthly meeting's name in ``low`` that one follows ("thường kỳ tháng 6
    năm 2023"), else None."""
    for c in rx.monthly.finditer(low):
        m = rx.month.match(low, c.end())
        if m and 1 <= int(m.group("m")) <= 12:
            return m
    return None


def named_meeting_month(text: str) -> int | None:
    """The month in a monthly meeting's name in ``text`` ("phiên họp UBND tỉnh thường kỳ tháng 6 năm 2023": 6), else
    None."""
    m = _monthly_named(lower_keep_len(text), _rx())
    return int(m.group("m")) if m is not None else None


def _opening_month(sents: list[Sentence], rx: _Rx) -> int | None:
    """The single month the title or the lead says is reviewed ("đánh giá tình hình kinh tế - xã hội tháng 10"),
    in a sentence naming no other period: a bare "10 tháng" elsewhere is then the running total to that month.
    A month in the meeting's name alone ("họp thường kỳ tháng 10 ... đánh giá tình hình 10 tháng") is none."""
    for sent in _opening(sents, rx):
        p = _single_month(lower_keep_len(sent.text), rx)
        if p is not None and p.start_month == p.end_month:
            return p.end_month
    return None


def _clause_month(sents: list[Sentence], rx: _Rx, not_after: tuple[int, int] | None) -> Period | None:
    """A month written with its year that opens a clause, a comma closing the adverbial ("Trong tháng 1/2026,
    kinh tế - xã hội tỉnh đạt ...", "Tháng 4/2023, tình hình ..."): when the page names no other period, the
    month whose results the body gives. Not a month after the meeting (``not_after``)."""
    for sent in sents:
        low = lower_keep_len(sent.text)
        for m in rx.month.finditer(low):
            y = m.group("y1") or m.group("y2")
            month = int(m.group("m"))
            if not y or not 1 <= month <= 12 or not _opens_clause(low, m.start()) \
                    or not low[m.end():m.end() + 2].lstrip(" \t").startswith(","):
                continue
            if not_after and (int(y), month) > not_after:
                continue
            return Period(year=int(y), start_month=month, end_month=month, label=m.group())
    return None


def _no_review_session(sents: list[Sentence], rx: _Rx) -> bool:
    """The title or the lead names a thematic or extraordinary session ("kỳ họp chuyên đề", "Kỳ họp thứ 30
    (chuyên đề)", "kỳ họp thứ 24 - kỳ họp bất thường"): it decides on matters and reviews a period only
    where it names its months."""
    return any(rx.no_review.search(lower_keep_len(s.text)) for s in _opening(sents, rx))


def _lead_months(after: list[Sentence], rx: _Rx, year: int | None, year_end: bool = False) -> Period | None:
    """The title names a year ("... các chỉ tiêu năm 2025"), the lead the months or the quarter reviewed of it
    ("hội nghị đánh giá tình hình 9 tháng đầu năm", "kết quả nửa đầu năm", "công tác quý I"): the lead's
    months, in the title's year (a quarter: in the year its lead writes, when it writes one).
    ``after``: the two sentences after the title, or the lead below a page's dateline and guest lists (the
    opening, :func:`_opening`). At a year-end session (``year_end``: "kỳ họp thường lệ cuối năm") a quarter is no
    lead's period: the session reviews the year, the quarter is when one figure moved ("tăng mạnh từ quý III")."""
    for sent in after:
        low = lower_keep_len(sent.text)
        for m in rx.phrase.finditer(low):
            if not (m.group("n") or m.group("half") or m.group("q")) or m.group("side") == rx.last \
                    or _is_basis(low, m) or (year_end and m.group("q")):
                continue
            q = _period_of(m, low, rx)
            if q is None or q.end_month is None or q.end_month >= 12 or (q.year and q.year != year) \
                    or (m.group("q") and _running_after(low, m, q, rx)):
                continue  # (a quarter joined to the running months ending with it: those months, next)
            # a quarter takes the year its lead writes after it ("đánh giá công tác quý I, nhiệm vụ quý II
            # năm 2023" under a title on the awards "năm 2022"): the title's year only when the lead has none
            q.year = (_year_after(low, m.end()) if m.group("q") else None) or year
            return q
    return None


def _month_count(tok: str, rx: _Rx) -> int | None:
    n = int(tok) if tok.isdigit() else rx.month_words.get(tok, 0)
    return n if 1 <= n <= 11 else None


def _with_year(p: Period, sents: list[Sentence], fallback_year: int | None) -> Period:
    if p.year is None:
        p.year = _opening_year(sents) or _compared_year(sents) or fallback_year
    return p


@cache
def _same_period_re() -> re.Pattern[str]:
    """"cùng kỳ năm 2020", "cùng kỳ 2020": the same months of an earlier year, and that year."""
    p = get(PeriodsLexicon)
    if not p.same_period_before:
        return re.compile(r"(?!)")
    return re.compile(rf"{word_alt(p.same_period_before)}[ \t]+(?:{re.escape(p.grammar.year)}[ \t]+)?"
                      r"((?:19|20)\d{2})(?![\d/.-]\d)")


def _compared_year(sents: list[Sentence]) -> int | None:
    """The year after the one every "cùng kỳ năm N" of the text names: a period written without its year ("6 tháng
    đầu năm, ... tăng 63,24% so với cùng kỳ năm 2020") is of year N + 1. None when they name different years. With
    no such year, the one every share of a year's plan names ("kết nạp 120 đảng viên, đạt 104% chỉ tiêu năm 2024"):
    the running figures of a review are of the year under way."""
    rx = _same_period_re()
    window = [lower_keep_len(s.text) for s in sents[:head_shift(sents) + 40]]
    years = {int(m.group(1)) for low in window for m in rx.finditer(low)}
    if years:
        return years.pop() + 1 if len(years) == 1 else None
    planned = {int(m.group(1)) for low in window for m in _year_plan_share_re().finditer(low)}
    return planned.pop() if len(planned) == 1 else None


@cache
def _year_plan_share_re() -> re.Pattern[str]:
    """A percentage of a year's plan, goal or budget and that year ("đạt 96% kế hoạch năm 2023", "bằng 58% so với
    dự toán năm 2023")."""
    p = get(PeriodsLexicon)
    if not p.year_plan_heads:
        return re.compile(r"(?!)")
    return re.compile(rf"\d[ \t]*%[ \t]+(?:(?:{phrase_alt(p.compared_before)})[ \t]+)?(?:{phrase_alt(p.year_plan_heads)})"
                      rf"[ \t]+(?:{re.escape(p.grammar.year)}[ \t]+)?((?:19|20)\d{{2}})(?![\d/.-]\d)")


#: a year written out, alone or as a date's ("2019", "9/7/2019"), not a bound of a span of years ("2015-2020")
_LONE_YEAR = re.compile(r"(?<!\d)(?<!\d{4}[ \t][-–][ \t])(?<!\d{4}[-–])(?<!\d{4}[ \t][-–])(?<!\d{4}[-–][ \t])((?:19|20)\d{2})(?!\d)(?![.,]\d)(?![ \t]*[-–][ \t]*\d)")


def only_year(sents: list[Sentence]) -> int | None:
    """The one year the text names, when it names no other: a period written without its year in a report whose
    only year is that of its tasks ("6 tháng đầu năm ... nhiệm vụ ... năm 2019") is of that year. None when the
    text names two years or none."""
    years = {int(m.group(1)) for s in sents[:head_shift(sents) + 40] for m in _LONE_YEAR.finditer(s.text)
             if not _year_named_for_other(lower_keep_len(s.text), m.start(1))}
    return years.pop() if len(years) == 1 else None


def _year_named_for_other(low: str, at: int) -> bool:
    """The year at ``at`` is a comparison's basis or a price base ("(giá so sánh năm 2010)", "so với năm 2020"), a
    horizon (``year_not_after``) or a law's (:func:`_document_year`): no year of the text's own."""
    lo = max(0, at - NOT_A_PERIOD_YEAR_WITHIN)
    return bool(_basis_before().search(low, max(0, at - 40), at) or _not_a_period_year().search(low, lo, at))


@cache
def _own_month_re() -> re.Pattern[str]:
    """The meeting's own month written without its number ("trong tháng"), after a review cue."""
    p = get(PeriodsLexicon)
    if not p.own_month_words:
        return re.compile(r"(?!)")
    return re.compile(rf"{word_alt(p.month_review_cues)}(?!\w)[^.;:]{{0,60}}?"
                      rf"{word_alt(p.own_month_words)}(?![ \t]*\d)(?!\w)")


def _own_month_reviewed(sents: list[Sentence], rx: _Rx) -> bool:
    """Whether the sentence naming a monthly meeting says it reviews its own month ("phiên họp thường kỳ tháng 4
    nhằm đánh giá kết quả thực hiện nhiệm vụ trong tháng")."""
    named = _meeting_month(sents, rx)
    if named is None:
        return False
    for sent in _opening(sents, rx):  # the title names the meeting, the lead what it reviews
        low = lower_keep_len(sent.text)
        if _own_month_re().search(low) is None:
            continue
        for c in rx.monthly.finditer(low):
            m = rx.month.match(low, c.end())
            if m and int(m.group("m")) == named.start_month:
                return True
    return False


def _single_month(low: str, rx: _Rx, named: bool | None = None) -> Period | None:
    """"đánh giá công tác tháng 11" (11..11) or "từ ngày 1/7/2025 đến nay" (7.., its end the meeting's
    month, filled in by the pipeline), in a sentence that names no "N tháng", quarter or year period."""
    if named or _DIGIT.search(low) is None:  # ``named``: whether the sentence names such a period, when the caller
        return None  # knows; a month and a span are written in figures (rx.month, rx.since): none without a digit
    got = _month_reviewed(low, rx)
    if got is None or named is not None:
        return got
    # asked only when the sentence reviews a month (the opening sentences' phrases read for the few that do)
    return None if any(_period_of(m, low, rx) is not None for m in rx.phrase.finditer(low)) else got


def _month_reviewed(low: str, rx: _Rx) -> Period | None:
    """:func:`_single_month`'s month or span, the sentence's other periods not asked."""
    review = set(get(PeriodsLexicon).month_review_cues)
    for m in rx.month.finditer(low):
        cues = [c for c in rx.month_cue.finditer(low, max(0, m.start() - 90), m.start())
                if not _plan_reviewed(low, c)]
        if not cues or cues[-1].group() not in review or not 1 <= int(m.group("m")) <= 12:
            continue
        y = m.group("y1") or m.group("y2")
        first = 1 if _cumulative_to().search(low, max(0, m.start() - 20), m.start()) else int(m.group("m"))
        end = int(m.group("m"))
        if not y and (ls := _month_list_after().match(low, m.end())) is not None \
                and end < int(ls.group("last")) <= 12:  # "trong tháng 1,2": January and February
            end = int(ls.group("last"))
            yl = _months_year().match(low, ls.end())
            y = yl.group(1) if yl else None
            return Period(year=int(y) if y else None, start_month=first, end_month=end, label=low[m.start():ls.end()])
        return Period(year=int(y) if y else None, start_month=first, end_month=end, label=m.group())
    s = rx.since.search(low)
    if s and not _reviewed_before(low, s.start(), rx):
        s = None  # "Thu ngân sách từ ngày 1/7 đến nay đạt 71% dự toán": one figure's span, no period reviewed
    if s and 1 <= int(s.group("m")) <= 12:
        if s.group("m2"):  # "từ ngày 1/7 đến 31/12/2025": the months of the span
            y, y2, end = s.group("y"), s.group("y2"), int(s.group("m2"))
            if not int(s.group("m")) <= end <= 12 or (y and y2 and y != y2):
                return None
            return Period(year=int(y2 or y) if (y2 or y) else None, start_month=int(s.group("m")), end_month=end,
                          label=s.group())
        return Period(year=int(s.group("y")) if s.group("y") else None, start_month=int(s.group("m")),
                      end_month=None, label=s.group())
    return None


@cache
def _resolution_noun_before() -> re.Pattern[str] | None:
    """A resolution's noun, then at most ``PLAN_YEAR_WITHIN`` characters to the end (compiled once)."""
    words = get(PeriodsLexicon).resolution_year_nouns
    return re.compile(rf"{word_alt(words)}(?!\w)[^.;:]{{0,{PLAN_YEAR_WITHIN}}}$") if words else None


def _resolution_year(low: str, m: re.Match[str], found: list[tuple[re.Match[str], Period | None]]) -> bool:
    """Whether a whole year is a resolution's ("Nghị quyết Huyện ủy năm 2017") in a sentence that also names
    a part of a year reviewed after it ("qua 6 tháng đầu năm 2017")."""
    rx = _resolution_noun_before()
    if rx is None or not rx.search(low[max(0, m.start() - PLAN_YEAR_WITHIN - 20):m.start()]):
        return False
    return any(o.start() > m.start() and q is not None and q.end_month != 12 and q.start_month == 1
               for o, q in found)


def _plan_reviewed(low: str, cue: re.Match[str], year: bool = False) -> bool:
    """Whether a task cue is the plan a review assesses ("thực hiện kế hoạch phát triển ... tháng 4"), no
    month to come; of a year (``year``), only after a review's words ("kết quả thực hiện các mục tiêu ... năm 2016":
    periods.year_plan_reviewed_after)."""
    task_cues, month_after, year_after = _plan_reviewed_words()
    if cue.group() not in task_cues:
        return False
    end = cue.start()
    while end and low[end - 1].isspace():
        end -= 1  # the words before the cue, its blanks left out (read in place: no copy of the sentence's head)
    return low.endswith(year_after if year else month_after, 0, end)


@cache
def _plan_reviewed_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """:func:`_plan_reviewed`'s words: periods.yaml ``task_cues``, ``plan_reviewed_after`` and
    ``year_plan_reviewed_after``."""
    p = get(PeriodsLexicon)
    return frozenset(p.task_cues), tuple(p.plan_reviewed_after), tuple(p.year_plan_reviewed_after)


@cache
def _months_year() -> re.Pattern[str]:
    """The year right after a list of months ("tháng 1,2 năm 2017"), its year word (periods.yaml ``grammar.year``) or
    a slash before it."""
    year = re.escape(get(PeriodsLexicon).grammar.year)
    return re.compile(rf"[ \t]*(?:/|{year})[ \t]*((?:19|20)\d{{2}})(?!\d)")


#: how far before a span "từ ngày 1/7 đến nay" its review word is looked for ("đánh giá kết quả lãnh đạo thực hiện
#: nhiệm vụ chính trị từ ngày 1/7 đến nay")
SINCE_REVIEW_WITHIN = 120


def _reviewed_before(low: str, start: int, rx: _Rx) -> bool:
    """A review word ("đánh giá", "báo cáo", "tổng kết": ``since_review_cues``) is the last cue before ``start``
    in its sentence: the span after it is the period reviewed, not one figure's span."""
    cues = list(rx.since_cue.finditer(low, max(0, start - SINCE_REVIEW_WITHIN), start))
    return bool(cues) and cues[-1].group() in get(PeriodsLexicon).since_review_cues


@cache
def _compared() -> re.Pattern[str]:
    """The basis of a comparison just before a year ("so với năm 2023")."""
    return re.compile(rf"{word_alt(get(PeriodsLexicon).compared_before)}[ \t]*$")


def _is_basis(low: str, m: re.Match[str]) -> bool:
    """The period phrase ``m`` follows a comparison word: the basis compared against ("tăng 9,7% so với
    quý III/2022", "bằng 6 tháng năm 2022"), never the period under review."""
    return _compared().search(low, max(0, m.start() - 12), m.start()) is not None


def year_reviewed(sents: list[Sentence], year: int) -> Period | None:
    """The whole year ``year`` named as a period ("Năm 2023, thu ngân sách ..."), not as the basis
    of a comparison ("so với năm 2023"): a year-end meeting reviews its own year, whatever
    earlier year the text mentions first."""
    rx = _rx()
    for sent in sents[:head_shift(sents) + 40]:
        low = lower_keep_len(sent.text)
        if str(year) not in low:
            continue
        for m in rx.phrase.finditer(low):
            if m.group("year") != str(year) or _is_basis(low, m):
                continue
            p = _period_of(m, low, rx)
            if p is not None and (p.start_month, p.end_month) == (1, 12):
                return p
    return None


def _opening_year(sents: list[Sentence]) -> int | None:
    """A year written in the title or the lead ("kỳ họp thường lệ giữa năm 2019"), terms excluded."""
    return next((y for s in sents[:head_shift(sents) + 3] if (y := _year_after(lower_keep_len(s.text), 0))), None)


@cache
def _cumulative_to() -> re.Pattern[str]:
    """"tính đến hết tháng 9" before a month: the year's months up to it are reviewed."""
    words = get(PeriodsLexicon).cumulative_to
    return re.compile(rf"{word_alt(words)}[ \t]+$") if words else re.compile(r"(?!)")


def _same_month_year(sents: list[Sentence], month: int, rx: _Rx) -> int | None:
    """The year of the same month written out with its year elsewhere ("hội nghị thường kỳ tháng 4" ...
    "Trong tháng 4/2021, ..."), comparisons excluded."""
    for sent in sents[:head_shift(sents) + 80]:
        low = lower_keep_len(sent.text)
        for m in rx.month.finditer(low):
            y = m.group("y1") or m.group("y2")
            if y and int(m.group("m")) == month and not _basis_before().search(low, max(0, m.start() - 40), m.start()):
                return int(y)
    return None


def _same_phrase_year(sents: list[Sentence], p: Period, rx: _Rx) -> int | None:
    """The year of the same period written out with its year elsewhere in the text."""
    for sent in sents[:head_shift(sents) + 80]:
        low = lower_keep_len(sent.text)
        if not any(map(str.isdigit, low)):  # each character's isdigit, as before, read in C (issue 12)
            continue
        for m in rx.phrase.finditer(low):
            if m.group("year") and not _is_basis(low, m):
                q = _period_of(m, low, rx)
                if q is not None and (q.start_month, q.end_month) == (p.start_month, p.end_month):
                    return q.year
    return _rest_of_year(sents, p, rx)


def _rest_of_year(sents: list[Sentence], p: Period, rx: _Rx) -> int | None:
    """The year of the months planned right after the period reviewed ("6 tháng qua, ..." then "nhiệm vụ 6 tháng
    cuối năm 2017", "9 tháng" then "nhiệm vụ quý IV năm 2023"): the rest of the same year."""
    if p.start_month != 1 or p.end_month is None or p.end_month >= 12:
        return None
    for sent in sents[:head_shift(sents) + 80]:
        low = lower_keep_len(sent.text)
        if not any(map(str.isdigit, low)):
            continue
        for m in rx.phrase.finditer(low):
            if not m.group("year") or _is_basis(low, m):
                continue
            if m.group("q"):
                start = rx.quarters[m.group("q")][0]
            elif m.group("side") == rx.last and (n := _month_count(m.group("n"), rx)):
                start = 13 - n
            else:
                continue
            if start == p.end_month + 1:
                return int(m.group("year"))
    return None


@cache
def _term_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_alt(get(PeriodsLexicon).term_words)})[ \t]*$")


@cache
def _basis_before() -> re.Pattern[str]:
    """A comparison word and up to four words of a period before a year: "so với cùng kỳ năm ", "so với quý iii/"."""
    return re.compile(rf"{word_alt(get(PeriodsLexicon).compared_before)}[ \t]+"
                      r"(?:[^\W\d]+[ \t/]+|\d{1,2}[ \t]+){0,4}$")


@cache
def _not_a_period_year() -> re.Pattern[str]:
    """What stands right before a year that is no period's: a horizon, a span's start or a birth ("đến năm 2030", "từ
    năm 2017", ``year_not_after``), a settled budget ("quyết toán ngân sách năm 2024")."""
    p = get(PeriodsLexicon)
    year = re.escape(p.grammar.year)
    alts = [rf"{word_alt(p.year_not_after)}[ \t]+{year}[ \t]+$"]
    if p.settled_year_nouns:
        alts.append(rf"{word_alt(p.settled_year_nouns)}(?!\w)[^.;:]{{0,{PLAN_YEAR_WITHIN}}}$")
    if p.document_year_nouns:
        alts.append(_document_year().pattern)
    return re.compile("|".join(alts))


@cache
def _document_year() -> re.Pattern[str]:
    """A law's name right before a year, its words between and no clause mark ("Luật Tổ chức chính quyền địa phương
    năm ", ``document_year_nouns``): the year closes the document's name, no period is reviewed in it."""
    p = get(PeriodsLexicon)
    if not p.document_year_nouns:
        return re.compile(r"(?!)")
    return re.compile(rf"{word_alt(p.document_year_nouns)}(?!\w)[^.;:,()\d]{{0,{DOCUMENT_YEAR_WITHIN}}}"
                      rf"{re.escape(p.grammar.year)}[ \t]+$")


#: how far a law's name runs before the year that closes it ("Tổ chức chính quyền địa phương")
DOCUMENT_YEAR_WITHIN = 60


@cache
def _dated_document() -> re.Pattern[str]:
    """A document's number and day right before a year ("Nghị quyết số 15-NQ/TU ngày 10/3/"): its date's year."""
    g = get(PeriodsLexicon).grammar
    number, day = re.escape(g.number), re.escape(g.day)
    return re.compile(rf"(?<!\w){number}[ \t]+[^\s,;]*\d[^\s,;]*[ \t]*,?[ \t]+(?:{day}[ \t]+)?\d{{1,2}}[/.-]\d{{1,2}}[/.-]$")


#: how far before a year what makes it no period's is looked for
NOT_A_PERIOD_YEAR_WITHIN = 90


_YEAR_DASH_END = re.compile(r"(?:19|20)\d{2}[ \t]*[-–][ \t]*$")
#: a digit: what every month and span :func:`_single_month` reads holds
_DIGIT = re.compile(r"\d")
_DASH_DIGIT = re.compile(r"[ \t]*[-–][ \t]*\d")


def _year_after(low: str, pos: int, near: bool = True) -> int | None:
    """The first year written after ``pos`` that is not part of a term ("nhiệm kỳ 2020-2025"), nor the
    basis of a comparison ("so với quý III/2022"), nor a horizon's or a settled budget's (:func:`_not_a_period_year`),
    nor a year planned ("Năm 2026, phấn đấu ..."); in another sentence than the period's (not ``near``), nor a dated
    document's ("Nghị quyết số 15-NQ/TU ngày 10/3/2022": the sentence of a plan's date and the months reviewed
    is of one year, "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/1/2024 ..., sơ kết 6 tháng đầu năm")."""
    for ym in YEAR.finditer(low, pos):
        before = low[max(0, ym.start() - 20):ym.start()]
        if _basis_before().search(low, max(0, ym.start() - 40), ym.start()):
            continue
        if _not_a_period_year().search(low, max(0, ym.start() - NOT_A_PERIOD_YEAR_WITHIN), ym.start()) \
                or _planned(low, ym, _rx()) \
                or (not near and _dated_document().search(low, max(0, ym.start() - NOT_A_PERIOD_YEAR_WITHIN), ym.start())):
            continue
        if _term_before().search(before) or (before.rstrip(" \t\n")[-1:] in "-–" and _YEAR_DASH_END.search(before)) \
                or _DASH_DIGIT.match(low, ym.end()):
            continue  # a term's years "2020 - 2025" (a dash last before the year, or a dash and a number after it)
        return int(ym.group(1))
    return None


#: a span's phrase closed where it stands: a clause mark or the sentence's end after it ("sau 7 tháng, ...")
_SPAN_CLOSED = re.compile(r"[ \t]*(?:[,;:.!?]|$)")


@cache
def _first_months_after() -> re.Pattern[str]:
    """A duration word right before "N tháng đầu" that still names the first N months ("Sau 6 tháng đầu ...")."""
    words = get(PeriodsLexicon).first_months_after
    return re.compile(rf"{word_alt(words)}[ \t]*$") if words else re.compile(r"(?!)")


@cache
def _own_first() -> re.Pattern[str]:
    """A word right after "N tháng đầu" that makes them the first months of what follows (periods own_first_after),
    no year after it (own_first_not_before: "đầu tiên | của năm 2024" stays the year's)."""
    p = get(PeriodsLexicon)
    if not p.own_first_after:
        return re.compile(r"(?!)")
    year = phrase_alt(p.own_first_not_before) or "(?!)"
    return re.compile(rf"[ \t]*(?:{phrase_alt(p.own_first_after)})(?!\w)(?![ \t]+(?:{year})(?!\w))")


def _period_of(m: re.Match[str], low: str, rx: _Rx) -> Period | None:
    year = int(m.group("year")) if m.group("year") else None
    before = low[max(0, m.start() - 60):m.start()]
    if m.group("half"):
        if rx.duration.search(before) and not _first_months_after().search(before):
            return None  # "hạn hán kéo dài suốt nửa đầu năm": a span inside a clause, a duration, not the period reviewed
        return Period(year=year, start_month=1, end_month=6, label=m.group())
    if m.group("n"):
        n_txt = m.group("n")
        n = int(n_txt) if n_txt.isdigit() else rx.month_words[n_txt]
        if not 1 <= n <= 12:
            return None
        if m.group("side") == rx.last or (rx.duration.search(before) and not _first_months_after().search(before)) \
                or (rx.duration.search(before) and not m.group("side") and not _SPAN_CLOSED.match(low, m.end())):
            # "sau hơn 5 tháng vận hành", "sau 24 tháng thi công": a duration; "Sau 6 tháng đầu thực hiện Nghị quyết
            # ...", "sau 7 tháng, thành phố giải ngân ...": the first months, closed by "đầu" or by the clause's end
            return None
        if m.group("side") and _own_first().match(low, m.end()):
            return None  # "3 tháng đầu tiên thực hiện sắp xếp ...": the first months of what began in the year
        if len(low[m.end("n"):m.end()].split()) == 1 and rx.remaining.match(low, m.end()):
            return None  # "dồn sức cho 2 tháng còn lại của năm": the months left, planned
        if len(low[m.end("n"):m.end()].split()) == 1 and rx.operating.match(low, m.end()):
            return None  # "đánh giá 6 tháng vận hành chính quyền 2 cấp": a duration since a start
        if len(low[m.end("n"):m.end()].split()) == 1 and rx.running.search(before):
            return None  # "lũy kế 5 tháng đạt ...": a monthly report's running total, no period named
        if rx.task.search(before) and not m.group("side"):
            return None
        return Period(year=year, start_month=1, end_month=n, label=m.group())
    if m.group("q"):
        if rx.task.search(before) or rx.remaining.match(low, m.end()):
            return None  # "trong quý IV còn lại phải tăng tốc": the quarter left, planned
        a, b = rx.quarters[m.group("q")]
        return Period(year=year, start_month=a, end_month=b, label=m.group())
    if year is None:
        return None
    if _task_cue_in(low, m.start() - TASK_YEAR_WITHIN, m.start(), rx) or rx.part_of_year.search(before) \
            or _task_clause_before(low, m.start(), rx):
        return None
    if _plan_clause(low, m.start()):
        return None  # "đồng thời bàn các giải pháp hoàn thành các nhiệm vụ năm 2020": the year planned
    if _planned(low, m, rx):
        return None  # "Năm 2026 phấn đấu ...", "năm 2026, phấn đấu ...": the year planned
    return Period(year=year, start_month=1, end_month=12, label=m.group())


#: how far before a year its clause is read for a planning verb ("bàn các giải pháp hoàn thành các nhiệm vụ năm 2020")
PLAN_CLAUSE_WITHIN = 90


@cache
def _plan_clause_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A planning verb ("bàn"), the review words that, after it, make what follows a review ("bàn đánh giá"), and
    the words before it that make it part of another word ("địa bàn")."""
    p = get(PeriodsLexicon)
    not_after = re.compile(rf"{word_alt(p.plan_cue_not_after)}[ \t]+$") if p.plan_cue_not_after else re.compile(r"(?!)")
    return words_re(p.month_plan_cues), words_re(p.since_review_cues), not_after


def _plan_clause(low: str, start: int) -> bool:
    """The year at ``start`` ends a clause a planning verb opens, no review word after the verb ("..., đồng thời bàn
    các giải pháp hoàn thành các nhiệm vụ năm 2020"): the year planned, as a month after it is (``month_plan_cues``).
    Linear: one clause of at most ``PLAN_CLAUSE_WITHIN`` characters is read."""
    plan, review, not_after = _plan_clause_words()
    head = low[max(0, start - PLAN_CLAUSE_WITHIN):start]
    cut = max(head.rfind(x) for x in ".;:,\n")
    clause = head[cut + 1:]
    end = max((m.end() for m in plan.finditer(clause) if not not_after.search(clause, max(0, m.start() - 8), m.start())),
              default=-1)  # the last planning verb of the clause
    return end >= 0 and review.search(clause, end) is None


#: how many sentences below the title and the lead a monthly meeting's year-to-date report is looked for in
YEAR_TO_DATE_WITHIN = 3


@cache
def _year_to_date_re() -> re.Pattern[str]:
    """A clause opened by a year-to-date word ("Theo báo cáo, đến nay tổng giá trị ...", "Từ đầu năm, ...")."""
    words = get(PeriodsLexicon).year_to_date_openers
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:^[ \t]*|[,;:][ \t]*)(?:{phrase_alt(words)})(?![\w/])")


def _to_date(own: Period, sents: list[Sentence], rx: _Rx) -> Period:
    """A monthly meeting's own month (``own``), or the months from January to it where its report gives its figures
    from the year's start and the meeting does not say it reviews its month ("họp thường kỳ tháng 10/2020 ... Theo báo
    cáo, đến nay tổng giá trị sản xuất đạt ..."): January to October."""
    if own.start_month and own.start_month == own.end_month and not _own_month_reviewed(sents, rx) \
            and (_year_to_date(sents, rx) or _running_figures(sents, rx, own.start_month)) \
            and not _month_figures(sents, rx, own.start_month):
        own.start_month = 1
    return own


@cache
def _month_figure_re() -> re.Pattern[str]:
    """A clause the meeting's month opens: "Trong tháng 9, ...", "riêng tháng 10 huyện thu ...", "Tháng 9, ..."."""
    p = get(PeriodsLexicon)
    month_w = re.escape(p.grammar.month)
    leads = phrase_alt(p.month_figure_leads) if p.month_figure_leads else "(?!)"
    return re.compile(rf"(?:^[ \t]*|[,;:][ \t]*)(?:(?P<lead>{leads})[ \t]+)?{month_w}"
                      rf"(?:[ \t]+(?P<m>\d{{1,2}})(?:[ \t]*/[ \t]*(?:19|20)\d{{2}})?)?(?![\w/])(?P<comma>[ \t]*,)?")


def _month_figures(sents: list[Sentence], rx: _Rx, month: int) -> bool:
    """The report gives the meeting's own month's figures in a clause that month opens (``month_figure_leads``, or a
    bare month with its comma): that month is reviewed, the figures from the year's start beside it are running totals."""
    for s in sents[:len(_opening(sents, rx)) + YEAR_TO_DATE_WITHIN]:
        for m in _month_figure_re().finditer(lower_keep_len(s.text)):
            # (a month word without its number closes its clause with a comma: "Trong tháng, ...", not "Trong tháng
            # tới, ..." (the month to come))
            if (m.group("comma") or (m.group("lead") and m.group("m"))) \
                    and (m.group("m") is None or int(m.group("m")) == month):
                return True
    return False


def _running_figures(sents: list[Sentence], rx: _Rx, month: int) -> bool:
    """A monthly meeting's report gives a figure over the months to its own, written as the bare running months in a
    sentence that gives no figure of the month itself ("Chỉ số sản xuất công nghiệp 10 tháng tăng 15,8%" at a "phiên họp
    thường kỳ tháng 10"): its figures run from the year's start. A running total beside the month's own figure ("thu
    ngân sách tháng 5 đạt 2,1 tỷ đồng, 5 tháng đạt 9,4 tỷ đồng"), or after a running-total word ("lũy kế 5 tháng", no
    period by :func:`_period_of`), is none. Read in the window :func:`_year_to_date` reads."""
    for s in sents[:len(_opening(sents, rx)) + YEAR_TO_DATE_WITHIN]:
        low = lower_keep_len(s.text)
        if any(int(m.group("m")) == month for m in rx.month.finditer(low)):
            continue  # the month's own figure in the sentence: the running months beside it are its running total
        for m in rx.phrase.finditer(low):
            if m.group("n") and len(low[m.end("n"):m.end()].split()) == 1 and not _is_basis(low, m) \
                    and (p := _period_of(m, low, rx)) is not None and p.end_month == month:
                return True
    return False


def _year_to_date(sents: list[Sentence], rx: _Rx) -> bool:
    """A monthly meeting's report gives its figures from the year's start: a clause of the title, the lead or the
    few sentences below them opens with a year-to-date word (``year_to_date_openers``)."""
    return any(_year_to_date_re().search(lower_keep_len(s.text))
               for s in sents[:len(_opening(sents, rx)) + YEAR_TO_DATE_WITHIN])


def _planned(low: str, m: re.Match[str], rx: _Rx) -> bool:
    """The year ``m`` opens its clause and a goal's or a task's word follows it ("Năm 2026 phấn đấu ...", "năm 2026,
    phấn đấu ..."): the year planned, not one reviewed."""
    k = m.end()
    while k < len(low) and low[k] in " \t,":
        k += 1
    if not _opens_clause(low, m.start()):
        return False
    # "Năm 2026, phường Tân Hòa (TPHCM) đặt mục tiêu ...": the body and its place, then the goal's verb
    return rx.task.match(low, k) is not None or _planned_year_verb().match(low, k) is not None


@cache
def _planned_year_verb() -> re.Pattern[str]:
    """A subject of a few words (brackets taken whole), then a goal's verb (``planned_year_verbs``), from a clause's
    start: "phường Tân Hòa (TPHCM) đặt mục tiêu"."""
    words = get(PeriodsLexicon).planned_year_verbs
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:(?:\([^().;]{{0,40}}\)|[^\s.,;:()]+)[ \t]+){{1,{PLANNED_SUBJECT_WORDS}}}?"
                      rf"(?:{phrase_alt(words)})(?!\w)")


#: the most words of the subject between a year opening its clause and a goal's verb ("phường Tân Hòa (TPHCM)")
PLANNED_SUBJECT_WORDS = 7


@cache
def _month_join() -> re.Pattern[str]:
    """A month joined to the running months that end with it, right before them ("tháng 11 và ", "tháng 7, ")."""
    p = get(PeriodsLexicon)
    return re.compile(rf"(?<!\w){re.escape(p.grammar.month)}[ \t]+(?P<m>\d{{1,2}})[ \t]*"
                      rf"(?:{phrase_alt(p.quarter_and_running)})[ \t]+$")


def _month_joined(low: str, m: re.Match[str], p: Period) -> bool:
    """The bare running months ``m`` follow their last month joined to them ("trong tháng 11 và 11 tháng, ..."): the
    months from January reviewed, as "quý III và 9 tháng", not a figure's running total."""
    j = _month_join().search(low, max(0, m.start() - 30), m.start())
    return j is not None and int(j.group("m")) == p.end_month


@cache
def _summed_re() -> re.Pattern[str]:
    """A word summing the running months up, right before them (``summed_months_before``: "tính chung ")."""
    words = get(PeriodsLexicon).summed_months_before
    return re.compile(rf"{word_alt(words)}[ \t]+$") if words else re.compile(r"(?!)")


def _summed(low: str, m: re.Match[str]) -> bool:
    """The bare running months ``m`` are summed up ("IIP tháng 8 tăng 6,8%; tính chung 8 tháng, IIP tăng 7,1%"): the
    months from January a monthly meeting's report reviews, not one figure's running total ("lũy kế 8 tháng")."""
    return _summed_re().search(low, max(0, m.start() - 30), m.start()) is not None


#: the most words before a year that still opens its clause ("Trong năm 2026, phấn đấu ...")
CLAUSE_OPENING_WORDS = 2


def _opens_clause(low: str, start: int) -> bool:
    """The year at ``start`` opens its clause ("Năm 2026, phấn đấu"), not ending a review's noun phrase ("đánh giá
    kết quả thực hiện nhiệm vụ năm 2016, phương hướng, nhiệm vụ năm 2017": a list's next item is planned)."""
    head = re.split(r"[.;:,\n]", low[max(0, start - 80):start])[-1]
    return len(head.split()) <= CLAUSE_OPENING_WORDS
