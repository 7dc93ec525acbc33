"""Meetings as entities in the store (``docs/sources.md``): each document linked to a meeting
group, the LSH index that finds a new document's candidates, the facts' ``duplicate`` flags that
make listings count a meeting's figure once, manual overrides, and what the API serves.

The decisions are :mod:`soket.check.sources`'s (pure); this module reads and writes rows:

- :func:`link_document`: a stored document's group, found among the groups of its LSH
  candidates (an indexed lookup of its band hashes) and of the groups with its meeting's keys
  (an indexed lookup of locality, body kind and year), never by comparing every document.
- :func:`refresh_group`: a group's sources (copies of one text), primary document, keys, merged
  facts and the ``duplicate`` flags of its facts.
- :func:`split` / :func:`join`: the manual overrides, pinned by document path so that they
  survive re-ingest.
- :func:`list_meetings` / :func:`meeting_detail`: what ``/api/meetings`` and ``soket meetings``
  show.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, bindparam, delete, func, insert, or_, select, union, union_all, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from soket.check.sources import (
    BANDS,
    MergedFact,
    SourceDoc,
    band_hashes,
    decide,
    disagreements,
    fact_triple,
    merge_facts,
    representatives,
    score,
    signature,
)
from soket.fmt import period_code
from soket.model import Document, Fact, Issue, Meeting, Period, _num
from soket.store.bulk import insert_rows
from soket.store.models import (
    DocumentRow,
    FactRow,
    MeetingBandRow,
    MeetingGroupRow,
    MeetingLinkRow,
    MeetingPinRow,
    MeetingRow,
)
from soket.store.rows import FACT_COLUMNS, MEETING_COLUMNS, PERIOD_COLUMNS, fact_of, meeting_of, period_of
from soket.text import fold

MAX_CANDIDATES = 200  # documents sharing a band, and groups sharing the keys, looked at per new document


def document_key(path: str | None, sha256: str) -> str:
    """What an override pins a document by: its path, or its content for an upload."""
    return path or f"sha256:{sha256}"


# --- reading what grouping needs ----------------------------------------------------------------------
# Statements built once (a document's lookups cost no expression building) and run on the session's
# connection (no ORM loading: grouping reads columns, never entities).

_IDS: Any = bindparam("ids", expanding=True)
_MEMBERS_DOCS = (
    select(MeetingLinkRow.group_id, MeetingLinkRow.document_id, MeetingLinkRow.source_id, MeetingLinkRow.signature,
           MeetingLinkRow.pin, MeetingRow.document_id.label("meeting_document_id"), *MEETING_COLUMNS,
           *PERIOD_COLUMNS)
    .join(MeetingRow, MeetingRow.document_id == MeetingLinkRow.document_id, isouter=True))
_LINKED_DOCS = _MEMBERS_DOCS.where(MeetingLinkRow.document_id.in_(_IDS))
_MEMBERS_OF_GROUPS = _MEMBERS_DOCS.where(MeetingLinkRow.group_id.in_(_IDS))
_TRIPLES = select(FactRow.document_id, FactRow.indicator, FactRow.subject, FactRow.role, FactRow.value
                  ).where(FactRow.document_id.in_(_IDS))
_LIGHT_FACTS = (select(FactRow.id, FactRow.document_id, FactRow.indicator, FactRow.subject, FactRow.role, FactRow.unit,
                       FactRow.value, FactRow.raw, FactRow.duplicate)
                .where(FactRow.document_id.in_(_IDS)).order_by(FactRow.document_id, FactRow.position))
_MEMBERS = (select(MeetingLinkRow.group_id, MeetingLinkRow.document_id).where(MeetingLinkRow.group_id.in_(_IDS))
            .order_by(MeetingLinkRow.document_id))
_SOURCE_IDS = select(MeetingLinkRow.document_id, MeetingLinkRow.source_id).where(MeetingLinkRow.document_id.in_(_IDS))
_GROUP_COLUMNS = ("body_kind", "locality", "locality_folded", "province", "session", "date", "year", "start_month",
                  "end_month", "primary_document_id", "n_documents", "n_sources", "n_disagreements")
_GROUPS: Any = MeetingGroupRow.__table__
_INSERT_GROUP = insert(_GROUPS).returning(_GROUPS.c.id)
_UPDATE_GROUP = update(_GROUPS).where(_GROUPS.c.id == bindparam("gid")).values(
    {c: bindparam(f"v_{c}") for c in _GROUP_COLUMNS})
_LINKS: Any = MeetingLinkRow.__table__
_BANDS: Any = MeetingBandRow.__table__
_INSERT_LINK = insert(_LINKS)
_UPDATE_SOURCE = update(_LINKS).where(_LINKS.c.document_id == bindparam("did")).values(source_id=bindparam("v_sid"))
_FLAG_DUPLICATES = update(FactRow).where(FactRow.id.in_(_IDS)).values(duplicate=bindparam("v_flag"))
_INSERT_BANDS = insert(_BANDS)


def _source_doc(r: Any, triples: dict[int, set[tuple[str, str, float]]]) -> SourceDoc:
    """A :class:`SourceDoc` from a row of :data:`_MEMBERS_DOCS`."""
    has_meeting = r.meeting_document_id is not None
    return SourceDoc(r.document_id, meeting_of(r) if has_meeting else Meeting(),
                     period_of(r) if has_meeting else Period(), r.signature,
                     frozenset(triples.get(r.document_id, ())), r.pin)


def _source_docs(session: Session, ids: Sequence[int]) -> dict[int, SourceDoc]:
    if not ids:
        return {}
    conn = session.connection()
    triples = _triples_of(session, ids)
    return {r.document_id: _source_doc(r, triples) for r in conn.execute(_LINKED_DOCS, {"ids": list(ids)})}


def _triples_of(session: Session, ids: Sequence[int]) -> dict[int, set[tuple[str, str, float]]]:
    out: dict[int, set[tuple[str, str, float]]] = {}
    for did, ind, subj, role, value in session.connection().execute(_TRIPLES, {"ids": list(ids)}):
        t = fact_triple(ind, subj, role, value)
        if t is not None:
            out.setdefault(did, set()).add(t)
    return out


def _facts_of(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[int, Fact]]]:
    out: dict[int, list[tuple[int, Fact]]] = {}
    rows = session.execute(select(FactRow.id, FactRow.document_id, *FACT_COLUMNS)
                           .where(FactRow.document_id.in_(ids)).order_by(FactRow.document_id, FactRow.position))
    for r in rows:
        out.setdefault(r.document_id, []).append((r.id, fact_of(r)))
    return out


_LIGHT = Fact.model_construct(indicator=None, subject=None, role="", unit=None, value=None, raw="", span=(0, 0),
                              evidence="")


_LIGHT_FIELDS = {"indicator", "subject", "role", "unit", "value", "raw"}
_LIGHT_SET = frozenset(_LIGHT.__pydantic_fields_set__ | _LIGHT_FIELDS)
_setattr = object.__setattr__


def _light_fact(ind: str | None, subj: str | None, role: str, unit: str | None, value: Any, raw: str) -> Fact:
    """What merging needs of a fact (no evidence, no spans): a copy of one unvalidated fact with
    these fields (a quarter of the cost of constructing one, defaults and all), made as
    ``model_copy(update=...)`` makes it, without its generic steps (no extra, no private fields)."""
    f = object.__new__(Fact)
    d = _LIGHT.__dict__.copy()
    d["indicator"], d["subject"], d["role"], d["unit"], d["value"], d["raw"] = ind, subj, role, unit, value, raw
    _setattr(f, "__dict__", d)
    _setattr(f, "__pydantic_extra__", None)
    _setattr(f, "__pydantic_fields_set__", set(_LIGHT_SET))
    _setattr(f, "__pydantic_private__", None)
    return f


assert _LIGHT.__pydantic_extra__ is None and getattr(_LIGHT, "__pydantic_private__", None) is None  # as made above


def _light_facts_of(session: Session, ids: Sequence[int]) -> tuple[dict[int, list[tuple[int, Fact]]], set[int]]:
    """What merging needs of each fact, by document, and the ids of those flagged ``duplicate``:
    for refreshing a group."""
    out: dict[int, list[tuple[int, Fact]]] = {}
    flagged: set[int] = set()
    for fid, did, ind, subj, role, unit, value, raw, dup in session.connection().execute(
            _LIGHT_FACTS, {"ids": list(ids)}):
        out.setdefault(did, []).append((fid, _light_fact(ind, subj, role, unit, value, raw)))
        if dup:
            flagged.add(fid)
    return out, flagged


@dataclass(slots=True)
class NewDoc:
    """A document just stored, as grouping needs it, from what was inserted (no reading back):
    its text and title (for the signature), where it is stored, its ``meetings`` and ``facts``
    rows' values (:data:`soket.store.ingest.StoredRows`)."""

    doc: Document
    meeting: dict[str, Any]
    facts: list[dict[str, Any]]


