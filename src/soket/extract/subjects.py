"""The subject a reader would name for a figure: the noun phrase before its predicate
("Tổng thu ngân sách ... ước đạt"), the event verb before a count ("kết nạp 28 đảng viên"),
or the noun phrase after a share ("100% trường học đạt chuẩn").

Comma-separated pieces are gathered leftwards from the predicate while they still read as part
of the subject; openers ("Trong đó", "Về kinh tế", "6 tháng đầu năm") and clauses with their own
verb end it. Word lists live in ``lexicon/cues.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from soket import rx as re
from soket.extract.prefilter import EndGate
from soket.extract.roles import adverb_times, growth_words
from soket.extract.textutil import (
    LOWER,
    UPPER,
    literal_alt,
    lower_keep_len,
    phrase_alt,
    starts_re,
    word_alt,
    words_re,
)
from soket.lexicon import get
from soket.lexicon.schema import BodiesLexicon, CuesLexicon, PeriodsLexicon, UnitsLexicon
from soket.model import LOCALITY_KINDS
from soket.text import fold, new_spelling

_SPACES = re.compile(r"[ \t]*")
_CHAIN_BREAK = re.compile(r"[;:…]")  # "… góp phần": a trailing ellipsis closes the list before, as a ";"
# a comma between two small numbers lists them, no piece ends there ("Huy hiệu 30, 40 và 45 năm tuổi Đảng")
# (each branch opens with its character, the look-arounds after it: a search skips along to the commas and brackets)
_PIECES = re.compile(r",(?:(?<!\d,)|(?<=\d{4},)|(?![ \t]*\d{1,3}(?!\d)))|\((?![^()]*\))")
_DIGIT = re.compile(r"\d")
#: an abbreviation in capitals right after a word ("tăng trưởng GRDP"), the whole rest of the piece
_ACRONYM = re.compile(r"[ \t]+[A-ZĐ]{2,}[ \t]*$")
#: a list item's letter opening a sentence ("k) Tỷ lệ ...", "l) Hoàn thành ..."): the mark, no word of the subject
_LETTER_ITEM = re.compile(r"[ \t]*[a-zđ]\)[ \t]+(?=\S)")
# a news dateline opening the lead: an agency's code or publisher in brackets ("(GLO)-", "(Báo Quảng Ngãi) -") or a
# site's dotted name ("VOV.VN - ", "VTV.vn - "), then a dash (a bracketed code of capitals may go without); the sentence's words
# begin after it
DATELINE = re.compile(r"^[ \t]*(?:\([^()\n]{1,40}\)|[A-ZĐ]{2,}(?:\.(?:[A-ZĐ]{2,}|vn|com|net))+)[ \t]*[-–][ \t]*(?=["
                      + UPPER + "])"
                      # or a paper's bare code ("TPO - Năm 2025, ..."), a capitalised word after its dash ("HĐND - UBND"
                      # is no dateline)
                      + r"|^[ \t]*[A-ZĐ]{2,6}[ \t]*[-–][ \t]*(?=[" + UPPER + r"][^\W\d_" + UPPER + "])"
                      # or an agency's code in brackets with no dash ("(LĐTĐ) Quận ủy ..."): capitals only, then a
                      # capitalised word
                      + r"|^[ \t]*\([A-ZĐ]{2,8}\)[ \t]+(?=[" + UPPER + r"][^\W\d_" + UPPER + "])")
_LETTER = re.compile(r"[^\W\d_]")
_NUMERIC_BRACKETS = re.compile(r"\([^()]*\d[^()]*\)")
_WORD = re.compile(r"\S+")
#: what a subject never opens or closes on: spaces, commas, brackets, dashes, and a list item's other marks
#: ("+ Giải quyết việc làm", "• Hoàn thành": a mark is no word of it, as a dash is none)
_TRIM = " \t,()–-+•*·▪●◦‣"


@cache
def _time() -> str:
    """The time phrases of ``lexicon/periods.yaml`` as one alternation."""
    return "(?:" + "|".join(get(PeriodsLexicon).time_patterns) + ")"



@dataclass(frozen=True, slots=True)
class _Rx:
    pred_end: re.Pattern[str]
    pred_tails: dict[str, tuple[str, ...]] | None  # the last words pred_end's bounded branches end with, by last two letters
    pred_plan: re.Pattern[str]  # the words its open-ended branch needs somewhere
    opener_start: re.Pattern[str]
    opener_piece: re.Pattern[str]
    clause_verb: re.Pattern[str]
    aux_cut: re.Pattern[str]
    cut_end: re.Pattern[str]
    tense_aux: frozenset[str]
    list_join: re.Pattern[str]
    measured_head: re.Pattern[str]
    count_event: re.Pattern[str]
    adopted_before: re.Pattern[str]  # a verb adopting a document, before a verb joined by "và"
    causative: re.Pattern[str]
    passive_after: re.Pattern[str]
    time_start: re.Pattern[str]
    time_end: re.Pattern[str]
    estimate: re.Pattern[str]
    follow_stop: re.Pattern[str]
    count_follow_stop: re.Pattern[str]
    follow_bad_start: re.Pattern[str]
    predicate_start: re.Pattern[str]
    growth_start: re.Pattern[str]
    fall_word: re.Pattern[str]  # a verb of decrease (roles.decrease) anywhere
    modal_tail: re.Pattern[str]  # a duty's modal closing the words before a growth word ("cần", subjects.duty_modals)
    time_word: re.Pattern[str]
    count_prefix: frozenset[str]
    count_others: frozenset[str]
    cut_not_after: frozenset[str]
    inline_opener: re.Pattern[str]
    complete_head: re.Pattern[str]
    have_head: re.Pattern[str]
    deed_prep: re.Pattern[str]
    joined_verb: re.Pattern[str]
    people_actor: re.Pattern[str]
    framed_scope: re.Pattern[str]
    growth_noun_end: re.Pattern[str]
    follow_cut_before: frozenset[str]
    measure_prep: re.Pattern[str]
    actor_tense: frozenset[str]  # a count's actor before the verb acting on the next figure ("13 phường | đã xử lý 24 ...")
    range_words: frozenset[str]
    cause_lead: re.Pattern[str]
    light_verb: re.Pattern[str]
    concession_lead: re.Pattern[str]
    means_lead: re.Pattern[str]
    qualifier_words: frozenset[str]
    follow_compounds: tuple[str, ...]
    follow_span: re.Pattern[str]
    light_verb_inside: re.Pattern[str]
    topic_joint: re.Pattern[str]  # a condition's or a topic's joint ("nếu ... thì"): the subject is named after it


#: the most characters between a duty's lead and its modal ("giao các chủ đầu tư đến ngày 30/6 phải")
_DUTY_WITHIN = 60


def _duty(c: CuesLexicon) -> str:
    """A duty assigned, from its lead to its modal, in one comma piece ("giao các chủ đầu tư ... phải"); a pattern
    that never matches when the lexicon lists none."""
    if not c.subjects.duty_leads or not c.subjects.duty_modals:
        return "(?!)"
    return (rf"{word_alt(c.subjects.duty_leads)}(?!\w)[^,;:\n]{{0,{_DUTY_WITHIN}}}?[ \t]"
            rf"(?:{phrase_alt(c.subjects.duty_modals)})(?!\w)")


def _clause_cuts(c: CuesLexicon) -> list[str]:
    """The cut words that end a clause of its own before the figure (a teller's verb, a connective): the subject cut
    words that are no predicate word nor tense auxiliary."""
    own = {*c.subjects.predicate, *c.subjects.tense_aux}
    return [w for w in c.subjects.subject_cut if w not in own]


def _opener_rest(c: CuesLexicon) -> str:
    """A lookahead refusing a cut word that opens an opener ("như" of "Như vậy tổng vốn ..."): the rest of
    such openers, after the cut word; empty when none."""
    rest = {o[len(w) + 1:] for w in c.subjects.subject_cut for o in c.subjects.openers if o.startswith(w + " ")}
    return rf"(?!(?:{phrase_alt(sorted(rest))})(?!\w))" if rest else ""


@cache
def _rx() -> _Rx:
    c = get(CuesLexicon)
    quals = phrase_alt(w for ws in c.quantities.qualifiers.values() for w in ws)
    preds = phrase_alt([*c.subjects.predicate, *c.roles.increase, *c.roles.decrease, *c.roles.plan_over, *c.roles.plan_under,
                        *c.roles.estimate])
    openers = phrase_alt(c.subjects.openers)
    # "tăng bình quân 9,4%/năm": a change word and its filler
    # "tăng mạnh nhất với 11,3%": a change word, its degree and "với" (roles.change_degrees, change_with)
    changes = phrase_alt([*c.roles.increase, *c.roles.decrease])
    changed = rf"(?:{changes})(?:[ \t]+(?:{phrase_alt(c.roles.change_fillers)})|(?:[ \t]+(?:{phrase_alt(c.roles.change_degrees)}))?" \
        rf"[ \t]+(?:{phrase_alt(c.roles.change_with)}))"
    time = _time()
    follow = phrase_alt(c.subjects.follow_stop)
    # "4 vụ tai nạn giao thông làm chết 2 người": the event of the next count ends a count's noun phrase
    count_follow = phrase_alt([*(w for w in [*c.subjects.follow_stop, *c.subjects.count_events]
                                 if w not in c.subjects.count_follow_through)])
    punct = r"[,;.:()\[\]\n\"“”\d]"
    # a stop word right after a verb of moving is the move's destination, part of the phrase ("khoảng 620 ha phải chuyển
    # sang cây trồng cạn"): one lookbehind a verb, of fixed length each
    moved = "".join(f"(?<!{re.escape(v)}[ \t])" for v in c.subjects.follow_move_verbs)
    # "giảm 3% do dịch bệnh": a plan, a comparison, a conjunction or a cause after a figure is no noun phrase of it
    bad_start = phrase_alt([*c.roles.plan_heads, *c.roles.figure_plan_heads,
                            *(f"{w} {p}" for w in c.roles.plan_determiners for p in c.roles.plan_heads),
                            *c.roles.comparison_heads, *c.roles.basis_lead, *c.facts.conjunctions,
                            *c.subjects.cause_leads, *c.subjects.concession_leads, *c.subjects.level_after])
    # "chi bộ hoàn thành tốt nhiệm vụ trở lên, đạt 85,7%": the last word of a bound ("trở lên") is no predicate
    bounds = "".join(f"(?<!{re.escape(b.rsplit(' ', 1)[0])}[ \t])" for b in c.roles.bound_after if " " in b)
    return _Rx(
        pred_end=re.compile(rf"(?:^|(?<=[\s,(])){bounds}(?:{preds}|{quals}|{changed}|(?:{phrase_alt([*c.roles.plan_over, *c.roles.plan_under])})"
                            rf"(?:[ \t]+(?:{phrase_alt(c.roles.basis_lead)}))?[ \t]+(?:{phrase_alt(c.roles.plan_heads)})(?!\w)[^,;()]*"
                            # ", mới so kế hoạch đạt", "tháng 11 mới so kế hoạch đạt": an adverb opening the clause (after a
                            # comma or a time's number) is the verb's ("nông thôn mới so ..." a noun's)
                            rf"|(?:(?:(?<=, )|(?<=,)|(?<=\d ){adverb_times(c)}|^)(?:{phrase_alt(c.roles.basis_adverbs)})[ \t]+)?"
                            rf"(?:{phrase_alt(c.roles.basis_lead)})[ \t]+(?:{phrase_alt([*c.roles.plan_heads, *c.roles.comparison_heads])})(?!\w)"
                            rf"(?:[ \t]+[^\W\d]+){{0,4}}?[ \t]+(?:{phrase_alt(c.roles.attain)}))[ \t,:]*$"),
        pred_tails=_last_words([*c.subjects.predicate, *c.roles.increase, *c.roles.decrease, *c.roles.plan_over,
                                *c.roles.plan_under, *c.roles.estimate, *(w for ws in c.quantities.qualifiers.values() for w in ws),
                                *c.roles.change_fillers, *c.roles.change_with, *c.roles.attain]),
        pred_plan=re.compile(phrase_alt([*c.roles.plan_over, *c.roles.plan_under])),
        # (a goal's head and its year open a clause of goals: "chỉ tiêu năm 2027 trồng mới 150 ha" measures the planting)
        opener_start=re.compile(rf"^(?:{openers}|(?:{phrase_alt(c.roles.goal_heads)})[ \t]+"
                                rf"(?:{phrase_alt(c.roles.goal_year_words) or '(?!)'})[ \t]+\d{{4}})(?!\w)[ \t,:]*"),
        opener_piece=re.compile(rf"^(?:(?:{openers})(?:[ \t]+\S+){{0,5}}|{time}.*)$"),
        clause_verb=words_re(c.subjects.clause_verbs),
        aux_cut=re.compile(rf"(?:{word_alt(c.subjects.subject_cut)}|{word_alt(c.roles.goal_setting)}[ \t]+"
                           rf"(?:{phrase_alt(c.roles.goal_heads)})(?!\w)|{_duty(c)})[ \t]+(?=\S){_opener_rest(c)}"),
        # "Báo cáo chỉ rõ | còn 2 chỉ tiêu": a cut word closing the words before the figure leaves only who tells or acts
        # (a tense or a predicate word there is the figure's own: stripped, not a teller)
        cut_end=re.compile(rf"(?:^|(?<=[ \t]))(?:{phrase_alt(_clause_cuts(c))})[ \t]*$"),
        tense_aux=frozenset(c.subjects.tense_aux),
        list_join=re.compile(rf"{word_alt(c.facts.conjunctions)}[ \t]+"),
        measured_head=_measured_head_re(c),
        # the event verb right before the count, or before the object it acts on ("thông qua chủ trương đầu tư 3 dự án")
        count_event=re.compile(rf"(?<=[ \t])(?:{phrase_alt(c.subjects.count_events)})(?:[ \t]+[^\W\d][^\s\d,;.:()]*){{0,4}}[ \t]*$"),
        causative=re.compile(rf"(?:^|(?<=[ \t]))(?:{phrase_alt(c.subjects.causatives)})[ \t]*$"),
        passive_after=re.compile(rf"[^;.:()\[\]\n]{{0,{_PASSIVE_WITHIN}}}?{word_alt(c.subjects.passives)}(?!\w)"),
        time_start=re.compile(rf"^{time}(?!\w)[ \t,]*"),
        time_end=re.compile(rf"[ \t,]*{time}$"),
        estimate=re.compile(rf"{word_alt(c.roles.estimate)}(?!\w)(?![ \t]+(?:{phrase_alt(c.roles.estimate_not_before)})(?!\w))"),
        follow_stop=re.compile(rf"{punct}|(?<!\w){moved}(?:{follow})(?!\w)"),
        count_follow_stop=re.compile(rf"{punct}|(?<!\w){moved}(?!(?:{phrase_alt(c.subjects.count_follow_phrases) or '(?!)'})(?!\w))"
                                     rf"(?:{count_follow})(?!\w)"),
        follow_bad_start=re.compile(rf"[ \t]*(?:{bad_start})(?!\w)"),
        predicate_start=re.compile(rf"(?!(?:{phrase_alt(growth_words())})(?!\w))(?:{phrase_alt(c.subjects.predicate_start)})(?!\w)"),
        growth_start=starts_re(growth_words()),
        fall_word=words_re(c.roles.decrease),
        modal_tail=re.compile(rf"{word_alt(c.subjects.duty_modals)}[ \t]*$"),
        time_word=re.compile(rf"(?:{phrase_alt(get(PeriodsLexicon).time_words)})[ \t]+\d"),
        count_prefix=frozenset(c.subjects.count_prefix),
        count_others=frozenset(c.subjects.count_others),
        cut_not_after=frozenset(c.subjects.subject_cut_not_after),
        inline_opener=re.compile(rf"(?:{phrase_alt(c.subjects.inline_openers)})(?!\w)[ \t,:]*"),
        complete_head=re.compile(rf"(?!(?:{phrase_alt(c.subjects.complete_head_verbs) or '(?!)'})(?!\w))"
                                 rf"(?:{phrase_alt(c.subjects.complete_heads)})(?!\w)"),
        # "..., bàn nhiệm vụ 3 tháng cuối năm và cho ý kiến vào": a clause of its own before the conjunction
        # "đã thông qua kế hoạch điều chỉnh vốn ... và bổ sung hơn 1.436 tỷ đồng vốn dự phòng": what is adopted is a
        # document, a figure after the verb joined to it is that verb's (roles.goal_adopting)
        adopted_before=re.compile(rf"{word_alt(c.roles.goal_adopting)}(?!\w)"),
        joined_verb=re.compile(rf"[ \t]{word_alt(c.subjects.clause_joins)}[ \t]+(?=\S+[ \t]+\S)"),
        people_actor=re.compile(rf"(?:{phrase_alt(c.subjects.people_actors)})(?:[ \t]+(?:{phrase_alt(c.subjects.actor_scopes)}))?"
                                rf"(?:[ \t]+(?:{phrase_alt(c.subjects.subject_cut)}))?[ \t]+(?=\S)"),
        framed_scope=re.compile(rf"(?:{phrase_alt(c.subjects.frame_leads)})[ \t][^,;:\n]{{0,40}}?[ \t]"
                                rf"(?:{phrase_alt(c.subjects.actor_scopes)})[ \t]+(?=\S)"),
        deed_prep=re.compile(rf"{word_alt(c.subjects.deed_preps)}[ \t]+(?=(?:{phrase_alt(c.subjects.complete_heads)})(?!\w))")
        if c.subjects.deed_preps else re.compile(r"(?!)"),
        have_head=re.compile(rf"{word_alt(c.subjects.have_verbs)}[ \t]+(?=(?:{phrase_alt(c.subjects.complete_heads)})(?!\w))"),
        growth_noun_end=re.compile(rf"{word_alt(c.subjects.growth_nouns)}$"),
        follow_cut_before=frozenset(c.subjects.follow_cut_before),
        measure_prep=re.compile(rf"(?:{phrase_alt(c.subjects.measure_preps) or '(?!)'})[ \t]+"),
        actor_tense=frozenset(c.subjects.actor_tense),
        range_words=frozenset(c.quantities.range_before),
        light_verb=re.compile(rf"(?:{phrase_alt(c.subjects.light_verbs)})[ \t]+(?=[^\W\d])"),
        cause_lead=re.compile(rf"(?:{phrase_alt(c.subjects.cause_leads)})(?!\w)"),
        means_lead=re.compile(rf"(?:{phrase_alt(c.subjects.concession_leads)})?[ \t]*(?:{phrase_alt(c.subjects.means_leads)})(?!\w)"),
        concession_lead=re.compile(rf"(?:{phrase_alt(c.subjects.concession_leads)})(?!\w)[ \t]*"),
        qualifier_words=frozenset(w for ws in c.quantities.qualifiers.values() for w in ws),
        follow_compounds=tuple(c.subjects.follow_compounds),
        follow_span=re.compile(rf"\d{{1,3}}[ \t]+(?:{phrase_alt(c.subjects.follow_spans)})(?!\w)") if c.subjects.follow_spans else re.compile(r"(?!)"),
        light_verb_inside=re.compile(rf"(?<=[ \t])(?:{phrase_alt(c.subjects.light_verbs)})(?=[ \t]|$)"),
        topic_joint=re.compile(rf"{word_alt(c.subjects.topic_joints)}(?!\w)[ \t]*"),
    )


def _last_words(phrases: list[str]) -> dict[str, tuple[str, ...]] | None:
    """The last word of each phrase, as :func:`phrase_alt` lowers it, without what ends a predicate after it."""
    words = {lower_keep_len(p.strip()).split()[-1].rstrip(" \t,:") for p in phrases if p.strip()}
    if "" in words:
        return None  # a phrase of nothing but those: every text may end one
    out: dict[str, list[str]] = {}
    for w in sorted(words):
        out.setdefault(w[-2:], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _pred_end(rx: _Rx, low: str) -> re.Match[str] | None:
    """``rx.pred_end.search(low)``, skipped when it cannot match: its bounded branches end the text (before
    ``[ \t,:]*$``) with one of ``pred_tails``, its open-ended one needs a ``pred_plan`` word somewhere."""
    e = len(low) - 1 if low.endswith("\n") else len(low)
    while e > 0 and low[e - 1] in " \t,:":
        e -= 1
    tails = rx.pred_tails
    if tails is not None and not low.endswith(tails.get(low[max(0, e - 2):e], ()), 0, e) \
            and low[max(0, e - 1):e] not in tails and rx.pred_plan.search(low) is None:
        return None
    return rx.pred_end.search(low)


def has_estimate(low: str) -> bool:
    return _rx().estimate.search(low) is not None


_PASSIVE_WITHIN = 60  # the most characters ``passive_after`` reads before its word


def suffers_after(s: str, pos: int) -> bool:
    """The thing counted at ``pos`` is said to suffer something in its clause ("860 ngôi nhà bị ngập")."""
    low = lower_keep_len(s)
    for w in _passive_words():
        if low.find(w, pos, pos + _PASSIVE_WITHIN + len(w)) >= 0:
            return _rx().passive_after.match(low, pos) is not None
    return False  # no passive word near: the pattern cannot match


@cache
def _passive_words() -> tuple[str, ...]:
    """The first word of each passive phrase, as :func:`phrase_alt` lowers it."""
    return tuple({lower_keep_len(p.strip()).split()[0] for p in get(CuesLexicon).subjects.passives if p.strip()})


def label_subject(before: str) -> str | None:
    """The label opening a list item before its colon ("- Tỷ lệ che phủ rừng: năm 2026 đạt 72,4%; chỉ tiêu năm 2027 là
    trên 72,5%"), where the words from the figure's clause or comma piece to it (``before``: the sentence up to it) name
    nothing (a time and the verb): the figure's subject when nothing else names it; else None."""
    if (colon := before.find(":")) < 0 or _CHAIN_BREAK.search(before, 0, colon):
        return None
    piece = max(before.rfind(";"), before.rfind(","), colon) + 1
    if left_subject(before[piece:])[0] is not None:
        return None
    return left_subject(before[:colon])[0]


@cache
def _join_end() -> re.Pattern[str]:
    """A clause's join word ending the words before a figure's verb (cues ``subjects.clause_joins``: "... và" of "...
    và đạt 7/19 tiêu chí"): the verb is the second of two the actor does, the words before the join the first's."""
    return re.compile(rf"(?<!\w){word_alt(get(CuesLexicon).subjects.clause_joins)}[ \t]*$")


@lru_cache(maxsize=8192)  # the words before a figure recur from report to report (", tăng ", "thu ngân sách đạt ")
def left_subject(seg: str, first_piece_only: bool = False, qualified: bool = False,
                 caused: bool = False, time_back: bool = False, clause_open: bool = False) -> tuple[str | None, str]:
    """(subject, predicate words stripped) from the words before a figure.

    ``first_piece_only``: take only the comma piece nearest the figure (the event verb of a count).
    ``qualified``: the figure has its qualifier already ("hơn 48 tỷ đồng"): a qualifier word before it is the subject's.
    ``caused``: the thing measured suffers what a cause before it does (:func:`suffers_after`): a causative
    verb right before the figure ends the words of the subject ("Đợt lũ làm 860 ngôi nhà bị ngập").
    ``time_back``: a sum or a measure, which names nothing after it: a time alone in the comma piece before it leaves the measure to
    the clause before ("lợi nhuận không cao, tính cả năm chỉ khoảng 30 triệu đồng"; a count's noun after it is its own).
    ``clause_open``: ``seg`` opens its sentence (no figure before it whose words it may go on with): a verb listed by a
    comma before a count's own is read there, as it is after a ";" or a ":" (:func:`_verb_listed_before`).
    """
    rx = _rx()
    seg = seg[d.end():] if (d := DATELINE.match(seg)) else seg
    seg = seg[li.end():] if (li := _LETTER_ITEM.match(seg)) else seg
    parts = _CHAIN_BREAK.split(_drop_numeric_brackets(seg))
    s = parts[-1]
    if len(parts) > 1 and not first_piece_only and not _LETTER.search(s) and seg.rstrip(" \t").endswith(":"):
        s = parts[-2]  # "Chi cân đối ngân sách: 215.120 triệu đồng": the heading before the colon is the subject
    if len(parts) > 1 and not first_piece_only and (verb := _place_verb(s)) is not None:
        head = parts[-2]
        at = re.search(rf"(?<!\w){re.escape(verb)}(?!\w)", lower_keep_len(head))
        if at is not None and _LETTER.search(head, at.end()):
            # "Điểm sáng là thu ngân sách trên địa bàn: tính đến ngày 30-9, xã thu hơn 23 tỷ đồng": the place and its
            # verb after the colon say again what the heading names, the heading's words from the verb on
            return left_subject(head[at.start():], qualified=qualified, caused=caused)
    prev = None
    stripped = ""
    whole = s  # the words before the figure, its predicate words not yet stripped
    vn_tails = _verb_noun_tails()
    verb_after_comma: bool | None = None  # the figure's verb stands alone after a comma (", tăng 10,81%")
    rounds = 0  # the predicate's words stripped, one verb a round
    while prev != s:
        prev = s
        s = s.strip(_TRIM)
        low = lower_keep_len(s)
        m = _pred_end(rx, low)
        if m is None:
            break  # the next round would search the same words again
        if low.startswith(vn_tails, m.start()) and (keep := _verb_noun_keep(low, m.start())) is not None:
            # "Tốc độ tăng giá trị tăng thêm ước đạt", "trồng mới được": the words end a noun or a verb of their own,
            # only what follows them is the predicate
            if not low[keep:].strip(" \t,:"):
                break
            stripped = s[keep:] + " " + stripped
            s = s[:keep]
            continue
        if (qual := low[m.start():].strip(" \t,:") in rx.qualifier_words) and qualified:
            break  # "thu bổ sung từ ngân sách cấp trên hơn": a figure takes one qualifier, the word before is the subject's
        if qual and _qualifier_compound_end().search(low):
            break  # "ảnh hưởng đến tiến độ": the qualifier's syllable ends a word of the subject
        qualified = qual
        stripped = s[m.start():] + " " + stripped
        s = s[:m.start()]
        rounds += 1
        if verb_after_comma is None:
            verb_after_comma = s.rstrip(" \t").endswith(",")
    if first_piece_only and verb_after_comma and not _verb_shared(s):
        # "Phường không còn hộ nghèo, còn 41 hộ cận nghèo": the count's verb alone after a comma, the piece before a
        # clause of its own; the count is named by its noun
        return None, " ".join(stripped.split()).lower()
    s = s.strip(_TRIM)
    grown = rx.growth_start.match(lower_keep_len(stripped)) if stripped else None
    modal = rx.modal_tail.search(lower_keep_len(s)) if grown else None
    if modal is not None:
        s = s[:modal.start()]  # "quý IV cần tăng trưởng trên 9%": the growth required; the modal is the predicate's
    growth_noun = " ".join(stripped[:grown.end()].split()) if grown else None
    kept_growth = None
    # the figure's own verb of decrease, after any growth word ("tăng trưởng ước giảm 1,25%"): a growth word is a noun,
    # the measure that fell ("dịch vụ tăng trưởng nhanh nhất với mức tăng 18,63%": the growth word is the verb)
    own_change = rx.fall_word.search(lower_keep_len(stripped), grown.end() if grown else 0) is not None
    if grown and not modal and (rx.growth_noun_end.search(lower_keep_len(s)) or own_change):
        # "mục tiêu tăng trưởng 8%", "kéo tăng trưởng ước giảm 1,25%": the growth word is a noun here
        sep = ", " if s and whole.startswith(s) and whole[len(s):].lstrip(" \t").startswith(",") else " "
        s = f"{s}{sep}{stripped[:grown.end()]}"
        kept_growth = " ".join(lower_keep_len(stripped[:grown.end()]).split())
    stripped = " ".join(stripped.split()).lower()
    # the piece nearest the figure opens with a predicate word: no subject ("..., vượt xa dự toán và là mức cao nhất");
    # a piece before it that does ("Tăng cường chống thất thu, phấn đấu thu ngân sách vượt") ends the subject there
    last = max((m.end() for m in _PIECES.finditer(s)), default=0)
    if s and (ps := rx.predicate_start.match(lower_keep_len(s[last:].lstrip(" \t")))) is not None:
        rest = s[last:].lstrip(" \t")[ps.end():].lstrip(" \t")
        if not rest or not rx.complete_head.match(lower_keep_len(rest)):
            return None, stripped
        s = rest  # "phấn đấu ..., giảm tỷ lệ hộ nghèo 2% trở lên": the verb acts on the rate it names, the subject
    if not s:
        return None, stripped
    if rounds == 1 and _join_end().search(lower_keep_len(s)) is not None:
        # "xã đã hoàn thành quy hoạch và đạt 7/19 tiêu chí": the figure's one verb right after "và", the clause
        # before it is its own ("vốn cấp mới và tăng thêm đạt ...": a second verb after "và" is the noun's)
        return None, stripped
    pieces = _PIECES.split(s)
    kept: list[str] = []
    nearest = 0  # the piece that holds the words right before the figure
    # the comma piece, counted back from the figure, that opens a phrase of means listed before the clause
    means_at: int | None = -1  # -1: not read yet (read when first asked: most calls end at the nearest piece)
    in_cause = False  # the figure stands in a cause's clause ("do giá cà phê ổn định ở mức ...")
    for i, piece in enumerate(reversed(pieces)):
        p = piece.strip(" \t)")
        low = lower_keep_len(p)
        if not p:
            break
        if (cl := rx.cause_lead.match(low)) is not None:
            if i > nearest or not _LETTER.search(p, cl.end()) or "," in whole[whole.rfind(p) + len(p):]:
                # "giảm 3% so với cùng kỳ do thiếu nước, nhưng vẫn vượt": a cause names no measured thing ("Do thiếu nước
                # tưới, gần 320 ha lúa phải bỏ hoang": a count opening its clause after the cause is named after it)
                break
            # "Do giá cà phê ổn định ở mức 95.000 đồng/kg, ...": the figure inside the cause, its subject after the word
            p = p[cl.end():].lstrip(" \t")
            low = lower_keep_len(p)
            in_cause = True  # a clause of its own: the pieces before it are none of its subject
        if i > 0 and kept and means_at == -1:
            means_at = _means_at(pieces, rx)
        if i > 0 and means_at is not None and kept:
            del kept[1:]  # "với sự lãnh đạo ..., nỗ lực của nhân dân, kinh tế tỉnh tăng": the means listed name nothing measured
            break
        if (cl := rx.concession_lead.match(low)) is not None:
            if i > 0:
                break  # "Mặc dù gặp nhiều khó khăn, doanh thu ...": a clause of its own
            p = p[cl.end():]  # "dù tổng thu giảm": the subject after the word; alone, nothing
            low = lower_keep_len(p)
            if not p:
                break
        if time_back and i == nearest and i + 1 < len(pieces) and _time_only(p, low, rx) \
                and _names_something(pieces[len(pieces) - i - 2], rx):
            nearest = i + 1  # "lợi nhuận không cao, tính cả năm chỉ khoảng 30 triệu": a time alone, the clause's measure before
            continue
        if i == nearest:
            cut = None
            cut_at = 0
            framed = False  # the piece opens on the body acting: the pieces before it frame its clause
            first_cut = None
            measured = None  # "tiền bồi thường, hỗ trợ đã chi trả": the thing measured before the auxiliary, read once
            for m in rx.aux_cut.finditer(low):
                if _word_before(low, m.start()) in rx.cut_not_after:
                    continue  # "đối với": one word with the syllable before it, no cut
                if " ".join(m.group().split()) in rx.tense_aux:
                    if measured is None:
                        measured = rx.measured_head.match(lower_keep_len(_strip_openers(s).lstrip(" \t"))) is not None
                    if measured:
                        continue
                cut, cut_at = m.end(), m.start()
                first_cut = m.start() if first_cut is None else first_cut
            if first_cut is not None and not first_piece_only and (io := rx.inline_opener.match(low)) is not None \
                    and _LETTER.search(low, io.end(), first_cut) and _word_before(low, cut_at) not in _check().joins \
                    and (cut is None or _goal_head_at().match(low, cut) is None):
                # "riêng dự án kè hồ trung tâm đã giải ngân": the part singled out is what is measured (a cut word after
                # a join opens a verb phrase of its own: "trong đó yêu cầu đẩy nhanh ... và phấn đấu thu ngân sách vượt")
                cut = None
            if cut is not None and first_cut is not None and _LETTER.search(p, 0, first_cut) \
                    and (_state_only().fullmatch(rest := low[cut:].strip(" \t,")) or _planned_act().fullmatch(rest)):
                # "Xuất khẩu tiếp tục hồi phục, đạt ...": a state, no noun, after the auxiliary; "tổng vốn ... dự kiến
                # phân bổ": the act that plans the sum named before it
                cut = first_cut
                p = p[:cut]
            else:
                p = p[cut:] if cut is not None else p
            if (tj := _last(rx.topic_joint.finditer(lower_keep_len(p)))) is not None and _LETTER.search(p, tj.end()):
                # "nếu tính cả số thu của các xã cũ thì tổng thu đạt": the condition (or the topic: "riêng khu vực nông
                # thôn thì tỷ lệ ...") before the joint is no part of what is measured
                p, cut = p[tj.end():], tj.end()
            if cut is not None and not grown and i + 1 < len(pieces) and not _LETTER.search(_strip_openers(p)):
                # "đẩy mạnh thu ngân sách, phấn đấu đến hết năm đạt": only a time after the verb, the measure is the piece's before
                nearest = i + 1
                continue
            if (pa := rx.people_actor.match(lower_keep_len(p))) is not None:
                p = p[pa.end():]  # "nông dân toàn thành phố gieo trồng 2.145 ha": the people acting are no subject
            elif (fs := rx.framed_scope.match(lower_keep_len(p))) is not None:
                p = p[fs.end():]  # "Vụ Đông Xuân 2013 - 2014 toàn huyện gieo cấy 6.120 ha": the season and the scope
            # "..., có diện tích tự nhiên 150 km2": the measure the verb of having names
            have = [m.end() for m in rx.have_head.finditer(lower_keep_len(p))] if not first_piece_only else []
            if have:
                p, cut = p[have[-1]:], have[-1]
            elif not first_piece_only and (deed := _last(rx.deed_prep.finditer(lower_keep_len(p)))) is not None \
                    and (cut is not None or any(w in rx.tense_aux for w in lower_keep_len(p[:deed.start()]).split())):
                # "đã thu hoạch xong trên diện tích 4.120 ha": a deed done (its tense word) on the measure
                p, cut = p[deed.end():], deed.end()
            # "Các đại biểu ... thống nhất thông qua 7 nghị quyết": the event right before the figure, not its actor
            ev = rx.count_event.search(lower_keep_len(p))
            if ev is not None:
                p = p[ev.start():]
            elif caused and (cz := rx.causative.search(lower_keep_len(p))) is not None:
                p, cut = p[cz.end():], cz.end()  # "Đợt lũ làm 860 ngôi nhà bị ngập": the cause is no part of the damage
            elif first_piece_only and (ac := _actor().match(new_spelling(p))) is not None and ac.end() < len(p):
                p = p[ac.end():]  # "Đảng ủy xã kết nạp 9 đảng viên": the body acting is no part of what is counted
            elif not first_piece_only and (body_end := _clause_actor(p, i + 1 < len(pieces))) is not None:
                p, framed = p[body_end:], True  # "Với nghị quyết về ..., HĐND tỉnh đồng ý chuyển 4 ha": the body's own clause
            if first_piece_only and (lv := rx.light_verb.match(lower_keep_len(p))) is not None \
                    and len(p[lv.end():].split()) > 1:
                p = p[lv.end():]  # "tổ chức khám sơ tuyển cho": the event the light verb carries
            elif first_piece_only and ev is None and (lv := _last(rx.light_verb_inside.finditer(lower_keep_len(p)))) is not None \
                    and len(p[lv.end():].split()) <= 1 and len(p[:lv.start()].split()) >= 3:
                # "Phòng Lao động ... phối hợp tổ chức 2 lớp dạy nghề": the event, not the body named at length that held
                # it ("Huyện tổ chức 12 hội nghị" keeps its place word)
                p = p[lv.start():]
            low_p = lower_keep_len(p)
            joined = [m for m in rx.joined_verb.finditer(low_p)  # ("Huy hiệu 40 năm và 30 năm": numbers joined)
                      if not p[m.end():m.end() + 1].isdigit()
                      # (a sum or a measure: only a join to a predicate of its own, "... và duy trì khai thác mủ")
                      and (first_piece_only or _predicate_at().match(low_p, m.end()) is not None
                           or rx.adopted_before.search(low_p, 0, m.start()) is not None)]
            if joined and (_DIGIT.search(p, 0, joined[-1].start()) or rx.adopted_before.search(low_p, 0, joined[-1].start())):
                # "bàn nhiệm vụ ... và cho ý kiến vào 6 tờ trình", "... niên vụ 2025 - 2026 và duy trì khai thác mủ trên
                # 2.860 ha": the words before the join, a figure among them, are a clause of their own; the verb joined
                # last is the figure's
                p = p[joined[-1].end():]
            opened = False
            while (inline := rx.inline_opener.match(lower_keep_len(p))) and inline.end() < len(p):
                p, opened = p[inline.end():], True  # "..., trong đó nổi bật là tổng thu ngân sách": what follows
            if cut is None and i + 1 < len(pieces) and (rv := _raise_at().match(lower_keep_len(p))) is not None \
                    and rx.complete_head.match(lower_keep_len(p), rv.end()) is not None:
                # "Hướng dẫn ..., nâng tỷ lệ hồ sơ trực tuyến lên 80%": the rate raised, after a task's clause of its own
                p, opened = p[rv.end():], True
            kept.append(p)
            if _names_only(p) and i + 1 < len(pieces) and cut is None and ev is None and not opened:
                continue  # "lượng khách về các khu di tích Côn Sơn, Phượng Sơn đạt": a name listed after the words naming it
            if first_piece_only and cut is None and ev is None and i + 1 < len(pieces) \
                    and _participle_listed(lower_keep_len(head := pieces[len(pieces) - i - 2].strip(" \t)")), p):
                kept.append(head)  # "lượng khách đến tham quan, lưu trú ước khoảng 620 nghìn lượt": one count, the verbs
                break  # listed after the participle's comma share its noun
            if first_piece_only and cut is None and ev is None and i + 1 < len(pieces) and (clause_open or len(parts) > 1) \
                    and not stripped.strip() and (verb := _verb_listed_before(pieces[len(pieces) - i - 2], p)) is not None:
                # "Hoàn thành xây mới, sửa chữa 19 nhà", "phát hiện, xử lý 27 trường hợp": the verbs listed by a comma
                # share the count; the verb carrying them is none of them
                kept.append(verb)
                break
            if first_piece_only and cut is None and ev is None and i + 1 < len(pieces) and not _DIGIT.search(p) \
                    and not rx.clause_verb.search(lower_keep_len(p)) \
                    and rx.measured_head.match(lower_keep_len(head := pieces[len(pieces) - i - 2].strip(" \t)"))) \
                    and len(pieces) - i - 2 == 0 and not _DIGIT.search(head) and not rx.clause_verb.search(lower_keep_len(head)):
                # "Lượng khách đến tham quan các điểm di tích, du lịch sinh thái ... ước khoảng 215.000 lượt": the
                # measure's head opens the sentence, the piece nearest the count only goes on listing its object
                kept.append(head)
                break
            if cut is not None or ev is not None or first_piece_only or opened or nearest or framed or in_cause:
                break
            if rx.complete_head.match(low) and not _measures_listed(pieces, i, rx):
                break
            if (gw := rx.growth_start.match(low)) is not None \
                    and (_ACRONYM.match(p, gw.end()) is not None or own_change):
                # "kinh tế duy trì đà phục hồi, tăng trưởng GRDP ước đạt": the growth names its own measure; "..., tăng
                # trưởng ước giảm 1,25%": a growth with its own verb of change is the measure
                break
            if (rx.time_start.match(low) or rx.opener_start.match(low)) and _LETTER.search(_strip_openers(p)):
                if i + 1 < len(pieces) and (verb := _bare_verb(p, rx)) is not None \
                        and (topic := _measured_topic(pieces[len(pieces) - i - 2], rx)) is not None:
                    # "Vốn đầu tư xây dựng cơ bản năm 2016, tính đến ngày 10/6 đã giải ngân": the measure named
                    # first, then the time and the verb done to it
                    kept[-1] = f"{topic} {verb}"
                break  # "Công tác X có chuyển biến, trong tháng bàn giao 42 ha": a time opens a clause of its own
            continue
        if i == 1 and len(kept) == 1 and (head := _measure_after_verb(p, low, kept[0])) is not None:
            kept.append(head)  # "Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp của xã đạt": the measure
            break  # named after the verb runs on past the comma of its own name
        if i == 1 and len(kept) == 1 and _participle_listed(low, kept[0]):
            kept.append(p)  # "tỷ lệ rác thải được thu gom, xử lý đạt": the verbs after the participle's comma share it
            break
        if verb_after_comma and kept and (head := _clause_head(p, low, rx)) is not None:
            kept = [head]  # "Nhóm ngành du lịch tiếp tục phát triển đúng định hướng du lịch văn hóa, sinh thái, cộng
            break  # đồng, tăng 10,81%": the verb alone after the list shares the clause's subject, what it lists is its object
        if rx.opener_piece.match(low) or rx.clause_verb.search(low) or _figure_digit(p) or len(kept) >= 4 \
                or rx.predicate_start.match(low):
            inline = rx.inline_opener.match(low)
            if inline and inline.end() < len(p) and not _DIGIT.search(p):
                kept.append(p[inline.end():])  # "trong đó công nghiệp, xây dựng tăng 7,7%"
            elif len(kept) == 1 and len(kept[0].split()) <= _PAIR_HALF_WORDS and not _DIGIT.search(p) \
                    and stripped in get(CuesLexicon).roles.copula and _actor().match(new_spelling(kept[0])) is None \
                    and (mp := rx.measure_prep.match(low)) is not None and rx.complete_head.match(low, mp.end()) \
                    and not rx.clause_verb.search(low):
                # "..., với tổng giá trị bồi thường, hỗ trợ là 16 tỷ đồng": the measure named after the preposition runs
                # on through the comma to the short piece nearest the figure and its copula (subjects.measure_preps;
                # "..., với tổng vốn lớn, giải ngân đạt": a verb of its own, a clause of its own)
                kept.append(p[mp.end():])
            break
        kept.append(p)
    if len(kept) == 1 and verb_after_comma and growth_noun and (grew := _growth_alone(stripped, growth_noun)) \
            and (head := _clause_head(kept[0], lower_keep_len(kept[0]), rx)) is not None:
        # "Kinh tế phát triển ổn định, tăng trưởng bình quân 11,61%": the growth alone after a state clause is the
        # growth of what the clause names ("Kinh tế tăng trưởng bình quân")
        kept, kept_growth = [f"{head} {grew}"], grew
    out = _strip_openers(", ".join(reversed(kept)))
    if not _LETTER.search(out):
        # "phấn đấu quý II tăng trưởng đạt 10,5%": with only a time before it, the growth word is the noun
        return growth_noun, stripped  # digits and signs are no subject
    prev = None
    while out and prev != out:
        prev = out
        m = _pred_end(rx, lower_keep_len(out))
        if m and lower_keep_len(out).startswith(vn_tails, m.start()) \
                and (keep := _verb_noun_keep(lower_keep_len(out), m.start())) is not None:
            out = out[:keep].rstrip(" \t,")  # "giá trị tăng thêm": a noun, as in the loop above
            break
        if m and kept_growth and " ".join(lower_keep_len(out[m.start():]).split()) == kept_growth:
            break  # "mục tiêu tăng trưởng": the growth word kept as a noun above
        if m and rx.growth_start.match(lower_keep_len(out), m.start()) is not None \
                and own_change:
            break  # "tăng trưởng 9 tháng | ước giảm": the figure's own verb of change after it, the growth word a noun
        if m and m.start() > 0 and not ((qualified or _qualifier_compound_end().search(lower_keep_len(out)))
                                        and lower_keep_len(out[m.start():]).strip(" \t,:") in rx.qualifier_words):
            out = _strip_openers(out[:m.start()])
    if out and rx.follow_stop.fullmatch(lower_keep_len(out)):
        return None, stripped  # "... sản phẩm của 9 cơ sở": a lone linking word names nothing
    if out and (ce := rx.cut_end.search(low_out := lower_keep_len(out))) is not None \
            and _word_before(low_out, ce.start()) not in rx.cut_not_after:
        return None, stripped  # "Báo cáo cũng chỉ rõ còn 01 chỉ tiêu": the teller and the verb telling, nothing measured
    if out:
        out = _drop_trailing_adverb(out)  # "đã thu hoạch dứt điểm | 8.200 ha lúa": before the noun after the figure joins
    return (out or None), stripped


def _growth_alone(stripped: str, growth: str) -> str | None:
    """``stripped`` (a figure's predicate words, lowercased) when it is only the growth word ``growth`` and a filler
    of a change ("tăng trưởng bình quân": roles.change_fillers); else None."""
    low = " ".join(lower_keep_len(growth).split())
    if not stripped.startswith(low):
        return None
    rest = stripped[len(low):].strip()
    return stripped if not rest or rest in get(CuesLexicon).roles.change_fillers else None


#: the most words of a verb listed after a participle's comma ("xử lý", "vận chuyển và xử lý")
_LISTED_VERB_WORDS = 4


@cache
def _goal_head_at() -> re.Pattern[str]:
    """A goal's noun where the match starts ("trong đó có nghị quyết về ... với mục tiêu GRDP tăng 7,5 - 8%": after a
    cut word the goal names its measure, whatever part the inline opener singled out before it)."""
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).roles.goal_heads)})(?!\w)")


