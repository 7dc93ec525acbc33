"""Decide a quantity's role (amount, change, change_pct, prior_pct, plan_pct, plan_diff_pct,
percent, target), its sign and its basis, from the words around it.

The cue words live in ``lexicon/cues.yaml``; the rules are the ones a Vietnamese reader states:
"tăng/giảm X% (so với ...)" is a change; "đạt/bằng X% kế hoạch/dự toán/chỉ tiêu" is attainment of a
plan; "vượt X% dự toán" beats a plan; "bằng X% so với cùng kỳ" is the level against the same period;
"phấn đấu/mục tiêu ..." states a goal.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from soket import rx as re
from soket.extract.quantities import Quantity, find_quantities, plan_span_before
from soket.extract.sentence_index import CueSet, EndWords, index_of, last_word
from soket.extract.textutil import (
    literal_alt,
    lower_keep_len,
    phrase_alt,
    word_alt,
    word_branches,
    words_re,
)
from soket.lexicon import get
from soket.lexicon.schema import BodiesLexicon, CuesLexicon, UnitsLexicon


@cache
def growth_words() -> tuple[str, ...]:
    """Growth wording: the heads ("tăng trưởng"), and a rate noun followed by a verb of change ("tốc độ tăng",
    "mức tăng trưởng", "tốc độ gia tăng"): the rate of a change, whichever verb names the change."""
    c = get(CuesLexicon)
    composed = [f"{n} {v}" for n in c.roles.growth_rate_nouns for v in c.roles.growth_rate_verbs]
    return tuple(dict.fromkeys([*c.roles.growth_heads, *composed]))


#: a rate then a comma, ending the words before a verb of comparing with a plan ("ước đạt 6,72%, | thấp hơn ...")
_RATE_THEN_COMMA = re.compile(r"\d[ \t]?%[ \t]*,[ \t]*$")


@dataclass(slots=True)
class RoleDecision:
    role: str
    sign: int = 1
    basis: str | None = None
    consumed_end: int = 0  # end (sentence offset) of the words after the figure that belong to it
    subject_from: int | None = None  # sentence offset where a subject named after the verb starts
    earlier: bool = False  # the figure is an earlier period's result ("(cùng kỳ đạt 38%)"): no estimate
    receivers: bool = False  # the figure counts who receives goals assigned: its subject is its noun alone
    moved: bool = False  # a level where it moved from or to, each at its time ("từ 39% năm 2020 lên 41% năm 2021")


@dataclass(frozen=True, slots=True)
class _Cues:
    inc_end: re.Pattern[str]
    goal_reach_end: re.Pattern[str]  # a goal reached or aimed at, named right before a figure
    goal_receivers_end: re.Pattern[str]  # the receivers of goals assigned, counted right after their word
    cmp_then_copula: re.Pattern[str]
    dec_end: re.Pattern[str]
    level_end: re.Pattern[str]
    level_or_change_end: re.Pattern[str]  # a level word that may say how far the measure moved ("tăng tới")
    rate_named: re.Pattern[str]  # a rate's noun: after it a level word reaches a level
    directive_reported: re.Pattern[str]  # a directive in the passive, ending where the directive's word ends
    level_alone: frozenset[str]  # a bare list item's first word naming the level left ("…, còn 4,6%")
    degree_inc_end: re.Pattern[str]  # a verb of change and its degree closing a clause ("tăng mạnh nhất, 7%")
    degree_dec_end: re.Pattern[str]
    share_end: re.Pattern[str]  # a share's verb right before the figure ("chiếm 4,1% GRDP")
    plan_rate_end: re.Pattern[str]  # a plan of growth named right before its figure ("kịch bản tăng trưởng 6,9%")
    goal_named_end: re.Pattern[str]  # a goal's or a level's noun right before its figure ("mục tiêu 8,5%")
    goal_set_after: re.Pattern[str]  # ... then who set it, in the figure's clause ("... mà HĐND tỉnh giao")
    range_from_end: re.Pattern[str]  # the word opening a span right before the figure ("từ")
    moved_from: re.Pattern[str]  # a level's start, its time, then where it moved ("từ 39% năm 2020 lên 41%")
    moved_to: re.Pattern[str]  # the words between the two: the start's time and the move ("năm 2020 lên")
    plan_over_end: re.Pattern[str]
    plan_under_end: re.Pattern[str]
    attained_and: re.Pattern[str]  # "đạt và " right before a word of beating a plan
    plan_over_qual: re.Pattern[str]
    plan_post: re.Pattern[str]
    cmp_post: re.Pattern[str]
    plan_in_pre: re.Pattern[str]
    growth: re.Pattern[str]
    goal_end: re.Pattern[str]
    goal_aside: re.Pattern[str]
    target: re.Pattern[str]
    basis_stop: re.Pattern[str]
    giver: re.Pattern[str]
    giver_joins: frozenset[str]
    plan_lead_at: re.Pattern[str]
    prior_head: re.Pattern[str]
    basis_before: re.Pattern[str]
    basis_opener: re.Pattern[str]
    bound_after: re.Pattern[str]
    bound_voted: re.Pattern[str]
    floor_before: re.Pattern[str]
    floor_level: re.Pattern[str]
    item_lead: re.Pattern[str]
    item_verb: re.Pattern[str]
    plan_then_own_bracket: re.Pattern[str]
    verb_plan_bracket: re.Pattern[str]
    cmp_opener: re.Pattern[str]
    cmp_before_verb: re.Pattern[str]
    bracket_plan: re.Pattern[str]
    bracket_plan_amount_after: re.Pattern[str]
    plan_amount_bracket: re.Pattern[str]
    slash_plan: re.Pattern[str]
    slash_plan_met: re.Pattern[str]
    unmet_target: re.Pattern[str]
    basis_number: re.Pattern[str]
    goal_heads: tuple[str, ...]
    directive: re.Pattern[str]
    attain_figure: re.Pattern[str]
    plan_list_lead: re.Pattern[str]
    adjust_before: re.Pattern[str]
    task_clause: re.Pattern[str]
    directive_speaker: re.Pattern[str]  # a person named right before a directive ("đồng chí Nguyễn Văn A yêu cầu")
    raise_to: re.Pattern[str]
    raise_increment: re.Pattern[str]
    purpose: re.Pattern[str]
    purpose_not_after: re.Pattern[str]
    adjusted: re.Pattern[str]
    adjust_moved: re.Pattern[str]
    level_verb_end: re.Pattern[str]
    added_end: re.Pattern[str]
    added_cmp: re.Pattern[str]
    plan_topic: re.Pattern[str]
    plan_topic_verb: re.Pattern[str]
    plan_named_before: re.Pattern[str]
    compared_end: re.Pattern[str]
    attain_end: re.Pattern[str]
    comparative_end: re.Pattern[str]
    second_plan: re.Pattern[str]
    goal_is: re.Pattern[str]
    goal_titled: re.Pattern[str]
    result_words: re.Pattern[str]
    # every phrase a pattern of `_amount_role` needs before its figure: where none is there, the figure is an amount
    amount_cues: CueSet
    goal_head_cues: CueSet  # a goal head ("chỉ tiêu"), as a substring (``unmet_target``, ``goal_is``)
    # the phrases other patterns need: searched only where one starts in the words before the figure
    plan_cues: CueSet  # a plan named (``plan_in_pre``)
    so_cues: CueSet  # a word of comparing ("so với": ``cmp_then_copula``, ``cmp_before_verb``)
    beat_cues: CueSet  # a plan beaten or missed (``plan_over_end``, ``plan_under_end``)
    than_cues: CueSet  # a comparative (``compared_end``, ``comparative_end``)
    counted_goal: re.Pattern[str]  # a count of indicators, then the goal noun naming one ("01 chỉ tiêu là")
    beaten_plan: re.Pattern[str]  # a plan beaten, its verb right before the goal cue ("vượt dự toán cả năm")
    attained_plan: re.Pattern[str]  # a share of a plan, its head right before the goal cue ("đạt 81,6% chỉ tiêu")
    copula_end: re.Pattern[str]  # a goal cue closed by its copula ("mục tiêu đề ra là"): the goal's figure follows
    # the words the ``*_end`` patterns end on (their cue, a filler, a qualifier): searched only where the word
    # before the figure is one of them
    level_words: EndWords
    inc_words: EndWords
    dec_words: EndWords
    attain_words: EndWords
    prior_verb_words: EndWords
    added_words: EndWords
    goal_reach_words: EndWords  # ``goal_reach_end``
    plan_rate_words: EndWords  # ``plan_rate_end``
    goal_named_words: EndWords  # ``goal_named_end``


#: a figure's time right after it: one or two words and a year ("năm 2020", "cuối năm 2020")
_TIMED = r"[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+(?:19|20)\d\d[ \t]+"


@cache
def _cues() -> _Cues:
    c = get(CuesLexicon)
    quals = [w for ws in c.quantities.qualifiers.values() for w in ws]
    qual = phrase_alt(quals)
    fill_words = [*c.roles.change_fillers, *c.roles.change_with]  # what ``fill`` ends on
    lead = rf"(?:(?:{phrase_alt(c.roles.basis_lead)})[ \t]+)"
    tail = rf"(?:[ \t]+(?:{qual}))?[ \t]*$"
    # a plan, maybe named by the body that assigned it ("HĐND huyện giao")
    plan = rf"(?:(?:{phrase_alt(c.roles.plan_giver_bodies)})[ \t]+)?(?:{phrase_alt([*c.roles.plan_heads, *c.roles.figure_plan_heads])})"
    # a plan in brackets, its words ("kế hoạch năm"), then maybe its year and its copula ("(kế hoạch năm 2024 là ...")
    bracket_plan = rf"(?:{plan})(?!\w)(?:[ \t]+(?:{literal_alt(c.roles.bracket_plan_words)}))?"
    bracket_copula = rf"(?:[ \t]+\d{{4}})?[ \t]*(?:{literal_alt(c.roles.bracket_copula)}|:)?"
    # a plan after a result's slash, maybe with its year ("/ KH năm 2017")
    slash_plan = rf"(?:{plan})(?!\w)(?:[ \t]+(?:{literal_alt(c.roles.opener_years)}))?(?:[ \t]+\d{{4}})?"
    cmp_heads = phrase_alt(c.roles.comparison_heads)
    so = literal_alt(c.roles.compare_leads)
    # "tăng thêm", or a degree and "với" ("tăng mạnh nhất với 11,3%", "giảm sâu với mức 9%") between verb and figure
    # ... or a yearly average's filler and the verb of attaining ("tăng bình quân hằng năm đạt 13,5%")
    avg = rf"[ \t]+(?:{phrase_alt(c.roles.change_averages)})[ \t]+(?:{phrase_alt(c.roles.change_filler_copulas)})|" \
        if c.roles.change_averages and c.roles.change_filler_copulas else ""
    # ... or a degree and a comma ("giảm nhẹ, khoảng 4% so với quý II")
    fill = rf"(?:{avg}[ \t]+(?:{phrase_alt(c.roles.change_fillers)})|(?:[ \t]+(?:{phrase_alt(c.roles.change_degrees)}))?" \
        rf"[ \t]+(?:{phrase_alt(c.roles.change_with)})|[ \t]+(?:{phrase_alt(c.roles.change_degrees)})[ \t]*,)?"
    return _Cues(
        goal_reach_end=re.compile(rf"{word_alt(c.roles.goal_reach)}[ \t]*$"),
        inc_end=re.compile(rf"{word_alt(c.roles.increase)}{fill}{tail}"),
        # "tăng hơn so với cùng kỳ là 12 tỷ đồng": the comparison between the change word and its figure
        cmp_then_copula=re.compile(rf"[ \t]+(?:{so})[ \t]+(?P<basis>(?:{cmp_heads})(?!\w)[^,;.:\d]{{0,30}}?)[ \t]*"
                                   rf"(?:{literal_alt(c.roles.bracket_copula)}|:)[ \t]*$"),
        dec_end=re.compile(rf"{word_alt(c.roles.decrease)}{fill}{tail}"),
        level_end=re.compile(rf"{word_alt(c.roles.level)}{tail}"),
        level_or_change_end=re.compile(
            rf"(?:(?P<up>{word_alt(c.roles.level_or_change.get('up', []))})|"
            rf"(?P<down>{word_alt(c.roles.level_or_change.get('down', []))})){tail}"),
        rate_named=re.compile(rf"{word_alt([*c.facts.level_heads, *c.facts.rate_heads, *c.roles.growth_rate_nouns])}(?!\w)"),
        level_alone=frozenset(c.roles.level_alone),
        degree_inc_end=re.compile(rf"{word_alt(c.roles.increase)}[ \t]+(?:{phrase_alt(c.roles.change_degrees)})[ \t]*$"),
        degree_dec_end=re.compile(rf"{word_alt(c.roles.decrease)}[ \t]+(?:{phrase_alt(c.roles.change_degrees)})[ \t]*$"),
        share_end=re.compile(rf"{word_alt(c.facts.share)}{tail}"),
        goal_named_end=re.compile(rf"{word_alt(c.roles.goal_named_heads) if c.roles.goal_named_heads else '(?!)'}[ \t]*$"),
        goal_set_after=re.compile(rf"[^,;.:()]{{0,{GOAL_SET_REACH}}}?{word_alt(c.roles.goal_set_relatives)}[ \t]+"
                                  rf"[^,;.:()]{{0,{GOAL_SET_REACH}}}?{word_alt(c.roles.goal_setting)}(?!\w)"),
        plan_rate_end=re.compile(rf"{word_alt(c.roles.plan_rate_heads) if c.roles.plan_rate_heads else '(?!)'}{tail}"),
        range_from_end=re.compile(rf"{word_alt(c.quantities.range_from)}{tail}"),
        moved_from=re.compile(rf"{_TIMED}(?:{phrase_alt(c.roles.level_moves) or '(?!)'})[ \t]+\d"),
        moved_to=re.compile(rf"{_TIMED}(?:{phrase_alt(c.roles.level_moves) or '(?!)'})[ \t]+"),
        plan_over_end=re.compile(rf"{word_alt(c.roles.plan_over)}(?:[ \t]+{lead}?(?:{plan})[^,;.]*?)?{tail}"),
        plan_under_end=re.compile(rf"{word_alt(c.roles.plan_under)}(?:[ \t]+{lead}?(?:{plan})[^,;.]*?)?{tail}"),
        attained_and=re.compile(rf"{word_alt([*c.roles.attain, *c.roles.plan_done])}[ \t]+"
                                rf"(?:{phrase_alt(c.roles.attained_and_over)})[ \t]+$")
        if c.roles.attained_and_over else re.compile(r"(?!)"),
        plan_over_qual=re.compile(rf"(?:{phrase_alt(c.roles.plan_over)})[ \t]"),
        # "bằng 63% tổng dự toán": a plan word after a determiner of its whole is still the plan
        plan_post=re.compile(rf"[ \t]*(?:\(|,[ \t]*)?{lead}?(?=(?:(?:{phrase_alt(c.roles.plan_determiners)})[ \t]+)?"
                             rf"(?:{plan})(?!\w))"),
        cmp_post=re.compile(rf"[ \t]*{lead}(?=\S)|[ \t]*(?=(?:{cmp_heads}))"),
        plan_in_pre=re.compile(rf"(?<!\w){lead}?((?:{plan})(?!\w)[^,;.()]*?)(?:[ \t]+(?:{qual}))?[ \t]*$"),
        growth=words_re(growth_words()),
        # "phấn đấu ... và biểu quyết thông qua 9 nghị quyết": the meeting's own business ends the goal
        # "giao chỉ tiêu, dự toán cho 7 cơ quan, đơn vị và 12 trường học": goals assigned, then who receives them
        # counted (the first count right after the receivers' word, the next after a comma or a join)
        goal_receivers_end=re.compile(
            rf"{word_alt(c.roles.goal_assign)}[ \t]+(?:{phrase_alt(c.roles.goal_heads)})(?!\w)[^.;:]{{0,120}}?"
            rf"{word_alt(c.roles.goal_receivers)}[ \t]+"
            rf"(?:\d[^.;:]{{0,60}}?(?:,|[ \t](?:{phrase_alt(c.facts.conjunctions)}))[ \t]+)?$"),
        goal_end=re.compile(rf"(?:[,;]|{word_alt(c.subjects.clause_joins)})[ \t]+(?:{phrase_alt(c.roles.goal_ends)})(?!\w)"
                            rf"(?![ \t]+(?:{phrase_alt(c.roles.goal_ends_not)})(?!\w))"),
        # "phấn đấu ... 3 xã (hiện xã A đã đạt 19 tiêu chí)": a bracket still open that opens on such a word tells
        # what is done, the goal goes on after it closes
        goal_aside=re.compile(rf"\([ \t]*(?:{phrase_alt(c.roles.goal_ends)})(?!\w)[^()]*$"),
        # "phấn đấu", and a goal set ("đề ra mục tiêu", "xác định chỉ tiêu"): what follows is a goal
        target=re.compile(word_branches(c.roles.target, r"(?!\w)") + "|"
                          + word_branches(c.roles.goal_setting, rf"[ \t]+(?:{phrase_alt(c.roles.goal_heads)})(?!\w)")),
        basis_stop=re.compile(rf"[,;.:)\]\n]|\((?![A-ZĐ]{{1,6}}\))|{word_alt(c.roles.basis_stop)}(?!\w)"),
        giver=re.compile(rf"{word_alt(c.roles.plan_givers)}(?!\w)"),
        giver_joins=frozenset(lower_keep_len(w) for w in c.roles.giver_joins),
        # "và so kế hoạch tỉnh giao đạt 317%": after a join, the next figure's plan named before its verb
        plan_lead_at=re.compile(rf"[ \t]*{word_alt(c.roles.basis_lead)}[ \t]+{plan}(?!\w)"),
        # "bằng 163% so với năm 2017": an earlier period named by its year is a prior period as "cùng kỳ" is
        # ("so với thực hiện năm 2019": the earlier period's actual result, named before it)
        prior_head=re.compile(rf"(?:(?:{phrase_alt(c.roles.prior_actual)})[ \t]+)?"
                              rf"(?:(?:{phrase_alt(c.roles.prior_heads)})(?!\w)"
                              rf"|(?:{literal_alt(c.roles.opener_years)})[ \t]+\d{{4}}(?!\d))"),
        # "so dự toán giao đạt 42%": the plan named before the verb, after an adverb of degree opening the clause or not
        # (", mới so ...", or after a time's number: "đến hết tháng 11 mới so ...")
        basis_before=re.compile(rf"(?:(?:(?<=, )|(?<=,)|(?<=\d ){adverb_times(c)}|^){word_alt(c.roles.basis_adverbs)}[ \t]+)?{word_alt(c.roles.basis_lead)}[ \t]+"
                                rf"((?:{plan})(?!\w)(?:[ \t]+[^\W\d]+){{0,4}}?)"
                                rf"[ \t]+(?:{phrase_alt(c.roles.attain)}){tail}"),
        # "chưa đạt dự toán (85,2%)", "vượt kế hoạch (112%)", "chưa đạt dự toán (đạt 85,2%)": the plan a verb names, then
        # the level reached in brackets (group "under": a verb of missing it; "attain": a verb inside the bracket)
        verb_plan_bracket=re.compile(rf"(?<!\w)(?:(?P<under>{phrase_alt(c.roles.plan_under)})|{phrase_alt([*c.roles.plan_over, *c.roles.plan_done])})"
                                     rf"[ \t]+{lead}?(?P<plan>(?:{plan})(?!\w)[^,;.()\d]{{0,30}}?)[ \t]*\([ \t]*"
                                     rf"(?P<attain>(?:{phrase_alt(c.roles.attain)})[ \t]+)?$"),
        # "giải ngân còn thấp so kế hoạch (38,8%)": the plan compared with, then the figure alone in brackets
        plan_then_own_bracket=re.compile(rf"(?<!\w)(?:{so})[ \t]+((?:{plan})(?!\w)[^,;.()\d]{{0,30}}?)[ \t]*\([ \t]*$"),
        # "tăng mạnh như giày da (160%), xi măng (300%)": a list a verb of change opens, and the verb
        item_lead=re.compile(rf"{word_alt(c.roles.item_list_leads)}(?!\w)|:") if c.roles.item_list_leads else re.compile(r"(?!)"),
        item_verb=re.compile(rf"(?<!\w)(?:(?P<inc>{phrase_alt(c.roles.increase)})|(?P<dec>{phrase_alt(c.roles.decrease)}))(?!\w)"
                             rf"(?![ \t]+(?:{phrase_alt(c.roles.item_verbs_not_before)})(?!\w))"),
        # "GRDP từ 8% trở lên": a figure bounded on one side is a goal
        bound_after=re.compile(rf"[ \t]*(?:{phrase_alt(c.roles.bound_after)})(?!\w)") if c.roles.bound_after else re.compile(r"(?!)"),
        # "các nghị quyết được thông qua với tỷ lệ tán thành từ 95% trở lên": the votes of the meeting, a result
        bound_voted=re.compile(rf"{word_alt(c.roles.bound_voted)}(?!\w)") if c.roles.bound_voted else re.compile(r"(?!)"),
        # "kết nạp ít nhất 80 đảng viên": a floor right before a figure is a goal's; "mức hỗ trợ tối thiểu 1,5 tỷ
        # đồng": after a level's noun (two words of it at most) the floor names the level
        floor_before=re.compile(rf"{word_alt(c.roles.floor_words)}[ \t]*$"),
        floor_level=re.compile(rf"{word_alt(c.roles.floor_level_nouns)}(?:[ \t]+[^\W\d]+){{0,2}}"
                               rf"[ \t]+(?:{phrase_alt(c.roles.floor_words) or '(?!)'})[ \t]*$"),
        # "So với kế hoạch, thu ngân sách đạt 87%": the plan named in an opener of the sentence
        basis_opener=re.compile(rf"^[ \t]*(?:{so})[ \t]+((?:{plan})(?!\w)(?:[ \t]+[^\W\d]+){{0,3}}?)[ \t]*,"
                                rf"[^,;.\d%]{{1,80}}?(?:{phrase_alt(c.roles.attain)}){tail}"),
        cmp_opener=re.compile(rf"[ \t]*(?:{so})[ \t]+((?:{cmp_heads})(?!\w)(?:[ \t]+[^\W\d,]+){{0,3}}?"
                              rf"|(?:{literal_alt(c.roles.opener_years)})[ \t]+\d{{4}})[ \t]*,"),
        # "giá trị sản xuất so với cùng kỳ tăng 7,2%": the comparison put before the verb (group 1: the basis)
        cmp_before_verb=re.compile(rf"(?<!\w)(?:{so})[ \t]+((?:(?:{cmp_heads})(?!\w)|(?:{literal_alt(c.roles.opener_years)})"
                                   rf"[ \t]+\d{{4}}(?!\d))(?:[ \t]+(?:[^\W\d,;.]+|\d{{4}}(?!\d))){{0,3}})[ \t]*$"),
        # "tăng 6,47% (kế hoạch 9,05%)": the planned figure in brackets
        bracket_plan=re.compile(rf"\([ \t]*{bracket_plan}{bracket_copula}{tail}"),
        # "chiếm 64,3% (Nghị quyết là 4.800 đảng viên)": a share followed by the plan's own sum (no percentage)
        # in brackets is the share of that plan reached
        bracket_plan_amount_after=re.compile(
            rf"[ \t]*\([ \t]*(?P<plan>{bracket_plan}){bracket_copula}[ \t]*\d[\d.,]*[ \t]+[^\W\d][^()%]{{0,40}}\)"),
        # "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)", "tăng hơn 4 lần so với dự toán giao ban đầu (hơn 53 tỷ
        # đồng)": the plan's own figure in brackets after the plan, named right before or further back in the clause
        # ("đạt 61,2% kế hoạch vốn năm 2014 (138,2 tỷ đồng)": the plan's year may follow its word)
        plan_amount_bracket=re.compile(rf"(?<!\w){lead}?(?:{plan})(?!\w)(?:[^,;.()\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,60}}"
                                       r"\([ \t]*$"),
        # "50.754 tấn/KH 52.663 tấn": the plan's figure after the result's slash
        # ("46.204 triệu đồng/ KH năm 2017: 84.929 triệu đồng": the plan's year may follow its word)
        # "46.204 triệu đồng/ KH năm 2017: 84.929 triệu đồng, đạt 54,4%": the plan after the slash is the basis met
        slash_plan_met=re.compile(rf"/[ \t]*({slash_plan})"
                                  rf"[ \t]*:?[ \t]*\d[\d.,]*(?:[ \t]*[^\W\d][^,;:()\d/]{{0,24}}?)?[ \t]*,[ \t]*"
                                  rf"(?:{phrase_alt(c.roles.attain)}){tail}"),
        slash_plan=re.compile(rf"/[ \t]*{slash_plan}[ \t]*:?[ \t]*$"),
        # "Chỉ tiêu dự kiến không đạt kế hoạch là GRDP bình quân đầu người 9.800 USD"
        unmet_target=re.compile(rf"{word_alt(c.roles.goal_heads)}(?!\w)[^,;.:]{{0,80}}?{word_alt(c.roles.unmet)}(?!\w)"
                                rf"[^,;.:]{{0,80}}?{word_alt(c.roles.copula)}[ \t]+(?=[^,;.:]*$)"),
        goal_heads=tuple(lower_keep_len(h) for h in c.roles.goal_heads),
        # "giao" opens a directive, never "giao thông", "giao dịch": the syllable after makes another word
        directive_reported=re.compile(rf"{word_alt(c.roles.directive_reported)}$"),
        directive=re.compile(rf"{word_alt(c.roles.directive)}(?!\w)"
                             rf"(?![ \t]+(?:{phrase_alt(c.roles.directive_not_before)})(?!\w))"),
        # "nhiều khoản thu đạt và vượt dự toán giao như:": a list's lead naming the plan its items attain (group 1)
        plan_list_lead=re.compile(rf"(?:{phrase_alt([*c.roles.attain, *c.roles.plan_over])})(?!\w)[ \t]+"
                                  rf"(?:(?:{phrase_alt(c.facts.conjunctions)})[ \t]+(?:{phrase_alt(c.roles.plan_over)})[ \t]+)?"
                                  rf"((?:{plan})(?!\w)[^,;.:\d]{{0,30}}?)[ \t]*(?:(?:{phrase_alt(c.roles.item_list_leads)})[ \t]*)?:[ \t]*$"),
        # ", so dự toán huyện giao đạt 56%": a verb of attaining and a figure right after a plan
        attain_figure=re.compile(rf"[ \t]+(?:{phrase_alt(c.roles.attain)})(?:[ \t]+(?:{qual}))?[ \t]*\d"),
        directive_speaker=re.compile(rf"{word_alt(c.roles.directive_speakers)}"
                                     rf"(?![ \t]+(?:{phrase_alt(c.roles.directive_speakers_not) or '(?!)'})(?!\w))"
                                     r"(?:[ \t]+[^\W\d_]+){0,4}[ \t]+"),
        task_clause=re.compile(rf";[ \t]*({word_alt(c.roles.task_verbs)})(?!\w)"),
        adjust_before=re.compile(rf"{word_alt(c.roles.adjust)}[ \t]*$"),
        # a task of its own clause that raises a level ("...; nâng tỷ lệ ... lên trên 70%")
        raise_increment=words_re(c.facts.raise_increments) if c.facts.raise_increments else re.compile(r"(?!x)x"),
        raise_to=re.compile(rf"[;,][ \t]*({word_alt(c.facts.raise_verbs)})(?!\w)[^;.:,]{{0,80}}?(?<!\w)"
                            rf"(?:{phrase_alt(c.facts.raise_to)})(?!\w)"),
        purpose=words_re(c.roles.purpose),
        purpose_not_after=re.compile(rf"{word_alt(c.roles.purpose_not_after)}[ \t]+$"),
        adjusted=re.compile(rf"{word_alt(c.roles.adjust)}(?!\w)"),
        adjust_moved=re.compile(rf"[ \t]+(?:{phrase_alt(c.roles.adjust_moves) or '(?!)'})(?!\w)"),
        level_verb_end=re.compile(rf"{word_alt(c.roles.prior_verbs)}{tail}"),
        added_end=re.compile(rf"{word_alt(c.roles.added)}{tail}"),
        # "Kế hoạch vốn đầu tư công năm 2022 đã giải ngân ..., đạt 54,1%": the plan is the clause's topic, before its verb
        plan_topic=re.compile(rf"[ \t]*((?:{plan})(?!\w)[^,;:.()]{{0,60}}?)[ \t]+(?:{phrase_alt(c.subjects.follow_cut_before)})(?!\w)"),
        attain_end=re.compile(rf"{word_alt(c.roles.attain)}{tail}"),
        # "Kế hoạch sản xuất vụ xuân hoàn thành 100,1%": a plan opens the clause, its verb of meeting it before the figure
        plan_topic_verb=re.compile(rf"[ \t]*((?:{plan})(?!\w)[^,;:.()]{{0,60}}?)[ \t]+"
                                   rf"(?:{phrase_alt([*(w for w in c.roles.attain if w not in c.roles.copula), *c.roles.plan_done])}){tail}"),
        # "trồng được 943 ha, vượt kế hoạch, đạt hơn 129%": the plan met, named in the clause before the figure's
        plan_named_before=re.compile(rf"{word_alt([*c.roles.plan_over, *c.roles.plan_done])}[ \t]+((?:{plan})(?!\w)"
                                     rf"[^,;.()\d]{{0,30}}?)[ \t]*,[ \t]*(?:{phrase_alt(c.roles.attain)}){tail}"),
        # "được giao chỉ tiêu thu ngân sách là 2,4 tỷ đồng": the goal's own figure (group 1: the words naming it)
        # "chỉ tiêu thu ngân sách (năm 2025) là 120 tỷ đồng": a goal set by a copula (a year may name the goal's year)
        goal_is=re.compile(rf"{word_alt(c.roles.goal_heads)}(?!\w)((?:[^,;.:()\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,60}}?)[ \t]+"
                           rf"(?:{phrase_alt(c.roles.goal_copula)}){tail}"),
        # "Mục tiêu thu ngân sách 19.500 tỷ đồng": a goal head opening the sentence, its measure named, then the figure
        goal_titled=re.compile(rf"[ \t]*{word_alt(c.roles.goal_heads)}(?!\w)(?:[^,;.:()\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{1,60}}$"),
        result_words=words_re([*c.roles.attain, *c.roles.plan_over, *c.roles.unmet]),
        plan_cues=CueSet([*c.roles.basis_lead, *c.roles.plan_giver_bodies, *c.roles.plan_heads]),
        so_cues=CueSet(c.roles.compare_leads),
        beat_cues=CueSet([*c.roles.plan_over, *c.roles.plan_under]),
        than_cues=CueSet([*c.roles.more_than, *c.roles.less_than]),
        counted_goal=re.compile(rf"(?<![\d.,/])\d{{1,3}}[ \t]+(?:{phrase_alt(c.roles.counted_goal_heads) or '(?!)'})(?!\w)"),
        beaten_plan=re.compile(rf"{word_alt(c.roles.plan_over)}[ \t]+\Z"),
        attained_plan=re.compile(rf"\d[ \t]*%[ \t]*(?:{phrase_alt(c.roles.plan_heads)})[ \t]+\Z"),
        copula_end=re.compile(rf"{word_alt(c.roles.goal_copula)}\Z"),
        level_words=EndWords([*c.roles.level, *quals]),
        inc_words=EndWords([*c.roles.increase, *fill_words, *quals]),
        dec_words=EndWords([*c.roles.decrease, *fill_words, *quals]),
        attain_words=EndWords([*c.roles.attain, *quals]),
        prior_verb_words=EndWords([*c.roles.prior_verbs, *quals]),
        added_words=EndWords([*c.roles.added, *quals]),
        goal_reach_words=EndWords(c.roles.goal_reach),
        plan_rate_words=EndWords([*c.roles.plan_rate_heads, *quals]),
        goal_named_words=EndWords(c.roles.goal_named_heads),
        goal_head_cues=CueSet(c.roles.goal_heads),
        amount_cues=CueSet([*c.roles.plan_over, *c.roles.plan_under, *c.roles.compare_leads, *c.roles.increase,
                            *c.roles.decrease, *c.roles.more_than, *c.roles.less_than, *c.roles.added]),
        # "đạt 70,1% dự toán tỉnh giao và nghị quyết HĐND thị xã": a second plan joined to the first, a basis too
        second_plan=re.compile(rf"[ \t]+(?:{phrase_alt(c.facts.conjunctions)})[ \t]+(?:{plan})(?!\w)[^,;.:()\n\d]{{0,60}}"),
        # "ít hơn 3 vụ so với năm trước": a comparative right before an amount, the earlier period after it
        comparative_end=re.compile(rf"(?<!\w)(?:(?P<more>{phrase_alt(c.roles.more_than)})|(?P<less>{phrase_alt(c.roles.less_than)})){tail}"),
        # "cao hơn vụ trước gần": a comparative and the earlier period it compares with, right before an amount; a year
        # written whole after a head that opens it ("cao hơn năm 2019 là": comparison_heads "năm 20")
        compared_end=re.compile(rf"(?<!\w)(?:(?P<more>{phrase_alt(c.roles.more_than)})|(?P<less>{phrase_alt(c.roles.less_than)}))[ \t]+"
                                rf"{lead}?(?P<basis>(?:{cmp_heads})(?:(?!\w)|\d\d(?!\d))[^,;.()\d]{{0,30}}?){tail}"),
        # the comparison in the clause of an added count, after its noun phrase ("... so với cuối năm 2022")
        added_cmp=re.compile(rf"{word_alt(c.roles.basis_lead)}[ \t]+(?=(?:{cmp_heads})(?!\w))"),
        # a figure in the plan's words, not a year nor the length of the plan's time ("dự toán 6 tháng cuối năm")
        basis_number=re.compile(rf"(?<![\d.,])(?!(?:19|20)\d\d(?!\d))(?!\d+[ \t]+(?:{phrase_alt(get(UnitsLexicon).not_units)})"
                                r"(?!\w))\d", re.IGNORECASE),
    )




def goal_reached_at(low: str, end: int) -> int | None:
    """Where the words naming a goal reached or aimed at end right before a figure at ``end`` start ("khó đạt mục tiêu
    10%": the offset of "đạt"), the modal before them included ("khó "); None where no such goal is named there."""
    c = _cues()
    m = c.goal_reach_end.search(low, max(0, end - 40), end)
    if m is None:
        return None
    md = _goal_reach_modal().search(low, max(0, m.start() - 16), m.start())
    return md.start() if md is not None else m.start()


@cache
def _goal_reach_modal() -> re.Pattern[str]:
    return re.compile(rf"{word_alt(get(CuesLexicon).roles.goal_reach_modals)}[ \t]+$")


#: the most characters before a directive read for the person who asks ("đồng chí" and a name of four words)
SPEAKER_REACH = 48


def asked_from(low: str, d: re.Match[str] | None = None) -> int | None:
    """Where what a person asks for begins in a (lowercased) sentence: right after a directive ("yêu cầu", "đề nghị")
    said by a person named right before it ("đồng chí Nguyễn Văn A yêu cầu ..."), or None. ``d``: the sentence's
    directive, when already found."""
    c = _cues()
    d = d or c.directive.search(low)
    if d is None:
        return None
    sp = c.directive_speaker.search(low, max(0, d.start() - SPEAKER_REACH), d.start())
    return d.end() if sp is not None and sp.end() == d.start() else None


@cache
def directed_list() -> re.Pattern[str]:
    """A directive's verb and the list of those it addresses, up to the task they are given (roles.directive,
    facts.addressees, facts.addressee_tails, facts.addressee_joins, facts.addressee_determiners, subjects.actor_heads
    and the unit words of bodies.yaml)."""
    c = get(CuesLexicon)
    if not c.facts.addressees:
        return re.compile("(?!)")
    det = rf"(?:(?:{phrase_alt(c.facts.addressee_determiners)})[ \t]+)?" if c.facts.addressee_determiners else ""
    units = phrase_alt(get(BodiesLexicon).unit_words)
    # an actor with its unit word ("UBND tỉnh"), an addressee noun, or a unit word alone ("các xã")
    noun = rf"{det}(?:(?:{phrase_alt(c.subjects.actor_heads)})(?:[ \t]+{det}(?:{units}))?|{phrase_alt(c.facts.addressees)}|{units})(?!\w)"
    tail = rf"(?:[ \t]+(?:{phrase_alt(c.facts.addressee_tails)})(?!\w))?" if c.facts.addressee_tails else ""
    joins = rf"|[ \t]+(?:{phrase_alt(c.facts.addressee_joins)})[ \t]+" if c.facts.addressee_joins else ""
    # (the modal of the duty assigned goes with it: "giao các chủ đầu tư phải giải ngân", subjects.duty_modals)
    modal = rf"(?:(?:{phrase_alt(c.subjects.duty_modals)})[ \t]+)?" if c.subjects.duty_modals else ""
    return re.compile(rf"{word_alt(c.roles.directive)}[ \t]+{noun}{tail}(?:(?:[ \t]*,[ \t]*{joins}){noun}{tail})*[ \t]+"
                      rf"{modal}(?=[^\W\d])")


def asked_of_list(low: str, d: re.Match[str]) -> int | None:
    """Where the task a request asks of the ones it lists begins ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa
    phương | giải ngân 100% kế hoạch vốn"): right after the list, when the directive is a request (roles.
    directive_asks) said now, not one reported as made ("đã yêu cầu", roles.directive_asked_not_after), and its
    task is no account asked for (facts.asked_leads: "đề nghị UBND tỉnh làm rõ nguyên nhân ... mới đạt 78,6%");
    else None."""
    c = get(CuesLexicon)
    if lower_keep_len(d.group()) not in {lower_keep_len(w) for w in c.roles.directive_asks}:
        return None
    if _asked_not_after().search(low, max(0, d.start() - 16), d.start()):
        return None
    m = directed_list().match(low, d.start())
    if m is None or _asked_lead().match(low, m.end()):
        return None
    return m.end()


@cache
def _asked_not_after() -> re.Pattern[str]:
    return re.compile(rf"{word_alt(get(CuesLexicon).roles.directive_asked_not_after)}[ \t,]*$")


@cache
def _asked_lead() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).facts.asked_leads) or '(?!)'})(?!\w)")


