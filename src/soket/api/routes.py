"""The ``/api`` endpoints of ``docs/api.md``. Handlers are plain functions (run in the thread
pool); each gets its own session."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic_core import to_json

from soket.api.deps import (
    MAX_ID,
    ROLE_AMOUNT,
    CompareBy,
    DbId,
    ExportFormat,
    Limit,
    Offset,
    Role,
    SessionDep,
    Upload,
    has_token,
    require_write,
)
from soket.api.schemas import (
    ERROR_RESPONSES,
    ComparePage,
    DocumentAnswer,
    DocumentPage,
    DocumentTableAnswer,
    ErrorAnswer,
    FactAnswer,
    FactPage,
    FactTableAnswer,
    Health,
    IndicatorPage,
    JoinAnswer,
    LabelledCompareRow,
    LabelledFact,
    LabelsAnswer,
    LocalityPage,
    MeetingDetail,
    MeetingPage,
    SearchAnswer,
    SplitAnswer,
    UploadAnswer,
    labels_of,
)
from soket.errors import InputError, LimitExceededError, UnsupportedFormatError
from soket.extract.indicators import indicators as _indicators
from soket.ingest import load_bytes
from soket.lexicon import labels
from soket.model import StoredFact
from soket.service import ingest_document, recheck_history
from soket.store import queries
from soket.store import sources as meetings
from soket.store.export import MEDIA_TYPES, iter_export
from soket.store.queries import FactFilter, parse_period

router = APIRouter(prefix="/api", tags=["api"], responses=ERROR_RESPONSES)


def _indicator_keys() -> set[str]:
    return {i.key for i in _indicators()}


def _check_indicator(key: str | None) -> None:
    if key is not None and key not in _indicator_keys():
        raise HTTPException(422, f"indicator: unknown key {key!r} (see /api/indicators)")


def _check_period(code: str | None) -> None:
    if code:
        try:
            parse_period(code)
        except ValueError as e:
            raise HTTPException(422, f"period: {e}") from e


SOURCES_HELP = "one: a meeting's figure once, as its sources agree on it; all: every source's copy"


def fact_filter(
    indicator: Annotated[str | None, Query(max_length=64, description="indicator key")] = None,
    locality: Annotated[str | None, Query(max_length=255, description="with or without diacritics")] = None,
    province: Annotated[str | None, Query(max_length=255)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    period: Annotated[str | None, Query(max_length=16, description="2021-H1, 2021-9M, 2021-Q3, 2021-FY")] = None,
    role: Role | None = None,
    unit: Annotated[str | None, Query(max_length=64)] = None,
    document_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    q: Annotated[str | None, Query(max_length=200, description="full-text, with or without diacritics")] = None,
    sources: Annotated[str, Query(pattern="^(one|all)$", description=SOURCES_HELP)] = "one",
) -> FactFilter:
    _check_indicator(indicator)
    _check_period(period)
    return FactFilter(indicator=indicator, locality=locality, province=province, year=year, period=period,
                      role=role.value if role else None, unit=unit, document_id=document_id, q=q,
                      all_sources=True if sources == "all" else None)


FilterDep = Annotated[FactFilter, Depends(fact_filter)]


def table_filter(
    body_kind: Annotated[str | None, Query(max_length=64, description="the meeting's body (party, council, ...)")] = None,
    level: Annotated[str | None, Query(max_length=64, description="locality kind (tỉnh, huyện, xã, ...)")] = None,
    origin: Annotated[str | None, Query(max_length=16, description="text, table or ocr")] = None,
    malformed: bool | None = None,
) -> queries.TableFilter:
    return queries.TableFilter(body_kind=body_kind, level=level, origin=origin, malformed=malformed)


TableDep = Annotated[queries.TableFilter, Depends(table_filter)]


class LangParam(StrEnum):
    vi = "vi"
    en = "en"


LangQuery = Annotated[LangParam | None, Query(description="labels in Vietnamese (vi, the default) or English (en)")]


def _lang(lang: LangParam | None) -> labels.Lang | None:
    return None if lang is None else lang.value


def _labelled(items: Sequence[StoredFact], lang: LangParam | None) -> list[LabelledFact]:
    """The facts as the API answers them: with their labels in ``lang`` where one was asked for."""
    lg = _lang(lang)
    return [LabelledFact.model_validate({**dict(f), "labels": None if lg is None else labels_of(f, lg)})
            for f in items]


def _items(items: Sequence[StoredFact], lang: LangParam | None) -> Sequence[StoredFact]:
    """:func:`_labelled`, but without a language the stored facts as they are: a
    :class:`LabelledFact` without labels serialises to the same keys (``labels`` is left out)."""
    return items if lang is None else _labelled(items, lang)


def _json(content: dict[str, object]) -> Response:
    """``content`` (its models serialised by their own schemas) as the JSON answer, in one pass:
    a handler that returns a model has FastAPI validate it again, in another thread, before
    serialising it (a third of a facts page's CPU). The route's ``response_model`` still
    documents the shape; tests compare the two."""
    return Response(to_json(content), media_type="application/json")


@router.get("/health")
def health(s: SessionDep) -> Health:
    return Health(counts=queries.counts(s))


@router.get("/documents")
def documents(s: SessionDep, limit: Limit = 50, offset: Offset = 0,
              locality: Annotated[str | None, Query(max_length=255)] = None,
              province: Annotated[str | None, Query(max_length=255)] = None,
              year: Annotated[int | None, Query(ge=1900, le=2200)] = None) -> DocumentPage:
    total, items = queries.list_documents(s, limit=limit, offset=offset, locality=locality, province=province,
                                          year=year)
    return DocumentPage(total=total, limit=limit, offset=offset, items=items)


@router.get("/documents/{document_id}")
def document(document_id: DbId, s: SessionDep) -> DocumentAnswer:
    d = queries.get_document(s, document_id)
    if d is None:
        raise HTTPException(404, f"no document {document_id}")
    return DocumentAnswer.model_validate(d, from_attributes=True)


AfterId = Annotated[int | None, Query(ge=0, le=MAX_ID, description="the `next` of the page before (keyset paging)")]
CountMode = Annotated[Literal["cached", "exact", "none"],
                      Query(description="total: cached per filter (default), counted again (exact), or none")]


@router.get("/facts", response_model=FactPage)
def facts(s: SessionDep, flt: FilterDep, limit: Limit = 50, offset: Offset = 0, after: AfterId = None,
          count: CountMode = "cached", lang: LangQuery = None) -> Response:
    """Facts in document order. Page with ``after`` = the answer's ``next`` (any depth at the cost
    of the first page); ``offset`` still works and costs what it skips. ``lang``: each fact's
    ``labels`` in that language."""
    page = queries.facts_page(s, flt, limit, after=after, offset=offset, count=count)
    return _json({"ok": True, "total": page.total, "limit": limit, "offset": offset, "next": page.next,
                  "items": _items(page.items, lang)})


@router.get("/table/facts")
def facts_table(s: SessionDep, flt: FilterDep, extra: TableDep, limit: Limit = 50,
                sort: Annotated[str, Query(description="column: " + ", ".join(queries.TABLE_SORTS))] = "id",
                sort_desc: bool = False,
                after: Annotated[str | None, Query(max_length=500, description="the `next` of the page before")] = None,
                facets: bool = True, lang: LangQuery = None) -> FactTableAnswer:
    """Facts as a table: sorted by any column, keyset pages (`next`), facet counts of the filtered set;
    ``lang``: each fact's ``labels`` in that language."""
    try:
        out = queries.table_facts(s, flt, extra, sort=sort, desc=sort_desc, after=after, limit=limit, facets=facets)
    except ValueError as e:
        raise HTTPException(400, str(e)) from e
    return FactTableAnswer.model_validate({**dict(out), "items": _labelled(out.items, lang)})