@cache
def _raise_at() -> re.Pattern[str]:
    """A verb carrying a measure to a new level opening a piece (cues facts.raise_verbs: "nâng", "đưa"), its space."""
    return re.compile(rf"[ \t]*{word_alt(get(CuesLexicon).facts.raise_verbs)}[ \t]+")


@cache
def _participle_end() -> re.Pattern[str]:
    """A noun phrase ending on a participle: a word, its mark ("được", "bị"; or a purpose of coming's, "đến": cues
    subjects.listed_verb_marks) and one to three words of verb."""
    marks = [*get(CuesLexicon).subjects.participles, *get(CuesLexicon).subjects.listed_verb_marks]
    return re.compile(rf"[^\W\d_][ \t]+(?:{word_alt(marks)})"
                      rf"(?:[ \t]+[^\W\d_]+){{1,3}}[ \t]*$") if marks else re.compile(r"(?!)")


def _participle_listed(low: str, nearest: str) -> bool:
    """The comma piece ``low`` names a measure (its head first) of things a participle ends ("tỷ lệ rác thải được thu
    gom"), and the piece nearest the figure, ``nearest``, is only a verb or two listed after it ("xử lý"): no figure, no
    capital, no head of a measure or opener of its own ("Các tuyến đường được nâng cấp, thu ngân sách đạt": a clause
    of its own before, no measure)."""
    rx = _rx()
    near = lower_keep_len(nearest.strip(" \t"))
    return bool(near) and len(near.split()) <= _LISTED_VERB_WORDS and near == nearest.strip(" \t").lower() \
        and not _DIGIT.search(near) and not rx.complete_head.match(near) and not rx.opener_start.match(near) \
        and not rx.time_start.match(near) and _participle_end().search(low) is not None \
        and rx.complete_head.match(lower_keep_len(_strip_openers(low))) is not None


