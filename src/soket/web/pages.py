"""The dashboard's pages: server-rendered HTML (Vietnamese labels) over the JSON API."""

from __future__ import annotations

import hashlib
import mimetypes
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from markupsafe import Markup

from soket.fmt import format_date, format_number, format_period, period_code
from soket.lexicon.labels import Lang, label, lang_of, period_label, table
from soket.model import message_in
from soket.web import charts
from soket.web.scan import crop_png
from soket.web.source import ApiError, ApiSource
from soket.web.views import (
    BODY_LABELS,
    QUALIFIER_LABELS,
    by_period,
    fact_value,
    highlight,
    period_key,
    period_of,
    role_label,
)

MAX_ID = 2**63 - 1  # ids past this answer 404: no backend stores them

HERE = Path(__file__).parent
STATIC = HERE / "static"

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(HERE / "templates"))


@cache
def _asset_version(name: str) -> str:
    path = STATIC / name
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10] if path.is_file() else "0"


def static_url(name: str) -> str:
    return f"/static/{name}?v={_asset_version(name)}"


_env = templates.env
_env.filters.update(
    num=format_number,
    value=fact_value,
    date=format_date,
    period=period_of,
    role=role_label,
    body=lambda k: BODY_LABELS.get(k or "", k or "—"),
    qualifier=lambda k: QUALIFIER_LABELS.get(k or "", k or ""),
)


# --- English beside Vietnamese: ?lang=en on any page (labels from lexicon/labels.yaml) ----------

def page_lang(request: Request | None) -> Lang:
    return lang_of(request.query_params.get("lang")) if request is not None else "vi"


def _ctx_lang(ctx: Any) -> Lang:
    return page_lang(ctx.get("request"))


@pass_context
def _t(ctx: Any, key: str, **kw: Any) -> str:
    """The dashboard's own words in the page's language; ``{name}`` fields filled from ``kw``."""
    return _word(key, _ctx_lang(ctx), **kw)


def _word(key: str, lang: Lang, **kw: Any) -> str:
    text = label("chrome", key, lang) or key
    return text.format(**kw) if kw else text


@pass_context
def _place(ctx: Any, kind: str | None, name: str) -> Markup:
    """A place with its level: "huyện Tam Dương" / "Tam Dương district" (the name, report text,
    in ``<span class="rt">``)."""
    lang = _ctx_lang(ctx)
    shown = Markup('<span class="rt">{}</span>').format(name)
    if not kind:
        return shown
    return Markup(_word("place", lang)).format(kind=label("levels", kind, lang), name=shown)


@pass_context
def _heading(ctx: Any, column: str) -> str:
    """A table column's heading: the dashboard's word for it, else its export heading."""
    lang = _ctx_lang(ctx)
    words = table("chrome", lang)
    return words[column] if column in words else label("columns", column, lang) or column


@pass_context
def _message_f(ctx: Any, message: str | None) -> str:
    """An issue's message in the page's language (:func:`soket.model.message_in`)."""
    return message_in(message or "", _ctx_lang(ctx))


@pass_context
def _num_f(ctx: Any, v: float | int | None, decimals: int | None = None) -> str:
    return format_number(v, decimals, lang=_ctx_lang(ctx))


@pass_context
def _value_f(ctx: Any, f: dict[str, Any]) -> str:
    return fact_value(f, _ctx_lang(ctx))


@pass_context
def _date_f(ctx: Any, iso: str | None) -> str:
    return format_date(iso, _ctx_lang(ctx))


@pass_context
def _level_f(ctx: Any, k: str | None) -> str:
    return label("levels", k, _ctx_lang(ctx)) or "—"


@pass_context
def _unit_f(ctx: Any, k: str | None) -> str:
    return label("units", k, _ctx_lang(ctx)) or ""


@pass_context
def _indicator_f(ctx: Any, k: str | None) -> str:
    return label("indicators", k, _ctx_lang(ctx)) or "—"


@pass_context
def _facet_f(ctx: Any, v: Any, name: str) -> str:
    """A facet's value in words: labels where the facet has them, yes/no for flags."""
    lang = _ctx_lang(ctx)
    if v is None or v == "":
        return "—"
    group = {"indicator": "indicators", "role": "roles", "body_kind": "bodies", "unit": "units",
             "locality_kind": "levels", "level": "levels"}.get(name)
    if group:
        return label(group, str(v), lang) or str(v)
    if isinstance(v, bool) or name == "malformed":
        return _word("yes" if v in (True, "true", 1) else "no", lang)
    return str(v)


