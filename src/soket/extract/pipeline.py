"""The extraction pipeline: sentences → facts; meeting, period, people, authors; tasks and
limitations. Pure: a Document in, a Record out (its issues are the checks' business:
:mod:`soket.service` runs them)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from itertools import pairwise

from soket import rx as re
from soket.extract.dates import PubDate, day_number, publication_date
from soket.extract.facts import (
    accented_document,
    sentence_facts,
    unaccented_line,
)
from soket.extract.gazetteer import slug
from soket.extract.goals import NO_CARRY, GoalSpans, carry_after, goal_sentences
from soket.extract.indicators import classify
from soket.extract.intervals import Intervals
from soket.extract.items import other_items
from soket.extract.meeting import (
    HELD_BEFORE_DAYS,
    NOT_COUNCIL_KINDS,
    congress_held,
    extract_meeting,
    session_of,
)
from soket.extract.ocrcheck import incomplete_issues, mark_ocr, ocr_issues, repair_rows
from soket.extract.people import (
    caption_people,
    declared_byline_names,
    extract_authors,
    extract_people,
    section_bylines,
    signer_people,
)
from soket.extract.period import (
    find_period,
    named_meeting_month,
    only_year,
    past_year,
    plan_year_reviewed,
    year_reviewed,
)
from soket.extract.places import resolve
from soket.extract.plans import later_plans
from soket.extract.sections import extract_sections
from soket.extract.sentences import Sentence, split_sentences
from soket.extract.structure import OfficialHeader, parse_official
from soket.extract.subjects import DATELINE
from soket.extract.tables import note_cells, table_facts
from soket.extract.texttables import text_tables
from soket.extract.textutil import YEAR, first_of, has_word, lower_keep_len, phrase_alt, word_alt, words_re
from soket.ingest import budget, load_text
from soket.lexicon import get
from soket.lexicon.schema import BodiesLexicon, CuesLexicon, PeriodsLexicon, TitlesLexicon, UnitsLexicon
from soket.model import Document, Fact, Meeting, Period, Record, Source, Table


@cache
def _month_review() -> re.Pattern[str]:
    """A monthly meeting's verb of reviewing (periods month_review_cues: "đánh giá", "nhìn lại")."""
    return words_re(get(PeriodsLexicon).month_review_cues)


def _described_running(period: Period, desc: str) -> Period:
    """A monthly meeting's period read as its month alone ("đánh giá tình hình kinh tế - xã hội tháng 10, triển khai
    nhiệm vụ tháng 11"), where the page's summary, printed nowhere in its text, names the months from January to that
    month with it ("... tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2022"): those months, as the text would
    read them had it said so; ``period`` otherwise."""
    if period.start_month is None or period.start_month != period.end_month or period.start_month == 1 \
            or _month_review().search(lower_keep_len(desc)) is None:
        return period  # (a summary that reviews: "Thu ngân sách 7 tháng đạt 84,5% dự toán" is one figure's total)
    run = find_period(split_sentences(desc), None)
    if run.start_month == 1 and run.end_month == period.end_month and (run.year or period.year) \
            and (period.year is None or run.year in (None, period.year)):
        return Period(year=run.year or period.year, start_month=1, end_month=run.end_month, label=run.label)
    return period


def extract_document(doc: Document) -> Record:
    """Extract the record of one document, within its resource budget (:mod:`soket.ingest.budget`:
    the CPU clock is checked as the sentences go by)."""
    with budget.metered():
        budget.sized(len(doc.text))
        return _extract(doc)


def _all_tables(doc: Document, text: str) -> list[Table]:
    """The document's tables, then those written as text around them. A page's table of '|' rows that gives no figure
    and lies inside a table written as text is that table's part, not a table of its own (a report's text table
    printed in a paragraph: its row name's second line "| doanh thu dịch vụ |  |  |" alone read as a table, or its
    header apart from its rows by a rule "+----+----+")."""
    if not doc.tables:
        return text_tables(text)
    weak = [t for t in doc.tables if not table_facts(t, text)]
    strong = [t for t in doc.tables if not any(t is w for w in weak)]
    found = text_tables(text, len(doc.tables), [(t.start, t.end) for t in strong]) if weak else []
    dropped = [w for w in weak if any(x.start < w.end and w.start < x.end for x in found)]
    if not dropped:
        return [*doc.tables, *text_tables(text, len(doc.tables), [(t.start, t.end) for t in doc.tables])]
    kept = [t for t in doc.tables if not any(t is d for d in dropped)]
    found = [x for x in found if not any(t.start < x.end and x.start < t.end for t in kept)]
    return [t.model_copy(update={"index": i}) for i, t in enumerate([*kept, *found])]


def _extract(doc: Document) -> Record:
    text = doc.text
    # the tables written as text ("Cây trồng<TAB>Diện tích (ha)<TAB>..."), read as a page's or a .docx's are
    all_tables = _all_tables(doc, text)
    tables = [(t.start, t.end) for t in all_tables if t.end > t.start]
    page_chrome = list(doc.chrome)
    sents = split_sentences(text, page_chrome + tables)  # table cells give table facts, not sentences
    if others := other_items(text, sents, page_chrome):  # a live page: the meeting's item is the report
        page_chrome += others
        sents = split_sentences(text, page_chrome + tables)
    chrome = Intervals(page_chrome)  # asked of every figure: once, not a scan per question
    facts: list[Fact] = []
    last: str | None = None
    last_growth: str | None = None  # the subject of the last rate of change in the last sentence with figures
    carry = NO_CARRY  # what the sentence before leaves open of a goal
    last_estimated = -2  # the index of the last sentence whose last figure is an estimate
    accented = accented_document(text)
    spans = goal_sentences(text, sents)  # the sentences inside a goal span, those after a goal list's end
    for i, sent in enumerate(sents):
        budget.tick("while extracting")
        if accented and unaccented_line(sent.text):
            continue  # a slug typed without diacritics: its words cannot be read
        if i in spans.closed:
            carry = NO_CARRY  # the line after a goal list's last item: the goals end with the list
        got = sentence_facts(sent, chrome, last, carry, i in spans.inside, last_growth, last_estimated == i - 1)
        facts.extend(got)
        if got and got[-1].estimated:
            last_estimated = i  # the sentence's last figure an estimate: a breakdown opening the next lists its parts
        if got:
            last = got[-1].subject
            last_growth = next((f.subject for f in reversed(got) if f.role == "change_pct" and f.subject), None)
        carry = carry_after(sent.text, got)
    caption_texts = [c for c in doc.meta.get("caption_texts") or [] if isinstance(c, str)]
    by_para = _paragraphs(sents)  # built once, read by the filters below
    facts = _drop_lead_restated_counts(_drop_headline_repeats(_drop_repeated_paragraphs(facts, sents), sents, by_para,
                                                              _caption_paras(by_para, caption_texts)), sents)
    facts = _drop_caption_repeats(facts, sents, [*caption_texts, *_credited_lines(by_para)])
    facts = _drop_restating_lines(facts, sents, by_para)
    facts = _drop_summary_restated(facts, sents, by_para)
    facts = _drop_done_references(facts, text)
    facts = _drop_restated_deputies(facts)
    period = find_period(sents, None)
    if isinstance(desc := doc.meta.get("description"), str):
        period = _described_running(period, desc)
    if all_tables:
        # a review of part of a year: the goals its coming months are given for the year are the year's plan
        part_year = period.end_month is not None and period.end_month < 12
        facts = sorted(facts + _table_facts(all_tables, text, sents, spans, chrome, facts, part_year),
                       key=lambda f: f.span)
    for f in facts:
        f.indicator = classify(f.subject, f.unit)
    ocr = doc.meta.get("ocr")
    if isinstance(ocr, dict) and ocr.get("words"):
        mark_ocr(facts, ocr["words"])
        repair_rows(facts)
    pub = publication_date(text, doc.published)
    text_year = period.year  # the year the text itself gives its period, before the page's date fills in
    if period.year is None and pub:
        period.year = pub.year
    if period.year is None and period.start_month:
        period.year = only_year(sents)  # no page date: the one year the text names ("... nhiệm vụ ... năm 2019")
    meeting = extract_meeting(sents, text, period, doc.meta, doc.title, doc.published, text_year)
    if meeting.date and period.year and period.start_month:
        met = (int(meeting.date[:4]), int(meeting.date[5:7]) if len(meeting.date) >= 7 else 12)
        if (period.year, period.start_month) > met:  # the period after the meeting is the one planned
            earlier = find_period(sents, pub.year if pub else None, not_after=met)
            if earlier.year and earlier.start_month:
                period = earlier
            elif text_year == period.year == met[0] + 1 and period.end_month and period.end_month < met[1] \
                    and pub is not None and pub.year == met[0]:
                # "10:56 03/07/2018 Sáng 3-7, HĐND quận ... 6 tháng đầu năm ...; chương trình giám sát năm 2019": the
                # months a page of 2018 reviews at a July session are its own year's, the next year's a plan's; months
                # not yet over by the meeting's month (a December session's "năm 2023") are the next year planned
                period = Period(year=met[0], start_month=period.start_month, end_month=period.end_month,
                                label=period.label.replace(str(period.year), str(met[0])) if period.label else None)
    if meeting.date and len(meeting.date) >= 7 and period.year and (period.start_month, period.end_month) == (1, 12):
        met_year, met_month = int(meeting.date[:4]), int(meeting.date[5:7])
        if met_month >= 11 and period.year < met_year and (own := year_reviewed(sents, met_year)) is not None:
            period = own  # "Ngày 15/12/2023 ... Năm 2022, huyện đã ...; năm 2023, ...": the year-end meeting's own year
    if period.start_month is None and meeting.date and len(meeting.date) >= 7 and meeting.body_kind != "other" \
            and (past := past_year(sents, int(meeting.date[:4]), int(meeting.date[5:7]))) is not None:
        period = past  # "tổng kết công tác năm qua" at a January meeting: the year before
    if period.start_month is None and meeting.date and len(meeting.date) >= 7 and meeting.body_kind != "other" \
            and (done := plan_year_reviewed(sents, int(meeting.date[:4]), int(meeting.date[5:7]))) is not None:
        period = done  # "báo cáo kết quả thực hiện kế hoạch ... năm 2020" at a December session: that year reviewed
    if period.year is None and meeting.date:
        period.year = int(meeting.date[:4])
    if period.start_month and period.end_month is None:  # "từ ngày 1/7 đến nay": up to the meeting's month
        met_ym = (int(meeting.date[:4]), int(meeting.date[5:7])) if meeting.date and len(meeting.date) >= 7 else None
        period.end_month = met_ym[1] if met_ym and met_ym[0] == period.year and met_ym[1] >= period.start_month \
            else period.start_month
    people, chairs = caption_people(*extract_people(sents),
                                    [c for c in doc.meta.get("captions") or [] if isinstance(c, str)])
    meeting.chairs = chairs
    people = signer_people(people, text, page_chrome)
    official = parse_official(text)
    if official is not None:
        read_as = meeting.body_kind
        _apply_official(official, meeting, period, text)
        if meeting.session is not None and meeting.body_kind != read_as and meeting.body_kind in NOT_COUNCIL_KINDS:
            meeting.session = session_of(sents, meeting.body_kind)  # the issuer's kind: a council's session is not its
        period = _reviewed_not_planned(period, meeting, sents, pub)
    if meeting.body_kind == "other" and congress_held(sents):
        period = Period(year=None, start_month=None, end_month=None)  # a congress reviews its term: no period
    if period.start_month is None and period.end_month is None:
        period.year = None  # no months reviewed, no period: the year of the page or the meeting's date names none
    # a later period's budget estimate or capital plan: a goal (the year reviewed, else the meeting's)
    later_plans(facts, text, period.year or (int(meeting.date[:4]) if meeting.date else None))
    starts = {span[0] for f in facts if (span := f.sentence_span or f.evidence_span) is not None}
    tasks, limitations = extract_sections(sents, starts)
    authors = _authors(doc, page_chrome)
    if meeting.locality and _named_only_as_author(meeting.locality, authors, text):
        meeting.locality = None  # "Quang Minh." signing the page: no place (the body's unit word and province stand)
    rec = Record(doc=doc.doc, meeting=meeting, period=period, people=people,
                 authors=authors, facts=facts, tasks=tasks, limitations=limitations)
    rec.source = Source(path=doc.path, sha256=doc.sha256, format=doc.format,
                        decode_warnings=list(doc.meta["decode_warnings"]) if doc.meta.get("decode_warnings") else None)
    rec.issues.extend(ocr_issues(rec.facts))
    rec.issues.extend(incomplete_issues(doc.meta.get("ocr")))
    return rec


