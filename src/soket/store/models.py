"""The store's tables (SQLAlchemy 2). The schema itself is made by the Alembic migrations in
``store/migrations``; these classes must describe the same tables.

The columns that hold a record's fields follow the models of :mod:`soket.model` (the renames are
below: :data:`FACT_RENAME`, :data:`PERIOD_RENAME`). A field the model gains and this module does
not declare gets its column here, from the field's type, when the module loads: adding a field
to a fact takes the model and a migration, not this file (``docs/architecture.md``).

One document row per distinct content (``sha256`` UNIQUE) and per path (``path`` UNIQUE, null for
uploads); everything else hangs off a document and goes with it (ON DELETE CASCADE).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy import Column as SAColumn
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeEngine

from soket.model import ColumnKind, Document, Fact, Issue, Meeting, Period, flat_columns


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc: Mapped[str] = mapped_column(String(255))
    path: Mapped[str | None] = mapped_column(String(2000), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    format: Mapped[str | None] = mapped_column(String(16))
    encoding: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(Text)  # fold(title + "\n" + text): the search copy
    meta: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ingested_at: Mapped[str | None] = mapped_column(String(32))

    meeting: Mapped[MeetingRow | None] = relationship(back_populates="document", uselist=False,
                                                      cascade="all, delete-orphan", passive_deletes=True)
    facts: Mapped[list[FactRow]] = relationship(back_populates="document", order_by="FactRow.position",
                                                cascade="all, delete-orphan", passive_deletes=True)
    people: Mapped[list[PersonRow]] = relationship(order_by="PersonRow.position",
                                                   cascade="all, delete-orphan", passive_deletes=True)
    authors: Mapped[list[AuthorRow]] = relationship(order_by="AuthorRow.position",
                                                    cascade="all, delete-orphan", passive_deletes=True)
    tasks: Mapped[list[TaskRow]] = relationship(order_by="TaskRow.position",
                                                cascade="all, delete-orphan", passive_deletes=True)
    limitations: Mapped[list[LimitationRow]] = relationship(order_by="LimitationRow.position",
                                                            cascade="all, delete-orphan", passive_deletes=True)
    issues: Mapped[list[IssueRow]] = relationship(order_by="IssueRow.position",
                                                  cascade="all, delete-orphan", passive_deletes=True)


class MeetingRow(Base):
    """The meeting and the period under review (period columns live here: one per document)."""

    __tablename__ = "meetings"
    __table_args__ = (
        Index("ix_meetings_locality_year", "locality_folded", "year"),
        Index("ix_meetings_province_year", "province_folded", "year"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), unique=True)
    body_kind: Mapped[str | None] = mapped_column(String(32))
    body: Mapped[str | None] = mapped_column(Text)
    locality: Mapped[str | None] = mapped_column(String(255))
    locality_folded: Mapped[str | None] = mapped_column(String(255), index=True)
    locality_kind: Mapped[str | None] = mapped_column(String(32))
    province: Mapped[str | None] = mapped_column(String(255))
    province_folded: Mapped[str | None] = mapped_column(String(255), index=True)
    session: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(10))
    chairs: Mapped[list[str] | None] = mapped_column(JSON)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    start_month: Mapped[int | None] = mapped_column(Integer)
    end_month: Mapped[int | None] = mapped_column(Integer)
    period_label: Mapped[str | None] = mapped_column(String(255))

    document: Mapped[DocumentRow] = relationship(back_populates="meeting")


class IndicatorRow(Base):
    __tablename__ = "indicators"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(255))
    unit: Mapped[str | None] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)


class FactRow(Base):
    __tablename__ = "facts"
    __table_args__ = (
        Index("ix_facts_document_position", "document_id", "position"),
        # keyset pages: every filter's index ends in id (migration 0004)
        Index("ix_facts_indicator_id", "indicator", "id"),
        Index("ix_facts_role_id", "role", "id"),
        Index("ix_facts_unit_id", "unit", "id"),
        Index("ix_facts_indicator_role_id", "indicator", "role", "id"),
        Index("ix_facts_locality_id", "locality_folded", "id"),
        Index("ix_facts_locality_year_id", "locality_folded", "year", "id"),
        Index("ix_facts_province_id", "province_folded", "id"),
        Index("ix_facts_year_id", "year", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str | None] = mapped_column(Text)
    indicator: Mapped[str | None] = mapped_column(String(64))  # a key of indicators, not enforced
    value: Mapped[float | None] = mapped_column(Float(precision=53))
    unit: Mapped[str | None] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    qualifier: Mapped[str | None] = mapped_column(String(16))
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    basis: Mapped[str | None] = mapped_column(Text)
    of: Mapped[float | None] = mapped_column(Float(precision=53))
    raw: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    malformed: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(16), default="text")
    table_ref: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    folded: Mapped[str] = mapped_column(Text, default="")  # fold(subject, raw, evidence): the search copy
    # copies of the meeting's (it never changes), so that locality/province/year filters are one
    # index range in id order (migration 0004)
    locality_folded: Mapped[str | None] = mapped_column(String(255))
    province_folded: Mapped[str | None] = mapped_column(String(255))
    year: Mapped[int | None] = mapped_column(Integer)
    # another source of the same meeting gives this figure and stands for it (docs/sources.md):
    # listings, compare and exports leave duplicates out unless asked for every source
    duplicate: Mapped[bool] = mapped_column(Boolean, default=False)

    document: Mapped[DocumentRow] = relationship(back_populates="facts")


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))

    roles: Mapped[list[RoleRow]] = relationship(order_by="RoleRow.position",
                                                cascade="all, delete-orphan", passive_deletes=True)


class RoleRow(Base):
    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(Text)


class AuthorRow(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))


class TaskRow(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class LimitationRow(Base):
    __tablename__ = "limitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class IssueRow(Base):
    __tablename__ = "issues"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(16), default="warning")
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)


# --- one meeting, many sources (docs/sources.md) ------------------------------------------------


class MeetingGroupRow(Base):
    """One meeting as reported by one or more documents (``meetings`` holds each document's own
    reading of its meeting); the keys are those of its primary document (the earliest stored)."""

    __tablename__ = "meeting_groups"
    __table_args__ = (Index("ix_meeting_groups_key", "locality_folded", "body_kind", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body_kind: Mapped[str | None] = mapped_column(String(32))
    locality: Mapped[str | None] = mapped_column(String(255))
    locality_folded: Mapped[str | None] = mapped_column(String(255))
    province: Mapped[str | None] = mapped_column(String(255))
    session: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)
    start_month: Mapped[int | None] = mapped_column(Integer)
    end_month: Mapped[int | None] = mapped_column(Integer)
    primary_document_id: Mapped[int | None] = mapped_column(Integer)
    n_documents: Mapped[int] = mapped_column(Integer, default=0)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)
    n_disagreements: Mapped[int] = mapped_column(Integer, default=0)


class MeetingLinkRow(Base):
    """A document's place: its meeting group, the source it is a copy of (the id of the source's
    first document), its MinHash signature, and the manual override's pin it carries."""

    __tablename__ = "meeting_links"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("meeting_groups.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(Integer)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    pin: Mapped[str | None] = mapped_column(String(64), index=True)


class MeetingBandRow(Base):
    """The LSH index: one row per (band, hash of the band's rows) of a document's signature; a
    new document's candidates are an indexed lookup of its own pairs."""

    __tablename__ = "meeting_bands"

    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    hash: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
                                             index=True)


