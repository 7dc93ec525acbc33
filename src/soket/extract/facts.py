"""Facts of a document: each quantity of each sentence with its role, subject, basis,
qualifier and estimate, grounded by its span and sentence.

Within a sentence, figures form chains: "Thu ngân sách ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch
năm" gives the percentage the amount's subject. A chain breaks at ";" and ":".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from soket import rx as re
from soket.extract.goals import NO_CARRY, Carry, sentence_goal
from soket.extract.indicators import last_indicator_span
from soket.extract.intervals import Intervals
from soket.extract.people import titled_person_end
from soket.extract.quantities import Quantity, find_quantities, has_span, number_in_words, plan_span_before
from soket.extract.repair import repair, unmask
from soket.extract.roles import (
    RoleDecision,
    asked_from,
    change_clause_sign,
    changes_at_end,
    comparison_before_verb,
    decide_role,
    directed_list,
    goal_reached_at,
    growth_words,
    plan_after_slash,
    plan_list_basis,
    plan_then_attain,
    remark_dash,
    tidy_basis,
)
from soket.extract.sentence_index import CueSet, index_of
from soket.extract.sentences import Sentence, evidence_window
from soket.extract.subjects import (
    appointed_body,
    clean_subject,
    done_clause_subject,
    drop_count_total,
    drop_leading_adverb,
    drop_named_owner,
    drop_span_after,
    following_phrase,
    has_estimate,
    label_subject,
    left_subject,
    measure_head,
    noun_joined_after,
    noun_list_after,
    strip_openers,
    subject_problem,
    suffers_after,
    time_only,
    topic_of_clause,
    topic_only,
    topic_opened,
)
from soket.extract.textutil import UPPER, first_of, lower_keep_len, phrase_alt, starts_re, word_alt, words_re
from soket.lexicon import get
from soket.lexicon.schema import BodiesLexicon, CuesLexicon, PeriodsLexicon, UnitsLexicon
from soket.model import Fact

_CLAUSE_END = re.compile(r"[,;()]")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_CLAUSE_CLOSE = re.compile(r"[ \t]*(?:[;.:]|$)")
#: a remark in brackets, with no figure, right after a figure and closed by a comma
_ASIDE_AFTER = re.compile(r"[ \t]*\([^()\d]*\)[ \t]*,")


def _words_scale(s: str) -> bool:
    """A number in words before what it may count: a scale word ("một nghìn tỷ đồng", "tỉ" too), a group noun ("ba
    nhóm giải pháp"), a counted noun ("hai mươi mốt xã") or a measure."""
    return number_in_words(lower_keep_len(s))


@dataclass(slots=True)
class _Link:
    subject: str | None
    estimated: bool
    verb: str | None  # the event verb of a count ("kết nạp"), shared by "và 50 đảng viên"
    own_estimate: bool = False  # the estimate is the count's own verb after it ("11/13 chỉ tiêu ước đạt"), not shared
    adjusted: str | None = None  # the measure an adjustment changed ("tổng nguồn vốn được điều chỉnh tăng 126 tỷ đồng")


@cache
def _elsewhere() -> re.Pattern[str]:
    return words_re(get(CuesLexicon).facts.elsewhere)


@dataclass(frozen=True, slots=True)
class _ElsewhereCues:
    """The phrases :func:`_share_end` and :func:`_elsewhere` need, for the sentence's index."""

    share: CueSet
    elsewhere: CueSet


@cache
def _elsewhere_cues() -> _ElsewhereCues:
    f = get(CuesLexicon).facts
    return _ElsewhereCues(share=CueSet(f.share), elsewhere=CueSet(f.elsewhere))


@cache
def _elsewhere_names() -> re.Pattern[str]:
    return words_re(get(CuesLexicon).facts.elsewhere_in_names)


@cache
def _floor_word() -> re.Pattern[str]:
    """The word closing a bound from below or above ("trở lên")."""
    return words_re(get(CuesLexicon).quantities.threshold_after)


#: the fewest words of a line written without Vietnamese diacritics that says no figure ("KY HOP THU 9 HDND HUYEN ...")
UNACCENTED_WORDS = 4
#: the fewest accented letters of a document written in Vietnamese with its diacritics
ACCENTED_DOC_LETTERS = 20
_ACCENTED = re.compile(r"[^\x00-\x7f]")


def accented_document(text: str) -> bool:
    """The document writes Vietnamese with its diacritics (a few accented letters at least)."""
    n = 0
    for _ in _ACCENTED.finditer(text):
        n += 1
        if n >= ACCENTED_DOC_LETTERS:
            return True
    return False


def unaccented_line(text: str) -> bool:
    """A sentence of several words written without any diacritic, in a document written with them: a video's
    slug or a caption typed on a plain keyboard ("KY HOP THU 9 HDND HUYEN DAK GLEI KHOA XIV"), whose "THU 9" is
    the session's ordinal ("thứ 9"), read as nothing: its words cannot be told apart ("thu" revenue, "thứ")."""
    return text.isascii() and sum(1 for w in text.split() if any(c.isalpha() for c in w)) >= UNACCENTED_WORDS


def sentence_facts(sent: Sentence, chrome: Intervals | list[tuple[int, int]], before: str | None = None,
                   carry: Carry = NO_CARRY, in_goal_span: bool = False, before_growth: str | None = None,
                   before_estimated: bool = False) -> list[Fact]:
    """The facts stated in one sentence (offsets in the document's text).

    ``before``: the subject of the last figure of the sentence before, for a subject that points
    back to it ("Số thu này đạt ..."); ``before_growth``: of its last rate of change, for a growth wording that
    points back ("Mức tăng này ..."); ``before_estimated``: the last figure of the sentence right before is an
    estimate (a sentence opened by a breakdown word lists its parts: estimates too). ``carry``: what the sentence
    before leaves open of a goal
    (:func:`soket.extract.goals.carry_after`). ``in_goal_span``: the sentence lies in a goal span opened before it
    (:func:`soket.extract.goals.goal_sentences`): its figures are goals. Where the sentence's goal opens is decided by
    :func:`soket.extract.goals.sentence_goal`.
    """
    if not _DIGIT.search(sent.text) and not _words_scale(sent.text):
        return []
    rs = repair(sent.text)
    s = rs.text
    qs = find_quantities(s, rs.low)
    # a goal's span alone, or a goal's floor alone ("phấn đấu kết nạp từ 33 đảng viên trở lên"), is read once its goal
    # is found
    if not qs and not has_span(rs.low) and not _floor_word().search(rs.low):
        return []
    low = rs.low
    inside = Intervals.of(chrome)
    tgt = sentence_goal(s, low, carry, in_goal_span)
    if tgt is not None and (_floor_word().search(low, tgt) or has_span(low, tgt)):
        qs = find_quantities(s, low, floors_from=tgt)  # "...; thành lập mới từ 2 doanh nghiệp trở lên": a goal's floor
    quoted = _quoted_goals(s, low)
    asked = asked_from(low) if tgt is not None else None  # what a person asks for, from there
    facts: list[Fact] = []
    seg_start = 0
    link: _Link | None = None
    counted: dict[str, _Link] = {}  # the last link of each counted noun in the chain
    counted_before: dict[str, _Link] = {}  # the same over the whole sentence, across chains
    counted_all: dict[str, list[_Link]] = {}  # every link of each counted noun in the sentence
    before_est = False  # the last figure of this sentence was an estimate
    parts_of_estimate = False  # the chain lists the parts of an estimated figure ("ước ..., trong đó ...")
    estimate_items: tuple[str, str | None] | None = None  # the parts of an estimate listed past a ";": their first's kind
    first_part: tuple[str, str | None] | None = None  # the kind of the first part of an estimate in this chain
    estimate_bracket_end = -1  # the end of a bracket opened right after an estimated figure: its parts are estimates
    parts_of_growth = False  # the figures before were the parts of a growth rate ("tăng 7,2%, trong đó năm 2015 đạt 6,9%")
    growth_bracket_end = -1  # the end of a bracket opened right after a growth rate: its bare rates are its parts' growth
    last_i = -1  # the index in qs of the last figure that gave a fact
    gapped_at = -1  # the index in qs of the last rate read as an item leaving out the verb of change before it
    year_seen, year_max = 0, 0  # how far the sentence was read for years, and the latest year found there
    links_by_end: dict[int, _Link] = {}  # the link of each figure, by where the figure ends
    # "Dự kiến sẽ có 18 tờ trình được thông qua, đồng thời ban hành 18 nghị quyết, trong đó ...": a sentence opened by
    # an estimate's word forecasts its figures, to its first ";" (a clause after it has its own verb); a sentence
    # opened by a breakdown word right after an estimate ("... ước khoảng 25.315 tỷ đồng. Trong đó thu từ dầu khí
    # khoảng 9.184 tỷ đồng, ...") lists the estimate's parts
    opened = _estimate_opening().match(low)
    forecast_end = (low.find(";", opened.end()) % (len(low) + 1)) if opened else -1
    # (the parts: only those stated with no verb of their own, "Trong đó, thu nội địa 33.240 tỷ đồng"; "Trong đó, thu
    # thuế đạt 1.145 tỷ đồng" states a result of its own)
    parts = _breakdown_opening().match(low) if before_estimated else None
    parts_end = (low.find(";", parts.end()) % (len(low) + 1)) if parts else -1
    occurred_before: tuple[int, str] | None = None  # (the index in qs, the occurrence) of the last count of an occurrence
    for i, q in enumerate(qs):
        if q.start < seg_start:
            continue
        nxt = qs[i + 1].start if i + 1 < len(qs) else len(s)
        a, b = sent.start + rs.to_written(q.start), sent.start + rs.to_written(q.end - 1) + 1
        if _in_rate_name(s, low, q, qs[i + 1:]):
            continue  # its words stay the rate's subject
        if q.kind == "count" and ((sit := _sitting())[1].match(low, q.end) or sit[1].search(low, q.num_end, q.end)) \
                and sit[0].search(low, max(0, q.start - 12), q.start) is not None:
            continue  # "Sau 1 buổi làm việc, kỳ họp ...": how long the meeting sat
        if q.kind == "count" and _SALE_UNIT_BEFORE.search(s, max(0, q.start - 24), q.start) \
                and _CLOSE_AFTER.match(s, q.end):
            continue  # "160.000 đồng/chục (12 trái)": the bracket says what the unit of sale holds, no count
        if q.kind == "pct" and i and qs[i - 1].kind == "count" \
                and (gap := _band_gap().fullmatch(low, qs[i - 1].end, q.start)) \
                and (tail := _band_end().match(low, q.end)) \
                and ((q.qualifier in ("over", "under") and not tail.group(1)) or (gap.group(1) and tail.group(2))):
            # "3 chỉ tiêu đạt trên 100%; ... 3 chỉ tiêu dưới 50%", "9/17 chỉ tiêu chủ yếu đạt từ 50% kế hoạch trở lên":
            # the band the count falls in ("12 xã đạt trên 80% kế hoạch" says how far the count got: a fact)
            seg_start = tail.end(1)
            continue
        if q.kind == "pct" and q.qualifier in ("over", "under") and i and qs[i - 1].kind == "count" \
                and lower_keep_len(qs[i - 1].unit or "") in _goal_heads() and _band_gap().fullmatch(low, qs[i - 1].end, q.start):
            seg_start = q.end  # "14/22 chỉ tiêu đạt trên 50% kế hoạch năm": goals counted, each reached its own plan: the band
            continue
        if q.qualifier in ("over", "under") and (none := _none_before().search(low, max(0, q.start - 60), q.start)) \
                and not _CLAUSE_END.search(s, none.start(), q.start):
            seg_start = q.end  # "chưa có xã nào đạt trên 10 tiêu chí": what no member reached bounds a class, no figure
            continue
        if q.kind == "count" and _limit_each().search(low, max(0, q.num_start - _LIMIT_WITHIN), q.num_start) is not None:
            seg_start = q.end  # "số người dự tại mỗi điểm cầu không quá 10 người": a limit set for each, no figure
            continue
        if q.kind in ("pct", "money") and q.qualifier in ("over", "under") and i and qs[i - 1].kind == "count" \
                and _class_gap().fullmatch(low, qs[i - 1].end, q.start) \
                and (tail := _band_end().match(low, q.end)) and not tail.group(2) \
                and not (tail.group(1).strip() and _attain_word().search(low, qs[i - 1].end, q.start)):
            # "có 21 chủ đầu tư được giao vốn trên 100 tỷ đồng", "4 chủ đầu tư giải ngân trên 50%", "37 dự án giải ngân
            # dưới 10% kế hoạch": the bound (of a plan, or of nothing named) names the class counted, no figure ("12
            # xã đạt trên 80% kế hoạch" attains a share of its plan: how far the count got, a figure)
            seg_start = tail.end(1)
            continue
        if q.kind == "pct" and q.qualifier in ("over", "under") and (dg := _degree_end().search(low, 0, q.start)) \
                and not _rate_head_end().search(low, 0, dg.start()):
            seg_start = q.end  # "620 ha mất trắng (thiệt hại trên 70%)": a degree of loss bounds a class, no figure
            continue
        if inside.holds(a) or _measures_elsewhere(s, low, q):
            seg_start = q.end
            continue
        seg = s[seg_start:q.start]
        part_before = parts_of_growth  # the figure before was a part of a growth rate, whatever the break
        if _hard_break(s, seg_start, q.start):
            # "ước đạt 19.214 tỷ đồng, bằng 39% dự toán; trong đó, thu nội địa 14.826 tỷ đồng": a clause after ";" opened
            # by a breakdown word lists the parts of the estimate before it, its own verbs included, where they are
            # amounts of the whole (its sectors' rates after ";", "; trong đó công nghiệp tăng 12,6%", stay stated figures:
            # the dev set reads them so, the golds are split); the parts go on
            # past a further ";" while the clause after it is one more item of the same kind ("; trong đó A tăng 13,4%;
            # B tăng 7,1%; riêng C tăng 3,2%"; "; trong đó nuôi trồng 14.800 tấn; sản lượng khai thác giảm 4,3%": a new
            # statement)
            semi = seg.rfind(";")
            if link is not None and link.estimated and q.kind != "pct" \
                    and ((semi >= 0 and _breakdown_opening().match(lower_keep_len(seg), semi + 1))
                         or _breakdown_colon().search(lower_keep_len(seg))):
                estimate_items = (q.kind, q.unit if q.kind in ("count", "measure") else None)
            elif not (parts_of_estimate or estimate_items) or semi < 0 or seg.find(":", semi) >= 0 \
                    or (q.kind, q.unit if q.kind in ("count", "measure") else None) != (estimate_items or first_part):
                estimate_items = None
            elif not estimate_items:
                estimate_items = first_part
            link = None
            counted = {}
            parts_of_estimate = False
            parts_of_growth = False
        if q.kind == "pct" and i and _BRACKET_CLOSED.match(s, qs[i - 1].end) \
                and (of_whole := links_by_end.get(len(s[:max(0, s.rfind("(", 0, qs[i - 1].start))].rstrip(" \t")))):
            # "gieo trồng 42.136 ha (cây mì 12.480 ha, cây mía 6.215 ha), tăng hơn 1%": the parts in brackets done, the
            # percentage is of the whole before them
            link = of_whole
        d = decide_role(s, low, q, seg_start, tgt)
        if d.role != "target" and quoted and any(qa <= q.start < qb for qa, qb in quoted):
            d.role, d.sign = "target", 1  # "khẩu hiệu hành động “thu ngân sách vượt 15% dự toán”": a goal in quotes
        if q.kind == "pct" and d.role == "prior_pct" and facts and facts[-1].role == "change_pct" and i \
                and last_i == i - 1 and _shared_change_verb().fullmatch(low, qs[i - 1].end, q.start):
            # "tăng 8,82% so với tháng trước và 36,21% so với cùng kỳ": the second rate shares the first's verb
            d.role, d.sign = "change_pct", -1 if (facts[-1].value or 0) < 0 else 1
        if q.kind != "pct" and d.role == "amount" and facts and facts[-1].role == "change_pct" and i \
                and last_i == i - 1 and _change_equivalent().fullmatch(low, qs[i - 1].end, q.start):
            # "tăng 7,7% tương đương 1,6 triệu đồng": the rate's change again, in the sum's unit
            d.role, d.sign = "change", -1 if (facts[-1].value or 0) < 0 else 1
            d.basis = d.basis or facts[-1].basis
        if link and d.role == "change" and q.kind == "count" and q.unit in counted:
            link = counted[q.unit]  # "xảy ra 11 vụ, làm chết 6 người, giảm 2 vụ": a change goes with the count of its noun
        elif link and d.role == "change" and q.kind == "count" and q.unit and facts and last_i == i - 1 \
                and qs[i - 1].kind == "count" and not set((facts[-1].unit or "").split()) & set(q.unit.split()) \
                and q.unit not in _case_counters():
            # "giải thể 14 chi bộ trực thuộc, giảm 23 phòng, đơn vị so với đầu năm": a change of a noun no count before
            # it counts is a change of its own, no change of the count before (of another noun); a case's counter
            # counts the things before it ("kỷ luật 85 đảng viên, tăng 12 trường hợp": the members disciplined)
            link = None
        own = seg
        if q.kind in ("money", "measure") and i and qs[i - 1].kind in ("count", "measure") and seg_start > qs[i - 1].end \
                and not _PIECE_OPEN.match(seg) and (lc := seg.rfind(",")) >= 0:
            # "xử lý 176 trường hợp vi phạm về giá cả, vệ sinh an toàn thực phẩm, phạt tiền trên 230 triệu đồng": words
            # that go on from a count's noun phrase list on in it up to the last comma; the sum's own words come after (so
            # after a measure: "xây dựng 1.240 m đường bê tông theo phương thức ..., người dân đóng góp trên 1,8 tỷ đồng")
            own = seg[lc + 1:]
        if i and seg_start == qs[i - 1].end and seg.startswith("/") \
                and (cut := min((k for k in (seg.find(","), seg.find(";")) if k > 0), default=-1)) > 0:
            # "bao phủ 83,47%/tổng dân số toàn huyện, đạt 88,98% chỉ tiêu": the words after the slash are the base of the
            # share before, not this figure's subject
            own = seg[cut + 1:]
        if i and seg_start == qs[i - 1].end and (ab := _ASIDE_AFTER.match(seg)) is not None:
            # "ước đạt 1.681,5 tấn (đã tính sản lượng ước vụ Mùa), tăng 4%": a remark in brackets right after the figure
            # before is that figure's; the words after the comma are this one's
            own = seg[ab.end():]
        if (dashed := _dashed_aside(own)) is not None:
            own = dashed  # "nguồn thu tiền sử dụng đất - nguồn vốn chính để bố trí cho đầu tư - đến nay chỉ đạt": the aside no subject
        if (closed := _closed_aside(s, seg_start, own)) is not None:
            own = closed  # "do ngành xây dựng (chiếm 5,2% GRDP) giảm 1,5%": the words before the aside name what changed
        if d.role in ("change_pct", "change") and (cmp := comparison_before_verb(lower_keep_len(own))) is not None:
            own = own[:cmp[0]] + own[cmp[1]:]  # "giá trị sản xuất so với cùng kỳ tăng 7,2%": the comparison no subject
        left, pred = left_subject(own, first_piece_only=q.kind == "count", qualified=q.qualifier is not None,
                                  caused=suffers_after(s, q.end), time_back=q.kind in ("money", "measure"),
                                  clause_open=seg_start == 0)
        if left and pred and _place_actor().fullmatch(lower_keep_len(left.strip())) and left.strip().lower() != q.unit:
            # "các địa phương huy động 1.563 tỷ đồng", "thị xã giảm 312 hộ nghèo": the place acts, the verb is measured
            acted = _verb_tail().sub("", pred.strip())
            left = (f"{acted} {s[q.unit_start:q.end]}" if q.kind == "count" and d.role == "change" and q.unit_start
                    else acted) or None
        if left and (body := appointed_body(left)) != left and subject_problem(body, q.unit) is None:
            left = body  # "... chỉ định Ban Chấp hành Đảng bộ xã gồm 33 đồng chí": the body appointed, not the act
        if left and (addressed := _addressed().search(lower_keep_len(left))) is not None \
                and (addressee_asked := clean_subject(left[addressed.end():].strip(" \t,"))) \
                and subject_problem(addressee_asked, q.unit) is None:
            left = addressee_asked  # "UBND tỉnh trình HĐND tỉnh chỉ tiêu GRDP tăng ...": the body addressed is no part of the subject
        if left and (task := _directed_task(own, left)) is not None and subject_problem(task, q.unit) is None:
            left = task  # "Chủ tịch yêu cầu các sở, ngành, địa phương giải ngân 100% ...": the task, not who asks whom
        if left and (effort := _effort_lead().match(lower_keep_len(left))) is not None \
                and _is_completion_verb(left[effort.end():]):
            left = left[effort.end():]  # "đề nghị phường tập trung hoàn thành 100% dự toán ...": the effort, no part of it
        if left and q.kind in ("count", "measure") and (event := _caused_event(left, seg)) is not None:
            left = event  # "Mưa lớn gây sạt lở tại 14 điểm": the event counted by the places it hit, not its cause
        if d.moved and left:
            left = _level_raised(left)  # "nâng tỷ trọng dịch vụ, từ 39,8% năm 2015 lên 41,2%": the level raised
        if left and (op := seg.rfind("(")) > seg.rfind(")") \
                and _year().match(lower_keep_len(seg), op + 1 + len(seg[op + 1:]) - len(seg[op + 1:].lstrip())) \
                and left_subject(seg[op + 1:])[0] is None:
            left = None  # "ước đạt 7,2%, cao nhất khu vực (năm 2018 tăng 6,8%": earlier years in brackets, not the remark's
        left_said = left
        grouped: str | None = None  # a group named before the verb having the count: the subject, whole
        # "công nghiệp và xây dựng tăng 11,06% (công nghiệp 12,76%, xây dựng 6,95%)": a bracket opened right after a
        # growth rate lists its parts' rates
        if facts and facts[-1].role == "change_pct" and seg.lstrip(" \t").startswith("(") and seg.rfind("(") > seg.rfind(")"):
            close = s.find(")", q.start)
            growth_bracket_end = close if close >= 0 else len(s)
        in_growth_bracket = q.start < growth_bracket_end and not pred.split()
        if q.kind == "pct" and d.role == "percent" and facts and facts[-1].role == "change_pct" \
                and (in_growth_bracket or ((parts_of_growth or _breakdown().search(lower_keep_len(seg))) and _attains_only(pred))) \
                and not (left and _rate_head().match(lower_keep_len(left.strip()))):
            # "tăng trưởng đạt 7,2%, trong đó năm 2015 đạt 6,9%, năm 2016 đạt 7,4%": a part of a growth rate is one
            d.role = "change_pct"
        if q.kind == "pct" and d.role == "percent" and part_before and facts and facts[-1].role == "change_pct" \
                and left and not pred.split() and _bare_item_after_break(seg):
            # "trong đó chế biến tăng 7,82%; khai khoáng 1,7%; điện tăng 13,55%": a part listed bare between growth
            # rates leaves out the verb they share
            d.role = "change_pct"
        if q.kind == "pct" and d.role == "percent" and facts and facts[-1].role == "change_pct" and last_i == i - 1 \
                and _BARE_COMMA_ITEM.fullmatch(seg) and i + 1 < len(qs) and qs[i + 1].kind == "pct" \
                and (between := s[q.end:qs[i + 1].start]).lstrip(" \t").startswith(",") and ";" not in between \
                and changes_at_end(lower_keep_len(between)) and not _level_head().match(lower_keep_len(seg.lstrip(" \t,"))):
            # "công nghiệp - xây dựng tăng 12,6%, dịch vụ 8,2%, nông nghiệp tăng 3%": a sector listed bare between
            # growth rates, the verb they share left out
            d.role = "change_pct"
        if q.kind == "pct" and d.role in ("percent", "prior_pct") and facts and facts[-1].role == "change_pct" \
                and last_i == i - 1 and not pred.split() and _gapped_item(low_seg := lower_keep_len(seg)):
            # "nông nghiệp tăng 3,2%; công nghiệp tăng 9,5%, dịch vụ 7,1%", "ngành công nghiệp tăng 9,5% và ngành dịch
            # vụ 7,1%": an item after a clause with its own head and verb of change leaves that verb out, and so do the
            # items after it, and the parts a growth rate lists ("tăng 9,33%; trong đó khu vực công nghiệp 10,21%")
            sign = change_clause_sign(low, qs[i - 1].start)
            if sign is None and (gapped_at == i - 1 or _breakdown().search(low_seg)):
                sign = -1 if (facts[-1].value or 0) < 0 else 1
            if sign is not None:
                d.role, d.sign = "change_pct", sign
                gapped_at = i
        if q.kind == "pct" and (d.role == "percent" or (d.role == "plan_diff_pct" and ":" in (d.basis or ""))
                                or (d.role == "plan_pct" and not d.basis)) \
                and not (left and _rate_head().match(lower_keep_len(left.strip()))) \
                and (pl := plan_list_basis(low, q.start)) is not None:
            # "đạt và vượt dự toán giao như: thu tiền sử dụng đất đạt 331,7%; thu tiền thuê đất 297,2%": each item
            # attains the plan the list's lead names
            d.role, d.sign, d.basis = "plan_pct", 1, s[pl[0]:pl[1]].strip()
        parts_of_growth = d.role == "change_pct" and (parts_of_growth or _breakdown().search(lower_keep_len(seg)) is not None)
        if d.role == "change" and q.kind == "count" and q.unit in counted_before and q.unit not in counted \
                and (link is None or last_i == i - 1) and (not left or subject_problem(left, q.unit) is not None):
            # "xảy ra 6 vụ tai nạn giao thông, làm chết 4 người; so với cùng kỳ giảm 2 vụ": a change with no subject of its
            # own after a ";" goes with the count of its noun before it; "...; giảm 3 vụ, giảm 2 người chết": of the
            # counts of that noun, the one the word after it names ("chết" in "làm chết 9 người")
            link = counted_before[q.unit]
        if d.role == "change" and q.kind == "count" and q.unit in counted_all \
                and (not left or subject_problem(left, q.unit) is not None) and (after := _WORD_AFTER.match(low, q.end)):
            link = next((k for k in reversed(counted_all[q.unit]) if k.subject
                         and after.group(1) in lower_keep_len(k.subject).split()), link)
        if q.kind == "count" and (ob := _object_lead().search(seg)) is not None \
                and (act := _without_light_verb(left_subject(seg[:ob.start()], first_piece_only=True)[0])) \
                and len(act.split()) <= OBJECT_ACTIVITY_WORDS:
            left = act  # "giám sát chuyên đề đối với 9 tổ chức đảng": the activity done to what is counted
        elif q.kind == "count" and left and _is_agent_predicate(pred):
            whole, _ = left_subject(seg)
            whole = _after_raise_verb(whole)
            # "Tổng lượng khách đến tham quan, nghiên cứu ước đạt 12.800 lượt người": a measure named
            # before the verb is the subject, not an agent
            # ("Nhóm chỉ tiêu về quốc phòng - an ninh đạt 3 chỉ tiêu": a group of the noun counted that attains it, no
            # agent either: the words before the verb, in its own piece)
            group = left if _attains_only(pred) and _names_unit(left, q.unit) else None
            if group is None and (_attains_only(pred) or pred.strip() in _have_words()) and _count_group().match(left.strip()):
                group = grouped = left  # "nhóm xã hội có 4/4 chỉ tiêu đạt và vượt": the group the count is of, whole
            if group is None and (_attains_only(pred) or pred.strip() in _have_words()) and q.unit \
                    and lower_keep_len(q.unit) in _unit_counters() and not _place_actor().match(lower_keep_len(left.strip())) \
                    and following_phrase(s, q.end, limit=nxt)[0] is None:
                # "Doanh nghiệp thành lập mới có 612 đơn vị": a counter of any kind names nothing; what it counts is
                # named before the verb (a place there is the agent having them: "toàn tỉnh có 612 đơn vị")
                group = grouped = left
            head_ok = bool(whole and (measure_head(whole) or _completed_activity(whole)))
            left = whole if head_ok else group
            left_said = (whole if head_ok else group) if left else left_said
            if left is None and whole and pred.strip() in _have_words() and subject_problem(q.unit, None) == "unit" \
                    and (topic := topic_of_clause(whole)) is not None:
                # "Công tác thanh tra, kiểm tra được triển khai đúng kế hoạch với 12/12 cuộc": the occasions of the
                # work the clause is about
                left = left_said = topic
        if left and (cum := _cumulative_lead().match(lower_keep_len(left))) is not None:
            left = drop_span_after(left[:cum.end()], left)  # "lũy kế từ ngày 1/7 đến nay đạt": the span is no subject
        if q.kind == "count" and (not left or lower_keep_len(left) in _cumulative()) and (colon := seg.rfind(":")) > 0 \
                and (not (left or pred.strip()) or lower_keep_len(left or pred.strip()) in _cumulative()) \
                and (heading := left_subject(seg[:colon + 1])[0]) is not None and _names_unit(heading, q.unit):
            # "Số hộ nghèo: 312 hộ", "Số xã đạt chuẩn nông thôn mới: lũy kế 10 xã": the heading names what is counted
            left = heading
        if q.kind != "count" and (not left or _bare_of_topic(left)) and (ct := _colon_topic().match(s)) is not None \
                and ct.end() <= q.start and s.find(":", ct.end(), q.start) < 0 \
                and (_bare_of_topic(left, ct.group(1)) if left else not any(ct.end() <= p.start for p in qs[:i])):
            # "Tăng trưởng có xu hướng cải thiện: quý I tăng 3,1%", "Thu ngân sách có mức tăng khá: trong tháng ước
            # thu ...": the measure the sentence opens on, its words after the colon a time or its own verb (with no
            # words: the first figure after the colon only, the next ones go with it)
            left = left_said = ct.group(1).strip()
        if left and link and lower_keep_len(left) in _cumulative():
            left = link.subject
        elif left and lower_keep_len(left) in _cumulative() and facts and facts[-1].subject:
            # "...trong tháng đạt 4,2 tỷ đồng; lũy kế từ ngày 1/7 đạt 7,9 tỷ đồng": the measure of the figure
            # before, summed over a longer time (a new clause: the word says so)
            left = f"{left} {facts[-1].subject}"
            points_back = False
        elif left and _points_back(left) and (back := _pointed_to(left, before, before_growth)):
            left = back
            points_back = True
        elif left and before and (named_back := _total_pointing_back(left, before)) is not None:
            left = named_back  # "..., nâng tổng diện tích loại cây này lên 410 ha": the total of the thing named before
            points_back = True
        else:
            points_back = False
        if left and q.kind == "count" and seg.rstrip(" \t").endswith(",") and link is None and not topic_only(seg):
            left = None  # "..., 8/10 chỉ tiêu kinh tế tăng": a count that opens its clause names itself after it
        if left and q.kind == "count" and (pred.strip() or _at_place().search(seg, max(0, len(seg) - 8))) \
                and (_meeting_head().search(lower_keep_len(left)) or _meeting_link().search(lower_keep_len(left))):
            # "hội nghị trực tuyến tới 135 xã, phường", "họp trực tiếp kết hợp trực tuyến tại 3 điểm cầu chính": the
            # meeting reaching them, or held at them, is no part of what is counted
            left = None
        if left and q.kind == "count" and q.unit and lower_keep_len(q.unit) in _task_nouns() \
                and _goal_set_end().search(lower_keep_len(seg)):
            left = None  # "Nghị quyết xác định 5 nhiệm vụ trọng tâm": the tasks set, counted, as named; no setter, no verb
            # (the goals set, counted, are their head alone: below)
        if left and q.kind == "count" and not pred.strip() and lower_keep_len(left.split()[-1]) in _conjunctions():
            left = None  # "lãnh đạo các phòng cùng 29 trưởng thôn": the noun before is listed beside it, no subject
        if left and q.kind == "count" and not pred.strip() and (chief := _count_head().search(lower_keep_len(left))) is not None:
            left = left[chief.start(1):]  # "lãnh đạo các phòng và trưởng 22 thôn": the head counted with its noun, "trưởng thôn"
        if left and q.kind == "count" and topic_only(seg):
            left = None  # "Về xây dựng nông thôn mới, 2 xã điểm đã đạt 14 tiêu chí": the field, not the counted thing
        represented = q.kind == "count" and _represents_end().search(lower_keep_len(seg)) is not None
        if left and represented:
            left = None  # "150 đại biểu, tiêu biểu cho 720 đảng viên trong toàn Đảng bộ": those stood for, named after
        if left and link and d.role in ("change_pct", "change") and last_i == i - 1 and _rest_of_phrase(seg, pred) \
                and not measure_head(left):
            # "đón hơn 2 triệu lượt khách đến tham quan, nghỉ dưỡng, tăng 92,5%": the piece between the commas lists on
            # the words after the count, the rate standing alone after them is the count's
            left = None
        if left and link and q.kind == "pct" and _leftover().match(seg) and not measure_head(left):
            # ("tiếp nhận 1.368 hồ sơ từ ngày 1/7 đến nay, tỷ lệ giải quyết đúng hạn đạt 99,2%": a measure named is its own)
            left = None  # "cho 210/214 người từ 18 tuổi trở lên, đạt 98%": the rest of the count's phrase, no subject of its own
        if left and link and q.kind == "pct" and d.role in ("plan_pct", "plan_diff_pct") and i and qs[i - 1].kind == "count" \
                and _count_phrase_then_attain(seg) and not measure_head(left):
            # "đưa 256 người đi xuất khẩu lao động có thời hạn ở nước ngoài, đạt 56,9% kế hoạch năm": the words before the
            # comma end the count's phrase, the plan met is the count's
            left = None
        if left and q.kind == "count" and _at_place().search(seg, max(0, len(seg) - 16)) \
                and _reaches_standard().match(low, q.end):
            left = None  # "giữ vững các tiêu chí tại 2 xã đạt chuẩn nông thôn mới": the places and their standard
        if left and q.kind == "count" and _member_place().search(lower_keep_len(seg), max(0, len(seg) - 24)):
            left = None  # "3.874 đảng viên, sinh hoạt tại 55 tổ chức cơ sở đảng": the units they belong to, counted
        occurred = None
        if q.kind == "count" and (occ := _occurrence().search(lower_keep_len(seg))) is not None:
            # "dịch tả lợn châu Phi đã xuất hiện tại 7 huyện": what occurred, counted by its places
            cut = max(seg.rfind(",", 0, occ.start()), seg.rfind(";", 0, occ.start()), seg.rfind(":", 0, occ.start()))
            thing = _aux_tail().sub("", seg[cut + 1:occ.start()]).strip(" \t")
            if cut > 0 and seg[cut] == "," and (not thing or time_only(thing)):
                # "Riêng bệnh dịch tả heo châu Phi, đến nay đã xuất hiện tại 169 xã": only a time before the verb, what
                # occurred is named before the comma (its opener no part)
                before_cut = max(seg.rfind(",", 0, cut), seg.rfind(";", 0, cut), seg.rfind(":", 0, cut))
                topic = strip_openers(seg[before_cut + 1:cut]).strip(" \t")
                thing = topic if topic and not time_only(topic) and not _DIGIT.search(topic) else thing
            occurred = f"{thing} {seg[occ.start(1):occ.end(1)]}" if thing else None
        elif q.kind == "count" and occurred_before is not None and occurred_before[0] == i - 1 and last_i == i - 1 \
                and _place_of_count().fullmatch(s, qs[i - 1].end, q.start) is not None:
            # "dịch đã xuất hiện tại 1.840 hộ chăn nuôi ở 186 xã": the places of the same occurrence, named after its
            # first count by a locative
            occurred = occurred_before[1]
        elif q.kind == "count" and q.unit and lower_keep_len(q.unit) in _case_counters() \
                and (occ := _occurrence_end().search(lower_keep_len(seg))) is not None \
                and following_phrase(s, q.end, limit=nxt)[0] is None:
            # "tai nạn giao thông xảy ra 12 vụ", "tai nạn giao thông còn phức tạp (xảy ra 92 vụ, ...)": the cases of
            # what occurred, named before the verb in its clause or, the count opening a bracket, by the clause it remarks on
            occurred = _occurred_thing(s, seg_start + occ.start())
        occurred_before = (i, occurred) if occurred else None
        if d.subject_from is not None and s[d.subject_from:q.start].strip():
            left = s[d.subject_from:q.start].strip(" \t,")
        if d.receivers:
            left = None  # "giao chỉ tiêu, dự toán cho 7 cơ quan, đơn vị": the receivers, their noun alone
        if left and asked is not None and asked <= q.start and "," in left and 0 <= s.find(left, 0, q.start) <= asked \
                and _LETTER.search(nearest := left[left.rfind(",") + 1:]):
            # "đồng chí A yêu cầu các phòng, ban ... chủ động nguồn nước, chuyển đổi khoảng 600 ha": the tasks a person
            # asks for are listed piece by piece; the figure's is the piece nearest it, not the request
            left = nearest.strip()
        praised = None
        if (cop := _copula_praise().search(lower_keep_len(seg), max(0, len(seg) - _COPULA_WITHIN))) is not None \
                and (about := left_subject(seg[:cop.start()])[0]) is not None and subject_problem(about, q.unit) is None \
                and (q.kind != "count" or subject_problem(q.unit, None) == "unit") \
                and not following_phrase(s, q.end, limit=nxt)[0]:
            # "Xuất khẩu lao động tiếp tục là điểm sáng với 356 người": what the clause is about, not the praise (a count
            # of a noun of its own, a measure with its noun after it name themselves: "là điểm sáng với 587.000 lượt
            # khách", "là thế mạnh với 182 ha chè trồng mới")
            left = left_said = praised = about
            if _named_place().fullmatch(seg, cop.start(1), cop.end(1)) is not None:
                # "Nặng nề nhất là TP Hạ Long với khoảng 8.765 tỷ đồng": a named place after the copula is what the figure
                # is of; the words before the copula rank it
                left = left_said = praised = seg[cop.start(1):cop.end(1)]
            elif _category_head().match(lower_keep_len(about)) is not None:
                # "mặt hàng chủ lực vẫn là gạo với 512.000 tấn": a category before the copula, its member after it is
                # what the figure measures
                left = left_said = praised = seg[cop.start(1):cop.end(1)]
        subject, verb, follow_end = _subject(s, low, q, d, left, seg, link, share=_is_share(pred), limit=nxt)
        if q.kind == "measure" and link is not None and link.subject and facts and last_i == i - 1 \
                and facts[-1].unit == q.unit and _joined_measure().search(seg) is not None \
                and (noun := following_phrase(s, q.end, max_words=2, limit=nxt)[0]) is not None \
                and set(lower_keep_len(noun).split()) <= set(lower_keep_len(link.subject).split()):
            # "chuyển mục đích sử dụng 42,68 ha rừng ... để thực hiện Dự án A và 3,15 ha rừng để thực hiện ...": the same
            # thing measured again after "và" shares the verb the first measure had
            subject, verb = link.subject, link.verb
        subject = praised or subject
        if grouped is not None and left == grouped:
            subject = grouped
        subject = occurred or subject
        if q.kind in ("count", "measure") and left and _is_completion_verb(left) \
                and (programme := _programme_done(seg, left)) is not None:
            subject = programme  # "Chương trình xóa nhà tạm ... đã hoàn thành 3.580 căn nhà": the programme's work counted
        if not subject and q.kind != "count" and ":" in s[:q.start] and facts and facts[-1].subject and last_i >= 0 \
                and qs[last_i].kind == q.kind and s.find(":") < qs[last_i].start and s.find(":", qs[last_i].end, q.start) < 0 \
                and label_subject(s[:q.start]) is not None:
            # "... là động lực tăng trưởng: chỉ số sản xuất công nghiệp tăng 8,9%; riêng tháng 8 tăng 4,2%": a figure of
            # the same kind before it after the colon named its own measure; the clause naming nothing goes on with it
            subject = facts[-1].subject
        elif not subject and q.kind != "count" and ":" in s[:q.start] and (lab := label_subject(s[:q.start])) is not None:
            subject = lab  # "- Tỷ lệ che phủ rừng: năm 2026 đạt 72,4%": the item's label, nothing after it naming the figure
        elif q.kind == "count" and q.unit and subject and lower_keep_len(subject.strip()) == lower_keep_len(q.unit) \
                and ":" in s[:q.start] and (lab := label_subject(s[:q.start])) is not None and _names_unit(lab, q.unit):
            subject = lab  # "- Số bản đạt chuẩn nông thôn mới: năm 2026 có thêm 2 bản": the label names what is counted
        if subject and q.kind != "count" and facts and facts[-1].subject == subject \
                and s[:(ps := _piece_start(s, q.start))].rstrip()[-1:] in (",", ";") \
                and (pp := _period_part().match(low, ps, q.start)) is not None \
                and pp.group(1) not in lower_keep_len(subject):
            # "GRDP 9 tháng ước tăng 7,9%, trong đó quý III tăng 8,1%": the measure before, in the period its piece names
            short = _SHORT_NAME.search(subject)
            subject = f"{short.group(1) if short else subject} {' '.join(s[pp.start(1):pp.end(1)].split())}"
        if q.kind == "pct" and d.role == "change_pct" and facts and facts[-1].role == "change_pct" and facts[-1].subject \
                and last_i == i - 1 and (ep := _earlier_rate().match(low, qs[i - 1].end, q.start)) is not None:
            # "GRDP tăng 7,68% so cùng kỳ (cùng kỳ tăng 7,53%)": the same measure's rate in the earlier period
            short = _SHORT_NAME.search(facts[-1].subject) or _ACRONYM_END.search(facts[-1].subject)
            subject = f"{short.group(1) if short else facts[-1].subject} {' '.join(s[ep.start(1):ep.end(1)].split())}"
        plan = _plan_in_bracket().search(low, max(0, q.start - 160), q.start) \
            if q.kind != "pct" and s[q.end:q.end + 1] == ")" else None
        if plan is not None and subject_problem(s[plan.start(1):plan.end(1)], None) is None:
            subject = s[plan.start(1):plan.end(1)]  # "tăng 4 lần so với dự toán giao ban đầu (hơn 53 tỷ đồng)": the plan's figure
        elif plan is not None and facts and facts[-1].subject:
            # "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)": a bare plan word names nothing; the figure is
            # the plan of what the figure before it measures
            subject = facts[-1].subject
        if q.kind == "count" and q.unit and subject and lower_keep_len(subject.strip()) == lower_keep_len(q.unit) \
                and (noun_named := _noun_named_before(s, low, q)) is not None:
            subject = noun_named  # "Người có nhiều phiếu tín nhiệm cao nhất là ông A, với 53 phiếu": the noun named before
        if not praised and (work := _named_work_before(s, low, q) or _sized_before(s, low, q)) is not None \
                and (not subject or not subject.startswith(work)):
            # ("Cây cam tiếp tục là cây trồng chủ lực với diện tích 1.580 ha": the size of what the clause is about, the
            # praise no thing sized)
            subject = work  # "lấp đầy diện tích tại Khu công nghiệp Nghĩa Đàn (245,68ha)": the work named measures it
        if q.kind == "count" and q.unit and (total := _raise_total().search(lower_keep_len(seg))) is not None:
            subject = _total_of(s, low, seg_start + total.start(), total, q.unit) or subject
        elif q.kind == "count" and (named := _raise_named().search(lower_keep_len(seg))) is not None:
            # "nâng tổng số doanh nghiệp đang hoạt động trên địa bàn lên 412 DN": the total the verb carries, named whole
            subject = seg[named.start(1):named.end(1)]
        elif q.kind == "count" and lower_keep_len(seg).rstrip().endswith(_raise_ends()) \
                and (raised := _raised_total().search(lower_keep_len(seg))) is not None:
            subject = seg[raised.start(1):raised.end(1)]  # "tổng số xã đạt chuẩn ... đã nâng lên 10/17 xã": the total first
        if q.kind == "count" and q.unit_start and i and _OPEN_AFTER.fullmatch(s, qs[i - 1].end, q.start) \
                and qs[i - 1].kind == "count" and (cl := _PART_TO_CLOSE.match(s, q.unit_start)) is not None:
            subject = cl.group(1)  # "cấp mới cho 23 dự án (6 dự án FDI)": the part in brackets is named by its own noun
        if d.role == "target" and (reach := goal_reached_at(low, q.start)) is not None:
            subject = _goal_reached_subject(s, low, q, reach, seg_start, limit=nxt) or subject
        subject = clean_subject(subject)
        if q.kind == "count" and subject and facts and last_i == i - 1 and qs[i - 1].kind == "count" \
                and (counter := lower_keep_len(q.unit or "")) in _part_counters() and facts[-1].unit \
                and lower_keep_len(facts[-1].unit) not in _bare_counter_words() \
                and lower_keep_len(subject).startswith(counter + " ") and _breakdown().search(low, qs[i - 1].end, q.start):
            # "có 2.046 tàu cá, trong đó 926 chiếc có công suất ...": the counter stands for the noun of the whole
            subject = f"{facts[-1].unit}{subject[len(counter):]}"
        if d.role == "plan_pct" and d.basis and subject and _actor_meets().fullmatch(lower_keep_len(subject)) \
                and (planned := _plan_thing(d.basis)) is not None:
            subject = planned  # "phường hoàn thành 100% chỉ tiêu giao quân": the place met the plan of what it names
        elif d.role == "plan_pct" and d.basis and subject and _actor_meets().fullmatch(lower_keep_len(subject)) \
                and (tasked := _task_plan().match(lower_keep_len(d.basis))) is not None:
            # "Phường hoàn thành 100% nhiệm vụ được giao": the tasks met, the plan itself named with the verb meeting it
            # (the place that acts is none of it)
            acting = _place_actor().match(lower_keep_len(subject))
            subject = f"{subject[acting.end() if acting else 0:].strip()} {d.basis[:tasked.end()]}"
        if subject and (actor := _actor_unit().match(subject)) is not None and lower_keep_len(actor.group(1)) != q.unit \
                and len(subject[actor.end():].split()) >= 2:
            # "Huyện cũng hỗ trợ 1.200 trường hợp": an adverb after the unit is the unit's too
            adv = _actor_adverb().match(subject, actor.end())
            if adv is not None and len(subject[adv.end():].split()) >= 2 and s.find(subject[:adv.end() + 4], 0, q.start) >= 0:
                subject = subject[adv.end():]
            elif s.find(subject[:actor.end() + 12], 0, q.start) >= 0:
                subject = subject[actor.end():]  # "tỉnh cấp mới chủ trương đầu tư cho 17 dự án": the unit acts, the act is measured
                subject = drop_leading_adverb(subject)  # "thành phố mới giải ngân được": how little, no part of the act
        if q.kind == "count" and subject and (counter := lower_keep_len(q.unit or "")) in _bare_counter_words() \
                and lower_keep_len(subject).endswith(" " + counter) and len(subject.split()) > len(counter.split()) + 1 \
                and not lower_keep_len(s[:q.start]).rstrip(" \t,:").endswith(counter):
            # "đảng viên người dân tộc ít người 14 đồng chí": the counter after the figure is its unit, no part of
            # what the words before it name
            uncounted = subject[:len(subject) - len(counter)].rstrip(" \t,")
            if subject_problem(uncounted, q.unit) is None \
                    and not lower_keep_len(uncounted).endswith(_count_event_ends()):
                # "hoàn thành căn" stays ("hoàn thành" alone is a cue), and an event's verb keeps the noun counted
                # ("làm chết 1 người": "làm chết người", subjects.count_events)
                subject = uncounted
        if subject and (led := _leaders_acting().match(subject)) is not None and len(subject[led.end():].split()) >= 2:
            subject = subject[led.end():]  # "Lãnh đạo phường Diên Hồng trao Cờ thi đua ...": the leaders act
        if subject and (person_end := titled_person_end(subject)) is not None and len(subject[person_end:].split()) >= 2:
            subject = subject[person_end:].strip()  # "Phó Giám đốc Sở ... Nguyễn Văn Danh trao Bằng khen ...": the person acts
        if q.kind == "count" and q.unit_start and left and lower_keep_len(q.unit or "") in _goal_heads() \
                and _goal_set_end().search(lower_keep_len(left)):
            subject = s[q.unit_start:q.end]  # "xã đề ra 18 chỉ tiêu trên các lĩnh vực": the goals set are what is counted
        elif q.kind == "count" and q.unit_start and subject and d.role != "target" \
                and lower_keep_len(q.unit or "") in _goal_heads() \
                and lower_keep_len(subject) == lower_keep_len(q.unit or "") \
                and (att := _goals_attained_end().search(lower_keep_len(s), max(0, q.start - 40), q.start)) is not None:
            # "tỉnh thực hiện đạt và vượt 9/13 chỉ tiêu": the goals attained are what is counted
            subject = f"{q.unit} {' '.join(att.group(1).split())}"
        raised_by = None
        if q.kind == "pct" and facts and facts[-1].subject and subject and _raised_rate().fullmatch(lower_keep_len(subject)):
            # "GRDP quý III ước tăng 12,88%, đưa mức tăng chung của 9 tháng lên 11,66%": the same measure over a longer time
            subject, raised_by = facts[-1].subject, facts[-1]
        if link and link.adjusted and not left and _level_to().fullmatch(pred.strip()):
            subject = link.adjusted  # "tổng nguồn vốn được điều chỉnh tăng 126 tỷ đồng, lên 2.846 tỷ đồng": its new level
        if subject and (st := _steering().search(lower_keep_len(subject))) is not None \
                and (ind := last_indicator_span(subject[st.end():], first=True)) is not None:
            subject = subject[st.end() + ind[0]:]  # "các xã tập trung chỉ đạo thu ngân sách, phấn đấu ...": what is steered
        if q.kind == "measure" and last_i == i - 1 and qs[last_i].kind == "count" and qs[last_i].unit_start \
                and (wh := _with_measure().fullmatch(s, qs[last_i].end, q.start)) is not None:
            # "57 hộ tham gia mô hình nuôi tôm với diện tích gần 35 ha", "96 hộ với diện tích 120 ha trồng bưởi": the count
            # and the measure had with it are of one activity, written between them or after the measure
            noun, act = s[qs[last_i].unit_start:qs[last_i].end], " ".join(wh.group(1).split())
            if act:
                subject = f"{wh.group(2)} {act}"
                if facts[-1].subject and f"{noun} {act}".startswith(facts[-1].subject):
                    facts[-1].subject = f"{noun} {act}"
            elif subject and subject.startswith(wh.group(2)) and facts[-1].subject == noun:
                facts[-1].subject = f"{noun}{subject[len(wh.group(2)):]}"
        slash_plan = d.role == "target" and bool(facts) and plan_after_slash(lower_keep_len(seg))
        if slash_plan:
            subject = facts[-1].subject  # "50.754 tấn/KH 52.663 tấn": the plan of the figure before
        plan_range = d.role == "target" and q.upper is not None and plan_span_before(low, q.num_start)
        if plan_range and facts and facts[-1].subject and last_i == i - 1 and facts[-1].unit == q.unit:
            subject = facts[-1].subject  # "ước đạt 7,24%, nằm trong khoảng kế hoạch 7 - 8%": the plan of the result before
        if q.kind == "pct" and d.role == "percent" and subject and (left is None or left == _link_subject(link)) \
                and _growth_head().match(lower_keep_len(subject)):
            # "Tốc độ tăng trưởng GRDP quý 4 đạt 8,05% (cả năm ước đạt 8,44%)": the growth rate named before, over
            # another span, is a growth rate too
            d.role = "change_pct"
        if (aspects := _aspects(s, low, q, qs[i - 1].end if i else 0, link if last_i == i - 1 else None)) is not None:
            subject = aspects[1]  # "tỷ lệ thi hành án đạt 64,9% về việc và 20,17% về tiền": one measure, two aspects
            if facts and facts[-1].subject:
                facts[-1].subject = unmask(aspects[0])
        elif q.kind == "count" and subject and (level := _scope_level(s, low, q, subject)) is not None:
            subject = level  # "Ở cấp thành phố, ... với 2.344 giải": the city level's prizes ("giải cấp thành phố")
        elif q.kind == "money" and subject and (funded := _funded_plan(s, low, q, subject)) is not None:
            subject = funded  # "thông qua Kế hoạch đầu tư công năm 2026 ..., với số vốn 3 tỷ đồng": the plan's sum
        elif link is None and (compared := _compared_period(s, low, seg_start, q, before, before_growth)) is not None:
            subject = compared  # "Mức tăng này cao hơn so với cùng kỳ năm 2024 (tăng 6,13%)": that period's growth
        unresolved = False
        if subject is None or (plan is None and subject_problem(subject, q.unit)):
            subject = _fallback_subject(s, q, clean_subject(left_said), link, facts[-1].subject if facts else None, seg,
                                        counted_set=_counted_set(q, qs[i - 1] if i and last_i == i - 1 else None, facts))
            unresolved = subject is None
        # "số thu này mới bằng 41,3%" after "ước đạt 612 tỷ đồng": a figure of the estimate is one
        est = (has_estimate(lower_keep_len(seg.split(";")[-1])) or bool(link and not left and link.estimated and not link.own_estimate)
               or (points_back and before_est))
        if not est and link and link.estimated and left and q.kind == "count" and seg.rstrip().endswith(left) \
                and _only_joins(seg.rstrip()[:-len(left)]):
            est = True  # "dự kiến xem xét 12 báo cáo và thông qua 9 nghị quyết": the verbs joined share the estimate
        if not est and link and link.estimated and left and not pred.strip() and seg.lstrip(" \t").startswith(",") \
                and not _norm_head().match(lower_keep_len(left)):  # "..., với mức hỗ trợ 1.500.000 đồng/người": a norm set
            est = True  # "năng suất ước đạt 63,5 tạ/ha, sản lượng khoảng 21.500 tấn": a figure with no verb shares the one before
        if not est and link and link.estimated and left and seg.rstrip().endswith(left) \
                and _have_end().search(lower_keep_len(seg.rstrip()[:-len(left)])) and not _norm_head().match(lower_keep_len(left)):
            est = True  # "dự kiến trao 1.470 suất quà ... với tổng kinh phí gần 735 triệu đồng": what the forecast event has
        if q.start < forecast_end or (q.start < parts_end and not link and not pred.strip()):
            est = True  # the sentence opened by an estimate's word, or the parts of the estimate before it
        if represented and not has_estimate(lower_keep_len(seg)):
            est = False  # "dự kiến triệu tập 250 đại biểu, đại diện cho hơn 5.600 đảng viên": those stood for are a fact
        if raised_by is not None and raised_by.estimated:
            est = True  # the rate an estimate raises is an estimate too
        own_estimate = False
        if not est and q.kind == "count" and follow_end > q.end and has_estimate(lower_keep_len(s[q.end:follow_end])):
            est = own_estimate = True  # "19/21 chỉ tiêu chủ yếu ước đạt": the count's own verb after it
        if link and link.estimated and (parts_of_estimate or _breakdown().search(lower_keep_len(seg))):
            # "Dự kiến GRDP tăng 10%, trong đó, công nghiệp tăng 14,6%, dịch vụ tăng 8,3%": the parts of an estimate are
            if not parts_of_estimate:
                first_part = (q.kind, q.unit if q.kind in ("count", "measure") else None)
            parts_of_estimate = est = True
        if estimate_items is not None and d.role != "target":
            est = True  # the parts of an estimate listed after "; trong đó"
        if before_est and q.start > estimate_bracket_end and seg.lstrip(" \t,").startswith("(") \
                and seg.rfind("(") > seg.rfind(")"):  # the bracket opened after the estimate holds this figure
            close = s.find(")", q.start)
            estimate_bracket_end = close if close >= 0 else len(s)
        if q.start < estimate_bracket_end and d.role != "target":  # "(kế hoạch 9,5%)": the plan, no estimate
            est = True  # "ước đạt 11,2% (nông, lâm, thủy sản tăng 3,1%; công nghiệp - xây dựng tăng 15,6%)": its parts
        for ym in _year().finditer(low, year_seen, seg_start):  # the years written before this figure, read once
            year_max = max(year_max, int(ym.group(1)))
        year_seen = max(year_seen, seg_start)
        if est and not has_estimate(lower_keep_len(seg)) and (own_years := _year().findall(lower_keep_len(seg))) \
                and max(int(y) for y in own_years) < year_max:
            est = False  # "năm 2018 ước đạt 95 tỷ đồng (năm 2016 đạt 71 tỷ đồng": an earlier year's figure is an actual
        if d.subject_from is not None:  # "Chỉ tiêu dự kiến không đạt ... là X": only the words after "là" tell
            est = has_estimate(lower_keep_len(s[d.subject_from:q.start]))
        if est and d.role not in ("prior_pct", "percent", "plan_pct") and not has_estimate(lower_keep_len(seg)) \
                and _prior_owned().match(low, q.end):
            est = False  # "ước đạt 9,3%, cao hơn mức 5,8% của cùng kỳ": the earlier period's own result
        if slash_plan or d.earlier or plan_range:
            est = False  # the plan set, no estimate; "ước đạt 45% dự toán (cùng kỳ đạt 40%)": the earlier period's result
        value = q.value * d.sign if q.value is not None else None
        clause_end = max(q.end, d.consumed_end, follow_end)
        if (tail := _threshold_tail().match(low, q.end)) is not None:
            clause_end = max(clause_end, tail.end())  # "7 tỷ đồng trở lên": the figure's bound, no next subject
        typos = [r.note() for r in rs.repairs if seg_start <= r.start < clause_end] or None
        if q.typo is not None:  # "3. 407, 5 → 3.407,5": the figure itself read through a typo
            typos = [*(typos or []), q.typo]
        ea, eb, ev_cut = evidence_window(sent, a, b)  # not ``cut``: mypyc keeps the int type of the ``cut`` above
        facts.append(Fact(
            subject=unmask(subject), value=value, unit=q.unit, role=d.role, raw=sent.text[a - sent.start:b - sent.start],
            span=(a, b), evidence=sent.text[ea - sent.start:eb - sent.start], evidence_span=(ea, eb), evidence_cut=ev_cut,
            sentence_span=(sent.start, sent.end), qualifier=q.qualifier, estimated=est,
            basis=tidy_basis(unmask(d.basis)) if d.role in ("plan_pct", "plan_diff_pct", "change", "change_pct", "prior_pct") else None,
            of=q.of, malformed=q.malformed, read_through_typo=typos, subject_unresolved=unresolved,
            range_upper=q.upper * d.sign if q.upper is not None else None,
        ))
        adjusted = clean_subject(left_subject(s[seg_start:d.subject_from])[0]) if d.subject_from is not None else None
        if not (slash_plan and link is not None):  # "ước đạt 4.296 tỷ/KH 8.473 tỷ, tăng 10%": the result goes on
            link = _Link(subject, est, verb, own_estimate, adjusted)
        links_by_end[q.end] = link
        last_i = i
        if q.kind == "count" and q.unit:
            counted[q.unit] = counted_before[q.unit] = link
            counted_all.setdefault(q.unit, []).append(link)
        before = subject or before
        if d.role == "change_pct" and subject:
            before_growth = subject
        before_est = est or (slash_plan and before_est)
        seg_start = clause_end
    if len(facts) > 1:
        _shared_prior(facts, sent)
    if len(facts) > 2:
        _share_of_plan_total(facts, sent)
    return _respective(facts, sent) if len(facts) > 1 else facts


@cache
def _plan_total_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words between a sum and the plan's sum it is out of ("trên tổng kế hoạch vốn": facts.plan_total_leads, then
    a plan head and its words, group 1), and between that plan's sum and a bare share of it (", tỷ lệ":
    facts.plan_share_leads, or nothing)."""
    c = get(CuesLexicon)
    total = re.compile(rf"[ \t]*(?:{phrase_alt(c.facts.plan_total_leads) or '(?!)'})[ \t]+"
                       rf"((?:{phrase_alt(c.roles.plan_heads)})(?:[ \t]+[^\W\d_]+){{0,3}})[ \t]*")
    share = re.compile(rf"[ \t]*,[ \t]*(?:(?:{phrase_alt(c.facts.plan_share_leads) or '(?!)'})[ \t]*)?")
    return total, share


def _share_of_plan_total(facts: list[Fact], sent: Sentence) -> None:
    """"giải ngân 642 tỷ đồng trên tổng kế hoạch vốn 1.105 tỷ đồng, tỷ lệ 58,1%": a bare share right after a sum and
    the plan's sum it is out of is that sum's attainment of the plan (plan_pct, the plan's words its basis, the sum's
    subject its subject). In place."""
    low = lower_keep_len(sent.text)
    total_re, share_re = _plan_total_res()
    for done, plan, f in zip(facts, facts[1:], facts[2:], strict=False):
        if f.role != "percent" or done.role != "amount" or plan.role != "amount" or done.unit != plan.unit \
                or done.unit == "%" or f.qualifier not in (None, "about"):
            continue
        tm = total_re.fullmatch(low, done.span[1] - sent.start, plan.span[0] - sent.start)
        if tm is None or share_re.fullmatch(low, plan.span[1] - sent.start, f.span[0] - sent.start) is None:
            continue
        f.role, f.basis, f.subject = "plan_pct", sent.text[tm.start(1):tm.end(1)], done.subject


@cache
def _bare_level() -> re.Pattern[str]:
    """A level's verb right before a percentage ("bằng", cues roles.prior_verbs), the end of what is before it."""
    return re.compile(rf"{word_alt(get(CuesLexicon).roles.prior_verbs)}[ \t]*$")


