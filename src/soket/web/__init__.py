"""The web dashboard: server-rendered pages over the JSON API (``docs/dashboard.md``).

``soket.api.create_app`` includes :data:`router`; it serves the pages and its own static files
under ``/static`` (vendored vega, vega-lite, vega-embed; no CDN).
"""

from __future__ import annotations

from typing import Any

from soket.web.pages import router

__all__ = ["mount_static", "router"]


def mount_static(app: Any) -> None:
    """Nothing to do: :data:`router` serves ``/static`` itself. Kept so callers may call it."""
