"""Every lexicon file is data checked by a strict schema when it loads (habit 2 of STYLE.md)."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest
import yaml
from pydantic import ValidationError

from soket.lexicon import AS_WRITTEN, load, normalise
from soket.lexicon.schema import SCHEMAS, validate
from soket.text import new_spelling

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


def _strings(x: object) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return [s for k, v in x.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(x, list):
        return [s for v in x for s in _strings(v)]
    return []


@pytest.mark.parametrize("name", [n for n in FILES if n not in AS_WRITTEN])
def test_entries_load_in_the_new_tone_placement(name):
    old = [s for s in _strings(load(name).model_dump()) if new_spelling(s) != s]
    assert old == []


@pytest.mark.parametrize("name", [n for n in FILES if n not in AS_WRITTEN])
def test_no_entry_is_listed_in_both_tone_placements(name):
    """The loader reads "uỷ" as "ủy" and "tỉ lệ" as "tỷ lệ": a second spelling of an entry is a duplicate to remove
    (and two keys that normalise alike must not disagree)."""
    raw = yaml.safe_load(resources.files("soket.lexicon").joinpath(f"{name}.yaml").read_text(encoding="utf-8"))
    dupes: list[str] = []

    def walk(x: object) -> None:
        if isinstance(x, list):
            seen: dict[str, str] = {}
            for s in (v for v in x if isinstance(v, str)):
                if normalise(s) in seen and seen[normalise(s)] != s:
                    dupes.append(f"{seen[normalise(s)]!r} / {s!r}")
                seen.setdefault(normalise(s), s)
            for v in x:
                walk(v)
        elif isinstance(x, dict):
            keys: dict[str, str] = {}
            for k, v in x.items():
                if isinstance(k, str) and normalise(k) in keys and keys[normalise(k)] != k:
                    dupes.append(f"{keys[normalise(k)]!r} / {k!r}")
                if isinstance(k, str):
                    keys.setdefault(normalise(k), k)
                walk(v)

    walk(raw)
    assert dupes == []


def test_normalise():
    assert normalise({"Huyện uỷ": ["khoá", "khóa", "chủ toạ"], "n": 3}) == {"Huyện ủy": ["khóa", "chủ tọa"], "n": 3}
    assert normalise(["tỷ lệ", "tỉ lệ", "kì họp", "quí"]) == ["tỷ lệ", "kỳ họp", "quý"]


def test_load_returns_the_typed_model():
    from soket.lexicon import get
    from soket.lexicon.schema import BodiesLexicon, IndicatorsLexicon

    bodies = load("bodies")
    assert isinstance(bodies, BodiesLexicon)
    assert get(BodiesLexicon) is bodies
    assert bodies.committee_unit["huyện ủy"] == "huyện"
    with pytest.raises(TypeError):
        bodies["committee_unit"]  # attributes only: no lookup by a string key
    assert get(IndicatorsLexicon).indicators[0].key


def test_cues_are_split_by_step_and_every_list_is_read() -> None:
    """cues.yaml has one section per extractor step; every list of a section is read by the code,
    as ``<section>.<list>`` (a list no step reads is dead data)."""
    from pathlib import Path

    from soket.lexicon.schema import CuesLexicon

    src = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).resolve().parents[2] / "src" / "soket"
                                                            / "extract").glob("*.py"))
    sections = [n for n in CuesLexicon.model_fields if n != "examples"]
    assert sections == ["sentences", "quantities", "roles", "subjects", "facts", "repair"]
    unread = [f"{sec}.{name}" for sec in sections
              for name in CuesLexicon.model_fields[sec].annotation.model_fields
              if f".{sec}.{name}" not in src]
    assert unread == []