#: what may close an item's bare level: its clause's end
_ITEM_CLOSE = re.compile(r"[ \t]*(?:[;.]|$)")


def _shared_prior(facts: list[Fact], sent: Sentence) -> None:
    """"Trong đó, lúa mùa 27.220 ha, bằng 98,8%; ngô ...; rau xanh 1.794 ha, bằng 99,6% cùng thời điểm": items listed
    apart by ';', each a level ("bằng") after its amount, the earlier period named once after the last: a bare level
    (nothing after it up to its ';') is of that period too. In place."""
    low = lower_keep_len(sent.text)
    later = None
    for f in reversed(facts):
        a, b = f.span[0] - sent.start, f.span[1] - sent.start
        if f.unit != "%" or _bare_level().search(low, max(0, a - 12), a) is None:
            continue
        if f.role == "prior_pct" and f.basis:
            later = f
        elif later is not None and f.role == "percent" and _ITEM_CLOSE.match(low, b) and ";" in low[b:later.span[0] - sent.start]:
            f.role = "prior_pct"


@cache
def _respective_cue() -> re.Pattern[str]:
    return words_re(get(CuesLexicon).facts.respective)


@cache
def _list_seps() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What stands between two figures listed respectively (a comma, a joining word: "266,29% và 57,7%", "12%, 9% và
    7%"); between the measures they go with (a joining word, else commas too)."""
    join = phrase_alt(get(CuesLexicon).subjects.clause_joins)
    return (re.compile(rf"[ \t]*(?:,[ \t]*(?:(?:{join})[ \t]+)?|(?:{join})[ \t]+)"),
            re.compile(rf"[ \t]+(?:{join})[ \t]+"), re.compile(rf"[ \t]*,[ \t]*|[ \t]+(?:{join})[ \t]+"))


def _respective(facts: list[Fact], sent: Sentence) -> list[Fact]:
    """Figures listed after "lần lượt" that share one subject naming as many measures ("A và B tăng lần lượt 5% và
    7%"): each figure is of its own measure, in order, and takes the first figure's role and sign where it was read
    as a bare level (the verb is written once, before the cue)."""
    text = sent.text
    low = lower_keep_len(text)
    list_gap, part_sep, item_sep = _list_seps()
    for cue in _respective_cue().finditer(low):
        run = [f for f in facts if f.span[0] - sent.start >= cue.end()]
        k = 1
        while k < len(run) and run[k].subject == run[0].subject and run[k].unit == run[0].unit \
                and list_gap.fullmatch(text, run[k - 1].span[1] - sent.start, run[k].span[0] - sent.start):
            k += 1
        run = run[:k]
        subject = run[0].subject or ""
        if len(run) < 2 or subject.lower().find(low[cue.start():cue.end()]) >= 0:
            continue
        parts = part_sep.split(subject)
        if len(parts) != len(run):
            parts = item_sep.split(subject)
        before = [f.subject for f in facts if f.span[1] - sent.start <= cue.start() and f.subject]
        if (len(parts) != len(run) or subject in before) and len(before) >= len(run) \
                and len(set(before[-len(run):])) == len(run):
            # "khách du lịch đạt 2,3 triệu lượt, doanh thu 1.850 tỷ đồng, lần lượt tăng 15% và 18%": the measures are
            # the figures' before the cue, in order
            parts = [x for x in before[-len(run):] if x]
        if len(parts) != len(run) or not all(p.strip() for p in parts):
            continue
        shared = next((f.basis for f in reversed(run) if f.basis), None)  # "... 12% và 9% so với cùng kỳ": all of them
        for f, part in zip(run, parts, strict=True):
            f.subject = part.strip()
            if f is not run[0] and run[0].role in ("change_pct", "change") \
                    and f.role in ("percent", "prior_pct", "amount") and f.value is not None and run[0].value is not None:
                f.role = run[0].role  # no verb of its own in the list: the one before the cue is
                f.value = -abs(f.value) if run[0].value < 0 else abs(f.value)
            elif f is not run[-1] and f.role == "percent" and run[-1].role in ("plan_pct", "prior_pct") and run[-1].basis:
                f.role = run[-1].role  # "lần lượt bằng 105% và 98% dự toán": the plan written once, after the list
            if f.role in ("change_pct", "change", "prior_pct", "plan_pct") and f.basis is None:
                f.basis = shared
    return facts


#: a title in quotes right after a phrase ("đạt “thôn không ma túy”")
_QUOTED_AFTER = re.compile(r"[ \t]*[“\"]([^”\"\n]{1,60})[”\"]")
_PIECE_OPEN = re.compile(r"[ \t]*[,;:(]")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_OPEN_AFTER = re.compile(r"[ \t]*\([ \t]*")
_PART_TO_CLOSE = re.compile(r"([^\W\d][^()\d,;]{0,40}?)[ \t]*\)")
_BRACKET_CLOSED = re.compile(r"[ \t]*\)")


@cache
def _year() -> re.Pattern[str]:
    """A year after a time word ("năm 2016"), its digits in group 1; no base year of prices ("giá so sánh 2010")."""
    return re.compile(rf"{word_alt(get(PeriodsLexicon).time_words)}[ \t]+((?:19|20)\d\d)(?![\d.,/]?\d)")


@cache
def _change_equivalent() -> re.Pattern[str]:
    """Between a rate of change and a sum, the word that puts the sum as its equivalent (" tương đương ", ", tương ứng
    với "), a comparison after the rate allowed (" so với cùng kỳ, tương đương ")."""
    c = get(CuesLexicon)
    return re.compile(rf"(?:[ \t]+(?:{phrase_alt(c.roles.basis_lead)})[ \t]+[^\W\d][^,;.:()\d]{{0,40}}?)?[ \t]*,?[ \t]*"
                      rf"\(?[ \t]*(?:{phrase_alt(c.facts.change_equivalent)})[ \t]+")


@cache
def _shared_change_verb() -> re.Pattern[str]:
    """Between two rates, a comparison and a conjunction and no verb: " so với tháng trước và "."""
    c = get(CuesLexicon)
    return re.compile(rf"[ \t]+(?:{phrase_alt(c.roles.basis_lead)})[ \t]+[^\W\d][^,;.:()\d]{{0,40}}?[ \t]+"
                      rf"(?:{phrase_alt(c.facts.conjunctions)})[ \t]+")


@cache
def _plan_in_bracket() -> re.Pattern[str]:
    """A plan compared with, its figure in brackets right after it: "so với dự toán giao ban đầu (" at the end."""
    r = get(CuesLexicon).roles
    return re.compile(rf"{word_alt(r.basis_lead)}[ \t]+((?:{phrase_alt(r.plan_heads)})(?!\w)[^,;()\d]*?)[ \t]*\([ \t]*"
                      rf"(?:{phrase_alt(w for ws in get(CuesLexicon).quantities.qualifiers.values() for w in ws)})?[ \t]*$")


@cache
def _with_measure() -> re.Pattern[str]:
    """Between a count and a measure: the count's activity (group 1, maybe empty), a verb of having and the measure's
    head (group 2: "diện tích", "sản lượng", and up to two words more), then a verb of attaining and the measure's
    qualifier."""
    c = get(CuesLexicon)
    quals = phrase_alt(w for ws in c.quantities.qualifiers.values() for w in ws)
    return re.compile(rf"([^,;.:()\d]{{0,80}}?)[ \t]+(?:{phrase_alt(c.subjects.have_verbs)})[ \t]+"
                      rf"((?:{phrase_alt(c.subjects.complete_heads)})(?!\w)(?:[ \t]+[^\W\d]+){{0,2}}?)[ \t]*"
                      rf"(?:(?:{phrase_alt(c.roles.attain)})[ \t]+)?(?:(?:{quals})[ \t]*)?")


@cache
def _steering() -> re.Pattern[str]:
    return words_re(get(CuesLexicon).facts.steering_verbs)


@cache
def _ensure_end() -> re.Pattern[str]:
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.ensure_verbs)}[ \t]*$")


