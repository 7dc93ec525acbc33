"""The drafted period review of one locality, built from the store: what to say, in which order,
and where each figure comes from. Rendering (md, html, docx, pdf) is :mod:`soket.report.render`.

Every figure in a :class:`Review` is a stored fact (``fact_id``) or derived from stored facts
(``derived=True``, with the facts it comes from); a sentence of the results names its source
sentence in a footnote.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from soket import rx as re
from soket.check.rules import approx_value, subject_key
from soket.check.sources import MergedSource, agree
from soket.errors import SoketError
from soket.extract.indicators import indicators
from soket.extract.pipeline import extract_text
from soket.extract.structure import parse_official
from soket.fmt import format_date, format_period, format_value
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon, ReportStructure
from soket.model import StoredFact
from soket.report import grammar
from soket.report.derived import implied_targets, ranking, yoy_series
from soket.report.grammar import lower_first, write_value
from soket.report.templates import templates
from soket.store.models import DocumentRow, LimitationRow, MeetingRow, TaskRow
from soket.store.queries import FactFilter, list_facts, list_localities, parse_period
from soket.store.sources import group_of_document, merged_of
from soket.store.views import LocalityItem
from soket.text import fold, fold_words

MAX_CHARTS = 6
MAX_TEXTS = 8
MIN_CHART_POINTS = 2   # a chart shows two or more periods; one figure is the table's
SAME_TEXT = 0.7        # word 5-gram overlap (Jaccard) above which two stored texts are one report
MIN_SAME_FACTS = 3     # identical fact sets of at least this size: one report stored twice
FORMAT_RANK = {"docx": 0, "html": 1, "txt": 2, "pdf": 3}  # which copy of a report the review reads
HEADLINE_CHARS = (20, 200)  # a first line this long, without a final stop, is a news item's headline
PARTY_BODIES = ("executive_committee", "standing_committee", "party_committee")


class ReportError(SoketError):
    code = "report_error"


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
class Quote:
    """Another source of the same meeting that gives a figure of the sentence otherwise: its
    document, the figure as it writes it (``value``) and its sentence; ``agreed`` is the figure the
    review keeps, as the review's own source writes it."""

    document_id: int
    doc: str
    title: str | None
    value: str
    sentence: str
    agreed: str


@dataclass(slots=True)
class Source:
    """A source sentence: the footnote that names its document (type and title from the text,
    number, date) and quotes it; ``n`` is its number in reading order. ``others`` quote the sources
    of the meeting that disagree with a figure of the sentence (the store's ``sources_disagree``)."""

    n: int
    document_id: int
    doc: str
    title: str | None
    date: str | None
    sentence: str
    number: str | None = None   # "215/BC-UBND"
    again: bool = False         # its document was named in full by an earlier note ("đã dẫn")
    others: list[Quote] = field(default_factory=list)


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
    points: list[dict[str, Any]]  # period (words, or the locality when by="locality"), code, value, text, fact_id
    by: str = "period"            # bars per stored period, or per locality of the same kind and province


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
    body_kind: str = "peoples_committee"   # party_committee | peoples_committee | peoples_council
    year: int | None = None
    duplicates: dict[int, int] = field(default_factory=dict)  # a stored copy -> the document read

    @property
    def figures(self) -> list[Figure]:
        """Every figure the draft writes, prose, table and charts."""
        out = [f for fl in self.fields for s in fl.sentences for f in s.figures]
        out += [f for s in self.tasks for f in s.figures]
        for r in self.rows:
            out += [f for f in (r.value, r.change, r.plan, r.implied, r.rank) if f is not None]
        return out

# --- what the figures say ------------------------------------------------------------------------


def sup(n: int) -> str:
    """Footnote marker ⁽¹²⁾: superscript digits are no digits to the extractor."""
    return "⁽" + str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) + "⁾"


_DIGITS = re.compile(r"\S*\d\S*")


@cache
def _numbered_round() -> re.Pattern[str]:
    """A word numbering a round and its number ("đợt 19/5"): dropped together from a drafted subject."""
    words = get(CuesLexicon).subjects.trailing_ordinals
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})[ \t]+\S*\d\S*", re.IGNORECASE) if words \
        else re.compile(r"(?!)")


