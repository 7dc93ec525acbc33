"""One meeting, many sources, in the store (SQLite and PostgreSQL): the test data of
tests/data/sources (scripts/make_sources_data.py) groups exactly as its manifest says, every
planted disagreement is reported with both sources, no rounding is, listings count a meeting's
figure once, and manual overrides survive re-ingest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from soket.service import check_stored, ingest_documents
from soket.store import Store, sources
from soket.store.models import DocumentRow, MeetingLinkRow
from soket.store.queries import FactFilter, compare, list_facts

DATA = Path(__file__).resolve().parent.parent / "data" / "sources"
MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))


def _groups(store) -> tuple[set[frozenset[frozenset[str]]], dict[str, int]]:
    """The stored grouping as a set of meetings, each a set of sources, each a set of file names;
    and each file's group id."""
    with store.read() as s:
        rows = s.execute(select(MeetingLinkRow.group_id, MeetingLinkRow.source_id, DocumentRow.path)
                         .join(DocumentRow, DocumentRow.id == MeetingLinkRow.document_id)).all()
    by: dict[int, dict[int, set[str]]] = {}
    for g, src, path in rows:
        by.setdefault(g, {}).setdefault(src, set()).add(Path(path).name)
    return ({frozenset(frozenset(x) for x in srcs.values()) for srcs in by.values()},
            {Path(p).name: g for g, _, p in rows})


def _expected() -> set[frozenset[frozenset[str]]]:
    return {frozenset(frozenset(src) for src in g["sources"]) for g in MANIFEST["groups"]}


@pytest.fixture
def ingested(store, tmp_path):
    d = tmp_path / "sources"
    shutil.copytree(DATA, d, ignore=shutil.ignore_patterns("*.json"))
    rep = ingest_documents(store, [d])
    assert rep.summary()["failed"] == 0, rep.failed
    return d


def test_groups_found_exactly(store, ingested):
    found, _ = _groups(store)
    assert found == _expected()
    assert len(MANIFEST["groups"]) >= 10


def test_each_planted_disagreement_reported_with_both_sources_and_no_rounding(store, ingested):
    with store.read() as s:
        _, meetings = sources.list_meetings(s, limit=100)
        messages = [(m["id"], i["message"]) for m in meetings
                    for i in sources.meeting_detail(s, m["id"])["disagreements"]]
    assert len(messages) == len(MANIFEST["disagreements"])
    for d in MANIFEST["disagreements"]:
        hits = [msg for _, msg in messages if all(v in msg for v in d["values"])]
        assert len(hits) == 1, (d, messages)
        # both sources quoted: the changed file and another write-up of the meeting
        assert Path(d["file"]).stem in hits[0]
        assert hits[0].count(d["meeting"]) == 2
    for r in MANIFEST["roundings"]:
        assert not [msg for _, msg in messages if r["meeting"] in msg and r["values"][1] in msg]


def test_merged_facts_have_their_sources(store, ingested):
    _, group_of = _groups(store)
    gid = group_of["m01_yenlac_hdnd_ky9_news.txt"]
    with store.read() as s:
        det = sources.meeting_detail(s, gid)
    assert det["n_documents"] == 5 and det["n_sources"] == 4  # the .docx and the .pdf are one source
    budget = next(f for f in det["facts"] if f["indicator"] == "budget_revenue")
    assert budget["value"] == 316_700_000_000 and not budget["disagree"]
    assert budget["agreeing"] == 4 and len(budget["sources"]) == 5
    assert {x["raw"] for x in budget["sources"]} == {"316,7 tỷ đồng", "317 tỷ đồng"}
    for x in budget["sources"]:
        assert x["evidence"] and x["span"][1] > x["span"][0]