def _verb_listed_before(head: str, nearest: str) -> str | None:
    """The verb of the comma piece ``head`` when it and the piece nearest a count, ``nearest``, are each a verb alone
    (no more than two words, in lowercase, no figure, no opener, time or measure's head) that the count shares
    ("xây mới, sửa chữa 19 nhà": "xây mới"); a verb carrying it in ``head`` is dropped, with what stands before it
    ("xã hoàn thành xây mới": subjects.listed_verb_carriers). None for any other piece (a place, a clause of its own:
    "Toàn xã, kết nạp")."""
    rx = _rx()
    h = head.strip(" \t")
    low = lower_keep_len(h)
    if (carrier := _last(_listed_verb_carrier().finditer(low))) is not None:
        h = h[carrier.end():].strip(" \t")  # "xã hoàn thành | xây mới": who acts and the carrying verb dropped
    if not _bare_verb_piece(h, rx) or not _bare_verb_piece(nearest.strip(" \t"), rx):
        return None
    return h


@cache
def _listed_verb_carrier() -> re.Pattern[str]:
    """A verb carrying the verbs listed after it (subjects.listed_verb_carriers), a whole word, and the blanks after."""
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.listed_verb_carriers)}[ \t]+")


#: the most words of a verb alone in a comma piece ("sửa chữa", "xử lý")
VERB_ALONE_WORDS = 2


def _bare_verb_piece(p: str, rx: _Rx) -> bool:
    """A comma piece of one verb alone: one or two words, in lowercase, no figure, no opener, time or measure's head."""
    low = lower_keep_len(p)
    return bool(low) and len(low.split()) <= VERB_ALONE_WORDS and p == low \
        and _LETTER.search(p) is not None and not _DIGIT.search(p) and not rx.complete_head.match(low) \
        and not rx.opener_start.match(low) and not rx.time_start.match(low) and not rx.follow_stop.fullmatch(low) \
        and not rx.predicate_start.match(low)


