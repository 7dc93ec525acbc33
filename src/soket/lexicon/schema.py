"""Strict schemas for the lexicon files (pydantic, extra keys forbidden)."""

from __future__ import annotations

from typing import Any

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


def validate(name: str, data: Any) -> Any:
    """Check ``data`` against the schema for ``name``; return the data unchanged (plain YAML)."""
    schema = SCHEMAS.get(name)
    if schema is not None:
        schema.model_validate(data)
    return data
