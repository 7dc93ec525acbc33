"""Find quantities in a sentence: number (digits or words), scale, unit, qualifier, fraction.

A quantity is a fact candidate only when it has a unit: a percentage, money, a measure (ha,
tấn, m²) or a counted noun. Numbers in names, dates, times, ordinals and document numbers are
left out by context rules whose words live in ``lexicon/units.yaml`` and ``lexicon/cues.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from soket import rx as re
from soket.extract.numbers import NUMBER_RE, ParsedNumber, parse_number, spaced_number, words_to_int
from soket.extract.sentence_index import EndWords, last_word
from soket.extract.textutil import LOWER, UPPER, lower_keep_len, phrase_alt, word_alt
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon, NumbersLexicon, UnitsLexicon
from soket.model import LOCALITY_KINDS

_GAP = re.compile(r"[ \t]+")
_THOUSAND = 1000.0
_SPACES = re.compile(r"[ \t]*")
_BRACKET_AFTER = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
_BROKEN_BEFORE = re.compile(r"(?<![\d.,])\d{1,3} $")
_RANGE_BEFORE = re.compile(r"\d[ \t]*[-–][ \t]*$")
#: a percentage's sign and the blanks before a dash: a series of shares goes on after it ("64,93% - 25,08%")
_PCT_BEFORE_DASH = re.compile(r"\d[ \t]?%[ \t]*\Z")


def _range_before(s: str, a: int) -> bool:
    """A range's first number and its dash end right before ``a`` ("2020 - 2025"), in the four characters before it:
    searched only where a dash lies there (most figures have none)."""
    w = max(0, a - 4)
    return (s.find("-", w, a) >= 0 or s.find("–", w, a) >= 0) and _RANGE_BEFORE.search(s, w, a) is not None


_WS = re.compile(r"\s+")
#: a proper name's last word right before a figure, inside the sentence: a word, then one in title case
#: ("Nhà máy Nhiệt điện Vũng Áng 1", "thôn Phượng Ngô 1")
_NAME_WORD_BEFORE = re.compile(rf"\w[ \t]+[{UPPER}][{LOWER}]+[ \t]+$")


@dataclass(slots=True)
class Quantity:
    """A quantity found in a sentence; offsets are relative to the sentence."""

    start: int  # raw start (qualifier included)
    end: int  # raw end (unit included)
    num_start: int
    num_end: int
    value: float | None
    unit: str | None
    kind: str  # "pct" | "money" | "measure" | "count"
    qualifier: str | None = None
    of: float | None = None
    malformed: bool = False
    style: str = "vi"
    unit_start: int = 0  # where the unit's words start (counted nouns), 0 when none
    typo: str | None = None  # the figure or unit as printed and as read ("3. 407, 5 → 3.407,5"), when read so
    upper: float | None = None  # a goal's span read by its lower bound ("từ 10-12 đảng viên"): the upper bound


@dataclass(frozen=True, slots=True)
class _Rx:
    scale: re.Pattern[str]
    scales: dict[str, float]
    scaled_currency: re.Pattern[str]
    scaled_currencies: dict[str, float]
    currency: re.Pattern[str]
    currencies: dict[str, str]
    percent: re.Pattern[str]
    measure: re.Pattern[str]
    measures: dict[str, str]
    per_suffix: re.Pattern[str]
    token: re.Pattern[str]
    counted: re.Pattern[str]
    classifiers: frozenset[str]
    noun_classifiers: dict[str, frozenset[str]]  # a classifier that is a noun too, and the nouns it classifies
    abbreviations: dict[str, str]
    not_units: frozenset[str]
    not_unit: re.Pattern[str]
    noun_stop: frozenset[str]
    name_compound: re.Pattern[str]
    name_before: re.Pattern[str]
    range_before: re.Pattern[str]
    range_from_only: re.Pattern[str]  # the opening word of a span or bound ("từ") right before the number
    floor_goal: re.Pattern[str]
    capital_names: frozenset[str]  # name cues that name a number only written in capitals ("Điều 3")
    bound_range: re.Pattern[str]
    estimate: re.Pattern[str]  # a word of an estimate or forecast (cues roles.estimate)
    threshold_after: re.Pattern[str]
    date_before: re.Pattern[str]
    lunar_year: re.Pattern[str]
    qualifier: re.Pattern[str]
    qualifiers: dict[str, str]
    word_count: re.Pattern[str]  # a number in words, then a noun it may count, a scale or a measure
    word_alone_not: frozenset[str]
    word_ordinal_before: re.Pattern[str]
    word_small_after: re.Pattern[str]
    word_whole_before: re.Pattern[str]
    thousand_words: frozenset[str]
    count_of: re.Pattern[str]
    time_spent: re.Pattern[str]  # the time a meeting spends before its sessions counted
    labelled_total: re.Pattern[str]  # a measured total's noun right before a count that names whose total it is
    season_crop: re.Pattern[str]  # the crop right after a count of seasons ("3 vụ lúa")
    rank_peers: re.Pattern[str]  # "thứ 3 trong": a rank's ordinal and number before the count of the peers ranked among
    time_spent_nouns: frozenset[str]
    halted: re.Pattern[str]  # a verb of halting right before a duration
    halt_span: re.Pattern[str]
    currency_compound: re.Pattern[str]
    rate: re.Pattern[str]
    group_nouns: frozenset[str]
    group_words_not: frozenset[str]
    compound: re.Pattern[str]
    own_word: re.Pattern[str]  # a word of several syllables of the lexicon's compounds alone (no counted noun)
    rate_noun: re.Pattern[str]
    plan_slash_figure: re.Pattern[str]
    abbrev: re.Pattern[str]
    kind_of: dict[str, str]
    draft_heads: frozenset[str]
    drafted: re.Pattern[str]  # the paper after a draft's noun
    counters: frozenset[str]
    bare_counters: frozenset[str]
    list_next: re.Pattern[str]
    locative: frozenset[str]
    place_noun: re.Pattern[str]
    per_one: re.Pattern[str]
    class_bound: re.Pattern[str]
    change_across: re.Pattern[str]
    across_nouns: frozenset[str]
    vague_one: frozenset[str]
    named_set: re.Pattern[str]
    raise_noun: re.Pattern[str]
    comparative: re.Pattern[str]
    qualifier_compound: re.Pattern[str]
    money_purpose: re.Pattern[str]
    programme: re.Pattern[str]
    class_income: re.Pattern[str]
    per_head: re.Pattern[str]
    ratio_name: re.Pattern[str]
    time_labels: dict[str, tuple[int, int]]
    name_counted: re.Pattern[str]


@cache
def _rx() -> _Rx:
    u = get(UnitsLexicon)
    c = get(CuesLexicon)
    scales = {k.lower(): float(v) for k, v in u.scales.items()}
    currencies = {k.lower(): v for k, v in u.currencies.items()}
    measures = {k.lower(): v for k, v in u.measures.items()}
    quals = {w.lower(): q for q, ws in c.quantities.qualifiers.items() for w in ws}
    number_words = get(NumbersLexicon)
    nw_list = [*number_words.digits, *number_words.tens, number_words.hundred, *number_words.fillers]
    nw_first = [w for w, v in number_words.digits.items() if v and w not in number_words.after_tens_only]
    nw_first.append(number_words.ten)
    nw_run = [*nw_list, *number_words.thousands]
    drafted = [n for ns in u.noun_kinds.values() if set(ns) & set(u.draft_heads) for n in ns if n not in u.draft_heads]
    nw_next = [*u.counted_nouns, *u.classifiers, *u.noun_classifiers, *u.group_nouns, *scales, *currencies, *measures]
    end = r"(?!\w)"
    # "60 tạ/ha", "triệu đồng/người/năm": one to three words each after a slash, never a plan ("50.754 tấn/KH 52.663
    # tấn", "4.296 triệu đồng/KH 8.473 triệu đồng": the result over its plan)
    per = rf"(?:/[ \t]?(?!(?:{phrase_alt(c.roles.plan_heads)})(?!\w))[^\W\d_]+){{1,3}}"
    return _Rx(  # a scale and a currency one or two blanks on (a line break of a copy joined as a blank, "tỷ  đồng")
        scale=re.compile(rf"[ \t]{{0,2}}({phrase_alt(scales)}){end}"),
        scales=scales,
        # "27,3 tr.đ/người/năm": a scale and the currency in one abbreviated word
        scaled_currency=re.compile(rf"[ \t]{{0,2}}({phrase_alt(list(u.scaled_currencies))}){end}")
        if u.scaled_currencies else re.compile(r"(?!)"),
        scaled_currencies={k.lower(): float(v) for k, v in u.scaled_currencies.items()},
        currency=re.compile(rf"[ \t]{{0,2}}({phrase_alt(currencies)}){end}"),
        currencies=currencies,
        percent=re.compile(rf"[ \t]?({phrase_alt([*u.percent, *u.percent_points])})(?![\w])"),
        measure=re.compile(rf"[ \t]?({phrase_alt(measures)})(?![\w²³])"),
        measures=measures,
        per_suffix=re.compile(per),
        token=re.compile(r"[ \t]*([^\W\d_][\w-]*)"),
        counted=re.compile(rf"({phrase_alt(u.counted_nouns)})(?!\w)"),
        classifiers=frozenset(u.classifiers),
        noun_classifiers={k.lower(): frozenset(v) for k, v in u.noun_classifiers.items()},
        abbreviations={k.lower(): v for k, v in u.abbreviations.items()},
        not_units=frozenset(u.not_units),
        not_unit=re.compile(rf"(?:{phrase_alt(u.not_units)})(?!\w)"),
        noun_stop=frozenset(u.noun_stop),
        name_before=re.compile(rf"{word_alt(c.quantities.name_number_before)}[ \t]*[-–:]?[ \t]*$"),
        capital_names=frozenset(c.quantities.name_cues_capitalised),
        name_compound=re.compile(rf"{word_alt(c.quantities.name_cue_compounds)}[ \t]*[-–:]?[ \t]*$"),
        range_before=re.compile(rf"{word_alt(c.quantities.range_before)}[ \t]*$"),
        range_from_only=re.compile(rf"{word_alt(c.quantities.range_from)}[ \t]*$"),
        floor_goal=re.compile(rf"{word_alt(c.quantities.floor_goal_before)}[ \t]+{word_alt(c.quantities.range_before)}[ \t]*$"),
        # "từ 7 đến 10 tiêu chí", "từ 60 - 62 tạ/ha": the lower bound a bare number, the figure the span's end
        # the floor's separator may be typed with a blank after it ("từ 95, 2% đến 100%")
        bound_range=re.compile(rf"{word_alt(c.quantities.range_from)}[ \t]+\d[\d.,]*(?:(?<=[.,])[ ]\d+)?[ \t]*(?:%[ \t]*)?"
                               rf"(?:{word_alt(c.quantities.range_to)}|[-–])[ \t]*$"),
        estimate=re.compile(rf"{word_alt(c.roles.estimate)}(?!\w)"
                            rf"(?![ \t]+(?:{phrase_alt(c.roles.estimate_not_before)})(?!\w))"),
        threshold_after=re.compile(rf"[^,;.:()\n]{{0,40}}?{word_alt(c.quantities.threshold_after)}(?!\w)"),
        date_before=re.compile(rf"{word_alt(c.quantities.date_before)}[ \t]*$"),
        lunar_year=re.compile(rf"[ \t]+(?:{phrase_alt(c.quantities.lunar_stems)})[ \t]+"
                              rf"(?:{phrase_alt(c.quantities.lunar_branches)})(?!\w)"),
        qualifier=re.compile(rf"(?<!\w)({phrase_alt(quals)})[ \t]*$"),
        qualifiers=quals,
        locative=frozenset(w.lower() for w in c.quantities.locative_qualifiers),
        place_noun=re.compile(rf"(?:{phrase_alt(c.quantities.place_nouns)})(?!\w)"),
        count_of=re.compile(rf"{word_alt(c.quantities.count_of)}[ \t]*$"),
        time_spent=re.compile(rf"{word_alt(c.quantities.time_spent_before) or '(?!)'}[ \t]*$"),
        time_spent_nouns=frozenset(c.quantities.time_spent_nouns),
        rank_peers=re.compile(rf"{word_alt(c.quantities.rank_words) or '(?!)'}[ \t]+\w+[ \t]+"
                              rf"(?:{phrase_alt(c.quantities.rank_peers_before) or '(?!)'})[ \t]+$"),
        labelled_total=re.compile(rf"{word_alt(c.quantities.labelled_totals) or '(?!)'}(?:[ \t]+(?:{phrase_alt(c.quantities.labelled_total_links) or '(?!)'}))?[ \t]*$"),
        season_crop=re.compile(rf"[ \t]+(?:{phrase_alt(c.quantities.season_crops) or '(?!)'})(?!\w)"),
        halted=re.compile(rf"{word_alt(c.quantities.halt_before) or '(?!)'}[ \t]*$"),
        halt_span=re.compile(rf"[ \t]+({phrase_alt(c.quantities.halt_spans) or '(?!)'})(?!\w)"),
        # "nâng tổng số doanh nghiệp đang hoạt động lên 186": a bare number, the total's counted noun its unit
        raise_noun=re.compile(rf"{word_alt(c.facts.raise_verbs)}[ \t]+(?:{phrase_alt(c.facts.raise_totals)})[ \t]+"
                              rf"({phrase_alt(u.counted_nouns)})(?!\w)[^,;:()\d\n]{{0,80}}?[ \t]+"
                              rf"(?:{phrase_alt(c.facts.raise_to)})[ \t]*$"),
        change_across=re.compile(rf"{word_alt(c.quantities.change_across)}[ \t]*$"),
        vague_one=frozenset(w.lower() for w in c.quantities.vague_after_one),
        across_nouns=frozenset(c.quantities.across_nouns),
        named_set=re.compile(rf"[ \t]*(?:{phrase_alt(c.quantities.named_sets)})(?!\w)"),
        per_one=re.compile(rf"{word_alt(c.quantities.per_one)}[ \t]*$"),
        # "số xã đạt dưới": a class's noun and verb, then the qualifier of the bound (quantities.class_of, class_verbs)
        class_bound=re.compile(rf"{word_alt(c.quantities.class_of)}[ \t]+[^\d,;.:()]{{1,30}}?[ \t]"
                               rf"(?:{phrase_alt(c.quantities.class_verbs)})[ \t]+(?:{phrase_alt(quals)})[ \t]*$")
        if c.quantities.class_of and c.quantities.class_verbs else re.compile(r"(?!x)x"),
        currency_compound=re.compile(rf"(?:{phrase_alt(u.currency_compounds)})(?!\w)"),
        # a unit's rate: after slashes, or in a rate's words ("triệu đồng/người/năm", "triệu đồng một người một năm")
        rate=re.compile(rf"{per}|(?:[ \t]+(?:{phrase_alt(u.rate_words)})[ \t]+"
                        rf"(?:{phrase_alt(u.rate_nouns)})(?!\w)){{1,2}}"),
        group_nouns=frozenset(u.group_nouns),
        compound=re.compile(rf"(?:{phrase_alt([*u.compounds, *u.counted_nouns])})(?!\w)"),
        own_word=re.compile(rf"(?:{phrase_alt(u.compounds)})(?!\w)"),
        abbrev=re.compile(rf"[ \t]{{0,2}}({phrase_alt(k for k in u.abbreviations if '/' in k)})(?![\w/])"),
        rate_noun=re.compile(r"[ \t]+([^\W\d_]+)(?=/[^\W\d_])"),
        # "1.000/KH 2017: 1.600 người": a bare result over its plan, the plan's figure naming the counted noun
        plan_slash_figure=re.compile(rf"[ \t]*/[ \t]*(?:{phrase_alt(c.roles.plan_heads)})(?!\w)"
                                     rf"(?:[ \t]+(?:{phrase_alt(c.roles.opener_years)}))?(?:[ \t]+\d{{4}})?[ \t]*:?[ \t]*"
                                     r"\d[\d.,]*[ \t]*"),
        kind_of={n: k for k, ns in u.noun_kinds.items() for n in ns},
        draft_heads=frozenset(u.draft_heads),
        # the paper a draft drafts, right after it ("dự thảo nghị quyết"): a noun of the draft's own kind, no comma
        drafted=re.compile(rf"[ \t]+({phrase_alt(drafted)})(?![\w/])"),
        counters=frozenset(u.counters),
        bare_counters=frozenset(c.subjects.bare_counters),
        # the next noun of a list ("8 huyện, thành phố"): a noun, then no figure of its own
        list_next=re.compile(rf"[ \t]*,[ \t]*({phrase_alt(n for ns in u.noun_kinds.values() for n in ns)})(?![\w/])"
                             r"(?![ \t]*\d)"),
        money_purpose=re.compile(rf"[ \t]+(?:{phrase_alt(u.money_purposes)})(?!\w)"),
        time_labels={k: (v[0], v[1]) for k, v in c.quantities.time_labels.items()},
        name_counted=re.compile(rf"(?:\d+|{word_alt([*number_words.digits, *c.quantities.name_cue_counters])})[ \t]+$"),
        ratio_name=re.compile(rf"{word_alt(c.quantities.ratio_names)}[ \t]*$") if c.quantities.ratio_names
        else re.compile(r"(?!x)x"),
        class_income=re.compile(
            rf"(?:{word_alt(c.quantities.class_households)})(?!\w)(?:[ \t]+[^\W\d]+){{0,4}}?,?[ \t]+(?:{phrase_alt(c.quantities.class_incomes)})"
            rf"[ \t]+(?:{phrase_alt(c.quantities.class_bounds)})[ \t]+$|(?:{word_alt(c.quantities.class_households)})(?!\w)(?:[ \t]+[^\W\d]+){{1,2}}?"
            rf"[ \t]+(?:{phrase_alt(c.quantities.class_bounds)})[ \t]+$|(?:{word_alt(c.quantities.income_standards)})[ \t]+$")
        if c.quantities.class_households and c.quantities.income_standards else re.compile(r"(?!x)x"),
        per_head=re.compile(phrase_alt(c.quantities.per_head)) if c.quantities.per_head else re.compile(r"(?!x)x"),
        programme=re.compile(rf"{word_alt(c.quantities.programme_nouns)}[ \t]*$") if c.quantities.programme_nouns
        else re.compile(r"(?!x)x"),
        qualifier_compound=re.compile(rf"{word_alt(c.quantities.qualifier_compounds)}[ \t]*$"),
        comparative=re.compile(rf"{word_alt([*c.roles.more_than, *c.roles.less_than])}[ \t]*$"),
        group_words_not=frozenset(u.group_words_not),
        # "hai mươi mốt xã", "mười hai thôn", "hai đoàn giám sát": a run of number words opening with a digit or the
        # ten, then a counted noun (or a classifier before one), a group noun, a scale or a measure
        word_count=re.compile(rf"({word_alt(nw_first)}(?!\w)(?:[ \t]+(?:{phrase_alt(nw_run)})(?!\w))*)"
                              rf"(?=[ \t]+(?:{phrase_alt(nw_next)})(?![\w²³]))"),
        word_alone_not=frozenset(number_words.alone_not_counts),
        word_ordinal_before=re.compile(rf"{word_alt(number_words.ordinal_before)}[ \t]*$"),
        word_small_after=re.compile(rf"{word_alt(number_words.small_count_after)}[ \t]+$"),
        word_whole_before=re.compile(rf"{word_alt(number_words.whole_before)}[ \t]+$"),
        thousand_words=frozenset(number_words.thousands),
    )


def find_quantities(s: str, low: str | None = None, floors_from: int | None = None) -> list[Quantity]:
    """All fact-candidate quantities of one sentence, in order, non-overlapping (``low``: the
    sentence lowered by :func:`lower_keep_len`, when the caller has it). ``floors_from``: where the sentence's
    goals begin; a count bounded from below there ("thành lập mới từ 2 doanh nghiệp trở lên") is the floor a goal
    sets, a figure, where elsewhere it names a class ("khách sạn từ 3 sao trở lên")."""
    rx = _rx()
    low = lower_keep_len(s) if low is None else low
    out: list[Quantity] = []
    taken_until = 0
    for m in NUMBER_RE.finditer(s):
        a, b = m.span()
        if a < taken_until:
            continue
        spaced = _spaced(s, low, a, b, rx) if b + 2 < len(s) and s[b] in ".," and s[b + 1] == " " else None
        if spaced is not None and spaced[1] is None:
            taken_until = spaced[0]  # "đạt 3. 407 hộ": one figure or a stop before another, left unread
            continue
        if spaced is not None:
            b = spaced[0]
            taken_until = b  # its parts are no figures of their own, whatever it reads as
        elif b + 1 < len(s) and s[b] in ".," and s[b + 1] == "%":
            b += 1  # "tăng 8,% so với cùng kỳ": a percentage whose decimals were lost, a malformed figure, never guessed
        q = _read_number(s, low, a, b, rx, floors_from is not None and a >= floors_from,
                         spaced[1] if spaced is not None else None)
        if q is not None:
            out.append(q)
            taken_until = q.end
    words = _word_quantities(s, low, rx, out)
    if words:
        out.extend(words)
        out.sort(key=lambda q: q.start)
    if "(" in s and out:
        out = _with_breakdowns(s, out)
    return out


#: a bracket right after a count that breaks it down by kind, each kind's words then its bare number: "11 đảng viên
#: (khiển trách 7, cảnh cáo 3, khai trừ 1)"; items apart by commas or semicolons, words of letters only
_BREAKDOWN = re.compile(r"[ \t]*\(((?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+\d{1,6}[ \t]*[,;][ \t]*)+"
                        r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+\d{1,6})[ \t]*\)")
_BREAKDOWN_ITEM = re.compile(r"(\d{1,6})(?=[ \t]*(?:[,;)]|$))")


def _with_breakdowns(s: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` with the parts of a count broken down in a bracket right after it by kind, each a bare number with the
    count's noun ("kỷ luật 11 đảng viên (khiển trách 7, cảnh cáo 3, khai trừ 1)": 7, 3 and 1 đảng viên), where the
    parts are no more than the whole. A bracket of figures with units of their own is read as it is (they are
    quantities already); one whose numbers sum over the count is no breakdown of it."""
    out: list[Quantity] = []
    for i, q in enumerate(qs):
        out.append(q)
        if q.kind != "count" or q.value is None or q.of is not None or not q.unit:
            continue
        m = _BREAKDOWN.match(s, q.end)
        if m is None or (i + 1 < len(qs) and qs[i + 1].start < m.end()):
            continue
        parts = list(_BREAKDOWN_ITEM.finditer(s, m.start(1), m.end(1)))
        values = [int(x.group(1)) for x in parts]
        if len(values) < 2 or sum(values) > q.value:
            continue
        for x in parts:
            out.append(Quantity(x.start(1), x.end(1), x.start(1), x.end(1), float(x.group(1)), q.unit, "count"))
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")
# nothing more in the clause after a number
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;.:)\n]|$)")
# a figure later in the same clause, within a few words
_FIGURE_LATER = re.compile(r"[^,;:.!?\n\d]{0,60}\d")