@cache
def _place_actor() -> re.Pattern[str]:
    c = get(CuesLexicon)
    places = [*get(BodiesLexicon).unit_words, *c.facts.place_actors]
    return re.compile(rf"(?:(?:{phrase_alt(c.facts.place_leads)})[ \t]+)?(?:{phrase_alt(places)})")


@cache
def _place_have() -> re.Pattern[str]:
    """A whole place and its verb of having, nothing else ("toàn huyện hiện có": facts.place_leads, the unit words,
    subjects.tense_aux or trailing_adverbs, subjects.have_verbs)."""
    c = get(CuesLexicon).subjects
    return re.compile(rf"(?:{_place_actor().pattern})(?:[ \t]+(?:{phrase_alt([*c.tense_aux, *c.trailing_adverbs])}))?"
                      rf"[ \t]+(?:{phrase_alt(c.have_verbs)})")


@cache
def _actor_unit() -> re.Pattern[str]:
    """A bare unit word opening a subject before a lowercase verb ("tỉnh thu hút", "Huyện cấp mới"): the body acting."""
    # the verb's first letter plain a-z, as the rule was measured: with any lower-case letter ("xã đạt chuẩn") it takes
    # the counted unit of a share too (ex131, ex187, ex215 lose "xã"): left for a rule that tells the two apart
    return re.compile(rf"((?i:{phrase_alt(get(BodiesLexicon).unit_words)}))[ \t]+(?=[a-z])")


