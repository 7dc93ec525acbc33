"""Strict schemas for the lexicon files (pydantic, extra keys forbidden)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ChromeLexicon(_Strict):
    line_cues: list[str]
    tail_cues: list[str]
    block_cues: list[str] = []
    counter_labels: list[str] = []
    counter_units: list[str] = []
    inline_patterns: list[str] = []
    fact_units: list[str] = []
    max_line_chars: int = 120
    short_counter_chars: int = 60
    tail_max_line_chars: int = 240


class GazetteerUnitAlias(_Strict):
    name: str
    kind: str
    province: str
    aliases: list[str]


class GazetteerAliases(_Strict):
    units: list[GazetteerUnitAlias] = []
    provinces: dict[str, list[str]] = {}
    syllables: dict[str, str] = {}


SCHEMAS: dict[str, type[BaseModel]] = {"chrome": ChromeLexicon, "gazetteer_aliases": GazetteerAliases}


# -- official documents: indicator-table headers and report structure (soket.extract.tables/structure)


class TableColumnRule(_Strict):
    kind: Literal["ignore", "number", "unit", "indicator", "target", "amount", "prior_value", "plan_pct",
                  "plan_diff_pct", "prior_pct", "change_pct", "change"]
    exact: list[str] = []
    prefix: list[str] = []
    contains: list[str] = []
    percent: bool = False
    example: str


class TableHeaders(_Strict):
    columns: list[TableColumnRule]
    estimated: list[str]
    plan_bases: dict[str, str]
    default_plan_basis: str
    comparison_bases: dict[str, str]
    default_prior_basis: str
    growth_subjects: list[str]
    subject_prefixes: list[str]
    units: dict[str, str]
    qualifiers: dict[str, Literal["over", "nearly", "about", "under"]]
    caption_cues: list[str]


class ReportStructure(_Strict):
    bodies: dict[str, Literal["peoples_committee", "peoples_council", "party_committee", "other"]]
    organ_units: dict[str, str]
    unit_words: list[str]
    cut_at: list[str]
    mottos: list[str]
    doc_types: list[str]
    title_stops: list[str]
    months_words: dict[str, int]
    quarters: dict[str, list[int]]
    halves: dict[str, list[int]]
    section_kinds: dict[Literal["results", "limitations", "tasks"], list[str]]
    cue_within_words: int
    end_cues: list[str]


SCHEMAS.update({"table_headers": TableHeaders, "report_structure": ReportStructure})


def validate(name: str, data: Any) -> Any:
    """Check ``data`` against the schema for ``name``; return the data unchanged (plain YAML)."""
    schema = SCHEMAS.get(name)
    if schema is not None:
        schema.model_validate(data)
    return data