#: how far into its clause the noun a bare fraction counts may start ("trong đó đại biểu nữ 9/25")
FRACTION_NOUN_WITHIN = 12
#: what may follow a bare fraction that counts the noun before it: the clause's end or a bracket
_FRACTION_CLOSE = re.compile(r"[ \t]*(?:[,;.)(\n]|$)")


def _noun_before_fraction(low: str, a: int, end: int, value: float | None,
                          rx: _Rx) -> tuple[str, str, int, float | None, int] | None:
    """A bare fraction closing its clause counts the counted noun that opens the clause: "đại biểu người dân
    tộc thiểu số 8/40" counts "đại biểu"."""
    start = max(low.rfind(c, 0, a) for c in ",;:(\n") + 1
    head = low[start:a].lstrip()
    m = rx.counted.search(head, 0, FRACTION_NOUN_WITHIN + 12)  # after a lead ("trong đó", "có") at most
    if m is None or m.start() > FRACTION_NOUN_WITHIN or re.search(r"\d", head):
        return None
    return "count", m.group(1), end, value, 0


@dataclass(frozen=True, slots=True)
class _EndWords:
    """The words the patterns searched on the words before a figure end on (:class:`EndWords`)."""

    bound_range: EndWords
    qualifier: EndWords
    range_before: EndWords
    name_before: EndWords  # its tail lets a dash or a colon end it
    name_compound: EndWords
    count_of: EndWords
    comparative: EndWords
    qualifier_compound: EndWords


