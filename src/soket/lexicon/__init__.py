"""Vietnamese words as data: each ``<name>.yaml`` here is loaded once, checked by its schema.

Schemas live in :mod:`soket.lexicon.schema` (every file has one): :func:`load` returns a file as
its model, :func:`get` the same typed by the model class.

Entries are normalised as they load (:func:`normalise`): NFC, the new tone placement ("hòa", "ủy",
"khóa") and the "y" spelling of a syllable spelt either way ("tỷ lệ", "kỳ họp", "quý"), so a lexicon
need not list "tỉnh uỷ" beside "tỉnh ủy", nor "tỉ lệ" beside "tỷ lệ"; a list keeps the first of
entries that normalise alike. Code that matches entries on a text normalises the text the same way
(:func:`soket.text.lower_keep_len`, :func:`soket.text.new_spelling`: offsets hold).
The words a drafted report writes (``report_templates``) are kept as written.

A file's parsed and normalised data is kept by :mod:`soket.startup` (issue 12: the YAML parse was
a fifth of a start), under the digest of the file's text and of the code that reads it (this module
and :mod:`soket.text`); the schema checks it at every load as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel

from soket import startup
from soket import text as textmod
from soket.lexicon.schema import SCHEMAS, validate
from soket.text import new_spelling, nfc

AS_WRITTEN = frozenset({"report_templates"})
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it (the same data, about 7 times faster: the
lexicons carry an example sentence per entry), else the pure-Python one."""


def normalise(data: Any) -> Any:
    """``data`` with every string (keys too) in NFC and the new tone placement and spelling; lists of
    strings without the duplicates that leaves."""
    if isinstance(data, str):
        return new_spelling(nfc(data))
    if isinstance(data, list):
        items = [normalise(x) for x in data]
        if all(isinstance(x, str) for x in items):
            return list(dict.fromkeys(items))
        return items
    if isinstance(data, dict):
        return {normalise(k): normalise(v) for k, v in data.items()}
    return data


@cache
def load(name: str) -> BaseModel:
    """``lexicon/<name>.yaml``, normalised, as the model of its schema (loaded once)."""
    return validate(name, _data(name))


@cache
def _reader_code() -> bytes:
    """The source of the code that turns a file into its data (part of the key of the kept data)."""
    return b"".join(Path(m).read_bytes() for m in (__file__, textmod.__file__))


def _data(name: str) -> Any:
    """``lexicon/<name>.yaml`` parsed and normalised: the kept copy where its key holds, else read and kept."""
    source = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    key = startup.digest(name, source, _reader_code(), _LOADER.__name__, yaml.__version__)
    kept = startup.read(f"lexicon-{name}.marshal")
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == key:
        return kept[1]
    data = yaml.load(source, Loader=_LOADER)
    if name not in AS_WRITTEN:
        data = normalise(data)
    startup.write(f"lexicon-{name}.marshal", (key, data))
    return data


M = TypeVar("M", bound=BaseModel)
_NAMES = {schema: name for name, schema in SCHEMAS.items()}


def get(schema: type[M]) -> M:
    """The lexicon whose schema is ``schema`` (``get(CuesLexicon).facts.anaphora``), typed."""
    lex = load(_NAMES[schema])
    assert isinstance(lex, schema)
    return lex


T = TypeVar("T")


def kept(name: str, build: Callable[[], T], *files: str) -> T:
    """What ``build`` (pure) makes of the lexicon ``files``, kept by :mod:`soket.startup` (issue 12: the
    gazetteer's index of normalised names was a tenth of a start): read back where the files' text and the
    package's code (:func:`soket.startup.code_stamp`) are what it was made from, else built and kept.
    ``build`` returns plain data (strings, numbers, lists, tuples, dicts: what ``marshal`` writes)."""
    lex = resources.files(__package__)
    key = startup.digest(name, startup.code_stamp(), yaml.__version__, *(lex.joinpath(f).read_bytes() for f in files))
    got = startup.read(f"kept-{name}.marshal")
    if isinstance(got, tuple) and len(got) == 2 and got[0] == key:
        return got[1]  # type: ignore[no-any-return]  # what build returned, as kept
    data = build()
    startup.write(f"kept-{name}.marshal", (key, data))
    return data


@cache
def load_json(name: str) -> Any:
    text = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