@router.get("/table/documents")
def documents_table(
    s: SessionDep, limit: Limit = 50,
    sort: Annotated[str, Query(description="column: " + ", ".join(queries.DOCUMENT_SORTS))] = "id",
    sort_desc: bool = False,
    after: Annotated[str | None, Query(max_length=500, description="the `next` of the page before")] = None,
    locality: Annotated[str | None, Query(max_length=255)] = None,
    province: Annotated[str | None, Query(max_length=255)] = None,
    level: Annotated[str | None, Query(max_length=64, description="locality kind")] = None,
    body_kind: Annotated[str | None, Query(max_length=64)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    period: Annotated[str | None, Query(max_length=16, description="2021-H1, 2021-9M, 2021-Q3, 2021-FY")] = None,
    format: Annotated[str | None, Query(max_length=16)] = None,
    facets: bool = True,
) -> DocumentTableAnswer:
    """Documents as a table: sorted by any column, keyset pages (`next`), facet counts of the filtered set."""
    _check_period(period)
    flt = queries.DocumentFilter(locality=locality, province=province, level=level, body_kind=body_kind,
                                 year=year, period=period, format=format)
    try:
        out = queries.table_documents(s, flt, sort=sort, desc=sort_desc, after=after, limit=limit, facets=facets)
    except ValueError as e:
        raise HTTPException(400, str(e)) from e
    return DocumentTableAnswer.model_validate(out, from_attributes=True)


@router.get("/facts/{fact_id}")
def fact(fact_id: DbId, s: SessionDep, lang: LangQuery = None) -> FactAnswer:
    f = queries.get_fact(s, fact_id)
    if f is None:
        raise HTTPException(404, f"no fact {fact_id}")
    lg = _lang(lang)
    return FactAnswer.model_validate({**dict(f), "labels": None if lg is None else labels_of(f, lg)})


@router.get("/localities")
def localities(s: SessionDep, limit: Limit = 50, offset: Offset = 0) -> LocalityPage:
    items = queries.list_localities(s)
    return LocalityPage.model_validate({"total": len(items), "limit": limit, "offset": offset,
                                        "items": items[offset:offset + limit]})


@router.get("/indicators")
def indicators(s: SessionDep, limit: Limit = 50, offset: Offset = 0, lang: LangQuery = None) -> IndicatorPage:
    items = queries.list_indicators(s)
    if lang is LangParam.en:
        items = [{**i, "label": labels.label("indicators", i["key"], "en") or i["label"]} for i in items]
    return IndicatorPage.model_validate({"total": len(items), "limit": limit, "offset": offset,
                                         "items": items[offset:offset + limit]})


@router.get("/labels")
def labels_(lang: LangQuery = None) -> LabelsAnswer:
    """Every label a reader sees, in one language: indicators, roles, bodies, qualifiers, locality
    levels, units, period kinds, export column headings and the dashboard's words."""
    lg: labels.Lang = "en" if lang is LangParam.en else "vi"
    return LabelsAnswer.model_validate({"lang": lg, **{g: labels.table(g, lg) for g in ("indicators", *labels.GROUPS)}})


@router.get("/compare")
def compare(
    s: SessionDep,
    indicator: Annotated[str, Query(max_length=64)],
    extra: TableDep,
    by: CompareBy = CompareBy.locality,
    role: Role = ROLE_AMOUNT,
    locality: Annotated[str | None, Query(max_length=255)] = None,
    province: Annotated[str | None, Query(max_length=255)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    period: Annotated[str | None, Query(max_length=16)] = None,
    unit: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    sources: Annotated[str, Query(pattern="^(one|all)$", description=SOURCES_HELP)] = "one",
    lang: LangQuery = None,
) -> ComparePage:
    _check_indicator(indicator)
    _check_period(period)
    items = queries.compare(s, indicator, by=by.value, role=role.value, locality=locality, province=province,
                            year=year, period=period, unit=unit, extra=extra,
                            all_sources=True if sources == "all" else None)
    lg = _lang(lang)
    page = [LabelledCompareRow.model_validate({**dict(r), "labels": None if lg is None else labels_of(r, lg)})
            for r in items[offset:offset + limit]]
    return ComparePage.model_validate({"total": len(items), "limit": limit, "offset": offset,
                                       "items": page, "indicator": indicator,
                                       "by": by.value, "role": role.value})


@router.get("/search", response_model=SearchAnswer)
def search(s: SessionDep, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=200)] = 20, offset: Offset = 0) -> Response:
    res = queries.search(s, q, limit=limit, offset=offset)
    return _json({**dict(res), "ok": True, "q": q})