def _authors(doc: Document, chrome: list[tuple[int, int]]) -> list[str]:
    """The byline in the text, else the page's byline element, else its declared author (``<meta
    name="author">``, ``article:author``): each only where it reads as names. ``chrome``: the page's, and a live
    page's other items."""
    names = extract_authors(doc.text, chrome)
    if names:  # a roundup of several meetings: each section's byline signs too
        names = [n for n in section_bylines(doc.text, chrome) if n not in names] + names
    if not names:
        names = [n for n in declared_byline_names(doc.meta.get("byline") or "")
                 or declared_byline_names(doc.meta.get("author") or "") if not _outlet_code(n, doc.text)]
    site = doc.meta.get("site_name")
    if isinstance(site, str) and site and any(slug(n) == slug(site) for n in names):
        return []  # "Tuổi Trẻ Online" declared as the author of a page of "TUOI TRE ONLINE": the publisher, no person
    return names


def _named_only_as_author(place: str, authors: list[str], text: str) -> bool:
    """The locality read is the byline's name, written once in the text (where it signs the page: "Quang Minh."): a
    person's name that is also a commune's, no place the meeting's body governs."""
    if not any(a.casefold() == place.casefold() for a in authors):  # (tones kept: "Thanh Tâm" signs "phường Thành Tâm")
        return False
    return len(re.findall(rf"(?<!\w){re.escape(place)}(?!\w)", text, re.IGNORECASE)) <= 1


def _outlet_code(name: str, text: str) -> bool:
    """A declared author that is one word in capitals the page writes as its own code, before the lead's dash or a
    credit's bracket ("ABTV - Sáng nay, ...", "ABTV (Theo ...)"): the outlet's short name, no person."""
    if len(name.split()) != 1 or not name.isupper() or len(name) < 2:
        return False
    return re.search(rf"(?<!\w){re.escape(name)}[ \t]*[-–—(]", text) is not None


def _months_to_named_month(h: OfficialHeader, period: Period) -> bool:
    """The title's period is the month of a monthly meeting's name ("Kết luận ... tại phiên họp UBND tỉnh thường kỳ
    tháng 6 năm 2023") and the prose reviews the months of that year up to it ("phiên họp thường kỳ tháng 6 năm 2023
    để đánh giá tình hình ... 6 tháng đầu năm"): the meeting of the month reviews the running months, the title
    names the meeting, not the period."""
    return h.start_month == h.end_month and h.end_month is not None and h.end_month > 1 \
        and named_meeting_month(h.title or "") == h.end_month and period.year == h.year \
        and period.start_month == 1 and period.end_month == h.end_month


def _planned_after(h: OfficialHeader, meeting: Meeting, period: Period) -> bool:
    """The title's period starts after the meeting and the prose reviews one that does not ("Nghị quyết về kế hoạch
    phát triển kinh tế - xã hội năm 2024" passed at a session of December 2023 whose first article assesses 2023):
    the title names the year planned, the prose the year reviewed."""
    if not meeting.date or len(meeting.date) < 7 or not h.year or not h.start_month:
        return False
    met = (int(meeting.date[:4]), int(meeting.date[5:7]))
    return (h.year, h.start_month) > met and period.year is not None and period.start_month is not None \
        and (period.year, period.start_month) <= met


def _apply_official(h: OfficialHeader, meeting: Meeting, period: Period, text: str) -> None:
    """An official report's own parts (issuing body, place-and-date line, title) outrank the prose."""
    if h.date and not _recorded_day(h, meeting.date):
        meeting.date = h.date
    if h.year and h.start_month and h.end_month and not _months_to_named_month(h, period) \
            and not _planned_after(h, meeting, period):
        period.year, period.start_month, period.end_month = h.year, h.start_month, h.end_month
        period.label = h.period_label or period.label
    if meeting.body_kind in (None, "other") and h.body_type:
        meeting.body_kind = h.body_type
        if h.body_type == "executive_committee" and h.signed_for == "standing_committee":
            meeting.body_kind = h.signed_for  # "HUYỆN ỦY X" ... "T/M BAN THƯỜNG VỤ": the report of its Ban Thường vụ
    _official_locality(h, meeting, period, text)


def _reviewed_not_planned(period: Period, meeting: Meeting, sents: list[Sentence], pub: PubDate | None) -> Period:
    """The period an official document reviews, once its own date line has dated the meeting: a period starting
    after that day is the one planned ("Nghị quyết về nhiệm vụ ... năm 2026" passed on 16/12/2025, the prose naming no
    day of its session), the one the text reviews before it is read instead ("Điều 1. Đánh giá tình hình thực hiện
    nhiệm vụ năm 2025"); kept where the text names none."""
    if not meeting.date or len(meeting.date) < 7 or not period.year or not period.start_month:
        return period
    met = (int(meeting.date[:4]), int(meeting.date[5:7]))
    if (period.year, period.start_month) <= met:
        return period
    earlier = find_period(sents, pub.year if pub else None, not_after=met)
    return earlier if earlier.year and earlier.start_month else period


