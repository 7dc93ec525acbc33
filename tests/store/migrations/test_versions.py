"""The Alembic migrations (store/migrations/env.py and versions/000N_*.py): an empty database
upgraded to head, then each step down and up again, on SQLite and (with SOKET_TEST_PG_URL)
PostgreSQL; what each version adds is there after it and gone after its downgrade."""

from __future__ import annotations

from argparse import Namespace

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from soket.store.db import MIGRATIONS

from ..backends import BACKENDS, database


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    with database(request.param, tmp_path) as u:
        yield u


def _config(**attrs) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes.update(attrs)
    return cfg


def _run(engine, fn, rev: str) -> None:
    with engine.begin() as conn:
        fn(_config(connection=conn), rev)


def _schema(engine) -> dict[str, tuple[set[str], set[str]]]:
    """Each table's columns and index names (SQLite's FTS shadow tables aside)."""
    insp = inspect(engine)
    return {t: ({c["name"] for c in insp.get_columns(t)}, {i["name"] for i in insp.get_indexes(t)})
            for t in insp.get_table_names() if "_fts_" not in t}


CHILDREN = ("people", "authors", "tasks", "limitations", "issues")
# what each version adds: tables, {table: columns}, {table: indexes}; and the indexes it drops
ADDS: dict[str, tuple[set[str], dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]] = {
    "0001": ({"documents", "meetings", "indicators", "facts", "roles", *CHILDREN},
             {"facts": {"raw", "span_start", "span_end", "malformed", "origin", "table_ref", "folded"},
              "meetings": {"locality_folded", "province_folded", "period_label", "chairs"}},
             {"meetings": {"ix_meetings_locality_folded", "ix_meetings_province_folded", "ix_meetings_year"},
              "facts": {"ix_facts_document_position"},
              **{t: {f"ix_{t}_document_id"} for t in CHILDREN}, "roles": {"ix_roles_person_id"}},
             {}),
    "0002": (set(), {}, {"facts": {"ix_facts_indicator"}}, {}),
    "0003": (set(), {"facts": {"sentence_span_start", "sentence_span_end", "evidence_cut", "read_through_typo",
                               "subject_unresolved", "page", "box", "ocr_confidence", "ocr_raw", "ocr_repair",
                               "ocr_flag"}}, {}, {}),
    "0004": (set(), {"facts": {"locality_folded", "province_folded", "year"}},
             {"facts": {"ix_facts_indicator_id", "ix_facts_role_id", "ix_facts_unit_id", "ix_facts_indicator_role_id",
                        "ix_facts_locality_id", "ix_facts_locality_year_id", "ix_facts_province_id",
                        "ix_facts_year_id"},
              "meetings": {"ix_meetings_locality_year", "ix_meetings_province_year"}},
             {"facts": {"ix_facts_indicator", "ix_facts_role", "ix_facts_indicator_role"}}),
    "0005": ({"meeting_groups", "meeting_links", "meeting_bands", "meeting_pins"}, {"facts": {"duplicate"}},
             {"meeting_groups": {"ix_meeting_groups_key"},
              "meeting_links": {"ix_meeting_links_group_id", "ix_meeting_links_pin"},
              "meeting_bands": {"ix_meeting_bands_document_id"}, "meeting_pins": {"ix_meeting_pins_pin"}},
             {}),
    "0006": (set(), {}, {}, {}),  # SQLite only: fts_pause and the insert triggers' WHEN (below)
    "0007": (set(), {"facts": {"range_upper"}}, {}, {}),
    "0008": (set(), {}, {}, {}),  # the stored signatures computed again (tests/store/test_sources.py)
}


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_the_versions_are_one_line_and_all_are_described_here():
    script = ScriptDirectory.from_config(_config())
    assert len(script.get_heads()) == 1
    assert _revisions() == sorted(ADDS)


def _assert_has(schema, rev: str) -> None:
    tables, cols, idx, dropped = ADDS[rev]
    assert tables <= set(schema), rev
    for t, cs in cols.items():
        assert cs <= schema[t][0], (rev, t, cs - schema[t][0])
    for t, ix in idx.items():
        assert ix <= schema[t][1], (rev, t, ix - schema[t][1])
    for t, ix in dropped.items():
        assert not ix & schema[t][1], (rev, t)


