"""Strict schemas for the lexicon files (pydantic, extra keys forbidden)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ChromeLexicon(_Strict):
    line_cues: list[str]
    tail_cues: list[str]


SCHEMAS: dict[str, type[BaseModel]] = {"chrome": ChromeLexicon}


def validate(name: str, data: Any) -> Any:
    """Check ``data`` against the schema for ``name``; return the data unchanged (plain YAML)."""
    schema = SCHEMAS.get(name)
    if schema is not None:
        schema.model_validate(data)
    return data