def _recorded_day(h: OfficialHeader, prose: str | None) -> bool:
    """A record of a meeting written after it (``meeting_record_types``: a notice of its conclusions, its minutes)
    whose text states the meeting's day, on or shortly before the record's own date (at most
    :data:`~soket.extract.meeting.HELD_BEFORE_DAYS` before it, the one rule of how long before its record a meeting is
    held: "Chiều ngày 19/3" in a notice dated 20/3, "ngày 28/2" in one dated 3/3): that day is the meeting's."""
    if not h.date or not prose or len(prose) < 10 or len(h.date) < 10 or prose > h.date:
        return False
    if (h.doc_type or "") not in get(BodiesLexicon).meeting_record_types and not _record_title(h.title):
        return False
    signed = day_number(int(h.date[8:10]), int(h.date[5:7]), int(h.date[:4]))
    held = day_number(int(prose[8:10]), int(prose[5:7]), int(prose[:4]))
    return signed is not None and held is not None and signed - held <= HELD_BEFORE_DAYS


def _record_title(title: str | None) -> bool:
    """A title that names the meeting a report records (``meeting_record_titles``: "Kết quả Kỳ họp thứ chín, ...")."""
    low = lower_keep_len(title or "").lstrip()
    return any(low.startswith(p) and not low[len(p):len(p) + 1].isalnum()
               for p in get(BodiesLexicon).meeting_record_titles)


def _official_locality(h: OfficialHeader, meeting: Meeting, period: Period, text: str) -> None:
    """The issuing body of the heading block ("ỦY BAN NHÂN DÂN / HUYỆN YÊN LẠC", "HUYỆN ỦY LẠNG
    GIANG") names the locality, title-cased, with its unit word: it outranks a place the prose
    gave, unless the prose named that same place (its spelling and province are then kept)."""
    if not h.locality:
        return
    name = " ".join(w[:1].upper() + w[1:].lower() for w in h.locality.split())
    if meeting.locality and meeting.locality.lower() == name.lower():
        meeting.locality_kind = meeting.locality_kind or h.locality_kind
        return
    year = int(meeting.date[:4]) if meeting.date else period.year
    month = int(meeting.date[5:7]) if meeting.date and len(meeting.date) >= 7 else None
    loc = resolve(name, h.locality_kind, text, year, month)
    if meeting.locality is not None and loc.province is None:
        return  # the heading's place is unknown to the gazetteer: the prose's stays
    meeting.locality, meeting.locality_kind, meeting.province = loc.name, loc.kind, loc.province


def extract_text(text: str, doc: str = "") -> Record:
    return extract_document(load_text(text, doc=doc))


def _value_key(value: float) -> float:
    """A figure's value to 12 significant digits: a sentence's "268,4 tỷ đồng" computed in floats
    (268399999999.99997) and a table cell's "268,4" in a "Tỷ đồng" row scaled exactly are one value."""
    return float(f"{float(value):.12g}")


def _table_facts(tables: list[Table], text: str, sents: list[Sentence], spans: GoalSpans, chrome: Intervals,
                 prose: list[Fact], part_year: bool = False) -> list[Fact]:
    """The facts of the tables: a table in a section on the coming period gives goals; a row's note ("Tăng 120% so cùng kỳ") is read as a sentence about the row; a figure the
    prose states too is the prose's fact: its value and role the same, its unit the same or one a syllable-wise prefix
    of the other ("Lượt" in the unit column, "lượt khách" in the prose), a subject in common; a row's percentage is
    the prose's where the row's count or amount is and the prose's percentage is of the same subject ("162.400 lượt
    khách, đạt 90,2% kế hoạch" over the row "Khách du lịch | Lượt | 180.000 | 162.400 | 90,2"). In a review of part of
    a year (``part_year``) a plan column's figure is the prose's goal for the year in its section on the coming months
    ("phấn đấu ... cả năm đạt 9.650 tấn"), and so is a plan column for a year after the table's other columns' ("Ước
    TH năm 2023 | KH năm 2024": the coming year's, which the prose's goals state)."""
    goals = spans.inside
    starts = [s.start for s in sents]
    out: list[tuple[Fact, bool]] = []
    for t in tables:
        k = bisect_left(starts, t.start)
        # the sentence before or after it in a goal span (a lead-in's colon opens a list of goals: the table is the
        # list); the table's header has the last word: a plan column beside a result's keeps the figures results
        # (or the table was the list, which closed after it)
        coming = (k > 0 and k - 1 in goals) or (k < len(sents) and (k in goals or k in spans.tabled))
        got = table_facts(t, text, coming=coming)
        plan = coming and not any(f.role == "amount" for f in got)  # a table of goals only
        for cell, subject in note_cells(t):
            for f in sentence_facts(Sentence(cell.start, cell.end, cell.text, -1), chrome, subject, NO_CARRY, plan):
                if f.subject_unresolved or not f.subject:
                    f.subject, f.subject_unresolved = subject, False
                got.append(f)
        out.extend((f, plan) for f in got)
    if not out:
        return []
    # the prose's figures by what they say and whether they are the coming period's (this year's plan in a table of
    # results and the next year's goal of the same figure in the prose are two facts)
    said: dict[tuple[str, float, bool], list[Fact]] = {}
    # the prose's percentages by their value rounded to 0, 1 and 2 decimals: a table's column rounds them ("88,36% kế
    # hoạch" in the prose, "88,4" in the row's "So sánh (%)")
    rounded: dict[tuple[str, float, bool, int], list[Fact]] = {}
    for f in prose:
        if f.value is not None:
            k = bisect_right(starts, f.span[0]) - 1
            said.setdefault((f.role, _value_key(f.value), k in goals), []).append(f)
            if f.unit == "%":
                for places in range(ROUNDED_PLACES + 1):
                    if _decimals(f.value) > places:
                        rounded.setdefault((f.role, _round_half_up(f.value, places), k in goals, places), []).append(f)
    by_index = {t.index: t for t in tables}

    def stated(f: Fact, coming: bool, rows: dict[tuple[int, int], set[str]] | None) -> Fact | None:
        """The prose's fact that states the table's ``f`` (``coming``: ``f`` is in a section on the coming period),
        else None; ``rows``: the prose's subjects of each row's count or amount, by which a row's percentage is
        known as well."""
        key = (f.role, _value_key(f.value or 0))
        cands = said.get((*key, coming), [])
        if f.unit == "%" and f.value is not None:
            # a share the prose gives to more decimals than the table's column; a "%" row's result is the prose's
            # percentage of the plan where the prose says so ("Tỷ lệ giải ngân ... đạt 87,4% kế hoạch vốn" over the
            # row "Tỷ lệ giải ngân vốn đầu tư công | % | 85 | 87,4")
            places = _cell_places(f.raw)
            roles = (f.role, "plan_pct") if f.role == "percent" else (f.role,)
            cands = [*cands, *(p for r in roles if r != f.role for p in said.get((r, key[1], coming), ())),
                     *(p for r in roles for p in rounded.get((r, _round_half_up(f.value, places), coming, places), ()))]
        if f.role == "target" and not coming and (part_year or _plan_ahead(f, by_index)):
            cands = [*cands, *said.get((*key, True), ())]
        if f.role == "prior_pct" and f.value is not None:
            # a "So cùng kỳ (%)" column's 112,4 is the prose's "tăng 12,4%": the level against the same period is the
            # growth plus a hundred
            cands = [*cands, *said.get(("change_pct", _value_key(f.value - 100), coming), ())]
        row = (f.table.index, f.table.row) if f.table is not None else None
        for p in cands:
            if not (_same_unit(f.unit, p.unit) or _row_counts_by(f, p.unit)) or (f.of is not None and f.of != p.of):
                continue  # (a row's "32/33" of a vote is no count the prose gives without its whole)
            if _same_subject(f.subject, p.subject) or (f.unit != "%" and _share_word(f.subject, p.subject)) \
                    or (rows is not None and row is not None and (p.subject or "") in rows.get(row, ())) \
                    or (f.unit != "%" and _row_named(f.subject, _sentence_of(p))):
                return p
        return None

    def _sentence_of(p: Fact) -> str:
        k = bisect_right(starts, p.span[0]) - 1
        return sents[k].text if 0 <= k < len(sents) else ""

    # the rows whose count or amount the prose states, with the prose's subjects of it
    rows: dict[tuple[int, int], set[str]] = {}
    for f, coming in out:
        if f.value is not None and f.unit != "%" and f.table is not None \
                and (p := stated(f, coming, None)) is not None and p.subject:
            rows.setdefault((f.table.index, f.table.row), set()).add(p.subject)
    kept = [(f, coming) for f, coming in out
            if f.value is None or stated(f, coming, rows if f.unit == "%" else None) is None]
    # (a row's percentage the prose states of the row's subject counts in its row too: "kết nạp 37 quần chúng vào
    # Đảng, bằng 52,9% chỉ tiêu năm" over "Kết nạp đảng viên mới | 70 | 37 | 52,9"; a count the prose states proves
    # nothing of a percentage beside it, which may be another figure's of the sentence)
    left = {id(f) for f, _ in kept}
    twice = _sentence_in_a_row([(f, c) for f, c in out if id(f) in left or f.unit == "%"], said, starts)
    return [f for f, _ in kept if id(f) not in twice]


