"""``soket serve --workers N`` runs N worker processes on one port, each answering the API."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.timeout(180)
def test_serve_with_two_workers_answers_from_two_processes(tmp_path) -> None:
    import httpx

    port = _port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    db = str(tmp_path / "s.db")
    # serve reads a store; only ingest makes one
    made = subprocess.run([sys.executable, "-m", "soket", "ingest", str(ROOT / "examples" / "ex01_yenthe_bch_6thang.txt"),
                           "--db", db, "-q"], env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    p = subprocess.Popen([sys.executable, "-m", "soket", "serve", "--workers", "2", "--port", str(port),
                          "--db", db], env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        ok = False
        while time.monotonic() < deadline and not ok:
            assert p.poll() is None, p.stderr.read() if p.stderr else ""
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                ok = r.status_code == 200 and r.json()["ok"]
            except httpx.HTTPError:
                time.sleep(0.2)
        assert ok
        workers = _children(p.pid)
        assert len(workers) >= 2, workers  # uvicorn's supervisor starts 2 worker processes
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=10).status_code == 200
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(30)
