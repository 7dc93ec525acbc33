"""Goal spans (issue 10): the stretches of a report, read over its lines, inside which every figure is a goal
(role ``target``), not a result. A goal is opened inside its sentence by :func:`soket.extract.roles.target_start`
(a goal word, goals set 'với' their head, goals counted then listed, a directive's purpose, tasks listed) or by a
clause announcing goals before a colon (:func:`announce`: a goal head, tasks or a year's plan, set or adopted by a verb
or linked by "với" to their head, or a clause opening on a goal head; it took over target_start's former ``goal_list``,
``adopt_with`` and ``goal_document`` patterns, records identical); this pass carries the goal beyond the sentence
where the genre writes the list on the lines after:

- ``items``: a sentence that opens goals and ends its line on a colon ("Năm 2026, xã phấn đấu hoàn thành các chỉ
  tiêu sau:", "Kỳ họp thông qua Nghị quyết ... với các chỉ tiêu chủ yếu sau:"), or adopts a plan's goals
  (:func:`adopts_goals`), then the list items on the lines after, each opened by a list mark ('-', '+', '•');
- ``section``: a heading line (numbered, upper case or ending on a colon; never the first line, the title) naming the coming period's tasks or goals ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "Nhiệm
  vụ 6 tháng cuối năm"), a later year than any the report named before it or a coming period's words, then every
  line under it;
- ``after``: the goal word after its figures in one sentence ("..., thu ngân sách 140 tỷ đồng là những chỉ tiêu
  phấn đấu năm 2026").

A span closes at a line that is no list item (``items``), at the next heading line (``section``), and at a sentence
that reports a result (a word of a result: "đã", "ước", "cùng kỳ", "kết quả"; a plan beaten or missed: "vượt",
"chưa đạt"), which it leaves a result. The pass is linear: each sentence is read once, each line's heading test
reads at most ``HEADING_CHARS`` characters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from soket.extract.roles import target_start
from soket.extract.sentences import Sentence
from soket.extract.textutil import lower_keep_len, phrase_alt, word_alt, words_re
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon

#: the longest heading line: a line longer than this is text, never a heading
HEADING_CHARS = 120
#: the most words of a heading line
HEADING_WORDS = 16
#: a list item's mark opening its line
_ITEM = re.compile(r"[-+•–—*][ \t]*\S")
#: a heading's number ("II.", "2.", "a)")
_NUMBERED = re.compile(r"(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)][ \t]")
#: a year among a sentence's first words ("Năm 2025, ...", "- Trong năm 2025 ..."): the time it is about
_OPENING_YEAR = re.compile(r"\W*(?:[^\W\d]+[ \t]+){0,2}((?:19|20)\d\d)(?!\d)")
#: a year, for the latest year a report named before a heading
_YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d.,]?\d)")


@cache
def _rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The section heads, their result words, the coming period's words, a result's words, the goal word after its
    figures."""
    c = get(CuesLexicon)
    after = re.compile(rf"(?<!\w)(?:{phrase_alt(c.roles.goal_after_copula) or '(?!)'})[ \t]+"
                       rf"(?:(?:{phrase_alt(c.roles.goal_list_leads)})[ \t]+)?(?:{phrase_alt(c.roles.goal_heads)})[ \t]+"
                       rf"(?:{phrase_alt(c.roles.goal_after_marks) or '(?!)'})(?!\w)", re.IGNORECASE)
    return (words_re(c.roles.goal_section_heads), words_re(c.roles.goal_section_not), words_re(c.roles.coming_periods),
            words_re([*c.roles.goal_span_results, *c.roles.plan_over, *c.roles.plan_under, *c.roles.unmet]), after)


@cache
def _adopted() -> tuple[re.Pattern[str], re.Pattern[str]]:
    c = get(CuesLexicon)
    names = [*c.roles.goal_heads, *c.roles.task_list_heads]  # a plan alone may be a budget's ("kế hoạch đầu tư công")
    return (re.compile(rf"{word_alt(c.roles.goals_adopt)}(?!\w)[^.;:\n]{{0,120}}?{word_alt(names)}(?!\w)"),
            words_re(c.roles.goals_adopt_not))


