"""Every example sentence of the lexicons is run: the entries it covers must do what it says."""

from __future__ import annotations

from typing import Any

import pytest

from soket.extract import extract_text
from soket.extract.textutil import lower_keep_len
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon, LexiconExample, UnitsLexicon

LEXICONS = {"cues": get(CuesLexicon), "units": get(UnitsLexicon)}
EXAMPLES = [(name, ex) for name, lex in LEXICONS.items() for ex in lex.examples]
# lexicon lists whose every entry must be shown by an example sentence (roles.plan_heads: its assigned plans)
COVERED = {
    "units": ["currency_compounds", "rate_words", "rate_nouns", "group_nouns"],
    "cues": ["subjects.count_events", "subjects.subject_remarks", "subjects.actor_heads", "roles.attain", "roles.goal_heads", "roles.unmet", "roles.copula", "roles.directive", "roles.purpose",
             "facts.money_for", "repair.glued_cues", "repair.before_percent", "repair.toneless_before_figure",
             "repair.toneless_phrases", "repair.never_typos",
             "subjects.bare_counters"],
}


def _entries(name: str, key: str) -> list[str]:
    """The entries of the list an example names (``covers``: ``section.list``, data naming a field)."""
    data: Any = LEXICONS[name]
    for part in key.split("."):
        assert part in type(data).model_fields, f"{name}.{key}: no such list"
        data = getattr(data, part)
    assert isinstance(data, list | dict)
    return list(data)  # a mapping's entries are its keys


@pytest.mark.parametrize(("name", "e"), EXAMPLES, ids=[f"{n}:{e.sentence[:40]}" for n, e in EXAMPLES])
def test_example_sentence(name: str, e: LexiconExample) -> None:
    rec = extract_text(e.sentence)
    if e.raw is None:
        assert rec.facts == []
        return
    got = [f for f in rec.facts if f.raw == e.raw]
    assert got, f"no fact {e.raw!r} in {[f.raw for f in rec.facts]}"
    f = got[0]
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


@pytest.mark.parametrize("name", sorted(COVERED))
def test_every_new_entry_has_an_example(name: str) -> None:
    claims: dict[str, set[str]] = {}
    for ex in LEXICONS[name].examples:
        for key, entries in ex.covers.items():
            known = _entries(name, key)
            assert set(entries) <= set(known), f"{name}.{key}: example covers entries not in the lexicon"
            claims.setdefault(key, set()).update(entries)
    for key in COVERED[name]:
        missing = set(_entries(name, key)) - claims.get(key, set())
        assert not missing, f"{name}.{key}: entries without an example sentence: {sorted(missing)}"
    if name == "cues":
        assigned = {p for p in _entries("cues", "roles.plan_heads") if p.endswith(" giao")}
        assert assigned <= claims.get("roles.plan_heads", set())
