"""A review written to one format: the md, html and pdf writers of :mod:`soket.report.render`,
the .docx of :mod:`soket.report.word`."""

from __future__ import annotations

from pathlib import Path

from soket.report.build import Review
from soket.report.render import to_html, to_markdown, to_pdf
from soket.report.word import to_docx_bytes

FORMATS = ("md", "html", "docx", "pdf")


def render(review: Review, fmt: str, out: Path | None = None, template: Path | None = None) -> bytes:
    """The review in ``fmt`` as bytes; with ``out``, also written there (md charts beside it).
    ``template``: an office's own .docx whose styles, header and page set-up the .docx takes."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if fmt == "md":
        cdir = out.with_name(out.stem + "_charts") if out is not None else None
        data = to_markdown(review, cdir, cdir.name if cdir else None).encode()
    elif fmt == "html":
        data = to_html(review).encode()
    elif fmt == "pdf":
        data = to_pdf(review)
    else:
        data = to_docx_bytes(review, template)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    return data