def goal_cues(low: str) -> tuple[int | None, int | None]:
    """Where a (lowercased) sentence says a goal in its own words: (the goal a directive opens, the first goal word),
    each an offset or None. The goal word: "phấn đấu", "đề ra mục tiêu". A directive's goal: the first of its purpose
    ("yêu cầu ... để"), a level it raises ("...; nâng tỷ lệ ... lên trên 70%"), a task of its own clause and the goal
    word after the directive. Every other form that opens a goal is read with these in one place:
    :func:`soket.extract.goals.goal_start`."""
    c = _cues()
    m = c.target.search(low)
    while m is not None and c.counted_goal.search(low, max(0, m.start() - 6), m.end()):
        m = c.target.search(low, m.end())  # "01 chỉ tiêu là tỷ lệ ... mới đạt 64%": one of the indicators counted
    while m is not None and c.beaten_plan.search(low, max(0, m.start() - 16), m.start()) \
            and not c.copula_end.search(m.group()):
        # "thu ngân sách vượt dự toán cả năm gần 29%": the plan a result beats (not "cao hơn mục tiêu đề ra là tăng
        # trên 8,5%": the goal's own figure after its copula)
        m = c.target.search(low, m.end())
    while m is not None and c.attained_plan.search(low, max(0, m.start() - ATTAINED_PLAN_REACH), m.start()):
        # "kết nạp 98 đảng viên, đạt 81,6% chỉ tiêu phấn đấu năm 2009; ...": the goal word names the plan a result
        # attains (its basis), no goal of the sentence
        m = c.target.search(low, m.end())
    w = m.start() if m else None
    d = c.directive.search(low)
    while d is not None and c.directive_reported.search(low, max(0, d.start() - REPORTED_REACH), d.end()):
        d = c.directive.search(low, d.end())  # "được chỉ đạo": the steering done, reported, no directive
    if not d:
        return None, w
    if asked_from(low, d) is not None:
        # "đồng chí Nguyễn Văn A yêu cầu các phòng ... chuyển đổi khoảng 600 ha": what a person asks for is the goal
        return min(d.end(), w) if w is not None else d.end(), w
    if (listed := asked_of_list(low, d)) is not None:
        # "Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương giải ngân 100% kế hoạch vốn": what a request asks of
        # the ones it lists is the goal
        return min(listed, w) if w is not None else listed, w
    # (a purpose after an adjustment asked for names where the sum goes: "đề nghị điều chỉnh giảm 2.100 tỷ đồng của 30
    # dự án để bổ sung cho 12 dự án trọng điểm" moves money, no goal: the sums and the projects are the adjustment's)
    pm = next((p for p in c.purpose.finditer(low, d.end())
               if not c.purpose_not_after.search(low, max(0, p.start() - 8), p.start())
               and not (c.adjust_moved.match(low, p.end()) and c.adjusted.search(low, d.end(), p.start()))), None)
    rm = c.raise_to.search(low, d.end())  # "đề nghị ...; nâng tỷ lệ hồ sơ trực tuyến lên trên 70%": a level asked for
    if rm is not None and (semi := low.rfind(";", d.end(), rm.start())) >= 0 and _DIGIT.search(low, semi, rm.start()):
        # "chỉ đạo các xã hoàn thiện tiêu chí; đến nay có thêm 2 xã đạt chuẩn, nâng tổng số lên 6 xã": a clause of its
        # own after the directive, its figure a result, the raise carrying that result to its total
        rm = None
    if rm is not None and _after_increment(low, d.end(), rm.start(), c):
        rm = None  # "đề nghị phê chuẩn ..., theo đó bổ sung 6,35 tỷ đồng ..., nâng tổng chi lên 48,72 tỷ đồng": a total
    rm = rm or c.task_clause.search(low, d.end())  # "yêu cầu ...; hoàn thành 100% số nhà tạm trước ngày 30/11"
    # the first of the purpose, the level raised and the goal word
    return min((x for x in (pm.start() if pm else None, rm.start(1) if rm else None, w) if x is not None),
               default=None), w


