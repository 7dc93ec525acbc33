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
from typing import Any

from sqlalchemy import Select, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from soket.check.sources import (
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
from soket.model import Fact, Issue, Meeting, Period, _num
from soket.store.models import (
    DocumentRow,
    FactRow,
    MeetingBandRow,
    MeetingGroupRow,
    MeetingLinkRow,
    MeetingPinRow,
    MeetingRow,
)
from soket.store.rows import FACT_COLUMNS, fact_of, meeting_of, period_of
from soket.text import fold

MAX_CANDIDATES = 200  # documents sharing a band, and groups sharing the keys, looked at per new document


def document_key(path: str | None, sha256: str) -> str:
    """What an override pins a document by: its path, or its content for an upload."""
    return path or f"sha256:{sha256}"


# --- reading what grouping needs ----------------------------------------------------------------------


def _source_docs(session: Session, ids: Sequence[int]) -> dict[int, SourceDoc]:
    if not ids:
        return {}
    out: dict[int, SourceDoc] = {}
    rows = session.execute(select(MeetingLinkRow.document_id, MeetingLinkRow.signature, MeetingLinkRow.pin,
                                  MeetingRow).join(MeetingRow, MeetingRow.document_id == MeetingLinkRow.document_id,
                                                   isouter=True)
                           .where(MeetingLinkRow.document_id.in_(ids)))
    triples = _triples_of(session, ids)
    for doc_id, sig, pin, m in rows:
        out[doc_id] = SourceDoc(doc_id, meeting_of(m) if m is not None else Meeting(),
                                period_of(m) if m is not None else Period(), sig,
                                frozenset(triples.get(doc_id, ())), pin)
    return out


def _triples_of(session: Session, ids: Sequence[int]) -> dict[int, set[tuple[str, str, float]]]:
    out: dict[int, set[tuple[str, str, float]]] = {}
    for did, ind, subj, role, value in session.execute(
            select(FactRow.document_id, FactRow.indicator, FactRow.subject, FactRow.role, FactRow.value)
            .where(FactRow.document_id.in_(ids))):
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


def _light_facts_of(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[int, Fact]]]:
    """What merging needs of each fact (no evidence, no spans): for refreshing a group."""
    out: dict[int, list[tuple[int, Fact]]] = {}
    rows = session.execute(select(FactRow.id, FactRow.document_id, FactRow.indicator, FactRow.subject, FactRow.role,
                                  FactRow.unit, FactRow.value, FactRow.raw)
                           .where(FactRow.document_id.in_(ids)).order_by(FactRow.document_id, FactRow.position))
    for fid, did, ind, subj, role, unit, value, raw in rows:
        f = Fact.model_construct(indicator=ind, subject=subj, role=role, unit=unit, value=value, raw=raw,
                                 span=(0, 0), evidence="")
        out.setdefault(did, []).append((fid, f))
    return out


def _new_docs(session: Session, ids: Sequence[int]) -> dict[int, SourceDoc]:
    """What grouping reads of stored documents about to be linked: four queries for all of them."""
    if not ids:
        return {}
    meetings = {m.document_id: m for m in session.scalars(select(MeetingRow).where(MeetingRow.document_id.in_(ids)))}
    rows = session.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.text, DocumentRow.path,
                                  DocumentRow.sha256).where(DocumentRow.id.in_(ids))).all()
    keys = {r.id: document_key(r.path, r.sha256) for r in rows}
    pins = {k: p for k, p in session.execute(select(MeetingPinRow.key, MeetingPinRow.pin)
                                             .where(MeetingPinRow.key.in_(set(keys.values()))))}
    triples = _triples_of(session, ids)
    out: dict[int, SourceDoc] = {}
    for r in rows:
        m = meetings.get(r.id)
        out[r.id] = SourceDoc(r.id, meeting_of(m) if m is not None else Meeting(),
                              period_of(m) if m is not None else Period(), signature((r.title or "") + "\n" + r.text),
                              frozenset(triples.get(r.id, ())), pins.get(keys[r.id]))
    return out


# --- linking ---------------------------------------------------------------------------------------


