"""The web dashboard: server-rendered pages over the JSON API (``docs/dashboard.md``).

``soket.api.create_app`` includes :data:`router`; it serves the pages and its own static files
under ``/static`` (vendored vega, vega-lite, vega-embed; no CDN).
"""

from __future__ import annotations

from soket.web.pages import router

__all__ = ["router"]
