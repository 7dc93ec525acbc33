"""Goal spans and goal contexts (issue 10): where, in a report, figures are goals (role ``target``), not results. It
is the one place a goal context is decided, for every form (:func:`sentence_goal`, asked by the facts of each
sentence):

- inside a sentence (:func:`goal_start`): a goal word or a directive's purpose
  (:func:`soket.extract.roles.goal_cues`), goals set "với" their head,
  goals counted then listed after "như:", tasks listed, a clause announcing goals before a colon (:func:`announce`: a
  goal head, tasks or a year's plan, set or adopted by a verb or linked by "với" to their head, or a clause opening on
  a goal head);
- from the sentence before (:class:`Carry`, :func:`carry_after`): a goal going on past "Cạnh đó,", in a short bare
  item, in the parts after "Trong đó,", the goals adopted listed after "Theo đó," / "Cụ thể,", and a goal sentence with
  no figure whose figures the "Trong đó," / "Theo đó," sentence after gives;
- over the report's lines (:func:`goal_sentences`), where the genre writes the list on the lines after:

- ``items``: a sentence that opens goals and ends its line on a colon ("Năm 2026, xã phấn đấu hoàn thành các chỉ
  tiêu sau:", "Kỳ họp thông qua Nghị quyết ... với các chỉ tiêu chủ yếu sau:"), or adopts a plan's goals
  (:func:`adopts_goals`), then the list items on the lines after, each opened by a list mark ('-', '+', '•');
- ``section``: a heading line (numbered, upper case or ending on a colon; never the first line, the title) naming the coming period's tasks or goals ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "Nhiệm
  vụ 6 tháng cuối năm"), a later year than any the report named before it or a coming period's words, then every
  line under it;
- ``after``: the goal word after its figures in one sentence ("..., thu ngân sách 140 tỷ đồng là những chỉ tiêu
  phấn đấu năm 2026");
- a sentence whose clause before its colon opens on a section head and names the coming period ("Kế hoạch năm 2026:
  ...", "Nhiệm vụ năm tới: ..."), as a heading would (:func:`_coming_clause`), and one whose opener does so after a
  topic's word ("Về nhiệm vụ 6 tháng cuối năm, ...": :func:`_coming_opener`).

A span closes at a line that is no list item (``items``), at the next heading line (``section``), and at a sentence
that reports a result (a word of a result: "đã", "ước", "cùng kỳ", "kết quả"; a plan beaten or missed: "vượt",
"chưa đạt"), which it leaves a result. The pass is linear: each sentence is read once, each line's heading test
reads at most ``HEADING_CHARS`` characters."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from soket import rx as re
from soket.extract.prefilter import skipping
from soket.extract.roles import goal_cues
from soket.extract.sentences import Sentence
from soket.extract.textutil import lower_keep_len, phrase_alt, word_alt, word_branches, words_re
from soket.lexicon import get
from soket.lexicon.schema import BodiesLexicon, CuesLexicon, PeriodsLexicon
from soket.model import Fact

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
#: a table's cell break between two lines (a .txt's tab, a pipe): table cells there, no sentences
_TABLE_CELLS = re.compile(r"\S[ ]*[\t|][ \t|]*\S")

#: a year, for the latest year a report named before a heading
_YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d.,]?\d)")


@cache
def _rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The section heads, their result words, the coming period's words, a result's words, the goal word after its
    figures."""
    c = get(CuesLexicon)
    after = skipping(re.compile(rf"{word_alt(c.roles.goal_after_copula)}[ \t]+"
                       rf"(?:(?:{phrase_alt(c.roles.goal_list_leads)})[ \t]+)?(?:{phrase_alt(c.roles.goal_heads)})[ \t]+"
                       rf"(?:{phrase_alt(c.roles.goal_after_marks) or '(?!)'})(?!\w)", re.IGNORECASE))
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


@dataclass(frozen=True, slots=True)
class _Forms:
    """The forms that open a goal list inside a sentence, after a verb that sets goals (cues roles.goal_setting)."""

    head_any: re.Pattern[str]  # a goal head anywhere: what every branch of ``set_with`` needs
    set_with: re.Pattern[str]
    counted_list: re.Pattern[str]
    task_list: re.Pattern[str]
    list_not: re.Pattern[str]  # a list of results (cues roles.goal_list_not)
    task_list_not: re.Pattern[str]
    year_clause: re.Pattern[str]  # a clause opened by a goal head and its year
    planned_whole: re.Pattern[str]  # a figure planned, then its parts as goals ("dự kiến ..., trong đó phấn đấu")
    counted_parts: re.Pattern[str]  # goals set and counted, then listed after "; trong đó"
    set_with_bare: re.Pattern[str]  # a resolution adopted "với" its goals' head, the first goal right after it
    counted_parts_not: re.Pattern[str]  # a result's word in that list
    counted_compared: re.Pattern[str]  # a comparison with a year in that list, the year in group 1


