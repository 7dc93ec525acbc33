"""Settings from the environment, read once, at the edges (the CLI, the API factory) and passed
down as values.

===========================  ===============================================  ====================
variable                     what                                             default
===========================  ===============================================  ====================
``SOKET_DB``                 the store: a SQLite path or a database URL       ``soket.db``
``SOKET_WRITE_TOKEN``        the bearer token that enables uploads            none (read-only)
``SOKET_MAX_BODY``           the API's request body limit, bytes              20 MB
``SOKET_RATE_LIMIT``         the API's rate limits ("off", or rules)          the defaults
``SOKET_RATE_LIMIT_FILE``    rate-limit buckets shared by serve's workers     none (per process)
``SOKET_CUBE_DIR``           the facts cube shared by serve's workers         none (per process)
``SOKET_EXPORT_MAX_ROWS``    rows per export without the write token          100,000
``SOKET_WARM``               build the facts cube as the API starts           off (serve: on)
``SOKET_CORS_ORIGINS``       origins the API allows (comma-separated)         none (no CORS)
``SOKET_RESPONSE_CACHE_MB``  the API's kept answers per process, MB (0: off)  64
``SOKET_MAX_INPUT_BYTES``    the size limit of one input file, bytes          64 MB
``SOKET_OCR``                OCR of scans and images (0/no/off/false: off)    on
``SOKET_OCR_DPI``            the resolution scans are read at (72–600)        300
``SOKET_BUDGET_<NAME>``      one document's resource budget (``Budget``)      ``ingest/budget.py``
``SOKET_LOG``                show the log on stderr at this level             none
``SOKET_CACHE_DIR``          start-up cache (``soket.startup``; off: none)    ``soket/__cache__``
===========================  ===============================================  ====================

The readers take these as a ``soket.ingest.ReadOptions`` (``ReadOptions.of(settings)``), built
where the settings are read.
"""

from __future__ import annotations

import os
from typing import Any

from pydantic import BaseModel, ConfigDict

DEFAULT_MAX_BODY = 20 * 1024 * 1024
PREFIX = "soket_"


class Settings(BaseModel):
    """The settings: ``SOKET_<FIELD>`` (any case) from the environment, unless given as an argument
    (``Settings(db=...)``), checked by the field's type. What ``pydantic_settings.BaseSettings`` with
    this prefix does for these plain fields, without its import (issue 12: a fifth of a second of every
    start of the CLI)."""

    model_config = ConfigDict(extra="ignore", validate_default=True)

    def __init__(self, **values: Any) -> None:
        super().__init__(**{**_environment(), **values})

    db: str = "soket.db"
    write_token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    rate_limit: str | None = None
    rate_limit_file: str | None = None  # the buckets serve --workers shares (set by soket serve)
    cube_dir: str | None = None  # the facts cube serve --workers shares (set by soket serve; queries.share_cubes)
    export_max_rows: int = 100_000
    warm: bool = False  # build the facts cube when the API starts (soket serve sets it)
    cors_origins: str | None = None
    response_cache_mb: float = 64  # the API's answers kept per process (api/cache.py); 0: no cache
    max_input_bytes: int = 64 * 1024 * 1024
    ocr: bool = True
    ocr_dpi: int = 300
    log: str | None = None
    # one document's resource budget (soket.ingest.budget.Budget: a field each; None: its default)
    budget_decompressed_bytes: int | None = None
    budget_pdf_pages: int | None = None
    budget_pdf_glyphs: int | None = None
    budget_pdf_page_glyphs: int | None = None
    budget_xml_nodes: int | None = None
    budget_text_chars: int | None = None
    budget_cpu_seconds: float | None = None
    budget_cpu_seconds_per_mb: float | None = None
    budget_ocr_page_seconds: float | None = None
    budget_ocr_page_pixels: int | None = None
    budget_ocr_seconds: float | None = None
    budget_ocr_seconds_per_mb: float | None = None
    ocr_page_seconds: float | None = None  # an older name of budget_ocr_page_seconds

    def cors_list(self) -> list[str]:
        """``cors_origins`` as a list (empty: no CORS)."""
        return [o.strip() for o in (self.cors_origins or "").split(",") if o.strip()]


def _environment() -> dict[str, str]:
    """The fields set in the environment: ``SOKET_DB`` (or ``soket_db``) as ``db``."""
    n = len(PREFIX)
    return {k.lower()[n:]: v for k, v in os.environ.items()
            if k.lower().startswith(PREFIX) and k.lower()[n:] in Settings.model_fields}


def settings() -> Settings:
    """The settings of this process's environment, read now."""
    return Settings()
