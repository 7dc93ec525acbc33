"""Load test of the HTTP API, on loopback only: start uvicorn on 127.0.0.1, run N concurrent
clients for T seconds against /api/facts (random filters and pages), print errors and latency.

    .venv/bin/python bench/api_load.py [--clients 50] [--seconds 30] [--facts 20000] [--db URL]

Without ``--db`` a temporary SQLite store of ``--facts`` synthetic facts is made first. Exits 1
when any request failed (a non-200 answer, a timeout, a connection error).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    code = ("import sys, uvicorn; from soket.api import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host=sys.argv[2], port=int(sys.argv[3]), "
            "log_level='warning', backlog=2048)")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SOKET_RATE_LIMIT": "off"}  # 50 clients share one address
    p = subprocess.Popen([sys.executable, "-c", code, url, HOST, str(port)], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if p.poll() is not None:
            raise RuntimeError(f"server exited: {p.stderr.read() if p.stderr else ''}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/health", timeout=2).status_code == 200:
                return p
        except httpx.HTTPError:
            time.sleep(0.1)
    p.kill()
    raise RuntimeError("server did not start in 60 s")


def _params(rnd: random.Random, indicators: list[str], localities: list[str]) -> dict[str, Any]:
    p: dict[str, Any] = {"limit": rnd.choice([10, 50, 100])}
    r = rnd.random()
    if r < 0.3 and indicators:
        p["indicator"] = rnd.choice(indicators)
    elif r < 0.5 and localities:
        p["locality"] = rnd.choice(localities)
        p["year"] = rnd.randrange(2016, 2025)
    elif r < 0.6:
        p["q"] = rnd.choice(["ngan sach", "đảng viên", "giai ngan"])
    elif r < 0.7:
        p["role"] = "amount"
    p["offset"] = rnd.choice([0, 0, 0, 50, 500])
    return p


def run_load(base: str, clients: int, seconds: float, seed: int = 1) -> dict[str, Any]:
    """``clients`` threads, each with its own connection, hammering ``/api/facts``."""
    import httpx

    meta = httpx.get(f"{base}/api/indicators", params={"limit": 1000}, timeout=10).json()["items"]
    indicators = [i["key"] for i in meta if i["n_facts"]] or [i["key"] for i in meta]
    locs = [i["locality"] for i in httpx.get(f"{base}/api/localities", params={"limit": 1000},
                                             timeout=10).json()["items"]]
    lat: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(i: int) -> None:
        rnd = random.Random(seed * 1000 + i)
        mine: list[float] = []
        errs: list[str] = []
        with httpx.Client(base_url=base, timeout=30) as c:
            start.wait()
            while time.monotonic() < stop_at[0]:
                params = _params(rnd, indicators, locs)
                t = time.perf_counter()
                try:
                    r = c.get("/api/facts", params=params)
                    ok = r.status_code == 200 and r.json().get("ok") is True
                    if not ok:
                        errs.append(f"{r.status_code} {params}")
                except Exception as e:
                    errs.append(f"{type(e).__name__}: {e}")
                mine.append(time.perf_counter() - t)
        with lock:
            lat.extend(mine)
            errors.extend(errs)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    stop_at[0] = time.monotonic() + seconds
    t0 = time.monotonic()
    start.wait()
    for t in threads:
        t.join(seconds + 60)
    wall = time.monotonic() - t0
    lat.sort()

    def q(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")

    return {"clients": clients, "seconds": round(wall, 1), "requests": len(lat), "errors": len(errors),
            "rps": round(len(lat) / wall, 1) if wall else 0.0, "p50_ms": round(q(0.50), 1),
            "p95_ms": round(q(0.95), 1), "p99_ms": round(q(0.99), 1), "max_ms": round(q(1.0), 1),
            "first_errors": errors[:5]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--facts", type=int, default=20_000, help="synthetic facts when no --db is given")
    ap.add_argument("--db", help="an existing store to serve")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    url = a.db
    if not url:
        from store_bench import synthesise

        from soket.store import dispose

        url = f"sqlite:///{tempfile.mkdtemp(prefix='soket-load-')}/load.db"
        synthesise(url, a.facts)
        dispose(url)
    port = free_port()
    server = start_server(url, port)
    try:
        res = run_load(f"http://{HOST}:{port}", a.clients, a.seconds)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    if a.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"{res['clients']} clients × {res['seconds']} s against /api/facts on {HOST}: "
              f"{res['requests']} requests, {res['rps']} req/s, {res['errors']} errors")
        print(f"latency ms: p50 {res['p50_ms']}  p95 {res['p95_ms']}  p99 {res['p99_ms']}  max {res['max_ms']}")
        for e in res["first_errors"]:
            print("  error:", e)
    return 1 if res["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