def _goal_reached_subject(s: str, low: str, q: Quantity, reach: int, seg_start: int, limit: int) -> str | None:
    """What a goal named right before its figure measures ("khiến tăng trưởng GRDP khó đạt mục tiêu 10%"): a share's
    phrase after it ("hướng tới mục tiêu 95% dân số tham gia ..."), else the words before the goal's own, after a
    causative there ("khiến"); None where neither names anything."""
    if q.kind == "pct":
        follow = following_phrase(s, q.end, counted=True, limit=limit)[0]
        if follow and lower_keep_len(follow) not in _goal_setting_words():  # "8,5% đề ra": the goal's giving, nothing measured
            return follow
    if q.kind == "count":
        return None
    before = s[seg_start:reach]
    cause = _last_causative(lower_keep_len(before))
    if cause is not None:
        before = before[cause:]
    named = clean_subject(left_subject(before)[0])
    return named if named and subject_problem(named, q.unit) is None else None


@cache
def _goal_setting_words() -> frozenset[str]:
    return frozenset(get(CuesLexicon).roles.goal_setting)


def _last_causative(low: str) -> int | None:
    """The end of the last causative verb in ``low`` ("khiến "), or None."""
    ms = list(_causative_word().finditer(low))
    return ms[-1].end() if ms else None


@cache
def _causative_word() -> re.Pattern[str]:
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.causatives)}[ \t]+")


@cache
def _actor_adverb() -> re.Pattern[str]:
    """An adverb opening what a unit acting does ("cũng ", facts.actor_adverbs)."""
    return re.compile(rf"(?i:{phrase_alt(get(CuesLexicon).facts.actor_adverbs) or '(?!)'})[ \t]+")


@cache
def _leaders_acting() -> re.Pattern[str]:
    """The leaders of a named unit opening a subject before a lowercase word ("Lãnh đạo phường Diên Hồng trao"):
    the leaders' words, the unit word and its name of capitalised words (at most 5)."""
    c = get(CuesLexicon)
    units = phrase_alt(get(BodiesLexicon).unit_words)
    return re.compile(rf"(?i:{phrase_alt(c.facts.leader_actors)})[ \t]+(?i:{units})(?:[ \t]+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;:()]*){{1,5}}"
                      rf"[ \t]+(?=[a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])") if c.facts.leader_actors else re.compile(r"(?!)")


@cache
def _goal_heads() -> frozenset[str]:
    return frozenset(lower_keep_len(h) for h in get(CuesLexicon).roles.goal_heads)


@cache
def _unit_counters() -> frozenset[str]:
    """Counters of a unit of any kind ("đơn vị": cues subjects.unit_counters)."""
    return frozenset(lower_keep_len(w) for w in get(CuesLexicon).subjects.unit_counters)


@cache
def _count_group() -> re.Pattern[str]:
    """A group's word opening the words before a count's verb (cues subjects.count_groups: "nhóm xã hội có 4/4 chỉ tiêu")."""
    return re.compile(rf"(?i:{phrase_alt(get(CuesLexicon).subjects.count_groups) or '(?!)'})[ \t]+[^\W\d_]")


@cache
def _goal_owner() -> re.Pattern[str]:
    """The plan whose goals a count of goals counts, right after the goal noun (cues subjects.goal_owners)."""
    return re.compile(rf"[ \t]+(?:{phrase_alt(get(CuesLexicon).subjects.goal_owners) or '(?!)'})(?!\w)")


@cache
def _tense_after() -> re.Pattern[str]:
    """A word of tense right after a figure, then a blank (cues subjects.tense_aux: "97,2% | đã tiêm đủ 2 mũi")."""
    return re.compile(rf"[ \t]+(?:{phrase_alt(get(CuesLexicon).subjects.tense_aux)})[ \t]+(?=[^\W\d_])")


@cache
def _goals_attained_end() -> re.Pattern[str]:
    """A verb of attaining goals right before a count of them ("đạt và vượt"), in group 1."""
    return re.compile(rf"(?<!\w)({phrase_alt(get(CuesLexicon).subjects.goals_attained) or '(?!)'})[ \t]*$")


@cache
def _goal_set_end() -> re.Pattern[str]:
    """A verb of setting goals ending the words before a count ("xã đề ra")."""
    return re.compile(rf"{word_alt(get(CuesLexicon).roles.goal_setting)}[ \t]*$")


@cache
def _raised_rate() -> re.Pattern[str]:
    """A verb raising a growth rate and the rate's words only ("đưa mức tăng chung của")."""
    c = get(CuesLexicon)
    return re.compile(rf"(?:{phrase_alt(c.facts.raise_verbs)})(?:[ \t]+(?:{phrase_alt(growth_words())})(?:[ \t]+[^\W\d]+){{0,3}})?")


#: the most characters of the measure opening a sentence before how it went and a colon
COLON_TOPIC_CHARS = 60


#: a sum per unit of sale, then an opening bracket right before a count ("giá dừa 160.000 đồng/chục (12 trái)")
_SALE_UNIT_BEFORE = re.compile(r"\d[ \t]*[^\W\d_]+[ \t]*/[ \t]*[^\W\d_]+[ \t]*\([ \t]*$")
_CLOSE_AFTER = re.compile(r"[ \t]*\)")

#: a measure's short name in brackets after its long one ("Tổng sản phẩm trên địa bàn (GRDP)")
_SHORT_NAME = re.compile(r"\(([^\W\d_][^\W_]{1,11})\)")


#: an abbreviation closing a subject, after a comma ("tổng sản phẩm trên địa bàn, GRDP")
_ACRONYM_END = re.compile(r",[ \t]*([A-ZĐ]{2,8})[ \t]*$")


@cache
def _earlier_rate() -> re.Pattern[str]:
    """What stands between a rate of change and a bracket giving the earlier period's rate: the rest of the comparison,
    the bracket, the earlier period (group 1: subjects.earlier_periods) and a change word (" so cùng kỳ (cùng kỳ
    tăng ")."""
    c = get(CuesLexicon)
    return re.compile(rf"[^()]{{0,40}}\([ \t]*((?:{phrase_alt(c.subjects.earlier_periods) or '(?!)'})(?!\w))[ \t]*,?[ \t]*"
                      rf"(?:{phrase_alt([*c.roles.increase, *c.roles.decrease])})(?!\w)[ \t]*$")


@cache
def _period_part() -> re.Pattern[str]:
    """A comma piece opened by a shorter period (group 1: "quý III", "tháng 9"), led by cues subjects.period_part_leads
    or none, and no noun of its own before the figure: the figure's verb (one to three words) only."""
    c = get(CuesLexicon)
    return re.compile(rf"[ \t]*(?:(?:{phrase_alt(c.subjects.period_part_leads) or '(?!)'})[ \t]*,?[ \t]+)?"
                      rf"((?:{phrase_alt(c.subjects.period_part_heads) or '(?!)'})[ \t]+"
                      rf"(?:[IVX]{{1,4}}|\d{{1,2}}))(?![\w/.-])"
                      rf"(?:[ \t]+[^\W\d_]+){{1,3}}[ \t]*$", re.IGNORECASE)


@cache
def _colon_topic() -> re.Pattern[str]:
    """A sentence opened by a measure (group 1), how it went (cues subjects.topic_states) and a colon."""
    c = get(CuesLexicon)
    return re.compile(rf"[ \t]*([^\W\d][^:\d,;()]{{0,{COLON_TOPIC_CHARS}}}?)[ \t]+(?:{phrase_alt(c.subjects.topic_states) or '(?!)'})"
                      rf"(?!\w)[^:\d;]{{0,{COLON_TOPIC_CHARS}}}:", re.IGNORECASE)


def _bare_of_topic(left: str, topic: str | None = None) -> bool:
    """Words before a figure that name nothing but a move to the next period ("sang", cues subjects.period_moves)
    or, after an estimate's word, the first word of ``topic`` ("ước thu" under "Thu ngân sách"); without ``topic``:
    whether they may be such words (a few words at most)."""
    words = lower_keep_len(left).split()
    if topic is None:
        return 0 < len(words) <= 2
    if len(words) == 1 and words[0] in get(CuesLexicon).subjects.period_moves:
        return True
    tw = lower_keep_len(topic).split()
    est = get(CuesLexicon).roles.estimate
    return bool(tw) and words[-1] == tw[0] and (len(words) == 1 or " ".join(words[:-1]) in est)


@cache
def _joined_actor() -> re.Pattern[str]:
    """A conjunction right before a count ("lực lượng của quận và | 13 phường"): the count joins another actor."""
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.conjunctions)}[ \t]+$")


#: how far before a figure a copula and its praise are looked for ("là điểm sáng với ")
_COPULA_WITHIN = 80


@cache
def _copula_praise() -> re.Pattern[str]:
    """A copula, a few words of praise and the link to the figure, ending the words before it ("là điểm sáng với")."""
    c = get(CuesLexicon)
    return re.compile(rf"{word_alt(c.subjects.copulas)}[ \t]+([^\W\d][^\d,;:()]{{0,40}}?)[ \t]+"
                      rf"(?:{phrase_alt(c.subjects.copula_links)})[ \t]*$")


@cache
def _named_place() -> re.Pattern[str]:
    """A unit word (bodies unit_words) and a name of capitalised words: "TP Hạ Long", "huyện Vân Đồn"."""
    units = phrase_alt(get(BodiesLexicon).unit_words)
    return re.compile(rf"(?i:{units})(?:[ \t]+[{UPPER}][^\s\d,;:()]*){{1,4}}")


@cache
def _category_head() -> re.Pattern[str]:
    """A category's head opening what a clause is about ("mặt hàng chủ lực": subjects.category_heads): the copula after
    it names the member, the thing measured."""
    return starts_re(get(CuesLexicon).subjects.category_heads)


@cache
def _bare_wholes() -> frozenset[str]:
    return frozenset(get(CuesLexicon).subjects.bare_wholes)


@cache
def _whole_after() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).subjects.whole_after)})(?!\w)")


@cache
def _actor_meets() -> re.Pattern[str]:
    """A place and its verb of meeting a plan, and nothing else ("phường hoàn thành", "huyện đạt")."""
    r = get(CuesLexicon).roles
    return re.compile(rf"(?:{_place_actor().pattern})[ \t]+(?:{phrase_alt([*r.attain, *r.plan_done])})")


@cache
def _plan_words() -> re.Pattern[str]:
    """A plan's head, then the words naming what is planned (group 1), which open on no time word."""
    r, p = get(CuesLexicon).roles, get(PeriodsLexicon)
    times = [p.grammar.day, p.grammar.month, p.grammar.year, *p.quarter_words]
    # (nor on a word of where the plan is followed: "nhiệm vụ được giao trên hệ thống ...", roles.plan_place_words)
    places = get(CuesLexicon).roles.plan_place_words
    return re.compile(rf"(?:{phrase_alt(r.plan_heads)})[ \t]+(?!(?:{phrase_alt([*times, *places])})(?!\w))"
                      rf"([^\W\d][^,;()\d]*)")


@cache
def _bare_plan_head() -> re.Pattern[str]:
    """A plan's head alone, with the words of its bracket ("Nghị quyết", "kế hoạch năm", "KH giao")."""
    r = get(CuesLexicon).roles
    return re.compile(rf"(?:{phrase_alt(r.plan_heads)})(?:[ \t]+(?:{phrase_alt(r.bracket_plan_words)}))?"
                      rf"(?:[ \t]*(?:{phrase_alt(r.bracket_copula)}|:))?")


@cache
def _task_plan() -> re.Pattern[str]:
    """A plan's head that names the work met itself (roles.task_plans: "nhiệm vụ được giao")."""
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).roles.task_plans) or '(?!)'})(?!\w)")


def _plan_thing(basis: str) -> str | None:
    """What a plan names ("chỉ tiêu giao quân": "giao quân"; "kế hoạch thu ngân sách": "thu ngân sách"), or None
    when its words only say when or who gave it ("kế hoạch năm", "dự toán tỉnh giao")."""
    m = _plan_words().fullmatch(lower_keep_len(basis.strip()))
    if m is None:
        return None
    thing = basis.strip()[m.start(1):m.end(1)].strip()
    givers = get(CuesLexicon).roles.plan_givers
    if any(lower_keep_len(thing).endswith(g) for g in givers):
        return None  # "tỉnh giao", "HĐND huyện giao": who gave the plan
    return thing if subject_problem(thing) is None else None


@cache
def _verb_tail() -> re.Pattern[str]:
    return re.compile(rf"(?:[ \t]+(?:{phrase_alt(get(CuesLexicon).facts.verb_tails)}))+$")


@cache
def _norm_head() -> re.Pattern[str]:
    return starts_re(get(CuesLexicon).facts.norm_heads)


@cache
def _have_end() -> re.Pattern[str]:
    return re.compile(rf"{word_alt(get(CuesLexicon).subjects.have_verbs)}[ \t]*$")


@cache
def _level_to() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).facts.raise_to)})")


@cache
def _rate_head_end() -> re.Pattern[str]:
    """A rate's head right before the words after it ("tỷ lệ thiệt hại trên 70%" is a rate, a figure)."""
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.rate_heads)}[ \t]*$")


@cache
def _degree_end() -> re.Pattern[str]:
    """A word of loss right before a bounded percentage (quantities ``degree_before``)."""
    return re.compile(rf"{word_alt(get(CuesLexicon).quantities.degree_before)}[ \t]*$")


@cache
def _band_gap() -> re.Pattern[str]:
    """What may stand between a count and the band it falls in: nothing, or a verb of attaining after at most three
    words of the count's noun ("chủ yếu", "đều"), with the word that opens a bound ("từ", group 1), after at most
    two words naming what is attained ("16/21 chỉ tiêu đạt tiến độ từ 50% kế hoạch trở lên")."""
    c = get(CuesLexicon)
    return re.compile(rf"[ \t]*|(?:[ \t]+[^\W\d]+){{0,3}}?[ \t]+(?:{phrase_alt(c.roles.attain)})[ \t]+"
                      rf"(?:(?:[^\W\d]+[ \t]+){{0,{BAND_ATTAINED_WORDS}}}?"
                      rf"({phrase_alt(c.quantities.range_before)})[ \t]+)?")


#: the most words between the verb of attaining and the bound's opening word ("đạt tiến độ từ 50% ...": two)
BAND_ATTAINED_WORDS = 2


#: the most words between a count and the bounded share or sum that names its class ("61 dự án có tỷ lệ giải ngân dưới
#: 20%": five)
CLASS_GAP_WORDS = 5


@cache
def _class_gap() -> re.Pattern[str]:
    """A few words of what a count's members did or got between the count and a bound ("được giao vốn", "giải
    ngân"), none of them naming the sum itself (cues facts.class_gap_not)."""
    not_ = phrase_alt(get(CuesLexicon).facts.class_gap_not)
    return re.compile(rf"(?:[ \t]+(?!(?:{not_})(?!\w))[^\W\d]+){{1,{CLASS_GAP_WORDS}}}[ \t]+")


@cache
def _band_end() -> re.Pattern[str]:
    """A band ends its clause: punctuation, the end, or a conjunction before the next count; the plan it is of may come
    first ("dự toán thu được giao"), then the words that make it a bound ("trở lên", group 2); group 1 holds both."""
    c = get(CuesLexicon)
    return re.compile(rf"((?:[ \t]+(?:{phrase_alt(c.roles.plan_heads)})(?!\w)[^,;.:()\d]{{0,40}}?)?"
                      rf"(?:[ \t]+({phrase_alt(c.quantities.threshold_after)}))?)"
                      rf"[ \t]*(?:[,;.:)]|$|(?:{phrase_alt(c.facts.conjunctions)})(?!\w))")


@cache
def _share_allotted() -> re.Pattern[str]:
    """The words after a share that say what it is allotted to (cues subjects.share_allotted), up to the words that
    name it."""
    return re.compile(rf"[ \t]+(?:{phrase_alt(get(CuesLexicon).subjects.share_allotted)})(?!\w)[ \t]*")


@cache
def _task_nouns() -> frozenset[str]:
    """The nouns of tasks (cues roles.task_list_heads)."""
    return frozenset(lower_keep_len(w) for w in get(CuesLexicon).roles.task_list_heads)


@cache
def _at_place() -> re.Pattern[str]:
    """A locative right before a figure ("tại", "ở")."""
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.locatives)}[ \t]*$")


@cache
def _count_whole() -> re.Pattern[str]:
    """The noun of a count opening the words after a share ("số": subjects.count_wholes), a noun after it."""
    return re.compile(rf"[ \t]*(?:{phrase_alt(get(CuesLexicon).subjects.count_wholes) or '(?!)'})[ \t]+[^\W\d]")


@cache
def _member_place() -> re.Pattern[str]:
    """A verb of belonging and a locative right before a count ("sinh hoạt tại": facts.member_verbs)."""
    c = get(CuesLexicon)
    return re.compile(rf"{word_alt(c.facts.member_verbs)}[ \t]+(?:{phrase_alt(c.facts.locatives)})[ \t]*$")


@cache
def _reaches_standard() -> re.Pattern[str]:
    """The standard counted places reach, right after their count ("2 xã| đạt chuẩn nông thôn mới", "5 thôn| đã đạt
    chuẩn")."""
    c = get(CuesLexicon)
    return re.compile(rf"[ \t]+(?:(?:{phrase_alt(c.subjects.tense_aux)})[ \t]+)?(?:{phrase_alt(c.facts.standard_states)})(?!\w)")


@cache
def _occurrence() -> re.Pattern[str]:
    c = get(CuesLexicon)
    return re.compile(rf"({word_alt(c.facts.occurrence_verbs)})[ \t]+(?:{phrase_alt(c.facts.locatives)})[ \t]*$")


def _kind_said(follow: str) -> bool:
    """Whether the words after a share name its whole, then a copula and a kind of it ("dân số | là | đồng bào dân
    tộc Mông": subjects.whole_after, subjects.name_list_copulas)."""
    low = lower_keep_len(follow)
    wm = _whole_after().match(low)
    if wm is None:
        return False
    at = wm.end()
    while at < len(low) and low[at] in " \t":
        at += 1
    word = _WORD_AT.match(low, at)
    return word is not None and word.group() in _copulas() and _LETTER.search(low, word.end()) is not None


