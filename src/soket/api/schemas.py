"""The API's answers as models (``docs/api.md``), so the OpenAPI schema shows them: envelopes
(``ok``, paging) around what the store answers (:mod:`soket.store.views`) and the record's own
models (:class:`soket.model.StoredFact` for a fact)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from soket.lexicon import labels
from soket.model import Issue, StoredFact
from soket.store.views import (
    CompareRow,
    DocumentDetail,
    DocumentSummary,
    DocumentTable,
    FactTable,
    IndicatorItem,
    LocalityItem,
    SearchResult,
)


class _Page(BaseModel):
    ok: bool = True
    total: int
    limit: int
    offset: int


class Labels(BaseModel):
    """A fact's (or compared row's) keys in words, in the language asked for with ``?lang=vi|en``:
    the indicator, role, unit, qualifier, locality level, body and period as the dashboard shows
    them. A key with no label is given as it is; a missing key stays null."""

    lang: labels.Lang
    indicator: str | None = None
    role: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    level: str | None = None
    body: str | None = None
    period: str | None = None


def labels_of(row: StoredFact | CompareRow, lang: labels.Lang) -> Labels:
    """The :class:`Labels` of a stored fact or a compared row in ``lang``."""
    indicator = getattr(row, "indicator", None)
    return Labels(
        lang=lang,
        indicator=labels.label("indicators", indicator, lang),
        role=labels.label("roles", row.role, lang),
        unit=labels.label("units", row.unit, lang),
        qualifier=labels.label("qualifiers", getattr(row, "qualifier", None), lang),
        level=labels.label("levels", row.locality_kind, lang),
        body=labels.label("bodies", getattr(row, "body_kind", None), lang),
        period=None if row.year is None else labels.period_label(row.year, row.start_month, row.end_month, lang),
    )


_NO_LABELS = Field(default=None, exclude_if=lambda v: v is None,
                   description="with ?lang=vi|en: the row's keys in words in that language")


class LabelledFact(StoredFact):
    """A stored fact, with its :class:`Labels` when a language was asked for."""

    labels: Labels | None = _NO_LABELS


class LabelledCompareRow(CompareRow):
    """A compared row, with its :class:`Labels` when a language was asked for."""

    labels: Labels | None = _NO_LABELS


class FactPage(BaseModel):
    """A page of facts. ``next``: pass it as ``after`` for the page that follows (keyset: as fast
    at any depth), None on the last page. ``total``: the filtered count, computed once per filter
    and state of the store (``count=exact`` counts again; ``count=none`` leaves it null)."""

    ok: bool = True
    total: int | None
    limit: int
    offset: int
    next: str | None = None
    items: list[LabelledFact]


class FactTableAnswer(FactTable):
    ok: bool = True
    items: list[LabelledFact]


class DocumentPage(_Page):
    items: list[DocumentSummary]


class LocalityPage(_Page):
    items: list[LocalityItem]


class IndicatorPage(_Page):
    items: list[IndicatorItem]


class ComparePage(_Page):
    items: list[LabelledCompareRow]
    indicator: str
    by: str
    role: str


class FactAnswer(LabelledFact):
    ok: bool = True


class DocumentAnswer(DocumentDetail):
    ok: bool = True


class UploadAnswer(DocumentDetail):
    ok: bool = True
    ingest: str  # stored | replaced | unchanged


class SearchAnswer(SearchResult):
    ok: bool = True
    q: str


class LabelsAnswer(BaseModel):
    """``GET /api/labels``: key -> label, group by group, in ``lang``."""
    ok: bool = True
    lang: str
    indicators: dict[str, str]
    roles: dict[str, str]
    bodies: dict[str, str]
    qualifiers: dict[str, str]
    levels: dict[str, str]
    units: dict[str, str]
    period_kinds: dict[str, str]
    columns: dict[str, str]
    chrome: dict[str, str]


class DocumentTableAnswer(DocumentTable):
    ok: bool = True


class Health(BaseModel):
    ok: bool = True
    counts: dict[str, int]


# --- errors: every 4xx/5xx answer is this envelope (api/app.py error_response) ------------------

class ErrorItem(BaseModel):
    """One problem with the request (a 422 lists one per invalid parameter)."""
    loc: list[str | int] = []
    msg: str = ""
    type: str = ""


class ErrorAnswer(BaseModel):
    """The error envelope: ``ok`` is false, ``status`` repeats the HTTP status, ``error`` says what
    went wrong in one line, ``errors`` lists the invalid parameters (422) and is empty otherwise."""
    ok: bool = False
    status: int
    error: str
    errors: list[ErrorItem] = []


ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorAnswer, "description": "Bad request (an unreadable or unsupported upload)"},
    404: {"model": ErrorAnswer, "description": "Not found"},
    422: {"model": ErrorAnswer, "description": "Invalid parameter (`errors` lists each)"},
    429: {"model": ErrorAnswer, "description": "Too many requests (`Retry-After` says when to retry)"},
}


class MeetingItem(BaseModel):
    """One meeting as reported by one or more documents (``docs/sources.md``); its keys are its
    primary document's (the earliest stored)."""

    id: int
    body_kind: str | None
    locality: str | None
    province: str | None
    session: int | None
    date: str | None
    year: int | None
    start_month: int | None
    end_month: int | None
    period: str | None
    primary_document_id: int | None
    n_documents: int
    n_sources: int
    n_disagreements: int


class MeetingPage(_Page):
    items: list[MeetingItem]


class MeetingDocument(BaseModel):
    """A document of a meeting: ``source_id`` is the first document of the source it copies."""

    id: int
    doc: str | None
    title: str | None
    format: str | None
    source_id: int
    pinned: bool
    primary: bool


class MergedSource(BaseModel):
    """One source of a merged figure: its document, fact, value as printed and sentence."""

    document_id: int
    source_id: int
    fact_id: int | None
    value: float | None
    raw: str
    span: list[int]
    evidence: str | None


class MergedFactItem(BaseModel):
    """One figure of a meeting merged over its sources: the agreed value, how many sources agree,
    whether they disagree beyond rounding, and every source."""

    indicator: str | None
    subject: str | None
    role: str | None
    unit: str | None
    value: float | None
    agreeing: int
    n_sources: int
    disagree: bool
    sources: list[MergedSource]


class MeetingDetail(MeetingItem):
    ok: bool = True
    documents: list[MeetingDocument]
    facts: list[MergedFactItem]
    disagreements: list[Issue]


class SplitAnswer(BaseModel):
    ok: bool = True
    meeting: int
    new_meeting: int


class JoinAnswer(BaseModel):
    ok: bool = True
    meeting: int