#: the fewest words a row's label has that the prose's sentence names whole, so that the sentence's figure of the
#: row's value and unit is the row's (one word is no name of a row: "Tổng", "Thu")
ROW_NAMED_WORDS = 2


def _row_named(label: str | None, sentence: str) -> bool:
    """The prose's sentence names a row's label whole, its figure's noun being another ("xã hoàn thành chỉ tiêu giao
    quân năm 2020 với 09 thanh niên lên đường nhập ngũ" over the row "Giao quân | Thanh niên | 9 | 9 | 100"): the
    sentence states the row's count or amount under the noun it counts, the row under the work's name."""
    low = " ".join(lower_keep_len(label or "").split())
    return len(low.split()) >= ROW_NAMED_WORDS and has_word(" ".join(lower_keep_len(sentence).split()), low)


def _sentence_in_a_row(kept: list[tuple[Fact, bool]], said: dict[tuple[str, float, bool], list[Fact]],
                       starts: list[int]) -> set[int]:
    """The table facts (by ``id``) of a row that repeats one sentence of the prose under another name: the row's
    count or amount and its percentage both the sentence's, value, role and unit ("Hoàn thành giao 176 công dân nhập
    ngũ, đạt 100% chỉ tiêu" over the row "Tuyển quân | Công dân | 176 | 176 | 100,0"): two figures of one sentence
    in one row are one statement, whatever the row calls it. One figure alone is no proof (a subject must be shared)."""
    by_row: dict[tuple[int, int], list[tuple[Fact, bool]]] = {}
    for f, coming in kept:
        if f.value is not None and f.table is not None and f.role in ("amount", "plan_pct", "prior_pct", "change_pct"):
            by_row.setdefault((f.table.index, f.table.row), []).append((f, coming))
    out: set[int] = set()
    for facts in by_row.values():
        if len(facts) < 2:
            continue
        where: dict[int, list[Fact]] = {}  # the prose's sentence → the row's figures it states
        for f, coming in facts:
            for p in said.get((f.role, _value_key(f.value or 0), coming), ()):
                if (_same_unit(f.unit, p.unit) or _both_counts(f.unit, p.unit)) and f.of == p.of:
                    where.setdefault(bisect_right(starts, p.span[0]) - 1, []).append(f)
        for got in where.values():
            if any(f.unit == "%" for f in got) and any(f.unit != "%" for f in got):
                out.update(id(f) for f in got)
    return out


#: the decimals a table's column may round the prose's percentages to
ROUNDED_PLACES = 2
_CELL_DECIMALS = re.compile(r"([.,])(\d+)[ \t]*%?[ \t]*$")


def _cell_places(raw: str) -> int:
    """The decimals a cell writes its figure with ("88,4": 1, "92": 0; "1.398": 0, a thousands dot)."""
    m = _CELL_DECIMALS.search(raw)
    return 0 if m is None or (m.group(1) == "." and len(m.group(2)) == 3) else len(m.group(2))


def _round_half_up(value: float, places: int) -> float:
    """``value`` rounded to ``places`` decimals, halves up as a table's column rounds (88.35 → 88.4)."""
    q = Decimal(1).scaleb(-places)
    return float(Decimal(repr(float(value))).quantize(q, rounding=ROUND_HALF_UP))


def _plan_ahead(f: Fact, tables: dict[int, Table]) -> bool:
    """A table fact's column names a year after every year its table's other header cells name (the coming
    year's plan beside this year's results: "Ước TH năm 2023 | KH năm 2024")."""
    t = tables.get(f.table.index) if f.table is not None else None
    if t is None or f.table is None:
        return False
    own = [int(y) for y in YEAR.findall(f.table.header or "")]
    others = [int(y) for row in t.rows[:2] for j, c in enumerate(row) if j != f.table.column
              for y in YEAR.findall(c.text)]
    return bool(own and others) and min(own) > max(others)


_SYLLABLE = re.compile(r"\w+")


def _syllables(subject: str | None) -> set[str]:
    """The syllables of a subject, lowercased (its brackets and punctuation left out)."""
    return set(_SYLLABLE.findall((subject or "").lower()))


def _same_subject(a: str | None, b: str | None) -> bool:
    """Two subjects share at least half of the shorter's syllables."""
    sa, sb = _syllables(a), _syllables(b)
    return bool(sa and sb) and 2 * len(sa & sb) >= min(len(sa), len(sb))


def _share_word(a: str | None, b: str | None) -> bool:
    """Two subjects share a syllable: an appendix's row ("Khách du lịch") and the prose's phrase ("lượng khách đến tham
    quan, lưu trú") of one quantity, its value, unit and role the same (a count or an amount, never a percentage)."""
    return not _syllables(a).isdisjoint(_syllables(b))


def _drop_repeated_paragraphs(facts: list[Fact], sents: list[Sentence]) -> list[Fact]:
    """A paragraph written again word for word right after itself (a photo's caption printed under its alt text, a
    lead copied as the caption) states its figures once: the facts of the copy are dropped. A paragraph said again
    further on is left alone (a report pasted twice, a figure restated later). One pass over the sentences."""
    if not facts:
        return facts
    paras: list[list[Sentence]] = []
    for x in sents:
        if paras and paras[-1][0].para == x.para:
            paras[-1].append(x)
        else:
            paras.append([x])
    copies = [(ss[0].start, ss[-1].end) for prev, ss in pairwise(paras)
              if len(prev) == len(ss) and all(a.text == b.text for a, b in zip(prev, ss, strict=True))]
    copies = sorted(copies + _reprinted_lead_sentences(paras))
    if not copies:
        return facts
    starts = [a for a, _ in copies]

    def copied(f: Fact) -> bool:
        i = bisect_right(starts, f.span[0]) - 1
        return i >= 0 and f.span[0] < copies[i][1]

    return [f for f in facts if not copied(f)]


#: the shortest sentence read as reprinted when a later paragraph gives it again word for word
REPRINT_MIN_CHARS = 60
#: how many paragraphs after a lead its sentences may be printed again as the body's opening
REPRINT_PARAGRAPHS = 2


def _reprinted_lead_sentences(paras: list[list[Sentence]]) -> list[tuple[int, int]]:
    """A page that prints its lead paragraph and then the body opening with the same sentences split over paragraphs
    of their own (a sapo reprinted, "LSO-Sáng ngày ..., ..." twice): the spans of those sentences again, each the
    same text as a sentence of a paragraph one or two before it (REPRINT_PARAGRAPHS) and at least REPRINT_MIN_CHARS
    long; the words compared without their punctuation and spacing ("kinh tế -xã hội" and "kinh tế xã hội" read the
    same), a paragraph's last sentence cut off with no stop counting where it opens one of them. A sentence said again further on stays (a report pasted twice, a figure restated later). Linear in the
    sentences (a set per window)."""
    out: list[tuple[int, int]] = []
    keys = [[_reprint_key(x.text) for x in ss] for ss in paras]
    for i, ss in enumerate(paras):
        if i == 0:
            continue
        before = {k for ks in keys[max(0, i - REPRINT_PARAGRAPHS):i] for k in ks if k}
        out.extend((x.start, x.end) for x, k in zip(ss, keys[i], strict=True) if k and k in before)
        last, k = ss[-1], keys[i][-1]
        if k and k not in before and last.text.rstrip()[-1:] not in ".!?…" and \
                any(b.startswith(k) for b in before):
            out.append((last.start, last.end))  # the reprint cut off mid-sentence where the page's copy ends
    return out


_NON_WORD = re.compile(r"[\W_]+")
#: the marks a sentence's words are most often written with, none a letter or digit: removed by ``str.replace`` (a
#: scan in C) before the letters and digits left are checked in one call
_COMMON_MARKS = tuple(",.;:-–()%/\"'“”")


def _reprint_key(text: str) -> str:
    """A sentence's words run together, lowercased, for a reprint's comparison (every character that is no letter or
    digit removed); "" when it is too short to count. Issue 12: the blanks and the common marks are removed first (each
    a character no letter or digit, so the order of removal changes nothing); the regex runs only where another mark
    is left (a per-character category test, ~2x slower over a report's sentences)."""
    if len(text) < REPRINT_MIN_CHARS:
        return ""
    low = "".join(text.lower().split())
    for c in _COMMON_MARKS:
        if c in low:
            low = low.replace(c, "")
    return low if low.isalnum() else _NON_WORD.sub("", low)


def _paragraphs(sents: list[Sentence]) -> dict[int, list[Sentence]]:
    """The report's sentences by paragraph, in order."""
    by_para: dict[int, list[Sentence]] = {}
    for x in sents:
        by_para.setdefault(x.para, []).append(x)
    return by_para


