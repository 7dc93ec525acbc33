"""A stand-in for the JSON API of ``docs/api.md``, in memory, over extractor records.

Used to test the dashboard on its own (the pages depend on the API contract only) and while the
store is absent. It answers the read endpoints the pages call, in the contract's shapes.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse

import soket.web
from soket.errors import SoketError
from soket.ingest import iter_inputs, load_path
from soket.model import StoredFact
from soket.service import extract_checked

# a toy taxonomy so that /compare has something to compare
INDICATORS = {
    "budget_revenue": ("Thu ngân sách", ("thu ngân sách",)),
    "production_value": ("Giá trị sản xuất", ("giá trị sản xuất",)),
    "economic_growth": ("Tăng trưởng kinh tế", ("tăng trưởng kinh tế",)),
}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return "".join(c for c in s if not unicodedata.combining(c))


def _indicator(subject: str | None) -> str | None:
    s = (subject or "").lower()
    return next((k for k, (_, cues) in INDICATORS.items() if any(c in s for c in cues)), None)


class Store:
    def __init__(self, paths: list[Path]) -> None:
        self.docs: list[dict[str, Any]] = []
        self.facts: list[dict[str, Any]] = []
        i = 0
        for path in iter_inputs(paths):
            try:
                doc = load_path(path)
            except SoketError:  # a deliberately broken example
                continue
            i += 1
            rec = extract_checked(doc).to_dict()
            m, p = rec["meeting"], rec["period"]
            row = {
                "id": i, "doc": rec["doc"], "title": doc.title or doc.text.strip().split("\n")[0][:160],
                "path": str(path), "sha256": doc.sha256, "format": doc.format, "body_kind": m.get("body_kind"),
                "locality": m.get("locality"), "locality_kind": m.get("locality_kind"), "province": m.get("province"),
                "date": m.get("date"), "year": p.get("year"), "start_month": p.get("start_month"),
                "end_month": p.get("end_month"),
            }
            facts = []
            for f in rec["facts"]:
                fid = len(self.facts) + 1
                fact = StoredFact.model_validate({  # the API's fact item, from the same model
                    **f, "id": fid, "document_id": i, "doc": rec["doc"],
                    "indicator": f.get("indicator") or _indicator(f.get("subject")),
                    **{k: row[k] for k in ("locality", "locality_kind", "province", "body_kind", "date",
                                           "year", "start_month", "end_month")}}).to_dict()
                facts.append(fact)
                self.facts.append(fact)
            row["n_facts"] = len(facts)
            self.docs.append({**row, "_text": doc.text, "_rec": rec, "_facts": facts})

    def public(self, d: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in d.items() if not k.startswith("_")}


def _page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"ok": True, "total": len(items), "items": items[offset:offset + min(limit, 1000)]}


def api_router(store: Store) -> APIRouter:
    r = APIRouter(prefix="/api")

    @r.get("/documents")
    def documents(limit: int = 50, offset: int = 0) -> dict[str, Any]:
        return _page([store.public(d) for d in store.docs], limit, offset)

    @r.get("/documents/{doc_id}")
    def document(doc_id: int) -> Any:
        d = next((d for d in store.docs if d["id"] == doc_id), None)
        if d is None:
            return JSONResponse({"ok": False, "status": 404, "error": "no such document", "errors": []}, 404)
        rec = d["_rec"]
        return {"ok": True, **store.public(d), "text": d["_text"], "meeting": rec["meeting"], "period": rec["period"],
                "people": rec["people"], "authors": rec["authors"], "tasks": rec["tasks"],
                "limitations": rec["limitations"], "issues": rec["issues"], "facts": d["_facts"]}

    @r.get("/facts")
    def facts(limit: int = 50, offset: int = 0, indicator: str | None = None, locality: str | None = None,
              province: str | None = None, year: int | None = None, role: str | None = None,
              document_id: int | None = None, q: str | None = None) -> dict[str, Any]:
        want = {"indicator": indicator, "locality": locality, "province": province, "year": year, "role": role,
                "document_id": document_id}
        out = [f for f in store.facts if all(v is None or f.get(k) == v for k, v in want.items())]
        if q:
            out = [f for f in out if fold(q) in fold(f"{f.get('subject')} {f.get('evidence')}")]
        return _page(out, limit, offset)

    @r.get("/localities")
    def localities(limit: int = 50, offset: int = 0) -> dict[str, Any]:
        by: dict[tuple[Any, ...], dict[str, Any]] = {}
        for d in store.docs:
            if not d["locality"]:
                continue
            k = (d["locality"], d["province"])
            x = by.setdefault(k, {"locality": d["locality"], "locality_kind": d["locality_kind"],
                                  "province": d["province"], "n_documents": 0, "periods": []})
            x["n_documents"] += 1
            x["periods"].append({k2: d[k2] for k2 in ("year", "start_month", "end_month")} | {"document_id": d["id"]})
        return _page(list(by.values()), limit, offset)

    @r.get("/indicators")
    def indicators(limit: int = 50, offset: int = 0) -> dict[str, Any]:
        items = [{"key": k, "label": label, "unit": None, "n_facts": sum(f["indicator"] == k for f in store.facts)}
                 for k, (label, _) in INDICATORS.items()]
        return _page(items, limit, offset)

    @r.get("/compare")
    def compare(indicator: str, by: str = "locality", role: str = "amount", locality: str | None = None,
                year: int | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        out = [{k: f[k] for k in ("locality", "locality_kind", "province", "year", "start_month", "end_month",
                                  "value", "unit", "role")} | {"fact_id": f["id"], "document_id": f["document_id"]}
               for f in store.facts if f["indicator"] == indicator and f["role"] == role
               and (locality is None or f["locality"] == locality) and (year is None or f["year"] == year)]
        return _page(out, limit, offset)

    @r.get("/search")
    def search(q: str) -> dict[str, Any]:
        fq = fold(q)
        docs = [{"id": d["id"], "doc": d["doc"], "title": d["title"], "snippet": _snippet(d["_text"], fq)}
                for d in store.docs if fq in fold(d["_text"])]
        facts = [f for f in store.facts if fq in fold(f"{f.get('subject')} {f.get('evidence')} {f.get('raw')}")]
        return {"ok": True, "documents": docs, "facts": facts}

    return r


def _snippet(text: str, fq: str) -> str:
    i = fold(text).find(fq)  # folding keeps length for NFC Vietnamese (one mark per letter at most)
    return text[max(0, i - 60): i + len(fq) + 60] if i >= 0 else text[:120]


def create_app(paths: list[Path]) -> FastAPI:
    store = Store(paths)
    app = FastAPI()
    app.include_router(api_router(store))
    app.include_router(soket.web.router)
    app.state.store = store
    return app
