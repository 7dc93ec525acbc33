"""Settings (soket.settings) are read from the environment at the edges only, and each is named
in the module's table."""

from __future__ import annotations

import pytest

import soket.settings
from soket.ingest import ReadOptions
from soket.settings import Settings


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOKET_MAX_INPUT_BYTES", "1000")
    monkeypatch.setenv("SOKET_OCR", "off")
    monkeypatch.setenv("SOKET_OCR_DPI", "1200")
    monkeypatch.setenv("SOKET_CORS_ORIGINS", "http://a.example, http://b.example")
    s = Settings()
    assert (s.max_input_bytes, s.ocr, s.ocr_dpi) == (1000, False, 1200)
    assert s.cors_list() == ["http://a.example", "http://b.example"]
    opts = ReadOptions.of(s)
    assert (opts.max_bytes, opts.ocr, opts.ocr_dpi) == (1000, False, 600)  # the dpi kept within 72-600


def test_every_setting_is_in_the_table() -> None:
    doc = soket.settings.__doc__ or ""
    missing = [n for n in Settings.model_fields
               if f"SOKET_{n.upper()}" not in doc and not (n.startswith("budget_") and "SOKET_BUDGET_<NAME>" in doc)
               and n != "ocr_page_seconds"]  # an older name of budget_ocr_page_seconds
    assert missing == []
