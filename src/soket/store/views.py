"""What the store answers, as models (``docs/api.md``): the API serves them as they are, so its
OpenAPI schema shows them. Facts are :class:`soket.model.StoredFact`; a document's detail holds
the record's own models (meeting, period, people, issues)."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from soket.model import RecordOf, StoredFact


class _DocumentBase(BaseModel):
    id: int
    doc: str
    title: str | None = None
    path: str | None = None
    sha256: str
    format: str | None = None
    body_kind: str | None = None
    locality: str | None = None
    locality_kind: str | None = None
    province: str | None = None
    date: str | None = None
    year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    n_facts: int = 0


class DocumentSummary(_DocumentBase):
    """A document in a list: its meeting's place and period, and how many facts it holds."""

    period: str | None = None  # the period's code: 2021-H1, 2021-9M, 2021-FY


class DocumentDetail(RecordOf[StoredFact], _DocumentBase):
    """One document with its whole record (the record's fields: :class:`soket.model.RecordOf`,
    its facts as stored)."""

    period_code: str | None = None
    text: str
    encoding: str | None = None
    published: str | None = None


class LocalityPeriod(BaseModel):
    year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    period: str | None = None
    document_id: int


class LocalityItem(BaseModel):
    locality: str
    locality_kind: str | None = None
    province: str | None = None
    n_documents: int
    periods: list[LocalityPeriod]


class IndicatorItem(BaseModel):
    key: str
    label: str
    unit: str | None = None
    n_facts: int


class CompareRow(BaseModel):
    """One locality and period of a comparison: the value of its first such fact."""

    locality: str | None = None
    locality_kind: str | None = None
    province: str | None = None
    year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    period: str | None = None
    value: float | int | None = None
    unit: str | None = None
    role: str
    fact_id: int
    document_id: int
    subject: str | None = None
    raw: str


class SearchDocument(BaseModel):
    id: int
    doc: str
    title: str | None = None
    snippet: str


class SearchResult(BaseModel):
    documents: list[SearchDocument]
    facts: list[StoredFact]
    total_documents: int
    total_facts: int


FacetValue = str | int | float | bool | None


class FactTable(BaseModel):
    """One page of the facts explorer's table (``/api/table/facts``): the facts, the filtered
    total, the cursor of the next page (None on the last), the sort, and per facet column its most
    frequent ``[value, count]`` pairs in the filtered set (the key is absent when not asked for)."""

    total: int
    items: Sequence[StoredFact]
    next: str | None = None
    sort: str
    desc: bool
    facets: dict[str, list[tuple[FacetValue, int]]] | None = Field(default=None, exclude_if=lambda v: v is None)


class DocumentTable(BaseModel):
    """One page of the documents table (``/api/table/documents``): the documents, the filtered
    total, the next page's cursor (None on the last), the sort, and facet counts."""

    total: int
    items: list[DocumentSummary]
    next: str | None = None
    sort: str
    desc: bool
    facets: dict[str, list[tuple[FacetValue, int]]] | None = Field(default=None, exclude_if=lambda v: v is None)