_WORD_AT = re.compile(r"[^\W\d_]+")


@cache
def _copulas() -> frozenset[str]:
    return frozenset(lower_keep_len(w) for w in get(CuesLexicon).subjects.name_list_copulas)


@cache
def _occurrence_end() -> re.Pattern[str]:
    """An occurrence verb right before a count, its aspect words before it ("(đã) xảy ra |12 vụ")."""
    return re.compile(rf"(?<!\w){word_alt(get(CuesLexicon).facts.occurrence_verbs)}[ \t]*$")


@cache
def _case_counters() -> frozenset[str]:
    """Counters of cases that name no kind of case ("vụ", "ca": facts.case_counters)."""
    return frozenset(lower_keep_len(w) for w in get(CuesLexicon).facts.case_counters)


def _occurred_thing(s: str, verb_at: int) -> str | None:
    """What occurred, for an occurrence verb at ``verb_at`` of sentence ``s`` counted by its cases: the words before
    the verb in its comma piece ("Tai nạn giao thông (đã) xảy ra"), or, where the verb opens a bracket, the topic of the
    clause before the bracket ("tai nạn giao thông tuy giảm nhưng còn phức tạp (xảy ra"); None where neither names one."""
    start = max(s.rfind(ch, 0, verb_at) for ch in ",;:(")
    thing = _aux_tail().sub("", " " + s[start + 1:verb_at]).strip(" \t")
    if thing and start >= 0 and s[start] == ";" and time_only(thing):
        # "Tai nạn giao thông giảm cả số vụ, ...; 10 tháng xảy ra 84 vụ": the clause after ';' opens on its time alone,
        # what occurred is the topic of the clause before, read from that clause's start
        clause = s[max(s.rfind(";", 0, start), s.rfind(":", 0, start)) + 1:start]
    elif thing:
        return thing if _LETTER.search(thing) else None
    elif start < 0 or s[start] != "(" or s[start + 1:verb_at].strip():
        return None
    else:
        clause = s[max(s.rfind(ch, 0, start) for ch in ",;:") + 1:start]
    at = _state_said().search(lower_keep_len(clause))
    head = clause[:at.start()].strip(" \t") if at is not None else ""
    return head if len(head.split()) >= 2 and not _DIGIT.search(head) else None


@cache
def _state_said() -> re.Pattern[str]:
    """The first word saying how a thing stands, in the clause a bracket remarks on ("tai nạn giao thông | tuy giảm
    nhưng còn phức tạp"): a concession, a clause verb, a tense word, a change word, or cues facts.state_words."""
    c = get(CuesLexicon)
    return words_re([*c.subjects.concession_leads, *c.subjects.clause_verbs, *c.subjects.tense_aux, *c.roles.increase,
                     *c.roles.decrease, *c.facts.state_words])


@cache
def _place_of_count() -> re.Pattern[str]:
    """The words between an occurrence's count and a count of its places: the rest of the count's noun, then a
    locative ("(hộ) chăn nuôi ở", facts.locatives), no comma."""
    return re.compile(rf"[ \t]*(?:[^\W\d][^,;:()\d]{{0,40}}?[ \t]+)?(?:{phrase_alt(get(CuesLexicon).facts.locatives)})[ \t]*",
                      re.IGNORECASE)


@cache
def _aux_tail() -> re.Pattern[str]:
    """Aspect words before a verb ("đã", "đang"), at the end of the words before it."""
    return re.compile(rf"(?:[ \t]+(?:{phrase_alt(get(CuesLexicon).subjects.subject_cut)}))+[ \t]*$", re.IGNORECASE)


@cache
def _breakdown() -> re.Pattern[str]:
    return words_re(get(CuesLexicon).facts.breakdown)


@cache
def _represents_end() -> re.Pattern[str]:
    """Words closing the words before a count that say those before stand for the ones counted (subjects
    ``represents``: "tiêu biểu cho")."""
    w = get(CuesLexicon).subjects.represents
    return re.compile(rf"{word_alt(w)}[ \t]*$") if w else re.compile(r"(?!x)x")


@cache
def _breakdown_colon() -> re.Pattern[str]:
    """A breakdown word closed by a colon (cues ``facts.breakdown``: ", trong đó: ...")."""
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.breakdown)}[ \t]*:")


@cache
def _prior_owned() -> re.Pattern[str]:
    """An earlier period owning the figure before (roles ``prior_owner`` + ``prior_heads``: "... của cùng kỳ")."""
    owner, heads = get(CuesLexicon).roles.prior_owner, get(CuesLexicon).roles.prior_heads
    if not owner:
        return re.compile(r"(?!x)x")
    return re.compile(rf"[ \t]+(?:{phrase_alt(owner)})[ \t]+(?:{phrase_alt(heads)})(?!\w)")


@cache
def _estimate_opening() -> re.Pattern[str]:
    """An estimate's word opening a sentence (cues ``roles.estimate``: "Dự kiến sẽ có ...", "Ước cả năm ...")."""
    return re.compile(rf"[ \t]*(?:{phrase_alt(get(CuesLexicon).roles.estimate)})(?!\w)")


@cache
def _breakdown_opening() -> re.Pattern[str]:
    """A breakdown word opening a sentence (cues ``facts.breakdown``: "Trong đó thu từ dầu khí ...")."""
    return re.compile(rf"[ \t]*(?:{phrase_alt(get(CuesLexicon).facts.breakdown)})(?!\w)")


@cache
def _threshold_tail() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:{phrase_alt(get(CuesLexicon).quantities.threshold_after)})(?!\w)")


@lru_cache(maxsize=8192)  # keyed by text: bounded, a long-running process meets new text without end
def _rest_of_phrase(seg: str, pred: str) -> bool:
    """Whether ``seg`` (the words since the figure before) opens on a comma, or on a conjunction going on with the
    count's object ("| và các làng nghề, tăng "), and its last comma piece is the predicate alone (", nghỉ dưỡng,
    tăng "): the pieces before it go on from the figure before, naming nothing."""
    if _DIGIT.search(seg) or not (seg.lstrip(" \t").startswith(",")
                                  or ("," in seg and _joined_on().match(lower_keep_len(seg)) is not None)):
        return False
    last = seg[seg.rfind(",") + 1:]
    return bool(pred.strip()) and " ".join(last.split()).lower() == " ".join(pred.split())


@cache
def _joined_on() -> re.Pattern[str]:
    """A conjunction opening the words after a count (facts.conjunctions): its object goes on ("... tham quan Cột cờ
    | và các làng văn hóa")."""
    return re.compile(rf"[ \t]*(?:{phrase_alt(get(CuesLexicon).facts.conjunctions)})[ \t]")


@cache
def _leftover() -> re.Pattern[str]:
    """The rest of a count's phrase after it: a number, or a range word and a number ("từ 18 tuổi")."""
    return re.compile(rf"[ \t]*(?:{word_alt(get(CuesLexicon).quantities.range_before)}[ \t]+)?\d", re.IGNORECASE)


def _subject(s: str, low: str, q: Quantity, d: RoleDecision, left: str | None, seg: str,
             link: _Link | None, share: bool = False, limit: int | None = None) -> tuple[str | None, str | None, int]:
    """(subject, event verb, end of the words used after the figure) for one figure.

    ``low``: ``s`` lowered (:func:`lower_keep_len`). ``share``: the figure is a share of something ("thu nội địa
    chiếm 50% tổng thu"): its subject is on the left, whatever follows.
    """
    role = d.role
    if role == "target" and q.kind != "pct" and left and link and link.subject \
            and _bare_plan_head().fullmatch(lower_keep_len(left.strip())):
        return link.subject, link.verb, q.end  # "kết nạp 321 đảng viên (Nghị quyết 490 đảng viên)": the result's plan
    if q.kind == "pct":
        if role in ("percent", "target") and share and not left and link and link.subject:
            return link.subject, link.verb, q.end  # "còn 2.047 hộ nghèo, chiếm 4,96% tổng số hộ": the part, not the whole
            # (a goal's share too: "giảm số hộ nghèo xuống còn 300 hộ, chiếm tỷ lệ 0,9% tổng số hộ")
        if role in ("percent", "target") and (al := _share_allotted().match(low, q.end)) is not None \
                and (allotted := following_phrase(s, al.end(), limit=limit))[0]:
            return allotted[0], None, allotted[1]  # "trong đó 40% dành cho giáo dục": what the share is allotted to
        if role == "target" and (goal_named := _goal_named_after(s, low, q, limit)) is not None:
            return goal_named[0], None, goal_named[1]  # "phấn đấu đạt 100% chỉ tiêu kết nạp đảng viên": the goal is named after it
        if role == "percent" and not (share and left):
            follow, end = following_phrase(s, q.end, limit=limit)
            if not follow and not left and _breakdown().search(lower_keep_len(seg)) \
                    and (aux := _tense_after().match(low, q.end)) is not None:
                # "tiêm vắc xin cho 52.300 người, trong đó 97,2% đã tiêm đủ 2 mũi": a part of the count before, named
                # by what it has done
                follow, end = following_phrase(s, aux.end(), limit=limit)
            if follow and left and lower_keep_len(follow) in _bare_wholes():
                return f"{follow} {left}", None, end  # "đã thu hoạch được 62% diện tích": the measure of what was done
            whole = bool(follow) and _whole_after().match(lower_keep_len(follow or "")) is not None \
                and _purpose_lead().match(low, end) is None  # ("dành 41% tổng vốn cho giao thông": allotted)
            if whole and left:
                return left, None, end  # "nông nghiệp còn 9,65% trong cơ cấu GRDP": the whole follows, the part is before
            if whole and not left and not seg.strip(" \t,") and _kind_said(follow or ""):
                # "xã có 31 thôn, trên 96% dân số là đồng bào dân tộc Mông": a share opening its clause bare, the whole
                # and the kind of it that the share is, named after a copula
                return follow, None, end
            if not left and link and link.subject and "," in seg and _attains_only(seg.rsplit(",", 1)[1]) \
                    and follow and _count_whole().match(low, q.end) \
                    and len(link.subject.split()) > 1:
                # "trúng cử với 41/43 phiếu bầu, đạt 95,35% số đại biểu có mặt": the count's share (a count named by
                # one word, its unit alone, "với 34/34 phiếu", says less than the whole after the share)
                whole = True
            if whole and not left and link and link.subject:
                # "có 1.200 hộ đăng ký, đạt 96% tổng số hộ": the share of the count right before, the whole after it
                return link.subject, link.verb, end
            if follow and left and (rh := _rate_head().match(lower_keep_len(left))) is not None and left[rh.end():].strip():
                return left, None, end  # "với tỷ lệ tán thành 100% đại biểu có mặt": the rate named, its base after it
            if follow and lower_keep_len(follow) in _head_halves() and (pair := _PAIR_AFTER.match(s, end)) is not None \
                    and (other := following_phrase(s, pair.end(), limit=limit))[0]:
                return f"{follow}, {other[0]}", None, other[1]  # "100% chi, đảng bộ cơ sở": a pair sharing its head
            if follow and _reaches_standard().match(low, end) is not None \
                    and (reached := following_phrase(s, q.end, counted=True, limit=limit))[0] \
                    and len(reached[0].split()) > len(follow.split()) + 2:
                # "100% thôn đạt chuẩn văn hóa": a share of units named with the standard they reach, as their count
                # would be (facts.standard_states), not the bare unit
                return reached[0], None, reached[1]
            if follow:
                return follow, None, end
        if role == "change_pct" and _rate_head().match(low, q.end) \
                and (rated := following_phrase(s, q.end, limit=limit))[0] and len(rated[0].split()) > 2:
            return rated[0], None, rated[1]  # "ước cả năm giảm 4,6% tỷ lệ hộ nghèo": the rate changed is named after it
        if role == "target" and left and _CLAUSE_OPENED.search(seg) \
                and (opened := following_phrase(s, q.end, counted=True, limit=limit))[0]:
            return opened[0], None, opened[1]  # "..., 100% khu phố được công nhận Khu phố văn hóa": a goal's share opening its clause names
            # its set after it, not the clause before
        if role == "target" and (not left or lower_keep_len(left.strip()) in _have_words()) and link \
                and _joined_item().fullmatch(seg) and (opened := following_phrase(s, q.end, counted=True, limit=limit))[0]:
            return opened[0], None, opened[1]  # "100% số hộ dùng điện và trên 20% số hộ có máy tính": a goal's share
            # joined to the one before names its own set after it
        if _ensure_end().search(lower_keep_len(seg), max(0, len(seg) - 24)):
            follow, end = following_phrase(s, q.end, counted=True, limit=limit)
            if follow:  # "yêu cầu các trường bảo đảm 100% học sinh được đến lớp": the share of what follows
                return follow, None, end
        if left and link and link.subject and role in ("plan_pct", "percent") \
                and _beneficiary_lead().match(" " + lower_keep_len(left)) is not None \
                and (at := seg.find(left)) >= 0 and "," not in seg[:at]:
            # "Cấp 1.136 giấy chứng nhận cho hộ gia đình, cá nhân, đạt 56,8% kế hoạch": the words before it are whom
            # the count right before was for, that count is what met the plan
            return link.subject, link.verb, q.end
        if left:
            if role in ("plan_pct", "target") and d.basis and _is_completion_verb(left):
                if "," in seg and len(d.basis.split()) <= 2:
                    # "gieo trồng cây vụ Đông đúng khung thời vụ, phấn đấu hoàn thành 100% kế hoạch": a bare plan
                    # is of the work the clause before names ("... 100% chỉ tiêu kết nạp đảng viên" names its own)
                    cand = clean_subject(left_subject(seg[:seg.rfind(",")])[0])
                    if cand and not subject_problem(cand, q.unit):
                        return cand, None, q.end
                    if role == "plan_pct" and link and link.subject and not seg[:seg.rfind(",")].strip(" \t"):
                        # "tổng diện tích 31.000 ha, hoàn thành 99% kế hoạch": the plan the figure right before met
                        return link.subject, link.verb, q.end
                return f"{left} {d.basis}", None, q.end
            if role == "target" and _is_completion_verb(left):  # "hoàn thành 100% số nhà tạm": what is to be completed
                follow, end = following_phrase(s, q.end, limit=limit)
                if follow:
                    return f"{left} {follow}", None, end
            if share and role == "percent":  # "công nghiệp chiếm tỷ trọng 61,2% trong GRDP": the whole it is a share of
                return left, None, following_phrase(s, q.end, limit=limit)[1]
            return left, None, q.end
        if link and ("," in seg or _joined_change().fullmatch(seg)):
            # "..., giảm 50% số hộ nghèo", "... và giảm 50% số hộ cận nghèo": a clause of its own names what it measures
            # after it
            follow, end = following_phrase(s, q.end, limit=limit)
            if follow:
                return follow, None, end
        if link:
            return link.subject, link.verb, q.end
        follow, end = following_phrase(s, q.end, limit=limit)
        return follow, None, end
    if q.kind == "count":
        # a list of nouns counted after the words that say what of it ("quy định mức khoán cho 1.046 thôn, bản,
        # tổ dân phố trên địa bàn"): the subject holds the whole list as written, the words after the list its place
        if "," in (q.unit or "") and _CLAUSE_CLOSE.match(s, q.end):
            return s[q.unit_start:q.end], None, q.end  # "168 phường, xã, đặc khu;": the list that closes its clause
        if role != "change" and q.unit_start and (merge := _merger_before(s, q)) is not None:
            # "được thành lập trên cơ sở hợp nhất 3 xã A, B và C": the units merged, neither the new one nor its birth
            return f"{merge} {s[q.unit_start:q.end]}", None, q.end
        if left:
            # "trao Cờ thi đua của UBND TPHCM cho 3 cơ sở": the giver, by name, no part of it; "đạt toàn bộ 14 chỉ
            # tiêu": the count's own quantifier neither
            left = drop_count_total(drop_named_owner(left)) or None
        # (a draft named by its paper, "05 dự thảo nghị quyết", closes its phrase with the paper's noun, as a plan's head
        # closes it: where the drafts go and what is done with them, "trình kỳ họp ...", "đều được ...", is not them)
        listed = ("," in (q.unit or "") and bool(left)) or _drafted(q.unit)
        joined = _joined_actor().search(low, max(0, q.start - 12), q.start) is not None
        # "trên 800 hộ và doanh nghiệp sản xuất, kinh doanh": a second counted noun joined by a conjunction, no figure of
        # its own: the count is of both, its phrase goes on after the second
        noun_end = (noun_joined_after(s, q.end, len(s) if limit is None else limit) if q.unit_start else None) or q.end
        follow, end = following_phrase(s, noun_end, max_words=6, counted=True, limit=limit, joined_actor=joined) \
            if not listed else (None, q.end)
        if follow is None and not listed and lower_keep_len(q.unit or "") in _goal_heads() \
                and _goal_owner().match(low, q.end):
            # "hoàn thành 22/22 chỉ tiêu nghị quyết": the plan whose goals are counted is part of the noun phrase
            follow, end = following_phrase(s, q.end, max_words=6, counted=True, limit=limit, plan_named=True,
                                           joined_actor=joined)
        if follow is None and (tail := _threshold_tail().match(low, q.end)) is not None \
                and (beyond := following_phrase(s, tail.end(), max_words=6, counted=True, limit=limit))[0]:
            follow, end = beyond  # "có từ 3 thôn trở lên đạt “thôn không ma túy”": the bound's words close no phrase
            if (quoted := _QUOTED_AFTER.match(s, end)) is not None:
                follow, end = f"{follow} {quoted.group(1)}", quoted.end()  # the title reached, named in quotes
        if (quoted := _QUOTED_AFTER.match(s, end if follow is not None else q.end)) is not None:
            # "xây dựng mới 32 mô hình “Dân vận khéo”": the name in quotes after the noun says which it counts
            name = quoted.group().strip()
            follow, end = (f"{follow} {name}" if follow is not None else name), quoted.end()
        if follow is None:  # "168 phường, xã, đặc khu;": the other nouns of a list are counted too
            nl = noun_list_after(s, q.end)
            if nl:
                return s[q.unit_start:nl], None, nl
        head = s[q.unit_start:noun_end]
        follow = _join(head, follow) if q.unit_start else follow
        if left and q.unit and (named := _bracket_restated(s, q, left)):
            return named, None, q.end  # "các chương trình công tác toàn khóa (dự kiến 5 chương trình)": the noun restated
        if left and role != "change" and measure_head(left):
            return left, None, q.end  # "Tổng lượng khách ... đạt 12.800 lượt người": the measure named is whole
        if left and role != "change" and follow and follow != head and subject_problem(follow, None) == "unit":
            return left, None, end  # "... với 12/12 cuộc đã hoàn thành": a counter and its state add nothing to the work named
        if left and role != "change" and ":" in seg and _names_unit(left, q.unit):
            return left, None, q.end  # "Số hộ nghèo: 120 hộ": the heading names what is counted, whole
        if left and role != "change" and follow == head and _names_unit(left, q.unit):
            return left, left, end  # "số hộ nghèo giảm xuống còn 210 hộ": the noun counted is named before, whole
        if left and role != "change" and follow == head and lower_keep_len(head) in _bare_counter_words() - _part_counters() \
                and len(left.split()) <= PART_LABEL_WORDS and _part_opened().search(low, 0, q.start) is not None:
            # "19 đại biểu; trong đó nữ 7 người, nam 12 người": a part's kind named before a bare counter, in a
            # breakdown's list, the counter adding nothing to it (a counter standing for the whole's noun, "chiếc",
            # "căn", is read with that noun: facts.part_counters)
            return left, None, end
        if left and role != "change" and follow and follow != head \
                and _vote_agent().search(lower_keep_len(follow)) is not None \
                and _passive_end().search(s, max(0, q.start - PASSIVE_MARK_REACH), q.start):
            return follow, None, end  # "Nghị quyết ... được 60/61 đại biểu biểu quyết tán thành": the voters and their vote
        if left and role != "change" and follow and follow != head and _with_end().search(seg) \
                and not _object_lead().search(seg):  # ("đối với 3 tổ chức đảng": what an activity is done to)
            # "Công tác quản lý trật tự đô thị được tăng cường với 74 lượt ra quân": a count after "với" with words of
            # its own after its noun names what it counts there; the clause before is what the count carries out
            return follow, None, end
        if left and role != "change":
            return _join(left, follow), left, end
        own = left if left and subject_problem(left, q.unit) is None else None  # ("Ước đến cuối năm giảm ...": none)
        if own and role == "change" and link and seg.rsplit(",", 1)[-1].lstrip().startswith(own) \
                and _names_unit(own, q.unit):
            # "số vụ giảm 2 vụ, số người chết giảm 3 người": a clause that names what changed by the noun it counts
            return left, None, end
        if link and role == "change":
            return link.subject, link.verb, end
        if own and role == "change" and own in seg.rsplit(",", 1)[-1]:
            return own, None, end  # "tai nạn giao thông giảm 3 vụ": what changed is named before the verb
        if link and link.verb and _only_joins(seg) and not _office_of_places_only(link.verb, q.unit):
            return _join(link.verb, follow), link.verb, end
        if not left and follow == head and head and (bl := _beneficiary_lead().match(low, q.end)) \
                and (more := following_phrase(s, bl.end(), max_words=6, counted=True, limit=limit))[0]:
            # "..., 23 nhà cho hộ nghèo được hỗ trợ xây mới": the noun's beneficiary is part of what is counted, to
            # the passive that says what was done for it
            words = more[0].split()
            ends = get(CuesLexicon).subjects.beneficiary_ends
            cut = next((i for i, w in enumerate(words) if i > 0 and lower_keep_len(w) in ends), len(words))
            return f"{head} {s[q.end:bl.end()].strip()} {' '.join(words[:cut])}", None, more[1]
        return follow or (link.subject if link else None), None, end
    # money and measures
    if q.kind == "money" and (mf := _money_from().match(s, q.end)) is not None:
        if left and (purpose := _purpose_past_source(s, low, mf.end(), limit)) is not None:
            # "đã chi hơn 412 tỷ đồng từ ngân sách và nguồn vận động để hỗ trợ người dân ...": the spending and what
            # it is for, the source between them no part
            return _join(left, purpose[0]), None, purpose[1]
        limit = mf.end(1)  # "điều chuyển 900 tỷ đồng từ các dự án chậm sang ...": where it comes from, no subject
    if q.kind == "measure" and (suffered := _suffered_list(s, low, q.end, limit)) is not None:
        return suffered[0], None, suffered[1]  # "hơn 9.600 ha lúa và hoa màu bị ngập úng": the things listed, and their lot
    follow, end = following_phrase(s, q.end, max_words=8, limit=limit)
    if follow and q.kind == "measure" and _with_end().search(seg):
        return follow, None, end  # "nông nghiệp được duy trì với 1.260 ha thanh long": the crop had is what is measured
    if not follow and q.kind == "measure" and left and _with_end().search(seg) and (held := _held_thing(left)):
        return held, None, end  # "Cây hồ tiêu duy trì ổn định với khoảng 45.300 ha": the thing held, not its state
    if follow and left and (lc := seg.rfind(",")) >= 0 and _place_have().fullmatch(lower_keep_len(seg[lc + 1:]).strip(" \t")):
        return follow, None, end  # "Cây chè ..., toàn huyện hiện có 3.120 ha chè": the place has what follows, the clause
        # before is of its own
    if left:
        return _join(left, follow), None, end
    if link and role == "change":
        return link.subject, link.verb, q.end
    if follow:
        return follow, None, end
    lead = _purpose_lead().match(low, q.end)
    if lead and not link:  # "huy động trên 2.170 tỷ đồng cho xây dựng nông thôn mới": what the money is for
        follow, end = following_phrase(s, lead.end(), max_words=8, limit=limit)
        if follow:
            return follow, None, end
    return (link.subject if link else None), None, q.end


