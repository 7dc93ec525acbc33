"""What an ingest costs, counted rather than timed (issue 12): SQL statements a document, the
history recheck never reading a record back whole, and what it reads not growing with the
locality's stored history; and what the recheck from memory stores is what a full recheck of
the store gives (``soket check --db``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

import soket.service as service
from soket.service import check_stored, ingest_documents

UNSEEN = Path(__file__).resolve().parents[2] / "examples" / "unseen"
STATEMENTS_PER_DOCUMENT = 4.0  # 3.0 on SQLite, 2.9 on PostgreSQL (5.0 before ingest26: a batch linked by a fixed number; 9.2 and 8.2 before ingest21)


def test_ingest_statements_and_no_record_read_back(store, monkeypatch):
    files = sorted(p for p in UNSEEN.iterdir() if p.suffix in (".txt", ".md", ".html"))
    loaded = [0]
    record_of = service.record_of

    def counting(row):  # type: ignore[no-untyped-def]
        loaded[0] += 1
        return record_of(row)

    monkeypatch.setattr(service, "record_of", counting)
    statements = [0]

    def count(*_):  # type: ignore[no-untyped-def]
        statements[0] += 1

    event.listen(store.engine, "before_cursor_execute", count)
    half = len(files) // 2  # two ingests: the second one's recheck meets the first one's documents
    reports = [ingest_documents(store, files[:half]), ingest_documents(store, files[half:])]
    event.remove(store.engine, "before_cursor_execute", count)
    assert sum(r.count("stored") for r in reports) == len(files)
    # exact: the recheck from memory has no path that reads a record back (another report's
    # changed history issues are rewritten from its pairs and issue rows: the tests below)
    assert loaded[0] == 0, "the history recheck read whole records back"
    per_doc = statements[0] / len(files)
    assert per_doc <= STATEMENTS_PER_DOCUMENT, per_doc
    history = 0
    with store.read() as s:
        for _, rec, _, issues in check_stored(s):
            assert rec.issues == [i for i in issues if i.code != "sources_disagree"]
            history += sum(1 for i in rec.issues if i.code in ("growth_mismatch", "implied_plan_conflict"))
    assert history >= 5  # the data has documents whose history checks find something


# --- the history recheck reads candidates, not a locality's history --------------------------------

SUBJECT = "Kim ngạch xuất khẩu"


def _report(name: str, locality: str, year: int, sentences: list[list[tuple[float, str, str, str | None]]]):
    """A document and its record: one sentence per item, each a list of (value, unit, role,
    basis) facts of exports, in the shape the extractor gives, then words of its own."""
    from soket.model import Document, Fact, Meeting, Period, Record

    parts, facts, pos = [], [], 0
    for sent in sentences:
        raws = [f"{v:g} {'%' if u == '%' else 'tỷ đồng'}" for v, u, _, _ in sent]
        text = f"{SUBJECT} đạt " + ", tăng ".join(raws) + " so với cùng kỳ."
        for (v, u, role, basis), raw in zip(sent, raws, strict=True):
            at = pos + text.index(raw)
            facts.append(Fact(subject=SUBJECT, value=v * (1 if u == "%" else 10**9), unit=u, role=role, raw=raw,
                              span=(at, at + len(raw)), evidence=text, evidence_span=(pos, pos + len(text)),
                              basis=basis, indicator="exports"))
        parts.append(text)
        pos += len(text) + 1
    # words of its own: no two reports are copies or sources of one meeting (docs/sources.md)
    parts.append(" ".join(f"{name}w{i}" for i in range(40)) + ".")
    doc = Document(text=" ".join(parts), doc=name, path=f"/h/{name}.txt")
    return doc, Record(doc=name, meeting=Meeting(body_kind="executive_committee", locality=locality,
                                                 locality_kind="huyện", province="Hà Nội"),
                       period=Period(year=year, start_month=1, end_month=6), facts=facts)


def _ingest(store, items):
    """What ``ingest_documents`` does with extracted records: a batch stored without history
    checks, then the history recheck from memory."""
    results = service.store_documents(store, items, history=False)
    return service.recheck_history(store, [r.document_id for r in results], {
        r.document_id: rec for r, (_, rec) in zip(results, items, strict=True)})


class _Reads:
    """Counts what the history recheck reads: stored facts (history candidates and other
    documents' pairs), whole records, full rechecks."""

    def __init__(self, monkeypatch) -> None:
        from soket.store import queries

        self.facts = self.pairs = self.records = self.full = 0
        for mod, name, attr in ((queries, "_fact_item", "facts"), (service, "fact_of", "pairs"),
                                (service, "record_of", "records"), (service, "_recheck", "full")):
            monkeypatch.setattr(mod, name, self._counting(getattr(mod, name), attr))

    def _counting(self, fn, attr):  # type: ignore[no-untyped-def]
        def wrapper(*a, **kw):  # type: ignore[no-untyped-def]
            setattr(self, attr, getattr(self, attr) + 1)
            return fn(*a, **kw)
        return wrapper


def test_history_recheck_reads_do_not_grow_with_the_locality(store, monkeypatch):
    """A new report checked against a locality's year before: what the recheck reads is the same
    whether 3 or 30 stored reports of that year give the amount it compares with (the first of
    each subject and period is all the check takes), and reports of the locality that hold no
    pair of what the new report adds are not read at all."""
    reads = {}
    for loc, k in (("Sơn Tây", 3), ("Đông Anh", 30)):
        history = [_report(f"{loc}-old{i}", loc, 2020, [[(100 + i, "VND", "amount", None)]]) for i in range(k)]
        later = [_report(f"{loc}-next{i}", loc, 2021, [[(7, "%", "change_pct", "cùng kỳ")]]) for i in range(k)]
        _ingest(store, history + later)
        r = _Reads(monkeypatch)
        _ingest(store, [_report(f"{loc}-new", loc, 2021, [[(110, "VND", "amount", None),
                                                            (10, "%", "change_pct", "cùng kỳ")]])])
        reads[loc] = (r.facts, r.pairs, r.records, r.full)
        monkeypatch.undo()
    assert reads["Sơn Tây"] == reads["Đông Anh"] == (1, 0, 0, 0)


def test_history_recheck_replaces_another_reports_history_issues(store, monkeypatch):
    """A report of the year before arrives after the report that compares with it: the later
    report's growth check now fails, and only its history issue rows change, written from what
    its pairs and stored issues say (no whole record read, no full recheck), as a full recheck
    of the store gives them."""
    from soket.store.models import IssueRow

    later = _report("later", "Sơn Tây", 2021, [[(110, "VND", "amount", None), (10, "%", "change_pct", "cùng kỳ")],
                                               [(5, "%", "plan_pct", None)]])
    _ingest(store, [later])
    with store.read() as s:
        kept = {(r.id, r.code) for r in s.query(IssueRow)}
    r = _Reads(monkeypatch)
    _ingest(store, [_report("earlier", "Sơn Tây", 2020, [[(50, "VND", "amount", None)]])])
    assert (r.records, r.full) == (0, 0) and r.pairs == 3  # the later report's amount, change and attainment
    with store.read() as s:
        now = {(x.id, x.code) for x in s.query(IssueRow)}
        assert kept <= now and [c for _, c in now - kept] == ["growth_mismatch"]
        for _, rec, _, issues in check_stored(s):
            assert rec.issues == [i for i in issues if i.code != "sources_disagree"]
