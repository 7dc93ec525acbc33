"""The record soket returns for one document, and the document it reads: the one typed contract.

Every other shape is derived from these pydantic models: the store's rows (``store/rows.py``),
the API's answers, the export columns (:func:`flat_columns`), the batch tables. Adding a field to
:class:`Fact` takes the model, a migration and a test (``docs/architecture.md``).

The JSON keys of :meth:`Record.to_dict` are a contract (``../shared/eval/GUIDELINES.md``): keys
may be added, never renamed. Every fact is grounded: ``text[span[0]:span[1]] == raw``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from types import UnionType
from typing import Any, Generic, Literal, NamedTuple, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field

ROLES = ("amount", "change", "change_pct", "prior_pct", "plan_pct", "plan_diff_pct", "percent", "target")
BODY_KINDS = ("executive_committee", "standing_committee", "peoples_council", "peoples_committee", "other")
PROVINCE_KIND, CITY_KIND = "tỉnh", "thành phố"
LOCALITY_KINDS = (PROVINCE_KIND, CITY_KIND, "thị xã", "huyện", "quận", "phường", "xã", "thị trấn", "đặc khu")
"""The values of ``locality_kind`` (GUIDELINES.md): the unit word, lowercase. The one place they are
written: extraction reads them from here, the other words that name a kind from the lexicon."""
PROVINCE_KINDS = frozenset({PROVINCE_KIND, CITY_KIND})
"""The kinds of a province-level unit (a province, a city under central authority)."""

Span = tuple[int, int]
"""[start, end) offsets into the document's text."""

Number = float | int


class _Model(BaseModel):
    """Mutable models (the extractor fills them step by step); unknown keys are ignored."""

    model_config = ConfigDict(extra="ignore", validate_assignment=False)


class Cell(_Model):
    """One table cell: its text and where that text sits in the document's text."""

    text: str
    start: int
    end: int


class Table(_Model):
    """A table read from .docx/.pdf/.html; cells carry offsets into ``Document.text``."""

    index: int
    rows: list[list[Cell]]
    start: int = 0
    end: int = 0
    caption: str | None = None


class Document(_Model):
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
    chrome: list[Span] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class Source(_Model):
    """Where a record came from: the input's path, the sha256 of its text, its format."""

    path: str | None = None
    sha256: str | None = None
    format: str | None = None
    decode_warnings: list[str] | None = Field(default=None, exclude_if=lambda v: v is None)
    """What decoding had to guess or repair; the key is absent when there is nothing to say."""


class Issue(_Model):
    """A problem found in a record: a stable code, a message, and where (may be None). The message
    says it in Vietnamese, then " — ", then in English, then optionally " — " and what it quotes
    (report text, shown in either language): :func:`message_in` picks one language."""

    code: str
    message: str
    span: Span | None = None
    severity: str = "warning"


MESSAGE_SEP = " — "


def message_in(message: str, lang: str) -> str:
    """An issue's message in ``lang`` (``"vi"`` or ``"en"``), its quotes kept; a message not in
    the two-language form is given whole."""
    parts = message.split(MESSAGE_SEP, 2)
    if len(parts) < 2:
        return message
    said = parts[1] if lang == "en" else parts[0]
    return said + (MESSAGE_SEP + parts[2] if len(parts) == 3 else "")


class TableRef(_Model):
    """Where a table fact sits: table index, row and column (0-based), the column's header."""

    index: int
    row: int
    column: int
    header: str | None = None


class Fact(_Model):
    """One figure of a document: its value, unit and role, and the words it was read from."""

    subject: str | None
    value: Number | None
    unit: str | None
    role: str
    raw: str
    span: Span
    evidence: str = ""
    evidence_span: Span | None = None
    qualifier: str | None = None
    estimated: bool = False
    basis: str | None = None
    of: Number | None = None
    # a span read by its lower bound (a goal's "kết nạp từ 10-12 đảng viên": value 10): its upper bound, else None
    range_upper: Number | None = None
    indicator: str | None = None
    malformed: bool = False
    origin: Literal["text", "table"] = "text"
    table: TableRef | None = None
    sentence_span: Span | None = None  # the whole sentence; evidence_span is a window of it
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


class Person(_Model):
    name: str
    roles: list[str] = Field(default_factory=list)


class Meeting(_Model):
    body_kind: str | None = None
    locality: str | None = None
    locality_kind: str | None = None
    province: str | None = None
    session: int | None = None
    date: str | None = None
    chairs: list[str] = Field(default_factory=list)
    body: str | None = None


