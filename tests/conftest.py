"""Shared fixtures: where ../shared is, and a scorer loaded from it; skips that a run may not take."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from _paths import SHARED
from _require import NEEDS, flag, missing, required


def pytest_configure(config: pytest.Config) -> None:
    for need in NEEDS:
        config.addinivalue_line("markers", f"{need}: skips without it, fails instead where {flag(need)}=1")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """A test marked with a need that the run requires (``SOKET_REQUIRE_*=1``) fails if it skips,
    whatever raised the skip (``pytest.skip``, ``importorskip``, a ``skipif`` mark, a fixture)."""
    outcome = yield
    report = outcome.get_result()
    if not report.skipped or hasattr(report, "wasxfail"):
        return
    needs = [m.name for m in item.iter_markers() if m.name in NEEDS and required(m.name)]
    if needs:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"{', '.join(flag(n) + '=1' for n in needs)} but the test skipped: {reason}"



def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The quality gate's figures, sign and value errors beside F1, whenever the gate ran."""
    for mod in list(sys.modules.values()):
        measured = getattr(mod, "QUALITY_MEASURED", None)
        if isinstance(measured, dict) and measured:
            terminalreporter.section("quality gate")
            for name, m in measured.items():
                meta = " ".join(f"{k}={v:.3f}" for k, v in m["metadata"].items() if v is not None)
                terminalreporter.write_line(
                    f"{name} ({m['documents']} docs): strict F1 {m['strict_f1']:.3f}, loose F1 {m['loose_f1']:.3f}, "
                    f"people F1 {m['people_f1']:.3f}, sign errors {m['sign_errors']}, "
                    f"value errors {m['value_errors']}; {meta}")
            break

@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        missing("shared", "../shared is absent: the quality gate on the seeds cannot run")
    return SHARED


@pytest.fixture(scope="session")
def scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("soket_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod
