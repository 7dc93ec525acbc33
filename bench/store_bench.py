"""Store benchmark (issue 12): ingest rate against extraction rate, flat from an empty store to
a million facts, and facts pages / full-text search at a million facts, on SQLite or PostgreSQL.

    .venv/bin/python bench/store_bench.py [--db URL] [--facts 1000000] [--copies 5] [--runs 200]
                                          [--reuse] [--json]

1. extraction: the reports in ../shared (seeds, dev docs) and examples/, ``--copies`` distinct
   copies of each (a marker word appended), read + extracted: docs/s.
2. ingest into an empty store: the same copies through ``ingest_documents`` (read, extract,
   check, store in batches, history recheck): docs/s and the ratio to (1).
3. a store of ``--facts`` synthetic facts (bulk Core inserts: many localities, a few documents
   per locality and year, facts of ten indicators and five roles), then (2) again into it: the
   ratio of the rate at 1 M facts to the rate into the empty store.
4. facts pages (``facts_page``, 50 rows) at several filters and depths (first page, ``after`` a
   random id), and the cached / exact count; full-text search (``search``, and the ``q`` filter)
   with and without diacritics: p50/p95 in ms.

Without ``--db`` everything runs in temporary SQLite files. With ``--db`` the synthetic store is
made there (``--reuse``: an existing one of that size is kept). Nothing is downloaded. Timings
are wall-clock (the machine is shared: see bench/README.md for the load during each run).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

# the real reports' localities are among them: ingesting their copies meets a busy history
LOCALITIES = [("Phúc Yên", "thành phố", "Vĩnh Phúc"), ("Hồng Lĩnh", "thị xã", "Hà Tĩnh"),
              ("Cần Thơ", "thành phố", None), ("Đông Anh", "huyện", "Hà Nội"), ("Ninh Kiều", "quận", "Cần Thơ"),
              ("Bình Định", "tỉnh", None), ("Đắk Mil", "huyện", "Đắk Nông"), ("Sơn Tây", "thị xã", "Hà Nội")]
_SYL = ["An", "Bình", "Cẩm", "Đức", "Giang", "Hòa", "Khánh", "Lạc", "Minh", "Nghĩa", "Phú", "Quảng", "Sơn",
        "Tân", "Thạnh", "Vĩnh", "Xuân", "Yên", "Lộc", "Thủy"]
PROVINCES = ["Hà Nội", "Nghệ An", "Thanh Hóa", "Đồng Nai", "Quảng Nam", "An Giang", "Bắc Giang", "Lâm Đồng"]
PERIODS = [(1, 6), (1, 9), (1, 12), (7, 9)]
ROLES = ["amount", "change_pct", "plan_pct", "percent", "target"]
SUBJECTS = {
    "budget_revenue": "Tổng thu ngân sách nhà nước", "budget_spending": "Tổng chi ngân sách",
    "grdp": "Tăng trưởng kinh tế (GRDP)", "exports": "Kim ngạch xuất khẩu", "retail_sales": "Tổng mức bán lẻ hàng hóa",
    "new_party_members": "kết nạp đảng viên", "public_investment_disbursement": "giải ngân vốn đầu tư công",
    "poverty_rate": "tỷ lệ hộ nghèo", "food_output": "sản lượng lương thực", "new_enterprises": "doanh nghiệp thành lập mới",
}


def localities(n: int = 600) -> list[tuple[str, str, str | None]]:
    """The 8 named localities, then generated commune/district names across 8 provinces."""
    out = list(LOCALITIES)
    kinds = ["xã", "phường", "huyện", "thị trấn"]
    i = 0
    while len(out) < n:
        a, b = _SYL[i % len(_SYL)], _SYL[(i // len(_SYL) + i) % len(_SYL)]
        out.append((f"{a} {b} {i // 400 + 1}" if i >= 400 else f"{a} {b}", kinds[i % 4], PROVINCES[i % len(PROVINCES)]))
        i += 1
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def synthesise(url: str, n_facts: int, facts_per_doc: int = 25, seed: int = 7) -> int:
    """Bulk-insert synthetic documents and facts (SQLAlchemy Core, one transaction per 200
    documents): 600 localities, a few documents per locality and year, 2016-2024."""
    from sqlalchemy import insert

    from soket.store import Store
    from soket.store.models import DocumentRow, FactRow, MeetingRow
    from soket.store.rows import fact_search_text
    from soket.text import fold

    store = Store.open(url)
    rnd = random.Random(seed)
    keys = list(SUBJECTS)
    locs = localities()
    n_docs = max(1, n_facts // facts_per_doc)
    made = 0
    batch = 200
    for start in range(0, n_docs, batch):
        with store.write() as s:
            docs, meetings, facts = [], [], []
            for i in range(start, min(n_docs, start + batch)):
                # the named localities are busy (1 in 4 documents), the others have a few a year
                loc, kind, prov = locs[i % 8] if i % 4 == 0 else locs[8 + rnd.randrange(len(locs) - 8)]
                year = 2016 + rnd.randrange(9)
                sm, em = PERIODS[rnd.randrange(len(PERIODS))]
                text = (f"Báo cáo tổng hợp số {i} của {kind} {loc}. Thu ngân sách, đảng viên, giải ngân vốn đầu tư "
                        f"công và các chỉ tiêu kinh tế - xã hội {sm}-{em}/{year}.")
                docs.append({"doc": f"synthetic_{i:07d}", "path": f"synthetic://{i}", "sha256": f"{i:064x}",
                             "format": "txt", "text": text, "folded": fold(text)})
                meetings.append({"body_kind": "executive_committee", "locality": loc, "locality_folded": fold(loc),
                                 "locality_kind": kind, "province": prov,
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
                                  "value": float(value), "unit": unit, "role": role, "estimated": False,
                                  "raw": raw, "span_start": 0, "span_end": len(raw), "evidence": ev,
                                  "evidence_start": 0, "evidence_end": len(ev), "malformed": False,
                                  "origin": "text", "folded": fact_search_text(subj, raw, unit, ev),
                                  "locality_folded": m["locality_folded"], "province_folded": m["province_folded"],
                                  "year": m["year"]})
                    made += 1
            s.execute(insert(FactRow), facts)
    store.analyze()
    store.close()
    return made


def corpus_copies(out: Path, copies: int, tag: str) -> list[Path]:
    """``copies`` distinct copies (a marker word appended) of the reports in ../shared and examples/."""
    from soket.ingest import iter_inputs, load_path

    src = [p for p in (SHARED / "seeds", SHARED / "eval" / "dev" / "docs", ROOT / "examples") if p.is_dir()]
    files = [p for p in iter_inputs([str(p) for p in src]) if p.suffix in (".txt", ".md", ".html")]
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for rep in range(copies):
        mark = "".join(chr(97 + int(c)) for c in f"{rep:03d}")
        for k, f in enumerate(files):
            p = out / f"{tag}{rep:02d}_{k:03d}_{f.stem}.txt"
            p.write_text(load_path(f).text + f"\n\nLưu trữ {tag}{mark}.\n", encoding="utf-8")
            made.append(p)
    return made


def rate_extract(files: list[Path]) -> dict[str, float]:
    from soket.ingest import load_path
    from soket.service import extract_checked

    for f in files[:5]:
        extract_checked(load_path(f))  # warm the lexicon
    from soket.check.sources import signature

    signature("warm the source signatures: datasketch is imported on first use, ingest's cost")
    t, c = time.perf_counter(), time.process_time()
    for f in files:
        extract_checked(load_path(f))
    dt, dc = time.perf_counter() - t, time.process_time() - c
    return {"docs": len(files), "docs_per_s": len(files) / dt, "cpu_docs_per_s": len(files) / dc}


def rate_ingest(url: str, files: list[Path]) -> dict[str, float]:
    from soket.service import ingest_documents
    from soket.store import Store

    store = Store.open(url)
    t, c = time.perf_counter(), time.process_time()
    rep = ingest_documents(store, files)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    store.close()
    return {"docs": len(files), "stored": rep.count("stored"), "failed": len(rep.failed),
            "docs_per_s": len(files) / dt, "cpu_docs_per_s": len(files) / dc}


def bench_queries(url: str, runs: int) -> dict[str, Any]:
    from sqlalchemy import text

    from soket.store import Store
    from soket.store.queries import FactFilter, cached_count, facts_page, search

    rnd = random.Random(11)
    store = Store.open(url)
    with store.read() as s:
        max_id = int(s.execute(text("SELECT max(id) FROM facts")).scalar() or 1)
    ind = list(SUBJECTS)
    cases: dict[str, Any] = {
        "no filter": lambda: FactFilter(),
        "indicator": lambda: FactFilter(indicator=rnd.choice(ind)),
        "role": lambda: FactFilter(role=rnd.choice(ROLES)),
        "indicator+role": lambda: FactFilter(indicator=rnd.choice(ind), role=rnd.choice(ROLES)),
        "locality": lambda: FactFilter(locality=rnd.choice(LOCALITIES)[0]),
        "locality+year": lambda: FactFilter(locality=rnd.choice(LOCALITIES)[0], year=rnd.randrange(2016, 2025)),
        "indicator+locality+year": lambda: FactFilter(indicator=rnd.choice(ind), locality=rnd.choice(LOCALITIES)[0],
                                                      year=rnd.randrange(2016, 2025)),
        "province": lambda: FactFilter(province=rnd.choice(PROVINCES)),
        "period": lambda: FactFilter(period=f"{rnd.randrange(2016, 2025)}-H1"),
        "q, no diacritics": lambda: FactFilter(q=rnd.choice(["ngan sach", "dang vien", "giai ngan", "xuat khau"])),
        "q, diacritics": lambda: FactFilter(q=rnd.choice(["ngân sách", "đảng viên", "giải ngân", "xuất khẩu"])),
    }
    out: dict[str, Any] = {}
    with store.read() as s:
        for name, make in cases.items():
            for depth in ("first page", "deep (after)"):
                times = []
                cpu = []
                for _ in range(runs):
                    flt = make()
                    after = None if depth == "first page" else rnd.randrange(max_id // 10, max_id)
                    t, c = time.perf_counter(), time.process_time()
                    facts_page(s, flt, 50, after=after, count="none")
                    times.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - c) * 1000)
                out[f"facts {name}, {depth}"] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "n": runs,
                                                 "cpu_p50_ms": pct(cpu, 50), "cpu_p95_ms": pct(cpu, 95)}
        for name, make in (("count exact, indicator", lambda: FactFilter(indicator=rnd.choice(ind))),
                           ("count exact, q", lambda: FactFilter(q=rnd.choice(["ngan sach", "đảng viên"])))):
            times = []
            for _ in range(max(5, runs // 20)):
                t = time.perf_counter()
                cached_count(s, make(), exact=True)
                times.append((time.perf_counter() - t) * 1000)
            out[name] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "n": len(times)}
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            cached_count(s, FactFilter(indicator=rnd.choice(ind)))
            times.append((time.perf_counter() - t) * 1000)
        out["count cached, indicator"] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "n": runs}
        for name, words in (("search, no diacritics", ["ngan sach", "dang vien", "giai ngan", "xuat khau", "ty le ho ngheo"]),
                            ("search, diacritics", ["ngân sách", "đảng viên", "giải ngân", "xuất khẩu", "tỷ lệ hộ nghèo"])):
            for w in words:
                search(s, w, limit=20)  # the counts, once per word and state of the store
            times, cpu = [], []
            for _ in range(runs):
                t, c = time.perf_counter(), time.process_time()
                search(s, rnd.choice(words), limit=20)
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
            out[name] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "n": runs,
                         "cpu_p50_ms": pct(cpu, 50), "cpu_p95_ms": pct(cpu, 95)}
    store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--copies", type=int, default=5, help="distinct copies of each real report to ingest")
    ap.add_argument("--db", help="database for the big store (default: a temporary SQLite file)")
    ap.add_argument("--empty-db", help="database for the empty-store ingest (default: temporary SQLite, or "
                                       "a database next to --db's for PostgreSQL: give it)")
    ap.add_argument("--reuse", action="store_true", help="keep the big store at --db if it holds facts already")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="soket-bench-"))
    res: dict[str, Any] = {}
    big = a.db or f"sqlite:///{tmp}/big.db"
    try:
        if not a.skip_ingest:
            files = corpus_copies(tmp / "a", a.copies, "a")
            res["extract"] = rate_extract(files)
            res["ingest_empty"] = rate_ingest(a.empty_db or f"sqlite:///{tmp}/empty.db", files)
        from soket.store import Store
        from soket.store.queries import counts

        with Store.open(big) as st, st.read() as s:
            have = counts(s)["facts"]
        t = time.perf_counter()
        made = have if (a.reuse and have >= a.facts) else synthesise(big, a.facts)
        res["synthesise"] = {"facts": made, "seconds": time.perf_counter() - t, "reused": made == have}
        if not a.skip_ingest:
            # a tag of its own each run: a kept store (--reuse) holds the copies an earlier run stored
            run = "".join(chr(97 + int(c)) for c in str(time.time_ns() // 1000 % 10**7))
            files = corpus_copies(tmp / "b", a.copies, "b" + run)
            res["ingest_big"] = rate_ingest(big, files)
        res["query"] = bench_queries(big, a.runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if a.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return 0
    backend = big.split(":")[0]
    if "extract" in res:
        e, i0, i1 = res["extract"], res["ingest_empty"], res["ingest_big"]
        print(f"extraction (read + extract + checks): {e['docs']} docs, {e['docs_per_s']:.0f} docs/s "
              f"({e['cpu_docs_per_s']:.0f} per CPU s)")
        print(f"ingest into an empty store ({(a.empty_db or 'sqlite').split(':')[0]}): {i0['docs_per_s']:.0f} docs/s "
              f"= {i0['docs_per_s'] / e['docs_per_s']:.2f} of extraction ({i0['failed']} failed); per CPU s "
              f"{i0['cpu_docs_per_s']:.0f} = {i0['cpu_docs_per_s'] / e['cpu_docs_per_s']:.2f}")
        print(f"ingest into the {res['synthesise']['facts']:,}-fact store ({backend}): {i1['docs_per_s']:.0f} docs/s "
              f"= {i1['docs_per_s'] / e['docs_per_s']:.2f} of extraction, "
              f"{i1['docs_per_s'] / i0['docs_per_s']:.2f} of the empty-store rate ({i1['failed']} failed); per CPU s "
              f"{i1['cpu_docs_per_s']:.0f} = {i1['cpu_docs_per_s'] / e['cpu_docs_per_s']:.2f} of extraction, "
              f"{i1['cpu_docs_per_s'] / i0['cpu_docs_per_s']:.2f} of empty")
    s = res["synthesise"]
    how = "kept" if s["reused"] else f"made in {s['seconds']:.0f} s"
    print(f"synthetic store: {s['facts']:,} facts ({how})")
    print(f"{'at ' + format(s['facts'], ',') + ' facts (' + backend + ')':<48} {'p50 ms':>8} {'p95 ms':>8}"
          f" {'CPU p50':>8} {'CPU p95':>8}  (CPU: this process's; PostgreSQL's server work is not in it)")
    for k, v in res["query"].items():
        c = f" {v['cpu_p50_ms']:>8.2f} {v['cpu_p95_ms']:>8.2f}" if "cpu_p50_ms" in v else ""
        print(f"{k:<48} {v['p50_ms']:>8.2f} {v['p95_ms']:>8.2f}{c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