class Period(_Model):
    year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    label: str | None = None


F = TypeVar("F", bound=Fact)


class RecordOf(_Model, Generic[F]):
    """What a record says of one document, its facts of type ``F``: the :class:`Record`
    (``Fact``) and a stored document's detail (``StoredFact``, ``soket.store.views``) alike."""

    doc: str
    meeting: Meeting = Field(default_factory=Meeting)
    period: Period = Field(default_factory=Period)
    people: list[Person] = Field(default_factory=list)
    authors: list[str] = Field(default_factory=list)
    facts: list[F] = Field(default_factory=list)
    tasks: list[str] = Field(default_factory=list)
    limitations: list[str] = Field(default_factory=list)
    issues: list[Issue] = Field(default_factory=list)


class Record(RecordOf[Fact]):
    source: Source = Field(default_factory=Source)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; integral floats become ints, spans become lists."""
        d = self.model_dump()
        for f in d["facts"]:
            _json_fact(f)
        for i in d["issues"]:
            if i["span"] is not None:
                i["span"] = list(i["span"])
        return d

    def iter_json(self, *, evidence: bool = True) -> Iterator[str]:
        """The JSON text of :meth:`to_dict` (``json.dumps(..., ensure_ascii=False)``, the same
        characters) in pieces, one fact at a time: writing a record of 50,000 facts never holds
        every fact's dict, nor the whole text, at once. ``evidence=False`` leaves out each fact's
        ``evidence``."""
        head = self.model_dump(exclude={"facts"})
        for i in head["issues"]:
            if i["span"] is not None:
                i["span"] = list(i["span"])
        sep = "{"
        for name in type(self).model_fields:
            yield f"{sep}{json.dumps(name)}: "
            sep = ", "
            if name != "facts":
                yield json.dumps(head[name], ensure_ascii=False)
                continue
            yield "["
            for n, fact in enumerate(self.facts):
                f = _json_fact(fact.model_dump())
                if not evidence:
                    f.pop("evidence", None)
                yield (", " if n else "") + json.dumps(f, ensure_ascii=False)
            yield "]"
        yield "}"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        """The record of a :meth:`to_dict` dict (or a gold file's, once its lists are resolved)."""
        return cls.model_validate(d)


class StoredFact(Fact):
    """A fact as the store serves it (``/api/facts``): the fact with its row id and the document,
    meeting and period it belongs to. What history checks, reports and the API read."""

    id: int
    document_id: int
    doc: str
    locality: str | None = None
    locality_kind: str | None = None
    province: str | None = None
    body_kind: str | None = None
    date: str | None = None
    year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    period: str | None = None  # the period's code: 2021-H1, 2021-9M, 2021-FY

    def to_dict(self) -> dict[str, Any]:
        return _json_fact(self.model_dump())


def _json_fact(f: dict[str, Any]) -> dict[str, Any]:
    f["value"] = _num(f["value"])
    f["of"] = _num(f["of"])
    for k in _FACT_SPANS:
        if f[k] is not None:
            f[k] = list(f[k])
    return f


def _num(v: float | int | None) -> float | int | None:
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**63:
        return int(v)
    return v



# --- flat columns: how a model's fields become table columns (exports, batch tables) -------------

M = TypeVar("M", bound=BaseModel)
ColumnKind = Literal["str", "int", "float", "bool", "list", "json"]

SPAN_COLUMNS = {"span": ("span_start", "span_end"), "evidence_span": ("evidence_start", "evidence_end")}
"""A span field is two integer columns; these are their names (others: ``<field>_start/_end``)."""


class Column(NamedTuple):
    """One flat column of a model's field: ``part`` is 0/1 for a span's start/end, else None."""

    field: str
    name: str
    kind: ColumnKind
    part: int | None = None


def _kind(annotation: Any) -> ColumnKind:
    """The column kind of a field's annotation (``X | None`` is X)."""
    if annotation in (bool, int, float, str):
        return annotation.__name__  # type: ignore[no-any-return]  # the four names are ColumnKinds
    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) is list:
        return "list" if args == [str] else "json"
    if get_origin(annotation) is Literal:
        return "str"
    if set(args) == {float, int}:
        return "float"
    if len(args) == 1 and get_origin(annotation) in (Union, UnionType):
        return _kind(args[0])
    return "json"


def _is_span(annotation: Any) -> bool:
    """``Span`` or ``Span | None`` (a list of spans is not one)."""
    return annotation == Span or (get_origin(annotation) in (Union, UnionType) and Span in get_args(annotation))


