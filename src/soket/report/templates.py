"""The words of a drafted review (``lexicon/report_templates.yaml``), loaded once."""

from __future__ import annotations

from functools import cache
from typing import Any

from soket.lexicon import load


@cache
def templates() -> dict[str, Any]:
    lex: dict[str, Any] = load("report_templates")
    return lex
