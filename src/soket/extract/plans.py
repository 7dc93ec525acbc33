"""A later period's plan figure (issue 10): a budget estimate or capital plan for a period after the one reviewed is a
goal, role ``target`` (GUIDELINES: "a number stated as a goal, not a result"), never an ``amount``.

A review closes its year and the same meeting adopts the next one's budget: "Kỳ họp quyết định dự toán thu ngân sách
nhà nước trên địa bàn năm 2026 là 32,5 tỷ đồng và tổng chi ngân sách xã năm 2026 là 74,8 tỷ đồng" in a review of 2025,
"kế hoạch đầu tư công năm 2024 với tổng vốn 215,7 tỷ đồng" in a review of 2023. A sum stated in the clause (up to its
';') of a plan or estimate head (cues roles.later_plan_heads: "dự toán", "kế hoạch vốn", ...), after the head, is the
later period's goal when the head's time is later than the period reviewed: the first year after the head and before
the sum, else the sentence's opening year ("Năm 2026, dự toán thu ngân sách ... là 1.580 tỷ đồng"), else the time of
the sentence's clause before, if that was a later plan's ("...năm tới là 1.765 tỷ đồng; dự toán chi ngân sách địa
phương 891,7 tỷ đồng"); a coming period's words (roles.later_plan_coming: "năm tới") are later whatever the period.
A count right after such a sum, joined by a receiver's word (roles.later_plan_receivers: "214,3 tỷ đồng cho 39 dự
án"), is the plan's too. A result's word between the head and the sum (roles.later_plan_not: "đạt", "giải ngân")
leaves it a result. This year's plan, against which attainment is measured ("đạt 104% dự toán", "dự toán ... năm 2025
là 724 tỷ đồng" in a review of 2025), stays as it is.

The pass runs once the period is known (:func:`later_plans`), reading each sentence holding a sum once: linear.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from soket import rx as re
from soket.extract.textutil import lower_keep_len, phrase_alt, words_re
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon, UnitsLexicon
from soket.model import Fact


@cache
def _year() -> re.Pattern[str]:
    """A year after its word ("năm 2026": cues roles.goal_year_words), its digits in group 1."""
    words = phrase_alt(get(CuesLexicon).roles.goal_year_words) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{words})[ \t]+((?:19|20)\d\d)(?![\d.,/]?\d)")
#: a year among a sentence's first words ("Năm 2026, ...", "Trong năm 2026, ...")
_OPENING_YEAR = re.compile(r"\W*(?:[^\W\d]+[ \t]+){0,2}((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class _Cues:
    heads: re.Pattern[str]
    coming: re.Pattern[str]
    not_plan: re.Pattern[str]
    receivers: frozenset[str]
    money: frozenset[str]


@cache
def _cues() -> _Cues:
    c = get(CuesLexicon)
    # (a plan phrase misspelt into no word, "tự toán", read as the head it stands for: cues repair.misspelt_plans)
    return _Cues(heads=words_re([*c.roles.later_plan_heads, *c.repair.misspelt_plans]), coming=words_re(c.roles.later_plan_coming),
                 not_plan=words_re(c.roles.later_plan_not),
                 receivers=frozenset(lower_keep_len(w) for w in c.roles.later_plan_receivers),
                 money=frozenset(get(UnitsLexicon).currencies.values()))


def _later(low: str, a: int, b: int, year: int | None) -> bool | None:
    """The time named in ``low[a:b]``: True where later than ``year`` (or a coming period's words), False where a year
    no later, None where none is named."""
    x = _cues()
    c = x.coming.search(low, a, b)
    y = _year().search(low, a, b)
    if c is not None and (y is None or c.start() < y.start()):
        return True
    if y is None:
        return None
    return year is not None and int(y.group(1)) > year


def later_plans(facts: list[Fact], text: str, year: int | None) -> None:
    """Make ``target`` the sums (and the counts they are given to) that state a later period's plan (module doc);
    ``year``: the year reviewed (None: only a coming period's words name a later time). In place."""
    x = _cues()
    by_sentence: dict[tuple[int, int], list[Fact]] = {}
    for f in facts:
        if f.origin == "text" and f.sentence_span is not None:
            by_sentence.setdefault((f.sentence_span[0], f.sentence_span[1]), []).append(f)
    for (sa, sb), group in by_sentence.items():
        if not any(f.role == "amount" and f.unit in x.money for f in group):
            continue
        low = lower_keep_len(text[sa:sb])
        if x.heads.search(low) is None:
            continue
        _sentence(low, sa, group, year)


def _sentence(low: str, sa: int, group: list[Fact], year: int | None) -> None:
    """One sentence (``low``, lowercased, from ``sa`` in the text), its facts ``group``: clause by clause."""
    x = _cues()
    om = _OPENING_YEAR.match(low)
    # the time of the clause before, where it was a plan's; at first, the sentence's opening year
    before: bool | None = None if om is None else year is not None and int(om.group(1)) > year
    group = sorted(group, key=lambda f: f.span[0])
    gi, ca = 0, 0
    while ca <= len(low):
        cb = low.find(";", ca)
        cb = len(low) if cb < 0 else cb
        head = x.heads.search(low, ca, cb)
        later: bool | None = None
        if head is not None:
            first = next((f.span[0] - sa for f in group[gi:] if head.end() <= f.span[0] - sa < cb), cb)
            later = _later(low, head.end(), first, year)
            if later is None and ca and (cm := _OPENING_YEAR.match(low, ca, head.start())) is not None:
                later = year is not None and int(cm.group(1)) > year  # "...; năm 2026, dự toán thu ngân sách ... là"
            if later is None:
                later = before
            before = later
        last: Fact | None = None  # the last sum made a plan's, for the count it is given to
        while gi < len(group) and group[gi].span[0] - sa < cb:
            f = group[gi]
            gi += 1
            at = f.span[0] - sa
            if not later or head is None or at < head.end() or f.role != "amount":
                last = None
            elif f.unit in x.money and x.not_plan.search(low, head.end(), at) is None:
                f.role = "target"
                last = f
            elif f.unit not in x.money and f.unit != "%" and last is not None \
                    and low[last.span[1] - sa:at].strip() in x.receivers:
                f.role = "target"  # "dự kiến phân bổ 214,3 tỷ đồng cho 39 dự án": who receives the planned sum
                last = None
            else:
                last = None
        ca = cb + 1