@cache
def _predicate_at() -> re.Pattern[str]:
    """A predicate word (subjects.predicate) where the match starts, a whole word."""
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).subjects.predicate)})(?!\w)")


def _verb_shared(s: str) -> bool:
    """The words before a comma end on a verb of completion or a predicate word, which the verb after the comma
    joins ("xã đã hoàn thành, vượt 26/28 chỉ tiêu": one object for both)."""
    low = lower_keep_len(s).rstrip(_TRIM)
    if _pred_end(_rx(), low) is not None:
        return True
    return any(low.endswith(" " + v) or low == v for v in get(CuesLexicon).facts.completion_verbs)


#: the most words of a verb alone after a time ("đã giải ngân", "đã thu hoạch")
_BARE_VERB_WORDS = 3


def _bare_verb(p: str, rx: _Rx) -> str | None:
    """The verb a comma piece holds after its time or opener and a tense auxiliary ("tính đến ngày 10/6 đã giải
    ngân": "giải ngân"), when that is all it holds: a few words, no figure, no measure's head, no predicate; else
    None."""
    rest = _strip_openers(p)
    low = lower_keep_len(rest)
    for aux in sorted(rx.tense_aux, key=len, reverse=True):
        if low.startswith(aux + " "):
            rest, low = rest[len(aux):].lstrip(" \t"), low[len(aux):].lstrip(" \t")
            break
    if not rest or len(rest.split()) > _BARE_VERB_WORDS or _DIGIT.search(rest) or rx.complete_head.match(low) \
            or rx.predicate_start.match(low) or rx.people_actor.match(low):
        return None
    return rest


def _measured_topic(piece: str, rx: _Rx) -> str | None:
    """The measure a comma piece names at its start, before its time or cause ("Vốn đầu tư xây dựng cơ bản năm 2016 do
    huyện quản lý": "Vốn đầu tư xây dựng cơ bản"), when the piece opens on a measured thing's head and has no verb
    of a clause; else None."""
    p = _strip_openers(piece.strip(" \t)"))
    low = lower_keep_len(p)
    if not rx.measured_head.match(low) or rx.clause_verb.search(low) or _DIGIT.search(p, 0, 1):
        return None
    ends = [m.start() for m in (rx.time_word.search(low), _cause_inside().search(low)) if m is not None]
    head = p[:min(ends)] if ends else p
    head = head.strip(_TRIM)
    return head if len(head.split()) >= 2 else None


@cache
def _cause_inside() -> re.Pattern[str]:
    """A cause lead inside a phrase ("... do huyện quản lý"): where the measure's own words end."""
    return re.compile(rf"(?<=[ \t])(?:{phrase_alt(get(CuesLexicon).subjects.cause_leads)})(?!\w)")


def _time_only(p: str, low: str, rx: _Rx) -> bool:
    """A comma piece that opens on a time or an opener and holds nothing else ("cả năm", "tính cả năm chỉ"); the
    caller moves to the piece before it when that one names something ("Cuối năm, toàn xã còn 86 hộ nghèo": no)."""
    return (rx.time_start.match(low) is not None or rx.opener_start.match(low) is not None) \
        and not _LETTER.search(_strip_openers(p))


def time_only(piece: str) -> bool:
    """A piece that is a time and nothing else ("10 tháng", "Trong quý III", "năm 2022"): no thing it names."""
    p = piece.strip(_TRIM)
    return bool(p) and _time_only(p, lower_keep_len(p), _rx())


def _names_something(piece: str, rx: _Rx) -> bool:
    """A comma piece that is a clause of its own, a verb or a cut word in it ("Giá lúa thấp nên lợi nhuận không cao";
    not "Cuối năm", "Trong quý"), naming something."""
    p = piece.strip(" \t)")
    low = lower_keep_len(p)
    return not (rx.opener_piece.match(low) or rx.time_start.match(low)) and bool(_LETTER.search(_strip_openers(p))) \
        and (rx.clause_verb.search(low) is not None or rx.aux_cut.search(low) is not None)


def _clause_head(p: str, low: str, rx: _Rx) -> str | None:
    """The words before the clause verb of a comma piece ("Nhóm ngành du lịch - dịch vụ tiếp tục phát triển ...": the
    sector), when they are a noun phrase of their own (letters, no figure, no opener or predicate word first); else None."""
    cv = rx.clause_verb.search(low)
    if cv is None or _DIGIT.search(p, 0, cv.start()) or not _LETTER.search(p, 0, cv.start()) \
            or rx.opener_piece.match(low) or rx.predicate_start.match(low):
        return None
    head = p[:cv.start()].strip(" \t,")
    return head if len(head.split()) >= 2 else None


def topic_of_clause(whole: str) -> str | None:
    """The noun phrase a clause is about: its words before its first clause verb ("Công tác thanh tra, kiểm tra | được
    triển khai ..."), when they are two words or more, with letters and no figure; else None."""
    low = lower_keep_len(whole)
    cv = _rx().clause_verb.search(low)
    if cv is None or _DIGIT.search(whole, 0, cv.start()):
        return None
    head = whole[:cv.start()].strip(_TRIM)
    return head if len(head.split()) >= 2 and _LETTER.search(head) and not _rx().opener_start.match(lower_keep_len(head)) else None


@cache
def _state_only() -> re.Pattern[str]:
    """A state verb alone, maybe with its degree ("hồi phục", "tăng trưởng khá"): subjects.state_verbs; or the
    momentum of that state kept ("giữ được đà tăng trưởng ổn định"): subjects.state_keepers, state_degrees."""
    c = get(CuesLexicon)
    if not c.subjects.state_verbs:
        return re.compile(r"(?!x)x")
    keep = rf"(?:(?:{phrase_alt(c.subjects.state_keepers)})[ \t]+)?" if c.subjects.state_keepers else ""
    return re.compile(rf"{keep}(?:{phrase_alt(c.subjects.state_verbs)})"
                      rf"(?:[ \t]+(?:{phrase_alt([*c.roles.change_degrees, *c.subjects.state_degrees])}))?")


@cache
def _planned_act() -> re.Pattern[str]:
    """An act that plans a sum (subjects.planned_acts), maybe with the council it is put before (bodies council_bodies)
    and at most three words after it ("trình hđnd tỉnh quyết định"), maybe a copula (roles.copula)."""
    c = get(CuesLexicon)
    if not c.subjects.planned_acts:
        return re.compile(r"(?!x)x")
    council = phrase_alt(get(BodiesLexicon).council_bodies)
    return re.compile(rf"(?:{phrase_alt(c.subjects.planned_acts)})(?:[ \t]+(?:{council})(?:[ \t]+[^\W\d_]+){{0,3}}?)?"
                      rf"(?:[ \t]+(?:{phrase_alt(c.roles.copula)}))?")


@cache  # compiled once: built afresh it cost ~1.3 ms a call (the lexicon lists' alternation written again)
def _heads_and_predicates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    c = get(CuesLexicon).subjects
    return words_re(c.complete_heads), words_re([*c.predicate_start, *c.clause_verbs])


_LIST_PIECE_WORDS = 8  # "doanh nghiệp của xã Ia Le": the short noun phrase a name's comma leaves nearest the figure


def _measure_after_verb(p: str, low: str, nearest: str) -> str | None:
    """The words of comma piece ``p`` from a measure's head on, where a clause verb right after an opener is part of
    a noun ("kết quả đánh giá Bộ chỉ số phục vụ người dân", not "Hội nghị đánh giá tổng thu ngân sách") and the piece nearest the figure, ``nearest``, is a short noun
    phrase going on with the measure's name ("doanh nghiệp của xã"); else None."""
    rx = _rx()
    cut = _last(rx.aux_cut.finditer(low))  # "Số liệu ... cho thấy kết quả đánh giá ...": who tells it is no part
    if cut is not None:
        p, low = p[cut.end():], low[cut.end():]
    opener = rx.opener_start.match(low)  # "kết quả đánh giá": the verb right after an opening noun is a noun's
    verb = rx.clause_verb.match(low, opener.end()) if opener is not None else None
    if verb is None or _DIGIT.search(p) or len(nearest.split()) > _LIST_PIECE_WORDS:
        return None
    heads, preds = _heads_and_predicates()
    head = heads.search(low, verb.end())
    if head is None or preds.search(low, head.end()) or preds.search(lower_keep_len(nearest)):
        return None
    return p[head.start():]


def _measures_listed(pieces: list[str], i: int, rx: _Rx) -> bool:
    """Whether the piece before the ``i``-th from the end (a measure's complete head) opens the clause and names
    measures too, sharing the figure ("Giá trị sản xuất công nghiệp và tổng mức bán lẻ, doanh thu dịch vụ ước đạt"):
    no digit, no clause verb, no opener, a complete head at its start or after a conjunction."""
    if i + 2 != len(pieces):
        return False
    low = lower_keep_len(pieces[0].strip(" \t)"))
    if not low or _DIGIT.search(low) or rx.clause_verb.search(low) or rx.predicate_start.match(low) \
            or rx.opener_piece.match(low) or rx.opener_start.match(low) or rx.time_start.match(low):
        return False
    # the piece opens on a measure, or joins one to it ("... và tổng mức bán lẻ"): a list, not a clause about a quality
    return rx.complete_head.match(low) is not None \
        or any(rx.complete_head.match(low, m.end()) for m in rx.list_join.finditer(low))


def _means_at(pieces: list[str], rx: _Rx) -> int | None:
    """The comma piece, counted back from the figure, that opens a phrase of means listed before the clause."""
    return next((i for i, piece in enumerate(reversed(pieces))
                 if i > 0 and rx.means_lead.match(lower_keep_len(piece.strip(" \t)")))), None)


def _last(ms: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in ms:  # noqa: B007 - the last match is what is wanted
        pass
    return last


def _names_only(p: str) -> bool:
    """The words are only a proper name ("Phượng Sơn", "Côn Sơn - Kiếp Bạc"): each capitalised, or a dash."""
    words = p.split()
    return bool(words) and len(words) <= 6 and all(w[0].isupper() or w in ("-", "–") for w in words)


def measure_head(subject: str) -> bool:
    """The subject opens with a word that names a measure ("tổng", "số lượng", "doanh thu")."""
    return bool(_rx().complete_head.match(lower_keep_len(subject.strip())))


def topic_only(seg: str) -> bool:
    """The words before a figure are only a topic opener and its comma ("Về xây dựng nông thôn
    mới, 2 xã điểm ..."): they name the field, not what a count counts."""
    t = seg.strip()
    if not t.endswith(",") or "," in t[:-1]:
        return False
    low = lower_keep_len(t[:-1].strip())
    return low.startswith(_topic_leads()) and _rx().opener_piece.match(low) is not None


@cache
def _topic_leads() -> tuple[str, ...]:
    """The words that open a topic ("Về ..."), each with the space after it."""
    return tuple(f"{w} " for w in get(CuesLexicon).subjects.topic_leads)


def _measured_head_re(c: CuesLexicon) -> re.Pattern[str]:
    """A thing measured named by its kind at a subject's start (``measured_heads`` and ``complete_heads``); a head
    that opens a longer predicate phrase ("tổng cộng") or is a verb of having ("với") names nothing measured."""
    heads = [h for h in [*c.subjects.measured_heads, *c.subjects.complete_heads] if h not in c.subjects.have_verbs]
    return re.compile(rf"(?!(?:{phrase_alt(c.subjects.predicate)})[ \t]+\S)(?:{phrase_alt(heads)})(?!\w)")


def _drop_numeric_brackets(s: str) -> str:
    """Remove bracketed remarks holding figures ("(giá so sánh 2010)"), saying how a figure is
    reckoned ("(theo giá so sánh)", lexicon ``subject_remarks``) or listing its parts ("(gồm ...)") from a
    subject's words."""
    if "(" not in s:
        return s
    return _remark_brackets().sub(" ", _NUMERIC_BRACKETS.sub(" ", s))


@cache
def _actor() -> re.Pattern[str]:
    """The body acting at a piece's start ("Hội đồng nhân dân tỉnh"; "kỳ họp"), matched on the piece in the new
    spelling (its case kept: a name's capitals count)."""
    units = literal_alt(LOCALITY_KINDS)
    c = get(CuesLexicon)
    # (its head may speak for it, titled: "Chủ tịch UBND tỉnh tặng Bằng khen cho 15 cá nhân", subjects.actor_titles)
    titled = rf"(?:(?:{phrase_alt(c.subjects.actor_titles)})[ \t]+)?" if c.subjects.actor_titles else ""
    # (the levels or partners said with it, "các cấp", "và các ngành": subjects.actor_joined)
    joined = rf"(?:[ \t]+(?:{phrase_alt(c.subjects.actor_joined)})(?!\w))?" if c.subjects.actor_joined else ""
    body = rf"(?:{phrase_alt(c.subjects.actor_heads)})(?:[ \t]+(?:{units}))?(?:[ \t]+(?-i:[{UPPER}][^\W\d_]*))*"
    # (or a person, by a word of address and a name, and the body the person speaks for: "Ông Lê Văn A thay mặt UBND
    # tỉnh", subjects.person_actors, acting_for)
    person = rf"|(?:{phrase_alt(c.subjects.person_actors)})(?:[ \t]+(?-i:[{UPPER}][^\W\d_]*)){{2,5}}" \
             rf"(?:[ \t]+(?:{phrase_alt(c.subjects.acting_for)})[ \t]+{body})?" \
        if c.subjects.person_actors and c.subjects.acting_for else ""
    return re.compile(rf"[ \t]*(?:{titled}{body}{person}){joined}[ \t]+(?=(?-i:[{LOWER}]))", re.IGNORECASE)


def _clause_actor(p: str, framed: bool) -> int | None:
    """Where the words after the body acting start, when the piece nearest a figure opens on that body and comma
    pieces come before it (``framed``): "Với nghị quyết về chủ trương ..., Hội đồng nhân dân tỉnh đồng ý chuyển
    mục đích sử dụng 4,27 ha" is a clause of its own, neither the frame before it nor the body is what is measured."""
    if not framed:
        return None
    ac = _actor().match(new_spelling(p))
    return ac.end() if ac is not None and ac.end() < len(p) else None


@cache
def _place_verb_re() -> re.Pattern[str]:
    """The last comma piece only a unit word acting and one verb ("xã thu", "huyện đạt")."""
    units = literal_alt(LOCALITY_KINDS)
    return re.compile(rf"(?:^|,)[ \t]*(?:{units})[ \t]+(?P<v>[^\W\d_]+)[ \t]*$", re.IGNORECASE)


def _place_verb(s: str) -> str | None:
    """The verb of ``s``'s last comma piece when the piece is only the place acting and that verb: "tính đến ngày
    30-9, xã thu" → "thu"."""
    m = _place_verb_re().search(lower_keep_len(s))
    return m.group("v") if m else None


@cache
def _remark_brackets() -> re.Pattern[str]:
    c = get(CuesLexicon)
    # "(gồm trồng mới và lưu gốc)": the parts of what is measured listed in brackets name no subject of their own
    parts = phrase_alt([*c.facts.breakdown, *c.subjects.name_list_leads])
    # "Dự án khai thác đá tại mỏ B5 (xã An Phú) 2,15 ha": a place in brackets (or a few joined) says where, not what is
    # measured; places are joined as names are (subjects.name_joins)
    place = rf"(?:{literal_alt(LOCALITY_KINDS)})(?:[ \t]+(?-i:[{UPPER}][^\W\d_]*)){{1,4}}"
    return re.compile(rf"\([ \t]*(?:(?:{phrase_alt(c.subjects.subject_remarks)})[ \t]*"
                      rf"|(?:{parts})[ \t:][^()\n]{{0,80}}|{place}(?:[ \t]*(?:,|{phrase_alt(c.subjects.name_joins)})[ \t]*{place})*[ \t]*)\)",
                      re.IGNORECASE)


@cache
def _time_end() -> EndGate:
    """``time_end`` searched only where the text's last letter can end a time phrase (a digit, "năm", "quý" ...)."""
    return EndGate(_rx().time_end)


@lru_cache(maxsize=8192)  # subject phrases recur from figure to figure and report to report; the time
@cache
def _fronted_field() -> re.Pattern[str]:
    """A field named right before the measure it counts in (subjects ``fronted_fields`` before one of
    ``fronted_field_heads``: "trồng trọt tổng diện tích cấy lúa"): the field's words, to drop."""
    fields, heads = get(CuesLexicon).subjects.fronted_fields, get(CuesLexicon).subjects.fronted_field_heads
    if not fields or not heads:
        return re.compile(r"(?!x)x")
    return re.compile(rf"^(?:{phrase_alt(fields)})[ \t]+(?=(?:{phrase_alt(heads)})(?!\w))")


def _strip_openers(s: str) -> str:  # patterns anchored at the end cost a pass over ``s`` each round
    rx = _rx()
    prev = None
    while prev != s:
        prev = s
        low = lower_keep_len(s)
        # the longer of an opener and a time phrase: "trong tháng 10 toàn tỉnh đón" drops the month with its number
        m = max((x for x in (rx.opener_start.match(low), rx.time_start.match(low), _fronted_field().match(low)) if x),
                key=lambda x: x.end(), default=None)
        if m:
            s = s[m.end():].lstrip(" ,")
        low = lower_keep_len(s)
        m = _time_end().search(low)
        if m and m.start() > 0:
            s = s[:m.start()]
    return s.strip(_TRIM)


def strip_openers(s: str) -> str:
    """``s`` without the openers, times and inline openers at its start ("Riêng bệnh X" → "bệnh X")."""
    return _strip_openers(s)


def drop_span_after(lead: str, s: str) -> str:
    """``s`` with the time phrases right after its opening ``lead`` dropped: "lũy kế từ ngày 1/7 đến nay thu" gives
    "lũy kế thu" (the span a cumulative figure runs over names nothing measured)."""
    rx = _rx()
    rest = s[len(lead):]
    prev = None
    while prev != rest:
        prev = rest
        rest = rest.lstrip(" \t,")
        low = lower_keep_len(rest)
        m = rx.time_start.match(low) or rx.opener_start.match(low)
        if m and m.end() > 0:
            rest = rest[m.end():]
    rest = rest.strip(" \t,")
    return f"{s[:len(lead)]} {rest}" if rest else s[:len(lead)]


def _word_before(low: str, at: int) -> str:
    """The word right before ``at`` (lowercased text), or ""."""
    words = low[max(0, at - 16):at].split()
    return words[-1] if words else ""


def _word_after(low: str, at: int) -> str:
    """The word starting at ``at`` (lowercased text), or ""."""
    words = low[at:at + 16].split(maxsplit=1)
    return words[0] if words else ""


def _capitalised_noun(s: str, a: int, at: int) -> bool:
    """A stop word written with a capital inside the phrase ("3 xã đã đón Bằng công nhận đạt chuẩn"): the noun it
    opens (a certificate, a name), not the predicate word it spells in lower case."""
    return a < at < len(s) and s[at].isupper() and s[at - 1] in " \t"


_LIST_PUNCT = re.compile(r"[,;.:()\[\]\n]")


def _kinds_listed(s: str, at: int) -> bool:
    """Lowercase words after a count's copula at ``at`` that run on into a list by a comma ("là người có công, đối
    tượng bảo trợ xã hội, hộ nghèo"): the kinds of what is counted, in apposition. A class that closes its clause or
    a bracket ("15 làng là làng đồng bào dân tộc.", "14/40 đại biểu là nữ (chiếm 35%)") is the phrase's own."""
    first = _WORD.search(s, at, at + 24)
    if first is None or not first.group()[:1].islower():
        return False
    p = _LIST_PUNCT.search(s, at)
    if p is None or p.group() != ",":
        return False
    nxt = _WORD.search(s, p.end(), p.end() + 24)
    return nxt is not None and nxt.group()[:1].islower()


@cache
def _share_bound() -> re.Pattern[str]:
    """A bound right after a share, before the phrase it measures ("90% | trở lên | tổ chức cơ sở đảng ...": cues
    quantities.threshold_after), its spaces after it."""
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).quantities.threshold_after) or '(?!)'})[ \t]+(?=[^\W\d_])")