def clean_subject(subject: str | None, indicator: str | None, target: bool = False) -> str:
    t = templates()
    s = (subject or "").strip()
    s = _numbered_round().sub("", s)  # "đợt 19/5": the round goes with its number
    s = _DIGITS.sub("", s)  # a figure the store does not hold must not appear
    s = re.sub(r"[()\[\]“”\"]", " ", s)
    low = fold(s)
    for p in t.subject_prefixes:
        fp = fold(p)
        if low.startswith(fp) and (len(low) == len(fp) or not low[len(fp)].isalnum()):
            s = s[len(fp):].lstrip(" ,:;-")
            low = fold(s)
    if target:
        for cue in t.target_cues:
            i = low.rfind(fold(cue))
            if i >= 0 and low[i + len(cue):].strip(" ,"):
                s = s[i + len(cue):].lstrip(" ,:;")
                low = fold(s)
    s = re.sub(r"\s+", " ", s).strip(" ,;:-")
    if not s:
        s = _labels().get(indicator or "", t.sentence.default_subject)
    return s[0].upper() + s[1:]


@cache
def _labels() -> dict[str, str]:
    return {i.key: i.label for i in indicators()}


def _figure(f: StoredFact) -> Figure:
    return Figure(value=f.value, unit=f.unit, role=f.role,
                  text=write_value(f.value, f.unit, f.qualifier, f.of), fact_ids=[f.id])


def group_sentence(group: list[StoredFact]) -> tuple[str, list[Figure]]:
    """One sentence for the facts of one subject in one source sentence (:mod:`soket.report.grammar`)."""
    lead = group[0]
    return grammar.sentence(group, clean_subject(lead.subject, lead.indicator)), [_figure(f) for f in group]


def target_sentence(f: StoredFact) -> tuple[str, list[Figure]]:
    return grammar.target(f, clean_subject(f.subject, f.indicator, target=True)), [_figure(f)]


def _field_of(f: StoredFact) -> str:
    fields = templates().fields
    for fl in fields:
        if f.indicator and f.indicator in fl.indicators:
            return fl.key
    s = " " + fold_words(f.subject or "") + " "
    for fl in fields:
        if any(" " + fold_words(w) + " " in s for w in fl.subject_words):
            return fl.key
    return fields[-1].key


def _groups(facts: list[StoredFact]) -> list[list[StoredFact]]:
    """Facts of one subject in one source sentence, in document order; an amount starts a new group."""
    groups: list[list[StoredFact]] = []
    index: dict[tuple[Any, ...], list[StoredFact]] = {}
    for f in facts:
        ev = f.evidence_span or f.span
        key = (f.document_id, ev[0], subject_key(f.subject))
        g = index.get(key)
        if g is None or (f.role == "amount" and any(x.role == "amount" for x in g)):
            g = []
            groups.append(g)
            index[key] = g
        g.append(f)
    return groups


def _figure_free(text: str) -> bool:
    """A stored task or limitation goes into the draft only if it holds no figure at all."""
    if re.search(r"\d", text):
        return False
    return not extract_text(text).facts


# --- the review ----------------------------------------------------------------------------------


def resolve_locality(session: Session, locality: str, province: str | None = None,
                     kind: str | None = None) -> LocalityItem:
    stored = [LocalityItem.model_validate(x) for x in list_localities(session)]
    cands = [x for x in stored if fold(x.locality) == fold(locality.strip())
             and (not province or fold(x.province or "") == fold(province.strip()))
             and (not kind or (x.locality_kind or "") == kind)]
    if not cands:
        raise ReportError(f"không có địa phương “{locality}” trong kho — no locality {locality!r} in the store")
    if len(cands) > 1:
        names = "; ".join(f"{c.locality_kind or ''} {c.locality} ({c.province or '—'})" for c in cands)
        raise ReportError(f"“{locality}” có nhiều nơi trùng tên, hãy chọn --province/--kind: {names} — "
                          f"ambiguous locality, give --province or --kind")
    return cands[0]


