"""Reading the store: documents, facts with filters and paging, localities, indicators,
comparisons, export rows, full-text search. Every query is built with SQLAlchemy expressions and
bound parameters; no SQL is put together from strings that users give.

Facts come back as :class:`soket.model.StoredFact`, documents as the models of
:mod:`soket.store.views` (the shapes of ``docs/api.md``); localities, indicators and comparisons
as JSON-ready dicts in those models' shapes. Numbers stay numbers (integral floats as ints).
Export columns are derived from the record's models (:data:`EXPORT_COLUMNS`).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, func, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.sql.functions import FunctionElement

from soket import rx as re
from soket.fmt import period_code
from soket.model import Fact, Meeting, Period, StoredFact, _num, flat_columns
from soket.store import cube
from soket.store.models import (
    FACT_RENAME,
    PERIOD_RENAME,
    AuthorRow,
    DocumentRow,
    FactRow,
    IndicatorRow,
    IssueRow,
    LimitationRow,
    MeetingPinRow,
    MeetingRow,
    PersonRow,
    RoleRow,
    TaskRow,
)
from soket.store.rows import FACT_COLUMNS, issue_of, meeting_of, period_of, person_of, stored_fact_of
from soket.store.search import FactMatch, document_ids_matching, fact_ids_matching, fact_match, snippet, terms
from soket.store.views import (
    CompareRow,
    DocumentDetail,
    DocumentSummary,
    DocumentTable,
    FacetValue,
    FactTable,
    SearchDocument,
    SearchResult,
)
from soket.text import fold

try:
    import fcntl
except ImportError:  # not POSIX: no cube shared between processes
    fcntl = None  # type: ignore[assignment]  # the module's name, None where it does not exist

MAX_LIMIT = 1000

_PERIOD = re.compile(r"^(\d{4})-(?:(FY)|(H[12])|(Q[1-4])|(\d{1,2})M|M(\d{1,2})-(\d{1,2}))$", re.IGNORECASE)


def parse_period(code: str) -> tuple[int, int, int]:
    """'2021-H1' → (2021, 1, 6); '2021-9M' → (2021, 1, 9); '2021-Q3' → (2021, 7, 9); '2021-FY' →
    (2021, 1, 12); '2021-M1-5' → (2021, 1, 5). Raises ValueError otherwise."""
    m = _PERIOD.match(code.strip())
    if not m:
        raise ValueError(f"not a period: {code!r} (write 2021-H1, 2021-9M, 2021-Q3, 2021-FY)")
    year = int(m.group(1))
    if m.group(2):
        s, e = 1, 12
    elif m.group(3):
        s, e = (1, 6) if m.group(3).upper() == "H1" else (7, 12)
    elif m.group(4):
        q = int(m.group(4)[1])
        s, e = 3 * q - 2, 3 * q
    elif m.group(5):
        s, e = 1, int(m.group(5))
    else:
        s, e = int(m.group(6)), int(m.group(7))
    if not (1 <= s <= e <= 12):
        raise ValueError(f"not a period: {code!r}")
    return year, s, e


class _Filter:
    """A dataclass of filters; :meth:`params` names those set."""

    __slots__ = ()

    def params(self) -> dict[str, Any]:
        """The filters set (not None, not empty), by name: a cache key, a page's query string."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, "")}  # type: ignore[arg-type]  # a dataclass


@dataclass(slots=True)
class FactFilter(_Filter):
    """The filters of ``/api/facts`` (and export, compare). None means no filter."""

    indicator: str | None = None
    locality: str | None = None
    province: str | None = None
    year: int | None = None
    period: str | None = None
    role: str | None = None
    unit: str | None = None
    document_id: int | None = None
    q: str | None = None
    all_sources: bool | None = None  # every source's copy of a meeting's figure (docs/sources.md)


_CONTEXT = {"id": FactRow.id, "document_id": FactRow.document_id, "doc": DocumentRow.doc}
_CONTEXT_FIELDS = tuple(n for n in StoredFact.model_fields if n not in Fact.model_fields and n != "period")
_FACT_COLS = (*FACT_COLUMNS, *(_CONTEXT.get(n, getattr(MeetingRow, n, None)) for n in _CONTEXT_FIELDS))


def _fact_item(r: Any) -> StoredFact:
    m = r._mapping
    return stored_fact_of(r, period_code(m["year"], m["start_month"], m["end_month"]) or None,
                          **{n: m[n] for n in _CONTEXT_FIELDS})


def _keyed_select(session: Session, flt: FactFilter, cols: tuple[Any, ...] = _FACT_COLS,
                  joins: bool = True) -> tuple[Select[Any], Any]:
    """The facts ``flt`` selects, and the column that orders them by id and pages them (the FTS
    rowid when SQLite's full-text index drives the query: :func:`soket.store.search.fact_match`).
    ``joins``: with the document and meeting (the columns of a fact item); a count needs neither."""
    match = fact_match(session, flt.q)
    if match is not None and match.driver is not None:
        stmt = select(*cols).select_from(match.driver).join(FactRow, FactRow.id == match.key)
    else:
        stmt = select(*cols).select_from(FactRow)
    if joins:
        stmt = (stmt.join(DocumentRow, DocumentRow.id == FactRow.document_id)
                .outerjoin(MeetingRow, MeetingRow.document_id == FactRow.document_id))
    return _filter(session, stmt, flt, match), (match.key if match is not None else FactRow.id)


def _facts_select(session: Session, flt: FactFilter, cols: tuple[Any, ...] = _FACT_COLS) -> Select[Any]:
    return _keyed_select(session, flt, cols)[0]


def _meeting_conditions(flt: FactFilter) -> list[Any]:
    """Conditions on the meeting: locality, province and year on the facts' own copies of them
    (indexed, ending in id: one range in id order); the period's months by a correlated EXISTS."""
    conds: list[Any] = []
    if flt.locality:
        conds.append(FactRow.locality_folded == fold(flt.locality.strip()))
    if flt.province:
        conds.append(FactRow.province_folded == fold(flt.province.strip()))
    if flt.year is not None:
        conds.append(FactRow.year == flt.year)
    if flt.period:
        y, s, e = parse_period(flt.period)
        conds.append(FactRow.year == y)
        # correlated EXISTS: facts walk the (year, id) index and look their meeting up by its
        # unique document_id (an IN list let SQLite gather the documents' facts and sort them)
        m = aliased(MeetingRow)  # not the outer query's meetings (a listing joins them)
        conds.append(select(m.id).where(m.document_id == FactRow.document_id, m.start_month == s,
                                        m.end_month == e).exists())
    return conds


def _filter(session: Session, stmt: Select[Any], flt: FactFilter, match: FactMatch | None = None) -> Select[Any]:
    """Conditions on facts; those on the meeting (locality, province, year, period) as a
    subquery over meetings, so no join is needed to filter or count. ``match``: the full-text
    filter when ``stmt`` selects from its driver (:func:`_keyed_select`)."""
    if flt.indicator:
        stmt = stmt.where(FactRow.indicator == flt.indicator)
    if flt.role:
        stmt = stmt.where(FactRow.role == flt.role)
    if flt.unit:
        stmt = stmt.where(FactRow.unit == flt.unit)
    if flt.document_id is not None:
        stmt = stmt.where(FactRow.document_id == flt.document_id)
    conds = _meeting_conditions(flt)
    if conds:
        stmt = stmt.where(*conds)
    if match is not None:
        stmt = stmt.where(match.condition)
    elif flt.q and flt.q.strip():
        stmt = stmt.where(FactRow.id.in_(fact_ids_matching(session, flt.q)))
    return _once(stmt, flt)


