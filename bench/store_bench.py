"""Store benchmark: ingest rate into SQLite, and facts-query latency at 100,000 stored facts.

    .venv/bin/python bench/store_bench.py [--facts 100000] [--db URL] [--runs 200] [--json]

1. ingest: the reports in ../shared (seeds + dev docs) through load → extract → store, in docs/s;
   and the store step alone (``store_record``) over distinct copies of their records.
2. query: a store of synthetic documents holding ``--facts`` facts (bulk insert), then p50/p95 of
   typical /api/facts queries (filters, paging, full text), /api/compare, and the HTTP round trip.

Without ``--db`` everything runs in a temporary SQLite file. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

LOCALITIES = [("Phúc Yên", "thành phố", "Vĩnh Phúc"), ("Hồng Lĩnh", "thị xã", "Hà Tĩnh"),
              ("Cần Thơ", "thành phố", None), ("Đông Anh", "huyện", "Hà Nội"), ("Ninh Kiều", "quận", "Cần Thơ"),
              ("Bình Định", "tỉnh", None), ("Đắk Mil", "huyện", "Đắk Nông"), ("Sơn Tây", "thị xã", "Hà Nội")]
PERIODS = [(1, 6), (1, 9), (1, 12), (7, 9)]
ROLES = ["amount", "change_pct", "plan_pct", "percent", "target"]
SUBJECTS = {
    "budget_revenue": "Tổng thu ngân sách nhà nước", "budget_spending": "Tổng chi ngân sách",
    "grdp": "Tăng trưởng kinh tế (GRDP)", "exports": "Kim ngạch xuất khẩu", "retail_sales": "Tổng mức bán lẻ hàng hóa",
    "new_party_members": "kết nạp đảng viên", "public_investment_disbursement": "giải ngân vốn đầu tư công",
    "poverty_rate": "tỷ lệ hộ nghèo", "food_output": "sản lượng lương thực", "new_enterprises": "doanh nghiệp thành lập mới",
}


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def synthesise(url: str, n_facts: int, facts_per_doc: int = 100, seed: int = 7) -> int:
    """Bulk-insert synthetic documents and facts (indicator, locality, period spread out)."""
    from sqlalchemy import insert

    from soket.store import Store
    from soket.store.models import DocumentRow, FactRow, MeetingRow
    from soket.store.rows import fact_search_text
    from soket.text import fold

    store = Store.open(url)
    rnd = random.Random(seed)
    keys = list(SUBJECTS)
    n_docs = max(1, n_facts // facts_per_doc)
    made = 0
    batch = 50
    for start in range(0, n_docs, batch):
        with store.write() as s:
            docs, meetings, facts = [], [], []
            for i in range(start, min(n_docs, start + batch)):
                loc, kind, prov = LOCALITIES[i % len(LOCALITIES)]
                year = 2016 + (i // len(LOCALITIES)) % 9
                sm, em = PERIODS[(i // (len(LOCALITIES) * 9)) % len(PERIODS)]
                text = (f"Báo cáo tổng hợp số {i} của {kind} {loc}. Thu ngân sách, đảng viên, giải ngân vốn đầu tư "
                        f"công và các chỉ tiêu kinh tế - xã hội {sm}-{em}/{year}.")
                docs.append({"doc": f"synthetic_{i:06d}", "path": f"synthetic://{i}", "sha256": f"{i:064x}",
                             "format": "txt", "text": text, "folded": fold(text)})
                meetings.append({"body_kind": "executive_committee", "locality": loc, "locality_folded": fold(loc),
                                 "locality_kind": kind, "province": prov,
                                 "province_folded": fold(prov) if prov else None, "year": year,
                                 "start_month": sm, "end_month": em, "date": f"{year}-{em:02d}-28"})
            ids = s.scalars(insert(DocumentRow).returning(DocumentRow.id), docs).all()
            s.execute(insert(MeetingRow), [{**m, "document_id": d} for m, d in zip(meetings, ids, strict=True)])
            for d in ids:
                for j in range(facts_per_doc):
                    if made >= n_facts:
                        break
                    key = keys[rnd.randrange(len(keys))]
                    role = ROLES[rnd.randrange(len(ROLES))]
                    value = round(rnd.uniform(1, 1000), 1) if role != "amount" else rnd.randrange(1, 10**6) * 10**6
                    unit = "%" if role != "amount" else "VND"
                    raw = f"{value} {'%' if unit == '%' else 'đồng'}"
                    subj = SUBJECTS[key]
                    ev = f"{subj} đạt {raw}."
                    facts.append({"document_id": d, "position": j, "subject": subj, "indicator": key,
                                  "value": float(value), "unit": unit, "role": role, "estimated": False,
                                  "raw": raw, "span_start": 0, "span_end": len(raw), "evidence": ev,
                                  "evidence_start": 0, "evidence_end": len(ev), "malformed": False,
                                  "origin": "text", "folded": fact_search_text(subj, raw, unit, ev)})
                    made += 1
            s.execute(insert(FactRow), facts)
    store.analyze()
    store.close()
    return made


def bench_ingest(url: str) -> dict[str, Any]:
    from soket.ingest import iter_inputs, load_path
    from soket.service import ingest_documents
    from soket.store import Store, store_record

    inputs = [p for p in (SHARED / "seeds", SHARED / "eval" / "dev" / "docs") if p.is_dir()]
    out: dict[str, Any] = {}
    if not inputs:
        return {"skipped": "../shared is absent"}
    store = Store.open(url)
    files = iter_inputs(inputs)
    t = time.perf_counter()
    rep = ingest_documents(store, files)
    dt = time.perf_counter() - t
    out["pipeline_docs"] = len(files)
    out["pipeline_failed"] = len(rep.failed)
    out["pipeline_docs_per_s"] = len(files) / dt
    # the store step alone: distinct copies (content changed by a suffix) of extracted records
    import soket.extract

    pairs = []
    for f in files:
        doc = load_path(f)
        pairs.append((doc, soket.extract.extract_document(doc)))
    n = 0
    t = time.perf_counter()
    for rep_i in range(10):
        for doc, rec in pairs:
            doc.sha256 = f"{rep_i:04d}" + doc.sha256[4:]
            doc.path = f"copy{rep_i}/{doc.doc}"
            with store.write() as s:
                store_record(s, doc, rec)
            n += 1
    dt = time.perf_counter() - t
    out["store_docs"] = n
    out["store_docs_per_s"] = n / dt
    out["facts_per_doc"] = sum(len(r.facts) for _, r in pairs) / max(1, len(pairs))
    store.close()
    return out


def bench_queries(url: str, runs: int) -> dict[str, Any]:
    from soket.store import Store
    from soket.store.queries import FactFilter, compare, counts, list_facts, search

    rnd = random.Random(11)
    store = Store.open(url)
    with store.read() as s:
        total = counts(s)["facts"]
    cases = {
        "facts page (no filter)": lambda s: list_facts(s, FactFilter(), limit=50, offset=rnd.randrange(0, total - 50)),
        "facts indicator": lambda s: list_facts(s, FactFilter(indicator=rnd.choice(list(SUBJECTS))), limit=50),
        "facts indicator+locality+year": lambda s: list_facts(
            s, FactFilter(indicator=rnd.choice(list(SUBJECTS)), locality=rnd.choice(LOCALITIES)[0],
                          year=rnd.randrange(2016, 2025)), limit=50),
        "facts role+unit, deep page": lambda s: list_facts(
            s, FactFilter(role="amount", unit="VND"), limit=100, offset=rnd.randrange(0, 10000)),
        "facts full text": lambda s: list_facts(s, FactFilter(q=rnd.choice(["ngan sach", "đảng viên", "giai ngan"])),
                                                limit=50),
        "compare indicator by locality": lambda s: compare(s, rnd.choice(list(SUBJECTS))),
        "search": lambda s: search(s, rnd.choice(["thu ngân sách", "dang vien", "xuat khau"]), limit=20),
    }
    out: dict[str, Any] = {"facts": total}
    with store.read() as s:
        for name, fn in cases.items():
            fn(s)  # warm
            times = []
            n = runs if "compare" not in name else max(10, runs // 10)
            for _ in range(n):
                t = time.perf_counter()
                fn(s)
                times.append((time.perf_counter() - t) * 1000)
            out[name] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "n": n}
    # through HTTP (in-process ASGI): validation, serialisation, the envelope included
    from fastapi.testclient import TestClient

    from soket.api import create_app

    with TestClient(create_app(url)) as c:
        times = []
        for _ in range(runs):
            params = {"indicator": rnd.choice(list(SUBJECTS)), "year": rnd.randrange(2016, 2025), "limit": 50}
            t = time.perf_counter()
            r = c.get("/api/facts", params=params)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200
        out["GET /api/facts (TestClient)"] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "n": runs}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--db", help="database for the query benchmark (default: a temporary SQLite file)")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    tmp = tempfile.mkdtemp(prefix="soket-bench-")
    res: dict[str, Any] = {}
    if not a.skip_ingest:
        url = f"sqlite:///{tmp}/ingest.db"
        res["ingest"] = bench_ingest(url)
    url = a.db or f"sqlite:///{tmp}/query.db"
    t = time.perf_counter()
    n = synthesise(url, a.facts)
    res["synthesise"] = {"facts": n, "seconds": time.perf_counter() - t}
    res["query"] = bench_queries(url, a.runs)
    if url.startswith("sqlite:///"):
        res["query"]["db_bytes"] = os.path.getsize(url[len("sqlite:///"):])
    if a.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return 0
    if "ingest" in res:
        i = res["ingest"]
        if "skipped" in i:
            print(f"ingest: skipped ({i['skipped']})")
        else:
            print(f"ingest (load+extract+store, SQLite): {i['pipeline_docs']} docs, "
                  f"{i['pipeline_docs_per_s']:.1f} docs/s, {i['pipeline_failed']} failed")
            print(f"store_record alone (SQLite):         {i['store_docs']} docs, {i['store_docs_per_s']:.1f} docs/s "
                  f"({i['facts_per_doc']:.1f} facts/doc)")
    s = res["synthesise"]
    print(f"synthesised {s['facts']} facts in {s['seconds']:.1f} s ({url.split(':')[0]})")
    q = res["query"]
    print(f"{'query at ' + str(q['facts']) + ' facts':<40} {'p50 ms':>9} {'p95 ms':>9}")
    for k, v in q.items():
        if isinstance(v, dict):
            print(f"{k:<40} {v['p50_ms']:>9.2f} {v['p95_ms']:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
