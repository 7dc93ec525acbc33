"""Vietnamese words as data: each ``<name>.yaml`` here is loaded once, checked by its schema.

Schemas live in :mod:`soket.lexicon.schema`; a file without a schema is loaded as plain YAML.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """Load ``lexicon/<name>.yaml`` (validated when a schema is registered) and cache it."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    from soket.lexicon.schema import validate

    return validate(name, data)


@cache
def load_json(name: str) -> Any:
    import json

    text = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