class MeetingPinRow(Base):
    """A manual override (split, join), by the document's path (or ``sha256:`` of an upload), so
    that it outlives the document's row: documents with one pin form one meeting."""

    __tablename__ = "meeting_pins"

    key: Mapped[str] = mapped_column(String(2000), primary_key=True)
    pin: Mapped[str] = mapped_column(String(64), index=True)
    made_at: Mapped[str | None] = mapped_column(String(32))


# --- columns derived from the record's models -----------------------------------------------------

FACT_RENAME = {"table": "table_ref"}
"""Fact fields whose column has another name."""
PERIOD_RENAME = {"label": "period_label"}
"""The period's fields live in ``meetings``; ``label`` is ``period_label`` there."""
DOCUMENT_EXCLUDE = frozenset({"chrome", "tables"})
"""Document fields the store does not keep: page furniture ranges and parsed tables (the facts
read from tables are stored; the text keeps the tables' cells)."""

_SQL: dict[ColumnKind, type[TypeEngine[Any]] | TypeEngine[Any]] = {
    "str": Text, "int": Integer, "float": Float(precision=53), "bool": Boolean, "list": JSON, "json": JSON,
}


def _derive_columns(row: type[Base], model: type[Any], rename: dict[str, str] | None = None,
                    exclude: frozenset[str] = frozenset()) -> None:
    """Give ``row`` a column for every flat column of ``model`` it does not declare itself."""
    table = row.__table__
    for c in flat_columns(model, rename):
        if c.field in exclude or c.name in table.c:
            continue
        col: SAColumn[Any] = SAColumn(c.name, _SQL[c.kind], nullable=True)
        table.append_column(col)  # type: ignore[attr-defined]  # __table__ is a Table at runtime
        row.__mapper__.add_property(c.name, col)


_derive_columns(FactRow, Fact, FACT_RENAME)
_derive_columns(MeetingRow, Meeting)
_derive_columns(MeetingRow, Period, PERIOD_RENAME)
_derive_columns(DocumentRow, Document, exclude=DOCUMENT_EXCLUDE)
_derive_columns(IssueRow, Issue)
