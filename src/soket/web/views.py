"""Pure shaping of API answers for the pages: highlighted text, labels, tables by period."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from soket.fmt import format_value
from soket.lexicon.labels import Lang, label, period_label, table

# the Vietnamese labels (English beside them: lexicon/labels.yaml, soket.lexicon.labels)
ROLE_LABELS = table("roles", "vi")
SIGNED_ROLES = ("change", "change_pct", "plan_diff_pct")
BODY_LABELS = table("bodies", "vi")
QUALIFIER_LABELS = table("qualifiers", "vi")


def role_label(role: str | None, lang: Lang = "vi") -> str:
    return (label("roles", role, lang) or role) if role else "—"


def fact_value(f: dict[str, Any], lang: Lang = "vi") -> str:
    """A fact's value the Vietnamese way (or, with ``lang="en"``, the English way), signed where
    the role is a change: '+7,7%' ('+7.7%')."""
    v = f.get("value")
    s = format_value(v, f.get("unit"), lang)
    if f.get("role") in SIGNED_ROLES and isinstance(v, int | float) and v > 0:
        s = "+" + s
    return s


def period_of(d: dict[str, Any], lang: Lang = "vi") -> str:
    return period_label(d.get("year"), d.get("start_month"), d.get("end_month"), lang)


def period_key(d: dict[str, Any]) -> tuple[int, int, int]:
    """Sort key: year, then end month, then start month (shorter periods of a year first)."""
    return (d.get("year") or 0, d.get("end_month") or 12, d.get("start_month") or 1)


# --- the document text with its facts highlighted -------------------------------------------------


@dataclass(order=True)
class _Iv:
    start: int
    neg_end: int
    level: int  # 0: evidence sentence, 1: fact
    seq: int
    kind: str = field(compare=False)
    key: Any = field(compare=False)
    first: bool = field(compare=False, default=True)
    attrs: dict[str, str] = field(compare=False, default_factory=dict)

    @property
    def end(self) -> int:
        return -self.neg_end


def _valid(span: Any, n: int) -> tuple[int, int] | None:
    if not span or len(span) != 2:
        return None
    a, b = int(span[0]), int(span[1])
    return (a, b) if 0 <= a < b <= n else None


def highlight(text: str, facts: Iterable[dict[str, Any]], lang: Lang = "vi") -> Markup:
    """HTML of ``text`` with each fact's span in ``<mark id="fact-{id}">`` and each evidence
    sentence in ``<span class="ev" data-ev="k">``.

    Elements nest properly. A fact span that crosses another element is split: the first piece
    carries the id, every piece carries ``data-fact``, so the pieces joined give the fact's raw.
    """
    n = len(text)
    heap: list[_Iv] = []
    sents: dict[tuple[int, int], int] = {}
    seq = 0
    for f in facts:
        span = _valid(f.get("span"), n)
        if span is None:
            continue
        ev = _valid(f.get("evidence_span"), n)
        attrs = {"data-fact": str(f["id"]), "title": f"{role_label(f.get('role'), lang)}: {fact_value(f, lang)}"}
        if ev is not None:
            if ev not in sents:
                sents[ev] = len(sents)
                heap.append(_Iv(ev[0], -ev[1], 0, seq, "ev", sents[ev]))
                seq += 1
            attrs["data-ev"] = str(sents[ev])
        heap.append(_Iv(span[0], -span[1], 1, seq, "fact", f["id"], attrs=attrs))
        seq += 1
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[_Iv] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(str(escape(text[pos:top.end])))
            pos = top.end
            out.append("</mark>" if top.kind == "fact" else "</span>")

    while heap:
        iv = heapq.heappop(heap)
        close_until(iv.start)
        if stack and iv.end > stack[-1].end:  # crosses its parent: split at the parent's end
            cut = stack[-1].end
            rest = _Iv(cut, iv.neg_end, iv.level, seq, iv.kind, iv.key, False, iv.attrs)
            seq += 1
            heapq.heappush(heap, rest)
            iv = _Iv(iv.start, -cut, iv.level, iv.seq, iv.kind, iv.key, iv.first, iv.attrs)
        out.append(str(escape(text[pos:iv.start])))
        pos = iv.start
        out.append(_open(iv))
        stack.append(iv)
    close_until(n)
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def _open(iv: _Iv) -> str:
    if iv.kind == "ev":
        return f'<span class="ev" data-ev="{iv.key}">'
    attrs = dict(iv.attrs)
    cls = "fact" if iv.first else "fact cont"
    head = f'<mark id="fact-{escape(iv.key)}" ' if iv.first else "<mark "
    return head + f'class="{cls}" ' + " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items()) + ">"


# --- a locality's facts by period ------------------------------------------------------------------


def series_key(f: dict[str, Any]) -> str:
    """Facts of the same indicator (or, without one, the same subject) form one series."""
    if f.get("indicator"):
        return str(f["indicator"])
    return " ".join((f.get("subject") or "?").lower().split())


def by_period(facts: list[dict[str, Any]], labels: dict[str, str], lang: Lang = "vi") -> dict[str, Any]:
    """Facts of one locality as a table: one row per (series, role, unit), one column per period.

    Where a period has several facts for a cell, the first (in document order) is shown.
    """
    periods = sorted({(f.get("year"), f.get("start_month"), f.get("end_month")) for f in facts},
                     key=lambda p: (p[0] or 0, p[2] or 12, p[1] or 1))
    cols = [{"year": y, "start_month": s, "end_month": e, "label": period_label(y, s, e, lang)} for y, s, e in periods]
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for f in sorted(facts, key=lambda f: (f.get("document_id") or 0, (f.get("span") or [0])[0])):
        key = (series_key(f), f.get("role") or "", f.get("unit") or "")
        row = rows.get(key)
        if row is None:
            label = labels.get(f.get("indicator") or "") or f.get("subject") or "—"
            row = rows[key] = {"series": key[0], "label": label, "role": key[1], "unit": key[2],
                               "role_label": role_label(key[1], lang), "indicator": f.get("indicator"), "cells": {}}
        p = (f.get("year"), f.get("start_month"), f.get("end_month"))
        row["cells"].setdefault(p, f)
    role_order = {r: i for i, r in enumerate(ROLE_LABELS)}
    ordered = sorted(rows.values(), key=lambda r: (not r["indicator"], -len(r["cells"]), r["label"].lower(),
                                                   role_order.get(r["role"], 99)))
    for r in ordered:
        r["values"] = [r["cells"].get((c["year"], c["start_month"], c["end_month"])) for c in cols]
    return {"periods": cols, "rows": ordered}
