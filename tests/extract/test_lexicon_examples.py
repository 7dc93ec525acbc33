"""Every example sentence of the lexicons is run through the component that uses its entries, and
every phrase list of every lexicon file is shown entry by entry by example sentences.

- ``cues``, ``units``, ``numbers``, ``bodies``, ``titles``, ``periods``, ``sections``: each example
  is a sentence the extractor reads (:func:`soket.extract.extract_text`); the fact it names
  (``raw``) must come out as it says, and ``expect`` names what else the record must hold (the
  meeting, period, people, tasks, limitations).
- ``chrome``: each example is a piece of a page that :func:`soket.ingest.chrome.find_chrome`
  reads; the parts named ``chrome`` must be marked, the parts named ``kept`` must stay text.
- ``report_structure``: each example is an official document's opening that
  :func:`soket.extract.structure.parse_official` reads (body, unit, type, title, sections).
- ``table_headers``: each example is a small indicator table read by
  :func:`soket.extract.tables.extract_table_facts`.
- ``publishers``: each example is a page opening (and host) that
  :func:`soket.extract.context.publication_context` places in its province.
- ``batch_filter``: each cue has a text the pre-filter (:mod:`soket.batch.prefilter`) keeps, whose
  group goes missing when the cue is blanked out.
- ``table_headers.columns`` and ``publishers.publishers`` carry an ``example`` per entry, run by
  tests/official/test_tables.py and tests/extract/test_publication_context.py.

The loader writes every string in the new tone placement and spelling (an example "tỉ lệ", "kì họp" as "tỷ lệ", "kỳ
họp"): an example written otherwise is also run as written, and must read as its loaded form.

Every list (or mapping) of these files is either COVERED (each entry shown by an example: the
test fails on an entry without one), NOT_PHRASES (data that are not phrases, each with its reason),
or PENDING (lists not yet shown entry by entry: the debt, which may shrink, never grow).
"""

from __future__ import annotations

import dataclasses
import re
from importlib import resources
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from official.helpers import table_document
from soket.batch.prefilter import is_candidate, lexicon, missing_group
from soket.extract import extract_text, gazetteer
from soket.extract.context import publication_context
from soket.extract.places import unit_phrases
from soket.extract.structure import parse_official
from soket.extract.tables import extract_table_facts
from soket.extract.textutil import lower_keep_len
from soket.ingest.chrome import find_chrome
from soket.lexicon import load, normalise
from soket.lexicon.schema import (
    SCHEMAS,
    ChromeExample,
    FilterCueExample,
    LexiconExample,
    PublisherExample,
    StructureExample,
    TableExample,
)
from soket.text import i_spellings

# files whose examples are sentences for the extractor, and the chrome file's page pieces
SENTENCE_FILES = ("cues", "units", "numbers", "bodies", "titles", "periods", "sections")

# data that are not phrases to show in a sentence (each with its reason)
NOT_PHRASES = {
    "gazetteer_aliases": "a place table (units, provinces, syllables), checked by tests/extract/test_gazetteer.py",
    "labels": "labels for readers (vi/en) of keys, not words read in reports: tests/lexicon/test_labels.py",
    "report_templates": "the words a drafted review writes, not reads: the report tests read every draft back",
    "indicators.indicators": "the indicator taxonomy: keys and subject patterns, tests/extract/test_indicators.py",
    "table_headers.columns": "each rule carries its own example header, run by tests/official/test_tables.py",
    "table_headers.comparison_groups": "a header of two rows over merged cells, which an example's rows of cell texts "
                                       "cannot write: tests/extract/test_round40_docs40.py runs it",
    "publishers.publishers": "each publisher carries its own example, run by test_publication_context.py",
    "titles.surnames": "a table of Vietnamese surnames (a name list, like the gazetteer's places)",
    "units.scales": "number words' powers of ten (nghìn, triệu, tỷ): data for the number parser",
    "report_structure.months_words": "month counts of period words: data, tests/extract/test_structure.py",
    "report_structure.quarters": "quarter numbers to months: data, tests/extract/test_structure.py",
    "report_structure.halves": "half-year words to months: data, tests/extract/test_structure.py",
    "periods.quarters": "quarter numbers to months: data",
    "periods.month_words": "month counts of period words: data",
    "periods.time_patterns": "regular expressions, not phrases: tests/extract/test_period.py",
    "chrome.inline_patterns": "regular expressions, not phrases: tests/ingest/test_chrome.py",
}

