"""Load test of the HTTP API, on loopback only: start the server on 127.0.0.1 (``soket serve
--workers N`` when N > 1), run N concurrent clients for T seconds against /api/facts (random
filters and pages) and /api/search (words with and without diacritics), print req/s and
p50/p95/p99 per endpoint, errors, and the server's peak memory (all its processes together).

    .venv/bin/python bench/api_load.py [--clients 50] [--seconds 30] [--facts 20000] [--db URL]
                                       [--workers 2] [--endpoints facts,search] [--warmup 0]

Without ``--db`` a temporary SQLite store of ``--facts`` synthetic facts is made first. The clock
starts once ``/api/health`` answers (each worker has built or read the facts cube by then: it
warms before it takes a request); ``--warmup S``
first runs the same load (other random parameters) for S seconds, unmeasured, so the figures are
those of a server that has been up a while. Exits 1 when any request failed (a non-200 answer, a
timeout, a connection error), warm-up included.
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


def start_server(url: str, port: int, workers: int = 1) -> subprocess.Popen:
    code = ("import sys, uvicorn; from soket.api import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host=sys.argv[2], port=int(sys.argv[3]), "
            "log_level='warning', backlog=2048)")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SOKET_RATE_LIMIT": "off"}  # 50 clients share one address
    cmd = ([sys.executable, "-c", code, url, HOST, str(port)] if workers <= 1 else
           [sys.executable, "-m", "soket", "serve", "--db", url, "--host", HOST, "--port", str(port),
            "--workers", str(workers), "--log-level", "warning"])
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    import httpx

    deadline = time.monotonic() + 60 * max(1, workers)  # each worker imports and opens the store
    while time.monotonic() < deadline:
        if p.poll() is not None:
            raise RuntimeError(f"server exited: {p.stderr.read() if p.stderr else ''}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/health", timeout=2).status_code == 200:
                return p
        except httpx.HTTPError:
            time.sleep(0.1)
    p.kill()
    raise RuntimeError("server did not start in time")


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


SEARCH_WORDS = ["ngân sách", "ngan sach", "đảng viên", "dang vien", "giải ngân", "giai ngan", "xuất khẩu",
                "nông thôn mới", "thu", "tỷ đồng"]


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and its children (uvicorn's workers), in KB."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(ln.split()[1]) for ln in f if ln.startswith("VmRSS:")), 0)
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo.extend(int(x) for x in f.read().split())
        except (OSError, ValueError):
            continue
    return total


class PeakMemory:
    """Samples the server's resident memory (its whole process tree) in a thread."""

    def __init__(self, pid: int, every: float = 0.25) -> None:
        self.pid, self.every, self.peak_kb, self.start_kb = pid, every, 0, _tree_rss_kb(pid)
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(self.pid))
            self._stop.wait(self.every)

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._t.join(2)
        return {"start_mb": round(self.start_kb / 1024, 1), "peak_mb": round(self.peak_kb / 1024, 1)}


def _stats(lat: list[float], wall: float) -> dict[str, Any]:
    lat = sorted(lat)

    def q(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 1) if lat else float("nan")

    return {"requests": len(lat), "rps": round(len(lat) / wall, 1) if wall else 0.0, "p50_ms": q(0.50),
            "p95_ms": q(0.95), "p99_ms": q(0.99), "max_ms": q(1.0)}


def run_load(base: str, clients: int, seconds: float, seed: int = 1,
             endpoints: tuple[str, ...] = ("facts",)) -> dict[str, Any]:
    """``clients`` threads, each with its own connection, hammering the ``endpoints`` in turn
    (``facts``: /api/facts with random filters and pages; ``search``: /api/search)."""
    import httpx

    meta = httpx.get(f"{base}/api/indicators", params={"limit": 1000}, timeout=10).json()["items"]
    indicators = [i["key"] for i in meta if i["n_facts"]] or [i["key"] for i in meta]
    locs = [i["locality"] for i in httpx.get(f"{base}/api/localities", params={"limit": 1000},
                                             timeout=10).json()["items"]]
    lat: list[float] = []
    by_ep: dict[str, list[float]] = {e: [] for e in endpoints}
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(i: int) -> None:
        rnd = random.Random(seed * 1000 + i)
        mine: dict[str, list[float]] = {e: [] for e in endpoints}
        errs: list[str] = []
        k = i
        with httpx.Client(base_url=base, timeout=30) as c:
            start.wait()
            while time.monotonic() < stop_at[0]:
                ep = endpoints[k % len(endpoints)]
                k += 1
                if ep == "search":
                    path, params = "/api/search", {"q": rnd.choice(SEARCH_WORDS), "limit": 20}
                else:
                    path, params = "/api/facts", _params(rnd, indicators, locs)
                t = time.perf_counter()
                try:
                    r = c.get(path, params=params)
                    ok = r.status_code == 200 and r.json().get("ok") is True
                    if not ok:
                        errs.append(f"{r.status_code} {path} {params}")
                except Exception as e:
                    errs.append(f"{type(e).__name__}: {e}")
                mine[ep].append(time.perf_counter() - t)
        with lock:
            for ep, xs in mine.items():
                lat.extend(xs)
                by_ep[ep].extend(xs)
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
    return {"clients": clients, "seconds": round(wall, 1), **_stats(lat, wall), "errors": len(errors),
            "endpoints": {ep: _stats(xs, wall) for ep, xs in by_ep.items()}, "first_errors": errors[:5]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--facts", type=int, default=20_000, help="synthetic facts when no --db is given")
    ap.add_argument("--db", help="an existing store to serve")
    ap.add_argument("--workers", type=int, default=1, help="server worker processes (soket serve --workers)")
    ap.add_argument("--endpoints", default="facts,search", help="comma-separated: facts, search")
    ap.add_argument("--warmup", type=float, default=0, help="seconds of the same load, unmeasured, first")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    url = a.db
    if not url:
        from store_bench import synthesise

        url = f"sqlite:///{tempfile.mkdtemp(prefix='soket-load-')}/load.db"
        synthesise(url, a.facts)
    port = free_port()
    server = start_server(url, port, a.workers)
    mem = PeakMemory(server.pid)
    endpoints = tuple(e.strip() for e in a.endpoints.split(",") if e.strip())
    try:
        warm_errors = 0
        if a.warmup > 0:
            warm_errors = run_load(f"http://{HOST}:{port}", a.clients, a.warmup, seed=7, endpoints=endpoints)["errors"]
        res = run_load(f"http://{HOST}:{port}", a.clients, a.seconds, endpoints=endpoints)
        res["server_memory"] = mem.stop()
        res["workers"] = a.workers
        res["warmup"] = {"seconds": a.warmup, "errors": warm_errors}
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    if a.json:
        print(json.dumps(res, indent=2))
    else:
        warm = f" after {a.warmup:g} s of warm-up ({warm_errors} errors)" if a.warmup > 0 else ""
        print(f"{res['clients']} clients × {res['seconds']} s on {HOST}, {a.workers} server worker(s){warm}: "
              f"{res['requests']} requests, {res['rps']} req/s, {res['errors']} errors")
        for ep, st in res["endpoints"].items():
            print(f"  /api/{ep:<7} {st['rps']:>7} req/s  p50 {st['p50_ms']} ms  p95 {st['p95_ms']} ms  "
                  f"p99 {st['p99_ms']} ms  max {st['max_ms']} ms")
        m = res["server_memory"]
        print(f"server memory (all processes): {m['start_mb']} MB at start, peak {m['peak_mb']} MB")
        for e in res["first_errors"]:
            print("  error:", e)
    return 1 if res["errors"] or res["warmup"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