def _shingles(text: str, n: int = 5) -> set[int]:
    w = fold_words(text).split()
    return {hash(tuple(w[i:i + n])) for i in range(max(1, len(w) - n + 1))}


def _fact_key(d: StoredFact) -> tuple[Any, ...]:
    return (float(f"{float(d.value or 0):.6g}"), d.unit, d.role)


def _numeric(d: StoredFact) -> bool:
    return isinstance(d.value, int | float)


def distinct_documents(session: Session, doc_ids: list[int],
                       items: list[StoredFact]) -> tuple[list[int], dict[int, int]]:
    """The stored documents of the review, each source report once: (ids read, {copy: id read}).

    Two stored documents are one report when their texts share most word 5-grams (a .docx and the
    .pdf of it, a re-post with other page chrome), or when they state the same facts (at least
    ``MIN_SAME_FACTS``). Of the copies, the one with the most facts is read, then by format
    (``FORMAT_RANK``: a .docx keeps its tables), then the first stored."""
    by_doc: dict[int, list[StoredFact]] = {}
    for d in items:
        by_doc.setdefault(d.document_id, []).append(d)
    rows = list(session.execute(select(DocumentRow.id, DocumentRow.format, DocumentRow.text)
                                .where(DocumentRow.id.in_(doc_ids or [-1]))))
    rows.sort(key=lambda r: (-len(by_doc.get(r.id, [])), FORMAT_RANK.get((r.format or "").lower(), 9), r.id))
    kept: list[tuple[int, set[int], Counter[tuple[Any, ...]]]] = []
    dup: dict[int, int] = {}
    for r in rows:
        sh = _shingles(r.text or "")
        fk = Counter(_fact_key(d) for d in by_doc.get(r.id, []) if _numeric(d))
        for kid, ksh, kfk in kept:
            same_text = len(sh & ksh) / max(1, len(sh | ksh)) >= SAME_TEXT
            same_facts = fk == kfk and sum(fk.values()) >= MIN_SAME_FACTS
            if same_text or same_facts:
                dup[r.id] = kid
                break
        else:
            kept.append((r.id, sh, fk))
    return sorted(k[0] for k in kept), dup


def disputed(session: Session, doc_ids: list[int]) -> dict[int, list[MergedSource]]:
    """{stored fact id: the sources of its meeting whose value does not agree with it} for the
    figures of the documents' meetings whose sources disagree (the merged facts of
    :func:`soket.store.sources.merged_of`); one source quoted per value, copies of a text once."""
    out: dict[int, list[MergedSource]] = {}
    groups = {g for i in doc_ids if (g := group_of_document(session, i)) is not None}
    for g in sorted(groups):
        for m in merged_of(session, g)[2]:
            if not m.disagree:
                continue
            for s in m.sources:
                if s.fact_id is None:
                    continue
                others: list[MergedSource] = []
                for o in m.sources:
                    if not agree(s.fact, o.fact) and not any(agree(o.fact, x.fact) for x in others):
                        others.append(o)
                if others:
                    out[s.fact_id] = others
    return out