@cache
def _forms() -> _Forms:
    c = get(CuesLexicon)
    r = c.roles
    heads = phrase_alt(r.goal_heads)
    like = phrase_alt(r.item_list_leads[:1]) if r.item_list_leads else "(?!)"
    return _Forms(
        head_any=re.compile(heads),
        # "xác định nhiệm vụ năm 2025 với các chỉ tiêu chủ yếu, trong đó: ...": a task set with its goals listed after
        set_with=re.compile(word_branches(
            r.goal_setting, rf"(?:(?!\w)[^,;.:]{{0,60}}?{word_alt(r.goal_set_with)}[ \t]+"
            rf"(?:(?:{phrase_alt(r.goal_list_leads)})[ \t]+)?(?:{heads})(?!\w)[^,;.:\d]{{0,30}}[,:]"
            # "xác định 20 chỉ tiêu chủ yếu, trong đó: ...": the goals counted, then listed after a colon
            rf"|[ \t]+\d{{1,3}}[ \t]+(?:{heads})(?!\w)[^,;.:\d]{{0,30}}(?:,[^,;.:\d]{{0,12}})?:)")
            # "thông qua các chỉ tiêu chủ yếu của năm 2026, trong đó ...", "đề ra một số chỉ tiêu đến năm 2030: ...":
            # the goals' head right after the verb, led by a word of a list, its clause (a year allowed) then a comma
            # (or the list's word, "đề ra một số chỉ tiêu cơ bản như tổng diện tích gieo trồng 21.000 ha, ...")
            + "|" + word_branches([*r.goal_setting, *r.goal_adopting],
                                  rf"[ \t]+(?:{phrase_alt(r.goal_list_leads)})[ \t]+(?:{heads})"
                                  rf"(?!\w)(?:[^,;.:\d]|(?<!\d)\d{{4}}(?!\d)){{0,50}}?(?:[,:]|(?<!\w)(?:{like})(?!\w))")),
        # "đề ra 19 chỉ tiêu, 6 nhiệm vụ ...; trong đó có 16 chỉ tiêu về kinh tế - xã hội ..., như: ...": the goals
        # counted after the verb that sets them, then a goal head's clause that lists them after "như:"
        counted_list=re.compile(word_branches(
            r.goal_setting, rf"[ \t]+\d{{1,3}}[ \t]+(?:{heads})(?!\w)[^.:\n]{{0,200}}?"
            rf"(?<!\w)(?:{heads})(?!\w)[^.:;\n]{{0,80}}?(?<!\w)(?:{like})[ \t]*:")),
        # "các nhiệm vụ trọng tâm trong tháng 9 như: ...": tasks listed, their figures goals
        # "các nhiệm vụ trọng tâm sau:": tasks listed after a word of what follows (cues roles.task_list_after)
        task_list=re.compile(rf"{word_alt(r.task_list_heads)}(?!\w)[^,;.:]{{0,60}}?(?<!\w)"
                             rf"(?:{like}|{phrase_alt(c.roles.task_list_after) or '(?!)'})[ \t]*:"),
        list_not=words_re(r.goal_list_not),
        task_list_not=words_re([*r.goal_list_not, *r.task_list_not]),
        # "...; chỉ tiêu năm 2027 trồng mới 150 ha": a clause opened by a goal head and its year (cues
        # roles.goal_year_words) states the goal of that year (a list's mark or lead before the head allowed)
        planned_whole=re.compile(rf"{word_alt(get(CuesLexicon).roles.planned_words)}(?!\w)"
                                 rf"[^;:]*?\d[^;:]*?,[ \t]*"
                                 rf"(?:{phrase_alt(r.goal_parts)})[ \t]*,?[ \t]*$"),
        # "Nghị quyết đề ra 24 chỉ tiêu chủ yếu năm 2026; trong đó, ...": goals set and counted (or named by a list's
        # word), their clause (a year allowed), then their parts listed
        counted_parts=re.compile(word_branches(
            c.roles.goal_counting, rf"[ \t]+(?:\d{{1,3}}|{phrase_alt(r.goal_list_leads)})[ \t]+(?:{heads})(?!\w)"
            rf"(?:[^;.:\d]|(?<!\d)\d{{4}}(?!\d)){{0,80}}?[;,][ \t]*(?:{phrase_alt(r.goal_parts)})(?!\w)[ \t]*,?")),
        counted_parts_not=words_re(c.roles.goal_counted_parts_not),
        counted_compared=re.compile(rf"(?:{phrase_alt(c.roles.goal_counted_compared) or '(?!)'})[ \t]+"
                                    rf"(?:(?:{phrase_alt(r.goal_year_words) or '(?!)'})[ \t]+)?"
                                    rf"((?:19|20)\d\d)(?!\d)"),
        # "Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu thương mại - dịch vụ tăng bình quân
        # hằng năm 10-12%; thu ngân sách tăng 5-10%; ...": the goals' head (led by a list's word or counted) with no
        # colon, the first goal's words right after it up to its figure (checked for a result's word)
        set_with_bare=re.compile(word_branches(
            [*r.goal_setting, *r.goal_adopting],
            rf"(?!\w)[^,;.:]{{0,60}}?{word_alt(r.goal_set_with)}[ \t]+"
            rf"(?:(?:{phrase_alt(r.goal_list_leads)})|\d{{1,3}})[ \t]+(?:{heads})(?!\w)"
            rf"(?=[ \t]+[^\W\d_][^,;.:\d\n]{{0,80}}?\d)")),
        year_clause=re.compile(rf"(?:^|[;:])[ \t]*(?:[-–+•][ \t]*)?(?:(?:{phrase_alt(r.goal_list_leads)})[ \t]+)?"
                               rf"(?:{heads})[ \t]+(?:(?:{phrase_alt(r.goal_year_words) or '(?!)'})[ \t]+)?\d{{4}}(?!\d)"),
    )


