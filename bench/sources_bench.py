"""One meeting, many sources (docs/sources.md): how well and how fast documents group.

    .venv/bin/python bench/sources_bench.py                       # all three parts
    .venv/bin/python bench/sources_bench.py --part quality
    .venv/bin/python bench/sources_bench.py --part throughput --n 100000
    .venv/bin/python bench/sources_bench.py --part add --sizes 10000,100000,1000000
    .venv/bin/python bench/sources_bench.py --part group --copies 160

1. **quality**: ingest tests/data/sources (the real extractor) into a fresh SQLite store and score
   the grouping against its manifest: pairwise precision and recall of "same meeting" and of
   "same source" (copies).
2. **throughput**: documents/s linking N synthetic documents through the store
   (:func:`soket.store.sources.link_document`): meetings of 1–4 write-ups with varied wording and
   dates, some exact copies. Documents are bulk-inserted first; only the grouping is timed.
3. **add**: CPU time to link one new document to stores whose LSH index holds 10k … 1M documents
   (band rows and groups bulk-inserted, signatures only), and the number of rows its lookups
   return: it must not grow with the store beyond the LSH matches.
4. **group**: CPU time to ingest the k-th copy of one report (a re-post with a source line of its
   own) into its meeting, k = 10, 20, 40, ...: it grows with the meeting's members (their facts
   are merged again), never with their pairs.

CPU time (``time.process_time``) is reported beside wall time: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sqlalchemy import event, select  # noqa: E402

from soket.check.sources import band_hashes  # noqa: E402
from soket.model import Document, Fact, Meeting, Period, Record  # noqa: E402
from soket.store import Store, sources  # noqa: E402
from soket.store.ingest import store_record  # noqa: E402
from soket.store.models import DocumentRow, MeetingLinkRow  # noqa: E402

DATA = ROOT / "tests" / "data" / "sources"


def _pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}


def _pr(found: set[frozenset[str]], true: set[frozenset[str]]) -> tuple[float, float]:
    tp = len(found & true)
    return (tp / len(found) if found else 1.0, tp / len(true) if true else 1.0)


def quality() -> dict[str, float]:
    from soket.service import ingest_documents

    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d, Store.open(f"{d}/q.db") as st:
        files = sorted(p for p in DATA.iterdir() if p.suffix != ".json")
        ingest_documents(st, files)
        with st.read() as s:
            rows = s.execute(select(MeetingLinkRow.group_id, MeetingLinkRow.source_id, DocumentRow.path)
                             .join(DocumentRow, DocumentRow.id == MeetingLinkRow.document_id)).all()
    meet: dict[int, set[str]] = {}
    src: dict[int, set[str]] = {}
    for g, s_, p in rows:
        meet.setdefault(g, set()).add(Path(p).name)
        src.setdefault(s_, set()).add(Path(p).name)
    true_meet = [{f for s in g["sources"] for f in s} for g in manifest["groups"]]
    true_src = [set(s) for g in manifest["groups"] for s in g["sources"]]
    mp, mr = _pr(_pairs(list(meet.values())), _pairs(true_meet))
    sp, sr = _pr(_pairs(list(src.values())), _pairs(true_src))
    out = {"documents": len(rows), "meetings": len(manifest["groups"]), "meeting_precision": mp,
           "meeting_recall": mr, "source_precision": sp, "source_recall": sr}
    print(f"quality: {out['documents']} documents, {out['meetings']} true meetings; same meeting P={mp:.3f} "
          f"R={mr:.3f}; same source (copies) P={sp:.3f} R={sr:.3f}")
    return out


PLACES = ["Yên Lạc", "Tam Dương", "Sông Lô", "Thạch Thất", "Nam Đàn", "Đức Phổ", "Cam Lộ", "Bảo Lộc", "Kim Sơn",
          "Vạn Ninh", "Hiệp Hòa", "Châu Thành", "Lập Thạch", "Đông Giang", "Krông Pắc", "Quảng Trạch"]
KINDS = ["peoples_council", "peoples_committee", "executive_committee", "standing_committee"]
OPENERS = ["Ngày {d}, {b} tổ chức {e}.", "Sáng {d}, tại hội trường, {b} đã tổ chức {e}.",
           "Chiều {d}, {b} tiến hành {e}, do đồng chí chủ tịch chủ trì."]
FILLER = ["Các đại biểu thảo luận sôi nổi.", "Hội nghị thống nhất các giải pháp trọng tâm.",
          "Công tác cải cách hành chính được chú trọng.", "Nhiều chỉ tiêu đạt và vượt kế hoạch."]


def synthetic(n: int, seed: int = 7) -> list[tuple[Document, Record]]:
    """``n`` documents: meetings of 1–4 write-ups (varied wording, dates a day or two apart), a
    fifth of them also reposted verbatim."""
    rnd = random.Random(seed)
    out: list[tuple[Document, Record]] = []
    m = 0
    while len(out) < n:
        m += 1
        place, kind = PLACES[m % len(PLACES)], KINDS[(m // len(PLACES)) % len(KINDS)]
        year, month = 2000 + (m // 64) % 26, 1 + m % 12
        day = 1 + rnd.randrange(25)
        figs = [(f"chỉ tiêu {m}-{k}", round(rnd.uniform(10, 9000), 1)) for k in range(4)]
        for w in range(rnd.randint(1, 4)):
            if len(out) >= n:
                break
            date = f"{year}-{month:02d}-{min(28, day + rnd.randrange(2)):02d}"
            body = f"HĐND huyện {place}"
            text = (OPENERS[w % 3].format(d=date, b=body, e=f"kỳ họp thứ {m % 20 + 1}") + " "
                    + " ".join(f"{s.capitalize()} đạt {str(v).replace('.', ',')} tỷ đồng." for s, v in
                               rnd.sample(figs, len(figs)))
                    + " " + " ".join(rnd.sample(FILLER, 2)) + f" (bài {m}-{w})")
            copies = 2 if rnd.random() < 0.2 else 1
            for c in range(copies):
                doc = Document(text=text + (" Đăng lại." if c else ""), doc=f"s{m}_{w}_{c}", path=f"/syn/{m}/{w}/{c}")
                rec = Record(doc=doc.doc, meeting=Meeting(body_kind=kind, locality=place, province="Tỉnh",
                                                          date=date, session=m % 20 + 1),
                             period=Period(year=year, start_month=1, end_month=month),
                             facts=[Fact(subject=s, value=v * 1e9, unit="VND", role="amount",
                                         raw=f"{str(v).replace('.', ',')} tỷ đồng", span=(0, 1)) for s, v in figs])
                out.append((doc, rec))
    return out[:n]


def throughput(n: int) -> dict[str, float]:
    docs = synthetic(n)
    with tempfile.TemporaryDirectory() as d, Store.open(f"{d}/t.db") as st:
        ids = []
        with st.write() as s:
            for doc, rec in docs:
                ids.append(store_record(s, doc, rec).document_id)
        w0, c0 = time.perf_counter(), time.process_time()
        batch = 500
        for i in range(0, len(ids), batch):
            with st.write() as s:
                for did in ids[i:i + batch]:
                    sources.link_document(s, did)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        with st.read() as s:
            n_groups = len(set(s.scalars(select(MeetingLinkRow.group_id))))
    out = {"documents": n, "groups": n_groups, "docs_per_s_wall": n / wall, "docs_per_s_cpu": n / cpu}
    print(f"throughput: {n} synthetic documents grouped into {n_groups} meetings: "
          f"{out['docs_per_s_wall']:.0f} docs/s wall, {out['docs_per_s_cpu']:.0f} docs/s CPU")
    return out


def throughput_pure(n: int) -> dict[str, float]:
    """The same grouping decisions without the database: signatures, an in-memory LSH index
    (band hash → documents) and key index (locality, body kind, year → meetings), decide()."""
    from soket.check.sources import SourceDoc, decide, fact_triples, score, signature

    docs = synthetic(n)
    c0, w0 = time.process_time(), time.perf_counter()
    bands: dict[tuple[int, int], list[int]] = {}
    keys: dict[tuple[str, str, int], set[int]] = {}
    group: dict[int, int] = {}
    members: dict[int, list[SourceDoc]] = {}
    for i, (doc, rec) in enumerate(docs):
        sd = SourceDoc(i, rec.meeting, rec.period, signature(doc.text), fact_triples(rec.facts))
        pairs = band_hashes(sd.sig)
        cand = {group[d] for p in pairs for d in bands.get(p, ())}
        y = rec.period.year or 0
        for yy in (y - 1, y, y + 1):
            cand |= keys.get((rec.meeting.locality or "", rec.meeting.body_kind or "", yy), set())
        best: tuple[float, int] | None = None
        for g in cand:
            for o in members[g]:
                if decide(sd, o) is not None and (best is None or score(sd, o) > best[0]):
                    best = (score(sd, o), g)
        g = best[1] if best else i
        group[i] = g
        members.setdefault(g, []).append(sd)
        keys.setdefault((rec.meeting.locality or "", rec.meeting.body_kind or "", y), set()).add(g)
        for p in pairs:
            bands.setdefault(p, []).append(i)
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    out = {"documents": n, "groups": len(members), "docs_per_s_wall": n / wall, "docs_per_s_cpu": n / cpu}
    print(f"throughput (decisions, in memory): {n} synthetic documents into {len(members)} meetings: "
          f"{out['docs_per_s_wall']:.0f} docs/s wall, {out['docs_per_s_cpu']:.0f} docs/s CPU")
    return out


def add_one(sizes: list[int]) -> list[dict[str, float]]:
    res = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as d:
            st = Store.open(f"{d}/a.db")
            _bulk(f"{d}/a.db", size)
            st.analyze()
            doc, rec = synthetic(1, seed=size)[0]
            doc.path = "/new/one"
            doc.text += f" {size}"
            statements = [0]
            rows = [0]

            def count(conn, cursor, statement, params, context, executemany, _s=statements):
                _s[0] += 1

            event.listen(st.engine, "before_cursor_execute", count)
            with st.write() as s:
                did = store_record(s, doc, rec).document_id
                statements[0] = 0
                c0, w0 = time.process_time(), time.perf_counter()
                m = sources._new_docs(s, [did])[did]
                rows[0] = len(sources.candidate_groups(s, m))
                sources.link_document(s, did)
                cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            st.close()
        r = {"store_documents": size, "add_cpu_ms": cpu * 1000, "add_wall_ms": wall * 1000,
             "statements": statements[0], "candidate_groups": rows[0]}
        print(f"add one to {size:>9,} stored documents: {r['add_cpu_ms']:.1f} ms CPU, {r['add_wall_ms']:.1f} ms wall, "
              f"{r['statements']} statements, {r['candidate_groups']} candidate meetings")
        res.append(r)
    return res


def _bulk(path: str, size: int) -> None:
    """``size`` documents' signatures only: a minimal document row, its link, its 16 band rows,
    one meeting group per document (other localities: no key matches)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-500000")
    # band rows go to an unindexed staging table, then into the index in its own order: random
    # inserts into a 16 M-row B-tree page through the disk for hours, one sorted append does not
    con.execute("CREATE TEMP TABLE staged_bands (band INTEGER, hash INTEGER, document_id INTEGER)")
    rnd = random.Random(size)
    chunk = 50_000
    for start in range(1, size + 1, chunk):
        docs, groups, links, bands = [], [], [], []
        for i in range(start, min(size + 1, start + chunk)):
            sig = rnd.randbytes(256)
            docs.append((i, f"b{i}", f"/bulk/{i}", f"{i:064x}", "", ""))
            groups.append((i, "peoples_council", f"x{i % 5000}", f"x{i % 5000}", 2000 + i % 25, i, 1, 1, 0))
            links.append((i, i, i, sig))
            bands.extend((b, h, i) for b, h in band_hashes(sig))
        con.executemany("INSERT INTO documents (id, doc, path, sha256, text, folded) VALUES (?,?,?,?,?,?)", docs)
        con.executemany("INSERT INTO meeting_groups (id, body_kind, locality, locality_folded, year, "
                        "primary_document_id, n_documents, n_sources, n_disagreements) VALUES (?,?,?,?,?,?,?,?,?)",
                        groups)
        con.executemany("INSERT INTO meeting_links (document_id, group_id, source_id, signature) VALUES (?,?,?,?)",
                        links)
        con.executemany("INSERT INTO staged_bands VALUES (?,?,?)", bands)
        con.commit()
    con.execute("INSERT INTO meeting_bands (band, hash, document_id) "
                "SELECT band, hash, document_id FROM staged_bands ORDER BY band, hash, document_id")
    con.commit()
    con.close()


