"""soket.store.models: the tables, their columns derived from the record's models, and the
schema the migrations make being the one the classes describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from soket.model import Document, Fact, Issue, Meeting, Period, flat_columns
from soket.store.models import (
    DOCUMENT_EXCLUDE,
    FACT_RENAME,
    PERIOD_RENAME,
    Base,
    DocumentRow,
    FactRow,
    IssueRow,
    MeetingRow,
)


def _cols(row) -> set[str]:
    return set(row.__table__.c.keys())


def test_every_field_of_the_models_has_its_column():
    assert {c.name for c in flat_columns(Fact, FACT_RENAME)} <= _cols(FactRow)
    assert {c.name for c in flat_columns(Meeting)} <= _cols(MeetingRow)
    assert {c.name for c in flat_columns(Period, PERIOD_RENAME)} <= _cols(MeetingRow)
    assert {c.name for c in flat_columns(Issue)} <= _cols(IssueRow)
    doc = {c.name for c in flat_columns(Document) if c.field not in DOCUMENT_EXCLUDE}
    assert doc <= _cols(DocumentRow)
    assert not DOCUMENT_EXCLUDE & _cols(DocumentRow)


def test_renames_are_what_the_columns_are_called():
    assert "table_ref" in _cols(FactRow) and "table" not in _cols(FactRow)
    assert "period_label" in _cols(MeetingRow) and "label" not in _cols(MeetingRow)
    assert {"span_start", "span_end", "evidence_start", "evidence_end"} <= _cols(FactRow)


def test_children_go_with_their_document():
    for name in ("facts", "meetings", "people", "authors", "tasks", "limitations", "issues", "meeting_links"):
        fks = [fk for fk in Base.metadata.tables[name].foreign_keys if fk.column.table.name == "documents"]
        assert fks and all(fk.ondelete == "CASCADE" for fk in fks), name


def test_the_migrated_schema_is_the_one_the_classes_describe(store):
    """Alembic's autogenerate finds no table or column to add or drop between head and these
    classes (indexes, nullability of derived columns and the full-text objects only the migrations
    make are not declared here: not compared)."""
    def include(obj, name, type_, reflected, compare_to):
        return type_ in ("table", "column") and not (name or "").endswith(("_fts", "fts_data", "fts_idx",
                                                                            "fts_docsize", "fts_config", "fts_pause"))

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include, "compare_type": False})
        diff = [d for d in compare_metadata(ctx, Base.metadata)
                if isinstance(d, tuple) and d[0] in ("add_table", "remove_table", "add_column", "remove_column")
                and not (d[0] == "remove_column" and d[3].name == "fts")]
    assert diff == []