def goal_start(low: str) -> int | None:
    """Where a goal opens in a (lowercased) sentence, or None: the one place every form that opens a goal inside its
    sentence is read. A directive's purpose (:func:`soket.extract.roles.goal_cues`); before the sentence's goal
    word ("phấn đấu"), goals set "với" their head ("xác định nhiệm vụ năm 2025
    với các chỉ tiêu chủ yếu, trong đó: ..."), goals counted then listed after "như:" ("đề ra 19 chỉ tiêu, ...; trong
    đó có 16 chỉ tiêu về kinh tế - xã hội, như: ..."), tasks listed ("các nhiệm vụ trọng tâm trong tháng 9 như: ...");
    then the goal word; then a clause announcing goals before a colon (:func:`announce`)."""
    d, w = goal_cues(low)
    if d is not None:
        return d
    end = w if w is not None else len(low)
    f = _forms()
    if w is not None and (pl := f.planned_whole.search(low, max(0, w - PLANNED_REACH), w)) is not None:
        return pl.start()  # "dự kiến xuống giống 265.000 ha, trong đó phấn đấu 40% ...": the whole of goals is planned
    has_head = f.head_any.search(low) is not None
    g = f.set_with.search(low, 0, end) if has_head else None
    if g is not None and not f.list_not.search(low, g.start(), g.end()):
        return g.end()
    g = f.set_with_bare.search(low, 0, end) if has_head else None
    if g is not None and low.find(";", g.end()) >= 0:
        fd = _FIRST_DIGIT.search(low, g.end())  # the first goal's figure (the form's lookahead found one)
        if not f.list_not.search(low, g.start(), fd.start() if fd is not None else len(low)):
            return g.end()  # goals listed one a clause, apart at ";", the first right after their head
    cp = f.counted_parts.search(low, 0, end) if has_head else None
    if cp is not None and not _counted_result(low, cp, f):
        return cp.end()
    if ":" in low:
        gc = f.counted_list.search(low, 0, end)
        if gc is not None and not f.list_not.search(low, gc.start(), gc.end()):
            return gc.end()
        tl = f.task_list.search(low, 0, end)
        if tl is not None and not f.task_list_not.search(low, 0, tl.end()):
            return tl.end()
    if w is not None:
        return w
    if has_head and (yc := f.year_clause.search(low)) is not None:
        stop = min((x for x in (low.find(";", yc.end()), low.find(".", yc.end())) if x >= 0), default=len(low))
        if not f.list_not.search(low, yc.end(), stop):
            return yc.start()  # "...; chỉ tiêu năm 2027 thêm 2 bản" (not "chỉ tiêu năm 2026 đạt 100%": a result)
    return announce(low) if ":" in low else None


