"""The drafted period review of one locality, built from the store: what to say, in which order,
and where each figure comes from. Rendering (md, html, docx, pdf) is :mod:`soket.report.render`.

Every figure in a :class:`Review` is a stored fact (``fact_id``) or derived from stored facts
(``derived=True``, with the facts it comes from); a sentence of the results names its source
sentence in a footnote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from soket.check.rules import approx_value, subject_key
from soket.errors import SoketError
from soket.extract.indicators import fold, fold_words, indicators
from soket.fmt import format_date, format_number, format_period, format_value
from soket.store.models import DocumentRow, LimitationRow, TaskRow
from soket.store.queries import FactFilter, list_facts, list_localities, parse_period

MAX_CHARTS = 6
MAX_TEXTS = 8


class ReportError(SoketError):
    code = "report_error"


@cache
def templates() -> dict[str, Any]:
    from soket.lexicon import load

    lex: dict[str, Any] = load("report_templates")
    return lex


@dataclass(slots=True)
class Figure:
    """A figure as the draft writes it; ``fact_ids`` are the stored facts it is or comes from."""

    value: float | None
    unit: str | None
    role: str
    text: str
    fact_ids: list[int] = field(default_factory=list)
    derived: bool = False


@dataclass(slots=True)
class Source:
    n: int
    document_id: int
    doc: str
    title: str | None
    date: str | None
    sentence: str


@dataclass(slots=True)
class Sentence:
    text: str
    figures: list[Figure]
    source: int | None = None  # footnote number


@dataclass(slots=True)
class Field:
    key: str
    title: str
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class Row:
    label: str
    value: Figure | None
    change: Figure | None = None
    plan: Figure | None = None
    implied: Figure | None = None
    rank: Figure | None = None
    sources: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Chart:
    indicator: str
    title: str
    unit: str | None
    points: list[dict[str, Any]]  # period (words), code, value, text, fact_id


@dataclass(slots=True)
class Review:
    locality: str
    locality_kind: str | None
    province: str | None
    period: str  # code, 2021-H1
    period_words: str
    fields: list[Field]
    limitations: list[str]
    tasks: list[Sentence]
    task_texts: list[str]
    rows: list[Row]
    charts: list[Chart]
    sources: list[Source]
    document_ids: list[int]

    @property
    def figures(self) -> list[Figure]:
        """Every figure the draft writes, prose, table and charts."""
        out = [f for fl in self.fields for s in fl.sentences for f in s.figures]
        out += [f for s in self.tasks for f in s.figures]
        for r in self.rows:
            out += [f for f in (r.value, r.change, r.plan, r.implied, r.rank) if f is not None]
        return out

    def text(self, key: str, **kw: Any) -> str:
        template = str(templates()[key])
        return template.format(**kw) if kw else template


# --- what the figures say ------------------------------------------------------------------------


def sup(n: int) -> str:
    """Footnote marker ⁽¹²⁾: superscript digits are no digits to the extractor."""
    return "⁽" + str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) + "⁾"


def write_value(v: float | int | None, unit: str | None, qualifier: str | None = None, of: Any = None) -> str:
    """A stored value written the Vietnamese way, with its qualifier (trên, gần ...)."""
    q = templates()["qualifiers"].get(qualifier or "", "")
    if of and unit not in ("VND", "USD", "%"):
        s = f"{format_number(v)}/{format_number(of)} {unit or ''}".strip()
    else:
        s = format_value(v, unit)
    return f"{q} {s}" if q else s


_DIGITS = re.compile(r"\S*\d\S*")


def clean_subject(subject: str | None, indicator: str | None, target: bool = False) -> str:
    t = templates()
    s = (subject or "").strip()
    s = _DIGITS.sub("", s)  # a figure the store does not hold must not appear ("đợt 19/5")
    s = re.sub(r"[()\[\]“”\"]", " ", s)
    low = fold(s)
    for p in t["subject_prefixes"]:
        fp = fold(p)
        if low.startswith(fp):
            s = s[len(fp):].lstrip(" ,:;-")
            low = fold(s)
    if target:
        for cue in t["target_cues"]:
            i = low.rfind(fold(cue))
            if i >= 0 and low[i + len(cue):].strip(" ,"):
                s = s[i + len(cue):].lstrip(" ,:;")
                low = fold(s)
    s = re.sub(r"\s+", " ", s).strip(" ,;:-")
    if not s:
        s = _labels().get(indicator or "", t["sentence"]["default_subject"])
    return s[0].upper() + s[1:]


@cache
def _labels() -> dict[str, str]:
    return {i.key: i.label for i in indicators()}


def _clause(f: dict[str, Any]) -> tuple[str, str]:
    """(clause, how it leads when there is no amount) of one non-amount fact."""
    t = templates()["sentence"]
    v = float(f["value"])
    basis = (f.get("basis") or "").strip()
    role = f["role"]
    if role == "plan_pct":
        return t["plan_pct"].format(pct=write_value(v, "%", f.get("qualifier")), basis=basis or t["default_plan"]), ""
    if role == "plan_diff_pct":
        key = "plan_diff_up" if v >= 0 else "plan_diff_down"
        return t[key].format(pct=write_value(abs(v), "%", f.get("qualifier")), basis=basis or t["default_plan"]), ""
    if role in ("change_pct", "change"):
        val = write_value(abs(v), f.get("unit"), f.get("qualifier"))
        key = ("change_up" if v >= 0 else "change_down") + ("" if basis else "_bare")
        return t[key].format(value=val, basis=basis), ""
    if role == "prior_pct":
        return t["prior_pct"].format(pct=write_value(v, "%", f.get("qualifier")), basis=basis or "cùng kỳ"), ""
    # percent
    return t["percent"].format(pct=write_value(v, "%", f.get("qualifier"))), ""


def _figure(f: dict[str, Any]) -> Figure:
    return Figure(value=f["value"], unit=f["unit"], role=f["role"],
                  text=write_value(f["value"], f["unit"], f.get("qualifier"), f.get("of")), fact_ids=[f["id"]])


def group_sentence(group: list[dict[str, Any]]) -> tuple[str, list[Figure]]:
    """One sentence for the facts of one subject in one source sentence: the amount (or the first
    percentage) leads, the others follow as clauses."""
    t = templates()["sentence"]
    lead, rest = group[0], group[1:]
    subject = clean_subject(lead.get("subject"), lead.get("indicator"))
    if lead["role"] == "amount":
        key = "amount_estimated" if lead.get("estimated") else "amount"
        head = t[key].format(subject=subject, value=write_value(lead["value"], lead["unit"], lead.get("qualifier"),
                                                               lead.get("of")))
    else:
        clause, _ = _clause(lead)
        head = t["lead_pct"].format(subject=subject, clause=clause)
    parts = [head] + [_clause(f)[0] for f in rest]
    return t["joiner"].join(parts), [_figure(f) for f in group]


def target_sentence(f: dict[str, Any]) -> tuple[str, list[Figure]]:
    t = templates()["sentence"]
    subject = clean_subject(f.get("subject"), f.get("indicator"), target=True)
    subject = subject[0].lower() + subject[1:] if not subject[:2].isupper() else subject
    return (t["target"].format(subject=subject, value=write_value(f["value"], f["unit"], f.get("qualifier"), f.get("of"))),
            [_figure(f)])


def _field_of(f: dict[str, Any]) -> str:
    fields = templates()["fields"]
    for fl in fields:
        if f.get("indicator") and f["indicator"] in fl["indicators"]:
            return str(fl["key"])
    s = " " + fold_words(f.get("subject") or "") + " "
    for fl in fields:
        if any(" " + fold_words(w) + " " in s for w in fl["subject_words"]):
            return str(fl["key"])
    return str(fields[-1]["key"])


def _groups(facts: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Facts of one subject in one source sentence, in document order; an amount starts a new group."""
    groups: list[list[dict[str, Any]]] = []
    index: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for f in facts:
        ev = f.get("evidence_span") or [f["span"][0], f["span"][1]]
        key = (f["document_id"], ev[0], subject_key(f.get("subject")))
        g = index.get(key)
        if g is None or (f["role"] == "amount" and any(x["role"] == "amount" for x in g)):
            g = []
            groups.append(g)
            index[key] = g
        g.append(f)
    return groups