def _new_docs(session: Session, ids: Sequence[int], new: dict[int, NewDoc] | None = None) -> dict[int, SourceDoc]:
    """What grouping reads of stored documents about to be linked: the documents of ``new`` from
    their inserted values, the others by four queries for all of them; their pins by one."""
    if not ids:
        return {}
    new = new or {}
    old = [i for i in ids if i not in new]
    conn = session.connection()
    meetings: dict[int, Any] = {}
    texts: dict[int, tuple[str | None, str]] = {}
    keys: dict[int, str] = {}
    triples: dict[int, set[tuple[str, str, float]]] = {}
    if old:
        meetings = {m.document_id: m for m in conn.execute(select(*MEETING_COLUMNS, *PERIOD_COLUMNS,
                                                                  MeetingRow.document_id)
                                                           .where(MeetingRow.document_id.in_(old)))}
        for r in conn.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.text, DocumentRow.path,
                                     DocumentRow.sha256).where(DocumentRow.id.in_(old))):
            texts[r.id] = (r.title, r.text)
            keys[r.id] = document_key(r.path, r.sha256)
        triples = _triples_of(session, old)
    for i, n in new.items():
        if i in ids:
            meetings[i] = n.meeting
            texts[i] = (n.doc.title, n.doc.text)
            keys[i] = document_key(n.doc.path, n.doc.sha256)
            triples[i] = {t for f in n.facts if (t := fact_triple(f["indicator"], f["subject"], f["role"],
                                                                  f["value"])) is not None}
    pins = {k: p for k, p in conn.execute(select(MeetingPinRow.key, MeetingPinRow.pin)
                                          .where(MeetingPinRow.key.in_(set(keys.values()))))}
    out: dict[int, SourceDoc] = {}
    for i in ids:
        if i not in texts:
            raise KeyError(i)
        m = meetings.get(i)
        title, text = texts[i]
        out[i] = SourceDoc(i, meeting_of(m) if m is not None else Meeting(),
                           period_of(m) if m is not None else Period(), signature((title or "") + "\n" + text),
                           frozenset(triples.get(i, ())), pins.get(keys[i]))
    return out


# --- linking ---------------------------------------------------------------------------------------

_NEAR = select(MeetingBandRow.document_id).where(
    or_(*(and_(MeetingBandRow.band == b, MeetingBandRow.hash == bindparam(f"h{b}")) for b in range(BANDS)))
).limit(MAX_CANDIDATES)
_BAND_GROUPS = select(MeetingLinkRow.group_id).where(MeetingLinkRow.document_id.in_(_NEAR))
_KEY_GROUPS = select(MeetingGroupRow.id).where(MeetingGroupRow.locality_folded == bindparam("loc"),
                                               MeetingGroupRow.body_kind == bindparam("kind"))
_KEY_GROUPS_ALL = _KEY_GROUPS.limit(MAX_CANDIDATES)
_KEY_GROUPS_NEAR_YEAR = _KEY_GROUPS.where(MeetingGroupRow.year.in_(bindparam("years", expanding=True))
                                          ).limit(MAX_CANDIDATES)