def test_a_meeting_counts_once_in_listings_and_compare(store, ingested):
    with store.read() as s:
        total_once, facts = list_facts(s, FactFilter(locality="Yên Lạc", year=2022), limit=1000)
        total_all, _ = list_facts(s, FactFilter(locality="Yên Lạc", year=2022, all_sources=True), limit=1000)
        rows = compare(s, "budget_revenue", by="period", locality="Yên Lạc")
        per_doc, _ = list_facts(s, FactFilter(document_id=facts[0].document_id), limit=1000)
    # m01 (three write-ups and an official report in two formats) and m13 (two write-ups)
    budgets = [f for f in facts if f.indicator == "budget_revenue"]
    assert sorted(f.value for f in budgets) == [316_700_000_000, 702_400_000_000]
    assert total_all > total_once
    assert total_once == 4 + 3  # m01: three figures and the resolutions only the report gives; m13: three
    assert [r.value for r in rows] == [316_700_000_000, 702_400_000_000]
    assert per_doc == 3  # one document's own facts are all shown


def test_disagreements_shown_by_check(store, ingested):
    with store.read() as s:
        found = [i for _, _, _, issues in check_stored(s) for i in issues if i.code == "sources_disagree"]
    assert len(found) == len(MANIFEST["disagreements"])


def test_split_and_join_survive_reingest(store, ingested):
    _, group_of = _groups(store)
    gid = group_of["m03_songlo_bch_hn14_news.txt"]
    with store.read() as s:
        party = s.scalar(select(DocumentRow.id).where(DocumentRow.path.like("%m03_songlo_bch_hn14_party.txt")))
    with store.write() as s:
        new = sources.split(s, gid, [party])
    _, group_of = _groups(store)
    assert group_of["m03_songlo_bch_hn14_party.txt"] == new != group_of["m03_songlo_bch_hn14_news.txt"]
    a, b = group_of["m14_tamduong_ubnd_thang6_news.txt"], group_of["m15_songlo_bch_hn12_party.txt"]
    with store.write() as s:
        sources.join(s, a, b)
    # re-ingest: the files changed on disk (a correction appended), so each is replaced
    for name in ("m03_songlo_bch_hn14_party.txt", "m15_songlo_bch_hn12_party.txt"):
        p = ingested / name
        p.write_text(p.read_text(encoding="utf-8") + "\nBài viết đã được cập nhật.\n", encoding="utf-8")
    rep = ingest_documents(store, [ingested])
    assert rep.summary()["replaced"] == 2
    _, group_of = _groups(store)
    assert group_of["m03_songlo_bch_hn14_party.txt"] != group_of["m03_songlo_bch_hn14_news.txt"]
    assert group_of["m14_tamduong_ubnd_thang6_news.txt"] == group_of["m15_songlo_bch_hn12_party.txt"]
    found, _ = _groups(store)
    assert len(found) == len(MANIFEST["groups"])  # one more from the split, one less from the join


def test_override_errors(store, ingested):
    _, group_of = _groups(store)
    gid = group_of["m14_tamduong_ubnd_thang6_news.txt"]
    with store.write() as s, pytest.raises(ValueError):
        sources.split(s, gid, [10**6])
    with store.write() as s, pytest.raises(ValueError):
        sources.join(s, gid, gid)