_FIRST_DIGIT = re.compile(r"\d")

#: the most characters read back from a goal word for the planned figure its parts are goals of
PLANNED_REACH = 160

#: the most colons of a sentence tried as the end of a clause announcing goals
ANNOUNCE_COLONS = 4


def _counted_result(low: str, cp: re.Match[str], f: _Forms) -> bool:
    """The parts listed after goals set and counted (``cp``) say a result's word (cues roles.goal_counted_parts_not);
    a comparison with a year before the year the goals' clause names is none ("... 18 chỉ tiêu ... năm 2026, trong đó
    thu ngân sách tăng 10% so với năm 2025": the goal's own, roles.goal_counted_compared)."""
    year = _year_of(low[cp.start():cp.end()])
    for m in f.counted_parts_not.finditer(low, cp.end()):
        c = f.counted_compared.match(low, m.start()) if year else None
        if c is None or int(c.group(1)) >= year:
            return True
    return False


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
    Nghị quyết ... với các chỉ tiêu: ...": cues roles.goal_verb_tense), the passive's word before the body that sets
    them and its verb ("chỉ tiêu ... được Đại hội đặt ra, cụ thể: ...": roles.goal_verb_passive), nor a comparison
    after the verb and a word of the goals' level ("đặt ra ở mức cao hơn nhiệm kỳ trước": roles.goal_level)."""
    tense, passive, level = _tense()
    for m in not_clause.finditer(low, a, c):
        if tense.fullmatch(m.group()) and verbs.match(low, m.end() + 1) is not None:
            continue
        if level.search(low, a, m.start()) is not None and verbs.search(low, a, m.start()) is not None:
            continue  # "chỉ tiêu ... được đặt ra ở mức cao hơn nhiệm kỳ trước": the level the goals are set at
        if passive.fullmatch(m.group()) and _agent_sets(low, m.end(), c, verbs):
            continue  # "chỉ tiêu ... được Đại hội đặt ra ..., cụ thể: ...": the goals set, the passive of the verb
        return True
    return False


#: the most words naming who sets the goals, between the passive's word and its verb ("được Đại hội đặt ra")
AGENT_WORDS = 4
_WORD_GAP = re.compile(r"[ \t]+[^\W\d_]+(?=[ \t])")


def _agent_sets(low: str, at: int, c: int, verbs: re.Pattern[str]) -> bool:
    """One to ``AGENT_WORDS`` words from ``at`` (a body), then a verb that sets goals."""
    for _ in range(AGENT_WORDS):
        w = _WORD_GAP.match(low, at, c)
        if w is None:
            return False
        at = w.end()
        if verbs.match(low, at + 1) is not None:
            return True
    return False


@cache
def _tense() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    c = get(CuesLexicon)
    return (re.compile(phrase_alt(c.roles.goal_verb_tense) or "(?!)"),
            re.compile(phrase_alt(c.roles.goal_verb_passive) or "(?!)"),
            re.compile(rf"{word_alt(c.roles.goal_level)}[ \t]+$"))


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


#: a year closing a span of years ("niên vụ 2025 - 2026", "nhiệm kỳ 2025 - 2030"): its end, no year the report reviews
_SPAN_END = re.compile(r"(?:19|20)\d\d[ \t]*[-\u2013][ \t]*$")


def _named_years(text: str) -> list[int]:
    """The years a sentence names as a time it speaks of; the end of a span of years is left out (a season "2025 -
    2026" opened in 2025, a term's horizon): it is no later year the report has reviewed."""
    return [int(y.group()) for y in _YEAR.finditer(text)
            if _SPAN_END.search(text, max(0, y.start() - 12), y.start()) is None]


def _coming(low: str, named: set[int]) -> bool:
    """A heading (:func:`_heading_words`) names the coming period: a year later than every year the report ``named``
    before it, or the latest of them with the year before it named too (a lead naming the year reviewed and the coming
    one: "tổng kết năm 2025, triển khai nhiệm vụ năm 2026"), or a coming period's words ("6 tháng cuối năm")."""
    years = [int(m.group()) for m in _YEAR.finditer(low)]
    latest = max(named, default=0)
    if _rx()[2].search(low) is not None:
        return all(y >= latest for y in years)
    return bool(years) and latest > 0 and (min(years) > latest or (min(years) == latest and latest - 1 in named))