# the members of the candidate groups (band groups, and key groups when the document has the keys),
# read by one statement: the lookups above as subqueries, each its own index search (a UNION: an OR
# of two IN lists scans the links on PostgreSQL)
_CANDIDATE_MEMBERS = (_MEMBERS_DOCS.where(MeetingLinkRow.group_id.in_(_BAND_GROUPS))
                      .order_by(MeetingLinkRow.document_id))


def _with_key_groups(key_groups: Select[Any]) -> Select[Any]:
    either = union(_BAND_GROUPS, select(key_groups.subquery().c.id))
    return _MEMBERS_DOCS.where(MeetingLinkRow.group_id.in_(either)).order_by(MeetingLinkRow.document_id)


_CANDIDATE_MEMBERS_NEAR_YEAR = _with_key_groups(_KEY_GROUPS_NEAR_YEAR)
_CANDIDATE_MEMBERS_ALL = _with_key_groups(_KEY_GROUPS_ALL)


def band_candidates(pairs: Sequence[tuple[int, int]]) -> Select[Any]:
    """The groups of the documents indexed under any of ``pairs`` (one per band, in band order):
    one (band = ? AND hash = ?) per band, OR-ed, each an index seek on both backends (SQLite scans
    the table for a row-value IN), at most :data:`MAX_CANDIDATES` documents."""
    return _BAND_GROUPS.params({f"h{b}": h for b, h in pairs})


def _candidates(session: Session, doc: SourceDoc) -> set[int]:
    conn = session.connection()
    out = set(conn.execute(_BAND_GROUPS, {f"h{b}": h for b, h in band_hashes(doc.sig)}).scalars())
    m, y = doc.meeting, doc.period.year
    if m.locality and m.body_kind:
        params = {"loc": fold(m.locality), "kind": m.body_kind}
        if y is not None:
            out.update(conn.execute(_KEY_GROUPS_NEAR_YEAR, {**params, "years": [y - 1, y, y + 1]}).scalars())
        else:
            out.update(conn.execute(_KEY_GROUPS_ALL, params).scalars())
    return out


def _candidate_members(session: Session, doc: SourceDoc) -> Sequence[Any]:
    """The rows of :data:`_MEMBERS_DOCS` of every member of the groups :func:`_candidates` finds,
    by one statement."""
    params: dict[str, Any] = {f"h{b}": h for b, h in band_hashes(doc.sig)}
    m, y = doc.meeting, doc.period.year
    stmt = _CANDIDATE_MEMBERS
    if m.locality and m.body_kind:
        params.update(loc=fold(m.locality), kind=m.body_kind)
        if y is not None:
            stmt, params["years"] = _CANDIDATE_MEMBERS_NEAR_YEAR, [y - 1, y, y + 1]
        else:
            stmt = _CANDIDATE_MEMBERS_ALL
    return session.connection().execute(stmt, params).all()


def candidate_groups(session: Session, doc: SourceDoc) -> set[int]:
    """Groups a new document may belong to: those of documents sharing an LSH band with it, and
    those with its locality, body kind and a year next to its own. Two indexed lookups."""
    session.flush()
    return _candidates(session, doc)