def _once(stmt: Select[Any], flt: FactFilter) -> Select[Any]:
    """Count a meeting's figure once (docs/sources.md): leave out the copies another source of the
    same meeting stands for, unless every source is asked for or one document's facts are."""
    if flt.all_sources or flt.document_id is not None:
        return stmt
    return stmt.where(FactRow.duplicate.is_(False))


def count_facts(session: Session, flt: FactFilter | None = None) -> int:
    """The exact number of facts ``flt`` selects (a count over the filtered set: at a million
    facts tens to hundreds of ms; :func:`cached_count` keeps it)."""
    stmt, _ = _keyed_select(session, flt or FactFilter(), (func.count(),), joins=False)
    return int(session.scalar(stmt) or 0)


# Counts of the facts a filter selects, kept per database until the store changes. Every change
# to the store inserts a document (a replaced document is a new document with new facts), so the
# newest document and the largest fact id tell when a count is stale (store_generation).
_COUNTS: OrderedDict[tuple[str, tuple[Any, ...]], tuple[tuple[Any, ...], Any]] = OrderedDict()
_COUNTS_MAX = 4096
_COUNTS_LOCK = threading.Lock()
_BUILDING: dict[tuple[str, tuple[Any, ...]], threading.Lock] = {}  # keys being computed, each by one thread


def _generation_select() -> Select[Any]:
    newest = select(DocumentRow.id, DocumentRow.sha256).order_by(DocumentRow.id.desc()).limit(1).subquery()
    return select(
        select(newest.c.id).scalar_subquery(), select(newest.c.sha256).scalar_subquery(),
        select(func.max(FactRow.id)).scalar_subquery(),
        # a meeting override re-flags duplicate facts without inserting any
        select(func.max(MeetingPinRow.made_at)).scalar_subquery())


_GENERATION = _generation_select()  # built once: every cached read runs it (45 µs, where building it took 250)


def store_generation(session: Session) -> tuple[Any, ...]:
    """What changes whenever the store's contents do: the newest document's id and sha256, the
    largest fact id (index lookups), and the meeting overrides. The sha256 is there because SQLite
    reuses the largest rowid once its row is deleted: a replaced newest document comes back under
    the same id, never with the same content."""
    return tuple(session.execute(_GENERATION).one())


def cached(session: Session, key: tuple[Any, ...], compute: Callable[[], Any], *, fresh: bool = False) -> Any:
    """``compute()``, kept per database and ``key`` until the store changes (:func:`store_generation`);
    ``fresh=True`` computes it again whatever is kept. For counts and facets of a filtered set."""
    bind = session.get_bind()
    k = (str(bind.engine.url), key)
    gen = store_generation(session)

    def kept() -> tuple[bool, Any]:
        with _COUNTS_LOCK:
            hit = _COUNTS.get(k)
            if hit is not None and hit[0] == gen:
                _COUNTS.move_to_end(k)
                return True, hit[1]
        return False, None

    if not fresh:
        found, value = kept()
        if found:
            return value
    with _COUNTS_LOCK:  # one computation per key at a time: the others wait for it, then read it
        building = _BUILDING.setdefault(k, threading.Lock())
    with building:
        if not fresh:
            found, value = kept()
            if found:
                return value
        value = compute()
        with _COUNTS_LOCK:
            _COUNTS[k] = (gen, value)
            _COUNTS.move_to_end(k)
            while len(_COUNTS) > _COUNTS_MAX:
                _COUNTS.popitem(last=False)
            _BUILDING.pop(k, None)
    return value


def forget_cached(*, keep_cube: bool = False) -> None:
    """Forget every kept count and facet (``keep_cube``: but the facts cubes): what a filter's
    first visit costs, for benchmarks."""
    with _COUNTS_LOCK:
        for k in [k for k in _COUNTS if not (keep_cube and k[1] == ("cube",))]:
            del _COUNTS[k]


def _count_key(flt: FactFilter) -> tuple[tuple[str, Any], ...]:
    """The filter's parameters as a cache key, a full-text query as the folded words it matches
    by ("ngân sách" and "ngan sach" count once); a query without words as it is (it matches
    nothing, unlike no query)."""
    params = flt.params()
    if flt.q and terms(flt.q):
        params["q"] = " ".join(terms(flt.q))
    return tuple(sorted(params.items()))


def cached_count(session: Session, flt: FactFilter, *, exact: bool = False) -> int:
    """:func:`count_facts`, computed once per filter and state of the store, then kept (in this
    process); ``exact=True`` counts again whatever is kept."""
    where = None if exact else cube_where(flt)
    if where is not None:  # the facts cube answers it (kept per state of the store), the sum kept too
        return int(cached(session, ("cube_count", *where),
                          lambda: cube.total(cube.select_rows(facts_cube(session), where))))
    return int(cached(session, ("count", *_count_key(flt)), lambda: count_facts(session, flt),
                      fresh=exact))


COUNT_MODES = ("cached", "exact", "none")


@dataclass(slots=True)
class FactsPage:
    """One page of facts in id order: ``next`` is the ``after`` of the page that follows (None
    on the last page); ``total`` the filtered count (None when not asked for)."""

    items: list[StoredFact]
    next: str | None
    total: int | None


def parse_after(after: str | int | None) -> int | None:
    """The fact id an ``after`` cursor stands for (the ``next`` of a :class:`FactsPage`)."""
    if after is None or after == "":
        return None
    try:
        n = int(str(after).strip())
    except ValueError as e:
        raise ValueError(f"after: not a cursor of the facts list: {str(after)[:40]!r}") from e
    if n < 0:
        raise ValueError("after: not a cursor of the facts list")
    return n


def facts_page(session: Session, flt: FactFilter | None = None, limit: int = 50, *, after: str | int | None = None,
               offset: int = 0, count: str = "cached") -> FactsPage:
    """One page of facts in document order (``facts.id``).

    Keyset pages: ``after`` (the ``next`` of the page before) starts the page after that fact,
    by one index range whatever the depth; ``offset`` (skip rows) is kept for callers that page
    by number and costs what it skips. ``count``: ``cached`` (default: :func:`cached_count`),
    ``exact`` (count again), ``none`` (no count: ``total`` is None).
    """
    flt = flt or FactFilter()
    if count not in COUNT_MODES:
        raise ValueError(f"count must be one of {', '.join(COUNT_MODES)}")
    last = parse_after(after)
    stmt, key = _keyed_select(session, flt)
    if last is not None:
        stmt = stmt.where(key > last)
    stmt = stmt.order_by(key).limit(limit + 1)
    if offset:
        stmt = stmt.offset(offset)
    rows = list(session.execute(stmt))
    more = len(rows) > limit
    items = [_fact_item(r) for r in rows[:limit]]
    total = None if count == "none" else cached_count(session, flt, exact=count == "exact")
    return FactsPage(items, str(items[-1].id) if more and items else None, total)