@cache
def _end_words() -> _EndWords:
    c, r = get(CuesLexicon).quantities, get(CuesLexicon).roles
    return _EndWords(bound_range=EndWords(c.range_to, chars=True),
                     qualifier=EndWords(w.lower() for ws in c.qualifiers.values() for w in ws),  # as ``_rx`` keys them
                     range_before=EndWords(c.range_before),
                     name_before=EndWords(c.name_number_before, chars=True),
                     name_compound=EndWords(c.name_cue_compounds, chars=True),
                     count_of=EndWords(c.count_of),
                     comparative=EndWords([*r.more_than, *r.less_than]),
                     qualifier_compound=EndWords(c.qualifier_compounds))


#: one or two words before a figure, the first in capitals ("Chỉ thị", "Đề án", "Covid"): a name
_CAPITAL_NAME_BEFORE = re.compile(rf"(?<![^\W\d_])[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+)?[ \t]*$")


def _no_time_label(cue: str, n: int, rx: _Rx) -> bool:
    """The name cue before a number is a time word and the number is none it names ("9 tháng 20", "cả năm 6")."""
    bounds = rx.time_labels.get(_WS.sub(" ", cue.strip(" \t-–:")))
    return bounds is not None and not bounds[0] <= n <= bounds[1]


#: the marks a list's item opens its line with
_ITEM_MARKS = "*-+•–"