#: how far before a count a merger's verb governing it is looked for, in its clause
_MERGE_WITHIN = 120


@cache
def _merger_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a merger's verb; a time lead right before it; a result lead right before a count; a clause's end),
    subjects.merge_verbs, merge_time_leads, merge_result_leads."""
    c = get(CuesLexicon)
    never = re.compile(r"(?!)")
    if not c.subjects.merge_verbs:
        return never, never, never, never
    verb = re.compile(rf"{word_alt(c.subjects.merge_verbs)}(?!\w)")
    time = (re.compile(rf"{word_alt(c.subjects.merge_time_leads)}[ \t]*$")
            if c.subjects.merge_time_leads else never)
    result = (re.compile(rf"{word_alt(c.subjects.merge_result_leads)}[ \t]*$")
              if c.subjects.merge_result_leads else never)
    return verb, time, result, re.compile(r"[,;.:\n]")


def _merger_before(s: str, q: Quantity) -> str | None:
    """The merger's verb a count of the units merged follows in its comma piece ("trên cơ sở sáp nhập toàn bộ diện tích
    tự nhiên và quy mô dân số của 3 xã": "sáp nhập"), as written; None when there is none, when it names a time
    ("sau sáp nhập"), or when the count is the unit merged into ("... thành 1 xã")."""
    verb, time, result, clause_end = _merger_res()
    lo = max(0, q.start - _MERGE_WITHIN)
    low = lower_keep_len(s[lo:q.start])
    ends = [m.end() for m in clause_end.finditer(low)]
    m = _last_match(verb.finditer(low, ends[-1] if ends else 0))
    if m is None or time.search(low, 0, m.start()) is not None or result.search(low, m.end()) is not None:
        return None
    return s[lo + m.start():lo + m.end()]


def _last_match(ms: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for m in ms:
        found = m
    return found


def _goal_named_after(s: str, low: str, q: Quantity, limit: int | None) -> tuple[str, int] | None:
    """A goal's share followed by a goal's noun and what the goal is of ("phấn đấu đạt 100% chỉ tiêu kết nạp đảng viên
    năm 2016": roles.goal_heads, then a word that is no plan's tail, subjects.basis_tails): that phrase and where it
    ends; None otherwise ("đạt 100% chỉ tiêu đề ra" names no goal of its own). ``low``: ``s`` lowered."""
    a = len(s) - len(s[q.end:].lstrip(" \t"))
    if (lead := _basis_lead_at().match(low, a)) is not None:
        a = lead.end()  # "đạt 100% so với chỉ tiêu kết nạp đảng viên": the goal, named after its comparison's lead
    head = next((h for h in _goal_heads() if low.startswith(h, a) and low[a + len(h):a + len(h) + 1] in (" ", "\t")),
                None)
    if head is None:
        return None
    nxt = low[a + len(head):a + len(head) + 24].split()
    if not nxt or not nxt[0][:1].isalpha() or nxt[0] in _plan_tail_words():
        return None
    phrase, end = following_phrase(s, a, max_words=8, limit=limit, plan_named=True)
    if not phrase or len(phrase.split()) <= len(head.split()):
        return None
    return phrase, end


@cache
def _basis_lead_at() -> re.Pattern[str]:
    """A comparison's lead and the spaces after it (roles.basis_lead: "so với")."""
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).roles.basis_lead)})[ \t]+")


@cache
def _plan_tail_words() -> frozenset[str]:
    """The first words of a plan's tail (subjects.basis_tails: "năm", "giao", "đề ra") and of an owner (goal_owners)."""
    c = get(CuesLexicon).subjects
    return frozenset(lower_keep_len(w).split()[0] for w in [*c.basis_tails, *c.goal_owners, *c.owner_leads])


def _names_unit(left: str, unit: str | None) -> bool:
    """``left`` holds the counted noun ``unit`` as whole words ("Số hộ nghèo" for "hộ")."""
    return bool(unit) and _whole_words(lower_keep_len(unit or "")).search(lower_keep_len(left)) is not None


@lru_cache(maxsize=512)
def _whole_words(low_words: str) -> re.Pattern[str]:
    """``low_words`` as whole words, compiled once for each noun."""
    return re.compile(rf"(?<!\w){re.escape(low_words)}(?!\w)")


@cache
def _beneficiary_lead() -> re.Pattern[str]:
    """A beneficiary's word right after a count's noun ("23 nhà cho hộ nghèo"), a word (no figure) after it."""
    return re.compile(rf"[ \t]+(?:{phrase_alt(get(CuesLexicon).subjects.beneficiary_leads)})(?=[ \t]+[^\W\d_])")


#: a figure that opens a bracket, a word or two before it ("(dự kiến 5 chương trình)", "(12 dự án)")
_BRACKET_OPEN = re.compile(r"\([ \t]*(?:[^\W\d_]+[ \t]+){0,2}$")


def _bracket_restated(s: str, q: Quantity, left: str) -> str | None:
    """A count in brackets of the noun the words before it name ("triển khai các dự án trọng điểm (12 dự án)"):
    those words from the noun on ("dự án trọng điểm"), else None."""
    if not _BRACKET_OPEN.search(s, max(0, q.start - 40), q.start):
        return None
    low, unit = lower_keep_len(left), lower_keep_len(q.unit or "")
    at = low.rfind(unit)
    if at <= 0 or not unit or low[at - 1] != " " or (at + len(unit) < len(low) and low[at + len(unit)].isalnum()):
        return None
    return left[at:]


@cache
def _money_from() -> re.Pattern[str]:
    """The words right after a sum that say where it comes from (cues facts.money_from); group 1 ends before them."""
    return re.compile(rf"([ \t]*)(?:{phrase_alt(get(CuesLexicon).facts.money_from)})(?!\w)", re.IGNORECASE)


@cache
def _purpose_lead() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:{phrase_alt(get(CuesLexicon).facts.money_for)})[ \t]+")


#: how far past a sum's source its purpose is looked for, in its clause
_PURPOSE_WITHIN = 80


def _purpose_past_source(s: str, low: str, pos: int, limit: int | None) -> tuple[str, int] | None:
    """What a sum is for, said after its source (``pos``: the source's first word after its lead) in the same clause
    ("từ ngân sách và nguồn vận động | để hỗ trợ người dân"): the purpose's phrase and its end; else None. ``low``:
    ``s`` lowered."""
    end = min(len(s) if limit is None else limit, pos + _PURPOSE_WITHIN)
    lead = _purpose_inside().search(low, pos, first_of(s, ",;.:()", pos, end))
    if lead is None or _DIGIT.search(s, pos, lead.start()):
        return None
    phrase, at = following_phrase(s, lead.end(), max_words=8, limit=limit)
    return (phrase, at) if phrase else None


@cache
def _purpose_inside() -> re.Pattern[str]:
    """A purpose's word inside a clause, a blank before it ("... nguồn vận động để hỗ trợ"; :func:`_purpose_lead` is
    the one right after a figure)."""
    return re.compile(rf"[ \t](?:{phrase_alt(get(CuesLexicon).facts.money_for)})[ \t]+")


@cache
def _have_words() -> frozenset[str]:
    return frozenset(get(CuesLexicon).subjects.have_verbs)


#: the fewest words between two spaced dashes read as an aside ("- nguồn vốn chính để bố trí cho đầu tư -"); fewer are
#: a name's parts ("công nghiệp - tiểu thủ công nghiệp - xây dựng")
DASH_ASIDE_WORDS = 6
_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")


def _dashed_aside(own: str) -> str | None:
    """The words before a figure without the aside two spaced dashes enclose in them, where the words after the second
    dash name nothing of their own ("nguồn thu tiền sử dụng đất - nguồn vốn chính để bố trí cho đầu tư - đến nay chỉ
    đạt"); None where no such aside stands (DASH_ASIDE_WORDS)."""
    if "-" not in own and "–" not in own and "—" not in own:
        return None  # no dash at all (most figures' words): no spaced dash to find (issue 12)
    dashes = list(islice(_SPACED_DASH.finditer(own), 8))
    if len(dashes) != 2:
        return None
    a, b = dashes
    inner = own[a.end():b.start()]
    if len(inner.split()) < DASH_ASIDE_WORDS or _DIGIT.search(inner) or not _LETTER.search(own, 0, a.start()) \
            or left_subject(own[b.end():])[0] is not None:
        return None
    return f"{own[:a.start()]} {own[b.end():]}"


def _closed_aside(s: str, seg_start: int, own: str) -> str | None:
    """The words before a figure when they open inside a bracket that closes before the figure's verb ("ngành xây
    dựng (chiếm 5,2% GRDP) giảm 1,5%": the aside holds the figure before; ") giảm" names nothing): the comma piece's
    words before the bracket opened, then those after it; None when the words after the bracket name something or the
    words before it hold a figure of their own or name nothing."""
    close = own.find(")")
    if close < 0 or "(" in own[:close] or seg_start <= 0 or _LETTER.search(own, close + 1) is None \
            or left_subject(own[close + 1:])[0] is not None:
        return None
    op = s.rfind("(", 0, seg_start)
    if op < 0 or s.find(")", op, seg_start) >= 0:
        return None
    start = max(s.rfind(";", 0, op), s.rfind(":", 0, op), s.rfind(")", 0, op)) + 1
    piece = s[max(start, s.rfind(",", 0, op) + 1):op]
    if not _LETTER.search(piece) or _DIGIT.search(piece) or left_subject(piece)[0] is None:
        return None  # ("..., vượt kế hoạch (đạt 115,9% kế hoạch) nhưng chỉ bằng 98,6%": the piece names nothing)
    return f"{piece.strip()} {own[close + 1:].lstrip()}"


def _counted_set(q: Quantity, before: Quantity | None, facts: list[Fact]) -> str | None:
    """The set a share right after a count is of, as the sentence names it in full for a count of the same noun
    ("Trong tổng số 13 chỉ tiêu kinh tế - xã hội chủ yếu, ... 5/13 chỉ tiêu đạt 100% kế hoạch": "chỉ tiêu kinh tế -
    xã hội chủ yếu"); None when the figure is no share right after a count, or no such name is there."""
    if q.kind != "pct" or before is None or before.kind != "count" or not before.unit:
        return None
    noun = lower_keep_len(before.unit)
    return next((f.subject for f in facts if f.unit == before.unit and f.subject
                 and lower_keep_len(f.subject).startswith(noun + " ") and not subject_problem(f.subject, q.unit)), None)


def _fallback_subject(s: str, q: Quantity, left: str | None, link: _Link | None,
                      previous: str | None = None, seg: str = "", counted_set: str | None = None) -> str | None:
    """What a reader names when the words at hand are no subject: the phrase before the verb, the
    subject of the figure before in the same chain, then of the figure before in the sentence
    ("...; cộng dồn 10 tháng đạt 131 tỷ đồng"), the indicator the sentence names before the figure, the
    subject of the clause before the comma;
    None when nothing fits (the fact then says its subject is unresolved). ``counted_set``: for a share right after a
    count, the set counted as the sentence names it (:func:`_counted_set`)."""
    for cand in (left, link.subject if link else None, previous, counted_set):
        if cand and not subject_problem(cand, q.unit):
            return cand
    span = last_indicator_span(s[:q.start])
    if span:
        cand = clean_subject(s[span[0]:span[1]])
        if cand and not subject_problem(cand, q.unit):
            return cand
    if seg and "," in seg:  # "đẩy nhanh tiến độ giải ngân, phấn đấu đến ngày 30/9 đạt trên 40%": the clause before
        cand = clean_subject(left_subject(seg[:seg.rfind(",")])[0])
        if cand and not subject_problem(cand, q.unit):
            return cand
    if left and seg and (done := done_clause_subject(seg, left)) is not None:
        # "đợt 1 tiêm phòng gia súc, gia cầm năm 2025 đã hoàn thành, đạt tỉ lệ trên 90%": the verb of completion alone,
        # what the clause names before it
        cand = clean_subject(done)
        if cand and not subject_problem(cand, q.unit):
            return cand
    return None


@cache
def _raise_total() -> re.Pattern[str]:
    """A total carried to a new level with no noun of its own, right before the figure ("nâng tổng số lên")."""
    c = get(CuesLexicon)
    return re.compile(rf"{word_alt(c.facts.raise_verbs)}[ \t]+({phrase_alt(c.facts.raise_totals)})[ \t]+"
                      rf"(?:{phrase_alt(c.facts.raise_to)})[ \t]*$")


@cache
def _raise_named() -> re.Pattern[str]:
    """A total named with its noun, carried to a new level right before the figure ("nâng tổng số xã đạt chuẩn lên")."""
    c = get(CuesLexicon)
    return re.compile(rf"{word_alt(c.facts.raise_verbs)}[ \t]+((?:{phrase_alt(c.facts.raise_totals)})[ \t]+[^\W\d][^,;:()\d]{{0,80}}?)"
                      rf"[ \t]+(?:{phrase_alt(c.facts.raise_to)})[ \t]*$")


@cache
def _raise_ends() -> tuple[str, ...]:
    """The words that end a clause carrying a total to a new level right before the figure ("nâng lên")."""
    c = get(CuesLexicon).facts
    return tuple(f"{v} {t}" for v in c.raise_verbs for t in c.raise_to)


@cache
def _raised_total() -> re.Pattern[str]:
    """A total named first, then carried to a new level right before the figure ("tổng số xã đạt chuẩn nông thôn
    mới của huyện đã nâng lên"): group 1 is the total, from its total word to the tense words before the verb."""
    c = get(CuesLexicon)
    aux = rf"(?:[ \t]+(?:{phrase_alt(c.facts.raise_aux)}))?" if c.facts.raise_aux else ""
    return re.compile(rf"(?<!\w)((?:{phrase_alt(c.facts.raise_totals)})[ \t]+[^\W\d][^,;:()\d]{{0,80}}?){aux}"
                      rf"[ \t]+{word_alt(c.facts.raise_verbs)}[ \t]+(?:{phrase_alt(c.facts.raise_to)})[ \t]*$")


def _total_of(s: str, low: str, verb: int, total: re.Match[str], unit: str) -> str | None:
    """"có thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số lên 57 xã": the total of the thing counted,
    as the clause before names it (from its counted noun to the clause's end), or None when no clause
    before names it."""
    a = max(s.rfind(";", 0, verb), s.rfind(":", 0, verb)) + 1
    b = s.rfind(",", a, verb)
    if b < 0:
        return None
    word = re.compile(rf"(?<!\w){re.escape(unit)}(?!\w)")
    # the clause right before first ("xã đạt chuẩn nông thôn mới": the noun counted, not one inside a word)
    # (no comma before it in the clause: the clause from its start, never a word before its ';')
    m = word.search(low, max(s.rfind(",", a, b) + 1, a), b) or word.search(low, a, b)
    if m is None:
        return None
    named = " ".join(s[m.start():b].split())
    return f"{total.group(1)} {named}"


def _after_raise_verb(phrase: str | None) -> str | None:
    """"nâng tổng số xã đạt chuẩn lên 11 xã": the measure after a verb that carries it to a new level."""
    if not phrase:
        return phrase
    for m in _raise_verb().finditer(phrase):  # "Huyện nâng tổng số ...": the words before it are the actor
        if measure_head(phrase[m.end():]):
            return phrase[m.end():]
    return phrase


def _level_raised(phrase: str) -> str:
    """"cơ cấu kinh tế chuyển dịch theo hướng nâng tỷ trọng khu vực dịch vụ" (a level's move from one time to another
    after it): the level that a verb carrying a measure to a new level names, from its head on; else ``phrase``."""
    low = lower_keep_len(phrase)
    for m in _raise_verb().finditer(phrase):
        if _level_head().match(low, m.end()):
            return phrase[m.end():]
    return phrase


@cache
def _raise_verb() -> re.Pattern[str]:
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.raise_verbs)}[ \t]+(?=\S)", re.IGNORECASE)


@cache
def _attain_words() -> frozenset[str]:
    r = get(CuesLexicon).roles
    return frozenset(w for p in (*r.attain, *r.estimate) for w in p.split())


#: a figure right after a comma or a semicolon opens its clause
_CLAUSE_OPENED = re.compile(r"[,;][ \t]*$")


@cache
def _joined_verb() -> re.Pattern[str]:
    """A word joining two clauses ("và", or one of contrast: "nhưng") then a verb of beating or missing a plan ("và
    vượt ...")."""
    r = get(CuesLexicon).roles
    joins = [*get(CuesLexicon).subjects.clause_joins, *get(CuesLexicon).facts.contrast_joins]
    return re.compile(rf"[ \t](?:{phrase_alt(joins)})[ \t]+"
                      rf"(?=(?:{phrase_alt([*r.plan_over, *r.plan_under])})(?!\w))")


def _drafted(unit: str | None) -> bool:
    """A counted noun that is a draft named by its paper ("dự thảo nghị quyết": units.yaml ``draft_heads``)."""
    return unit is not None and any(unit.startswith(f"{h} ") for h in get(UnitsLexicon).draft_heads)


@cache
def _joined_item() -> re.Pattern[str]:
    """Nothing but a word joining two clauses ("và") between two figures, a verb of having after it ("và có")."""
    c = get(CuesLexicon).subjects
    return re.compile(rf"[ \t]*(?:{phrase_alt(c.clause_joins)})[ \t]+(?:(?:{phrase_alt(c.have_verbs)})[ \t]+)?")


@cache
def _joined_change() -> re.Pattern[str]:
    """A word joining two clauses and a verb of change, all the words between two figures ("và giảm")."""
    c = get(CuesLexicon)
    return re.compile(rf"[ \t]*(?:{phrase_alt(c.subjects.clause_joins)})[ \t]+"
                      rf"(?:{phrase_alt([*c.roles.increase, *c.roles.decrease])})[ \t]+")


_OPEN_QUOTE = re.compile(r"[“\"«]")
_CLOSE_QUOTE = re.compile(r"[”\"»]")


@cache
def _quoted_goal_head() -> re.Pattern[str]:
    # the noun, then up to four words or a year ("khẩu hiệu hành động năm 2026 là “")
    return re.compile(rf"{word_alt(get(CuesLexicon).roles.quoted_goal_heads)}(?:[ \t]+(?:[^\W\d_]+|\d{{4}})){{0,4}}[ \t:]*$")


def _quoted_goals(s: str, low: str) -> list[tuple[int, int]]:
    """The spans of the quotes a goal's noun opens ("phương châm “...”", "khẩu hiệu hành động “...”"): their figures
    are goals, not results."""
    if "“" not in s and '"' not in s and "«" not in s:
        return []
    out: list[tuple[int, int]] = []
    for m in _OPEN_QUOTE.finditer(s):
        if out and m.start() < out[-1][1]:
            continue
        if _quoted_goal_head().search(low, max(0, m.start() - 60), m.start()) is None:
            continue
        close = _CLOSE_QUOTE.search(s, m.end())
        out.append((m.end(), close.start() if close else len(s)))
    return out


def _link_subject(link: _Link | None) -> str | None:
    """The subject a chain carries to its next figure."""
    return link.subject if link else None


@cache
def _growth_head() -> re.Pattern[str]:
    """A subject that opens with growth wording ("tốc độ tăng trưởng GRDP", "tăng trưởng kinh tế")."""
    return re.compile(rf"(?:{phrase_alt(growth_words())})(?!\w)")


_BARE_ITEM = re.compile(r"[ \t]*;[ \t]*[^\W\d_][^;:()\d]{0,60}$")


@cache
def _gapped_item_re() -> re.Pattern[str]:
    """A ",", ";" or conjunction, then a short noun phrase of letters only (", dịch vụ ", " và ngành dịch vụ ")."""
    conj = phrase_alt(get(CuesLexicon).facts.conjunctions)
    return re.compile(rf"[ \t]*(?:[,;][ \t]*(?:(?:{conj})[ \t]+)?|(?:{conj})[ \t]+)"
                      r"[^\W\d_]+(?:(?:[ \t]+|[ \t]*[-–][ \t]*)[^\W\d_]+){0,8}[ \t]*")


@cache
def _breakdown_item_re() -> re.Pattern[str]:
    """A ",", ";" and a breakdown word, then a short noun phrase of letters whose words a comma may join (", trong đó
    nông, lâm nghiệp và thủy sản "): the first part a figure lists, its name a list of sectors."""
    parts = phrase_alt(get(CuesLexicon).facts.breakdown)
    return re.compile(rf"[ \t]*[,;][ \t]*(?:{parts})[ \t]+"
                      r"[^\W\d_]+(?:(?:[ \t]+|[ \t]*[-–,][ \t]*)[^\W\d_]+){0,8}[ \t]*")


