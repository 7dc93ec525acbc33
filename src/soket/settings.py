"""Settings from the environment, read once, at the edges (the CLI, the API factory) and passed
down as values.

==========================  ============================================  ================
variable                    what                                          default
==========================  ============================================  ================
``SOKET_DB``                the store: a SQLite path or a database URL    ``soket.db``
``SOKET_WRITE_TOKEN``       the bearer token that enables uploads         none (read-only)
``SOKET_MAX_BODY``          the API's request body limit, bytes           20 MB
``SOKET_RATE_LIMIT``        the API's rate limits ("off", or rules)       the defaults
``SOKET_EXPORT_MAX_ROWS``   rows per export without the write token       100,000
==========================  ============================================  ================
"""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MAX_BODY = 20 * 1024 * 1024


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SOKET_", extra="ignore")

    db: str = "soket.db"
    write_token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    rate_limit: str | None = None
    export_max_rows: int = 100_000


def settings() -> Settings:
    """The settings of this process's environment, read now."""
    return Settings()