def _drop_restating_lines(facts: list[Fact], sents: list[Sentence], paras: dict[int, list[Sentence]]) -> list[Fact]:
    """A paragraph of one short sentence whose figures the report has already given, each with the same subject,
    value, role and unit ("Chỉ số sản xuất công nghiệp tăng 9,06%." under the paragraph that said "chỉ số sản xuất
    công nghiệp tăng 9.06%"): a caption or pull quote repeating the body, no fact of its own. One pass; a set lookup
    a fact."""
    if len(facts) < 2:
        return facts
    short = [k for k, x in enumerate(sents) if len(paras[x.para]) == 1 and len(x.text) <= RESTATING_LINE_CHARS]
    if not short:
        return facts
    said: set[str] = set()
    lines: list[tuple[int, int]] = []
    k0 = 0
    for k in short:
        said.update(x.text for x in sents[k0:k])  # each sentence hashed once, only as far as the last short line
        k0 = k
        if sents[k].text not in said:  # a line copied word for word from an earlier sentence: the report pasted again
            lines.append((sents[k].start, sents[k].end))
    if not lines:
        return facts
    starts = [a for a, _ in lines]
    sent_starts = [x.start for x in sents]

    def para_of(f: Fact) -> int:
        return sents[max(0, bisect_right(sent_starts, f.span[0]) - 1)].para

    def line_of(f: Fact) -> int:
        i = bisect_right(starts, f.span[0]) - 1
        return i if i >= 0 and f.span[0] < lines[i][1] else -1

    def key(f: Fact) -> tuple[str, float | None, str, str | None]:
        return (" ".join((f.subject or "").lower().split()), f.value, f.role, f.unit)

    seen: dict[tuple[str, float | None, str, str | None], int] = {}  # each fact's key: the paragraph it was last said in
    by_line: dict[int, list[Fact]] = {}
    for f in facts:
        if (i := line_of(f)) >= 0:
            by_line.setdefault(i, []).append(f)
    drop: set[int] = set()
    for f in facts:
        i, p = line_of(f), para_of(f)
        if i >= 0 and f.value is not None and f.subject and \
                all(0 < p - seen.get(key(g), -RESTATING_WITHIN - 1) <= RESTATING_WITHIN for g in by_line[i]):
            drop.add(id(f))
        seen[key(f)] = p
    return [f for f in facts if id(f) not in drop]


#: the longest one-sentence paragraph read as a restating line
RESTATING_LINE_CHARS = 160
#: how many paragraphs after the figure a line restating it stands (a report pasted again further on is left alone)
RESTATING_WITHIN = 4


def _drop_caption_repeats(facts: list[Fact], sents: list[Sentence], captions: list[str]) -> list[Fact]:
    """A figure a photo caption restates ("Ban Thường vụ khen thưởng 9 tổ chức cơ sở đảng" under the paragraph that
    says so) is the body's: the caption's fact is dropped when a fact outside the captions has its raw, role and
    value. A caption's own figures stay."""
    if not captions or not facts:
        return facts
    said = {" ".join(x.text.split()) for x in split_sentences("\n\n".join(captions))}  # a lookup a sentence: linear
    spans = sorted((x.start, x.end) for x in sents if " ".join(x.text.split()) in said)
    if not spans:
        return facts
    starts = [a for a, _ in spans]

    def in_caption(f: Fact) -> bool:  # a bisection: a document repeating its captions stays linear
        i = bisect_right(starts, f.span[0]) - 1
        return i >= 0 and f.span[0] < spans[i][1]

    body = {(f.raw, f.role, f.value) for f in facts if not in_caption(f)}
    return [f for f in facts if not (in_caption(f) and (f.raw, f.role, f.value) in body)]


@cache
def _credit_re() -> re.Pattern[str]:
    """A photo's credit closing a line of a text copy ("Ảnh: Bá Bính", titles.photo_leads)."""
    return re.compile(rf"(?:{phrase_alt(get(TitlesLexicon).photo_leads)})[ \t]*:[ \t]*[^\W\d_][^.:;!?]{{0,40}}$",
                      re.IGNORECASE)


def _credited_lines(by_para: dict[int, list[Sentence]]) -> list[str]:
    """The paragraphs that are a photo's caption in a text copy, or in a page printing its captions as paragraphs: a
    short line of a sentence or two closed by its credit ("Trao giấy khen cho 2 chi bộ cơ sở. Ảnh: Bá Bính"), whose
    figures restate the body's (dropped only as exact restatements, :func:`_drop_caption_repeats`)."""
    rx = _credit_re()
    return [" ".join(x.text for x in ss) for ss in by_para.values()
            if 1 < len(ss) <= 3 and len(ss[-1].text) <= 60 and rx.match(ss[-1].text.strip())]


def _caption_paras(by_para: dict[int, list[Sentence]], captions: list[str]) -> frozenset[int]:
    """The paragraphs that are a page's photo captions (``<figcaption>``): no headline, though a caption is a line
    without a final stop; its figures are dropped only as exact restatements (:func:`_drop_caption_repeats`)."""
    if not captions:
        return frozenset()
    said = {" ".join(c.split()) for c in captions}
    return frozenset(p for p, ss in by_para.items() if " ".join(" ".join(x.text for x in ss).split()) in said)


