"""Issue 6's load test, short: uvicorn on 127.0.0.1, 50 concurrent clients for 10 s against
/api/facts, not one error (bench/api_load.py runs the 30 s version)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_50_clients_for_10_seconds_without_errors(tmp_path):
    sys.path.insert(0, str(BENCH))
    try:
        import api_load
        from store_bench import synthesise
    finally:
        sys.path.remove(str(BENCH))
    url = f"sqlite:///{tmp_path / 'load.db'}"
    synthesise(url, 5000)
    port = api_load.free_port()
    server = api_load.start_server(url, port)
    try:
        res = api_load.run_load(f"http://127.0.0.1:{port}", clients=50, seconds=10)
    finally:
        server.terminate()
        server.wait(10)
    assert res["requests"] > 100
    assert res["errors"] == 0, res["first_errors"]
    print(res)