def _spaced(s: str, low: str, a: int, b: int, rx: _Rx) -> tuple[int, str | None] | None:
    """A figure whose separator was typed with a blank after it ("3. 407, 5 tỷ đồng", "tăng 4, 94%", "60, 58 ha"),
    read whole where the context leaves one reading: a word before it that names nothing (no "ngày", "khóa"...) or a
    list's mark opening its line ("* 60, 6%"), and
    a unit that takes decimals right after it (money, a measure, a scale; a percentage after a decimal comma). Returns where it
    ends and the number as it should be written; the number None where a thousands dot may as well end a sentence
    before a count ("đạt 3. 407 hộ"): neither figure is read (after a word in capitals, a name's number: read as
    printed). None: read as printed."""
    sp = spaced_number(s, a, b)
    if sp is None:
        return None
    end, text, dotted = sp
    j = a
    if j > 1 and s[j - 1] in "+−" and s[j - 2] in " \t(":
        j -= 1  # "(+12, 7%)": a change signed, its sign glued to the figure; what stands before the sign is read
    while j > 0 and s[j - 1] in " \t":
        j -= 1
    # a clause's first words after a semicolon ("... còn 3, 06%; 94, 5% dân số ..."): a list of figures is apart by
    # commas, never by semicolons
    clause = j > 0 and s[j - 1] == ";" and j < a
    if j > 0 and s[j - 1] in ",;:(" and (j < a or s[j - 1] == "("):  # "xếp loại, 91, 2%", "(34, 1% dự toán)"
        j -= 1
        while j > 0 and s[j - 1] in " \t":
            j -= 1
    elif j > 1 and s[j - 1] in "-–" and _RANGE_BEFORE.search(s, max(0, j - 5), j):
        # "từ 9-9, 5%": a span's upper bound, one number (no figure: the span is read as ranges are), where a unit that
        # takes decimals follows; "sáng 10-7, 11 đại biểu": a day written with a dash, then a count: as printed
        u = _read_unit(s, low, end, parse_number(text).value, rx)
        if u is not None and (u[0] in ("money", "measure", "pct") or rx.scale.match(low, end)):
            return end, text
        return None
    # "tương ứng 64, 93% - 25, 08% - 2, 73%": a series of shares joined by dashes, each figure the next of the series
    series = j > 1 and s[j - 1] in "-–" and _PCT_BEFORE_DASH.search(s, max(0, j - 6), j - 1) is not None
    # "* 60, 6% trường học đạt chuẩn": a list's mark opening the line, then the figure (a mark, no number of an item)
    marked = 0 < j < a and s[j - 1] in _ITEM_MARKS and not s[s.rfind("\n", 0, j - 1) + 1:j - 1].strip()
    if j == a or j == 0 or not (s[j - 1].isalpha() or s[j - 1] == ")" or marked or series or clause):
        return None  # a numbered item ("1. 839,3 tỷ"), a list's next figure ("3, 4, 5%", "đạt 5%, 4, 5%"): as printed
    u = _read_unit(s, low, end, parse_number(text).value, rx)
    # "Covid – 19, 9 tháng", "tháng 10, 10 tháng": a name's or a date's number, then a figure; a number in thousands
    # groups names nothing ("lũy kế từ đầu năm 1.684, 7 tỷ đồng"), a ratio's name is its percentage's ("tỷ lệ 0, 93%")
    nm = rx.name_before.search(low, max(0, a - 40), a) if "." not in s[a:b] else None
    if nm and rx.name_compound.search(low, max(0, a - 40), a):
        nm = None  # "thương mại - dịch vụ 12, 5%": the cue is a compound noun's last syllable
    if nm and rx.name_counted.search(low, max(0, nm.start() - 12), nm.start()) \
            and _WS.sub(" ", low[nm.start():a]).strip(" \t-–:") not in rx.time_labels:
        nm = None  # "lúa 2 vụ 1. 960 ha", "rau các loại 9. 870 ha": the cue counted or of every kind, no label
    if nm and not (u is not None and u[0] == "pct" and rx.ratio_name.search(low, nm.start(), a)) \
            and not _no_time_label(low[nm.start():a], int(s[a:b]), rx) \
            and not (u is not None and u[0] == "measure" and s[nm.start()].islower()
                     and _WS.sub(" ", low[nm.start():a]).strip(" \t-–:") in rx.capital_names):
        return None  # ("cao su 4. 120 ha, điều 3. 148 ha": a crop in lower case, no "Điều 3." of a text, a measure after)
    if u is not None and (u[0] in ("money", "measure") or (u[0] == "pct" and not dotted) or rx.scale.match(low, end)):
        return end, text  # a scaled count takes decimals too ("1, 5 triệu lượt khách")
    # a name of one or two words in capitals before it ("Chỉ thị 15. 200 hộ ...": a document's number, then a
    # sentence) is read as printed
    return (end, None) if dotted and not _CAPITAL_NAME_BEFORE.search(s, max(0, j - 30), j) else None