def _fts(engine) -> set[str]:
    """The full-text objects: SQLite's FTS5 tables, PostgreSQL's GIN indexes and stored column."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return set(conn.scalars(text("SELECT name FROM sqlite_master WHERE name LIKE '%fts%' "
                                         "AND name NOT LIKE '%fts_data' AND name NOT LIKE '%fts_idx' "
                                         "AND name NOT LIKE '%fts_docsize' AND name NOT LIKE '%fts_config'")))
        idx = set(conn.scalars(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%fts'")))
        cols = set(conn.scalars(text("SELECT table_name || '.fts' FROM information_schema.columns "
                                     "WHERE column_name = 'fts'")))
        return idx | cols


def test_each_step_up_down_and_up_again(url):
    """From an empty database one version at a time: after each upgrade what the version adds is
    there; its downgrade gives back exactly the schema before it, and upgrading again the schema
    after it. At head, then down every step to nothing, then up to head again."""
    engine = create_engine(url)
    try:
        revs = _revisions()
        before = [_schema(engine)]
        assert before[0] == {}
        for rev in revs:
            _run(engine, command.upgrade, rev)
            after = _schema(engine)
            _assert_has(after, rev)
            _run(engine, command.downgrade, "-1")
            assert {t: v for t, v in _schema(engine).items() if t != "alembic_version"} == \
                {t: v for t, v in before[-1].items() if t != "alembic_version"}, rev
            _run(engine, command.upgrade, rev)
            assert _schema(engine) == after, rev
            before.append(after)
        head = before[-1]
        fts = _fts(engine)
        if engine.dialect.name == "sqlite":
            assert {"documents_fts", "facts_fts", "facts_fts_ai", "facts_fts_ad", "facts_fts_au", "fts_pause"} <= fts
            with engine.connect() as conn:
                assert all("WHEN NOT EXISTS (SELECT 1 FROM fts_pause)" in sql for sql in conn.scalars(text(
                    "SELECT sql FROM sqlite_master WHERE name IN ('documents_fts_ai', 'facts_fts_ai')")))
        else:
            assert {"ix_documents_fts", "ix_facts_fts", "documents.fts", "facts.fts"} <= fts
        for i in range(len(revs), 0, -1):
            _run(engine, command.downgrade, "-1")
            assert {t: v for t, v in _schema(engine).items() if t != "alembic_version"} == \
                {t: v for t, v in before[i - 1].items() if t != "alembic_version"}, revs[i - 1]
        assert _fts(engine) == set()
        _run(engine, command.upgrade, "head")
        assert _schema(engine) == head and _fts(engine) == fts
    finally:
        engine.dispose()


def test_0004_copies_the_meeting_into_its_facts(url):
    engine = create_engine(url)
    try:
        _run(engine, command.upgrade, "0003")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO documents (id, doc, sha256, text, folded) VALUES (1, 'd', 'h', 't', 't')"))
            conn.execute(text("INSERT INTO meetings (document_id, locality_folded, province_folded, year) "
                              "VALUES (1, 'son tay', 'ha noi', 2020)"))
            conn.execute(text("INSERT INTO facts (document_id, position, role, estimated, raw, span_start, span_end, "
                              "evidence, malformed, origin, folded) "
                              "VALUES (1, 0, 'amount', false, '5 tỷ đồng', 0, 9, '', false, 'text', '')"))
        _run(engine, command.upgrade, "head")
        with engine.connect() as conn:
            row = conn.execute(text("SELECT locality_folded, province_folded, year, duplicate FROM facts")).one()
        assert tuple(row) == ("son tay", "ha noi", 2020, False)
    finally:
        engine.dispose()


def test_env_runs_from_the_command_line_with_a_url(tmp_path):
    """env.py without a handed-over connection: ``alembic -x url=... upgrade head``."""
    db = tmp_path / "cli.db"
    cfg = _config()
    cfg.cmd_opts = Namespace(x=[f"url=sqlite:///{db}"])
    command.upgrade(cfg, "head")
    engine = create_engine(f"sqlite:///{db}")
    try:
        assert {"documents", "facts", "meeting_groups"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    cfg = _config()
    cfg.cmd_opts = Namespace(x=[])
    with pytest.raises(SystemExit, match="no database"):
        command.upgrade(cfg, "head")