def _after_increment(low: str, start: int, raise_at: int, c: _Cues) -> bool:
    """The clause right before a raise (``raise_at``, its separator), after ``start``, states an increment with its
    figure (facts' ``raise_increments``: "bổ sung 6,35 tỷ đồng"): the raise carries it to its total."""
    lo = raise_at
    while (lo := max(low.rfind(",", start, lo), low.rfind(";", start, lo))) >= 0 and low[lo + 1:lo + 2].isdigit():
        pass  # a decimal comma ("6,35 tỷ đồng") parts no clause
    lo = max(lo, start)
    return c.raise_increment.search(low, lo, raise_at) is not None and _DIGIT.search(low, lo, raise_at) is not None


_QUOTES = "\"“”„«»"
#: the most characters read back from a goal word for the share of a plan it names ("81,6% chỉ tiêu ")
ATTAINED_PLAN_REACH = 40
#: the end of a sentence or a line right after a figure
_SENTENCE_CLOSE = re.compile(r"[ \t.!]*$")
_DIGIT = re.compile(r"\d")


def tidy_basis(basis: str | None) -> str | None:
    """A basis without the quote marks around a slogan it closes ("dự toán”") or the copula before the figure
    ("vượt KH là 16,5%": "KH")."""
    if not basis:
        return basis
    b = basis.strip(f" \t{_QUOTES}")
    if (dash := remark_dash(first_word=True).search(lower_keep_len(b))) is not None:
        b = b[:dash.start()]  # "kế hoạch vốn năm 2019 - thấp hơn ...": a remark after a dash, no part of the plan
    words = b.split()
    if len(words) > 1 and lower_keep_len(words[-1]) in _copulas():
        b = " ".join(words[:-1])
    return b or None