# lists not yet shown entry by entry (issue 11): shrink this, never grow it
PENDING = {
    "table_headers.qualifiers",  # "xấp xỉ 95" in a cell reads no figure today
    "table_headers.caption_cues",  # read by the .docx reader (ingest/docx.py): not shown here yet
    "units.counted_nouns",  # "km đường" is never read: "km" (a measure) takes the figure first
    "numbers.digits",  # "không" (0): no sentence we wrote reads it ("một trăm không năm tỷ đồng" is no fact)
    "cues.subjects.predicate",  # "gấp": "gấp 2 lần" states no fact ("lần" is no unit), so no sentence shows it
    "cues.subjects.inline_openers", "cues.subjects.complete_heads", "cues.subjects.predicate_start",
    "cues.subjects.growth_nouns",
    "titles.source_leads",
    "periods.review_cues",  # read by no code today: to use or to remove, not to illustrate
}


def _lists(name: str) -> dict[str, Any]:
    """Every list or mapping of lexicon ``name`` by its key (``file.section.list``), the examples aside."""
    out: dict[str, Any] = {}

    def walk(model: BaseModel, prefix: str) -> None:
        for field in type(model).model_fields:
            v = getattr(model, field)
            key = f"{prefix}.{field}"
            if field.endswith("examples"):
                continue
            if isinstance(v, BaseModel):
                walk(v, key)
            elif isinstance(v, list | dict):
                out[key] = v

    walk(load(name), name)
    return out


ALL_LISTS = {k: v for name in SCHEMAS for k, v in _lists(name).items()}


def _entries(data: Any) -> list[str]:
    """A list's entries; a mapping's keys, or its values where they are lists of phrases."""
    if isinstance(data, dict):
        if data and all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in data.values()):
            return [x for v in data.values() for x in v]
        return list(data)
    return list(data)


def _examples(name: str) -> list[Any]:
    lex = load(name)
    own = getattr(lex, "examples", None)
    return [*(own if isinstance(own, list) else []), *(getattr(lex, "cue_examples", None) or [])]


def _covered(key: str) -> bool:
    return key not in PENDING and not any(key == x or key.startswith(x + ".") for x in NOT_PHRASES)


def _claims() -> dict[str, set[str]]:
    claims: dict[str, set[str]] = {}
    for name in SCHEMAS:
        for ex in _examples(name):
            if isinstance(ex, LexiconExample | ChromeExample | FilterCueExample | StructureExample | TableExample
                              | PublisherExample):
                for lst, entries in ex.covers.items():
                    claims.setdefault(f"{name}.{lst}", set()).update(entries)
    return claims


SENTENCES = [(n, e) for n in SENTENCE_FILES for e in _examples(n)]
PAGES = [e for e in _examples("chrome")]


def _path(d: Any, path: str) -> Any:
    for part in path.split("."):
        d = [x[part] for x in d] if isinstance(d, list) else d[part]
    return d


@pytest.mark.parametrize(("name", "e"), SENTENCES, ids=[f"{n}:{e.sentence[:40]}" for n, e in SENTENCES])
def test_example_sentence(name: str, e: LexiconExample) -> None:
    rec = extract_text(e.sentence)
    d = rec.model_dump()
    for path, want in e.expect.items():
        exact = path.endswith("=")  # "people.roles=": an item equal to the value, not one holding it
        got = _path(d, path.rstrip("="))
        if isinstance(got, list):
            flat = [y for x in got for y in (x if isinstance(x, list) else [x])]
            for w in want if isinstance(want, list) else [want]:
                assert any(w == g or (not exact and isinstance(g, str) and str(w) in g) for g in flat), (path, w, got)
        else:
            assert got == want, (path, got)
    if e.raw is None:
        if not e.expect:
            assert rec.facts == []
        return
    got_facts = [f for f in rec.facts if f.raw == e.raw]
    assert got_facts, f"no fact {e.raw!r} in {[f.raw for f in rec.facts]}"
    f = got_facts[0]
    if e.role is not None:
        assert f.role == e.role
    if e.unit is not None:
        assert f.unit == e.unit
    if e.value is not None:
        assert f.value == pytest.approx(e.value)
    if e.basis is not None:
        assert f.basis == e.basis
    if e.subject is not None:
        assert e.subject in lower_keep_len(f.subject or "")
    if e.subject_lacks is not None:
        assert e.subject_lacks not in lower_keep_len(f.subject or "").split()
    if e.typo is not None:
        assert bool(f.read_through_typo) == e.typo


