"""Ingest: bytes to :class:`soket.model.Document` (clean NFC text, offsets kept).

No extraction happens here. ``load_path`` picks a reader by file extension (or sniffed content).
"""

from __future__ import annotations

from pathlib import Path

from soket.ingest.reader import ReadOptions, load_bytes, load_path, load_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")

__all__ = ["SUPPORTED_SUFFIXES", "ReadOptions", "iter_inputs", "load_bytes", "load_path", "load_text"]


def iter_inputs(paths: list[str] | list[Path]) -> list[Path]:
    """Expand files and folders (recursively) into input files, sorted, supported suffixes only
    (a folder's README/LICENSE files are documentation, not reports)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():  # is_file() is true for regular files only: FIFOs and devices in a folder are skipped
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUPPORTED_SUFFIXES
                              and not q.name.upper().startswith(("README", "LICENSE", "CHANGELOG"))))
        else:
            out.append(p)
    return out