def _read_number(s: str, low: str, a: int, b: int, rx: _Rx, goal_floor: bool = False,
                 spaced: str | None = None) -> Quantity | None:
    num = s[a:b] if spaced is None else spaced  # "3. 407, 5" read as "3.407,5"
    before = low[max(0, a - 40):a]
    prev = s[a - 1] if a else " "
    # glued to a code or name: "H5N1", "Covid-19", "QL1A"
    if prev.isalpha() and (prev.isupper() or (not prev.isascii() and prev.isupper())):
        return None
    if prev in "-–" and a >= 2 and s[a - 2].isalpha():
        return None
    if prev in "/:" or _range_before(s, a) or (a >= 3 and s[a - 2] == "/" and s[a - 3].isdigit()
                                                                    and prev in " \t"):
        return None  # the second half of a date, a time or a range "2020 - 2025" (a slash and one blank: "14/ 5")
    nxt = s[b] if b < len(s) else " "
    if nxt == ":" and b + 1 < len(s) and s[b + 1].isdigit():
        return None  # a time, 14:55
    if nxt.isascii() and nxt.isalpha() and not (b + 1 < len(s) and s[b + 1].isalpha()) \
            and not rx.measure.match(low, b):
        return None  # one letter glued to it: a code ("Nghị quyết 30a", "Chương trình 135b")
    if nxt in " \t-–" and (sp := _SPAN_JOIN.match(s, b)) is not None \
            and (m2 := NUMBER_RE.match(s, sp.end())) is not None and not _SPAN_GOES_ON.match(s, m2.end()) \
            and not (_YEAR.fullmatch(s[a:b]) and _YEAR.fullmatch(m2.group())) \
            and (goal_floor or _estimated_clause(low, a, rx) or plan_span_before(low, a)
                 or _priced_per_unit(s, low, m2.end(), rx)):
        # among goals: "tăng khoảng 11,5 - 12,5%", "đạt 4.900 - 5.000 USD", "kết nạp từ 10-12 đảng viên": a span read
        # by its floor, from its opening word ("từ") or its qualifier ("khoảng"); so too a forecast's span ("chỉ số giá
        # tiêu dùng dự kiến tăng 3,6 - 4,1%")
        rf = rx.range_from_only.search(before)
        qm = rx.qualifier.search(before) if rf is None else None
        lead = rf if rf is not None else qm
        opened = a - (len(before) - lead.start()) if lead is not None else a
        span = _goal_span(s, low, a, b, m2.end(), opened, rx,
                          rx.qualifiers[_WS.sub(" ", qm.group(1))] if qm is not None else None,
                          _spaced_upper(s, low, m2, rx) if s[m2.end():m2.end() + 2] == ", " else None)
        if span is not None or (nxt == "-" and rf is not None):
            return span
    of = None
    pos = b
    whole_at = _spaced_whole(s, b) if nxt == "/" else None  # "374/ 2.709 tỷ đồng": a space typed after the slash
    if (nxt in "/-" and b + 1 < len(s) and s[b + 1].isdigit()) or whole_at is not None:
        m2 = NUMBER_RE.match(s, whole_at or b + 1)
        if m2 is None:
            return None
        after2 = s[m2.end():m2.end() + 1]
        if after2 in ("/", "-", ".") and m2.end() + 1 < len(s) and s[m2.end() + 1].isdigit():
            return None  # a full date 13/07/2015
        if nxt == "-" or rx.date_before.search(before) or rx.lunar_year.match(low, m2.end()):
            return None  # a range of years or a date "ngày 14/5", "11-6", a lunar date "5/11 Ất Mùi"
        pos, whole_num = _whole_as_printed(s, low, m2, rx) if nxt == "/" else (m2.end(), m2.group())
        of = parse_number(whole_num).value  # "99,2/151, 7 tỷ đồng": the whole typed with a blank after its comma
    lw = last_word(before)  # the word right before the figure: the end patterns below are searched where it may end one
    ends = _end_words()
    if ends.bound_range.may(lw) and rx.bound_range.search(before):
        return None  # "các xã còn lại đạt từ 7 đến 10 tiêu chí": a span's upper bound, no figure of the report
    parsed = parse_number(num)
    value = parsed.value
    q = _read_unit(s, low, pos, value, rx)
    if q is None and of is None and _CLAUSE_END.match(s, b):
        rn = rx.raise_noun.search(low, max(0, a - 160), a)
        q = ("count", _WS.sub(" ", rn.group(1)), b, value, 0) if rn else None
    if q is None and of is None and (hm := rx.halt_span.match(low, pos)) and rx.halted.search(before):
        q = ("count", hm.group(1), hm.end(), value, hm.start(1))  # "phải tạm dừng 41 ngày": how long it stood halted
    if q is None and of is not None and _FRACTION_CLOSE.match(s, pos):
        q = _noun_before_fraction(low, a, pos, value, rx)  # "đại biểu người dân tộc thiểu số 8/40 (chiếm 20%)"
    if q is None:
        return None
    kind, unit, end, value, unit_start = q
    if of is not None and kind == "pct":
        # "còn 4/2%": a percentage has no fraction, a slash typed for the decimal comma is a malformed figure
        of, parsed, value, b = None, ParsedNumber(None, "malformed"), None, pos
    if kind == "count" and of is None and _YEAR.fullmatch(num) and not rx.counted.match(unit or ""):
        return None  # "Mùa du lịch 2012 đón ...", "Tết Bính Ngọ 2026 vui tươi": a year before a word no noun counted
    if kind == "count" and of is None and not rx.compound.match(unit or "") \
            and _NAME_WORD_BEFORE.search(s, max(0, a - 24), a) is not None:
        return None  # "Nhiệt điện Vũng Áng 1 dừng hoạt động": a name's number before a word no noun counted
    broken = _BROKEN_BEFORE.search(s, max(0, a - 5), a) if kind == "pct" and of is None else None
    if broken:  # "tăng 0 68%": a figure broken by a space is malformed, never guessed
        a, parsed, value = broken.start(), ParsedNumber(None, "malformed"), None
    if of is not None and parsed.value and value is not None:
        of = of * (value / parsed.value)  # "99,2/151,7 tỷ đồng": the scale applies to both
    if kind == "money" and of is None:  # "142,3 tỷ đồng/257,8 tỷ đồng": a fraction of sums written out whole
        whole = _money_whole(s, low, end, unit, rx)
        if whole is not None:
            of, end = whole
    if kind == "measure" and of is None and s.startswith("/", end) and (whole := _measure_whole(s, low, end, unit, rx)):
        of, end = whole  # "1.187,93 tấn/1.185,8 tấn": a result over its plan, both written out in one measure
    if prev.isalpha() and kind not in ("pct", "money"):
        return None
    if kind == "money" and of is None and rx.per_head.search(low, b, min(len(low), end + PER_HEAD_REACH)) \
            and rx.class_income.search(low, max(0, a - CLASS_REACH), a):
        return None  # "hộ nghèo có thu nhập dưới 10 triệu đồng/người/năm": the line a class is drawn at, no figure
    if of is None and _programme_name(low, b, end, before, rx):
        return None  # "Đề án 1 triệu ha lúa chất lượng cao": a programme named by its goal, no figure
    qm = rx.qualifier.search(before) if ends.qualifier.may(lw) else None
    # a number with a measure after it is a quantity whatever word is before it ("cả năm 7.850 ha", "điều 2.420 ha":
    # the year's rice area, cashew), a name's number has no unit
    named = kind not in ("pct", "money") and not (kind == "measure" and unit not in rx.bare_counters)
    nm = rx.name_before.search(before) if named and ends.name_before.may(lw) else None
    if nm and ends.name_compound.may(lw) and rx.name_compound.search(before):
        nm = None  # "người dân tộc thiểu số 8/40": the cue is a compound noun's last syllable
    # a qualifier phrase that holds the name cue wins: "chưa đến 30 hợp tác xã" is no "đến 30"
    if nm and not (qm and qm.start() <= nm.start()) and not (ends.count_of.may(lw) and rx.count_of.search(before)):
        return None
    rm = rx.range_before.search(before) if kind not in ("pct", "money") and ends.range_before.may(lw) else None
    if rm and kind == "measure" and rx.floor_goal.search(before) and rx.threshold_after.match(low, end):
        rm = None  # "năng suất đạt từ 66 tạ/ha trở lên": the floor a goal sets, a figure
    if rm and goal_floor and kind == "count" and rx.range_from_only.search(before) and rx.threshold_after.match(low, end):
        rm = None  # among goals: "thành lập mới từ 2 doanh nghiệp trở lên", the floor the goal sets
    if rm and not (qm and qm.start() <= rm.start()) and \
            (kind != "count" or not rx.counted.match(unit or "") or rx.threshold_after.match(low, end)):
        return None  # "từ 15 đến hết tháng", "từ 3 sao trở lên": a day or a bound, no count
    if kind == "count" and value == 1 and of is None and (unit or "-").lower().split()[0] in rx.vague_one:
        return None  # "1 số dự án còn chậm": "một số", some, no count of one
    if kind == "count" and of is None and rx.named_set.match(low, unit_start or b):
        return None  # "nguồn vốn 3 chương trình mục tiêu quốc gia": a fixed set named, no count
    if kind == "count" and unit in rx.across_nouns and of is None and rx.change_across.search(before):
        return None  # "tai nạn giao thông giảm cả 3 tiêu chí": the criteria a change is seen on
    if kind == "count" and of is None and rx.rank_peers.search(before):
        return None  # "xếp thứ 3 trong 6 tỉnh Bắc Trung Bộ": the peers a rank is among, no count
    if kind == "count" and of is None and rx.labelled_total.search(before) and _FIGURE_LATER.match(s, end):
        return None  # "kim ngạch xuất khẩu của 3 ngành hàng ước đạt 5,12 tỷ USD": whose total, no count
    if kind == "count" and of is None and unit in rx.time_spent_nouns and rx.time_spent.search(before):
        return None  # "kỳ họp dành 1 buổi để chất vấn": the time the meeting spends, no count
    if kind == "count" and of is None and unit in _kind_rx()[1] and rx.season_crop.match(s, end) \
            and _FIGURE_LATER.match(s, end):
        return None  # "gieo sạ 3 vụ lúa được 352.870 ha": the seasons whose area the clause sums, no count
    if kind == "count" and of is None and _not_a_count(before, unit):
        return None  # "đất khai thác 1 vụ", "cả 3 lĩnh vực đều tăng": a kind of land, the whole of a set, no count
    if kind == "count" and of is None and qm and rx.class_bound.search(before) and _FIGURE_LATER.match(s, end):
        return None  # "số xã đạt dưới 5 tiêu chí còn 2 xã": the bound names the class the clause counts
    if kind == "measure" and value == 1 and of is None and rx.per_one.search(before) and _FIGURE_LATER.match(s, end):
        return None  # "bình quân trên 1 ha đất canh tác đạt 152 triệu đồng": the rate's denominator
    start, qual = a, None
    if qm and _WS.sub(" ", qm.group(1)) in rx.locative and kind == "count" and rx.place_noun.match(lower_keep_len(unit or "")):
        qm = None  # "giải tỏa lấn chiếm vỉa hè trên 35 tuyến phố": the places it is done on
    if qm and ((ends.comparative.may(lw) and rx.comparative.search(before))
               or (ends.qualifier_compound.may(lw) and rx.qualifier_compound.search(before))):
        qm = None  # "cao hơn 2,4% so với cùng kỳ": "hơn" is the comparative's, the figure is the difference
    if qm:
        start = a - (len(before) - qm.start())
        qual = rx.qualifiers[_WS.sub(" ", qm.group(1))]
    elif kind != "pct" and of is None and (pm := _passed().search(before)) is not None \
            and _LETTER_RE.search(before, _piece_start(before, pm.start()), pm.start()) \
            and not _passed_joined().search(before, 0, pm.start()) and not _beaten_after().match(low, end):
        # "thu ngân sách trên địa bàn vượt 2.100 tỷ đồng": a sum or count passed, its subject before the verb, no
        # plan or earlier period after it ("vượt 200 tỷ đồng so với dự toán" beats a plan; "..., vượt 9 triệu đồng"
        # opening its clause is a margin; "đạt và vượt 10.012 tấn", a plan's figure reached and beaten, no bound)
        start, qual = a - (len(before) - pm.start()), "over"
    return Quantity(start=start, end=end, num_start=a, num_end=b, value=value, unit=unit, kind=kind,
                    qualifier=qual, of=of, malformed=parsed.malformed, style=parsed.style, unit_start=unit_start,
                    typo=f"{s[a:b]} → {spaced}" if spaced is not None else None)


_LETTER_RE = re.compile(r"[^\W\d_]")


def _piece_start(before: str, at: int) -> int:
    """Where the comma piece holding ``at`` starts in ``before``."""
    return max(before.rfind(ch, 0, at) for ch in ",;:(") + 1


@cache
def _passed() -> re.Pattern[str]:
    """A verb of passing right before a number (quantities.passed_marks)."""
    return re.compile(rf"{word_alt(get(CuesLexicon).quantities.passed_marks)}[ \t]+$")


@cache
def _passed_joined() -> re.Pattern[str]:
    """A conjunction joining the verb of passing to a verb of reaching before it ("đạt và | vượt": roles.
    attained_and_over), at the end of the words before the verb."""
    return re.compile(rf"{word_alt(get(CuesLexicon).roles.attained_and_over)}[ \t]+$")