@cache
def _move_rx() -> tuple[re.Pattern[str], frozenset[str]]:
    c = get(CuesLexicon)
    return (re.compile(rf"{word_alt(c.subjects.follow_move_verbs)}(?!\w)"),
            frozenset(lower_keep_len(w) for w in c.subjects.follow_move_stops))


_MOVE_REACH = 40  # characters before a phrase where the verb of moving its figure may stand


def _moved_before(low: str, a: int, start: int, end: int) -> bool:
    """A destination's stop word ("sang") after a figure moved by a verb before it in the same clause
    ("chuyển đổi khoảng 250 ha đất lúa sang trồng ngô"): cues ``subjects.follow_move_verbs`` / ``follow_move_stops``."""
    verbs, stops = _move_rx()
    if low[start:end] not in stops:
        return False
    last = None
    for m in verbs.finditer(low, max(0, a - _MOVE_REACH), a):
        last = m
    return last is not None and not any(ch in ",;.:()\n" for ch in low[last.end():a])


def following_phrase(s: str, pos: int, max_words: int = 10, counted: bool = False,
                     limit: int | None = None, plan_named: bool = False,
                     joined_actor: bool = False) -> tuple[str | None, int]:
    """The noun phrase right after a figure and where it ends
    ("100% trường học đạt chuẩn" → "trường học đạt chuẩn"). ``plan_named``: a plan's word may open it (the plan
    whose goals a count of goals counts: "22/22 chỉ tiêu nghị quyết")."""
    rx = _rx()
    low = lower_keep_len(s)
    topical = counted and topic_opened(low, pos)  # "4 nghị quyết | về công tác nhân sự": the topic goes with the noun
    if not plan_named and not topical and rx.follow_bad_start.match(low, pos):
        return None, pos
    m = _SPACES.match(s, pos)
    a = m.end() if m else pos
    if s.startswith("%", pos - 1) and (th := _share_bound().match(low, a)) is not None:
        a = th.end()  # "phấn đấu 90% trở lên tổ chức cơ sở đảng được xếp loại ...": the share's bound, then its phrase
    if counted and s.startswith("(", a) and (bracket_end := _names_bracket(s, a, len(s) if limit is None else limit)):
        # "02 xã (Ngọc Vân, Lam Cốt) đang hoàn thiện hồ sơ": the units counted named in brackets, the phrase after them
        a = (m.end() if (m := _SPACES.match(s, bracket_end)) else bracket_end)
    if counted and (other := _word_after(low, a)) in rx.count_others \
            and (m := _SPACES.match(s, a + len(other))) is not None and m.end() < len(s) and s[m.end()].isalpha():
        a = m.end()  # "1 xã khác đã hoàn thiện hồ sơ": other units than those counted before, what they did after
    if a >= len(s) or not s[a].isalpha() or rx.time_start.match(low, a) or rx.time_word.match(low, a):
        return None, pos
    if counted and _word_after(low, a) in _name_copulas() and _kinds_listed(s, a + len(_word_after(low, a))):
        return None, pos  # "1.200 trường hợp là người có công, hộ nghèo": the kinds in apposition, no part of the phrase
    if not counted and _word_after(low, a) in rx.count_prefix:
        counted = True  # "50% số xã đã đạt chuẩn nông thôn mới": a share of a set, named on as a count's noun phrase
    end_at = len(s) if limit is None else min(limit, len(s))
    if counted and (placed := _after_place(s, low, a, end_at)) is not None:
        return placed  # "4.300 hộ ở các huyện Vĩnh Bảo, Tiên Lãng chưa được đấu nối ...": the place is no part of it
    if counted and (agent := _passive_agent_end(s, low, a, end_at)) is not None:
        # "72 cá nhân được Huyện ủy A tặng Giấy khen vì ...": the body that did it is no part of what is counted, the
        # participle and what was done are (up to a cause)
        cause = _cause_word().search(low, agent, end_at)
        acted, acted_end = following_phrase(s, agent, max_words - 1, counted=True,
                                            limit=cause.start() if cause is not None else end_at)
        if acted:
            return f"{_word_after(s, a)} {acted}", acted_end
    stopper = rx.count_follow_stop if counted else rx.follow_stop
    stop = stopper.search(low, a, end_at)
    fields = False  # an offence's field read ("vi phạm về đất đai"): the fields listed after it go on
    while stop:
        if topical and stop.start() == a:
            stop = stopper.search(low, stop.end(), end_at)  # the topic's word; the topics listed after it go on
            if stop and not low[a:stop.start()].split()[1:]:
                stop = stopper.search(low, stop.end(), end_at)  # the topic's first word is none of its stops ("về giảm nghèo")
            fields = True
        elif _ends_compound(low, a, stop.end(), rx.follow_compounds) or _capitalised_noun(s, a, stop.start()):
            stop = stopper.search(low, stop.end(), end_at)  # "42,6 ha mặt bằng cho 9 dự án": "bằng" ends a noun here
        elif (bound := _class_bound().search(low, max(a, stop.start() - _BOUND_LEAD_CHARS), end_at)) is not None \
                and bound.start() <= stop.start() < bound.end() \
                and (had := _had_before().search(low, a, bound.start())) is not None:
            # "100% tàu cá có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát": the bound that says which of them are
            # counted is no part of the phrase, the noun and what they did after it are
            # (the words dropped widen the reach by as many: the phrase as written would have counted them)
            reach = max_words + len(low[had.start():bound.end()].split()) - len(low[a:had.start()].split())
            beyond, beyond_end = following_phrase(s, bound.end(), max(reach, 1), counted=True, limit=limit)
            if beyond:
                return f"{s[a:had.start()].strip()} {beyond}".strip(), beyond_end
            break
        elif counted and (sp := rx.follow_span.match(low, stop.start(), end_at)) is not None:
            stop = stopper.search(low, sp.end(), end_at)  # "3 xã đã qua 30 ngày không ...": a span of days goes on
        elif counted and _domain_of_offence(low, a, stop.start(), stop.end()):
            stop = stopper.search(low, stop.end(), end_at)  # "27 trường hợp vi phạm về đất đai": the offence's field
            fields = True
        elif counted and _field_of_standard(low, a, stop.start(), stop.end()):
            stop = stopper.search(low, stop.end(), end_at)  # "7 xã đạt chuẩn quốc gia về y tế": the standard's field
        elif fields and (listed := _field_listed_at(s, stop.start(), end_at)) is not None:
            # "vi phạm về giá cả, vệ sinh an toàn thực phẩm, phạt tiền ...": the fields listed by commas, each a piece
            # with no figure of its own, up to the clause's next figure
            max_words += len(low[stop.start():listed].split())
            stop = stopper.search(low, listed, end_at)
        elif counted and s.startswith(",", stop.start()) and len(low[a:stop.start()].split()) <= _KINDS_HEAD_WORDS \
                and (kinds := _kinds_to_and(s, low, stop.start(), end_at)) is not None:
            # "17 đợt mưa lớn, lốc, sét, lũ quét và sạt lở đất, làm thiệt hại ...": the kinds counted, listed by commas
            # to the last one joined by "và", each a few words with no figure
            max_words += len(low[stop.start():kinds].split())
            stop = stopper.search(low, kinds, end_at)
        elif (lab := _label_number_end(low, stop.start())) is not None:
            # "98 học sinh lớp 9 được xét công nhận ...": the grade's number; the label and its number name the noun's
            # kind, the phrase may be as much longer
            max_words += LABEL_WORDS
            stop = stopper.search(low, lab, end_at)
        elif (up := _unit_list_at(low, a, stop.start(), end_at)) is not None:
            stop = stopper.search(low, up, end_at)  # "88% xã, phường đạt chuẩn ...": unit words listed by a comma
        elif counted and len(low[a:stop.start()].split()) <= _JOINED_AFTER_WORDS \
                and (s[stop.start():stop.end()].islower() or s[stop.start()] == ",") \
                and (jn := _noun_joined_at(s, low, stop.start(), end_at)) is not None:
            # "1.300 trẻ em mầm non và học sinh tiểu học được hỗ trợ", "... trẻ em mầm non, học sinh phổ thông được miễn
            # học phí": a second counted noun joined with no figure of its own, one count of both (its words beside the
            # first noun's: the phrase may be as much longer)
            max_words += len(low[stop.start():jn].split())
            stop = stopper.search(low, jn, end_at)
        elif _moved_before(low, a, stop.start(), stop.end()):
            stop = stopper.search(low, stop.end(), end_at)  # "chuyển đổi 250 ha đất lúa sang trồng ngô": the destination
        else:
            break
    b = stop.start() if stop else end_at
    every = list(_WORD.finditer(s[a:b]))
    ms = every[:max_words]
    if len(every) > max_words:  # cut by length: end before the verb's aspect word, not inside the verb
        cut = max((i for i, x in enumerate(ms) if i > 0 and lower_keep_len(x.group()) in rx.follow_cut_before), default=None)
        ms = ms[:cut] if cut is not None else ms
        ms = every[:_through_dashes(every, len(ms))]  # "kinh tế - xã hội - quốc phòng": no end inside a dashed compound
        if len(every) - len(ms) <= _SHORT_OF_END and len(ms) == max_words and not rx.time_word.match(low, a + every[-1].start()):
            ms = every  # "hộ tham gia dự án tưới nhỏ giọt với ...": a word short of the phrase's end is no place to cut
        if counted and len(ms) < len(every):
            ms = every[:_through_standard(low, a, every, len(ms))]  # "xã ... đạt chuẩn nông thôn mới nâng cao"
    words = [x.group() for x in ms]
    if not counted and len(ms) >= 2 and (placed := _measured_placed(s, low, a, ms, end_at)) is not None:
        return placed
    names_end = _names_listed(s, stop.end(), end_at) if counted and stop and low.startswith(_name_list()[0], stop.start()) else None
    if names_end is None and counted and stop and s.startswith("(", stop.start()):
        names_end = _names_bracket(s, stop.start(), end_at)  # "3 xã (Tân Lập, Tân Hòa) đạt chuẩn ...": the phrase goes on
    if names_end is not None:  # "2 xã gồm Hoàn Trạch và Hải Trạch đạt chuẩn ...": the phrase goes on after the names
        more = rx.count_follow_stop.search(low, names_end, end_at)
        rest = list(_WORD.finditer(s[names_end:more.start() if more else end_at]))[:max_words]
        if rest:
            words += [x.group() for x in rest]
            ms = rest
            a = names_end
    elif counted and stop and (named := _names_after_noun(s, words, ms, a, end_at)) is not None:
        words, ms, a = named  # "2 xã Bình Sơn và Hiệp Hòa về đích ...": the names stand for the noun, the phrase goes on
    if not ms:
        return None, pos
    if counted and (own := _named_owner(words)) is not None and own >= len(words) - len(ms):
        # "1.480 đảng viên của Đảng bộ xã A": whose they are, by name, is no part of what is counted; what they did
        # after the name is ("25 đảng viên của Đảng bộ được trao tặng Huy hiệu Đảng")
        owner_end = _owner_end(s, a + ms[own - (len(words) - len(ms))].end(), end_at)
        after, after_end = following_phrase(s, owner_end, max_words - own, counted=True, limit=limit) \
            if owner_end is not None else (None, pos)
        if after:
            return " ".join([*words[:own], after]), after_end
        if own == 0:
            return None, pos
        ms = ms[:own - (len(words) - len(ms))]
        words = words[:own]
        if not ms:
            return None, pos
    if counted and (cop := _copula_after_state(words)) is not None:
        words, ms = words[:cop], ms[:cop]  # "01 chỉ tiêu không đạt là số khách du lịch": the copula names which one
    if counted and joined_actor and len(ms) == len(every) \
            and s[a + ms[-1].end():a + ms[-1].end() + 8].lstrip()[:1].isdigit() \
            and (aux := next((i for i, w in enumerate(words) if lower_keep_len(w) in rx.actor_tense),
                             None)) is not None:
        # "lực lượng của quận và 13 phường | đã xử lý 24 trường hợp": the count joined to another actor
        # (``joined_actor``), the verb after the tense word acting on the next figure: the count is one of its actors
        # (a noun of its own; "12 xã đã đạt 9 tiêu chí", the count alone, keeps its verb)
        if aux == 0:
            return None, pos
        words, ms = words[:aux], ms[:aux]
    if (cut := _time_cut(low, a, ms)) is not None:
        words, ms = words[:cut], ms[:cut]  # "đón 450.000 lượt khách trong 6 tháng": the time's first words, cut off by its number
        while ms and rx.follow_stop.fullmatch(lower_keep_len(words[-1])):
            words, ms = words[:-1], ms[:-1]  # "nhiệm vụ trọng tâm của | năm 2026": the word linking to the time
        if not ms:
            return None, pos
    if not counted and lower_keep_len(words[0]) in rx.follow_cut_before:
        # "80 dự án với tổng vốn 10.281 tỷ đồng đã đi vào hoạt động": a verb follows a sum, no noun phrase (a count's
        # noun goes on into its state: "398 hồ sơ đang được xử lý")
        return None, pos
    if lower_keep_len(words[0]) in rx.count_prefix and len(words) > 1:
        words = words[1:]
    if lower_keep_len(words[-1]) in rx.range_words and s[a + ms[-1].end():].lstrip()[:1].isdigit():
        # "kết nối từ 2 điểm cầu cấp tỉnh đến 11 ...": the range word opens the next figure
        if len(words) == 1:
            return None, pos
        words, ms = words[:-1], ms[:-1]
    if counted and len(words) == 1 and rx.follow_stop.fullmatch(words[0].lower()) and s[a + ms[-1].end():].lstrip()[:1].isdigit():
        # "11 sản phẩm của 9 cơ sở": the figure after it opens a phrase of its own; the word stays for it
        return None, pos
    if counted and rx.complete_head.fullmatch(lower_keep_len(" ".join(words))) \
            and _FIGURE_NEXT.match(s, a + ms[-1].end()) is not None:
        # "tặng 2.480 suất quà trị giá 1,24 tỷ đồng": a measure's head before the next figure names that figure
        return None, pos
    return " ".join(words), a + ms[-1].end()