def _heading_like(text: str) -> bool:
    """A section heading stored as a limitation or task ("HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN",
    "II. Nhiệm vụ"): mostly capital letters, or a bare section cue of report_structure.yaml."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        return True
    kinds = get(ReportStructure).section_kinds
    rest = " " + re.sub(r"^[\W\dIVXLC]*\s", "", text).lower() + " "
    n = len(re.split(r"[\s,.:;]+", rest.strip()))
    for cue in sorted({c.lower() for cs in kinds.values() for c in cs}, key=len, reverse=True):
        rest = rest.replace(" " + cue, " ")
    left = [w for w in re.split(r"[\s,.:;]+", rest) if w]
    return len(left) < n and all(w in _HEADING_FILLERS for w in left)


_HEADING_FILLERS = {"những", "các", "và", "nguyên", "nhân", "chủ", "yếu", "một", "số"}


def document_title(text: str | None, stored: str | None, doc: str) -> tuple[str, str | None]:
    """(title, number) of a source: "Báo cáo tình hình thực hiện ..." from the document's own type and
    title lines, else its stored title, else its first line when it reads as a headline (short, no
    final stop), else its name."""
    h = parse_official(text) if text else None
    if h is not None and h.doc_type and h.title:
        return f"{h.doc_type.capitalize()} {lower_first(h.title)}", h.number
    number = h.number if h else None
    if stored and stored.strip() and stored.strip() != doc:
        return stored.strip(), number
    first = next((ln.strip() for ln in (text or "").split("\n") if ln.strip()), "")
    if HEADLINE_CHARS[0] <= len(first) <= HEADLINE_CHARS[1] and first[-1] not in ".…;:,!?" \
            and not re.match(r"^\W*date\b", first, re.I):
        return first, number  # a news item's headline: "Huyện ủy Vĩnh Thạnh: Đánh giá tình hình ..."
    return doc, number


def review_body(kinds: list[str | None]) -> str:
    """The body the review is drafted for, from the body kinds of its documents (most common)."""
    got = ["party_committee" if k in PARTY_BODIES else k for k in kinds
           if k in (*PARTY_BODIES, "peoples_committee", "peoples_council")]
    return Counter(got).most_common(1)[0][0] if got else "peoples_committee"


def build_review(session: Session, locality: str, period: str, province: str | None = None,
                 kind: str | None = None, body: str | None = None) -> Review:
    """The review of ``locality`` for ``period`` (``2021-H1``) from what the store holds; ``body``
    (party_committee, peoples_committee, peoples_council) chooses the layout, else the documents'."""
    year, s_m, e_m = parse_period(period)
    loc = resolve_locality(session, locality, province, kind)
    name, lkind, prov = loc.locality, loc.locality_kind, loc.province
    _, found = list_facts(session, FactFilter(locality=name, province=prov, period=period), limit=10**9)
    items = [d for d in found if (d.locality_kind or None) == lkind]
    items.sort(key=lambda d: (d.document_id, d.span[0]))
    all_ids = sorted({d.document_id for d in items} | {p.document_id for p in loc.periods if p.period == period})
    doc_ids, duplicates = distinct_documents(session, all_ids, items)
    # a fact of a copy stands for the same fact of the document read (derived figures see both)
    first: dict[tuple[Any, ...], int] = {}
    for d in items:
        if d.document_id in doc_ids and _numeric(d):
            first.setdefault((d.indicator, *_fact_key(d)), d.id)
    twin = {d.id: first.get((d.indicator, *_fact_key(d))) for d in items
            if d.document_id in duplicates and _numeric(d)}
    items = [d for d in items if d.document_id in doc_ids]
    docs = {r.id: r for r in session.execute(
        select(DocumentRow.id, DocumentRow.doc, DocumentRow.title, DocumentRow.published, DocumentRow.text)
        .where(DocumentRow.id.in_(doc_ids or [-1])))}
    titles = {i: document_title(r.text, r.title, r.doc) for i, r in docs.items()}
    kinds = list(session.scalars(select(MeetingRow.body_kind).where(MeetingRow.document_id.in_(doc_ids or [-1]))))
    dates = {d.document_id: d.date for d in items}
    facts = [d for d in items if _numeric(d)]

    t = templates()
    sources: list[Source] = []
    src_at: dict[tuple[int, int], int] = {}

    def source_of(f: StoredFact) -> int:
        ev = f.evidence_span or f.span
        key = (f.document_id, ev[0])
        if key not in src_at:
            r = docs.get(f.document_id)
            title, number = titles.get(f.document_id, (r.doc if r else "", None))
            sources.append(Source(len(sources) + 1, f.document_id, r.doc if r else "", title,
                                  dates.get(f.document_id) or (r.published if r else None),
                                  (f.evidence or f.raw or "").strip(), number))
            src_at[key] = len(sources)
        return src_at[key]

    fields = [Field(fl.key, fl.title) for fl in t.fields]
    by_key = {fl.key: fl for fl in fields}
    tasks: list[Sentence] = []
    fact_source: dict[int, int] = {}
    said: set[str] = set()  # a sentence two reports of the period both state is written once
    for g in _groups([d for d in facts if d.role != "target"]):
        text, figs = group_sentence(g)
        n = source_of(g[0])
        for d in g:
            fact_source[d.id] = n
        if text not in said:
            said.add(text)
            by_key[_field_of(g[0])].sentences.append(Sentence(text, figs, n))
    for d in facts:
        if d.role == "target":
            text, figs = target_sentence(d)
            n = source_of(d)
            fact_source[d.id] = n
            if text not in said:
                said.add(text)
                tasks.append(Sentence(text, figs, n))
    quote_disputes(session, disputed(session, doc_ids), facts, fact_source, sources)

    def texts(model: Any) -> list[str]:
        got: list[str] = []
        seen: set[str] = set()
        for x in session.scalars(select(model.text).where(model.document_id.in_(doc_ids or [-1]))
                                 .order_by(model.document_id, model.position)):
            x = x.strip()
            if x and fold_words(x) not in seen and not _heading_like(x) and _figure_free(x):
                seen.add(fold_words(x))
                got.append(x[0].upper() + x[1:])
            if len(got) >= MAX_TEXTS:
                break
        return got

    def same(fid: int | None, lead_id: int) -> bool:
        return fid is not None and (fid == lead_id or twin.get(fid) == lead_id)

    # the table: one row per group with an amount (or a share), derived figures beside
    implied = implied_targets(session, name, province=prov, locality_kind=lkind, period=period)
    rows: list[Row] = []
    row_keys: set[tuple[str, ...]] = set()
    charts: list[Chart] = []
    charted: set[str] = set()
    for g in _groups([d for d in facts if d.role != "target"]):
        lead = g[0]
        if lead.role not in ("amount", "percent"):
            continue
        row = Row(label=clean_subject(lead.subject, lead.indicator), value=_figure(lead),
                  sources=[fact_source[lead.id]])
        for d in g[1:]:
            if d.role == "change_pct" and row.change is None:
                row.change = _figure(d)
            elif d.role == "plan_pct" and row.plan is None:
                row.plan = _figure(d)
        ind = lead.indicator
        if lead.role == "amount":
            imp = next((x for x in implied if lead.id in x.fact_ids), None)
            if imp is not None:
                row.implied = Figure(imp.value, imp.unit, "target", approx_value(imp.value, imp.unit),
                                     imp.fact_ids, derived=True)
        if ind and lead.role == "amount":
            series = yoy_series(session, name, ind, province=prov, unit=lead.unit, locality_kind=lkind)
            if row.change is None:
                here = next((p for p in series if same(p.fact_id, lead.id)), None)
                if here is not None and here.yoy_pct is not None and here.prev_fact_id is not None:
                    row.change = Figure(here.yoy_pct, "%", "change_pct",
                                        format_value(round(here.yoy_pct, 1), "%") + " (*)",
                                        [here.fact_id, here.prev_fact_id], derived=True)
            rk = ranking(session, name, ind, period, province=prov, locality_kind=lkind)
            if rk and rk.n > 1 and same(rk.fact_id, lead.id):
                row.rank = Figure(rk.rank, None, "rank", t.table.rank_text.format(
                    rank=rk.rank, n=rk.n, kind=lkind or ""), [p.fact_id for p in rk.peers], derived=True)
            label = _labels().get(ind, ind)
            if ind not in charted and len(charts) < MAX_CHARTS and len(series) >= MIN_CHART_POINTS:
                charted.add(ind)
                charts.append(Chart(ind, t.chart.title.format(label=label), lead.unit, [
                    {"period": format_period(p.year, p.start_month, p.end_month), "code": p.period,
                     "value": p.value, "text": format_value(p.value, p.unit), "fact_id": p.fact_id}
                    for p in series]))
            elif ind not in charted and len(charts) < MAX_CHARTS and rk and len(rk.peers) >= MIN_CHART_POINTS:
                charted.add(ind)  # one period, several localities: the comparison is what a chart shows
                charts.append(Chart(ind, t.chart.title_localities.format(
                    label=label, kind=lkind or "", period=_period_words(year, s_m, e_m)), lead.unit, [
                    {"period": p.locality, "code": period, "value": p.value,
                     "text": format_value(p.value, rk.unit), "fact_id": p.fact_id} for p in rk.peers],
                    by="locality"))
        key = (row.label, *(f.text if f else "" for f in (row.value, row.change, row.plan)))
        if key not in row_keys:
            row_keys.add(key)
            rows.append(row)

    review = Review(locality=name, locality_kind=lkind, province=prov, period=period,
                    period_words=_period_words(year, s_m, e_m), fields=[f for f in fields if f.sentences],
                    limitations=texts(LimitationRow), tasks=tasks, task_texts=texts(TaskRow), rows=rows,
                    charts=charts, sources=sources, document_ids=doc_ids,
                    body_kind=body or review_body(kinds), year=year, duplicates=duplicates)
    renumber(review)
    return review