def group_growth(copies: int) -> list[dict[str, float]]:
    """CPU ms to ingest the k-th copy of one real report into its meeting (mean of the five up to k)."""
    from soket.check.extracted import extract_checked
    from soket.check.sources import signature
    from soket.ingest import load_text
    from soket.service import ingest_documents

    signature("warm the signatures: datasketch loads on first use")
    text = next(p for p in sorted(DATA.iterdir()) if p.suffix == ".txt").read_text(encoding="utf-8")
    extract_checked(load_text(text, doc="warm"))  # and the lexicons
    out = []
    with tempfile.TemporaryDirectory() as d:
        st = Store.open(f"{d}/g.db")
        spent = []
        for k in range(1, copies + 1):
            f = Path(d) / f"copy{k:04d}.txt"
            f.write_text(text + f"\n\nNguồn: trang {k}\n", encoding="utf-8")
            c0 = time.process_time()
            ingest_documents(st, [f])
            spent.append(time.process_time() - c0)
        st.close()
    k = 10
    while k <= copies:
        ms = 1000 * sum(spent[k - 5:k]) / 5
        print(f"copy {k:>5} of one meeting: {ms:.1f} ms CPU")
        out.append({"copy": k, "cpu_ms": ms})
        k *= 2
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", choices=["all", "quality", "throughput", "pure", "add", "group"], default="all")
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--store-n", type=int, default=5_000, help="documents linked through the store")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--copies", type=int, default=160, help="copies of one meeting (--part group)")
    a = ap.parse_args()
    if a.part in ("all", "quality"):
        quality()
    if a.part in ("all", "pure"):
        throughput_pure(a.n)
    if a.part in ("all", "throughput"):
        throughput(a.store_n if a.part == "all" else a.n)
    if a.part in ("all", "add"):
        add_one([int(x) for x in a.sizes.split(",")])
    if a.part in ("all", "group"):
        group_growth(a.copies)


if __name__ == "__main__":
    main()