def band_candidates(pairs: Sequence[tuple[int, int]]) -> Select[Any]:
    """The groups of the documents indexed under any of ``pairs``: one (band = ? AND hash = ?)
    per band, OR-ed, each an index seek on both backends (SQLite scans the table for a row-value
    IN), at most :data:`MAX_CANDIDATES` documents."""
    near = select(MeetingBandRow.document_id).where(
        or_(*(and_(MeetingBandRow.band == b, MeetingBandRow.hash == h) for b, h in pairs))).limit(MAX_CANDIDATES)
    return select(MeetingLinkRow.group_id).where(MeetingLinkRow.document_id.in_(near))


def candidate_groups(session: Session, doc: SourceDoc) -> set[int]:
    """Groups a new document may belong to: those of documents sharing an LSH band with it, and
    those with its locality, body kind and a year next to its own. Two indexed lookups."""
    out = set(session.scalars(band_candidates(band_hashes(doc.sig))))
    m, y = doc.meeting, doc.period.year
    if m.locality and m.body_kind:
        q = select(MeetingGroupRow.id).where(MeetingGroupRow.locality_folded == fold(m.locality),
                                             MeetingGroupRow.body_kind == m.body_kind)
        if y is not None:
            q = q.where(MeetingGroupRow.year.in_((y - 1, y, y + 1)))
        out.update(session.scalars(q.limit(MAX_CANDIDATES)))
    return out