def _coming_clause(text: str, colon: int) -> str | None:
    """A sentence's clause before its first colon that opens on a section head ("Kế hoạch năm 2026:", "Nhiệm vụ năm
    tới:", "2. Phương hướng năm 2026:"), short as a heading, naming no result's word (the clause and the list after it
    say none: cues roles.goal_section_not, roles.goal_span_results), lowercased; or None. Whether it names the coming
    period (:func:`_coming`) is asked after."""
    n = _NUMBERED.match(text)
    return _section_clause(text, n.end() if n is not None else len(text) - len(text.lstrip()), colon)


def _coming_opener(text: str) -> str | None:
    """A sentence's opener led by a word of a topic on a section head, up to its first comma ("Về nhiệm vụ 6 tháng
    cuối năm, xã ...": cues roles.goal_section_leads), short as a heading, naming no result's word (the sentence after
    it says none either), lowercased; or None. Whether it names the coming period (:func:`_coming`) is asked after."""
    head = text[:HEADING_CHARS]
    first = head.lstrip(" \t").split(None, 1)
    if not first or lower_keep_len(first[0]) not in _lead_words():
        return None  # the sentence's first word opens no lead: the pattern cannot match (the same answer)
    m = _section_lead().match(lower_keep_len(head))
    if m is None:
        return None
    comma = text.find(",", m.end(), HEADING_CHARS)
    return _section_clause(text, m.end(), comma) if comma > 0 else None


@cache
def _lead_words() -> frozenset[str]:
    """The first words of the section leads (:func:`_section_lead` opens with one, then a blank)."""
    return frozenset(w.split()[0] for p in get(CuesLexicon).roles.goal_section_leads if (w := lower_keep_len(p.strip())))


@cache
def _section_lead() -> re.Pattern[str]:
    c = get(CuesLexicon)
    return re.compile(rf"[ \t]*(?:{phrase_alt(c.roles.goal_section_leads) or '(?!)'})[ \t]+"
                      rf"(?=(?:{phrase_alt(c.roles.goal_section_heads) or '(?!)'})(?!\w))")


def _section_clause(text: str, at: int, end: int) -> str | None:
    """``text[:end]`` lowercased where a section head opens it at ``at``, it is short as a heading and neither it nor
    the rest of the sentence names a result's word; else None."""
    heads, not_heads, _, result, _ = _rx()
    low = lower_keep_len(text[:end])
    if heads.match(low, at) is None or len(low.split()) > HEADING_WORDS or not_heads.search(low) is not None \
            or result.search(low) is not None or result.search(lower_keep_len(text[end:])) is not None:
        return None
    return low


def _opens_list(low: str, result: re.Pattern[str]) -> bool:
    """A sentence ending on a colon opens a list of goals: a goal opened inside it (:func:`goal_start`), or a plan's goals adopted, and no result's word in the clause that opens
    them ("Các chỉ tiêu chủ yếu năm 2025 đều đạt và vượt:" lists results)."""
    at = goal_start(low)
    if at is None:
        at = 0 if adopts_goals(low) else None
    return at is not None and not _result_in(low, low.rfind(";", 0, at) + 1, len(low), result, _announce_rx()[1])


def _bare_head_dated(low: str) -> bool:
    """A sentence that opens on a goal head (a list's word before it allowed), no verb setting or adopting goals in
    it, and names a year (after a slash too): "một số chỉ tiêu chủ yếu quý i/2024:" (``low``: lowercased)."""
    _, verbs, head_first, _, _ = _announce_rx()
    return head_first.match(low) is not None and verbs.search(low) is None and _YEAR.search(low.replace("/", " ")) is not None


def _head_years(low: str) -> set[int]:
    """The years a head names (after a slash too: ``low`` has its slashes made blanks)."""
    return {int(m.group()) for m in _YEAR.finditer(low)}


