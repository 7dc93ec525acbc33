"""Facts of a document: each quantity of each sentence with its role, subject, basis,
qualifier and estimate, grounded by its span and sentence.

Within a sentence, figures form chains: "Thu ngân sách ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch
năm" gives the percentage the amount's subject. A chain breaks at ";" and ":".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from soket.extract.quantities import Quantity, find_quantities
from soket.extract.roles import decide_role, target_start
from soket.extract.sentences import Sentence
from soket.extract.subjects import following_phrase, has_estimate, left_subject
from soket.extract.textutil import lower_keep_len, phrase_alt
from soket.lexicon import load
from soket.model import Fact


@dataclass(slots=True)
class _Link:
    subject: str | None
    estimated: bool
    verb: str | None  # the event verb of a count ("kết nạp"), shared by "và 50 đảng viên"


@cache
def _elsewhere() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{phrase_alt(load('cues')['elsewhere'])})(?!\w)")


def sentence_facts(sent: Sentence, chrome: list[tuple[int, int]]) -> list[Fact]:
    """The facts stated in one sentence (offsets in the document's text)."""
    s = sent.text
    qs = find_quantities(s)
    if not qs:
        return []
    low = lower_keep_len(s)
    tgt = target_start(low)
    facts: list[Fact] = []
    seg_start = 0
    link: _Link | None = None
    for q in qs:
        if q.start < seg_start:
            continue
        a, b = sent.start + q.start, sent.start + q.end
        if any(x <= a < y for x, y in chrome) or _measures_elsewhere(s, low, q):
            seg_start = q.end
            continue
        seg = s[seg_start:q.start]
        if re.search(r"[;:]", seg):
            link = None
        d = decide_role(s, low, q, seg_start, tgt)
        left = left_subject(seg)
        subject, verb = _subject(s, q, d.role, left, seg, link)
        est = has_estimate(lower_keep_len(seg.split(";")[-1])) or bool(link and not left and link.estimated)
        value = q.value * d.sign if q.value is not None else None
        facts.append(Fact(
            subject=subject, value=value, unit=q.unit, role=d.role, raw=s[q.start:q.end], span=(a, b),
            evidence=s, evidence_span=(sent.start, sent.end), qualifier=q.qualifier, estimated=est,
            basis=d.basis if d.role in ("plan_pct", "plan_diff_pct", "change", "change_pct", "prior_pct") else None,
            of=q.of, malformed=q.malformed,
        ))
        link = _Link(subject, est, verb)
        seg_start = max(q.end, d.consumed_end)
    return facts


def _subject(s: str, q: Quantity, role: str, left: str | None, seg: str,
             link: _Link | None) -> tuple[str | None, str | None]:
    """(subject, event verb) for a figure, from its left words, the words after it, or its chain."""
    if q.kind == "pct":
        if role == "percent":
            follow = following_phrase(s, q.end)
            if follow:
                return follow, None
        if left:
            return left, None
        if link:
            return link.subject, link.verb
        return following_phrase(s, q.end), None
    if q.kind == "count":
        follow = following_phrase(s, q.num_end if q.of is None else _after_fraction(s, q), max_words=8)
        if left and role not in ("change",):
            return _join(left, follow), left
        if link and role == "change":
            return link.subject, link.verb
        if link and link.verb and re.fullmatch(r"[\s,(]*(?:và|,)?[\s,(]*", seg):
            return _join(link.verb, follow), link.verb
        return follow or (link.subject if link else None), None
    # money and measures
    if left:
        follow = following_phrase(s, q.end, max_words=8)
        return _join(left, follow), None
    if link and role in ("change",):
        return link.subject, link.verb
    follow = following_phrase(s, q.end, max_words=8)
    if follow:
        return follow, None
    return (link.subject if link else None), None


def _after_fraction(s: str, q: Quantity) -> int:
    m = re.compile(r"[/-]\d+(?:[.,]\d+)*").match(s, q.num_end)
    return m.end() if m else q.num_end


def _join(a: str | None, b: str | None) -> str | None:
    if a and b:
        return f"{a} {b}"
    return a or b


def _measures_elsewhere(s: str, low: str, q: Quantity) -> bool:
    """A figure for the whole country or for another named place, given only for comparison."""
    a = max(s.rfind(",", 0, q.start), s.rfind(";", 0, q.start), s.rfind("(", 0, q.start))
    m = re.compile(r"[,;)]").search(s, q.end)
    b = m.start() if m else len(s)
    if _elsewhere().search(low, a + 1, b):
        return True
    # "sau Hà Nội (khoảng 63 tỷ USD)": a bare figure in brackets after a proper name
    before = s[:q.start].rstrip()
    if before.endswith("(") and s[q.end:q.end + 1] == ")":
        words = before[:-1].split()
        return bool(words) and words[-1][:1].isupper()
    return False