def _gapped_item(low_seg: str) -> bool:
    """The words before a figure are an item that may leave out the verb of the clause before: a separator and a
    short noun phrase naming no rate, level, share or verb of attaining ("; dịch vụ ", " và ngành dịch vụ ")."""
    if _gapped_item_re().fullmatch(low_seg) is None and _breakdown_item_re().fullmatch(low_seg) is None:
        return False
    item = low_seg.strip(" \t,;")
    words = item.split()
    return not (_rate_head().match(item) or _level_head().match(item) or _is_share(item)
                or not _attain_words().isdisjoint(words) or changes_at_end(low_seg))


def _bare_item_after_break(seg: str) -> bool:
    """The words before a figure are a ";" and a short noun phrase only ("; khai khoáng ")."""
    return _BARE_ITEM.fullmatch(seg) is not None


def _count_phrase_then_attain(seg: str) -> bool:
    """The words since a count are one clause of letters, a comma or an opening bracket ("ở nước ngoài (đạt 56,9% kế
    hoạch năm)"), then the verb of attaining only, or the plan named before it ("so kế hoạch năm đạt") (no ";" or
    other bracket between)."""
    cut = max(seg.rfind(","), seg.rfind("("))
    head, tail = seg[:max(cut, 0)], seg[cut + 1:]
    return cut >= 0 and (_attains_only(tail) or plan_then_attain(lower_keep_len(tail))) \
        and _LETTERS_ONLY.fullmatch(head) is not None


#: a comma and a short noun phrase only, no figure ("', dịch vụ '")
_BARE_COMMA_ITEM = re.compile(r"[ \t]*,[ \t]*[^\W\d_]+(?:(?:[ \t]+|[ \t]*[-–][ \t]*)[^\W\d_]+){0,5}[ \t]*")

_LETTERS_ONLY = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)*[ \t]*")


def _attains_only(pred: str) -> bool:
    """Nothing but a verb of attaining or estimating before a figure ("ước đạt")."""
    return bool(pred.split()) and _attain_words().issuperset(pred.split())


def _is_share(pred: str) -> bool:
    """The predicate says a share ("chiếm", "tương đương": cues facts.share), a phrase of one word or more."""
    return _shares().search(lower_keep_len(pred)) is not None


def _only_joins(seg: str) -> bool:
    """Nothing but a conjunction between two figures ("1 tổ chức đảng và 50 đảng viên")."""
    rest = re.sub(r"[\s,()]+", " ", lower_keep_len(seg)).strip()
    return rest == "" or rest in _conjunctions()


@cache
def _share_end() -> re.Pattern[str]:
    """A verb of sharing right before a figure ("chiếm ", "chiếm tỷ trọng ")."""
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.share)}[ \t]*$")


@cache
def _shares() -> re.Pattern[str]:
    return words_re(get(CuesLexicon).facts.share)


@cache
def _office_end() -> re.Pattern[str]:
    """Words ending on an office or body ("Thường trực HĐND, UBND", "lãnh đạo", "Đảng ủy"): the head of a count of places."""
    b = get(BodiesLexicon)
    heads = [*b.locality_bodies, *b.party_committees, *get(CuesLexicon).facts.count_heads]
    return re.compile(rf"{word_alt(heads)}[ \t]*$")


@cache
def _place_nouns() -> frozenset[str]:
    return frozenset(get(UnitsLexicon).noun_kinds.get("places", ()))


def _office_of_places_only(shared: str, unit: str | None) -> bool:
    """"Dự họp có Thường trực UBND 33 xã, thị trấn và 36/40 đại biểu": the office heads the places it is of, not a
    noun of another kind listed after them (an event verb, "kết nạp 1 tổ chức đảng và 50 đảng viên", is shared)."""
    return (unit or "").split(",")[0].strip() not in _place_nouns() and _office_end().search(lower_keep_len(shared)) is not None


@cache
def _count_head() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({phrase_alt(get(CuesLexicon).facts.count_heads)})$")


@cache
def _meeting_head() -> re.Pattern[str]:
    """A meeting noun among a count's words (bodies ``meeting_nouns``)."""
    return words_re(get(BodiesLexicon).meeting_nouns)


@cache
def _sitting() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before and after a count of a meeting's sittings (cues facts.sitting_before, sitting_after)."""
    c = get(CuesLexicon)
    return (re.compile(rf"{word_alt(c.facts.sitting_before)}[ \t]+$"),
            re.compile(rf"[ \t]+(?:{phrase_alt(c.facts.sitting_after) or '(?!)'})(?!\w)"))


@cache
def _meeting_link() -> re.Pattern[str]:
    """The link that takes a meeting to its sites (cues facts.meeting_links: "được kết nối trực tuyến đến 96 xã")."""
    return words_re(get(CuesLexicon).facts.meeting_links)


@cache
def _conjunctions() -> frozenset[str]:
    return frozenset(get(CuesLexicon).facts.conjunctions)


#: the most words of an activity before "đối với" read as a count's subject (an actor or a clause before it is longer)
OBJECT_ACTIVITY_WORDS = 5


@cache
def _object_lead() -> re.Pattern[str]:
    """A word right before a count naming what an activity is done to ("đối với")."""
    return re.compile(rf"[ \t]+{word_alt(get(CuesLexicon).subjects.object_leads)}[ \t]*$", re.IGNORECASE) \
        if get(CuesLexicon).subjects.object_leads else re.compile(r"(?!)")


@cache
def _light_verb() -> re.Pattern[str]:
    """A verb of carrying out opening an activity ("triển khai kiểm tra chuyên đề")."""
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).subjects.object_light_verbs)})[ \t]+(?=\w)", re.IGNORECASE)


def _without_light_verb(act: str | None) -> str | None:
    """The activity without the verb of carrying it out before it ("đã triển khai kiểm tra chuyên đề" → "kiểm tra chuyên
    đề"); the activity as read when nothing is left after it."""
    if not act:
        return act
    m = _light_verb().match(lower_keep_len(act))
    return act[m.end():] if m is not None and act[m.end():].strip() else act


def _is_agent_predicate(pred: str) -> bool:
    """The predicate before a count holds a verb after which the count is named by its own noun, the words before
    being its agent ("Xã X thực hiện 17/17 chỉ tiêu"); not when it opens on a beneficiary's word ("giải quyết việc làm
    cho thêm 2.500 lao động": the act done for the people counted)."""
    words = pred.split()
    if words and lower_keep_len(words[0]) in _beneficiary_words():
        return False
    agents = _agent_predicates()
    return any(" ".join(words[i:j]) in agents for i in range(len(words)) for j in range(i + 1, len(words) + 1))


@cache
def _beneficiary_words() -> frozenset[str]:
    return frozenset(lower_keep_len(w) for w in get(CuesLexicon).subjects.beneficiary_leads)


#: the fewest words of the activity after a completion verb that name what a count's works had done
ACTIVITY_MIN_WORDS = 2


def _completed_activity(whole: str) -> bool:
    """Words before an agent's verb that open with a completion verb and go on with the activity ("hoàn thành giải
    phóng mặt bằng | thực hiện 3/7 dự án"): what was done for the works counted, not who did it."""
    low = lower_keep_len(whole).split()
    for verb in _completion_verbs():
        n = len(verb.split())
        if low[:n] == verb.split() and len(low) - n >= ACTIVITY_MIN_WORDS:
            return True
    return False


def _points_back(left: str) -> bool:
    words = left.lower().split()
    return len(words) <= 3 and words[-1] in _anaphora()


def _total_pointing_back(left: str, before: str) -> str | None:
    """"diện tích sâm Ngọc Linh được trồng mới 52 ha, nâng tổng diện tích loại cây dược liệu quý này lên hơn 1.100 ha":
    a total carried to a new level (facts.raise_verbs, raise_totals) whose noun phrase ends in a word pointing back
    (facts.anaphora) is the total of the thing the figure before names, where that figure's subject opens on the
    same measure ("diện tích"): the total word, then that subject up to its passive ("được trồng mới": what was done
    to the part, not the whole; facts.passive_agent_leads). None otherwise."""
    c = get(CuesLexicon)
    words = lower_keep_len(left).split()
    if len(words) < 4 or words[-1] not in _anaphora() or words[0] not in c.facts.raise_verbs:
        return None
    rest = " ".join(words[1:])
    total = next((w for w in sorted(c.facts.raise_totals, key=len, reverse=True) if rest.startswith(w + " ")), None)
    if total is None:
        return None
    head = rest[len(total) + 1:].split()
    back = before.split()
    low_back = lower_keep_len(before).split()
    if len(head) < 2 or len(low_back) < 2 or low_back[0] != head[0]:
        return None  # the thing before is measured otherwise: nothing to carry
    stops = frozenset(c.facts.passive_agent_leads)
    cut = next((i for i, w in enumerate(low_back) if i > 0 and w in stops), len(back))
    total_said = " ".join(left.split()[1:1 + len(total.split())])  # "tổng", as printed
    first = back[0] if back[0][1:] != back[0][1:].lower() else back[0].lower()  # a sentence's capital, not an acronym's
    return " ".join([total_said, first, *back[1:cut]])


def _pointed_to(left: str, before: str | None, before_growth: str | None) -> str | None:
    """What a subject that points back (:func:`_points_back`) names: the last rate of change's subject where it is a
    growth wording ("Mức tăng này": the growth, not a goal or a scenario named after it), else the last figure's."""
    head = " ".join(lower_keep_len(left).split()[:-1])
    return before_growth if before_growth and head in growth_words() else before


@cache
def _aspect_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure's aspect then a join, all between it and the next figure ("64,9% về việc và 20,17%"); and the aspect
    right after a figure, closing its clause ("20,17% về tiền.")."""
    c = get(CuesLexicon)
    aspect = rf"(?:{phrase_alt(c.facts.aspect_leads)})[ \t]+[^\W\d_][^\d,;:.()]{{0,{ASPECT_CHARS}}}?"
    joins = phrase_alt(c.facts.conjunctions)
    return (re.compile(rf"[ \t]*({aspect})[ \t]+(?:{joins})[ \t]*"),
            re.compile(rf"[ \t]*({aspect})(?=[ \t]*(?:[,;:.()]|$))"))


#: the most characters of a figure's aspect after its lead word ("về tiền", "về số lượng")
ASPECT_CHARS = 30


def _aspects(s: str, low: str, q: Quantity, prev_end: int, link: _Link | None) -> tuple[str, str] | None:
    """A figure joined to the one right before it (``link``, ending at ``prev_end``) with the aspect of each after it
    ("tỷ lệ thi hành án đạt 64,9% về việc và 20,17% về tiền"): the subjects of both, the measure and its aspect
    ("tỷ lệ thi hành án về việc", "tỷ lệ thi hành án về tiền"); None where they are not so written."""
    if link is None or not link.subject or not get(CuesLexicon).facts.aspect_leads \
            or (q.kind == "count" and topic_opened(low, q.end)):
        return None  # ("12 chỉ tiêu về kinh tế và 8 chỉ tiêu về xã hội": each count's noun names its own topic)
    between, after = _aspect_res()
    first, own = between.fullmatch(low, prev_end, q.start), after.match(low, q.end)
    if first is None or own is None:
        return None
    return f"{link.subject} {s[first.start(1):first.end(1)]}", f"{link.subject} {s[own.start(1):own.end(1)]}"


@cache
def _scope_level_re() -> re.Pattern[str]:
    """A clause opened by a level of a scope and its comma ("Ở cấp thành phố, "): the level in group 1."""
    c = get(CuesLexicon)
    if not c.facts.scope_leads or not c.facts.level_nouns:
        return re.compile(r"(?!)")
    return re.compile(rf"[ \t]*(?:{phrase_alt(c.facts.scope_leads)})[ \t]+((?:{phrase_alt(c.facts.level_nouns)})[ \t]+[^\W\d_]"
                      rf"[^\d,;:.()]{{0,{ASPECT_CHARS}}}?)[ \t]*,")


#: the counted noun opening a subject, then the capitalised words of a grade or a kind named after it ("giải Nhất")
_NAMED_AFTER = re.compile(r"(?:[ \t]+[" + UPPER + r"][^\s,;:.()]*)*")


def _scope_level(s: str, low: str, q: Quantity, subject: str) -> str | None:
    """The count's subject with the level its clause opens with ("Ở cấp thành phố, thành tích ... với 2.344 giải"),
    where the subject opens on the noun counted: the level put after the noun and a grade named after it ("giải cấp
    thành phố", "giải Nhất cấp thành phố", "giải cấp huyện được trao"); None otherwise (and where the subject names
    the level already)."""
    unit = lower_keep_len(q.unit or "")
    if not unit or not lower_keep_len(subject).startswith(unit) or subject[len(unit):len(unit) + 1].isalnum():
        return None
    start = max(s.rfind(";", 0, q.start), s.rfind(":", 0, q.start)) + 1
    m = _scope_level_re().match(low, start)
    if m is None or m.end() > q.start or m.group(1) in lower_keep_len(subject):
        return None
    named = _NAMED_AFTER.match(subject, len(unit))
    at = named.end() if named else len(unit)
    return f"{subject[:at]} {s[m.start(1):m.end(1)]}{subject[at:]}"


@cache
def _funded_plan_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A bare capital noun after its lead ending the words before a sum ("..., với số vốn "), and a plan that names
    what such a sum funds ("Kế hoạch đầu tư công")."""
    c = get(CuesLexicon)
    if not c.facts.capital_leads or not c.facts.capital_nouns or not c.facts.funded_plans:
        return re.compile(r"(?!)"), re.compile(r"(?!)")
    return (re.compile(rf"{word_alt(c.facts.capital_leads)}[ \t]+(?:{phrase_alt(c.facts.capital_nouns)})[ \t]*$"),
            words_re(c.facts.funded_plans))


#: a year, or a span of years, in a plan's name ("năm 2026", "giai đoạn 2021 - 2025")
_PLAN_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:[ \t]*[-–][ \t]*(?:19|20)\d{2})?(?!\d)")


def _funded_plan(s: str, low: str, q: Quantity, subject: str) -> str | None:
    """The plan named before a sum it is adopted with, where the sum's subject is a bare capital noun ("thông qua
    Kế hoạch đầu tư công năm 2026 từ nguồn vốn bổ sung ..., với số vốn 3 tỷ đồng"): the plan's name, to its year
    when it writes one ("Kế hoạch đầu tư công năm 2026"); None where no plan is named in the clause, or a figure
    stands between (the sum of what is counted: "bố trí cho 17 công trình với tổng vốn ...")."""
    capital, plans = _funded_plan_res()
    if " ".join(lower_keep_len(subject).split()) not in get(CuesLexicon).facts.capital_nouns:
        return None
    lead = capital.search(low, max(0, q.start - 40), q.start)
    if lead is None:
        return None
    start = max(s.rfind(";", 0, lead.start()), s.rfind(":", 0, lead.start())) + 1
    named = list(plans.finditer(low, start, lead.start()))
    plan = named[-1] if named else None  # the plan named last before the sum
    if plan is None or _DIGIT.search(_PLAN_YEARS.sub("", low[plan.start():lead.start()])):
        return None
    name = s[plan.start():lead.start()]
    years = list(_PLAN_YEARS.finditer(name))
    return (name[:years[-1].end()] if years else name).strip(" \t,")


@cache
def _compared_period_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A comparison's period, then a bracket opened, at most a verb's words in it, ending the words before a figure
    ("... so với cùng kỳ năm 2024 (tăng "): the period in group 1; and a clause's head that points back ("Mức tăng
    này")."""
    c = get(CuesLexicon)
    period = rf"([^\W\d_][^\d(),;:.]{{0,{ASPECT_CHARS}}}?(?:[ \t]+(?:19|20)\d{{2}})?)"
    return (re.compile(rf"{word_alt(c.roles.basis_lead)}[ \t]+{period}[ \t]*\([ \t]*"
                       rf"(?:[^\W\d_]+[ \t]+){{0,2}}$"),
            re.compile(rf"[ \t]*((?:[^\W\d_]+[ \t]+){{0,2}}(?:{phrase_alt(c.facts.anaphora)}))(?!\w)"))


def _compared_period(s: str, low: str, seg_start: int, q: Quantity, before: str | None,
                     before_growth: str | None) -> str | None:
    """A figure in brackets right after the period a clause compares with, the clause's subject pointing back and no
    figure of its own before ("Mức tăng này cũng cao hơn so với cùng kỳ năm 2024 (tăng 6,13%)"): the measure pointed
    to over that period ("Tổng sản phẩm (GRDP) cùng kỳ năm 2024"); None otherwise."""
    compared, head = _compared_period_re()
    m = compared.search(low, seg_start, q.start)
    if m is None or m.end() != q.start:
        return None
    start = max(s.rfind(";", 0, m.start()), s.rfind(":", 0, m.start()), s.rfind(",", 0, m.start())) + 1
    h = head.match(low, max(start, seg_start), m.start())
    if h is None or not _points_back(h.group(1)):
        return None
    back = _pointed_to(h.group(1), before, before_growth)
    return f"{back} {s[m.start(1):m.end(1)]}" if back else None


@cache
def _anaphora() -> frozenset[str]:
    return frozenset(get(CuesLexicon).facts.anaphora)


@cache
def _cumulative() -> frozenset[str]:
    return frozenset(get(CuesLexicon).facts.cumulative)


@cache
def _cumulative_lead() -> re.Pattern[str]:
    # the bare words only ("lũy kế", not "lũy kế từ đầu năm"): the span after them is dropped
    words = get(CuesLexicon).facts.cumulative
    bare = [w for w in words if not any(w != v and w.startswith(v + " ") for v in words)]
    return re.compile(rf"(?:{phrase_alt(bare)})(?!\w)")


@cache
def _agent_predicates() -> frozenset[str]:
    return frozenset(get(CuesLexicon).facts.agent_predicates)


def _programme_done(seg: str, done: str) -> str | None:
    """The programme a clause names before its verb of completion ``done`` (facts.programme_heads: "Chương trình xóa
    nhà tạm, nhà dột nát đã hoàn thành"), or None when the clause opens on no programme."""
    named = done_clause_subject(seg, done)
    if named is None or not lower_keep_len(named).startswith(_programme_heads()):
        return None
    if (state := _programme_state().search(lower_keep_len(named))) is not None:
        named = named[:state.start()]  # "Chương trình ... được triển khai quyết liệt, đến nay": its name, not its course
    named = clean_subject(named)
    return named if named and subject_problem(named, None) is None else None


@cache
def _programme_state() -> re.Pattern[str]:
    """A passive's or a tense's word after a programme's name (facts.passive_agent_leads, subjects.tense_aux)."""
    c = get(CuesLexicon)
    return re.compile(rf"[ \t](?:{phrase_alt([*c.facts.passive_agent_leads, *c.subjects.tense_aux])})(?!\w)")


@cache
def _programme_heads() -> tuple[str, ...]:
    return tuple(f"{h} " for h in get(CuesLexicon).facts.programme_heads)


@cache
def _effort_lead() -> re.Pattern[str]:
    """A word of effort before a verb of completion ("tập trung hoàn thành": cues facts.effort_leads), its spaces."""
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).facts.effort_leads) or '(?!)'})[ \t]+")


def _is_completion_verb(left: str) -> bool:
    return lower_keep_len(left) in _completion_verbs()


@cache
def _completion_verbs() -> frozenset[str]:
    return frozenset(get(CuesLexicon).facts.completion_verbs)


def _hard_break(s: str, a: int, b: int) -> bool:
    """A ";" or ":" outside brackets between a and b ends a chain of figures."""
    if s.find(";", a, b) < 0 and s.find(":", a, b) < 0:
        return False  # most segments: no character to look at
    depth = s.count("(", 0, a) - s.count(")", 0, a)
    for ch in s[a:b]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in ";:" and depth <= 0:
            return True
    return False


def _join(a: str | None, b: str | None) -> str | None:
    if a and b:
        return f"{a} {b}"
    return a or b


def _in_rate_name(s: str, low: str, q: Quantity, rest: list[Quantity]) -> bool:
    """A count inside the name of a rate whose percentage follows in the same clause ("Tỷ lệ người từ 18
    tuổi trở lên tiêm đủ 2 mũi đạt 97,4%"): it says what the rate counts, no figure of its own."""
    if q.kind != "count" or not rest or rest[0].kind != "pct":
        return False
    a = max(s.rfind(",", 0, q.start), s.rfind(";", 0, q.start), s.rfind(":", 0, q.start)) + 1
    if _CLAUSE_END.search(s, q.end, rest[0].start):
        return False
    if _full_standard().search(low, max(0, q.start - 8), q.start) and not _plan_after().match(low, rest[0].end):
        # "trẻ từ 12 đến 17 tuổi đã tiêm đủ 2 mũi đạt 97,4%", "tiêm đủ 2 mũi vắc xin cho 100% người dân": the full
        # count that makes the standard the share reaches, no figure ("kết nạp đủ 140 đảng viên, đạt 100% chỉ tiêu":
        # a count of its own, the plan met after it)
        return True
    return _rate_head().match(low, a) is not None


@cache
def _full_standard() -> re.Pattern[str]:
    """A word of a full count right before a count ("đủ": facts.full_marks)."""
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.full_marks)}[ \t]+$")


@cache
def _plan_after() -> re.Pattern[str]:
    """A plan's word right after a percentage ("100% | chỉ tiêu": roles.plan_heads)."""
    return re.compile(rf"[ \t]*(?:{phrase_alt(get(CuesLexicon).roles.plan_heads)})(?!\w)")


@cache
def _level_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_alt(get(CuesLexicon).facts.level_heads)})(?!\w)")


@cache
def _rate_head() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:{phrase_alt(get(CuesLexicon).facts.rate_heads)})(?!\w)")


@cache
def _attain_word() -> re.Pattern[str]:
    """A verb of attaining (roles.attain) as a word."""
    return words_re(get(CuesLexicon).roles.attain)


#: the most characters from a distributive word to the count a cap on it bounds ("mỗi điểm cầu không quá")
_LIMIT_WITHIN = 100