@cache
def _announce_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What names goals, the verbs that set or adopt them, a clause opening on a goal head, a result's words in the
    clause, a result's words in the list."""
    c = get(CuesLexicon)
    names = words_re([*c.roles.goal_heads, *c.roles.goal_plans, *c.roles.task_list_heads])
    verbs = re.compile(rf"{word_alt([*c.roles.goal_setting, *c.roles.goal_adopting, *c.roles.goals_adopt])}(?!\w)"
                       # or a plan or resolution "với" its goals: "Nghị quyết về nhiệm vụ năm 2026 với nhiều chỉ tiêu"
                       rf"|{word_alt(c.roles.goal_set_with)}[ \t]+[^,;.:\d\n]{{0,20}}?{word_alt(c.roles.goal_heads)}(?!\w)")
    head_first = re.compile(rf"[ \t]*(?:(?:{phrase_alt(c.roles.goal_list_leads)})[ \t]+)?(?:{phrase_alt(c.roles.goal_heads)})(?!\w)")
    not_clause = words_re([*c.roles.goals_adopt_not, *c.roles.goal_list_not, *c.roles.task_list_not, *c.roles.goal_span_results,
                           *c.roles.plan_over, *c.roles.plan_under, *c.roles.unmet])
    return names, verbs, head_first, not_clause, words_re(c.roles.goal_span_results)


#: the most colons of a sentence tried as the end of a clause announcing goals
ANNOUNCE_COLONS = 4


def announce(low: str) -> int | None:
    """Where the goals a clause announces begin, after its colon, or None (``low``: a lowercased sentence). The clause
    (from the sentence's start or its last ';') names goals (a goal head, a plan, tasks: not a resolution alone, which
    names decisions) set or adopted
    by a verb ("Kế hoạch năm 2026 đặt ra: ...", "HĐND huyện thông qua Nghị quyết về kế hoạch năm 2026, theo đó: ..."),
    or opens on a goal head ("Các chỉ tiêu chủ yếu năm 2026: ..."), and says no result's word ("Kết quả thực hiện
    các chỉ tiêu năm 2025: ...", "Các chỉ tiêu năm 2025 đều đạt và vượt: ..."); the list after says none either (after
    a head with no verb, not even "đạt" or "được": "Một số chỉ tiêu chủ yếu: thu ngân sách đạt 611 tỷ đồng" sums up
    results)."""
    names, verbs, head_first, not_clause, not_list = _announce_rx()
    c = low.find(":")
    for _ in range(ANNOUNCE_COLONS):
        if c < 0:
            return None
        a = low.rfind(";", 0, c) + 1
        if names.search(low, a, c) is None or _result_in(low, a, c, not_clause, verbs):
            pass
        elif verbs.search(low, a, c) is not None:
            return c + 1 if not_list.search(low, c + 1) is None else None
        elif head_first.match(low, a) is not None:  # no verb: a list that says "đạt", "được" is a summary of results
            return c + 1 if not_clause.search(low, c + 1) is None else None
        c = low.find(":", c + 1)
    return None


def _result_in(low: str, a: int, c: int, not_clause: re.Pattern[str], verbs: re.Pattern[str]) -> bool:
    """A result's word in ``low[a:c]``, not counting the tense of the verb adopting the goals ("Kỳ họp đã thông qua
    Nghị quyết ... với các chỉ tiêu: ...": cues roles.goal_verb_tense)."""
    tense = _tense()
    for m in not_clause.finditer(low, a, c):
        if not (tense.fullmatch(m.group()) and verbs.match(low, m.end() + 1) is not None):
            return True
    return False


@cache
def _tense() -> re.Pattern[str]:
    return re.compile(phrase_alt(get(CuesLexicon).roles.goal_verb_tense) or "(?!)")


def adopts_goals(text: str) -> bool:
    """Whether a sentence adopts the goals of a plan and reports no result ("Kỳ họp đã thông qua Nghị quyết về các
    chỉ tiêu chủ yếu của kế hoạch năm 2026.", "... Nghị quyết về nhiệm vụ năm 2026."): what follows lists those
    goals."""
    low = lower_keep_len(text)
    adopt, result = _adopted()
    return adopt.search(low) is not None and result.search(low) is None


def _heading_words(line: str) -> str | None:
    """A heading line naming tasks or goals, lowercased, or None: short, numbered, upper case or opening what follows
    (not a headline in sentence case), a section head and no result's word."""
    if len(line) > HEADING_CHARS or line.rstrip().endswith((".", ";", ",")):
        return None
    if not (_NUMBERED.match(line) or line.rstrip().endswith(":") or line.upper() == line) \
            or len(line.split()) > HEADING_WORDS:
        return None
    heads, not_heads, _, _, _ = _rx()
    low = lower_keep_len(line)
    return low if heads.search(low) is not None and not_heads.search(low) is None else None