@router.get("/export", response_class=StreamingResponse, responses={200: {
    "description": "The filtered facts, streamed: CSV (UTF-8 with BOM), a JSON array, or Parquet",
    "content": {t.split(";")[0]: {} for t in MEDIA_TYPES.values()}}})
def export(request: Request, flt: FilterDep, extra: TableDep, format: ExportFormat = ExportFormat.csv,
           lang: Annotated[LangParam | None, Query(description="column headings in vi or en (default: the column keys)")] = None,
           limit: Annotated[int | None, Query(ge=1, description="at most this many rows")] = None) -> Response:
    """Facts as CSV, JSON or Parquet, streamed in constant memory. Without the write token a
    request gets at most ``SOKET_EXPORT_MAX_ROWS`` rows (header ``X-Row-Limit``)."""
    cap = None if has_token(request) else int(request.app.state.export_max_rows)
    n = min(x for x in (limit, cap) if x is not None) if (limit or cap) else None
    sessions = request.app.state.sessions

    def body() -> Iterator[bytes]:
        with sessions() as s:  # its own session: the stream outlives the handler
            rows = queries.export_rows(s, flt, extra=extra)
            yield from iter_export(itertools.islice(rows, n) if n else rows, format.value,
                                   lang=None if lang is None else lang.value)

    headers = {"Content-Disposition": f'attachment; filename="soket-facts.{format.value}"'}
    if n is not None:
        headers["X-Row-Limit"] = str(n)
    return StreamingResponse(body(), media_type=MEDIA_TYPES[format.value], headers=headers)