def history_facts(session: Session, locality: str, province: str | None, years: tuple[int, ...],
                  indicators: tuple[str, ...], roles: tuple[str, ...] = ()) -> list[StoredFact]:
    """The facts of a locality's documents of ``years`` that the history checks compare with:
    amounts of ``indicators``; with ``roles`` (plan attainments), the facts of those roles and
    every amount (an attainment pairs with the nearest amount of its sentence, whatever its
    indicator). One index range of ``(locality_folded, year, id)`` per year; only the candidates
    are read."""
    if not indicators and not roles:
        return []
    stmt = _history_select(session, bool(province), bool(indicators), bool(roles))
    params: dict[str, Any] = {"locality": fold(locality.strip()), "years": list(years),
                              "province": fold(province.strip()) if province else None,
                              "indicators": list(indicators), "roles": [*roles, "amount"]}
    session.flush()
    return [_fact_item(r) for r in session.connection().execute(stmt, params)]


_HISTORY_SELECTS: dict[tuple[str, bool, bool, bool], Select[Any]] = {}


def _history_select(session: Session, province: bool, indicators: bool, roles: bool) -> Select[Any]:
    """:func:`history_facts`'s statement, built once for each shape (the history recheck runs it
    for every locality and year an ingest touches)."""
    key = (session.get_bind().dialect.name, province, indicators, roles)
    stmt = _HISTORY_SELECTS.get(key)
    if stmt is None:
        conds: list[Any] = [FactRow.locality_folded == bindparam("locality"),
                            FactRow.year.in_(bindparam("years", expanding=True))]
        if province:
            conds.append(FactRow.province_folded == bindparam("province"))
        wanted: Any = FactRow.role.in_(bindparam("roles", expanding=True)) if roles else None
        if indicators:
            amounts = (FactRow.role == "amount") & FactRow.indicator.in_(bindparam("indicators", expanding=True))
            wanted = amounts if wanted is None else or_(amounts, wanted)
        stmt = _HISTORY_SELECTS[key] = _facts_select(session, FactFilter()).where(*conds, wanted).order_by(FactRow.id)
    return stmt


_PLAN_ROLES = ("plan_pct", "plan_diff_pct")


def history_candidates(session: Session, locality: str, province: str | None, years: tuple[int, ...],
                       indicators: tuple[str, ...], roles: tuple[str, ...] = (),
                       apart: tuple[int, ...] = ()) -> list[StoredFact]:
    """What the history checks of a record (:class:`soket.check.HistoryFilter`) compare with,
    read by one statement of indexed aggregate queries, never the locality's facts:
    :func:`soket.check.check_history` gives on them what it gives on :func:`history_facts`'s
    answer. The rows grow with the distinct subjects and periods of the amounts compared with and
    the sentences that pair an attainment with those indicators, not with the locality's reports.

    - growth (``years[0]``, the year before): of each (indicator, unit, subject, period, locality
      kind) among the positive amounts of ``indicators``, only the first stored (lowest id, the
      one the check takes), and the first of the documents of ``apart`` on its own (so that a
      caller may check with and without them);
    - facts another source of their meeting stands for (``duplicate``) left out, as there;
    - plan attainments (with ``roles``, ``years[-1]``): the amounts and attainments of the
      sentences that hold both an attainment and an amount of one of ``indicators`` (an attainment
      pairs only with an amount of its own sentence, :func:`soket.check.implied_plans`)."""
    if not indicators:
        return []
    session.flush()
    params = {"locality": fold(locality.strip()), "province": fold(province.strip()) if province else None,
              "first": years[0], "last": years[-1], "indicators": list(indicators), "apart": list(apart),
              "roles": list(roles)}
    stmt = _candidates_select(session, province is not None and bool(province.strip()), bool(apart), bool(roles))
    return [_fact_item(r) for r in session.connection().execute(stmt, params)]


_CANDIDATE_SELECTS: dict[tuple[str, bool, bool, bool], Select[Any]] = {}


def _candidates_select(session: Session, province: bool, apart: bool, roles: bool) -> Select[Any]:
    """:func:`history_candidates`'s one statement, built once for each shape: the facts whose id is
    among the growth candidates' (the lowest of each group) or those of the plan sentences."""
    key = (session.get_bind().dialect.name, province, apart, roles)
    stmt = _CANDIDATE_SELECTS.get(key)
    if stmt is not None:
        return stmt
    f, p, a = aliased(FactRow), aliased(FactRow), aliased(FactRow)

    def place(x: Any, year: str) -> list[Any]:
        conds = [x.locality_folded == bindparam("locality"), x.year == bindparam(year), x.duplicate.is_(False)]
        return [*conds, x.province_folded == bindparam("province")] if province else conds

    groups: list[Any] = [f.indicator, f.unit, f.subject, MeetingRow.year, MeetingRow.start_month, MeetingRow.end_month,
                         MeetingRow.locality_kind]
    if apart:
        groups.append(f.document_id.in_(bindparam("apart", expanding=True)))
    ids: Any = (select(func.min(f.id)).select_from(f).join(MeetingRow, MeetingRow.document_id == f.document_id)
                .where(*place(f, "first"), f.role == "amount", f.indicator.in_(bindparam("indicators", expanding=True)),
                       f.value > 0).group_by(*groups))
    if roles:
        sentences = (select(p.document_id, p.evidence_start, p.evidence_end)
                     .join(a, (a.document_id == p.document_id) & (a.evidence_start == p.evidence_start)
                           & (a.evidence_end == p.evidence_end))
                     .where(*place(p, "last"), p.role.in_(bindparam("roles", expanding=True)), a.role == "amount",
                            a.indicator.in_(bindparam("indicators", expanding=True)), a.duplicate.is_(False))
                     .distinct().subquery())
        ids = union_all(ids, select(f.id).join(sentences, (sentences.c.document_id == f.document_id)
                                               & (sentences.c.evidence_start == f.evidence_start)
                                               & (sentences.c.evidence_end == f.evidence_end))
                        .where(f.duplicate.is_(False),
                               or_(f.role == "amount", f.role.in_(bindparam("roles", expanding=True)))))
    stmt = _CANDIDATE_SELECTS[key] = _facts_select(session, FactFilter()).where(FactRow.id.in_(ids)).order_by(FactRow.id)
    return stmt


HistoryAsk = tuple[tuple[str, str | None, tuple[int, ...]], tuple[str, ...], tuple[str, ...], tuple[int, ...]]
"""One (locality, province, years) group of :func:`history_candidates_many`: the key, its
indicators, roles and ``apart`` documents, as :func:`history_candidates` takes them."""

HISTORY_CHUNK = 200
"""Groups :func:`history_candidates_many` reads by one statement (its parameters stay few)."""


