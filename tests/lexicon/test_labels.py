"""Labels in Vietnamese and English (lexicon/labels.yaml, indicators.yaml's label_en)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from soket.fmt import format_period
from soket.lexicon.labels import GROUPS, headings, label, lang_of, period_label, table
from soket.store.queries import EXPORT_COLUMNS, TABLE_FACETS


def test_every_indicator_has_an_english_label():
    vi, en = table("indicators", "vi"), table("indicators", "en")
    assert vi.keys() == en.keys() and len(en) >= 40
    assert all(en[k] and en[k] != vi[k] for k in en)
    assert all(lbl.isascii() for lbl in en.values())  # written in English, not copied Vietnamese
    assert label("indicators", "budget_revenue", "en") == "State budget revenue"


def test_every_group_has_both_languages_and_covers_what_is_shown():
    for g in GROUPS:
        assert table(g, "vi").keys() == table(g, "en").keys(), g
    assert set(EXPORT_COLUMNS) <= table("columns", "en").keys()  # every export column has a heading
    roles = {"amount", "change", "change_pct", "prior_pct", "plan_pct", "plan_diff_pct", "percent", "target"}
    assert roles <= table("roles", "en").keys()
    assert "locality_kind" in TABLE_FACETS


def test_headings_of_export_columns():
    assert headings(EXPORT_COLUMNS, None) == list(EXPORT_COLUMNS)
    en, vi = headings(EXPORT_COLUMNS, "en"), headings(EXPORT_COLUMNS, "vi")
    assert en[:3] == ["Fact id", "Document id", "Document"] and vi[0] == "Mã số liệu"
    assert len(set(en)) == len(en) and len(set(vi)) == len(vi)  # no two columns share a heading


def test_lang_of():
    assert lang_of("en") == lang_of("EN") == lang_of("en-GB") == "en"
    assert lang_of(None) == lang_of("") == lang_of("vi") == lang_of("fr") == "vi"


@given(st.integers(1990, 2100), st.integers(1, 12), st.integers(1, 12))
def test_vietnamese_period_words_are_the_formatter_s(year, a, b):
    s, e = min(a, b), max(a, b)
    assert period_label(year, s, e, "vi") == format_period(year, s, e)
    en = period_label(year, s, e, "en")
    assert (str(year) in en and en.isascii()) or "–" in en


def test_english_period_words():
    assert period_label(2021, 1, 6, "en") == "First 6 months of 2021"
    assert period_label(2021, 7, 9, "en") == "Q3 2021"
    assert period_label(2022, 1, 12, "en") == period_label(2022, None, None, "en") == "Year 2022"
    assert period_label(None, None, None, "en") == "—"