@lru_cache(maxsize=2)  # one pattern each way
def remark_dash(first_word: bool = False) -> re.Pattern[str]:
    """A spaced dash before a comparison (roles.more_than, roles.less_than): a remark on the figure before it begins
    ("bằng 48,9% kế hoạch - thấp hơn mức bình quân"; "kinh tế - xã hội" is a name). ``first_word``: the comparison's
    first word is enough (a basis read to before "hơn": "kế hoạch vốn năm 2019 - thấp")."""
    c = get(CuesLexicon).roles
    words = [*c.more_than, *c.less_than]
    if first_word:
        words = sorted({w.split()[0] for w in words})
    return re.compile(rf"[ \t][-–—][ \t]+(?:{phrase_alt(words)})(?!\w)")


@cache
def _copulas() -> frozenset[str]:
    return frozenset(get(CuesLexicon).roles.bracket_copula)


def plan_after_slash(low_segment: str) -> bool:
    """Whether ``low_segment`` (the words before a figure since the last) is only a plan after a slash ("/KH ")."""
    return _cues().slash_plan.fullmatch(low_segment.strip(" \t") + " ") is not None


def comparison_before_verb(low_segment: str) -> tuple[int, int] | None:
    """The span of a comparison put between a subject and the verb of change ending ``low_segment`` ("giá trị sản
    xuất so với cùng kỳ tăng "), from "so" to the verb, or None."""
    c = _cues()
    m = c.inc_end.search(low_segment) or c.dec_end.search(low_segment)
    if m is None:
        return None
    cb = c.cmp_before_verb.search(low_segment, 0, m.start())
    return (cb.start(), m.start()) if cb else None