def history_candidates_many(session: Session, asks: list[HistoryAsk]) -> dict[tuple[str, str | None, tuple[int, ...]],
                                                                           list[StoredFact]]:
    """:func:`history_candidates` of many groups, by one or two indexed aggregate statements for
    every :data:`HISTORY_CHUNK` groups instead of one for each (and one reading the chosen plan
    candidates whole): the statements read the union of the groups' places, years, indicators
    and roles, grouped finely enough (by the facts' locality, province and year, and by document
    for the ``apart`` documents) that each group's answer is picked out here, the same facts in
    the same order as its own statement gives."""
    session.flush()
    conn = session.connection()
    out: dict[tuple[str, str | None, tuple[int, ...]], list[StoredFact]] = {}
    items: dict[int, StoredFact] = {}
    for k in range(0, len(asks), HISTORY_CHUNK):
        chunk = [a for a in asks[k:k + HISTORY_CHUNK] if a[1]]
        for a in asks[k:k + HISTORY_CHUNK]:
            if not a[1]:
                out[a[0]] = []
        if not chunk:
            continue
        places = [(fold(key[0].strip()), fold(key[1].strip()) if key[1] and key[1].strip() else None, key[2])
                  for key, _, _, _ in chunk]
        apart = sorted({d for _, _, _, ap in chunk for d in ap})
        at, n = _places_params([(p[0], p[2][0]) for p in places])
        growth = list(conn.execute(_many_growth_select(session, bool(apart), n), {
            **at, "indicators": sorted({i for _, inds, _, _ in chunk for i in inds}), "apart": apart}))
        by_place: dict[tuple[Any, Any], list[Any]] = {}
        for r in growth:
            by_place.setdefault((r.h_loc, r.h_fyear), []).append(r)
        planned = [(p, a) for p, a in zip(places, chunk, strict=True) if a[2]]
        plans_at: dict[tuple[Any, Any], list[Any]] = {}
        if planned:
            at, n = _places_params([(p[0], p[2][-1]) for p, _ in planned])
            for r in conn.execute(_many_plans_select(session, n), {
                    **at, "roles": sorted({r for _, a in planned for r in a[2]})}):
                plans_at.setdefault((r.h_loc, r.h_fyear), []).append(r)
        full: dict[int, Any] = {}
        picked: list[tuple[Any, list[int]]] = []
        for (loc, prov, years), (key, inds, roles, ap) in zip(places, chunk, strict=True):
            wanted, aside = set(inds), set(ap)
            first: dict[tuple[Any, ...], Any] = {}
            for r in by_place.get((loc, years[0]), ()):
                if r.h_ind not in wanted or (prov is not None and r.h_prov != prov):
                    continue
                g = (r.h_ind, r.h_unit, r.h_subj, r.h_myear, r.h_start, r.h_end, r.h_kind,
                     r.h_doc in aside if aside else None)
                if g not in first or r.id < first[g].id:
                    first[g] = r
            chosen = {r.id for r in first.values()}
            if roles:
                roles_set = set(roles)
                sentences: dict[tuple[int, int, int], list[Any]] = {}
                for r in plans_at.get((loc, years[-1]), ()):
                    if (prov is None or r.h_prov == prov) and r.h_es is not None and r.h_ee is not None:
                        sentences.setdefault((r.h_doc, r.h_es, r.h_ee), []).append(r)
                for rows in sentences.values():
                    if (any(r.h_role in roles_set for r in rows)
                            and any(r.h_role == "amount" and r.h_ind in wanted for r in rows)):
                        chosen.update(r.id for r in rows if r.h_role == "amount" or r.h_role in roles_set)
            picked.append((key, sorted(chosen)))
        # the chosen rows read whole (the candidates were read by their keys only)
        missing = sorted({i for _, ids in picked for i in ids if i not in items})
        if missing:
            full.update((r.id, r) for r in conn.execute(_many_facts_select(session), {"ids": missing}))
        for key, ids in picked:
            facts = []
            for i in ids:
                f = items.get(i)
                if f is None:
                    f = items[i] = _fact_item(full[i])
                facts.append(f)
            out[key] = facts
    return out


_MANY_SELECTS: dict[tuple[str, str, bool, int], Select[Any]] = {}


def _places_params(pairs: list[tuple[str, int]]) -> tuple[dict[str, Any], int]:
    """The parameters of :func:`_at_places` for these (locality folded, year) pairs: the localities
    of each year, and how many years."""
    by_year: dict[int, set[str]] = {}
    for loc, year in pairs:
        by_year.setdefault(year, set()).add(loc)
    params: dict[str, Any] = {}
    for k, year in enumerate(sorted(by_year)):
        params[f"y{k}"], params[f"locs{k}"] = year, sorted(by_year[year])
    return params, len(by_year)


def _at_places(f: Any, n: int) -> Any:
    """The facts of the (locality, year) pairs asked for, not of every locality in every year asked
    (a chunk's places are ~200 localities over ~15 years: their cross product read ten times the
    rows wanted, a busy locality's every year): for each of ``n`` years, its localities (``y0``,
    ``locs0``, ...), each term an index range of ``(locality_folded, year, id)``, OR-ed."""
    return or_(*(and_(f.year == bindparam(f"y{k}"), f.locality_folded.in_(bindparam(f"locs{k}", expanding=True)))
                 for k in range(n)))


def _many_cols(f: Any) -> tuple[Any, ...]:
    return (f.locality_folded.label("h_loc"), f.province_folded.label("h_prov"), f.year.label("h_fyear"),
            f.document_id.label("h_doc"), f.indicator.label("h_ind"), f.role.label("h_role"),
            f.evidence_start.label("h_es"), f.evidence_end.label("h_ee"))


class _Unindexed(FunctionElement[Any]):
    """:func:`unindexed`'s expression (compiled by dialect, below)."""

    name = "unindexed"
    inherit_cache = True

    def __init__(self, col: Any) -> None:
        super().__init__(col)
        self.type = col.type


def unindexed(col: Any) -> Any:
    """A string column's value, by which no index may drive the query (SQLite, without
    statistics or with a small store's, would walk every locality's facts of an indicator or a
    role rather than the ``(locality_folded, year, id)`` ranges of the few places asked for):
    SQLite's unary ``+``, its documented way to disqualify a term from an index; elsewhere
    ``col || ''``, an expression no index is on (PostgreSQL has no unary ``+`` for text; with its
    statistics it would AND the role index's bitmap into the places' and read 200,000 entries of
    it at 1 M facts: the history's plan rows 290 against 210 ms). The same rows either way."""
    return _Unindexed(col)


@compiles(_Unindexed)
def _unindexed_concat(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} || '')"