@router.post("/documents", status_code=201, dependencies=[Depends(require_write)], response_model=UploadAnswer,
             responses={401: {"model": ErrorAnswer, "description": "No valid bearer token"},
                        403: {"model": ErrorAnswer, "description": "The server is read-only"},
                        413: {"model": ErrorAnswer, "description": "Request body too large"}})
def upload(request: Request, file: Upload, s: SessionDep) -> JSONResponse:
    name = (file.filename or "upload.txt").replace("\\", "/").rsplit("/", 1)[-1] or "upload.txt"
    data = file.file.read()
    try:
        doc = load_bytes(data, name=name, options=request.app.state.read)
    except LimitExceededError as e:
        raise HTTPException(413, f"{e.code}: {e.message}") from e
    except UnsupportedFormatError as e:
        raise HTTPException(415, f"{e.code}: {e.message}") from e
    except InputError as e:
        raise HTTPException(422, f"{e.code}: {e.message}") from e
    res = ingest_document(request.app.state.store, doc)
    if res.status in ("stored", "replaced"):  # stored issues must not depend on the order of uploads
        recheck_history(request.app.state.store, [res.document_id])
    d = queries.get_document(s, res.document_id)
    body = UploadAnswer.model_validate({**(dict(d) if d else {}), "ingest": res.status})
    return JSONResponse(body.model_dump(mode="json"), status_code=201 if res.status in ("stored", "replaced") else 200)


# --- meetings: one meeting, many sources (docs/sources.md) ------------------------------------------


@router.get("/meetings")
def list_meetings(s: SessionDep, limit: Limit = 50, offset: Offset = 0,
                  locality: Annotated[str | None, Query(max_length=255)] = None,
                  disagree: Annotated[bool | None, Query(description="only meetings whose sources disagree")] = None,
                  min_documents: Annotated[int, Query(ge=1, le=1000)] = 1) -> MeetingPage:
    """Meetings, each with how many documents and distinct sources report it and how many of
    its figures they disagree on."""
    total, items = meetings.list_meetings(s, limit=limit, offset=offset, locality=locality, disagree=disagree,
                                          min_documents=min_documents)
    return MeetingPage.model_validate({"total": total, "limit": limit, "offset": offset, "items": items})


@router.get("/meetings/{meeting_id}")
def get_meeting(meeting_id: DbId, s: SessionDep) -> MeetingDetail:
    """One meeting: its documents (source, primary, pinned), merged facts with their sources
    (document, span, evidence) and agreement count, and the disagreements quoting both sources."""
    d = meetings.meeting_detail(s, meeting_id)
    if d is None:
        raise HTTPException(404, f"no meeting {meeting_id}")
    return MeetingDetail.model_validate(d)


@router.get("/documents/{document_id}/meeting")
def document_meeting(document_id: DbId, s: SessionDep) -> MeetingDetail:
    gid = meetings.group_of_document(s, document_id)
    d = meetings.meeting_detail(s, gid) if gid is not None else None
    if d is None:
        raise HTTPException(404, f"document {document_id} is linked to no meeting")
    return MeetingDetail.model_validate(d)


@router.post("/meetings/{meeting_id}/split", status_code=201, dependencies=[Depends(require_write)])
def split_meeting(meeting_id: DbId, request: Request,
                  document_id: Annotated[list[int], Query(description="documents to move out")]) -> SplitAnswer:
    """Move documents out of a meeting into one of their own; kept so on re-ingest."""
    try:
        with request.app.state.store.write() as w:
            new = meetings.split(w, meeting_id, document_id)
    except ValueError as e:
        raise HTTPException(422, str(e)) from e
    return SplitAnswer(meeting=meeting_id, new_meeting=new)


@router.post("/meetings/{meeting_id}/join/{other_id}", status_code=201, dependencies=[Depends(require_write)])
def join_meetings(meeting_id: DbId, other_id: DbId, request: Request) -> JoinAnswer:
    """Make two meetings one (the other's documents join this one); kept so on re-ingest."""
    try:
        with request.app.state.store.write() as w:
            meetings.join(w, meeting_id, other_id)
    except ValueError as e:
        raise HTTPException(422, str(e)) from e
    return JoinAnswer(meeting=meeting_id)
