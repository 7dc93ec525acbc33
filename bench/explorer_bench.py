"""Facts explorer benchmark: the time of a /facts page (filters, sort, keyset page and facet counts)
on a store of ``--facts`` synthetic facts (1,000,000 by default), SQLite and PostgreSQL.

    .venv/bin/python bench/explorer_bench.py [--facts 1000000] [--db URL] [--runs 40] [--json]

The store is built with bulk inserts (:func:`build_store`: documents, meetings and facts spread
over localities of every level, bodies, periods, indicators, roles, origins, a few malformed) and
ANALYZEd. Each case is one explorer page as a browser asks for it: ``GET /facts?...`` through the
real app in process (HTML rendered from ``GET /api/table/facts`` with facets: the count, 8 facet
GROUP BYs and one keyset page), and, beside it, the API call alone. Figures are p50/p95 of wall
time in ms (and the CPU time of this process); the aim is p95 < 150 ms for a page with facets.
Totals and facets of filters on the facts cube's columns come from the cube (built once per state
of the store: its time is printed first); "1st" is a filter's first visit (nothing kept but the
cube), p50/p95 the visits after it.
Without ``--db`` it runs on a temporary SQLite file; ``--db postgresql+psycopg://...`` on an
empty PostgreSQL database. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

LOCALITIES = [("Phúc Yên", "thành phố", "Vĩnh Phúc"), ("Hồng Lĩnh", "thị xã", "Hà Tĩnh"),
              ("Cần Thơ", "thành phố", None), ("Đông Anh", "huyện", "Hà Nội"), ("Ninh Kiều", "quận", "Cần Thơ"),
              ("Bình Định", "tỉnh", None), ("Đắk Mil", "huyện", "Đắk Nông"), ("Sơn Tây", "thị xã", "Hà Nội"),
              ("Tân Lập", "xã", "Phú Thọ"), ("Hòa Bình", "phường", "Hà Nội"), ("Lập Thạch", "huyện", "Vĩnh Phúc"),
              ("Nghệ An", "tỉnh", None)]
BODIES = ["party_committee", "peoples_council", "peoples_committee", "executive_committee"]
PERIODS = [(1, 6), (1, 9), (1, 12), (7, 9)]
ROLES = ["amount", "change_pct", "plan_pct", "percent", "target"]
ORIGINS = ["text"] * 2 + ["table"]
SUBJECTS = {
    "budget_revenue": "Tổng thu ngân sách nhà nước", "budget_spending": "Tổng chi ngân sách",
    "grdp": "Tăng trưởng kinh tế (GRDP)", "exports": "Kim ngạch xuất khẩu", "retail_sales": "Tổng mức bán lẻ hàng hóa",
    "new_party_members": "kết nạp đảng viên", "public_investment_disbursement": "giải ngân vốn đầu tư công",
    "poverty_rate": "tỷ lệ hộ nghèo", "food_output": "sản lượng lương thực", "new_enterprises": "doanh nghiệp thành lập mới",
}


def build_store(url: str, n_facts: int, facts_per_doc: int = 100, seed: int = 7, batch_docs: int = 200) -> int:
    """Bulk-insert synthetic documents, meetings and ``n_facts`` facts into the store at ``url``
    (created and migrated by :meth:`Store.open`), then ANALYZE. Returns the number of facts."""
    from sqlalchemy import insert

    from soket.store import Store
    from soket.store.models import DocumentRow, FactRow, MeetingRow
    from soket.store.rows import fact_search_text
    from soket.text import fold

    store = Store.open(url)
    rnd = random.Random(seed)
    keys = list(SUBJECTS)
    n_docs = max(1, -(-n_facts // facts_per_doc))
    made = 0
    for start in range(0, n_docs, batch_docs):
        with store.write() as s:
            docs, meetings, facts = [], [], []
            for i in range(start, min(n_docs, start + batch_docs)):
                loc, kind, prov = LOCALITIES[i % len(LOCALITIES)]
                year = 2016 + (i // len(LOCALITIES)) % 9
                sm, em = PERIODS[(i // (len(LOCALITIES) * 9)) % len(PERIODS)]
                text = f"Báo cáo số {i} của {kind} {loc}, {sm}-{em}/{year}: thu ngân sách, đảng viên, đầu tư công."
                docs.append({"doc": f"synthetic_{i:07d}", "path": f"synthetic://{i}", "sha256": f"{i:064x}",
                             "format": "txt", "text": text, "folded": fold(text)})
                meetings.append({"body_kind": BODIES[(i // 3) % len(BODIES)], "locality": loc,
                                 "locality_folded": fold(loc), "locality_kind": kind, "province": prov,
                                 "province_folded": fold(prov) if prov else None, "year": year,
                                 "start_month": sm, "end_month": em, "date": f"{year}-{em:02d}-28"})
            ids = s.scalars(insert(DocumentRow).returning(DocumentRow.id), docs).all()
            s.execute(insert(MeetingRow), [{**m, "document_id": d} for m, d in zip(meetings, ids, strict=True)])
            for d, m in zip(ids, meetings, strict=True):
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
                                  "value": float(value), "unit": unit, "role": role, "estimated": j % 7 == 0,
                                  "raw": raw, "span_start": 0, "span_end": len(raw), "evidence": ev,
                                  "evidence_start": 0, "evidence_end": len(ev), "malformed": rnd.random() < 0.02,
                                  "origin": ORIGINS[rnd.randrange(len(ORIGINS))],
                                  "folded": fact_search_text(subj, raw, unit, ev),
                                  # the facts' copies of their meeting's (migration 0004)
                                  "locality_folded": m["locality_folded"], "province_folded": m["province_folded"],
                                  "year": m["year"]})
                    made += 1
            s.execute(insert(FactRow), facts)
    store.analyze()
    store.close()
    return made


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


CASES: dict[str, dict[str, Any]] = {
    "no filter (first page)": {},
    "indicator": {"indicator": "budget_revenue"},
    "indicator + level + year": {"indicator": "grdp", "level": "huyện", "year": 2020},
    "body kind + origin": {"body_kind": "peoples_council", "origin": "table"},
    "period kind + role, sort value desc": {"period": "2019-H1", "role": "amount", "sort": "value", "sort_desc": 1},
    "malformed": {"malformed": "true"},
    "locality, sort locality": {"locality": "Dong Anh", "sort": "locality"},
    "full text": {"q": "ngan sach"},
}


def bench(url: str, runs: int, progress: bool = False, deep: int = 20) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from soket.api import create_app
    from soket.store import Store
    from soket.store.queries import facts_cube, forget_cached

    out: dict[str, Any] = {}
    with Store.open(url) as st, st.read() as s:  # the facts cube: built once per state of the store
        forget_cached()
        t = time.perf_counter()
        facts_cube(s)
        out["cube_build_ms"] = (time.perf_counter() - t) * 1000
    with TestClient(create_app(url, rate_limit="off")) as c:
        out["facts"] = c.get("/api/health").json()["counts"]["facts"]
        for name, params in CASES.items():
            res: dict[str, Any] = {}
            for what, path, extra in (("page", "/facts", {}), ("api", "/api/table/facts", {"limit": 50})):
                forget_cached(keep_cube=True)  # the filter's first visit: nothing kept but the cube
                t = time.perf_counter()
                r = c.get(path, params={**params, **extra})
                res[f"{what}_first_ms"] = (time.perf_counter() - t) * 1000
                assert r.status_code == 200, r.text[:300]
                wall, cpu = [], []
                for _ in range(runs):
                    t, p = time.perf_counter(), time.process_time()
                    r = c.get(path, params={**params, **extra})
                    wall.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - p) * 1000)
                    assert r.status_code == 200
                res[what] = {"p50_ms": pct(wall, 50), "p95_ms": pct(wall, 95), "cpu_p50_ms": statistics.median(cpu)}
            res["rows"] = c.get("/api/table/facts", params={**params, "limit": 1, "facets": False}).json()["total"]
            # a deep keyset page: follow `next` --deep times, then time that page (the cost stays the first's)
            after = None
            for _ in range(deep):
                j = c.get("/api/table/facts", params={**params, "facets": False, **({"after": after} if after else {})}).json()
                after = j["next"] or after
            if after:
                wall = []
                for _ in range(max(2, runs // 4)):
                    t = time.perf_counter()
                    c.get("/facts", params={**params, "after": after})
                    wall.append((time.perf_counter() - t) * 1000)
                res["page 21"] = {"p50_ms": pct(wall, 50), "p95_ms": pct(wall, 95)}
            out[name] = res
            if progress:
                print(f"  {name}: rows {res['rows']:,}, first visit {res['page_first_ms']:.0f} ms, "
                      f"page p50 {res['page']['p50_ms']:.0f} ms, "
                      f"p95 {res['page']['p95_ms']:.0f} ms, api p95 {res['api']['p95_ms']:.0f} ms, "
                      f"cpu p50 {res['page']['cpu_p50_ms']:.0f} ms", file=sys.stderr, flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--db", help="an empty database (default: a temporary SQLite file)")
    ap.add_argument("--reuse", action="store_true", help="the store at --db is already built: do not insert")
    ap.add_argument("--deep", type=int, default=20, help="follow `next` this many times for the deep-page case")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    url = a.db or f"sqlite:///{tempfile.mkdtemp(prefix='soket-explorer-')}/explorer.db"
    res: dict[str, Any] = {"db": url.split(":")[0]}
    if not a.reuse:
        t = time.perf_counter()
        res["build"] = {"facts": build_store(url, a.facts), "seconds": round(time.perf_counter() - t, 1)}
    res["pages"] = bench(url, a.runs, progress=True, deep=a.deep)
    if a.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return 0
    if "build" in res:
        print(f"built {res['build']['facts']:,} facts in {res['build']['seconds']} s ({res['db']})")
    pages = res["pages"]
    print(f"facts cube built in {pages['cube_build_ms']:,.0f} ms (once per state of the store)")
    print(f"{'/facts page at ' + format(pages['facts'], ',') + ' facts':<40} {'rows':>9} {'1st page':>9} "
          f"{'page p50':>9} {'page p95':>9} {'1st api':>8} {'api p50':>8} {'api p95':>8} {'p21 p95':>8}")
    for k, v in pages.items():
        if isinstance(v, dict):
            p21 = v.get("page 21", {}).get("p95_ms", float("nan"))
            print(f"{k:<40} {v['rows']:>9,} {v['page_first_ms']:>9.1f} {v['page']['p50_ms']:>9.1f} "
                  f"{v['page']['p95_ms']:>9.1f} {v['api_first_ms']:>8.1f} {v['api']['p50_ms']:>8.1f} "
                  f"{v['api']['p95_ms']:>8.1f} {p21:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