#: a label's small number: one or two digits, no separator and digit after them (no date "19/5", "3-2", no "9,5")
_SMALL_NUMBER = re.compile(r"\d{1,2}(?![\d.,/\-–]?\d)")


@cache
def _label_before() -> re.Pattern[str]:
    """A label word a small number follows, right before where it is searched to ("lớp ", "đợt ": subjects.label_numbers)."""
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.label_numbers)}[ \t]+$")


@cache
def _label_number() -> re.Pattern[str]:
    """A label word and its small number ("lớp 9", "đợt 1", "mũi 3")."""
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.label_numbers)}[ \t]+"
                      rf"{_SMALL_NUMBER.pattern}")


def _label_number_end(low: str, at: int) -> int | None:
    """Where the number at ``at`` ends when it is a label's ("học sinh lớp | 9"); else None."""
    if not low[at:at + 1].isdigit() or _label_before().search(low, max(0, at - _LABEL_CHARS), at) is None:
        return None
    m = _SMALL_NUMBER.match(low, at)
    return m.end() if m is not None else None


@cache
def _offence_end() -> re.Pattern[str]:
    """An offence's noun closing the words searched (subjects.offence_heads), then blanks."""
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.offence_heads)}[ \t]+$")


def _domain_of_offence(low: str, a: int, at: int, end: int) -> bool:
    """The stop word at ``at``..``end`` is the "về" opening an offence's field right after its noun ("trường hợp vi phạm
    | về đất đai", "vụ tội phạm về trật tự xã hội": subjects.offence_fields): part of what is counted."""
    return low[at:end] in get(CuesLexicon).subjects.offence_fields \
        and _offence_end().search(low, max(a, at - _OFFENCE_CHARS), at) is not None


def _field_of_standard(low: str, a: int, at: int, end: int) -> bool:
    """The stop word at ``at``..``end`` is the "về" opening a standard's field (subjects.standard_fields), a standard's
    lead (subjects.standard_leads) at most ``_STANDARD_NAME_WORDS`` words before it in the phrase from ``a``: "7 xã đạt
    chuẩn quốc gia | về y tế", the field part of the standard reached."""
    if low[at:end] not in get(CuesLexicon).subjects.standard_fields:
        return False
    words = low[a:at].split()
    for lead in get(CuesLexicon).subjects.standard_leads:
        lw = lead.split()
        for j in range(len(words) - len(lw) + 1):
            if words[j:j + len(lw)] == lw and len(words) - j - len(lw) <= _STANDARD_NAME_WORDS:
                return True
    return False


#: how far before the stop at a bound's figure the bound's opening word may stand ("từ ")
_BOUND_LEAD_CHARS = 6


@cache
def _class_bound() -> re.Pattern[str]:
    """A bound that names a class: its opening word, a figure, maybe its unit, and the word that makes it a floor or a
    ceiling ("từ 15 m trở lên": quantities range_from, threshold_after)."""
    q = get(CuesLexicon).quantities
    return re.compile(rf"(?:{phrase_alt(q.range_from)})[ \t]+\d[\d.,]*(?:[ \t]*[^\W\d_]{{1,6}})?[ \t]+"
                      rf"(?:{phrase_alt(q.threshold_after)})(?!\w)")


@cache
def _had_before() -> re.Pattern[str]:
    """A verb of having and the measure it has, closing the words searched ("có chiều dài "): subjects.have_verbs."""
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.have_verbs)}[ \t]+[^\W\d][^\d,;:()]{{0,30}}?[ \t]*$")


@cache
def _topic_at() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A noun of texts or goals closing the words searched (subjects.topic_heads), and the word that opens its topic
    after blanks (subjects.offence_fields)."""
    c = get(CuesLexicon)
    return (re.compile(rf"{word_alt(c.subjects.topic_heads)}$"),
            re.compile(rf"[ \t]+(?:{phrase_alt(c.subjects.offence_fields) or '(?!)'})[ \t]+[^\W\d]"))


def topic_opened(low: str, pos: int) -> bool:
    """A count's noun right before ``pos`` is one that names its topic, the topic's word follows, and the count is a
    part of a whole of that noun counted before it in ``low`` (its sentence): "thông qua 18 nghị quyết, gồm: 4 nghị
    quyết | về công tác nhân sự" (the whole's own topics, "thông qua 9 nghị quyết về kinh tế, ngân sách, ...", list what
    it covers: no part of what is counted)."""
    head, field = _topic_at()
    if field.match(low, pos) is None or (h := head.search(low, max(0, pos - _TOPIC_HEAD_CHARS), pos)) is None:
        return False
    return re.search(rf"\d[ \t]+{re.escape(h.group())}(?!\w)", low[:h.start()]) is not None


#: how far back a topic's noun is looked for before the topic's word
_TOPIC_HEAD_CHARS = 16
#: how far back an offence's noun before its field's word is looked for
_OFFENCE_CHARS = 16
#: a comma, then one piece of words (no figure) up to a clause's mark
_LISTED_PIECE_CHARS = 62
_LISTED_PIECE = re.compile(r",[ \t]*[^\W\d_][^,;.:()\[\]\d\n]{0,60}?[ \t]*(?=[,;.:)\n])")


#: the most words of a count's noun phrase before a list of its kinds, of each kind listed, and the most kinds
_KINDS_HEAD_WORDS = 4
_KIND_WORDS = 6
_KINDS_MAX = 6
_KIND_SIDE_WORDS = 3


def _kinds_to_and(s: str, low: str, at: int, end: int) -> int | None:
    """Where a list of kinds that opens with the comma at ``at`` ends: pieces of at most _KIND_WORDS words with no
    figure (:data:`_LISTED_PIECE`), the last one holding a joining word (facts conjunctions, "và"); None where the
    pieces run on past _KINDS_MAX or a longer piece or a figure comes first (a clause of its own)."""
    joins = _check().joins
    pos = at
    for i in range(_KINDS_MAX):
        m = _LISTED_PIECE.match(s, pos)
        if m is None or m.end() > end:
            return None
        piece = s[pos + 1:m.end()].strip()
        words = low[pos + 1:m.end()].split()
        if len(words) > _KIND_WORDS or not piece[:1].islower():
            return None  # a long piece is a clause of its own; a capitalised one a name
        if (j := next((k for k, w in enumerate(words[1:-1], 1) if w in joins), None)) is not None:
            # the last kind, joined: at least two listed before it ("mưa lớn, lốc, sét, lũ quét và sạt lở đất"), each
            # side of the join a kind's few words
            return m.end() if i >= 1 and max(j, len(words) - j - 1) <= _KIND_SIDE_WORDS else None
        if len(words) > _KIND_SIDE_WORDS:
            return None
        pos = m.end()
        if not s.startswith(",", pos):
            return None
    return None


def _field_listed_at(s: str, at: int, end: int) -> int | None:
    """Where the piece after the comma at ``at`` ends when it is one more field listed: words, no figure, closed by a
    mark before ``end`` (or by the sentence's end); else None."""
    if s[at:at + 1] != ",":
        return None
    m = _LISTED_PIECE.match(s, at)
    if m is not None:  # (a piece closed by a colon leads a list of its own: ", như: ...")
        return m.end() if m.end() <= end and not s.startswith(":", m.end()) else None
    rest = s[at + 1:]  # the last field closing the sentence, no mark after it
    if end >= len(s) and len(rest) <= _LISTED_PIECE_CHARS and _LETTER.search(rest) and not _DIGIT.search(rest):
        return len(s)
    return None


def _figure_digit(piece: str) -> bool:
    """A digit in ``piece`` that may be a figure's: any but a label's small number ("Tiêm phòng đợt 1 cho đàn gia súc")."""
    return _DIGIT.search(piece) is not None and _DIGIT.search(_label_number().sub(" ", lower_keep_len(piece))) is not None


#: how far back a label word before its number is looked for
_LABEL_CHARS = 12
#: the words of a label and its number ("lớp 9"), by which a phrase that goes on past them may be longer
LABEL_WORDS = 2


#: a figure next, maybe after its qualifier ("trị giá | hơn 1,2 tỷ đồng")
_FIGURE_NEXT = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+)?\d")


#: how far after a participle the body acting and its name are looked for ("được Huyện ủy Châu Đức")
_AGENT_CHARS = 80


#: the most words of a count's noun before a second counted noun joined to it ("trẻ em | mầm non | và học sinh")
_JOINED_AFTER_WORDS = 3


def _noun_joined_at(s: str, low: str, at: int, end: int) -> int | None:
    """Where the counted noun joined at ``at`` ends, when ``at`` holds a conjunction (facts.conjunctions) or a comma, then a counted
    noun in lowercase (units counted_nouns; a name is no noun of the count) and no figure before the clause ends
    ("| và học sinh phổ thông được ..."); else None."""
    j = _JOIN_WORD.match(low, at)
    if j is None or (j.group(1) is not None and lower_keep_len(j.group(1)) not in _join_words()):
        return None
    n = _counted_noun().match(low, j.end())
    if n is None or not s[n.start():n.end()].islower():
        return None
    close = _CLAUSE_STOP.search(low, n.end(), end)
    upto = close.start() if close else end
    if _DIGIT.search(low, n.end(), upto) or (j.group(1) is None and any(ch.isupper() for ch in s[n.end():upto])):
        return None  # (after a comma, a body named in capitals opens a clause of its own: "..., tập thể UBND tỉnh thống nhất")
    return n.end()


def noun_joined_after(s: str, at: int, end: int) -> int | None:
    """Where a second counted noun ends when a conjunction right after a count's noun (ending at ``at``) joins it with
    no figure of its own ("trên 800 hộ | và doanh nghiệp sản xuất, kinh doanh": one count of both, :func:`_noun_joined_at`);
    None otherwise (a comma there lists what the clause goes on with: no second noun of the count's)."""
    m = _SPACES.match(s, at)
    if m is None or m.end() == at:
        return None
    low = lower_keep_len(s)
    j = _JOIN_WORD.match(low, m.end())
    if j is None or j.group(1) is None:
        return None
    noun_end = _noun_joined_at(s, low, m.end(), end)
    if noun_end is None:
        return None
    close = _CLAUSE_STOP.search(s, noun_end, end)
    after = _WORD.findall(s, noun_end, close.start() if close else end)[:_NAMED_WITHIN]
    if any(w[:1].isupper() for w in after):
        return None  # "8 phòng học và nhà đa năng Trường Mầm non A", "8 phường và đặc khu Cồn Cỏ": one named, no count
    return noun_end


#: the most words after a second noun joined to a count's in which a capitalised name makes it one thing named
_NAMED_WITHIN = 4


_JOIN_WORD = re.compile(r"(?:,|([^\W\d_]+))[ \t]+")  # a conjunction (group 1) or a comma
_CLAUSE_STOP = re.compile(r"[,;.:()\n]")


@cache
def _join_words() -> frozenset[str]:
    return frozenset(lower_keep_len(w) for w in get(CuesLexicon).facts.conjunctions)


@cache
def _counted_noun() -> re.Pattern[str]:
    return starts_re(get(UnitsLexicon).counted_nouns)


def _passive_agent_end(s: str, low: str, a: int, end: int) -> int | None:
    """Where the words after the body acting start, when a count's phrase opens on a participle and that body
    (subjects.participles, actor_heads: "được UBND huyện tặng", "được Huyện ủy Châu Đức khen thưởng"); None
    otherwise."""
    w = _word_after(low, a)
    if w not in get(CuesLexicon).subjects.participles:
        return None
    at = a + len(w)
    ac = _actor().match(new_spelling(s[at:min(end, at + _AGENT_CHARS)]))
    return at + ac.end() if ac is not None and at + ac.end() < end else None


@cache
def _cause_word() -> re.Pattern[str]:
    """A cause's lead as a whole word (subjects.cause_leads: "vì", "do")."""
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.cause_leads)}(?!\w)")


def _named_owner(words: list[str]) -> int | None:
    """The index of an owner's lead followed by a proper name among a count's words ("đảng viên | của Đảng bộ xã A",
    subjects.owner_leads); None when there is none (a lowercase owner, "ý kiến của cử tri", and a plan written short,
    "chỉ tiêu chủ yếu của KH năm" (subjects.goal_owners), are the phrase's)."""
    c = get(CuesLexicon).subjects
    return next((j for j in range(len(words) - 1)
                 if lower_keep_len(words[j]) in c.owner_leads and words[j + 1][:1].isupper()
                 and lower_keep_len(words[j + 1]) not in c.goal_owners), None)


def _owner_end(s: str, at: int, end: int) -> int | None:
    """Where the words after the owner's name that starts after ``at`` (right after its lead) start, when the name
    runs, with no mark, to a participle or a tense word opening what the things counted did or got ("của Đảng bộ |
    được trao tặng ...": subjects.participles, follow_cut_before); None when no such word follows it."""
    c = get(CuesLexicon).subjects
    m = _WORD.search(s, at, end)
    if m is None or not m.group()[:1].isupper():
        return None
    for w in _WORD.finditer(s, m.start(), min(end, at + _AGENT_CHARS)):
        low_w = lower_keep_len(w.group())
        if low_w in c.participles or low_w in c.follow_cut_before:
            return w.start()
        if not w.group()[-1:].isalnum():
            return None  # a mark ends the name with nothing after it
    return None


def drop_count_total(s: str) -> str:
    """``s`` (a count's words before it) without a word of totality at its end ("đạt toàn bộ | 14 chỉ tiêu":
    subjects.count_totals); ``s`` otherwise."""
    m = _count_total_end().search(s)
    return s[:m.start()].rstrip(_TRIM) if m is not None else s


@cache
def _count_total_end() -> re.Pattern[str]:
    totals = get(CuesLexicon).subjects.count_totals
    return re.compile(rf"(?:^|(?<=[ \t]))(?i:{phrase_alt(totals)})[ \t]*$") if totals else re.compile(r"(?!)")


def drop_named_owner(s: str) -> str:
    """``s`` without an owner named at its end ("trao Cờ thi đua | của UBND TPHCM", "Bằng khen của Thủ tướng Chính
    phủ"): the lead, then capitalised words and locality kinds only; ``s`` when it ends otherwise."""
    m = _owner_tail().search(s)
    return s[:m.start()] if m is not None and m.start() > 0 else s


@cache
def _owner_tail() -> re.Pattern[str]:
    leads = get(CuesLexicon).subjects.owner_leads
    if not leads:
        return re.compile(r"(?!)")
    units = literal_alt(LOCALITY_KINDS)
    return re.compile(rf"[ \t]+(?i:{phrase_alt(leads)})(?:[ \t]+[{UPPER}][^\s,;:()]*)"
                      rf"(?:[ \t]+(?:[{UPPER}][^\s,;:()]*|(?i:{units})))*[ \t]*$")


#: the most lowercase words of a place noun between a place lead and the names ("thành phố", "tổ dân phố")
_PLACE_NOUN_WORDS = 3
#: how far the place lead, noun and first name are looked for; the most words kept after the names
_PLACE_HEAD_CHARS = 80
_PLACE_REST_WORDS = 10


def _measured_placed(s: str, low: str, a: int, ms: list[re.Match[str]], end: int) -> tuple[str, int] | None:
    """A measure's noun, where it is ("ở các xã A, B", :func:`_after_place`) and what befell it after the names:
    "320 ha lúa ở các xã Cam Hải, Cam Phước phải bỏ hoang" → "lúa phải bỏ hoang"; None with no such place."""
    leads = get(CuesLexicon).subjects.count_place_leads
    j = next((i for i, x in enumerate(ms) if i > 0 and lower_keep_len(x.group()) in leads), None)
    if j is None or (placed := _after_place(s, low, a + ms[j].start(), end)) is None:
        return None
    return " ".join([*(x.group() for x in ms[:j]), placed[0]]), placed[1]