def flat_columns(model: type[BaseModel], rename: Mapping[str, str] | None = None) -> tuple[Column, ...]:
    """The flat columns of ``model``'s fields: a span is two int columns (start, end), a list of
    strings a list column, a nested model or dict a JSON column, the rest as they are.
    ``rename`` names some fields' columns otherwise (``{"label": "period_label"}``)."""
    return _flat_columns(model, tuple(sorted((rename or {}).items())))


@cache
def _flat_columns(model: type[BaseModel], rename: tuple[tuple[str, str], ...]) -> tuple[Column, ...]:
    names = dict(rename)
    out: list[Column] = []
    for name, info in model.model_fields.items():
        if _is_span(info.annotation):
            start, end = SPAN_COLUMNS.get(name, (f"{name}_start", f"{name}_end"))
            out += [Column(name, names.get(start, start), "int", 0), Column(name, names.get(end, end), "int", 1)]
        else:
            out.append(Column(name, names.get(name, name), _kind(info.annotation)))
    return tuple(out)


def flat_values(obj: BaseModel, rename: Mapping[str, str] | None = None) -> dict[str, Any]:
    """``obj``'s fields as its flat columns (:func:`flat_columns`); nested models become dicts,
    numbers of a float column floats."""
    return _flat_plan(type(obj), rename)(obj.__dict__)  # a model's field values (pydantic keeps them there)


_FlatFn = Callable[[dict[str, Any]], dict[str, Any]]
_PLANS: dict[tuple[type[BaseModel], int], tuple[Mapping[str, str] | None, _FlatFn]] = {}


def _flat_plan(model: type[BaseModel], rename: Mapping[str, str] | None) -> _FlatFn:
    """:func:`flat_values` of one model and rename mapping as one function of the field values,
    written out for its columns (:func:`_flat_source`; an ingest flattens every fact: the
    generic loop over the columns was a third of a fact's row), made once and held by model and
    mapping (held, so that its id stands for it; the mappings are constants; a few dozen kept, in
    case a caller makes one a call)."""
    got = _PLANS.get((model, id(rename)))
    if got is not None and got[0] is rename:
        return got[1]
    scope: dict[str, Any] = {"_float": _flat_float, "_list": _flat_list, "_json": _flat_json}
    exec(_flat_source(flat_columns(model, rename)), scope)  # code of column and field names (repr)
    fn: _FlatFn = scope["flat"]
    if len(_PLANS) >= 64:
        _PLANS.clear()
    _PLANS[(model, id(rename))] = (rename, fn)
    return fn


def _flat_source(cols: tuple[Column, ...]) -> str:
    """The source of ``flat(d)``: the dict of ``cols``' values from a model's field values ``d``
    (a span's part by index, None with the span; a float column's number as float; a list
    column's value as a new list; a JSON column's nested model as its dict)."""
    items = []
    for c in cols:
        v = f"d[{c.field!r}]"
        if c.part is not None:
            expr = f"(None if {v} is None else {v}[{c.part}])"
        else:
            expr = {"float": f"_float({v})", "list": f"_list({v})", "json": f"_json({v})"}.get(c.kind, v)
        items.append(f"    {c.name!r}: {expr},")
    return "def flat(d):\n  return {\n" + "\n".join(items) + "\n  }\n"


def _flat_float(v: Any) -> float | None:
    return None if v is None or isinstance(v, bool) else float(v)


def _flat_list(v: Any) -> list[Any]:
    return list(v or [])


def _flat_json(v: Any) -> Any:
    return v.model_dump() if isinstance(v, BaseModel) else v


def from_flat(model: type[M], values: Mapping[str, Any], rename: Mapping[str, str] | None = None,
              **extra: Any) -> M:
    """The inverse of :func:`flat_values`: a model from its flat columns (a row, or a row's
    mapping), with ``extra`` fields given as they are. A span is None when its start is; integral
    floats become ints."""
    d: dict[str, Any] = {}
    for c in flat_columns(model, rename):
        if c.field in extra:
            continue
        v = values[c.name]
        if c.part == 0:
            d[c.field] = None if v is None else [v]
        elif c.part == 1:
            if d[c.field] is not None:
                d[c.field].append(v)
        elif c.kind == "float":
            d[c.field] = _num(v)
        elif c.kind == "list":
            d[c.field] = list(v or [])
        else:
            d[c.field] = v
    d.update(extra)
    return model.model_validate(d)


_FACT_SPANS = tuple(k for k, info in Fact.model_fields.items() if _is_span(info.annotation))