def quote_disputes(session: Session, disputes: dict[int, list[MergedSource]], facts: list[StoredFact],
                   fact_source: dict[int, int], sources: list[Source]) -> None:
    """Add to the footnote of each figure whose meeting's sources disagree on it the other
    sources, quoted: the review keeps its own (agreed) value."""
    hit = [d for d in facts if d.id in disputes and d.id in fact_source]
    ids = sorted({o.document_id for d in hit for o in disputes[d.id]})
    rows = {r.id: r for r in session.execute(select(DocumentRow.id, DocumentRow.doc, DocumentRow.title,
                                                    DocumentRow.text).where(DocumentRow.id.in_(ids or [-1])))}
    for d in hit:
        src = sources[fact_source[d.id] - 1]
        agreed = (d.raw or "").strip() or format_value(d.value, d.unit)
        for o in disputes[d.id]:
            r = rows[o.document_id]
            title, _ = document_title(r.text, r.title, r.doc)
            q = Quote(o.document_id, r.doc, title, o.fact.raw.strip() or format_value(o.fact.value, o.fact.unit),
                      (o.fact.evidence or o.fact.raw).strip(), agreed)
            if q not in src.others:
                src.others.append(q)


def renumber(review: Review) -> None:
    """Number the footnotes in reading order (results field by field, targets, then the table) and
    drop sources nothing refers to."""
    order: dict[int, int] = {}
    for s in [s for fl in review.fields for s in fl.sentences] + review.tasks:
        if s.source is not None:
            order.setdefault(s.source, len(order) + 1)
    for r in review.rows:
        for n in r.sources:
            order.setdefault(n, len(order) + 1)
    for s in [s for fl in review.fields for s in fl.sentences] + review.tasks:
        if s.source is not None:
            s.source = order[s.source]
    for r in review.rows:
        r.sources = [order[n] for n in r.sources]
    kept = sorted((src for src in review.sources if src.n in order), key=lambda src: order[src.n])
    for src in kept:
        src.n = order[src.n]
    review.sources = kept
    cited: set[int] = set()
    for src in kept:
        src.again = src.document_id in cited
        cited.add(src.document_id)