@cache
def _beaten_after() -> re.Pattern[str]:
    """A plan or a comparison right after a figure (roles.plan_heads, roles.compare_leads): what it beats."""
    r = get(CuesLexicon).roles
    return re.compile(rf"[ \t]*(?:{phrase_alt([*r.plan_heads, *r.compare_leads])})(?!\w)")


#: how far back in its clause a forecast's word is looked for before a span ("dự kiến tăng bình quân 3,6 - 4,1%")
ESTIMATE_SPAN_REACH = 60


@cache
def _plan_span_end() -> re.Pattern[str]:
    c = get(CuesLexicon)
    return re.compile(rf"{word_alt(c.quantities.plan_span_heads)}"
                      rf"(?:[ \t]+(?:{phrase_alt(c.quantities.plan_span_links) or '(?!)'}))*[ \t]*$")


#: how far back a plan's noun is looked for before a span ("kế hoạch năm đề ra là 7 - 8%")
PLAN_SPAN_REACH = 40


def plan_span_before(low: str, a: int) -> bool:
    """A plan's noun right before the number at ``a`` (cues quantities.plan_span_heads, the words between from
    plan_span_links: "nằm trong khoảng kế hoạch 7 - 8%"): a span there is the plan's range, read by its floor."""
    return _plan_span_end().search(low, max(0, a - PLAN_SPAN_REACH), a) is not None


def _estimated_clause(low: str, a: int, rx: _Rx) -> bool:
    """A word of an estimate or forecast (cues roles.estimate) in the clause before ``a``, within
    ``ESTIMATE_SPAN_REACH`` characters: a span there is the forecast's, read by its floor as a goal's is."""
    lo = max(0, a - ESTIMATE_SPAN_REACH)
    clause = max(lo, *(low.rfind(ch, lo, a) + 1 for ch in ",;:.()"))
    return rx.estimate.search(low, clause, a) is not None


def _spaced_upper(s: str, low: str, m2: re.Match[str], rx: _Rx) -> tuple[int, str] | None:
    """A span's upper bound typed with a blank after its decimal comma ("7 - 7, 5%", "3,6 - 4, 1%"): where it ends
    and the number as it should be written, when a percentage, a sum or a measure follows (a unit that takes
    decimals); else None."""
    sp = spaced_number(s, m2.start(), m2.end())
    if sp is None or sp[2]:
        return None  # (a thousands dot typed spaced inside a span's bound: read as printed)
    u = _read_unit(s, low, sp[0], parse_number(sp[1]).value, rx)
    return (sp[0], sp[1]) if u is not None and u[0] in ("pct", "money", "measure") else None


def _priced_per_unit(s: str, low: str, b2: int, rx: _Rx) -> bool:
    """A sum per unit after a span's second number ("giá bán chỉ ở mức 3.000 - 5.000 đồng/kg"): a price quoted as the
    band the market moved in, read by its floor as a goal's span is."""
    u = _read_unit(s, low, b2, 1.0, rx)
    return u is not None and u[0] == "money" and ("/" in s[b2:u[2]] or _per_unit().match(low, u[2]) is not None)


@cache
def _per_unit() -> re.Pattern[str]:
    """The unit a sum is per, in words ("giảm 8.000 - 10.000 đồng mỗi kg": cues quantities.per_unit_words)."""
    return re.compile(rf"[ \t]+(?:{phrase_alt(get(CuesLexicon).quantities.per_unit_words) or '(?!)'})[ \t]+[^\W\d_]")


def _goal_span(s: str, low: str, a: int, b: int, b2: int, start: int, rx: _Rx,
               qualifier: str | None = None, upper_spaced: tuple[int, str] | None = None) -> Quantity | None:
    """A span among a sentence's goals ("phấn đấu kết nạp từ 10-12 đảng viên mới", "tăng khoảng 11,5 - 12,5%",
    "đạt 4.900 - 5.000 USD"): the goal's floor, its lower bound, read as the figure (its raw the span as written, from
    "từ" or its qualifier); ``upper`` keeps the other bound, in the same scale. None where no counted noun, percentage,
    sum or measure follows the span (a span of years, days or a level: no figure), or where the bounds do not rise."""
    join = _SPAN_JOIN.match(s, b)
    if join is None:  # the caller found the span by its join: never so
        return None
    if upper_spaced is not None:  # "7 - 7, 5%": the upper bound read whole through its spaced decimal comma
        b2 = upper_spaced[0]
    lower, upper = parse_number(s[a:b]), parse_number(upper_spaced[1] if upper_spaced is not None else s[join.end():b2])
    u = _read_unit(s, low, b2, upper.value, rx)
    if u is None or lower.value is None or upper.value is None or not lower.value < upper.value:
        return None
    kind, unit, end, scaled, unit_start = u
    if kind == "count" and not rx.counted.match(unit or ""):
        return None
    if kind not in ("count", "pct", "money", "measure") or scaled is None:
        return None
    scale = scaled / upper.value if upper.value else 1.0
    return Quantity(start=start, end=end, num_start=a, num_end=b, value=lower.value * scale, unit=unit, kind=kind,
                    qualifier=qualifier, style=lower.style, unit_start=unit_start, upper=scaled)


#: the dash joining a span's bounds, with or without blanks ("10-12", "11,5 - 12,5", "11 – 12")
_SPAN_JOIN = re.compile(r"[ \t]*[-–][ \t]*(?=\d)")
#: a span: a number, the join, a number
_SPAN = re.compile(rf"\d[\d.,]*{_SPAN_JOIN.pattern}")


def has_span(low: str, start: int = 0) -> bool:
    """Two numbers joined by a dash in ``low`` from ``start`` on ("từ 10-12", "khoảng 11,5 - 12,5", "11 – 12"): a
    span, which among goals is read by its floor (:func:`_goal_span`, ``find_quantities(..., floors_from=)``)."""
    return _SPAN.search(low, start) is not None
#: a third part after a span's second number: a date ("15-6-2025") or a code, no span
_SPAN_GOES_ON = re.compile(r"[-–/.,]\d")


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


#: how far before a sum per head its households' class and income bound are looked for
CLASS_REACH = 60
#: how far past a sum's unit its rate per head may be written ("700.000 đồng một người")
PER_HEAD_REACH = 20


def _programme_name(low: str, b: int, end: int, before: str, rx: _Rx) -> bool:
    """A scaled figure right after a programme's noun, the name's words going on after its unit ("Đề án 1 triệu ha
    chuyên canh lúa", "Chương trình 1 triệu tấn phân bón"): the programme's name, no figure. A verb or a function word
    after the unit ("đạt", "của") ends the phrase: a figure then."""
    if not rx.scale.match(low, b) or not rx.programme.search(before):
        return False
    m = _NEXT_WORD.match(low, end)
    return m is not None and m.group(1) not in rx.noun_stop


_SLASH = re.compile(r"[ \t]*/[ \t]*")


def _spaced_whole(s: str, b: int) -> int | None:
    """Where the whole of a fraction starts when one space follows its slash ("374/ 2.709 tỷ đồng"), else None:
    a slash glued to the first figure, one blank, a digit."""
    j = b + 2
    return j if j < len(s) and s[b + 1] in " \t" and s[j].isdigit() else None


def _money_whole(s: str, low: str, pos: int, unit: str | None, rx: _Rx) -> tuple[float, int] | None:
    """The whole after a sum's slash, a sum in the same currency: its value and end."""
    sm = _SLASH.match(s, pos)
    return _whole_of(s, low, NUMBER_RE.match(s, sm.end()) if sm else None, "money", unit, rx)


def _whole_of(s: str, low: str, m: re.Match[str] | None, kind: str, unit: str | None, rx: _Rx
              ) -> tuple[float, int] | None:
    """The whole whose number a fraction's slash opens (``m``), read as printed, when it is of ``kind`` in ``unit``:
    its value and end."""
    if m is None:
        return None
    end, num = _whole_as_printed(s, low, m, rx)
    q = _read_unit(s, low, end, parse_number(num).value, rx)
    if q is None or q[0] != kind or q[1] != unit or q[3] is None:
        return None
    return q[3], q[2]


def _whole_as_printed(s: str, low: str, m: re.Match[str], rx: _Rx) -> tuple[int, str]:
    """The whole after a fraction's slash, read on across a separator typed with a blank ("/257, 8 tỷ đồng", "/36. 159
    triệu đồng") where money or a measure follows (a count takes no decimal: "12/15, 3 xã" is two numbers): its end
    and the number as it should be written."""
    sp = spaced_number(s, m.start(), m.end())
    if sp is not None and (u := _read_unit(s, low, sp[0], parse_number(sp[1]).value, rx)) is not None \
            and (u[0] in ("money", "measure") or rx.scale.match(low, sp[0])):
        return sp[0], sp[1]
    return m.end(), m.group()