def _coming(low: str, named: set[int]) -> bool:
    """A heading (:func:`_heading_words`) names the coming period: a year later than every year the report ``named``
    before it, or the latest of them with the year before it named too (a lead naming the year reviewed and the coming
    one: "tổng kết năm 2025, triển khai nhiệm vụ năm 2026"), or a coming period's words ("6 tháng cuối năm")."""
    years = [int(m.group()) for m in _YEAR.finditer(low)]
    latest = max(named, default=0)
    if _rx()[2].search(low) is not None:
        return all(y >= latest for y in years)
    return bool(years) and latest > 0 and (min(years) > latest or (min(years) == latest and latest - 1 in named))


def _opens_list(low: str, result: re.Pattern[str]) -> bool:
    """A sentence ending on a colon opens a list of goals: a goal opened inside it (:func:`target_start`, or a clause
    announcing goals: :func:`announce`), or a plan's goals adopted, and no result's word in the clause that opens
    them ("Các chỉ tiêu chủ yếu năm 2025 đều đạt và vượt:" lists results)."""
    at = target_start(low)
    if at is None:
        at = announce(low)
    if at is None:
        at = 0 if adopts_goals(low) else None
    return at is not None and not _result_in(low, low.rfind(";", 0, at) + 1, len(low), result, _announce_rx()[1])


def _year_of(line: str) -> int:
    """The latest year a line names, 0 if none."""
    return max((int(m.group()) for m in _YEAR.finditer(line)), default=0)


def _heading_like(line: str) -> bool:
    """A short line that ends on no stop: a heading, which closes the section before it."""
    return len(line) <= HEADING_CHARS and len(line.split()) <= HEADING_WORDS \
        and not line.rstrip().endswith((".", ";", ",")) and _ITEM.match(line) is None


@dataclass(frozen=True, slots=True)
class GoalSpans:
    """What the pass found: ``inside``, the indices of the sentences whose figures are goals from their start;
    ``closed``, those of the first sentence after a goal list's end (the line after its last item): a goal carried
    from the sentence before stops there."""

    inside: frozenset[int]
    closed: frozenset[int]


def goal_sentences(text: str, sents: list[Sentence]) -> GoalSpans:
    """The goal spans of a report's sentences (``items``, ``section`` and ``after``: see the module)."""
    _, _, _, result, after = _rx()
    out: set[int] = set()
    closed: set[int] = set()
    mode: str | None = None  # the open span's kind
    listing = False  # in ``items``: the line before ended on a colon or a list's ';' or ',': an unmarked line goes on
    year = 0  # the open span's year (its opener's or heading's), 0 if it names none
    named: set[int] = set()  # the years named by the sentences before ``read``
    read = 0
    afters = [m.start() for m in after.finditer(text)]  # the goal word after its figures: rare, found in one scan
    ai = 0  # the first of them not before the sentence read
    i = 0
    n = len(sents)
    while i < n:
        j = i  # the sentences i..j-1 make one line
        while j < n and sents[j].para == sents[i].para:
            j += 1
        first, last = sents[i], sents[j - 1]
        line = text[first.start:min(last.end, first.start + HEADING_CHARS + 1)]
        end = last.text.rstrip()
        if mode == "section" and _heading_like(line):
            mode = None  # the next heading
        elif mode == "items" and not listing and _ITEM.match(line) is None and _NUMBERED.match(line) is None:
            mode = None  # a line that is no list item: the list has ended
            closed.add(i)
        opens = mode is None and end.endswith(":") and _opens_list(lower_keep_len(last.text), result)
        if mode is None and not opens and i > 0 and (head := _heading_words(line)) is not None:
            for k in range(read, i):  # the years named before the heading, read only now
                named.update(int(y.group()) for y in _YEAR.finditer(sents[k].text))
            read = i
            if _coming(head, named):  # the first line is the title, never a heading
                mode, year = "section", _year_of(line)
        elif mode is not None:
            for k in range(i, j):
                if result.search(lower_keep_len(sents[k].text)) is not None or (
                        (y := _OPENING_YEAR.match(sents[k].text)) is not None and int(y.group(1)) < year):
                    mode = None  # a result, a time before the goals' ("Năm 2025, ..."): back to what was done
                    break
                out.add(k)
            listing = end.endswith((";", ","))
        else:
            if opens:
                mode, year, listing = "items", _year_of(last.text), True
            for k in range(i, j) if ai < len(afters) else ():
                while ai < len(afters) and afters[ai] < sents[k].start:
                    ai += 1
                if ai < len(afters) and afters[ai] < sents[k].end \
                        and result.search(lower_keep_len(text[sents[k].start:afters[ai]])) is None:
                    out.add(k)  # "..., thu ngân sách 140 tỷ đồng là những chỉ tiêu phấn đấu năm 2026"
        i = j
    return GoalSpans(frozenset(out), frozenset(closed))