def _after_place(s: str, low: str, a: int, end: int) -> tuple[str, int] | None:
    """A count's phrase opened by where the things counted are ("ở các huyện A, B", cues subjects.count_place_leads,
    count_place_dets) and going on after the names in lowercase ("chưa được đấu nối ..."): those words and where they
    end; None otherwise (no such lead, no names, nothing after them)."""
    c = get(CuesLexicon)
    if _word_after(low, a) not in c.subjects.count_place_leads:
        return None
    every = list(_WORD.finditer(s, a, min(end, a + _PLACE_HEAD_CHARS)))
    j = 2 if len(every) > 1 and lower_keep_len(every[1].group()) in c.subjects.count_place_dets else 1
    k = j
    while k < len(every) and k - j < _PLACE_NOUN_WORDS and every[k].group()[:1].islower():
        k += 1
    if k == j or k >= len(every) or not every[k].group()[:1].isupper():
        return None
    names_end = _names_listed(s, every[k].start(), end)
    if names_end is None:
        return None
    rx = _rx()
    more = rx.count_follow_stop.search(low, names_end, end)
    while more is not None and _ends_compound(low, names_end, more.end(), rx.follow_compounds):
        more = rx.count_follow_stop.search(low, more.end(), end)  # "chưa bàn giao mặt bằng": "bằng" ends a noun here
    rest = list(_WORD.finditer(s, names_end, more.start() if more else end))[:_PLACE_REST_WORDS]
    if not rest or not rest[0].group()[:1].islower():
        return None
    return " ".join(x.group() for x in rest), rest[-1].end()


def _copula_after_state(words: list[str]) -> int | None:
    """Where a copula opens an apposition in a count's phrase, after words of the phrase's own and before lowercase
    words ("chỉ tiêu | không đạt | là số khách du lịch": which one it is, no part of what is counted); None when there
    is none. A copula right after the noun ("14/40 đại biểu là nữ") or before names ("là Hoàn Trạch và Hải Trạch") is
    the phrase's own."""
    copulas = _name_copulas()
    for j in range(1, len(words) - 1):
        if lower_keep_len(words[j]) in copulas and words[j + 1][:1].islower():
            return j
    return None


@cache
def _name_copulas() -> frozenset[str]:
    """The copulas between a count's noun and the names of what it counts ("2 xã là Hoàn Trạch và Hải Trạch về
    đích ...", subjects.name_list_copulas): no part of the phrase."""
    return frozenset(w.lower() for w in get(CuesLexicon).subjects.name_list_copulas)


def _names_after_noun(s: str, words: list[str], ms: list[re.Match[str]], a: int,
                      end: int) -> tuple[list[str], list[re.Match[str]], int] | None:
    """A count's noun followed straight by the proper names of what is counted, joined ("2 xã Bình Sơn và Hiệp Hòa
    về đích nông thôn mới", "3 phường A, B, C hoàn thành ..."): the noun (when the phrase holds it) and the words
    after the names, where the lowercase phrase goes on; None when the words after the noun are not all names or no
    list goes past them."""
    if not words:
        return None
    k = 1 if words[0][:1].islower() else 0  # the noun is this phrase's own, or the figure's unit before it
    cop = 1 if len(words) > k + 1 and lower_keep_len(words[k]) in _name_copulas() else 0  # "2 xã là A và B ..."
    if k and not cop and len(words) > 1 and lower_keep_len(words[0]) in _name_copulas():
        k, cop = 0, 1  # the figure's unit before the copula: "2 xã | là A và B về đích ..."
    if len(words) <= k + cop or not all(w[:1].isupper() for w in words[k + cop:]):
        return None
    names_end = _names_listed(s, a + ms[k + cop - 1].end() if k + cop else a, end)
    if names_end is None or names_end <= a + ms[-1].end():
        return None
    head = _WORD.search(s, names_end, end)  # the predicate's first word may be a stop word itself ("về đích")
    if head is None or not head.group()[:1].isalpha() or not head.group()[:1].islower():
        if cop:  # "số xã đạt dưới 5 tiêu chí còn 2 xã là A và B.": the names close it, the noun alone is the phrase
            return words[:k], ms[:k], names_end
        return None  # the names close the clause: no predicate
    more = _rx().count_follow_stop.search(low := lower_keep_len(s), head.end(), end)
    noun_at = None  # "2 xã A và B đã đón Bằng công nhận ...": a stop word with a capital opens a noun, the phrase goes on
    while more is not None and _capitalised_noun(s, head.start(), more.start()):
        noun_at = more.start() if noun_at is None else noun_at
        more = _rx().count_follow_stop.search(low, more.end(), end)
    rest = list(_WORD.finditer(s[names_end:more.start() if more else end]))[:8]
    # (an abbreviation in capitals is no name: "về đích NTM")
    if any(not x.group()[:1].isalpha() or (x.group()[:1].isupper() and not (len(x.group()) > 1 and x.group().isupper())
                                           and (noun_at is None or names_end + x.start() < noun_at))
           for x in rest):
        return None  # "3 xã A, B và C của huyện D": a place the names belong to, no predicate of theirs
    return words[:k] + [x.group() for x in rest], rest, names_end


#: the most words of the piece nearest a figure that a measure named before its comma runs on through
_PAIR_HALF_WORDS = 2

#: the most words of a standard's name after its lead ("nông thôn mới nâng cao")
_STANDARD_NAME_WORDS = 6


def _through_standard(low: str, a: int, words: list[re.Match[str]], n: int) -> int:
    """How many of a count's ``words`` (offsets from ``a`` in ``low``) a phrase cut after ``n`` of them keeps when a
    standard's lead is among the first ``n`` (subjects.standard_leads: "xã được công nhận đạt chuẩn | nông thôn mới"):
    on through the standard's name, at most ``_STANDARD_NAME_WORDS`` after the lead, never into an aspect word
    ("đã") or a time before its number ("năm 2020")."""
    rx = _rx()
    low_words = [lower_keep_len(w.group()) for w in words]
    lead_end = None
    for lead in get(CuesLexicon).subjects.standard_leads:
        lw = lead.split()
        for j in range(n):  # a lead that opens among the words kept, maybe running past the cut ("... đạt | chuẩn")
            if low_words[j:j + len(lw)] == lw:
                lead_end = max(lead_end or 0, j + len(lw))
    if lead_end is None:
        return n
    k = n
    while k < min(len(words), lead_end + _STANDARD_NAME_WORDS):
        w = lower_keep_len(words[k].group())
        if w in rx.follow_cut_before or _time_at().match(low, a + words[k].start()) \
                or _opener_at().match(low, a + words[k].start()):
            break
        k += 1
    return k


#: the most words at a phrase's end a time cut off by its number may open ("trong năm | 2026")
_TIME_LEAD_WORDS = 3


def _time_cut(low: str, a: int, ms: list[re.Match[str]]) -> int | None:
    """Where a phrase's words (offsets from ``a`` in ``low``) stop when its last words open a time that runs on past
    them ("đảng viên mới trong năm | 2026": the phrase ended at the number), the earliest such word; else None."""
    end = a + ms[-1].end()
    cut = None
    for j in range(len(ms) - 1, max(-1, len(ms) - 1 - _TIME_LEAD_WORDS), -1):
        if (tm := _time_at().match(low, a + ms[j].start())) is not None and tm.end() > end:
            cut = j
    return cut


@cache
def _time_at() -> re.Pattern[str]:
    """A time phrase (periods.time_patterns) where the match starts."""
    return re.compile(rf"{_time()}(?!\w)")


@cache
def _opener_at() -> re.Pattern[str]:
    """An opener (subjects.openers) where the match starts, a whole word."""
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).subjects.openers)})(?!\w)")


_DASHES = frozenset("-–—")
_SHORT_OF_END = 1


def _through_dashes(words: list[re.Match[str]], n: int) -> int:
    """How many of ``words`` a phrase cut after ``n`` of them keeps when the cut falls in a series joined by dashes
    ("phát triển kinh tế - xã | hội - quốc phòng"): on through the series, each member after a dash of two syllables
    (as most are: "xã hội", "quốc phòng", "xây dựng"), at most six words more."""
    k = n
    while 0 < k < len(words) and k < n + 6:
        if words[k - 1].group() in _DASHES or words[k].group() in _DASHES or (k > 1 and words[k - 2].group() in _DASHES):
            k += 1
        else:
            break
    return k


@cache
def _noun_kinds() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """The nouns of each kind listed as one (units noun_kinds; the locality kinds with the places), each with a comma
    and a noun of its kind after it, a whole word ("xã, phường", "bản, làng", "cơ quan, đơn vị")."""
    kinds = {k: tuple(ns) for k, ns in get(UnitsLexicon).noun_kinds.items()}
    kinds["places"] = tuple(dict.fromkeys([*kinds.get("places", ()), *LOCALITY_KINDS]))
    return tuple((ns, re.compile(rf",[ \t]*(?:{phrase_alt(ns)})(?!\w)")) for ns in kinds.values())


def _unit_list_at(low: str, a: int, at: int, end: int) -> int | None:
    """Where a list of nouns of one kind that a comma at ``at`` goes on ends, when the phrase from ``a`` ends with a
    noun of that kind there ("xã, phường đạt chuẩn quốc gia về y tế", "bản, làng đạt văn hóa" name one set); else
    None."""
    if low[at:at + 1] != ",":
        return None
    for nouns, comma in _noun_kinds():
        if _ends_compound(low, a, at, nouns) and (m := comma.match(low, at, end)) is not None:
            return m.end()
    return None


def _ends_compound(low: str, a: int, end: int, compounds: tuple[str, ...]) -> bool:
    """``low[a:end]`` ends with one of the compounds, a whole word."""
    for c in compounds:
        start = end - len(c)
        if start >= a and low.startswith(c, start) and (start == a or not low[start - 1].isalnum()):
            return True
    return False