def _period_words(year: int, s: int, e: int) -> str:
    w = format_period(year, s, e)
    return w[0].lower() + w[1:] if w.startswith(("Năm", "Quý", "Tháng")) else w


def footnote_text(s: Source) -> str:
    """The footnote of a source: its document (type and title, number, date) and the sentence quoted;
    a later note of the same document names it short ("Báo cáo số 215/BC-UBND, đã dẫn"). Where
    other sources of the meeting give a figure of the sentence otherwise, the note quotes them too."""
    t = templates()
    if s.again:
        title = s.title or s.doc
        types = sorted(get(ReportStructure).doc_types, key=len, reverse=True)
        kind = next((title[:len(d)] for d in types if title.lower().startswith(d.lower())), "")
        short = f"{kind} {t.footnote_number.format(number=s.number).lstrip(', ')}".strip() \
            if s.number else s.doc
        note = t.footnote_again.format(short=short, sentence=s.sentence)
    else:
        date = t.footnote_date.format(date=format_date(s.date)) if s.date else ""
        number = t.footnote_number.format(number=s.number) if s.number else ""
        note = t.footnote.format(title=s.title or s.doc, doc=s.doc, number=number, date=date, sentence=s.sentence)
    return note + "".join(t.footnote_disagree.format(agreed=q.agreed, title=q.title or q.doc, doc=q.doc,
                                                     value=q.value, sentence=q.sentence) for q in s.others)
