"""Pick the reader for an input and build the Document.

The reader is chosen by what the bytes are, not only by the file name: a PDF or Word file named
``.txt`` is read as PDF or Word, an HTML page named ``.txt`` as HTML, and an image or archive is
refused with :class:`UnsupportedFormatError` whatever its name says, except an image named as one
(.png, .jpg, .jpeg, .tif, .tiff), which is read by OCR (:mod:`soket.ingest.ocr`), as is a PDF
without a text layer (:class:`ReadOptions` ``ocr=False``, ``SOKET_OCR=0`` at the edges, turns OCR
off: such a PDF is then a :class:`NeedsOCRError`). Every failure is an
:class:`InputError` subclass carrying the file's path; nothing else escapes ``load_*``.

For .txt/.md, ``Document.text`` is the NFC of the whole decoded file (less stray NUL bytes, see
:mod:`soket.ingest.decode`, its Unicode spaces plain and its invisible marks removed, see
:mod:`soket.ingest.typography`), so offsets stay offsets into it; page chrome is only marked
(``Document.chrome``), never cut out.
"""

from __future__ import annotations

import hashlib
import logging
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from soket.errors import InputError, LimitExceededError, NeedsOCRError, UnsupportedFormatError
from soket.ingest import budget
from soket.ingest.chrome import find_chrome
from soket.ingest.decode import decode, sniff
from soket.ingest.docx import docx_to_document
from soket.ingest.html import html_to_document
from soket.ingest.ocr import ocr_image, ocr_missing, ocr_pdf
from soket.ingest.pdf import pdf_to_document
from soket.ingest.typography import plain_typography, unwrap_lines
from soket.model import Document
from soket.settings import Settings

log = logging.getLogger("soket.ingest")

MAX_BYTES = 64 * 1024 * 1024
"""Default size limit; :class:`ReadOptions` ``max_bytes`` (``SOKET_MAX_INPUT_BYTES``) or
``max_bytes=`` overrides it."""
OCR_DPI = 300

