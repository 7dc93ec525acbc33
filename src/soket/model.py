"""The record soket returns for one document, and the document it reads.

The JSON keys of :class:`Record` are a contract (``../shared/eval/GUIDELINES.md``): keys may be
added, never renamed. Every fact is grounded: ``text[span[0]:span[1]] == raw``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

ROLES = ("amount", "change", "change_pct", "prior_pct", "plan_pct", "plan_diff_pct", "percent", "target")
BODY_KINDS = ("executive_committee", "standing_committee", "peoples_council", "peoples_committee", "other")


@dataclass(slots=True)
class Cell:
    """One table cell: its text and where that text sits in the document's text."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Table:
    """A table read from .docx/.pdf/.html; cells carry offsets into ``Document.text``."""

    index: int
    rows: list[list[Cell]]
    start: int = 0
    end: int = 0
    caption: str | None = None


@dataclass(slots=True)
class Document:
    """Clean NFC text of one input, with what ingest learnt about it.

    ``chrome`` lists [start, end) ranges of page furniture (ratings, counters, share buttons,
    related links) that stay in ``text`` so offsets hold, but must not yield facts.
    """

    text: str
    doc: str = ""
    path: str | None = None
    format: str = "txt"
    sha256: str = ""
    encoding: str | None = None
    title: str | None = None
    published: str | None = None
    chrome: list[tuple[int, int]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Issue:
    """A problem found in a record: a stable code, a message, and where (may be None)."""

    code: str
    message: str
    span: tuple[int, int] | None = None
    severity: str = "warning"


@dataclass(slots=True)
class Fact:
    subject: str | None
    value: float | int | None
    unit: str | None
    role: str
    raw: str
    span: tuple[int, int]
    evidence: str = ""
    evidence_span: tuple[int, int] | None = None
    qualifier: str | None = None
    estimated: bool = False
    basis: str | None = None
    of: float | int | None = None
    indicator: str | None = None
    malformed: bool = False
    origin: str = "text"
    table: dict[str, Any] | None = None
    sentence_span: tuple[int, int] | None = None  # the whole sentence; evidence_span is a window of it
    evidence_cut: bool = False  # the evidence is a window of a longer sentence
    read_through_typo: list[str] | None = None  # cue words read other than printed ("tặng → tăng")
    subject_unresolved: bool = False  # no subject a reader would write was found; subject is None
    # read by OCR (a scan): where the figure is on its page (box as fractions of the page: x0, y0,
    # x1, y1), Tesseract's confidence (0-100); ocr_flag "repaired" (the row's arithmetic corrected
    # the reading ``ocr_raw`` to ``ocr_repair``, whose value ``value`` is) or "doubtful"
    page: int | None = None
    box: list[float] | None = None
    ocr_confidence: float | None = None
    ocr_raw: str | None = None
    ocr_repair: str | None = None
    ocr_flag: str | None = None


@dataclass(slots=True)
class Person:
    name: str
    roles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Meeting:
    body_kind: str | None = None
    locality: str | None = None
    locality_kind: str | None = None
    province: str | None = None
    session: int | None = None
    date: str | None = None
    chairs: list[str] = field(default_factory=list)
    body: str | None = None


@dataclass(slots=True)
class Period:
    year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    label: str | None = None


@dataclass(slots=True)
class Record:
    doc: str
    meeting: Meeting = field(default_factory=Meeting)
    period: Period = field(default_factory=Period)
    people: list[Person] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)
    limitations: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    source: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; integral floats become ints, spans become lists."""
        d = asdict(self)
        for f in d["facts"]:
            f["value"] = _num(f["value"])
            f["of"] = _num(f["of"])
            f["span"] = list(f["span"])
            for k in ("evidence_span", "sentence_span"):
                if f[k] is not None:
                    f[k] = list(f[k])
        for i in d["issues"]:
            if i["span"] is not None:
                i["span"] = list(i["span"])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        facts = [
            Fact(**{**f, "span": tuple(f["span"]),
                    "evidence_span": tuple(f["evidence_span"]) if f.get("evidence_span") else None,
                    "sentence_span": tuple(f["sentence_span"]) if f.get("sentence_span") else None})
            for f in d.get("facts") or []
        ]
        return cls(
            doc=d["doc"],
            meeting=Meeting(**(d.get("meeting") or {})),
            period=Period(**(d.get("period") or {})),
            people=[Person(**p) for p in d.get("people") or []],
            authors=list(d.get("authors") or []),
            facts=facts,
            tasks=list(d.get("tasks") or []),
            limitations=list(d.get("limitations") or []),
            issues=[Issue(**{**i, "span": tuple(i["span"]) if i.get("span") else None})
                    for i in d.get("issues") or []],
            source=dict(d.get("source") or {}),
        )


def _num(v: float | int | None) -> float | int | None:
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**63:
        return int(v)
    return v