def plan_then_attain(low: str) -> bool:
    """Whether ``low`` is only a plan named before the verb of attaining ("so kế hoạch năm đạt "): the bare "đạt"
    of a figure with its plan put first."""
    return _cues().basis_before.match(low.strip(" \t")) is not None


def plan_list_basis(low: str, start: int) -> tuple[int, int] | None:
    """The plan a list's lead names for the item ending at ``start`` ("... đạt và vượt dự toán giao như: thu tiền
    sử dụng đất đạt 331,7%; thu tiền thuê đất 297,2%"): its span, or None. The item names no plan of its own."""
    colon = low.rfind(":", 0, start)
    if colon < 0:
        return None
    c = _cues()
    lead = c.plan_list_lead.search(low, max(0, colon - 90), colon + 1)
    if lead is None or c.plan_in_pre.search(low, colon + 1, start):
        return None
    return lead.start(1), lead.end(1)


def changes_at_end(low_segment: str) -> bool:
    """A word of increase or decrease ends ``low_segment`` ("..., nông nghiệp tăng "): the figure after is a change."""
    c = _cues()
    return c.inc_end.search(low_segment) is not None or c.dec_end.search(low_segment) is not None


#: how far before a directive's word its passive lead is looked for ("được tập trung chỉ đạo")
REPORTED_REACH = 24

#: the most characters between a goal's figure and the relative word, and between it and the verb of setting
GOAL_SET_REACH = 50

#: a clause's head before its verb of change: letters only, a few words ("công nghiệp - xây dựng ", "trong đó dịch vụ ")
_CLAUSE_HEAD = re.compile(r"[ \t]*[^\W\d_]+(?:(?:[ \t]+|[ \t]*[-–][ \t]*)[^\W\d_]+){0,11}[ \t]*")


def change_clause_sign(low: str, end: int) -> int | None:
    """The sign of the change a clause ending right before a figure at ``end`` states with its own head and verb
    ("...; công nghiệp tăng ", "trong đó dịch vụ giảm "): 1 or -1; None where the clause has no head of its own
    before the verb (", tăng ": the sentence's subject's change) or no verb of change ends it."""
    a = max(low.rfind(",", 0, end), low.rfind(";", 0, end), low.rfind(":", 0, end), low.rfind("(", 0, end)) + 1
    clause = low[a:end]
    c = _cues()
    m = c.inc_end.search(clause) or c.dec_end.search(clause)
    if m is None or c.level_end.search(clause) or not _CLAUSE_HEAD.fullmatch(clause, 0, m.start()):
        return None
    return -1 if c.dec_end.search(clause) else 1


def has_growth(low_segment: str) -> bool:
    return _cues().growth.search(low_segment) is not None


def decide_role(s: str, low: str, q: Quantity, seg_start: int, target_from: int | None) -> RoleDecision:
    """The role of quantity ``q`` in sentence ``s`` (``low`` is its lowercase twin)."""
    c = _cues()
    pre = low[seg_start:q.start]
    if q.kind == "pct" and q.start and s[q.start - 1] == "+" and q.qualifier is None:
        return RoleDecision("change_pct", 1, consumed_end=q.end)  # "34,5 tỷ USD (+12,7%)": a rise, signed
    if q.start >= 2 and s[q.start - 1] in _SIGNS and s[q.start - 2] == "(" and q.qualifier is None:
        # "giảm 11 vụ (-22,45%) so với năm 2024", "giảm 2,3% (-598 ha) so cùng kỳ": the change restated signed in
        # brackets, its comparison after them
        sign = 1 if s[q.start - 1] == "+" else -1
        basis, b_end = None, q.end
        if (cb := _CLOSE.match(low, q.end)) is not None:
            basis, b_end = _basis_after(s, low, cb.end(), c.cmp_post, c)
        return RoleDecision("change_pct" if q.kind == "pct" else "change", sign, basis, max(q.end, b_end))
    if "(" in pre and c.bracket_plan.search(pre):  # "(kế hoạch năm 9,05%)", "(kế hoạch là 35 triệu đồng/người)"
        return RoleDecision("target", consumed_end=q.end)
    if q.upper is not None and plan_span_before(low, q.num_start):  # "nằm trong khoảng kế hoạch 7 - 8%": the plan's range
        return RoleDecision("target", consumed_end=q.end)
    lw = last_word(pre)  # the word right before the figure: the ``*_end`` patterns are searched where it may end one
    if c.goal_reach_words.may(lw) and c.goal_reach_end.search(pre):  # "khó đạt mục tiêu 10%": the goal named right
        return RoleDecision("target", consumed_end=q.end)  # before its figure
    if q.kind == "pct" and c.plan_rate_words.may(lw) and (pr := c.plan_rate_end.search(pre)) is not None:  # the plan its subject
        return RoleDecision("target", consumed_end=q.end, subject_from=seg_start + pr.start())
        # "vượt kịch bản tăng trưởng 6,9% mà tỉnh đã xây dựng"
    if q.kind == "pct" and c.goal_named_words.may(lw) and c.goal_named_end.search(pre) \
            and c.goal_set_after.match(low, q.end):
        return RoleDecision("target", consumed_end=q.end)  # "thấp hơn mục tiêu 8,5% mà HĐND tỉnh giao": the goal set
    if q.kind == "pct" and (bp := c.bracket_plan_amount_after.match(low, q.end)) is not None \
            and not c.inc_end.search(pre) and not c.dec_end.search(pre):
        # "kết nạp 3.105 đảng viên, chiếm 64,29% (Nghị quyết là 4.830 đảng viên)": the share of the plan reached
        return RoleDecision("plan_pct", 1, s[bp.start("plan"):bp.end("plan")].strip(), q.end)
    if q.kind != "pct" and low[max(0, q.start - 4):q.start].rstrip(" \t").endswith("(") \
            and c.plan_amount_bracket.search(low, max(0, q.start - 100), q.start) \
            and _stated_before(low[:low.rfind("(", 0, q.start)], low[q.num_end:q.end].strip()):
        return RoleDecision("target", consumed_end=q.end)  # the result stated before, the plan's sum in brackets
    if "/" in pre and c.slash_plan.search(pre):
        return RoleDecision("target", consumed_end=q.end)  # "50.754 tấn/KH 52.663 tấn"
    goal_head = index_of(low).any_in(c.goal_head_cues, seg_start, q.start)  # a goal head in the words before: asked twice below
    um = c.unmet_target.search(pre) if goal_head else None
    if um and not c.level_end.search(pre):
        return RoleDecision("target", consumed_end=q.end, subject_from=seg_start + um.end())
    if (gi := c.goal_is.search(pre) if goal_head else None) is not None \
            and not c.result_words.search(gi.group(1)):
        return RoleDecision("target", consumed_end=q.end)  # "chỉ tiêu thu ngân sách là 2,4 tỷ đồng": the goal set
    if goal_head and seg_start == 0 and c.goal_titled.match(pre) and not c.result_words.search(pre) \
            and _SENTENCE_CLOSE.match(low, q.end):
        # "Mục tiêu thu ngân sách 19.500 tỷ đồng" (a crosshead): the goal named, then its figure, nothing after
        return RoleDecision("target", consumed_end=q.end)
    if q.kind == "pct":
        d = _pct_role(s, low, q, pre, c, lw)
    else:
        d = _amount_role(s, low, q, pre, c)
    if q.kind == "count" and target_from is not None and target_from < q.start \
            and c.goal_receivers_end.search(low, target_from, q.start):
        d.receivers = True  # "giao chỉ tiêu ... cho 15 xã, thị trấn": who receives the goals, counted, no goal figure
    elif target_from is not None and target_from < q.start and not c.goal_end.search(low, target_from, q.start) \
            and not c.goal_aside.search(low, target_from, q.start):
        d.role, d.sign = "target", 1  # the plan a goal names stays known ("phấn đấu hoàn thành 100% dự toán")
    elif q.kind == "pct" and c.bound_after.match(low, q.end) and not c.bound_voted.search(pre):
        d.role, d.sign = "target", 1  # "từ 8% trở lên": a rate bounded, the goal's (a count bounded is a class: "đạt 15 tiêu chí trở lên")
    elif lw in _floor_ends() and c.floor_before.search(pre) and not c.floor_level.search(pre):
        d.role, d.sign = "target", 1  # "kết nạp ít nhất 80 đảng viên", "giải ngân tối thiểu 95%": a result is a point
    return d




@cache
def _floor_ends() -> frozenset[str | None]:
    """The last syllables of the floor words (cues roles.floor_words), lowercased: the only words a floor ends on (the
    word before a figure read once, :func:`last_word`); None too, a word running from the text's start."""
    return frozenset({None, *(lower_keep_len(w).split()[-1] for w in get(CuesLexicon).roles.floor_words if w.split())})


def _stated_before(head: str, unit: str) -> bool:
    """A figure in ``unit`` ("tỷ đồng") stands in ``head``: the result the plan's figure after it is set against."""
    return bool(unit) and re.search(rf"\d[ \t]*{re.escape(unit)}(?!\w)", head) is not None


_CLOSE = re.compile(r"[ \t]*\)")
#: the sign glued to a figure opening a bracket: a change restated signed
_SIGNS = "+-−–"
_WORD = re.compile(r"[^\W\d_]")
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[,;.:]|$)")