@compiles(_Unindexed, "sqlite")
def _unindexed_sqlite(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def _many_growth_select(session: Session, apart: bool, n: int) -> Select[Any]:
    """The growth candidates of :func:`history_candidates_many`: the lowest id of each (locality,
    province, year, indicator, unit, subject, period, locality kind), a document of ``apart``
    its own group, at the places of ``n`` years (:func:`_at_places`)."""
    key = (session.get_bind().dialect.name, "growth", apart, n)
    stmt = _MANY_SELECTS.get(key)
    if stmt is not None:
        return stmt
    f = aliased(FactRow)
    groups: list[Any] = [f.locality_folded, f.province_folded, f.year, f.indicator, f.unit, f.subject, MeetingRow.year,
                         MeetingRow.start_month, MeetingRow.end_month, MeetingRow.locality_kind]
    if apart:
        groups.append(case((f.document_id.in_(bindparam("apart", expanding=True)), f.document_id), else_=0))
    ids = (select(func.min(f.id)).select_from(f).join(MeetingRow, MeetingRow.document_id == f.document_id)
           .where(_at_places(f, n), f.duplicate.is_(False), unindexed(f.role) == "amount",
                  unindexed(f.indicator).in_(bindparam("indicators", expanding=True)), f.value > 0)
           .group_by(*groups))
    # the columns that choose only: most candidates of a busy place are not chosen, and those that
    # are are read whole after (:func:`_many_facts_select`), as the plan candidates are
    stmt = _MANY_SELECTS[key] = (select(FactRow.id, *_many_cols(FactRow), FactRow.unit.label("h_unit"),
                                        FactRow.subject.label("h_subj"), MeetingRow.year.label("h_myear"),
                                        MeetingRow.start_month.label("h_start"), MeetingRow.end_month.label("h_end"),
                                        MeetingRow.locality_kind.label("h_kind"))
                                 .join(MeetingRow, MeetingRow.document_id == FactRow.document_id)
                                 .where(FactRow.id.in_(ids)).order_by(FactRow.id))
    return stmt


def _many_plans_select(session: Session, n: int) -> Select[Any]:
    """The plan candidates of :func:`history_candidates_many`: the amounts and attainments (not
    duplicates) of the sentences of the places and years that hold an attainment (whether they
    hold an amount of a group's indicators is told apart from these rows), their ids and the
    columns that choose only (those chosen are read whole after: :func:`_many_facts_select`;
    at 1 M facts a busy place's sentences are thousands of rows, their documents' and meetings'
    columns up to half the statement's cost)."""
    key = (session.get_bind().dialect.name, "plans", False, n)
    stmt = _MANY_SELECTS.get(key)
    if stmt is not None:
        return stmt
    f, p = aliased(FactRow), aliased(FactRow)
    sentences = (select(p.document_id, p.evidence_start, p.evidence_end)
                 .where(_at_places(p, n), p.duplicate.is_(False),
                        unindexed(p.role).in_(bindparam("roles", expanding=True)))
                 .subquery())
    ids = (select(f.id).join(sentences, (sentences.c.document_id == f.document_id)
                             & (sentences.c.evidence_start == f.evidence_start)
                             & (sentences.c.evidence_end == f.evidence_end))
           .where(f.duplicate.is_(False), or_(unindexed(f.role) == "amount",
                                                   unindexed(f.role).in_(bindparam("roles", expanding=True)))))
    # the ids by a list subquery, each once (a DISTINCT of the sentences let SQLite scan every
    # fact by document when the places and years are many)
    stmt = _MANY_SELECTS[key] = select(FactRow.id, *_many_cols(FactRow)).where(FactRow.id.in_(ids))
    return stmt


def _many_facts_select(session: Session) -> Select[Any]:
    """Fact items' rows (:func:`_fact_item`) by id: the plan candidates
    :func:`history_candidates_many` chose."""
    key = (session.get_bind().dialect.name, "facts", False, 0)
    stmt = _MANY_SELECTS.get(key)
    if stmt is None:
        stmt = _MANY_SELECTS[key] = _facts_select(session, FactFilter()).where(
            FactRow.id.in_(bindparam("ids", expanding=True)))
    return stmt


def iter_facts(session: Session, flt: FactFilter | None = None, page: int = 1000) -> Iterator[StoredFact]:
    """Every fact ``flt`` selects, in id order, read a keyset page at a time."""
    after: str | None = None
    while True:
        p = facts_page(session, flt, page, after=after, count="none")
        yield from p.items
        if p.next is None:
            return
        after = p.next


def list_facts(session: Session, flt: FactFilter | None = None, limit: int = 50,
               offset: int = 0) -> tuple[int, list[StoredFact]]:
    """(total, one page of fact items) in document order (:func:`facts_page` with a cached count)."""
    p = facts_page(session, flt, limit, offset=offset)
    return p.total or 0, p.items


def get_fact(session: Session, fact_id: int) -> StoredFact | None:
    r = session.execute(_facts_select(session, FactFilter()).where(FactRow.id == fact_id)).first()
    return _fact_item(r) if r else None


# --- documents ----------------------------------------------------------------------------------

_DOC_COLS = (
    DocumentRow.id, DocumentRow.doc, DocumentRow.title, DocumentRow.path, DocumentRow.sha256,
    DocumentRow.format, MeetingRow.body_kind, MeetingRow.locality, MeetingRow.locality_kind,
    MeetingRow.province, MeetingRow.date, MeetingRow.year, MeetingRow.start_month, MeetingRow.end_month,
)


def _doc_item(r: Any, n_facts: int) -> dict[str, Any]:
    d = {c.key: getattr(r, c.key) for c in _DOC_COLS}
    d["n_facts"] = int(n_facts or 0)
    d["period"] = period_code(r.year, r.start_month, r.end_month) or None
    return d


def _n_facts_subq() -> Any:
    return (select(FactRow.document_id, func.count().label("n")).group_by(FactRow.document_id).subquery())


def list_documents(session: Session, limit: int = 50, offset: int = 0, locality: str | None = None,
                   province: str | None = None, year: int | None = None) -> tuple[int, list[DocumentSummary]]:
    n = _n_facts_subq()
    stmt = (select(*_DOC_COLS, n.c.n).select_from(DocumentRow)
            .outerjoin(MeetingRow, MeetingRow.document_id == DocumentRow.id)
            .outerjoin(n, n.c.document_id == DocumentRow.id))
    if locality:
        stmt = stmt.where(MeetingRow.locality_folded == fold(locality.strip()))
    if province:
        stmt = stmt.where(MeetingRow.province_folded == fold(province.strip()))
    if year is not None:
        stmt = stmt.where(MeetingRow.year == year)
    total = session.scalar(select(func.count()).select_from(stmt.with_only_columns(DocumentRow.id).subquery()))
    rows = session.execute(stmt.order_by(DocumentRow.id).limit(limit).offset(offset))
    return total or 0, [DocumentSummary.model_validate(_doc_item(r, r.n)) for r in rows]


def get_document(session: Session, document_id: int) -> DocumentDetail | None:
    """One document with its whole record (``docs/api.md``)."""
    n = _n_facts_subq()
    r = session.execute(select(*_DOC_COLS, n.c.n).select_from(DocumentRow)
                        .outerjoin(MeetingRow, MeetingRow.document_id == DocumentRow.id)
                        .outerjoin(n, n.c.document_id == DocumentRow.id)
                        .where(DocumentRow.id == document_id)).first()
    if r is None:
        return None
    row = session.scalars(
        select(DocumentRow).where(DocumentRow.id == document_id).options(
            selectinload(DocumentRow.meeting), selectinload(DocumentRow.people).selectinload(PersonRow.roles),
            selectinload(DocumentRow.authors), selectinload(DocumentRow.tasks),
            selectinload(DocumentRow.limitations), selectinload(DocumentRow.issues))
    ).one()
    d = _doc_item(r, r.n)
    m = row.meeting
    d["period_code"] = d.pop("period")
    _, facts = list_facts(session, FactFilter(document_id=document_id), limit=10**9)
    return DocumentDetail(
        **d, text=row.text, encoding=row.encoding, published=row.published,
        meeting=meeting_of(m) if m is not None else Meeting(), period=period_of(m) if m is not None else Period(),
        people=[person_of(p) for p in row.people], authors=[a.name for a in row.authors],
        tasks=[t.text for t in row.tasks], limitations=[t.text for t in row.limitations],
        issues=[issue_of(i) for i in row.issues], facts=facts)


def document_id_by_sha(session: Session, sha256: str) -> int | None:
    return session.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == sha256))