@pytest.mark.parametrize("e", PAGES, ids=[e.page[:40] for e in PAGES])
def test_example_page(e: ChromeExample) -> None:
    ranges = find_chrome(e.page)

    def marked(part: str) -> bool:
        i = e.page.index(part)
        return any(a <= i and i + len(part) <= b for a, b in ranges)

    for part in e.chrome:
        assert marked(part), f"not marked as chrome: {part!r}"
    for part in e.kept:
        assert not any(a < e.page.index(part) + len(part) and e.page.index(part) < b for a, b in ranges), part


OFFICIAL = _examples("report_structure")


@pytest.mark.parametrize("e", OFFICIAL, ids=[f"{next(iter(e.covers.values()))[0]}" for e in OFFICIAL])
def test_example_official_opening(e: StructureExample) -> None:
    """parse_official reads the header (body, unit, type, title) and sections the example says."""
    h = parse_official(e.text)
    assert h is not None
    d = dataclasses.asdict(h)
    for path, want in e.expect.items():
        got = _path(d, path.rstrip("="))
        assert want in got if isinstance(got, list) else got == want, (path, got)
    if e.ends_before is not None:
        assert h.sections and h.sections[-1].end <= e.text.index(e.ends_before)


TABLES = _examples("table_headers")


@pytest.mark.parametrize("e", TABLES, ids=[f"{next(iter(e.covers.values()))[0]}" for e in TABLES])
def test_example_table(e: TableExample) -> None:
    """extract_table_facts reads the cell ``raw`` of the example's table as it says."""
    facts = [f for f in extract_table_facts(table_document(e.rows, before=e.before)) if f.raw == e.raw]
    assert facts, f"no fact {e.raw!r}"
    for k in ("value", "role", "basis", "unit", "qualifier", "subject", "estimated"):
        if getattr(e, k) is not None:
            assert getattr(facts[0], k) == getattr(e, k), k


PAGES_OF = _examples("publishers")


@pytest.mark.parametrize("e", PAGES_OF, ids=[f"{next(iter(e.covers.values()))[0]}" for e in PAGES_OF])
def test_example_publisher(e: PublisherExample) -> None:
    """publication_context places the page (its masthead line, or its host) in the province given."""
    ctx = publication_context(e.text, {"host": e.host} if e.host else None, units=unit_phrases)
    assert ctx.province == gazetteer.canonical_province(e.province)


FILTER = list(lexicon().cue_examples)


@pytest.mark.parametrize("e", FILTER, ids=[e.text[:40] for e in FILTER])
def test_example_filter_text(e: FilterCueExample) -> None:
    """The pre-filter (soket.batch.prefilter) keeps the text; blank the cue out and its group is missing."""
    assert is_candidate(e.text)
    for cue in e.covers["groups"]:
        group = next(g for g, cues in lexicon().groups.items() if cue in cues)
        assert missing_group(re.sub(re.escape(cue), "…", e.text, flags=re.IGNORECASE)) == group


def _written_otherwise() -> list[tuple[str, str, str]]:
    """(file, field, text as written) of each example whose text the loader writes otherwise (old tone placement, an
    "i" spelling)."""
    out = []
    for name in (*SENTENCE_FILES, "chrome", "batch_filter"):
        raw = yaml.safe_load(resources.files("soket.lexicon").joinpath(f"{name}.yaml").read_text(encoding="utf-8"))
        for e in [*(raw.get("examples") if isinstance(raw.get("examples"), list) else []), *raw.get("cue_examples", [])]:
            for field in ("sentence", "page", "text"):
                if isinstance(e.get(field), str) and normalise(e[field]) != e[field]:
                    out.append((name, field, e[field]))
    return out