def _pct_role(s: str, low: str, q: Quantity, pre: str, c: _Cues, lw: str | None) -> RoleDecision:
    end = q.end
    # "1.250 tỷ đồng (đạt 207,6%) dự toán", "(trong đó thu nội địa 17,3 tỷ đồng, đạt 207,6%) dự toán": a bracket that
    # opened before the figure, or before the figure before it, closes between it and its plan or comparison, which
    # still read as the figure's basis
    if low.rfind("(", 0, q.start) > low.rfind(")", 0, q.start) and (cb := _CLOSE.match(low, end)) is not None and \
            (c.plan_post.match(low, cb.end()) or c.cmp_post.match(low, cb.end())):
        end = cb.end()
    if c.level_words.may(lw) and c.level_end.search(pre):
        if (far := c.level_or_change_end.search(pre)) is not None \
                and not c.rate_named.search(low, max(low.rfind(",", 0, q.start), low.rfind(";", 0, q.start),
                                                     low.rfind(":", 0, q.start)) + 1, q.start):
            # "riêng dịch vụ lữ hành tăng tới 107,75%": no rate named, the measure moved by as much as that
            basis, b_end = _basis_after(s, low, end, c.cmp_post, c)
            return RoleDecision("change_pct", -1 if far.group("down") else 1, basis, max(end, b_end))
        return RoleDecision("percent", consumed_end=end)
    if q.kind == "pct" and "(" in pre and _CLOSE.match(low, q.end) and (vb := c.verb_plan_bracket.search(pre)) is not None \
            and not vb.group("attain") \
            and _RATE_THEN_COMMA.search(low, max(0, q.start - len(pre) + vb.start() - 16), q.start - len(pre) + vb.start()):
        # "GRDP ước đạt 6,72%, thấp hơn chỉ tiêu Nghị quyết đề ra (7%)": the rate stated before the verb, the bracket
        # gives the goal's own rate it is measured against, no level of the plan reached
        return RoleDecision("target", consumed_end=end, subject_from=q.start - len(pre) + vb.start("plan"))
    if "(" in pre and _CLOSE.match(low, q.end) and (vb := c.verb_plan_bracket.search(pre)) is not None and (vb.group("attain") or (
            q.value is not None and (q.value < 100) == bool(vb.group("under")))):
        # "chưa đạt dự toán (85,2%)": the level reached, on the side of the plan the verb says
        off = q.start - len(pre)
        return RoleDecision("plan_pct", 1, s[off + vb.start("plan"):off + vb.end("plan")].strip(), end)
    # "vượt kế hoạch (đạt 115,9% kế hoạch)": a bracket with a verb of its own before the figure says how it reads
    op = pre.rfind("(")
    own = pre[op + 1:] if op > pre.rfind(")") and _WORD.search(pre, op + 1) else pre
    over, under = (c.plan_over_end.search(own), c.plan_under_end.search(own)) \
        if index_of(low).any_in(c.beat_cues, q.start - len(own), q.start) else (None, None)
    if over and not under and q.value is not None and q.value >= FULL_PLAN_PCT \
            and c.attained_and.search(own, max(0, over.start() - ATTAINED_AND_WITHIN), over.start()):
        over = None  # "đạt và vượt 100% chỉ tiêu": the plan reached, its attainment (read below); under 100 ("đạt và
        # vượt 5% dự toán") the figure is still the margin
    if over or under:
        # the word nearer the figure says how it reads: "tuy chưa đạt KH huyện giao nhưng vượt 3% KH tỉnh giao"
        sign = -1 if under and (not over or under.start() > over.start()) else 1
        basis, b_end = _basis_after(s, low, end, c.plan_post, c)
        if basis is None:
            pm = c.plan_in_pre.search(pre)
            basis = s[q.start - len(pre) + pm.start(1):q.start - len(pre) + pm.end(1)].strip() if pm else None
        if basis is None and (cmp_basis := _basis_after(s, low, end, c.cmp_post, c))[0]:
            # "cao hơn 2,4% so với cùng kỳ": no plan, an earlier period: a change
            return RoleDecision("change_pct", sign, cmp_basis[0], max(end, cmp_basis[1]))
        return RoleDecision("plan_diff_pct", sign, basis, max(end, b_end))
    # "vượt trên 100% kế hoạch": a qualifier made with a word of beating a plan still beats the plan it names
    if q.num_start > q.start and c.plan_over_qual.match(low, q.start, q.num_start):
        basis, b_end = _basis_after(s, low, end, c.plan_post, c)
        if basis is not None:
            return RoleDecision("plan_diff_pct", 1, basis, max(end, b_end))
    if "(" in pre and (pb := c.plan_then_own_bracket.search(pre)) is not None:
        off = q.start - len(pre)
        return RoleDecision("plan_pct", 1, s[off + pb.start(1):off + pb.end(1)].strip(), end)
    comma = lw == "" and pre.rstrip(" \t").endswith(",")  # "giảm nhẹ, khoảng 4%": a degree and a comma before it
    inc = c.inc_end.search(pre) if c.inc_words.may(lw) or comma else None
    dec = c.dec_end.search(pre) if c.dec_words.may(lw) or comma else None
    if inc or dec:
        sign = -1 if dec and (not inc or dec.start() >= inc.start()) else 1
        basis, b_end = _basis_after(s, low, end, c.plan_post, c)
        if basis is not None:
            return RoleDecision("plan_diff_pct", sign, basis, b_end)
        basis, b_end = _basis_after(s, low, end, c.cmp_post, c)
        if basis is None and (om := c.cmp_opener.match(low)) is not None:  # "So với cùng kỳ, ... tăng 3%"
            basis = s[om.start(1):om.end(1)]
        verb = dec if sign == -1 else inc
        if basis is None and verb is not None and index_of(low).any_in(c.so_cues, q.start - len(pre), q.start - len(pre) + verb.start()) \
                and (cb := c.cmp_before_verb.search(pre, 0, verb.start())) is not None:
            off = q.start - len(pre)  # "giá trị sản xuất so cùng kỳ tăng 7,2%": the comparison before the verb
            basis = s[off + cb.start(1):off + cb.end(1)]
        return RoleDecision("change_pct", sign, basis, max(end, b_end))
    basis, b_end = _basis_after(s, low, end, c.plan_post, c)
    if basis is not None:
        return RoleDecision("plan_pct", 1, basis, b_end)
    attained = c.attain_words.may(lw)  # the first three end on a verb of attaining
    bm = (attained and (c.basis_before.search(pre) or c.basis_opener.search(pre) or c.plan_named_before.search(pre))) \
        or c.plan_topic_verb.match(pre)
    if bm:
        off = q.start - len(pre)
        return RoleDecision("plan_pct", 1, s[off + bm.start(1):off + bm.end(1)], end)
    if c.range_from_end.search(pre) and c.moved_from.match(low, end):
        # "nâng tỷ trọng dịch vụ từ 39% năm 2020 lên 41% năm 2021": the level it moved from, at its own time, no
        # comparison
        return RoleDecision("percent", consumed_end=end, moved=True)
    if c.moved_to.fullmatch(pre):
        return RoleDecision("percent", consumed_end=end, moved=True)  # "... lên 41% năm 2021": the level it moved to
    # growth wording governs its own statement: "tăng trưởng ... chậm lại; tỷ lệ hộ nghèo còn 5,83%" is a level
    grown = has_growth(pre[pre.rfind(";") + 1:])
    cm = c.cmp_post.match(low, end)
    if cm and c.prior_head.match(low, cm.end()) and not (grown and not (c.prior_verb_words.may(lw) and c.level_verb_end.search(pre))):
        basis, b_end = _basis_after(s, low, end, c.cmp_post, c)
        return RoleDecision("prior_pct", 1, basis, b_end)
    if grown and not c.share_end.search(pre):  # "tăng trưởng thấp, do xây dựng (chiếm 4,1% GRDP) giảm": a share
        basis, b_end = _basis_after(s, low, end, c.cmp_post, c)
        return RoleDecision("change_pct", 1, basis, max(end, b_end))
    if attained and c.attain_end.search(pre) and (sp := c.slash_plan_met.search(low, max(0, q.start - 100), q.start)) is not None:
        return RoleDecision("plan_pct", 1, s[sp.start(1):sp.end(1)], end)  # "... /KH: 84.929 triệu đồng, đạt 54,4%"
    if attained and c.attain_end.search(pre) and _CLAUSE_END_AFTER.match(low, end):
        topic = c.plan_topic.match(low, low.rfind(";", 0, q.start) + 1)
        if topic is not None and topic.end() <= q.start:
            return RoleDecision("plan_pct", 1, s[topic.start(1):topic.end(1)].strip(), end)
    if (item := _item_change(low, q.start, c)) is not None:
        return RoleDecision("change_pct", item[0], None, end, subject_from=item[1])
    if (listed := _listed_attainment(s, low, q, c)) is not None:
        return RoleDecision("plan_pct", 1, listed, end)
    if (sibling := _sibling_plan(s, low, q, c)) is not None:
        return RoleDecision("plan_pct", 1, sibling, end)
    if (prior_plan := _prior_attainment(s, low, q, c)) is not None:
        return RoleDecision("plan_pct", 1, prior_plan, end, earlier=True)
    if (elided := _elided_change(low, q, c)) is not None:
        return RoleDecision("change_pct", elided, None, end)
    return RoleDecision("percent", consumed_end=end)


@dataclass(frozen=True, slots=True)
class _ListRx:
    rate: re.Pattern[str]  # a rate or a share named in an item ("tỉ lệ ...", "tỷ trọng", "chiếm"): its own measure
    item_close: re.Pattern[str]  # the figure closes its item (a stray "%" typed twice allowed: "19,1% %;")
    pct_end: re.Pattern[str]  # an item that ends on a percentage
    pct: re.Pattern[str]  # a percentage


@cache
def _list_rx() -> _ListRx:
    f = get(CuesLexicon).facts
    return _ListRx(
        rate=re.compile(rf"{word_alt([*f.level_heads, *f.rate_heads, *f.share])}(?!\w)"),
        item_close=re.compile(r"[ \t]{0,3}%?[ \t]{0,3}(?:[,;.]|$)"),
        pct_end=re.compile(r"\d[\d.,]{0,24}[ \t]{0,3}%[ \t%]{0,4}$"),
        pct=re.compile(r"\d[ \t]{0,3}%"),
    )


#: how far back a list's item, its lead and the head before the lead are looked for (a list of a few items)
LIST_REACH = 400
#: the most words of a list's item before its figure ("thương mại - dịch vụ", "Công nghiệp - Tiểu thủ công nghiệp")
LIST_ITEM_WORDS = 12


#: a percentage's decimal comma typed with a blank after it ("38, 1%"), from the comma: as the number reader reads it
_SPACED_PCT_DECIMAL = re.compile(r", \d{1,2}(?!\d)[ \t]?%")


def _item_start(low: str, pos: int) -> int:
    """Offset where the list item holding ``pos`` starts: after the last semicolon or comma before it, not a
    decimal comma ("2,8%", and one typed with a blank after it: "38, 1%")."""
    lo = max(0, pos - LIST_REACH)
    com = low.rfind(",", lo, pos)
    while com > 0 and com + 1 < len(low) and low[com - 1].isdigit() and (
            low[com + 1].isdigit() or _SPACED_PCT_DECIMAL.match(low, com)):
        com = low.rfind(",", lo, com)
    return max(com, low.rfind(";", lo, pos), lo - 1) + 1