def _measure_whole(s: str, low: str, pos: int, unit: str | None, rx: _Rx) -> tuple[float, int] | None:
    """The whole after a measure's slash, in the same measure ("tấn/1.185,8 tấn"): its value and end."""
    return _whole_of(s, low, NUMBER_RE.match(s, pos + 1), "measure", unit, rx)


@cache
def _unit_word() -> re.Pattern[str]:
    """Any of ``_Rx``'s scaled currencies, scales, currencies, percent words and measures where it starts: an
    alternation of the five patterns, matching where and only where one of them does."""
    rx = _rx()
    return re.compile("|".join(f"(?:{p.pattern})" for p in (rx.scaled_currency, rx.scale, rx.currency, rx.percent,
                                                               rx.measure)))


def _read_unit(s: str, low: str, pos: int, value: float | None, rx: _Rx
               ) -> tuple[str, str | None, int, float | None, int] | None:
    """From just after the number: scales, then currency, percent, measure or counted noun."""
    scaled = False
    # one match says whether any of the five unit patterns below may match here (most figures count a noun: issue 12)
    may_unit = _unit_word().match(low, pos) is not None
    if may_unit and (sc := rx.scaled_currency.match(low, pos)) is not None:
        end = sc.end()
        ps = rx.rate.match(low, end)  # "tr.đ/người/năm"
        return ("money", "VND", ps.end() if ps else end,
                value * rx.scaled_currencies[_WS.sub(" ", sc.group(1))] if value is not None else None, 0)
    m = rx.scale.match(low, pos) if may_unit else None
    while m:
        mult = rx.scales[_WS.sub(" ", m.group(1))]
        value = value * mult if value is not None else None
        pos = m.end()
        scaled = True
        # "1,3 triệu tỉ đồng": a larger scale right after multiplies (a million billion)
        m = rx.scale.match(low, pos)
        if m and rx.scales[_WS.sub(" ", m.group(1))] > mult:
            continue
        # "31 tỷ 500 triệu đồng": a smaller part follows; "1 nghìn 120 tỷ đồng": the first part
        # counts thousands of the larger scale that follows, and a smaller part may follow that one
        # ("2 nghìn 603 tỷ 439 triệu đồng"), and a smaller one after that ("1 tỷ 250 triệu 500 nghìn đồng")
        m = None
        for _ in range(3):  # a larger scale, then smaller parts: bounded
            m2 = _GAP.match(low, pos)
            n2 = NUMBER_RE.match(s, m2.end()) if m2 else None
            sm = rx.scale.match(low, n2.end()) if n2 else None
            part = parse_number(n2.group()).value if n2 else None
            mult2 = rx.scales[_WS.sub(" ", sm.group(1))] if sm else 0.0
            if sm and part is not None and mult2 < mult:
                if value is not None:
                    value += part * mult2
                pos = sm.end()
                m = rx.scale.match(low, pos)
                if m:
                    break
                mult = mult2
                continue
            if sm and part is not None and mult2 > mult and part < mult:
                value = (value + part) * mult2 if value is not None else None
                pos = sm.end()
                m = rx.scale.match(low, pos)
                if m:
                    break
                mult = mult2
                continue
            if n2 and sm is None and mult == _THOUSAND and n2.group().isdigit() and len(n2.group()) == 3 \
                    and rx.token.match(low, n2.end()):
                # "1 nghìn 120 căn hộ": the hundreds after a thousands word are the figure's, before its noun
                value = value + int(n2.group()) if value is not None else None
                pos = n2.end()
            break
    m = rx.currency.match(low, pos) if may_unit else None
    if m and not rx.currency_compound.match(low, m.start(1)):  # "5 đồng chí" counts people
        end = m.end()
        ps = rx.rate.match(low, end)  # "triệu đồng/người/năm", "triệu đồng một người"
        if ps:
            end = ps.end()
        return "money", rx.currencies[_WS.sub(" ", m.group(1))], end, value, 0
    if not scaled and may_unit:
        m = rx.percent.match(low, pos)
        if m:
            return "pct", "%", m.end(), value, 0
    m = rx.measure.match(low, pos) if may_unit else None
    if m and rx.not_unit.match(low, m.start(1)):
        m = None  # "tăng trưởng 2 con số": a word that opens with a measure and is none
    if m:  # "60 tạ/ha": a rate is written whole, its unit is the measure's
        ps = rx.per_suffix.match(low, m.end())
        return "measure", rx.measures[m.group(1)], ps.end() if ps else m.end(), value, 0
    if scaled and value is not None and value >= 1e6 and rx.money_purpose.match(low, pos):
        return "money", "VND", pos, value, 0  # "dành 120 triệu hỗ trợ các hộ nghèo": "đồng" left out before the verb
    noun = _counted_noun(s, low, pos, rx)
    if noun is not None:
        unit, end = _noun_list(low, *noun, rx)
        rn = rx.rate_noun.match(low, end)  # "lượt xe/ngày": the noun before a rate's slash
        if rn:
            unit, end = f"{unit} {rn.group(1)}", rn.end()
        ps = rx.per_suffix.match(low, end)
        if ps:
            end = ps.end()
        um = _SPACES.match(s, pos)
        return "count", unit, end, value, um.end() if um else pos
    if scaled and value is not None and value >= 1e6:
        return "money", "VND", pos, value, 0  # "thu ngân sách 500 tỷ": money without "đồng"
    br = _BRACKET_AFTER.match(s, pos) if not scaled else None
    if br:  # "kết nạp 186/240 (đạt 77,5%) quần chúng ưu tú": the noun comes after a remark in brackets
        noun = _counted_noun(s, low, br.end(), rx)
        if noun is not None:
            return "count", noun[0], pos, value, 0
    pm = rx.plan_slash_figure.match(low, pos) if not scaled else None
    if pm:  # "tạo việc làm 1.000/KH 2017: 1.600 người": the result's noun is its plan's
        noun = _counted_noun(s, low, pm.end(), rx)
        if noun is not None:
            return "count", noun[0], pos, value, 0
    return None


#: up to six words right after a figure, one or two blanks before the first (the counted noun's words): one match,
#: each word's group ending where ``_Rx.token`` would end it (a word takes every word character and "-", so a blank
#: opens the next); the words nest so that a word is read only after the ones before it
_NOUN_WORD = r"([^\W\d_][\w-]*)"
_NOUN_WORDS = re.compile(rf"[ \t]{{0,2}}{_NOUN_WORD}" + "".join(rf"(?:[ \t]+{_NOUN_WORD}" for _ in range(5)) + ")?" * 5)


def _counted_noun(s: str, low: str, pos: int, rx: _Rx) -> tuple[str, int] | None:
    am = rx.abbrev.match(low, pos)
    if am:  # "3 đ/c": an abbreviation with a slash is one word
        return rx.abbreviations[am.group(1)], am.end(1)
    tm = _NOUN_WORDS.match(low, pos)  # the words after the figure, read once (issue 12)
    if tm is None:
        return None
    toks = [(w, tm.start(k), tm.end(k)) for k, w in enumerate(tm.groups(), 1) if w is not None]
    words = [t[0] for t in toks]
    i = 0
    if len(words) > 1 and words[1] in rx.noun_classifiers.get(words[0], ()):
        i = 1  # "5 cây cầu": a classifier that is a noun too ("500 cây"), before a noun it classifies
    elif words[0] in rx.classifiers and len(words) > 1 and rx.own_word.match(low, toks[0][1]):
        pass  # "24 vị trí đất": a classifier's syllable opening a word of its own (compounds) is none; the noun runs on
    elif words[0] in rx.classifiers and len(words) > 1 and (whole := rx.counted.match(low, toks[0][1])) is not None \
            and whole.end(1) > toks[0][2]:
        return _whole_words(low, toks[0][1], whole.end(1), rx)  # "3.300 căn hộ": a counted noun listed whole is a word
    elif words[0] in rx.classifiers:
        if len(words) > 1 and words[1] not in rx.noun_stop and words[1] not in rx.not_units:
            i = 1
        else:
            return words[0], toks[0][2]
    if words[i] in rx.group_nouns and i + 1 < len(toks):
        # "16 nhóm chỉ tiêu", "9 lượt ý kiến": a group or a turn of a counted noun, or of a known word
        m = rx.compound.match(low, toks[i + 1][1])
        if m:
            return _whole_words(low, toks[i][1], m.end(), rx)
    m = rx.counted.match(low, toks[i][1])
    if m:
        return _whole_words(low, toks[i][1], m.end(1), rx)
    # a time span or term of several syllables is whole: "2 nhiệm kỳ" is no "nhiệm" cut at "kỳ"
    if words[i] in rx.not_units or words[i] in rx.noun_stop or rx.not_unit.match(low, toks[i][1]):
        return None
    if words[i] in rx.abbreviations:
        return rx.abbreviations[words[i]], toks[i][2]
    j = i
    while j < len(words) and j - i < 3 and words[j] not in rx.noun_stop \
            and not (s[toks[j][1]].isupper() and " ".join(words[i:j]) in LOCALITY_KINDS):
        j += 1  # (a name in capitals after a place's kind: "3 tỉnh Vĩnh Long, Bến Tre, ..." counts provinces)
    if j == i:
        return None
    unit, end = _whole_words(low, toks[i][1], toks[j - 1][2], rx)
    if j - i == 3 and end == toks[j - 1][2] and j < len(words) and words[j] not in rx.noun_stop \
            and words[i] not in rx.counters and words[i] not in rx.group_nouns:
        # three syllables cut by the cap inside a phrase that goes on: the third opens the next word
        # ("1.157 đối tượng bảo trợ xã hội" is no "đối tượng bảo"); a noun is read as its first two, but
        # for a counter of one syllable and the word of two it counts ("4 cuộc giám sát chuyên đề"), as for a
        # group noun and the word of two it groups ("9 nhóm nhiệm vụ trọng tâm")
        unit, end = _whole_words(low, toks[i][1], toks[j - 2][2], rx)
    return _spelt_out(unit, rx), end