def _reviewed_before(sents: list[Sentence], years: set[int], result: re.Pattern[str]) -> bool:
    """A sentence of ``sents`` names one of ``years`` (after a slash too) and says a result's word: the report has
    reviewed that period before its head ("Ngày 4/10, ... đánh giá kết quả thực hiện nhiệm vụ quý III/2024")."""
    for s in sents:
        low = lower_keep_len(s.text)
        if any(int(m.group()) in years for m in _YEAR.finditer(low.replace("/", " "))) and _reports_result(low, result):
            return True
    return False


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
    from the sentence before stops there; ``tabled``, those of the first sentence after a table that was a goal list's
    items (the list closed there, the table's figures goals)."""

    inside: frozenset[int]
    closed: frozenset[int]
    tabled: frozenset[int] = frozenset()


def goal_sentences(text: str, sents: list[Sentence]) -> GoalSpans:
    """The goal spans of a report's sentences (``items``, ``section`` and ``after``: see the module)."""
    _, _, _, result, after = _rx()
    out: set[int] = set()
    closed: set[int] = set()
    tabled: set[int] = set()
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
        elif mode == "items" and i > 0 and _TABLE_CELLS.search(text, sents[i - 1].end, first.start) is not None:
            # "Một số chỉ tiêu chủ yếu năm 2026:" over a table (its cells no sentences): the table was the list; the
            # prose after it is no item of it
            mode = None
            closed.add(i)
            tabled.add(i)
        opens = mode is None and end.endswith(":") and _opens_list(lower_keep_len(last.text), result)
        if opens and _bare_head_dated(lower_keep_len(last.text)):
            for k in range(read, i):  # the years named before it, read only now
                named.update(_named_years(sents[k].text))
            read = max(read, i)
            # "Một số chỉ tiêu chủ yếu quý I/2024:" over a table in a review of that quarter: the indicators of the
            # period reviewed, their figures results; a later period's ("Các chỉ tiêu chủ yếu năm 2026:") opens goals,
            # and so does a head whose period no sentence before it reports results of (its year and a result's
            # word): "NGHỊ QUYẾT về nhiệm vụ năm 2028 ... Chỉ tiêu chủ yếu năm 2028:" names the period planned
            head_low = lower_keep_len(last.text).replace("/", " ")
            opens = _coming(head_low, named) or not _reviewed_before(sents[:i], _head_years(head_low), result)
        if mode is None and not opens and i > 0 and (head := _heading_words(line)) is not None:
            for k in range(read, i):  # the years named before the heading, read only now
                named.update(_named_years(sents[k].text))
            read = i
            if _coming(head, named):  # the first line is the title, never a heading
                mode, year = "section", _year_of(line)
        elif mode is not None:
            for k in range(i, j):
                if _reports_result(lower_keep_len(sents[k].text), result) or (
                        (y := _OPENING_YEAR.match(sents[k].text)) is not None and int(y.group(1)) < year):
                    mode = None  # a result, a time before the goals' ("Năm 2025, ..."): back to what was done
                    break
                out.add(k)
            listing = end.endswith((";", ","))
        else:
            if opens:
                mode, year, listing = "items", _year_of(last.text), True
            for k in range(i, j):
                colon = sents[k].text.find(":")
                head = _coming_clause(sents[k].text, colon) if 0 < colon <= HEADING_CHARS else None
                if head is None:
                    head = _coming_opener(sents[k].text)  # "Về nhiệm vụ 6 tháng cuối năm, xã trồng mới 28 ha rừng"
                if head is not None:
                    for r in range(read, k):  # the years named before it, read only now
                        named.update(_named_years(sents[r].text))
                    read = max(read, k)
                    if _coming(head, named):
                        out.add(k)  # "Kế hoạch năm 2026: tăng trưởng kinh tế 8,5%; thu ngân sách 140 tỷ đồng."
            for k in range(i, j) if ai < len(afters) else ():
                while ai < len(afters) and afters[ai] < sents[k].start:
                    ai += 1
                if ai < len(afters) and afters[ai] < sents[k].end \
                        and result.search(lower_keep_len(text[sents[k].start:afters[ai]])) is None:
                    out.add(k)  # "..., thu ngân sách 140 tỷ đồng là những chỉ tiêu phấn đấu năm 2026"
        i = j
    return GoalSpans(frozenset(out), frozenset(closed), frozenset(tabled))


def _reports_result(low: str, result: re.Pattern[str]) -> bool:
    """A line of a goal span says a result's word, not after its own goal word: "Tăng cường thu ngân sách, phấn đấu
    thu vượt dự toán năm" aims to beat the plan (a goal, the span goes on); "Thu ngân sách vượt dự toán" reports it."""
    r = result.search(low)
    if r is None:
        return False
    g = goal_start(low)
    return g is None or g > r.start()


# -- the goal carried from the sentence before -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Carry:
    """What the sentence before leaves open of a goal (:func:`carry_after`), for :func:`sentence_goal`.

    ``goal``: it ended on a goal; a sentence opened by "Cạnh đó," that reports no result goes on listing goals, and so
    does a short bare item that names no time of its own but :attr:`years`, the years that sentence named ("Năm 2023,
    huyện phấn đấu ..."). ``parts``: every figure it stated was a goal; one opened by "Trong đó," that reports no
    result lists the goals' parts. :attr:`adopted`: it adopted a plan's goals (:func:`adopts_goals`), stating no figure
    but their count; one opened by "Theo đó," or "Cụ thể," that reports no result lists them. ``bare``: the sentence
    itself, where it stated no figure: where it opens a goal and reports no result ("Năm 2025, huyện phấn đấu hoàn
    thành và vượt các chỉ tiêu Nghị quyết đề ra."), a sentence opened by "Trong đó,", "Theo đó," or "Cụ thể," gives
    the goal its figures. ``text``: the sentence; ``counts_heads``: it stated no figure but counts of goal heads.
    :attr:`years` and :attr:`adopted` are read from them only when the sentence after asks (most never do)."""

    goal: bool = False
    parts: bool = False
    counts_heads: bool = False
    text: str = ""
    bare: str | None = None

    @property
    def adopted(self) -> bool:
        """The sentence adopted a plan's goals, stating no figure but their count."""
        return self.counts_heads and adopts_goals(self.text)

    @property
    def years(self) -> frozenset[int]:
        """The years the sentence named after a time word, where it ended on a goal."""
        if not self.goal:
            return frozenset()
        return frozenset(int(m.group(1)) for m in _carries().year.finditer(lower_keep_len(self.text)))


NO_CARRY = Carry()


@dataclass(frozen=True, slots=True)
class _Carries:
    goes_on: re.Pattern[str]  # "Cạnh đó," (cues roles.goal_continues)
    goes_on_not: re.Pattern[str]  # a result's word: the sentence reports one (roles.goal_continues_not)
    parts: re.Pattern[str]  # "Trong đó," (roles.goal_parts)
    follow: re.Pattern[str]  # "Theo đó,", "Cụ thể," (roles.goals_follow)
    follow_not: re.Pattern[str]  # roles.goals_follow_not
    inside: re.Pattern[str]  # ", theo đó" inside the sentence that adopts the goals
    beyond_plan: re.Pattern[str]  # a result measured against its plan ("đạt và vượt", "chưa đạt"): no goal of its own
    time_said: re.Pattern[str]  # a time of its own ("6 tháng", "năm 2024", "tháng 9")
    year: re.Pattern[str]  # a year after a time word, its digits in group 1
    heads: frozenset[str]  # the goal heads, as units of a count ("12 chỉ tiêu")
    meeting_opens: re.Pattern[str]  # a meeting's noun opening the sentence (bodies meeting_nouns): its own business


@cache
def _carries() -> _Carries:
    c = get(CuesLexicon)
    times = get(PeriodsLexicon).time_words
    return _Carries(
        goes_on=re.compile(rf"[ \t]*(?:{phrase_alt(c.roles.goal_continues)})(?!\w)[ \t]*,"),
        goes_on_not=words_re(c.roles.goal_continues_not),
        parts=re.compile(rf"[ \t]*(?:{phrase_alt(c.roles.goal_parts) or '(?!)'})(?!\w)[ \t]*,"),
        follow=re.compile(rf"[ \t]*(?:{phrase_alt(c.roles.goals_follow)})(?!\w)[ \t]*,"),
        follow_not=words_re(c.roles.goals_follow_not),
        inside=re.compile(rf",[ \t]*(?:{phrase_alt(c.roles.goals_follow)})(?!\w)[ \t,:]*"),
        beyond_plan=words_re([*c.roles.plan_over, *c.roles.plan_under, *c.roles.unmet]),
        time_said=re.compile(rf"{word_alt(times)}[ \t]+\d|\d[ \t]+(?:{phrase_alt(times)})(?!\w)"),
        year=re.compile(rf"{word_alt(times)}[ \t]+((?:19|20)\d\d)(?![\d.,/]?\d)"),
        heads=frozenset(c.roles.goal_heads),
        meeting_opens=re.compile(rf"[ \t]*(?:{phrase_alt(get(BodiesLexicon).meeting_nouns)})(?!\w)"),
    )


#: the most words of a short bare item that goes on listing the goals of the sentence before
GOAL_ITEM_WORDS = 14
_GOAL_ITEM = re.compile(r"[ \t]*[^\W\d_][^\d,;:()]*?[ \t]\d")  # a noun phrase, then its figure: no comma, no time lead


def carry_after(text: str, facts: list[Fact]) -> Carry:
    """What a sentence (``text``, with the ``facts`` read from it) leaves open of a goal for the sentence after: no
    regex is run here (what needs one is read when asked: :attr:`Carry.adopted`, :attr:`Carry.years`)."""
    if not facts:
        return Carry(counts_heads=True, text=text, bare=text) if text else NO_CARRY
    heads = _carries().heads
    return Carry(goal=facts[-1].role == "target", parts=all(f.role == "target" for f in facts),
                 counts_heads=all(f.unit is not None and f.unit.lower() in heads for f in facts), text=text)


def _bare_goal(text: str) -> bool:
    """A sentence that stated no figure opens a goal (:func:`goal_start`) and says no result's word before it (after
    it, "vượt" is the goal's: "phấn đấu hoàn thành và vượt các chỉ tiêu")."""
    low = lower_keep_len(text)
    at = goal_start(low)
    return at is not None and _rx()[3].search(low, 0, at) is None


def _own_time(low: str, years: frozenset[int]) -> bool:
    """``low`` says a time of its own, not just the year of the goals before it ("Năm 2023, huyện phấn đấu ... Có 6
    sản phẩm tham gia chương trình OCOP năm 2023.": the same year's goals go on)."""
    x = _carries()
    named = {m.start(): int(m.group(1)) for m in x.year.finditer(low)} if years else {}
    return any(named.get(m.start()) not in years for m in x.time_said.finditer(low))


def _listed_inside(low: str) -> int | None:
    """Where the goals a sentence adopts are listed after ", theo đó" in the same sentence ("HĐND xã thông qua Nghị
    quyết về các chỉ tiêu năm 2026, theo đó thu ngân sách 61 tỷ đồng"), or None."""
    x = _carries()
    m = x.inside.search(low)
    if m is None or x.follow_not.search(low, m.end()) is not None or not adopts_goals(low[:m.start()]):
        return None
    return m.end()


def sentence_goal(s: str, low: str, carry: Carry, in_span: bool) -> int | None:
    """Where the goal of a sentence opens (``s``, ``low`` its lowercased twin), or None: the one place a goal context
    is decided, for every form. In a goal span (:func:`goal_sentences`) from its start; else a form inside the
    sentence (:func:`goal_start`); else the goal the sentence before leaves open (``carry``: :class:`Carry`) going on
    past "Cạnh đó,", "Trong đó,", "Theo đó," or in a short bare item; and the goals a sentence adopts listed after its
    own ", theo đó", if they come first."""
    x = _carries()
    tgt = 0 if in_span else goal_start(low)
    if tgt is None and carry.goal:
        if (gm := x.goes_on.match(low)) is not None and not x.goes_on_not.search(low):
            tgt = gm.start()
        elif len(low.split()) <= GOAL_ITEM_WORDS and not x.goes_on_not.search(low) and _GOAL_ITEM.match(s) \
                and not _own_time(low, carry.years) and not x.beyond_plan.search(low) and not x.meeting_opens.match(low):
            # "xã phấn đấu sản lượng lương thực đạt 4.200 tấn. Thu ngân sách đạt 1,2 tỷ đồng.": a short bare item (one
            # about the meeting, "Kỳ họp dự kiến thông qua 20 nghị quyết.", tells its own business)
            tgt = 0
    if tgt is None and carry.parts and (pm := x.parts.match(low)) is not None and not x.goes_on_not.search(low):
        tgt = pm.start()  # "... phấn đấu hoàn thành 28 chỉ tiêu. Trong đó, thu nhập bình quân đầu người đạt ..."
    if tgt is None and carry.bare is not None and (pm := x.parts.match(low)) is not None \
            and not x.goes_on_not.search(low) and _bare_goal(carry.bare):
        tgt = pm.start()  # "Năm 2025, huyện phấn đấu hoàn thành các chỉ tiêu. Trong đó, thu ngân sách đạt 140 tỷ đồng"
    if (fm := x.follow.match(low)) is not None and x.follow_not.search(low) is None \
            and (carry.adopted or (carry.bare is not None and _bare_goal(carry.bare))):
        tgt = fm.start()  # "... thông qua Nghị quyết về các chỉ tiêu năm 2016. Theo đó, thu ngân sách dự kiến 44 tỉ đồng"
    if (listed := _listed_inside(low)) is not None and (tgt is None or listed < tgt):
        tgt = listed
    return tgt