def _drop_headline_repeats(facts: list[Fact], sents: list[Sentence], by_para: dict[int, list[Sentence]],
                           captions: frozenset[int] = frozenset()) -> list[Fact]:
    """A figure in a headline or lead that the body states again is one fact, not two. A photo caption's paragraph
    (``captions``) is no headline: a caption's own figure ("chỉ số sản xuất công nghiệp tăng 10%" under "GRDP tăng
    10,15%") stays.

    Headlines are the first paragraph (no longer than a summary lead, ``SUMMARY_MAX_CHARS``: a longer one is the
    body's, as in a copy that kept no blank line between paragraphs, its lead run into the next) and any
    one-sentence paragraph without a final stop (a list item's ';' is one: "- Ngành dịch vụ đạt 61% KH;" is the body's) (or, among the first five paragraphs, ending in an ellipsis: a
    portal's teaser lead).
    Linear: headline ranges are found by bisection, and a headline figure is compared only with
    the body figures of the same unit and role nearest its value (``_BodyIndex``).
    """
    if not sents:
        return facts
    # a teaser lead near the top ends in "…": the body says it in full (the first five paragraphs closed by a
    # stop: a page's masthead, stamps and title above it, closed by none, do not push it down)
    early = set([p for p in sorted(by_para) if by_para[p][-1].text[-1] in ".!?…"][:5])
    heads = sorted((ss[0].start, ss[-1].end) for p, ss in by_para.items()
                   if (p == sents[0].para and ss[-1].end - ss[0].start <= SUMMARY_MAX_CHARS) or (len(ss) == 1 and len(ss[0].text) < 200 and p not in captions and (
                       ss[0].text[-1] not in ".!?…;" or (p in early and ss[0].text.endswith(("…", "..."))))))
    starts = [a for a, _ in heads]
    # the one-sentence lead under a headline ("Trong 9 tháng, thu ngân sách đạt hơn 71% dự toán năm, nhưng ..."): its
    # rounded figures ("hơn", "gần", "khoảng") restate the body's
    paras = sorted(by_para)
    # the news lead: the first paragraph closed by a stop (a masthead, menus and the title close with none)
    stop = next((p for p in paras if by_para[p][-1].text[-1:] in ".!?"), None)
    # (the paragraph under the first, and the news lead below a page's head of however many lines: a site printing its
    # head inside the article, a text copy of such a page)
    # a lead opened by the site's dateline ("VOV.VN - Dù ..., kinh tế của tỉnh vẫn tăng 11,66% trong 9 tháng") is the
    # page's summary: each figure the body states again is the body's
    # (a sapo of one long sentence, "Thu ngân sách ... ước đạt hơn 30.400 tỷ đồng, vượt xa dự toán; tuy nhiên ...", up to
    # LEAD_MAX_CHARS; a news lead of several sentences, "Chiều 30-10, UBND phường họp .... Theo báo cáo, thu ngân sách
    # ước đạt hơn 1.046 tỷ đồng, vượt dự toán cả năm.", up to a summary lead: its rounded figures restate the body's
    # when the body's figure names the same thing, SUMMARY_SHARED_SYLLABLES syllables of their subjects shared)
    lead_spans: list[tuple[int, int, bool, bool]] = []
    for p in dict.fromkeys(x for x in (paras[1] if len(paras) > 1 else None, stop) if x is not None):
        if len(ld := by_para[p]) == 1 and len(ld[0].text) < LEAD_MAX_CHARS:
            dated = DATELINE.match(ld[0].text) is not None
            lead_spans.append((ld[0].start, ld[0].end, dated, not dated and len(ld[0].text) >= SHORT_LEAD_CHARS))
    if stop is not None and len(ld := by_para[stop]) > 1 and ld[-1].end - ld[0].start <= SUMMARY_MAX_CHARS:
        lead_spans.append((ld[0].start, ld[-1].end, False, True))

    def in_title(f: Fact) -> bool:
        i = bisect_right(starts, f.span[0]) - 1
        return i >= 0 and f.span[0] < heads[i][1]

    def in_lead(f: Fact) -> int:
        """0: not in a lead; 1: a lead's figure; 2: a several sentences' lead's, the body's naming the same."""
        return next((1 + named for a, b, summary, named in lead_spans
                     if (f.qualifier in ("over", "nearly", "about") or summary) and a <= f.span[0] < b), 0)

    titles = [in_title(f) for f in facts]
    leads = [0 if t else in_lead(f) for f, t in zip(facts, titles, strict=True)]
    body = _BodyIndex([f for f, t, ld in zip(facts, titles, leads, strict=True) if not t and not ld])
    # a headline's figure the lead alone states again ("9 tháng thu ngân sách đạt gần 130% dự toán" over the lead
    # "Tổng thu ngân sách ... đạt 10.948 tỷ đồng, bằng gần 130% dự toán giao", the body silent on it) is the lead's
    told = _BodyIndex([f for f, t in zip(facts, titles, strict=True) if not t]) if any(leads) else body
    shares = _fraction_shares([f for f, t in zip(facts, titles, strict=True) if not t])
    # the news lead (the first paragraph closed by a stop, one sentence: a masthead, menus and the title close with
    # none): its figure the body states again to the last digit ("dịch vụ tăng trưởng nhanh nhất với mức tăng 18,63%"
    # over "Giá trị sản xuất ngành dịch vụ ... tăng 18,63%") is the body's, rounded or not
    news = by_para[stop] if stop is not None else []
    news_span = (news[0].start, news[0].end) if len(news) == 1 and len(news[0].text) <= SUMMARY_MAX_CHARS else (0, 0)
    # (a rate, or a sum of two significant digits or more ("2,1 tỷ USD"): a figure said again to its last digit is the
    # same figure; a round sum ("8 tỷ đồng") in the lead and the body may be two, and counts have their own rule,
    # :func:`_drop_lead_restated_counts`; a sum or count written to PRECISE_DIGITS significant digits, "1.245,8 tỷ
    # đồng", is one figure too: two such are not equal by chance)
    # (the span asked first: a fact outside the news lead, nearly every one, reads no digits)
    in_news = [not t and news_span[0] <= f.span[0] < news_span[1] and (f.unit == "%" or _precise_sum(f) or _precise(f))
               for f, t in zip(facts, titles, strict=True)]
    # (a body figure near it: a report pasted again further on is left alone, RESTATING_WITHIN paragraphs)
    near = by_para[paras[min(paras.index(stop) + RESTATING_WITHIN, len(paras) - 1)]][-1].end if stop is not None else 0
    after = _BodyIndex([f for f, t, n in zip(facts, titles, in_news, strict=True) if not t and not n and f.span[0] < near]) \
        if any(in_news) else body
    # (a goal the lead announces, the body's closing paragraph of goals states again however far down: "tỉnh đặt mục
    # tiêu tăng trưởng GRDP năm 2025 từ 8% trở lên" over "Năm 2025, tỉnh phấn đấu tăng trưởng GRDP từ 8% trở lên";
    # a report pasted again repeats its results as well, and its goals are its copy's)
    goals = _BodyIndex([f for f, t, n in zip(facts, titles, in_news, strict=True) if not t and not n and f.role == "target"]) \
        if any(n and f.role == "target" for f, n in zip(facts, in_news, strict=True)) else after
    kept = []
    for f, t, led, n in zip(facts, titles, leads, in_news, strict=True):
        said = told if t and (told.has_same(f) or _restates_share(f, shares)) else \
            body if led and body.has_same(f, named=led == 2) else after if n and after.has_exact(f) \
            else goals if n and f.role == "target" and goals.has_exact(f) else None
        if said is None:
            kept.append(f)
        elif not t and (twin := said.exact(f)) is not None and twin.role == f.role \
                and _names_more(f.subject, twin.subject):
            # the lead names the body's figure by more of the same words ("phấn đấu 80% khu phố đạt tiêu chí an toàn"
            # over the body's "80% khu phố | đạt tiêu chí ..."): the body's fact takes the fuller name (a headline's
            # words adorn it: "Thông qua 11 nghị quyết quan trọng")
            twin.subject = f.subject
    line_of = {id(f): bisect_right(starts, f.span[0]) - 1 for f, t in zip(facts, titles, strict=True) if t}
    return _drop_titles_restated(kept, line_of)


#: the most words a news lead's subject may add to the body's that it extends
LEAD_EXTRA_WORDS = 6


def _names_more(lead: str | None, body: str | None) -> bool:
    """The news lead names a figure the body states again by more of the same words: the body's subject is a word
    prefix of the lead's, a few words shorter ("khu phố" in "80% khu phố đạt tiêu chí an toàn về an ninh, trật tự",
    the count's phrase cut at its verb; "khu phố đạt tiêu chí an toàn" in the lead): the lead's is the fuller name."""
    if not lead or not body:
        return False
    lw, bw = lower_keep_len(lead).split(), lower_keep_len(body).split()
    return len(bw) < len(lw) <= len(bw) + LEAD_EXTRA_WORDS and lw[:len(bw)] == bw


def _drop_titles_restated(facts: list[Fact], line_of: dict[int, int]) -> list[Fact]:
    """A headline's figure that another headline-like line states again, to its last digit (a headline over an
    infographic's lines, "Xuất khẩu 34,5 tỷ USD" over "Kim ngạch xuất khẩu: 34,5 tỷ USD (+12,7%)", the body silent on
    both) is one fact: the first kept. ``line_of``: each headline-like fact's line; figures of one line are never
    compared (a one-paragraph text is all headline)."""
    if len(set(line_of.values())) < 2:
        return facts
    seen: list[Fact] = []
    out: list[Fact] = []
    for f in facts:
        if (line := line_of.get(id(f))) is not None:
            if any(line_of[id(g)] != line and g.value == f.value and g.unit == f.unit and g.role == f.role
                   and g.range_upper == f.range_upper and _same_subject(f.subject, g.subject) for g in seen):
                continue
            seen.append(f)
        out.append(f)
    return out


#: how far a headline's share may round its fraction's ("đạt 67% chỉ tiêu" over "có 10/15 chỉ tiêu đạt")
SHARE_ROUNDING = 0.5


def _fraction_shares(facts: list[Fact]) -> dict[str, list[float]]:
    """The body's fractions ("18/18 chỉ tiêu") as percentages, by their counted noun."""
    out: dict[str, list[float]] = {}
    for g in facts:
        if g.value is not None and g.of and g.unit and g.unit not in _NOT_COUNTED:
            out.setdefault(g.unit, []).append(100.0 * float(g.value) / float(g.of))
    return out


def _restates_share(f: Fact, shares: dict[str, list[float]]) -> bool:
    """A headline's percentage of a counted noun that the body gives as a fraction: "đạt và vượt 100% chỉ tiêu" over
    "đạt và vượt 18/18 chỉ tiêu" is the body's figure said as a share, no fact of its own. What the percentage is of
    (its plan, else its subject) opens with the fraction's noun."""
    if f.unit != "%" or f.value is None or not shares:
        return False
    of = " ".join((f.basis or f.subject or "").lower().split()) + " "
    return any(of.startswith(unit + " ") and any(abs(v - float(f.value)) <= SHARE_ROUNDING for v in vs)
               for unit, vs in shares.items())


@cache
def _restated_units() -> frozenset[str]:
    return frozenset(get(CuesLexicon).facts.restated_count_units)


def _drop_restated_deputies(facts: list[Fact]) -> list[Fact]:
    """The deputies of a session counted again ("22 đại biểu ... tham dự", "danh sách 22 đại biểu trúng cử", "Trong
    số 21 vị đại biểu ... có"; cues ``facts.restated_count_units``): the whole of them, the largest such count, is
    one fact, the first; a count with a whole ("49/51") or another value is another fact. Linear."""
    units = _restated_units()
    # (only the session's whole, the largest of them: "có 07 đại biểu nữ, ... 7 đại biểu ngoài đảng" are two parts)
    whole = max((f.value for f in facts if f.role == "amount" and f.value is not None and f.of is None and f.unit in units),
                default=None)
    if whole is None:
        return facts
    seen = False
    kept = []
    for f in facts:
        if f.role == "amount" and f.value == whole and f.of is None and f.unit in units:
            if seen:
                continue
            seen = True
        kept.append(f)
    return kept