@cache
def _name_list() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The words that open a list of names after a count's noun ("2 xã gồm ..."), and one item of such
    a list: a comma, a word that joins names (matched as written) or a word."""
    c = get(CuesLexicon)
    return tuple(c.subjects.name_list_leads), re.compile(rf"[ \t]*(?:(,)|({literal_alt(c.subjects.name_joins)})(?!\w)"
                                                         r"|([^\W\d_][\w'’-]*))")


#: the longest bracket of names read after a counted noun
NAMES_BRACKET_CHARS = 80


def _names_bracket(s: str, at: int, end: int) -> int | None:
    """The end of a bracket at ``at`` that holds only proper names listed ("(Ngọc Vân, Lam Cốt)", "(A và B)"): the
    units counted, named in apposition; the counted noun's phrase goes on after it. None for any other bracket
    ("(tăng 2 xã)", "(kế hoạch 30 xã)")."""
    close = s.find(")", at, min(end, at + NAMES_BRACKET_CHARS))
    if close < 0:
        return None
    last = _names_listed(s, at + 1, close + 1)
    return close + 1 if last is not None and not s[last:close].strip() else None


def _names_listed(s: str, pos: int, end: int) -> int | None:
    """End of a list of proper names right after ``pos`` ("Hoàn Trạch và Hải Trạch", "A, B và C"),
    where the lowercase words go on; None when no name opens it or nothing follows it."""
    last = None
    want_name = True
    p = pos
    name_word = _name_list()[1]
    while p < end:
        m = name_word.match(s, p, end)
        if not m:
            break
        if m.group(3) and m.group(3)[0].isupper():
            last, want_name = m.end(), False
        elif (m.group(1) or m.group(2)) and not want_name:
            want_name = True
        else:
            break
        p = m.end()
    return last if last is not None and not want_name and last < end else None


_NOT_WORD = re.compile(r"[^\w%²³/-]+")
_UNIT_SPLIT = re.compile(r"[ /]+")


@dataclass(frozen=True, slots=True)
class _Check:
    unit_words: frozenset[str]
    bare_counters: frozenset[str]
    cue_words: frozenset[str]
    cue_folds: frozenset[str]  # cue words as printed with a tone mark astray ("tặng")
    growth: frozenset[str]
    basis: re.Pattern[str]
    estimate_lead: re.Pattern[str]
    joins: frozenset[str]  # the conjunctions, lowercased
    done_only: re.Pattern[str]
    modals: frozenset[str]  # a duty's modals ("phải"): alone, no thing measured
    when_only: frozenset[str]  # words of when alone ("có thời điểm"): no thing measured
    average_only: frozenset[str]  # the word of an average alone ("bình quân"): the measure named before


@cache
def _check() -> _Check:
    c = get(CuesLexicon)
    u = get(UnitsLexicon)
    units = {*u.scales, *u.currencies, *u.percent, *u.measures}
    cue_words = {*c.roles.increase, *c.roles.decrease, *c.roles.level, *c.roles.plan_over, *c.roles.plan_under, *c.subjects.predicate,
                 *c.roles.estimate, *c.roles.basis_lead, *(w for ws in c.quantities.qualifiers.values() for w in ws),
                 *c.repair.glued_cues, *c.facts.cumulative, *c.subjects.level_after}
    plan = phrase_alt([*c.roles.plan_heads, *c.roles.comparison_heads])
    lead = phrase_alt(c.roles.basis_lead)
    return _Check(
        unit_words=frozenset(w for p in units for w in lower_keep_len(p).split()),
        bare_counters=frozenset(c.subjects.bare_counters),
        cue_words=frozenset(lower_keep_len(w) for w in cue_words),
        cue_folds=frozenset(fold(w) for w in c.repair.before_percent),
        growth=frozenset(lower_keep_len(w) for w in growth_words()),
        estimate_lead=re.compile(rf"(?:{phrase_alt(c.roles.estimate)})[ \t]+(?=\S)"),
        joins=frozenset(lower_keep_len(w) for w in c.facts.conjunctions),
        # a tense word and a verb of completion, no noun: "đã hoàn thành"
        done_only=re.compile(rf"(?:(?:{phrase_alt(c.subjects.tense_aux)})[ \t]+)?(?:{phrase_alt(c.facts.completion_verbs)})"),
        modals=frozenset(lower_keep_len(w) for w in c.subjects.duty_modals),
        when_only=frozenset(lower_keep_len(w) for w in c.subjects.when_only),
        average_only=frozenset(lower_keep_len(w) for w in c.subjects.average_only),
        # "so dự toán giao", "xã giao", "kế hoạch năm", "cùng kỳ năm 2022": a plan or comparison, no subject
        basis=re.compile(rf"^(?:(?:{lead})[ \t]+)?(?:{plan})(?:[ \t]+(?:{literal_alt(c.subjects.basis_tails)}|\d{{4}}))*$"),
    )


@lru_cache(maxsize=8192)
def subject_problem(subject: str | None, unit: str | None = None) -> str | None:
    """Why ``subject`` is not a subject a reader would write, or None when it is one.

    "unit": only unit words ("tỉ đồng", "lượt"); "cue": only cue words ("tặng", "đạt"); "basis":
    a plan or comparison ("so dự toán giao", "xã giao"); "opener": it starts with an opener
    ("Trong cơ cấu, ..."). ``unit`` (a fact's counted noun) is allowed as a subject on its own
    unless it is a bare counter ("lượt", "người").
    """
    if not subject:
        return None
    ck = _check()
    low = _NOT_WORD.sub(" ", lower_keep_len(subject)).strip()
    words = low.split()
    if not words:
        return "unit"
    joined = " ".join(words)
    if joined in ck.when_only:
        return "cue"  # "..., có thời điểm lên 80.000 đồng/chục", "... đầu nhiệm kỳ đến nay giảm xuống còn 36%": when, not what
    if joined in ck.average_only:
        return "cue"  # "...; bình quân 6 tháng tăng 4,52%": the average of the measure named before, not a thing
    if len(words) <= 4:
        if all(w in ck.unit_words or w.isdigit() for w in _UNIT_SPLIT.split(low) if w):
            return "unit"
        low = " ".join(words)
        if low in ck.bare_counters:
            return "unit"
        if words[0] in ck.bare_counters and len(words) > 1 and ck.done_only.fullmatch(" ".join(words[1:])):
            return "unit"  # "cuộc đã hoàn thành" (of "với 12/12 cuộc đã hoàn thành"): the counter and its state, no thing
        if unit and low.split("/")[0].strip() == lower_keep_len(unit):
            if low.split()[0] in ck.bare_counters and "/" in low:
                return "unit"  # "lượt xe/ngày": a counter and its noun as a rate name no measured thing
            return None  # "16 chỉ tiêu": the counted noun names what is counted
        if (all(w in ck.cue_words or fold(w) in ck.cue_folds for w in words) or low in ck.cue_words) and \
                low not in ck.growth:
            return "cue"  # "tăng trưởng" alone is the growth measured, a noun
        if ck.done_only.fullmatch(low) or low in ck.modals:
            return "cue"  # "đợt tiêm phòng ... đã hoàn thành, đạt tỉ lệ 90%": "hoàn thành", "phải" alone name nothing measured
    if ck.basis.match(low) and not (unit and low.startswith(lower_keep_len(unit) + " ")):
        return "basis"  # ("chỉ tiêu đề ra" of "trong 32 chỉ tiêu đề ra": the noun counted, named with its setting)
    if "," in subject and _rx().opener_start.match(lower_keep_len(subject.strip())):
        return "opener"
    return None


def done_clause_subject(seg: str, done: str) -> str | None:
    """What a clause names before its verb of completion, when that verb is all the words before a figure give
    ("đợt 1 tiêm phòng gia súc, gia cầm năm 2025 đã hoàn thành, đạt tỉ lệ 90%": "đợt 1 tiêm phòng gia súc, gia
    cầm"): the clause's words (after its last ";" or ":") before ``done``, without the tense word and the time at
    their end; None when ``done`` is not there or nothing is left."""
    clause = _CHAIN_BREAK.split(seg)[-1]
    at = lower_keep_len(clause).rfind(lower_keep_len(done))
    if at <= 0:
        return None
    head = clause[:at].strip(_TRIM)
    words = head.split()
    tense = get(CuesLexicon).subjects.tense_aux
    for w in sorted(tense, key=len, reverse=True):
        if lower_keep_len(head).endswith(" " + w):
            head = head[:len(head) - len(w)].rstrip(_TRIM)
            break
    if (m := _time_end().search(lower_keep_len(head))) is not None:
        head = head[:m.start()].rstrip(_TRIM)
    head = _strip_openers(head).strip(_TRIM)
    return head if words and _LETTER.search(head) else None


@cache
def _qualifier_compound_end() -> re.Pattern[str]:
    return re.compile(rf"{word_alt(get(CuesLexicon).quantities.qualifier_compounds)}[ \t,:]*$")


@cache
def _place_adjunct() -> re.Pattern[str]:
    # (one lookbehind a verb the adjunct's word makes a verb with, "xoay quanh": of fixed length each)
    verbs = "".join(f"(?<!{re.escape(v)}[ \t])" for v in get(CuesLexicon).subjects.place_adjunct_verbs)
    return re.compile(rf"(?<=[ \t]){verbs}(?:{phrase_alt(get(CuesLexicon).subjects.place_adjuncts)})(?=[ \t]+\S)")


@lru_cache(maxsize=8192)  # subjects recur from figure to figure and report to report
def clean_subject(subject: str | None) -> str | None:
    """A subject without what no reader would write around it: an opener piece before it ("Trong
    cơ cấu, ..."), unit words after it ("Tổng vốn đăng ký tỉ đồng")."""
    if not subject:
        return subject
    ck = _check()
    s = subject
    if "," in s and _rx().opener_start.match(lower_keep_len(s)):
        head, _, rest = s.partition(",")
        if rest.strip() and _rx().opener_piece.match(lower_keep_len(head.strip())):
            s = rest
    if _extras().search(s) is not None:  # one scan for the three below: most subjects need none of them
        s = _drop_source(s)
        if not s:
            return None
        s = _drop_place_opener(_after_quote(s))
    if (ex := _exclusion_lead().search(lower_keep_len(s))) is not None and _LETTER.search(s, 0, ex.start()):
        s = s[:ex.start()]  # "thu nội địa (không kể tiền sử dụng đất)": what the figure leaves out is a remark
    m = ck.estimate_lead.match(lower_keep_len(s))
    if m and len(s[m.end():].split()) >= 2:  # "Ước thu ngân sách": the estimate is said by the fact
        s = s[m.end():]
    if (pa := _place_adjunct().search(lower_keep_len(s))) is not None and len(s[:pa.start()].split()) >= 2:
        s = s[:pa.start()]  # "nghiên cứu tại Khu di tích Mỹ Sơn": the place is where, not what, is measured
    low = lower_keep_len(s).rstrip()
    for filler in get(CuesLexicon).subjects.trailing_fillers:
        if low.endswith(" " + filler) and len(s.split()) > len(filler.split()) + 1:
            s = s.rstrip()[:-len(filler)]  # "tiêm phòng liều vắc xin các loại": every kind of it, no part of it
            break
    low = lower_keep_len(s).rstrip()
    for word in get(CuesLexicon).subjects.trailing_ordinals:
        if low.endswith(" " + word) and len(s.split()) > len(word.split()) + 1:
            s = s.rstrip()[:-len(word)].rstrip()  # "trao Huy hiệu Đảng đợt (19/5)": the round's number a date, gone
            break
    s = _drop_trailing_adverb(drop_leading_adverb(s))
    low = lower_keep_len(s).rstrip()
    for word in get(CuesLexicon).subjects.dangling_prepositions:
        if low.endswith(" " + word) and len(s.split()) > len(word.split()) + 1:
            s = s.rstrip()[:-len(word)].rstrip()  # "... có thành tích xuất sắc trong": the preposition's object cut off
            break
    words = s.split()
    if len(said := _said_once(words)) < len(words):
        words, s = said, " ".join(said)
    last = words[-1].lower() if words else ""
    if len(words) > 1 and (last in ck.unit_words or "/" in last) \
            and lower_keep_len(" ".join(words[-2:])) not in get(CuesLexicon).subjects.unit_ending_nouns:
        while len(words) > 1 and all(w in ck.unit_words for w in lower_keep_len(words[-1]).split("/") if w):
            words.pop()
        s = " ".join(words)
    # a remark dropped from the middle ("Tổng giá trị sản xuất (giá SS 2010) trên địa bàn") leaves one space
    out = " ".join(s.split()).strip(_TRIM)
    # "Tổng sản phẩm trên địa bàn (GRDP)": a bracket the subject opens closes in it (the trim above took its ")")
    return out + ")" * (out.count("(") - out.count(")")) if out else None


def appointed_body(s: str) -> str:
    """``s`` from the body that its last appointing verb names, where that body's name opens with a capital
    ("công bố quyết định của Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã": subjects.appointing_verbs
    before subjects.appointed_bodies): the body appointed is what its members counted make up, the act no part of
    it. Read on the words before a count ("... gồm 33 đồng chí"), not on a phrase after one ("100% thôn thành lập
    Tổ ...": the places that set the body up are counted)."""
    last = None
    for m in _appointed_at().finditer(lower_keep_len(s)):
        if s[m.start(1)].isupper():
            last = m
    return s[last.start(1):] if last is not None else s


@cache
def _appointed_at() -> re.Pattern[str]:
    c = get(CuesLexicon)  # an empty list makes word_alt / phrase_alt match nothing
    verbs, bodies = word_alt(c.subjects.appointing_verbs), phrase_alt(c.subjects.appointed_bodies)
    return re.compile(rf"{verbs}[ \t]+((?:{bodies})(?=[ \t]+\w))")


@cache
def _exclusion_lead() -> re.Pattern[str]:
    """A lead of what a figure leaves out, after a word, a comma or a bracket ("không kể", subjects.exclusion_leads)."""
    leads = get(CuesLexicon).subjects.exclusion_leads
    return re.compile(rf"(?<=[ \t,(])(?:{phrase_alt(leads)})(?!\w)") if leads else re.compile(r"(?!)")


def drop_leading_adverb(s: str) -> str:
    """``s`` without an adverb of "only so far" opening it ("mới giải ngân": subjects.leading_adverbs), where two words
    are left."""
    leads = _leading_adverbs()
    low = lower_keep_len(s)
    if not low.startswith(leads):
        s = _drop_decision(s, low)
        return _drop_leading_verb(s, lower_keep_len(s))  # (most subjects: one test each)
    for lead in leads:
        if low.startswith(lead) and len(low[len(lead) - 1:].split()) >= 2:
            s = s[len(lead) - 1:].lstrip(_TRIM)
            return _drop_decision(s, lower_keep_len(s))
    return s


#: the words a subject keeps after a leading decision dropped (subjects.leading_decisions)
_DECIDED_WORDS = 3


def _drop_decision(s: str, low: str) -> str:
    """``s`` without a body's verb of deciding opening it before the deed decided ("quyết nghị miễn học phí học sinh":
    subjects.leading_decisions), where ``_DECIDED_WORDS`` words are left."""
    decisions = _leading_decisions()
    if not low.startswith(decisions):
        return s
    for lead in decisions:
        if low.startswith(lead) and len(low[len(lead):].split()) >= _DECIDED_WORDS:
            return s[len(lead):].lstrip(_TRIM)
    return s


@cache
def _leading_decisions() -> tuple[str, ...]:
    """subjects.leading_decisions, each with its blank after it, the longer first."""
    return tuple(sorted((f"{w} " for w in get(CuesLexicon).subjects.leading_decisions), key=len, reverse=True))


def _drop_leading_verb(s: str, low: str) -> str:
    """``s`` without a verb of carrying out, reaching or raising opening it right before a measure's name ("Thực hiện
    thu ngân sách", "đạt tổng giá trị sản xuất": subjects.leading_verbs before leading_verb_heads)."""
    if (m := _leading_verb().match(low)) is None:
        return s
    return s[m.end():].lstrip(_TRIM)


@cache
def _leading_verb() -> re.Pattern[str]:
    verbs, heads = get(CuesLexicon).subjects.leading_verbs, get(CuesLexicon).subjects.leading_verb_heads
    if not verbs or not heads:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{phrase_alt(verbs)})[ \t]+(?=(?:{phrase_alt(heads)})[ \t]+\w)")


@cache
def _leading_adverbs() -> tuple[str, ...]:
    """subjects.leading_adverbs, each with its blank after it ("mới "), in the lexicon's order (the longer first)."""
    return tuple(f"{w} " for w in get(CuesLexicon).subjects.leading_adverbs)


def _drop_trailing_adverb(s: str) -> str:
    """``s`` without an adverb of time or completion closing it ("tổng diện tích hiện", "thu hoạch dứt điểm":
    subjects.trailing_adverbs), unless the adverb's syllable ends a word of adverb_compounds ("phát hiện") or nothing
    would be left."""
    low = lower_keep_len(s).rstrip(_TRIM)
    for word in get(CuesLexicon).subjects.trailing_adverbs:
        if not low.endswith(" " + word) or len(low.split()) <= len(word.split()):
            continue
        if any(low.endswith(" " + cpd) or low == cpd for cpd in get(CuesLexicon).subjects.adverb_compounds):
            return s
        return s[:len(low) - len(word)].rstrip(_TRIM)
    return s


#: the most words of a verb said twice around a join ("hoàn thành và hoàn thành vượt mức")
REPEAT_MOST = 3


@cache
def _repeat_joins() -> frozenset[str]:
    return frozenset(get(CuesLexicon).subjects.repeat_joins)


def _said_once(words: list[str]) -> list[str]:
    """``words`` with a verb said twice around a join said once: "hoàn thành và hoàn thành chỉ tiêu" (of
    "hoàn thành và hoàn thành vượt mức 27/27 chỉ tiêu", the degree gone) is "hoàn thành chỉ tiêu"."""
    joins = _repeat_joins()
    for i, w in enumerate(words):
        if w not in joins:
            continue
        for n in range(min(REPEAT_MOST, i), 0, -1):
            if [x.lower() for x in words[i - n:i]] == [x.lower() for x in words[i + 1:i + 1 + n]]:
                return words[:i - n] + words[i + 1:]
    return words


@cache
def _source_lead() -> re.Pattern[str]:
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.source_leads)}(?!\w)")


@cache
def _extras() -> re.Pattern[str]:
    """What :func:`_drop_source`, :func:`_after_quote` and :func:`_drop_place_opener` look for, roughly: a source
    lead's first word, a quote mark, a place opener's first word at the start (any case)."""
    c = get(CuesLexicon).subjects
    firsts = sorted({w.split()[0] for w in c.source_leads})
    openers = sorted({w.split()[0] for w in c.place_openers})
    return re.compile("|".join([*map(re.escape, firsts), f"[{_QUOTE_MARKS}]", *(f"^{re.escape(w)}" for w in openers)]),
                      re.IGNORECASE)


@cache
def _source_firsts() -> re.Pattern[str]:
    """The first word of any source lead ("theo", "căn"), any case: a cheap test before the search."""
    firsts = sorted({w.split()[0] for w in get(CuesLexicon).subjects.source_leads})
    return re.compile("|".join(map(re.escape, firsts)) or "(?!)", re.IGNORECASE)


def _drop_source(s: str) -> str:
    """A subject without the source its figure is read from ("theo số liệu trên hệ thống Tabmis đến hết ngày 26/12",
    "Thu ngân sách, theo báo cáo của Kho bạc,"): the words from the source's lead to the end go; a subject that is
    only a source is none ("")."""
    if _source_firsts().search(s) is None:  # one scan, any case: most subjects name no source
        return s
    low = lower_keep_len(s)
    m = _source_lead().search(low)
    if m is None:
        return s
    return s[:m.start()].rstrip(" \t,(–-")


_QUOTE_OPEN = "“«"
_QUOTE_MARKS = "\"“”«»"
_QUOTE_RX = re.compile(f"[{_QUOTE_MARKS}]")


def _after_quote(s: str) -> str:
    """A subject that opens inside a quote keeps the quoted words only ("Hội nghị thống nhất khẩu hiệu “thu ngân
    sách" gives "thu ngân sách"); stray quote marks go."""
    if _QUOTE_RX.search(s) is None:
        return s
    at = max(s.rfind(ch) for ch in _QUOTE_OPEN)
    if at >= 0 and s.find("”", at) < 0 and _LETTER.search(s, at + 1):
        s = s[at + 1:]
    return s.strip(f" \t{_QUOTE_MARKS}")


@cache
def _verb_noun_tails() -> tuple[str, ...]:
    """Each noun of the lexicon's ``verb_nouns`` from its second word on ("trị tăng thêm", "tăng thêm", "thêm"): only a
    predicate stripped that opens with one can end such a noun."""
    words = [lower_keep_len(w).split() for w in get(CuesLexicon).subjects.verb_nouns]
    return tuple({" ".join(ws[i:]) for ws in words for i in range(1, len(ws))})


@cache
def _verb_noun_splits() -> tuple[tuple[str, str], ...]:
    """Each noun of the lexicon's ``verb_nouns`` cut in two at each word: (head, tail) ("giá trị", "tăng thêm")."""
    out: list[tuple[str, str]] = []
    for w in get(CuesLexicon).subjects.verb_nouns:
        ws = lower_keep_len(w).split()
        out.extend((" ".join(ws[:i]), " ".join(ws[i:])) for i in range(1, len(ws)))
    return tuple(out)


def _verb_noun_keep(low: str, at: int) -> int | None:
    """Where a noun or verb of the lexicon's ``verb_nouns`` ends when its last words open the predicate found at
    ``at`` and its first words end the words before ("giá trị | tăng thêm ước đạt"); None when none does."""
    before = low[:at].rstrip(" \t")
    for head, tail in _verb_noun_splits():
        end = at + len(tail)
        if low.startswith(tail, at) and (end == len(low) or not low[end].isalnum()) and before.endswith(head) \
                and (len(before) == len(head) or not before[-len(head) - 1].isalnum()):
            return end
    return None


@cache
def _place_opener() -> re.Pattern[str]:
    """Where a clause's figure is, opening the subject: "Hiện trên địa bàn phường (Thống Nhất)"."""
    units = literal_alt(LOCALITY_KINDS)
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).subjects.place_openers)})(?:[ \t]+(?:{units}))?"
                      rf"(?:[ \t]+(?-i:[{UPPER}][^\W\d_]*))*[ \t,]+", re.IGNORECASE)


def _drop_place_opener(s: str) -> str:
    """A subject without the place its clause opens on ("Hiện trên địa bàn phường chỉ còn 11 hộ nghèo": "hộ nghèo");
    kept when nothing would be left."""
    m = _place_opener().match(s)
    return s[m.end():] if m and _LETTER.search(s, m.end()) else s


_NOUN_LIST = re.compile(r"(?:,[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?){1,4}(?=[ \t]*(?:[;.:]|$))")


def noun_list_after(s: str, pos: int) -> int | None:
    """End of a list of short nouns right after ``pos`` that closes its clause ("168 phường, xã,
    đặc khu;"), or None. The words must be nouns, not a clause: no cue word among them."""
    m = _NOUN_LIST.match(s, pos)
    if not m:
        return None
    words = lower_keep_len(m.group()).replace(",", " ").split()
    ck = _check()
    if any(w in ck.cue_words or w in ck.unit_words for w in words):
        return None
    return m.end()