# --- localities, indicators, comparisons ---------------------------------------------------------


def list_localities(session: Session) -> list[dict[str, Any]]:
    """One item per (locality, kind, province), with the periods its documents review."""
    rows = session.execute(
        select(MeetingRow.locality, MeetingRow.locality_kind, MeetingRow.province, MeetingRow.year,
               MeetingRow.start_month, MeetingRow.end_month, MeetingRow.document_id)
        .where(MeetingRow.locality.is_not(None)).order_by(MeetingRow.document_id))
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in rows:
        key = (r.locality, r.locality_kind, r.province)
        item = out.setdefault(key, {"locality": r.locality, "locality_kind": r.locality_kind,
                                    "province": r.province, "n_documents": 0, "periods": []})
        item["n_documents"] += 1
        item["periods"].append({"year": r.year, "start_month": r.start_month, "end_month": r.end_month,
                                "period": period_code(r.year, r.start_month, r.end_month) or None,
                                "document_id": r.document_id})
    items = sorted(out.values(), key=lambda i: (fold(i["locality"]), i["province"] or "", i["locality_kind"] or ""))
    for i in items:
        i["periods"].sort(key=lambda p: (p["year"] or 0, p["end_month"] or 12, p["start_month"] or 1,
                                         p["document_id"]))
    return items


def list_indicators(session: Session) -> list[dict[str, Any]]:
    counts = dict(session.execute(select(FactRow.indicator, func.count()).where(FactRow.indicator.is_not(None),
                                                                               FactRow.duplicate.is_(False))
                                  .group_by(FactRow.indicator)).all())
    return [{"key": r.key, "label": r.label, "unit": r.unit, "n_facts": int(counts.get(r.key, 0))}
            for r in session.scalars(select(IndicatorRow).order_by(IndicatorRow.position, IndicatorRow.key))]


def compare(session: Session, indicator: str, by: str = "locality", role: str = "amount",
            locality: str | None = None, province: str | None = None, year: int | None = None,
            period: str | None = None, unit: str | None = None,
            extra: TableFilter | None = None, all_sources: bool | None = None) -> list[CompareRow]:
    """One indicator across localities (``by=locality``) or periods (``by=period``): one row per
    locality and period, the first such fact of the earliest document that has one (a meeting's
    figure as its sources agree on it, unless ``all_sources``). ``extra``: the facts table's
    further filters (level, body kind, origin, malformed)."""
    flt = FactFilter(indicator=indicator, role=role, locality=locality, province=province, year=year,
                     period=period, unit=unit, all_sources=all_sources)
    rows = session.execute(_table_select(session, flt, extra or TableFilter(), _FACT_COLS).order_by(FactRow.id))
    seen: set[tuple[Any, ...]] = set()
    out: list[CompareRow] = []
    for r in rows:
        key = (fold(r.locality or ""), fold(r.province or ""), r.year, r.start_month, r.end_month)
        if key in seen:
            continue
        seen.add(key)
        out.append(CompareRow(locality=r.locality, locality_kind=r.locality_kind, province=r.province,
                              year=r.year, start_month=r.start_month, end_month=r.end_month,
                              period=period_code(r.year, r.start_month, r.end_month) or None,
                              value=_num(r.value), unit=r.unit, role=r.role, fact_id=r.id,
                              document_id=r.document_id, subject=r.subject, raw=r.raw))

    def pkey(i: CompareRow) -> tuple[int, int, int]:
        return (i.year or 0, i.end_month or 12, i.start_month or 1)

    if by == "period":
        out.sort(key=lambda i: (*pkey(i), fold(i.locality or ""), i.fact_id))
    else:
        out.sort(key=lambda i: (fold(i.locality or ""), fold(i.province or ""), *pkey(i), i.fact_id))
    return out


# --- export ---------------------------------------------------------------------------------------

def _export_layout() -> tuple[tuple[str, Any, str], ...]:
    """(column, SQL expression, kind) of every export column: the fact's and document's ids, the
    meeting's and the period's fields, the period's code, then the fact's fields (one column per
    flat column of the models, :func:`soket.model.flat_columns`)."""
    out: list[tuple[str, Any, str]] = [
        ("fact_id", FactRow.id, "int"), ("document_id", FactRow.document_id, "int"),
        ("doc", DocumentRow.doc, "str"), ("title", DocumentRow.title, "str"), ("path", DocumentRow.path, "str"),
    ]
    out += [(c.name, getattr(MeetingRow, c.name), c.kind) for c in flat_columns(Meeting)]
    out += [(c.name, getattr(MeetingRow, c.name), c.kind) for c in flat_columns(Period, PERIOD_RENAME)]
    out.append(("period", None, "str"))
    out += [(c.name, getattr(FactRow, db.name), c.kind)
            for c, db in zip(flat_columns(Fact), flat_columns(Fact, FACT_RENAME), strict=True)]
    return tuple(out)


EXPORT_LAYOUT = _export_layout()
EXPORT_COLUMNS = tuple(name for name, _, _ in EXPORT_LAYOUT)
"""The columns of a CSV/JSON/Parquet export, in order."""
EXPORT_KINDS = {name: kind for name, _, kind in EXPORT_LAYOUT}
_EXPORT_SELECT = tuple(expr.label(name) for name, expr, _ in EXPORT_LAYOUT if expr is not None)


def export_rows(session: Session, flt: FactFilter | None = None, batch: int = 5000,
                extra: TableFilter | None = None) -> Iterator[dict[str, Any]]:
    """Facts joined with their document, meeting, locality and period, in :data:`EXPORT_COLUMNS`;
    ``extra`` takes the facts table's further filters, so a download holds exactly its rows."""
    stmt = _table_select(session, flt or FactFilter(), extra or TableFilter(), _EXPORT_SELECT).order_by(FactRow.id)
    floats = [n for n, k in EXPORT_KINDS.items() if k == "float"]
    bools = [n for n, k in EXPORT_KINDS.items() if k == "bool"]
    lists = [n for n, k in EXPORT_KINDS.items() if k == "list"]
    for r in session.execute(stmt.execution_options(yield_per=batch)):
        d = r._asdict()
        d["period"] = period_code(d["year"], d["start_month"], d["end_month"]) or None
        for k in floats:
            d[k] = _num(d[k])
        for k in bools:
            d[k] = None if d[k] is None else bool(d[k])
        for k in lists:
            d[k] = list(d[k] or [])
        yield {k: d[k] for k in EXPORT_COLUMNS}