def test_a_new_document_is_looked_up_by_index_not_by_scan(store, ingested, tmp_path):
    """The LSH lookup and the key lookup are index searches (SQLite and PostgreSQL plans), whatever the store's
    size: adding a document never compares it with every stored one."""
    from soket.check.sources import band_hashes, signature
    from soket.store.models import MeetingGroupRow

    pairs = band_hashes(signature("Ngày 14/7/2022, HĐND huyện Yên Lạc tổ chức kỳ họp thứ 9."))
    key = select(MeetingGroupRow.id).where(MeetingGroupRow.locality_folded == "yen lac",
                                           MeetingGroupRow.body_kind == "peoples_council",
                                           MeetingGroupRow.year.in_((2021, 2022, 2023)))
    # what linking runs: the members of the groups both lookups find, in one statement
    members = sources._CANDIDATE_MEMBERS_NEAR_YEAR.params(
        {f"h{b}": h for b, h in pairs} | {"loc": "yen lac", "kind": "peoples_council", "years": [2021, 2022, 2023]})
    if store.dialect != "sqlite":  # PostgreSQL: with sequential scans priced out, only a missing index scans
        with store.engine.connect() as c:
            c.exec_driver_sql("SET enable_seqscan = off")
            for stmt in (sources.band_candidates(pairs), key, members):
                sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
                plan = " | ".join(r[0] for r in c.exec_driver_sql("EXPLAIN " + sql))
                assert "Seq Scan on meeting_bands" not in plan and "Seq Scan on meeting_groups" not in plan, plan
                assert "Seq Scan on meeting_links" not in plan, plan
                assert "hashed SubPlan" not in plan, plan  # every link read to filter by the subqueries
                assert "Index" in plan, plan
        return
    with store.engine.connect() as c:
        for stmt in (sources.band_candidates(pairs), key, members):
            sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
            plan = " | ".join(r[3] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "SCAN meeting_bands" not in plan and "SCAN meeting_groups" not in plan, plan
            assert "SEARCH" in plan
    # the links: this store's statistics say they are a few rows, which SQLite rightly scans; a store
    # without statistics is planned as a large one
    big = Store.open(f"sqlite:///{tmp_path / 'plan.db'}")
    with big.engine.connect() as c:
        sql = str(members.compile(big.engine, compile_kwargs={"literal_binds": True}))
        plan = " | ".join(r[3] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        assert "SCAN meeting_links" not in plan and "SCAN meeting_groups" not in plan, plan
    big.close()


def test_a_copy_joining_a_big_meeting_costs_its_own_pairs(store, tmp_path, monkeypatch):
    """The n+1-th copy of a text joins its meeting with about n decisions (is it a copy of each
    member?), not n²/2 (every pair again); the sources it leaves are those every pair decides."""
    import soket.store.sources as ss

    text = next(p for p in sorted(DATA.iterdir()) if p.suffix == ".txt").read_text(encoding="utf-8")
    files = []
    for k in range(31):
        f = tmp_path / f"copy{k:02d}.txt"
        f.write_text(text + f"\n\nNguồn: trang {k}\n", encoding="utf-8")  # a re-post with a source line of its own
        files.append(f)
    assert ingest_documents(store, files[:30]).summary()["stored"] == 30
    calls = [0]
    decide = ss.decide

    def counted(a, b):
        calls[0] += 1
        return decide(a, b)

    monkeypatch.setattr(ss, "decide", counted)
    assert ingest_documents(store, files[30:]).summary()["stored"] == 1
    assert 30 <= calls[0] <= 2 * 31
    with store.write() as s:
        links = dict(s.execute(select(MeetingLinkRow.document_id, MeetingLinkRow.source_id)).all())
        (gid,) = set(s.scalars(select(MeetingLinkRow.group_id)))
        sources.refresh_group(s, gid)  # every pair decided again
        assert dict(s.execute(select(MeetingLinkRow.document_id, MeetingLinkRow.source_id)).all()) == links
    assert len(set(links.values())) == 1  # re-posts of one text: one source


def _meeting_tables(store) -> dict[str, list[tuple]]:
    """What linking writes: the groups, links and bands, and each fact's ``duplicate`` flag."""
    from soket.store.models import FactRow, MeetingBandRow, MeetingGroupRow

    with store.read() as s:
        out = {t.__tablename__: sorted(tuple(r) for r in s.execute(select(t.__table__)))
               for t in (MeetingGroupRow, MeetingLinkRow, MeetingBandRow)}
        out["facts"] = sorted(tuple(r) for r in s.execute(select(FactRow.id, FactRow.duplicate)))
    return out


@pytest.mark.parametrize("together", [True, False])
def test_a_batch_links_as_one_document_at_a_time_does(store, request, tmp_path, monkeypatch, together):
    """Linking a batch's new documents with what they read read first and what they write
    written at its end gives the meetings, sources, bands and flags that linking them one at a
    time gives: two write-ups of one session that do not match each other, then a third matching
    both (the two meetings made one), in one batch or in the next; copies, a replaced path."""
    from .backends import database

    text = (DATA / "m01_yenlac_hdnd_ky9_portal.txt").read_text(encoding="utf-8").replace("Yên Lạc", "Tam Đảo")
    news = (DATA / "m01_yenlac_hdnd_ky9_news.txt").read_text(encoding="utf-8").replace("Yên Lạc", "Tam Đảo")
    for a, b in (("316,7", "291,2"), ("4.125", "3.880"), ("38.450", "41.200")):
        news = news.replace(a, b)
    figures = next(p for p in news.split("\n\n") if "291,2" in p)
    d = tmp_path / "in"
    shutil.copytree(DATA, d, ignore=shutil.ignore_patterns("*.json"))
    (d / "x_portal.txt").write_text(text, encoding="utf-8")
    (d / "y_news.txt").write_text(news, encoding="utf-8")
    bridge = tmp_path / "z_bridge.txt"
    bridge.write_text(text + "\n\n" + figures + "\n", encoding="utf-8")
    files = sorted(d.iterdir(), key=lambda p: p.name[::-1])  # copies and write-ups apart and together
    batches = [[*files, bridge]] if together else [files[:20], files[20:], [bridge]]

    def ingest(st) -> None:
        for b in batches:
            assert ingest_documents(st, b, batch_size=6).summary()["failed"] == 0
        bridge.write_text(text + "\n\n" + figures + "\nCập nhật.\n", encoding="utf-8")  # a path replaced
        assert ingest_documents(st, [bridge]).summary()["replaced"] == 1
        bridge.write_text(text + "\n\n" + figures + "\n", encoding="utf-8")

    ingest(store)
    batch = _meeting_tables(store)
    with database(request.node.callspec.params["db_url"], tmp_path / "one") as url, Store.open(url) as one:
        monkeypatch.setattr(sources, "_link_batch", lambda *a: None)
        ingest(one)
        assert _meeting_tables(one) == batch
    with store.read() as s:
        groups = dict(s.execute(select(DocumentRow.path, MeetingLinkRow.group_id)
                                .join(MeetingLinkRow, MeetingLinkRow.document_id == DocumentRow.id)).all())
    assert groups[str(d / "x_portal.txt")] == groups[str(d / "y_news.txt")] == groups[str(bridge)]


def test_0008_computes_the_stored_signatures_and_bands_again(store, ingested):
    """A store whose signatures were datasketch's default (SHA-1 of each shingle, before 0008) gets
    each linked document's signature and band rows as linking computes them now; the downgrade
    gives the old ones back."""
    import numpy as np
    from alembic import command
    from alembic.config import Config
    from datasketch import MinHash

    from soket.check.sources import _SEED, NUM_PERM, band_hashes, shingles, signature
    from soket.store.db import MIGRATIONS
    from soket.store.models import MeetingBandRow

    def stored() -> tuple[dict[int, bytes], set[tuple[int, int, int]]]:
        with store.read() as s:
            links = s.execute(select(MeetingLinkRow.document_id, MeetingLinkRow.signature))
            rows = s.execute(select(MeetingBandRow.document_id, MeetingBandRow.band, MeetingBandRow.hash))
            return {d: sig for d, sig in links}, {tuple(r) for r in rows}

    def run(fn, rev: str) -> None:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            fn(cfg, rev)

    with store.read() as s:
        texts = {i: (t or "") + "\n" + x
                 for i, t, x in s.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.text))}

    def old(text: str) -> bytes:
        m = MinHash(num_perm=NUM_PERM, seed=_SEED)
        for sh in shingles(text):
            m.update(sh)
        return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()

    def bands(sigs: dict[int, bytes]) -> set[tuple[int, int, int]]:
        return {(d, b, h) for d, sig in sigs.items() for b, h in band_hashes(sig)}

    now = stored()
    assert now[0] == {d: signature(texts[d]) for d in now[0]} and len(now[0]) == len(texts)
    assert now[1] == bands(now[0])
    run(command.downgrade, "0007")
    before = stored()
    assert before[0] == {d: old(texts[d]) for d in now[0]} != now[0]
    assert before[1] == bands(before[0])
    run(command.upgrade, "head")
    assert stored() == now

