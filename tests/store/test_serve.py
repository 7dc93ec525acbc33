"""``soket serve``: the real command in a subprocess on a free port answers the dashboard and the
API over the database it was given, and stops on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from _store import ingest

REPORT = ("Sáng 14/7/2023, Ban Chấp hành Đảng bộ huyện Yên Thế tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. "
          "Thu ngân sách ước đạt 186,4 tỷ đồng, đạt 61,5% dự toán năm.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.status, r.read().decode("utf-8")


def test_serve_answers_and_stops(tmp_path: Path) -> None:
    (tmp_path / "yen_the.txt").write_text(REPORT, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert not ingest(url, [tmp_path / "yen_the.txt"]).failed
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.Popen([sys.executable, "-m", "soket", "serve", "--db", url, "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, proc.communicate()[0]
            try:
                status, html = _get(base + "/")
                break
            except OSError:
                assert time.monotonic() < deadline, "soket serve did not answer"
                time.sleep(0.2)
        assert status == 200 and "<title>Tổng quan" in html and "Yên Thế" in html
        status, body = _get(base + "/api/documents")
        assert status == 200 and '"doc":"yen_the"' in body.replace(" ", "")
        req = urllib.request.Request(base + "/api/documents", data=b"x", method="POST")
        try:
            urllib.request.urlopen(req, timeout=10)
            raise AssertionError("a read-only server accepted an upload")
        except urllib.error.HTTPError as e:
            assert e.code == 403
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    # a graceful stop: uvicorn finishes, then re-raises the signal it caught
    assert proc.returncode in (0, -signal.SIGTERM), out
    assert f"127.0.0.1:{port}" in out and "Application shutdown complete" in out
