"""The sentences of the drafted review: a small grammar per role and unit, built from the record.

One sentence per subject and source sentence; the lead figure (an amount, else the first
percentage) makes the head, the others follow as clauses. The subject's own noun carries a count:
"Kết nạp đảng viên mới" with 168 (đảng viên) reads "Kết nạp 168 đảng viên mới", "Số xã đạt chuẩn
nông thôn mới" with 2 (xã) reads "Có 2 xã đạt chuẩn nông thôn mới" — never "... đạt 168 đảng
viên". Words and patterns: ``sentence`` and ``grammar`` in ``lexicon/report_templates.yaml``.
Every sentence is one soket's extractor reads back to the same figures (value, unit, role).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from soket import rx as re
from soket.fmt import format_number, format_value
from soket.lexicon import get
from soket.lexicon.schema import ReportTemplates, UnitsLexicon
from soket.model import Fact
from soket.report.templates import templates
from soket.text import fold, fold_words


def _t() -> ReportTemplates:
    return templates()


def write_value(v: float | int | None, unit: str | None, qualifier: str | None = None, of: Any = None) -> str:
    """A stored value written the Vietnamese way, with its qualifier (trên, gần ...)."""
    q = _t().qualifiers.get(qualifier or "", "")
    if of and unit not in ("VND", "USD", "%"):
        s = f"{format_number(v)}/{format_number(of)} {unit or ''}".strip()
    else:
        s = format_value(v, unit)
    return f"{q} {s}" if q else s


def lower_first(s: str) -> str:
    """'Kết nạp' -> 'kết nạp'; an acronym ('UBND', 'HĐND') keeps its case."""
    return s[0].lower() + s[1:] if s and not s[:2].isupper() else s


def upper_first(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def _has_words(subject: str, words: list[str]) -> bool:
    s = " " + fold_words(subject) + " "
    return any(" " + fold_words(w) + " " in s for w in words)


@cache
def _measures() -> set[str]:
    return set(get(UnitsLexicon).measures.values())


@cache
def _classifiers() -> set[str]:
    return {fold(w) for w in get(UnitsLexicon).classifiers}


def count_phrase(subject: str, unit: str | None, value: str) -> tuple[str, bool] | None:
    """The subject with the figure before its own noun: ("Kết nạp 168 đảng viên mới", False), or
    (phrase, True) when the noun opens the subject ("Số xã đạt chuẩn ..." -> "2 xã đạt chuẩn ...",
    said with "Có"). None when the subject does not name the unit (money, tonnes, area ...)."""
    g = _t().grammar
    if not unit or unit in ("%", "VND", "USD") or unit in _measures():
        return None
    fs = fold(subject)
    m = re.search(rf"(?<!\w){re.escape(fold(unit))}(?!\w)", fs)
    if m is None:
        return None
    before, after = subject[:m.start()], subject[m.end():]
    fb = before.lower().rstrip()
    for p in sorted(g.count_prefixes, key=len, reverse=True):  # "Tổng số", "Số" (with their marks)
        fp = p.lower()
        if fb.endswith(fp) and (len(fb) == len(fp) or not fb[-len(fp) - 1].isalnum()):
            before = before[:len(fb) - len(fp)]
            break
    before = before.strip()
    words = before.split()
    if words and fold(words[-1]) in _classifiers():  # "Sửa chữa căn nhà" -> "Sửa chữa 38 căn nhà"
        value = value.replace(f" {unit}", f" {words[-1]} {unit}", 1) if f" {unit}" in value else value
        before = " ".join(words[:-1])
    phrase = " ".join(x for x in (before, value, after.strip()) if x)
    return phrase, not before


def trim_subject(s: str) -> str:
    """A subject without the dangling words a cut can leave at its end ("... đạt chuẩn và"), and
    completed when cut inside a fixed phrase ("... nông thôn mới nâng" -> "... nâng cao")."""
    words = s.split()
    tail = {fold(w) for w in _t().grammar.dangling}
    while len(words) > 1 and fold(words[-1]) in tail:
        words.pop()
    out = " ".join(words)
    low = out.lower()
    for phrase in _t().grammar.completions:
        cut, rest = phrase.split("|")
        if low.endswith(" " + cut) or low == cut:
            return f"{out} {rest}"
    return out


def _pct(v: float, f: Fact) -> str:
    return write_value(v, "%", f.qualifier)


def clause(f: Fact) -> str:
    """A non-amount figure as the clause that follows the head: "đạt 56,4% kế hoạch năm"."""
    t = _t().sentence
    v = float(f.value or 0)
    basis = (f.basis or "").strip()
    role = f.role
    if role == "plan_pct":
        return t.plan_pct.format(pct=_pct(v, f), basis=basis or t.default_plan)
    if role == "plan_diff_pct":
        form = t.plan_diff_up if v >= 0 else t.plan_diff_down
        return form.format(pct=_pct(abs(v), f), basis=basis or t.default_plan)
    if role in ("change_pct", "change"):
        val = write_value(abs(v), f.unit, f.qualifier)
        if basis:
            form = t.change_up if v >= 0 else t.change_down
        else:
            form = t.change_up_bare if v >= 0 else t.change_down_bare
        return form.format(value=val, basis=basis)
    if role == "prior_pct":
        return t.prior_pct.format(pct=_pct(v, f), basis=basis or t.default_basis)
    return t.percent.format(pct=_pct(v, f))


def head(f: Fact, subject: str) -> str:
    """The head of a sentence: the subject with its lead figure."""
    t = _t().sentence
    g = _t().grammar
    subject = trim_subject(subject)
    value = write_value(f.value, f.unit, f.qualifier, f.of)
    if f.role == "amount":
        cp = count_phrase(subject, f.unit, value)
        if cp is not None:
            phrase, exists = cp
            s = t.count_exists.format(phrase=phrase) if exists else phrase
            return t.estimated.format(clause=lower_first(s)) if f.estimated else upper_first(s)
        if _has_words(subject, g.verb_in_subject):
            form = t.amount_estimated_copula if f.estimated else t.amount_copula
        else:
            form = t.amount_estimated if f.estimated else t.amount
        return form.format(subject=subject, value=value)
    pct = _pct(float(f.value or 0), f)
    if f.role == "percent":
        if _has_words(subject, g.falling_subjects):
            return t.percent_falling.format(subject=subject, pct=pct)
        if _has_words(subject, g.verb_in_subject):
            return t.percent_copula.format(subject=subject, pct=pct)
        return t.percent_lead.format(subject=subject, pct=pct)
    if f.role == "change_pct" and not (f.basis or "").strip() and float(f.value or 0) >= 0 \
            and _has_words(subject, g.growth_subjects):
        return t.growth.format(subject=subject, pct=pct)  # "Tốc độ tăng trưởng ... đạt 10,8%"
    return t.lead_pct.format(subject=subject, clause=clause(f))


def sentence(group: Sequence[Fact], subject: str) -> str:
    """One sentence (without its final stop) for the facts of one subject in one source sentence."""
    return _t().sentence.joiner.join([head(group[0], subject)] + [clause(f) for f in group[1:]])


def target(f: Fact, subject: str) -> str:
    """A stored target: "Phấn đấu thu ngân sách nhà nước đạt 561 tỷ đồng", "Phấn đấu kết nạp 230
    đảng viên mới", "Phấn đấu có 3 xã đạt chuẩn nông thôn mới"."""
    t = _t().sentence
    subject = trim_subject(subject)
    value = write_value(f.value, f.unit, f.qualifier, f.of)
    cp = count_phrase(subject, f.unit, value)
    if cp is not None:
        phrase, exists = cp
        s = t.count_exists.format(phrase=phrase) if exists else phrase
        return t.target_count.format(phrase=lower_first(s))
    if f.unit == "%" and _has_words(subject, _t().grammar.falling_subjects):
        return t.target_falling.format(subject=lower_first(subject), value=value)
    return t.target.format(subject=lower_first(subject), value=value)