def _listed_attainment(s: str, low: str, q: Quantity, c: _Cues) -> str | None:
    """The plan of an item's bare "đạt N%" listed after a count of indicators that reached a plan ("7/12 chỉ tiêu
    đạt trên 50% kế hoạch năm, như: tổng giá trị sản xuất ... đạt gần 72%, thương mại - dịch vụ đạt 52,7%"): the
    items reached that plan; a rate or a share listed among them is its own measure. None where no plan leads."""
    lx = _list_rx()
    lead = _last(c.item_lead.finditer(low, max(0, q.start - LIST_REACH), q.start))
    if lead is None or low.find(";", lead.end(), q.start) >= 0:
        return None
    a = max(_item_start(low, q.start), lead.end())
    item = low[a:q.start]
    if not c.attain_end.search(item) or lx.rate.search(item) or len(item.split()) > LIST_ITEM_WORDS \
            or not lx.item_close.match(low, q.end) or any(ch.isdigit() for ch in item):
        return None
    head_from = max(0, lead.start() - LIST_REACH)
    head = low[head_from:lead.start()].rstrip(" \t,")
    if (word := _last(c.item_lead.finditer(head))) is not None and not head[word.end():].strip(" \t,"):
        head = head[:word.start()].rstrip(" \t,")  # "..., như:": the word and its colon lead together
    # the head itself reaches a percentage of the plan it names, the plan closing it
    pct = _last(_list_rx().pct.finditer(head))
    pm = c.plan_in_pre.search(head, pct.end()) if pct is not None else None
    if pct is None or pm is None or head[pct.end():pm.start()].strip():
        return None
    return s[head_from + pm.start(1):head_from + pm.end(1)].strip()


#: a number's digits and separators, then its percent sign, closing a text (a decimal comma typed with a blank
#: after it read on: "38, 1%")
_PCT_NUMBER_END = re.compile(r"\d[\d.,]{0,24}(?:(?<=\d,)[ ]\d{1,2})?[ \t]{0,3}%$")


def _sibling_plan(s: str, low: str, q: Quantity, c: _Cues) -> str | None:
    """The plan of a bare "đạt N%" whose clause follows, after a comma or a semicolon, a sibling clause that reached a
    percentage of the plan closing it ("Thu ngân sách nhà nước đạt 100,35% dự toán, chi ngân sách nhà nước đạt
    97,44%"; "vốn tỉnh đạt 40% kế hoạch; vốn huyện đạt 65%"): the plan is elided, the same; so too past the item's own
    amount before it ("Thu ngân sách đạt 310 tỷ đồng, đạt 105% dự toán, chi ngân sách 290 tỷ đồng, đạt 98%"). None
    where the sibling names no plan, or the item is a rate or a share (its own measure)."""
    lx = _list_rx()
    a = _item_start(low, q.start)
    if a == 0 or low[a - 1] not in ",;":
        return None
    item = low[a:q.start]
    # "A đạt 41% kế hoạch, tăng 3,3% so cùng kỳ; A' đạt 39%, tăng 8,8%": parallel clauses, the plan elided
    first = _sibling_first_plan(s, low, a - 1, c) if low[a - 1] == ";" else None
    if low[a - 1] == ";" and not _shares_head(item, low[_item_start(low, a - 1):a - 1]) \
            and (first is None or not _shares_head(item, first[1])):
        return None  # a semicolon parts indicators of their own: the plan carries over to the parts of one thing only
    verb = c.attain_end.search(item)
    if verb is None or lx.rate.search(item) or len(item.split()) > LIST_ITEM_WORDS \
            or any(ch.isdigit() for ch in item) or not lx.item_close.match(low, q.end):
        return None
    if first is not None:
        return first[0]
    head_from = max(0, a - 1 - LIST_REACH)
    end = a - 1
    for step in range(2):
        head = low[head_from:end]  # the sibling clause, to the comma
        pct = _last(lx.pct.finditer(head))
        pm = c.plan_in_pre.search(head, pct.end()) if pct is not None else None
        if pct is not None and pm is not None and not head[pct.end():pm.start()].strip():
            num = _PCT_NUMBER_END.search(head, max(0, pct.end() - 30), pct.end())
            if num is None or not c.attain_end.search(head, max(0, num.start() - 40), num.start()):
                return None  # the sibling's figure reached by the same verb ("đạt 100,35% dự toán")
            return s[head_from + pm.start(1):head_from + pm.end(1)].strip()
        if pct is not None and pm is None and not head[pct.end():].strip() \
                and (num := _PCT_NUMBER_END.search(head, max(0, pct.end() - 30), pct.end())) is not None \
                and (bb := c.basis_before.search(head, max(0, num.start() - 90), num.start())) is not None:
            return s[head_from + bb.start(1):head_from + bb.end(1)].strip()  # "so kế hoạch năm đạt 38%": named before
        # the item's own amount, a comma piece before it with a figure and no percentage, the item no subject of its own
        b = _item_start(low, end)
        if step or b <= head_from or low[b - 1] != "," or "%" in low[b:end] or not any(ch.isdigit() for ch in low[b:end]) \
                or _WORD.search(item, 0, verb.start()):
            return None
        end = b - 1
    return None


def _sibling_first_plan(s: str, low: str, semi: int, c: _Cues) -> tuple[str, str] | None:
    """The plan of the sibling clause before the semicolon at ``semi`` when its first percentage is reached by the
    verb of attaining and names the plan right after it, other figures following it in the clause ("giá trị sản xuất
    nông nghiệp đạt hơn 41% kế hoạch, tăng 3,3% so cùng kỳ"): a clause of the same shape after the semicolon ("giá trị
    sản xuất công nghiệp đạt gần 39%, tăng 8,8% so cùng kỳ") reaches the same plan: the plan, and the sibling clause
    (lowercased). None otherwise."""
    lx = _list_rx()
    start = max(low.rfind(";", max(0, semi - LIST_REACH), semi), semi - LIST_REACH - 1, -1) + 1
    sib = low[start:semi]
    first = lx.pct.search(sib)
    if first is None:
        return None
    close = sib.find(",", first.end())
    pm = c.plan_in_pre.search(sib, first.end(), close if close >= 0 else len(sib))  # the plan closes the piece
    if pm is None or sib[first.end():pm.start()].strip():
        return None
    num = _PCT_NUMBER_END.search(sib, max(0, first.end() - 30), first.end())
    if num is None or not c.attain_end.search(sib, max(0, num.start() - 40), num.start()):
        return None
    return s[start + pm.start(1):start + pm.end(1)].strip(), sib


def _shares_head(item: str, sibling: str) -> bool:
    """The item opens on a word its sibling clause names too ("vốn tỉnh đạt 40% kế hoạch; vốn huyện đạt 65%"):
    parts of one thing."""
    words = item.split()
    if not words:
        return False
    w = words[0]
    at = sibling.find(w)
    while at >= 0:  # the word whole: no word character either side (what "(?<!\w)word(?!\w)" finds; nothing compiled)
        end = at + len(w)
        if not (at and _word_char(sibling[at - 1])) and not (end < len(sibling) and _word_char(sibling[end])):
            return True
        at = sibling.find(w, at + 1)
    return False


def _word_char(ch: str) -> bool:
    """A character ``\\w`` matches (Unicode): a letter or digit of any script, or "_"."""
    return ch.isalnum() or ch == "_"


#: between an earlier period's word and its verb of attaining: its year at most ("cùng kỳ năm 2018 đạt")
_PRIOR_YEAR = re.compile(r"[ \t]*(?:[^\W\d]+[ \t]+\d{4}(?!\d))?[ \t]*")
#: the figure closes its clause or its bracket
_CLOSES = re.compile(r"[ \t]*(?:[),;.]|$)")


def _prior_attainment(s: str, low: str, q: Quantity, c: _Cues) -> str | None:
    """The plan of a bare "đạt N%" said of the earlier period, in a clause or a bracket of its own after the figure
    that reached a plan ("thu ngân sách đạt 45% dự toán, tăng 12% so cùng kỳ (cùng kỳ đạt 40%)"): the earlier
    period's attainment of its own plan, the plan named before. None where no figure before names a plan."""
    a = max(_item_start(low, q.start), low.rfind("(", 0, q.start) + 1)
    b = a + len(low[a:q.start]) - len(low[a:q.start].lstrip())
    head = c.prior_head.match(low, b)
    gap = low[head.end():q.start] if head is not None else ""
    if head is not None and (more := c.prior_head.match(low, q.start - len(gap.lstrip(" \t")))) is not None:
        head = more  # "cùng kỳ năm trước": the earlier period named twice over
    verb = c.attain_end.search(low, head.end(), q.start) if head is not None else None
    if head is None or verb is None or not _PRIOR_YEAR.fullmatch(low, head.end(), verb.start()) \
            or not _CLOSES.match(low, q.end):
        return None
    lo = max(0, a - LIST_REACH)
    for pct in reversed(list(_list_rx().pct.finditer(low, lo, a))):
        basis, _ = _basis_after(s, low, pct.end(), c.plan_post, c)
        if basis is not None:
            return basis
    return None


def _elided_change(low: str, q: Quantity, c: _Cues) -> int | None:
    """The sign of a bare percentage listed between changes with their verb dropped ("ngành nông, lâm, thủy sản tăng
    2,8%; công nghiệp - xây dựng 19,1%; dịch vụ tăng 4,2%"): the item before it is a change, its own words no verb
    and no rate. None otherwise."""
    lx = _list_rx()
    a = _item_start(low, q.start)
    item = low[a:q.start]
    words = item.split()
    if not words and a > 0 and low[a - 1] == ",":
        # "dịch vụ tăng mạnh nhất, 7,05%": the figure of the verb and the degree the clause before ends on
        prev = low[_item_start(low, a - 1):a - 1]
        return 1 if c.degree_inc_end.search(prev) else -1 if c.degree_dec_end.search(prev) else None
    if not words or len(words) > LIST_ITEM_WORDS or any(ch.isdigit() for ch in item) or lx.rate.search(item) \
            or c.attain_end.search(item) or c.level_end.search(item) or not lx.item_close.match(low, q.end) \
            or words[0] in c.level_alone:
        return None  # "…, còn 4,6%": the level left, no change
    if a == 0:
        return None
    prev_start = _item_start(low, a - 1)
    prev = low[prev_start:a - 1].rstrip()
    m = lx.pct_end.search(prev)
    if m is None:
        return None
    before = prev[:m.start()]
    if c.dec_end.search(before):
        return -1
    return 1 if c.inc_end.search(before) else None