def _members(session: Session, group_ids: Iterable[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    ids = list(group_ids)
    if not ids:
        return out
    for gid, did in session.execute(select(MeetingLinkRow.group_id, MeetingLinkRow.document_id)
                                    .where(MeetingLinkRow.group_id.in_(ids)).order_by(MeetingLinkRow.document_id)):
        out.setdefault(gid, []).append(did)
    return out


def choose_groups(session: Session, doc: SourceDoc) -> list[int]:
    """The groups ``doc`` matches, best first (empty: a new meeting). A pinned document goes with
    the documents of its pin only; another matches a candidate group when it matches one of its
    documents (:func:`soket.check.sources.decide`)."""
    if doc.pin is not None:
        gid = session.scalar(select(MeetingLinkRow.group_id).where(MeetingLinkRow.pin == doc.pin,
                                                                   MeetingLinkRow.document_id != doc.id).limit(1))
        return [] if gid is None else [gid]
    members = _members(session, candidate_groups(session, doc))
    others = _source_docs(session, [d for ds in members.values() for d in ds if d != doc.id])
    best: dict[int, float] = {}
    for gid, ds in members.items():
        for d in ds:
            o = others.get(d)
            if o is None or decide(doc, o) is None:
                continue
            best[gid] = max(best.get(gid, 0.0), score(doc, o))
    ranked = sorted(best, key=lambda g: (-best[g], g))
    # a document that links two meetings makes them one, unless an override keeps one apart
    pinned = {g for g in ranked[1:] if any(others[d].pin is not None for d in members[g] if d in others)}
    return [g for g in ranked if g not in pinned]


def link_document(session: Session, document_id: int) -> int:
    """Link a stored document to its meeting group (made if needed), index its signature, refresh
    the group. Returns the group's id. Idempotent: a linked document is linked again."""
    return link_documents(session, [document_id])[0]


def link_documents(session: Session, document_ids: Sequence[int]) -> list[int]:
    """:func:`link_document` for each document in turn (each sees the groups the ones before it
    made), what they need read by a fixed number of queries for all of them. Returns their
    groups' ids, in order. KeyError for an id that is not stored."""
    ids = list(dict.fromkeys(document_ids))
    docs = _new_docs(session, ids)
    linked = set(session.scalars(select(MeetingLinkRow.document_id).where(MeetingLinkRow.document_id.in_(ids))))
    banded = set(session.scalars(select(MeetingBandRow.document_id).where(MeetingBandRow.document_id.in_(ids))
                                 .distinct()))
    out: dict[int, int] = {}
    for document_id in ids:
        doc = docs[document_id]
        if document_id in linked:
            session.execute(delete(MeetingLinkRow).where(MeetingLinkRow.document_id == document_id))
        if document_id in banded:
            session.execute(delete(MeetingBandRow).where(MeetingBandRow.document_id == document_id))
        found = choose_groups(session, doc)
        gid = found[0] if found else None
        for other in found[1:]:
            session.execute(update(MeetingLinkRow).where(MeetingLinkRow.group_id == other).values(group_id=gid))
            session.execute(delete(MeetingGroupRow).where(MeetingGroupRow.id == other))
        alone = gid is None  # a meeting of its own: the group's only member, its own source
        if gid is None:
            g = MeetingGroupRow(n_documents=0, n_sources=0, n_disagreements=0)
            session.add(g)
            session.flush()
            gid = g.id
        session.add(MeetingLinkRow(document_id=document_id, group_id=gid, source_id=document_id, signature=doc.sig,
                                   pin=doc.pin))
        session.add_all(MeetingBandRow(band=b, hash=h, document_id=document_id) for b, h in band_hashes(doc.sig))
        session.flush()
        refresh_group(session, gid, known={document_id: doc}, members=[document_id] if alone else None)
        out[document_id] = gid
    return [out[i] for i in document_ids]


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


def refresh_group(session: Session, group_id: int, known: dict[int, SourceDoc] | None = None,
                  members: list[int] | None = None) -> list[MergedFact]:
    """Recompute a group from its members: copies of one text share a source; the primary is the
    earliest stored document; keys from the primary (gaps from the others); merged facts; the
    ``duplicate`` flags of its facts. A group left with no member is deleted. ``known``: members
    whose :class:`SourceDoc` the caller has read already (as linked now); ``members``: the
    group's members when the caller knows them (a group it has just made for one document, linked
    as its own source)."""
    ids = members if members is not None else _members(session, [group_id]).get(group_id, [])
    if not ids:
        session.execute(delete(MeetingGroupRow).where(MeetingGroupRow.id == group_id))
        return []
    known = known or {}
    docs = {i: known[i] for i in ids if i in known}
    docs.update(_source_docs(session, [i for i in ids if i not in known]))
    source = {i: i for i in ids}  # union of copies, to the earliest document

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
    have = {i: i for i in ids} if members is not None else dict(session.execute(
        select(MeetingLinkRow.document_id, MeetingLinkRow.source_id).where(MeetingLinkRow.document_id.in_(ids))).all())
    for i in ids:
        if have.get(i) != root(i):
            session.execute(update(MeetingLinkRow).where(MeetingLinkRow.document_id == i).values(source_id=root(i)))
    facts = _light_facts_of(session, ids)
    merged = merge_facts([(i, root(i), facts.get(i, [])) for i in ids])
    keep = representatives(merged)
    keyed = {s.fact_id for m in merged for s in m.sources if s.fact_id is not None}
    dup = [fid for i in ids for fid, _ in facts.get(i, []) if (fid in keyed and fid not in keep)
           or (fid not in keyed and root(i) != i)]
    flagged = set(session.scalars(select(FactRow.id).where(FactRow.document_id.in_(ids), FactRow.duplicate.is_(True))))
    if flagged - set(dup):
        session.execute(update(FactRow).where(FactRow.id.in_(flagged - set(dup))).values(duplicate=False))
    if set(dup) - flagged:
        session.execute(update(FactRow).where(FactRow.id.in_(set(dup) - flagged)).values(duplicate=True))
    g = session.get(MeetingGroupRow, group_id)
    assert g is not None
    first = docs[ids[0]]
    m, p = first.meeting, first.period

    def pick(attr: str, obj: str) -> Any:
        for i in ids:
            v = getattr(getattr(docs[i], obj), attr)
            if v is not None:
                return v
        return None

    g.body_kind = m.body_kind or pick("body_kind", "meeting")
    g.locality = m.locality or pick("locality", "meeting")
    g.locality_folded = fold(g.locality) if g.locality else None
    g.province = m.province or pick("province", "meeting")
    g.session = m.session if m.session is not None else pick("session", "meeting")
    g.date = m.date or pick("date", "meeting")
    g.year = p.year if p.year is not None else pick("year", "period")
    g.start_month, g.end_month = (p.start_month, p.end_month) if p.year is not None else (None, None)
    g.primary_document_id = ids[0]
    g.n_documents = len(ids)
    g.n_sources = len({root(i) for i in ids})
    g.n_disagreements = sum(1 for x in merged if x.disagree)
    session.flush()
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