def _members(session: Session, group_ids: Iterable[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    ids = list(group_ids)
    if not ids:
        return out
    for gid, did in session.connection().execute(_MEMBERS, {"ids": ids}):
        out.setdefault(gid, []).append(did)
    return out


class _Chosen(NamedTuple):
    groups: list[int]  # best first
    members: dict[int, list[int]] | None  # of the candidate groups, as read (None: not read)
    sources: dict[int, int]  # their source ids, as read
    copies: frozenset[int] = frozenset()  # the members the document is a copy of (decided here)


def _choose(session: Session, doc: SourceDoc, seen: dict[int, SourceDoc], near: Iterable[int] = ()) -> _Chosen:
    """:func:`choose_groups`, with the candidate groups' members and sources as read; ``seen``:
    linked documents read before by the same call (signatures, meetings, facts and pins do not
    change while documents are linked), and those read now; ``near``: the groups of documents
    linked before by the same call that share a band with ``doc`` (their bands not written yet)."""
    if doc.pin is not None:
        gid = session.connection().execute(select(MeetingLinkRow.group_id).where(
            MeetingLinkRow.pin == doc.pin, MeetingLinkRow.document_id != doc.id).limit(1)).scalar()
        return _Chosen([] if gid is None else [gid], None, {})
    rows = list(_candidate_members(session, doc))
    missing = set(near) - {r.group_id for r in rows}
    if missing:
        rows += session.connection().execute(_MEMBERS_OF_GROUPS, {"ids": sorted(missing)}).all()
        rows.sort(key=lambda r: r.document_id)
    if not rows:
        return _Chosen([], {}, {})
    members: dict[int, list[int]] = {}
    sources: dict[int, int] = {}
    unseen = [r.document_id for r in rows if r.document_id not in seen and r.document_id != doc.id]
    triples = _triples_of(session, unseen) if unseen else {}
    for r in rows:
        members.setdefault(r.group_id, []).append(r.document_id)
        sources[r.document_id] = r.source_id
        if r.document_id != doc.id and r.document_id not in seen:
            seen[r.document_id] = _source_doc(r, triples)
    others = {d: seen[d] for ds in members.values() for d in ds if d != doc.id}
    best: dict[int, float] = {}
    copies = set()
    for gid, ds in members.items():
        for d in ds:
            o = others.get(d)
            if o is None or (how := decide(doc, o)) is None:
                continue
            if how == "duplicate":
                copies.add(d)
            best[gid] = max(best.get(gid, 0.0), score(doc, o))
    ranked = sorted(best, key=lambda g: (-best[g], g))
    # a document that links two meetings makes them one, unless an override keeps one apart
    pinned = {g for g in ranked[1:] if any(others[d].pin is not None for d in members[g] if d in others)}
    return _Chosen([g for g in ranked if g not in pinned], members, sources, frozenset(copies))


def choose_groups(session: Session, doc: SourceDoc) -> list[int]:
    """The groups ``doc`` matches, best first (empty: a new meeting). A pinned document goes with
    the documents of its pin only; another matches a candidate group when it matches one of its
    documents (:func:`soket.check.sources.decide`)."""
    session.flush()
    return _choose(session, doc, {}).groups


def link_document(session: Session, document_id: int) -> int:
    """Link a stored document to its meeting group (made if needed), index its signature, refresh
    the group. Returns the group's id. Idempotent: a linked document is linked again."""
    return link_documents(session, [document_id])[0]


def _group_values(docs: Sequence[SourceDoc], n_sources: int, n_disagreements: int) -> dict[str, Any]:
    """A group's columns: the keys of its primary document (the first of ``docs``), gaps filled
    from the others, and its counts."""
    first = docs[0]
    m, p = first.meeting, first.period

    def pick(attr: str, obj: str) -> Any:
        for d in docs:
            v = getattr(getattr(d, obj), attr)
            if v is not None:
                return v
        return None

    locality = m.locality or pick("locality", "meeting")
    start, end = (p.start_month, p.end_month) if p.year is not None else (None, None)
    return {"body_kind": m.body_kind or pick("body_kind", "meeting"), "locality": locality,
            "locality_folded": fold(locality) if locality else None,
            "province": m.province or pick("province", "meeting"),
            "session": m.session if m.session is not None else pick("session", "meeting"),
            "date": m.date or pick("date", "meeting"), "year": p.year if p.year is not None else pick("year", "period"),
            "start_month": start, "end_month": end, "primary_document_id": first.id, "n_documents": len(docs),
            "n_sources": n_sources, "n_disagreements": n_disagreements}


def _alone(doc: SourceDoc, new: NewDoc | None) -> int | None:
    """The disagreements of a meeting of one new document when it stands alone as stored (no fact
    of it flagged ``duplicate``), from its inserted rows: 0, since a meeting of one document has a
    single source for each merged fact (its k-th fact of a key is merged with nothing), which
    agrees with itself and stands for it (:func:`soket.check.sources.merge_facts`). None when it
    cannot tell: a document read from the store, a fact flagged, a value that is not equal to
    itself (NaN agrees with nothing); then the group is refreshed from the store."""
    if new is None or any(f.get("duplicate") or not _self_equal(f["value"]) for f in new.facts):
        return None
    return 0


def _self_equal(v: Any) -> bool:
    """A fact's value equals itself as merging compares it (``float``: NaN does not)."""
    return v is None or float(v) == float(v)


def link_documents(session: Session, document_ids: Sequence[int], new: dict[int, NewDoc] | None = None) -> list[int]:
    """:func:`link_document` for each document in turn (each sees the groups the ones before it
    made), what they need read by a fixed number of queries for all of them. Returns their
    groups' ids, in order. KeyError for an id that is not stored. ``new``: documents just stored
    in this transaction (never linked), with what was inserted for them, read from there."""
    session.flush()
    ids = list(dict.fromkeys(document_ids))
    new = new or {}
    docs = _new_docs(session, ids, new)
    conn = session.connection()
    old = [i for i in ids if i not in new]
    linked = set(conn.execute(select(MeetingLinkRow.document_id).where(MeetingLinkRow.document_id.in_(old)))
                 .scalars()) if old else set()
    banded = set(conn.execute(select(MeetingBandRow.document_id).where(MeetingBandRow.document_id.in_(old))
                              .distinct()).scalars()) if old else set()
    if not old and all(d.pin is None for d in docs.values()):
        fast = _link_batch(session, ids, docs, new)
        if fast is not None:
            return [fast[i] for i in document_ids]
    seen: dict[int, SourceDoc] = {}
    out: dict[int, int] = {}
    # the bands of the documents linked here, written by one statement at the end: until then
    # the lookups of the later documents find them here
    bands_here: dict[tuple[int, int], list[int]] = {}
    new_bands: list[dict[str, int]] = []
    for document_id in ids:
        doc = docs[document_id]
        if document_id in linked:
            conn.execute(delete(MeetingLinkRow).where(MeetingLinkRow.document_id == document_id))
        if document_id in banded:
            conn.execute(delete(MeetingBandRow).where(MeetingBandRow.document_id == document_id))
        pairs = band_hashes(doc.sig)
        near = {out[d] for p in pairs for d in bands_here.get(p, ())}
        found, cand_members, cand_sources, copies = _choose(session, doc, seen, near)
        gid = found[0] if found else None
        for other in found[1:]:
            session.execute(update(MeetingLinkRow).where(MeetingLinkRow.group_id == other).values(group_id=gid))
            session.execute(delete(MeetingGroupRow).where(MeetingGroupRow.id == other))
            out.update({d: found[0] for d, g in out.items() if g == other})
        bands = [{"band": b, "hash": h, "document_id": document_id} for b, h in pairs]
        new_bands += bands
        for p in pairs:
            bands_here.setdefault(p, []).append(document_id)
        link = {"document_id": document_id, "source_id": document_id, "signature": doc.sig, "pin": doc.pin}
        if gid is None:  # a meeting of its own: the group's only member, its own source
            n_disagree = _alone(doc, new.get(document_id))
            values = _group_values([doc], 1, n_disagree) if n_disagree is not None else \
                {"n_documents": 0, "n_sources": 0, "n_disagreements": 0}
            gid = conn.execute(_INSERT_GROUP, values).scalar_one()
            conn.execute(_INSERT_LINK, {**link, "group_id": gid})
            if n_disagree is None:
                refresh_group(session, gid, known={document_id: doc}, members=[document_id])
        elif cand_members is not None:  # the members of the groups it joins, as read, and itself
            members = sorted({d for g in found for d in cand_members[g]} | {document_id})
            source_ids = {**cand_sources, document_id: document_id}
            joined = (document_id, copies) if len(found) == 1 else None
            if joined is not None:  # linked with the source the refresh gives it (no update after)
                decided = _joined_sources(members, source_ids, joined)
                if decided is not None:
                    link["source_id"] = source_ids[document_id] = decided[document_id]
            conn.execute(_INSERT_LINK, {**link, "group_id": gid})
            refresh_group(session, gid, known={**seen, document_id: doc}, members=members,
                          source_ids=source_ids, joined=joined)
        else:  # a pinned document's group
            conn.execute(_INSERT_LINK, {**link, "group_id": gid})
            refresh_group(session, gid, known={**seen, document_id: doc})
        seen[document_id] = doc
        out[document_id] = gid
    insert_rows(conn, _BANDS, new_bands)
    return [out[i] for i in document_ids]


# the band rows of a batch's signatures with their documents' groups: one select a band (an index
# seek a hash), all in one statement
_BATCH_BANDS = union_all(*(
    select(MeetingBandRow.band, MeetingBandRow.hash, MeetingBandRow.document_id, MeetingLinkRow.group_id)
    .join(MeetingLinkRow, MeetingLinkRow.document_id == MeetingBandRow.document_id, isouter=True)
    .where(MeetingBandRow.band == b, MeetingBandRow.hash.in_(bindparam(f"h{b}", expanding=True)))
    for b in range(BANDS)))
_BATCH_KEY_GROUPS = select(MeetingGroupRow.id, MeetingGroupRow.locality_folded, MeetingGroupRow.body_kind,
                           MeetingGroupRow.year).where(
    MeetingGroupRow.locality_folded.in_(bindparam("locs", expanding=True)),
    MeetingGroupRow.body_kind.in_(bindparam("kinds", expanding=True)))


def _keys_of(doc: SourceDoc) -> tuple[str, str, tuple[int, ...] | None] | None:
    """What a document's key lookup asks for (:data:`_KEY_GROUPS`): locality (folded), body kind and
    the years next to its own (None: any year); None without locality or body kind."""
    m, y = doc.meeting, doc.period.year
    if not (m.locality and m.body_kind):
        return None
    return fold(m.locality), m.body_kind, None if y is None else (y - 1, y, y + 1)


def _key_matches(want: tuple[str, str, tuple[int, ...] | None], have: tuple[Any, Any, Any]) -> bool:
    loc, kind, years = want
    return have[0] == loc and have[1] == kind and (years is None or (have[2] is not None and have[2] in years))


class _GroupKeys:
    """The keys of the groups a batch's key lookups may find (:data:`_KEY_GROUPS`: locality
    folded, body kind, year), as they are now, by (locality, kind) too: a lookup reads its own
    locality and kind's groups, not every group the batch met."""

    def __init__(self) -> None:
        self.key: dict[int, tuple[Any, Any, Any]] = {}
        self._by: dict[tuple[Any, Any], set[int]] = {}

    def put(self, gid: int, key: tuple[Any, Any, Any]) -> None:
        self.pop(gid)
        self.key[gid] = key
        self._by.setdefault(key[:2], set()).add(gid)

    def pop(self, gid: int) -> None:
        old = self.key.pop(gid, None)
        if old is not None:
            self._by[old[:2]].discard(gid)

    def matching(self, want: tuple[str, str, tuple[int, ...] | None]) -> set[int]:
        """The groups :func:`_key_matches` ``want``."""
        return {g for g in self._by.get(want[:2], ()) if _key_matches(want, self.key[g])}


def _sources_of(ids: list[int], docs: dict[int, SourceDoc], stored: dict[int, int],
                joined: tuple[int, frozenset[int]] | None) -> dict[int, int]:
    """The source of each member of a group (:func:`refresh_group`'s: the members' sources as
    stored where one document joined, else every pair decided), root by root."""
    known = _joined_sources(ids, stored, joined) if joined is not None else None
    if known is not None:
        return known
    source = {i: i for i in ids}

    def root(i: int) -> int:
        while source[i] != i:
            i = source[i]
        return i

    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            if decide(docs[a], docs[b]) == "duplicate":
                ra, rb = root(a), root(b)
                if ra != rb:
                    source[max(ra, rb)] = min(ra, rb)
    return {i: root(i) for i in ids}


def _link_batch(session: Session, ids: list[int], docs: dict[int, SourceDoc],
                new: dict[int, NewDoc]) -> dict[int, int] | None:
    """:func:`link_documents` for a batch of new documents (none linked before, none pinned), the
    same decisions in the same order, what they read of the store read first by a fixed number of
    statements for the whole batch (the band rows of its signatures, the groups with its keys,
    their members, their facts' triples) and what they write written at its end (links, sources,
    bands, ``duplicate`` flags, the groups' columns), the batch's earlier decisions kept in memory
    until then; a new meeting is inserted when it is made (its id as one at a time gives it), two
    meetings made one at once. Returns each document's group, or None (nothing written) where a
    lookup could meet :data:`MAX_CANDIDATES`: then the documents are linked one at a time."""
    conn = session.connection()
    pairs = {i: band_hashes(docs[i].sig) for i in ids}
    hashes: dict[str, set[int]] = {f"h{b}": set() for b in range(BANDS)}
    for ps in pairs.values():
        for b, h in ps:
            hashes[f"h{b}"].add(h)
    group_of: dict[int, int] = {}  # every document read or linked here: its group now
    by_pair: dict[tuple[int, int], list[int]] = {}
    for band, h, did, gid in conn.execute(_BATCH_BANDS, {k: sorted(v) for k, v in hashes.items()}):
        by_pair.setdefault((band, h), []).append(did)
        if gid is not None:
            group_of[did] = gid
    band_docs = {i: [d for p in pairs[i] for d in by_pair.get(p, ())] for i in ids}
    if any(len(ds) > MAX_CANDIDATES for ds in band_docs.values()):
        return None
    keys = {i: k for i in ids if (k := _keys_of(docs[i])) is not None}
    gkey = _GroupKeys()  # groups that a key lookup may find: their keys now
    if keys:
        for gid, loc, kind, year in conn.execute(_BATCH_KEY_GROUPS, {
                "locs": sorted({k[0] for k in keys.values()}), "kinds": sorted({k[1] for k in keys.values()})}):
            gkey.put(gid, (loc, kind, year))
        # the batch's new meetings are at most as many as its documents: no lookup can reach the limit
        if any(len(gkey.matching(want)) + len(ids) > MAX_CANDIDATES
               for want in keys.values()):
            return None
    wanted = set(group_of.values()).union(*(gkey.matching(w) for w in set(keys.values())))
    members: dict[int, list[int]] = {}
    source_of: dict[int, int] = {}
    sdoc: dict[int, SourceDoc] = dict(docs)
    if wanted:
        rows = conn.execute(_MEMBERS_OF_GROUPS, {"ids": sorted(wanted)}).all()
        triples = _triples_of(session, [r.document_id for r in rows])
        for r in sorted(rows, key=lambda r: r.document_id):
            members.setdefault(r.group_id, []).append(r.document_id)
            group_of[r.document_id] = r.group_id
            source_of[r.document_id] = r.source_id
            sdoc[r.document_id] = _source_doc(r, triples)
    stored_sources = dict(source_of)
    linked: list[int] = []
    touched: dict[int, None] = {}  # groups to refresh at the end, in order
    bands_here: dict[tuple[int, int], list[int]] = {}
    new_bands: list[dict[str, int]] = []
    for document_id in ids:
        doc = docs[document_id]
        cands = {group_of[d] for d in band_docs[document_id] if d in group_of}
        cands |= {group_of[d] for p in pairs[document_id] for d in bands_here.get(p, ())}
        want = keys.get(document_id)
        if want is not None:
            cands |= gkey.matching(want)
        best: dict[int, float] = {}
        copies = set()
        for gid in cands:
            for d in members.get(gid, ()):
                o = sdoc[d]
                if (how := decide(doc, o)) is None:
                    continue
                if how == "duplicate":
                    copies.add(d)
                best[gid] = max(best.get(gid, 0.0), score(doc, o))
        ranked = sorted(best, key=lambda g: (-best[g], g))
        pinned = {g for g in ranked[1:] if any(sdoc[d].pin is not None for d in members[g])}
        found = [g for g in ranked if g not in pinned]
        for p in pairs[document_id]:
            bands_here.setdefault(p, []).append(document_id)
        new_bands += [{"band": b, "hash": h, "document_id": document_id} for b, h in pairs[document_id]]
        linked.append(document_id)
        if not found:  # a meeting of its own: inserted now, so that its id is the one it gets one at a time
            n_disagree = _alone(doc, new[document_id])
            values = _group_values([doc], 1, n_disagree) if n_disagree is not None else \
                {"n_documents": 0, "n_sources": 0, "n_disagreements": 0}
            gid = conn.execute(_INSERT_GROUP, values).scalar_one()
            members[gid] = [document_id]
            group_of[document_id], source_of[document_id] = gid, document_id
            head = _group_values([doc], 1, 0)
            gkey.put(gid, (head["locality_folded"], head["body_kind"], head["year"]))
            if n_disagree is None:
                touched[gid] = None
            continue
        gid = found[0]
        for other in found[1:]:  # two meetings made one: at once, as one at a time does
            conn.execute(update(MeetingLinkRow).where(MeetingLinkRow.group_id == other).values(group_id=gid))
            conn.execute(delete(MeetingGroupRow).where(MeetingGroupRow.id == other))
            _expire(session, MeetingLinkRow, members[other])
            _expire(session, MeetingGroupRow, [other])
        ids_now = sorted({d for g in found for d in members[g]} | {document_id})
        for other in found[1:]:
            del members[other]
            gkey.pop(other)
            touched.pop(other, None)
        stored = {**source_of, document_id: document_id}
        source = _sources_of(ids_now, sdoc, stored, (document_id, frozenset(copies)) if len(found) == 1 else None)
        for d in ids_now:
            group_of[d] = gid
            source_of[d] = source[d]
        members[gid] = ids_now
        head = _group_values([sdoc[d] for d in ids_now], 1, 0)
        gkey.put(gid, (head["locality_folded"], head["body_kind"], head["year"]))
        touched[gid] = None
    # what the refreshes write, once: each touched meeting as its last refresh leaves it
    refreshed = [g for g in touched if g in members]
    in_groups = [d for g in refreshed for d in members[g]]
    facts, flagged = _light_facts_of(session, in_groups) if in_groups else ({}, set())
    dup: set[int] = set()
    group_rows: list[dict[str, Any]] = []
    for gid in refreshed:
        ms = members[gid]
        merged = merge_facts([(i, source_of[i], facts.get(i, [])) for i in ms])
        keep = representatives(merged)
        keyed = {s.fact_id for m in merged for s in m.sources if s.fact_id is not None}
        dup |= {fid for i in ms for fid, _ in facts.get(i, []) if (fid in keyed and fid not in keep)
                or (fid not in keyed and source_of[i] != i)}
        values = _group_values([sdoc[i] for i in ms], len({source_of[i] for i in ms}),
                               sum(1 for x in merged if x.disagree))
        group_rows.append({"gid": gid, **{f"v_{k}": v for k, v in values.items()}})
    insert_rows(conn, _LINKS, [{"document_id": d, "group_id": group_of[d], "source_id": source_of[d],
                                "signature": docs[d].sig, "pin": None} for d in linked])
    moved = [d for d, s in stored_sources.items() if source_of[d] != s]
    if moved:
        conn.execute(_UPDATE_SOURCE, [{"did": d, "v_sid": source_of[d]} for d in moved])
        _expire(session, MeetingLinkRow, moved)
    for ch, flag in ((flagged - dup, False), (dup - flagged, True)):
        if ch:
            conn.execute(_FLAG_DUPLICATES, {"ids": sorted(ch), "v_flag": flag})
            _expire(session, FactRow, ch)
    if group_rows:
        conn.execute(_UPDATE_GROUP, group_rows)
        _expire(session, MeetingGroupRow, refreshed)
    insert_rows(conn, _BANDS, new_bands)
    return {d: group_of[d] for d in ids}


def link_unlinked(session: Session) -> int:
    """Link every stored document that has no group yet (a store made before grouping, a bulk
    load); returns how many."""
    ids = list(session.scalars(select(DocumentRow.id).where(
        DocumentRow.id.not_in(select(MeetingLinkRow.document_id))).order_by(DocumentRow.id)))
    for i in ids:
        link_document(session, i)
    return len(ids)


def group_of_path(session: Session, path: str | None) -> int | None:
    """The group of the document stored at ``path`` (before a replace deletes it)."""
    if not path:
        return None
    return session.scalar(select(MeetingLinkRow.group_id).join(DocumentRow, DocumentRow.id == MeetingLinkRow.document_id)
                          .where(DocumentRow.path == path))


def groups_of_paths(session: Session, paths: Sequence[str]) -> set[int]:
    """The groups of the documents stored at ``paths`` (before a bulk replace deletes them)."""
    if not paths:
        return set()
    return set(session.scalars(select(MeetingLinkRow.group_id).join(DocumentRow, DocumentRow.id == MeetingLinkRow.document_id)
                               .where(DocumentRow.path.in_(list(paths)))))


def _expire(session: Session, cls: type[Any], ids: Iterable[int]) -> None:
    """Rows changed by a Core statement: their ORM objects in ``session``, if any, read again."""
    if not len(session.identity_map):
        return
    for i in ids:
        obj = session.identity_map.get(identity_key(cls, i))
        if obj is not None:
            session.expire(obj)


def _joined_sources(ids: list[int], stored: dict[int, int], joined: tuple[int, frozenset[int]]) -> dict[int, int] | None:
    """The source of each member when one document joins a group whose members' sources are
    ``stored`` (each the earliest copy of its text, as :func:`refresh_group` leaves them), the
    document a copy of the members ``joined[1]``: its own pairs decide, the others' stand. None
    when the stored sources are not such a partition of the other members (then every pair is
    decided again)."""
    new, copies = joined
    old = [i for i in ids if i != new]
    if any(i not in stored for i in old):
        return None
    src = {i: stored[i] for i in old}
    if any(r not in src or src[r] != r or r > i for i, r in src.items()):
        return None
    roots = {src[c] for c in copies if c in src}
    root = min(roots | {new})
    out = {i: (root if src[i] in roots else src[i]) for i in old}
    out[new] = root
    return out


def refresh_group(session: Session, group_id: int, known: dict[int, SourceDoc] | None = None,
                  members: list[int] | None = None, source_ids: dict[int, int] | None = None,
                  joined: tuple[int, frozenset[int]] | None = None) -> list[MergedFact]:
    """Recompute a group from its members: copies of one text share a source; the primary is the
    earliest stored document; keys from the primary (gaps from the others); merged facts; the
    ``duplicate`` flags of its facts. A group left with no member is deleted. ``known``: members
    whose :class:`SourceDoc` the caller has read already (as linked now); ``members``: the
    group's members in id order when the caller knows them, with ``source_ids`` their sources as
    stored (without: a group it has just made for one document, linked as its own source);
    ``joined``: one document, just linked, and the members it is a copy of, decided by the caller:
    the other members' sources stand as stored, so a group of n members costs n decisions, not
    n²/2 (the same sources as deciding every pair: each is the earliest document of its copies)."""
    session.flush()
    conn = session.connection()
    ids = members if members is not None else _members(session, [group_id]).get(group_id, [])
    if not ids:
        session.execute(delete(MeetingGroupRow).where(MeetingGroupRow.id == group_id))
        return []
    known = known or {}
    docs = {i: known[i] for i in ids if i in known}
    docs.update(_source_docs(session, [i for i in ids if i not in known]))
    # union of copies, to the earliest document (the sources as stored where one document joined)
    roots = _sources_of(ids, docs, source_ids or {}, joined if source_ids is not None else None)
    root = roots.__getitem__
    if members is None:
        have = dict(conn.execute(_SOURCE_IDS, {"ids": ids}).all())
    else:
        have = source_ids if source_ids is not None else {i: i for i in ids}
    moved = [i for i in ids if have.get(i) != root(i)]
    if moved:
        conn.execute(_UPDATE_SOURCE, [{"did": i, "v_sid": root(i)} for i in moved])
        _expire(session, MeetingLinkRow, moved)
    facts, flagged = _light_facts_of(session, ids)
    merged = merge_facts([(i, root(i), facts.get(i, [])) for i in ids])
    keep = representatives(merged)
    keyed = {s.fact_id for m in merged for s in m.sources if s.fact_id is not None}
    dup = {fid for i in ids for fid, _ in facts.get(i, []) if (fid in keyed and fid not in keep)
           or (fid not in keyed and root(i) != i)}
    for ch, flag in ((flagged - dup, False), (dup - flagged, True)):
        if ch:
            conn.execute(_FLAG_DUPLICATES, {"ids": list(ch), "v_flag": flag})
            _expire(session, FactRow, ch)
    values = _group_values([docs[i] for i in ids], len({root(i) for i in ids}), sum(1 for x in merged if x.disagree))
    conn.execute(_UPDATE_GROUP, {"gid": group_id, **{f"v_{k}": v for k, v in values.items()}})
    _expire(session, MeetingGroupRow, [group_id])
    return merged


# --- manual overrides -----------------------------------------------------------------------------


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")  # the count cache reads it


def _pin(session: Session, document_ids: Iterable[int], pin: str) -> None:
    for did, path, sha in session.execute(select(DocumentRow.id, DocumentRow.path, DocumentRow.sha256)
                                          .where(DocumentRow.id.in_(list(document_ids)))):
        key = document_key(path, sha)
        row = session.get(MeetingPinRow, key)
        if row is None:
            session.add(MeetingPinRow(key=key, pin=pin, made_at=_now()))
        else:
            row.pin, row.made_at = pin, _now()
        session.execute(update(MeetingLinkRow).where(MeetingLinkRow.document_id == did).values(pin=pin))


def split(session: Session, group_id: int, document_ids: Sequence[int]) -> int:
    """Move ``document_ids`` out of a group into a meeting of their own; both sides are pinned,
    so re-ingest keeps them apart. Returns the new group's id. ValueError when a document is not
    a member or all members would move."""
    members = _members(session, [group_id]).get(group_id, [])
    moved = sorted(set(document_ids))
    if not moved or any(d not in members for d in moved):
        raise ValueError(f"documents {moved} are not all in meeting {group_id} (members: {members})")
    if len(moved) == len(members):
        raise ValueError("a split must leave at least one document in the meeting")
    _pin(session, [d for d in members if d not in moved], uuid.uuid4().hex)
    _pin(session, moved, uuid.uuid4().hex)
    g = MeetingGroupRow(n_documents=0, n_sources=0, n_disagreements=0)
    session.add(g)
    session.flush()
    session.execute(update(MeetingLinkRow).where(MeetingLinkRow.document_id.in_(moved)).values(group_id=g.id))
    refresh_group(session, group_id)
    refresh_group(session, g.id)
    return g.id


def join(session: Session, group_id: int, other_id: int) -> int:
    """Make two meetings one (``other_id``'s documents join ``group_id``), pinned together so that
    re-ingest keeps them so. Returns ``group_id``. ValueError when either is unknown."""
    members = _members(session, [group_id, other_id])
    if group_id == other_id or group_id not in members or other_id not in members:
        raise ValueError(f"join needs two existing meetings (got {group_id}, {other_id})")
    _pin(session, members[group_id] + members[other_id], uuid.uuid4().hex)
    session.execute(update(MeetingLinkRow).where(MeetingLinkRow.group_id == other_id).values(group_id=group_id))
    refresh_group(session, other_id)
    refresh_group(session, group_id)
    return group_id


# --- what is shown ---------------------------------------------------------------------------------


def _group_item(g: MeetingGroupRow) -> dict[str, Any]:
    return {"id": g.id, "body_kind": g.body_kind, "locality": g.locality, "province": g.province,
            "session": g.session, "date": g.date, "year": g.year, "start_month": g.start_month,
            "end_month": g.end_month, "period": period_code(g.year, g.start_month, g.end_month) or None,
            "primary_document_id": g.primary_document_id, "n_documents": g.n_documents,
            "n_sources": g.n_sources, "n_disagreements": g.n_disagreements}


def list_meetings(session: Session, limit: int = 50, offset: int = 0, locality: str | None = None,
                  disagree: bool | None = None, min_documents: int = 1) -> tuple[int, list[dict[str, Any]]]:
    """(total, a page of meetings) in id order; ``disagree`` keeps those whose sources disagree,
    ``min_documents`` those reported that many times."""
    stmt = select(MeetingGroupRow)
    if locality:
        stmt = stmt.where(MeetingGroupRow.locality_folded == fold(locality.strip()))
    if disagree:
        stmt = stmt.where(MeetingGroupRow.n_disagreements > 0)
    if min_documents > 1:
        stmt = stmt.where(MeetingGroupRow.n_documents >= min_documents)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(MeetingGroupRow.id).limit(limit).offset(offset))
    return int(total), [_group_item(g) for g in rows]


def primary_of(session: Session, group_id: int) -> int | None:
    return session.scalar(select(MeetingGroupRow.primary_document_id).where(MeetingGroupRow.id == group_id))


def group_of_document(session: Session, document_id: int) -> int | None:
    return session.scalar(select(MeetingLinkRow.group_id).where(MeetingLinkRow.document_id == document_id))


def merged_of(session: Session, group_id: int) -> tuple[list[int], dict[int, int], list[MergedFact]]:
    """(member ids, source of each member, merged facts) of a group, read again."""
    ids = _members(session, [group_id]).get(group_id, [])
    src: dict[int, int] = dict(session.execute(select(MeetingLinkRow.document_id, MeetingLinkRow.source_id)
                               .where(MeetingLinkRow.document_id.in_(ids))).all())
    facts = _facts_of(session, ids)
    return ids, src, merge_facts([(i, src[i], facts.get(i, [])) for i in ids])


def source_issues(session: Session, group_id: int) -> list[Issue]:
    """The ``sources_disagree`` issues of one meeting, quoting both sources."""
    ids, _, merged = merged_of(session, group_id)
    names = dict(session.execute(select(DocumentRow.id, DocumentRow.doc).where(DocumentRow.id.in_(ids)))
                 .all())
    return disagreements(merged, names)


def meeting_detail(session: Session, group_id: int) -> dict[str, Any] | None:
    """A meeting with its documents (source, pin), merged facts (agreed value, sources with span
    and evidence) and the disagreements."""
    g = session.get(MeetingGroupRow, group_id)
    if g is None:
        return None
    ids, src, merged = merged_of(session, group_id)
    docs = {r.id: r for r in session.execute(select(DocumentRow.id, DocumentRow.doc, DocumentRow.title,
                                                    DocumentRow.format, DocumentRow.path)
                                             .where(DocumentRow.id.in_(ids)))}
    pins = dict(session.execute(select(MeetingLinkRow.document_id, MeetingLinkRow.pin)
                                .where(MeetingLinkRow.document_id.in_(ids))).all())
    names = {i: docs[i].doc for i in ids}
    out = _group_item(g)
    out["documents"] = [{"id": i, "doc": docs[i].doc, "title": docs[i].title, "format": docs[i].format,
                         "source_id": src[i], "pinned": pins.get(i) is not None, "primary": i == g.primary_document_id}
                        for i in ids]
    out["facts"] = [merged_item(m) for m in merged]
    out["disagreements"] = [i.model_dump() for i in disagreements(merged, names)]
    return out


def merged_item(m: MergedFact) -> dict[str, Any]:
    return {"indicator": m.indicator, "subject": m.subject, "role": m.role, "unit": m.unit,
            "value": _num(m.value), "agreeing": m.agreeing, "n_sources": len({s.source_id for s in m.sources}),
            "disagree": m.disagree,
            "sources": [{"document_id": s.document_id, "source_id": s.source_id, "fact_id": s.fact_id,
                         "value": _num(s.fact.value), "raw": s.fact.raw, "span": list(s.fact.span),
                         "evidence": s.fact.evidence} for s in m.sources]}