_KINDS = {".txt": "txt", ".md": "md", "": "txt", ".text": "txt",
          ".html": "html", ".htm": "html", ".xhtml": "html",
          ".docx": "docx", ".pdf": "pdf",
          ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image"}
_IMAGE_KINDS = ("png", "jpeg", "tiff")
_NAMES = {"txt": "plain text", "md": "plain text", "html": "an HTML page",
          "docx": "a Word (.docx) document", "pdf": "a PDF document",
          "image": "an image"}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read: the size limit, whether scans and images are read by OCR and at what
    resolution, one document's resource budget. The defaults unless the caller says otherwise;
    the edges (CLI, API factory, batch command) build them from the settings (:meth:`of`)."""

    max_bytes: int = MAX_BYTES
    ocr: bool = True
    ocr_dpi: int = OCR_DPI
    budget: budget.Budget = field(default_factory=budget.Budget)

    @classmethod
    def of(cls, settings: Settings) -> ReadOptions:
        """The options the settings give (``SOKET_MAX_INPUT_BYTES``, ``SOKET_OCR``,
        ``SOKET_OCR_DPI`` kept within 72–600, ``SOKET_BUDGET_<NAME>``)."""
        return cls(max_bytes=settings.max_input_bytes, ocr=settings.ocr,
                   ocr_dpi=max(72, min(600, settings.ocr_dpi)), budget=budget.Budget.of(settings))


DEFAULTS = ReadOptions()


def _limit_error(size: int, limit: int) -> LimitExceededError:
    return LimitExceededError(f"input is {_human(size)} ({size} bytes), over the size limit of "
                              f"{_human(limit)} ({limit} bytes)")


def _human(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} bytes"


def load_path(path: str | Path, *, max_bytes: int | None = None, options: ReadOptions = DEFAULTS) -> Document:
    """Read one file into a Document. Raises :class:`InputError` subclasses with a clear message.
    ``max_bytes`` overrides the size limit of ``options``."""
    p = Path(path)
    limit = options.max_bytes if max_bytes is None else max_bytes
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file", path=str(p))
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO would block forever, a device never ends
            raise InputError(f"is {_special(st.st_mode)}, not a regular file: refused", path=str(p))
        size = st.st_size
        if size > limit:
            e = _limit_error(size, limit)
            e.path = str(p)
            raise e
        with p.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise InputError(f"cannot read file: {e.strerror or e}", path=str(p)) from e
    return load_bytes(data, name=p.name, path=str(p), max_bytes=limit, options=options)


def _special(mode: int) -> str:
    for test, what in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return what
    return "a special file"


def load_bytes(data: bytes, *, name: str = "input.txt", path: str | None = None,
               max_bytes: int | None = None, options: ReadOptions = DEFAULTS) -> Document:
    """Bytes of one input to a Document; ``name`` gives the suffix, ``path`` is recorded.

    Reading runs under the document's resource budget (:mod:`soket.ingest.budget`: the one open,
    else ``options.budget``)."""
    with budget.metered(options.budget):
        budget.sized(len(data))
        return _load_bytes(data, name=name, path=path, max_bytes=max_bytes, options=options)


def _load_bytes(data: bytes, *, name: str, path: str | None, max_bytes: int | None,
                options: ReadOptions) -> Document:
    limit = options.max_bytes if max_bytes is None else max_bytes
    suffix = Path(name).suffix.lower()
    stem = Path(name).stem
    notes: list[str] = []
    try:
        if len(data) > limit:
            raise _limit_error(len(data), limit)
        if not data:
            raise InputError("empty input")
        kind = _choose_kind(data, suffix, notes)
        doc = _read(kind, data, notes, options)
        budget.charge("text_chars", len(doc.text), "of the document's text")
    except InputError as e:
        e.path = e.path or path or name
        raise
    doc.doc = stem
    doc.path = path
    doc.sha256 = hashlib.sha256(data).hexdigest()
    for w in doc.meta.get("decode_warnings") or ():
        log.info("%s: %s", path or name, w)
    if notes:
        doc.meta.setdefault("notes", [])
        doc.meta["notes"] = [*notes, *(n for n in doc.meta["notes"] if n not in notes)]
    return doc


def _choose_kind(data: bytes, suffix: str, notes: list[str]) -> str:
    named = _KINDS.get(suffix)
    found = sniff(data)
    if found is not None:
        kind, desc = found
        if kind in ("pdf", "docx", "html"):
            if named is not None and kind != named and not (named == "md" and kind == "html"):
                notes.append(f"named {suffix or 'without a suffix'} but the content is {desc}; read as such")
            return kind
        if kind in _IMAGE_KINDS and named == "image":
            return "image"
        shown = suffix or "no suffix"
        raise UnsupportedFormatError(f"content is {desc}, not a text report (file name has {shown})")
    if named is None:
        raise UnsupportedFormatError(f"unsupported file type {suffix!r}")
    if named in ("pdf", "docx", "image"):
        # The name promises a binary format the bytes do not have: plain text is still readable.
        notes.append(f"named {suffix} but the content is not {_NAMES[named]}; read as plain text")
        return "txt"
    return named


def _read(kind: str, data: bytes, notes: list[str], options: ReadOptions) -> Document:
    if kind in ("txt", "md"):
        d = decode(data)
        notes.extend(d.notes)
        doc = _text_document(d.text, kind)
        doc.encoding = d.encoding
        if d.warnings:
            doc.meta["decode_warnings"] = list(d.warnings)
        return doc
    if kind == "html":
        return html_to_document(data, notes=notes)
    return _foreign(kind, data, options)


def _foreign(kind: str, data: bytes, options: ReadOptions) -> Document:
    """Run the .docx/.pdf/OCR reader (another module); its surprises become InputErrors. The
    readers import their third-party libraries (python-docx, pdfplumber, tesserocr) when they run."""
    fn: Callable[[bytes], Document]
    if kind == "docx":
        fn = _docx_as_typed
    elif kind == "image":
        if not options.ocr:
            raise UnsupportedFormatError("an image needs OCR, which is turned off (SOKET_OCR=0)")

        def fn(b: bytes) -> Document:
            return ocr_image(b, target_dpi=options.ocr_dpi)
    else:
        fn = pdf_to_document
    try:
        return fn(data)
    except NeedsOCRError as e:
        if not options.ocr:
            raise
        why = ocr_missing()
        if why is not None:
            raise NeedsOCRError(f"{e.message}; {why}") from e
        return _foreign_ocr(lambda b: ocr_pdf(b, dpi=options.ocr_dpi), data, kind)
    except InputError:
        raise
    except RecursionError as e:
        raise InputError(f"{_NAMES[kind]} is nested too deeply to read") from e
    except MemoryError as e:
        raise LimitExceededError(f"{_NAMES[kind]} needs more memory than is available") from e
    except Exception as e:
        raise InputError(f"cannot read {_NAMES[kind]}: {type(e).__name__}: {e}") from e


def _docx_as_typed(data: bytes) -> Document:
    """A .docx read as a text file is: a PDF's copy pasted into Word, each of its lines a paragraph, has the copy's
    breaks inside a paragraph written as spaces (one for one: the tables' offsets hold); a web page's text pasted
    keeps the page's chrome (related headlines, tags, the footer), marked as a text file's is."""
    doc = docx_to_document(data)
    text = unwrap_lines(doc.text)
    return Document(text=text, format=doc.format, tables=doc.tables, title=doc.title, chrome=find_chrome(text))


def _foreign_ocr(fn: Callable[[bytes], Document], data: bytes, kind: str) -> Document:
    try:
        return fn(data)
    except InputError:
        raise
    except MemoryError as e:
        raise LimitExceededError(f"OCR of {_NAMES[kind]} needs more memory than is available") from e
    except Exception as e:
        raise InputError(f"cannot read {_NAMES[kind]} by OCR: {type(e).__name__}: {e}") from e


def load_text(text: str, *, doc: str = "", fmt: str = "txt") -> Document:
    """A Document from text already decoded: NFC, typography made plain (:mod:`soket.ingest.typography`),
    chrome marked (kept, so offsets hold)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = unwrap_lines(plain_typography(text))
    return Document(text=text, doc=doc, format=fmt, chrome=find_chrome(text))


def _text_document(text: str, fmt: str) -> Document:
    """``text`` is NFC already; the caller sets the sha256 of the input bytes."""
    text = unwrap_lines(plain_typography(text))
    return Document(text=text, format=fmt, sha256="-", chrome=find_chrome(text))
