"""The app for ``uvicorn --factory soket.api.asgi:create`` (``soket serve --workers N``): each worker
process builds it from the environment that ``soket serve`` sets (``SOKET_DB``,
``SOKET_WRITE_TOKEN``, ``SOKET_MAX_BODY``, ``SOKET_CORS_ORIGINS`` separated by commas)."""

from __future__ import annotations

import os

from fastapi import FastAPI

from soket.api.app import create_app


def create() -> FastAPI:
    origins = [o for o in (os.environ.get("SOKET_CORS_ORIGINS") or "").split(",") if o]
    return create_app(os.environ.get("SOKET_DB") or None, cors_origins=origins or None)
