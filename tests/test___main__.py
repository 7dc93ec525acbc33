"""``python -m soket`` (soket/__main__.py) is the ``soket`` command."""

from __future__ import annotations

import os
import runpy
import subprocess
import sys

import soket
import soket.cli
from _paths import ROOT


def test_running_the_package_runs_the_cli(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(soket.cli, "main", lambda: calls.append("main"))
    runpy.run_module("soket", run_name="__main__")
    assert calls == ["main"]


def test_python_m_soket_answers_as_the_command():
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run([sys.executable, "-m", "soket", "--version"], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == f"soket {soket.__version__}"
    r = subprocess.run([sys.executable, "-m", "soket", "no-such-command"], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 2 and "no-such-command" in r.stderr