#: how far before an item's bracket the verb of change and the list's lead are looked for (a list of a few items)
ITEM_LIST_REACH = 240


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches``, or None."""
    out = None
    for out in matches:  # noqa: B007 - the loop keeps the last
        pass
    return out


def _item_change(low: str, start: int, c: _Cues) -> tuple[int, int] | None:
    """A bare percentage in brackets right after an item of a list that a verb of change opens ("một số mặt hàng
    tăng đột biến như giày da (160%), điện gió (103%)"): the item's change, as (sign, offset where the item
    starts), or None."""
    op = low.rfind("(", 0, start)
    if op < 0 or low[op + 1:start].strip(" \t"):
        return None
    lo = max(0, op - ITEM_LIST_REACH)
    a = max(lo, low.rfind(";", lo, op) + 1)
    lead = _last(c.item_lead.finditer(low, a, op))
    if lead is None:
        return None
    verb = _last(c.item_verb.finditer(low, a, lead.start()))
    if verb is None:
        return None
    com = low.rfind(",", lead.end(), op)
    return (-1 if verb.group("dec") else 1), (com + 1 if com >= 0 else lead.end())


#: how far before a word of beating a plan its "đạt và " is looked for, and the least attainment it reads as one
ATTAINED_AND_WITHIN = 24
FULL_PLAN_PCT = 100


def _beaten_by(s: str, low: str, q: Quantity, pre: str, c: _Cues) -> int | None:
    """The sign of a sum by which a result beats (1) or misses (-1) its plan, the result stated just before it in
    the same unit ("thu nhập bình quân ước đạt 50 triệu đồng/người/năm, vượt 9 triệu đồng"): a change against the
    plan, not a level; else None. A sum after the word with no result before it ("doanh thu vượt 1.000 tỷ đồng")
    is a level."""
    if q.num_end >= q.end or not index_of(low).any_in(c.beat_cues, q.start - len(pre), q.start):
        return None
    over, under = c.plan_over_end.search(pre), c.plan_under_end.search(pre)
    if not (over or under):
        return None
    verb = (under if under and (not over or under.start() > over.start()) else over)
    assert verb is not None
    a = q.start - len(pre)
    head = s[max(low.rfind(";", 0, a + verb.start()) + 1, a + verb.start() - 120):a + verb.start()]
    # the result in the same unit, any scale ("đạt 1,2 tỷ đồng, vượt 200 triệu đồng")
    if not any(h.unit == q.unit and h.kind == q.kind for h in find_quantities(head)):
        return None
    return -1 if verb is under else 1


@cache
def _volume_with() -> re.Pattern[str]:
    """The "với" between a verb of change and a sum or count (roles.change_with): the volume had, not the change."""
    return words_re(get(CuesLexicon).roles.change_with)


def _amount_role(s: str, low: str, q: Quantity, pre: str, c: _Cues) -> RoleDecision:
    end = q.end
    if not index_of(low).any_in(c.amount_cues, q.start - len(pre), q.start):
        return RoleDecision("amount", consumed_end=end)  # no word of a change, a comparison or a plan beaten before it
    if (beat := _beaten_by(s, low, q, pre, c)) is not None:
        basis, b_end = _basis_after(s, low, end, c.plan_post, c)
        if basis is None and (pm := c.plan_in_pre.search(pre)) is not None:
            basis = s[q.start - len(pre) + pm.start(1):q.start - len(pre) + pm.end(1)].strip()
        return RoleDecision("change", beat, basis, max(end, b_end))
    a0 = q.start - len(pre)
    ix = index_of(low)
    if ix.any_in(c.so_cues, a0, q.start) and (cb := c.cmp_then_copula.search(pre)) is not None:
        inc, dec = c.inc_end.search(pre, 0, cb.start()), c.dec_end.search(pre, 0, cb.start())
        if inc or dec:
            sign = -1 if dec and (not inc or dec.start() >= inc.start()) else 1
            return RoleDecision("change", sign, cb.group("basis").strip(), end)  # "tăng hơn so với cùng kỳ là 12 tỷ đồng"
    lw = last_word(pre)
    if not (c.level_words.may(lw) and c.level_end.search(pre)):
        inc = c.inc_end.search(pre) if c.inc_words.may(lw) else None
        dec = c.dec_end.search(pre) if c.dec_words.may(lw) else None
        if inc or dec:
            sign = -1 if dec and (not inc or dec.start() >= inc.start()) else 1
            basis, b_end = _basis_after(s, low, end, c.cmp_post, c)
            verb = dec if sign < 0 and dec else inc
            if basis is None and verb is not None and _volume_with().search(verb.group()) is not None:
                # "du lịch tăng trưởng khá với 1,2 triệu lượt khách": the volume the growth shows, no change by it
                return RoleDecision("amount", consumed_end=end)
            if basis is None and verb is not None and (adj := c.adjust_before.search(pre, 0, verb.start())) is not None:
                # "điều chỉnh giảm 312,6 tỷ đồng kế hoạch vốn": the sum adjusted, named by the adjustment
                return RoleDecision("amount", consumed_end=end, subject_from=q.start - len(pre) + adj.start())
            return RoleDecision("change", sign, basis, max(end, b_end))
        than = ix.any_in(c.than_cues, a0, q.start)
        if than and (cm := c.compared_end.search(pre)) is not None:  # "cao hơn vụ trước gần 2 tạ/ha"
            off = q.start - len(pre)
            return RoleDecision("change", -1 if cm.group("less") else 1, s[off + cm.start("basis"):off + cm.end("basis")].strip(), end)
        if than and (cm := c.comparative_end.search(pre)) is not None and (cmp_basis := _basis_after(s, low, end, c.cmp_post, c))[0]:
            return RoleDecision("change", -1 if cm.group("less") else 1, cmp_basis[0], max(end, cmp_basis[1]))
        if c.added_words.may(lw) and c.added_end.search(pre):  # "có thêm 3 xã đạt chuẩn ... so với cuối năm 2022": added since then
            stop = _CLAUSE_STOP.search(low, end)
            cm = c.added_cmp.search(low, end, stop.start() if stop else len(low))
            if cm is not None:
                basis, b_end = _basis_after(s, low, cm.start(), c.cmp_post, c)
                if basis is not None:
                    return RoleDecision("change", 1, basis, end)
    return RoleDecision("amount", consumed_end=end)


def _basis_after(s: str, low: str, pos: int, lead: re.Pattern[str], c: _Cues) -> tuple[str | None, int]:
    """The plan or comparison written after a figure ("kế hoạch năm", "cùng kỳ năm 2020")."""
    m = lead.match(low, pos)
    if not m:
        return None, pos
    a = m.end()
    stop = c.basis_stop.search(low, a + 1)
    b = stop.start() if stop else len(low)
    cap = 7
    if lead is c.plan_post and (g := _giver_end(low, a, c)) is not None:
        b, cap = g, 12  # "dự toán tỉnh và HĐND xã giao": the plan runs on to the verb that gives it
    elif lead is c.plan_post and stop is not None and (j := _joined_work_end(low, a, stop, c)) is not None:
        b, cap = j, 12  # "100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ": one plan of two works joined
    words = s[a:b].split()
    if not words:
        return None, pos
    words = words[:cap]
    basis = " ".join(words).strip(" -–")
    if lead is c.plan_post and c.basis_number.search(basis):
        return None, pos  # "(kế hoạch 9,05%)": a planned figure of its own, not the basis
    if lead is c.plan_post and low.startswith(":", b) and c.basis_number.search(low[b + 1:low.find(")", b) if ")" in low[b:] else b + 30]):
        return None, pos  # "(Nghị quyết: 85%)": the plan's own figure after a colon, not the basis
    if lead is c.plan_post and "," in low[pos:a] and c.attain_figure.match(low, a + len(s[a:b].rstrip())):
        return None, pos  # "đạt 59%, so dự toán huyện giao đạt 56%": the plan after the comma is the next figure's
    if lead is c.plan_post and len(words) < cap and (sp := c.second_plan.match(low, a + len(s[a:b].rstrip()))) is not None:
        return f"{basis} {' '.join(s[sp.start():sp.end()].split())}", sp.end()
    end = a + len(s[a:b].rstrip())
    return (basis or None), end


#: the fewest words of a plan's basis before a join that name a work planned after its head ("chỉ tiêu tuyển chọn")
_PLANNED_WORK_WORDS = 3
_LOWER_WORD = re.compile(r"[^\W\d_]+")


@cache
def _work_join() -> re.Pattern[str]:
    """The join between two works one plan names (roles.work_joins: "và")."""
    return re.compile(rf"{word_alt(get(CuesLexicon).roles.work_joins)}[ \t]+")


def _joined_work_end(low: str, a: int, stop: re.Match[str], c: _Cues) -> int | None:
    """End of a second work a plan's basis names after "và" ("chỉ tiêu tuyển chọn và gọi công dân nhập ngũ"): the
    basis before the join names a work after the plan's head, the words after it run to a clause's end or "với" with no
    figure, and open on no word that ends a basis or opens a predicate of the place ("kế hoạch năm và tăng 5%", "chỉ
    tiêu giao quân và được tỉnh khen thưởng"); else None."""
    j = _work_join().match(low, stop.start())
    if j is None or len(low[a:stop.start()].split()) < _PLANNED_WORK_WORDS or _LOWER_WORD.match(low, j.end()) is None \
            or c.basis_stop.match(low, j.end()) or _predicate_opener().match(low, j.end()):
        return None
    nxt = c.basis_stop.search(low, j.end())
    end = nxt.start() if nxt is not None else len(low)
    if nxt is not None and low[nxt.start()] not in ",;.:\n" and nxt.group().strip() not in get(CuesLexicon).roles.work_ends:
        return None
    return None if any(ch.isdigit() for ch in low[j.end():end]) else end


@cache
def _predicate_opener() -> re.Pattern[str]:
    """A tense, passive or agent word opening a predicate (subjects.tense_aux, passives; facts.passive_agent_leads)."""
    sj = get(CuesLexicon).subjects
    return re.compile(rf"(?:{phrase_alt([*sj.tense_aux, *sj.passives, *get(CuesLexicon).facts.passive_agent_leads])})(?!\w)")


_SPACE = re.compile(r"[ \t]*")
_CLAUSE_STOP = re.compile(r"[,;.:()\[\]\n\d]")


def _giver_end(low: str, a: int, c: _Cues) -> int | None:
    """End of the verb that gives the plan starting at ``a`` ("... giao"), when it closes the plan's
    words within a dozen words, with only the words that join its givers ("và", "do") among the
    words that otherwise end a basis; else None (and None where a join opens the next figure's plan named before
    its verb: "đạt 135,7% xã giao và so kế hoạch tỉnh giao đạt 317%")."""
    cm = _CLAUSE_STOP.search(low, a + 1)
    end = cm.start() if cm else len(low)
    g = None
    for m in c.giver.finditer(low, a + 1, end):
        sp = _SPACE.match(low, m.end())  # always matches ("[ \t]*")
        after = sp.end() if sp else m.end()
        if after >= end or not low[after].isalnum() or c.basis_stop.match(low, after):
            g = m  # a giver closes the plan's words ("chỉ tiêu giao quân": "giao" gives nothing)
    if g is None or len(low[a:g.end()].split()) > 12:
        return None
    for st in c.basis_stop.finditer(low, a + 1, g.start()):
        if " ".join(st.group().split()) not in c.giver_joins or c.plan_lead_at.match(low, st.end()):
            return None  # (a join, then a plan named before its verb: "xã giao và so kế hoạch tỉnh giao đạt 317%")
    return g.end()


def adverb_times(c: CuesLexicon) -> str:
    """Look-behinds for a time's number and unit before an adverb of degree ("9 tháng mới so kế hoạch đạt"), each
    alternative of fixed width (``roles.basis_adverb_times``)."""
    return "".join(f"|(?<=\\d {re.escape(w)} )" for w in c.roles.basis_adverb_times)
