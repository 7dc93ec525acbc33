"""soket.lexicon.schema: one strict schema per lexicon file; what each refuses and what its few
methods and validators do."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from soket.lexicon import get, load
from soket.lexicon.schema import (
    SCHEMAS,
    BatchFilterLexicon,
    LexiconExample,
    ReportTemplates,
    TableColumnRule,
    validate,
)


def test_validate_returns_the_files_model():
    for name, schema in SCHEMAS.items():
        assert isinstance(load(name), schema), name
    assert validate("sections", load("sections").model_dump()) == load("sections")


def test_strict_no_extra_keys_no_coercion():
    with pytest.raises(ValidationError):
        LexiconExample(covers={}, sentence="x", surprise=1)
    with pytest.raises(ValidationError):
        LexiconExample(covers={}, sentence="x", value="5")  # strict: a string is no number
    e = LexiconExample(covers={"roles.attain": ["đạt"]}, sentence="Thu ngân sách đạt 5 tỷ đồng.", raw="5 tỷ đồng")
    assert e.role is None and e.typo is None


def test_table_column_kind_is_one_of_the_known():
    TableColumnRule(kind="plan_pct", exact=["so kế hoạch"], example="So kế hoạch (%)")
    with pytest.raises(ValidationError):
        TableColumnRule(kind="guess", example="x")
    with pytest.raises(ValidationError):
        TableColumnRule(kind="amount")  # every rule shows an example header


@pytest.mark.parametrize("groups", [{}, {"a": []}, {"a": ["  "]}])
def test_batch_filter_groups_must_hold_cues(groups):
    with pytest.raises(ValidationError):
        BatchFilterLexicon(groups=groups)
    assert BatchFilterLexicon(groups={"a": ["ngân sách"]}).examples.keep == []


def test_letterhead_of_a_body():
    layout = get(ReportTemplates).layout
    assert layout.letterhead("party_committee") is layout.party_committee
    assert layout.letterhead("peoples_council") is layout.peoples_council
    assert layout.letterhead("other") is layout.peoples_committee
    assert layout.letterhead(None) is layout.peoples_committee