def _spelt_out(unit: str, rx: _Rx) -> str:
    """A counted noun with the abbreviations after its head spelt out ("thẻ bhyt" → "thẻ bảo hiểm y tế"): the
    guidelines write a unit's abbreviations in full."""
    words = unit.split(" ")
    if len(words) < 2 or not any(w in rx.abbreviations for w in words[1:]):
        return unit
    return " ".join([words[0], *(rx.abbreviations.get(w, w) for w in words[1:])])


def _noun_list(low: str, unit: str, end: int, rx: _Rx) -> tuple[str, int]:
    """A counted noun and the nouns of its kind listed after it ("8 huyện, thành phố", "26 báo cáo,
    tờ trình"): the list is the unit, as written."""
    if unit in rx.draft_heads and (dm := rx.drafted.match(low, end)):
        return f"{unit} {dm.group(1)}", dm.end(1)  # "05 dự thảo nghị quyết": the draft named by its paper, one noun
    kind = rx.kind_of.get(unit)
    if kind is None:
        return unit, end
    a = b = end
    for _ in range(4):  # a list of a few nouns: bounded
        m = rx.list_next.match(low, b)
        if m is None or rx.kind_of.get(_WS.sub(" ", m.group(1))) != kind:
            break
        b = m.end(1)
    if b == a:
        return unit, end
    return unit + ", ".join(_WS.sub(" ", x.strip()) for x in low[a:b].split(",")), b


_SYLLABLE = re.compile(r"(?<!\w)\w")


def _whole_words(low: str, a: int, b: int, rx: _Rx) -> tuple[str, int]:
    """The counted noun ``low[a:b]``, run on to the end of a known word of several syllables that
    starts inside it and ends after it: a unit never ends inside a word ("312 trường hợp" is no
    "trường"; "78 đơn vị hành chính" is no "đơn vị hành")."""
    for _ in range(3):  # a word run on to may itself end inside another: bounded
        end = b
        for sm in _SYLLABLE.finditer(low, a, b):
            m = rx.compound.match(low, sm.start())
            if m and m.end() > end:
                end = m.end()
        if end == b:
            break
        b = end
    return _WS.sub(" ", low[a:b]), b


def number_in_words(low: str) -> bool:
    """``low`` (lowered) holds a run of number words before a noun, scale or measure it may count: the pre-test of a
    sentence without digits."""
    return _rx().word_count.search(low) is not None


_WORD = re.compile(r"\S+")
_WORD_BEFORE = re.compile(r"\w")


def _word_quantities(s: str, low: str, rx: _Rx, taken: list[Quantity]) -> list[Quantity]:
    """Numbers written in words: before a scale ("hai mươi mốt tỷ đồng"), a group noun ("ba nhóm giải pháp") or a
    counted noun ("hai mươi mốt xã", "mười hai thôn"), read by :func:`words_to_int` (trailing scales are the
    figure's, read by :func:`_read_unit`)."""
    out: list[Quantity] = []
    for m in rx.word_count.finditer(low):
        if any(q.start <= m.start() < q.end for q in [*taken, *out]):
            continue
        spans = [w.span() for w in _WORD.finditer(low, m.start(), m.end())]
        k = len(spans)
        while k > 1 and low[spans[k - 1][0]:spans[k - 1][1]] in rx.thousand_words:
            k -= 1
        if not any(low[x:y] in rx.thousand_words for x, y in spans[:k]):
            del spans[k:]  # "hai mươi mốt tỷ đồng": the scale is the figure's ("một triệu hai trăm nghìn": the number's)
        q = _word_quantity(s, low, spans, rx)
        if q is not None:
            out.append(q)
    return out


def _word_quantity(s: str, low: str, spans: list[tuple[int, int]], rx: _Rx) -> Quantity | None:
    a, b = spans[0][0], spans[-1][1]
    words = [low[x:y] for x, y in spans]
    n = words_to_int(words)
    if not n:
        return None
    if s[a].isupper() and _WORD_BEFORE.search(s, max(0, a - 40), a) and not (a >= 2 and s[a - 2] in ".:!?"):
        return None  # "huyện Năm Căn", "Hai Bà Trưng": a name; a number may open its sentence
    if rx.word_ordinal_before.search(low, max(0, a - 12), a):
        return None  # "lần thứ hai", "thứ Năm": an ordinal or a weekday
    scaled = rx.scale.match(low, b) is not None
    if rx.word_whole_before.search(low, max(0, a - 12), a):
        return None  # "cả ba tiêu chí": the whole of a set restated
    if len(words) == 1 and not scaled:
        if words[0] in rx.word_alone_not:
            return None  # "một dự án trọng điểm": an article; "trong năm xã đã ...": the year
        nxt = rx.token.match(low, b)
        if (nxt is None or nxt.group(1) not in rx.group_nouns) and not rx.word_small_after.search(low, max(0, a - 20), a):
            return None  # "Hai người được giới thiệu là ...", "hai dự án sẽ ...": a set named, not counted
    r = _read_unit(s, low, b, float(n), rx)
    if r is None or r[0] not in ("money", "count", "measure"):
        return None
    kind, unit, end, value, unit_start = r
    if kind == "count" and not scaled:
        if (unit or "").split(" ")[0] in rx.group_nouns:
            if n < 2 or " ".join(words) in rx.group_words_not:
                return None  # "một nhóm thanh niên" is "a group of", no count; "trong năm nhóm hộ": the year
        elif not _lexicon_noun(low, unit_start or b, rx):
            return None  # "tăng trưởng hai con số": words count only a noun the lexicon counts
    start, qual = a, None
    qm = rx.qualifier.search(low, max(0, a - 30), a)
    if qm:
        start, qual = qm.start(), rx.qualifiers[_WS.sub(" ", qm.group(1))]
    return Quantity(start=start, end=end, num_start=a, num_end=b, value=value, unit=unit, kind=kind, qualifier=qual,
                    style="words", unit_start=unit_start)


def _lexicon_noun(low: str, pos: int, rx: _Rx) -> bool:
    """A counted noun of the lexicon at ``pos`` (after blanks), or a classifier before one ("hai căn hộ")."""
    pos = _skip_blanks(low, pos)
    if rx.counted.match(low, pos):
        return True
    m = rx.token.match(low, pos)
    if m and (m.group(1) in rx.classifiers or m.group(1) in rx.noun_classifiers):
        return rx.counted.match(low, _skip_blanks(low, m.end())) is not None
    return False


def _skip_blanks(low: str, pos: int) -> int:
    while pos < len(low) and low[pos] in " \t":
        pos += 1
    return pos


@cache
def _kind_rx() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """A crop land's words before its seasons ("đất khai thác", "ruộng trồng lúa"), the seasons' nouns; "cả" before a
    set's noun, a unit that opens with a set noun ("lĩnh vực", "vùng sản xuất")."""
    c = get(CuesLexicon)
    land = re.compile(rf"{word_alt(c.quantities.crop_land)}(?:[ \t]+(?:{phrase_alt(c.quantities.crop_land_words)}))*[ \t]*$")
    whole = re.compile(rf"{word_alt(c.quantities.totality_before)}[ \t]*$")
    sets = re.compile(rf"(?:{phrase_alt(c.quantities.totality_nouns)})(?![^ \t])")  # the noun, or it and more words
    return land, frozenset(c.quantities.crop_seasons), whole, sets


def _not_a_count(before: str, unit: str | None) -> bool:
    """A number that names, not counts: the seasons a year of a land bears ("diện tích đất khai thác 1 vụ", "đất trồng
    2 vụ lúa"), or the whole of a set of fields restated ("cả 3 lĩnh vực đều tăng trưởng", "tất cả 3 khu vực")."""
    land, seasons, whole, sets = _kind_rx()
    u = (unit or "").lower()
    if u in seasons:
        return land.search(before) is not None
    return sets.match(u) is not None and whole.search(before) is not None