def _drop_lead_restated_counts(facts: list[Fact], sents: list[Sentence]) -> list[Fact]:
    """A count the news lead gives and the body states again ("HĐND xã ... thông qua 7 nghị quyết" in the lead,
    "biểu quyết thông qua 07 Nghị quyết về: ..." further down) is one fact: the lead's is dropped. The lead is the
    first paragraph closed by a stop (a page's masthead, menus, stamps and title close with none); only counted
    nouns (no money, no percentage) with the same value, role and noun further on, a fraction with the same whole
    ("hoàn thành 20/21 chỉ tiêu" in the lead and again in the report). A first paragraph longer than a summary lead
    (``SUMMARY_MAX_CHARS``) is the body's, as in a copy that kept no blank line between paragraphs (the lead run into
    the next): none is dropped. Linear: a set lookup a fact."""
    if not facts or not sents:
        return facts
    paras: list[int] = []
    ends: dict[int, Sentence] = {}
    for x in sents:
        if x.para not in ends:
            paras.append(x.para)
        ends[x.para] = x
    lead = next((p for p in paras if ends[p].text[-1:] in ".!?"), None)
    if lead is None:
        return facts
    first = next(x.start for x in sents if x.para == lead)
    last = ends[lead].end
    if last - first > SUMMARY_MAX_CHARS:
        return facts  # a paragraph of the report's body (a copy's lead run into it), no news lead

    def counted(f: Fact) -> bool:
        return f.value is not None and f.unit not in _NOT_COUNTED

    def key(f: Fact) -> tuple[object, ...]:
        return f.value, f.of, f.role, (f.unit or "").split()[0]  # a fraction ("20/21 chỉ tiêu") restated whole

    later = {key(f) for f in facts if f.span[0] >= last and counted(f)}
    return [f for f in facts if not (first <= f.span[0] < last and counted(f) and key(f) in later)]


#: the longest one-sentence lead (a sapo) whose rounded figures restate the body's; one longer than SHORT_LEAD_CHARS
#: and opened by no dateline restates only a body figure naming the same thing (SUMMARY_SHARED_SYLLABLES)
LEAD_MAX_CHARS = 300
SHORT_LEAD_CHARS = 200
#: the longest summary lead (its sentences together) whose restated figures are dropped
SUMMARY_MAX_CHARS = 600
#: the fewest syllables a summary's figure and the body's shared by their subjects
SUMMARY_SHARED_SYLLABLES = 2


#: how far after a count its mark of done is looked for ("03 công trình giao thông nông thôn đã khởi công")
_DONE_WITHIN = 60
_MONEY_OR_SHARE = ("VND", "USD", "%")


@cache
def _done_mark() -> re.Pattern[str]:
    """The mark of a thing done, then the verb's first two words (cues facts.done_marks)."""
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.done_marks)}[ \t]+(\w+(?:[ \t]+\w+)?)")


def _drop_done_references(facts: list[Fact], text: str) -> list[Fact]:
    """A count said again as done, in the same value and noun as a count before it whose subject names the verb of
    its doing ("Khởi công 03 công trình ..." then "Đẩy nhanh tiến độ 03 công trình giao thông nông thôn đã khởi công"):
    a reference back to that count, no fact of its own. One pass; a dict lookup a fact; the text folded once."""
    seen: dict[tuple[float | None, str | None], list[str]] = {}
    out: list[Fact] = []
    low = ""  # the text folded once, when a fact first needs it (not once a fact: quadratic on a long document)
    for f in facts:
        key = (f.value, f.unit)
        if f.role == "amount" and f.unit and f.unit not in _MONEY_OR_SHARE and key in seen:
            end = min(len(text), f.span[1] + _DONE_WITHIN)
            stop = first_of(text, ",;.:\n", f.span[1], end)
            if not low:
                low = lower_keep_len(text)
            m = _done_mark().search(low, f.span[1], stop)
            if m is not None and any(has_word(said, w)
                                     for said in seen[key] for w in (m.group(1), m.group(1).split()[0]) if len(w) > 2):
                continue  # "... 03 công trình đã khởi công": the works begun, counted before
        seen.setdefault(key, []).append(lower_keep_len(f.subject or ""))
        out.append(f)
    return out


def _drop_summary_restated(facts: list[Fact], sents: list[Sentence], by_para: dict[int, list[Sentence]]) -> list[Fact]:
    """A lead of several sentences opened by the site's dateline ("TPO - Năm 2025, xã X thu ngân sách được 36,1 tỷ
    đồng, bằng 608% dự toán. Cùng với đó, ...") is the page's summary: a figure of it that the body states again
    (the same value, unit and role, the subjects sharing ``SUMMARY_SHARED_SYLLABLES`` syllables) is the body's.
    (A one-sentence lead is :func:`_drop_headline_repeats`'s.) Linear: a dict lookup a fact."""
    if not facts or not sents:
        return facts
    # the first paragraph opened by a dateline, below however long a page's head (a dateline opens the lead alone)
    lead = next((by_para[p] for p in sorted(by_para)[1:] if DATELINE.match(by_para[p][0].text)), None)
    if lead is None or len(lead) < 2 or sum(len(x.text) for x in lead) > SUMMARY_MAX_CHARS:
        return facts
    first, last = lead[0].start, lead[-1].end

    def key(f: Fact) -> tuple[object, ...]:
        return f.value, f.unit, f.role, f.of

    def words(f: Fact) -> set[str]:
        return set(lower_keep_len(f.subject or "").split())

    later: dict[tuple[object, ...], list[set[str]]] = {}
    for f in facts:
        if f.span[0] >= last and f.value is not None:
            later.setdefault(key(f), []).append(words(f))
    return [f for f in facts if not (first <= f.span[0] < last and f.value is not None and any(
        len(words(f) & w) >= SUMMARY_SHARED_SYLLABLES for w in later.get(key(f), [])))]


_PCT_ROLES = ("plan_diff_pct", "plan_pct", "change_pct")
#: a count of goals read as set (amount) or as aimed at (target): one count either way
_GOAL_COUNT_ROLES = ("amount", "target")


@cache
def _goal_heads() -> frozenset[str]:
    """The nouns of goals ("chỉ tiêu", "mục tiêu")."""
    return frozenset(get(CuesLexicon).roles.goal_heads)


class _BodyIndex:
    """Body facts by (unit, role), each group's values sorted, for :func:`_same` by bisection.

    ``_same``'s tolerance grows by at most 0.05 per unit of distance while the distance grows by
    one, so if the nearest value on one side is too far, every value beyond it is too: the two
    neighbours of a value are the only candidates.
    """

    def __init__(self, facts: list[Fact]) -> None:
        groups: dict[tuple[str | None, str], list[tuple[float, int, Fact]]] = {}
        for i, g in enumerate(facts):
            if g.value is not None:
                groups.setdefault((g.unit, g.role), []).append((float(g.value), i, g))
        for vs in groups.values():
            vs.sort(key=lambda t: (t[0], t[1]))
        self.groups = {k: ([v for v, _, _ in vs], [g for _, _, g in vs]) for k, vs in groups.items()}
        # a counted noun written shorter in one place ("1,1 triệu lượt khách" in a headline, "1,1 triệu lượt" in the
        # body): the units of the body that extend each syllable prefix
        self.longer: dict[str, set[str]] = {}
        for unit, _ in groups:
            words = (unit or "").split()
            for n in range(1, len(words)):
                self.longer.setdefault(" ".join(words[:n]), set()).add(unit or "")

    def has_exact(self, f: Fact) -> bool:
        """A body figure of ``f``'s unit and role (a rate's: any rate of change or of a plan) with its very value."""
        return self.exact(f) is not None

    def exact(self, f: Fact) -> Fact | None:
        """The body figure :meth:`has_exact` finds, or None."""
        if f.value is None:
            return None
        roles: tuple[str, ...] = _PCT_ROLES if f.unit == "%" and f.role in _PCT_ROLES else (f.role,)
        v = float(f.value)
        for role in roles:
            got = self.groups.get((f.unit, role))
            if got is None:
                continue
            i = bisect_left(got[0], v)
            while i < len(got[0]) and got[0][i] == v:  # (a few at most: the same value twice is rare)
                g = got[1][i]  # (a copy of the lead's words is a paragraph pasted again: left alone)
                if g.range_upper == f.range_upper and g.evidence != f.evidence \
                        and (_names_within(f.subject, g.subject) or _same_head(f.subject, g.subject)):
                    return g
                i += 1
        return None

    def has_same(self, f: Fact, named: bool = False) -> bool:
        """A body figure restated by ``f`` (rounded, in another form of its rate); ``named``: only one whose subject
        shares ``SUMMARY_SHARED_SYLLABLES`` syllables with ``f``'s, read in the same form."""
        if f.value is None:
            return False
        roles: tuple[str, ...] = (f.role,)
        if f.unit == "%" and f.role in _PCT_ROLES:
            roles = _PCT_ROLES
        elif f.role in _GOAL_COUNT_ROLES and (f.unit or "").lower() in _goal_heads():
            roles = _GOAL_COUNT_ROLES  # "đề ra 28 chỉ tiêu" over "phấn đấu hoàn thành 28 chỉ tiêu": the goals set, counted
        v = float(f.value)
        units: set[str | None] = {f.unit}
        if f.unit and f.unit != "%":
            words = f.unit.split()
            units |= {" ".join(words[:n]) for n in range(1, len(words))} | self.longer.get(f.unit, set())
        for role, unit in ((r, u) for r in roles for u in units):
            got = self.groups.get((unit, role))
            if not got:
                continue
            values, gs = got
            i = bisect_left(values, v)
            for j in (i - 1, i):
                if 0 <= j < len(gs) and _same(f, gs[j]) and not (f.of and gs[j].of and f.of != gs[j].of) \
                        and (not named or _shared_syllables(f.subject, gs[j].subject) >= SUMMARY_SHARED_SYLLABLES):
                    return True  # (fractions of other wholes, "18/20" and "18/22 chỉ tiêu", are two facts)
        if named:
            return False
        if f.unit == "%" and (self._plan_restated(f, v) or self._share_restated(f, v)):
            return True
        return f.of is None and f.unit not in _NOT_COUNTED and any(
            g.of is None and _renamed(f, g) for (unit, role), (values, gs) in self.groups.items()
            if role == f.role and unit not in _NOT_COUNTED and v in values for g in gs if g.value == f.value)

    def _near(self, role: str, v: float, tolerance: float) -> bool:
        """A body percentage of ``role`` within ``tolerance`` of ``v`` (its two neighbours by bisection)."""
        got = self.groups.get(("%", role))
        if not got:
            return False
        values = got[0]
        i = bisect_left(values, v)
        return any(0 <= j < len(values) and abs(values[j] - v) <= tolerance for j in (i - 1, i))

    def _plan_restated(self, f: Fact, v: float) -> bool:
        """A plan beaten or missed by a margin ("vượt 32,7% dự toán") that the body gives as the plan reached
        ("bằng 132,7% dự toán"), or the reverse: one fact in its other form; a margin rounded to a whole number by its
        qualifier ("vượt dự toán gần 29%" over "bằng 128,9% dự toán") is the body's figure, rounded."""
        tolerance = RESTATED_PLAN_ROUNDING
        if f.qualifier in ("over", "nearly", "about") and not _decimals(v):
            tolerance = 1.0
        if f.role == "plan_diff_pct":
            return self._near("plan_pct", 100.0 + v, tolerance)
        if f.role == "plan_pct":
            return self._near("plan_diff_pct", v - 100.0, tolerance)
        return False

    def _share_restated(self, f: Fact, v: float) -> bool:
        """A bare share ("giải ngân 26% vốn đầu tư công") that the body states as the plan it reached, a change or
        a margin ("đạt 26% kế hoạch vốn được giao"): the same percentage, as printed."""
        return f.role == "percent" and any(self._near(r, v, RESTATED_PLAN_ROUNDING) for r in _PCT_ROLES)


