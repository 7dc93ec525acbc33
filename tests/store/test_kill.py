"""An ingest killed with SIGKILL midway, then run again, leaves the same store as a run that was
never interrupted: complete, nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from soket.store import Store
from soket.store.models import DocumentRow, FactRow, MeetingRow

from .backends import database
from .gold import gold_files

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import os, sys, time
sys.path.insert(0, os.path.join(sys.argv[3], "tests"))
from store.gold import gold_extract
import soket.extract
delay = float(os.environ.get("SOKET_TEST_DELAY", "0"))
def slow(doc):
    time.sleep(delay)
    return gold_extract(doc)
soket.extract.extract_document = slow
from soket.service import ingest_documents
from soket.store import Store
r = ingest_documents(Store.open(sys.argv[2]), [sys.argv[1]], batch_size=4)
print(r.summary(), flush=True)
"""


def _run(corpus: Path, url: str, delay: float) -> subprocess.Popen:
    env = {**os.environ, "SOKET_TEST_DELAY": str(delay), "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(corpus), url, str(ROOT)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _n_documents(url: str) -> int:
    try:
        with Store(url) as st, st.read() as s:
            return len(s.scalars(select(DocumentRow.id)).all())
    except Exception:  # schema not there yet
        return 0


def snapshot(url: str) -> tuple[list, list, list]:
    with Store(url) as st, st.read() as s:
        docs = sorted(tuple(r) for r in s.execute(select(DocumentRow.doc, DocumentRow.sha256, DocumentRow.path,
                                       DocumentRow.text)))
        facts = sorted(tuple(r) for r in s.execute(
            select(DocumentRow.sha256, FactRow.position, FactRow.subject, FactRow.value, FactRow.unit,
                   FactRow.role, FactRow.raw, FactRow.span_start, FactRow.span_end, FactRow.indicator)
            .join(DocumentRow, DocumentRow.id == FactRow.document_id)))
        meetings = sorted((tuple(r) for r in s.execute(
            select(DocumentRow.sha256, MeetingRow.locality, MeetingRow.year, MeetingRow.start_month)
            .join(DocumentRow, DocumentRow.id == MeetingRow.document_id))), key=repr)
    return docs, facts, meetings


def test_killed_ingest_resumes_to_the_same_store(db_url, corpus, tmp_path):
    # the uninterrupted run, in a database of its own (same backend)
    with database("sqlite" if db_url.startswith("sqlite") else "postgres", tmp_path / "ref") as ref_url:
        (tmp_path / "ref").mkdir(exist_ok=True)
        p = _run(corpus, ref_url, 0)
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        expected = snapshot(ref_url)
    n = len(gold_files())
    assert len(expected[0]) == n

    # killed midway
    p = _run(corpus, db_url, 0.15)
    deadline = time.monotonic() + 120
    while _n_documents(db_url) < 5:
        assert p.poll() is None, p.communicate()[1]
        assert time.monotonic() < deadline, "the ingest never got going"
        time.sleep(0.05)
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=30)
    assert p.returncode == -signal.SIGKILL
    partial = _n_documents(db_url)
    assert 5 <= partial < n and partial % 4 == 0  # whole batches of 4 documents

    # run again, to the end
    p = _run(corpus, db_url, 0)
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    assert f"'unchanged': {partial}" in out
    got = snapshot(db_url)
    assert got == expected
    shas = [d[1] for d in got[0]]
    assert len(shas) == len(set(shas)) == n
