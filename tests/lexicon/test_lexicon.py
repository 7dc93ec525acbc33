"""Every lexicon file is data checked by a strict schema when it loads (habit 2 of STYLE.md)."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest
import yaml
from pydantic import ValidationError

from soket.lexicon import load
from soket.lexicon.schema import SCHEMAS, validate

FILES = sorted(p.name[:-5] for p in resources.files("soket.lexicon").iterdir() if p.name.endswith(".yaml"))


@pytest.mark.parametrize("name", FILES)
def test_every_lexicon_has_a_schema_and_passes_it(name):
    assert name in SCHEMAS, f"lexicon/{name}.yaml has no schema in lexicon/schema.py"
    load(name)


@pytest.mark.parametrize("name", FILES)
def test_lexicon_text_is_nfc(name):
    text = resources.files("soket.lexicon").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


@pytest.mark.parametrize("name", ["units", "cues", "bodies", "titles", "periods", "sections", "numbers"])
def test_schemas_refuse_unknown_keys_and_wrong_types(name):
    text = resources.files("soket.lexicon").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    with pytest.raises(ValidationError):
        validate(name, {**data, "surprise": []})
    key = next(iter(data))
    with pytest.raises(ValidationError):
        validate(name, {**data, key: 42})
