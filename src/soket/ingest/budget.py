"""Resource budgets of one document, in one place, for every reader and for the extractor.

A :class:`Budget` bounds what one input may cost: bytes after decompression, PDF pages and
glyphs, XML nodes, characters of text, and seconds of CPU. Readers charge what they unpack or
parse (:meth:`Meter.charge`) and the extractor checks the CPU clock as it goes (:func:`tick`),
so a hostile input stops with a one-line :class:`~soket.errors.LimitExceededError` naming the
budget, and the next document goes on.

The meter of the document being read is a context variable: :func:`metered` opens it around
reading + extraction (the CLI, the store's ingest, the API upload and batch workers all go
through :func:`soket.ingest.load_bytes`, which opens one when none is open). Budgets are the
defaults unless the caller passes one: the edges build it from the settings (:meth:`Budget.of`:
``SOKET_BUDGET_<NAME>``, e.g. ``SOKET_BUDGET_CPU_SECONDS=30``).
Memory follows from the byte, glyph and OCR pixel budgets: peak memory stays within ~20× the
text size + 200 MB (``bench/fuzz.py`` measures it, OCR'd inputs included). OCR's budgets travel
here too, so a batch run sets them per document, not in os.environ: ``ocr_seconds`` (+
``ocr_seconds_per_mb``) of CPU for all the pages of a document, and ``ocr_page_seconds`` for one
page; a scan cut by them keeps the pages read, with a warning on the record.
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace

from soket.errors import LimitExceededError
from soket.settings import Settings

if sys.platform == "linux":
    import resource

    def thread_cpu() -> float:
        """This thread's CPU seconds (user + system), the clock of the CPU budget. Read with ``getrusage``, to the
        scheduler's tick (a few milliseconds: nothing to a budget of seconds): ``time.thread_time`` (the same seconds,
        to the nanosecond) may cost half a millisecond a read on a virtual machine once the thread has run a while (on
        the project's: 0.4-0.9 ms mean, ~2 µs for ``getrusage``), and a meter reads its clock once a document at
        least."""
        r = resource.getrusage(resource.RUSAGE_THREAD)
        return r.ru_utime + r.ru_stime
else:  # pragma: no cover - no RUSAGE_THREAD
    thread_cpu = time.thread_time


@dataclass(frozen=True, slots=True)
class Budget:
    """What one document may cost. Every field is a hard limit."""

    decompressed_bytes: int = 48 * 1024 * 1024  # inflated from PDF streams (zip members: ingest/docx.py)
    pdf_pages: int = 1_000
    pdf_glyphs: int = 2_000_000  # characters laid out on PDF pages, all pages together
    pdf_page_glyphs: int = 50_000  # on one page (a dense A4 page has ~5,000)
    xml_nodes: int = 2_000_000  # elements of .docx XML and HTML
    text_chars: int = 64_000_000  # characters of the document's text (the input size limit is 64 MB)
    cpu_seconds: float = 5.0  # CPU time of reading + extraction (this thread), for any input ...
    cpu_seconds_per_mb: float = 4.0  # ... plus this much per MB of input
    ocr_page_seconds: float = 60.0  # OCR of one scanned page (its own clock: not charged to cpu_seconds)
    ocr_seconds: float = 4.0  # CPU time of OCR for the whole document (rendering included) ...
    ocr_seconds_per_mb: float = 20.0  # ... plus this much per MB of input (a 200 KB scan: 8 s)
    ocr_page_pixels: int = 10_000_000  # a scanned page is rendered (or scaled) to at most this many pixels

    @classmethod
    def of(cls, settings: Settings) -> Budget:
        """The defaults, each overridden by the setting ``budget_<field>`` (``SOKET_BUDGET_<FIELD>``;
        ``SOKET_OCR_PAGE_SECONDS`` is an older name of ``SOKET_BUDGET_OCR_PAGE_SECONDS``)."""
        b = cls()
        for f in fields(cls):
            v = getattr(settings, f"budget_{f.name}")
            if v is None and f.name == "ocr_page_seconds":
                v = settings.ocr_page_seconds
            if v is not None:
                b = replace(b, **{f.name: type(getattr(b, f.name))(v)})
        return b


_LABELS = {
    "decompressed_bytes": ("decompressed bytes", "bytes"),
    "pdf_pages": ("PDF pages", "pages"),
    "pdf_glyphs": ("PDF glyphs", "glyphs"),
    "pdf_page_glyphs": ("PDF glyphs on one page", "glyphs"),
    "xml_nodes": ("XML nodes", "nodes"),
    "text_chars": ("characters of text", "characters"),
}


class Meter:
    """What one document has used so far, against its budget."""

    __slots__ = ("budget", "cpu0", "cpu_limit", "size", "spent", "ticks", "used")

    def __init__(self, budget: Budget | None = None) -> None:
        self.budget = budget or Budget()
        self.cpu0 = thread_cpu()
        self.size = 0
        self.cpu_limit = self.budget.cpu_seconds
        self.used: dict[str, int] = dict.fromkeys(_LABELS, 0)
        self.ticks = 0
        self.spent = 0.0  # CPU seconds used before a pause (:func:`paused`)

    def sized(self, n: int) -> None:
        """The input is ``n`` bytes (or characters): the CPU budget grows with it."""
        if n > self.size:
            self.size = n
            self.cpu_limit = self.budget.cpu_seconds + self.budget.cpu_seconds_per_mb * n / 1e6

    def ocr_limit(self) -> float:
        """CPU seconds the document's OCR may take, all pages together (grows with the input's size)."""
        return self.budget.ocr_seconds + self.budget.ocr_seconds_per_mb * self.size / 1e6

    def reset(self, name: str) -> None:
        """Start a counter again (``pdf_page_glyphs`` at each page)."""
        self.used[name] = 0

    def charge(self, name: str, n: int, where: str = "") -> None:
        """Add ``n`` to ``name``; over its budget raises :class:`LimitExceededError`."""
        total = self.used[name] = self.used[name] + n
        limit = getattr(self.budget, name)
        if total > limit:
            label, unit = _LABELS[name]
            raise LimitExceededError(f"over the budget of {limit:,} {label}{' ' + where if where else ''} "
                                     f"(at least {total:,} {unit}); refused")
        self.check_cpu(where)

    def check_cpu(self, where: str = "") -> None:
        used = thread_cpu() - self.cpu0
        if used > self.cpu_limit:
            raise LimitExceededError(f"over the budget of {self.cpu_limit:.1f} s of CPU"
                                     f"{' ' + where if where else ''} ({used:.1f} s used); refused")


_CURRENT: contextvars.ContextVar[Meter | None] = contextvars.ContextVar("soket_budget", default=None)


def exceeded(e: BaseException) -> LimitExceededError | None:
    """The budget error inside ``e``, when a library wrapped ours in its own exception."""
    seen: set[int] = set()
    todo: list[object] = [e]
    while todo:
        x = todo.pop()
        if not isinstance(x, BaseException) or id(x) in seen:
            continue
        if isinstance(x, LimitExceededError):
            return x
        seen.add(id(x))
        todo.extend((x.__cause__, x.__context__, *x.args))
    return None


def current() -> Meter | None:
    """The meter of the document being read or extracted, if one is open."""
    return _CURRENT.get()


@contextlib.contextmanager
def metered(budget: Budget | None = None, *, reuse: bool = True) -> Iterator[Meter]:
    """Open a meter for one document (or keep the one already open when ``reuse``)."""
    cur = _CURRENT.get()
    if reuse and cur is not None:
        yield cur
        return
    m = Meter(budget)
    token = _CURRENT.set(m)
    try:
        yield m
    finally:
        _CURRENT.reset(token)


@contextlib.contextmanager
def paused(budget: Budget | None = None) -> Iterator[Meter]:
    """:func:`metered` for a document whose work stops here and goes on later under
    :func:`resumed` (read now, extracted after the others of its batch are read): the CPU it used
    so far is kept, the time between is not counted."""
    with metered(budget, reuse=False) as m:
        try:
            yield m
        finally:
            m.spent = thread_cpu() - m.cpu0


@contextlib.contextmanager
def resumed(m: Meter) -> Iterator[Meter]:
    """Open again a meter closed by :func:`paused`, its CPU clock going on from what it had used."""
    m.cpu0 = thread_cpu() - m.spent
    token = _CURRENT.set(m)
    try:
        yield m
    finally:
        m.spent = thread_cpu() - m.cpu0
        _CURRENT.reset(token)


def charge(name: str, n: int, where: str = "") -> None:
    """Charge the open meter, if any (readers call this; a no-op outside a metered read)."""
    m = _CURRENT.get()
    if m is not None:
        m.charge(name, n, where)


def sized(n: int) -> None:
    """Tell the open meter, if any, how large the input is (see :meth:`Meter.sized`)."""
    m = _CURRENT.get()
    if m is not None:
        m.sized(n)


def reset(name: str) -> None:
    m = _CURRENT.get()
    if m is not None:
        m.reset(name)


def tick(where: str = "", every: int = 32) -> None:
    """A cooperative CPU check, cheap enough for a loop: looks at the clock every ``every`` calls."""
    m = _CURRENT.get()
    if m is None:
        return
    m.ticks += 1
    if m.ticks % every == 0:
        m.check_cpu(where)


__all__ = ["Budget", "Meter", "charge", "current", "exceeded", "metered", "reset", "sized", "tick"]
