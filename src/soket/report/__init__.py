"""Reports back: a drafted period review of one locality from the store (``docs/report.md``).

- :func:`build_review` (:mod:`soket.report.build`): what the draft says and where each figure
  comes from; :func:`render` (:mod:`soket.report.render`): md, html, docx, pdf.
- :mod:`soket.report.derived`: implied plans, year-on-year series, rank among peers.
"""

from soket.report.build import Review, build_review
from soket.report.output import FORMATS, render

__all__ = ["FORMATS", "Review", "build_review", "render"]