def _figure_free(text: str) -> bool:
    """A stored task or limitation goes into the draft only if it holds no figure at all."""
    if re.search(r"\d", text):
        return False
    from soket.extract.pipeline import extract_text

    return not extract_text(text).facts


# --- the review ----------------------------------------------------------------------------------


def resolve_locality(session: Session, locality: str, province: str | None = None,
                     kind: str | None = None) -> dict[str, Any]:
    cands = [x for x in list_localities(session) if fold(x["locality"]) == fold(locality.strip())
             and (not province or fold(x["province"] or "") == fold(province.strip()))
             and (not kind or (x["locality_kind"] or "") == kind)]
    if not cands:
        raise ReportError(f"không có địa phương “{locality}” trong kho — no locality {locality!r} in the store")
    if len(cands) > 1:
        names = "; ".join(f"{c['locality_kind'] or ''} {c['locality']} ({c['province'] or '—'})" for c in cands)
        raise ReportError(f"“{locality}” có nhiều nơi trùng tên, hãy chọn --province/--kind: {names} — "
                          f"ambiguous locality, give --province or --kind")
    return cands[0]


def build_review(session: Session, locality: str, period: str, province: str | None = None,
                 kind: str | None = None) -> Review:
    """The review of ``locality`` for ``period`` (``2021-H1``) from what the store holds."""
    from soket.report.derived import implied_targets, ranking, yoy_series

    year, s_m, e_m = parse_period(period)
    loc = resolve_locality(session, locality, province, kind)
    name, lkind, prov = loc["locality"], loc["locality_kind"], loc["province"]
    _, items = list_facts(session, FactFilter(locality=name, province=prov, period=period), limit=10**9)
    items = [d for d in items if (d.get("locality_kind") or None) == lkind]
    items.sort(key=lambda d: (d["document_id"], d["span"][0]))
    doc_ids = sorted({d["document_id"] for d in items} | {p["document_id"] for p in loc["periods"]
                                                          if p["period"] == period})
    docs = {r.id: r for r in session.execute(
        select(DocumentRow.id, DocumentRow.doc, DocumentRow.title, DocumentRow.published)
        .where(DocumentRow.id.in_(doc_ids or [-1])))}
    dates = {d["document_id"]: d.get("date") for d in items}
    facts = [d for d in items if isinstance(d["value"], int | float)]

    t = templates()
    sources: list[Source] = []
    src_at: dict[tuple[int, int], int] = {}

    def source_of(f: dict[str, Any]) -> int:
        ev = f.get("evidence_span") or f["span"]
        key = (f["document_id"], ev[0])
        if key not in src_at:
            r = docs.get(f["document_id"])
            sources.append(Source(len(sources) + 1, f["document_id"], r.doc if r else "", r.title if r else None,
                                  dates.get(f["document_id"]) or (r.published if r else None),
                                  (f.get("evidence") or f.get("raw") or "").strip()))
            src_at[key] = len(sources)
        return src_at[key]

    fields = [Field(fl["key"], fl["title"]) for fl in t["fields"]]
    by_key = {fl.key: fl for fl in fields}
    tasks: list[Sentence] = []
    fact_source: dict[int, int] = {}
    for g in _groups([d for d in facts if d["role"] != "target"]):
        text, figs = group_sentence(g)
        n = source_of(g[0])
        for d in g:
            fact_source[d["id"]] = n
        by_key[_field_of(g[0])].sentences.append(Sentence(text, figs, n))
    for d in facts:
        if d["role"] == "target":
            text, figs = target_sentence(d)
            n = source_of(d)
            fact_source[d["id"]] = n
            tasks.append(Sentence(text, figs, n))

    def texts(model: Any) -> list[str]:
        got: list[str] = []
        for x in session.scalars(select(model.text).where(model.document_id.in_(doc_ids or [-1]))
                                 .order_by(model.document_id, model.position)):
            x = x.strip()
            if x and x not in got and _figure_free(x):
                got.append(x[0].upper() + x[1:])
            if len(got) >= MAX_TEXTS:
                break
        return got

    # the table: one row per group with an amount (or a share), derived figures beside
    implied = implied_targets(session, name, province=prov, locality_kind=lkind, period=period)
    rows: list[Row] = []
    charts: list[Chart] = []
    charted: set[str] = set()
    for g in _groups([d for d in facts if d["role"] != "target"]):
        lead = g[0]
        if lead["role"] not in ("amount", "percent"):
            continue
        row = Row(label=clean_subject(lead.get("subject"), lead.get("indicator")), value=_figure(lead),
                  sources=[fact_source[lead["id"]]])
        for d in g[1:]:
            if d["role"] == "change_pct" and row.change is None:
                row.change = _figure(d)
            elif d["role"] == "plan_pct" and row.plan is None:
                row.plan = _figure(d)
        ind = lead.get("indicator")
        if lead["role"] == "amount":
            imp = next((x for x in implied if lead["id"] in x["fact_ids"]), None)
            if imp is not None:
                row.implied = Figure(imp["value"], imp["unit"], "target", approx_value(imp["value"], imp["unit"]),
                                     imp["fact_ids"], derived=True)
        if ind and lead["role"] == "amount":
            series = yoy_series(session, name, ind, province=prov, unit=lead["unit"], locality_kind=lkind)
            if row.change is None:
                here = next((p for p in series if p["fact_id"] == lead["id"]), None)
                if here is not None and here["yoy_pct"] is not None:
                    row.change = Figure(here["yoy_pct"], "%", "change_pct",
                                        format_value(round(here["yoy_pct"], 1), "%") + " (*)",
                                        [here["fact_id"], here["prev_fact_id"]], derived=True)
            rk = ranking(session, name, ind, period, province=prov, locality_kind=lkind)
            if rk and rk["n"] > 1 and rk["fact_id"] == lead["id"]:
                row.rank = Figure(rk["rank"], None, "rank", t["table"]["rank_text"].format(
                    rank=rk["rank"], n=rk["n"], kind=lkind or ""), [p["fact_id"] for p in rk["peers"]], derived=True)
            if ind not in charted and len(charts) < MAX_CHARTS and series:
                charted.add(ind)
                charts.append(Chart(ind, t["chart"]["title"].format(label=_labels().get(ind, ind)), lead["unit"], [
                    {"period": format_period(p["year"], p["start_month"], p["end_month"]), "code": p["period"],
                     "value": p["value"], "text": format_value(p["value"], p["unit"]), "fact_id": p["fact_id"]}
                    for p in series]))
        rows.append(row)

    return Review(locality=name, locality_kind=lkind, province=prov, period=period,
                  period_words=_period_words(year, s_m, e_m), fields=[f for f in fields if f.sentences],
                  limitations=texts(LimitationRow), tasks=tasks, task_texts=texts(TaskRow), rows=rows,
                  charts=charts, sources=sources, document_ids=doc_ids)


def _period_words(year: int, s: int, e: int) -> str:
    w = format_period(year, s, e)
    return w[0].lower() + w[1:] if w.startswith(("Năm", "Quý", "Tháng")) else w


def footnote_text(s: Source) -> str:
    t = templates()
    date = t["footnote_date"].format(date=format_date(s.date)) if s.date else ""
    return str(t["footnote"]).format(title=s.title or s.doc, doc=s.doc, date=date, sentence=s.sentence)