def search(session: Session, q: str, limit: int = 20, offset: int = 0) -> SearchResult:
    """Documents and facts matching ``q`` (with or without diacritics)."""
    if not terms(q):
        return SearchResult(documents=[], facts=[], total_documents=0, total_facts=0)
    ids = document_ids_matching(session, q)
    total_docs = cached(session, ("search_documents", *terms(q)),
                        lambda: session.scalar(select(func.count()).select_from(ids.subquery())) or 0)
    m = fact_match(session, q, "documents")
    assert m is not None  # q has words
    stmt = select(DocumentRow.id, DocumentRow.doc, DocumentRow.title, DocumentRow.text)
    if m.driver is not None:  # SQLite: the FTS index in rowid order drives, and stops at the limit
        stmt = stmt.select_from(m.driver).join(DocumentRow, DocumentRow.id == m.key)
    rows = session.execute(stmt.where(m.condition).order_by(m.key).limit(limit).offset(offset))
    docs = [SearchDocument(id=r.id, doc=r.doc, title=r.title, snippet=snippet(r.text, q)) for r in rows]
    total_facts, facts = list_facts(session, FactFilter(q=q), limit=limit, offset=offset)
    return SearchResult(documents=docs, facts=facts, total_documents=total_docs, total_facts=total_facts)


def counts(session: Session) -> dict[str, int]:
    """Rows per table: what tests and ``soket ingest`` compare."""
    out = {}
    for name, model in (("documents", DocumentRow), ("meetings", MeetingRow), ("facts", FactRow),
                        ("people", PersonRow), ("roles", RoleRow), ("authors", AuthorRow),
                        ("tasks", TaskRow), ("limitations", LimitationRow), ("issues", IssueRow),
                        ("indicators", IndicatorRow)):
        out[name] = int(session.scalar(select(func.count()).select_from(model)) or 0)
    return out


# -- the facts table (dashboard /facts, API /api/table/facts): sort, keyset pages, facets ----------

TABLE_SORTS: dict[str, Any] = {
    "id": FactRow.id, "value": FactRow.value, "indicator": FactRow.indicator, "role": FactRow.role,
    "unit": FactRow.unit, "subject": FactRow.subject, "locality": MeetingRow.locality, "year": MeetingRow.year,
    "body_kind": MeetingRow.body_kind, "origin": FactRow.origin,
}
TABLE_FACETS: dict[str, Any] = {
    "indicator": FactRow.indicator, "role": FactRow.role, "unit": FactRow.unit, "year": MeetingRow.year,
    "body_kind": MeetingRow.body_kind, "locality_kind": MeetingRow.locality_kind, "origin": FactRow.origin,
    "malformed": FactRow.malformed,
}


@dataclass(frozen=True, slots=True)
class TableFilter(_Filter):
    """Filters of the facts table beyond :class:`FactFilter`: the meeting's body and locality
    kind (level), the fact's origin (text, table, ocr) and malformed flag."""

    body_kind: str | None = None
    level: str | None = None
    origin: str | None = None
    malformed: bool | None = None


def _table_select(session: Session, flt: FactFilter, extra: TableFilter, cols: tuple[Any, ...]) -> Select[Any]:
    stmt = _facts_select(session, flt, cols)
    if extra.body_kind:
        stmt = stmt.where(MeetingRow.body_kind == extra.body_kind)
    if extra.level:
        stmt = stmt.where(MeetingRow.locality_kind == extra.level)
    if extra.origin:
        stmt = stmt.where(FactRow.origin == extra.origin)
    if extra.malformed is not None:
        stmt = stmt.where(FactRow.malformed.is_(extra.malformed))
    return stmt


def _encode_after(key: Any, fact_id: int) -> str:
    return json.dumps([key, fact_id], ensure_ascii=False, separators=(",", ":"))


def cube_where(flt: FactFilter, extra: TableFilter | None = None) -> list[tuple[str, Any]] | None:
    """The filter as conditions on the facts cube's columns (:mod:`soket.store.cube`), or None
    where the cube cannot answer it (a place, a document, a full-text query)."""
    extra = extra or TableFilter()
    if flt.locality or flt.province or flt.document_id is not None or flt.q:
        return None
    where: list[tuple[str, Any]] = [(c, v) for c, v in (("indicator", flt.indicator), ("role", flt.role),
                                                        ("unit", flt.unit), ("body_kind", extra.body_kind),
                                                        ("locality_kind", extra.level), ("origin", extra.origin))
                                    if v]
    if flt.year is not None:
        where.append(("fact_year", flt.year))
    if flt.period:
        y, s, e = parse_period(flt.period)
        where += [("fact_year", y), ("start_month", s), ("end_month", e)]
    if extra.malformed is not None:
        where.append(("malformed", extra.malformed))
    if not flt.all_sources:
        where.append(("duplicate", False))
    return where


def facts_cube(session: Session) -> Any:
    """The store's facts cube (:func:`soket.store.cube.build`), built once per state of the store
    (and once between the processes that share a folder for it: :func:`share_cubes`)."""
    return cached(session, ("cube",), lambda: _shared_cube(session))


_CUBE_DIRS: dict[str, Path] = {}


def share_cubes(url: str, folder: str | Path | None) -> None:
    """Keep the facts cube of the store at ``url`` (as its engine prints it) in ``folder`` too:
    the processes given the same folder (``soket serve --workers N``: a private folder of the
    server's) build each state's cube once between them, where each built its own (seconds of
    CPU at a million facts, as every worker starts and after every ingest). The first to need
    it builds and writes it; the others wait for it and read it. None: stop sharing."""
    if folder is None:
        _CUBE_DIRS.pop(url, None)
    else:
        Path(folder).mkdir(parents=True, exist_ok=True)
        _CUBE_DIRS[url] = Path(folder)


