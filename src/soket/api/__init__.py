"""The HTTP API: ``create_app(db_url, write_token)`` (``docs/api.md``)."""

from __future__ import annotations

from soket.api.app import create_app

__all__ = ["create_app"]