@pass_context
def _role_f(ctx: Any, k: str | None) -> str:
    return label("roles", k, _ctx_lang(ctx)) or "—"


@pass_context
def _body_f(ctx: Any, k: str | None) -> str:
    return label("bodies", k, _ctx_lang(ctx)) or "—"


@pass_context
def _qualifier_f(ctx: Any, k: str | None) -> str:
    return label("qualifiers", k, _ctx_lang(ctx)) or ""


@pass_context
def _period_f(ctx: Any, d: dict[str, Any]) -> str:
    lang = _ctx_lang(ctx)
    if lang == "vi":
        return period_of(d)
    return period_label(d.get("year"), d.get("start_month"), d.get("end_month"), lang)


@pass_context
def _lang_switch(ctx: Any) -> str:
    """This page's URL in the other language."""
    request = ctx.get("request")
    if request is None:
        return "/?lang=en"
    q = {k: v for k, v in request.query_params.items() if k != "lang"}
    if page_lang(request) == "vi":
        q["lang"] = "en"
    path: str = request.url.path
    return path + ("?" + urlencode(q) if q else "")


@pass_context
def _html_lang(ctx: Any) -> str:
    return _ctx_lang(ctx)


_env.filters.update(role=_role_f, body=_body_f, qualifier=_qualifier_f, period=_period_f, num=_num_f,
                    value=_value_f, date=_date_f, level=_level_f, unit=_unit_f, indicator=_indicator_f,
                    facet=_facet_f, message=_message_f)
_env.globals.update(t=_t, lang_switch=_lang_switch, html_lang=_html_lang, place=_place, heading=_heading)


def _source(request: Request) -> ApiSource:
    return ApiSource(request.app, state=request.scope.get("state"))


def _render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, ctx, status_code=status)


def _not_found(request: Request, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=404, status_code=404, message=message, path=request.url.path,
                   own=True)


def _error(request: Request, e: ApiError) -> HTMLResponse:
    status = e.status if 400 <= e.status < 600 else 502
    return _render(request, "error.html", status=status, status_code=status, message=e.message, path=e.path)


async def _indicators(src: ApiSource, lang: Lang = "vi") -> list[dict[str, Any]]:
    try:
        items, _ = await src.items("/indicators", lang=lang)
    except ApiError:
        return []
    return items


def _labels(inds: list[dict[str, Any]]) -> dict[str, str]:
    return {i["key"]: i.get("label") or i["key"] for i in inds}