def _spelt(x: Any) -> Any:
    if isinstance(x, str):
        return normalise(x)
    if isinstance(x, list):
        return [_spelt(y) for y in x]
    if isinstance(x, dict):
        return {k: _spelt(v) for k, v in x.items()}
    return x


WRITTEN_OTHERWISE = _written_otherwise()


@pytest.mark.parametrize(("name", "field", "text"), WRITTEN_OTHERWISE, ids=[t[:40] for _, _, t in WRITTEN_OTHERWISE])
def test_an_example_reads_as_written_as_it_reads_loaded(name: str, field: str, text: str) -> None:
    """"tỉ lệ" reads as "tỷ lệ", "Khoá" as "Khóa": the same record (its strings compared in the loader's spelling; the
    source's hash aside), the same chrome, the same verdict of the pre-filter."""
    loaded = normalise(text)
    if field == "sentence":
        as_written, as_loaded = (_spelt(extract_text(t).model_dump(exclude={"source"})) for t in (text, loaded))
        assert as_written == as_loaded
    elif field == "page":
        assert find_chrome(text) == find_chrome(loaded)
    else:
        assert missing_group(text) == missing_group(loaded)


def _i_spelt(text: str) -> str:
    """``text`` with every syllable :func:`soket.text.new_spelling` writes with "y" in its "i" spelling ("tỷ" → "tỉ",
    "Kỳ" → "Kì", "QUÝ" → "QUÍ")."""
    def other(m: re.Match[str]) -> str:
        w = m.group()
        old = i_spellings(w.lower())[0]
        return "".join(o.upper() if c.isupper() else o for c, o in zip(w, old, strict=True))

    words = [w for w in ("tỷ", "kỳ", "quý") if i_spellings(w)]
    return re.sub(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", other, text, flags=re.IGNORECASE)


def test_every_example_reads_the_same_in_the_i_spelling() -> None:
    """Each example sentence written with "tỉ", "kì", "quí" for "tỷ", "kỳ", "quý" gives the same record (its strings
    compared in the loader's spelling): the texts' matching copy folds them, wherever a lexicon's words are matched."""
    tried, differ = 0, []
    for name, e in SENTENCES:
        other = _i_spelt(e.sentence)
        if other == e.sentence:
            continue
        tried += 1
        if _spelt(extract_text(other).model_dump(exclude={"source"})) != _spelt(extract_text(e.sentence).model_dump(exclude={"source"})):
            differ.append(f"{name}: {other}")
    assert tried >= 100
    assert differ == []


def test_some_examples_are_written_otherwise() -> None:
    """The "i" spellings the lexicons list no more are still shown read, by examples written with them."""
    assert {"sentence", "page", "text"} <= {f for _, f, _ in WRITTEN_OTHERWISE}
    assert any("tỉ" in t.split() for _, _, t in WRITTEN_OTHERWISE)


def test_every_list_is_covered_excluded_or_pending() -> None:
    for key in NOT_PHRASES:
        assert key in SCHEMAS or any(k == key or k.startswith(key + ".") for k in ALL_LISTS), \
            f"NOT_PHRASES names no lexicon list: {key}"
    for key in PENDING:
        assert key in ALL_LISTS, f"PENDING names no lexicon list: {key}"
        assert not any(key == x or key.startswith(x + ".") for x in NOT_PHRASES), key


def test_examples_cover_only_entries_of_the_lexicon() -> None:
    for key, entries in _claims().items():
        assert key in ALL_LISTS, f"an example covers {key}: no such list"
        unknown = entries - set(_entries(ALL_LISTS[key]))
        assert not unknown, f"{key}: examples cover entries not in the lexicon: {sorted(unknown)}"


@pytest.mark.parametrize("key", sorted(k for k in ALL_LISTS if _covered(k)))
def test_every_entry_has_an_example(key: str) -> None:
    missing = set(_entries(ALL_LISTS[key])) - _claims().get(key, set())
    assert not missing, f"{key}: entries without an example sentence: {sorted(missing)}"


@pytest.mark.parametrize("key", sorted(PENDING))
def test_a_pending_list_leaves_pending_once_covered(key: str) -> None:
    missing = set(_entries(ALL_LISTS[key])) - _claims().get(key, set())
    assert missing, f"{key}: every entry has an example now: move it out of PENDING"
