"""The app for ``uvicorn --factory soket.api.asgi:create`` (``soket serve --workers N``): each worker
process builds it from the settings of the environment that ``soket serve`` sets (``SOKET_DB``,
``SOKET_WRITE_TOKEN``, ``SOKET_MAX_BODY``, ``SOKET_CORS_ORIGINS`` separated by commas:
:mod:`soket.settings`)."""

from __future__ import annotations

from fastapi import FastAPI

from soket.api.app import create_app
from soket.settings import Settings


def create() -> FastAPI:
    return create_app(settings=Settings())