def _sort_documents(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(docs, key=lambda d: (str(d.get("date") or ""), d.get("id") or 0), reverse=True)


# --- pages --------------------------------------------------------------------------------------


OVERVIEW_DOCS = 1000  # the overview lists (and charts) at most this many documents


@router.get("/", response_class=HTMLResponse)
async def overview(request: Request) -> HTMLResponse:
    src = _source(request)
    try:
        docs, n_docs = await src.items("/documents", limit=OVERVIEW_DOCS)
        locs, _ = await src.items("/localities")
        inds, _ = await src.items("/indicators", lang=page_lang(request))
    except ApiError as e:
        return _error(request, e)
    counts: dict[tuple[str, str], int] = {}
    for d in docs:
        if d.get("locality"):
            k = (d["locality"], d.get("province") or "")
            counts[k] = counts.get(k, 0) + int(d.get("n_facts") or 0)
    rows = [{"locality": loc, "n": n, "href": _locality_href(loc, prov)} for (loc, prov), n in counts.items()]
    lang = page_lang(request)
    chart = charts.count_chart(rows, "locality", "n", _word("chart_facts_by_locality", lang), href_field="href",
                               lang=lang)
    for loc in locs:
        loc["period_links"] = _period_links(loc.get("periods") or [], lang)
    return _render(request, "index.html", docs=_sort_documents(docs), n_docs=n_docs,
                   localities=sorted(locs, key=lambda x: (x.get("locality") or "").lower()),
                   indicators=sorted(inds, key=lambda i: (-(i.get("n_facts") or 0), i.get("label") or "")),
                   chart=chart, n_facts=sum(int(d.get("n_facts") or 0) for d in docs))


def _period_links(periods: list[dict[str, Any]], lang: Lang = "vi") -> list[dict[str, Any]]:
    """A locality's periods in order, one link each (to its first document) with a document count."""
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for p in sorted(periods, key=lambda p: (period_key(p), p.get("document_id") or 0)):
        k = (p.get("year"), p.get("start_month"), p.get("end_month"))
        if k in out:
            out[k]["n"] += 1
        else:
            out[k] = {"label": period_of(p, lang), "document_id": p.get("document_id"), "n": 1}
    return list(out.values())


def _locality_href(name: str | None, province: str | None = None) -> str:
    """The locality page's URL; "" for a record without a locality (templates then show no link)."""
    if not name:
        return ""
    q = f"?{urlencode({'province': province})}" if province else ""
    return f"/locality/{quote(name, safe='')}{q}"


_env.globals.update(static_url=static_url, format_period=format_period, period_code=period_code,
                    locality_href=_locality_href)


@router.get("/locality/{name}", response_class=HTMLResponse)
async def locality(request: Request, name: str, province: str | None = None) -> HTMLResponse:
    src = _source(request)
    try:
        locs, _ = await src.items("/localities")
        facts, _ = await src.items("/facts", locality=name, province=province)
        docs, _ = await src.items("/documents", locality=name, province=province)
    except ApiError as e:
        return _error(request, e)
    mine = [x for x in locs if x.get("locality") == name and (province is None or (x.get("province") or "") == province)]
    if not mine and not facts:
        return _not_found(request, _word("no_locality", page_lang(request), name=name))
    lang = page_lang(request)
    inds = await _indicators(src, lang)
    facts = [f for f in facts if f.get("locality") == name]
    # comparable points only: one period kind at a time (6 months, 9 months, the year, a quarter)
    # across years; the kind most facts share unless ``?kind=`` says otherwise (``kind=all``: every one)
    kinds = Counter(k for k in map(_period_kind, facts) if k)
    kind = request.query_params.get("kind") or (kinds.most_common(1)[0][0] if kinds else "all")
    if kind != "all":
        facts = [f for f in facts if _period_kind(f) == kind]
    kind_links = [{"kind": k, "n": n, "label": label("period_kinds", k, page_lang(request)) or k,
                   "href": _locality_href(name, province) + ("&" if province else "?") + urlencode({"kind": k})}
                  for k, n in sorted(kinds.items(), key=lambda kv: _KIND_ORDER.get(kv[0], 99))]
    table = by_period(facts, _labels(inds), lang)
    rows = table["rows"]
    rank = {i["key"]: int(i.get("n_facts") or 0) for i in inds}
    specs = {
        "amount": charts.amount_chart([r for r in rows if r["role"] == "amount"], rank, lang=lang),
        "change_pct": charts.percent_chart([r for r in rows if r["role"] == "change_pct"], lang=lang),
        "plan_pct": charts.percent_chart([r for r in rows if r["role"] == "plan_pct"], lang=lang),
    }
    doc_ids = {p.get("document_id") for x in mine for p in x.get("periods") or []}
    my_docs = [d for d in docs if d.get("id") in doc_ids or (d.get("locality") == name and
                                                              (province is None or (d.get("province") or "") == province))]
    head = mine[0] if mine else {"locality": name, "province": province}
    return _render(request, "locality.html", name=name, loc=head, others=mine[1:], table=table, specs=specs,
                   docs=sorted(my_docs, key=period_key), n_facts=sum(kinds.values()), kind=kind, kinds=kind_links,
                   all_href=_locality_href(name, province) + ("&" if province else "?") + "kind=all")


_KIND_ORDER = {k: i for i, k in enumerate(("H1", "9M", "FY", "H2", "Q1", "Q2", "Q3", "Q4"))}


def _period_kind(f: dict[str, Any]) -> str | None:
    """A fact's period kind as in its URL code: H1, 9M, FY, Q3, ... (None without a year)."""
    code = period_code(f.get("year"), f.get("start_month"), f.get("end_month"))
    return code.split("-", 1)[1] if code else None


FACT_FILTERS = ("indicator", "role", "locality", "level", "province", "period", "year", "unit", "body_kind",
                "origin", "malformed", "q")


DOC_FILTERS = ("locality", "province", "level", "body_kind", "year", "period", "format")
DOC_SORTS = ("id", "doc", "title", "format", "body_kind", "locality", "level", "province", "date", "year")


class _TablePage:
    """One page of a stored table as the URL asks for it: its filters, sort, direction and keyset
    position, and ``href`` for a link to the same table with some of that changed."""

    def __init__(self, request: Request, path: str, filter_keys: tuple[str, ...] | list[str]) -> None:
        qp = request.query_params
        self.path = path
        self.after = qp.get("after")
        self.filters = {k: qp[k] for k in filter_keys if qp.get(k)}
        self.sort = qp.get("sort") or "id"
        self.desc = qp.get("sort_desc") in ("1", "true", "on")

    def params(self) -> dict[str, Any]:
        """The API call's parameters: 50 rows from the keyset position."""
        p: dict[str, Any] = {**self.filters, "sort": self.sort, "sort_desc": self.desc, "limit": 50}
        if self.after:
            p["after"] = self.after
        return p

    def href(self, **change: Any) -> str:
        state: dict[str, Any] = {**self.filters, "sort": self.sort, **({"sort_desc": "1"} if self.desc else {})}
        state.update(change)
        return f"{self.path}?" + urlencode({k: v for k, v in state.items() if v not in (None, "")})

    def context(self, page: dict[str, Any]) -> dict[str, Any]:
        """What both table templates take: the state, the link maker and the next and first pages."""
        return {"page": page, "filters": self.filters, "sort": self.sort, "desc": self.desc, "href": self.href,
                "next_url": self.href(after=page["next"]) if page.get("next") else None,
                "first_url": self.href() if self.after else None}


@router.get("/documents", response_class=HTMLResponse)
async def documents_list(request: Request) -> HTMLResponse:
    """Stored documents as a table: filters, sort by a column, facet counts, keyset pages
    (``?after=``), 50 a page; the whole state in the URL."""
    t = _TablePage(request, "/documents", DOC_FILTERS)
    try:
        page = await _source(request).get("/table/documents", **t.params())
    except ApiError as e:
        return _error(request, e)
    return _render(request, "documents.html", docs=page.get("items") or [], total=int(page.get("total") or 0),
                   sorts=DOC_SORTS, **t.context(page))


FACT_SORTS = ("id", "locality", "year", "indicator", "subject", "role", "value", "unit", "body_kind", "origin")


@router.get("/facts", response_class=HTMLResponse)
async def facts_explorer(request: Request) -> HTMLResponse:
    """The facts table: every filter of ``soket facts``, sort by a column, facet counts, keyset pages
    (``?after=``), a download of exactly the filtered rows; all of it in the URL."""
    t = _TablePage(request, "/facts", FACT_FILTERS)
    try:
        page = await _source(request).get("/table/facts", **t.params())
    except ApiError as e:
        return _error(request, e)
    # the export takes every filter of the table; an English page asks for English headings
    export_q = urlencode({**t.filters, **({"lang": "en"} if page_lang(request) == "en" else {})})
    return _render(request, "facts.html", sorts=list(FACT_SORTS), **t.context(page),
                   exports={f: f"/api/export?{export_q}{'&' if export_q else ''}format={f}" for f in ("csv", "json", "parquet")})


def comparable(items: list[dict[str, Any]], by: str, period: str | None,
               level: str | None) -> tuple[list[dict[str, Any]], str | None, str | None, dict[str, list[str]]]:
    """Only figures that can stand side by side: across localities, one period (kind and year)
    and one locality level (``level=all`` keeps every level); across periods, one level. Without
    a choice, the period and level that most figures share. Returns (items, period, level, the
    choices there were)."""
    def count(key: str, rows: list[dict[str, Any]]) -> list[str]:
        n: dict[str, int] = {}
        for x in rows:
            if x.get(key):
                n[x[key]] = n.get(x[key], 0) + 1
        return sorted(n, key=lambda k: (-n[k], k))

    choices = {"period": count("period", items), "level": count("locality_kind", items)}
    if by == "locality":
        period = period or (choices["period"][0] if choices["period"] else None)
        items = [x for x in items if x.get("period") == period] if period else items
    if level != "all":
        levels = count("locality_kind", items)
        level = level or (levels[0] if levels else None)
        items = [x for x in items if x.get("locality_kind") == level] if level else items
    return items, period, level, choices


@router.get("/compare", response_class=HTMLResponse)
async def compare(request: Request, indicator: str | None = None, by: str = "locality", role: str = "amount",
                  year: int | None = None, period: str | None = None, level: str | None = None,
                  locality: str | None = None, body_kind: str | None = None, origin: str | None = None,
                  malformed: str | None = None, sources: str = "one") -> HTMLResponse:
    by = by if by in ("locality", "period") else "locality"
    sources = "all" if sources == "all" else "one"  # a meeting's figure once, or every copy (docs/sources.md)
    src = _source(request)
    problem = None
    try:
        inds, _ = await src.items("/indicators", lang=page_lang(request))
    except ApiError as e:
        return _error(request, e)
    items: list[dict[str, Any]] = []
    if indicator:
        try:
            more: dict[str, Any] = {k: v for k, v in (("body_kind", body_kind), ("origin", origin),
                                                      ("malformed", malformed)) if v}
            if sources == "all":
                more["sources"] = "all"
            items, _ = await src.items("/compare", indicator=indicator, by=by, role=role, year=year,
                                       locality=locality or None, **more)
        except ApiError as e:
            if e.status not in (400, 404, 422):
                return _error(request, e)
            problem = e.message
    label = next((i.get("label") or i["key"] for i in inds if i.get("key") == indicator), indicator or "")
    items, period, level, choices = comparable(items, by, period or None, level or None)
    if by == "period":
        items = sorted(items, key=lambda x: (period_key(x), x.get("locality") or ""))
    else:
        items = sorted(items, key=lambda x: (-(x.get("value") or 0) if isinstance(x.get("value"), int | float) else 0,
                                             x.get("locality") or ""))
    lang = page_lang(request)
    chart = charts.bar_chart(items, by, f"{label} – {role_label(role, lang)}", lang=lang) if items else None
    return _render(request, "compare.html", indicators=inds, indicator=indicator, label=label, by=by, role=role,
                   year=year, items=items, chart=chart, problem=problem, period=period, level=level,
                   locality=locality, choices=choices, body_kind=body_kind, origin=origin, malformed=malformed,
                   sources=sources, roles=["amount", "change_pct", "plan_pct", "prior_pct", "plan_diff_pct", "percent", "change", "target"])


@router.get("/document/{doc_id}", response_class=HTMLResponse)
async def document(request: Request, doc_id: int) -> HTMLResponse:
    if not 1 <= doc_id <= MAX_ID:
        return _not_found(request, _word("no_document_n", page_lang(request), id=doc_id))
    src = _source(request)
    try:
        d = await src.get(f"/documents/{doc_id}")
    except ApiError as e:
        if e.status == 404:
            return _not_found(request, _word("no_document_n", page_lang(request), id=doc_id))
        return _error(request, e)
    d = d.get("item") or d.get("document") or d
    text = d.get("text") or ""
    facts = sorted(d.get("facts") or [], key=lambda f: tuple(f.get("span") or (0, 0)))
    for f in facts:
        ev = f.get("evidence_span")
        if not f.get("evidence") and ev:
            f["evidence"] = text[ev[0]:ev[1]]
    labels = _labels(await _indicators(src, page_lang(request)))
    group, disagree = await _meeting_sources(src, doc_id)
    return _render(request, "document.html", d=d, meeting=d.get("meeting") or {}, period=d.get("period") or d,
                   marked=highlight(text, facts, page_lang(request)), facts=facts, labels=labels, group=group, disagree=disagree,
                   loc_href=_locality_href(d["locality"], d.get("province")) if d.get("locality") else None)


async def _meeting_sources(src: ApiSource, doc_id: int) -> tuple[dict[str, Any] | None, dict[int, list[dict[str, Any]]]]:
    """The meeting a document reports (docs/sources.md) and, for each of its figures that the
    meeting's sources give differently, every source's sentence (the "sources disagree" badge)."""
    try:
        m = await src.get(f"/documents/{doc_id}/meeting")
    except ApiError:
        return None, {}
    names = {x["id"]: x.get("doc") or f"#{x['id']}" for x in m.get("documents") or []}
    out: dict[int, list[dict[str, Any]]] = {}
    for f in m.get("facts") or []:
        if not f.get("disagree"):
            continue
        srcs = [{**x, "doc": names.get(x["document_id"], "?"), "agreed": x["value"] == f["value"]}
                for x in f.get("sources") or []]
        for x in srcs:
            if x["document_id"] == doc_id and x.get("fact_id"):
                out[int(x["fact_id"])] = srcs
    return m, out


@router.get("/document/{doc_id}/scan/{fact_id}.png")
async def scan_crop(request: Request, doc_id: int, fact_id: int) -> Response:
    """The piece of the scanned page a figure was read from (its row, with a margin), cut from
    the document's source file at 150 dpi; 404 when the figure was not read from a scan or the
    file is gone."""
    src = _source(request)
    try:
        d = await src.get(f"/documents/{doc_id}")
    except ApiError as e:
        return _error(request, e)
    d = d.get("item") or d.get("document") or d
    f = next((x for x in d.get("facts") or [] if x.get("id") == fact_id), None)
    path = d.get("path")
    if f is None or not f.get("box") or not f.get("page") or not path:
        return Response(status_code=404)

    png = crop_png(path, int(f["page"]), [float(x) for x in f["box"]])
    if png is None:
        return Response(status_code=404)
    return Response(png, media_type="image/png", headers={"Cache-Control": "max-age=3600"})


@router.get("/fact/{fact_id}")
async def fact(request: Request, fact_id: int) -> Response:
    if not 1 <= fact_id <= MAX_ID:
        return _not_found(request, _word("no_fact_n", page_lang(request), id=fact_id))
    src = _source(request)
    doc_id = None
    try:
        f = await src.get(f"/facts/{fact_id}")
        f = f.get("item") or f.get("fact") or f
        doc_id = f.get("document_id")
    except ApiError as e:
        if e.status not in (404, 405):
            return _error(request, e)
    if doc_id is None:  # no /api/facts/{id}: look through the list
        try:
            facts, _ = await src.items("/facts")
        except ApiError as e:
            return _error(request, e)
        doc_id = next((f.get("document_id") for f in facts if f.get("id") == fact_id), None)
    if doc_id is None:
        return _not_found(request, _word("no_fact_n", page_lang(request), id=fact_id))
    q = "?lang=en" if page_lang(request) == "en" else ""
    return RedirectResponse(f"/document/{doc_id}{q}#fact-{fact_id}", status_code=302)


SEARCH_PAGE = 50


@router.get("/search", response_class=HTMLResponse)
async def search(request: Request, q: str = "", page: int = 1) -> HTMLResponse:
    q = q.strip()[:200]
    page = max(1, page)
    res: dict[str, Any] = {"documents": [], "facts": []}
    if q:
        try:
            res = await _source(request).get("/search", q=q, limit=SEARCH_PAGE, offset=(page - 1) * SEARCH_PAGE)
        except ApiError as e:
            return _error(request, e)
    docs, facts = res.get("documents") or [], res.get("facts") or []
    n_docs = int(res.get("total_documents", len(docs)))
    n_facts = int(res.get("total_facts", len(facts)))
    more = page * SEARCH_PAGE < max(n_docs, n_facts)
    return _render(request, "search.html", q=q, documents=docs, facts=facts, n_docs=n_docs, n_facts=n_facts,
                   page=page, more=more, next_url=f"/search?{urlencode({'q': q, 'page': page + 1})}",
                   prev_url=f"/search?{urlencode({'q': q, 'page': page - 1})}" if page > 1 else None)


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
async def api_docs(request: Request) -> HTMLResponse:
    """The API's docs: Swagger UI over ``/openapi.json``, from the vendored bundle (no CDN, no
    inline script: the page's CSP allows scripts from this server only)."""
    return templates.TemplateResponse(request, "apidocs.html", {"static_url": static_url})


@router.get("/static/{path:path}")
async def static(path: str) -> Response:
    target = (STATIC / path).resolve()
    if not target.is_file() or STATIC.resolve() not in target.parents:
        return Response("Not Found", status_code=404, media_type="text/plain")
    ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype == "application/javascript":
        ctype += "; charset=utf-8"
    headers = {"Cache-Control": "public, max-age=86400"}
    return Response(target.read_bytes(), media_type=ctype, headers=headers)