def _shared_cube(session: Session) -> Any:
    url = str(session.get_bind().engine.url)
    folder = _CUBE_DIRS.get(url)
    if folder is None or fcntl is None:
        return cube.build(session)
    gen = store_generation(session)  # the session's snapshot: what the cube is built from
    path = folder / f"cube-{hashlib.sha256(repr((url, gen)).encode()).hexdigest()[:32]}.arrow"
    with open(folder / "cube.lock", "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder at a time; the others then read its file
        try:
            if path.exists():
                try:
                    return cube.read(path)
                except (OSError, ValueError):  # unreadable (a disk error): build it again
                    pass
            table = cube.build(session)
            cube.write(table, path)
            for old in folder.glob("cube-*.arrow"):  # earlier states' cubes
                if old != path:
                    old.unlink(missing_ok=True)
            return table
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def table_facts(session: Session, flt: FactFilter, extra: TableFilter | None = None, *, sort: str = "id",
                desc: bool = False, after: str | None = None, limit: int = 50,
                facets: bool = True) -> FactTable:
    """One keyset page of facts sorted by ``sort`` (then id), the total, the ``next`` cursor (the
    last row's key, None on the last page) and facet counts of the whole filtered set."""
    extra = extra or TableFilter()
    if sort not in TABLE_SORTS:
        raise ValueError(f"sort must be one of {', '.join(TABLE_SORTS)}")
    col = TABLE_SORTS[sort]
    base = _table_select(session, flt, extra, (*_FACT_COLS, col.label("_sort_key")))
    ckey = (*sorted(flt.params().items()), *sorted(extra.params().items()))  # the caches' key
    where = cube_where(flt, extra)
    # the counts of the filtered facts: the store's cube where it answers the filter, else a cube
    # of the filtered facts themselves (one GROUP BY, kept per filter), or, without facets, a count
    if where is not None:
        counted = cube.select_rows(facts_cube(session), where)
    elif facets:
        counted = cached(session, ("table_cube", *ckey),
                         lambda: cube.build(session, _table_select(session, flt, extra, cube.columns())))
    else:
        counted = None
    total = cube.total(counted) if counted is not None else cached(
        session, ("table_count", *ckey), lambda: session.scalar(select(func.count()).select_from(
            _table_select(session, flt, extra, (FactRow.id,)).subquery())) or 0)
    stmt = base
    if after:
        try:
            key, last_id = json.loads(after)
            last_id = int(last_id)
        except (ValueError, TypeError) as e:
            raise ValueError("after: not a cursor of this table") from e
        # NULL keys come last in either direction, ties broken by id
        id_beyond = FactRow.id < last_id if desc else FactRow.id > last_id
        if sort == "id":  # never null: one range of the primary key
            stmt = stmt.where(id_beyond)
        elif key is None:
            stmt = stmt.where(col.is_(None), id_beyond)
        else:
            beyond = col < key if desc else col > key
            stmt = stmt.where(or_(beyond, (col == key) & id_beyond, col.is_(None)))
    by_id = FactRow.id.desc() if desc else FactRow.id.asc()
    # sorting by id walks the primary key; "id IS NULL" first would sort the whole filtered set
    order = [by_id] if sort == "id" else [col.is_(None), col.desc() if desc else col.asc(), by_id]
    rows = list(session.execute(stmt.order_by(*order).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = _encode_after(_jsonable(rows[-1]._sort_key), rows[-1].id) if more and rows else None
    found: dict[str, list[tuple[FacetValue, int]]] | None = None
    if facets and counted is not None:
        found = {name: cube.facet(counted, name, FACET_TOP) for name in TABLE_FACETS}
    return FactTable(total=total, items=[_fact_item(r) for r in rows], next=nxt, sort=sort, desc=desc,
                     facets=found)


def _jsonable(v: Any) -> Any:
    return float(v) if isinstance(v, Decimal) else v


FACET_TOP = 12


# --- the documents table: sort by any column, keyset pages, facets ------------------------------

DOCUMENT_SORTS: dict[str, Any] = {
    "id": DocumentRow.id, "doc": DocumentRow.doc, "title": DocumentRow.title, "format": DocumentRow.format,
    "body_kind": MeetingRow.body_kind, "locality": MeetingRow.locality, "level": MeetingRow.locality_kind,
    "province": MeetingRow.province, "date": MeetingRow.date, "year": MeetingRow.year,
}
DOCUMENT_FACETS: dict[str, Any] = {
    "year": MeetingRow.year, "level": MeetingRow.locality_kind, "body_kind": MeetingRow.body_kind,
    "province": MeetingRow.province, "format": DocumentRow.format,
}


@dataclass(frozen=True)
class DocumentFilter:
    """Filters of the documents table: place (folded), level, body, year, period code, format."""

    locality: str | None = None
    province: str | None = None
    level: str | None = None
    body_kind: str | None = None
    year: int | None = None
    period: str | None = None
    format: str | None = None


def _documents_select(flt: DocumentFilter, cols: tuple[Any, ...]) -> Select[Any]:
    stmt = select(*cols).select_from(DocumentRow).outerjoin(MeetingRow, MeetingRow.document_id == DocumentRow.id)
    if flt.locality:
        stmt = stmt.where(MeetingRow.locality_folded == fold(flt.locality.strip()))
    if flt.province:
        stmt = stmt.where(MeetingRow.province_folded == fold(flt.province.strip()))
    if flt.level:
        stmt = stmt.where(MeetingRow.locality_kind == flt.level)
    if flt.body_kind:
        stmt = stmt.where(MeetingRow.body_kind == flt.body_kind)
    if flt.year is not None:
        stmt = stmt.where(MeetingRow.year == flt.year)
    if flt.period:
        y, sm, em = parse_period(flt.period)
        stmt = stmt.where(MeetingRow.year == y, MeetingRow.start_month == sm, MeetingRow.end_month == em)
    if flt.format:
        stmt = stmt.where(DocumentRow.format == flt.format)
    return stmt


def table_documents(session: Session, flt: DocumentFilter, *, sort: str = "id", desc: bool = False,
                    after: str | None = None, limit: int = 50, facets: bool = True) -> DocumentTable:
    """One keyset page of documents sorted by ``sort`` (then id; empty keys last), the total, the
    ``next`` cursor and facet counts of the filtered set (as :func:`table_facts` for facts)."""
    if sort not in DOCUMENT_SORTS:
        raise ValueError(f"sort must be one of {', '.join(DOCUMENT_SORTS)}")
    col = DOCUMENT_SORTS[sort]
    total = session.scalar(select(func.count()).select_from(
        _documents_select(flt, (DocumentRow.id,)).subquery())) or 0
    stmt = _documents_select(flt, (*_DOC_COLS, col.label("_sort_key")))
    if after:
        try:
            key, last_id = json.loads(after)
            last_id = int(last_id)
        except (ValueError, TypeError) as e:
            raise ValueError("after: not a cursor of this table") from e
        id_beyond = DocumentRow.id < last_id if desc else DocumentRow.id > last_id
        if key is None:
            stmt = stmt.where(col.is_(None), id_beyond)
        else:
            beyond = col < key if desc else col > key
            stmt = stmt.where(or_(beyond, (col == key) & id_beyond, col.is_(None)))
    order = [col.is_(None), col.desc() if desc else col.asc(), DocumentRow.id.desc() if desc else DocumentRow.id.asc()]
    rows = list(session.execute(stmt.order_by(*order).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    ids = [r.id for r in rows]
    n_facts = dict(session.execute(select(FactRow.document_id, func.count()).where(FactRow.document_id.in_(ids))
                                   .group_by(FactRow.document_id)).all()) if ids else {}
    items = [DocumentSummary.model_validate(_doc_item(r, n_facts.get(r.id, 0))) for r in rows]
    nxt = _encode_after(_jsonable(rows[-1]._sort_key), rows[-1].id) if more and rows else None
    out_facets: dict[str, list[tuple[FacetValue, int]]] | None = None
    if facets:
        out_facets = {}
        for name, c in DOCUMENT_FACETS.items():
            sub = _documents_select(flt, (c.label("v"),)).subquery()
            n = func.count().label("n")
            q = select(sub.c.v, n).group_by(sub.c.v).order_by(n.desc(), sub.c.v).limit(12)
            out_facets[name] = [(_jsonable(v), int(k)) for v, k in session.execute(q)]
    return DocumentTable(total=total, items=items, next=nxt, sort=sort, desc=desc, facets=out_facets)