@cache
def _limit_each() -> re.Pattern[str]:
    """A distributive word ("mỗi": facts.limit_each), the words of what each is, then a cap (facts.limit_caps) right
    before a count: a limit set for each of them ("tại mỗi điểm cầu không quá 10 người")."""
    c = get(CuesLexicon)
    if not c.facts.limit_each or not c.facts.limit_caps:
        return re.compile(r"(?!)")
    return re.compile(rf"{word_alt(c.facts.limit_each)}[ \t][^,;:()\n\d]{{0,60}}?(?<!\w)"
                      rf"(?:{phrase_alt(c.facts.limit_caps)})[ \t]+$")


@cache
def _none_before() -> re.Pattern[str]:
    """"None of them" right before a bounded figure: a lead (facts.none_leads), the noun (at most three words), a mark
    (facts.none_marks), at most three words of a verb, to the figure."""
    c = get(CuesLexicon)
    leads, marks = c.facts.none_leads, c.facts.none_marks
    if not leads or not marks:
        return re.compile(r"(?!)")
    return re.compile(rf"{word_alt(leads)}(?:[ \t]+[^\W\d]+){{1,3}}?[ \t]+(?:{phrase_alt(marks)})"
                      rf"(?:[ \t]+[^\W\d]+){{0,3}}[ \t]+$")


#: the comma that joins the two halves of a pair sharing its head ("chi, đảng bộ")
_PAIR_AFTER = re.compile(r"[ \t]*,[ \t]*(?=\w)")


@cache
def _head_halves() -> frozenset[str]:
    """The first halves of pairs that share their head (subjects.head_halves: "chi" of "chi, đảng bộ")."""
    return frozenset(lower_keep_len(w) for w in get(CuesLexicon).subjects.head_halves)


@cache
def _part_counters() -> frozenset[str]:
    """Counters of things that stand for the noun of a whole in its breakdown ("chiếc": facts.part_counters)."""
    return frozenset(lower_keep_len(w) for w in get(CuesLexicon).facts.part_counters)


@cache
def _count_event_ends() -> tuple[str, ...]:
    """The verbs of an event counted, each as a subject's last words (" làm chết": subjects.count_events)."""
    return tuple(" " + lower_keep_len(w) for w in get(CuesLexicon).subjects.count_events) + \
        tuple(lower_keep_len(w) for w in get(CuesLexicon).subjects.count_events)


#: the most words of a part's kind named before a bare counter in a breakdown ("nữ 7 người")
PART_LABEL_WORDS = 4


@cache
def _part_opened() -> re.Pattern[str]:
    """A breakdown's word, then the parts listed (each a kind and its count, apart at "," or ";"), up to the words before
    a count ("; trong đó nữ 7 người, chiếm 36,84%; nam ": facts.breakdown)."""
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.breakdown)}(?!\w)[^.:()]*?[ \t,;:][^\W\d][^\d,;:()]*$")


@cache
def _bare_counter_words() -> frozenset[str]:
    """Counters that name no thing ("chiếc", "con": subjects.bare_counters)."""
    return frozenset(lower_keep_len(w) for w in get(CuesLexicon).subjects.bare_counters)


#: how far before a count its passive's mark and the blanks after it are read (:func:`_passive_end`: "được ")
PASSIVE_MARK_REACH = 24


@cache
def _passive_end() -> re.Pattern[str]:
    """The passive's mark right before a count (facts.passive_agent_leads): the count is its agent. Searched in the
    ``PASSIVE_MARK_REACH`` characters before the count, never from the sentence's start (issue 12)."""
    return re.compile(rf"(?<!\w)(?i:{phrase_alt(get(CuesLexicon).facts.passive_agent_leads) or '(?!)'})[ \t]+$")


@cache
def _vote_agent() -> re.Pattern[str]:
    """A vote's verb (facts.vote_agent_verbs) in the words after a count."""
    return re.compile(rf"{word_alt(get(CuesLexicon).facts.vote_agent_verbs)}(?!\w)")


def _measures_elsewhere(s: str, low: str, q: Quantity) -> bool:
    """A figure for the whole country or for another named place, given only for comparison."""
    a = max(s.rfind(",", 0, q.start), s.rfind(";", 0, q.start), s.rfind("(", 0, q.start))
    # "cao hơn mức bình quân của cả nước và vượt kịch bản tăng trưởng 6,9%": a clause joined after the comparison is
    # the figure's own
    for j in _joined_verb().finditer(low, a + 1, q.start):
        a = max(a, j.end() - 1)
    m = _CLAUSE_END.search(s, q.end)
    b = m.start() if m else len(s)
    if (dash := remark_dash().search(low, q.end, b)) is not None:
        b = dash.start()  # "bằng 48,9% kế hoạch - thấp hơn mức bình quân của cả nước": a remark after a dash, as after a comma
    names: list[tuple[int, int]] | None = None  # read only when a cue is there (most clauses have none)
    # the sentence's index (:mod:`soket.extract.sentence_index`, shared with the role rules' figures): where no share
    # verb and no such place word lies in the clause, neither pattern is searched (the same answers)
    ix, cues = index_of(low), _elsewhere_cues()
    if ix.any_in(cues.share, a + 1, q.start) and _share_end().search(low, a + 1, q.start):
        b = q.start  # "chiếm 28% của cả nước": the whole named after a share is what the locality's part is of
    for m in _elsewhere().finditer(low, a + 1, b) if ix.any_in(cues.elsewhere, a + 1, b) else ():
        if names is None:
            names = [(n.start(), n.end()) for n in _elsewhere_names().finditer(low, a + 1, b)]
        if not any(x <= m.start() and m.end() <= y for x, y in names):
            return True  # "Đại hội đại biểu toàn quốc": a name, no other place
    # "sau Hà Nội (khoảng 63 tỷ USD)": a bare figure in brackets after a proper name
    if s[q.end:q.end + 1] != ")":
        return False
    before = s[:q.start].rstrip()
    if before.endswith("("):
        words = before[:-1].split()
        clause = max(s.rfind(",", 0, len(before) - 1), s.rfind(";", 0, len(before) - 1)) + 1
        # "dự án ... Vinpearl Cửa Sót (500 tỷ)", "của Công ty Hà Mỹ Hưng (150 tỷ đồng)": a work's or a firm's name
        if bool(words) and words[-1][:1].isupper() and not _named_works().search(low, clause, len(before) - 1) \
                and not _works_list_item(s, low, clause) and lower_keep_len(q.unit or "") not in _vote_units():
            return True
        # "cao hơn bình quân chung cả nước (57,6%)": the bare figure in brackets is that of the place the words before name
        op = len(before) - 1
        a2 = max(s.rfind(",", 0, op), s.rfind(";", 0, op), s.rfind("(", 0, op))
        return any(not any(x <= m.start() and m.end() <= y for x, y in
                           ((n.start(), n.end()) for n in _elsewhere_names().finditer(low, a2 + 1, op)))
                   for m in _elsewhere().finditer(low, a2 + 1, op))
    return False


@cache
def _vote_units() -> frozenset[str]:
    """Counted nouns of votes (facts.vote_units): in brackets after a name, the person's votes, not a place's figure."""
    return frozenset(get(CuesLexicon).facts.vote_units)


#: the most items of a list of works with bracketed figures walked back to its head
WORKS_LIST_ITEMS = 8


@cache
def _item_joint() -> re.Pattern[str]:
    """A list's joint between one work's bracketed figure and the next work's name: ")" then ",", ";" or a
    conjunction ("), " / ") và ")."""
    conj = phrase_alt(get(CuesLexicon).facts.conjunctions)
    return re.compile(rf"\)[ \t]*(?:[,;][ \t]*(?:(?:{conj})[ \t]+)?|(?:{conj})[ \t]+)$")


def _works_list_item(s: str, low: str, clause: int) -> bool:
    """Whether the name at ``s[clause:]`` is an item of a list of works, each with its figure in brackets, whose head
    names them ("các dự án mở rộng cảng A (22.000 tỷ đồng), Khu đô thị B (64.000 tỷ đồng) và Khu C (5.550 tỷ
    đồng)"): the items after the first are works too, not places the figure is given for."""
    at = clause
    for _ in range(WORKS_LIST_ITEMS):
        op, close = s.rfind("(", 0, at), s.rfind(")", 0, at)
        # the item before ends with its own bracket right before this name ("... (22.000 tỷ đồng), " / ") và ")
        if close < 0 or op > close or not _item_joint().search(low, close, at + 1 if at < len(low) and low[at] == " " else at):
            return False
        op = s.rfind("(", 0, close)
        if op < 0:
            return False
        start = max(s.rfind(",", 0, op), s.rfind(";", 0, op), s.rfind(":", 0, op), s.rfind(")", 0, op)) + 1
        if _named_works().search(low, max(0, s.rfind(".", 0, op)), op):
            return True
        at = start
    return False


def _noun_named_before(s: str, low: str, q: Quantity) -> str | None:
    """The counted noun of ``q`` named earlier in its clause with words after it, up to a superlative
    ("nhiều phiếu tín nhiệm cao nhất là ..., với 53 phiếu": "phiếu tín nhiệm cao"); else None."""
    clause = max(s.rfind(";", 0, q.start), s.rfind(".", 0, q.start)) + 1
    if _superlative_re().search(low, clause, q.start) is None:
        return None  # no superlative in the clause: nothing to compile for this unit
    unit = re.escape(lower_keep_len(q.unit or ""))
    m = re.compile(rf"(?<!\w){unit}((?:[ \t]+[^\W\d_]+){{1,5}}?)[ \t]+(?:{_superlative_alt()})(?!\w)").search(low, clause, q.start)
    if m is None or m.end() > q.unit_start:
        return None
    return s[m.start():m.end(1)]


@cache
def _superlative_alt() -> str:
    return phrase_alt(get(CuesLexicon).facts.superlatives)


@cache
def _superlative_re() -> re.Pattern[str]:
    return re.compile(rf"[ \t](?:{_superlative_alt()})(?!\w)")


def _named_work_before(s: str, low: str, q: Quantity) -> str | None:
    """The name of a work or a firm right before a bare figure in brackets ("Khu công nghiệp Nghĩa Đàn (245,68ha)"):
    the words from its noun to the bracket, when a capital starts the name; else None."""
    if s[q.end:q.end + 1] != ")":
        return None
    before = s[:q.start].rstrip()
    if not before.endswith("("):
        return None
    op = len(before) - 1
    clause = max(s.rfind(",", 0, op), s.rfind(";", 0, op), s.rfind(")", 0, op)) + 1
    works = list(_named_works().finditer(low, clause, op))
    if not works:
        return None
    name = s[works[-1].start():op].strip()
    words = name.split()
    return name if 2 < len(words) <= 8 and words[-1][:1].isupper() else None


#: the most words of a comma piece before "với" and a dimension that is a list's last noun, no clause ("kiệt, xóm")
_LIST_TAIL_WORDS = 1
#: the most words of a thing sized after it ("tình trạng sạt lở bờ biển khu vực Hàm Tiến với chiều dài ...")
_SIZED_WORDS = 10


def _sized_before(s: str, low: str, q: Quantity) -> str | None:
    """The thing whose size a figure gives after "với" and a dimension's noun ("Cụm công nghiệp Thủy Phương với quy mô
    74,8 ha", "tình trạng sạt lở bờ biển với chiều dài khoảng 1,2 km"): a work named there (its name), else the words
    of the clause before "với"; None where the figure is no such size."""
    if q.kind != "measure":
        return None
    m = _dimension_with().search(low, max(0, q.start - 40), q.start)
    if m is None:
        return None
    clause = _piece_start(s, m.start())
    if clause > 1 and s[clause - 1] == "," and _place_only().fullmatch(s, clause, m.start()):
        clause = _piece_start(s, clause - 1)  # "khu công nghiệp Hưng Phú, huyện Tiền Hải với diện tích ...": its place
    elif clause > 1 and s[clause - 1] == "," and len(s[clause:m.start()].split()) <= _LIST_TAIL_WORDS:
        # "02 công trình bê tông hóa kiệt, xóm với chiều dài 1,35 km": a lone word after a comma ends a list of nouns,
        # no clause of its own: the clause runs on before it
        clause = _piece_start(s, clause - 1)
    works = list(_named_works().finditer(low, clause, m.start()))
    if works and not _DIGIT.search(s, works[-1].start(), m.start()):
        name = s[works[-1].start():m.start()].strip()
        words = name.split()
        if 2 < len(words) <= 8 and words[-1][:1].isupper():
            return name
    if _DIGIT.search(_timed_number().sub("", low[clause:m.start()])):
        # "09 dự án với diện tích 28 ha": the size of what the figure before counts ("6 tháng cuối năm ... sản xuất vụ
        # Thu Đông với diện tích 3.500 ha": a time's number counts nothing)
        return None
    if _total_dimension().search(m.group()) is not None \
            and _DIGIT.search(s, max(s.rfind(";", 0, m.start()), s.rfind(":", 0, m.start())) + 1, m.start()):
        return None  # "128 công trình, dự án với tổng diện tích 612,4 ha": the sum of what the count counts, over its list
    thing = _held_thing(s[clause:m.start()]) or clean_subject(left_subject(s[clause:m.start()])[0])
    if thing and (steer := _last_match(_steering().finditer(thing))) is not None and thing[steer.end():].strip():
        thing = thing[steer.end():].strip()  # "yêu cầu tập trung chỉ đạo sản xuất vụ Thu Đông với diện tích ...": what is steered
    if thing and (st := _sized_state().match(thing)) is not None and st.end() < len(thing):
        thing = thing[st.end():]  # "tình trạng sạt lở bờ biển": the event, not the noun of its state
    return thing if thing and len(thing.split()) <= _SIZED_WORDS and subject_problem(thing, None) is None else None


@cache
def _timed_number() -> re.Pattern[str]:
    """A number a time word names ("6 tháng", "năm 2026", "quý 3"): a time, no figure."""
    times = word_alt(get(PeriodsLexicon).time_words)
    return re.compile(rf"{times}[ \t]+\d[\d./-]*|(?<![\d.,])\d[\d.,]*[ \t]+{times}")


@cache
def _with_end() -> re.Pattern[str]:
    """"với" right before a measure ("được duy trì với 1.260 ha thanh long"): the noun after the figure is its thing."""
    return re.compile(rf"[ \t](?i:{phrase_alt(get(CuesLexicon).facts.measured_with) or '(?!)'})[ \t]*$")


def _piece_start(s: str, at: int) -> int:
    """Where the comma piece holding ``at`` starts (after the last ",", ";", ":" or bracket before it)."""
    return max(s.rfind(",", 0, at), s.rfind(";", 0, at), s.rfind(":", 0, at), s.rfind("(", 0, at), s.rfind(")", 0, at)) + 1


@cache
def _place_only() -> re.Pattern[str]:
    """A place alone: its kind's word and its name in capitals ("huyện Tiền Hải")."""
    return re.compile(rf"[ \t]*(?i:{phrase_alt(_place_nouns())})(?:[ \t]+[{UPPER}][^\s,;:.()]*)+[ \t]*")


@cache
def _sized_state() -> re.Pattern[str]:
    return re.compile(rf"(?i:{phrase_alt(get(CuesLexicon).facts.sized_states) or '(?!)'})[ \t]+")


@cache
def _dimension_with() -> re.Pattern[str]:
    c = get(CuesLexicon)
    totals = rf"(?:(?:{phrase_alt(c.facts.dimension_totals)})[ \t]+)?" if c.facts.dimension_totals else ""
    return re.compile(rf"[ \t](?:{phrase_alt(c.facts.measured_with) or '(?!)'})[ \t]+{totals}"
                      rf"(?:{phrase_alt(c.facts.dimensions) or '(?!)'})[ \t]*$")


@cache
def _addressed() -> re.Pattern[str]:
    """A proposal's or a request's verb, the body it addresses (its unit word after it) and what the body is asked to
    do (facts.addressing_verbs, subjects.actor_heads, facts.asked_leads); or the verb and what is asked with no body
    named ("đại biểu ... đề nghị làm rõ nguyên nhân giá trị sản xuất nông nghiệp chỉ tăng 2,7%": the account asked
    for, of whom the sentence does not say)."""
    c = get(CuesLexicon)
    units = phrase_alt(get(BodiesLexicon).unit_words)
    asked = rf"(?:(?:{phrase_alt(c.facts.asked_leads)})[ \t]+)?" if c.facts.asked_leads else ""
    bare = rf"|(?:{phrase_alt(c.facts.asked_leads)})[ \t]+" if c.facts.asked_leads else ""
    return re.compile(rf"{word_alt(c.facts.addressing_verbs)}[ \t]+"
                      rf"(?:(?:{phrase_alt(c.subjects.actor_heads)})(?:[ \t]+(?:{units}))?[ \t]+{asked}{bare})")


def _directed() -> re.Pattern[str]:
    """A directive's verb and the list of those it addresses, up to the task they are given
    (:func:`soket.extract.roles.directed_list`)."""
    return directed_list()


def _directed_task(own: str, left: str) -> str | None:
    """The task of a directive whose verb and list of addressees ``left`` (the subject found in the words ``own``)
    holds or opens inside ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương giải ngân", "thị trấn và các đoàn
    thể vận động"): the words of the last task; None where no such list overlaps it."""
    m = _last_match(_directed().finditer(lower_keep_len(own)))
    at = own.rfind(left)
    if m is None or at < 0 or not at < m.end() < at + len(left):
        return None
    # its tasks apart at commas ("..., chủ động nguồn nước, chuyển đổi 600 ha đất lúa"): the figure's is the last
    task = own[m.end():at + len(left)].rsplit(",", 1)[-1].strip()
    return task or None


@cache
def _total_dimension() -> re.Pattern[str]:
    """A total's word before a dimension ("với tổng diện tích": facts.dimension_totals)."""
    return words_re(get(CuesLexicon).facts.dimension_totals)


@cache
def _joined_measure() -> re.Pattern[str]:
    """A word joining two figures of one event at the end of the words before the second (facts.conjunctions)."""
    return re.compile(rf"[ \t](?:{phrase_alt(get(CuesLexicon).facts.conjunctions)})[ \t]*$")


@cache
def _held_predicate() -> re.Pattern[str]:
    """A predicate that holds a thing "với" a measure ("duy trì ổn định": facts.held_predicates)."""
    return words_re(get(CuesLexicon).facts.held_predicates)


#: the most words of the predicate after a thing held "với" a measure ("vẫn giữ vai trò chủ lực")
_HELD_PREDICATE_WORDS = 6


def _held_thing(clause: str) -> str | None:
    """The thing a clause has "với" a measure, where the clause is the thing and a short predicate that holds it
    ("Cây hồ tiêu duy trì ổn định", "mô hình lúa - tôm tiếp tục được nhân rộng"; facts.held_predicates): the noun
    phrase before the predicate; None where the clause has no such predicate, or its words before it name nothing."""
    low = lower_keep_len(clause)
    m = _held_predicate().search(low)
    if m is None or m.start() == 0 or len(clause[m.start():].split()) > _HELD_PREDICATE_WORDS \
            or _DIGIT.search(clause, 0, m.start()):
        return None
    thing = clean_subject(clause[:m.start()].strip(" \t,"))
    return thing if thing and subject_problem(thing, None) is None else None


@cache
def _event_cause() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A cause's verb ("gây": facts.event_causes), and a place's word ending the words before a count of the places
    an event hit ("tại": facts.event_places)."""
    c = get(CuesLexicon)
    return words_re(c.facts.event_causes), re.compile(rf"[ \t](?:{phrase_alt(c.facts.event_places) or '(?!)'})[ \t]*$")


def _caused_event(left: str, seg: str) -> str | None:
    """The event a cause brought about, counted by the places it hit ("Mưa lớn gây sạt lở tại | 14 điểm"; ``seg``: the
    words before the figure, ``left``: the subject read there): the words after the cause's verb; else None."""
    verbs, places = _event_cause()
    if places.search(seg) is None:
        return None
    m = _last_match(verbs.finditer(lower_keep_len(left)))
    if m is None or m.start() == 0:
        return None
    event = clean_subject(left[m.end():].strip(" \t,"))
    return event if event and subject_problem(event, None) is None else None


@cache
def _suffered_list_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What :func:`_suffered_list` reads: a passive's word ("bị": subjects.passives), a place's word between the things
    and it ("ở": facts.list_places) and a conjunction joining the things ("và": facts.conjunctions)."""
    c = get(CuesLexicon)
    return words_re(c.subjects.passives), words_re(c.facts.list_places), words_re(c.facts.conjunctions)


_NONSPACE = re.compile(r"\S+")
#: how far past a measure the things it measures and what they suffer are looked for
_SUFFERED_WITHIN = 200
#: the most words a measure's things listed before what they suffer hold, and what they suffer
_SUFFERED_LIST_WORDS = 8
_SUFFERED_WORDS = 4


def _suffered_list(s: str, low: str, pos: int, limit: int | None) -> tuple[str, int] | None:
    """A measure's things listed by "," or "và" right after it (``pos``), then what they suffer ("hơn 9.600 ha | lúa và
    hoa màu bị ngập úng", "2.100 ha | nho, táo, lúa ở vùng ven sông bị ngập"): the list and the suffering, without the
    place between them, and where it ends; None where no such list is there (a figure, a cue word or a clause's end
    first). ``low``: ``s`` lowered."""
    end = min(len(s) if limit is None else limit, pos + _SUFFERED_WITHIN)
    stop = first_of(s, ".;:()", pos, end)
    passive, place, join = _suffered_list_res()
    p = passive.search(low, pos, stop)
    if p is None or _DIGIT.search(s, pos, p.start()):
        return None
    pl = place.search(low, pos, p.start())
    things = s[pos:pl.start() if pl is not None else p.start()].strip(" \t,")
    words = things.replace(",", " ").split()
    low_things = lower_keep_len(things)
    if not words or len(words) > _SUFFERED_LIST_WORDS or not ("," in things or join.search(low_things)):
        return None
    if any(subject_problem(w.strip(), None) == "cue" for w in join.sub(",", low_things).split(",") if w.strip()):
        return None
    comma = s.find(",", p.end(), stop)
    suffer = list(islice(_NONSPACE.finditer(s, p.start(), comma if comma >= 0 else stop), _SUFFERED_WORDS))
    if len(suffer) < 2:
        return None
    return f"{things} {' '.join(w.group() for w in suffer)}", suffer[-1].end()


@cache
def _named_works() -> re.Pattern[str]:
    return words_re(get(CuesLexicon).facts.named_works)
