"""Pick the reader for an input and build the Document."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from soket.errors import InputError, UnsupportedFormatError
from soket.ingest.chrome import find_chrome
from soket.ingest.decode import decode_bytes
from soket.model import Document

MAX_BYTES = 64 * 1024 * 1024


def load_path(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file into a Document. Raises :class:`InputError` subclasses with a clear message."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size} bytes, over the {max_bytes}-byte limit", path=str(p))
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read file: {e.strerror or e}", path=str(p)) from e
    return load_bytes(data, name=p.name, path=str(p))


def load_bytes(data: bytes, *, name: str = "input.txt", path: str | None = None) -> Document:
    suffix = Path(name).suffix.lower()
    stem = Path(name).stem
    try:
        if suffix in (".html", ".htm"):
            from soket.ingest.html import html_to_document

            doc = html_to_document(data)
        elif suffix == ".docx":
            from soket.ingest.docx import docx_to_document

            doc = docx_to_document(data)
        elif suffix == ".pdf":
            from soket.ingest.pdf import pdf_to_document

            doc = pdf_to_document(data)
        elif suffix in (".txt", ".md", ""):
            text, enc = decode_bytes(data)
            doc = load_text(text, fmt="md" if suffix == ".md" else "txt")
            doc.encoding = enc
        else:
            raise UnsupportedFormatError(f"unsupported file type {suffix!r}")
    except InputError as e:
        e.path = e.path or path or name
        raise
    doc.doc = stem
    doc.path = path
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return doc


def load_text(text: str, *, doc: str = "", fmt: str = "txt") -> Document:
    """A Document from text already decoded: NFC, chrome marked (kept, so offsets hold)."""
    text = unicodedata.normalize("NFC", text)
    return Document(text=text, doc=doc, format=fmt, chrome=find_chrome(text))