def _shared_syllables(a: str | None, b: str | None) -> int:
    """How many syllables two subjects share (:func:`_syllables`)."""
    return len(_syllables(a) & _syllables(b))


#: the fewest significant digits of a sum that the news lead and the body cannot share by chance ("1.245,8 tỷ đồng")
PRECISE_DIGITS = 4


def _significant_digits(v: float) -> int:
    """How many significant digits ``v`` is written with ("1.245,8 tỷ" 5, "2,1 tỷ" 2, "8 tỷ" 1)."""
    return len(f"{abs(v):.15g}".split("e")[0].replace(".", "").strip("0"))


def _precise(f: Fact) -> bool:
    """A sum or a count written to ``PRECISE_DIGITS`` significant digits or more."""
    return f.value is not None and f.unit != "%" and _significant_digits(float(f.value)) >= PRECISE_DIGITS


def _names_within(a: str | None, b: str | None) -> bool:
    """Every word of the shorter subject is in the longer ("dịch vụ" in "Giá trị sản xuất ngành dịch vụ"): the same
    thing, named shorter; a whole and its part sharing a value ("giá trị sản xuất toàn huyện" and "ngành thương mại
    dịch vụ", both up 8,32%) are two."""
    x, y = _SYLLABLE.findall((a or "").lower()), _SYLLABLE.findall((b or "").lower())  # "(GDP)" names "GDP"
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    return set(short) <= set(long)


#: how many first syllables two subjects share to name the same measure, whatever words of place or time follow
#: ("kim ngạch xuất khẩu của tỉnh" and "kim ngạch xuất khẩu cả năm")
SAME_HEAD_SYLLABLES = 3


def _same_head(a: str | None, b: str | None) -> bool:
    """Two subjects opening with the same ``SAME_HEAD_SYLLABLES`` syllables: one measure named with other words
    after it (a lead's "tổng sản phẩm trên địa bàn tỉnh X", the body's "tổng sản phẩm trên địa bàn (GRDP)")."""
    x, y = _SYLLABLE.findall((a or "").lower()), _SYLLABLE.findall((b or "").lower())
    return len(x) >= SAME_HEAD_SYLLABLES and x[:SAME_HEAD_SYLLABLES] == y[:SAME_HEAD_SYLLABLES]


#: units that are no counted noun
_NOT_COUNTED = (None, "%", "VND", "USD")


def _renamed(f: Fact, g: Fact) -> bool:
    """A headline's count restated in the body with another noun: the same head noun ("8 điểm sáng", "8 điểm nổi
    bật"), or the headline's noun said in the body figure's own sentence ("bầu bổ sung 2 Ủy viên" over "cả 2 nhân sự
    đều đạt ..., trở thành Ủy viên UBND")."""
    a, b = (f.unit or "").split(), (g.unit or "").split()
    if a and b and a[0] == b[0]:
        return True
    return bool(f.unit) and f"{f.unit} " in f"{(g.evidence or '').lower()} "


#: how far a plan's margin and its attainment, or a share and its plan, may differ as printed (rounding)
RESTATED_PLAN_ROUNDING = 0.05


def _row_counts_by(f: Fact, unit: str | None) -> bool:
    """A table row whose name opens on the prose's counted noun counts by it, whatever its unit cell says ("Lao động
    được giải quyết việc làm | Người | 1.250" and "1.250 lao động"); a money or a percentage's unit never."""
    if not unit or unit in ("%", "VND", "USD") or f.unit in ("%", "VND", "USD") or f.origin != "table":
        return False
    name = lower_keep_len(f.subject or "")
    # (a counted noun with its quality, "6 quần chúng ưu tú", by a row named after the noun, "Quần chúng học lớp
    # nhận thức về Đảng | người | 10 | 6": the noun's first two syllables)
    head = " ".join(unit.split()[:COUNTED_HEAD_SYLLABLES])
    return name == unit or name.startswith((unit + " ", head + " "))


#: the syllables of the prose's counted noun a table row's name opens with to count by it
COUNTED_HEAD_SYLLABLES = 2


def _both_counts(a: str | None, b: str | None) -> bool:
    """Two units that both count people or things, neither money, a share nor a measure ("người" in a row, "thanh
    niên" in the sentence: one count under two nouns)."""
    measures = set(get(UnitsLexicon).measures.values())
    return bool(a and b) and not ({a, b} & {"%", "VND", "USD"}) and a not in measures and b not in measures


def _same_unit(a: str | None, b: str | None) -> bool:
    """Units agree when one is the other or its first syllables ("lượt" and "lượt khách")."""
    if a == b:
        return True
    if not a or not b or "%" in (a, b):
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    return long[:len(short)] == short


def _same(f: Fact, g: Fact) -> bool:
    if not _same_unit(f.unit, g.unit) or f.value is None or g.value is None:
        return False
    if f.role != g.role and not (f.unit == "%" and {f.role, g.role} <= {"plan_diff_pct", "plan_pct", "change_pct"}) \
            and not ({f.role, g.role} <= set(_GOAL_COUNT_ROLES) and (f.unit or "").lower() in _goal_heads()):
        return False
    if f.range_upper is not None or g.range_upper is not None:
        # a span is said again as written: "kế hoạch 7 - 8%" in the lead is no "8 - 9%" of the body, nor a rounded figure;
        # a goal's floor alone ("Phấn đấu tăng trưởng từ 10% trở lên" over the body's "từ 10 - 10,5%") is the span's goal
        return f.value == g.value and (f.range_upper == g.range_upper
                                       or (f.role == g.role == "target" and f.range_upper is None))
    if f.unit == "%" and (places := _decimals(f.value)):
        # a headline's rate written to its decimals ("+12,7%") rounds no other rate ("12,2%"): only the same one, rounded
        return abs(f.value - g.value) <= 0.5 * 10.0 ** -places + 1e-9
    return abs(f.value - g.value) <= max(1.0, 0.05 * abs(g.value)) if f.unit == "%" else abs(f.value - g.value) <= 0.05 * abs(g.value)


def _precise_sum(f: Fact) -> bool:
    """A sum of money printed with two significant digits or more ("2,1 tỷ USD", "96 tỷ đồng"; not "8 tỷ đồng")."""
    return f.unit in ("VND", "USD") and f.value is not None and _significant_digits(float(f.value)) >= 2


def _decimals(v: float) -> int:
    """How many decimal places ``v`` is written with (0 for a whole number)."""
    text = repr(float(v))
    return 0 if "e" in text or text.endswith(".0") else len(text.split(".")[1])
